"""Self-paced quiz: one question per screen, feedback after each, a score at the end.

No account, no cookie beyond CSRF, nothing stored about the pupil: progress travels in a
signed token in the URL and form (which answers were right so far, and the last choice), and
each answer only increments anonymous counters (quizzes.models.tallies).
"""

from django.core import signing
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from quizzes.models.tallies import count_answer

SALT = "quizzes.self-paced"
MAX_TOKEN_LENGTH = 2000


class Progress:
    """Which questions so far were right (in order), and what was chosen last."""

    def __init__(self, page_pk, results=(), last_choice=()):
        self.page_pk = page_pk
        self.results = list(results)
        self.last_choice = list(last_choice)

    @property
    def answered(self) -> int:
        return len(self.results)

    @property
    def score(self) -> int:
        return sum(self.results)

    def token(self) -> str:
        return signing.dumps({"p": self.page_pk, "r": self.results, "c": self.last_choice}, salt=SALT, compress=True)

    @classmethod
    def from_token(cls, page, token):
        """The progress in ``token`` for ``page``; a fresh start if it is missing, tampered or foreign."""
        if not token or len(token) > MAX_TOKEN_LENGTH or "\x00" in token:
            return cls(page.pk)
        try:
            data = signing.loads(token, salt=SALT)
            if data["p"] != page.pk:
                return cls(page.pk)
            results = [int(bool(value)) for value in data["r"]][: len(page.question_list)]
            return cls(page.pk, results, [str(choice) for choice in data["c"]][:10])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            return cls(page.pk)


def _url(page, name, request, progress=None, **kwargs):
    url = page.url + page.reverse_subpage(name, kwargs=kwargs)
    if progress is not None and progress.answered:
        url += "?progress=" + progress.token()
    return url


def _render(request, page, template, context, status=200):
    context = {**page.get_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


def _out_of_order(request, page, progress):
    """A question other than the next one: send the pupil to where they are."""
    if progress.answered >= len(page.question_list):
        return HttpResponseRedirect(_url(page, "result", request, progress))
    return HttpResponseRedirect(_url(page, "question", request, progress, number=progress.answered + 1))


def question(request, page, number):
    questions = page.question_list
    token = request.POST.get("progress") if request.method == "POST" else request.GET.get("progress")
    progress = Progress.from_token(page, token)
    if not 1 <= number <= len(questions):
        return _render(request, page, "quizzes/self_paced/not_found.html", {}, status=404)
    if number != progress.answered + 1:
        return _out_of_order(request, page, progress)
    current = questions[number - 1]
    error = None
    if request.method == "POST":
        chosen = request.POST.getlist("choice")
        error = current.problem_with(chosen)
        if not error:
            right = current.is_right(chosen)
            count_answer(page.translation_key, current.id, chosen, right)
            progress = Progress(page.pk, [*progress.results, int(right)], chosen)
            return HttpResponseRedirect(_url(page, "feedback", request, progress, number=number))
    context = {
        "question": current,
        "total": len(questions),
        "progress": progress,
        "progress_token": progress.token() if progress.answered else "",
        "error": error,
        "action_url": _url(page, "question", request, number=number),
    }
    return _render(request, page, "quizzes/self_paced/question.html", context, status=400 if error else 200)


def feedback(request, page, number):
    questions = page.question_list
    progress = Progress.from_token(page, request.GET.get("progress"))
    if not 1 <= number <= len(questions) or progress.answered != number:
        return (
            _out_of_order(request, page, progress)
            if 1 <= number <= len(questions)
            else _render(request, page, "quizzes/self_paced/not_found.html", {}, status=404)
        )
    current = questions[number - 1]
    is_last = number == len(questions)
    context = {
        "question": current,
        "total": len(questions),
        "chosen": set(progress.last_choice),
        "was_right": bool(progress.results[-1]),
        "next_url": _url(page, "result", request, progress)
        if is_last
        else _url(page, "question", request, progress, number=number + 1),
        "is_last": is_last,
    }
    return _render(request, page, "quizzes/self_paced/feedback.html", context)


def result(request, page):
    questions = page.question_list
    progress = Progress.from_token(page, request.GET.get("progress"))
    if progress.answered < len(questions):
        return _out_of_order(request, page, progress)
    context = {
        "score": progress.score,
        "total": len(questions),
        "factsheets": page.matching_factsheets(),
    }
    return _render(request, page, "quizzes/self_paced/result.html", context)

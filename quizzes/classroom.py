"""What a live class quiz can do: open, answer, move on, reveal, end, count.

The room (rooms app) handles joining, locking and removing pupils; this module is the quiz in
it. Every change is one statement or one short transaction, guarded by the session's phase and
version, so two workers (or two clicks) can never move a session twice or record an answer for
a question that is no longer open.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.content_generation import GenerationMemo
from quizzes.models import LiveAnswer, LiveSession, QuizPage
from quizzes.models.tallies import add_counts
from rooms import services as rooms
from rooms.models import Room

Phase = LiveSession.Phase
ACTIVITY = "quiz"


class AnswerRejected(Exception):
    """An answer that changes nothing; ``message`` says why, ``status`` is the HTTP status."""

    def __init__(self, message, status):
        super().__init__(str(message))
        self.message = message
        self.status = status


SESSION_ENDED = _("This class session has ended: answers are closed.")
NOT_CURRENT = _("This question is not open any more. Your teacher has moved on.")
ALREADY_ANSWERED = _("You have already answered this question. Your first answer counts.")
REMOVED = _("Your teacher has removed you from this class session. Your answers have been deleted.")


# The quizzes of running sessions, read and parsed once per content generation and process: a
# class's phones ask for the same quiz many times a second, and publishing starts a new generation.
_quizzes = GenerationMemo(max_entries=200)


def session_quiz(session, language=None) -> QuizPage:
    """The session's quiz, its questions parsed; in ``language`` when a live translation of it asks
    the same questions (same ids, same order), else as the teacher started it."""
    return _quizzes.get((session.quiz_id, language), lambda: _read_quiz(session.quiz_id, language))


def _read_quiz(quiz_id, language):
    quiz = QuizPage.objects.select_related("locale").get(pk=quiz_id)
    questions = quiz.question_list
    if language is None or quiz.locale.language_code == language:
        return quiz
    translation = quiz.get_translations().filter(locale__language_code=language).live().first()
    if translation is not None:
        translation = translation.specific
        if [q.id for q in translation.question_list] == [q.id for q in questions]:
            return translation
    return quiz


def open_session(quiz, host_device_hash) -> LiveSession:
    """A room for ``quiz``, opened by the teacher's device (raises rooms.services.NoFreeCode)."""
    with transaction.atomic():
        room = rooms.open_room(ACTIVITY, host_device_hash)
        return LiveSession.objects.create(room=room, quiz=quiz)


# The lock an answer takes on its session and member rows: shared, so a class's answers never
# wait for each other, but a reveal, a "next" or a removal (which update those rows) waits for
# answers being stored, and an answer arriving after them sees their result. SQLite runs one
# writing transaction at a time anyway.
_ANSWER_CHECK = (
    "SELECT s.phase, s.question_index, m.removed FROM quizzes_livesession s"
    " JOIN rooms_roommember m ON m.room_id = s.room_id WHERE s.id = %s AND m.id = %s"
)
_ANSWER_CHECK_LOCKED = _ANSWER_CHECK + " FOR SHARE"


def record_answer(session, member, question, choice_ids) -> LiveAnswer:
    """Store one answer to ``question`` (the session's current one) and return it, or raise AnswerRejected."""
    chosen = sorted(set(choice_ids))
    problem = question.problem_with(chosen)
    if problem:
        raise AnswerRejected(problem, 400)
    with transaction.atomic():
        with connection.cursor() as cursor:
            sql = _ANSWER_CHECK_LOCKED if connection.vendor == "postgresql" else _ANSWER_CHECK
            cursor.execute(sql, [session.pk, member.pk])
            phase, current_index, removed = cursor.fetchone()
        if removed:
            raise AnswerRejected(REMOVED, 403)
        if phase == Phase.ENDED:
            raise AnswerRejected(SESSION_ENDED, 410)
        if phase != Phase.QUESTION or current_index != question.number - 1:
            raise AnswerRejected(NOT_CURRENT, 409)
        try:  # the unique constraint refuses a second answer; the transaction then rolls back
            answer = LiveAnswer.objects.create(
                session_id=session.pk,
                member_id=member.pk,
                question_index=question.number - 1,
                choice_ids=chosen,
                is_right=question.is_right(chosen),
            )
        except IntegrityError as error:
            raise AnswerRejected(ALREADY_ANSWERED, 409) from error
    rooms.touch(member.room)
    return answer


def _advance(session, expected_version, *, allowed_from, **changes) -> bool:
    """Apply ``changes`` if the session is still at ``expected_version`` in an allowed phase."""
    updated = LiveSession.objects.filter(pk=session.pk, version=expected_version, phase__in=allowed_from).update(
        version=F("version") + 1, **changes
    )
    if updated:
        Room.objects.filter(pk=session.room_id).update(last_activity=timezone.now())
    return bool(updated)


def start(session, expected_version) -> bool:
    return _advance(session, expected_version, allowed_from=[Phase.LOBBY], phase=Phase.QUESTION, question_index=0)


def reveal(session, expected_version) -> bool:
    return _advance(session, expected_version, allowed_from=[Phase.QUESTION], phase=Phase.REVEALED)


def next_question(session, expected_version) -> bool:
    last = len(session_quiz(session).question_list) - 1
    if session.question_index >= last:
        return end(session, expected_version)
    return _advance(
        session,
        expected_version,
        allowed_from=[Phase.REVEALED],
        phase=Phase.QUESTION,
        question_index=session.question_index + 1,
    )


def end(session, expected_version) -> bool:
    with transaction.atomic():
        ended = _advance(
            session, expected_version, allowed_from=[Phase.LOBBY, Phase.QUESTION, Phase.REVEALED], phase=Phase.ENDED
        )
        if ended:
            fold_into_counts([session.pk])
    return ended


def delete_session(session):
    rooms.delete_rooms([session.room_id])


# The editors' anonymous counts ----------------------------------------------------------------


def _totals(answers, questions):
    """{question id: (answered, right, Counter(choice id))} for (index, choice ids, is right) rows."""
    totals = defaultdict(lambda: [0, 0, Counter()])
    for index, choice_ids, is_right in answers:
        if index < len(questions):
            total = totals[questions[index].id]
            total[0] += 1
            total[1] += int(is_right)
            total[2].update(choice_ids)
    return totals


def fold_into_counts(session_ids):
    """Add the answers of sessions not counted yet to the shared counts, once per session.

    Runs when a session ends or is deleted: each class writes the shared count rows a few
    times in all, instead of once per answer, so thirty classes never queue on them.
    """
    for session in LiveSession.objects.filter(pk__in=session_ids, tallied=False).select_related("quiz"):
        with transaction.atomic():
            if not LiveSession.objects.filter(pk=session.pk, tallied=False).update(tallied=True):
                continue  # another process counted it
            answers = session.answers.values_list("question_index", "choice_ids", "is_right")
            for question_id, (answered, right, chosen) in _totals(answers, session.quiz.question_list).items():
                add_counts(session.quiz.translation_key, question_id, answered, right, chosen)


def not_yet_counted(quiz_key):
    """{question id: (answered, right, Counter)} of live answers still waiting to be counted."""
    by_session = defaultdict(list)
    for session_id, index, choice_ids, is_right in LiveAnswer.objects.filter(
        session__quiz__translation_key=quiz_key, session__tallied=False
    ).values_list("session_id", "question_index", "choice_ids", "is_right"):
        by_session[session_id].append((index, choice_ids, is_right))
    totals = defaultdict(lambda: [0, 0, Counter()])
    for session in LiveSession.objects.filter(pk__in=by_session).select_related("quiz"):
        for question_id, (answered, right, chosen) in _totals(
            by_session[session.pk], session.quiz.question_list
        ).items():
            totals[question_id][0] += answered
            totals[question_id][1] += right
            totals[question_id][2].update(chosen)
    return totals


def exact_counts(quiz_key):
    """{question id: (answered, right, {choice id: times chosen})}: counted so far plus live answers waiting."""
    from quizzes.models import ChoiceTally, QuestionTally

    counts = {}
    for tally in QuestionTally.objects.filter(quiz_key=quiz_key):
        counts[tally.question_id] = [tally.answered, tally.answered_right, Counter()]
    for question_id, choice_id, chosen in ChoiceTally.objects.filter(quiz_key=quiz_key).values_list(
        "question_id", "choice_id", "chosen"
    ):
        counts.setdefault(question_id, [0, 0, Counter()])[2][choice_id] += chosen
    for question_id, (answered, right, chosen) in not_yet_counted(quiz_key).items():
        total = counts.setdefault(question_id, [0, 0, Counter()])
        total[0] += answered
        total[1] += right
        total[2].update(chosen)
    return {
        question_id: (answered, right, {choice: n for choice, n in chosen.items() if n})
        for question_id, (answered, right, chosen) in counts.items()
    }


def answers_not_yet_counted_by_quiz():
    """{quiz translation key: live answers waiting to be counted} for the report's index."""
    from django.db.models import Count

    return dict(
        LiveAnswer.objects.filter(session__tallied=False)
        .values_list("session__quiz__translation_key")
        .annotate(n=Count("id"))
        .values_list("session__quiz__translation_key", "n")
    )


# Room events ------------------------------------------------------------------------------------


def member_removed(room, member):
    """Inside the room's removal transaction: the pupil's answers leave the results (and the counts)."""
    session = LiveSession.objects.select_related("quiz").filter(room=room).first()
    if session is None:
        return
    answers = LiveAnswer.objects.filter(session=session, member=member)
    if LiveSession.objects.filter(pk=session.pk, tallied=True).exists():
        rows = answers.values_list("question_index", "choice_ids", "is_right")
        for question_id, (answered, right, chosen) in _totals(rows, session.quiz.question_list).items():
            add_counts(session.quiz.translation_key, question_id, -answered, -right, {k: -v for k, v in chosen.items()})
    answers.delete()
    # Phones and screens follow the session's version: the distribution and scores changed.
    LiveSession.objects.filter(pk=session.pk).update(version=F("version") + 1)


def pupils_redraw(room):
    """Phones fetch their panel again (it links to the room's question box when one is open)."""
    LiveSession.objects.filter(room=room).update(version=F("version") + 1)


def rooms_deleting(room_ids):
    fold_into_counts(LiveSession.objects.filter(room_id__in=room_ids).values_list("pk", flat=True))


def accepts_members(room) -> bool:
    return LiveSession.objects.filter(room=room).exclude(phase=Phase.ENDED).exists()


# What screens show ---------------------------------------------------------------------------


def answered_count(session) -> int:
    return LiveAnswer.objects.filter(session=session, question_index=session.question_index).count()


@dataclass
class ChoiceResult:
    choice: object
    chosen: int
    percent: int


@dataclass
class QuestionResult:
    question: object
    answered: int
    right: int
    choices: list

    @property
    def percent_right(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0


def results(session, questions, only_index=None) -> list[QuestionResult]:
    """Per question: how many answered, how many were right, how many chose each answer."""
    answers = LiveAnswer.objects.filter(session=session)
    if only_index is not None:
        answers = answers.filter(question_index=only_index)
    by_question = {}
    for index, choice_ids, is_right in answers.values_list("question_index", "choice_ids", "is_right"):
        tally = by_question.setdefault(index, {"answered": 0, "right": 0, "choices": Counter()})
        tally["answered"] += 1
        tally["right"] += int(is_right)
        tally["choices"].update(choice_ids)
    out = []
    for index, question in enumerate(questions):
        if only_index is not None and index != only_index:
            continue
        tally = by_question.get(index, {"answered": 0, "right": 0, "choices": Counter()})
        total = tally["answered"]
        out.append(
            QuestionResult(
                question=question,
                answered=total,
                right=tally["right"],
                choices=[
                    ChoiceResult(
                        choice=choice,
                        chosen=tally["choices"][choice.id],
                        percent=round(100 * tally["choices"][choice.id] / total) if total else 0,
                    )
                    for choice in question.choices
                ],
            )
        )
    return out


def member_score(session, member) -> int:
    return LiveAnswer.objects.filter(session=session, member=member, is_right=True).count()

"""What a live class session can do: create, join, answer, move on, reveal, end, expire.

Every change is one database statement or one short transaction, guarded by the session's
phase and version, so two workers (or two clicks) can never move a session twice or record an
answer for a question that is no longer open.
"""

import hashlib
import secrets
from collections import Counter
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizzes.aliases import ANIMALS, ROOM_SYMBOL_COUNT, SYMBOL_LETTERS
from quizzes.models import LiveAnswer, LivePupil, LiveSession
from quizzes.models.tallies import count_answer, uncount_answer

Phase = LiveSession.Phase
CODE_LENGTH = 6
TOUCH_EVERY_SECONDS = 60


class AnswerRejected(Exception):
    """An answer that changes nothing; ``message`` says why, ``status`` is the HTTP status."""

    def __init__(self, message, status):
        super().__init__(str(message))
        self.message = message
        self.status = status


SESSION_ENDED = _("This class session has ended: answers are closed.")
NOT_CURRENT = _("This question is not open any more. Your teacher has moved on.")
ALREADY_ANSWERED = _("You have already answered this question. Your first answer counts.")
NO_CHOICE = _("Choose an answer before sending.")
UNKNOWN_CHOICE = _("That answer is not one of this question's answers.")
REMOVED = _("Your teacher has removed you from this class session. Your answers have been deleted.")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_LENGTH))


def create_session(quiz) -> tuple[LiveSession, str]:
    """A new session for ``quiz`` and its secret host token (only its hash is stored)."""
    delete_expired_sessions()
    host_token = secrets.token_urlsafe(32)
    symbols = "".join(secrets.choice(SYMBOL_LETTERS) for _ in range(ROOM_SYMBOL_COUNT))
    for _attempt in range(20):
        try:
            with transaction.atomic():
                session = LiveSession.objects.create(
                    quiz=quiz, code=_new_code(), room_symbols=symbols, host_token_hash=token_hash(host_token)
                )
            return session, host_token
        except IntegrityError:
            continue
    raise RuntimeError("No free join code")  # a million codes; only reachable if almost all are in use


def delete_expired_sessions(now=None) -> int:
    """Delete sessions idle for longer than the lifetime, with their pupils and answers."""
    expired = list(LiveSession.objects.expired(now).values_list("pk", flat=True))
    if not expired:
        return 0
    LiveAnswer.objects.filter(session_id__in=expired).delete()
    LivePupil.objects.filter(session_id__in=expired).delete()
    return LiveSession.objects.filter(pk__in=expired).delete()[0]


def _live_or_delete(session):
    if session is not None and session.is_expired:
        delete_expired_sessions()
        return None
    return session


def session_for_code(code: str):
    if not (isinstance(code, str) and len(code) == CODE_LENGTH and code.isascii() and code.isdigit()):
        return None
    return _live_or_delete(LiveSession.objects.select_related("quiz__locale").filter(code=code).first())


def state_for_code(code: str):
    """Version and phase only: the cheap query pupils' pages poll every second or two."""
    if not (isinstance(code, str) and len(code) == CODE_LENGTH and code.isascii() and code.isdigit()):
        return None
    row = LiveSession.objects.active().filter(code=code).values("version", "phase").first()
    return row


def session_for_host_token(token: str):
    if not token or len(token) > 100 or "\x00" in token:
        return None
    return _live_or_delete(
        LiveSession.objects.select_related("quiz__locale").filter(host_token_hash=token_hash(token)).first()
    )


def touch(session):
    """Record activity, at most once a minute per session (keeps 30 answers from queueing on one row)."""
    now = timezone.now()
    LiveSession.objects.filter(
        pk=session.pk, last_activity__lt=now - timezone.timedelta(seconds=TOUCH_EVERY_SECONDS)
    ).update(last_activity=now)


def session_and_pupil(code: str, device_token):
    """The live session for ``code`` and this device's pupil in it (or None), in one query when joined."""
    if device_token and isinstance(code, str) and len(code) == CODE_LENGTH and code.isascii() and code.isdigit():
        pupil = (
            LivePupil.objects.select_related("session__quiz__locale")
            .filter(session__code=code, device_hash=token_hash(device_token))
            .first()
        )
        if pupil is not None:
            session = _live_or_delete(pupil.session)
            return (session, pupil) if session is not None else (None, None)
    return session_for_code(code), None


def pupil_for_device(session, device_token):
    if not device_token:
        return None
    return LivePupil.objects.filter(session=session, device_hash=token_hash(device_token)).first()


def join(session, device_token) -> LivePupil:
    """The pupil for this device (the same one after a refresh or rejoin), created if new."""
    device_hash = token_hash(device_token)
    existing = LivePupil.objects.filter(session=session, device_hash=device_hash).first()
    if existing:
        return existing
    for _attempt in range(30):
        animal = secrets.randbelow(len(ANIMALS))
        number = LivePupil.objects.filter(session=session, alias_animal=animal).count() + 1 + secrets.randbelow(3)
        try:
            with transaction.atomic():
                pupil = LivePupil.objects.create(
                    session=session, device_hash=device_hash, alias_animal=animal, alias_number=number
                )
            touch(session)
            return pupil
        except IntegrityError:
            existing = LivePupil.objects.filter(session=session, device_hash=device_hash).first()
            if existing:  # the same phone joined twice at once
                return existing
    raise RuntimeError("No free alias")


def record_answer(session, pupil, question_index, choice_ids) -> LiveAnswer:
    """Store one answer, or raise AnswerRejected (nothing is changed then)."""
    questions = session.quiz.question_list
    with transaction.atomic():
        # Lock the session row: a reveal or "next" waits until this answer is stored, and an
        # answer arriving after them sees the new phase.
        # FOR NO KEY UPDATE: still serialises with reveal/next (an UPDATE of the row), but lets
        # pupils join (an insert referencing the row) while answers are being stored.
        current = LiveSession.objects.select_for_update(no_key=True).only("phase", "question_index").get(pk=session.pk)
        if current.phase == Phase.ENDED:
            raise AnswerRejected(SESSION_ENDED, 410)
        if current.phase != Phase.QUESTION or current.question_index != question_index:
            raise AnswerRejected(NOT_CURRENT, 409)
        removed, answered = (
            LivePupil.objects.filter(pk=pupil.pk)
            .annotate(answered=Exists(LiveAnswer.objects.filter(pupil=OuterRef("pk"), question_index=question_index)))
            .values_list("removed", "answered")
            .get()
        )
        if removed:
            raise AnswerRejected(REMOVED, 403)
        if answered:
            raise AnswerRejected(ALREADY_ANSWERED, 409)
        question = questions[question_index]
        chosen = sorted(set(choice_ids))
        if not chosen:
            raise AnswerRejected(NO_CHOICE, 400)
        if not set(chosen) <= question.choice_ids or (not question.several_right and len(chosen) > 1):
            raise AnswerRejected(UNKNOWN_CHOICE, 400)
        try:  # no savepoint needed: a failure leaves the whole transaction, which rolls back
            answer = LiveAnswer.objects.create(
                session_id=session.pk,
                pupil=pupil,
                question_index=question_index,
                choice_ids=chosen,
                is_right=question.is_right(chosen),
            )
        except IntegrityError as error:  # a double submit that raced the check above
            raise AnswerRejected(ALREADY_ANSWERED, 409) from error
        # The anonymous counts editors see, in the same transaction: an answer is counted once,
        # exactly when it is stored. Last, so the shared counter rows stay locked for the shortest time.
        count_answer(session.quiz.translation_key, question.id, chosen, answer.is_right)
    touch(session)
    return answer


def _advance(session, expected_version, *, allowed_from, **changes) -> bool:
    """Apply ``changes`` if the session is still at ``expected_version`` in an allowed phase."""
    updated = LiveSession.objects.filter(pk=session.pk, version=expected_version, phase__in=allowed_from).update(
        version=F("version") + 1, last_activity=timezone.now(), **changes
    )
    return bool(updated)


def start(session, expected_version) -> bool:
    return _advance(session, expected_version, allowed_from=[Phase.LOBBY], phase=Phase.QUESTION, question_index=0)


def reveal(session, expected_version) -> bool:
    return _advance(session, expected_version, allowed_from=[Phase.QUESTION], phase=Phase.REVEALED)


def next_question(session, expected_version) -> bool:
    last = len(session.quiz.question_list) - 1
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
    return _advance(
        session, expected_version, allowed_from=[Phase.LOBBY, Phase.QUESTION, Phase.REVEALED], phase=Phase.ENDED
    )


def remove_pupil(session, pupil_id) -> bool:
    """Remove a pupil: their answers leave the class results and the anonymous counts.

    Runs under the session's lock, so an answer being stored for this pupil either lands
    before (and is removed with the rest) or sees the removal and is refused.
    """
    quiz_key = session.quiz.translation_key
    questions = session.quiz.question_list
    with transaction.atomic():
        LiveSession.objects.select_for_update().filter(pk=session.pk).exists()
        pupil = LivePupil.objects.select_for_update().filter(session=session, pk=pupil_id, removed=False).first()
        if pupil is None:
            return False
        for index, choice_ids, is_right in pupil.answers.values_list("question_index", "choice_ids", "is_right"):
            if index < len(questions):
                uncount_answer(quiz_key, questions[index].id, choice_ids, is_right)
        pupil.answers.all().delete()
        LivePupil.objects.filter(pk=pupil.pk).update(removed=True)
        # Phones reload on a new version: the removed one shows why, the projector its new count.
        LiveSession.objects.filter(pk=session.pk).update(version=F("version") + 1, last_activity=timezone.now())
    return True


def pupils(session):
    """The pupils still in the session, by alias, for the teacher's list."""
    return sorted(
        LivePupil.objects.filter(session=session, removed=False), key=lambda p: (str(p.alias).casefold(), p.pk)
    )


def delete_session(session):
    LiveAnswer.objects.filter(session=session).delete()
    LivePupil.objects.filter(session=session).delete()
    LiveSession.objects.filter(pk=session.pk).delete()


def counts(session):
    """Pupils joined and answers to the current question: what the projector shows live."""
    joined = LivePupil.objects.filter(session=session, removed=False).count()
    answered = LiveAnswer.objects.filter(session=session, question_index=session.question_index).count()
    return joined, answered


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


def results(session, only_index=None) -> list[QuestionResult]:
    """Per question: how many answered, how many were right, how many chose each answer."""
    questions = session.quiz.question_list
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


def pupil_score(pupil, session) -> tuple[int, int]:
    right = pupil.answers.filter(is_right=True).count()
    return right, len(session.quiz.question_list)


def answered_counts_by_question(session):
    return dict(
        LiveAnswer.objects.filter(session=session)
        .values_list("question_index")
        .annotate(n=Count("id"))
        .values_list("question_index", "n")
    )

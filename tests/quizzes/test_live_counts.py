"""Live answers feed the anonymous per-question, per-answer counts editors see, once each."""

from quizzes.classroom import exact_counts
from quizzes.models import ChoiceTally, QuestionTally
from quizzes.models.tallies import count_answer

from .conftest import Pupil, Teacher, right_ids, wrong_id


def counts(quiz, question_index):
    """(answered, answered right, {answer id: times chosen}) for one question, in every language,
    as the editors' report shows them."""
    return exact_counts(quiz.translation_key).get(quiz.question_list[question_index].id, (0, 0, {}))


def stored_counts(quiz, question_index):
    """The shared count rows alone (what other classes write to)."""
    question_id = quiz.question_list[question_index].id
    tally = QuestionTally.objects.filter(quiz_key=quiz.translation_key, question_id=question_id).first()
    chosen = dict(
        ChoiceTally.objects.filter(quiz_key=quiz.translation_key, question_id=question_id).values_list(
            "choice_id", "chosen"
        )
    )
    return (tally.answered if tally else 0), (tally.answered_right if tally else 0), chosen


def test_each_live_answer_is_counted_once_and_refusals_are_not(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    ada, ben = Pupil(), Pupil()
    ada.join(session), ben.join(session)
    before = [counts(sexting_quiz, index) for index in (0, 1)]

    assert ada.answer(session, 1, right_ids(sexting_quiz, 1)).status_code == 409  # lobby: nothing counted
    teacher.act("start")
    right, wrong = right_ids(sexting_quiz, 0), wrong_id(sexting_quiz, 0)
    assert ada.answer(session, 0, right).status_code == 302
    assert ada.answer(session, 0, [wrong]).status_code == 409  # a second answer: refused, not counted
    assert ben.answer(session, 0, [wrong]).status_code == 302
    assert ben.answer(session, 0, [wrong]).status_code == 409

    answered, answered_right, chosen = counts(sexting_quiz, 0)
    assert answered == before[0][0] + 2
    assert answered_right == before[0][1] + 1
    assert chosen.get(right[0], 0) == before[0][2].get(right[0], 0) + 1
    assert chosen.get(wrong, 0) == before[0][2].get(wrong, 0) + 1
    assert counts(sexting_quiz, 1) == before[1]


def test_a_class_writes_the_shared_counts_once_when_it_ends(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    pupils = [Pupil() for _ in range(3)]
    for pupil in pupils:
        pupil.join(session)
    teacher.act("start")
    stored_before, shown_before = stored_counts(sexting_quiz, 0), counts(sexting_quiz, 0)
    for pupil in pupils:
        pupil.answer(session, 0, right_ids(sexting_quiz, 0))
    assert stored_counts(sexting_quiz, 0) == stored_before  # no shared row written per answer
    assert counts(sexting_quiz, 0)[0] == shown_before[0] + 3  # ...yet the report is exact
    teacher.act("end")
    assert stored_counts(sexting_quiz, 0)[0] == stored_before[0] + 3
    assert counts(sexting_quiz, 0)[0] == shown_before[0] + 3  # counted once, not twice
    teacher.act("end")  # a second click changes nothing
    assert counts(sexting_quiz, 0)[0] == shown_before[0] + 3


def test_a_pupil_answering_in_german_feeds_the_same_counts(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    pupil = Pupil()
    pupil.join(session)
    teacher.act("start")
    answered_before = counts(sexting_quiz, 0)[0]
    response = pupil.client.post(
        f"/de/quiz-live/{session.room.code}/answer/", {"question": 0, "choice": right_ids(sexting_quiz, 0)}
    )
    assert response.status_code == 302
    assert counts(sexting_quiz, 0)[0] == answered_before + 1


def test_counts_hold_nothing_about_pupils():
    names = {field.name for model in (QuestionTally, ChoiceTally) for field in model._meta.get_fields()}
    assert names <= {"id", "quiz_key", "question_id", "choice_id", "answered", "answered_right", "chosen"}


def test_taking_an_answer_back_out_never_creates_negative_rows(sexting_quiz):
    question_id = "no-such-question"
    count_answer(sexting_quiz.translation_key, question_id, ["a"], True, amount=-1)
    assert not QuestionTally.objects.filter(question_id=question_id).exists()
    assert not ChoiceTally.objects.filter(question_id=question_id).exists()

"""Self-paced mode: one question per screen without JavaScript, feedback, score, anonymous counts."""

import pytest
from wagtail.models import Locale

from core.demo import home_page, vocabulary
from core.models import Topic
from factsheets.models import FactsheetIndexPage, FactsheetPage
from quizzes.models import ChoiceTally, QuestionTally

from .conftest import right_ids, wrong_id


def _answer(client, url, choice_ids, progress=None):
    data = {"choice": choice_ids}
    if progress:
        data["progress"] = progress
    return client.post(url, data)


def _question_url(quiz, number):
    return quiz.url + quiz.reverse_subpage("question", kwargs={"number": number})


def _play_through(client, quiz, right_numbers):
    """Answer every question (right for numbers in right_numbers); return the result response."""
    url = _question_url(quiz, 1)
    for index, _question in enumerate(quiz.question_list):
        page = client.get(url)
        assert page.status_code == 200
        progress = page.context.get("progress_token")
        choice = right_ids(quiz, index) if index + 1 in right_numbers else [wrong_id(quiz, index)]
        response = _answer(client, url, choice, progress)
        assert response.status_code == 302
        feedback = client.get(response["Location"])
        assert feedback.status_code == 200
        url = feedback.context["next_url"]
    return client.get(url)


@pytest.fixture
def sexting_factsheet(db):
    home = home_page()
    index = FactsheetIndexPage(title="Fiches", slug="fiches-test")
    home.add_child(instance=index)
    factsheet = FactsheetPage(title="Le sexting, ce qu'il faut savoir", slug="sexting-test", intro="Intro")
    index.add_child(instance=factsheet)
    factsheet.topics.set(vocabulary(Topic, "sexting"))
    factsheet.save_revision().publish()
    return factsheet


def test_quiz_page_sets_no_cookie_and_links_to_first_question(client, sexting_quiz):
    response = client.get(sexting_quiz.url)
    assert response.status_code == 200
    assert not response.cookies
    assert _question_url(sexting_quiz, 1) in response.content.decode()


def test_question_screen_works_without_javascript(client, sexting_quiz):
    response = client.get(_question_url(sexting_quiz, 1))
    html = response.content.decode()
    assert '<form method="post"' in html
    assert sexting_quiz.question_list[0].text.replace("«", "&laquo;")[:5] in html or "sexting" in html
    assert 'type="radio"' in html
    assert "<script" not in html.split("</head>")[1]


def test_right_answer_shows_feedback_with_explanation(client, sexting_quiz):
    url = _question_url(sexting_quiz, 1)
    response = _answer(client, url, right_ids(sexting_quiz, 0))
    feedback = client.get(response["Location"])
    html = feedback.content.decode()
    assert "Juste" in html or feedback.context["was_right"]
    assert feedback.context["was_right"] is True
    assert "sex" in html and "texting" in html  # the explanation


def test_whole_quiz_gives_score_and_matching_factsheets(client, sexting_quiz, sexting_factsheet):
    result = _play_through(client, sexting_quiz, right_numbers={1, 2, 4})
    assert result.status_code == 200
    assert result.context["score"] == 3
    assert result.context["total"] == len(sexting_quiz.question_list)
    html = result.content.decode()
    assert sexting_factsheet.title.replace("'", "&#x27;") in html
    assert sexting_factsheet.url in html


def test_answers_feed_anonymous_counts(client, sexting_quiz):
    before = QuestionTally.objects.filter(quiz_key=sexting_quiz.translation_key).count()
    assert before == 0
    _play_through(client, sexting_quiz, right_numbers={1})
    first = sexting_quiz.question_list[0]
    tally = QuestionTally.objects.get(quiz_key=sexting_quiz.translation_key, question_id=first.id)
    assert (tally.answered, tally.answered_right) == (1, 1)
    chosen = ChoiceTally.objects.get(quiz_key=sexting_quiz.translation_key, choice_id=right_ids(sexting_quiz, 0)[0])
    assert chosen.chosen == 1
    assert QuestionTally.objects.filter(quiz_key=sexting_quiz.translation_key).count() == len(
        sexting_quiz.question_list
    )


def test_translated_quiz_counts_into_the_same_tallies(client, sexting_quiz):
    german = sexting_quiz.get_translation(Locale.objects.get(language_code="de")).specific
    _answer(client, _question_url(german, 1), right_ids(german, 0))
    _answer(client, _question_url(sexting_quiz, 1), right_ids(sexting_quiz, 0))
    tally = QuestionTally.objects.get(quiz_key=sexting_quiz.translation_key, question_id=german.question_list[0].id)
    assert tally.answered == 2


def test_several_right_answers_use_checkboxes_and_need_all(client, grooming_quiz):
    page = client.get(_question_url(grooming_quiz, 1))
    token = None
    response = _answer(client, _question_url(grooming_quiz, 1), right_ids(grooming_quiz, 0))
    token = response["Location"].split("progress=")[1]
    page = client.get(_question_url(grooming_quiz, 2) + "?progress=" + token)
    assert 'type="checkbox"' in page.content.decode()
    partial = right_ids(grooming_quiz, 1)[:2]
    response = _answer(client, _question_url(grooming_quiz, 2), partial, page.context["progress_token"])
    feedback = client.get(response["Location"])
    assert feedback.context["was_right"] is False


def test_missing_or_foreign_choice_is_refused_and_counts_nothing(client, sexting_quiz):
    url = _question_url(sexting_quiz, 1)
    assert _answer(client, url, []).status_code == 400
    assert _answer(client, url, ["not-a-choice"]).status_code == 400
    two = [c.id for c in sexting_quiz.question_list[0].choices][:2]
    assert _answer(client, url, two).status_code == 400  # two answers to a one-answer question
    assert not QuestionTally.objects.filter(quiz_key=sexting_quiz.translation_key).exists()


@pytest.mark.parametrize("progress", ["garbage", "a" * 5000, "abc\x00def", "%00"])
def test_tampered_progress_starts_again_without_error(client, sexting_quiz, progress):
    response = client.get(_question_url(sexting_quiz, 3), {"progress": progress})
    assert response.status_code == 302
    assert response["Location"].endswith(_question_url(sexting_quiz, 1))


def test_result_before_the_end_goes_back_to_the_next_question(client, sexting_quiz):
    response = client.get(sexting_quiz.url + "result/")
    assert response.status_code == 302


def test_unknown_question_number_is_a_clear_404(client, sexting_quiz):
    response = client.get(_question_url(sexting_quiz, 99))
    assert response.status_code == 404
    assert "Question introuvable" in response.content.decode()

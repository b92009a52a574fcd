"""A quiz shows "question 2 of 4" with a bar, and ends on a friendly screen with the score drawn."""

import re

import pytest

from core.templatetags.core_tags import score_message, score_ring

from .conftest import right_ids
from .test_self_paced import _answer, _play_through, _question_url

pytestmark = pytest.mark.django_db


def test_each_question_says_where_the_pupil_is(client, sexting_quiz):
    total = len(sexting_quiz.question_list)
    assert total >= 4
    first = _question_url(sexting_quiz, 1)
    assert f"Question 1 sur {total}" in client.get(first).content.decode()
    feedback = client.get(_answer(client, first, right_ids(sexting_quiz, 0))["Location"])
    html = client.get(feedback.context["next_url"]).content.decode()
    assert f"Question 2 sur {total}" in html
    assert f'<progress class="progress__bar" value="2" max="{total}" aria-hidden="true">' in html
    assert re.search(r'<legend class="quiz-choices__legend">\s*<h1 class="quiz-question__text">', html)


def test_the_quiz_wears_its_topics_colour(client, sexting_quiz):
    assert "quiz look-sexting" in client.get(_question_url(sexting_quiz, 1)).content.decode()
    assert "/static/illustrations/topic-sexting.svg" in client.get(sexting_quiz.url).content.decode()


def test_the_score_is_drawn_as_a_ring_filled_in_proportion(client, sexting_quiz):
    html = _play_through(client, sexting_quiz, right_numbers={1, 2, 4}).content.decode()
    ring = re.search(r'<svg class="score__ring".*?</svg>', html, re.S).group(0)
    assert 'aria-hidden="true"' in ring
    total = len(sexting_quiz.question_list)
    filled, circumference = map(float, re.search(r'stroke-dasharray="([\d.]+) ([\d.]+)"', ring).groups())
    assert filled / circumference == pytest.approx(3 / total, abs=0.01)
    assert f">3/{total}</text>" in ring
    assert f'<p class="quiz-score">3 bonnes réponses sur {total}</p>' in html


def test_no_score_draws_an_empty_ring_and_a_kind_word():
    assert score_ring(0, 4)["empty"] is True
    assert score_ring(4, 4)["dash"].split()[0] == score_ring(4, 4)["dash"].split()[1]
    for score in range(5):
        message = score_message(score, 4).lower()
        assert not any(word in message for word in ("bad", "wrong", "fail", "poor"))
    assert score_message(4, 4) != score_message(0, 4)

"""Each step of a tree says how far the pupil is: "question 2 of up to 4", with a bar."""

import re

import pytest

from decisiontrees.graph import Step, questions_left

from .conftest import POSTING, demo_tree

pytestmark = pytest.mark.django_db


def test_questions_left_counts_the_shortest_and_longest_way_to_an_outcome():
    steps = [
        Step("a", False, ("b", "end")),
        Step("b", False, ("c", "end")),
        Step("c", False, ("end", "end")),
        Step("end", True),
    ]
    assert questions_left(steps, 0) == (1, 3)
    assert questions_left(steps, 2) == (1, 1)
    assert questions_left(steps, 3) == (0, 0)


def test_questions_left_stops_on_a_loop_in_a_broken_draft():
    steps = [Step("a", False, ("b", "b")), Step("b", False, ("a", "a"))]
    _fewest, most = questions_left(steps, 0)
    assert most <= len(steps) + 1


def test_each_step_shows_its_number_out_of_the_most_questions_left(client):
    tree = demo_tree(POSTING, "en")
    start = client.get(tree.url).content.decode()
    first = re.search(r'<a class="button tree__start" href="([^"]+)"', start).group(1)
    html = client.get(first).content.decode()
    assert "Question 1 of up to 4" in html
    bar = re.search(r'<progress class="progress__bar" value="(\d+)" max="(\d+)" aria-hidden="true">', html)
    assert bar and bar.groups() == ("1", "4")
    answer = re.search(r'<a class="button tree__answer" href="([^"]+)"', html).group(1)
    second = client.get(answer.replace("&amp;", "&")).content.decode()
    bar = re.search(r'<progress class="progress__bar" value="(\d+)" max="(\d+)"', second)
    assert bar.group(1) == "2" and int(bar.group(2)) >= 2

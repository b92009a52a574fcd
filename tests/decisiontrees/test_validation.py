"""A broken tree is refused, and the message names the step at fault."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError

from core.demo.fields import BlockIds, Offline, stream_value
from decisiontrees import graph
from decisiontrees.blocks import DecisionTreeStepsBlock
from decisiontrees.models import DecisionTreePage

from .conftest import outcome, question

BROKEN = {
    "unreachable step": (
        [question("start", ["yes", "no"]), outcome("yes"), outcome("no"), outcome("forgotten")],
        graph.UNREACHABLE,
        "forgotten",
    ),
    "answer leading nowhere": (
        [question("start", ["yes", "missing"]), outcome("yes")],
        graph.ANSWER_LEADS_NOWHERE,
        "start",
    ),
    "loop": (
        [question("start", ["again", "end"]), question("again", ["start", "end"]), outcome("end")],
        graph.LOOP,
        "again",
    ),
    "question with one answer": (
        [question("start", ["end"]), outcome("end")],
        graph.TOO_FEW_ANSWERS,
        "start",
    ),
    "no outcome": (
        [question("start", ["a", "b"]), question("a", ["b", "b"]), question("b", ["a", "a"])],
        graph.NO_OUTCOME,
        "start",
    ),
    "start is an outcome": (
        [outcome("end")],
        graph.START_IS_OUTCOME,
        "end",
    ),
    "two steps with one name": (
        [question("start", ["end", "end"]), outcome("end"), outcome("end")],
        graph.DUPLICATE_KEY,
        "end",
    ),
}


def named(key, text):
    """True if ``text`` names the step ``key`` in quotes (“key”, « key » or „key“)."""
    return re.search(rf"[“«„]\s*{re.escape(key)}\s*[”»“]", str(text)) is not None


def _shape(steps):
    shape = []
    for step in steps:
        ((kind, value),) = step.items()
        targets = tuple(answer["leads_to"] for answer in value.get("answers", []))
        shape.append(graph.Step(value["key"], kind == "outcome", targets))
    return shape


def steps_value(steps):
    """The StreamField value the steps make, as the demo loader builds it."""
    return stream_value(DecisionTreeStepsBlock(), steps, Offline(), BlockIds("test"), "steps")


@pytest.mark.parametrize("case", list(BROKEN))
def test_graph_check_names_the_step_at_fault(case):
    steps, code, key = BROKEN[case]
    problems = graph.tree_problems(_shape(steps))
    assert any(p.code == code and p.step_key == key for p in problems), problems
    assert any(named(key, p.message) for p in problems if p.code == code)


def test_missing_start_is_refused():
    problems = graph.tree_problems([])
    assert [p.code for p in problems] == [graph.MISSING_START]


def test_a_sound_tree_has_no_problem():
    steps = [question("start", ["a", "end"]), question("a", ["end", "end"]), outcome("end")]
    assert graph.tree_problems(_shape(steps)) == []


def test_loop_is_named_on_the_answer_that_closes_it():
    steps, _code, _key = BROKEN["loop"]
    (loop,) = [p for p in graph.tree_problems(_shape(steps)) if p.code == graph.LOOP]
    assert (loop.step_index, loop.answer_index) == (1, 0)
    assert named("start", loop.message)


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BROKEN))
def test_steps_field_shows_the_error_on_the_step_at_fault(case):
    steps, code, key = BROKEN[case]
    block = DecisionTreeStepsBlock()
    value = block.to_python(steps_value(steps))
    with pytest.raises(StreamBlockValidationError) as raised:
        block.clean(value)
    errors = raised.value.block_errors
    index = next(p.step_index for p in graph.tree_problems(_shape(steps)) if p.code == code and p.step_key == key)
    step_errors = errors[index].block_errors
    shown = " ".join(
        [str(e.message) for e in step_errors.values() if hasattr(e, "message")]
        + [
            str(m)
            for e in step_errors.values()
            for inner in getattr(e, "block_errors", {}).values()
            for m in inner.block_errors["leads_to"].messages
        ]
        + [str(m) for e in step_errors.values() for m in getattr(e, "non_block_errors", [])]
    )
    assert named(key, shown)
    assert named(key, " ".join(str(m) for m in raised.value.non_block_errors))


def test_answer_leading_nowhere_is_shown_beside_that_answer():
    steps, _code, _key = BROKEN["answer leading nowhere"]
    block = DecisionTreeStepsBlock()
    value = block.to_python(steps_value(steps))
    with pytest.raises(StreamBlockValidationError) as raised:
        block.clean(value)
    answer_errors = raised.value.block_errors[0].block_errors["answers"].block_errors
    assert list(answer_errors) == [1]
    assert named("missing", answer_errors[1].block_errors["leads_to"].messages[0])


@pytest.mark.django_db
def test_saving_a_broken_tree_is_refused_and_nothing_is_saved(tools):
    steps, _code, _key = BROKEN["unreachable step"]
    page = DecisionTreePage(title="Arbre cassé", slug="arbre-casse", steps=steps_value(steps))
    with pytest.raises(ValidationError) as raised:
        tools.add_child(instance=page)
    assert named("forgotten", raised.value.message_dict["steps"])
    assert not DecisionTreePage.objects.filter(slug="arbre-casse").exists()

"""The shape of a decision tree, checked and walked without Django models or blocks.

A tree is a list of steps; the first one is where pupils start. A question step lists, in
order, the keys of the steps its answers lead to; an outcome step ends the walk. This module
finds what would strand a pupil (``tree_problems``), walks an answer path
(``walk``) and orders the steps in layers for the picture (``layers``).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MISSING_START = "missing_start"
START_IS_OUTCOME = "start_is_outcome"
DUPLICATE_KEY = "duplicate_key"
TOO_FEW_ANSWERS = "too_few_answers"
ANSWER_LEADS_NOWHERE = "answer_leads_nowhere"
LOOP = "loop"
UNREACHABLE = "unreachable"
NO_OUTCOME = "no_outcome"
OUTCOME_WITHOUT_FLAG = "outcome_without_flag"

MIN_ANSWERS = 2


@dataclass(frozen=True)
class Step:
    key: str
    is_outcome: bool
    targets: tuple[str, ...] = ()
    flag: str = ""  # outcomes of a flag guide: green, yellow, red or black


@dataclass(frozen=True)
class Problem:
    """What is wrong, and where: the step (by index and key) and, if any, the answer."""

    code: str
    message: str
    step_index: int | None = None
    step_key: str = ""
    answer_index: int | None = None


@dataclass
class Walk:
    """A path of answers followed from the start. ``error`` says why it is not a real walk."""

    steps: list[int] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    error: str = ""

    @property
    def current(self) -> int | None:
        return self.steps[-1] if self.steps else None


def _index_by_key(steps: Sequence[Step]) -> dict[str, int]:
    by_key = {}
    for index, step in enumerate(steps):
        by_key.setdefault(step.key, index)
    return by_key


def tree_problems(steps: Sequence[Step], *, flags_required: bool = False) -> list[Problem]:
    """Every problem that would strand a pupil, each naming the step at fault.

    In a flag guide (``flags_required``) every walk must end on a flag: an outcome reached without
    one is a problem too.
    """
    if not steps:
        return [Problem(MISSING_START, str(_("Add at least one question step: the first step is where pupils start.")))]

    problems = []
    by_key = _index_by_key(steps)
    for index, step in enumerate(steps):
        if by_key[step.key] != index:
            problems.append(
                Problem(
                    DUPLICATE_KEY,
                    str(_("Another step already uses the short name “%(step)s”.") % {"step": step.key}),
                    index,
                    step.key,
                )
            )
    if steps[0].is_outcome:
        problems.append(
            Problem(
                START_IS_OUTCOME,
                str(
                    _("The first step “%(step)s” is where pupils start: it must be a question.")
                    % {"step": steps[0].key}
                ),
                0,
                steps[0].key,
            )
        )

    for index, step in enumerate(steps):
        if step.is_outcome or by_key[step.key] != index:
            continue
        if len(step.targets) < MIN_ANSWERS:
            problems.append(
                Problem(
                    TOO_FEW_ANSWERS,
                    str(_("The question “%(step)s” needs at least two answers.") % {"step": step.key}),
                    index,
                    step.key,
                )
            )
        for answer_index, target in enumerate(step.targets):
            if target not in by_key:
                message = (
                    _("Answer %(number)s of “%(step)s” leads to “%(target)s”, but no step has that short name.")
                    if target
                    else _("Answer %(number)s of “%(step)s” does not say which step comes next.")
                )
                problems.append(
                    Problem(
                        ANSWER_LEADS_NOWHERE,
                        str(message % {"number": answer_index + 1, "step": step.key, "target": target}),
                        index,
                        step.key,
                        answer_index,
                    )
                )

    problems.extend(_loops(steps, by_key))
    reachable = _reachable(steps, by_key)
    for index, step in enumerate(steps):
        if index not in reachable and by_key[step.key] == index:
            problems.append(
                Problem(
                    UNREACHABLE,
                    str(_("No answer leads to the step “%(step)s”: pupils can never reach it.") % {"step": step.key}),
                    index,
                    step.key,
                )
            )
    problems.extend(_without_outcome(steps, by_key, reachable))
    if flags_required:
        problems.extend(_outcomes_without_flag(steps, by_key, reachable))
    return problems


def _outcomes_without_flag(steps, by_key, reachable) -> list[Problem]:
    return [
        Problem(
            OUTCOME_WITHOUT_FLAG,
            str(
                _(
                    "The outcome “%(step)s” gives no flag: in a flag guide every walk ends on a green, yellow, "
                    "red or black flag."
                )
                % {"step": steps[index].key}
            ),
            index,
            steps[index].key,
        )
        for index in sorted(reachable)
        if steps[index].is_outcome and not steps[index].flag and by_key[steps[index].key] == index
    ]


def _edges(steps, by_key, index):
    step = steps[index]
    if step.is_outcome:
        return []
    return [(answer_index, by_key[target]) for answer_index, target in enumerate(step.targets) if target in by_key]


def _reachable(steps, by_key) -> set[int]:
    seen, stack = {0}, [0]
    while stack:
        for _answer, target in _edges(steps, by_key, stack.pop()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _loops(steps, by_key) -> list[Problem]:
    """One problem per answer that leads back to a step already on the way (a back edge)."""
    problems = []
    state = {}  # index -> "open" while on the current path, "done" after
    for root in range(len(steps)):
        if root in state:
            continue
        state[root] = "open"
        stack = [(root, iter(_edges(steps, by_key, root)))]
        while stack:
            index, edges = stack[-1]
            for answer_index, target in edges:
                if state.get(target) == "open":
                    problems.append(
                        Problem(
                            LOOP,
                            str(
                                _(
                                    "Answer %(number)s of “%(step)s” leads back to “%(target)s”: "
                                    "pupils would go round in a loop."
                                )
                                % {"number": answer_index + 1, "step": steps[index].key, "target": steps[target].key}
                            ),
                            index,
                            steps[index].key,
                            answer_index,
                        )
                    )
                elif target not in state:
                    state[target] = "open"
                    stack.append((target, iter(_edges(steps, by_key, target))))
                    break
            else:
                state[index] = "done"
                stack.pop()
    return problems


def _without_outcome(steps, by_key, reachable) -> list[Problem]:
    leads_to_outcome = {index for index, step in enumerate(steps) if step.is_outcome}
    if not leads_to_outcome:
        return [
            Problem(
                NO_OUTCOME,
                str(
                    _("The tree has no outcome step: walks from “%(step)s” must end on a piece of advice.")
                    % {"step": steps[0].key}
                ),
                0,
                steps[0].key,
            )
        ]
    changed = True
    while changed:
        changed = False
        for index in range(len(steps)):
            if index not in leads_to_outcome and any(t in leads_to_outcome for _a, t in _edges(steps, by_key, index)):
                leads_to_outcome.add(index)
                changed = True
    return [
        Problem(
            NO_OUTCOME,
            str(_("From “%(step)s”, no answer ever reaches an outcome.") % {"step": steps[index].key}),
            index,
            steps[index].key,
        )
        for index in sorted(reachable)
        if index not in leads_to_outcome and by_key[steps[index].key] == index
    ]


def walk(steps: Sequence[Step], answers: Sequence[int]) -> Walk:
    """Follow ``answers`` (0-based answer numbers) from the start; stop at the first bad one."""
    result = Walk()
    if not steps:
        result.error = "empty"
        return result
    by_key = _index_by_key(steps)
    result.steps.append(0)
    for answer in answers:
        step = steps[result.current]
        if step.is_outcome:
            result.error = "past_outcome"
            return result
        if not 0 <= answer < len(step.targets) or step.targets[answer] not in by_key:
            result.error = "unknown_answer"
            return result
        result.answers.append(answer)
        result.steps.append(by_key[step.targets[answer]])
    return result


def layers(steps: Sequence[Step]) -> list[list[int]]:
    """Step indexes in rows: each step one row below the deepest step leading to it.

    Steps nobody reaches (in a broken draft) go in a last row; loops never hang the layout.
    """
    if not steps:
        return []
    by_key = _index_by_key(steps)
    depth = {0: 0}
    # Longest-path depth, bounded by the number of steps so loops cannot run forever.
    for _round in range(len(steps)):
        changed = False
        for index in list(depth):
            for _answer, target in _edges(steps, by_key, index):
                if target != 0 and depth[index] + 1 > depth.get(target, -1) and depth[index] + 1 < len(steps):
                    depth[target] = depth[index] + 1
                    changed = True
        if not changed:
            break
    rows: dict[int, list[int]] = {}
    for index in range(len(steps)):
        rows.setdefault(depth.get(index, len(steps)), []).append(index)
    return [rows[row] for row in sorted(rows)]


def questions_left(steps: Sequence[Step], index: int) -> tuple[int, int]:
    """(fewest, most) questions a pupil still answers from step ``index`` on, that step included.

    Shown as progress ("question 2 of up to 4"). Loops and dead ends of a broken draft never hang
    it: every walk is cut after as many steps as the tree has.
    """
    by_key = _index_by_key(steps)
    memo: dict[int, tuple[int, int]] = {}

    def count(at, depth):
        if steps[at].is_outcome or depth > len(steps):
            return (0, 0)
        if at not in memo:
            following = [count(target, depth + 1) for _answer, target in _edges(steps, by_key, at)] or [(0, 0)]
            memo[at] = (1 + min(f for f, _m in following), 1 + max(m for _f, m in following))
        return memo[at]

    return count(index, 0)

"""Questions as plain objects, and the scoring rule.

Scoring rule (the same in self-paced and live mode): an answer is right only when the pupil
chose exactly the set of right answers: every right one and no wrong one. Half-right
selections score nothing, so ticking every box never pays; the feedback then shows which
answers were right.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# What a pupil is told when an answer cannot be taken (self-paced and live alike).
NO_CHOICE = _("Choose an answer before sending.")
UNKNOWN_CHOICE = _("That answer is not one of this question's answers.")


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    is_right: bool


@dataclass(frozen=True)
class Question:
    id: str
    number: int  # 1-based position in the quiz
    text: str
    choices: list[Choice]
    explanation: object = ""  # RichText
    image: object = None
    image_alt: str = ""
    right_ids: frozenset = field(default_factory=frozenset)

    @property
    def several_right(self) -> bool:
        """Several right answers: pupils tick boxes instead of picking one."""
        return len(self.right_ids) > 1

    @property
    def choice_ids(self) -> set[str]:
        return {choice.id for choice in self.choices}

    def problem_with(self, chosen_ids) -> str | None:
        """Why ``chosen_ids`` cannot be taken as an answer (nothing chosen, a choice of another
        question, several for a one-answer question), or None when they can."""
        chosen = set(chosen_ids)
        if not chosen:
            return NO_CHOICE
        if not chosen <= self.choice_ids or (not self.several_right and len(chosen) > 1):
            return UNKNOWN_CHOICE
        return None

    def is_right(self, chosen_ids) -> bool:
        return bool(self.right_ids) and set(chosen_ids) == set(self.right_ids)


def questions_from_stream(stream) -> list[Question]:
    questions = []
    for block in stream:
        if block.block_type != "question":
            continue
        value = block.value
        choices = [
            Choice(id=str(item.id), text=item.value["text"], is_right=bool(item.value["is_right"]))
            for item in value["answers"].bound_blocks
        ]
        questions.append(
            Question(
                id=str(block.id),
                number=len(questions) + 1,
                text=value["question"],
                choices=choices,
                explanation=value["explanation"],
                image=value["image"],
                image_alt=value["image_alt"],
                right_ids=frozenset(choice.id for choice in choices if choice.is_right),
            )
        )
    return questions

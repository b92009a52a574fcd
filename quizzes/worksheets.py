"""Printable worksheets made from a quiz: the pupils' sheet and the teacher's answer key.

The pupils' sheet has the questions and a box to tick per answer, and nothing that gives the
answer away (the template never reads which answers are right). The answer key has the same
questions with the right answers marked and the explanations, then the notes for teachers.
Both are rendered from the quiz's live revision in the reader's language and kept like
factsheet PDFs (``core.pdf``): one file per quiz, language and revision, older revisions deleted.
"""

from dataclasses import dataclass
from string import ascii_uppercase

from django.utils.text import slugify

from core.pdf import page_pdf_key, pdf_response

# Stored worksheets are keyed on these, the quiz's live revision and the language: bump the
# version whenever a worksheet template changes so no old sheet is served.
WORKSHEET_KIND = "quiz-worksheet-v1"
ANSWER_KEY_KIND = "quiz-answer-key-v1"
WORKSHEET_PATH = "worksheet/"
ANSWER_KEY_PATH = "answer-key/"


@dataclass(frozen=True)
class PrintedChoice:
    letter: str
    text: str
    is_right: bool


@dataclass(frozen=True)
class PrintedQuestion:
    number: int
    text: str
    several_right: bool
    choices: list
    explanation: object
    image: object
    image_alt: str

    @property
    def right_letters(self) -> str:
        return ", ".join(choice.letter for choice in self.choices if choice.is_right)


def printed_questions(questions) -> list[PrintedQuestion]:
    """The quiz's questions with their answers lettered A, B, C... as both sheets print them."""
    return [
        PrintedQuestion(
            number=question.number,
            text=question.text,
            several_right=question.several_right,
            choices=[
                PrintedChoice(letter=ascii_uppercase[index % 26], text=choice.text, is_right=choice.is_right)
                for index, choice in enumerate(question.choices)
            ],
            explanation=question.explanation,
            image=question.image,
            image_alt=question.image_alt,
        )
        for question in questions
    ]


def worksheet_pdf(request, quiz, *, answer_key: bool):
    kind, template, suffix = (
        (ANSWER_KEY_KIND, "quizzes/print/answer_key.html", "answer-key")
        if answer_key
        else (WORKSHEET_KIND, "quizzes/print/worksheet.html", "worksheet")
    )
    return pdf_response(
        request,
        key=page_pdf_key(quiz, kind),
        template_name=template,
        context={"page": quiz, "self": quiz, "questions": printed_questions(quiz.question_list)},
        filename=f"{slugify(quiz.slug) or 'quiz'}-{suffix}.pdf",
    )

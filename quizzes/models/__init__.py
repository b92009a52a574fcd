from .live import LiveAnswer, LivePupil, LiveSession
from .pages import QuizIndexPage, QuizPage
from .tallies import ChoiceTally, QuestionTally

__all__ = [
    "ChoiceTally",
    "LiveAnswer",
    "LivePupil",
    "LiveSession",
    "QuestionTally",
    "QuizIndexPage",
    "QuizPage",
]

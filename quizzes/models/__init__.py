from .live import LiveAnswer, LiveSession
from .pages import QuizIndexPage, QuizPage
from .tallies import ChoiceTally, QuestionTally

__all__ = [
    "ChoiceTally",
    "LiveAnswer",
    "LiveSession",
    "QuestionTally",
    "QuizIndexPage",
    "QuizPage",
]

"""Demo quizzes and their index (content/quizzes/)."""

from core.demo.content import load_folder


def load():
    load_folder("quizzes")

from tests.quizzes.conftest import grooming_quiz, sexting_quiz  # noqa: F401  (the same demo quizzes)

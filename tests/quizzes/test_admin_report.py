"""Editors see the anonymous answer counts in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from quizzes.models.tallies import count_answer


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_report_lists_quizzes_and_counts_per_answer(editor_client, sexting_quiz):
    question = sexting_quiz.question_list[0]
    right = sorted(question.right_ids)
    count_answer(sexting_quiz.translation_key, question.id, right, True)
    count_answer(sexting_quiz.translation_key, question.id, right, True)
    index = editor_client.get(reverse("quizzes_answer_counts_index"))
    assert index.status_code == 200
    assert sexting_quiz.title in index.content.decode()
    detail = editor_client.get(reverse("quizzes_answer_counts", args=[sexting_quiz.pk]))
    assert detail.status_code == 200
    rows = detail.context["rows"]
    assert rows[0]["answered"] == 2 and rows[0]["right"] == 2
    assert {choice.id: n for choice, n in rows[0]["choices"]}[right[0]] == 2


def test_report_needs_an_admin_login(client, sexting_quiz):
    response = client.get(reverse("quizzes_answer_counts_index"))
    assert response.status_code == 302


def test_unknown_quiz_in_report_is_404(editor_client):
    assert editor_client.get(reverse("quizzes_answer_counts", args=[999999]), follow=True).status_code == 404


def test_answer_counts_download_as_a_csv_excel_opens_safely(editor_client, sexting_quiz):
    import codecs
    import csv
    import io

    question = sexting_quiz.question_list[0]
    right = sorted(question.right_ids)
    count_answer(sexting_quiz.translation_key, question.id, right, True)
    response = editor_client.get(reverse("quizzes_answer_counts", args=[sexting_quiz.pk]), {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))  # a French admin
    assert rows[0] == ["Question", "Réponse", "Bonne réponse", "Fois choisie", "Réponses", "Bonnes réponses"]
    right_choice = next(choice for choice in question.choices if choice.is_right)
    assert [f"1. {question.text}", right_choice.text, "Oui", "1", "1", "1"] in rows
    assert len(rows) == 1 + sum(len(q.choices) for q in sexting_quiz.question_list)

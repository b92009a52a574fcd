"""Live sessions move into rooms (rooms app). Sessions last a few hours at most, so the old ones
are dropped rather than converted; the anonymous counts they fed are kept."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0002_pupil_removed"),
        ("rooms", "0001_rooms"),
    ]

    operations = [
        migrations.DeleteModel(name="LiveAnswer"),
        migrations.DeleteModel(name="LivePupil"),
        migrations.DeleteModel(name="LiveSession"),
        migrations.CreateModel(
            name="LiveSession",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "phase",
                    models.CharField(
                        choices=[
                            ("lobby", "Waiting for pupils"),
                            ("question", "Question open"),
                            ("revealed", "Answer revealed"),
                            ("ended", "Ended"),
                        ],
                        default="lobby",
                        max_length=10,
                        verbose_name="phase",
                    ),
                ),
                ("question_index", models.PositiveSmallIntegerField(default=0, verbose_name="current question")),
                ("version", models.PositiveIntegerField(default=1)),
                ("tallied", models.BooleanField(default=False)),
                (
                    "quiz",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="quizzes.quizpage",
                        verbose_name="quiz",
                    ),
                ),
                (
                    "room",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE, related_name="quiz_session", to="rooms.room"
                    ),
                ),
            ],
            options={"verbose_name": "live session", "verbose_name_plural": "live sessions"},
        ),
        migrations.CreateModel(
            name="LiveAnswer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("question_index", models.PositiveSmallIntegerField()),
                ("choice_ids", models.JSONField(default=list)),
                ("is_right", models.BooleanField(default=False)),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="quiz_answers", to="rooms.roommember"
                    ),
                ),
                (
                    "session",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answers",
                        to="quizzes.livesession",
                    ),
                ),
            ],
            options={
                "verbose_name": "answer in a live session",
                "verbose_name_plural": "answers in live sessions",
                "indexes": [models.Index(fields=["session", "question_index"], name="quizzes_answers_by_question")],
                "constraints": [
                    models.UniqueConstraint(fields=("member", "question_index"), name="quizzes_one_answer_per_question")
                ],
            },
        ),
    ]

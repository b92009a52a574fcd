"""Routes outside the page tree, mounted under the language prefix (see vigilant/urls.py).

Self-paced quizzes are routes of the quiz page itself (QuizPage is routable); the live
classroom mode lives here.
"""

from django.urls import path, re_path

from quizzes.views import live

app_name = "quizzes"

CODE = r"(?P<code>[0-9]{6})"
HOST_TOKEN_PATTERN = r"(?P<token>[A-Za-z0-9_-]{20,64})"  # noqa: S105 - a URL pattern, not a secret

urlpatterns = [
    re_path(r"^quiz-live/start/(?P<quiz_id>[0-9]{1,9})/$", live.start, name="start"),
    path("quiz-live/join/", live.join, name="join"),
    re_path(rf"^quiz-live/host/{HOST_TOKEN_PATTERN}/$", live.host, name="host"),
    re_path(rf"^quiz-live/host/{HOST_TOKEN_PATTERN}/state\.json$", live.host_state, name="host-state"),
    re_path(
        rf"^quiz-live/host/{HOST_TOKEN_PATTERN}/(?P<action>start|reveal|next|end|delete)/$",
        live.host_action,
        name="host-action",
    ),
    re_path(rf"^quiz-live/host/{HOST_TOKEN_PATTERN}/pupils/$", live.host_pupils, name="host-pupils"),
    re_path(rf"^quiz-live/host/{HOST_TOKEN_PATTERN}/remove/$", live.remove_pupil, name="remove-pupil"),
    re_path(rf"^quiz-live/{CODE}/$", live.play, name="play"),
    re_path(rf"^quiz-live/{CODE}/answer/$", live.answer, name="answer"),
    re_path(rf"^quiz-live/{CODE}/state\.json$", live.pupil_state, name="pupil-state"),
    re_path(rf"^quiz-live/{CODE}/qr\.svg$", live.qr_code, name="qr"),
]

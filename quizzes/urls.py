"""Routes outside the page tree, mounted under the language prefix (see vigilant/urls.py).

Self-paced quizzes are routes of the quiz page itself (QuizPage is routable); the live
classroom mode lives here. Pupils join through the room's page (rooms:join).
"""

from django.urls import re_path

from quizzes.views import live
from rooms.access import CODE_ROUTE

app_name = "quizzes"

CODE = CODE_ROUTE

urlpatterns = [
    re_path(r"^quiz-live/start/(?P<quiz_id>[0-9]{1,9})/$", live.start, name="start"),
    re_path(rf"^quiz-live/{CODE}/$", live.play, name="play"),
    re_path(rf"^quiz-live/{CODE}/panel/$", live.play_panel, name="play-panel"),
    re_path(rf"^quiz-live/{CODE}/answer/$", live.answer, name="answer"),
    re_path(rf"^quiz-live/{CODE}/screen/$", live.screen, name="screen"),
    re_path(rf"^quiz-live/{CODE}/screen/panel/$", live.screen_panel, name="screen-panel"),
    re_path(rf"^quiz-live/{CODE}/control/$", live.control, name="control"),
    re_path(rf"^quiz-live/{CODE}/control/panel/$", live.control_panel, name="control-panel"),
    re_path(
        rf"^quiz-live/{CODE}/control/(?P<action>start|reveal|next|end|delete)/$",
        live.control_action,
        name="control-action",
    ),
    re_path(rf"^quiz-live/{CODE}/state\.json$", live.host_state, name="host-state"),
]

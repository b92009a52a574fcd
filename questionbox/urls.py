"""The question box's routes, under the language prefix (see vigilant/urls.py)."""

from django.urls import path, re_path

from questionbox import views

app_name = "questionbox"

CODE = r"(?P<code>[0-9]{6})"

urlpatterns = [
    path("questions/start/", views.start, name="start"),
    re_path(rf"^questions/{CODE}/$", views.ask, name="ask"),
    re_path(rf"^questions/{CODE}/sent/$", views.sent, name="sent"),
    re_path(rf"^questions/{CODE}/open/$", views.open_in_room, name="open"),
    re_path(rf"^questions/{CODE}/control/$", views.control, name="control"),
    re_path(rf"^questions/{CODE}/control/panel/$", views.control_panel, name="control-panel"),
    re_path(
        rf"^questions/{CODE}/control/(?P<action>show|hide|delete|close|reopen|end)/$",
        views.control_action,
        name="control-action",
    ),
    re_path(rf"^questions/{CODE}/screen/$", views.screen, name="screen"),
    re_path(rf"^questions/{CODE}/screen/panel/$", views.screen_panel, name="screen-panel"),
    re_path(rf"^questions/{CODE}/state\.json$", views.host_state, name="state"),
]

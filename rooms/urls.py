"""Rooms' own routes, under the language prefix (see vigilant/urls.py)."""

from django.urls import path, re_path

from rooms import views
from rooms.access import CODE_ROUTE

app_name = "rooms"

CODE = CODE_ROUTE

urlpatterns = [
    path("join/", views.join, name="join"),
    path("rooms/take-control/", views.take_control, name="take-control"),
    re_path(rf"^rooms/{CODE}/lock/$", views.lock, name="lock"),
    re_path(rf"^rooms/{CODE}/unlock/$", views.unlock, name="unlock"),
    re_path(rf"^rooms/{CODE}/remove/$", views.remove, name="remove"),
    re_path(rf"^rooms/{CODE}/link/$", views.new_link, name="link"),
    re_path(rf"^rooms/{CODE}/qr\.svg$", views.qr_code, name="qr"),
]

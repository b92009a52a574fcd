"""Routes outside the page tree, mounted under the language prefix (see vigilant/urls.py)."""

from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("search/", views.search, name="search"),
]

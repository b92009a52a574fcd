"""Routes outside the page tree, mounted under the language prefix (see vigilant/urls.py)."""

from django.urls import path

from education import views

app_name = "education"

urlpatterns = [
    path("downloads/<int:document_id>/<path:document_filename>", views.download, name="download"),
]

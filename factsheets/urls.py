"""Routes outside the page tree, mounted under the language prefix (see vigilant/urls.py)."""

urlpatterns = []

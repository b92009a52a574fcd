from django.conf import settings


def site_safety(request):
    """What every public page needs for the quick-exit button."""
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL}

"""Image renditions from the local file system, and nothing else under /media/.

Used on single-server and development set-ups (with S3-compatible storage, media addresses point
at the bucket or CDN instead). Only the resized copies Wagtail makes (renditions) are served:
original uploads can carry GPS and camera metadata, and documents go through Wagtail's serve view,
which checks privacy and counts downloads.

``django.views.static.serve`` alone is not enough: it normalises ``images/../documents/x`` before
joining, so a URL pattern on ``images/`` admits paths that leave the folder. Here the path is
checked as it arrived (one decoding, by the server), any spelling that could mean something else
(dot segments, a remaining ``%``, backslashes, empty segments) is refused, and what remains must be
a file name recorded for a rendition.
"""

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve
from wagtail.images import get_image_model

RENDITIONS_FOLDER = "images/"
IMAGE_SUFFIXES = (".gif", ".jpg", ".jpeg", ".png", ".webp", ".avif")


def is_plain_rendition_path(path):
    """True for ``images/<name>.<ext>`` spelt plainly: one folder, no dot segment, nothing encoded."""
    if not path.startswith(RENDITIONS_FOLDER) or not path.lower().endswith(IMAGE_SUFFIXES):
        return False
    if any(character in path for character in "\\%\x00?#") or any(ord(c) < 32 for c in path):
        return False
    segments = path.split("/")
    return len(segments) == 2 and segments[1] not in {"", ".", ".."} and not segments[1].startswith(".")


@require_safe
def rendition(request, path):
    if not is_plain_rendition_path(path):
        raise Http404
    renditions = get_image_model().get_rendition_model().objects
    if not renditions.filter(file=path).exists():
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)

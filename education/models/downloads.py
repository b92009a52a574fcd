"""Anonymous daily download totals: one row per document, language and day.

Nothing about the person is stored: no IP address, no user agent, no cookie, no user, no time
of day. The counting view adds one to the day's total with an atomic UPDATE.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DocumentDownloadCount(models.Model):
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )
    language_code = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [
            models.UniqueConstraint(fields=["document", "language_code", "day"], name="one_download_total_per_day")
        ]
        ordering = ["-day", "document_id", "language_code"]

    def __str__(self):
        return f"{self.document_id} {self.language_code} {self.day}: {self.count}"

    @classmethod
    def record(cls, document_id, language_code):
        """Add one download to today's total (safe with many processes at once)."""
        day = timezone.localdate()
        rows = cls.objects.filter(document_id=document_id, language_code=language_code, day=day)
        if rows.update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(document_id=document_id, language_code=language_code, day=day, count=1)
        except IntegrityError:  # another process created today's row first
            rows.update(count=F("count") + 1)

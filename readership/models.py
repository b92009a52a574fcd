"""Daily page views: one row per page, language and day. Nothing about the readers."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyPageViews(models.Model):
    """How many times a page was read in a language on a day.

    ``at_fallback`` rows count a French page served at another language's address because it has
    no translation in that language yet (``core.fallback``): ``language_code`` is then the
    address's language, not the page's.
    """

    day = models.DateField(_("day"))
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    language_code = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    at_fallback = models.BooleanField(_("French page at this language's address"), default=False)
    views = models.PositiveIntegerField(_("page views"), default=0)

    class Meta:
        verbose_name = _("daily page views")
        verbose_name_plural = _("daily page views")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page", "language_code", "at_fallback"], name="one_page_view_total_per_day"
            )
        ]
        indexes = [models.Index(fields=["day", "language_code"], name="page_views_day_language")]
        ordering = ["-day", "page_id", "language_code"]

    def __str__(self):
        where = " (fallback)" if self.at_fallback else ""
        return f"{self.day} {self.page_id} {self.language_code}{where}: {self.views}"

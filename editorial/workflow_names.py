"""The workflow's and its task's names in the editor's language.

Wagtail stores a workflow's name (and its tasks' names) in the database and shows it as it is,
in the admin and in notification e-mails, so every editor would read "Moderators approval" in
English. Names Vigilant creates itself (``editorial.roles``) become, as each object is loaded, a
``TranslatedName``: equal to the stored name, printed in the active language (the recipient's,
in e-mails). A save through the admin's workflow editor stores the name it shows; ``keep_canonical_name`` stores the
English name again when that text is one of its translations, so the name keeps translating.
Delete this module if Wagtail ever translates workflow names itself.
"""

from django.conf import settings
from django.utils.translation import gettext, gettext_noop, override

from editorial import roles

# Marked for the catalogues; the names stay as they are stored (roles.WORKFLOW_NAME).
CANONICAL_NAMES = {roles.WORKFLOW_NAME}
_MARK_FOR_TRANSLATION = [gettext_noop("Moderators approval")]


class TranslatedName(str):
    """The stored name (comparisons, the database and JSON see it as stored) that prints in the
    active language: templates, ``%`` formatting and ``str()`` call ``__str__``."""

    def __str__(self):
        return gettext(str.__str__(self))


def translate_name(sender, instance, **kwargs):
    """post_init: a name Vigilant created reads in the active language."""
    name = instance.__dict__.get("name")
    if name in CANONICAL_NAMES and not isinstance(name, TranslatedName):
        instance.name = TranslatedName(name)


def _canonical(name):
    text = str.__str__(name)  # as stored, even for a TranslatedName
    for canonical in CANONICAL_NAMES:
        for code, _language in settings.LANGUAGES:
            with override(code):
                if text == gettext(canonical):
                    return canonical
    return text


def keep_canonical_name(sender, instance, raw=False, **kwargs):
    """pre_save: store the English name, never one of its translations (nor a lazy object)."""
    if not raw and "name" in instance.__dict__:
        instance.name = _canonical(instance.name)


def _str_of_name(self):
    # Wagtail's ``__str__`` returns ``self.name``; Python hands a str subclass back from ``str()``
    # without calling its ``__str__``, so ``{{ workflow }}`` would print the stored name.
    return str(self.name)


def connect():
    from django.db.models.signals import post_init, pre_save
    from wagtail.models import GroupApprovalTask, Task, Workflow

    Workflow.__str__ = _str_of_name
    Task.__str__ = _str_of_name

    for model in (Workflow, Task, GroupApprovalTask):
        post_init.connect(translate_name, sender=model, dispatch_uid=f"editorial_translate_{model.__name__}")
        pre_save.connect(keep_canonical_name, sender=model, dispatch_uid=f"editorial_canonical_{model.__name__}")

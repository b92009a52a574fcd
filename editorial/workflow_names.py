"""The workflow's and its task's names in the editor's language.

Wagtail stores a workflow's name (and its tasks' names) in the database and shows it as it is,
in the admin and in notification e-mails, so every editor would read "Moderators approval" in
English. Names Vigilant creates itself (``editorial.roles``) are replaced, as each object is
loaded, by a translation that follows the active language (the recipient's, in e-mails). A save
through the admin's workflow editor stores the name it shows; ``keep_canonical_name`` stores the
English name again when that text is one of its translations, so the name keeps translating.
Delete this module if Wagtail ever translates workflow names itself.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy, override

from editorial import roles

TRANSLATED_NAMES = {
    roles.WORKFLOW_NAME: gettext_lazy("Moderators approval"),
}


def translate_name(sender, instance, **kwargs):
    """post_init: a name Vigilant created reads in the active language."""
    name = instance.__dict__.get("name")
    if name in TRANSLATED_NAMES:
        instance.name = TRANSLATED_NAMES[name]


def _canonical(name):
    text = str(name)
    for canonical, translated in TRANSLATED_NAMES.items():
        for code, _language in settings.LANGUAGES:
            with override(code):
                if text == str(translated):
                    return canonical
    return text


def keep_canonical_name(sender, instance, raw=False, **kwargs):
    """pre_save: store the English name, never one of its translations (nor a lazy object)."""
    if not raw and "name" in instance.__dict__:
        instance.name = _canonical(instance.name)


def connect():
    from django.db.models.signals import post_init, pre_save
    from wagtail.models import GroupApprovalTask, Task, Workflow

    for model in (Workflow, Task, GroupApprovalTask):
        post_init.connect(translate_name, sender=model, dispatch_uid=f"editorial_translate_{model.__name__}")
        pre_save.connect(keep_canonical_name, sender=model, dispatch_uid=f"editorial_canonical_{model.__name__}")

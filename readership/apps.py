from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    name = "readership"
    verbose_name = _("Reading figures")

    def ready(self):
        from django.core.signals import request_finished

        from readership.counting import push_pending_when_due

        # After the response has been sent: the reader never waits for the shared store.
        request_finished.connect(push_pending_when_due, dispatch_uid="readership_push_pending")

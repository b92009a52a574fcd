from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow and translation status")

    def ready(self):
        from wagtail.signals import page_published, published

        from editorial import localize_comments, roles, source_sync, workflow_names

        workflow_names.connect()
        localize_comments.install()

        post_migrate.connect(roles.grant_snippet_permissions, dispatch_uid="editorial_snippet_permissions")
        page_published.connect(source_sync.page_published, dispatch_uid="editorial_refresh_page_source")
        post_save.connect(source_sync.snippet_saved, dispatch_uid="editorial_refresh_snippet_source")
        published.connect(source_sync.snippet_published, dispatch_uid="editorial_refresh_reviewed_snippet_source")
        post_save.connect(roles.language_home_saved, dispatch_uid="editorial_translators_on_new_language")

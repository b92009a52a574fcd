"""The three editorial roles and the moderation workflow every page goes through.

Editors write and edit (French) pages and submit them for moderation; translators translate
(pages and snippets) and submit; moderators approve and publish. Editors' and moderators' page
permissions are granted on the root page, so they cover every language's tree; so is the
"Moderators approval" workflow. Translators' page permissions are granted on each translated
language's home page only, so they never edit, copy or submit a French page
(``grant_translation_trees``; a language's home page created later gets them when it is saved).

The groups, page permissions and workflow come from the data migration
(``editorial/migrations/0001_roles_and_moderation.py``). Snippet permissions are granted after
every ``migrate`` (``grant_snippet_permissions``) because apps merged later add snippet models
whose permissions do not exist yet when that migration runs.
"""

from django.apps import apps as global_apps

EDITORS = "Editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Moderators approval"

# Page permissions on the root page (Wagtail's GroupPagePermission codenames).
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    TRANSLATORS: [],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Translators' page permissions, on each home page except the French one (the source language).
TRANSLATION_TREE_PERMISSIONS = ["add_page", "change_page"]

# Model permissions: (app_label, codename).
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
    ],
    TRANSLATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
    ],
}

# Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    TRANSLATORS: [
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
    ],
    MODERATORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtaildocs", "delete_document"),
    ],
}

# Actions on translatable snippets (navigation, footer, vocabularies, reporting channels, ...).
# Translators may add (a translation is a new instance) and change them, only moderators delete.
# Snippets readers depend on (core.models.reviewed: navigation, footer, reporting channels, help
# services) go through the same workflow as pages: only moderators publish, lock and unlock them
# (the codenames exist only for those models).
SNIPPET_ACTIONS = {
    EDITORS: ["add", "change"],
    TRANSLATORS: ["add", "change"],
    MODERATORS: ["add", "change", "delete", "publish", "lock", "unlock"],
}


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def ensure_roles(apps):
    """Create the three groups, their permissions and the workflow (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {}
    for name in (EDITORS, TRANSLATORS, MODERATORS):
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in MODEL_PERMISSIONS[name]:
            permission = _permission(apps, app_label, codename)
            if permission is not None:
                group.permissions.add(permission)
        if root_page is not None:
            for codename in PAGE_PERMISSIONS[name]:
                permission = _permission(apps, "wagtailcore", codename)
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection is not None:
            for app_label, codename in COLLECTION_PERMISSIONS[name]:
                permission = _permission(apps, app_label, codename)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
    # Editors and translators never publish: take back anything an earlier set-up granted.
    GroupPagePermission.objects.filter(
        group__in=[groups[EDITORS], groups[TRANSLATORS]],
        permission__codename__in=["publish_page", "bulk_delete_page"],
    ).delete()
    if root_page is not None:
        ensure_workflow(apps, root_page, groups[MODERATORS])
    grant_translation_trees(apps)


def grant_translation_trees(apps):
    """Translators translate only: page permissions on the translated trees, none on the French one.

    Takes back any grant on the root page or the French tree (an earlier set-up gave translators
    the root page) and grants ``TRANSLATION_TREE_PERMISSIONS`` on every other language's home page.
    Idempotent.
    """
    from django.conf import settings

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    translators = Group.objects.filter(name=TRANSLATORS).first()
    if translators is None:
        return
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    french_or_root = Page.objects.filter(depth=1)
    if source is not None:
        french_or_root = french_or_root | Page.objects.filter(depth=2, locale=source)
    GroupPagePermission.objects.filter(group=translators, page__in=list(french_or_root)).delete()
    homes = Page.objects.filter(depth=2)
    if source is not None:
        homes = homes.exclude(locale=source)
    for home in homes:
        for codename in TRANSLATION_TREE_PERMISSIONS:
            permission = _permission(apps, "wagtailcore", codename)
            GroupPagePermission.objects.get_or_create(group=translators, page=home, permission=permission)


def language_home_saved(sender, instance, created, raw=False, **kwargs):
    """post_save: a new home page in a translated language opens its tree to the translators."""
    from wagtail.models import Locale, Page

    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    if instance.locale_id == Locale.get_default().pk:
        return
    grant_translation_trees(global_apps)


def ensure_workflow(apps, root_page, moderators):
    """One approval step by the moderators, required for every page in every language."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=content_type, active=True)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def translatable_snippet_models():
    """Every snippet model that translates (what readers see in navigation, footer, labels, help)."""
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def reviewed_snippet_models():
    """Snippet models whose changes wait for a Moderator's approval (they carry a workflow)."""
    from wagtail.models import WorkflowMixin

    return [model for model in translatable_snippet_models() if issubclass(model, WorkflowMixin)]


def assign_workflow_to_reviewed_snippets():
    """The "Moderators approval" workflow for every reviewed snippet model (idempotent)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Workflow, WorkflowContentType

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    for content_type in ContentType.objects.get_for_models(*reviewed_snippet_models()).values():
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


def grant_snippet_permissions(sender=None, **kwargs):
    """post_migrate: give each role its actions on every translatable snippet model, and the
    workflow to the reviewed ones (idempotent).

    Runs once per ``migrate``: Django sends post_migrate once per app that has models, in
    INSTALLED_APPS order, so the last of those comes after every permission exists.
    """
    with_models = [config for config in global_apps.get_app_configs() if config.models_module is not None]
    if sender is not None and sender is not with_models[-1]:
        return
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    models = translatable_snippet_models()
    content_types = ContentType.objects.get_for_models(*models)
    for name, actions in SNIPPET_ACTIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        codenames = [f"{action}_{model._meta.model_name}" for model in models for action in actions]
        group.permissions.add(
            *Permission.objects.filter(content_type__in=content_types.values(), codename__in=codenames)
        )
    assign_workflow_to_reviewed_snippets()

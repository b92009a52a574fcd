"""Translators lose their page permissions on the root page (which covered the French tree) and
get them on each translated language's home page instead: they translate, never edit French.

See editorial/roles.py (grant_translation_trees).
"""

from django.db import migrations


def translators_translate_only(apps, schema_editor):
    from editorial.roles import grant_translation_trees

    grant_translation_trees(apps)


class Migration(migrations.Migration):
    dependencies = [("editorial", "0001_roles_and_moderation")]

    operations = [migrations.RunPython(translators_translate_only, migrations.RunPython.noop)]

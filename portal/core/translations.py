"""New translations start from the page as last published.

wagtail-localize keeps a copy of a page's content to translate from (its TranslationSource), taken when the page is
first translated and refreshed only by "Sync translated pages". "Translate this page" into another language after
the page was published again therefore started from the old text. Here every publish of a page that has such a copy
refreshes it from the published page: a new translation starts from what visitors see, and the translation editors
of the existing ones show the changed strings as untranslated, as after a sync. The translated pages themselves
change only when their translations are published again, as before.
"""

from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource


def refresh_source(sender, instance, **kwargs):
    source = TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).first()
    if source is not None:
        source.update_from_db()


def connect_signals():
    page_published.connect(refresh_source, dispatch_uid="portal-refresh-translation-source")

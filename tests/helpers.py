"""Helpers shared by tests: translating a page the way an editor does in wagtail-localize."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator


def translate_as_editor(page, language, texts, user):
    """'Translate this page' into `language`, fill every string with `texts` (a dict or a callable), publish."""
    locale = Locale.objects.get(language_code=language)
    creator = TranslationCreator(user, [locale])
    creator.create_translations(page)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        source_text = segment.string.data
        text = texts(source_text) if callable(texts) else texts.get(source_text, source_text)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": "manual", "last_translated_by": user},
        )
    translation.save_target(user=user, publish=True)
    return translation.get_target_instance()

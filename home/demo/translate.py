"""Translating demo content through wagtail-localize, as an editor does in the translation editor:
a translation source, a translation per locale, one string translation per segment, then publish."""

from html import escape, unescape

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


class MissingDemoTranslation(Exception):
    pass


def translate(instance, locale, strings, user=None, keep=()):
    """Create or refresh `instance`'s translation in `locale` with `strings` ({source text: translated text}).

    Strings in `keep` (proper nouns) are kept as they are. Every other segment must be translated.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        original = unescape(segment.string.data)
        if original in strings:
            text = strings[original]
        elif original in keep:
            text = original
        else:
            raise MissingDemoTranslation(
                f"No {locale.language_code} text for {segment.context.path!r}: {original[:60]!r}"
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": escape(text, quote=False), "translation_type": "manual", "last_translated_by": user},
        )
    translation.save_target(user=user, publish=True)
    return translation.get_target_instance()

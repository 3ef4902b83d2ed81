"""Admin hooks of portal.core."""

from wagtail import hooks

from . import translation_review


# Translations: "Save draft" and "Submit for review" in wagtail-localize's translation editor.
@hooks.register("register_admin_urls")
def translation_review_urls():
    return translation_review.admin_urls()

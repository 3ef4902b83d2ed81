"""Shared StreamField blocks. Each block has an icon, a template and a preview value."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.migrations.operations import BaseBlockOperation
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level"), search_index=False
    )

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Decent work in the primary sector", "level": "h2"}
        description = _("A section heading")


class CaptionedImageBlock(blocks.StructBlock):
    """An image in a page's body: Wagtail's own ImageBlock, which asks for alt text or an explicit "decorative"
    tick (so an image cannot lose its description by accident), and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=pgettext_lazy("image caption", "Caption"), required=False, max_length=250)

    class Meta:
        label = _("Image")
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with a caption")

    def get_preview_value(self):
        """The oldest image in the library, so the block chooser's preview shows a real picture (none: no preview)."""
        image = get_image_model().objects.order_by("pk").first()
        if image is None:
            return None
        return self.to_python(
            {"image": {"image": image.pk, "alt_text": image.default_alt_text, "decorative": False}, "caption": ""}
        )


class CaptionedImageOperation(BaseBlockOperation):
    """Stored values of the body image block before it used Wagtail's ImageBlock ({image, alt_text, caption}, an
    empty alt text meaning a decorative image) rewritten to the current shape. Values already converted are kept."""

    def apply(self, block_value):
        if not isinstance(block_value, dict) or isinstance(block_value.get("image"), dict):
            return block_value
        alt_text = block_value.get("alt_text") or ""
        return {
            "image": {"image": block_value.get("image"), "alt_text": alt_text, "decorative": not alt_text},
            "caption": block_value.get("caption") or "",
        }

    @property
    def operation_name_fragment(self):
        return "captioned_image"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        label = _("Quote")
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"text": "Local centres make the difference.", "attribution": "A counsellor"}
        description = _("A quotation")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=pgettext_lazy("call to action", "External link"), required=False)

    class Meta:
        label = _("Call to action")
        icon = "link"
        template = "blocks/call_to_action_block.html"
        preview_value = {"text": "Find a centre near you", "url": "https://example.org/"}
        description = _("A prominent link")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
        preview_value="<p>Employment centres help migrants find decent work in agriculture.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()


class PartnerLogoBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    logo = ImageChooserBlock(label=_("Logo"))
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        label = _("Partner logo")
        icon = "group"
        template = "blocks/partner_logo_block.html"
        description = _("A partner's logo")


class DocumentsBlock(blocks.StreamBlock):
    """A list of documents. `item_template` renders one document for `{% include_block %}`; pages that write the
    list themselves pass none. It is an argument, not a subclass, so both uses keep their stored definitions."""

    def __init__(self, local_blocks=None, item_template=None, **kwargs):
        options = {"template": item_template} if item_template else {}
        document = DocumentChooserBlock(label=_("Document"), icon="doc-full", **options)
        super().__init__([("document", document), *(local_blocks or [])], **kwargs)


def prefetch_renditions(*stream_values):
    """Fetch the renditions of every image in these StreamField values with one query, as Wagtail's
    `prefetch_renditions()` does for an image queryset: the `{% image %}` tags then find them in memory instead of
    asking the cache (or the database) once per image."""
    from django.db.models import prefetch_related_objects

    found = {}
    for value in stream_values:
        _collect_images(value, found)
    if found:
        prefetch_related_objects(list(found.values()), "renditions")


def _collect_images(value, found):
    """Images (by identity: the very instances the templates will render) inside a block value, at any depth."""
    if isinstance(value, get_image_model()):
        found.setdefault(id(value), value)
    elif isinstance(value, blocks.StreamValue):
        for child in value:
            _collect_images(child.value, found)
    elif isinstance(value, blocks.StructValue):
        for child in value.values():
            _collect_images(child, found)
    elif isinstance(value, (list, tuple, ListValue)):
        for child in value:
            _collect_images(child, found)

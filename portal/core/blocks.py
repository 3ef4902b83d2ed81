"""Shared StreamField blocks. Each block has an icon, a template and a preview value."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Decent work in the primary sector", "level": "h2"}
        description = _("A section heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it; leave empty if it is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with a caption")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"text": "Local centres make the difference.", "attribution": "A counsellor"}
        description = _("A quotation")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)

    class Meta:
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
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()


class PartnerLogoBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    logo = ImageChooserBlock(label=_("Logo"))
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
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

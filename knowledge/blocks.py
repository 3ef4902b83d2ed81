"""Blocks of the knowledge pages: training units and newsletter highlights."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from portal.core.vocabularies import COUNTRIES


class TextUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["h3", "bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "doc-full"
        template = "knowledge/blocks/unit_text.html"
        label = _("Text")
        preview_value = {"title": "Your rights at work", "text": "<p>Every worker has a contract.</p>"}


class VideoUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "knowledge/blocks/unit_video.html"
        label = _("Video")
        preview_value = {"title": "A day on the farm", "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ"}


class MaterialUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "download"
        template = "knowledge/blocks/unit_material.html"
        label = _("Downloadable material")


class ExerciseUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    instructions = blocks.RichTextBlock(label=_("Instructions"), features=["bold", "italic", "link", "ol", "ul"])
    feedback = blocks.RichTextBlock(
        label=_("Suggested answer"), required=False, features=["bold", "italic", "ol", "ul"]
    )

    class Meta:
        icon = "tasks"
        template = "knowledge/blocks/unit_exercise.html"
        label = _("Exercise")
        preview_value = {"title": "Map local employers", "instructions": "<p>List three employers nearby.</p>"}


class TrainingUnitsBlock(blocks.StreamBlock):
    text = TextUnitBlock()
    video = VideoUnitBlock()
    material = MaterialUnitBlock()
    exercise = ExerciseUnitBlock()


class HighlightBlock(blocks.StructBlock):
    country = blocks.ChoiceBlock(choices=COUNTRIES, label=_("Country"), required=False, search_index=False)
    date = blocks.DateBlock(label=_("Date"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])
    key_takeaways = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Key takeaways"), required=False)

    class Meta:
        icon = "pick"
        template = "knowledge/blocks/highlight.html"
        label = _("Highlight")
        preview_value = {
            "title": "Round tables in Sicily",
            "text": "<p>Two days of exchange.</p>",
            "key_takeaways": ["Housing is the first barrier"],
        }

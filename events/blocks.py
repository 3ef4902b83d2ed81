"""Blocks of the event pages: the programme and the key takeaways of a report."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from .speakers import names_without_consent, public_text


class AgendaItemValue(blocks.StructValue):
    """A programme item as the public sees it: people only with their consent, the free text only when it names
    no one without consent."""

    def public_people(self):
        return [person for person in self.get("people") or [] if person is not None and person.is_public]

    def public_speakers_text(self, withheld=None):
        return public_text(self.get("speakers"), withheld)

    def speaker_line(self, withheld=None):
        """The speakers in one line: the people shown, then the organisations or roles. `withheld`: the names of
        people without consent, when the caller read them once for the whole programme (else one query)."""
        parts = [person.name for person in self.public_people()]
        text = self.public_speakers_text(withheld)
        return ", ".join([*parts, text] if text else parts)


class AgendaItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(label=_("Start time"))
    end_time = blocks.TimeBlock(label=_("End time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    people = blocks.ListBlock(
        SnippetChooserBlock("network.Person"),
        label=_("Speakers from the directory"),
        help_text=_("Shown only when the person's consent is recorded."),
        required=False,
    )
    speakers = blocks.CharBlock(
        label=_("Organisations or roles"),
        max_length=300,
        required=False,
        help_text=_("Not a person's name: choose people from the directory above."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "events/blocks/agenda_item.html"
        label = _("Agenda item")
        value_class = AgendaItemValue
        preview_value = {
            "start_time": "09:30",
            "end_time": "10:00",
            "title": "Welcome and introductions",
            "speakers": "The coordinator",
        }
        description = _("One item of the programme, with its time")

    def clean(self, value):
        value = super().clean(value)
        names = names_without_consent(value.get("speakers"))
        if names:
            message = _(
                "“%(name)s” is a person of the directory without consent to be shown publicly: type an "
                "organisation or a role here, or choose the person under “Speakers from the directory” (shown "
                "once consent is recorded)."
            )
            raise StructBlockValidationError(
                block_errors={"speakers": ValidationError(message, code="no_consent", params={"name": names[0]})}
            )
        return value

    def get_api_representation(self, value, context=None):
        """The item as the public sees it: people without consent left out, a text naming one of them emptied."""
        data = super().get_api_representation(value, context)
        data["people"] = [{"name": person.name} for person in value.public_people()]
        data["speakers"] = value.public_speakers_text()
        return data


class TakeawaysBlock(blocks.StreamBlock):
    takeaway = blocks.TextBlock(label=_("Key takeaway"), icon="pick", template="events/blocks/takeaway.html")

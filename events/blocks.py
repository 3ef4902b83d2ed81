"""Blocks of the event pages: the programme and the key takeaways of a report."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(label=_("Start time"))
    end_time = blocks.TimeBlock(label=_("End time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    speakers = blocks.CharBlock(label=_("Speakers"), max_length=300, required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "events/blocks/agenda_item.html"
        label = _("Agenda item")
        preview_value = {
            "start_time": "09:30",
            "end_time": "10:00",
            "title": "Welcome and introductions",
            "speakers": "The coordinator",
        }
        description = _("One item of the programme, with its time")


class TakeawaysBlock(blocks.StreamBlock):
    takeaway = blocks.TextBlock(label=_("Key takeaway"), icon="pick", template="events/blocks/takeaway.html")

"""Admin: "Erase this person" on the Person snippet (listing and edit view), for superusers and for users given
"Can erase a person from the portal" (network.erase_person) in Settings > Groups. Imported by NetworkConfig.ready.
"""

from django.contrib.admin.utils import quote
from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic import DeleteView
from wagtail.admin.widgets.button import Button
from wagtail.snippets.action_menu import ActionMenuItem

from portal.search.signal_handlers import on_person_erased as search_on_person_erased

from .erasure import erase_person, person_erased
from .models import Person

# The search outbox rewrites the records of the organisations that listed an erased person (same transaction).
person_erased.connect(search_on_person_erased, sender=Person, dispatch_uid="search_person_erased")

URL_NAME = "network_erase_person"


def can_erase(user):
    return user.is_active and (user.is_superuser or user.has_perm("network.erase_person"))


def erase_url(person):
    return reverse(URL_NAME, args=[quote(person.pk)])


class ErasePersonView(DeleteView):
    """Confirm, then erase. Afterwards the people listing, with the free-text mentions left to review."""

    model = Person
    page_title = gettext_lazy("Erase this person")
    header_icon = "user"
    delete_url_name = URL_NAME

    def user_has_permission(self, permission):
        return can_erase(self.request.user)

    @property
    def index_url_name(self):
        return Person.snippet_viewset.get_url_name("list")

    @property
    def usage_url_name(self):
        return Person.snippet_viewset.get_url_name("usage")

    @property
    def confirmation_message(self):
        return _(
            "Erase this person from every language version (%(count)d), the organisations that list them, page "
            "revisions, translations, audit-log labels and search? This cannot be undone. Mentions in the text of "
            "pages are not changed: they are listed afterwards for you to review."
        ) % {"count": Person.objects.filter(translation_key=self.object.translation_key).count()}

    def delete_action(self):
        self.erasure = erase_person(self.object, user=self.request.user)
        for line in self.erasure.mentions:
            messages.warning(self.request, _("Still mentioned, please review: %(mention)s") % {"mention": line})

    def get_success_message(self):
        return _("The person was erased: %(count)d objects deleted or scrubbed.") % {
            "count": self.erasure.record.objects_touched
        }


class EraseMenuItem(ActionMenuItem):
    label = gettext_lazy("Erase this person")
    name = "action-erase-person"
    icon_name = "bin"
    order = 1000

    def is_shown(self, context):
        return context["view"] == "edit" and can_erase(context["request"].user)

    def get_url(self, parent_context):
        return erase_url(parent_context["instance"])


@hooks.register("register_admin_urls")
def erase_person_urls():
    return [path("network/people/<int:pk>/erase/", ErasePersonView.as_view(), name=URL_NAME)]


@hooks.register("register_snippet_action_menu_item")
def erase_person_menu_item(model):
    return EraseMenuItem() if model is Person else None


@hooks.register("register_snippet_listing_buttons")
def erase_person_listing_button(snippet, user, next_url=None):
    if isinstance(snippet, Person) and can_erase(user):
        yield Button(_("Erase this person"), erase_url(snippet), icon_name="bin", priority=90)


@hooks.register("register_permissions")
def erase_person_permission():
    """So that administrators can give "Can erase a person" to a group in Settings > Groups."""
    return Permission.objects.filter(content_type__app_label="network", codename="erase_person")

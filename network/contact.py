"""Contact an organisation: a form on each organisation page that relays the message to its private address."""

from wagtail.contrib.routable_page.models import RoutablePageMixin


class ContactFormMixin(RoutablePageMixin):
    """Routes of the contact form on OrganisationPage (built in the network issue's contact step)."""

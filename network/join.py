"""Join the network: organisations apply through a public form; a coordinator approves or rejects."""

from wagtail.contrib.routable_page.models import RoutablePageMixin


class JoinRoutesMixin(RoutablePageMixin):
    """Routes of the join form on DirectoryPage (built in the network issue's join step)."""

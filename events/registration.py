"""Registration for an event through the portal's own form (routes and context mixed into EventPage)."""


class RegistrationRoutesMixin:
    """Mixed into EventPage before RoutablePageMixin. The registration work adds its routes and context here."""

    def registration_context(self, request):
        return {}

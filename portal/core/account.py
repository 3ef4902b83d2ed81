"""Wagtail's account settings, where a name is optional.

Wagtail's "Name and Email" panel requires a first and a last name, so an account created without them (the first
administrator made by `ensure_admin`, an account made from an e-mail address) could not save any other setting, such
as the admin's language, until it typed a name. Django's user model allows empty names; so does this form. The view
takes Wagtail's route (`wagtailadmin_account`), ahead of Wagtail's own in portal/urls.py.
"""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views import account


class OptionalNameEmailForm(NameEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = False
        self.fields["last_name"].required = False


class OptionalNameEmailSettingsPanel(account.NameEmailSettingsPanel):
    form_class = OptionalNameEmailForm


class AccountView(account.AccountView):
    def get_panels(self):
        return [
            OptionalNameEmailSettingsPanel(panel.request, panel.user, panel.profile)
            if type(panel) is account.NameEmailSettingsPanel
            else panel
            for panel in super().get_panels()
        ]


account_view = require_admin_access(AccountView.as_view())

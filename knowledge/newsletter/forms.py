from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.public_forms import PublicFormMixin, email_field

# Stored with each subscription (in the language the visitor saw it), as the proof of what was agreed.
CONSENT_TEXT = _(
    "I want to receive the Primacenters newsletter by e-mail. I agree that my e-mail address and language are "
    "kept for this purpose only, as the privacy notice explains, until I unsubscribe. I can unsubscribe at any "
    "time with the link in every e-mail."
)


class SubscribeForm(PublicFormMixin, forms.Form):
    id_prefix = "subscribe"

    email = email_field()
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick this box: we can only send the newsletter with your consent.")},
    )

from django import forms
from django.utils.translation import gettext_lazy as _

# Stored with each subscription (in the language the visitor saw it), as the proof of what was agreed.
CONSENT_TEXT = _(
    "I want to receive the Primacenters newsletter by e-mail. I agree that my e-mail address and language are "
    "kept for this purpose only, as the privacy notice explains, until I unsubscribe. I can unsubscribe at any "
    "time with the link in every e-mail."
)


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, for example name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick this box: we can only send the newsletter with your consent.")},
    )
    # Honeypot: hidden from people (and from assistive technology); robots that fill every field reveal themselves.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def is_bot(self):
        return bool((self.data.get("website") or "").strip())

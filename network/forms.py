"""The directory's public forms: contacting an organisation and asking to join the directory.

Both are public forms (portal.core.public_forms: honeypot, privacy link, error summary); what happens to what
they collect is in contact.py (relayed by e-mail, never stored) and join.py (an application for review).
"""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from portal.core.public_forms import PublicFormMixin, email_field

from .models.join import JoinApplication

MESSAGE_MIN_LENGTH = 20
MESSAGE_MAX_LENGTH = 3000


class ContactForm(PublicFormMixin, forms.Form):
    id_prefix = "contact"

    name = forms.CharField(label=_("Your name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = email_field()
    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(
        label=_("Message"),
        min_length=MESSAGE_MIN_LENGTH,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=format_lazy(_("Between {min} and {max} characters."), min=MESSAGE_MIN_LENGTH, max=MESSAGE_MAX_LENGTH),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    send_copy = forms.BooleanField(label=_("Send me a copy of my message"), required=False)

    def clean_subject(self):
        return " ".join(self.cleaned_data["subject"].split())  # one line: it becomes the e-mail's subject


# Stored with each application (in the language the applicant saw it), as the proof of what was agreed.
CONSENT_TEXT = _(
    "I agree that the Primacenters coordinators keep and use the data in this form to review this application and "
    "to write to me about it, as the privacy notice explains. If the application is approved, the organisation's "
    "details (not my name) are published in the directory."
)


class JoinForm(PublicFormMixin, forms.ModelForm):
    honeypot = "fax"  # the form has a real website field

    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.TextInput(attrs={"inputmode": "url"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick this box: we can only review your application with your consent.")},
    )

    class Meta:
        model = JoinApplication
        fields = [
            "organisation_name",
            "org_type",
            "country",
            "city",
            "website",
            "contact_public",
            "contact_name",
            "contact_email",
            "description",
            "sectors",
            "services",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        labels = {"sectors": _("Sectors"), "services": _("Services offered")}

    AUTOCOMPLETE = {
        "organisation_name": "organization",
        "city": "address-level2",
        "website": "url",
        "contact_name": "name",
        "contact_email": "email",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("contact_name", "contact_email", "description"):
            self.fields[name].required = True
        for name, token in self.AUTOCOMPLETE.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        for name in ("org_type", "country"):
            self.fields[name].choices = [("", _("Choose…")), *self.fields[name].choices[1:]]

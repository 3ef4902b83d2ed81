"""The base of every form the public sends (contact, join, newsletter, event registration), and its views' side.

- PublicFormMixin: a honeypot field, single-line fields that refuse control characters (`single_line`), one
  field template (label, help text and error tied to the input by
  `aria-describedby`; the input keeps what was typed) and the e-mail field's messages (`email_field`).
  `core/forms/form.html` renders such a form with its error summary (focused on load by portal.js), its
  privacy-notice link and its button.
- `rate_limited()` and `too_many_requests()`: the 429 answer; `page_with_form()`: the page again with a refused
  form; `message_page()`: the pages that say what happened (core/message.html).

Kept apart from portal.core.forms, which Wagtail's document forms make unimportable while models load.
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import DjangoTemplates
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from . import ratelimit


class PublicFormRenderer(DjangoTemplates):
    field_template_name = "core/forms/field.html"


PUBLIC_FORM_RENDERER = PublicFormRenderer()  # one instance: it holds the compiled templates


# Joiners are part of the spelling of names in several scripts (and of emoji); every other control or format
# character, and the Unicode line and paragraph separators, has no place in a one-line answer.
_ALLOWED_FORMAT_CHARACTERS = {"\u200c", "\u200d"}
_REFUSED_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}


def single_line(value):
    """Refuse line breaks and other control characters in a one-line field: what the public types there goes into
    e-mails (names, subjects), where a line break would start a line of the sender's choosing ("Bcc: …")."""
    if any(
        unicodedata.category(char) in _REFUSED_CATEGORIES and char not in _ALLOWED_FORMAT_CHARACTERS
        for char in str(value)
    ):
        raise ValidationError(
            _("Please write this on one line, without line breaks or control characters."), code="control_characters"
        )


class PublicFormMixin:
    """Mixed into a Form or ModelForm. Every one-line text field refuses control characters (`single_line`);
    `honeypot` names the hidden field that only robots fill in (pick a name
    the form does not use for a real field); `id_prefix` makes the ids unique on a page that has other forms."""

    honeypot = "website"
    id_prefix = None
    default_renderer = PUBLIC_FORM_RENDERER

    def __init__(self, *args, **kwargs):
        if self.id_prefix:
            kwargs.setdefault("auto_id", f"{self.id_prefix}-%s")
        super().__init__(*args, label_suffix="", **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and not isinstance(field.widget, forms.Textarea):
                field.validators.append(single_line)
        # Hidden from people (and from assistive technology); robots that fill every field reveal themselves.
        self.fields[self.honeypot] = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def is_bot(self):
        return bool((self.data.get(self.honeypot) or "").strip())

    def people_fields(self):
        """The fields people fill in, in order (all but the honeypot)."""
        return [field for field in self if field.name != self.honeypot]

    def honeypot_field(self):
        return self[self.honeypot]


def email_field(**kwargs):
    """The e-mail address field of the public forms (the visitor's own address)."""
    return forms.EmailField(
        label=kwargs.pop("label", _("Your e-mail address")),
        max_length=254,
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, for example name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        **kwargs,
    )


def rate_limited(request, scope, limit_window):
    """Count this request; the window in seconds (for Retry-After) once the client is over the limit, else None."""
    limit, window = limit_window
    return None if ratelimit.hit(request, scope, limit, window) else window


def page_with_form(page, request, context=None, status=200, template=None):
    """`page` again with its form (as it was filled in, with its errors, in `context`); never cached, since it
    holds what the visitor typed and a CSRF token."""
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    add_never_cache_headers(response)
    return response


def message_page(request, template, title, context=None, status=200, retry_after=None):
    """A page that says what happened (sent, done, invalid link, too many requests): never cached nor indexed.
    `template` extends core/message.html; `context` gives it `page` and the link back (`back_url`, `back_label`)."""
    response = TemplateResponse(request, template, {"title": title, **(context or {})}, status=status)
    add_never_cache_headers(response)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def too_many_requests(request, window, context):
    """The 429 answer of a public form, with the link back in `context`."""
    return message_page(
        request, "core/too_many_requests.html", _("Too many requests"), context, status=429, retry_after=window
    )

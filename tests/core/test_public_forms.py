"""The public forms' one-line fields refuse line breaks and other control characters (they end up in e-mails)."""

import pytest

from events.forms import RegistrationForm
from knowledge.newsletter.forms import SubscribeForm
from network.forms import ContactForm, JoinForm
from portal.core.public_forms import single_line

MESSAGE = "Please write this on one line, without line breaks or control characters."
FORGED = "Ann\r\nBcc: x@example.org"


@pytest.mark.parametrize(
    "form_class, field",
    [
        (ContactForm, "name"),
        (ContactForm, "subject"),
        (JoinForm, "contact_name"),
        (JoinForm, "organisation_name"),
        (JoinForm, "city"),
        (RegistrationForm, "name"),
        (RegistrationForm, "organisation"),
        (SubscribeForm, "email"),
    ],
)
def test_every_public_form_refuses_a_line_break_in_a_one_line_field(form_class, field):
    form = form_class({field: FORGED})
    form.is_valid()
    assert field in form.errors
    if field != "email":  # an address with a line break is already not an address
        assert MESSAGE in form.errors[field]


def test_multi_line_fields_keep_their_line_breaks():
    form = ContactForm({"name": "Ann", "email": "ann@example.org", "subject": "Hi", "message": "Line one\r\n" * 5})
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    "value, valid",
    [
        ("Zoë O'Brien-Παπαδοπούλου", True),
        ("مهر\u200cنوش", True),  # a zero-width non-joiner is part of the spelling
        ("Ann\tLee", False),
        ("Ann\x00", False),
        ("Ann\u2028Bcc: x@example.org", False),  # Unicode line separator
        ("Ann\u0085Bcc", False),  # next line
        ("Ann\u202eeeL", False),  # right-to-left override
    ],
)
def test_single_line(value, valid):
    try:
        single_line(value)
    except Exception:
        assert not valid
    else:
        assert valid

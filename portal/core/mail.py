"""One way to send the portal's e-mails (registrations, contact, join, newsletter), shaped like Django's
`PasswordResetForm.send_mail`.

    send_templated("network/emails/join_received", context, [address], language="fr", reply_to=[contact])

renders `<prefix>_subject.txt` (made one line, so no header can be injected through it), `<prefix>.txt` and, with
`html=True`, `<prefix>.html` as an alternative part, all in the recipient's language. Every message carries
`Auto-Submitted: auto-generated` (RFC 3834: no vacation replies to it), and `List-Unsubscribe` with
`List-Unsubscribe-Post` (RFC 8058 one-click) when it is given an unsubscribe URL.

A message is never sent from inside a transaction that could still roll back: it is rendered at once (with the
data as the transaction sees it) and handed to the mail backend when the transaction commits, or dropped when it
rolls back. Outside a transaction it goes at once. A failure is logged and reported as False, never raised: the
action that wanted the e-mail (a registration, an approval) stands.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def one_line(text):
    return " ".join(str(text).split())


def unsubscribe_headers(url):
    """RFC 2369 and RFC 8058 headers: mail clients offer an unsubscribe button that POSTs to `url`."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def build_message(
    subject,
    body,
    to,
    *,
    html=None,
    from_email=None,
    reply_to=None,
    unsubscribe_url=None,
    headers=None,
    connection=None,
):
    """The message with the portal's headers; `html`, when given, is its alternative part."""
    message = EmailMultiAlternatives(
        subject=one_line(subject),
        body=body,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=reply_to or None,
        headers={
            "Auto-Submitted": "auto-generated",
            **(unsubscribe_headers(unsubscribe_url) if unsubscribe_url else {}),
            **(headers or {}),
        },
        connection=connection,
    )
    if html is not None:
        message.attach_alternative(html, "text/html")
    return message


def render_templated(prefix, context, to, *, language, html=False, **options):
    """The message from `prefix`'s templates rendered in `language`; `options` as for build_message."""
    with translation.override(language):
        subject = render_to_string(f"{prefix}_subject.txt", context)
        body = render_to_string(f"{prefix}.txt", context)
        alternative = render_to_string(f"{prefix}.html", context) if html else None
    return build_message(subject, body, to, html=alternative, **options)


def send_templated(prefix, context, to, *, language, html=False, **options):
    """Render and send (see the module's docstring). Returns whether the message went; None when it waits for the
    current transaction to commit (its outcome is then only logged)."""
    return send(render_templated(prefix, context, to, language=language, html=html, **options), prefix)


def send(message, description="message"):
    """Hand `message` to the mail backend now, or when the open transaction commits; see send_templated."""
    if in_transaction():
        transaction.on_commit(partial(deliver, message, description))
        return None
    return deliver(message, description)


def deliver(message, description="message"):
    """Send now; False (and a log entry, without the addresses) when the mail backend fails."""
    try:
        message.send()
    except Exception:
        recipients = len(message.recipients())
        logger.exception(
            "E-mail %s to %d recipient(s) could not be sent",
            description,
            recipients,
            extra={"event": "mail.failed", "template": description, "recipients": recipients},
        )
        return False
    return True


def in_transaction(using=None):
    """Whether a transaction that could still roll back is open. The atomic blocks Django's TestCase opens around
    each test are not counted: they never commit, and a test sees what production does outside a transaction."""
    blocks = transaction.get_connection(using).atomic_blocks
    return any(not getattr(block, "_from_testcase", False) for block in blocks)

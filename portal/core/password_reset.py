"""The admin's password reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM): the e-mail is sent by a background task.

Django's form looks the address up and, for a known one, makes a token, renders and sends the e-mail inside the
request: a known address answers measurably slower than an unknown one, which tells a stranger who has an account.
Here the request only queues a task with the address, the same work for any address; the worker looks the address
up and sends the e-mail (or nothing). The page the visitor sees was already the same in both cases.
"""

from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm


class PasswordResetForm(WagtailPasswordResetForm):
    def save(
        self,
        domain_override=None,
        subject_template_name="registration/password_reset_subject.txt",
        email_template_name="registration/password_reset_email.html",
        use_https=False,
        token_generator=None,
        from_email=None,
        request=None,
        html_email_template_name=None,
        extra_email_context=None,
    ):
        """Queue the e-mail (see the module's docstring). The worker uses Django's default token generator."""
        if domain_override:
            site_name = domain = domain_override
        else:
            site = get_current_site(request)
            site_name, domain = site.name, site.domain
        send_password_reset.enqueue(
            self.cleaned_data["email"],
            domain=domain,
            site_name=site_name,
            use_https=use_https,
            language=translation.get_language(),
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            html_email_template_name=html_email_template_name,
            from_email=from_email,
            extra_email_context=extra_email_context,
        )


@task(backend="background")
def send_password_reset(email, *, domain, site_name, use_https, language, extra_email_context=None, **templates):
    """Send the reset link to each active user with this address and a usable password (Django's rules), or
    nothing when there is none."""
    form = WagtailPasswordResetForm({"email": email})
    if not form.is_valid():
        return
    with translation.override(language):
        form.save(
            domain_override=domain,
            use_https=use_https,
            extra_email_context={"site_name": site_name, **(extra_email_context or {})},
            **templates,
        )

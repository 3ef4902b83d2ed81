"""send_newsletter PAGE_ID [--test EMAIL]: send a live newsletter issue to its confirmed subscribers."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from knowledge.models.subscriptions import NewsletterSend
from knowledge.newsletter.sending import NewsletterError, send_issue, send_test, summary


class Command(BaseCommand):
    help = (
        "Send a live newsletter issue to every confirmed subscriber, in their language (the issue's translation "
        "when live, else the original), in batches. Whoever already had it is skipped, so a run interrupted can "
        "simply be run again. --test EMAIL sends one copy to that address only and records nothing for subscribers."
    )

    def add_arguments(self, parser):
        parser.add_argument("page_id", type=int, help="The id of a live NewsletterIssuePage.")
        parser.add_argument("--test", metavar="EMAIL", help="Send one test copy to this address only.")

    def handle(self, *args, page_id, test=None, **options):
        try:
            if test:
                try:
                    validate_email(test)
                except ValidationError as exc:
                    raise CommandError(f"--test: '{test}' is not a valid e-mail address.") from exc
                record = send_test(page_id, test, via="command")
                self.stdout.write(f"Test copy of '{record.issue_title}' sent to {test}.")
                return
            record = send_issue(page_id, via="command", stdout=self.stdout)
        except NewsletterError as exc:
            raise CommandError(str(exc)) from exc
        if record.status == NewsletterSend.Status.INTERRUPTED:
            raise CommandError(f"send #{record.pk}: {summary(record)}")
        self.stdout.write(f"send #{record.pk}: {summary(record)}")

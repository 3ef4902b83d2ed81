from django.core.management.base import BaseCommand, CommandError

from network.erasure import erase_person
from network.models import Person


class Command(BaseCommand):
    help = (
        "Erase a person (the id of any language version) from every language, organisation, page revision, "
        "translation, audit-log label and the search index, and list free-text mentions left for an editor."
    )

    def add_arguments(self, parser):
        parser.add_argument("person_id", type=int, help="Id of the person (any language version).")

    def handle(self, *args, person_id, **options):
        person = Person.objects.filter(pk=person_id).first()
        if person is None:
            raise CommandError(f"No person with id {person_id}: nothing was erased.")
        erasure = erase_person(person)
        # The output names nobody: it may end up in a log.
        self.stdout.write(f"Erased person {person_id} (erasure record {erasure.record.pk}):")
        for what, count in erasure.counts.items():
            self.stdout.write(f"  {what}: {count}")
        self.stdout.write(f"Free-text mentions left for an editor to review: {len(erasure.mentions)}")
        for line in erasure.mentions:
            self.stdout.write(f"  {line}")

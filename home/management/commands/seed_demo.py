"""seed_demo: the demo site in all six languages, from the data files under each app's demo/content/.

The whole run is one transaction: a new site is built without a disk sync per page (SQLite's commits are most of
a seed's wall time otherwise), and a run that fails half-way leaves the database as it was, ready to run again.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.seed import DemoSeeder


class Command(BaseCommand):
    help = "Build the demo site in all six languages. Idempotent: creates what is missing, changes nothing else."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            help="Add N generated pages of each content type, in all six languages (benchmarks).",
        )

    def handle(self, *args, scale=0, **options):
        if scale < 0:
            self.stderr.write("--scale must be 0 or more")
            raise SystemExit(2)
        seeder = DemoSeeder(stdout=self.stdout if options["verbosity"] > 1 else None)
        with transaction.atomic():
            created = seeder.run()
            if scale:
                created += seeder.scale(scale)
        self.stdout.write(f"seed_demo: {created} objects created")

from django.core.management.base import BaseCommand

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
        created = seeder.run()
        if scale:
            created += seeder.scale(scale)
        self.stdout.write(f"seed_demo: {created} objects created")

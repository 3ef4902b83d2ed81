"""The knowledge page types `import_content` can make (found by knowledge.importing.registry)."""

from .importing.builders import (
    GoodPracticeImporter,
    NewsletterImporter,
    PressReleaseImporter,
    TrainingModuleImporter,
)

IMPORTERS = {
    "press-release": PressReleaseImporter(),
    "newsletter": NewsletterImporter(),
    "good-practice": GoodPracticeImporter(),
    "training-module": TrainingModuleImporter(),
}

from .good_practices import GoodPracticeIndexPage, GoodPracticePage, GoodPracticeTag
from .newsletters import NewsletterIndexPage, NewsletterIssuePage
from .press import PressReleasePage, PressRoomPage
from .training import TrainingIndexPage, TrainingModulePage

__all__ = [
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GoodPracticeTag",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "PressReleasePage",
    "PressRoomPage",
    "TrainingIndexPage",
    "TrainingModulePage",
]

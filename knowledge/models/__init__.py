from .good_practices import GoodPracticeIndexPage, GoodPracticePage, GoodPracticeTag
from .imports import ImportRecord  # noqa: F401
from .newsletters import NewsletterIndexPage, NewsletterIssuePage
from .press import PressReleasePage, PressRoomPage
from .subscriptions import NewsletterDelivery, NewsletterSend, Subscriber  # noqa: F401
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

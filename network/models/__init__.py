"""The network app's models, one module per family; `from network.models import OrganisationPage` reads them all."""

from .contact import ContactLog
from .directory import DirectoryPage
from .erasure import ErasureRecord
from .join import JoinApplication
from .organisation import OrganisationPage, OrganisationPerson
from .person import Person

__all__ = [
    "ContactLog",
    "DirectoryPage",
    "ErasureRecord",
    "JoinApplication",
    "OrganisationPage",
    "OrganisationPerson",
    "Person",
]

"""Code-defined vocabularies: stable codes (docs/contracts.md) with gettext labels. No query per label.

Each is a `TextChoices` class; the `UPPER_CASE` lists are their `.choices` for model fields and filters, and
`VOCABULARIES` names them for the `labels` template filter (`{{ page.sectors|labels:"sectors" }}`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentType(models.TextChoices):
    GOOD_PRACTICE = "good-practice", _("Good practice")
    TRAINING_MODULE = "training-module", _("Training module")
    NEWSLETTER = "newsletter", _("Newsletter")
    PRESS_RELEASE = "press-release", _("Press release")
    EVENT = "event", _("Event")
    EVENT_REPORT = "event-report", _("Event report")
    ORGANISATION = "organisation", _("Organisation")
    PAGE = "page", _("Page")


class Sector(models.TextChoices):
    AGRICULTURE = "agriculture", _("Agriculture")
    LIVESTOCK = "livestock", _("Livestock")
    FISHERIES = "fisheries", _("Fisheries")
    AQUACULTURE = "aquaculture", _("Aquaculture")
    FORESTRY = "forestry", _("Forestry")
    AGRI_FOOD = "agri-food", _("Agri-food")


class TargetGroup(models.TextChoices):
    MIGRANT_WORKERS = "migrant-workers", _("Migrant workers")
    WOMEN_MIGRANTS = "women-migrants", _("Women migrants")
    ASYLUM_SEEKERS_REFUGEES = "asylum-seekers-refugees", _("Asylum seekers and refugees")
    EMPLOYERS = "employers", _("Employers")
    EMPLOYMENT_SERVICES = "employment-services", _("Employment services")
    CIVIL_SOCIETY = "civil-society", _("Civil society")


class Country(models.TextChoices):
    # Project countries first; ISO 3166-1 alpha-2, upper case.
    BE = "BE", _("Belgium")
    CY = "CY", _("Cyprus")
    GR = "GR", _("Greece")
    IT = "IT", _("Italy")
    ES = "ES", _("Spain")
    FR = "FR", _("France")
    NL = "NL", _("Netherlands")
    PT = "PT", _("Portugal")
    DE = "DE", _("Germany")


class Audience(models.TextChoices):
    PROFESSIONALS = "professionals", _("Professionals")
    EMPLOYERS = "employers", _("Employers")
    MIGRANTS = "migrants", _("Migrants")


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class TrainingFormat(models.TextChoices):
    SELF_PACED = "self-paced", _("Self-paced")
    LIVE_ONLINE = "live-online", _("Live online")
    IN_PERSON = "in-person", _("In person")


class OrganisationType(models.TextChoices):
    PUBLIC_EMPLOYMENT_SERVICE = "public-employment-service", _("Public employment service")
    LOCAL_EMPLOYMENT_CENTRE = "local-employment-centre", _("Local employment centre")
    CIVIL_SOCIETY = "civil-society", _("Civil-society organisation")
    EMPLOYER = "employer", _("Employer or producer organisation")
    TRADE_UNION = "trade-union", _("Trade union")
    LOCAL_AUTHORITY = "local-authority", _("Local or regional authority")
    TRAINING_PROVIDER = "training-provider", _("Training provider")
    RESEARCH = "research", _("Research institute")
    INTERNATIONAL = "international", _("International organisation")


class Service(models.TextChoices):
    JOB_MATCHING = "job-matching", _("Job and offer mapping, matching and referral")
    GUIDANCE = "guidance", _("Information and guidance")
    TRAINING = "training", _("Training")
    LANGUAGE_COURSES = "language-courses", _("Language courses")
    LEGAL_ADVICE = "legal-advice", _("Legal advice")
    HOUSING = "housing", _("Housing support")
    RECOGNITION = "recognition", _("Recognition of qualifications")
    COMMUNITY = "community", _("Community activities")


class SpokenLanguage(models.TextChoices):
    # Languages spoken by an organisation's staff (ISO 639-1), beyond the portal's six.
    EN = "en", _("English")
    FR = "fr", _("French")
    NL = "nl", _("Dutch")
    EL = "el", _("Greek")
    ES = "es", _("Spanish")
    IT = "it", _("Italian")
    DE = "de", _("German")
    AR = "ar", _("Arabic")
    FA = "fa", _("Persian")
    UR = "ur", _("Urdu")
    BN = "bn", _("Bengali")
    PA = "pa", _("Punjabi")
    RO = "ro", _("Romanian")
    BG = "bg", _("Bulgarian")
    SQ = "sq", _("Albanian")
    UK = "uk", _("Ukrainian")
    RU = "ru", _("Russian")
    TR = "tr", _("Turkish")
    TI = "ti", _("Tigrinya")
    SO = "so", _("Somali")
    WO = "wo", _("Wolof")
    PT = "pt", _("Portuguese")


class EventFormat(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


CONTENT_TYPES = ContentType.choices
SECTORS = Sector.choices
TARGET_GROUPS = TargetGroup.choices
COUNTRIES = Country.choices
AUDIENCES = Audience.choices
LEVELS = Level.choices
TRAINING_FORMATS = TrainingFormat.choices
ORGANISATION_TYPES = OrganisationType.choices
SERVICES = Service.choices
SPOKEN_LANGUAGES = SpokenLanguage.choices
EVENT_FORMATS = EventFormat.choices

VOCABULARIES = {
    "content_types": ContentType,
    "sectors": Sector,
    "target_groups": TargetGroup,
    "countries": Country,
    "audiences": Audience,
    "levels": Level,
    "training_formats": TrainingFormat,
    "organisation_types": OrganisationType,
    "services": Service,
    "spoken_languages": SpokenLanguage,
    "event_formats": EventFormat,
}


def label(vocabulary, code):
    """The translated label of a code, or the code itself when unknown."""
    return dict(vocabulary).get(code, code)


def labels(vocabulary, codes):
    """[(code, translated label)] for the given codes, in the vocabulary's order."""
    wanted = set(codes or [])
    return [(code, name) for code, name in vocabulary if code in wanted]

"""Code-defined vocabularies: stable codes (CONTRACTS.md) with gettext labels. No query per label."""

from django.utils.translation import gettext_lazy as _

CONTENT_TYPES = [
    ("good-practice", _("Good practice")),
    ("training-module", _("Training module")),
    ("newsletter", _("Newsletter")),
    ("press-release", _("Press release")),
    ("event", _("Event")),
    ("event-report", _("Event report")),
    ("organisation", _("Organisation")),
    ("page", _("Page")),
]

SECTORS = [
    ("agriculture", _("Agriculture")),
    ("livestock", _("Livestock")),
    ("fisheries", _("Fisheries")),
    ("aquaculture", _("Aquaculture")),
    ("forestry", _("Forestry")),
    ("agri-food", _("Agri-food")),
]

TARGET_GROUPS = [
    ("migrant-workers", _("Migrant workers")),
    ("women-migrants", _("Women migrants")),
    ("asylum-seekers-refugees", _("Asylum seekers and refugees")),
    ("employers", _("Employers")),
    ("employment-services", _("Employment services")),
    ("civil-society", _("Civil society")),
]

# Project countries first; ISO 3166-1 alpha-2, upper case.
COUNTRIES = [
    ("BE", _("Belgium")),
    ("CY", _("Cyprus")),
    ("GR", _("Greece")),
    ("IT", _("Italy")),
    ("ES", _("Spain")),
    ("FR", _("France")),
    ("NL", _("Netherlands")),
    ("PT", _("Portugal")),
    ("DE", _("Germany")),
]


def label(vocabulary, code):
    """The translated label of a code, or the code itself when unknown."""
    return dict(vocabulary).get(code, code)


AUDIENCES = [
    ("professionals", _("Professionals")),
    ("employers", _("Employers")),
    ("migrants", _("Migrants")),
]

LEVELS = [
    ("introductory", _("Introductory")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]

TRAINING_FORMATS = [
    ("self-paced", _("Self-paced")),
    ("live-online", _("Live online")),
    ("in-person", _("In person")),
]


def labels(vocabulary, codes):
    """[(code, translated label)] for the given codes, in the vocabulary's order."""
    wanted = set(codes or [])
    return [(code, name) for code, name in vocabulary if code in wanted]


ORGANISATION_TYPES = [
    ("public-employment-service", _("Public employment service")),
    ("local-employment-centre", _("Local employment centre")),
    ("civil-society", _("Civil-society organisation")),
    ("employer", _("Employer or producer organisation")),
    ("trade-union", _("Trade union")),
    ("local-authority", _("Local or regional authority")),
    ("training-provider", _("Training provider")),
    ("research", _("Research institute")),
    ("international", _("International organisation")),
]

SERVICES = [
    ("job-matching", _("Job and offer mapping, matching and referral")),
    ("guidance", _("Information and guidance")),
    ("training", _("Training")),
    ("language-courses", _("Language courses")),
    ("legal-advice", _("Legal advice")),
    ("housing", _("Housing support")),
    ("recognition", _("Recognition of qualifications")),
    ("community", _("Community activities")),
]

# Languages spoken by an organisation's staff (ISO 639-1), beyond the portal's six.
SPOKEN_LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("el", _("Greek")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("de", _("German")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("ur", _("Urdu")),
    ("bn", _("Bengali")),
    ("pa", _("Punjabi")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("sq", _("Albanian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("wo", _("Wolof")),
    ("pt", _("Portuguese")),
]

EVENT_FORMATS = [
    ("in-person", _("In person")),
    ("online", _("Online")),
    ("hybrid", _("Hybrid")),
]

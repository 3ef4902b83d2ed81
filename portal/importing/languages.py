"""Words the importers recognise in the six languages: section headings, places and per-language defaults.

Everything here is folded (see text.fold: lower case, no accents, σ for final ς) so that "RÉSULTATS",
"Résultats" and "resultats" match alike.
"""

import re

from .text import fold

# Section headings: a heading names a section when it begins with one of these words (after any numbering).
SECTION_HEADINGS = {
    # good practices
    "context": [
        "context",
        "background",
        "the challenge",
        "problem",
        "contexte",
        "le contexte",
        "enjeux",
        "achtergrond",
        "aanleiding",
        "πλαισιο",
        "ιστορικο",
        "contexto",
        "antecedentes",
        "contesto",
        "il contesto",
    ],
    "approach": [
        "approach",
        "method",
        "methodology",
        "what was done",
        "activities",
        "implementation",
        "approche",
        "demarche",
        "methode",
        "methodologie",
        "mise en oeuvre",
        "actions",
        "aanpak",
        "werkwijze",
        "methodologie",
        "uitvoering",
        "προσεγγιση",
        "μεθοδολογια",
        "μεθοδοσ",
        "υλοποιηση",
        "δρασεισ",
        "enfoque",
        "metodologia",
        "metodo",
        "implementacion",
        "actividades",
        "approccio",
        "metodo",
        "attivita",
        "attuazione",
    ],
    "results": [
        "results",
        "outcomes",
        "impact",
        "achievements",
        "resultats",
        "impact",
        "resultaten",
        "effecten",
        "αποτελεσματα",
        "αντικτυποσ",
        "resultados",
        "impacto",
        "logros",
        "risultati",
        "impatto",
    ],
    "transferability": [
        "transferability",
        "lessons learned",
        "lessons learnt",
        "how to transfer",
        "replicability",
        "transferabilite",
        "enseignements",
        "lecons",
        "overdraagbaarheid",
        "lessen",
        "μεταβιβασιμοτητα",
        "δυνατοτητα μεταφορασ",
        "μεταφορα",
        "διδαγματα",
        "transferibilidad",
        "lecciones",
        "trasferibilita",
        "lezioni apprese",
        "replicabilita",
    ],
    "resources": [
        "resources",
        "further reading",
        "links",
        "references",
        "documents",
        "ressources",
        "liens",
        "pour aller plus loin",
        "references",
        "bronnen",
        "links",
        "meer informatie",
        "πηγεσ",
        "ποροι",
        "συνδεσμοι",
        "recursos",
        "enlaces",
        "referencias",
        "risorse",
        "link",
        "riferimenti",
    ],
    # training modules
    "learning_outcomes": [
        "learning outcomes",
        "learning objectives",
        "objectives",
        "what you will learn",
        "objectifs",
        "acquis d'apprentissage",
        "resultats d'apprentissage",
        "leerdoelen",
        "leerresultaten",
        "μαθησιακα αποτελεσματα",
        "μαθησιακοι στοχοι",
        "στοχοι",
        "resultados de aprendizaje",
        "objetivos",
        "risultati di apprendimento",
        "obiettivi",
    ],
    "prerequisites": [
        "prerequisites",
        "requirements",
        "before you start",
        "prerequis",
        "prealables",
        "voorkennis",
        "vereisten",
        "προαπαιτουμενα",
        "requisitos previos",
        "requisitos",
        "prerequisiti",
        "requisiti",
    ],
    # newsletters
    "next_steps": [
        "next steps",
        "what's next",
        "coming up",
        "prochaines etapes",
        "a venir",
        "volgende stappen",
        "επομενα βηματα",
        "proximos pasos",
        "prossimi passi",
    ],
    "key_takeaways": [
        "key takeaways",
        "takeaways",
        "key points",
        "points cles",
        "a retenir",
        "kernpunten",
        "belangrijkste punten",
        "βασικα συμπερασματα",
        "βασικα σημεια",
        "conclusiones clave",
        "puntos clave",
        "punti chiave",
        "messaggi chiave",
    ],
    "highlights": [
        "highlights",
        "in this issue",
        "news",
        "a la une",
        "en bref",
        "dans ce numero",
        "temps forts",
        "hoogtepunten",
        "in de kijker",
        "in dit nummer",
        "κυρια σημεια",
        "επισημανσεισ",
        "σε αυτο το τευχοσ",
        "destacados",
        "aspectos destacados",
        "en este numero",
        "in evidenza",
        "punti salienti",
        "in questo numero",
    ],
    # events
    "programme": [
        "programme",
        "program",
        "agenda",
        "schedule",
        "ordre du jour",
        "deroulement",
        "programma",
        "dagorde",
        "προγραμμα",
        "ατζεντα",
        "programa",
        "orden del dia",
        "ordine del giorno",
    ],
    # press releases
    "media_contact": [
        "media contact",
        "press contact",
        "contact",
        "contact presse",
        "contact medias",
        "perscontact",
        "contact voor de pers",
        "επικοινωνια",
        "επικοινωνια με τα μμε",
        "contacto de prensa",
        "contacto",
        "contatto stampa",
        "contatti",
        "contatto",
    ],
}

_NUMBERING = re.compile(r"^\s*(?:(?:\d+|[ivx]+|[a-z])[.)]\s*)+")


def heading_key(heading_text, keys):
    """Which of `keys` (SECTION_HEADINGS names) a heading names, or None.

    The heading, folded and without numbering ("2. Results:"), must begin with one of the key's words; the
    longest word wins, so "contact presse" is a media contact and "context" a context.
    """
    text = _NUMBERING.sub("", fold(heading_text)).strip(" :.-–—")
    best, best_length = None, 0
    for key in keys:
        for word in SECTION_HEADINGS[key]:
            if len(word) > best_length and re.match(re.escape(word) + r"(?!\w)", text):
                best, best_length = key, len(word)
    return best


def is_section_heading(heading_text):
    """Whether a heading is a section's name ("Programme", "Highlights", "Next steps") rather than a title: the
    whole heading is one of the section words."""
    text = _NUMBERING.sub("", fold(heading_text)).strip(" :.-–—")
    return any(text == word for words in SECTION_HEADINGS.values() for word in words)


# Words frequent in one language and rare in the others, to tell a document's language (guess_language).
COMMON_WORDS = {
    "en": {"the", "and", "of", "to", "is", "for", "with", "that", "are", "this", "from", "will", "have", "their"},
    "fr": {"le", "les", "des", "et", "est", "pour", "dans", "une", "du", "sur", "qui", "avec", "sont", "aux", "leur"},
    "nl": {"het", "een", "van", "voor", "met", "zijn", "op", "niet", "ook", "wordt", "naar", "bij", "om", "deze"},
    "es": {"el", "los", "las", "y", "que", "para", "con", "del", "por", "una", "es", "se", "su", "como", "al"},
    "it": {"il", "di", "che", "per", "con", "della", "gli", "sono", "una", "delle", "nel", "alla", "dei", "anche"},
}
GUESS_MIN_WORDS = 40  # fewer words than this: no guess
GUESS_MARGIN = 2.0  # the best language must count at least this many times the second's words


def guess_language(text):
    """The language code of a text when it is clear (Greek by its letters; the others by their common words),
    else None."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < GUESS_MIN_WORDS * 3:
        return None
    greek = sum(1 for ch in letters if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff")
    if greek > 0.5 * len(letters):
        return "el"
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < GUESS_MIN_WORDS:
        return None
    counts = {code: sum(1 for word in words if word in common) for code, common in COMMON_WORDS.items()}
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (_second, second_count) = ranked[0], ranked[1]
    if greek > 0.1 * len(letters) or best_count < 0.08 * len(words) or best_count < GUESS_MARGIN * second_count:
        return None
    return best


# "Introduction" as the title of the text that comes before a training module's first section.
INTRODUCTION = {
    "en": "Introduction",
    "fr": "Introduction",
    "nl": "Inleiding",
    "el": "Εισαγωγή",
    "es": "Introducción",
    "it": "Introduzione",
}

# A press release's dateline when its text has none: the usual place for that language.
DATELINE_DEFAULTS = {
    "en": ("Brussels", "BE"),
    "fr": ("Bruxelles", "BE"),
    "nl": ("Brussel", "BE"),
    "el": ("Αθήνα", "GR"),
    "es": ("Madrid", "ES"),
    "it": ("Roma", "IT"),
}

COUNTRY_NAMES = {
    "BE": ["belgium", "belgique", "belgie", "βελγιο", "belgica", "belgio"],
    "CY": ["cyprus", "chypre", "κυπροσ", "chipre", "cipro"],
    "GR": ["greece", "grece", "griekenland", "ελλαδα", "ελλασ", "grecia"],
    "IT": ["italy", "italie", "italie", "ιταλια", "italia"],
    "ES": ["spain", "espagne", "spanje", "ισπανια", "espana", "spagna"],
    "FR": ["france", "frankrijk", "γαλλια", "francia"],
    "NL": ["netherlands", "the netherlands", "pays-bas", "nederland", "ολλανδια", "paises bajos", "paesi bassi"],
    "PT": ["portugal", "πορτογαλια", "portogallo"],
    "DE": ["germany", "allemagne", "duitsland", "γερμανια", "alemania", "germania", "deutschland"],
}

CITY_COUNTRIES = {
    "BE": [
        "brussels",
        "bruxelles",
        "brussel",
        "βρυξελλεσ",
        "bruselas",
        "antwerp",
        "anvers",
        "antwerpen",
        "ghent",
        "gand",
        "gent",
        "liege",
        "luik",
        "namur",
        "leuven",
        "louvain",
    ],
    "CY": ["nicosia", "nicosie", "λευκωσια", "limassol", "λεμεσοσ", "larnaca", "λαρνακα", "paphos", "παφοσ"],
    "GR": [
        "athens",
        "athenes",
        "athene",
        "αθηνα",
        "atenas",
        "atene",
        "thessaloniki",
        "θεσσαλονικη",
        "salonique",
        "tesalonica",
        "salonicco",
        "tripoli",
        "τριπολη",
        "kalamata",
        "καλαματα",
        "patras",
        "πατρα",
        "heraklion",
        "ηρακλειο",
        "nafplio",
        "ναυπλιο",
        "sparta",
        "σπαρτη",
        "corinth",
        "κορινθοσ",
    ],
    "IT": [
        "rome",
        "roma",
        "ρωμη",
        "milan",
        "milano",
        "palermo",
        "palerme",
        "naples",
        "napoli",
        "bari",
        "catania",
        "foggia",
        "latina",
        "turin",
        "torino",
        "florence",
        "firenze",
        "bologna",
    ],
    "ES": [
        "madrid",
        "μαδριτη",
        "barcelona",
        "barcelone",
        "seville",
        "sevilla",
        "almeria",
        "huelva",
        "murcia",
        "valencia",
        "malaga",
    ],
    "FR": ["paris", "παρισι", "parigi", "lyon", "marseille", "toulouse", "bordeaux", "lille", "strasbourg"],
    "NL": ["amsterdam", "αμστερνταμ", "the hague", "la haye", "den haag", "rotterdam", "utrecht"],
    "PT": ["lisbon", "lisbonne", "lissabon", "λισαβονα", "lisboa", "lisbona", "porto"],
    "DE": ["berlin", "βερολινο", "berlino", "munich", "munchen", "hamburg", "frankfurt", "cologne", "koln"],
}


def _lookup(table, name):
    name = fold(name).strip(" .")
    for code, names in table.items():
        if name in names:
            return code
    return None


def country_code(name):
    """ISO code of a country named in any of the six languages, or None."""
    return _lookup(COUNTRY_NAMES, name)


def city_country(name):
    """ISO code of the country of a city the importer knows, or None."""
    return _lookup(CITY_COUNTRIES, name)

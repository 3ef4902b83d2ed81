"""What a partner's document carries that is not the page's content: a copied web page's navigation ("Skip to
main content", "Home | News", "Download the press release here", the social networks' names), banner lines
("2nd PRESS RELEASE", "JUNE 2025") and the EU funding disclaimer, which the page template prints already.

Lines are judged on their words alone (Markdown marks, bullets and punctuation aside), folded (text.fold), so a
banner typed in capitals, in bold or as a heading is recognised alike, in any of the six languages.
"""

import re

from .dates import find_dates
from .text import fold

# Whole lines of navigation, by folded text.
NAVIGATION_LINES = {
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "back to top",
    "print",
    "print this page",
    "share",
    "share this",
    "share this page",
    "share on",
    "aller au contenu",
    "aller au contenu principal",
    "passer au contenu principal",
    "retour en haut",
    "haut de page",
    "imprimer",
    "partager",
    "partager cette page",
    "naar hoofdinhoud",
    "naar de inhoud",
    "ga naar de inhoud",
    "ga direct naar inhoud",
    "terug naar boven",
    "afdrukken",
    "delen",
    "deel deze pagina",
    "μεταβαση στο κυριο περιεχομενο",
    "μεταβαση στο περιεχομενο",
    "επιστροφη στην κορυφη",
    "εκτυπωση",
    "κοινοποιηση",
    "saltar al contenido",
    "saltar al contenido principal",
    "ir al contenido",
    "ir al contenido principal",
    "volver arriba",
    "imprimir",
    "compartir",
    "vai al contenuto",
    "vai al contenuto principale",
    "salta al contenuto",
    "salta al contenuto principale",
    "torna su",
    "torna all'inizio",
    "stampa",
    "condividi",
}
SOCIAL_WORDS = {
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "instagram",
    "youtube",
    "tiktok",
    "mastodon",
    "bluesky",
    "whatsapp",
    "telegram",
    "email",
    "e-mail",
    "share",
    "follow us",
    "follow us on",
    "partager",
    "suivez-nous",
    "suivez-nous sur",
    "delen",
    "volg ons",
    "volg ons op",
    "κοινοποιηση",
    "ακολουθηστε μας",
    "compartir",
    "siguenos",
    "siguenos en",
    "condividi",
    "seguici",
    "seguici su",
}
HOME_WORDS = {"home", "accueil", "startpagina", "start", "αρχικη", "inicio", "pagina principale"}
# "Download the press release here", "Télécharger le programme ici": a short line that begins so.
DOWNLOAD_WORDS = ("download", "telecharg", "κατεβαστ", "ληψη", "descarg", "scaric", "scarica")
DOWNLOAD_LINE_MAX_WORDS = 15
# Banners that name the kind of document, with an ordinal or a number: "2nd PRESS RELEASE", "Persbericht nr. 2".
KIND_WORDS = (
    "press release",
    "press statement",
    "news release",
    "for immediate release",
    "communique de presse",
    "communique",
    "pour diffusion immediate",
    "persbericht",
    "δελτιο τυπου",
    "ανακοινωση τυπου",
    "nota de prensa",
    "comunicado de prensa",
    "comunicato stampa",
)
# A newsletter's name with its number ("Newsletter 5") is a title: these are banners alone or after an ordinal.
NEWSLETTER_WORDS = ("newsletter", "nieuwsbrief", "bulletin", "ενημερωτικο δελτιο", "boletin", "boletin informativo")
_KIND = "|".join(sorted((re.escape(word) for word in KIND_WORDS), key=len, reverse=True))
_NEWSLETTER_KIND = "|".join(sorted((re.escape(word) for word in NEWSLETTER_WORDS), key=len, reverse=True))
_ORDINAL = r"(?:\d{1,3}\s*(?:st|nd|rd|th|e|er|eme|de|ste|o|a|ο|η|º|ª)?\.?)"
_NUMBER = r"(?:(?:n[°ºo]?\.?|no\.?|nr\.?|num\.?|#|αρ\.?|issue|numero)\s*)?\d{1,3}"
_BANNER = re.compile(
    rf"^(?:(?:{_ORDINAL}\s+)?(?:{_KIND})(?:\s*[-–—:,]?\s*{_NUMBER})?|(?:{_ORDINAL}\s+)?(?:{_NEWSLETTER_KIND}))$"
)

# The EU funding disclaimer, the start of each language's official wording (the footer prints it on every page).
DISCLAIMER_PHRASES = (
    "funded by the european union. views and opinions",
    "co-funded by the european union. views and opinions",
    "views and opinions expressed are however those of the author",
    "finance par l'union europeenne. les points de vue",
    "cofinance par l'union europeenne. les points de vue",
    "les points de vue et avis exprimes n'engagent toutefois que",
    "gefinancierd door de europese unie. de hier geuite",
    "medegefinancierd door de europese unie. de hier geuite",
    "de hier geuite standpunten en meningen zijn die van",
    "χρηματοδοτειται απο την ευρωπαικη ενωση. οι αποψεις",
    "συγχρηματοδοτειται απο την ευρωπαικη ενωση. οι αποψεις",
    "οι αποψεις και οι γνωμεσ που εκφραζονται",
    "financiado por la union europea. las opiniones",
    "cofinanciado por la union europea. las opiniones",
    "las opiniones y puntos de vista expresados solo comprometen",
    "finanziato dall'unione europea. le opinioni",
    "cofinanziato dall'unione europea. le opinioni",
    "le opinioni espresse sono tuttavia esclusivamente quelle",
    "funded by the european union",
    "co-funded by the european union",
    "cofunded by the european union",
    "finance par l'union europeenne",
    "cofinance par l'union europeenne",
    "gefinancierd door de europese unie",
    "medegefinancierd door de europese unie",
    "χρηματοδοτειται απο την ευρωπαικη ενωση",
    "συγχρηματοδοτειται απο την ευρωπαικη ενωση",
    "financiado por la union europea",
    "cofinanciado por la union europea",
    "finanziato dall'unione europea",
    "cofinanziato dall'unione europea",
)
DISCLAIMER_MAX = 700  # longer text that mentions the funding is content, not the boilerplate

_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•◦▪‣–]\s+|\d{1,3}[.)]\s+)*")
_DECORATION = re.compile(r"[*_`\[\]]|\]\([^)]*\)")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_SEPARATORS = re.compile(r"\s*[|›»>•·/]\s*")


def _core(line):
    """The folded words of a line, without Markdown marks, link targets or surrounding punctuation."""
    text = _LINK_TARGET.sub("]", _MARKS.sub("", line))
    text = _DECORATION.sub("", text)
    text = fold(text).replace("’", "'")
    text = re.sub(r"\s+", " ", text).strip(" .:;,!-–—")
    return text


_STARTS = tuple(phrase.replace("-", " ") for phrase in DISCLAIMER_PHRASES)


def _is_disclaimer(core):
    """The official wording (its "views and opinions" sentence) anywhere in a short text, or the logo's caption
    ("Co-funded by the European Union") as a line of its own."""
    normalised = core.replace("-", " ")
    if len(core) > DISCLAIMER_MAX:
        return False
    for phrase in DISCLAIMER_PHRASES:
        phrase = phrase.replace("-", " ")
        if "." in phrase or phrase.count(" ") > 5:
            if phrase in normalised:
                return True
        elif normalised == phrase:
            return True
    return False


def _is_month_banner(core):
    """A line that is a month and a year alone ("JUNE 2025"), no day: a banner, not a date of the text."""
    dates = find_dates(core)
    if len(dates) != 1 or dates[0].start != 0 or dates[0].end != len(core):
        return False
    return not re.match(r"\d", core)


def is_noise(line):
    core = _core(line)
    if not core:
        return False
    if core in NAVIGATION_LINES or _BANNER.match(core) or _is_month_banner(core) or _is_disclaimer(core):
        return True
    parts = [part for part in _SEPARATORS.split(core) if part]
    words = core.split()
    for pieces in (parts, words):
        if all(piece in SOCIAL_WORDS for piece in pieces) and any(p not in ("x", "email", "e-mail") for p in pieces):
            return True
    if len(parts) >= 2 and any(part in HOME_WORDS for part in parts) and all(len(p.split()) <= 4 for p in parts):
        return True  # a breadcrumb or a menu: "Home | News | Press"
    return core.startswith(DOWNLOAD_WORDS) and len(words) <= DOWNLOAD_LINE_MAX_WORDS


def strip_noise(text, skipped=None):
    """`text` without navigation, banner and boilerplate lines (and paragraphs that are the EU disclaimer); the
    lines taken out are appended to `skipped` when given."""
    kept_chunks = []
    for chunk in re.split(r"(\n\s*\n)", text):
        core = _core(" ".join(chunk.split()))
        # The disclaimer wrapped over several lines: a paragraph that starts with it and is nothing else.
        if "\n" in chunk.strip() and core.replace("-", " ").startswith(_STARTS) and _is_disclaimer(core):
            if skipped is not None:
                skipped.append(" ".join(chunk.split()))
            continue
        lines = []
        for line in chunk.split("\n"):
            if is_noise(line):
                if skipped is not None:
                    skipped.append(line.strip())
            else:
                lines.append(line)
        kept_chunks.append("\n".join(lines))
    cleaned = "".join(kept_chunks)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip("\n")

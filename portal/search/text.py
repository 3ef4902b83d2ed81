"""Text analysis shared by both search engines (docs/architecture.md, "Text normalisation in Python").

`normalise()` lowercases, rewrites French inclusive writing (`migrant·es`, `participant·e·s`, look-alike dots and
`.` between letters) into the base word and its feminine form, and folds (`fold()`, by script, whatever the language):
Latin accents (Romanian ş/ș, ţ/ț and ă â î, Albanian ë ç), Greek tonos and final sigma; Cyrillic accents but not
й or ї, apostrophes inside Cyrillic words removed (сім'я, сім’я, сімʼя -> сімя), ґ kept apart from г; Arabic harakat
and tatweel removed, أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي, ى -> ي, ة -> ه; Bengali vowel signs and nukta kept (NFC gives
ড় one spelling), ZWJ/ZWNJ removed; Arabic-Indic and Bengali digits -> 0-9.
`analyse()` normalises, tokenises and stems each token with the Snowball stemmer of the document's language, after
`canonical()` has rewritten the word forms that should meet another form the stemmer keeps apart: feminine agent
nouns and adjectives onto their masculine (fr, it, es, el), British spellings onto American ones (en), Greek
-ίας/-ίες onto -ία (el), by tested
rules and lists (tests/search/test_text.py), at index and query time alike. Arabic (`arabic`) and Romanian
(`romanian`) are stemmed after folding, like the others; Albanian, Ukrainian and Bengali have no Snowball stemmer
(UNSTEMMED), nor has any other language code: their words are normalised and folded, never stemmed
(tests/search/test_text_new_languages.py).
Highlights are never cut from this text: see highlight.py, which maps analysed tokens back to the original.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

STEMMERS = {
    "en": "english",
    "fr": "french",
    "nl": "dutch",
    "el": "greek",
    "es": "spanish",
    "it": "italian",
    "ar": "arabic",
    "ro": "romanian",
}
# Languages of the portal without a Snowball stemmer (snowballstemmer has none for them; the Russian one must not be
# used on Ukrainian): their words are normalised and folded only. Any other code not in STEMMERS is treated so too.
UNSTEMMED = frozenset({"sq", "uk", "bn"})
# Languages whose stemmer strips prefixes too (Arabic al-, bi-, li-...): a stem need not begin its word.
PREFIX_STEMMING = frozenset({"ar"})

# The middle dot and its look-alikes, plus the full stop (only between letters, and only before a known suffix).
INCLUSIVE_DOTS = "\u00b7\u2027\u22c5\u0387\u2022\u30fb."
# French inclusive-writing suffixes (after the base word): migrant·e·s, acteur·rice·s, citoyen·ne·s, heureux·se.
INCLUSIVE_SUFFIXES = frozenset(
    "e es s x ne nes le les se ses te tes ve ves euse euses rice rices trice trices ère ères ere eres "
    "fe fes ale ales aux eure eures sse sses".split()
)
_DOT_CLASS = "[" + re.escape(INCLUSIVE_DOTS) + "]"
_INCLUSIVE_RE = re.compile(
    r"(?<![\w" + re.escape(INCLUSIVE_DOTS) + r"])([^\W\d_]{2,})((?:" + _DOT_CLASS + r"[^\W\d_]{1,5})+)(?!\w)"
)
_PARTS_RE = re.compile(_DOT_CLASS)


def _mark_class() -> str:
    """A regex class body of every combining mark of the BMP (Mn, Mc, Me), which `\\w` does not match: Bengali vowel
    signs (মানুষ is ম া ন ু ষ) and Arabic harakat would otherwise split their words."""
    ranges, start, previous = [], None, None
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if start is None:
                start = code
            elif code != previous + 1:
                ranges.append((start, previous))
                start = code
            previous = code
    ranges.append((start, previous))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


MARKS = _mark_class()
# Apostrophe variants inside a Cyrillic word (сім'я, м’ясо, об'єднання): part of the word, removed by fold().
_CYRILLIC_APOSTROPHE = "(?<=[\u0400-\u04ff])['\u2019\u02bc\u2018\u02b9`\u00b4](?=[\u0400-\u04ff])"
# A word of original text: a letter or digit, then letters, digits and the combining marks inside them, Cyrillic
# apostrophes. A mark alone is no word (the variation selector after an emoji: "❤️").
_WORD_PART = f"\\w[\\w{MARKS}]*"
WORD_PATTERN = f"{_WORD_PART}(?:{_CYRILLIC_APOSTROPHE}{_WORD_PART})*"
_TOKEN_RE = re.compile(_WORD_PART)
_LIGATURES = {"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ς": "σ"}
# Arabic letter forms that meet (the "light" normalisation of Arabic retrieval, Larkey et al.; Lucene's
# ArabicNormalizer): alef wasla -> alef (أ إ آ lose their hamza/madda in fold's mark removal, as ؤ -> و and ئ -> ي
# do), alef maqsura -> yeh (ى and ي are confused at the end of words: مستشفى/مستشفي), teh marbuta -> heh
# (ة/ه likewise: مدرسة/مدرسه). Tatweel (ـ) and ZWJ/ZWNJ are removed. Arabic-Indic, Persian and Bengali digits -> 0-9.
_ARABIC = {"ٱ": "ا", "ى": "ي", "ة": "ه", "\u0640": None, "\u200c": None, "\u200d": None}
_DIGITS = {zero + n: str(n) for zero in (0x0660, 0x06F0, 0x09E6) for n in range(10)}
_FOLD_CHARS = str.maketrans({**_LIGATURES, **_ARABIC, **_DIGITS})
# The marks fold() removes: Latin/Greek/Cyrillic diacritics (the combining blocks their letters decompose into) and
# the Arabic harakat, superscript alef and hamza/madda marks. Every other mark (Bengali, Devanagari...) is kept: it
# is a letter's vowel sign, not an accent.
_FOLDED_MARKS_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670]")
_CYRILLIC_APOSTROPHE_RE = re.compile(_CYRILLIC_APOSTROPHE)


def _feminine(base: str, suffix: str) -> str:
    """`acteur` + `rice` -> `actrice`; `travailleur` + `euse` -> `travailleuse`; `migrant` + `e` -> `migrante`."""
    if suffix.startswith("trice") and base.endswith("teur"):
        return base[:-4] + suffix
    if suffix.startswith("rice") and base.endswith("teur"):
        return base[:-3] + suffix
    if suffix.startswith("euse") and base.endswith("eur"):
        return base[:-3] + suffix
    if suffix.startswith(("ère", "ere")) and base.endswith("er"):
        return base[:-2] + suffix
    if suffix.startswith("se") and base.endswith("eur"):  # travailleur·ses -> travailleuses
        return base[:-1] + suffix
    if suffix.startswith("se") and base.endswith("x"):
        return base[:-1] + suffix
    if suffix.startswith("ve") and base.endswith("f"):
        return base[:-1] + suffix
    if suffix == "aux" and base.endswith("al"):
        return base[:-2] + suffix
    return base + suffix


def _inclusive(match: re.Match) -> str:
    base, tail = match.group(1), match.group(2)
    parts = [p for p in _PARTS_RE.split(tail) if p]
    if not parts or any(p.lower() not in INCLUSIVE_SUFFIXES for p in parts):
        return match.group(0)  # not inclusive writing ("U.S.", "example.org"): the tokeniser splits it
    return f"{base} {_feminine(base, ''.join(parts))}"


def fold(text: str) -> str:
    """Lowercase (casefold) and strip accents: Latin diacritics, Greek tonos and dialytika, final sigma, Cyrillic
    accents except й and ї (letters of their own in Ukrainian), Arabic harakat and letter forms (_ARABIC); Bengali
    (and any other script's) vowel signs are kept, in NFC. Apostrophes inside Cyrillic words are removed."""
    text = unicodedata.normalize("NFD", text.casefold())
    if "\u0306" in text or "\u0308" in text:
        text = text.replace("и\u0306", "й").replace("і\u0308", "ї")
    text = _FOLDED_MARKS_RE.sub("", text)
    text = unicodedata.normalize("NFC", text).translate(_FOLD_CHARS)
    return _CYRILLIC_APOSTROPHE_RE.sub("", text)


def _fold_table():
    table = {}
    for start, end in ((0x00C0, 0x0250), (0x0370, 0x0530), (0x0600, 0x0700), (0x09E6, 0x09F0), (0x1E00, 0x2000)):
        for code in range(start, end):
            char = chr(code)
            lowered = char.lower()
            if len(lowered) != 1:
                continue
            folded = fold(lowered)
            if len(folded) == 1 and folded != char:
                table[code] = folded
    return table


_FOLD_TABLE = None
# Characters fold() removes, joins or splits (combining marks, tatweel, ZWJ/ZWNJ, Cyrillic apostrophes, the Bengali
# letters with nukta that NFC decomposes, the two-part Bengali vowel signs that NFC composes).
_LENGTH_CHANGING_RE = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670\u0640\u200c\u200d"
    "\u09dc\u09dd\u09df\u0130]|\u09c7[\u09be\u09d7]|" + _CYRILLIC_APOSTROPHE
)


def fold_same_length(text: str) -> str | None:
    """A fast fold (lowercase, no accents, no final sigma) that keeps every character's offset, or None when the
    text has a character whose fold has another length (U+0130, combining marks, Arabic harakat...)."""
    global _FOLD_TABLE
    if _FOLD_TABLE is None:
        _FOLD_TABLE = _fold_table()
    lowered = text.lower()
    if len(lowered) != len(text) or _LENGTH_CHANGING_RE.search(text):
        return None
    return lowered.translate(_FOLD_TABLE)


def normalise(text: str, lang: str | None = None) -> str:
    """Lowercased, folded text with French inclusive writing rewritten as `base feminine` (`migrant migrantes`)."""
    if not text:
        return ""
    text = _INCLUSIVE_RE.sub(_inclusive, text)
    return fold(text)


def tokens(text: str, lang: str | None = None) -> list[str]:
    """The normalised words of `text` (unstemmed)."""
    return _TOKEN_RE.findall(normalise(text, lang))


_local = threading.local()


def _stemmer(lang: str):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if lang not in stemmers:
        stemmers[lang] = snowballstemmer.stemmer(STEMMERS[lang])
    return stemmers[lang]


# --- Word forms that should meet: feminine onto masculine (fr, it, es, el), British onto American spelling (en) ----
# Each rule rewrites one normalised (folded) word before stemming; a word no rule knows is left as it is. The rules
# keep a word's own forms together (singular, plural, feminine): a rule that misreads a word (an unlisted French
# adjective in -euse read as an agent noun) still gives its forms one stem, it only misses the masculine.

# French -euse: agent nouns (travailleuse -> travailleur) unless the word is the feminine of an -eux adjective
# (heureuse -> heureux, which the stemmer already joins): these endings and words are adjectives.
_FR_EUSE_ADJECTIVE_ENDINGS = ("ieuse", "ueuse", "reuse", "uleuse", "ineuse")
_FR_EUSE_AGENTS = frozenset(
    "rieuse trieuse plieuse scieuse lieuse tueuse joueuse loueuse livreuse tireuse ouvreuse couvreuse pleureuse "
    "fourreuse".split()
)
_FR_EUSE_ADJECTIVES = frozenset(
    "courageuse orageuse avantageuse desavantageuse nuageuse neigeuse outrageuse ombrageuse fameuse frileuse "
    "scandaleuse honteuse couteuse juteuse boueuse noueuse laineuse osseuse paresseuse graisseuse mousseuse "
    "pateuse nerveuse baveuse creuse gazeuse hasardeuse hideuse hargneuse soigneuse besogneuse venimeuse moelleuse "
    "cotonneuse poissonneuse savonneuse chanceuse crasseuse vaniteuse calamiteuse piteuse miteuse duveteuse "
    "grincheuse pompeuse boiteuse merveilleuse orgueilleuse perilleuse pointilleuse sourcilleuse joyeuse soyeuse "
    "ennuyeuse".split()
)
# French -iere/-llere/-gere/-chere -> -ier/-ller/-ger/-cher (ouvriere -> ouvrier), except nouns whose -ier form is
# another word.
_FR_ERE_NOUNS = frozenset("maniere matiere carriere glaciere portiere cafetiere poussiere enchere surenchere".split())
_FR_TRICE_NOUNS = frozenset("matrice cicatrice beatrice".split())
_IT_TRICE_NOUNS = frozenset("matrice matrici cicatrice cicatrici".split())

# British spellings whose American form the English stemmer keeps apart (labour/labor, centre/center, ...).
_EN_OUR = re.compile(
    r"(labo|colo|favo|behavio|hono|neighbo|harbo|humo|rumo|flavo|endeavo|odo|vapo|vigo|savo|armo|parlo|tumo|rigo|"
    r"valo|cando|clamo|fervo|ardo|splendo|demeano|savio)ur"
)
_EN_RE = re.compile(
    r"^(cent|epicent|theat|met|kilomet|centimet|millimet|lit|fib|calib|somb|spect|lust|meag|sab|goit|mit|"
    r"sepulch|reconnoit|manoeuv)re(s|d)?$"
)
_EN_ISE = re.compile(r"^(.{3,}?)(is|ys)(e|es|ed|ing|er|ers|ation|ations|ational|able)$")
# Words in -ise that are spelt so in American English too (the part before -ise/-yse).
_EN_ISE_KEEP = frozenset(
    "adv advert apprise chast circumc compr comprom conc cru desp dev disgu dem enfranch enterpr exc exerc expert "
    "franch improv inc merchand otherw parad prec prem prom raise pra rev revis sunr superv surpr telev treat "
    "upr chem val cer marqu an precis bru dispr turquo torto porpo appra".split()
)
_EN_LL = re.compile(
    r"^(travel|label|model|counsel|cancel|signal|fuel|level|channel|marshal|total|equal|dial|jewel|tunnel|rival|"
    r"quarrel|panel|funnel|shovel|parcel|pencil|initial|libel|marvel|pedal|refuel|snorkel|tranquil)l(ed|ing|er|ers|"
    r"or|ors)$"
)
_EN_WORDS = {
    "programme": "program",
    "programmes": "programs",
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "licences": "licenses",
    "pretence": "pretense",
    "practise": "practice",
    "practised": "practiced",
    "practises": "practices",
    "practising": "practicing",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "analogue": "analog",
    "dialogue": "dialog",
    "dialogues": "dialogs",
    "grey": "gray",
    "ageing": "aging",
    "judgement": "judgment",
    "judgements": "judgments",
    "acknowledgement": "acknowledgment",
    "enrol": "enroll",
    "enrols": "enrolls",
    "enrolment": "enrollment",
    "enrolments": "enrollments",
    "fulfil": "fulfill",
    "fulfils": "fulfills",
    "fulfilment": "fulfillment",
    "instalment": "installment",
    "instalments": "installments",
    "skilful": "skillful",
    "wilful": "willful",
    "plough": "plow",
    "ploughs": "plows",
    "ploughed": "plowed",
    "ploughing": "plowing",
    "mould": "mold",
    "moulds": "molds",
    "aluminium": "aluminum",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "paediatric": "pediatric",
    "paediatrician": "pediatrician",
    "anaemia": "anemia",
    "oestrogen": "estrogen",
    "foetus": "fetus",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "tonne": "ton",
    "tonnes": "tons",
    "cheques": "checks",
    "storey": "story",
    "storeys": "stories",
}


def _canonical_fr(word: str) -> str:
    n = len(word)
    if n >= 7 and word.endswith(("trice", "trices")) and word.rstrip("s") not in _FR_TRICE_NOUNS:
        return word[: word.rindex("trice")] + ("teurs" if word.endswith("s") else "teur")
    if n >= 7 and word.endswith(("drice", "drices")):  # ambassadrice -> ambassadeur
        return word[: word.rindex("drice")] + ("deurs" if word.endswith("s") else "deur")
    if n >= 7 and word.endswith(("euse", "euses")):
        singular = word.rstrip("s")
        if singular in _FR_EUSE_AGENTS or not (
            singular in _FR_EUSE_ADJECTIVES or singular.endswith(_FR_EUSE_ADJECTIVE_ENDINGS)
        ):
            return singular[:-4] + ("eurs" if word.endswith("s") else "eur")
        return word
    if n >= 7 and word.endswith(("iere", "ieres", "llere", "lleres", "gere", "geres", "chere", "cheres")):
        if word.rstrip("s") in _FR_ERE_NOUNS:
            return word
        return word[: word.rindex("ere")] + ("ers" if word.endswith("s") else "er")
    if n >= 7 and word.endswith(("iee", "iees", "yee", "yees", "igree", "igrees", "egree", "egrees")):
        return word[: word.rindex("ee")] + ("es" if word.endswith("s") else "e")  # refugiee -> refugie
    if n >= 8 and word.endswith(("sanne", "sannes")):  # paysanne -> paysan
        return word[: word.rindex("sanne")] + ("sans" if word.endswith("s") else "san")
    return word


def _canonical_it(word: str) -> str:
    n = len(word)
    if n >= 7 and word.endswith(("trice", "trici")) and word not in _IT_TRICE_NOUNS:
        return word[:-5] + ("tore" if word.endswith("e") else "tori")  # agricoltrici -> agricoltori
    if n >= 9 and word.endswith(("oressa", "oresse")):  # professoressa -> professore
        return word[:-6] + ("ore" if word.endswith("a") else "ori")
    return word


def _canonical_es(word: str) -> str:
    if len(word) >= 6 and word.endswith(("dora", "doras", "tora", "toras", "sora", "soras")):
        return word[: word.rindex("ora")] + ("ores" if word.endswith("s") else "or")  # agricultoras -> agricultores
    return word


def _canonical_en(word: str) -> str:
    if word in _EN_WORDS:
        return _EN_WORDS[word]
    if "our" in word:
        word = _EN_OUR.sub(r"\1r", word)
    if word.endswith(("re", "res", "red")) and (match := _EN_RE.match(word)):
        return f"{match.group(1)}er{'s' if match.group(2) == 's' else 'ed' if match.group(2) else ''}"
    if "is" in word or "ys" in word:
        match = _EN_ISE.match(word)
        if match and match.group(1) not in _EN_ISE_KEEP and not match.group(1).endswith(("w", "pr", "vert")):
            return f"{match.group(1)}{'iz' if match.group(2) == 'is' else 'yz'}{match.group(3)}"
    if "ll" in word and (match := _EN_LL.match(word)):
        return match.group(1) + match.group(2)
    return word


_EL_FEMININE = {"τρια": "τησ", "τριεσ": "τεσ", "τριων": "των", "ισσα": "ησ", "ισσεσ": "εσ", "ισσων": "ων"}
_EL_FEMININE_RE = re.compile("(" + "|".join(_EL_FEMININE) + ")$")
# Words in -τρια/-ισσα that are no feminine of a -της/-ης noun (accents are folded away: γεωμετρία, μέτρια).
_EL_NOT_FEMININE = ("μετρια", "μετριεσ", "μετριων", "αυστρια", "μελισσα", "μελισσεσ", "μελισσων")


def _canonical_el(word: str) -> str:
    # Feminine agent nouns onto the masculine: εργάτρια -> εργάτης, μετανάστριες -> μετανάστες, αγρότισσα ->
    # αγρότης, συντονίστρια -> συντονιστής.
    if len(word) >= 7 and (match := _EL_FEMININE_RE.search(word)) and not word.endswith(_EL_NOT_FEMININE):
        return word[: match.start()] + _EL_FEMININE[match.group(1)]
    # The Greek stemmer strips -ια but keeps the ι of -ιας/-ιες: γεωργία, γεωργίας, γεωργίες and γεωργιών
    # (agriculture) would have two stems.
    if len(word) >= 6 and word.endswith(("ιασ", "ιεσ")):
        return word[:-3] + "ια"
    return word


def _canonical_ar(word: str) -> str:
    # "and the" / "so the" before a noun (والمدرسة, فالمدرسة): the Snowball stemmer strips al-, bi-al-, ka-al- but
    # leaves these whole, so they become al- (Lucene's Arabic light stemmer strips them too).
    if len(word) >= 6 and word.startswith(("وال", "فال")):
        word = word[1:]
    # fold() writes teh marbuta as heh (مدرسة and مدرسه meet); the stemmer strips the feminine ending only as teh
    # marbuta, so a final heh is given back to it as one (المدرسه, مدرسة -> مدرس), except after teh, where it is
    # the pronoun "his/its" of a word whose teh marbuta became teh (مدرسته), which the stemmer strips as it is.
    if word.endswith("ه") and not word.endswith("ته"):
        word = word[:-1] + "ة"
    return word


_CANONICAL = {
    "ar": _canonical_ar,
    "el": _canonical_el,
    "fr": _canonical_fr,
    "it": _canonical_it,
    "es": _canonical_es,
    "en": _canonical_en,
}


def canonical(word: str, lang: str) -> str:
    """The form of one normalised word that its other forms meet before stemming: `travailleuses` ->
    `travailleurs`, `agricoltrici` -> `agricoltori`, `labour` -> `labor`, `organisation` -> `organization`."""
    rule = _CANONICAL.get(lang)
    return rule(word) if rule is not None and len(word) > 3 else word


def canonicalise(text: str, lang: str) -> str:
    """normalise() with each word in its canonical() form: for an analyzer that stems on its own (Elasticsearch's
    built-in ones), so that the forms meet there as in analyse()."""
    return _TOKEN_RE.sub(lambda m: canonical(m.group(0), lang), normalise(text, lang))


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """Snowball stem of one normalised word in `lang` (the word itself for an unknown language), after canonical()."""
    if lang not in STEMMERS:
        return word
    return fold(_stemmer(lang).stemWord(canonical(word, lang)))


def analyse_tokens(text: str, lang: str) -> list[str]:
    return [stem(word, lang) for word in tokens(text, lang)]


def analyse(text: str, lang: str) -> str:
    """Normalise, tokenise and stem `text` in `lang`; the stems joined by spaces."""
    return " ".join(analyse_tokens(text, lang))


def split_terms(terms: str, lang: str) -> list[str]:
    """The distinct normalised terms of a comma- (or line-) separated list."""
    found = []
    for part in re.split(r"[,;\n]", terms or ""):
        term = " ".join(tokens(part, lang))
        if term and term not in found:
            found.append(term)
    return found

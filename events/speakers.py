"""Directory people named in a programme item's free text.

A programme item's speakers are people chosen from the directory (shown only with their consent) plus a free text
for organisations and roles. A name typed in that text would escape consent: the admin refuses a text naming a
person without consent, the data migration turned such texts into person choices, and every output still drops a
text that names a person without consent (consent withdrawn after the text was typed, an imported programme).

Names are compared without case or accents, as whole words: "marieke van den broeck" is named in
"Opening, Marieke Van den Broeck (Bloesem)", "Ana" is not named in "Anatolia".
"""

import re
import unicodedata

from django.apps import apps


def normalise(text):
    """`text` without accents or case, its spaces collapsed: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


def name_pattern(name):
    """A pattern finding the normalised `name` as whole words in a normalised text."""
    return re.compile(r"(?<!\w)" + re.escape(normalise(name)) + r"(?!\w)")


def names_in(text, names):
    """The names of `names` (an iterable of str) found in `text`, each once, in the order given."""
    plain = normalise(text)
    if not plain:
        return []
    found = []
    for name in names:
        if normalise(name) and name not in found and name_pattern(name).search(plain):
            found.append(name)
    return found


def people_without_consent():
    """Names of the directory's people who may not be shown (no consent, withdrawn or erased), each once."""
    person = apps.get_model("network", "Person")
    public = person.objects.public().values("pk")
    return sorted(set(person.objects.exclude(pk__in=public).exclude(name="").values_list("name", flat=True)))


def names_without_consent(text, withheld=None):
    """The names of people without consent that `text` names (one query, none for an empty text); `withheld`: those
    people's names when already read (`people_without_consent()`, once for a whole programme)."""
    if not normalise(text):
        return []
    return names_in(text, people_without_consent() if withheld is None else withheld)


def public_text(text, withheld=None):
    """`text`, or "" when it names a person without consent."""
    return "" if names_without_consent(text, withheld) else text or ""


def _folded(text):
    """`text` folded char by char as `normalise` does (no space collapsing), with each folded char's index in
    `text`: a match in the folded text can be cut out of the original one."""
    folded, where = [], []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if not unicodedata.combining(part):
                for piece in part.casefold():
                    folded.append(piece)
                    where.append(index)
    return "".join(folded), where


def split_named(text, names):
    """(names of `names` that `text` names, the rest of `text`): each name cut out, with the separators it leaves."""
    text = text or ""
    found = []
    for name in names:
        words = normalise(name).split()
        if not words or name in found:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)")
        folded, where = _folded(text)
        match = pattern.search(folded)
        while match:
            if name not in found:
                found.append(name)
            start, end = where[match.start()], where[match.end() - 1] + 1
            text = text[:start] + text[end:]
            folded, where = _folded(text)
            match = pattern.search(folded)
    return found, _tidy(text)


def _tidy(text):
    """The separators and brackets a cut name left, removed."""
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s+([,;])", r"\1", text)
    text = re.sub(r"([,;])(\s*[,;])+", r"\1", text)
    text = re.sub(r"\s+(and|et|en|y|e|και)\s*(?=[,;.]|$)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^\s*(and|et|en|y|e|και)\s+", "", text, flags=re.IGNORECASE)
    return " ".join(text.split()).strip(" ,;")

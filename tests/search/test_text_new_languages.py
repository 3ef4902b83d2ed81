"""Text analysis for Arabic, Romanian, Albanian, Ukrainian and Bengali (no database): what meets what, what stays
apart, tokenisation of scripts with combining vowel signs, highlights and "did you mean" spellings. The osmem test
at the end indexes documents in these languages and finds them with normalised and inflected queries."""

import pytest
from django.core.cache import cache
from django.utils.html import escape

from portal.search.database import DatabaseEngine
from portal.search.elastic import BUILTIN_ANALYZERS, PYTHON_SNOWBALL, ElasticsearchEngine
from portal.search.engine import SearchQuery
from portal.search.highlight import make_snippet
from portal.search.models import SearchDocument
from portal.search.text import STEMMERS, UNSTEMMED, analyse, canonicalise, fold, fold_same_length, normalise, tokens
from portal.search.vocabulary import Vocabulary, spellings
from tests.search.osmem_fixtures import OSMEM_ANALYZERS
from tests.search.test_elastic import make_row, push_all


def meet(lang, *words):
    return len({analyse(word, lang) for word in words}) == 1


# --- Arabic --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("مُدَرِّسَةٌ", "مدرسة"),  # harakat (fatha, shadda, kasra, dammatan) removed
        ("مدرســة", "مدرسة"),  # tatweel removed
        ("أحمد", "احمد"),  # alef with hamza above
        ("إسبانيا", "اسبانيا"),  # alef with hamza below
        ("آمنة", "امنة"),  # alef with madda
        ("ٱلمدرسة", "المدرسة"),  # alef wasla
        ("مستشفى", "مستشفي"),  # alef maqsura / yeh
        ("المدرسة", "المدرسه"),  # teh marbuta / heh
        ("مؤسسة", "موسسة"),  # hamza on waw
        ("اللاجئين", "اللاجيين"),  # hamza on yeh
        ("هٰذا", "هذا"),  # superscript alef
    ],
)
def test_arabic_spellings_meet(a, b):
    assert normalise(a, "ar") == normalise(b, "ar")
    assert analyse(a, "ar") == analyse(b, "ar")


@pytest.mark.parametrize(
    "words",
    [
        ("مدرسة", "المدرسة", "والمدرسة", "بالمدرسة", "المدرسه", "مدرسته"),  # school: the, and the, in the, his
        ("مهاجر", "المهاجرين", "مهاجرون", "للمهاجرين", "مهاجرة", "المهاجرات"),  # migrant(s)
        ("زراعة", "الزراعة", "والزراعة", "زراعي", "الزراعية"),  # agriculture, agricultural
        ("عامل", "عاملة", "العاملات"),  # worker
    ],
)
def test_arabic_word_forms_meet(words):
    assert meet("ar", *words)


def test_arabic_digits_and_what_stays_apart():
    assert normalise("عام ٢٠٢٤ و۲۰۲۵", "ar") == "عام 2024 و2025"
    assert analyse("مدرسة", "ar") != analyse("مدارس", "ar")  # broken plurals are other words to a light stemmer
    assert normalise("ء", "ar") == "ء"  # a lone hamza is a letter


def test_arabic_words_stay_whole_with_their_marks():
    assert tokens("العُمّال في الزِّراعة", "ar") == ["العمال", "في", "الزراعه"]
    assert fold_same_length("مُدَرِّسَة") is None  # fold() removes the harakat: offsets would move


# --- Romanian ------------------------------------------------------------------------------------------------------


def test_romanian_cedilla_and_comma_below_meet_with_and_without_diacritics():
    cedilla, comma = "\u0163ar\u0103", "\u021bar\u0103"  # ţară, țară
    assert meet("ro", cedilla, comma, "tara", "TARA", "\u0162AR\u0102", "\u021aAR\u0102")
    assert meet("ro", "\u015fcoal\u0103", "\u0219coal\u0103", "scoala")  # şcoală, școală
    assert normalise("\u015e\u0218\u0162\u021a \u0103\u00e2\u00ee", "ro") == "sstt aai"


@pytest.mark.parametrize(
    "words",
    [
        ("muncitori", "muncitorii", "muncitorilor", "muncitor", "muncitorul"),
        ("lucrători", "lucrătorilor", "lucratori", "lucrătorul"),
        ("migranți", "migranţilor", "migrantilor", "migrant"),
        ("agricultură", "agricultura", "agriculturii"),
        ("pescari", "pescarilor", "pescar"),
    ],
)
def test_romanian_word_forms_meet(words):
    assert meet("ro", *words)


def test_romanian_is_stemmed_after_folding():
    # With its diacritics the Romanian stemmer gives agricultură and agricultura two stems; folded first, one.
    assert STEMMERS["ro"] == "romanian"
    assert analyse("agricultură", "ro") == analyse("agricultura", "ro") == "agricultur"


# --- Albanian ------------------------------------------------------------------------------------------------------


def test_albanian_is_folded_not_stemmed():
    assert "sq" in UNSTEMMED and "sq" not in STEMMERS
    assert meet("sq", "Shqipëri", "shqiperi", "SHQIPËRI")
    assert meet("sq", "çështje", "ceshtje")
    assert analyse("bujqësia fermerët", "sq") == "bujqesia fermeret"
    assert not meet("sq", "fermer", "fermerët")  # no stemmer: other forms of a word stay apart


# --- Ukrainian -----------------------------------------------------------------------------------------------------


def test_ukrainian_apostrophes_inside_words():
    forms = ["сім'я", "сім\u2019я", "сім\u02bcя", "СІМ'Я"]
    assert {normalise(form, "uk") for form in forms} == {"сімя"}
    assert all(tokens(form, "uk") == ["сімя"] for form in forms)
    assert tokens("об'єднання м’ясо", "uk") == ["обєднання", "мясо"]
    # Outside Cyrillic words an apostrophe still separates (French elision).
    assert tokens("l'intégration", "fr") == ["l", "integration"]


def test_ukrainian_letters_kept_apart():
    assert normalise("Йорданія", "uk") == "йорданія"
    assert not meet("uk", "йти", "ити")  # й is a letter of its own, not и with an accent
    assert not meet("uk", "їжа", "іжа")  # nor is ї
    assert not meet("uk", "ґанок", "ганок")  # nor ґ: a distinct sound, never folded onto г
    assert normalise("ЇЖАК Ґанок", "uk") == "їжак ґанок"


def test_ukrainian_is_not_stemmed():
    assert "uk" in UNSTEMMED and "uk" not in STEMMERS
    assert analyse("Працівників сільського господарства", "uk") == "працівників сільського господарства"


# --- Bengali -------------------------------------------------------------------------------------------------------


def test_bengali_words_keep_their_vowel_signs():
    text = "কৃষকদের মানুষের জন্য প্রশিক্ষণ"
    assert tokens(text, "bn") == ["কৃষকদের", "মানুষের", "জন্য", "প্রশিক্ষণ"]
    assert normalise(text, "bn") == text
    assert analyse(text, "bn") == text
    assert fold("মুদ্রা") == "মুদ্রা"  # U+09C1 (vowel sign u) and U+09CD (virama) are Mn: kept


def test_bengali_spellings_meet():
    assert normalise("\u09aa\u09dc\u09be", "bn") == normalise(
        "\u09aa\u09a1\u09bc\u09be", "bn"
    )  # ড়: one or two code points
    assert normalise("\u09af\u09bc", "bn") == normalise("\u09df", "bn")  # য়
    assert normalise("\u0995\u09c7\u09be", "bn") == normalise("\u0995\u09cb", "bn")  # ো typed as ে + া
    assert normalise("র\u200d্যাব", "bn") == normalise("র্যাব", "bn")  # ZWJ removed
    assert tokens("র\u200d্যাব", "bn") == ["র্যাব"]
    assert normalise("২০২৪ সাল", "bn") == "2024 সাল"


def test_bengali_letters_and_forms_kept_apart():
    assert "bn" in UNSTEMMED and "bn" not in STEMMERS
    assert not meet("bn", "পড়া", "পডা")  # ড় and ড are two letters: the nukta is kept
    assert not meet("bn", "কৃষক", "কৃষকদের")  # no stemmer: other forms of a word stay apart


def test_language_without_stemmer_or_unknown_is_normalised_only():
    assert analyse("Farming", "xx") == "farming"
    assert analyse("مُدَرِّسَة", "xx") == "مدرسه"


# --- Highlights and "did you mean" spellings --------------------------------------------------------------------


def test_arabic_snippet_marks_the_word_with_its_prefix_and_marks():
    snippet = make_snippet("يعمل العُمّال في المدرسة الزراعية كل يوم", "مدرسه", "ar")
    assert snippet == "يعمل العُمّال في <mark>المدرسة</mark> الزراعية كل يوم"
    snippet = make_snippet("يعمل العُمّال في المدرسة", "عمال", "ar")
    assert snippet == "يعمل <mark>العُمّال</mark> في المدرسة"


def test_bengali_snippet_marks_the_whole_word():
    snippet = make_snippet("গ্রামের কৃষকদের জন্য নতুন প্রশিক্ষণ", "কৃষকদের", "bn")
    assert snippet == "গ্রামের <mark>কৃষকদের</mark> জন্য নতুন প্রশিক্ষণ"
    # A vowel-sign-initial fragment never matches on its own: the mark covers the word, not a piece of it.
    assert make_snippet("মানুষের জন্য", "ষ", "bn") == "মানুষের জন্য"


def test_romanian_ukrainian_and_albanian_snippets():
    assert (
        make_snippet("Muncitorii din ŢARĂ", "muncitorilor tara", "ro")
        == "<mark>Muncitorii</mark> din <mark>ŢARĂ</mark>"
    )
    assert make_snippet("Моя сім’я тут", "сім'я", "uk") == "Моя <mark>сім’я</mark> тут"
    assert make_snippet("Bujqësia në Shqipëri", "shqiperi", "sq") == "Bujqësia në <mark>Shqipëri</mark>"


def test_vocabulary_spellings_of_the_new_scripts():
    text = "Моя сім’я; المُدَرِّسَة; Shqipëri"
    words = set(tokens(text, "uk"))
    assert spellings(text, words) == {"сім’я", "المُدَرِّسَة", "shqipëri"}


@pytest.mark.django_db
def test_did_you_mean_in_bengali_and_arabic():
    SearchDocument.objects.all().delete()
    cache.clear()
    make_row("bn", "কৃষকদের প্রশিক্ষণ", summary="গ্রামের মানুষের জন্য")
    make_row("ar", "المدرسة الزراعية", summary="تدريب العمال")
    vocabulary = Vocabulary.current()
    assert vocabulary.did_you_mean("কৃষকদর প্রশিক্ষণ", "bn") == "কৃষকদের প্রশিক্ষণ"  # a vowel sign left out
    assert vocabulary.did_you_mean("المدرصة", "ar") == "المدرسة"  # as the documents write it, with teh marbuta


def test_canonicalise_gives_the_built_in_analyzers_the_stemmer_form():
    # Elasticsearch's `arabic` analyzer normalises teh marbuta to heh and stems it off as a suffix itself.
    assert canonicalise("والمدرسه", "ar") == "المدرسة"


def test_new_languages_analyzers_in_production_and_in_tests():
    assert BUILTIN_ANALYZERS["ar"] == "arabic"
    assert BUILTIN_ANALYZERS["ro"] == "romanian"
    assert BUILTIN_ANALYZERS["bn"] == "bengali"
    assert BUILTIN_ANALYZERS["sq"] == BUILTIN_ANALYZERS["uk"] == PYTHON_SNOWBALL
    production = ElasticsearchEngine("http://127.0.0.1:9", prefix="p", languages=["ar", "uk"])
    assert production.index_body("ar")["mappings"]["properties"]["text"]["analyzer"] == "arabic"
    assert production.index_body("uk")["mappings"]["properties"]["text"]["analyzer"] == "whitespace"
    # osmem-server refuses the arabic, romanian and bengali analyzers: the tests analyse those in Python.
    assert all(OSMEM_ANALYZERS[lang] == PYTHON_SNOWBALL for lang in ("ar", "ro", "bn"))


# --- Elasticsearch (osmem): documents in the new languages found with normalised and inflected queries ------------

NEW_LANGS = ("ar", "ro", "sq", "uk", "bn")
PORASHONA = "\u09aa\u09dc\u09be\u09b6\u09cb\u09a8\u09be"  # পড়াশোনা with ড় as one code point (U+09DC)
DOCUMENTS = [
    ("ar", "تدريب العُمّال المهاجرين", "برنامج في المدرسة الزراعية"),
    ("ro", "Formarea muncitorilor sezonieri", "Muncitorii din ţară învaţă în şcoală."),
    ("sq", "Fermerët në Shqipëri", "Bujqësia dhe çështjet e punës."),
    ("uk", "Працівники та їхня сім’я", "Допомога для сім'ї працівників господарства."),
    ("bn", "কৃষকদের প্রশিক্ষণ", f"গ্রামের কৃষকদের জন্য নতুন {PORASHONA}"),
]
# (language, query, the title found first, the word of the text marked in its snippet)
QUERIES = [
    ("ar", "مهاجر المدرسه", "تدريب العُمّال المهاجرين", "المدرسة"),
    ("ar", "والزراعية", "تدريب العُمّال المهاجرين", "الزراعية"),
    ("ro", "muncitori", "Formarea muncitorilor sezonieri", "Muncitorii"),
    ("ro", "tara", "Formarea muncitorilor sezonieri", "ţară"),
    ("ro", "\u0219coala", "Formarea muncitorilor sezonieri", "şcoală"),
    ("sq", "shqiperi fermeret", "Fermerët në Shqipëri", None),
    ("sq", "ceshtjet", "Fermerët në Shqipëri", "çështjet"),
    ("uk", "сім\u02bcя", "Працівники та їхня сім’я", None),
    ("uk", "СІМ’Ї", "Працівники та їхня сім’я", "сім'ї"),
    ("bn", "কৃষকদের", "কৃষকদের প্রশিক্ষণ", "কৃষকদের"),
    ("bn", "\u09aa\u09a1\u09bc\u09be\u09b6\u09cb\u09a8\u09be", "কৃষকদের প্রশিক্ষণ", PORASHONA),  # ড + nukta
]


@pytest.fixture
def new_language_engine(osmem_clone, settings, db):
    SearchDocument.objects.all().delete()
    cache.clear()
    engine = ElasticsearchEngine(
        osmem_clone.url,
        prefix="newlang",
        analyzers=OSMEM_ANALYZERS,
        timeout=1.0,
        node_class="tests.search.transport.PlainJsonNode",
        languages=NEW_LANGS,
    )
    engine.ensure_indices()
    for lang, title, body in DOCUMENTS:
        make_row(lang, title, body=body)
    push_all(engine)
    yield engine
    engine.client.close()


@pytest.mark.osmem
@pytest.mark.django_db
def test_new_languages_found_on_elasticsearch(new_language_engine):
    assert all(new_language_engine.preanalysed(lang) for lang in NEW_LANGS)
    for lang, q, title, marked in QUERIES:
        results = new_language_engine.search(SearchQuery(q=q, lang=lang))
        assert [hit.title for hit in results.hits] == [title], (lang, q)
        assert results.hits[0].locale == lang
        if marked:
            assert f"<mark>{escape(marked)}</mark>" in results.hits[0].snippet, (lang, q, results.hits[0].snippet)


@pytest.mark.django_db
def test_new_languages_found_on_the_database_engine(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, *((code, code) for code in NEW_LANGS)]
    SearchDocument.objects.all().delete()
    cache.clear()
    for lang, title, body in DOCUMENTS:
        make_row(lang, title, body=body)
    engine = DatabaseEngine()
    for lang, q, title, marked in QUERIES:
        results = engine.search(SearchQuery(q=q, lang=lang))
        assert [hit.title for hit in results.hits] == [title], (lang, q)
        if marked:
            assert f"<mark>{escape(marked)}</mark>" in results.hits[0].snippet, (lang, q, results.hits[0].snippet)


@pytest.mark.parametrize("lang", ["en", "fr", "el", "ar", "bn"])
def test_a_combining_mark_alone_is_no_word(lang):
    """The variation selector after an emoji ("❤️", "✔️") is a combining mark: it stays inside words, never a word."""
    assert analyse("J'aime ❤️ Paris ✔️", lang) == analyse("J'aime Paris", lang)
    assert tokens("❤️ ✔️", lang) == []

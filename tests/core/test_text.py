"""portal.core.text.html_to_text: the one HTML-to-text reading (newsletter plain-text part, search documents)."""

import pytest
from wagtail.rich_text import RichText

from portal.core.text import html_to_text
from portal.search.documents import flatten


def test_paragraphs_lists_breaks_and_links():
    html = (
        "<h2>News</h2><p>One &amp; two<br>three <a href='/en/page/'>page</a></p>"
        '<ul><li>First <a href="https://x.org/a">https://x.org/a</a></li><li>Second</li></ul>'
    )
    assert html_to_text(html, "https://x.org") == (
        "News\n\nOne & two\nthree page (https://x.org/en/page/)\n\n- First https://x.org/a\n- Second"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # an attribute holding ">" does not end the tag
        ('<p title="a > b">Text <a data-x=">" href="https://x.org">link</a></p>', "Text link (https://x.org)"),
        # comments, scripts and styles are not text
        ("<p>Visible<!-- hidden --></p><script>alert(1)</script><style>p{}</style>", "Visible"),
        # tags nested in a link, a link without a target, an empty link
        (
            '<p><a href="https://x.org"><b>bold</b> text</a> <a>plain</a> <a href="https://y.org"></a></p>',
            ("bold text (https://x.org) plain https://y.org"),
        ),
        ("", ""),
    ],
)
def test_what_regular_expressions_got_wrong(html, expected):
    assert html_to_text(html) == expected


def test_without_links_only_their_text():
    assert html_to_text('<p>See <a href="https://x.org">the guide</a>.</p>', links=False) == "See the guide."


def test_search_text_of_rich_text_has_characters_not_entities():
    assert flatten(RichText("<p>Fish &amp; chips</p><p>Second <b>para</b></p>")) == "Fish & chips Second para"

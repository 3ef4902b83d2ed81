"""Share links on every detail page: plain links with the page's absolute address and title, no third-party script."""

import re
from urllib.parse import quote

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

DETAIL_TYPES = (
    "goodpracticepage",
    "trainingmodulepage",
    "newsletterissuepage",
    "pressreleasepage",
    "eventpage",
    "eventreportpage",
    "organisationpage",
)


@pytest.mark.parametrize("model", DETAIL_TYPES)
@pytest.mark.parametrize("language", ["en", "el"])
def test_every_detail_page_has_share_links(client, model, language):
    page = (
        Page.objects.live()
        .filter(content_type__model=model, locale__language_code=language, alias_of__isnull=True)
        .order_by("path")
        .first()
    )
    assert page is not None, f"the demo has a {model} in {language}"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    share = re.search(r'<section class="share".*?</section>', html, re.S)
    assert share, f"{page.url}: no share links"
    share = share.group(0)
    url = quote("http://testserver" + page.url, safe="")
    for target in (
        "https://www.linkedin.com/sharing/share-offsite/?url=",
        "https://www.facebook.com/sharer/sharer.php?u=",
        "https://x.com/intent/post?url=",
        "https://wa.me/?text=",
    ):
        assert re.search(re.escape(target) + r"[^\"]*" + re.escape(url), share), (page.url, target)
    assert f"mailto:?subject={quote(page.seo_title or page.title, safe='')}" in share.replace("&amp;", "&")
    assert 'data-copy-link="http://testserver' in share and " hidden>" in share  # shown by portal.js
    if language == "el":
        assert "Κοινοποίηση αυτής της σελίδας" in share
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    assert all(src.startswith("/") for src in scripts), scripts  # no script from another site

import base64
import hashlib
import re
from collections import OrderedDict
from html import unescape

from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.feeds import FeedsMixin
from portal.core.models import PortalPage
from portal.core.urls import base_url, page_url

from ..blocks import HighlightBlock
from .base import IndexPage, KnowledgeItemMixin


class NewsletterIndexPage(FeedsMixin, IndexPage):
    """The newsletter archive, by year, and the subscription form."""

    sorts = {"date": ("-date", "-issue_number", "-pk")}
    per_page = 100
    subpage_types = ["knowledge.NewsletterIssuePage"]

    class Meta:
        verbose_name = _("newsletter index")
        verbose_name_plural = _("newsletter indexes")

    def items(self):
        return self.in_listing(NewsletterIssuePage.objects.live().public().real())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        years = OrderedDict()
        for issue in context["items"]:
            years.setdefault(issue.date.year, []).append(issue)
        context["years"] = list(years.items())
        from knowledge.newsletter.views import subscribe_context

        context.update(subscribe_context(request, self))
        return context

    # Subscription (double opt-in): the views live in knowledge.newsletter.views.

    @path("subscribe/", name="subscribe")
    def subscribe(self, request):
        from knowledge.newsletter import views

        return views.subscribe(self, request)

    @path("subscribe/sent/", name="subscribe_sent")
    def subscribe_sent(self, request):
        from knowledge.newsletter import views

        return views.subscribe_sent(self, request)

    @path("confirm/<str:token>/", name="confirm")
    def confirm(self, request, token):
        from knowledge.newsletter import views

        return views.confirm(self, request, token)

    @path("unsubscribe/<str:token>/", name="unsubscribe")
    def unsubscribe(self, request, token):
        from knowledge.newsletter import views

        return views.unsubscribe(self, request, token)


def inline_style_hashes(html):
    """The CSP source of each distinct inline style (the `style` attributes and <style> elements) of `html`."""
    styles = {unescape(value) for value in re.findall(r'\sstyle="([^"]*)"', html)}
    styles |= set(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    return sorted(
        "'sha256-" + base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() + "'" for style in styles
    )


class NewsletterIssuePage(KnowledgeItemMixin, RoutablePageMixin, PortalPage):
    issue_number = models.PositiveIntegerField(_("issue number"))
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"))
    highlights = StreamField([("highlight", HighlightBlock())], blank=True, verbose_name=_("highlights"))
    next_steps = RichTextField(_("next steps"), features=["bold", "italic", "link", "ol", "ul"], blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("issue_number"), FieldPanel("date")]),
        FieldPanel("intro"),
        FieldPanel("highlights"),
        FieldPanel("next_steps"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("highlights")]
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("highlights"),
        TranslatableField("next_steps"),
        SynchronizedField("issue_number"),
        SynchronizedField("date"),
    ]
    parent_page_types = ["knowledge.NewsletterIndexPage"]
    subpage_types = []

    content_type_code = "newsletter"
    search_type = content_type_code
    schema_type = "NewsArticle"
    summary_field = "intro"

    def search_body(self):
        return [self.highlights, RichText(self.next_steps)]

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        # The listing's newest first, read from the index in order and stopped at a page's worth, not sorted from
        # every row of the type (every language's): its time stays flat as the site grows.
        indexes = [models.Index(fields=["date", "issue_number", "page_ptr"], name="knowledge_issue_date_idx")]

    @path("")
    def issue(self, request):
        return self.render(request)

    @path("email/")
    def email(self, request):
        """The issue as sent by e-mail: inline styles, absolute links, no scripts. The page's content security
        policy allows exactly the inline styles it carries (their hashes), and nothing else inline."""
        response = TemplateResponse(request, "knowledge/newsletter_email.html", self.email_context(request))
        response.render()
        response._csp_update = {"style-src": ["'unsafe-hashes'", *inline_style_hashes(response.content.decode())]}
        return response

    def email_context(self, request=None, unsubscribe_url=None):
        base = base_url()
        return {
            "page": self,
            "issue_url": page_url(self, request) or base,
            "unsubscribe_url": unsubscribe_url,
            "base_url": base,
        }

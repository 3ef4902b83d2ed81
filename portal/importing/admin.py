"""The admin's "Import a document": an action on each page that takes imported pages (the index pages, the partners'
event sections, an event for its reports), a form (file, page type, language, the page it translates), a preview
of the page that would be made, then "Create draft", which makes it through the same function as import_content
(pages.import_source: the same rules and errors) and opens the editor on it.

Permissions are checked on the server: the user must be able to add pages under the parent (a partner only in its
own section); a page of another section is refused with 403, and the shared function checks the parent it
actually uses again. The file read at the preview waits in the session (its normalised text, not the upload) so
that "Create draft" makes exactly what was previewed.
"""

import logging
import secrets

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html

from portal.core.forms import validate_upload

from .errors import ImportFailure
from .pages import ImportOptions, ImportSource, import_source, preview_source, read_upload
from .readers import EXTENSIONS
from .registry import get_importers
from .tree import page_url

logger = logging.getLogger(__name__)
SESSION_KEY = "portal_import_sources"
SESSION_KEEP = 3  # files waiting between preview and creation, per session
TRANSLATION_CHOICES_MAX = 200


def importers_for(parent):
    """{type code: importer} of the page types that go under `parent` (its specific class)."""
    specific_class = parent.specific_class
    if specific_class is None:
        return {}
    return {
        code: importer
        for code, importer in get_importers().items()
        if issubclass(specific_class, importer.get_parent_models()) and importer.get_page_model().can_create_at(parent)
    }


def can_import_under(parent, user):
    return bool(importers_for(parent)) and parent.permissions_for_user(user).can_add_subpage()


def translation_candidates(parent, models):
    """Pages of these models under any language version of `parent` (what an imported file may translate)."""
    parents = Page.objects.filter(translation_key=parent.translation_key, alias_of__isnull=True)
    pages = Page.objects.none()
    for version in parents:
        pages |= Page.objects.child_of(version)
    content_types = [model for model in models]
    return (
        pages.filter(alias_of__isnull=True)
        .type(*content_types)
        .select_related("locale")
        .order_by("locale__language_code", "title")[:TRANSLATION_CHOICES_MAX]
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=pgettext_lazy("document import", "Document"),
        required=False,
        help_text=pgettext_lazy("document import", "A Word (.docx), PDF, Markdown (.md) or text (.txt) file."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    page_type = forms.ChoiceField(label=pgettext_lazy("document import", "Page type"))
    language = forms.ChoiceField(
        label=pgettext_lazy("document import", "Language of the document"), choices=settings.LANGUAGES
    )
    translation_of = forms.TypedChoiceField(
        label=pgettext_lazy("document import", "Translation of"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=pgettext_lazy(
            "document import", "The page this document translates, if it does: the import becomes its translation."
        ),
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, parent, importers, **kwargs):
        super().__init__(*args, **kwargs)
        self.parent = parent
        self.importers = importers
        self.fields["page_type"].choices = [
            (code, importer.get_page_model()._meta.verbose_name.capitalize()) for code, importer in importers.items()
        ]
        candidates = translation_candidates(parent, [importer.get_page_model() for importer in importers.values()])
        languages = dict(settings.LANGUAGES)
        self.fields["translation_of"].choices = [("", pgettext("document import", "None: a page of its own"))] + [
            (page.pk, f"{page.title} ({languages.get(page.locale.language_code, page.locale.language_code)})")
            for page in candidates
        ]

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded:
            limit = max(settings.IMPORT_MAX_FILE_SIZE, settings.IMPORT_MAX_TEXT_SIZE)
            validate_upload(uploaded, limit=limit, extensions=[extension[1:] for extension in EXTENSIONS])
        return uploaded

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not cleaned.get("token"):
            self.add_error("file", ValidationError(pgettext("document import", "Choose a document to import.")))
        return cleaned


def _field_html(page, model_field, context):
    value = getattr(page, model_field.name)
    if isinstance(model_field, StreamField):
        parts = [str(child.render(context)) for child in value]
        rendered = "".join(parts)
        if parts and all(part.lstrip().startswith("<li") for part in parts):
            rendered = f'<ol class="agenda">{rendered}</ol>'  # list items (a programme), listed as its page does
        return mark_safe(rendered)  # noqa: S308 (the blocks' own templates escaped their values)
    if isinstance(model_field, RichTextField):
        return format_html("{}", expand_db_html(value)) if value else ""
    if model_field.choices:
        display = getattr(page, f"get_{model_field.name}_display", None)
        return display() if value and display is not None else ""
    if isinstance(value, str):
        return linebreaks_filter(value, autoescape=True) if value.strip() else ""
    return ""


def preview_fields(page, request):
    """(label, html) of each filled content field of the page, rendered as the site renders its blocks."""
    context = {"page": page, "request": request}
    skip = {"title", "draft_title", "slug", "seo_title", "search_description", "url_path", "summary", "timezone"}
    rows = []
    for model_field in type(page)._meta.concrete_fields:
        if model_field.model is Page or model_field.name in skip or model_field.is_relation:
            continue
        html = _field_html(page, model_field, context)
        if html:
            rows.append((str(model_field.verbose_name).capitalize(), html))
    return rows


def page_dates(page):
    """The page's date as the preview shows it: an event's start and end in its own zone (as its page shows them),
    else its date."""
    if getattr(page, "start", None) is not None and hasattr(page, "local_start"):
        return page.local_start, page.local_end if page.end else None
    return getattr(page, "date", None), None


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "importing/import.html"
    header_icon = "upload"
    page_title = pgettext_lazy("document import", "Import a document")

    def dispatch(self, request, page_id):
        self.parent = get_object_or_404(Page, pk=page_id).specific
        self.importers = importers_for(self.parent)
        if not self.importers:
            raise Http404
        if not self.parent.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.parent.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_explore", args=[self.parent.pk]),
                "label": self.parent.get_admin_display_title(),
            },
            {"url": "", "label": pgettext("document import", "Import a document")},
        ]

    def form(self, data=None, files=None):
        initial = {"language": self.parent.locale.language_code}
        return ImportForm(data, files, parent=self.parent, importers=self.importers, initial=initial)

    def get(self, request, page_id):
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, page_id):
        form = self.form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            source = self.source(form)
            options = self.options(form)
            if request.POST.get("action") == "create":
                result = import_source(source, options)
                self.forget(form.cleaned_data.get("token"))
                return redirect("wagtailadmin_pages:edit", result.page.pk)
            token = self.keep(source)
            preview = self.preview(source, options)
        except ImportFailure as failure:
            return self.refused(form, failure.reason)
        except Exception:  # a bug or the database: logged, and the form again rather than a server error
            logger.exception("document import failed: %s", getattr(self, "source_name", ""))
            return self.refused(
                form,
                pgettext(
                    "document import", "unexpected error (logged for the site's administrators); nothing was made"
                ),
            )
        data = form.data.copy()
        data["token"] = token
        form = self.form(data)
        form.is_valid()
        return self.render_to_response(self.get_context_data(form=form, preview=preview, token=token))

    def refused(self, form, reason):
        name = getattr(self, "source_name", "")
        form.add_error(None, f"{name}: {reason}" if name else reason)
        return self.render_to_response(self.get_context_data(form=form))

    # The file between preview and creation ------------------------------------------------------------------
    def source(self, form):
        uploaded, token = form.cleaned_data.get("file"), form.cleaned_data.get("token")
        if uploaded:
            self.source_name = uploaded.name
            return read_upload(uploaded)
        kept = self.request.session.get(SESSION_KEY, {}).get(token or "")
        if kept is None:
            raise ImportFailure(pgettext("document import", "the document is no longer available: choose it again"))
        self.source_name = kept["name"]
        return ImportSource(name=kept["name"], text=kept["text"], skipped=kept["skipped"])

    def keep(self, source):
        kept = dict(self.request.session.get(SESSION_KEY, {}))
        while len(kept) >= SESSION_KEEP:
            kept.pop(next(iter(kept)))
        token = secrets.token_urlsafe(16)
        kept[token] = {"name": source.name, "text": source.text, "skipped": source.skipped}
        self.request.session[SESSION_KEY] = kept
        return token

    def forget(self, token):
        kept = dict(self.request.session.get(SESSION_KEY, {}))
        if kept.pop(token or "", None) is not None:
            self.request.session[SESSION_KEY] = kept

    # Options, as the command builds them ---------------------------------------------------------------------
    def options(self, form):
        data = form.cleaned_data
        type_name = data["page_type"]
        locale = Locale.objects.filter(language_code=data["language"]).first()
        if locale is None:
            raise ImportFailure(pgettext("document import", "this language is not set up on the site"))
        options = ImportOptions(
            type_name=type_name,
            importer=self.importers[type_name],
            locale=locale,
            user=self.request.user,
            check_permissions=True,
        )
        if data.get("translation_of"):
            options.translation_of = get_object_or_404(Page, pk=data["translation_of"]).specific
        elif locale.pk == self.parent.locale_id:
            options.parent = self.parent
        else:
            options.parent = self.parent.get_translation_or_none(locale)
            if options.parent is None or options.parent.alias_of_id:
                options.parent = None
                options.parent_error = pgettext(
                    "document import",
                    "%(page)s has no version in this language: translate it first, or choose the page this "
                    "document translates",
                ) % {"page": self.parent.get_admin_display_title()}
            else:
                options.parent = options.parent.specific
        return options

    def preview(self, source, options):
        def render(page):
            start, end = page_dates(page)
            return {
                "title": page.title,
                "type": page._meta.verbose_name,
                "start": start,
                "end": end,
                "summary": getattr(page, "summary", "") or getattr(page, "intro", ""),
                "fields": preview_fields(page, self.request),
                "parent": page.get_parent().get_admin_display_title(),
                "url": page_url(page),
                "language": dict(settings.LANGUAGES).get(page.locale.language_code),
            }

        rendered, warnings = preview_source(source, options, render)
        rendered["warnings"] = warnings
        rendered["name"] = source.name
        return rendered

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(parent=self.parent, action_url=reverse("importing_import", args=[self.parent.pk]))
        return context


class ImportButton(PageMenuItem):
    label = pgettext_lazy("document import", "Import a document")
    icon_name = "upload"

    @property
    def url(self):
        return reverse("importing_import", args=[self.page.pk])

    def is_shown(self, user):
        return can_import_under(self.page, user)


def admin_urls():
    return [path("import/<int:page_id>/", ImportView.as_view(), name="importing_import")]


def header_buttons(page, user, view_name, next_url=None):
    yield ImportButton(page=page, priority=57)


def listing_buttons(page, user, next_url=None):
    yield ImportButton(page=page, priority=47)

"""Finding the page a URL names with one query for the whole path, instead of two per level.

Wagtail routes a request down the tree: at each level it looks the child up by slug, then loads it as its specific
class to call its `route()`, two queries per level (an event report, six levels deep, costs ten). The pages a path
names are exactly those whose `url_path` is one of the path's prefixes, so one query reads them all. Walking that
chain in memory, a page whose class keeps Wagtail's own `route()` only hands the rest of the path to its child; the
first page that routes differently (a routable page, whose sub-URLs come before its children), or the page the
path ends at, is loaded as its specific class and routed as Wagtail would. The ancestors read on the way are kept
on the page (`_portal_ancestors`) for its breadcrumbs.
"""

from django.apps import apps
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site


def route_request(request, path):
    """Route `path` as Wagtail's `Page.route_for_request` does (from the site root's version in the active language,
    else the site root) and keep the result where Wagtail looks for it (`request._wagtail_route_for_request`).

    Wagtail finds that home with `site.root_page.localized.specific`: a query for the active Locale, one more for
    the translation in every language but the root's own, then one for the specific page. Here the homes of every
    language come with the cached page shell (portal.core.shell.home_models), so the home is one query, whatever
    the language. Without a site, Wagtail routes as it would. A path the active language lacks is looked up in the
    other languages (portal.core.fallback.resolve): the answer is a URL to redirect to when the page exists in the
    active language under another path, else None."""
    if hasattr(request, "_wagtail_route_for_request"):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    from . import fallback, shell

    homes = shell.home_models(request)
    components = [part for part in path.split("/") if part]
    found = homes.get(translation.get_language())
    home = apps.get_model(found[1]).objects.filter(pk=found[0]).first() if found is not None else None
    if home is None and not homes:
        return None
    try:
        if home is None:
            raise Http404
        request._wagtail_route_for_request = home.route(request, components)
    except Http404:
        # Not in the visitor's language: the page in a language it exists in (portal.core.fallback).
        result = fallback.resolve(request, homes, components)
        if isinstance(result, str):
            return result
        request._wagtail_route_for_request = result
    return None


def route(root, request, path_components):
    """Route `path_components` below `root` (a page whose own `route()` is Wagtail's) as `Page.route` would."""
    if not path_components:
        return Page.route(root, request, path_components)
    chain = _chain(root, path_components)
    if chain is None:
        return Page.route(root, request, path_components)  # url paths out of step with the tree: Wagtail's way
    ancestors = chain[: root.depth]
    for index, page in enumerate(chain[root.depth :]):
        remaining = path_components[index + 1 :]
        if page is None:
            raise Http404  # no such child: what Wagtail's child lookup answers
        page._cached_parent_obj = ancestors[-1]
        if remaining and _hands_on(page, remaining):
            ancestors.append(page)
            continue
        specific = page.specific
        specific.locale = page.locale  # read with the chain
        specific._cached_parent_obj = ancestors[-1]  # treebeard's get_parent() reads it
        specific._portal_ancestors = ancestors
        return specific.route(request, remaining)
    raise Http404  # not reached: the loop returns at the last component


def _hands_on(page, remaining):
    """Whether `page`, routing `remaining`, would only hand it to its child: its class keeps Wagtail's `route()`, or
    is a routable page (not live, or none of whose sub-URLs matches) that keeps RoutablePageMixin's."""
    cls = page.specific_class
    if cls is None:
        return False
    if cls.route is Page.route:
        return True
    if cls.route is RoutablePageMixin.route:
        if not page.live:
            return True
        try:
            cls.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Http404:
            return True
    return False


def _chain(root, path_components):
    """[page at depth 1, ..., root, ..., page at the path's depth] with None for a missing page, read in one query;
    None when the url paths found do not form one line of descent through `root`."""
    paths = _ancestor_url_paths(root.url_path)
    for slug in path_components:
        paths.append(f"{paths[-1]}{slug}/")
    found = Page.objects.filter(url_path__in=paths).select_related("locale").order_by("depth")
    by_depth = {}
    for page in found:
        if page.depth in by_depth:
            return None
        by_depth[page.depth] = page
    chain = [by_depth.get(depth) for depth in range(1, len(paths) + 1)]
    if any(page is None for page in chain[: root.depth]) or chain[root.depth - 1].pk != root.pk:
        return None
    present = [page for page in chain if page is not None]
    if (
        present != chain[: len(present)]
        or len(present) != len(by_depth)
        or any(not child.path.startswith(parent.path) for parent, child in zip(present, present[1:], strict=False))
    ):
        return None
    return chain


def _ancestor_url_paths(url_path):
    """'/home/events/' -> ['/', '/home/', '/home/events/']: the url paths of a page and its ancestors."""
    parts = [part for part in url_path.split("/") if part]
    return ["/"] + ["/" + "".join(f"{part}/" for part in parts[:n]) for n in range(1, len(parts) + 1)]

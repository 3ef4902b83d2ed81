"""RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL,
without cookies and so without a CSRF token. Pages are served by Wagtail's one `serve` view, which cannot be
exempted route by route, so this middleware (placed before CsrfViewMiddleware) exempts exactly those requests:
a POST whose path ends in `unsubscribe/<token>/` with a genuinely signed token and the one-click body. The token
is what authorises the request, and all it can do is unsubscribe its own subscriber: CSRF protects nothing here.
"""

import re

from .tokens import InvalidToken, read_unsubscribe_token

UNSUBSCRIBE_PATH = re.compile(r"/unsubscribe/(?P<token>[^/]+)/$")


class OneClickUnsubscribeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            match = UNSUBSCRIBE_PATH.search(request.path_info)
            if match and is_one_click(request):
                try:
                    read_unsubscribe_token(match.group("token"))
                except InvalidToken:
                    pass
                else:
                    request._dont_enforce_csrf_checks = True
        return self.get_response(request)


def is_one_click(request):
    try:
        return request.POST.get("List-Unsubscribe") == "One-Click"
    except Exception:  # a malformed body: not a one-click request
        return False

"""Test-only transport adapter for osmem-server (docs/architecture.md, "Multilingual search").

elasticsearch-py 8 sends `application/vnd.elasticsearch+json; compatible-with=8` (and the x-ndjson variant for
bulk) in Accept and Content-Type. osmem-server sends the `X-Elastic-Product` header the client checks for, but
refuses those compatibility media types, so in tests the client gets this node class, which sends plain
`application/json` / `application/x-ndjson` instead. Production never uses it: a real Elasticsearch 8.x or 9.x
accepts the compatibility headers (SEARCH_NODE_CLASS is unset there).
"""

import re

from elastic_transport import HttpHeaders, Urllib3HttpNode

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([a-z-]+)\s*;\s*compatible-with=\d+")


def plain_media_type(value: str) -> str:
    """`application/vnd.elasticsearch+json; compatible-with=8` -> `application/json` (x-ndjson likewise)."""
    return _COMPAT.sub(r"application/\1", value)


class PlainJsonNode(Urllib3HttpNode):
    """A urllib3 node that sends plain JSON media types (osmem-server refuses the compatibility ones)."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers:
            headers = HttpHeaders(
                {
                    name: plain_media_type(value) if name.lower() in ("accept", "content-type") else value
                    for name, value in headers.items()
                }
            )
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)

"""One log line per event, as `key=value` pairs (logfmt), so that a log collector can filter on fields without
parsing prose, and a traceback never spreads one event over forty lines of a shared log.

Each line carries the time, level, logger and message, then the event's own fields (`extra=` of the logging call:
`event`, `engine`, `rows`...) and, for Django's request errors, the method, path and status code. It never carries
what could hold personal data or secrets: no query string, client address, user or exception message (an SMTP
refusal names its recipients, a connection error may quote a URL with its password); an exception is named by its
class and the line it was raised at, its full trace goes to Sentry when SENTRY_DSN is set. Credentials that still
reach a value inside a URL (`scheme://user:password@host`) are masked.
"""

import json
import logging
import re
import traceback

# Attributes every LogRecord has: anything else on a record came from `extra=` and is an event field.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "request"}
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")


def _mask(text):
    return _USERINFO.sub("***@", text)


def _quote(value):
    text = _mask(str(value))
    if text and not any(c in text for c in ' ="\\') and text.isprintable():
        return text
    return json.dumps(text, ensure_ascii=False)


def _origin(exc_info):
    """`file:line in function` of the innermost frame: where it was raised, without the message."""
    frames = traceback.extract_tb(exc_info[2])
    if not frames:
        return ""
    frame = frames[-1]
    return f"{frame.filename.rsplit('site-packages/', 1)[-1]}:{frame.lineno} in {frame.name}"


class KeyValueFormatter(logging.Formatter):
    def format(self, record):
        fields = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            fields["method"] = request.method
            fields["path"] = request.path
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and value is not None:
                fields[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            fields["exc"] = record.exc_info[0].__name__
            fields["at"] = _origin(record.exc_info)
        return " ".join(f"{key}={_quote(value)}" for key, value in fields.items())

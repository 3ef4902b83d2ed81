"""Benchmark rows of the events, in tests/benchmarks/run.py's format: (label, URL path, status).

URLs of the seed_demo database (events/demo/en.py): the index, a partner's section, the month calendar of the
networking events, an event with its programme, its .ics, and the feeds of upcoming events.
"""

ROWS = [
    ("events listing", "/en/events/", 200),
    ("events listing, past and filtered", "/en/events/?when=past&country=BE&format=in-person&year=2025", 200),
    ("events section", "/en/events/kmop/", 200),
    ("events month calendar", "/en/events/calendar/?month=2025-05", 200),
    ("event", "/en/events/headway/morning-seminar-first-job-belgian-farm/", 200),
    ("event .ics", "/en/events/headway/morning-seminar-first-job-belgian-farm/event.ics", 200),
    ("events .ics feed", "/en/events/upcoming.ics", 200),
    ("events RSS", "/en/events/feed/rss/", 200),
]

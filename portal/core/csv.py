"""CSV cells that a spreadsheet opens as text, never runs as a formula (CSV injection).

Every CSV the portal writes (the open-data directory, an event's registrations) passes its cells through
`safe_cell`: a value that starts with "=", "+", "-", "@", a tab or a carriage return gets a leading apostrophe,
which spreadsheets hide and which stops the formula (OWASP's advice). A number ("-6.94", a longitude west of
Greenwich) is no formula: it stays a number, which a spreadsheet or a program reading the data can use.
"""

import re
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value):
    """`value` as CSV text: None is empty, True/False are "yes"/"no", a would-be formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, int | float | Decimal) or NUMBER.fullmatch(text):
        return text
    return "'" + text if text.startswith(FORMULA_STARTS) else text

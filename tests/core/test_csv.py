from decimal import Decimal

import pytest

from portal.core.csv import safe_cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 1 23", "'+33 1 23"),
        ("-1", "-1"),  # a number, not a formula
        ("-6.94", "-6.94"),
        (-6.94, "-6.94"),
        ("+1.5e3", "+1.5e3"),
        ("-1+1", "'-1+1"),
        ("-2-cmd", "'-2-cmd"),
        ("=1", "'=1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Bo Ström", "Bo Ström"),
        ("a=b", "a=b"),
        (None, ""),
        (True, "yes"),
        (False, "no"),
        (3.5, "3.5"),
        (Decimal("-6.940000"), "-6.940000"),
        (-3, "-3"),
    ],
)
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell

from datetime import timedelta

import pytest
from freezegun import freeze_time

from portal.core.tokens import ExpiredToken, InvalidToken, make_token, read_token


def test_a_token_reads_back_for_its_purpose_only():
    token = make_token("abc123", "one.purpose")
    assert read_token(token, "one.purpose") == "abc123"
    assert all(ch.isalnum() or ch in "-_" for ch in token)
    with pytest.raises(InvalidToken):
        read_token(token, "another.purpose")


@pytest.mark.parametrize("token", ["", "not a token", "%%%", "YWJj"])
def test_garbage_is_invalid(token):
    with pytest.raises(InvalidToken):
        read_token(token, "one.purpose")


def test_an_expiring_token_tells_expired_from_invalid():
    with freeze_time("2026-03-01 10:00:00"):
        token = make_token("abc123", "one.purpose", expires=True)
    with freeze_time("2026-03-02 09:59:59"):
        assert read_token(token, "one.purpose", max_age=timedelta(days=1)) == "abc123"
    with freeze_time("2026-03-02 10:00:01"), pytest.raises(ExpiredToken):
        read_token(token, "one.purpose", max_age=timedelta(days=1))
    with pytest.raises(InvalidToken) as refused:
        read_token(token[:-2], "one.purpose", max_age=timedelta(days=1))
    assert not isinstance(refused.value, ExpiredToken)

"""Strict JSON: what a hostile bundle could hide in article.json or manifest.json is refused."""

from __future__ import annotations

import pytest

from lnv_editor.export import safejson


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"a": 1, "a": 2}', "twice"),
        (b'{"t": "\\ud800"}', "surrogate"),
        (b'{"n": ' + b"9" * 400 + b"}", "number"),
        (b'{"n": 1e999999999999999999999}', "number"),
        (b'{"n": NaN}', "NaN"),
        (b'{"n": Infinity}', "Infinity"),
        (b"[" * 100 + b"]" * 100, "nested"),
        (b'{"t": "\xff"}', "UTF-8"),
        (b'{"t": ', "Expecting"),
    ],
)
def test_refused(data, reason):
    with pytest.raises(ValueError, match=reason):
        safejson.loads(data)


def test_accepted_and_canonical():
    value = safejson.loads('{"b": [1, 2.5, "Hà Nội"], "a": {"x": null}}'.encode())
    assert value == {"b": [1, 2.5, "Hà Nội"], "a": {"x": None}}
    # brackets inside strings do not count as nesting
    assert safejson.loads(b'{"t": "' + b"[" * 100 + b'"}')["t"] == "[" * 100
    assert safejson.dumps(value) == safejson.dumps({"a": {"x": None}, "b": [1, 2.5, "Hà Nội"]})
    assert safejson.dumps(value).endswith(b"\n") and "Hà Nội".encode() in safejson.dumps(value)

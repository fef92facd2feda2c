"""Settings: declared once, upgraded by version."""

from __future__ import annotations

import json

from lnv_editor.config import CONFIG_VERSION, Config


def _write(path, version, values):
    path.write_text(json.dumps({"version": version, "values": values}), encoding="utf-8")


def test_autosave_defaults_keep_at_most_a_second_at_risk(tmp_path, monkeypatch):
    for key in ("LNV_AUTOSAVE_IDLE_MS", "LNV_AUTOSAVE_MAX_MS"):
        monkeypatch.delenv(key, raising=False)
    config = Config(tmp_path / "settings.json")
    assert config.get("autosave_idle_ms") < 1000
    assert config.get("autosave_max_ms") < 1000


def test_version_1_defaults_give_way_to_the_new_ones(tmp_path, monkeypatch):
    for key in ("LNV_AUTOSAVE_IDLE_MS", "LNV_AUTOSAVE_MAX_MS"):
        monkeypatch.delenv(key, raising=False)
    path = tmp_path / "settings.json"
    _write(path, 1, {"language": "en", "autosave_idle_ms": 1000, "autosave_max_ms": 3000})
    config = Config(path)
    fresh = Config(tmp_path / "none.json")
    assert config.get("autosave_max_ms") == fresh.get("autosave_max_ms")
    assert config.get("autosave_idle_ms") == fresh.get("autosave_idle_ms")
    assert config.get("language") == "en"  # the rest is kept
    config.save()
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == CONFIG_VERSION


def test_chosen_autosave_values_are_kept(tmp_path, monkeypatch):
    for key in ("LNV_AUTOSAVE_IDLE_MS", "LNV_AUTOSAVE_MAX_MS"):
        monkeypatch.delenv(key, raising=False)
    path = tmp_path / "settings.json"
    _write(path, 1, {"autosave_idle_ms": 2000, "autosave_max_ms": 3000})  # not the old defaults
    assert Config(path).get("autosave_idle_ms") == 2000
    _write(
        path, CONFIG_VERSION, {"autosave_idle_ms": 1000, "autosave_max_ms": 3000}
    )  # chosen in v2
    assert Config(path).get("autosave_max_ms") == 3000

"""Preferences, each declared once: key, type, default, title.

Stored as JSON in the user config dir. Window state (geometry, splitters) is not a
preference: the GUI keeps it apart in ``window-state.ini`` through QSettings.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.paths import config_dir

CONFIG_VERSION = 2
# Version 1's autosave defaults. The preferences dialog stores every value shown on OK, so a
# settings file holding exactly these kept the old defaults rather than chose them: version 2
# (at most 1 s of typing at risk) drops them and the new defaults apply.
_V1_AUTOSAVE_DEFAULTS = {"autosave_idle_ms": 1000, "autosave_max_ms": 3000}


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str  # English; translated in the "Settings" context
    choices: tuple[Any, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language", str, "vi", QT_TRANSLATE_NOOP("Settings", "Interface language"), ("vi", "en")
    ),
    # A kill or power cut loses at most max_ms + one save (~10 ms) + the word being typed:
    # under 1 s (benchmarks/bench_kill_loss.py). A save costs ~10 ms on a worker thread.
    Setting(
        "autosave_idle_ms",
        int,
        300,
        QT_TRANSLATE_NOOP("Settings", "Autosave after a pause of (ms)"),
    ),
    Setting(
        "autosave_max_ms",
        int,
        500,
        QT_TRANSLATE_NOOP("Settings", "Autosave while typing at least every (ms)"),
    ),
    Setting("last_store", str, "", QT_TRANSLATE_NOOP("Settings", "Last store opened")),
    # The portal's house style (core.vietnamese.HOUSE_STYLE): "old" hòa/thủy, "new" hoà/thuỷ.
    Setting(
        "tone_style",
        str,
        "old",
        QT_TRANSLATE_NOOP("Settings", "Tone-mark style of stored text"),
        ("old", "new"),
    ),
    # The person profile for the review workflow (core/workflow.py). A courtesy on a desktop
    # app, not access control: the shared newsroom store will bring real accounts.
    Setting("person_name", str, "", QT_TRANSLATE_NOOP("Settings", "Your name")),
    Setting(
        "person_role",
        str,
        "reporter",
        QT_TRANSLATE_NOOP("Settings", "Your role"),
        ("reporter", "editor", "desk"),
    ),
    # New articles start with these (the reporter's own name, the desk's usual section).
    Setting("default_byline", str, "", QT_TRANSLATE_NOOP("Settings", "Byline of new articles")),
    Setting("default_section", str, "", QT_TRANSLATE_NOOP("Settings", "Section of new articles")),
    # Newest first, at most gui.window.recent.MAX_RECENT; kept even when a file goes missing
    # (a USB stick unplugged), and flagged in the menu.
    Setting("recent_stores", list, [], QT_TRANSLATE_NOOP("Settings", "Recently opened stores")),
    # File > Publish… offers the last place exported to (a folder, or a publish store file).
    Setting("export_target", str, "", QT_TRANSLATE_NOOP("Settings", "Last export target")),
    # The portal bundles are made for (export/portal.py): its address makes the addresses
    # that ninjs, Open Graph and schema.org require absolute; without one export refuses.
    Setting("portal_url", str, "", QT_TRANSLATE_NOOP("Settings", "Portal address")),
    Setting("publisher_name", str, "LNV", QT_TRANSLATE_NOOP("Settings", "Publisher name")),
    Setting("publisher_logo", str, "", QT_TRANSLATE_NOOP("Settings", "Publisher logo address")),
    # The newsroom server (gui/sync/): its address without the password (the password lives in
    # the system keyring, or is typed again), and the role it gave this person when last
    # connected, which then replaces the role chosen in the preferences. LNV_SERVER (a full
    # address, password included) overrides it; so does --server for one run.
    Setting("server", str, "", QT_TRANSLATE_NOOP("Settings", "Newsroom server")),
    Setting(
        "server_role",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Role on the newsroom server"),
        ("", "reporter", "editor", "desk"),
    ),
    # Stores whose articles the user agreed to upload to the server (asked once per store).
    Setting("server_stores", list, [], QT_TRANSLATE_NOOP("Settings", "Stores synced")),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class Config:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        values = data.get("values", {}) if isinstance(data, dict) else {}
        version = data.get("version", 1) if isinstance(data, dict) else CONFIG_VERSION
        if (
            isinstance(values, dict)
            and version == 1
            and all(values.get(key) == old for key, old in _V1_AUTOSAVE_DEFAULTS.items())
        ):
            values = {k: v for k, v in values.items() if k not in _V1_AUTOSAVE_DEFAULTS}
        self._values = {}
        for key, value in values.items():
            setting = _BY_KEY.get(key)
            if setting is None:
                continue  # a setting retired by a later version, or a typo: ignore
            if isinstance(value, setting.type) and (
                not setting.choices or value in setting.choices
            ):
                self._values[key] = value

    def get(self, key: str) -> Any:
        env = os.environ.get(f"LNV_{key.upper()}")
        setting = _BY_KEY[key]
        if env is not None:
            try:
                value = env.split(os.pathsep) if setting.type is list else setting.type(env)
                if not setting.choices or value in setting.choices:
                    return value
            except ValueError:
                pass
        value = self._values.get(key, setting.default)
        return list(value) if isinstance(value, list) else value  # callers may not mutate ours

    def set(self, key: str, value: Any) -> None:
        setting = _BY_KEY[key]
        if not isinstance(value, setting.type) or (
            setting.choices and value not in setting.choices
        ):
            raise ValueError(f"bad value for {key}: {value!r}")
        self._values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(
                {"version": CONFIG_VERSION, "values": self._values}, ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        os.replace(tmp, self.path)


def new_article_defaults(config: Config) -> dict[str, str]:
    """The fields a new article starts with: the default byline and section, when set."""
    values = {
        "byline": config.get("default_byline").strip(),
        "section": config.get("default_section").strip(),
    }
    return {key: value for key, value in values.items() if value}

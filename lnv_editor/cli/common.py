"""What every subcommand shares: exit codes, the store, JSON output, translations.

No Qt here: the command line reads the compiled catalogue itself (``core/catalog.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from enum import IntEnum
from functools import cache
from pathlib import Path
from typing import Any

from lnv_editor.core.catalog import Catalog
from lnv_editor.core.errors import LnvError

STATUSES = ("draft", "returned", "review", "ready", "published")


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1  # the command ran and found problems (e.g. a check with errors)
    ERROR = 2  # the command could not do what was asked; stderr says what to do


_language = ["en"]


def set_language(language: str) -> None:
    _language[0] = language


@cache
def _catalog(language: str) -> Catalog:
    from lnv_editor.paths import asset

    if language == "en":
        return Catalog()
    return Catalog.load(asset("i18n", f"lnv_editor_{language}.qm"))


def translate(context: str, text: str) -> str:
    """*text* in the interface language. Named like Qt's so lupdate extracts the calls."""
    return _catalog(_language[0]).translate(context, text)


def status_name(code: str) -> str:
    """A status as the library names it (*Xuất bản*, *Published*); ``--json`` keeps the
    code instead. An unknown code is shown as it is."""
    from lnv_editor.core.article import STATUS_LABELS, Status

    try:
        return translate("Article", STATUS_LABELS[Status(code)])
    except ValueError:
        return code


def localize(error: LnvError) -> str:
    return translate("Errors", error.template).format(**error.params)


def add_common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--store",
        metavar="PATH",
        default=default,
        help="the store file to use (default: $LNV_STORE, else the store in the user data folder)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print machine-readable JSON",
    )


def store_path(args: argparse.Namespace) -> Path:
    from lnv_editor.paths import default_store_path

    return Path(args.store).expanduser() if args.store else default_store_path()


def open_repo(args: argparse.Namespace, *, create: bool = False):
    """The store named by ``--store``. Only commands that make articles (*create*) may
    create a missing store, and they say where; the others refuse ("no store at PATH").
    A store of an earlier version is upgraded as it opens, and the command says so first
    (a large archive's search indexes take minutes)."""
    from lnv_editor.config import Config
    from lnv_editor.store.quick import upgrade_pending
    from lnv_editor.store.repository import Repository

    path = store_path(args)
    existed = path.exists()
    if upgrade_pending(path):
        print(
            translate(
                "Cli",
                "Upgrading the store {path} for this version of LNV Editor… A large archive "
                "takes a few minutes.",
            ).format(path=path),
            file=sys.stderr,
        )
    repo = Repository.open(path, create=create, tone_style=Config().get("tone_style"))
    if create and not existed:
        print(translate("Cli", "Created a new store at {path}.").format(path=path), file=sys.stderr)
    return repo


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def iso(value) -> str:
    from datetime import UTC

    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

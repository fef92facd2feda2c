"""The command line: headless subcommands, and the app when no subcommand is given.

One module per command group; each adds its subcommands in ``register`` and names the function
that runs each (``run``). ``GROUPS`` is the dispatch table. Nothing here imports Qt unless the
app itself is started.
"""

from __future__ import annotations

import argparse
import sys

from lnv_editor import __version__
from lnv_editor.cli import (
    articles,
    bundle,
    edit,
    house_rules,
    photos,
    places,
    review,
    search,
    server,
    sync,
    trash,
)
from lnv_editor.cli.common import Exit, add_common, localize, print_json, set_language
from lnv_editor.core.errors import LnvError

GROUPS = (
    articles,
    edit,
    photos,
    places,
    search,
    review,
    house_rules,
    bundle,
    trash,
    server,
    sync,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lnv-editor",
        description="LNV Editor: draft articles for the LNV portal offline, with photos, "
        "province tags and related stories. Without a subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"LNV Editor {__version__}")
    add_common(parser, top=True)
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language for this run")
    parser.add_argument(
        "--server",
        metavar="URL",
        help="the app syncs with this newsroom server in this run "
        "(postgresql://user:password@host:port/database; default: $LNV_SERVER, else the one "
        "chosen in File > Newsroom server…)",
    )
    # Hidden: open the window, wait for the library, quit 0 (make package-test; gui/window/smoke.py).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from lnv_editor.app import run_app

        return run_app(
            store=args.store, language=args.lang, smoke_test=args.smoke_test, server=args.server
        )
    from lnv_editor.config import Config

    set_language(args.lang or Config().get("language"))
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `lnv-editor list | head`: the reader left; not an error
        sys.stderr.close()
        return Exit.OK
    except LnvError as exc:
        message = localize(exc)
        if getattr(args, "json", False):
            print_json({"error": message, "kind": type(exc).__name__})
        print(f"lnv-editor: {message}", file=sys.stderr)
        return Exit.ERROR

"""``lnv-editor sync``: sync a laptop's store with the newsroom server once."""

from __future__ import annotations

import argparse
import os
import sys

from lnv_editor.cli.common import Exit, add_common, print_json, store_path, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help="send this laptop's changes to the newsroom server and bring in everyone "
        "else's, once (exit 0 only when everything went through)",
    )
    add_common(p)
    p.add_argument(
        "--server",
        metavar="URL",
        default=argparse.SUPPRESS,  # `lnv-editor --server URL sync` (the app's option) works too
        help="the server: postgresql://user:password@host:port/database (default: "
        "$LNV_SERVER; without a password there, the system keyring's)",
    )
    p.set_defaults(run=run_sync)


def run_sync(args: argparse.Namespace) -> Exit:
    from lnv_editor.sync.address import ServerAddress
    from lnv_editor.sync.engine import SyncEngine

    text = args.server or os.environ.get("LNV_SERVER", "")
    if not text:
        print(
            "lnv-editor: "
            + translate(
                "Cli",
                "Say which server to sync with: --server postgresql://user:password@host:port/"
                "database, or set LNV_SERVER.",
            ),
            file=sys.stderr,
        )
        return Exit.ERROR
    address = ServerAddress.parse(text)
    engine = SyncEngine(store_path(args), address)
    try:
        report = engine.sync_once()
    finally:
        engine.close()
    if args.json:
        print_json(
            {
                "server": address.redacted,
                "sent": report.sent,
                "received": report.received,
                "refused": [vars_of(r) for r in report.refused],
                "conflicts": [vars_of(c) for c in report.conflicts],
                "pending": report.pending,
                "purged": report.purged,
                "kept": [vars_of(k) for k in report.kept],
                "repushed": report.repushed,
            }
        )
    else:
        print(
            translate("Cli", "Synced with {server}: {sent} sent, {received} received.").format(
                server=address.redacted, sent=report.sent, received=report.received
            )
        )
        for refusal in report.refused:
            print(
                translate("Cli", "Refused: «{title}»: {message}").format(
                    title=refusal.title or refusal.uri, message=refusal.message
                )
            )
        for conflict in report.conflicts:
            print(
                translate(
                    "Cli",
                    "Conflict: «{title}» was changed on another laptop too. Both texts are "
                    "kept; compare them in the article's history (revision «conflict»).",
                ).format(title=conflict.title or conflict.uri)
            )
        if report.purged:
            print(
                translate(
                    "Cli",
                    "{count} article(s) deleted for good on the server were removed from this "
                    "laptop.",
                ).format(count=report.purged)
            )
        for kept in report.kept:
            print(
                translate(
                    "Cli",
                    "Kept: «{title}» was deleted for good on the server while this laptop had "
                    "changes not sent; they are kept as a new article, «{new_title}».",
                ).format(title=kept.title, new_title=kept.new_title)
            )
        if report.repushed:
            print(
                translate(
                    "Cli",
                    "{count} article(s) the server had lost (restored from an older backup) "
                    "were sent to it again.",
                ).format(count=report.repushed)
            )
        if report.pending:
            print(translate("Cli", "{count} change(s) not sent yet.").format(count=report.pending))
    if report.ok and not report.conflicts and not report.kept:
        return Exit.OK
    return Exit.FINDINGS


def vars_of(item) -> dict:
    return {name: getattr(item, name) for name in item.__slots__}

"""``lnv-editor edit``: change an article's text from a script, as a save from the editor.

One save: one transaction, one revision, the workflow's rules (an approved text that changes
goes back to review) and the editor's conflict rule: with ``--version N`` (the version the
script read), a save made by someone else since is kept as a "conflict" revision before this
one is written, so nothing is lost.
"""

from __future__ import annotations

import argparse
import sys

from lnv_editor.cli.articles import read_body
from lnv_editor.cli.common import Exit, add_common, open_repo, print_json, status_name, translate
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

FIELDS = ("title", "lead", "byline", "section")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("edit", help="change an article's title, lead, byline, section or body")
    add_common(p)
    p.add_argument("id", type=int)
    for name in FIELDS:
        p.add_argument(f"--{name}", metavar=name[0].upper())
    p.add_argument(
        "--body-file", metavar="F", help="the new Markdown body from file F, or - for stdin"
    )
    p.add_argument(
        "--version",
        type=int,
        metavar="N",
        help="the version the change is based on; if someone saved since, their text is kept "
        "as a conflict revision first (default: the version now)",
    )
    p.set_defaults(run=run_edit)


def run_edit(args: argparse.Namespace) -> Exit:
    fields = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    if args.body_file is not None:
        fields["body"] = read_body(args.body_file)  # before the store: bad input writes nothing
    if not fields:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing to change: give --title, --lead, --byline, --section or --body-file.",
            )
        )
    repo = open_repo(args)
    article = repo.get(args.id)
    base = args.version if args.version is not None else article.version
    result = repo.save(args.id, fields, base_version=base, reason="save")
    after = repo.get(args.id)
    if args.json:
        print_json(
            {
                "id": args.id,
                "version": result.version,
                "changed": result.changed,
                "status": after.status.value,
                "revision_id": result.revision_id,
                "conflict_revision": result.conflict_revision,
            }
        )
        return Exit.OK
    if not result.changed:
        print(translate("Cli", "Article {id} already had this text.").format(id=args.id))
        return Exit.OK
    print(
        translate("Cli", "Saved article {id} as version {version} ({status}).").format(
            id=args.id, version=result.version, status=status_name(after.status.value)
        )
    )
    if result.conflict_revision is not None:
        print(
            translate(
                "Cli",
                "lnv-editor: version {version} was saved by someone else after version {base}; "
                "their text is kept as revision {revision} in the history.",
            ).format(version=result.conflict_version, base=base, revision=result.conflict_revision),
            file=sys.stderr,
        )
    return Exit.OK

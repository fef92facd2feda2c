"""The house-style rules of a store: show them, replace them from a file, list and restore
versions (store/house_rules.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lnv_editor.cli.common import Exit, add_common, iso, open_repo, print_json, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "house-rules",
        help="the house-style rule file of the store: show, set FILE, history, restore VERSION",
        description="The house-style rules live in the store, one version per change; "
        "`lnv-editor check` and the app's review panel use the newest.",
    )
    add_common(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the rules in force (or --version N)")
    add_common(show)
    show.add_argument("--version", type=int, metavar="N", help="an older version")
    show.set_defaults(run=run_show)
    put = actions.add_parser(
        "set",
        help="check FILE (tab-separated: id, pattern, message, fix, severity) and keep it as "
        "the new version; a bad rule is refused with its line and nothing is saved",
    )
    add_common(put)
    put.add_argument("file", metavar="FILE", help="the rule file ('-': standard input)")
    put.add_argument("--as", dest="person", metavar="NAME", help="who saves it")
    put.set_defaults(run=run_set)
    history = actions.add_parser("history", help="list the versions: number, when, who")
    add_common(history)
    history.set_defaults(run=run_history)
    restore = actions.add_parser(
        "restore", help="put an older version back in force (kept as a new version)"
    )
    add_common(restore)
    restore.add_argument("version", type=int, metavar="VERSION")
    restore.add_argument("--as", dest="person", metavar="NAME", help="who restores it")
    restore.set_defaults(run=run_restore)


def _person(args: argparse.Namespace) -> str:
    if args.person is not None:
        return args.person
    from lnv_editor.config import Config

    return Config().get("person_name")


def run_show(args: argparse.Namespace) -> Exit:
    rules = open_repo(args).house_rules
    version = rules.version(args.version) if args.version else rules.current()
    if args.json:
        print_json(version.as_json())
    else:
        sys.stdout.write(version.text if version.text.endswith("\n") else version.text + "\n")
    return Exit.OK


def _saved(args: argparse.Namespace, number: int | None) -> Exit:
    repo = open_repo(args)
    current = repo.house_rules.current()
    if args.json:
        print_json({"saved": number is not None, "version": current.version})
    elif number is None:
        print(
            translate("Cli", "The house rules are unchanged (version {version}).").format(
                version=current.version
            )
        )
    else:
        print(
            translate(
                "Cli", "House rules saved as version {version}: {count} rule(s) in force."
            ).format(version=number, count=len(repo.house_rules.rules()))
        )
    return Exit.OK


def run_set(args: argparse.Namespace) -> Exit:
    from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The rule file {path} is not UTF-8 text. Save it as UTF-8 and try again."
            ),
            path=args.file,
        ) from error
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the rule file {path}: {reason}."),
            path=args.file,
            reason=error.strerror or str(error),
        ) from error
    repo = open_repo(args)
    return _saved(args, repo.house_rules.save(text, saved_by=_person(args)))


def run_restore(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    return _saved(args, repo.house_rules.restore(args.version, saved_by=_person(args)))


def run_history(args: argparse.Namespace) -> Exit:
    versions = open_repo(args).house_rules.history()
    if args.json:
        print_json([v.as_json(with_text=False) for v in versions])
        return Exit.OK
    shipped = translate("Cli", "(shipped with the app)")
    for v in versions:
        print(f"v{v.version}  {iso(v.saved)}  {v.saved_by or shipped}")
    return Exit.OK

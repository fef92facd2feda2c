"""Bundles: export, import, verify (the logic lives in ``lnv_editor.export``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lnv_editor.cli.common import (
    STATUSES,
    Exit,
    add_common,
    open_repo,
    print_json,
    status_name,
    translate,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export articles as publishable bundles (folder, zip) "
        "or into a publish store (sqlite)",
    )
    add_common(p)
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--all", action="store_true", help="every article in the store")
    p.add_argument("--status", choices=STATUSES, help="every article with this status")
    p.add_argument("--format", choices=("folder", "zip", "sqlite"), default="folder")
    p.add_argument(
        "--current",
        action="store_true",
        help="export the text as it is now, even where it was edited after an editor approved "
        "it (the default exports the approved text)",
    )
    address = p.add_mutually_exclusive_group()
    address.add_argument(
        "--base-url",
        metavar="URL",
        help="the portal's address, e.g. https://lnv.vn: ninjs, Open Graph and schema.org "
        "addresses are made absolute with it (default: the portal_url setting, or for sqlite the "
        "address the publish store records)",
    )
    address.add_argument(
        "--no-base-url",
        action="store_true",
        help="export without a portal address: the bundles are not valid ninjs",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="a folder (folder, zip) or a publish store file (sqlite)",
    )
    p.set_defaults(run=run_export)

    p = sub.add_parser("import", help="import a bundle (folder, zip or publish store) as articles")
    add_common(p)
    p.add_argument("bundle", metavar="BUNDLE")
    p.set_defaults(run=run_import)

    p = sub.add_parser("verify", help="check a bundle against its manifest, without importing")
    add_common(p)
    p.add_argument("bundle", metavar="BUNDLE")
    p.set_defaults(run=run_verify)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def run_export(args: argparse.Namespace) -> Exit:
    from lnv_editor.config import Config
    from lnv_editor.export.portal import make_portal
    from lnv_editor.export.run import ExportRefused, export_articles, select_ids

    config = Config()
    portal = make_portal(
        args.base_url if args.base_url is not None else config.get("portal_url"),
        publisher=config.get("publisher_name"),
        logo=config.get("publisher_logo"),
        no_base_url=args.no_base_url,
    )
    repo = open_repo(args)
    ids = select_ids(repo, args.ids, all_articles=args.all, status=args.status)
    try:
        report = export_articles(
            repo,
            ids,
            args.format,
            Path(args.out),
            progress=_progress,
            current=args.current,
            portal=portal,
        )
    except ExportRefused as exc:

        def reason_line(r) -> str:
            params = dict(r.params)
            if "status" in params:  # named as the interface names it, not the code
                params["status"] = status_name(str(params["status"]))
            return translate("Errors", r.template).format(**params)

        lines = {
            aid: [reason_line(r) for r in reasons]
            for aid, (_title, reasons) in exc.problems.items()
        }
        if args.json:
            print_json(
                {
                    "error": translate("Cli", "Nothing was exported."),
                    "kind": "ExportRefused",
                    "articles": [
                        {"id": aid, "title": exc.problems[aid][0], "reasons": reasons}
                        for aid, reasons in lines.items()
                    ],
                }
            )
        print(
            translate(
                "Cli", "lnv-editor: nothing was exported; fix these articles and export again:"
            ),
            file=sys.stderr,
        )
        for aid, reasons in lines.items():
            print(f"  {aid} {exc.problems[aid][0]}:", file=sys.stderr)
            for reason in reasons:
                print(f"    - {reason}", file=sys.stderr)
        return Exit.ERROR
    if args.json:
        print_json(report.as_json())
    else:
        for e in report.exported:
            line = translate("Cli", "Exported {id} version {version}: {where} ({outcome})")
            print(
                line.format(
                    id=e.article_id, version=e.version, where=e.path or args.out, outcome=e.outcome
                )
            )
    if portal is not None and not portal.has_address:
        print(
            translate(
                "Cli",
                "lnv-editor: exported without a portal address (--no-base-url): article.json "
                "is not valid ninjs and the pages have no canonical address. Export again with "
                "--base-url before sending the bundles to the portal.",
            ),
            file=sys.stderr,
        )
    older = [e for e in report.exported if e.outcome == "older"]
    for e in older:
        line = translate(
            "Cli",
            "lnv-editor: the publish store has a newer version of {id} "
            "({uri}); version {version} was not written.",
        )
        print(line.format(id=e.article_id, uri=e.uri, version=e.version), file=sys.stderr)
    return Exit.OK


def run_import(args: argparse.Namespace) -> Exit:
    from lnv_editor.export.importer import import_bundles

    repo = open_repo(args, create=True)
    report = import_bundles(repo, Path(args.bundle), progress=_progress)
    if args.json:
        print_json({"articles": report.as_json()})
        return Exit.OK
    for o in report.outcomes:
        line = (
            translate("Cli", "Imported {uri} as a new article {id}.")
            if o.created
            else translate("Cli", "Imported {uri} as a new revision of article {id}.")
        )
        print(line.format(uri=o.uri, id=o.article_id))
        for uri in o.missing_related:
            print(
                translate(
                    "Cli", "  related story {uri} is not in this store; link skipped."
                ).format(uri=uri)
            )
    return Exit.OK


def run_verify(args: argparse.Namespace) -> Exit:
    from lnv_editor.export.reader import read_any

    bundles = read_any(Path(args.bundle))
    if args.json:
        print_json(
            {
                "ok": True,
                "bundles": [
                    {
                        "source": b.source,
                        "uri": b.article.uri,
                        "version": b.article.version,
                        "files": len(b.files),
                    }
                    for b in bundles
                ],
            }
        )
    else:
        for b in bundles:
            line = translate(
                "Cli", "OK: {source}: {uri} version {version}, {files} files match the manifest."
            )
            print(
                line.format(
                    source=b.source,
                    uri=b.article.uri,
                    version=b.article.version,
                    files=len(b.files),
                )
            )
    return Exit.OK

"""Articles: demo, list, show, new."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lnv_editor.cli.common import (
    STATUSES,
    Exit,
    add_common,
    iso,
    open_repo,
    print_json,
    status_name,
    translate,
)
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

JSON_FIELDS = (
    "id", "slug", "title", "lead", "body", "byline", "section", "status", "updated", "version",
)  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create or top up a store with demo articles (idempotent)")
    add_common(p)
    p.set_defaults(run=run_demo)

    p = sub.add_parser("list", help="list the articles, newest change first")
    add_common(p)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument(
        "--search",
        default="",
        help="only articles matching these words (title, lead, body, byline, captions; "
        "diacritics and case ignored)",
    )
    p.add_argument("--trash", action="store_true", help="list the articles in the trash instead")
    p.set_defaults(run=run_list)

    p = sub.add_parser("show", help="show one article with all its fields")
    add_common(p)
    p.add_argument("id", type=int)
    p.set_defaults(run=run_show)

    p = sub.add_parser("new", help="create an article from a script; prints its id")
    add_common(p)
    p.add_argument("--title", required=True)
    p.add_argument("--lead", default="")
    p.add_argument("--byline", default="")
    p.add_argument("--section", default="")
    p.add_argument("--status", default="draft", choices=STATUSES)
    p.add_argument(
        "--body-file", metavar="F", help="read the Markdown body from file F, or - for stdin"
    )
    p.set_defaults(run=run_new)


def article_json(repo, article) -> dict[str, Any]:
    out = {name: getattr(article, name) for name in JSON_FIELDS}
    out["status"] = article.status.value
    out["updated"] = iso(article.updated)
    out["created"] = iso(article.created)
    out["uri"] = article.extra.get("uri")
    deleted = article.extra.get("deleted_at")
    out["deleted_at"] = iso(deleted) if deleted else None  # set while in the trash
    out["photos"] = [p.as_json() for p in repo.photos.list(article.id)]
    out["provinces"] = [
        {"code": t.code, "name": t.name, "name_used": t.name_used}
        for t in repo.tags.provinces(article.id)
    ]
    out["related"] = [r.target_id for r in repo.tags.related(article.id)]
    return out


def read_body(source: str | None) -> str:
    if source is None:
        return ""
    try:
        if source == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(source).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The body file {path} is not UTF-8 text. Save it as UTF-8 and try again."
            ),
            path=source,
        ) from exc
    except OSError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the body file {path}: {reason}."),
            path=source,
            reason=exc.strerror or str(exc),
        ) from exc


def run_new(args: argparse.Namespace) -> Exit:
    body = read_body(args.body_file)  # before opening the store: bad input writes nothing
    repo = open_repo(args, create=True)
    article = repo.create(
        title=args.title,
        lead=args.lead,
        byline=args.byline,
        section=args.section,
        status=args.status,
        body=body,
    )
    if args.json:
        print_json({"id": article.id, "slug": article.slug})
    else:
        print(article.id)
    return Exit.OK


def run_demo(args: argparse.Namespace) -> Exit:
    from lnv_editor.store.demo import seed_demo

    repo = open_repo(args, create=True)
    added, total = seed_demo(repo)
    if args.json:
        print_json(
            {
                "added": added,
                "demo_articles": total,
                "articles": repo.count(),
                "store": str(repo.path),
            }
        )
    else:
        message = translate(
            "Cli",
            "Added {added} demo articles ({total} in the demo set); the store {path} "
            "now holds {count} articles.",
        )
        print(message.format(added=added, total=total, path=repo.path, count=repo.count()))
    return Exit.OK


def run_list(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    ids = repo.list_ids(query=args.search, status=args.status, trash=args.trash)
    rows = repo.library_rows(ids)
    items = [rows[i] for i in ids]
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "section": r.section,
                    "status": r.status,
                    "updated": iso(r.updated),
                }
                for r in items
            ]
        )
    else:
        names = {r.status: status_name(r.status) for r in items}
        width = max((len(n) for n in names.values()), default=0)
        for r in items:
            status = names[r.status]
            print(
                f"{r.id:>6}  {r.updated:%Y-%m-%d %H:%M}  {status:<{width}}  {r.section:<14}  "
                f"{r.title}"
            )
    return Exit.OK


def run_show(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    article = repo.get(args.id)
    data = article_json(repo, article)
    if args.json:
        print_json(data)
        return Exit.OK
    labels = {
        "title": translate("Cli", "Title"),
        "lead": translate("Cli", "Lead"),
        "byline": translate("Cli", "Byline"),
        "section": translate("Cli", "Section"),
        "status": translate("Cli", "Status"),
        "updated": translate("Cli", "Last change"),
        "version": translate("Cli", "Version"),
    }
    data["status"] = status_name(data["status"])
    for key, label in labels.items():
        print(f"{label}: {data[key]}")
    print()
    print(article.body)
    return Exit.OK

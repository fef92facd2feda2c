"""The command line: headless subcommands, and the app when no subcommand is given."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from lnv_editor import __version__
from lnv_editor.core.errors import LnvError

EXIT_OK, EXIT_ERROR = 0, 2
STATUSES = ("draft", "returned", "review", "ready", "published")
JSON_FIELDS = ("id", "slug", "title", "lead", "body", "byline", "section", "status", "updated", "version")


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--store", metavar="PATH", default=default,
        help="the store file to use (default: $LNV_STORE, else the store in the user data folder)",
    )
    parser.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS,
                        help="print machine-readable JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lnv-editor",
        description="LNV Editor: draft articles for the LNV portal offline, with photos, "
        "province tags and related stories. Without a subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"LNV Editor {__version__}")
    _common(parser, top=True)
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="create or top up a store with demo articles (idempotent)")
    _common(p, top=False)

    p = sub.add_parser("list", help="list the articles, newest change first")
    _common(p, top=False)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--search", default="", help="only articles matching these words (title, lead, body, "
                   "byline, captions; diacritics and case ignored)")

    p = sub.add_parser("show", help="show one article with all its fields")
    _common(p, top=False)
    p.add_argument("id", type=int)

    p = sub.add_parser("new", help="create an article from a script; prints its id")
    _common(p, top=False)
    p.add_argument("--title", required=True)
    p.add_argument("--lead", default="")
    p.add_argument("--byline", default="")
    p.add_argument("--section", default="")
    p.add_argument("--status", default="draft", choices=STATUSES)
    p.add_argument("--body-file", metavar="F", help="read the Markdown body from file F, or - for stdin")

    p = sub.add_parser("photo", help="photos of an article")
    photo_sub = p.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    pa = photo_sub.add_parser("add", help="import photo files into an article (JPEG, PNG, WebP, HEIC)")
    _common(pa, top=False)
    pa.add_argument("id", type=int, help="the article id")
    pa.add_argument("files", nargs="+", metavar="FILE")
    pa.add_argument("--caption", default="")
    pa.add_argument("--credit", default="", help='e.g. "Ảnh: Lê Nam"')
    pa.add_argument("--alt", default="", help="alt text: what the photo shows, for readers who cannot see it")

    p = sub.add_parser("tag", help="tag an article with provinces (any name a person would type)")
    _common(p, top=False)
    p.add_argument("id", type=int)
    p.add_argument("--province", nargs="+", required=True, metavar="NAME",
                   help='current or former names, e.g. "thanh hoa" "TP HCM" "Bắc Giang"')

    p = sub.add_parser("suggest", help="suggested provinces and related stories for an article")
    _common(p, top=False)
    p.add_argument("id", type=int)

    p = sub.add_parser("search", help="search every article (diacritic- and tone-style-insensitive)")
    _common(p, top=False)
    p.add_argument("query")
    p.add_argument("--province", metavar="CODE", help="only articles tagged with this province code")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--limit", type=int, default=20)

    from lnv_editor.cli_review import add_parsers  # status, check, comments

    add_parsers(sub, _common)
    return parser


def _repo(args: argparse.Namespace):
    from lnv_editor.config import Config
    from lnv_editor.paths import default_store_path
    from lnv_editor.store.repository import Repository

    return Repository.open(Path(args.store) if args.store else default_store_path(),
                           tone_style=Config().get("tone_style"))


def _iso(value) -> str:
    from datetime import UTC

    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _article_json(repo, article) -> dict[str, Any]:
    out = {name: getattr(article, name) for name in JSON_FIELDS}
    out["status"] = article.status.value
    out["updated"] = _iso(article.updated)
    out["created"] = _iso(article.created)
    out["uri"] = article.extra.get("uri")
    out["photos"] = [p.as_json() for p in repo.photos.list(article.id)]
    out["provinces"] = [{"code": t.code, "name": t.name, "name_used": t.name_used}
                        for t in repo.tags.provinces(article.id)]
    out["related"] = [r.target_id for r in repo.tags.related(article.id)]
    return out


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _read_body(source: str | None) -> str:
    from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

    if source is None:
        return ""
    try:
        if source == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(source).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "The body file {path} is not UTF-8 text. Save it as UTF-8 and try again."),
            path=source,
        ) from exc
    except OSError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the body file {path}: {reason}."),
            path=source, reason=exc.strerror or str(exc),
        ) from exc


def run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    if args.command == "new":
        body = _read_body(args.body_file)  # before opening the store: bad input writes nothing
        repo = _repo(args)
        article = repo.create(title=args.title, lead=args.lead, byline=args.byline,
                              section=args.section, status=args.status, body=body)
        _print_json({"id": article.id, "slug": article.slug}) if args.json else print(article.id)
        return EXIT_OK
    repo = _repo(args)
    if args.command == "demo":
        from lnv_editor.store.demo import seed_demo

        added, total = seed_demo(repo)
        if args.json:
            _print_json({"added": added, "demo_articles": total, "articles": repo.count(), "store": str(repo.path)})
        else:
            print(QCoreApplication.translate("Cli", "Added {added} demo articles ({total} in the demo set); the store {path} "
                     "now holds {count} articles.").format(added=added, total=total, path=repo.path, count=repo.count()))
        return EXIT_OK
    if args.command == "list":
        ids = repo.list_ids(query=args.search, status=args.status)
        rows = repo.library_rows(ids)
        items = [rows[i] for i in ids]
        if args.json:
            _print_json([{"id": r.id, "title": r.title, "section": r.section, "status": r.status,
                          "updated": _iso(r.updated)} for r in items])
        else:
            for r in items:
                print(f"{r.id:>6}  {r.updated:%Y-%m-%d %H:%M}  {r.status:<9}  {r.section:<14}  {r.title}")
        return EXIT_OK
    if args.command == "show":
        article = repo.get(args.id)
        if args.json:
            _print_json(_article_json(repo, article))
        else:
            labels = {"title": QCoreApplication.translate("Cli", "Title"), "lead": QCoreApplication.translate("Cli", "Lead"), "byline": QCoreApplication.translate("Cli", "Byline"),
                      "section": QCoreApplication.translate("Cli", "Section"), "status": QCoreApplication.translate("Cli", "Status"),
                      "updated": QCoreApplication.translate("Cli", "Last change"), "version": QCoreApplication.translate("Cli", "Version")}
            data = _article_json(repo, article)
            for key, label in labels.items():
                print(f"{label}: {data[key]}")
            print()
            print(article.body)
        return EXIT_OK
    from lnv_editor.cli_review import COMMANDS, run_review

    if args.command in COMMANDS:
        return run_review(args, repo, _print_json)
    from lnv_editor.cli_more import run_more

    return run_more(args, repo, _print_json)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from lnv_editor.app import run_app

        return run_app(store=args.store, language=args.lang)
    from PySide6.QtCore import QCoreApplication

    from lnv_editor.config import Config
    from lnv_editor.i18n import install_translators, localize

    _app = QCoreApplication.instance() or QCoreApplication(["lnv-editor"])
    install_translators(args.lang or Config().get("language"))
    try:
        return run_command(args)
    except BrokenPipeError:  # `lnv-editor list | head`: the reader left; not an error
        sys.stderr.close()
        return EXIT_OK
    except LnvError as exc:
        message = localize(exc)
        if getattr(args, "json", False):
            _print_json({"error": message, "kind": type(exc).__name__})
        print(f"lnv-editor: {message}", file=sys.stderr)
        return EXIT_ERROR

"""Command-line subcommands for photos, provinces, suggestions and search."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from lnv_editor.core.errors import LnvError


def _t(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


def run_more(args, repo, print_json: Callable) -> int:
    if args.command == "photo":
        return _photo_add(args, repo, print_json)
    if args.command == "tag":
        return _tag(args, repo, print_json)
    if args.command == "suggest":
        return _suggest(args, repo, print_json)
    if args.command == "search":
        return _search(args, repo, print_json)
    raise AssertionError(args.command)


def _photo_add(args, repo, print_json) -> int:
    from lnv_editor.i18n import localize
    from lnv_editor.media import import_many

    repo.get(args.id)  # a wrong id fails before any file is copied
    results = import_many(repo.media(), args.files)
    good = [r for r in results if not isinstance(r, LnvError)]
    added = repo.photos.add(args.id, good, caption=args.caption, credit=args.credit, alt=args.alt) if good else []
    failed = [(path, r) for path, r in zip(args.files, results, strict=True) if isinstance(r, LnvError)]
    if args.json:
        print_json({"added": [p.as_json() for p in added],
                    "failed": [{"file": path, "error": localize(err)} for path, err in failed]})
    else:
        for photo in added:
            print(_t("Added photo {id}: {name} ({width}×{height})").format(
                id=photo.id, name=photo.original_name, width=photo.width, height=photo.height))
    for path, err in failed:
        print(f"lnv-editor: {path}: {localize(err)}", file=sys.stderr)
    return 0 if not failed else 2


def _tag(args, repo, print_json) -> int:
    from lnv_editor.core.provinces import resolve_province

    matches = [resolve_province(name) for name in args.province]  # all or nothing
    tags = repo.tags.add_provinces(args.id, [(m.province.code, m.matched_name) for m in matches])
    if args.json:
        print_json({"provinces": [{"code": t.code, "name": t.name, "name_used": t.name_used} for t in tags],
                    "resolved": [{"input": name, "code": m.province.code, "name": m.province.name,
                                  "former": m.is_former} for name, m in zip(args.province, matches, strict=True)]})
    else:
        for name, m in zip(args.province, matches, strict=True):
            if m.is_former:
                print(_t("{input}: {former} is now part of {current}; tagged {current}.").format(
                    input=name, former=m.matched_name, current=m.province.name))
            else:
                print(_t("{input}: tagged {current}.").format(input=name, current=m.province.name))
    return 0


def _suggest(args, repo, print_json) -> int:
    from lnv_editor.core.provinces import suggest_provinces

    article = repo.get(args.id)
    tagged = {t.code for t in repo.tags.provinces(article.id)}
    places = suggest_provinces(article.title, article.lead, article.body)
    related = repo.search.suggest_related(article.id)
    rows = repo.library_rows([rid for rid, _ in related])
    if args.json:
        print_json({
            "provinces": [{"code": s.province.code, "name": s.province.name, "names_used": s.names_used,
                           "former_names": s.former_names, "count": s.count,
                           "tagged": s.province.code in tagged} for s in places],
            "related": [{"id": rid, "title": rows[rid].title, "score": score} for rid, score in related],
        })
        return 0
    print(_t("Provinces named in the story:"))
    for s in places:
        mark = "✓" if s.province.code in tagged else " "
        print(f"  [{mark}] {s.province.code} {s.province.name} ({', '.join(s.names_used)}) ×{s.count}")
    print(_t("Related stories:"))
    for rid, score in related:
        print(f"  {rid:>6}  {score:5.2f}  {rows[rid].title}")
    return 0


def _search(args, repo, print_json) -> int:
    hits = repo.search.search(args.query, status=args.status, province=args.province, limit=args.limit)
    # "mode": "phrase" (the words in a row) or "all-words" (no article had the phrase).
    if args.json:
        print_json([{"id": h.id, "title": h.title, "status": h.status, "section": h.section,
                     "score": round(h.score, 4), "snippet": h.snippet_marked(), "mode": hits.mode}
                    for h in hits])
    else:
        if hits.mode == "all-words":
            print(QCoreApplication.translate(
                "Cli", "No article contains the exact phrase «{phrase}»; showing the articles that have "
                "all the words.").format(phrase=args.query.strip()))
        for h in hits:
            print(f"{h.id:>6}  {h.title}\n        {h.snippet_marked('«', '»')}")
    return 0

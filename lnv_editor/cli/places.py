"""Provinces and related stories: tag, suggest."""

from __future__ import annotations

import argparse

from lnv_editor.cli.common import Exit, add_common, open_repo, print_json, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tag", help="tag an article with provinces (any name a person would type)")
    add_common(p)
    p.add_argument("id", type=int)
    p.add_argument(
        "--province",
        nargs="+",
        required=True,
        metavar="NAME",
        help='current or former names, e.g. "thanh hoa" "TP HCM" "Bắc Giang"',
    )
    p.set_defaults(run=run_tag)

    p = sub.add_parser("suggest", help="suggested provinces and related stories for an article")
    add_common(p)
    p.add_argument("id", type=int)
    p.set_defaults(run=run_suggest)


def run_tag(args: argparse.Namespace) -> Exit:
    from lnv_editor.core.provinces import resolve_province

    matches = [resolve_province(name) for name in args.province]  # all or nothing
    repo = open_repo(args)
    tags = repo.tags.add_provinces(args.id, [(m.province.code, m.matched_name) for m in matches])
    pairs = list(zip(args.province, matches, strict=True))
    if args.json:
        print_json(
            {
                "provinces": [
                    {"code": t.code, "name": t.name, "name_used": t.name_used} for t in tags
                ],
                "resolved": [
                    {
                        "input": name,
                        "code": m.province.code,
                        "name": m.province.name,
                        "former": m.is_former,
                    }
                    for name, m in pairs
                ],
            }
        )
        return Exit.OK
    for name, m in pairs:
        if m.is_former:
            line = translate("Cli", "{input}: {former} is now part of {current}; tagged {current}.")
            print(line.format(input=name, former=m.matched_name, current=m.province.name))
        else:
            line = translate("Cli", "{input}: tagged {current}.")
            print(line.format(input=name, current=m.province.name))
    return Exit.OK


def run_suggest(args: argparse.Namespace) -> Exit:
    from lnv_editor.core.provinces import suggest_provinces

    repo = open_repo(args)
    article = repo.get(args.id)
    tagged = {t.code for t in repo.tags.provinces(article.id)}
    places = suggest_provinces(article.title, article.lead, article.body)
    related = repo.search.suggest_related(article.id)
    rows = repo.library_rows([rid for rid, _ in related])
    if args.json:
        print_json(
            {
                "provinces": [
                    {
                        "code": s.province.code,
                        "name": s.province.name,
                        "names_used": s.names_used,
                        "former_names": s.former_names,
                        "count": s.count,
                        "tagged": s.province.code in tagged,
                    }
                    for s in places
                ],
                "related": [
                    {"id": rid, "title": rows[rid].title, "score": score} for rid, score in related
                ],
            }
        )
        return Exit.OK
    print(translate("Cli", "Provinces named in the story:"))
    for s in places:
        mark = "✓" if s.province.code in tagged else " "
        names = ", ".join(s.names_used)
        print(f"  [{mark}] {s.province.code} {s.province.name} ({names}) ×{s.count}")
    print(translate("Cli", "Related stories:"))
    for rid, score in related:
        print(f"  {rid:>6}  {score:5.2f}  {rows[rid].title}")
    return Exit.OK

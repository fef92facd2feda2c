"""Search: search."""

from __future__ import annotations

import argparse

from lnv_editor.cli.common import STATUSES, Exit, add_common, open_repo, print_json, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help="search every article (diacritic- and tone-style-insensitive)"
    )
    add_common(p)
    p.add_argument("query")
    p.add_argument(
        "--province", metavar="CODE", help="only articles tagged with this province code"
    )
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    hits = repo.search.search(
        args.query, status=args.status, province=args.province, limit=args.limit
    )
    # "mode": "phrase" (the words in a row) or "all-words" (no article had the phrase).
    if args.json:
        print_json(
            [
                {
                    "id": h.id,
                    "title": h.title,
                    "status": h.status,
                    "section": h.section,
                    "score": round(h.score, 4),
                    "snippet": h.snippet_marked(),
                    "mode": hits.mode,
                }
                for h in hits
            ]
        )
    else:
        if hits.mode == "all-words":
            line = translate(
                "Cli",
                "No article contains the exact phrase «{phrase}»; showing the articles that "
                "have all the words.",
            )
            print(line.format(phrase=args.query.strip()))
        for h in hits:
            print(f"{h.id:>6}  {h.title}\n        {h.snippet_marked('«', '»')}")
    return Exit.OK

"""The trash: delete (move to the trash), undelete, and list or empty the trash."""

from __future__ import annotations

import argparse

from lnv_editor.cli.common import Exit, add_common, iso, open_repo, print_json, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "delete", help="move articles to the trash (lnv-editor undelete brings them back)"
    )
    add_common(p)
    p.add_argument("ids", metavar="ID", type=int, nargs="+")
    p.set_defaults(run=run_delete)

    p = sub.add_parser("undelete", help="bring articles back from the trash")
    add_common(p)
    p.add_argument("ids", metavar="ID", type=int, nargs="+")
    p.set_defaults(run=run_undelete)

    p = sub.add_parser("trash", help="list the articles in the trash, or empty it")
    add_common(p)
    p.add_argument(
        "--empty",
        action="store_true",
        help="delete every article in the trash for good, with photos no other article uses "
        "(cannot be undone)",
    )
    p.set_defaults(run=run_trash)


def run_delete(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    moved = repo.trash.trash(args.ids)  # unknown ids: an error before anything moves
    if args.json:
        print_json({"trashed": moved, "already_in_trash": [i for i in args.ids if i not in moved]})
    else:
        print(
            translate(
                "Cli",
                "Moved {count} article(s) to the trash: {ids}. Undo: lnv-editor undelete {ids}",
            ).format(count=len(moved), ids=" ".join(map(str, moved)) or "—")
        )
    return Exit.OK


def run_undelete(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    restored = repo.trash.restore(args.ids)
    if args.json:
        print_json(
            {"restored": restored, "not_in_trash": [i for i in args.ids if i not in restored]}
        )
    else:
        print(
            translate("Cli", "Brought back {count} article(s) from the trash: {ids}").format(
                count=len(restored), ids=" ".join(map(str, restored)) or "—"
            )
        )
    return Exit.OK


def run_trash(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    if args.empty:
        result = repo.trash.purge()
        if args.json:
            print_json(
                {
                    "deleted": list(result.article_ids),
                    "photo_files_removed": result.files_removed,
                    "photo_files_kept": result.photos_kept,
                }
            )
        else:
            print(
                translate(
                    "Cli",
                    "Emptied the trash: {count} article(s) deleted for good, {files} photo "
                    "file(s) removed.",
                ).format(count=len(result.article_ids), files=result.files_removed)
            )
        return Exit.OK
    ids = repo.trash.ids()
    rows = repo.library_rows(ids)
    if args.json:
        print_json(
            [
                {
                    "id": i,
                    "title": rows[i].title,
                    "status": rows[i].status,
                    "deleted_at": iso(repo.get(i).extra["deleted_at"]),
                }
                for i in ids
                if i in rows
            ]
        )
    else:
        for i in ids:
            if i in rows:
                print(f"{i:>6}  {rows[i].title}")
    return Exit.OK

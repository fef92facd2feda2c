"""Photos: photo add (and --insert to place them in the body)."""

from __future__ import annotations

import argparse
import sys

from lnv_editor.cli.common import Exit, add_common, localize, open_repo, print_json, translate
from lnv_editor.core.errors import LnvError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("photo", help="photos of an article")
    photo_sub = p.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    pa = photo_sub.add_parser(
        "add", help="import photo files into an article (JPEG, PNG, WebP, HEIC)"
    )
    add_common(pa)
    pa.add_argument("id", type=int, help="the article id")
    pa.add_argument("files", nargs="+", metavar="FILE")
    pa.add_argument("--caption", default="")
    pa.add_argument("--credit", default="", help='e.g. "Ảnh: Lê Nam"')
    pa.add_argument(
        "--alt", default="", help="alt text: what the photo shows, for readers who cannot see it"
    )
    pa.add_argument(
        "--insert",
        action="store_true",
        help="also place the photos in the body, each on a line of its own at the end",
    )
    pa.set_defaults(run=run_photo_add)


def run_photo_add(args: argparse.Namespace) -> Exit:
    from lnv_editor.media import import_many

    repo = open_repo(args)
    repo.get(args.id)  # a wrong id fails before any file is copied
    results = import_many(repo.media(), args.files)
    good = [r for r in results if not isinstance(r, LnvError)]
    added = (
        repo.photos.add(args.id, good, caption=args.caption, credit=args.credit, alt=args.alt)
        if good
        else []
    )
    failed = [
        (path, r) for path, r in zip(args.files, results, strict=True) if isinstance(r, LnvError)
    ]
    if args.insert and added:
        _insert(repo, args.id, [p.id for p in added])
    if args.json:
        print_json(
            {
                "added": [p.as_json() for p in added],
                "inserted": [p.id for p in added] if args.insert else [],
                "failed": [{"file": path, "error": localize(err)} for path, err in failed],
            }
        )
    else:
        for photo in added:
            line = translate("Cli", "Added photo {id}: {name} ({width}×{height})")
            print(
                line.format(
                    id=photo.id, name=photo.original_name, width=photo.width, height=photo.height
                )
            )
    for path, err in failed:
        print(f"lnv-editor: {path}: {localize(err)}", file=sys.stderr)
    return Exit.ERROR if failed else Exit.OK


def _insert(repo, article_id: int, photo_ids: list[int]) -> None:
    """Place the photos at the end of the body, one save (a revision, as from the editor)."""
    from lnv_editor.render.markdown_body import photo_markdown

    article = repo.get(article_id)
    refs = "\n\n".join(photo_markdown(i) for i in photo_ids)
    body = article.body.rstrip()
    body = f"{body}\n\n{refs}\n" if body else f"{refs}\n"
    repo.save(article_id, {"body": body}, base_version=article.version, reason="save")

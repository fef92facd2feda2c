"""Command-line review: ``status`` (workflow steps and the timeline), ``check`` (readiness) and
``comments``. Thin: the rules are in core/workflow.py and core/readiness.py, enforced by
store/review.py and store/comments.py.
"""

from __future__ import annotations

import argparse

from lnv_editor.cli.common import Exit, add_common, open_repo, print_json, translate
from lnv_editor.core.workflow import USER_ACTIONS, Role


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="the review workflow: show the timeline, or take a step")
    add_common(p)
    p.add_argument("id", type=int)
    p.add_argument(
        "action",
        nargs="?",
        choices=[a.value for a in USER_ACTIONS],
        help="submit, approve (editors), return (needs --reason) or reopen",
    )
    p.add_argument("--reason", default="", help="why the article goes back (required to return)")
    p.add_argument(
        "--as",
        dest="person",
        metavar="NAME",
        help="who takes the step (default: the name in the preferences)",
    )
    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help="reporter or editor (default: the role in the preferences)",
    )

    p.set_defaults(run=run_status)

    p = sub.add_parser("check", help="the readiness check before review; exits 1 on errors")
    add_common(p)
    p.add_argument("id", type=int)
    p.set_defaults(run=run_check)

    p = sub.add_parser("comments", help="review comments of an article: list, add, reply, resolve")
    add_common(p)
    p.add_argument("id", type=int, help="the article id")
    p.add_argument(
        "action", nargs="?", default="list", choices=("list", "add", "reply", "resolve", "reopen")
    )
    p.add_argument("--field", default="body", choices=("title", "lead", "body", "caption"))
    p.add_argument("--photo", type=int, help="the photo whose caption is commented on")
    p.add_argument("--quote", help="the passage commented on (its first occurrence)")
    p.add_argument("--start", type=int, help="or the passage by position (NFC characters)")
    p.add_argument("--end", type=int)
    p.add_argument("--text", default="", help="the comment")
    p.add_argument(
        "--to", type=int, metavar="COMMENT", help="the comment to reply to, resolve or reopen"
    )
    p.add_argument("--as", dest="person", metavar="NAME")
    p.add_argument("--role", choices=[r.value for r in Role])
    p.set_defaults(run=run_comments)


def _person(args: argparse.Namespace) -> tuple[str, str]:
    from lnv_editor.config import Config

    config = Config()
    return (
        args.person if args.person is not None else config.get("person_name"),
        args.role or config.get("person_role"),
    )


def run_status(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    from lnv_editor.core.article import STATUS_LABELS
    from lnv_editor.core.workflow import ACTION_LABELS, Action

    if args.action:
        person, role = _person(args)
        article = repo.get(args.id)
        step = repo.review.transition(
            args.id,
            args.action,
            person=person,
            role=role,
            reason=args.reason,
            base_version=article.version,
        )
        if args.json:
            print_json(step.as_json())
        else:
            label = translate("Article", STATUS_LABELS[repo.get(args.id).status])
            print(
                translate("Cli", "Article {id} is now: {status}.").format(id=args.id, status=label)
            )
        return Exit.OK
    article = repo.get(args.id)
    timeline = repo.review.timeline(args.id)
    if args.json:
        print_json(
            {
                "id": args.id,
                "status": article.status.value,
                "timeline": [t.as_json() for t in timeline],
            }
        )
        return Exit.OK
    print(
        translate("Cli", "Status: {status}").format(
            status=translate("Article", STATUS_LABELS[article.status])
        )
    )
    for t in timeline:
        action = translate("Workflow", ACTION_LABELS[Action(t.action)])
        who = f" · {t.person}" if t.person else ""
        why = f" · {t.reason}" if t.reason else ""
        print(f"  {t.at.astimezone():%Y-%m-%d %H:%M}  v{t.article_version}  {action}{who}{why}")
    return Exit.OK


def run_check(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    report = repo.review.readiness(args.id)
    spelling = _spelling(repo, args.id)
    from lnv_editor.core.spelling.house import check_article as house_style

    article = repo.get(args.id)
    rules = repo.house_rules.rules()
    house = house_style(title=article.title, lead=article.lead, body=article.body, rules=rules)

    def house_message(f) -> str:
        return translate("Spelling", f.message).format(**f.params)

    def message(f) -> str:
        return translate("Readiness", f.template).format(**f.params)

    def spelling_message(f) -> str:
        return translate("Spelling", f.finding.template).format(**f.finding.params).strip()

    if args.json:
        print_json(
            {
                "errors": [f.as_json(message(f)) for f in report.errors],
                "warnings": [f.as_json(message(f)) for f in report.warnings],
                "spelling": [f.as_json(spelling_message(f)) for f in spelling],
                "house_style": [f.as_json(house_message(f)) for f in house],
            }
        )
    else:
        for label, findings in (
            (translate("Cli", "Error"), report.errors),
            (translate("Cli", "Warning"), report.warnings),
        ):
            for f in findings:
                where = f.field if f.position is None else f"{f.field}:{f.position}"
                print(f"{label}  {where:<12} {message(f)}")
        label = translate("Cli", "Spelling")
        for f in spelling:
            where = f"{f.field}:{f.finding.start}"
            fix = f" \u2192 {f.finding.fixes[0]!r}" if f.finding.fixes else ""
            print(f"{label}  {where:<12} {spelling_message(f)}{fix}")
        label = translate("Cli", "House style")
        for f in house:
            fix = f" \u2192 {f.fix!r}" if f.fix else ""
            print(f"{label}  {f.field + ':' + str(f.start):<12} {house_message(f)}{fix}")
        if not report.errors and not report.warnings and not spelling and not house:
            print(translate("Cli", "Nothing to fix."))
    return Exit.FINDINGS if report.errors else Exit.OK


def _spelling(repo, article_id: int) -> list:
    """Spelling findings of the article as stored, with the store's own dictionary."""
    from lnv_editor.core.spelling.article import check_article
    from lnv_editor.core.spelling.checker import Speller

    article = repo.get(article_id)
    speller = Speller(repo.dictionary.words(), style=repo.tone_style or "old")
    photos = [(p.id, p.caption, p.alt) for p in repo.photos.list(article_id)]
    return check_article(
        speller, title=article.title, lead=article.lead, body=article.body, photos=photos
    )


def run_comments(args: argparse.Namespace) -> Exit:
    repo = open_repo(args)
    from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

    comments = repo.comments
    if args.action == "list":
        items = comments.list(args.id)
        if args.json:
            print_json([c.as_json() for c in items])
        for c in [] if args.json else items:
            mark = "✓" if c.resolved else ("?" if c.orphaned else " ")
            indent = "    " if c.parent_id else ""
            quote = f" «{c.quote}»" if c.quote else ""
            print(f"{indent}[{mark}] #{c.id} {c.key}{quote} — {c.author}: {c.text}")
        return Exit.OK
    person, role = _person(args)
    if args.action == "add":
        start, end = args.start, args.end
        if args.quote is not None:
            article = repo.get(args.id)
            source = (
                {"title": article.title, "lead": article.lead, "body": article.body}.get(args.field)
                if args.field != "caption"
                else repo.photos.get(args.photo).caption
            )
            from lnv_editor.core.vietnamese import nfc

            start = (source or "").find(nfc(args.quote))
            if start < 0:
                raise InputError(
                    QT_TRANSLATE_NOOP("Errors", "The passage {quote} is not in the {field}."),
                    quote=args.quote,
                    field=args.field,
                )
            end = start + len(nfc(args.quote))
        if start is None or end is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Say which passage: --quote TEXT, or --start and --end."
                )
            )
        record = comments.add(
            args.id,
            field=args.field,
            start=start,
            end=end,
            text=args.text,
            author=person,
            role=role,
            photo_id=args.photo,
        )
    else:
        if args.to is None:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "Say which comment: --to COMMENT."))
        if args.action == "reply":
            record = comments.reply(args.to, text=args.text, author=person, role=role)
        elif args.action == "resolve":
            record = comments.resolve(args.to)
        else:
            record = comments.reopen(args.to)
    if args.json:
        print_json(record.as_json())
    else:
        print(record.id)
    return Exit.OK

"""Two laptops changed the same article: the server kept both texts (the one that lost as a
conflict revision). The writer is told in the status bar and compares the two sides in the
review's compare dialog (gui/review/compare_dialog.py), word by word, to merge them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def article_for(repo, uri: str) -> int | None:
    """The local id of the article the server calls *uri* (a bare UUID or urn:uuid:…)."""
    bare = uri.removeprefix("urn:uuid:")
    for candidate in (uri, f"urn:uuid:{bare}", bare):
        article_id = repo.find_by_uri(candidate)
        if article_id is not None:
            return article_id
    return None


def compare_conflict(window, conflict) -> bool:
    """Open the conflicting article and the compare dialog on its conflict revision against
    the text now. False when the article is not in this store (any more)."""
    from lnv_editor.gui.review.compare_dialog import CompareDialog

    repo = window.repo
    if repo is None:
        return False
    article_id = article_for(repo, conflict.uri)
    if article_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SyncConflicts", "“{title}” is no longer in this store."
            ).format(title=conflict.title),
            8000,
        )
        return False
    window.library.select(article_id, emit=False)
    window.open_article(article_id)
    window.flush_pending()
    revisions = repo.revisions(article_id)
    lost = next((r for r in revisions if r.reason == "conflict"), None)
    current = repo.get(article_id)
    content = {
        "title": current.title,
        "lead": current.lead,
        "body": current.body,
        "captions": {str(p.id): p.caption for p in repo.photos.list(article_id)},
        "provinces": [t.name for t in repo.tags.provinces(article_id)],
    }
    dialog = CompareDialog(revisions, content, window, base=lost.id if lost is not None else None)
    dialog.setWindowTitle(
        QCoreApplication.translate("SyncConflicts", "Compare the two texts of “{title}”").format(
            title=current.title
        )
    )
    dialog.exec()
    dialog.deleteLater()
    return True

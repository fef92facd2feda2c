"""Compare two revisions, or a revision with the current text: word by word, inline or side by
side, with tone-mark style changes shown apart and optionally hidden.

The comparison is core/diff.py's and the markup render/diff_html.py's; this dialog only picks
the versions and shows the result. Opened from the history dialog (the window wires it) on
the text someone else left, against the text now (``pick_base``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.diff import FIELD_LABELS, FieldDiff, compare_versions
from lnv_editor.core.vietnamese import nfc
from lnv_editor.gui.dialogs.history import revision_explained, revision_label
from lnv_editor.render.diff_html import inline_html, side_by_side_html

CURRENT = -1  # the combo data of "the current text"


def revision_content(rev) -> dict:
    """A revision's comparable parts: its text and the captions and provinces it recorded."""
    try:
        extras = json.loads(rev.extras or "{}")
    except ValueError:
        extras = {}
    return {"title": rev.title, "lead": rev.lead, "body": rev.body} | {
        k: extras[k] for k in ("captions", "provinces") if k in extras
    }


def _differs(rev, current: Mapping) -> bool:
    content = revision_content(rev)
    return any(content[k] != current[k] for k in content.keys() & current.keys())


def pick_base(
    revisions: Sequence, steps: Sequence, *, approved_id: int | None, person: str, current: Mapping
) -> int | None:
    """The revision a reviewer compares the current text with: the newest text someone else
    left (the approved one, the version another person submitted, returned or approved, the
    text another window saved first) that differs from now; else the newest snapshot that
    differs from now (the newest is usually the current text itself: "0 parts changed")."""
    person = nfc(person).strip()
    theirs: set[int] = {r.id for r in revisions if r.reason == "conflict"}
    if approved_id is not None:
        theirs.add(approved_id)
    for step in steps:
        if not step.person or step.person == person:
            continue
        if step.revision_id is not None:
            theirs.add(step.revision_id)
            continue
        # The newest snapshot of the version the step was taken on (newest first).
        taken = next(
            (
                r
                for r in revisions
                if r.article_version == step.article_version and r.created <= step.at
            ),
            None,
        )
        if taken is not None:
            theirs.add(taken.id)
    for wanted in (lambda r: r.id in theirs, lambda r: True):
        for rev in revisions:
            if wanted(rev) and _differs(rev, current):
                return rev.id
    return revisions[0].id if revisions else None


def field_label(diff: FieldDiff) -> str:
    label = QCoreApplication.translate("Compare", FIELD_LABELS[diff.field])
    return label.format(photo=diff.photo_id) if diff.photo_id is not None else label


class CompareDialog(QDialog):
    def __init__(
        self,
        revisions: Sequence,
        current: Mapping | None = None,
        parent: QWidget | None = None,
        *,
        base: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare versions"))
        self.resize(1000, 650)
        self.revisions = {rev.id: rev for rev in revisions}
        self.current = dict(current) if current is not None else None
        self.old_combo = QComboBox(self)
        self.old_combo.setObjectName("oldVersion")
        self.new_combo = QComboBox(self)
        self.new_combo.setObjectName("newVersion")
        for combo in (self.old_combo, self.new_combo):
            if self.current is not None:
                combo.addItem(self.tr("Current text"), CURRENT)
            for position, rev in enumerate(revisions):  # newest first, as the history lists them
                combo.addItem(revision_label(rev, len(revisions) - position), rev.id)
                combo.setItemData(
                    combo.count() - 1, revision_explained(rev), Qt.ItemDataRole.ToolTipRole
                )
        # By default: *base* (or the newest) against the current text (or the newest).
        self.new_combo.setCurrentIndex(0)
        start = self.old_combo.findData(base) if base is not None else -1
        self.old_combo.setCurrentIndex(start if start >= 0 else min(1, self.old_combo.count() - 1))
        self.hide_tones = QCheckBox(self.tr("Hide tone-mark style changes (hoà / hòa)"), self)
        self.hide_tones.setObjectName("hideTones")
        self.side_by_side = QCheckBox(self.tr("Side by side"), self)
        self.side_by_side.setObjectName("sideBySide")
        self.inline_view = QTextBrowser(self)
        self.inline_view.setObjectName("inlineView")
        self.old_view = QTextBrowser(self)
        self.old_view.setObjectName("oldView")
        self.new_view = QTextBrowser(self)
        self.new_view.setObjectName("newView")
        for view in (self.inline_view, self.old_view, self.new_view):
            view.setOpenLinks(False)
        # The two sides scroll together.
        old_bar, new_bar = self.old_view.verticalScrollBar(), self.new_view.verticalScrollBar()
        old_bar.valueChanged.connect(new_bar.setValue)
        new_bar.valueChanged.connect(old_bar.setValue)
        splitter = QSplitter(self)
        splitter.addWidget(self.old_view)
        splitter.addWidget(self.new_view)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.inline_view)
        self.stack.addWidget(splitter)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From:"), self))
        top.addWidget(self.old_combo, 1)
        top.addWidget(QLabel(self.tr("To:"), self))
        top.addWidget(self.new_combo, 1)
        options = QHBoxLayout()
        options.addWidget(self.hide_tones)
        options.addWidget(self.side_by_side)
        options.addStretch(1)
        options.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        for signal in (
            self.old_combo.currentIndexChanged,
            self.new_combo.currentIndexChanged,
            self.hide_tones.toggled,
            self.side_by_side.toggled,
        ):
            signal.connect(lambda *_: self.update_view())
        self.diffs: list[FieldDiff] = []
        self.update_view()

    @classmethod
    def for_review(
        cls, repo, article_id: int, current: Mapping, *, person: str, parent: QWidget | None = None
    ) -> CompareDialog:
        """The article's revisions, opened on what someone else left (``pick_base``) against
        *current*, the text as it is now."""
        revisions = repo.revisions(article_id)
        approved = repo.review.approved(article_id)
        base = pick_base(
            revisions,
            repo.review.timeline(article_id),
            approved_id=approved.id if approved is not None else None,
            person=person,
            current=current,
        )
        return cls(revisions, current, parent, base=base)

    def _content(self, key: int) -> dict:
        if key == CURRENT:
            return self.current or {}
        return revision_content(self.revisions[key])

    def update_view(self) -> None:
        if self.old_combo.count() == 0:
            return
        old = self._content(self.old_combo.currentData())
        new = self._content(self.new_combo.currentData())
        self.diffs = compare_versions(old, new, hide_tone_style=self.hide_tones.isChecked())
        changed = sum(1 for d in self.diffs if d.changed)
        self.summary.setText(self.tr("%n part(s) changed", "", changed))
        if self.side_by_side.isChecked():
            left, right = side_by_side_html(self.diffs, field_label)
            self.old_view.setHtml(left)
            self.new_view.setHtml(right)
            self.stack.setCurrentIndex(1)
        else:
            self.inline_view.setHtml(
                inline_html(
                    self.diffs, field_label, tone_title=self.tr("tone-mark style only; before")
                )
            )
            self.stack.setCurrentIndex(0)

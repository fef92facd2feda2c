"""The context menu of a misspelt word: why it is wrong, up to five fixes, Bỏ qua, and
Thêm vào từ điển tòa soạn, above the field's usual Cut/Copy/Paste."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QFont, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from lnv_editor.core.spelling.checker import SpellFinding
from lnv_editor.core.spelling.messages import CONTEXT

MAX_FIXES = 5
# Words worth adding to a dictionary: a finding on a word, not on spacing or residue.
_WORD_CODES_NOT_ADDABLE = frozenset(("space_before_punct", "two_spaces", "decomposed"))


def message(finding: SpellFinding) -> str:
    """The finding's explanation in the interface language."""
    template = QCoreApplication.translate(CONTEXT, finding.template)
    return template.format(**finding.params).strip()


def finding_at(edit: QPlainTextEdit, speller, pos: QPoint) -> tuple[SpellFinding, int] | None:
    """(the finding under viewport point *pos*, its block's position) or None."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.positionInBlock()
    for finding in speller.check(block.text()):
        if finding.start <= offset <= finding.end:
            return finding, block.position()
    return None


def apply_fix(edit: QPlainTextEdit, block_position: int, finding: SpellFinding, fix: str) -> None:
    """Replace the finding's span by *fix*: one undo step."""
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    cursor.setPosition(block_position + finding.start)
    cursor.setPosition(block_position + finding.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(fix)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


class SpellMenu(QObject):
    """Event filter on a field's viewport: a right-click on an underlined word shows the
    spelling menu; elsewhere the field's own menu."""

    def __init__(self, edit: QPlainTextEdit, controller) -> None:
        super().__init__(edit)
        self.edit = edit
        self.controller = controller
        edit.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ContextMenu:
            menu = self.menu_at(event.pos())
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    def menu_at(self, pos: QPoint) -> QMenu | None:
        speller = self.controller.speller()
        if speller is None:
            return None
        hit = finding_at(self.edit, speller, pos)
        if hit is None:
            return None
        finding, block_position = hit
        menu = self.edit.createStandardContextMenu()
        menu.setObjectName("spellingMenu")
        first = menu.actions()[0] if menu.actions() else None
        explain = QAction(message(finding), menu)
        explain.setEnabled(False)
        explain.setObjectName("spellingExplanation")
        menu.insertAction(first, explain)
        for fix in finding.fixes[:MAX_FIXES]:
            shown = fix if fix.strip() else repr(fix)
            action = QAction(shown, menu)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.setObjectName("spellingFix")
            action.triggered.connect(
                lambda _=False, f=fix: apply_fix(self.edit, block_position, finding, f)
            )
            menu.insertAction(first, action)
        if not finding.fixes:
            none = QAction(self.tr("(no suggestion)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        menu.insertSeparator(first)
        typed = self.edit.document().findBlock(block_position).text()[finding.start : finding.end]
        if finding.code not in _WORD_CODES_NOT_ADDABLE:
            ignore = QAction(self.tr("Ignore"), menu)
            ignore.setObjectName("spellingIgnore")
            ignore.triggered.connect(lambda: self.controller.ignore(typed))
            menu.insertAction(first, ignore)
            add = QAction(self.tr("Add to the newsroom dictionary"), menu)
            add.setObjectName("spellingAdd")
            add.triggered.connect(lambda: self.controller.add_word(typed))
            menu.insertAction(first, add)
            menu.insertSeparator(first)
        return menu

"""Spelling for the window's text fields: one speller, the underline in each field, the menu,
and the desk's dictionary read from the store and reloaded from its change records."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from lnv_editor.core.spelling.checker import Speller
from lnv_editor.gui.spelling.menu import SpellMenu
from lnv_editor.gui.spelling.paste import LegacyPaste
from lnv_editor.gui.spelling.underline import LayeredHighlighter, SpellLayer


class SpellingController(QObject):
    """Owns the speller; ``attach`` a field to check it. Without a store the desk's words are
    this session's only."""

    legacyConverted = Signal(str)  # a paste in TCVN3, VNI or VIQR became Unicode

    def __init__(self, parent=None, *, person: str = "") -> None:
        super().__init__(parent)
        self.person = person
        self.repo = None
        self._speller: Speller | None = Speller()
        self._enabled = True
        self._highlighters: list = []
        self._menus: list[SpellMenu] = []
        self._hub = None
        self.house_rules_action = (
            None  # Edit > House style rules… (wiring.py), once a store is open
        )

    def speller(self) -> Speller | None:
        return self._speller if self._enabled else None

    def attach(self, edit: QPlainTextEdit) -> None:
        """Check *edit*: under its Markdown highlighter when it has one, else under a new one."""
        highlighter = getattr(edit, "highlighter", None)
        if highlighter is None or not hasattr(highlighter, "layers"):
            highlighter = LayeredHighlighter(edit.document())
        highlighter.layers.append(SpellLayer(self.speller, edit, highlighter))
        self._highlighters.append(highlighter)
        self._menus.append(SpellMenu(edit, self))
        LegacyPaste(edit).converted.connect(self.legacyConverted)
        highlighter.rehighlight()

    def menu_for(self, edit: QPlainTextEdit, pos):
        """The spelling menu a right-click at viewport point *pos* of *edit* would show."""
        for menu in self._menus:
            if menu.edit is edit:
                return menu.menu_at(pos)
        return None

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.rehighlight()

    def rehighlight(self) -> None:
        for highlighter in self._highlighters:
            highlighter.rehighlight()

    # ----- the store's dictionary ----------------------------------------------------------
    def set_repository(self, repo, hub) -> None:
        if self._hub is not None:
            try:
                self._hub.changed.disconnect(self._store_changed)
            except (RuntimeError, TypeError):  # the old store's hub is already gone
                pass
        self.repo, self._hub = repo, hub
        style = getattr(repo, "tone_style", None) if repo is not None else None
        self._speller = Speller(style=style) if style else Speller()
        if hub is not None:
            hub.changed.connect(self._store_changed)
        self._load_words()

    def use_words(self, words: list[str], style: str | None) -> None:
        """The desk's words and tone style read before the store layer has loaded (the first
        screen): the underline shown then is the one shown once it has."""
        self._speller = Speller(style=style) if style else Speller()
        self._speller.add_words(words)
        self.rehighlight()

    def _load_words(self) -> None:
        if self.repo is not None:
            self._speller.add_words(self.repo.dictionary.words())
        self.rehighlight()

    def _store_changed(self, change) -> None:
        from lnv_editor.store.changes import Part

        if Part.DICTIONARY in change.parts:
            self._load_words()

    def ignore(self, word: str) -> None:
        self._speller.ignore(word)
        self.rehighlight()

    def add_word(self, word: str) -> None:
        """Thêm vào từ điển tòa soạn: into the store (the change record reloads every window's
        speller), or for this session when no store is open."""
        if self.repo is None:
            self._speller.add_words([word])
            self.rehighlight()
            return
        from lnv_editor.gui.common.errors import describe_error

        try:
            self.repo.dictionary.add(word, added_by=self.person)
        except Exception as error:  # noqa: BLE001 - shown to the user, nothing half-written
            QMessageBox.warning(
                self.parent(), self.tr("Cannot add the word"), describe_error(error)
            )

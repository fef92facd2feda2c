"""Qt's translation system for every user-visible string, GUI and command line alike.

Source strings are English; the Vietnamese catalogue (resources/i18n/lnv_editor_vi.ts,
compiled to assets/i18n/lnv_editor_vi.qm by ``make i18n``) is loaded by default, with the
project's Vietnamese translation of Qt's own strings (resources/i18n/qtbase_vi.ts). The English one (lnv_editor_en.ts) holds only plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lnv_editor.core.errors import LnvError
from lnv_editor.paths import asset

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def install_translators(language: str) -> bool:
    """Load the app's and Qt's own catalogues for *language*; True if the app's loaded.

    Needs a QCoreApplication. English is the source language: nothing to load.
    """
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    ok = False
    app = QTranslator()
    # English is the source language, but its catalogue holds the plural forms
    # ("1 article", "17 articles") of the "%n article(s)" strings.
    if app.load(str(asset("i18n", f"lnv_editor_{language}.qm"))):
        QCoreApplication.installTranslator(app)
        _installed.append(app)
        ok = True
    ok = ok or language == "en"  # English needs no catalogue but for its plural forms
    # Qt's own widgets (standard buttons, text fields' context menus, file dialogs): Qt ships
    # no Vietnamese qtbase, so the project carries one (resources/i18n/qtbase_vi.ts); for other
    # languages, Qt's own catalogue where it has one.
    qt = QTranslator()
    if qt.load(str(asset("i18n", f"qtbase_{language}.qm"))) or qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return ok


def translate_template(template: str, params: dict, context: str = "Errors") -> str:
    """A message template written with QT_TRANSLATE_NOOP in a Qt-free layer, translated and
    filled in."""
    return QCoreApplication.translate(context, template).format(**params)


def localize(error: LnvError) -> str:
    """The error's message in the interface language."""
    return translate_template(error.template, error.params)

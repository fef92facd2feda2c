"""The preview where OpenGL is a software rasteriser (a virtual machine, a remote desktop, Xvfb):
drawn by Qt Quick's software renderer, so the window stays raster-drawn and a key in the editor
is not pushed through software OpenGL with every frame (gui/preview/drawing.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QSurface
from PySide6.QtQuick import QQuickWindow

from lnv_editor.gui.preview import drawing
from lnv_editor.store.repository import Repository


@pytest.mark.xcb
@pytest.mark.required
def test_preview_over_software_opengl_is_drawn_in_software(qtbot, make_window, tmp_path):
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs an X server with its own OpenGL (make test-xcb: Xvfb, Mesa)")
    renderer = drawing.renderer_name()
    assert renderer is None or drawing.SOFTWARE_RENDERERS.search(renderer), renderer
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    article = repo.create(title="Gốm Bát Tràng", lead="Làng gốm.", section="Làng nghề")
    repo.save(
        article.id, {"body": "Lò gốm đỏ lửa.\n\n" * 40}, base_version=article.version, reason="save"
    )
    repo.close()
    window = make_window(path)
    window.library.select(article.id)
    window.preview.toggle_action.trigger()
    view = window.preview.panel.view
    qtbot.waitUntil(lambda: view.loads >= 1 and not view._loading, timeout=20000)

    assert drawing.choose() == "software"
    assert QQuickWindow.sceneGraphBackend() == "software"
    # The window is drawn by Qt's raster engine; through OpenGL it would be an OpenGL surface.
    assert window.windowHandle().surfaceType() == QSurface.SurfaceType.RasterSurface

    # And the page is drawn (its first frame may come a moment after the load): the view's
    # pixels are not one colour.
    def colours() -> int:
        image = view.grab().toImage()
        return len(
            {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 400, 7)}
        )

    qtbot.waitUntil(lambda: colours() > 3, timeout=15000)

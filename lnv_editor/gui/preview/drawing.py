"""How the preview's web view is drawn into the window: with the GPU, or in software.

QtWebEngine's view is a Qt Quick item. Drawn through OpenGL, it turns the whole window into a
GL-composited one: every frame of the window, a key in the editor included, then goes through
OpenGL. Where that OpenGL is a software rasteriser (Mesa's llvmpipe in a virtual machine, a
remote desktop or a laptop without a working driver), that costs 20-50 ms a frame, measured
black-box under Xvfb (benchmarks/bench_typing_echo.py): typing echoes late as soon as the
preview has been opened once. There Qt Quick's own software renderer draws the view instead,
and the window keeps Qt's ordinary raster drawing.

``choose()`` decides once, before the first web view is made (Qt reads the choice when the
first Quick window is created). ``QT_QUICK_BACKEND`` set by the user is left alone.
"""

from __future__ import annotations

import os
import re

from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

# GL_RENDERER strings of software rasterisers (Mesa llvmpipe/softpipe/swrast, Google's
# SwiftShader, Microsoft's GDI Generic).
SOFTWARE_RENDERERS = re.compile(
    r"llvmpipe|softpipe|swrast|software rasterizer|swiftshader|gdi generic", re.IGNORECASE
)
GL_RENDERER = 0x1F01

_chosen: str | None = None


def renderer_name() -> str | None:
    """The OpenGL renderer this process would draw with, None when no context can be made."""
    context = QOpenGLContext()
    if not context.create():
        return None
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return None
        name = context.functions().glGetString(GL_RENDERER)
        context.doneCurrent()
        return name or ""
    finally:
        surface.destroy()


def choose() -> str:
    """How web views are drawn in this process, decided on the first call: "software" (set
    here), "gpu", or "as set" (``QT_QUICK_BACKEND`` or the offscreen platform decides)."""
    global _chosen
    if _chosen is None:
        _chosen = _decide()
        if _chosen == "software":
            QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    return _chosen


def _decide() -> str:
    if os.environ.get("QT_QUICK_BACKEND") or QGuiApplication.platformName() == "offscreen":
        return "as set"  # the user's choice; offscreen falls back by itself
    if QSGRendererInterface.GraphicsApi.OpenGL != QQuickWindow.graphicsApi():
        return "gpu"  # Direct3D, Metal, Vulkan: a software OpenGL is not in the way
    name = renderer_name()
    if name is None or SOFTWARE_RENDERERS.search(name):
        return "software"
    return "gpu"

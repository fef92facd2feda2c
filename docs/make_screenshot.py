"""Make docs/screenshot.png: the app on the demo store, one article open.

Run under Xvfb for a real window (``xvfb-run -a python docs/make_screenshot.py vi OUT.png
[photos|places]``) or offscreen (QT_QPA_PLATFORM=offscreen). Used for the README.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


ARTICLE = 1


def _dress_article(repo, folder: Path) -> None:
    """Give the shown article photos, tags and related stories, as a reporter would."""
    from PIL import Image, ImageDraw

    from lnv_editor.media import import_many
    from lnv_editor.render.markdown_body import photo_markdown

    paths = []
    scenes = (((70, 130, 180), (181, 101, 29)), ((225, 200, 150), (120, 80, 40)))
    for n, (sky, ground) in enumerate(scenes, start=1):
        im = Image.new("RGB", (1200, 800), sky)
        draw = ImageDraw.Draw(im)
        draw.rectangle((0, 520, 1200, 800), fill=ground)
        for k in range(5):  # a row of pots drying in the yard
            x = 120 + 200 * k
            draw.ellipse((x, 420 - 20 * (k % 2), x + 140, 600), fill=(150 + 15 * k, 80, 40))
        path = folder / f"lo-gom-{n}.jpg"
        im.save(path, quality=90)
        paths.append(path)
    infos = [r for r in import_many(repo.media(), paths) if not isinstance(r, Exception)]
    photos = repo.photos.add(ARTICLE, infos, credit="Ảnh: Lê Nam")
    repo.photos.update(
        photos[0].id,
        caption="Những lò gốm men lam ở Bát Tràng đỏ lửa quanh năm",
        alt="Hàng bình gốm phơi trong sân một xưởng ở Bát Tràng",
    )
    repo.photos.update(photos[1].id, caption="Sản phẩm chờ đóng gói xuất khẩu")
    article = repo.get(ARTICLE)
    body = article.body.split("\n\n")
    body.insert(2, photo_markdown(photos[0].id))
    repo.save(ARTICLE, {"body": "\n\n".join(body)}, base_version=article.version, reason="save")
    repo.tags.set_provinces(ARTICLE, [("01", "Hà Nội"), ("24", "Bắc Giang")])
    repo.tags.set_related(ARTICLE, [4, 6])


def main() -> None:
    from PySide6.QtCore import QTimer

    from lnv_editor.app import start_main_window
    from lnv_editor.store.demo import seed_demo
    from lnv_editor.store.repository import Repository

    language = sys.argv[1] if len(sys.argv) > 1 else "vi"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshot.png"
    store = Path(tempfile.mkdtemp()) / "demo.sqlite"
    repo = Repository.open(store)
    seed_demo(repo)
    _dress_article(repo, store.parent)
    repo.close()
    os.environ["LNV_CONFIG_DIR"] = str(store.parent / "config")
    app, window = start_main_window(store, language)
    window.resize(1600, 900)
    tab = sys.argv[3] if len(sys.argv) > 3 else "photos"

    def ready() -> None:
        window.library.select(ARTICLE)
        body = window.editor.body_edit
        cursor = body.textCursor()
        cursor.setPosition(0)
        body.setTextCursor(cursor)
        body.setFocus()
        if tab == "places":
            window.places_dock.raise_()
        if tab == "preview":
            window.preview.toggle_action.trigger()
            QTimer.singleShot(3000, shoot)
            return
        QTimer.singleShot(1200, shoot)

    def shoot() -> None:
        window.grab().save(str(out))
        print(out)
        window.close()

    window.storeReady.connect(ready)
    app.exec()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)

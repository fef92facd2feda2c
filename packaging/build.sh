#!/usr/bin/env bash
# make package: the one-folder build with PyInstaller for this platform, then (Linux) a .tar.gz
# of it. Prints how long the build took and the folder's size.
# Usage: packaging/build.sh VENV_BIN
set -euo pipefail
BIN=${1:-.venv/bin}
VERSION=$("$BIN/python" -c 'import lnv_editor; print(lnv_editor.__version__)')
start=$(date +%s)
"$BIN/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/lnv-editor.spec
end=$(date +%s)
echo "PyInstaller build: $((end - start)) s"
echo "Folder size: $(du -sh dist/lnv-editor | cut -f1) (dist/lnv-editor)"
case "$(uname -s)" in
  Linux)
    ARCH=$(uname -m)
    # The desktop entry, metainfo and icons ride along, so an installer script or a user can
    # copy them under ~/.local/share (docs/packaging.md).
    mkdir -p dist/lnv-editor/share
    cp packaging/linux/vn.lnv.editor.desktop packaging/linux/vn.lnv.editor.metainfo.xml dist/lnv-editor/share/
    cp -r resources/icons/hicolor dist/lnv-editor/share/
    TARBALL="dist/lnv-editor-$VERSION-linux-$ARCH.tar.gz"
    tar -C dist -czf "$TARBALL" lnv-editor
    echo "Archive: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
    ;;
esac

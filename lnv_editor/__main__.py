"""``python -m lnv_editor`` and the ``lnv-editor`` console script."""

from __future__ import annotations

import sys


def main() -> int:
    from lnv_editor.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

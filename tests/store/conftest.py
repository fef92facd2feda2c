from __future__ import annotations

import pytest

from lnv_editor.store.repository import Repository


@pytest.fixture
def repo(tmp_path):
    r = Repository.open(tmp_path / "store.sqlite")
    yield r
    r.close()

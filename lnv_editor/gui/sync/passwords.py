"""The server password in the system keyring, when the ``keyring`` package and a backend exist.

Kept under the address without its password (``ServerAddress.redacted``), the key the sync
layer reads it back with (lnv_editor/sync/address.py). Without a keyring nothing is stored
anywhere: the connect dialog says so and the password is typed again after a restart.
"""

from __future__ import annotations

import contextlib


def keyring_available() -> bool:
    """True when passwords can be kept: the package is installed and has a real backend."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except Exception:  # noqa: BLE001 - not installed, or broken: no keyring
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return False
    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def remember(address) -> bool:
    """Keep *address*'s password in the keyring; False when there is none or it refused."""
    if not keyring_available():
        return False
    from lnv_editor.sync.address import store_in_keyring

    return store_in_keyring(address)


def stored_password(address) -> str:
    """The password the keyring keeps for *address*, "" when none (or no keyring)."""
    if not keyring_available():
        return ""
    from lnv_editor.sync.address import keyring_password

    return keyring_password(address)


def forget(address) -> None:
    """Drop *address*'s password from the keyring (disconnecting), if it is there."""
    if not keyring_available():
        return
    import keyring

    from lnv_editor.sync.address import KEYRING_SERVICE

    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, address.redacted)

"""The errors export, verify and import raise: one ``BundleError`` per problem, each with a
message that names the problem and says what to do."""

from __future__ import annotations

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, BundleError


def unsafe_path(bundle: str, member: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle {bundle} holds a file with an unsafe name ({member}): it could "
            "write outside the folder it is opened in. Nothing was imported; ask the sender for a "
            "new bundle.",
        ),
        bundle=bundle,
        member=member,
    )


def symlink(bundle: str, member: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle {bundle} holds a link ({member}) instead of a file. Nothing was "
            "imported; ask the sender for a new bundle.",
        ),
        bundle=bundle,
        member=member,
    )


def too_big(bundle: str, what: str, limit: int) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle {bundle} is too large to open safely ({what}, limit {limit}). "
            "It may be a zip bomb. Nothing was imported.",
        ),
        bundle=bundle,
        what=what,
        limit=limit,
    )


def not_a_bundle(bundle: str, reason: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{bundle} is not an LNV bundle: {reason}. Give a bundle folder, a .zip made "
            "by LNV Editor or a publish store (.sqlite).",
        ),
        bundle=bundle,
        reason=reason,
    )


def checksum(bundle: str, member: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {member} in {bundle} does not match its checksum in manifest.json: "
            "the bundle was changed or damaged on the way. Nothing was imported; ask the sender "
            "for a new copy.",
        ),
        bundle=bundle,
        member=member,
    )


def missing_file(bundle: str, member: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {member} is listed in the manifest of {bundle} but is missing. "
            "Nothing was imported; ask the sender for a complete bundle.",
        ),
        bundle=bundle,
        member=member,
    )


def unlisted_file(bundle: str, member: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {member} in {bundle} is not in its manifest. Nothing was imported; "
            "ask the sender for the bundle exactly as LNV Editor made it.",
        ),
        bundle=bundle,
        member=member,
    )


def bad_json(bundle: str, member: str, reason: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{member} in {bundle} is not valid JSON for a bundle: {reason}. Nothing was imported.",
        ),
        bundle=bundle,
        member=member,
        reason=reason,
    )


def bad_format_version(bundle: str, version: object) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{bundle} is bundle format {version}, which this LNV Editor cannot read. "
            "Update LNV Editor and try again.",
        ),
        bundle=bundle,
        version=version,
    )


def bad_ninjs(bundle: str, reason: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "article.json in {bundle} is not valid ninjs 3.1: {reason}. Nothing was imported.",
        ),
        bundle=bundle,
        reason=reason,
    )


def bad_photo(bundle: str, member: str, reason: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The photo {member} in {bundle} cannot be used: {reason}. Nothing was imported.",
        ),
        bundle=bundle,
        member=member,
        reason=reason,
    )


def unsafe_store(bundle: str, reason: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The publish store {bundle} is not safe to read: {reason}. Nothing was "
            "imported; ask for a publish store made by LNV Editor.",
        ),
        bundle=bundle,
        reason=reason,
    )


def nothing_to_export() -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors", "No article matches. Give article ids, --all or --status STATUS."
        )
    )


def cannot_write(path: str, reason: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write the export to {path}: {reason}. Choose another place or free "
            "some disk space; the previous export there is unchanged.",
        ),
        path=path,
        reason=reason,
    )


def cancelled() -> BundleError:
    return BundleError(QT_TRANSLATE_NOOP("Errors", "The export was cancelled."))


def import_cancelled() -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was imported.")
    )


def no_portal_address() -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Nothing was exported: the portal's address is not set, and without it article.json "
            "and the page's links for sharing cannot be valid (ninjs, Open Graph and schema.org "
            "need absolute addresses). Set it in Preferences (Portal address, e.g. "
            "https://lnv.vn) or give --base-url https://lnv.vn; --no-base-url exports anyway, "
            "as bundles that are not valid ninjs.",
        )
    )


def other_portal_address(path: str, stored: str, given: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Nothing was exported: the publish store {path} is for the portal {stored}, not "
            "{given}. Export with --base-url {stored}, or into a new publish store.",
        ),
        path=path,
        stored=stored,
        given=given,
    )

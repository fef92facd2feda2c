<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="22"/>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="23"/>
        <source>Create an article and start with its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="24"/>
        <source>New &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="25"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="26"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="27"/>
        <source>Save now and keep a revision (autosave runs anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="28"/>
        <source>Revision &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="29"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="30"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="31"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="32"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="33"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="34"/>
        <source>Move the selected articles to the trash (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="35"/>
        <source>&amp;Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="36"/>
        <source>Bring the selected articles back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="37"/>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="38"/>
        <source>Delete the articles in the trash for good (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="39"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="40"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="41"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="42"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="43"/>
        <source>&amp;Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="44"/>
        <source>&amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="45"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="46"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="23"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="24"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="25"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="26"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="69"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="77"/>
        <source>Lead (sapo): one paragraph that sums up the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="83"/>
        <source>Author, e.g. Lê Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="89"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="97"/>
        <source>Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="99"/>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="101"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="108"/>
        <source>Write the story in Markdown: ## subheading, **bold**, *italic*, &gt; quotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../lnv_editor/cli/common.py" line="85"/>
        <source>Created a new store at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/photos.py" line="53"/>
        <source>Added photo {id}: {name} ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="133"/>
        <source>Added {added} demo articles ({total} in the demo set); the store {path} now holds {count} articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="176"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="177"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="178"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="179"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="180"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="181"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="182"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="41"/>
        <source>Moved {count} article(s) to the trash: {ids}. Undo: lnv-editor undelete {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="55"/>
        <source>Brought back {count} article(s) from the trash: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="76"/>
        <source>Emptied the trash: {count} article(s) deleted for good, {files} photo file(s) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="56"/>
        <source>{input}: {former} is now part of {current}; tagged {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="59"/>
        <source>{input}: tagged {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="93"/>
        <source>Provinces named in the story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="98"/>
        <source>Related stories:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="44"/>
        <source>The file {name} could not be found: it may have been moved, renamed or deleted while it was being added. Check where it is and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="57"/>
        <source>{name} is a folder or a device, not a photo file. Choose the photo files themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="69"/>
        <source>The file {name} is empty (0 bytes). It was probably not copied completely: copy it again from the camera or phone and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="82"/>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB allowed for one photo. Export it as a JPEG from a photo editor and add that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="97"/>
        <source>Cannot read {name}: {reason}. If it is on a memory card, phone or network drive, check that it is still connected, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="111"/>
        <source>{name} is not a photo: its contents are not JPEG, PNG, WebP or HEIC, whatever its name says. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="124"/>
        <source>{name} is a {detected} file, which LNV Editor does not accept. Save it as JPEG, PNG, WebP or HEIC in a photo editor and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="138"/>
        <source>{name} is damaged or incomplete and cannot be decoded ({reason}). Copy it again from the camera or phone, or open it in a photo editor and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="152"/>
        <source>{name} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels LNV Editor accepts. Reduce its size in a photo editor and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="170"/>
        <source>{name} declares a picture far larger than {limit} megapixels. It is probably damaged or made to exhaust the computer&apos;s memory, so it was not opened. Ask the sender for a normal copy of the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="187"/>
        <source>There is not enough free disk space to store {name} in {root}. Nothing was saved. Free some space on that disk and add the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="198"/>
        <source>Cannot save {name} in the photo store {root}: {reason}. Nothing was saved. Check that the folder exists and that you may write to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="213"/>
        <source>The original of photo {sha} is missing from the photo store {root}. Add the photo to the article again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="226"/>
        <source>The preview images of photo {sha} cannot be made: its stored original cannot be decoded ({reason}). Remove the photo from the article and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="242"/>
        <source>There is not enough free disk space in {root} for the preview images of photo {sha}. Free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="252"/>
        <source>Cannot save the preview images of photo {sha} in {root}: {reason}. Check that the folder exists and that you may write to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="87"/>
        <source>The body file {path} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="94"/>
        <source>Cannot read the body file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="97"/>
        <source>Unknown status {status}. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="218"/>
        <location filename="../../lnv_editor/store/photos.py" line="156"/>
        <location filename="../../lnv_editor/store/tags.py" line="110"/>
        <location filename="../../lnv_editor/store/trash.py" line="128"/>
        <source>There is no article with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="237"/>
        <source>There is no revision with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="282"/>
        <source>The article {id} no longer exists in the store; it may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="341"/>
        <source>Revision {rev} belongs to another article, not to {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="406"/>
        <source>The article cannot be marked ready or published yet: {count} photo text(s) are missing. Add alt text and a caption to every photo, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="77"/>
        <source>The store {path} is on a network file system ({fstype}). LNV Editor keeps its store in WAL mode, which is not safe there. Copy the file to a local disk and open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="92"/>
        <source>{path} is a folder. Give the path of a store file (.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="103"/>
        <source>{path} is not an LNV Editor store (it is not an SQLite database). The file was not changed. Choose another file, or a new file name to create a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="122"/>
        <source>{path} cannot be read as a store: {reason}. The file was not changed. Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="132"/>
        <source>{path} is an SQLite database but not an LNV Editor store. The file was not changed. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="141"/>
        <source>{path} was written by a newer version of LNV Editor (schema {revision}). Update LNV Editor to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="160"/>
        <source>The store could not be switched to WAL mode (it reports {mode}). Copy it to a local disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="188"/>
        <source>There is no store at {path}. Check the path; to start a new store there, use lnv-editor new or lnv-editor demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="201"/>
        <source>Cannot create the folder for the store {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/photos.py" line="68"/>
        <location filename="../../lnv_editor/store/photos.py" line="162"/>
        <source>There is no photo with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/tags.py" line="63"/>
        <source>{code} is not the code of a current province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/tags.py" line="96"/>
        <source>A story cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/trash.py" line="94"/>
        <source>Article {id} is not in the trash. Move it to the trash first; only the trash can be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/provinces.py" line="309"/>
        <source>No province or city matches “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/provinces.py" line="315"/>
        <source>“{name}” could be any of {candidates}. Type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/checks.py" line="27"/>
        <source>Photo {name} has no alt text (describe it for readers who cannot see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/checks.py" line="31"/>
        <source>Photo {name} has no caption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="36"/>
        <source>Find in the body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="38"/>
        <source>Match diacritics and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="45"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="47"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="50"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="51"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="121"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="128"/>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="27"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="28"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="29"/>
        <source>autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="30"/>
        <source>conflict: kept from another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="31"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="32"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="36"/>
        <source>The article as it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="37"/>
        <source>Saved with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="38"/>
        <source>Kept automatically while writing (at most every 5 minutes). Versions count every autosave, so numbers jump between snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="43"/>
        <source>Another window or program had saved this text while you were writing; yours was saved after it, and this one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="48"/>
        <source>The text a restore replaced, kept so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="51"/>
        <source>An older revision brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="63"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="76"/>
        <source>#{ordinal} · v{version} · {when} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="87"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="95"/>
        <source>This article has no revisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="114"/>
        <source>Section: {section} · {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="145"/>
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n file could not be added:</numerusform>
            <numerusform>%n files could not be added:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="148"/>
        <source>Adding photos stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="150"/>
        <source>Cancelled: %n photo(s) were added before the import stopped.</source>
        <translation>
            <numerusform>Cancelled: %n photo was added before the import stopped.</numerusform>
            <numerusform>Cancelled: %n photos were added before the import stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="152"/>
        <source>The other photos were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="158"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Adding %n photo…</numerusform>
            <numerusform>Adding %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="161"/>
        <source>Adding photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="176"/>
        <source>Adding photo {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="71"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="71"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="71"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="168"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="52"/>
        <source>Search title, lead, byline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="56"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="60"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="63"/>
        <source>All provinces and cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/panel.py" line="157"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="80"/>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="108"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="111"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="112"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="115"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="161"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="174"/>
        <source>Places and related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="230"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="231"/>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="261"/>
        <source>Store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="273"/>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="463"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="277"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was recovered from its last autosave (at most a few seconds of typing may be missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="280"/>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="394"/>
        <source>Revision history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="311"/>
        <source>Open or create a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="312"/>
        <source>LNV stores (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="372"/>
        <source>Not yet: every photo needs alt text and a caption first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="391"/>
        <source>This article was changed in another window or by another program (version {version}). Your text has been saved; the other text is kept in the revision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="401"/>
        <source>Could not save: {reason}. Your text is still here; LNV Editor will try again on the next edit, or press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="431"/>
        <source>Restored version {version}. The text it replaced is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/window/main_window.py" line="448"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/window/main_window.py" line="448"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="453"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="454"/>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="455"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="456"/>
        <source>Not saved!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="41"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="112"/>
        <source>Reorder photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="129"/>
        <source>Set cover photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="144"/>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="145"/>
        <source>Edit credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="146"/>
        <source>Edit alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoForm</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="85"/>
        <source>What the photo shows, printed under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="86"/>
        <source>e.g. Photo: Lê Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="87"/>
        <source>Describe the photo for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="88"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="88"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="88"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="90"/>
        <source>A caption is needed before the article can be marked Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="91"/>
        <source>Alt text is needed before the article can be marked Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="92"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="93"/>
        <source>Add photos from files (JPEG, PNG, WebP, HEIC); or drop them here or on the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="95"/>
        <source>Insert into body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="96"/>
        <source>Place the selected photos in the body at the text cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="98"/>
        <source>Set as cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="98"/>
        <source>Make the selected photo the article&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="100"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="101"/>
        <source>Remove the selected photos from the article (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="103"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="104"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="117"/>
        <source>No photos yet.
Drop photos here or on the text, or click “Add photos…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="145"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="253"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="254"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="315"/>
        <source>The photo change could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="365"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="365"/>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="378"/>
        <source>%n photo(s) need alt text or a caption before the article can be marked Ready.</source>
        <translation>
            <numerusform>%n photo needs alt text or a caption before the article can be marked Ready.</numerusform>
            <numerusform>%n photos need alt text or a caption before the article can be marked Ready.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="396"/>
        <source>Photo {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="401"/>
        <source>Cannot show this photo: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="403"/>
        <source>Needs alt text and a caption before the article is Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="424"/>
        <source>Select a photo to edit its caption, credit and alt text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceCommands</name>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="62"/>
        <source>Tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="78"/>
        <source>Remove tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="102"/>
        <source>Link “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="118"/>
        <source>Unlink “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="139"/>
        <source>Move related story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="92"/>
        <source>No province or city tagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="102"/>
        <source>Add a province: thanh hoa, TP HCM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="105"/>
        <location filename="../../lnv_editor/gui/places/panel.py" line="132"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="106"/>
        <source>Remove the selected tag (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="108"/>
        <source>Named in the story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="123"/>
        <source>No related story yet: find one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="128"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="128"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="130"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="130"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="133"/>
        <source>Remove the selected link (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="142"/>
        <source>Find a story to link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="147"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="147"/>
        <source>Link the chosen story (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="163"/>
        <source>Provinces and cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="170"/>
        <source>Related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="255"/>
        <source>{former} → {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="277"/>
        <source>{name} is already tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="288"/>
        <source>{alias} ({current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="330"/>
        <source>+ {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/places/panel.py" line="334"/>
        <source>Named %n time(s) in the story</source>
        <translation>
            <numerusform>Named %n time in the story</numerusform>
            <numerusform>Named %n times in the story</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="355"/>
        <source>Story #{id} (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="358"/>
        <source>Broken link: the story it points to was deleted. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="360"/>
        <location filename="../../lnv_editor/gui/places/panel.py" line="401"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="361"/>
        <location filename="../../lnv_editor/gui/places/panel.py" line="403"/>
        <source>#{id} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="382"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="382"/>
        <source>No story found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="391"/>
        <source>Suggested stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="406"/>
        <source>Already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="459"/>
        <source>The change could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="479"/>
        <source>Could not read the store: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="61"/>
        <source>No suggestion yet: tag provinces or write a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="63"/>
        <source>No story with a similar title. No province or city is tagged yet: tag one to find stories from the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="68"/>
        <source>No story shares a province or city, the section or the subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="22"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="30"/>
        <source>Traditional: hòa, thủy, Thanh Hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="31"/>
        <source>New (2018 rules): hoà, thuỷ, Thanh Hoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="38"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="39"/>
        <source>Tone marks in stored text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="40"/>
        <source>Autosave after a pause of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="41"/>
        <source>While typing, autosave at least every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="42"/>
        <source>A new interface language or tone-mark style applies the next time LNV Editor starts. Search finds both styles either way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <location filename="../../lnv_editor/gui/window/save_notice.py" line="24"/>
        <source>Saved version v{version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../lnv_editor/config.py" line="31"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="32"/>
        <source>Autosave after a pause of (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="33"/>
        <source>Autosave while typing at least every (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="34"/>
        <source>Last store opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="36"/>
        <source>Tone-mark style of stored text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="122"/>
        <source>Moved %n article(s) to the trash. Ctrl+Z in the library brings them back.</source>
        <translation>
            <numerusform>Moved %n article to the trash. Ctrl+Z in the library brings it back.</numerusform>
            <numerusform>Moved %n articles to the trash. Ctrl+Z in the library brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="140"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="144"/>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="146"/>
        <source>Delete the %n article(s) in the trash for good, with their revisions and the photos no other article uses?

This cannot be undone: Ctrl+Z will not bring them back.</source>
        <translation>
            <numerusform>Delete the %n article in the trash for good, with its revisions and the photos no other article uses?

This cannot be undone: Ctrl+Z will not bring it back.</numerusform>
            <numerusform>Delete the %n articles in the trash for good, with their revisions and the photos no other article uses?

This cannot be undone: Ctrl+Z will not bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="165"/>
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Deleted %n article for good.</numerusform>
            <numerusform>Deleted %n articles for good.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="219"/>
        <source>“{title}” was moved to the trash, so it was closed. Its text is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="220"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

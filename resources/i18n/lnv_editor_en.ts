<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="46"/>
        <source>About LNV Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="52"/>
        <source>The offline authoring tool of the LNV portal about craft villages and rural industry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="61"/>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="62"/>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="63"/>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="64"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="80"/>
        <source>LNV Editor bundles these components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="83"/>
        <source>Bundled components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="86"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="86"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="86"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="96"/>
        <source>see its project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="108"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: this build links them as separate libraries in its folder, which you may replace with your own build. LNV Editor itself is MIT-licensed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="26"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="27"/>
        <source>Photos of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="28"/>
        <source>Provinces tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="29"/>
        <source>Related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="30"/>
        <source>Stories found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="31"/>
        <source>Body (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="24"/>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="26"/>
        <source>Create an article and start with its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="28"/>
        <source>New &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="31"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="33"/>
        <source>Open an existing store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="37"/>
        <source>New sto&amp;re…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="39"/>
        <source>Create an empty store in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="43"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="45"/>
        <source>Save now and keep a revision (autosave runs anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="47"/>
        <source>Revision &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="50"/>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="52"/>
        <source>Export articles as bundles for the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="56"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="58"/>
        <source>Import a bundle (zip) or a publish store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="60"/>
        <source>Import from &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="63"/>
        <source>Newsroom ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="65"/>
        <source>Connect this laptop to the newsroom&apos;s shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="67"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="68"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="69"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="72"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="75"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="77"/>
        <source>Move the selected articles to the trash (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="83"/>
        <source>&amp;Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="85"/>
        <source>Bring the selected articles back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="89"/>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="91"/>
        <source>Delete the articles in the trash for good (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="95"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="97"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="99"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="100"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="101"/>
        <source>&amp;Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="102"/>
        <source>&amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="103"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="104"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="107"/>
        <source>Add &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="109"/>
        <source>Comment on the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="113"/>
        <source>&amp;Compare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="115"/>
        <source>Compare two revisions, or a revision with the text now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="121"/>
        <source>Every keyboard shortcut of LNV Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="123"/>
        <source>&amp;About LNV Editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="24"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="25"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="26"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="27"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="28"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="36"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="45"/>
        <source>Lead (sapo): one paragraph that sums up the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="52"/>
        <source>Author, e.g. Lê Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="58"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="65"/>
        <source>Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="65"/>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="65"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="74"/>
        <source>Write the story in Markdown: ## subheading, **bold**, *italic*, &gt; quotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="49"/>
        <source>Open a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="52"/>
        <source>An export or import is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="123"/>
        <source>the publish store already has a newer version; version {version} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="131"/>
        <source>Publishing finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="141"/>
        <source>Nothing was published: these articles changed and cannot be published now. Fix them and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="85"/>
        <source>Publishing %n article(s)…</source>
        <translation>
            <numerusform>Publishing %n article…</numerusform>
            <numerusform>Publishing %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="103"/>
        <source>Published %n article(s) to {where}.</source>
        <translation>
            <numerusform>Published %n article to {where}.</numerusform>
            <numerusform>Published %n articles to {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="110"/>
        <source>%n already had this version there and were left as they were.</source>
        <translation>
            <numerusform>%n already had this version there and was left as it was.</numerusform>
            <numerusform>%n already had this version there and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="130"/>
        <source>%n article(s) were left out:</source>
        <translation>
            <numerusform>%n article was left out:</numerusform>
            <numerusform>%n articles were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="146"/>
        <source>Publishing was cancelled after %n article(s). Every bundle in {where} is whole: none was left half-written.</source>
        <translation>
            <numerusform>Publishing was cancelled after %n article. Every bundle in {where} is whole: none was left half-written.</numerusform>
            <numerusform>Publishing was cancelled after %n articles. Every bundle in {where} is whole: none was left half-written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="152"/>
        <source>Publishing stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="153"/>
        <source>Publishing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="159"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="173"/>
        <source>Import a bundle or a publish store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="175"/>
        <source>Bundles and publish stores (*.zip *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="184"/>
        <source>Import a bundle folder, or a folder of bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="193"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="210"/>
        <source>Nothing was imported and the store is unchanged: %n bundle(s) failed their checks. Ask the sender to export them again.</source>
        <translation>
            <numerusform>Nothing was imported and the store is unchanged: %n bundle failed its checks. Ask the sender to export it again.</numerusform>
            <numerusform>Nothing was imported and the store is unchanged: %n bundles failed their checks. Ask the sender to export them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="230"/>
        <source>Imported %n article(s): {added} new, {revised} as a new revision of an article already here (the text it replaced stays in its history).</source>
        <translation>
            <numerusform>Imported %n article: {added} new, {revised} as a new revision of an article already here (the text it replaced stays in its history).</numerusform>
            <numerusform>Imported %n articles: {added} new, {revised} as a new revision of an article already here (the text it replaced stays in its history).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="241"/>
        <source>related story {uri} is not in this store yet: the link is kept, marked as missing, and made when that story is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="216"/>
        <source>Nothing was imported and the store is unchanged. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="220"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="223"/>
        <source>Bundle and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="250"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleJob</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="39"/>
        <source>LNV Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="57"/>
        <source>Stopping after the article being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="65"/>
        <source>{done} of %n article(s) done</source>
        <translation>
            <numerusform>{done} of %n article done</numerusform>
            <numerusform>{done} of %n articles done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../lnv_editor/cli/common.py" line="98"/>
        <source>Upgrading the store {path} for this version of LNV Editor… A large archive takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/common.py" line="107"/>
        <source>Created a new store at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/photos.py" line="61"/>
        <source>Added photo {id}: {name} ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="134"/>
        <source>Added {added} demo articles ({total} in the demo set); the store {path} now holds {count} articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="181"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="182"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="183"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="184"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="185"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="186"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="187"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="41"/>
        <source>Moved {count} article(s) to the trash: {ids}. Undo: lnv-editor undelete {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="58"/>
        <source>Brought back {count} article(s) from the trash: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="79"/>
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
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="95"/>
        <source>Article {id} is now: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="110"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="152"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="153"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="158"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="163"/>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="168"/>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/search.py" line="47"/>
        <source>No article contains the exact phrase «{phrase}»; showing the articles that have all the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="113"/>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="122"/>
        <source>lnv-editor: nothing was exported; fix these articles and export again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="136"/>
        <source>Exported {id} version {version}: {where} ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="144"/>
        <source>lnv-editor: exported without a portal address (--no-base-url): article.json is not valid ninjs and the pages have no canonical address. Export again with --base-url before sending the bundles to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="154"/>
        <source>lnv-editor: the publish store has a newer version of {id} ({uri}); version {version} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="173"/>
        <source>Imported {uri} as a new article {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="175"/>
        <source>Imported {uri} as a new revision of article {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="180"/>
        <source>  related story {uri} is not in this store; link skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="208"/>
        <source>OK: {source}: {uri} version {version}, {files} files match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="69"/>
        <source>Article {id} already had this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="72"/>
        <source>Saved article {id} as version {version} ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="78"/>
        <source>lnv-editor: version {version} was saved by someone else after version {base}; their text is kept as revision {revision} in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="128"/>
        <source>The newsroom schema at {address} is at version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="140"/>
        <source>Password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="146"/>
        <source>Created the login {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="160"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="175"/>
        <source>The login {name} can sign in again, with its role and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="190"/>
        <source>The login {name} can no longer sign in; its articles and comments stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="227"/>
        <source>Server: {address} (PostgreSQL {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="232"/>
        <source>Schema: {version} (up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="235"/>
        <source>Schema: {version}; this LNV Editor brings {latest}: run server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="241"/>
        <source>Accounts: {users}; disabled {disabled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="247"/>
        <source>Articles: {articles}; in the trash {trashed}; deleted for good {purged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="251"/>
        <source>Laptops (last sync):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="255"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="37"/>
        <source>Say which server to sync with: --server postgresql://user:password@host:port/database, or set LNV_SERVER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="67"/>
        <source>Synced with {server}: {sent} sent, {received} received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="73"/>
        <source>Refused: «{title}»: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="79"/>
        <source>Conflict: «{title}» was changed on another laptop too. Both texts are kept; compare them in the article&apos;s history (revision «conflict»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="87"/>
        <source>{count} article(s) deleted for good on the server were removed from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="95"/>
        <source>Kept: «{title}» was deleted for good on the server while this laptop had changes not sent; they are kept as a new article, «{new_title}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="103"/>
        <source>{count} article(s) the server had lost (restored from an older backup) were sent to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="110"/>
        <source>{count} change(s) not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="72"/>
        <source>The house rules are unchanged (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="78"/>
        <source>House rules saved as version {version}: {count} rule(s) in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="118"/>
        <source>(shipped with the app)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentList</name>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="35"/>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="37"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="39"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="83"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="88"/>
        <source>[resolved] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="90"/>
        <source>[text gone] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="114"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="114"/>
        <source>Your reply:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="23"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="24"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="25"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="26"/>
        <source>Caption of photo {photo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="27"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="104"/>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="114"/>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="124"/>
        <source>Hide tone-mark style changes (hoà / hòa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="126"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="148"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="150"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="203"/>
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n part changed</numerusform>
            <numerusform>%n parts changed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="212"/>
        <source>tone-mark style only; before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="83"/>
        <source>LNV Editor hit an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="85"/>
        <source>Your open draft has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="90"/>
        <source>Something went wrong that LNV Editor did not expect: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="97"/>
        <source>The details are in the log file:
{path}
Please send that file to the technical team. You can keep working; if something looks wrong, restart LNV Editor.</source>
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
        <source>{name} is the article store itself (or one of its working files), not a photo. It was not read. Choose the photo files themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="82"/>
        <source>The file {name} is empty (0 bytes). It was probably not copied completely: copy it again from the camera or phone and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="95"/>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB allowed for one photo. Export it as a JPEG from a photo editor and add that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="110"/>
        <source>Cannot read {name}: {reason}. If it is on a memory card, phone or network drive, check that it is still connected, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="124"/>
        <source>{name} is not a photo: its contents are not JPEG, PNG, WebP or HEIC, whatever its name says. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="137"/>
        <source>{name} is a {detected} file, which LNV Editor does not accept. Save it as JPEG, PNG, WebP or HEIC in a photo editor and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="151"/>
        <source>{name} is damaged or incomplete and cannot be decoded ({reason}). Copy it again from the camera or phone, or open it in a photo editor and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="165"/>
        <source>{name} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels LNV Editor accepts. Reduce its size in a photo editor and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="183"/>
        <source>{name} declares a picture far larger than {limit} megapixels. It is probably damaged or made to exhaust the computer&apos;s memory, so it was not opened. Ask the sender for a normal copy of the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="200"/>
        <source>There is not enough free disk space to store {name} in {root}. Nothing was saved. Free some space on that disk and add the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="211"/>
        <source>Cannot save {name} in the photo store {root}: {reason}. Nothing was saved. Check that the folder exists and that you may write to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="226"/>
        <source>The original of photo {sha} is missing from the photo store {root}. Add the photo to the article again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="239"/>
        <source>The preview images of photo {sha} cannot be made: its stored original cannot be decoded ({reason}). Remove the photo from the article and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="255"/>
        <source>There is not enough free disk space in {root} for the preview images of photo {sha}. Free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="265"/>
        <source>Cannot save the preview images of photo {sha} in {root}: {reason}. Check that the folder exists and that you may write to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="88"/>
        <source>The body file {path} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="95"/>
        <source>Cannot read the body file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/fields.py" line="27"/>
        <source>Unknown status {status}. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="204"/>
        <location filename="../../lnv_editor/store/photos.py" line="201"/>
        <location filename="../../lnv_editor/store/tags.py" line="155"/>
        <location filename="../../lnv_editor/store/trash.py" line="140"/>
        <location filename="../../lnv_editor/store/comments.py" line="278"/>
        <source>There is no article with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="223"/>
        <source>There is no revision with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="275"/>
        <source>The article {id} no longer exists in the store; it may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="350"/>
        <source>Revision {rev} belongs to another article, not to {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="101"/>
        <source>The store {path} is on a network file system ({fstype}). LNV Editor keeps its store in WAL mode, which is not safe there. Copy the file to a local disk and open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="116"/>
        <source>{path} is a folder. Give the path of a store file (.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="143"/>
        <source>{path} is not an LNV Editor store (it is not an SQLite database). The file was not changed. Choose another file, or a new file name to create a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="151"/>
        <source>{path} cannot be read as a store: {reason}. The file was not changed. Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="161"/>
        <source>{path} is an SQLite database but not an LNV Editor store. The file was not changed. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="170"/>
        <source>{path} was written by a newer version of LNV Editor (schema {revision}). Update LNV Editor to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="189"/>
        <source>The store could not be switched to WAL mode (it reports {mode}). Copy it to a local disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="220"/>
        <source>There is no store at {path}. Check the path; to start a new store there, use lnv-editor new or lnv-editor demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="233"/>
        <source>Cannot create the folder for the store {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/photos.py" line="81"/>
        <location filename="../../lnv_editor/store/photos.py" line="210"/>
        <source>There is no photo with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/tags.py" line="76"/>
        <source>{code} is not the code of a current province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/tags.py" line="139"/>
        <source>A story cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/trash.py" line="102"/>
        <source>Article {id} is not in the trash. Move it to the trash first; only the trash can be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/provinces.py" line="270"/>
        <source>No province or city matches “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/provinces.py" line="276"/>
        <source>“{name}” could be any of {candidates}. Type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/sandbox.py" line="30"/>
        <source>A paragraph is too complex to show (thousands of brackets or nested quotations). Simplify it and the preview comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="11"/>
        <source>The bundle {bundle} holds a file with an unsafe name ({member}): it could write outside the folder it is opened in. Nothing was imported; ask the sender for a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="24"/>
        <source>The bundle {bundle} holds a link ({member}) instead of a file. Nothing was imported; ask the sender for a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="36"/>
        <source>The bundle {bundle} is too large to open safely ({what}, limit {limit}). It may be a zip bomb. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="49"/>
        <source>{bundle} is not an LNV bundle: {reason}. Give a bundle folder, a .zip made by LNV Editor or a publish store (.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="61"/>
        <source>The file {member} in {bundle} does not match its checksum in manifest.json: the bundle was changed or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="74"/>
        <source>The file {member} is listed in the manifest of {bundle} but is missing. Nothing was imported; ask the sender for a complete bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="86"/>
        <source>The file {member} in {bundle} is not in its manifest. Nothing was imported; ask the sender for the bundle exactly as LNV Editor made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="98"/>
        <source>{member} in {bundle} is not valid JSON for a bundle: {reason}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="110"/>
        <source>{bundle} is bundle format {version}, which this LNV Editor cannot read. Update LNV Editor and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="122"/>
        <source>article.json in {bundle} is not valid ninjs 3.1: {reason}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="133"/>
        <source>The photo {member} in {bundle} cannot be used: {reason}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="145"/>
        <source>The publish store {bundle} is not safe to read: {reason}. Nothing was imported; ask for a publish store made by LNV Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="157"/>
        <source>No article matches. Give article ids, --all or --status STATUS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="165"/>
        <source>Cannot write the export to {path}: {reason}. Choose another place or free some disk space; the previous export there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="176"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="181"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="187"/>
        <source>Nothing was exported: the portal&apos;s address is not set, and without it article.json and the page&apos;s links for sharing cannot be valid (ninjs, Open Graph and schema.org need absolute addresses). Set it in Preferences (Portal address, e.g. https://lnv.vn) or give --base-url https://lnv.vn; --no-base-url exports anyway, as bundles that are not valid ninjs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="200"/>
        <source>Nothing was exported: the publish store {path} is for the portal {stored}, not {given}. Export with --base-url {stored}, or into a new publish store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="82"/>
        <source>it is {status}, not approved: submit it and have an editor approve it ({ready}) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="91"/>
        <source>it has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="93"/>
        <source>it has no lead (sapo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="101"/>
        <source>the body shows photo {id}, which the article no longer has; remove ![](photo:{id}) from the body or add the photo back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="113"/>
        <source>a related story (id {id}) was deleted; remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="124"/>
        <source>the file of photo {name} is missing from the photo folder; add the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/run.py" line="52"/>
        <source>Nothing was exported: {count} article(s) cannot be published yet. Fix these and export again: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/render/guard.py" line="41"/>
        <source>The body is nested too deeply to show (lists or quotations inside each other hundreds of times). Remove some of the nesting and the preview comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="215"/>
        <source>The passage {quote} is not in the {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="222"/>
        <source>Say which passage: --quote TEXT, or --start and --end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="238"/>
        <source>Say which comment: --to COMMENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="234"/>
        <source>The article changed since you read it (version {seen}, now {now}). Read the new version, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="261"/>
        <source>Only a ready (approved) article can be published; article {id} is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="318"/>
        <source>The status cannot change from {before} to {after} by editing. Use the review steps (Submit, Approve, Return, Reopen) or lnv-editor status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="337"/>
        <source>The article is not ready to {action}: {count} problem(s) to fix first, such as: {first} Run the check (lnv-editor check {id}) to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="94"/>
        <source>There is no comment with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="129"/>
        <source>Comments go on {choices}, not on {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="140"/>
        <source>Photo {photo} is not a photo of article {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="147"/>
        <source>The passage {start}–{end} is outside the {field} ({length} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="268"/>
        <source>Write the comment first: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="57"/>
        <source>The database at {address} has no newsroom schema yet: run lnv-editor server init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="69"/>
        <source>The server at {address} refused: {reason}. Use the address of the newsroom&apos;s administrator (the database owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="82"/>
        <source>{name} cannot be a login name: use lowercase letters without accents, digits and _ (at most 63, starting with a letter, not pg_ or lnv_), e.g. lan_nguyen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="100"/>
        <location filename="../../lnv_editor/core/workflow.py" line="116"/>
        <source>Unknown role {role}. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="106"/>
        <source>The password is too short: use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="115"/>
        <source>A login named {name} already exists on this PostgreSQL server: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="187"/>
        <source>There is no account {name} in this newsroom: lnv-editor server list-users shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="129"/>
        <source>Unknown action {action}. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="142"/>
        <source>Cannot {action} an article that is {status}; this is possible from: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="152"/>
        <source>Only an editor may {action} an article. Set your role in the preferences (or --role editor) if you are one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="161"/>
        <source>Say why the article goes back: a reason is required to {action} it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/portal.py" line="53"/>
        <source>{value} is not a portal address: give the address readers open, starting with https:// (e.g. https://lnv.vn), without ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="46"/>
        <source>Nothing to change: give --title, --lead, --byline, --section or --body-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="37"/>
        <source>{address} is not a newsroom server address. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="66"/>
        <source>The server at {address} refused the login of {user}: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="75"/>
        <source>The account {user} is disabled on the server at {address}: ask the newsroom&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="85"/>
        <source>The server at {address} asks for a password: put it in the address (postgresql://user:password@host/database) or in LNV_SERVER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="94"/>
        <source>There is no database {database} on the server at {address}: create it first (createdb {database}), or correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="103"/>
        <source>Cannot reach the server at {address}: {reason}. Check the address and that PostgreSQL is running and accepts connections from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/schema.py" line="76"/>
        <source>The server at {address} runs PostgreSQL {version}; the newsroom needs PostgreSQL 13 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/schema.py" line="96"/>
        <source>The server at {address} refused to create the newsroom schema: {reason}. Run init as the database&apos;s owner or a superuser (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="91"/>
        <source>Which server? Give its address with --server postgresql://user@host/database or in LNV_SERVER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="109"/>
        <source>No password on standard input: type it, or pipe it in (e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | lnv-editor server add-user ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/dictionary.py" line="42"/>
        <source>A dictionary word must have 1 to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="183"/>
        <source>Fill in the server address, the database and your user name: the newsroom&apos;s administrator gives them to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/engine.py" line="230"/>
        <source>The server did not say your role: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/engine.py" line="237"/>
        <source>{user} has no newsroom account on {server}. Ask the administrator to add it (lnv-editor server add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/address.py" line="34"/>
        <source>{address} is not a server address. Write it as postgresql://user:password@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/address.py" line="49"/>
        <source>The server address {address} needs a user name, a port and a database: postgresql://user:password@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="40"/>
        <source>{server} is not a newsroom server (no lnv schema). Ask the administrator to run lnv-editor server init there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="54"/>
        <source>The server {server} refused the login of {user}: check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="64"/>
        <source>The server {server} refused the login of {user}: the account does not exist or is disabled. Ask the newsroom&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="73"/>
        <source>Cannot reach the server {server}: {reason}. Your work is kept on this laptop and sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="86"/>
        <source>The connection to {server} was lost: {reason}. Nothing is lost; the sync resumes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="93"/>
        <source>The rule file {path} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="100"/>
        <source>Cannot read the rule file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/house_rules.py" line="90"/>
        <source>There is no version {version} of the house rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="88"/>
        <source>Line {line} ({id}): the fix cannot be used ({error}). Refer only to the pattern&apos;s groups (it has {groups}), or leave the fix empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="104"/>
        <source>Line {line}: the rule has no id. Write one (e.g. H014) in column 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="111"/>
        <source>Line {line}: the id {id} is already used on line {first}. Give each rule its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="126"/>
        <source>Line {line} ({id}): the pattern is not a valid regular expression ({error}). Check its brackets and backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="137"/>
        <source>Line {line} ({id}): the pattern matches empty text, so it would mark every letter. Make it match at least one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="148"/>
        <source>Line {line} ({id}): the message is empty. Say in column 3 what the desk wants written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="161"/>
        <source>Line {line} ({id}): the severity “{severity}” is unknown. Write warning or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="188"/>
        <source>Line {line}: the first line that is not a comment must name the columns id, pattern, message, fix, severity, separated by tabs (missing: {missing}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="200"/>
        <source>Line {line}: {count} columns where the header has {expected}. Separate the columns with one tab each, and put no tab inside a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="213"/>
        <source>The rule file has no header line. Start it with the columns id, pattern, message, fix, severity, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="118"/>
        <source>Publish articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="128"/>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="327"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="130"/>
        <source>The open article: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="134"/>
        <source>The articles selected in the library ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="139"/>
        <source>Every ready article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="140"/>
        <source>Every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="143"/>
        <source>Folders (one folder per article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="144"/>
        <source>Zip files (one file per article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="146"/>
        <source>SQLite publish store (one file for the website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="150"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="153"/>
        <source>Export the &amp;current text, edits made after approval included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="158"/>
        <source>Normally the text an editor approved is published. Tick this to publish the text as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="167"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="167"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="173"/>
        <source>Double-click an article to open it and fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="176"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="180"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="186"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="187"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="188"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="200"/>
        <source>What to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="201"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="202"/>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="203"/>
        <source>Articles that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="237"/>
        <source>Publish store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="239"/>
        <source>SQLite publish stores (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="243"/>
        <source>Folder for the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="273"/>
        <source>Checking the articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="294"/>
        <source>Cannot be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="299"/>
        <source>Edited after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="301"/>
        <source>The approved text (version {version}) will be published, not the later edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="307"/>
        <source>There is nothing to publish here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="311"/>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="321"/>
        <source>%n article(s) will be published.</source>
        <translation>
            <numerusform>%n article will be published.</numerusform>
            <numerusform>%n articles will be published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="313"/>
        <source>%n cannot be published yet and will be left out; double-click one to open it.</source>
        <translation>
            <numerusform>%n cannot be published yet and will be left out; double-click it to open it.</numerusform>
            <numerusform>%n cannot be published yet and will be left out; double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../lnv_editor/gui/common/file_dialogs.py" line="62"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/file_dialogs.py" line="65"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/file_dialogs.py" line="66"/>
        <source>{suffix} file</source>
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
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="123"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="132"/>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="28"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="29"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="30"/>
        <source>autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="31"/>
        <source>conflict: kept from another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="32"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="33"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="34"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="35"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="40"/>
        <source>The article as it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="41"/>
        <source>Saved with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="42"/>
        <source>Kept automatically while writing (at most every 5 minutes). Versions count every autosave, so numbers jump between snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="47"/>
        <source>Another window or program had saved this text while you were writing; yours was saved after it, and this one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="52"/>
        <source>The text a restore replaced, kept so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="55"/>
        <source>An older revision brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="56"/>
        <source>The text an editor approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="57"/>
        <source>The text as a bundle brought it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="91"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="37"/>
        <source>#{ordinal} · v{version} · {when} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="109"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="117"/>
        <source>This article has no revisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="139"/>
        <source>Section: {section} · {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseRulesDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="33"/>
        <source>House style rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="39"/>
        <source>One rule a line, columns separated by a tab: id, pattern (a regular expression), message, fix (\1 for a group; may be empty), severity (warning or info). Lines starting with # are comments. The rules are kept in the store, one version per save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="63"/>
        <source>Open this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="66"/>
        <source>Put the chosen version in the editor; Save puts it back in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="71"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="112"/>
        <source>shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="115"/>
        <source>v{version} · {when} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="125"/>
        <source>Version {version} is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="143"/>
        <source>Version {version} is in the editor: Save puts it back in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="163"/>
        <source>Nothing to save: these rules are already in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="167"/>
        <source>Saved as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="125"/>
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n file could not be added:</numerusform>
            <numerusform>%n files could not be added:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="129"/>
        <source>Adding photos stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="133"/>
        <source>Cancelled: %n photo(s) were added before the import stopped.</source>
        <translation>
            <numerusform>Cancelled: %n photo was added before the import stopped.</numerusform>
            <numerusform>Cancelled: %n photos were added before the import stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="136"/>
        <source>The other photos were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="142"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Adding %n photo…</numerusform>
            <numerusform>Adding %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="145"/>
        <source>Adding photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="158"/>
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
        <location filename="../../lnv_editor/gui/library/model.py" line="72"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="74"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="230"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="59"/>
        <source>Search title, lead, byline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="63"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="64"/>
        <location filename="../../lnv_editor/gui/library/panel.py" line="259"/>
        <source>Returned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="69"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="72"/>
        <source>All provinces and cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/panel.py" line="276"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="280"/>
        <source>No article contains the exact phrase «{phrase}»; showing the articles that have all the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="285"/>
        <source>sorted by relevance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../../lnv_editor/licences.py" line="45"/>
        <source>Public domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="72"/>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="86"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="88"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="89"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="91"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/panels.py" line="39"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/panels.py" line="57"/>
        <source>Places and related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="108"/>
        <source>Sent back to you: {count}. They are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="131"/>
        <source>This article was changed elsewhere; showing the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="151"/>
        <source>{name} is the store open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="161"/>
        <source>Upgrading the store {name} for this version of LNV Editor… A large archive takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="167"/>
        <source>Opening the store {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="229"/>
        <source>{name} was not opened: the article here could not be saved. Your text is still here; press Ctrl+S to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="248"/>
        <source>Still working in the store {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="252"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="257"/>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="313"/>
        <source>Store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="388"/>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="401"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="412"/>
        <source>{name} was already a store: it is open as it was, nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="430"/>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="333"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="321"/>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="340"/>
        <source>Revision history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="390"/>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="403"/>
        <source>LNV stores (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="364"/>
        <source>Restored version {version}. The text it replaced is kept in the history; Ctrl+Z takes the restore back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="374"/>
        <source>Select the text to comment on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/window/main_window.py" line="415"/>
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="317"/>
        <source>This article was changed in another window or by another program (version {version}). Your text has been saved; the other text is kept in the revision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="329"/>
        <source>Could not save: {reason}. Your text is still here; LNV Editor will try again on the next edit, or press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/window/main_window.py" line="413"/>
        <source>Body: %Ln word(s)</source>
        <translation>
            <numerusform>Body: %Ln word</numerusform>
            <numerusform>Body: %Ln words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="420"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="421"/>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="422"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="423"/>
        <source>Not saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/desktop.py" line="56"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="45"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was reopened as the store holds it; what was typed after its last save may be missing (there was no record of that save to check it against).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="56"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was recovered: everything it reported saved, up to {time}, is in the store; only what was typed after {time} may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="66"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was recovered; it has been saved again since {time}, in another window or process, and is shown as the store now holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="75"/>
        <source>Warning: LNV Editor was not closed properly last time, and the store does not hold the draft “{title}” as it was last reported saved at {time} (version {saved}; the store has {held}). Some text said to be saved was lost: compare with the revision history and type again what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../lnv_editor/gui/common/banner.py" line="35"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="21"/>
        <source>e.g. Lê Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="35"/>
        <source>Shown in the review timeline and on your comments. The role only chooses which review buttons you see; it is not a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="40"/>
        <source>Your role is the one the newsroom server gives your account; the server decides what you may do. Ask its administrator to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="48"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="49"/>
        <source>Your role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="117"/>
        <source>Reorder photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="135"/>
        <source>Set cover photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="151"/>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="152"/>
        <source>Edit credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="153"/>
        <source>Edit alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoForm</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="90"/>
        <source>What the photo shows, printed under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="91"/>
        <source>e.g. Photo: Lê Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="93"/>
        <source>Describe the photo for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="96"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="97"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="98"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="101"/>
        <source>A caption is needed before the article can be marked Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="102"/>
        <source>Alt text is needed before the article can be marked Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="51"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="51"/>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="83"/>
        <source>Photo {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="91"/>
        <source>Cannot show this photo: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="94"/>
        <source>Needs alt text and a caption before the article is Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="89"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="91"/>
        <source>Add photos from files (JPEG, PNG, WebP, HEIC); or drop them here or on the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="96"/>
        <source>Insert into body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="97"/>
        <source>Place the selected photos in the body at the text cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="101"/>
        <source>Set as cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="102"/>
        <source>Make the selected photo the article&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="106"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="107"/>
        <source>Remove the selected photos from the article (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="110"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="111"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="124"/>
        <source>No photos yet.
Drop photos here or on the text, or click “Add photos…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="279"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="282"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="293"/>
        <source>Remove %n photo(s)</source>
        <translation>
            <numerusform>Remove %n photo</numerusform>
            <numerusform>Remove %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="327"/>
        <source>The photo change could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="385"/>
        <source>%n photo(s) need alt text or a caption before the article can be marked Ready.</source>
        <translation>
            <numerusform>%n photo needs alt text or a caption before the article can be marked Ready.</numerusform>
            <numerusform>%n photos need alt text or a caption before the article can be marked Ready.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="410"/>
        <source>Select a photo to edit its caption, credit and alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="460"/>
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Add %n photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceCommands</name>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="66"/>
        <source>Tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="86"/>
        <source>Remove tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="114"/>
        <source>Link “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="134"/>
        <location filename="../../lnv_editor/gui/places/commands.py" line="160"/>
        <source>Unlink “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="189"/>
        <source>Move related story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="90"/>
        <source>No province or city tagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="100"/>
        <source>Add a province: thanh hoa, TP HCM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="106"/>
        <location filename="../../lnv_editor/gui/places/panel.py" line="148"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="107"/>
        <source>Remove the selected tag (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="110"/>
        <source>Named in the story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="126"/>
        <source>No related story yet: find one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="134"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="135"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="141"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="142"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="149"/>
        <source>Remove the selected link (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="159"/>
        <source>Find a story to link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="168"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="169"/>
        <source>Link the chosen story (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="186"/>
        <source>Provinces and cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="193"/>
        <source>Related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="284"/>
        <source>{former} → {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="307"/>
        <source>{name} is already tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="323"/>
        <source>{alias} ({current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="393"/>
        <source>+ {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/places/panel.py" line="399"/>
        <source>Named %n time(s) in the story</source>
        <translation>
            <numerusform>Named %n time in the story</numerusform>
            <numerusform>Named %n times in the story</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="49"/>
        <source>Story #{id} (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="56"/>
        <source>Broken link: the story it points to was deleted. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="61"/>
        <location filename="../../lnv_editor/gui/places/related.py" line="183"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="63"/>
        <location filename="../../lnv_editor/gui/places/related.py" line="187"/>
        <source>#{id} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="103"/>
        <source>{title} (not in this store yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="114"/>
        <source>The bundle this story came in links to it ({uri}); the link is made when that story is imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="137"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="139"/>
        <source>No story found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="166"/>
        <source>Suggested stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="193"/>
        <source>Already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="421"/>
        <source>The change could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="440"/>
        <source>Could not read the store: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="49"/>
        <source>No suggestion yet: tag provinces or write a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="53"/>
        <source>No story with a similar title. No province or city is tagged yet: tag one to find stories from the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="58"/>
        <source>No story shares a province or city, the section or the subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="34"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="44"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="45"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="49"/>
        <source>Traditional: hòa, thủy, Thanh Hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="50"/>
        <source>New (2018 rules): hoà, thuỷ, Thanh Hoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="54"/>
        <source>e.g. your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="61"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="62"/>
        <source>&amp;Tone marks in stored text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="63"/>
        <source>&amp;Byline of new articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="64"/>
        <source>S&amp;ection of new articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="72"/>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="73"/>
        <source>Autosave after a &amp;pause of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="74"/>
        <source>While typing, autosave at &amp;least every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="84"/>
        <source>e.g. /logo.png or https://lnv.vn/logo.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="85"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="86"/>
        <source>Portal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="87"/>
        <source>Publis&amp;her name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="88"/>
        <source>Publisher l&amp;ogo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="94"/>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="97"/>
        <source>A new interface language or tone-mark style applies the next time LNV Editor starts. Search finds both styles either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="135"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="137"/>
        <source>LNV Editor will speak {language} after a restart. Close it and open it again to switch; nothing you wrote is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewInstaller</name>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="22"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="27"/>
        <source>Show the story as readers will see it on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="30"/>
        <source>Open preview in a separate &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="62"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="64"/>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="70"/>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="70"/>
        <source>The portal&apos;s desktop layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="73"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="73"/>
        <source>A phone&apos;s screen, 375 pixels wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="82"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="84"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="88"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="88"/>
        <source>Print the preview to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="264"/>
        <source>The preview is not up to date: the content is too complex to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="269"/>
        <source>The preview is not up to date: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="302"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="303"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="326"/>
        <source>Save the preview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="326"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="345"/>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="347"/>
        <source>The PDF could not be written to {path}. Check that the folder exists and that you may write there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="25"/>
        <source>The article has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="26"/>
        <source>The article has no lead (sapo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="27"/>
        <source>Photo {name} has no caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="28"/>
        <source>Photo {name} has no alt text (describe it for readers who cannot see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="31"/>
        <source>The body shows photo {photo}, which this article does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="34"/>
        <source>The related story {id} has been deleted; remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="37"/>
        <source>Tag at least one province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="38"/>
        <source>The title has {length} characters; keep it under {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="41"/>
        <source>The lead has {length} characters; keep it under {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="44"/>
        <source>The lead does not end a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="45"/>
        <source>The body has {words} words; a story needs at least {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="48"/>
        <source>Both tone-mark styles in one article: “{word}” here, “{other}” elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="53"/>
        <source>Two spaces in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="54"/>
        <source>“{char}” has no partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="55"/>
        <source>Remove “LNV -” from the lead: the portal adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="58"/>
        <source>The body has an HTML tag ({tag}): readers see it as typed text, not as formatting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="43"/>
        <source>Findings of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="64"/>
        <source>Ready to submit: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="67"/>
        <source>{errors} to fix before review, {warnings} to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="72"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="73"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="74"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="75"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="76"/>
        <source>Related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="77"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="80"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="80"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="88"/>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="118"/>
        <source>Fix: “{fix}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="126"/>
        <source>Fix all ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentStores</name>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="89"/>
        <source>Create a new store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="90"/>
        <source>There is no store at
{path}

Create a new, empty store there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="106"/>
        <source>No store is open. Use File → Open store… to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="119"/>
        <source>Recent s&amp;tores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="135"/>
        <source>&amp;{number} {name} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="150"/>
        <source>No recent stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="153"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../lnv_editor/render/page.py" line="70"/>
        <source>Photo {id} is no longer in this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/restore.py" line="23"/>
        <source>Restore version {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/review/wiring.py" line="75"/>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="143"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="123"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="124"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="125"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="126"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="138"/>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="146"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="144"/>
        <source>Check before review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="145"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="257"/>
        <source>You: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="258"/>
        <source>(no name: set it in the preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="266"/>
        <source>No article open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="276"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="296"/>
        <source>v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="298"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="313"/>
        <source>Return the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="314"/>
        <source>Why does it go back? The reporter sees this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="336"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="336"/>
        <source>Your comment:</source>
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
    <name>ServerDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="62"/>
        <source>Newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="69"/>
        <source>Connect this laptop to the newsroom&apos;s shared server: your articles, review steps and comments are sent there and the others&apos; come here. You keep writing offline; LNV Editor catches up when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="78"/>
        <source>e.g. toasoan.lnv.vn or 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="87"/>
        <source>the name the administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="91"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="96"/>
        <source>This computer has no system keyring: the password is not saved anywhere, and LNV Editor asks for it again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="107"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="108"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="109"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="110"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="111"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="127"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="130"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="207"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="211"/>
        <source>Connecting to {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="234"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../lnv_editor/config.py" line="36"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="44"/>
        <source>Autosave after a pause of (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="50"/>
        <source>Autosave while typing at least every (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="52"/>
        <source>Last store opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="58"/>
        <source>Tone-mark style of stored text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="63"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="68"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="72"/>
        <source>Byline of new articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="73"/>
        <source>Section of new articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="76"/>
        <source>Recently opened stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="78"/>
        <source>Last export target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="81"/>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="82"/>
        <source>Publisher name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="83"/>
        <source>Publisher logo address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="88"/>
        <source>Newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="93"/>
        <source>Role on the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="97"/>
        <source>Stores synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="61"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="106"/>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="110"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="112"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="112"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="137"/>
        <source>In the text fields, the usual editing keys work as well: Ctrl+A, Ctrl+C, Ctrl+X, Ctrl+V, Home and End; Enter continues a list or a quotation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/menu.py" line="92"/>
        <source>(no suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/menu.py" line="98"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/menu.py" line="102"/>
        <source>Add to the newsroom dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/wiring.py" line="20"/>
        <source>Pasted text in {encoding} was turned into Unicode. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/wiring.py" line="26"/>
        <source>House style &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/wiring.py" line="29"/>
        <source>Edit the store&apos;s house-style rules and see their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="13"/>
        <source>Before i, y, e, ê write k, not c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="14"/>
        <source>k is written only before i, y, e, ê; here write c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="15"/>
        <source>Before the glide u write qu, not c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="16"/>
        <source>q is always written qu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="17"/>
        <source>Before i, e, ê write gh, not g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="18"/>
        <source>After gh write only i, e, ê; here write g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="19"/>
        <source>Before i, e, ê write ngh, not ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="20"/>
        <source>After ngh write only i, e, ê; here write ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="21"/>
        <source>After a consonant write iê, not yê.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="22"/>
        <source>A syllable that starts with this vowel is written yê, not iê.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="25"/>
        <source>The rhyme “{rhyme}” is not Vietnamese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="26"/>
        <source>A syllable ending in -{coda} takes only the sắc or nặng tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="29"/>
        <source>A syllable ending in -{coda} needs a sắc or nặng tone mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="32"/>
        <source>Two tone marks on one syllable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="33"/>
        <source>The tone mark is on the wrong vowel, in either tone-mark style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="36"/>
        <source>Not a Vietnamese syllable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="37"/>
        <source>Telex keys left in the word: the input method did not convert them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="40"/>
        <source>VNI keys (digits) left in the word: the input method did not convert them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="43"/>
        <source>The tone key was typed again after the word already had its mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="46"/>
        <source>Letters and marks stored apart (decomposed Unicode): search and sorting miss them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="50"/>
        <source>No space before “{char}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="51"/>
        <source>Two spaces in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="52"/>
        <source>“{wrong}” is a common mistake for “{right}”. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="17"/>
        <source>“{former}” is a former province: write “{former} (nay là {current})”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/controller.py" line="112"/>
        <source>Cannot add the word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="50"/>
        <source>Article and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="51"/>
        <source>Articles left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="61"/>
        <source>Double-click an article to open it and fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="69"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="74"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../lnv_editor/sync/photos.py" line="23"/>
        <source>The photo {sha} from the server does not match its SHA-256: it was not stored. Ask whoever added it to add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/pull.py" line="173"/>
        <source>A row from the server was not stored ({kind}): {reason} Ask whoever wrote it to correct it; the rest was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="31"/>
        <source>{what} has an invalid id ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="41"/>
        <source>The field {field} is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="44"/>
        <source>The field {field} is too long ({size} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="55"/>
        <source>The field {field} is not valid Unicode text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="63"/>
        <source>An article from the server is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="75"/>
        <source>Unknown status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="80"/>
        <source>The article has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="102"/>
        <source>A photo has an invalid SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="236"/>
        <location filename="../../lnv_editor/sync/purges.py" line="29"/>
        <source>{title} (kept copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/house_style.py" line="149"/>
        <source>A version of the house style rules from the server is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/conflicts.py" line="31"/>
        <source>“{title}” is no longer in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/conflicts.py" line="52"/>
        <source>Compare the two texts of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConnecting</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="39"/>
        <source>Upload this laptop&apos;s articles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="86"/>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="137"/>
        <source>Not connected to the newsroom server: nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="106"/>
        <source>Not connected: this laptop works on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="128"/>
        <source>Disconnected: this laptop works on its own. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="145"/>
        <source>The system keyring did not take the password: type it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="242"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="243"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="245"/>
        <source>Offline — %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline — %n change waiting to be sent</numerusform>
            <numerusform>Offline — %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="247"/>
        <source>Offline — nothing waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="250"/>
        <source>Server refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="253"/>
        <source>Server refused %n article(s). First: {reason}</source>
        <translation>
            <numerusform>Server refused %n article. First: {reason}</numerusform>
            <numerusform>Server refused %n articles. First: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="257"/>
        <source>Not connected: the server needs your password (File → Newsroom server…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="259"/>
        <source>Sync stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="287"/>
        <source>Deleted for good on the server; your unsent changes are kept as “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="295"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="297"/>
        <source>“{title}” was changed on another laptop at the same time. Both texts are kept: compare them and merge what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="301"/>
        <source>Conflict: %n article(s)…</source>
        <translation>
            <numerusform>Conflict: %n article…</numerusform>
            <numerusform>Conflicts: %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="317"/>
        <source>This laptop already has %n article(s) in {store}. Connecting sends them to the newsroom server {server}, where your colleagues can read them (drafts included), and keeps syncing them. Upload them and connect?</source>
        <translation>
            <numerusform>This laptop already has %n article in {store}. Connecting sends it to the newsroom server {server}, where your colleagues can read it (drafts included), and keeps syncing it. Upload it and connect?</numerusform>
            <numerusform>This laptop already has %n articles in {store}. Connecting sends them to the newsroom server {server}, where your colleagues can read them (drafts included), and keeps syncing them. Upload them and connect?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/errors.py" line="60"/>
        <source>The server refused the user name or password for {user}. Check them, or ask the newsroom&apos;s administrator to set your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/errors.py" line="66"/>
        <source>Cannot reach the server {where}. Check the address and the network; you can keep writing offline and LNV Editor will send your work once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/errors.py" line="72"/>
        <source>{where} is not an LNV newsroom server yet (database {database}). Its administrator runs: lnv-editor server init postgresql://…/{database}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="108"/>
        <source>Restore %n article(s) from the trash</source>
        <translation>
            <numerusform>Restore %n article from the trash</numerusform>
            <numerusform>Restore %n articles from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="109"/>
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Move %n article to the trash</numerusform>
            <numerusform>Move %n articles to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="118"/>
        <source>Moved %n article(s) to the trash. Ctrl+Z in the library brings them back.</source>
        <translation>
            <numerusform>Moved %n article to the trash. Ctrl+Z in the library brings it back.</numerusform>
            <numerusform>Moved %n articles to the trash. Ctrl+Z in the library brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="136"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="140"/>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="142"/>
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
        <location filename="../../lnv_editor/gui/library/trash.py" line="161"/>
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Deleted %n article for good.</numerusform>
            <numerusform>Deleted %n articles for good.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="202"/>
        <source>“{title}” was moved to the trash, so it was closed. Its text is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="203"/>
        <location filename="../../lnv_editor/gui/library/trash.py" line="231"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="230"/>
        <source>“{title}” was deleted for good on the newsroom server, so it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="244"/>
        <source>This article was deleted for good on the newsroom server; what you had not saved is kept as “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="27"/>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="28"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="29"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="45"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="46"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="47"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="48"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="49"/>
        <source>Edited after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="50"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

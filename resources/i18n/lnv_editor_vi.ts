<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="46"/>
        <source>About LNV Editor</source>
        <translation>Giới thiệu LNV Editor</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="52"/>
        <source>The offline authoring tool of the LNV portal about craft villages and rural industry.</source>
        <translation>Ứng dụng soạn bài ngoại tuyến của cổng tin LNV về làng nghề và công nghiệp nông thôn.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="61"/>
        <source>Store:</source>
        <translation>Kho dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="62"/>
        <source>Photos:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="63"/>
        <source>Settings:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="64"/>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="80"/>
        <source>LNV Editor bundles these components:</source>
        <translation>LNV Editor đóng gói kèm các thành phần sau:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="83"/>
        <source>Bundled components</source>
        <translation>Thành phần đóng gói kèm</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="86"/>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="86"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="86"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="96"/>
        <source>see its project page</source>
        <translation>xem trang dự án</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/about.py" line="108"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: this build links them as separate libraries in its folder, which you may replace with your own build. LNV Editor itself is MIT-licensed.</source>
        <translation>Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3: bản cài này liên kết chúng dưới dạng thư viện riêng trong thư mục cài đặt, bạn có thể thay bằng bản dựng của mình. Bản thân LNV Editor theo giấy phép MIT.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="26"/>
        <source>Articles</source>
        <translation>Danh sách bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="27"/>
        <source>Photos of the article</source>
        <translation>Ảnh của bài</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="28"/>
        <source>Provinces tagged</source>
        <translation>Tỉnh thành đã gắn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="29"/>
        <source>Related stories</source>
        <translation>Tin liên quan</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="30"/>
        <source>Stories found</source>
        <translation>Tin tìm được</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/a11y.py" line="31"/>
        <source>Body (Markdown)</source>
        <translation>Nội dung (Markdown)</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="24"/>
        <source>&amp;New article</source>
        <translation>&amp;Bài viết mới</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="26"/>
        <source>Create an article and start with its title</source>
        <translation>Tạo bài viết mới và bắt đầu từ tiêu đề</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="28"/>
        <source>New &amp;window</source>
        <translation>&amp;Cửa sổ mới</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="31"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="33"/>
        <source>Open an existing store file</source>
        <translation>Mở một tệp kho dữ liệu có sẵn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="37"/>
        <source>New sto&amp;re…</source>
        <translation>Kho mớ&amp;i…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="39"/>
        <source>Create an empty store in a new file</source>
        <translation>Tạo một kho dữ liệu trống trong một tệp mới</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="45"/>
        <source>Save now and keep a revision (autosave runs anyway)</source>
        <translation>Lưu ngay và giữ lại một phiên bản (tính năng tự động lưu vẫn hoạt động)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="47"/>
        <source>Revision &amp;history…</source>
        <translation>Lịch sử &amp;phiên bản…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="50"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Xuất bản…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="52"/>
        <source>Export articles as bundles for the website</source>
        <translation>Xuất bài thành gói để đăng lên trang tin</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="56"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="58"/>
        <source>Import a bundle (zip) or a publish store</source>
        <translation>Nhập một gói (zip) hoặc một kho xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="60"/>
        <source>Import from &amp;folder…</source>
        <translation>Nhập từ t&amp;hư mục…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="63"/>
        <source>Newsroom ser&amp;ver…</source>
        <translation>Má&amp;y chủ tòa soạn…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="65"/>
        <source>Connect this laptop to the newsroom&apos;s shared server</source>
        <translation>Kết nối máy này với máy chủ chung của tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="67"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="69"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="72"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="75"/>
        <source>Move to &amp;trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="77"/>
        <source>Move the selected articles to the trash (Ctrl+Z brings them back)</source>
        <translation>Chuyển các bài đang chọn vào thùng rác (Ctrl+Z để lấy lại)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="83"/>
        <source>&amp;Restore from trash</source>
        <translation>Khôi &amp;phục từ thùng rác</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="85"/>
        <source>Bring the selected articles back to the library</source>
        <translation>Đưa các bài đang chọn trở lại thư viện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="89"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="91"/>
        <source>Delete the articles in the trash for good (cannot be undone)</source>
        <translation>Xoá vĩnh viễn các bài trong thùng rác (không thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="95"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="97"/>
        <source>Find &amp;next</source>
        <translation>Tìm &amp;kế tiếp</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="99"/>
        <source>&amp;Bold</source>
        <translation>&amp;In đậm</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="100"/>
        <source>&amp;Italic</source>
        <translation>In &amp;nghiêng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="101"/>
        <source>&amp;Subheading</source>
        <translation>Tiêu đề &amp;phụ</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="102"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="103"/>
        <source>&amp;List</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="104"/>
        <source>&amp;Link</source>
        <translation>&amp;Liên kết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="107"/>
        <source>Add &amp;comment</source>
        <translation>Thêm &amp;nhận xét</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="109"/>
        <source>Comment on the selected text</source>
        <translation>Nhận xét về đoạn chữ đang chọn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="113"/>
        <source>&amp;Compare versions…</source>
        <translation>&amp;So sánh phiên bản…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="115"/>
        <source>Compare two revisions, or a revision with the text now</source>
        <translation>So sánh hai phiên bản, hoặc một phiên bản với nội dung hiện tại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="121"/>
        <source>Every keyboard shortcut of LNV Editor</source>
        <translation>Mọi phím tắt của LNV Editor</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/actions.py" line="123"/>
        <source>&amp;About LNV Editor</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="24"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="25"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="26"/>
        <source>In review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="27"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/article.py" line="28"/>
        <source>Published</source>
        <translation>Xuất bản</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="36"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="45"/>
        <source>Lead (sapo): one paragraph that sums up the story</source>
        <translation>Sapo: một đoạn văn tóm tắt nội dung bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="52"/>
        <source>Author, e.g. Lê Nam</source>
        <translation>Tác giả, ví dụ: Lê Nam</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="58"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="65"/>
        <source>Byline:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="65"/>
        <source>Section:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="65"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/article_editor.py" line="74"/>
        <source>Write the story in Markdown: ## subheading, **bold**, *italic*, &gt; quotation</source>
        <translation>Viết nội dung bài bằng Markdown: ## tiêu đề phụ, **in đậm**, *in nghiêng*, &gt; trích dẫn</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="49"/>
        <source>Open a store first.</source>
        <translation>Hãy mở một kho dữ liệu trước.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="52"/>
        <source>An export or import is still running.</source>
        <translation>Một lượt xuất bản hoặc nhập vẫn đang chạy.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="123"/>
        <source>the publish store already has a newer version; version {version} was not written.</source>
        <translation>kho xuất bản đã có phiên bản mới hơn; phiên bản {version} không được ghi.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="131"/>
        <source>Publishing finished</source>
        <translation>Đã xuất bản xong</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="141"/>
        <source>Nothing was published: these articles changed and cannot be published now. Fix them and publish again.</source>
        <translation>Chưa xuất bản bài nào: các bài dưới đây vừa thay đổi và hiện chưa thể xuất bản. Hãy sửa rồi xuất bản lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="85"/>
        <source>Publishing %n article(s)…</source>
        <translation>
            <numerusform>Đang xuất bản %n bài…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="103"/>
        <source>Published %n article(s) to {where}.</source>
        <translation>
            <numerusform>Đã xuất bản %n bài vào {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="110"/>
        <source>%n already had this version there and were left as they were.</source>
        <translation>
            <numerusform>%n bài đã có phiên bản này ở đó nên được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="130"/>
        <source>%n article(s) were left out:</source>
        <translation>
            <numerusform>%n bài không được xuất bản:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="146"/>
        <source>Publishing was cancelled after %n article(s). Every bundle in {where} is whole: none was left half-written.</source>
        <translation>
            <numerusform>Đã hủy xuất bản sau %n bài. Mọi gói trong {where} đều trọn vẹn: không gói nào bị ghi dở.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="152"/>
        <source>Publishing stopped: {reason}</source>
        <translation>Xuất bản bị dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="153"/>
        <source>Publishing stopped</source>
        <translation>Xuất bản bị dừng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="159"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="173"/>
        <source>Import a bundle or a publish store</source>
        <translation>Nhập một gói hoặc một kho xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="175"/>
        <source>Bundles and publish stores (*.zip *.sqlite *.db);;All files (*)</source>
        <translation>Gói và kho xuất bản (*.zip *.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="184"/>
        <source>Import a bundle folder, or a folder of bundles</source>
        <translation>Nhập một thư mục gói, hoặc một thư mục chứa nhiều gói</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="193"/>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="210"/>
        <source>Nothing was imported and the store is unchanged: %n bundle(s) failed their checks. Ask the sender to export them again.</source>
        <translation>
            <numerusform>Chưa nhập bài nào và kho dữ liệu không thay đổi: %n gói không qua được bước kiểm tra. Hãy nhờ người gửi xuất lại các gói đó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/install.py" line="230"/>
        <source>Imported %n article(s): {added} new, {revised} as a new revision of an article already here (the text it replaced stays in its history).</source>
        <translation>
            <numerusform>Đã nhập %n bài: {added} bài mới, {revised} bài thành phiên bản mới của bài đã có (nội dung cũ vẫn giữ trong lịch sử phiên bản).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="241"/>
        <source>related story {uri} is not in this store yet: the link is kept, marked as missing, and made when that story is imported.</source>
        <translation>bài liên quan {uri} chưa có trong kho này: liên kết vẫn được giữ, đánh dấu là còn thiếu, và sẽ được nối khi bài đó được nhập.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="216"/>
        <source>Nothing was imported and the store is unchanged. {reason}</source>
        <translation>Chưa nhập bài nào và kho dữ liệu không thay đổi. {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="220"/>
        <source>Nothing was imported</source>
        <translation>Chưa nhập được gì</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="223"/>
        <source>Bundle and why</source>
        <translation>Gói và lý do</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/install.py" line="250"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
</context>
<context>
    <name>BundleJob</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="37"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="39"/>
        <source>LNV Editor</source>
        <translation>LNV Editor</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="57"/>
        <source>Stopping after the article being written…</source>
        <translation>Đang dừng sau khi ghi xong bài hiện tại…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/jobs.py" line="65"/>
        <source>{done} of %n article(s) done</source>
        <translation>
            <numerusform>Xong {done}/%n bài</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="134"/>
        <source>Added {added} demo articles ({total} in the demo set); the store {path} now holds {count} articles.</source>
        <translation>Đã thêm {added} bài viết mẫu (bộ mẫu có tổng cộng {total} bài); kho dữ liệu {path} hiện có {count} bài viết.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="181"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="182"/>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="183"/>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="184"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="185"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="186"/>
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="187"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/common.py" line="98"/>
        <source>Upgrading the store {path} for this version of LNV Editor… A large archive takes a few minutes.</source>
        <translation>Đang nâng cấp kho {path} cho phiên bản LNV Editor này… Kho lớn có thể mất vài phút.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/common.py" line="107"/>
        <source>Created a new store at {path}.</source>
        <translation>Đã tạo kho mới tại {path}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/photos.py" line="61"/>
        <source>Added photo {id}: {name} ({width}×{height})</source>
        <translation>Đã thêm ảnh {id}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="56"/>
        <source>{input}: {former} is now part of {current}; tagged {current}.</source>
        <translation>{input}: {former} nay thuộc {current}; đã gắn {current}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="59"/>
        <source>{input}: tagged {current}.</source>
        <translation>{input}: đã gắn {current}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="93"/>
        <source>Provinces named in the story:</source>
        <translation>Các tỉnh, thành được nhắc trong bài:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/places.py" line="98"/>
        <source>Related stories:</source>
        <translation>Tin liên quan:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="113"/>
        <source>Nothing was exported.</source>
        <translation>Chưa xuất bài nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="122"/>
        <source>lnv-editor: nothing was exported; fix these articles and export again:</source>
        <translation>lnv-editor: chưa xuất bài nào; hãy sửa các bài sau rồi xuất lại:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="136"/>
        <source>Exported {id} version {version}: {where} ({outcome})</source>
        <translation>Đã xuất bài {id} phiên bản {version}: {where} ({outcome})</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="144"/>
        <source>lnv-editor: exported without a portal address (--no-base-url): article.json is not valid ninjs and the pages have no canonical address. Export again with --base-url before sending the bundles to the portal.</source>
        <translation>lnv-editor: đã xuất khi chưa có địa chỉ cổng thông tin (--no-base-url): article.json không phải ninjs hợp lệ và các trang không có địa chỉ chính thức. Hãy xuất lại với --base-url trước khi gửi gói bài lên cổng thông tin.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="154"/>
        <source>lnv-editor: the publish store has a newer version of {id} ({uri}); version {version} was not written.</source>
        <translation>lnv-editor: kho xuất bản đã có phiên bản mới hơn của bài {id} ({uri}); phiên bản {version} không được ghi.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="173"/>
        <source>Imported {uri} as a new article {id}.</source>
        <translation>Đã nhập {uri} thành bài mới {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="175"/>
        <source>Imported {uri} as a new revision of article {id}.</source>
        <translation>Đã nhập {uri} thành phiên bản mới của bài {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="180"/>
        <source>  related story {uri} is not in this store; link skipped.</source>
        <translation>  tin liên quan {uri} không có trong kho này; bỏ qua liên kết.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/bundle.py" line="208"/>
        <source>OK: {source}: {uri} version {version}, {files} files match the manifest.</source>
        <translation>Đạt: {source}: {uri} phiên bản {version}, {files} tệp khớp với manifest.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/search.py" line="47"/>
        <source>No article contains the exact phrase «{phrase}»; showing the articles that have all the words.</source>
        <translation>Không có bài nào chứa đúng cụm «{phrase}»; hiện các bài có đủ các từ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="95"/>
        <source>Article {id} is now: {status}.</source>
        <translation>Bài {id} nay ở trạng thái: {status}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="110"/>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="152"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="153"/>
        <source>Warning</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="158"/>
        <source>Spelling</source>
        <translation>Chính tả</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="163"/>
        <source>House style</source>
        <translation>Văn phong tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="168"/>
        <source>Nothing to fix.</source>
        <translation>Không có gì cần sửa.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="41"/>
        <source>Moved {count} article(s) to the trash: {ids}. Undo: lnv-editor undelete {ids}</source>
        <translation>Đã chuyển {count} bài vào thùng rác: {ids}. Lấy lại: lnv-editor undelete {ids}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="58"/>
        <source>Brought back {count} article(s) from the trash: {ids}</source>
        <translation>Đã lấy lại {count} bài từ thùng rác: {ids}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/trash.py" line="79"/>
        <source>Emptied the trash: {count} article(s) deleted for good, {files} photo file(s) removed.</source>
        <translation>Đã dọn thùng rác: xoá vĩnh viễn {count} bài, gỡ {files} tệp ảnh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="69"/>
        <source>Article {id} already had this text.</source>
        <translation>Bài {id} đã có đúng nội dung này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="72"/>
        <source>Saved article {id} as version {version} ({status}).</source>
        <translation>Đã lưu bài {id}, phiên bản {version} ({status}).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="78"/>
        <source>lnv-editor: version {version} was saved by someone else after version {base}; their text is kept as revision {revision} in the history.</source>
        <translation>lnv-editor: người khác đã lưu phiên bản {version} sau phiên bản {base}; nội dung của họ được giữ thành bản lưu {revision} trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="128"/>
        <source>The newsroom schema at {address} is at version {version}.</source>
        <translation>Lược đồ tòa soạn tại {address} đang ở phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="140"/>
        <source>Password for {name}: </source>
        <translation>Mật khẩu cho {name}: </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="146"/>
        <source>Created the login {name} ({role}).</source>
        <translation>Đã tạo tài khoản {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="160"/>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="175"/>
        <source>The login {name} can sign in again, with its role and password.</source>
        <translation>Tài khoản {name} đăng nhập lại được, với vai trò và mật khẩu như cũ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="190"/>
        <source>The login {name} can no longer sign in; its articles and comments stay.</source>
        <translation>Tài khoản {name} không đăng nhập được nữa; bài viết và góp ý của tài khoản vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="227"/>
        <source>Server: {address} (PostgreSQL {version})</source>
        <translation>Máy chủ: {address} (PostgreSQL {version})</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="232"/>
        <source>Schema: {version} (up to date)</source>
        <translation>Lược đồ: {version} (mới nhất)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="235"/>
        <source>Schema: {version}; this LNV Editor brings {latest}: run server init.</source>
        <translation>Lược đồ: {version}; bản LNV Editor này có {latest}: hãy chạy server init.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="241"/>
        <source>Accounts: {users}; disabled {disabled}</source>
        <translation>Tài khoản: {users}; đã khóa {disabled}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="247"/>
        <source>Articles: {articles}; in the trash {trashed}; deleted for good {purged}</source>
        <translation>Bài: {articles}; trong thùng rác {trashed}; đã xóa hẳn {purged}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="251"/>
        <source>Laptops (last sync):</source>
        <translation>Máy tính (lần đồng bộ gần nhất):</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="255"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="37"/>
        <source>Say which server to sync with: --server postgresql://user:password@host:port/database, or set LNV_SERVER.</source>
        <translation>Hãy cho biết máy chủ cần đồng bộ: --server postgresql://tên:mật-khẩu@máy:cổng/cơ-sở-dữ-liệu, hoặc đặt biến LNV_SERVER.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="67"/>
        <source>Synced with {server}: {sent} sent, {received} received.</source>
        <translation>Đã đồng bộ với {server}: đã gửi {sent}, đã nhận {received}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="73"/>
        <source>Refused: «{title}»: {message}</source>
        <translation>Máy chủ từ chối: «{title}»: {message}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="79"/>
        <source>Conflict: «{title}» was changed on another laptop too. Both texts are kept; compare them in the article&apos;s history (revision «conflict»).</source>
        <translation>Xung đột: «{title}» cũng đã được sửa trên một máy khác. Cả hai bản đều được giữ; hãy so sánh chúng trong lịch sử của bài (phiên bản «xung đột»).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="87"/>
        <source>{count} article(s) deleted for good on the server were removed from this laptop.</source>
        <translation>{count} bài đã bị xóa hẳn trên máy chủ nên đã được gỡ khỏi máy này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="95"/>
        <source>Kept: «{title}» was deleted for good on the server while this laptop had changes not sent; they are kept as a new article, «{new_title}».</source>
        <translation>Giữ lại: bài «{title}» đã bị xóa hẳn trên máy chủ trong khi máy này còn thay đổi chưa gửi; các thay đổi được giữ thành một bài mới, «{new_title}».</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="103"/>
        <source>{count} article(s) the server had lost (restored from an older backup) were sent to it again.</source>
        <translation>{count} bài máy chủ đã mất (do khôi phục từ một bản sao lưu cũ hơn) đã được gửi lại lên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/sync.py" line="110"/>
        <source>{count} change(s) not sent yet.</source>
        <translation>Còn {count} thay đổi chưa gửi.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="72"/>
        <source>The house rules are unchanged (version {version}).</source>
        <translation>Quy tắc tòa soạn không đổi (phiên bản {version}).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="78"/>
        <source>House rules saved as version {version}: {count} rule(s) in force.</source>
        <translation>Đã lưu quy tắc tòa soạn thành phiên bản {version}: {count} quy tắc đang áp dụng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="118"/>
        <source>(shipped with the app)</source>
        <translation>(kèm theo ứng dụng)</translation>
    </message>
</context>
<context>
    <name>CommentList</name>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="35"/>
        <source>Reply…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="37"/>
        <source>Resolve</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="39"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="83"/>
        <source>(no name)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="88"/>
        <source>[resolved] </source>
        <translation>[đã xử lý] </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="90"/>
        <source>[text gone] </source>
        <translation>[đoạn văn đã mất] </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="114"/>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/comment_list.py" line="114"/>
        <source>Your reply:</source>
        <translation>Nội dung trả lời:</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="23"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="24"/>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="25"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="26"/>
        <source>Caption of photo {photo}</source>
        <translation>Chú thích ảnh {photo}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/diff.py" line="27"/>
        <source>Provinces</source>
        <translation>Tỉnh, thành</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="104"/>
        <source>Compare versions</source>
        <translation>So sánh phiên bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="114"/>
        <source>Current text</source>
        <translation>Bản hiện tại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="124"/>
        <source>Hide tone-mark style changes (hoà / hòa)</source>
        <translation>Ẩn thay đổi kiểu đặt dấu thanh (hoà / hòa)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="126"/>
        <source>Side by side</source>
        <translation>Hai cột song song</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="148"/>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="150"/>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="203"/>
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n phần thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/compare_dialog.py" line="212"/>
        <source>tone-mark style only; before</source>
        <translation>chỉ đổi kiểu đặt dấu; trước đó</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="83"/>
        <source>LNV Editor hit an error</source>
        <translation>LNV Editor gặp lỗi</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="85"/>
        <source>Your open draft has been saved.</source>
        <translation>Bản nháp đang mở đã được lưu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="90"/>
        <source>Something went wrong that LNV Editor did not expect: {error}</source>
        <translation>Đã xảy ra một lỗi LNV Editor không lường trước: {error}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/crash.py" line="97"/>
        <source>The details are in the log file:
{path}
Please send that file to the technical team. You can keep working; if something looks wrong, restart LNV Editor.</source>
        <translation>Chi tiết có trong tệp nhật ký:
{path}
Hãy gửi tệp đó cho bộ phận kỹ thuật. Bạn có thể làm tiếp; nếu thấy có gì bất thường, hãy khởi động lại LNV Editor.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="88"/>
        <source>The body file {path} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Tệp nội dung {path} không phải là văn bản UTF-8. Vui lòng lưu tệp với mã hóa UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/articles.py" line="95"/>
        <source>Cannot read the body file {path}: {reason}.</source>
        <translation>Không thể đọc tệp nội dung {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="44"/>
        <source>The file {name} could not be found: it may have been moved, renamed or deleted while it was being added. Check where it is and add it again.</source>
        <translation>Không tìm thấy tệp {name}: có thể tệp đã bị di chuyển, đổi tên hoặc xóa trong lúc đang được thêm vào. Vui lòng kiểm tra vị trí của tệp rồi thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="57"/>
        <source>{name} is a folder or a device, not a photo file. Choose the photo files themselves.</source>
        <translation>{name} là một thư mục hoặc thiết bị, không phải tệp ảnh. Vui lòng chọn trực tiếp các tệp ảnh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="69"/>
        <source>{name} is the article store itself (or one of its working files), not a photo. It was not read. Choose the photo files themselves.</source>
        <translation>{name} là chính kho bài viết (hoặc một tệp làm việc của kho), không phải ảnh. Tệp không được đọc. Hãy chọn chính các tệp ảnh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="82"/>
        <source>The file {name} is empty (0 bytes). It was probably not copied completely: copy it again from the camera or phone and add it again.</source>
        <translation>Tệp {name} trống (0 byte). Có thể tệp chưa được sao chép đầy đủ: vui lòng sao chép lại từ máy ảnh hoặc điện thoại rồi thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="95"/>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB allowed for one photo. Export it as a JPEG from a photo editor and add that file instead.</source>
        <translation>Tệp {name} có dung lượng {size_mb} MB, vượt quá mức {limit_mb} MB cho phép đối với một ảnh. Vui lòng dùng phần mềm chỉnh sửa ảnh để xuất ảnh sang định dạng JPEG rồi thêm tệp đó thay thế.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="110"/>
        <source>Cannot read {name}: {reason}. If it is on a memory card, phone or network drive, check that it is still connected, then add it again.</source>
        <translation>Không thể đọc {name}: {reason}. Nếu tệp nằm trên thẻ nhớ, điện thoại hoặc ổ đĩa mạng, vui lòng kiểm tra xem thiết bị còn được kết nối không, rồi thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="124"/>
        <source>{name} is not a photo: its contents are not JPEG, PNG, WebP or HEIC, whatever its name says. Check that you chose the right file.</source>
        <translation>{name} không phải là ảnh: nội dung tệp không thuộc định dạng JPEG, PNG, WebP hay HEIC, bất kể tên tệp ghi thế nào. Vui lòng kiểm tra xem bạn đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="137"/>
        <source>{name} is a {detected} file, which LNV Editor does not accept. Save it as JPEG, PNG, WebP or HEIC in a photo editor and add it again.</source>
        <translation>{name} là tệp {detected}, định dạng mà LNV Editor không chấp nhận. Vui lòng dùng phần mềm chỉnh sửa ảnh để lưu lại dưới dạng JPEG, PNG, WebP hoặc HEIC rồi thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="151"/>
        <source>{name} is damaged or incomplete and cannot be decoded ({reason}). Copy it again from the camera or phone, or open it in a photo editor and save it again.</source>
        <translation>{name} bị hỏng hoặc không đầy đủ nên không thể giải mã ({reason}). Vui lòng sao chép lại từ máy ảnh hoặc điện thoại, hoặc mở tệp bằng phần mềm chỉnh sửa ảnh rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="165"/>
        <source>{name} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels LNV Editor accepts. Reduce its size in a photo editor and add it again.</source>
        <translation>{name} có kích thước {width} × {height} pixel ({megapixels} megapixel), vượt quá mức {limit} megapixel mà LNV Editor chấp nhận. Vui lòng giảm kích thước ảnh bằng phần mềm chỉnh sửa ảnh rồi thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="183"/>
        <source>{name} declares a picture far larger than {limit} megapixels. It is probably damaged or made to exhaust the computer&apos;s memory, so it was not opened. Ask the sender for a normal copy of the photo.</source>
        <translation>{name} khai báo kích thước ảnh lớn hơn rất nhiều so với {limit} megapixel. Nhiều khả năng tệp đã bị hỏng hoặc được tạo ra nhằm làm cạn bộ nhớ máy tính, vì vậy tệp đã không được mở. Vui lòng đề nghị người gửi cung cấp một bản ảnh bình thường.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="200"/>
        <source>There is not enough free disk space to store {name} in {root}. Nothing was saved. Free some space on that disk and add the photo again.</source>
        <translation>Không đủ dung lượng đĩa trống để lưu {name} vào {root}. Chưa có dữ liệu nào được lưu. Vui lòng giải phóng bớt dung lượng trên ổ đĩa đó rồi thêm lại ảnh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="211"/>
        <source>Cannot save {name} in the photo store {root}: {reason}. Nothing was saved. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Không thể lưu {name} vào kho ảnh {root}: {reason}. Chưa có dữ liệu nào được lưu. Vui lòng kiểm tra xem thư mục có tồn tại và bạn có quyền ghi vào đó không, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="226"/>
        <source>The original of photo {sha} is missing from the photo store {root}. Add the photo to the article again.</source>
        <translation>Kho ảnh {root} không còn bản gốc của ảnh {sha}. Vui lòng thêm lại ảnh vào bài viết.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="239"/>
        <source>The preview images of photo {sha} cannot be made: its stored original cannot be decoded ({reason}). Remove the photo from the article and add it again.</source>
        <translation>Không thể tạo ảnh xem trước cho ảnh {sha}: không giải mã được bản gốc đã lưu ({reason}). Vui lòng gỡ ảnh khỏi bài viết rồi thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="255"/>
        <source>There is not enough free disk space in {root} for the preview images of photo {sha}. Free some space on that disk and try again.</source>
        <translation>Không đủ dung lượng đĩa trống trong {root} để tạo ảnh xem trước cho ảnh {sha}. Vui lòng giải phóng bớt dung lượng trên ổ đĩa đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/media/errors.py" line="265"/>
        <source>Cannot save the preview images of photo {sha} in {root}: {reason}. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Không thể lưu ảnh xem trước của ảnh {sha} vào {root}: {reason}. Vui lòng kiểm tra xem thư mục có tồn tại và bạn có quyền ghi vào đó không, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/fields.py" line="27"/>
        <source>Unknown status {status}. Use one of: {choices}.</source>
        <translation>Trạng thái không hợp lệ: {status}. Vui lòng dùng một trong các giá trị sau: {choices}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="204"/>
        <location filename="../../lnv_editor/store/photos.py" line="201"/>
        <location filename="../../lnv_editor/store/tags.py" line="155"/>
        <location filename="../../lnv_editor/store/trash.py" line="140"/>
        <location filename="../../lnv_editor/store/comments.py" line="278"/>
        <source>There is no article with id {id}.</source>
        <translation>Không có bài viết nào mang mã {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="223"/>
        <source>There is no revision with id {id}.</source>
        <translation>Không có phiên bản nào mang mã {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="275"/>
        <source>The article {id} no longer exists in the store; it may have been deleted in another window.</source>
        <translation>Bài viết {id} không còn trong kho dữ liệu; có thể bài đã bị xóa ở một cửa sổ khác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/repository.py" line="350"/>
        <source>Revision {rev} belongs to another article, not to {id}.</source>
        <translation>Phiên bản {rev} thuộc về một bài viết khác, không phải bài {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="101"/>
        <source>The store {path} is on a network file system ({fstype}). LNV Editor keeps its store in WAL mode, which is not safe there. Copy the file to a local disk and open that copy.</source>
        <translation>Kho dữ liệu {path} nằm trên hệ thống tệp mạng ({fstype}). LNV Editor lưu kho dữ liệu ở chế độ WAL, vốn không an toàn trên loại hệ thống tệp này. Vui lòng sao chép tệp sang ổ đĩa cục bộ rồi mở bản sao đó.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="116"/>
        <source>{path} is a folder. Give the path of a store file (.sqlite).</source>
        <translation>{path} là một thư mục. Vui lòng chỉ định đường dẫn tới một tệp kho dữ liệu (.sqlite).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="143"/>
        <source>{path} is not an LNV Editor store (it is not an SQLite database). The file was not changed. Choose another file, or a new file name to create a store.</source>
        <translation>{path} không phải là kho dữ liệu của LNV Editor (đây không phải cơ sở dữ liệu SQLite). Tệp không bị thay đổi. Vui lòng chọn tệp khác, hoặc nhập tên tệp mới để tạo kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="151"/>
        <source>{path} cannot be read as a store: {reason}. The file was not changed. Restore it from a backup or choose another file.</source>
        <translation>Không thể đọc {path} dưới dạng kho dữ liệu: {reason}. Tệp không bị thay đổi. Vui lòng khôi phục tệp từ bản sao lưu hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="161"/>
        <source>{path} is an SQLite database but not an LNV Editor store. The file was not changed. Choose another file.</source>
        <translation>{path} là cơ sở dữ liệu SQLite nhưng không phải kho dữ liệu của LNV Editor. Tệp không bị thay đổi. Vui lòng chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="170"/>
        <source>{path} was written by a newer version of LNV Editor (schema {revision}). Update LNV Editor to open it; the file was not changed.</source>
        <translation>{path} được ghi bởi một phiên bản LNV Editor mới hơn (lược đồ {revision}). Vui lòng cập nhật LNV Editor để mở tệp này; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="189"/>
        <source>The store could not be switched to WAL mode (it reports {mode}). Copy it to a local disk and try again.</source>
        <translation>Không thể chuyển kho dữ liệu sang chế độ WAL (chế độ hiện tại: {mode}). Vui lòng sao chép kho dữ liệu sang ổ đĩa cục bộ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="220"/>
        <source>There is no store at {path}. Check the path; to start a new store there, use lnv-editor new or lnv-editor demo.</source>
        <translation>Không có kho nào tại {path}. Hãy kiểm tra đường dẫn; muốn tạo kho mới ở đó, dùng lnv-editor new hoặc lnv-editor demo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/engine.py" line="233"/>
        <source>Cannot create the folder for the store {path}: {reason}.</source>
        <translation>Không thể tạo thư mục cho kho dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/photos.py" line="81"/>
        <location filename="../../lnv_editor/store/photos.py" line="210"/>
        <source>There is no photo with id {id}.</source>
        <translation>Không có ảnh nào mang mã {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/tags.py" line="76"/>
        <source>{code} is not the code of a current province.</source>
        <translation>{code} không phải là mã của một tỉnh/thành hiện hành. Vui lòng dùng mã tỉnh/thành theo danh mục hiện hành.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/tags.py" line="139"/>
        <source>A story cannot be related to itself.</source>
        <translation>Không thể đặt một bài làm tin liên quan của chính nó. Vui lòng chọn một bài khác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/provinces.py" line="270"/>
        <source>No province or city matches “{name}”.</source>
        <translation>Không có tỉnh/thành nào khớp với “{name}”. Vui lòng kiểm tra lại tên tỉnh/thành.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/provinces.py" line="276"/>
        <source>“{name}” could be any of {candidates}. Type more of the name.</source>
        <translation>“{name}” có thể là một trong các tỉnh/thành sau: {candidates}. Vui lòng gõ đầy đủ hơn tên tỉnh/thành.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="11"/>
        <source>The bundle {bundle} holds a file with an unsafe name ({member}): it could write outside the folder it is opened in. Nothing was imported; ask the sender for a new bundle.</source>
        <translation>Gói {bundle} chứa một tệp có tên không an toàn ({member}): nó có thể ghi ra ngoài thư mục được mở. Chưa nhập gì; hãy đề nghị người gửi gửi gói mới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="24"/>
        <source>The bundle {bundle} holds a link ({member}) instead of a file. Nothing was imported; ask the sender for a new bundle.</source>
        <translation>Gói {bundle} chứa một liên kết ({member}) thay vì một tệp. Chưa nhập gì; hãy đề nghị người gửi gửi gói mới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="36"/>
        <source>The bundle {bundle} is too large to open safely ({what}, limit {limit}). It may be a zip bomb. Nothing was imported.</source>
        <translation>Gói {bundle} quá lớn để mở an toàn ({what}, giới hạn {limit}). Đó có thể là một quả bom zip. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="49"/>
        <source>{bundle} is not an LNV bundle: {reason}. Give a bundle folder, a .zip made by LNV Editor or a publish store (.sqlite).</source>
        <translation>{bundle} không phải là gói LNV: {reason}. Hãy chọn thư mục gói, tệp .zip do LNV Editor tạo hoặc kho xuất bản (.sqlite).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="61"/>
        <source>The file {member} in {bundle} does not match its checksum in manifest.json: the bundle was changed or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Tệp {member} trong {bundle} không khớp với mã kiểm tra trong manifest.json: gói đã bị sửa hoặc hỏng trên đường gửi. Chưa nhập gì; hãy đề nghị người gửi gửi bản mới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="74"/>
        <source>The file {member} is listed in the manifest of {bundle} but is missing. Nothing was imported; ask the sender for a complete bundle.</source>
        <translation>Tệp {member} có trong manifest của {bundle} nhưng bị thiếu. Chưa nhập gì; hãy đề nghị người gửi gửi gói đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="86"/>
        <source>The file {member} in {bundle} is not in its manifest. Nothing was imported; ask the sender for the bundle exactly as LNV Editor made it.</source>
        <translation>Tệp {member} trong {bundle} không có trong manifest. Chưa nhập gì; hãy đề nghị người gửi gửi đúng gói do LNV Editor tạo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="98"/>
        <source>{member} in {bundle} is not valid JSON for a bundle: {reason}. Nothing was imported.</source>
        <translation>{member} trong {bundle} không phải JSON hợp lệ của gói: {reason}. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="110"/>
        <source>{bundle} is bundle format {version}, which this LNV Editor cannot read. Update LNV Editor and try again.</source>
        <translation>{bundle} là gói định dạng {version}, phiên bản LNV Editor này không đọc được. Hãy cập nhật LNV Editor rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="122"/>
        <source>article.json in {bundle} is not valid ninjs 3.1: {reason}. Nothing was imported.</source>
        <translation>article.json trong {bundle} không phải ninjs 3.1 hợp lệ: {reason}. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="133"/>
        <source>The photo {member} in {bundle} cannot be used: {reason}. Nothing was imported.</source>
        <translation>Không dùng được ảnh {member} trong {bundle}: {reason}. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="145"/>
        <source>The publish store {bundle} is not safe to read: {reason}. Nothing was imported; ask for a publish store made by LNV Editor.</source>
        <translation>Kho xuất bản {bundle} không an toàn để đọc: {reason}. Chưa nhập gì; hãy xin một kho xuất bản do LNV Editor tạo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="157"/>
        <source>No article matches. Give article ids, --all or --status STATUS.</source>
        <translation>Không có bài nào phù hợp. Hãy nêu mã bài, --all hoặc --status TRẠNG_THÁI.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="165"/>
        <source>Cannot write the export to {path}: {reason}. Choose another place or free some disk space; the previous export there is unchanged.</source>
        <translation>Không ghi được bản xuất vào {path}: {reason}. Hãy chọn nơi khác hoặc giải phóng dung lượng đĩa; bản xuất trước đó ở đấy vẫn nguyên.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="176"/>
        <source>The export was cancelled.</source>
        <translation>Đã huỷ việc xuất bản.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="181"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã huỷ việc nhập; chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="187"/>
        <source>Nothing was exported: the portal&apos;s address is not set, and without it article.json and the page&apos;s links for sharing cannot be valid (ninjs, Open Graph and schema.org need absolute addresses). Set it in Preferences (Portal address, e.g. https://lnv.vn) or give --base-url https://lnv.vn; --no-base-url exports anyway, as bundles that are not valid ninjs.</source>
        <translation>Chưa xuất bài nào: chưa đặt địa chỉ cổng thông tin, mà thiếu nó thì article.json và các liên kết chia sẻ của trang không thể hợp lệ (ninjs, Open Graph và schema.org cần địa chỉ đầy đủ). Hãy đặt trong Tùy chọn (Địa chỉ cổng thông tin, ví dụ https://lnv.vn) hoặc dùng --base-url https://lnv.vn; --no-base-url vẫn xuất, nhưng gói bài không phải ninjs hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/errors.py" line="200"/>
        <source>Nothing was exported: the publish store {path} is for the portal {stored}, not {given}. Export with --base-url {stored}, or into a new publish store.</source>
        <translation>Chưa xuất bài nào: kho xuất bản {path} dành cho cổng thông tin {stored}, không phải {given}. Hãy xuất với --base-url {stored}, hoặc vào một kho xuất bản mới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="82"/>
        <source>it is {status}, not approved: submit it and have an editor approve it ({ready}) first.</source>
        <translation>bài đang ở trạng thái {status}, chưa được duyệt: hãy gửi duyệt và để biên tập viên duyệt ({ready}) trước.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="91"/>
        <source>it has no title.</source>
        <translation>bài chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="93"/>
        <source>it has no lead (sapo).</source>
        <translation>bài chưa có sapo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="101"/>
        <source>the body shows photo {id}, which the article no longer has; remove ![](photo:{id}) from the body or add the photo back.</source>
        <translation>nội dung còn hiển thị ảnh {id} mà bài không còn nữa; hãy xoá ![](photo:{id}) khỏi nội dung hoặc thêm lại ảnh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="113"/>
        <source>a related story (id {id}) was deleted; remove the link.</source>
        <translation>một tin liên quan (mã {id}) đã bị xoá; hãy bỏ liên kết đó.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/collect.py" line="124"/>
        <source>the file of photo {name} is missing from the photo folder; add the photo again.</source>
        <translation>tệp của ảnh {name} không còn trong thư mục ảnh; hãy thêm lại ảnh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/run.py" line="52"/>
        <source>Nothing was exported: {count} article(s) cannot be published yet. Fix these and export again: {details}</source>
        <translation>Chưa xuất bài nào: {count} bài chưa thể xuất bản. Hãy sửa các lỗi sau rồi xuất lại: {details}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/render/guard.py" line="41"/>
        <source>The body is nested too deeply to show (lists or quotations inside each other hundreds of times). Remove some of the nesting and the preview comes back.</source>
        <translation>Thân bài lồng nhau quá sâu nên không hiển thị được (danh sách hoặc trích dẫn lồng vào nhau hàng trăm lần). Hãy bớt các lớp lồng nhau, bản xem trước sẽ hiện lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="215"/>
        <source>The passage {quote} is not in the {field}.</source>
        <translation>Đoạn {quote} không có trong {field}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="222"/>
        <source>Say which passage: --quote TEXT, or --start and --end.</source>
        <translation>Hãy chỉ rõ đoạn văn: --quote VĂN_BẢN, hoặc --start và --end.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/review.py" line="238"/>
        <source>Say which comment: --to COMMENT.</source>
        <translation>Hãy chỉ rõ góp ý: --to MÃ_GÓP_Ý.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="234"/>
        <source>The article changed since you read it (version {seen}, now {now}). Read the new version, then try again.</source>
        <translation>Bài viết đã thay đổi từ lúc bạn đọc (phiên bản {seen}, nay là {now}). Vui lòng đọc bản mới rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="261"/>
        <source>Only a ready (approved) article can be published; article {id} is {status}.</source>
        <translation>Chỉ bài đã duyệt (Sẵn sàng) mới được xuất bản; bài {id} đang ở trạng thái {status}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="318"/>
        <source>The status cannot change from {before} to {after} by editing. Use the review steps (Submit, Approve, Return, Reopen) or lnv-editor status.</source>
        <translation>Không thể đổi trạng thái từ {before} sang {after} bằng cách sửa bài. Vui lòng dùng các bước duyệt (Gửi duyệt, Duyệt, Trả lại, Mở lại) hoặc lệnh lnv-editor status.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/review.py" line="337"/>
        <source>The article is not ready to {action}: {count} problem(s) to fix first, such as: {first} Run the check (lnv-editor check {id}) to see them all.</source>
        <translation>Bài viết chưa sẵn sàng để {action}: còn {count} lỗi cần sửa trước, ví dụ: {first} Chạy kiểm tra (lnv-editor check {id}) để xem tất cả.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="94"/>
        <source>There is no comment with id {id}.</source>
        <translation>Không có góp ý nào mang mã {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="129"/>
        <source>Comments go on {choices}, not on {field}.</source>
        <translation>Góp ý chỉ gắn vào {choices}, không gắn vào {field}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="140"/>
        <source>Photo {photo} is not a photo of article {id}.</source>
        <translation>Ảnh {photo} không phải ảnh của bài {id}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="147"/>
        <source>The passage {start}–{end} is outside the {field} ({length} characters).</source>
        <translation>Đoạn {start}–{end} nằm ngoài {field} ({length} ký tự).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/comments.py" line="268"/>
        <source>Write the comment first: it is empty.</source>
        <translation>Góp ý đang trống: vui lòng viết nội dung trước.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="57"/>
        <source>The database at {address} has no newsroom schema yet: run lnv-editor server init first.</source>
        <translation>Cơ sở dữ liệu tại {address} chưa có lược đồ tòa soạn: hãy chạy lnv-editor server init trước.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="69"/>
        <source>The server at {address} refused: {reason}. Use the address of the newsroom&apos;s administrator (the database owner).</source>
        <translation>Máy chủ tại {address} từ chối: {reason}. Hãy dùng địa chỉ của người quản trị tòa soạn (chủ sở hữu cơ sở dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="82"/>
        <source>{name} cannot be a login name: use lowercase letters without accents, digits and _ (at most 63, starting with a letter, not pg_ or lnv_), e.g. lan_nguyen.</source>
        <translation>{name} không dùng được làm tên đăng nhập: hãy dùng chữ thường không dấu, chữ số và _ (tối đa 63 ký tự, bắt đầu bằng chữ cái, không bắt đầu bằng pg_ hay lnv_), ví dụ lan_nguyen.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="100"/>
        <location filename="../../lnv_editor/core/workflow.py" line="116"/>
        <source>Unknown role {role}. Use one of: {choices}.</source>
        <translation>Vai trò không hợp lệ: {role}. Vui lòng dùng một trong các giá trị: {choices}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="106"/>
        <source>The password is too short: use at least {count} characters.</source>
        <translation>Mật khẩu quá ngắn: hãy dùng ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="115"/>
        <source>A login named {name} already exists on this PostgreSQL server: choose another name.</source>
        <translation>Trên máy chủ PostgreSQL này đã có tên đăng nhập {name}: hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/admin.py" line="187"/>
        <source>There is no account {name} in this newsroom: lnv-editor server list-users shows them.</source>
        <translation>Tòa soạn không có tài khoản {name}: lệnh lnv-editor server list-users liệt kê các tài khoản.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="129"/>
        <source>Unknown action {action}. Use one of: {choices}.</source>
        <translation>Thao tác không hợp lệ: {action}. Vui lòng dùng một trong các giá trị: {choices}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="142"/>
        <source>Cannot {action} an article that is {status}; this is possible from: {sources}.</source>
        <translation>Không thể {action} bài viết đang ở trạng thái {status}; chỉ làm được từ: {sources}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="152"/>
        <source>Only an editor may {action} an article. Set your role in the preferences (or --role editor) if you are one.</source>
        <translation>Chỉ biên tập viên mới được {action} bài viết. Nếu bạn là biên tập viên, hãy đặt vai trò trong Tùy chọn (hoặc --role editor).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="161"/>
        <source>Say why the article goes back: a reason is required to {action} it.</source>
        <translation>Hãy ghi lý do trả bài: cần có lý do để {action}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/sandbox.py" line="30"/>
        <source>A paragraph is too complex to show (thousands of brackets or nested quotations). Simplify it and the preview comes back.</source>
        <translation>Một đoạn quá phức tạp để hiển thị (hàng nghìn dấu ngoặc hoặc trích dẫn lồng nhau). Hãy viết đơn giản lại, bản xem trước sẽ hiện lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/trash.py" line="102"/>
        <source>Article {id} is not in the trash. Move it to the trash first; only the trash can be emptied.</source>
        <translation>Bài {id} không nằm trong thùng rác. Hãy chuyển bài vào thùng rác trước; chỉ thùng rác mới xoá vĩnh viễn được.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/export/portal.py" line="53"/>
        <source>{value} is not a portal address: give the address readers open, starting with https:// (e.g. https://lnv.vn), without ? or #.</source>
        <translation>{value} không phải địa chỉ cổng thông tin: hãy nhập địa chỉ bạn đọc mở, bắt đầu bằng https:// (ví dụ https://lnv.vn), không có ? hay #.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/edit.py" line="46"/>
        <source>Nothing to change: give --title, --lead, --byline, --section or --body-file.</source>
        <translation>Không có gì để sửa: hãy dùng --title, --lead, --byline, --section hoặc --body-file.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="37"/>
        <source>{address} is not a newsroom server address. Write it as postgresql://user@host:port/database.</source>
        <translation>{address} không phải là địa chỉ máy chủ tòa soạn. Hãy viết theo dạng postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="66"/>
        <source>The server at {address} refused the login of {user}: wrong user name or password.</source>
        <translation>Máy chủ tại {address} từ chối đăng nhập của {user}: sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="75"/>
        <source>The account {user} is disabled on the server at {address}: ask the newsroom&apos;s administrator.</source>
        <translation>Tài khoản {user} đã bị khóa trên máy chủ tại {address}: hãy hỏi người quản trị tòa soạn.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="85"/>
        <source>The server at {address} asks for a password: put it in the address (postgresql://user:password@host/database) or in LNV_SERVER.</source>
        <translation>Máy chủ tại {address} yêu cầu mật khẩu: hãy ghi mật khẩu vào địa chỉ (postgresql://người_dùng:mật_khẩu@máy/cơ_sở_dữ_liệu) hoặc vào LNV_SERVER.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="94"/>
        <source>There is no database {database} on the server at {address}: create it first (createdb {database}), or correct the address.</source>
        <translation>Máy chủ tại {address} không có cơ sở dữ liệu {database}: hãy tạo trước (createdb {database}) hoặc sửa lại địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/connect.py" line="103"/>
        <source>Cannot reach the server at {address}: {reason}. Check the address and that PostgreSQL is running and accepts connections from this machine.</source>
        <translation>Không kết nối được máy chủ tại {address}: {reason}. Hãy kiểm tra địa chỉ, và xem PostgreSQL có đang chạy và nhận kết nối từ máy này không.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/schema.py" line="76"/>
        <source>The server at {address} runs PostgreSQL {version}; the newsroom needs PostgreSQL 13 or newer.</source>
        <translation>Máy chủ tại {address} chạy PostgreSQL {version}; tòa soạn cần PostgreSQL 13 trở lên.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/server/schema.py" line="96"/>
        <source>The server at {address} refused to create the newsroom schema: {reason}. Run init as the database&apos;s owner or a superuser (docs/server.md).</source>
        <translation>Máy chủ tại {address} từ chối tạo lược đồ tòa soạn: {reason}. Hãy chạy init bằng tài khoản chủ sở hữu cơ sở dữ liệu hoặc siêu người dùng (docs/server.md).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="91"/>
        <source>Which server? Give its address with --server postgresql://user@host/database or in LNV_SERVER.</source>
        <translation>Máy chủ nào? Hãy cho địa chỉ bằng --server postgresql://người_dùng@máy/cơ_sở_dữ_liệu hoặc trong LNV_SERVER.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/server.py" line="109"/>
        <source>No password on standard input: type it, or pipe it in (e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | lnv-editor server add-user ...).</source>
        <translation>Không có mật khẩu ở đầu vào chuẩn: hãy gõ mật khẩu, hoặc chuyển vào qua ống (ví dụ printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | lnv-editor server add-user ...).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/dictionary.py" line="42"/>
        <source>A dictionary word must have 1 to {limit} characters.</source>
        <translation>Một mục từ điển phải có từ 1 đến {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="183"/>
        <source>Fill in the server address, the database and your user name: the newsroom&apos;s administrator gives them to you.</source>
        <translation>Hãy điền địa chỉ máy chủ, cơ sở dữ liệu và tên người dùng: người quản trị của tòa soạn cung cấp các thông tin này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/engine.py" line="230"/>
        <source>The server did not say your role: {reason}</source>
        <translation>Máy chủ không cho biết vai trò của bạn: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/engine.py" line="237"/>
        <source>{user} has no newsroom account on {server}. Ask the administrator to add it (lnv-editor server add-user).</source>
        <translation>{user} chưa có tài khoản tòa soạn trên {server}. Hãy nhờ người quản trị thêm tài khoản (lnv-editor server add-user).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/address.py" line="34"/>
        <source>{address} is not a server address. Write it as postgresql://user:password@host:port/database.</source>
        <translation>{address} không phải là địa chỉ máy chủ. Hãy viết theo dạng postgresql://tên:mật-khẩu@máy:cổng/cơ-sở-dữ-liệu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/address.py" line="49"/>
        <source>The server address {address} needs a user name, a port and a database: postgresql://user:password@host:port/database.</source>
        <translation>Địa chỉ máy chủ {address} cần có tên đăng nhập, cổng và cơ sở dữ liệu: postgresql://tên:mật-khẩu@máy:cổng/cơ-sở-dữ-liệu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="40"/>
        <source>{server} is not a newsroom server (no lnv schema). Ask the administrator to run lnv-editor server init there.</source>
        <translation>{server} không phải là máy chủ tòa soạn (không có lược đồ lnv). Hãy nhờ người quản trị chạy lnv-editor server init ở đó.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="54"/>
        <source>The server {server} refused the login of {user}: check the user name and password.</source>
        <translation>Máy chủ {server} từ chối đăng nhập của {user}: hãy kiểm tra tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="64"/>
        <source>The server {server} refused the login of {user}: the account does not exist or is disabled. Ask the newsroom&apos;s administrator.</source>
        <translation>Máy chủ {server} từ chối đăng nhập của {user}: tài khoản không tồn tại hoặc đã bị khóa. Hãy hỏi người quản trị của tòa soạn.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="73"/>
        <source>Cannot reach the server {server}: {reason}. Your work is kept on this laptop and sent when the server is back.</source>
        <translation>Không kết nối được máy chủ {server}: {reason}. Bài của bạn vẫn được giữ trên máy này và sẽ được gửi khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/server.py" line="86"/>
        <source>The connection to {server} was lost: {reason}. Nothing is lost; the sync resumes next time.</source>
        <translation>Mất kết nối với {server}: {reason}. Không mất gì cả; lần đồng bộ sau sẽ tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="93"/>
        <source>The rule file {path} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Tệp quy tắc {path} không phải văn bản UTF-8. Hãy lưu nó dưới dạng UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/cli/house_rules.py" line="100"/>
        <source>Cannot read the rule file {path}: {reason}.</source>
        <translation>Không đọc được tệp quy tắc {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/store/house_rules.py" line="90"/>
        <source>There is no version {version} of the house rules.</source>
        <translation>Quy tắc tòa soạn không có phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="88"/>
        <source>Line {line} ({id}): the fix cannot be used ({error}). Refer only to the pattern&apos;s groups (it has {groups}), or leave the fix empty.</source>
        <translation>Dòng {line} ({id}): không dùng được cách sửa ({error}). Chỉ tham chiếu tới các nhóm có trong mẫu (mẫu có {groups} nhóm), hoặc để trống cột sửa.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="104"/>
        <source>Line {line}: the rule has no id. Write one (e.g. H014) in column 1.</source>
        <translation>Dòng {line}: quy tắc chưa có mã. Hãy ghi mã (ví dụ H014) ở cột 1.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="111"/>
        <source>Line {line}: the id {id} is already used on line {first}. Give each rule its own id.</source>
        <translation>Dòng {line}: mã {id} đã dùng ở dòng {first}. Mỗi quy tắc cần một mã riêng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="126"/>
        <source>Line {line} ({id}): the pattern is not a valid regular expression ({error}). Check its brackets and backslashes.</source>
        <translation>Dòng {line} ({id}): mẫu không phải biểu thức chính quy hợp lệ ({error}). Hãy kiểm tra các dấu ngoặc và dấu gạch chéo ngược.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="137"/>
        <source>Line {line} ({id}): the pattern matches empty text, so it would mark every letter. Make it match at least one character.</source>
        <translation>Dòng {line} ({id}): mẫu khớp với chuỗi rỗng nên sẽ đánh dấu mọi chữ. Hãy sửa để mẫu khớp ít nhất một ký tự.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="148"/>
        <source>Line {line} ({id}): the message is empty. Say in column 3 what the desk wants written.</source>
        <translation>Dòng {line} ({id}): thông báo đang trống. Hãy ghi ở cột 3 tòa soạn muốn viết thế nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="161"/>
        <source>Line {line} ({id}): the severity “{severity}” is unknown. Write warning or info.</source>
        <translation>Dòng {line} ({id}): mức “{severity}” không hợp lệ. Hãy ghi warning hoặc info.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="188"/>
        <source>Line {line}: the first line that is not a comment must name the columns id, pattern, message, fix, severity, separated by tabs (missing: {missing}).</source>
        <translation>Dòng {line}: dòng đầu tiên không phải chú thích phải ghi tên các cột id, pattern, message, fix, severity, cách nhau bằng phím Tab (còn thiếu: {missing}).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="200"/>
        <source>Line {line}: {count} columns where the header has {expected}. Separate the columns with one tab each, and put no tab inside a message.</source>
        <translation>Dòng {line}: có {count} cột trong khi dòng tiêu đề có {expected}. Hãy tách các cột bằng đúng một dấu Tab và không đặt Tab trong thông báo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="213"/>
        <source>The rule file has no header line. Start it with the columns id, pattern, message, fix, severity, separated by tabs.</source>
        <translation>Tệp quy tắc không có dòng tiêu đề. Hãy bắt đầu bằng các cột id, pattern, message, fix, severity, cách nhau bằng phím Tab.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="118"/>
        <source>Publish articles</source>
        <translation>Xuất bản bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="128"/>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="327"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="130"/>
        <source>The open article: “{title}”</source>
        <translation>Bài đang mở: “{title}”</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="134"/>
        <source>The articles selected in the library ({count})</source>
        <translation>Các bài đang chọn trong thư viện ({count})</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="139"/>
        <source>Every ready article</source>
        <translation>Mọi bài Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="140"/>
        <source>Every article</source>
        <translation>Tất cả các bài</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="143"/>
        <source>Folders (one folder per article)</source>
        <translation>Thư mục (mỗi bài một thư mục)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="144"/>
        <source>Zip files (one file per article)</source>
        <translation>Tệp zip (mỗi bài một tệp)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="146"/>
        <source>SQLite publish store (one file for the website)</source>
        <translation>Kho xuất bản SQLite (một tệp cho trang tin)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="150"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="153"/>
        <source>Export the &amp;current text, edits made after approval included</source>
        <translation>Xuất nội dung &amp;hiện tại, kể cả phần sửa sau khi duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="158"/>
        <source>Normally the text an editor approved is published. Tick this to publish the text as it is now.</source>
        <translation>Thông thường nội dung đã được biên tập viên duyệt sẽ được xuất bản. Đánh dấu ô này để xuất bản nội dung như hiện tại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="167"/>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="167"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="173"/>
        <source>Double-click an article to open it and fix it</source>
        <translation>Nhấp đúp vào một bài để mở và sửa</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="176"/>
        <source>&amp;Publish</source>
        <translation>&amp;Xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="180"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="186"/>
        <source>&amp;What:</source>
        <translation>&amp;Xuất gì:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="187"/>
        <source>&amp;Format:</source>
        <translation>&amp;Định dạng:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="188"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="200"/>
        <source>What to publish</source>
        <translation>Xuất bản những bài nào</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="201"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="202"/>
        <source>Where to save</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="203"/>
        <source>Articles that need attention</source>
        <translation>Các bài cần lưu ý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="237"/>
        <source>Publish store file</source>
        <translation>Tệp kho xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="239"/>
        <source>SQLite publish stores (*.sqlite *.db)</source>
        <translation>Kho xuất bản SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="243"/>
        <source>Folder for the bundles</source>
        <translation>Thư mục để lưu các gói</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="273"/>
        <source>Checking the articles…</source>
        <translation>Đang kiểm tra các bài…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="294"/>
        <source>Cannot be published</source>
        <translation>Chưa thể xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="299"/>
        <source>Edited after approval</source>
        <translation>Đã sửa sau khi duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="301"/>
        <source>The approved text (version {version}) will be published, not the later edits.</source>
        <translation>Sẽ xuất bản nội dung đã duyệt (phiên bản {version}), không gồm các phần sửa sau đó.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="307"/>
        <source>There is nothing to publish here.</source>
        <translation>Không có bài nào để xuất bản.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="311"/>
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="321"/>
        <source>%n article(s) will be published.</source>
        <translation>
            <numerusform>Sẽ xuất bản %n bài.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/bundles/export_dialog.py" line="313"/>
        <source>%n cannot be published yet and will be left out; double-click one to open it.</source>
        <translation>
            <numerusform>%n bài chưa thể xuất bản và sẽ bị bỏ qua; nhấp đúp vào một bài để mở nó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../lnv_editor/gui/common/file_dialogs.py" line="62"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/file_dialogs.py" line="65"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/common/file_dialogs.py" line="66"/>
        <source>{suffix} file</source>
        <translation>Tệp {suffix}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="36"/>
        <source>Find in the body…</source>
        <translation>Tìm trong nội dung bài…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="38"/>
        <source>Match diacritics and case</source>
        <translation>Phân biệt dấu và chữ hoa/thường</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="45"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="47"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="50"/>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="51"/>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="123"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/editor/find_bar.py" line="132"/>
        <source>Wrapped around</source>
        <translation>Đã tìm hết một vòng</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="28"/>
        <source>created</source>
        <translation>đã tạo</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="29"/>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="30"/>
        <source>autosaved</source>
        <translation>tự động lưu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="31"/>
        <source>conflict: kept from another window</source>
        <translation>xung đột: giữ bản từ cửa sổ khác</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="32"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="33"/>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="34"/>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="35"/>
        <source>imported</source>
        <translation>nhập từ gói</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="40"/>
        <source>The article as it was created.</source>
        <translation>Bài viết lúc mới tạo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="41"/>
        <source>Saved with Ctrl+S.</source>
        <translation>Lưu bằng Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="42"/>
        <source>Kept automatically while writing (at most every 5 minutes). Versions count every autosave, so numbers jump between snapshots.</source>
        <translation>Tự lưu trong lúc viết (nhiều nhất 5 phút một lần). Số phiên bản tăng sau mỗi lần tự lưu nên giữa các bản lưu số có thể nhảy cách.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="47"/>
        <source>Another window or program had saved this text while you were writing; yours was saved after it, and this one kept.</source>
        <translation>Một cửa sổ hoặc chương trình khác đã lưu bản này trong lúc bạn viết; bản của bạn được lưu sau đó, bản này được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="52"/>
        <source>The text a restore replaced, kept so the restore can be undone.</source>
        <translation>Nội dung trước khi khôi phục, được giữ để có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="55"/>
        <source>An older revision brought back.</source>
        <translation>Một phiên bản cũ được khôi phục.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="56"/>
        <source>The text an editor approved.</source>
        <translation>Văn bản biên tập viên đã duyệt.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="57"/>
        <source>The text as a bundle brought it in.</source>
        <translation>Nội dung như gói nhập vào mang đến.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="91"/>
        <source>Revision history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="37"/>
        <source>#{ordinal} · v{version} · {when} · {reason}</source>
        <translation>#{ordinal} · v{version} · {when} · {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="109"/>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="117"/>
        <source>This article has no revisions yet.</source>
        <translation>Bài viết này chưa có phiên bản nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/history.py" line="139"/>
        <source>Section: {section} · {chars} characters</source>
        <translation>Chuyên mục: {section} · {chars} ký tự</translation>
    </message>
</context>
<context>
    <name>HouseRulesDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="33"/>
        <source>House style rules</source>
        <translation>Quy tắc tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="39"/>
        <source>One rule a line, columns separated by a tab: id, pattern (a regular expression), message, fix (\1 for a group; may be empty), severity (warning or info). Lines starting with # are comments. The rules are kept in the store, one version per save.</source>
        <translation>Mỗi dòng một quy tắc, các cột cách nhau bằng phím Tab: id (mã), pattern (mẫu, là biểu thức chính quy), message (thông báo), fix (cách sửa, \1 cho một nhóm; có thể để trống), severity (mức: warning hoặc info). Dòng bắt đầu bằng # là chú thích. Quy tắc được lưu trong kho, mỗi lần lưu là một phiên bản.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="63"/>
        <source>Open this version</source>
        <translation>Mở phiên bản này</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="66"/>
        <source>Put the chosen version in the editor; Save puts it back in force</source>
        <translation>Đưa phiên bản đã chọn vào ô soạn; bấm Lưu để áp dụng lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="71"/>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="112"/>
        <source>shipped with the app</source>
        <translation>kèm theo ứng dụng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="115"/>
        <source>v{version} · {when} · {who}</source>
        <translation>v{version} · {when} · {who}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="125"/>
        <source>Version {version} is in force.</source>
        <translation>Đang áp dụng phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="143"/>
        <source>Version {version} is in the editor: Save puts it back in force.</source>
        <translation>Phiên bản {version} đang ở ô soạn: bấm Lưu để áp dụng lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="163"/>
        <source>Nothing to save: these rules are already in force.</source>
        <translation>Không có gì để lưu: các quy tắc này đang được áp dụng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/house_dialog.py" line="167"/>
        <source>Saved as version {version}.</source>
        <translation>Đã lưu thành phiên bản {version}.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="125"/>
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>Không thể thêm %n tệp:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="129"/>
        <source>Adding photos stopped: {reason}</source>
        <translation>Đã dừng thêm ảnh: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="133"/>
        <source>Cancelled: %n photo(s) were added before the import stopped.</source>
        <translation>
            <numerusform>Đã hủy: %n ảnh đã được thêm trước khi dừng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="136"/>
        <source>The other photos were added.</source>
        <translation>Các ảnh còn lại đã được thêm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/importer.py" line="142"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Đang thêm %n ảnh…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="142"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="145"/>
        <source>Adding photos</source>
        <translation>Đang thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/importer.py" line="158"/>
        <source>Adding photo {done} of {total}…</source>
        <translation>Đang thêm ảnh {done}/{total}…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="71"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="72"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="73"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="74"/>
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/model.py" line="230"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="59"/>
        <source>Search title, lead, byline…</source>
        <translation>Tìm theo tiêu đề, sapo, tác giả…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="63"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="64"/>
        <location filename="../../lnv_editor/gui/library/panel.py" line="259"/>
        <source>Returned to me</source>
        <translation>Trả lại cho tôi</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="69"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="72"/>
        <source>All provinces and cities</source>
        <translation>Tất cả tỉnh/thành</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/panel.py" line="276"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài viết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="280"/>
        <source>No article contains the exact phrase «{phrase}»; showing the articles that have all the words</source>
        <translation>Không có bài nào chứa đúng cụm «{phrase}»; hiện các bài có đủ các từ</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/panel.py" line="285"/>
        <source>sorted by relevance</source>
        <translation>xếp theo mức liên quan</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../../lnv_editor/licences.py" line="45"/>
        <source>Public domain</source>
        <translation>Phạm vi công cộng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="72"/>
        <source>Opening the store…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="86"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="89"/>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/menus.py" line="91"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/panels.py" line="39"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/panels.py" line="57"/>
        <source>Places and related stories</source>
        <translation>Địa phương và tin liên quan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/window/main_window.py" line="413"/>
        <source>Body: %Ln word(s)</source>
        <translation>
            <numerusform>Nội dung: %Ln từ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="108"/>
        <source>Sent back to you: {count}. They are listed first.</source>
        <translation>Bị trả lại cho bạn: {count} bài. Chúng được xếp lên đầu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="131"/>
        <source>This article was changed elsewhere; showing the new version.</source>
        <translation>Bài này vừa được sửa ở nơi khác; đang hiển thị phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="151"/>
        <source>{name} is the store open now.</source>
        <translation>{name} là kho đang mở.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="161"/>
        <source>Upgrading the store {name} for this version of LNV Editor… A large archive takes a few minutes.</source>
        <translation>Đang nâng cấp kho {name} cho phiên bản LNV Editor này… Kho lớn có thể mất vài phút.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="167"/>
        <source>Opening the store {name}…</source>
        <translation>Đang mở kho {name}…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="229"/>
        <source>{name} was not opened: the article here could not be saved. Your text is still here; press Ctrl+S to try again.</source>
        <translation>Chưa mở {name}: bài viết ở đây chưa lưu được. Nội dung bạn gõ vẫn còn nguyên; bấm Ctrl+S để thử lưu lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="248"/>
        <source>Still working in the store {name}.</source>
        <translation>Vẫn đang làm việc trong kho {name}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="252"/>
        <source>No store is open.</source>
        <translation>Chưa mở kho dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="257"/>
        <source>Cannot open the store</source>
        <translation>Không thể mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="313"/>
        <source>Store: {path}</source>
        <translation>Kho dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="388"/>
        <source>Open a store</source>
        <translation>Mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="401"/>
        <source>New store</source>
        <translation>Kho dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="412"/>
        <source>{name} was already a store: it is open as it was, nothing was replaced.</source>
        <translation>{name} đã là một kho dữ liệu: kho được mở nguyên như cũ, không có gì bị thay thế.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="430"/>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="333"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="321"/>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="340"/>
        <source>Revision history…</source>
        <translation>Lịch sử phiên bản…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="390"/>
        <location filename="../../lnv_editor/gui/window/store_link.py" line="403"/>
        <source>LNV stores (*.sqlite *.db);;All files (*)</source>
        <translation>Kho dữ liệu LNV (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="317"/>
        <source>This article was changed in another window or by another program (version {version}). Your text has been saved; the other text is kept in the revision history.</source>
        <translation>Bài viết này đã được thay đổi ở một cửa sổ khác hoặc bởi một chương trình khác (phiên bản {version}). Nội dung của bạn đã được lưu; nội dung kia được giữ lại trong lịch sử phiên bản.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="329"/>
        <source>Could not save: {reason}. Your text is still here; LNV Editor will try again on the next edit, or press Ctrl+S.</source>
        <translation>Không lưu được: {reason}. Nội dung của bạn vẫn còn nguyên; LNV Editor sẽ thử lưu lại ở lần chỉnh sửa tiếp theo, hoặc bạn có thể nhấn Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="364"/>
        <source>Restored version {version}. The text it replaced is kept in the history; Ctrl+Z takes the restore back.</source>
        <translation>Đã khôi phục phiên bản {version}. Nội dung bị thay được giữ trong lịch sử; Ctrl+Z để hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="374"/>
        <source>Select the text to comment on first.</source>
        <translation>Hãy chọn đoạn chữ cần nhận xét trước.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/window/main_window.py" line="415"/>
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln phút đọc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="420"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="421"/>
        <source>Unsaved changes…</source>
        <translation>Có thay đổi chưa lưu…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="422"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/main_window.py" line="423"/>
        <source>Not saved!</source>
        <translation>Chưa lưu được!</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/desktop.py" line="56"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="45"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was reopened as the store holds it; what was typed after its last save may be missing (there was no record of that save to check it against).</source>
        <translation>Lần trước LNV Editor đã không được đóng đúng cách. Bản nháp “{title}” được mở lại đúng như trong kho; phần gõ sau lần lưu cuối có thể bị thiếu (không có bản ghi của lần lưu đó để đối chiếu).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="56"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was recovered: everything it reported saved, up to {time}, is in the store; only what was typed after {time} may be missing.</source>
        <translation>Lần trước LNV Editor đã không được đóng đúng cách. Bản nháp “{title}” đã được khôi phục: mọi thứ đã báo là đã lưu, đến {time}, đều có trong kho; chỉ phần gõ sau {time} có thể bị thiếu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="66"/>
        <source>LNV Editor was not closed properly last time. The draft “{title}” was recovered; it has been saved again since {time}, in another window or process, and is shown as the store now holds it.</source>
        <translation>Lần trước LNV Editor đã không được đóng đúng cách. Bản nháp “{title}” đã được khôi phục; sau {time} bài đã được lưu lại ở một cửa sổ hoặc tiến trình khác và được hiển thị đúng như trong kho hiện nay.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recovery.py" line="75"/>
        <source>Warning: LNV Editor was not closed properly last time, and the store does not hold the draft “{title}” as it was last reported saved at {time} (version {saved}; the store has {held}). Some text said to be saved was lost: compare with the revision history and type again what is missing.</source>
        <translation>Cảnh báo: lần trước LNV Editor đã không được đóng đúng cách, và kho không chứa bản nháp “{title}” như lần báo đã lưu cuối cùng lúc {time} (phiên bản {saved}; kho có phiên bản {held}). Một phần nội dung đã báo là đã lưu bị mất: hãy đối chiếu với lịch sử phiên bản và gõ lại phần còn thiếu.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../lnv_editor/gui/common/banner.py" line="35"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="21"/>
        <source>e.g. Lê Nam</source>
        <translation>ví dụ: Lê Nam</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="35"/>
        <source>Shown in the review timeline and on your comments. The role only chooses which review buttons you see; it is not a password.</source>
        <translation>Hiện trong lịch sử duyệt và trên góp ý của bạn. Vai trò chỉ quyết định các nút duyệt bạn thấy; đây không phải mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="40"/>
        <source>Your role is the one the newsroom server gives your account; the server decides what you may do. Ask its administrator to change it.</source>
        <translation>Vai trò của bạn do máy chủ tòa soạn cấp cho tài khoản; máy chủ quyết định bạn được làm gì. Muốn đổi, hãy hỏi người quản trị máy chủ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="48"/>
        <source>Your name:</source>
        <translation>Tên của bạn:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/person_form.py" line="49"/>
        <source>Your role:</source>
        <translation>Vai trò:</translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="117"/>
        <source>Reorder photos</source>
        <translation>Sắp xếp lại ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="135"/>
        <source>Set cover photo</source>
        <translation>Đặt ảnh đại diện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="151"/>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="152"/>
        <source>Edit credit</source>
        <translation>Sửa nguồn ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/commands.py" line="153"/>
        <source>Edit alt text</source>
        <translation>Sửa mô tả ảnh</translation>
    </message>
</context>
<context>
    <name>PhotoForm</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="90"/>
        <source>What the photo shows, printed under it</source>
        <translation>Nội dung ảnh, hiển thị bên dưới ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="91"/>
        <source>e.g. Photo: Lê Nam</source>
        <translation>Ví dụ: Ảnh: Lê Nam</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="93"/>
        <source>Describe the photo for readers who cannot see it</source>
        <translation>Mô tả ảnh cho độc giả không xem được ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="96"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="97"/>
        <source>Credit</source>
        <translation>Nguồn ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="98"/>
        <source>Alt text</source>
        <translation>Mô tả ảnh (văn bản thay thế)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="101"/>
        <source>A caption is needed before the article can be marked Ready.</source>
        <translation>Cần có chú thích trước khi chuyển bài viết sang trạng thái Sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/form.py" line="102"/>
        <source>Alt text is needed before the article can be marked Ready.</source>
        <translation>Cần có mô tả ảnh trước khi chuyển bài viết sang trạng thái Sẵn sàng.</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="51"/>
        <source>Cover</source>
        <translation>Ảnh đại diện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="51"/>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="83"/>
        <source>Photo {number} of {count}</source>
        <translation>Ảnh {number}/{count}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="91"/>
        <source>Cannot show this photo: {reason}</source>
        <translation>Không thể hiển thị ảnh này: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/photo_list.py" line="94"/>
        <source>Needs alt text and a caption before the article is Ready.</source>
        <translation>Cần có mô tả ảnh và chú thích trước khi chuyển bài viết sang trạng thái Sẵn sàng.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="89"/>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="91"/>
        <source>Add photos from files (JPEG, PNG, WebP, HEIC); or drop them here or on the text</source>
        <translation>Thêm ảnh từ tệp (JPEG, PNG, WebP, HEIC); hoặc kéo thả ảnh vào đây hay vào phần nội dung</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="96"/>
        <source>Insert into body</source>
        <translation>Chèn vào nội dung</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="97"/>
        <source>Place the selected photos in the body at the text cursor</source>
        <translation>Chèn các ảnh đã chọn vào nội dung bài tại vị trí con trỏ</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="101"/>
        <source>Set as cover</source>
        <translation>Đặt làm ảnh đại diện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="102"/>
        <source>Make the selected photo the article&apos;s cover</source>
        <translation>Đặt ảnh đã chọn làm ảnh đại diện của bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="106"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="107"/>
        <source>Remove the selected photos from the article (Ctrl+Z brings them back)</source>
        <translation>Gỡ các ảnh đã chọn khỏi bài viết (nhấn Ctrl+Z để lấy lại)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="110"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="111"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="124"/>
        <source>No photos yet.
Drop photos here or on the text, or click “Add photos…”.</source>
        <translation>Chưa có ảnh nào.
Kéo thả ảnh vào đây hoặc vào phần nội dung, hoặc bấm “Thêm ảnh…”.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="279"/>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="282"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="293"/>
        <source>Remove %n photo(s)</source>
        <translation>
            <numerusform>Gỡ %n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="327"/>
        <source>The photo change could not be saved: {reason}</source>
        <translation>Không lưu được thay đổi về ảnh: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="385"/>
        <source>%n photo(s) need alt text or a caption before the article can be marked Ready.</source>
        <translation>
            <numerusform>%n ảnh còn thiếu mô tả ảnh hoặc chú thích, cần bổ sung trước khi chuyển bài viết sang trạng thái Sẵn sàng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/photos/panel.py" line="410"/>
        <source>Select a photo to edit its caption, credit and alt text.</source>
        <translation>Chọn một ảnh để sửa chú thích, nguồn ảnh và mô tả ảnh.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/photos/panel.py" line="460"/>
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Thêm %n ảnh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceCommands</name>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="66"/>
        <source>Tag {name}</source>
        <translation>Gắn thẻ {name}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="86"/>
        <source>Remove tag {name}</source>
        <translation>Gỡ thẻ {name}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="114"/>
        <source>Link “{title}”</source>
        <translation>Liên kết “{title}”</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="134"/>
        <location filename="../../lnv_editor/gui/places/commands.py" line="160"/>
        <source>Unlink “{title}”</source>
        <translation>Bỏ liên kết “{title}”</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/commands.py" line="189"/>
        <source>Move related story</source>
        <translation>Di chuyển tin liên quan</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="90"/>
        <source>No province or city tagged yet.</source>
        <translation>Chưa gắn tỉnh/thành nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="100"/>
        <source>Add a province: thanh hoa, TP HCM…</source>
        <translation>Thêm tỉnh/thành: thanh hoa, TP HCM…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="106"/>
        <location filename="../../lnv_editor/gui/places/panel.py" line="148"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="107"/>
        <source>Remove the selected tag (Delete)</source>
        <translation>Gỡ thẻ đã chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="110"/>
        <source>Named in the story:</source>
        <translation>Được nhắc đến trong bài:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="126"/>
        <source>No related story yet: find one below.</source>
        <translation>Chưa có tin liên quan nào: hãy tìm bài ở ô bên dưới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="134"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="135"/>
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="141"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="142"/>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="149"/>
        <source>Remove the selected link (Delete)</source>
        <translation>Gỡ liên kết đã chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="159"/>
        <source>Find a story to link…</source>
        <translation>Tìm bài để liên kết…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="168"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="169"/>
        <source>Link the chosen story (Enter)</source>
        <translation>Liên kết bài đã chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="186"/>
        <source>Provinces and cities</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="193"/>
        <source>Related stories</source>
        <translation>Tin liên quan</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="284"/>
        <source>{former} → {current}</source>
        <translation>{former} → {current}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="307"/>
        <source>{name} is already tagged.</source>
        <translation>{name} đã được gắn cho bài này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="323"/>
        <source>{alias} ({current})</source>
        <translation>{alias} ({current})</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="393"/>
        <source>+ {name}</source>
        <translation>+ {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/places/panel.py" line="399"/>
        <source>Named %n time(s) in the story</source>
        <translation>
            <numerusform>Được nhắc đến %n lần trong bài</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="49"/>
        <source>Story #{id} (deleted)</source>
        <translation>Bài #{id} (đã xóa)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="56"/>
        <source>Broken link: the story it points to was deleted. Remove it.</source>
        <translation>Liên kết hỏng: bài được liên kết đã bị xóa. Hãy gỡ liên kết này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="61"/>
        <location filename="../../lnv_editor/gui/places/related.py" line="183"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="63"/>
        <location filename="../../lnv_editor/gui/places/related.py" line="187"/>
        <source>#{id} · {status}</source>
        <translation>#{id} · {status}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="103"/>
        <source>{title} (not in this store yet)</source>
        <translation>{title} (chưa có trong kho này)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="114"/>
        <source>The bundle this story came in links to it ({uri}); the link is made when that story is imported here.</source>
        <translation>Gói nhập bài này có liên kết tới bài đó ({uri}); liên kết sẽ được nối khi bài đó được nhập vào đây.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="137"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="139"/>
        <source>No story found.</source>
        <translation>Không tìm thấy bài nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="166"/>
        <source>Suggested stories</source>
        <translation>Bài gợi ý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="49"/>
        <source>No suggestion yet: tag provinces or write a title.</source>
        <translation>Chưa có gợi ý: hãy gắn tỉnh/thành hoặc viết tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="53"/>
        <source>No story with a similar title. No province or city is tagged yet: tag one to find stories from the same place.</source>
        <translation>Không có bài nào có tiêu đề tương tự. Bài chưa gắn tỉnh/thành nào: hãy gắn để tìm bài cùng địa phương.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/widgets.py" line="58"/>
        <source>No story shares a province or city, the section or the subject.</source>
        <translation>Không có bài nào cùng tỉnh/thành, chuyên mục hoặc chủ đề.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/related.py" line="193"/>
        <source>Already linked.</source>
        <translation>Đã liên kết.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="421"/>
        <source>The change could not be saved: {reason}</source>
        <translation>Không lưu được thay đổi: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/places/panel.py" line="440"/>
        <source>Could not read the store: {reason}</source>
        <translation>Không đọc được kho dữ liệu: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="34"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="44"/>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="45"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="49"/>
        <source>Traditional: hòa, thủy, Thanh Hóa</source>
        <translation>Kiểu cũ: hòa, thủy, Thanh Hóa</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="50"/>
        <source>New (2018 rules): hoà, thuỷ, Thanh Hoá</source>
        <translation>Kiểu mới (quy định 2018): hoà, thuỷ, Thanh Hoá</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="54"/>
        <source>e.g. your name</source>
        <translation>ví dụ: tên của bạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="61"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="62"/>
        <source>&amp;Tone marks in stored text:</source>
        <translation>Kiểu đặt &amp;dấu thanh khi lưu:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="63"/>
        <source>&amp;Byline of new articles:</source>
        <translation>&amp;Tác giả của bài mới:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="64"/>
        <source>S&amp;ection of new articles:</source>
        <translation>&amp;Chuyên mục của bài mới:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="72"/>
        <source>Autosave</source>
        <translation>Tự động lưu</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="73"/>
        <source>Autosave after a &amp;pause of:</source>
        <translation>Tự động lưu khi &amp;ngừng gõ:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="74"/>
        <source>While typing, autosave at &amp;least every:</source>
        <translation>Khi đang gõ, lưu í&amp;t nhất mỗi:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="84"/>
        <source>e.g. /logo.png or https://lnv.vn/logo.png</source>
        <translation>ví dụ /logo.png hoặc https://lnv.vn/logo.png</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="85"/>
        <source>Portal</source>
        <translation>Cổng thông tin</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="86"/>
        <source>Portal a&amp;ddress:</source>
        <translation>Đị&amp;a chỉ cổng thông tin:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="87"/>
        <source>Publis&amp;her name:</source>
        <translation>Tên cơ &amp;quan xuất bản:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="88"/>
        <source>Publisher l&amp;ogo:</source>
        <translation>&amp;Logo cơ quan xuất bản:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="94"/>
        <source>Your profile</source>
        <translation>Hồ sơ của bạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="97"/>
        <source>A new interface language or tone-mark style applies the next time LNV Editor starts. Search finds both styles either way.</source>
        <translation>Ngôn ngữ giao diện hoặc kiểu đặt dấu mới có hiệu lực từ lần mở LNV Editor sau. Tìm kiếm luôn tìm được cả hai kiểu đặt dấu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="135"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/preferences.py" line="137"/>
        <source>LNV Editor will speak {language} after a restart. Close it and open it again to switch; nothing you wrote is lost.</source>
        <translation>LNV Editor sẽ dùng {language} sau khi khởi động lại. Hãy đóng rồi mở lại để chuyển; những gì bạn đã viết không bị mất.</translation>
    </message>
</context>
<context>
    <name>PreviewInstaller</name>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="22"/>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="27"/>
        <source>Show the story as readers will see it on the portal</source>
        <translation>Xem bài như độc giả sẽ thấy trên cổng tin</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="30"/>
        <source>Open preview in a separate &amp;window</source>
        <translation>Mở xem trước trong cửa sổ &amp;riêng</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/install.py" line="62"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="64"/>
        <source>No article is open.</source>
        <translation>Chưa mở bài nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="70"/>
        <source>Desktop</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="70"/>
        <source>The portal&apos;s desktop layout</source>
        <translation>Giao diện máy tính của cổng tin</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="73"/>
        <source>Mobile</source>
        <translation>Di động</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="73"/>
        <source>A phone&apos;s screen, 375 pixels wide</source>
        <translation>Màn hình điện thoại, rộng 375 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="82"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="84"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Phóng to (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="88"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="88"/>
        <source>Print the preview to a PDF file</source>
        <translation>In bản xem trước ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="264"/>
        <source>The preview is not up to date: the content is too complex to show.</source>
        <translation>Bản xem trước chưa cập nhật: nội dung quá phức tạp để hiển thị.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="269"/>
        <source>The preview is not up to date: {reason}</source>
        <translation>Bản xem trước chưa cập nhật: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="302"/>
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="303"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Mở địa chỉ này trong trình duyệt web?

{url}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="326"/>
        <source>Save the preview as PDF</source>
        <translation>Lưu bản xem trước thành PDF</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="326"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="345"/>
        <source>Could not save the PDF</source>
        <translation>Không lưu được PDF</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/preview/panel.py" line="347"/>
        <source>The PDF could not be written to {path}. Check that the folder exists and that you may write there, then try again.</source>
        <translation>Không ghi được PDF vào {path}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="25"/>
        <source>The article has no title.</source>
        <translation>Bài viết chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="26"/>
        <source>The article has no lead (sapo).</source>
        <translation>Bài viết chưa có sapo.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="27"/>
        <source>Photo {name} has no caption.</source>
        <translation>Ảnh {name} chưa có chú thích.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="28"/>
        <source>Photo {name} has no alt text (describe it for readers who cannot see it).</source>
        <translation>Ảnh {name} chưa có văn bản thay thế (mô tả ảnh cho người đọc không nhìn thấy).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="31"/>
        <source>The body shows photo {photo}, which this article does not have.</source>
        <translation>Nội dung chèn ảnh {photo}, nhưng bài viết không có ảnh này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="34"/>
        <source>The related story {id} has been deleted; remove the link.</source>
        <translation>Tin liên quan {id} đã bị xóa; hãy gỡ liên kết.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="37"/>
        <source>Tag at least one province.</source>
        <translation>Gắn ít nhất một tỉnh, thành.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="38"/>
        <source>The title has {length} characters; keep it under {limit}.</source>
        <translation>Tiêu đề dài {length} ký tự; nên dưới {limit}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="41"/>
        <source>The lead has {length} characters; keep it under {limit}.</source>
        <translation>Sapo dài {length} ký tự; nên dưới {limit}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="44"/>
        <source>The lead does not end a sentence.</source>
        <translation>Sapo chưa kết thúc câu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="45"/>
        <source>The body has {words} words; a story needs at least {limit}.</source>
        <translation>Nội dung có {words} từ; một bài cần ít nhất {limit}.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="48"/>
        <source>Both tone-mark styles in one article: “{word}” here, “{other}” elsewhere.</source>
        <translation>Một bài dùng cả hai kiểu đặt dấu thanh: “{word}” ở đây, “{other}” ở chỗ khác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="53"/>
        <source>Two spaces in a row.</source>
        <translation>Hai dấu cách liền nhau.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="54"/>
        <source>“{char}” has no partner.</source>
        <translation>“{char}” thiếu dấu đóng hoặc mở tương ứng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="55"/>
        <source>Remove “LNV -” from the lead: the portal adds it.</source>
        <translation>Bỏ “LNV -” khỏi sapo: cổng tin tự thêm.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/readiness.py" line="58"/>
        <source>The body has an HTML tag ({tag}): readers see it as typed text, not as formatting.</source>
        <translation>Nội dung có thẻ HTML ({tag}): bạn đọc sẽ thấy nguyên văn như đã gõ, không phải định dạng.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="43"/>
        <source>Findings of the check</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="64"/>
        <source>Ready to submit: nothing to fix.</source>
        <translation>Sẵn sàng gửi duyệt: không có gì cần sửa.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="67"/>
        <source>{errors} to fix before review, {warnings} to look at.</source>
        <translation>{errors} lỗi cần sửa trước khi gửi duyệt, {warnings} điểm cần xem lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="72"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="73"/>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="74"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="75"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="76"/>
        <source>Related stories</source>
        <translation>Tin liên quan</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="77"/>
        <source>Provinces</source>
        <translation>Tỉnh, thành</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="80"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="80"/>
        <source>Warning</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="88"/>
        <source>House style</source>
        <translation>Văn phong tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="118"/>
        <source>Fix: “{fix}”</source>
        <translation>Sửa: “{fix}”</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/readiness_panel.py" line="126"/>
        <source>Fix all ({count})</source>
        <translation>Sửa tất cả ({count})</translation>
    </message>
</context>
<context>
    <name>RecentStores</name>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="89"/>
        <source>Create a new store?</source>
        <translation>Tạo kho mới?</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="90"/>
        <source>There is no store at
{path}

Create a new, empty store there?</source>
        <translation>Chưa có kho dữ liệu nào tại
{path}

Tạo một kho mới, trống ở đó?</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="106"/>
        <source>No store is open. Use File → Open store… to choose one.</source>
        <translation>Chưa mở kho nào. Chọn Tệp → Mở kho… để mở một kho.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="119"/>
        <source>Recent s&amp;tores</source>
        <translation>&amp;Kho gần đây</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="135"/>
        <source>&amp;{number} {name} (missing)</source>
        <translation>&amp;{number} {name} (không tìm thấy)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="150"/>
        <source>No recent stores</source>
        <translation>Chưa có kho nào gần đây</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/window/recent.py" line="153"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../lnv_editor/render/page.py" line="70"/>
        <source>Photo {id} is no longer in this article</source>
        <translation>Ảnh {id} không còn trong bài</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../../lnv_editor/gui/editor/restore.py" line="23"/>
        <source>Restore version {version}</source>
        <translation>Khôi phục phiên bản {version}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../lnv_editor/gui/review/wiring.py" line="75"/>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="143"/>
        <source>Review</source>
        <translation>Duyệt bài</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="123"/>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="124"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="125"/>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="126"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="144"/>
        <source>Check before review</source>
        <translation>Kiểm tra trước khi gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="145"/>
        <source>Comments</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="138"/>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="146"/>
        <source>Timeline</source>
        <translation>Lịch sử duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="257"/>
        <source>You: {name} ({role})</source>
        <translation>Bạn: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="258"/>
        <source>(no name: set it in the preferences)</source>
        <translation>(chưa có tên: đặt trong Tùy chọn)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="266"/>
        <source>No article open.</source>
        <translation>Chưa mở bài viết nào.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="276"/>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="296"/>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="298"/>
        <source>Reason: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="313"/>
        <source>Return the article</source>
        <translation>Trả lại bài viết</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="314"/>
        <source>Why does it go back? The reporter sees this reason.</source>
        <translation>Vì sao trả lại? Phóng viên sẽ thấy lý do này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="336"/>
        <source>Comment</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/review/review_panel.py" line="336"/>
        <source>Your comment:</source>
        <translation>Nội dung góp ý:</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <location filename="../../lnv_editor/gui/window/save_notice.py" line="24"/>
        <source>Saved version v{version}</source>
        <translation>Đã lưu phiên bản v{version}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="62"/>
        <source>Newsroom server</source>
        <translation>Máy chủ tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="69"/>
        <source>Connect this laptop to the newsroom&apos;s shared server: your articles, review steps and comments are sent there and the others&apos; come here. You keep writing offline; LNV Editor catches up when the server is back.</source>
        <translation>Kết nối máy này với máy chủ chung của tòa soạn: bài viết, các bước duyệt và góp ý của bạn được gửi lên đó, của đồng nghiệp thì về đây. Bạn vẫn viết được khi mất mạng; LNV Editor tự đồng bộ khi máy chủ liên lạc lại được.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="78"/>
        <source>e.g. toasoan.lnv.vn or 192.168.1.10</source>
        <translation>ví dụ toasoan.lnv.vn hoặc 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="87"/>
        <source>the name the administrator gave you</source>
        <translation>tên người quản trị đã cấp cho bạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="91"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Lưu mật khẩu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="96"/>
        <source>This computer has no system keyring: the password is not saved anywhere, and LNV Editor asks for it again after a restart.</source>
        <translation>Máy này không có kho khóa hệ thống: mật khẩu không được lưu ở đâu cả, và LNV Editor sẽ hỏi lại sau khi khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="107"/>
        <source>Server &amp;address:</source>
        <translation>Địa &amp;chỉ máy chủ:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="108"/>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="109"/>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="110"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="111"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="127"/>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="130"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="207"/>
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="211"/>
        <source>Connecting to {where}…</source>
        <translation>Đang kết nối tới {where}…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/server_dialog.py" line="234"/>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../lnv_editor/config.py" line="36"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="44"/>
        <source>Autosave after a pause of (ms)</source>
        <translation>Tự động lưu sau khi ngừng gõ (ms)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="50"/>
        <source>Autosave while typing at least every (ms)</source>
        <translation>Khi đang gõ, tự động lưu ít nhất sau mỗi (ms)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="52"/>
        <source>Last store opened</source>
        <translation>Kho dữ liệu mở gần nhất</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="58"/>
        <source>Tone-mark style of stored text</source>
        <translation>Kiểu đặt dấu thanh của văn bản lưu trữ</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="63"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="68"/>
        <source>Your role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="72"/>
        <source>Byline of new articles</source>
        <translation>Tác giả của bài mới</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="73"/>
        <source>Section of new articles</source>
        <translation>Chuyên mục của bài mới</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="76"/>
        <source>Recently opened stores</source>
        <translation>Kho mở gần đây</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="78"/>
        <source>Last export target</source>
        <translation>Nơi xuất bản gần nhất</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="81"/>
        <source>Portal address</source>
        <translation>Địa chỉ cổng thông tin</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="82"/>
        <source>Publisher name</source>
        <translation>Tên cơ quan xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="83"/>
        <source>Publisher logo address</source>
        <translation>Địa chỉ logo cơ quan xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="88"/>
        <source>Newsroom server</source>
        <translation>Máy chủ tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="93"/>
        <source>Role on the newsroom server</source>
        <translation>Vai trò trên máy chủ tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/config.py" line="97"/>
        <source>Stores synced</source>
        <translation>Các kho đã đồng bộ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="61"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="106"/>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="110"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="112"/>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="112"/>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/dialogs/shortcuts.py" line="137"/>
        <source>In the text fields, the usual editing keys work as well: Ctrl+A, Ctrl+C, Ctrl+X, Ctrl+V, Home and End; Enter continues a list or a quotation.</source>
        <translation>Trong các ô chữ, các phím soạn thảo quen thuộc cũng dùng được: Ctrl+A, Ctrl+C, Ctrl+X, Ctrl+V, Home và End; Enter tiếp tục danh sách hoặc trích dẫn.</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/menu.py" line="92"/>
        <source>(no suggestion)</source>
        <translation>(không có gợi ý)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/menu.py" line="98"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/menu.py" line="102"/>
        <source>Add to the newsroom dictionary</source>
        <translation>Thêm vào từ điển tòa soạn</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/wiring.py" line="20"/>
        <source>Pasted text in {encoding} was turned into Unicode. Ctrl+Z undoes it.</source>
        <translation>Đoạn dán ở bảng mã {encoding} đã được chuyển sang Unicode. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/wiring.py" line="26"/>
        <source>House style &amp;rules…</source>
        <translation>&amp;Quy tắc tòa soạn…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/spelling/wiring.py" line="29"/>
        <source>Edit the store&apos;s house-style rules and see their versions</source>
        <translation>Sửa quy tắc tòa soạn của kho và xem các phiên bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="13"/>
        <source>Before i, y, e, ê write k, not c.</source>
        <translation>Trước i, y, e, ê viết k, không viết c.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="14"/>
        <source>k is written only before i, y, e, ê; here write c.</source>
        <translation>k chỉ viết trước i, y, e, ê; ở đây viết c.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="15"/>
        <source>Before the glide u write qu, not c.</source>
        <translation>Trước âm đệm u viết qu, không viết c.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="16"/>
        <source>q is always written qu.</source>
        <translation>q luôn viết thành qu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="17"/>
        <source>Before i, e, ê write gh, not g.</source>
        <translation>Trước i, e, ê viết gh, không viết g.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="18"/>
        <source>After gh write only i, e, ê; here write g.</source>
        <translation>Sau gh chỉ viết i, e, ê; ở đây viết g.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="19"/>
        <source>Before i, e, ê write ngh, not ng.</source>
        <translation>Trước i, e, ê viết ngh, không viết ng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="20"/>
        <source>After ngh write only i, e, ê; here write ng.</source>
        <translation>Sau ngh chỉ viết i, e, ê; ở đây viết ng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="21"/>
        <source>After a consonant write iê, not yê.</source>
        <translation>Sau phụ âm đầu viết iê, không viết yê.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="22"/>
        <source>A syllable that starts with this vowel is written yê, not iê.</source>
        <translation>Tiếng bắt đầu bằng nguyên âm này viết yê, không viết iê.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="25"/>
        <source>The rhyme “{rhyme}” is not Vietnamese.</source>
        <translation>Vần “{rhyme}” không có trong tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="26"/>
        <source>A syllable ending in -{coda} takes only the sắc or nặng tone.</source>
        <translation>Vần -{coda} chỉ đi với dấu sắc hoặc dấu nặng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="29"/>
        <source>A syllable ending in -{coda} needs a sắc or nặng tone mark.</source>
        <translation>Vần -{coda} phải có dấu sắc hoặc dấu nặng.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="32"/>
        <source>Two tone marks on one syllable.</source>
        <translation>Một tiếng có hai dấu thanh.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="33"/>
        <source>The tone mark is on the wrong vowel, in either tone-mark style.</source>
        <translation>Dấu thanh đặt sai nguyên âm, theo cả kiểu cũ lẫn kiểu mới.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="36"/>
        <source>Not a Vietnamese syllable.</source>
        <translation>Không phải một tiếng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="37"/>
        <source>Telex keys left in the word: the input method did not convert them.</source>
        <translation>Còn sót phím Telex trong từ: bộ gõ chưa chuyển chúng thành dấu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="40"/>
        <source>VNI keys (digits) left in the word: the input method did not convert them.</source>
        <translation>Còn sót phím VNI (chữ số) trong từ: bộ gõ chưa chuyển chúng thành dấu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="43"/>
        <source>The tone key was typed again after the word already had its mark.</source>
        <translation>Phím dấu bị gõ thêm lần nữa khi từ đã có dấu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="46"/>
        <source>Letters and marks stored apart (decomposed Unicode): search and sorting miss them.</source>
        <translation>Chữ và dấu bị lưu rời nhau (Unicode tổ hợp): tìm kiếm và sắp xếp sẽ bỏ sót.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="50"/>
        <source>No space before “{char}”.</source>
        <translation>Không để dấu cách trước “{char}”.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="51"/>
        <source>Two spaces in a row.</source>
        <translation>Hai dấu cách liền nhau.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/messages.py" line="52"/>
        <source>“{wrong}” is a common mistake for “{right}”. {note}</source>
        <translation>“{wrong}” là lỗi thường gặp, viết đúng là “{right}”. {note}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/spelling/house.py" line="17"/>
        <source>“{former}” is a former province: write “{former} (nay là {current})”.</source>
        <translation>“{former}” là tỉnh cũ: viết “{former} (nay là {current})”.</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <location filename="../../lnv_editor/gui/spelling/controller.py" line="112"/>
        <source>Cannot add the word</source>
        <translation>Không thêm được từ</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="50"/>
        <source>Article and why</source>
        <translation>Bài viết và lý do</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="51"/>
        <source>Articles left out</source>
        <translation>Các bài không được xuất bản</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="61"/>
        <source>Double-click an article to open it and fix it</source>
        <translation>Nhấp đúp vào một bài để mở và sửa</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="69"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/bundles/summary.py" line="74"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../lnv_editor/sync/photos.py" line="23"/>
        <source>The photo {sha} from the server does not match its SHA-256: it was not stored. Ask whoever added it to add it again.</source>
        <translation>Ảnh {sha} từ máy chủ không khớp với mã SHA-256 của nó nên không được lưu. Hãy nhờ người đã thêm ảnh thêm lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/pull.py" line="173"/>
        <source>A row from the server was not stored ({kind}): {reason} Ask whoever wrote it to correct it; the rest was synced.</source>
        <translation>Một mục từ máy chủ không được lưu ({kind}): {reason} Hãy nhờ người viết sửa lại; phần còn lại đã được đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="31"/>
        <source>{what} has an invalid id ({value}).</source>
        <translation>{what} có mã không hợp lệ ({value}).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="41"/>
        <source>The field {field} is not text.</source>
        <translation>Trường {field} không phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="44"/>
        <source>The field {field} is too long ({size} characters; at most {limit}).</source>
        <translation>Trường {field} quá dài ({size} ký tự; tối đa {limit}).</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="55"/>
        <source>The field {field} is not valid Unicode text.</source>
        <translation>Trường {field} không phải là văn bản Unicode hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="63"/>
        <source>An article from the server is not readable.</source>
        <translation>Không đọc được một bài từ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="75"/>
        <source>Unknown status {status}.</source>
        <translation>Trạng thái {status} không rõ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="80"/>
        <source>The article has no valid version.</source>
        <translation>Bài không có số phiên bản hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/checks.py" line="102"/>
        <source>A photo has an invalid SHA-256.</source>
        <translation>Một ảnh có mã SHA-256 không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="236"/>
        <location filename="../../lnv_editor/sync/purges.py" line="29"/>
        <source>{title} (kept copy)</source>
        <translation>{title} (bản giữ lại)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/sync/house_style.py" line="149"/>
        <source>A version of the house style rules from the server is not valid: {reason}</source>
        <translation>Một phiên bản quy tắc văn phong từ máy chủ không hợp lệ nên không được lưu: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/conflicts.py" line="31"/>
        <source>“{title}” is no longer in this store.</source>
        <translation>«{title}» không còn trong kho này.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/conflicts.py" line="52"/>
        <source>Compare the two texts of “{title}”</source>
        <translation>So sánh hai văn bản của «{title}»</translation>
    </message>
</context>
<context>
    <name>SyncConnecting</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="39"/>
        <source>Upload this laptop&apos;s articles?</source>
        <translation>Tải bài trên máy này lên?</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="86"/>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="137"/>
        <source>Not connected to the newsroom server: nothing was uploaded.</source>
        <translation>Chưa kết nối với máy chủ tòa soạn: không có gì được tải lên.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="106"/>
        <source>Not connected: this laptop works on its own.</source>
        <translation>Chưa kết nối: máy này làm việc độc lập.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="128"/>
        <source>Disconnected: this laptop works on its own. Nothing was deleted.</source>
        <translation>Đã ngắt kết nối: máy này làm việc độc lập. Không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/connecting.py" line="145"/>
        <source>The system keyring did not take the password: type it again next time.</source>
        <translation>Kho khóa của hệ thống không nhận mật khẩu: lần sau hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="242"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="243"/>
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="245"/>
        <source>Offline — %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Ngoại tuyến — %n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="247"/>
        <source>Offline — nothing waiting to be sent</source>
        <translation>Ngoại tuyến — không có gì chờ gửi</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="250"/>
        <source>Server refused: {reason}</source>
        <translation>Máy chủ từ chối: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="253"/>
        <source>Server refused %n article(s). First: {reason}</source>
        <translation>
            <numerusform>Máy chủ từ chối %n bài. Bài đầu: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="257"/>
        <source>Not connected: the server needs your password (File → Newsroom server…)</source>
        <translation>Chưa kết nối: máy chủ cần mật khẩu của bạn (Tệp → Máy chủ tòa soạn…)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="259"/>
        <source>Sync stopped: {reason}</source>
        <translation>Đồng bộ dừng lại: {reason}</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="287"/>
        <source>Deleted for good on the server; your unsent changes are kept as “{title}”.</source>
        <translation>Bài đã bị xóa hẳn trên máy chủ; các thay đổi chưa gửi của bạn được giữ thành “{title}”.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="295"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/controller.py" line="297"/>
        <source>“{title}” was changed on another laptop at the same time. Both texts are kept: compare them and merge what you need.</source>
        <translation>«{title}» đã được sửa cùng lúc trên một máy khác. Cả hai văn bản đều được giữ: hãy so sánh và gộp những gì cần.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="301"/>
        <source>Conflict: %n article(s)…</source>
        <translation>
            <numerusform>Xung đột: %n bài…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/sync/controller.py" line="317"/>
        <source>This laptop already has %n article(s) in {store}. Connecting sends them to the newsroom server {server}, where your colleagues can read them (drafts included), and keeps syncing them. Upload them and connect?</source>
        <translation>
            <numerusform>Máy này đã có %n bài trong {store}. Khi kết nối, các bài này được gửi lên máy chủ tòa soạn {server}, nơi đồng nghiệp đọc được (cả bản nháp), và được đồng bộ từ đó về sau. Tải lên và kết nối?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../lnv_editor/gui/sync/errors.py" line="60"/>
        <source>The server refused the user name or password for {user}. Check them, or ask the newsroom&apos;s administrator to set your password again.</source>
        <translation>Máy chủ không chấp nhận tên người dùng hoặc mật khẩu của {user}. Hãy kiểm tra lại, hoặc nhờ người quản trị tòa soạn đặt lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/errors.py" line="66"/>
        <source>Cannot reach the server {where}. Check the address and the network; you can keep writing offline and LNV Editor will send your work once it is back.</source>
        <translation>Không liên lạc được với máy chủ {where}. Hãy kiểm tra địa chỉ và mạng; bạn vẫn viết tiếp được khi ngoại tuyến và LNV Editor sẽ gửi bài khi máy chủ liên lạc lại được.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/sync/errors.py" line="72"/>
        <source>{where} is not an LNV newsroom server yet (database {database}). Its administrator runs: lnv-editor server init postgresql://…/{database}</source>
        <translation>{where} chưa phải máy chủ tòa soạn LNV (cơ sở dữ liệu {database}). Người quản trị cần chạy: lnv-editor server init postgresql://…/{database}</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="108"/>
        <source>Restore %n article(s) from the trash</source>
        <translation>
            <numerusform>Khôi phục %n bài từ thùng rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="109"/>
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Chuyển %n bài vào thùng rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="118"/>
        <source>Moved %n article(s) to the trash. Ctrl+Z in the library brings them back.</source>
        <translation>
            <numerusform>Đã chuyển %n bài vào thùng rác. Nhấn Ctrl+Z trong thư viện để lấy lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="136"/>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="140"/>
        <source>Empty the trash</source>
        <translation>Dọn sạch thùng rác</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="142"/>
        <source>Delete the %n article(s) in the trash for good, with their revisions and the photos no other article uses?

This cannot be undone: Ctrl+Z will not bring them back.</source>
        <translation>
            <numerusform>Xoá vĩnh viễn %n bài trong thùng rác, cùng các phiên bản và những ảnh không bài nào khác dùng?

Việc này không thể hoàn tác: Ctrl+Z sẽ không lấy lại được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lnv_editor/gui/library/trash.py" line="161"/>
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Đã xoá vĩnh viễn %n bài.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="202"/>
        <source>“{title}” was moved to the trash, so it was closed. Its text is kept there.</source>
        <translation>“{title}” đã được chuyển vào thùng rác nên đã đóng lại. Nội dung vẫn còn trong thùng rác.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="203"/>
        <location filename="../../lnv_editor/gui/library/trash.py" line="231"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="230"/>
        <source>“{title}” was deleted for good on the newsroom server, so it was closed.</source>
        <translation>“{title}” đã bị xóa hẳn trên máy chủ tòa soạn nên đã được đóng lại.</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/gui/library/trash.py" line="244"/>
        <source>This article was deleted for good on the newsroom server; what you had not saved is kept as “{title}”.</source>
        <translation>Bài này đã bị xóa hẳn trên máy chủ tòa soạn; phần bạn chưa lưu được giữ thành “{title}”.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="27"/>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="28"/>
        <source>Editor</source>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="29"/>
        <source>Desk</source>
        <translation>Thư ký tòa soạn</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="45"/>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="46"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="47"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="48"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="49"/>
        <source>Edited after approval</source>
        <translation>Sửa sau khi duyệt</translation>
    </message>
    <message>
        <location filename="../../lnv_editor/core/workflow.py" line="50"/>
        <source>Published</source>
        <translation>Xuất bản</translation>
    </message>
</context>
</TS>

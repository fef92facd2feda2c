// The preview's own code. Qt injects it into its ApplicationWorld, an isolated world that
// shares the page's DOM but not its globals; the page's world runs no script at all.
// Python calls lnvPatch / lnvFollow / lnvSetMobile with runJavaScript in this world; clicks
// reach Python through the QWebChannel object "lnvPreview", exposed to this world only.
(function () {
  "use strict";
  var BODY_ID = "article-body";
  var bridge = null;
  new QWebChannel(qt.webChannelTransport, function (channel) {
    bridge = channel.objects.lnvPreview;
  });

  function articleBody() {
    return document.getElementById(BODY_ID);
  }

  function fragment(html) {
    // A <template> parses without running anything or loading images until inserted.
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  // Replace runs of body blocks. ops: [[first, end, [html, ...]], ...] in old indexes,
  // highest first, so the indexes of the runs still to do are not disturbed.
  function patchBody(patch) {
    var root = articleBody();
    if (!root || root.children.length !== patch.expect) return false;
    var children = root.children;
    // The block at the cursor keeps its mark through the patch: the new block in its place
    // takes it at once (lnvFollow corrects it ~60 ms later if the cursor moved to another
    // block), so the mark does not blink off and on at every keystroke.
    var marked = root.querySelector(":scope > .lnv-current");
    var markedAt = marked ? Array.prototype.indexOf.call(children, marked) : -1;
    patch.ops.forEach(function (op) {
      var first = op[0], end = op[1], html = op[2];
      var anchor = children[end] || null;
      for (var k = end - 1; k >= first; k--) children[k].remove();
      if (html.length) root.insertBefore(fragment(html.join("\n")), anchor);
    });
    patch.lines.forEach(function (item) {
      var block = children[item[0]];
      if (!block) return;
      block.setAttribute("data-src-line", item[1]);
      block.setAttribute("data-src-end", item[2]);
    });
    for (var i = 0; i < children.length; i++) {
      if (children[i].getAttribute("data-block") !== String(i)) {
        children[i].setAttribute("data-block", String(i));
      }
    }
    if (markedAt >= 0 && !root.querySelector(":scope > .lnv-current")) {
      var heir = children[Math.min(markedAt, children.length - 1)];
      if (heir) heir.classList.add("lnv-current");
    }
    return children.length === patch.count;
  }

  // Bring every part of the page outside the body (title, lead, byline, lists) in line with
  // a freshly rendered page, replacing only the elements that differ. False when the page's
  // shape changed (then Python reloads it whole).
  function syncNode(old, fresh, body) {
    if (old === body) return true;
    if (!old.contains(body)) {
      if (!old.isEqualNode(fresh)) old.replaceWith(document.importNode(fresh, true));
      return true;
    }
    var a = old.children, b = fresh.children;
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (a[i].tagName !== b[i].tagName || !syncNode(a[i], b[i], body)) return false;
    }
    return true;
  }

  function syncParts(html) {
    var body = articleBody();
    if (!body) return false;
    var doc = new DOMParser().parseFromString(html, "text/html");
    if (document.title !== doc.title) document.title = doc.title;
    return syncNode(document.body, doc.body, body);
  }

  window.lnvPatch = function (patch) {
    var ok = true;
    try {
      if (patch.body) ok = patchBody(patch.body);
      if (ok && patch.page) ok = syncParts(patch.page);
    } catch (error) {
      return { ok: false, error: String(error) };
    }
    if (!ok) {
      var root = articleBody();
      return { ok: false, error: "the page does not match", blocks: root ? root.children.length : -1 };
    }
    // Reading offsetHeight forces layout, so the caller's timestamp means "laid out".
    var height = document.body ? document.body.offsetHeight : 0;
    return { ok: ok, height: height, blocks: articleBody() ? articleBody().children.length : -1 };
  };

  // Mark the block holding source line *line* (the stylesheet's lnv-current) and scroll it
  // into view, only when it is off-screen.
  window.lnvFollow = function (line) {
    var root = articleBody();
    if (!root) return null;
    var target = null;
    for (var i = 0; i < root.children.length; i++) {
      var block = root.children[i];
      if (Number(block.getAttribute("data-src-line")) > line) break;
      target = block;
    }
    var marked = root.querySelectorAll(".lnv-current");
    for (var k = 0; k < marked.length; k++) {
      if (marked[k] !== target) marked[k].classList.remove("lnv-current");
    }
    if (!target) return null;
    target.classList.add("lnv-current");
    var rect = target.getBoundingClientRect();
    var visible = rect.bottom > 0 && rect.top < window.innerHeight;
    if (!visible) target.scrollIntoView({ behavior: "smooth", block: "center" });
    return Number(target.getAttribute("data-block"));
  };

  window.lnvSetMobile = function (mobile) {
    document.documentElement.classList.toggle("layout-mobile", !!mobile);
    if (document.body) document.body.classList.toggle("layout-mobile", !!mobile);
    return document.documentElement.clientWidth;
  };

  window.lnvScrollTo = function (y) {
    window.scrollTo(0, y);
    return window.scrollY;
  };

  // Every click is ours to handle: links never navigate (Python decides what to open),
  // a click on the body moves the editor's cursor to that block's first source line.
  document.addEventListener(
    "click",
    function (event) {
      var target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      var link = target.closest("a[href]");
      if (link) {
        event.preventDefault();
        if (bridge) bridge.openLink(link.getAttribute("href"));
        return;
      }
      var block = target.closest("[data-src-line]");
      if (block && bridge) bridge.moveCursor(Number(block.getAttribute("data-src-line")));
    },
    true
  );
  window.lnvPreviewReady = true;
})();

"""Pathological Markdown finishes: the guard flattens what Python-Markdown would choke on.

No timings are asserted here (``benchmarks/bench_render.py --pathological`` prints them);
the renders run in a child process with a generous limit so a regression fails instead of
hanging the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from lnv_editor.render.blocks import BlockRenderer
from lnv_editor.render.guard import MAX_BRACKETS, MAX_INDENT, MAX_QUOTE_DEPTH, defuse, restore

ROOT = Path(__file__).resolve().parents[2]

CASES = {
    "brackets_40k": "'[' * 40000",
    "image_openers": "'![' * 20000",
    "link_openers": "'[a](' * 10000",
    "quote_5000_one_line": "'>' * 5000 + ' sâu'",
    "quote_5000_spaced": "'> ' * 5000 + 'sâu'",
    "quote_growing_lines": "'\\n'.join('>' * i + ' x' for i in range(1, 3000))",
    "list_500_deep": "'\\n'.join('    ' * i + '- mục' for i in range(500))",
    "list_tabs_deep": "'\\n'.join('\\t' * i + '* mục' for i in range(500))",
    "emphasis": "'*a ' * 20000 + '_' * 20000",
    "backticks": "'`' * 30000",
    "angles": "'<a ' * 10000",
}


def test_pathological_inputs_finish():
    script = textwrap.dedent(
        f"""
        import json
        from lnv_editor.render.blocks import BlockRenderer
        out = {{}}
        for name, expr in {json.dumps(CASES)}.items():
            rendered = BlockRenderer().render(eval(expr))
            out[name] = len(rendered.html)
        print(json.dumps(out))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    sizes = json.loads(done.stdout)
    assert set(sizes) == set(CASES)
    assert all(size > 0 for size in sizes.values())


def test_deep_quotes_are_flattened_not_dropped():
    html = BlockRenderer().render("> " * 5000 + "chữ còn nguyên").html
    assert html.count("<blockquote>") == MAX_QUOTE_DEPTH
    assert "chữ còn nguyên" in html


def test_unclosed_brackets_stay_as_text_and_early_links_still_work():
    text = "[đầu](https://lnv.example.vn) " + "[" * 5000
    html = BlockRenderer().render(text).html
    assert '<a href="https://lnv.example.vn"' in html
    assert html.count("[") == 5000


def test_defuse_leaves_ordinary_text_alone():
    ordinary = "> trích\n> > lồng hai\n\n- a\n    - b\n\n[link](https://x.vn) và [x]"
    assert defuse(ordinary) is ordinary
    deep = "    " * 40 + "- mục"
    assert defuse(deep) == " " * MAX_INDENT + "- mục"
    many = "[đúng](https://x.vn) " + "[" * (MAX_BRACKETS + 5)
    defused = defuse(many)
    assert defused.startswith("[đúng](https://x.vn) ") and defused.count("[") == 1
    assert restore(defused) == many


def test_author_private_use_characters_are_left_alone():
    text = "\ue000 " + "[" * (MAX_BRACKETS + 5)
    assert defuse(text) is text


def test_fenced_code_is_not_defused():
    code = "```\n" + "> " * 50 + "\n```"
    assert "&gt; " * 50 in BlockRenderer().render(code).html

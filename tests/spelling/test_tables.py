"""Precision and recall of the spelling check on the tables of real mistakes and of correct
sentences (tests/spelling/mistakes.tsv, correct.tsv; see make_tables.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from lnv_editor.core.spelling.checker import Speller

HERE = Path(__file__).resolve().parent


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def measure() -> dict:
    speller = Speller()
    tp, fn, fp, top1, top3 = Counter(), Counter(), Counter(), Counter(), Counter()
    misses, alarms = [], []
    for sentence, start, end, category, fix in _rows("mistakes.tsv"):
        start, end = int(start), int(end)
        found = speller.check(sentence)
        hit = [f for f in found if f.start < end and start < f.end]
        if hit:
            tp[category] += 1
            top1[category] += bool(hit[0].fixes) and hit[0].fixes[0] == fix
            top3[category] += fix in hit[0].fixes[:3]
        else:
            fn[category] += 1
            misses.append((category, sentence[start:end], sentence))
        for f in found:
            if f not in hit:
                fp[f.category] += 1
                alarms.append((f.code, sentence[f.start : f.end], sentence))
    correct = [row[0] for row in _rows("correct.tsv")]
    flagged = 0
    for sentence in correct:
        found = speller.check(sentence)
        flagged += bool(found)
        for f in found:
            fp[f.category] += 1
            alarms.append((f.code, sentence[f.start : f.end], sentence))
    return {
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "top1": top1,
        "top3": top3,
        "misses": misses,
        "alarms": alarms,
        "correct": len(correct),
        "flagged": flagged,
    }


def report(m: dict) -> str:
    lines = [f"{'category':<10} {'recall':>7} {'precision':>9} {'top-1':>6} {'top-3':>6}   n"]
    for cat in sorted(set(m["tp"]) | set(m["fn"])):
        tp, fn, fp = m["tp"][cat], m["fn"][cat], m["fp"][cat]
        lines.append(
            f"{cat:<10} {tp / (tp + fn):7.3f} {tp / max(1, tp + fp):9.3f} "
            f"{m['top1'][cat] / max(1, tp):6.3f} {m['top3'][cat] / max(1, tp):6.3f} {tp + fn:4d}"
        )
    lines.append(f"false alarms on correct sentences: {m['flagged']}/{m['correct']}")
    return "\n".join(lines)


def test_tables_are_big_enough():
    assert len(_rows("mistakes.tsv")) >= 300
    assert len(_rows("correct.tsv")) >= 300
    assert {r[3] for r in _rows("mistakes.tsv")} == {"syllable", "residue", "confusion", "spacing"}


def test_precision_recall_and_false_alarms():
    m = measure()
    print("\n" + report(m))
    tp, fn, fp = sum(m["tp"].values()), sum(m["fn"].values()), sum(m["fp"].values())
    assert tp / (tp + fn) >= 0.9, m["misses"][:20]
    assert tp / (tp + fp) >= 0.95, m["alarms"][:20]
    for cat in m["tp"]:
        assert m["tp"][cat] / (m["tp"][cat] + m["fn"][cat]) >= 0.9, (cat, m["misses"][:20])
        assert m["tp"][cat] / (m["tp"][cat] + m["fp"][cat]) >= 0.95, (cat, m["alarms"][:20])
    assert m["flagged"] / m["correct"] <= 0.01, m["alarms"][:20]
    assert sum(m["top1"].values()) / tp >= 0.85
    assert sum(m["top3"].values()) / tp >= 0.95


if __name__ == "__main__":
    result = measure()
    print(report(result))
    for miss in result["misses"]:
        print("MISS", miss)
    for alarm in result["alarms"]:
        print("ALARM", alarm)


def test_a_long_paragraph_finds_what_its_sentences_find():
    """A paragraph past a few lines is checked a sentence at a time (a key typed in it checks
    one sentence again): every mistake of the tables is found at its place in a paragraph of
    many sentences, and no correct sentence gains a finding, whatever sentence comes before or
    after; the same sentence twice is found twice; a second check (from memory) is the same."""
    speller = Speller()
    mistakes = _rows("mistakes.tsv")
    correct = [row[0] for row in _rows("correct.tsv")]
    for group in range(0, len(mistakes), 12):
        rows = mistakes[group : group + 12]
        parts, expected = [], []
        offset = 0
        for n, (sentence, start, end, category, _fix) in enumerate(rows):
            filler = correct[(group + n) % len(correct)]
            parts += [filler, sentence]
            offset += len(filler) + 1
            expected.append((offset + int(start), offset + int(end), category))
            offset += len(sentence) + 1
        paragraph = " ".join(parts + [rows[0][0]])  # the first mistake again at the end
        again = len(paragraph) - len(rows[0][0])
        expected.append((again + int(rows[0][1]), again + int(rows[0][2]), rows[0][3]))
        found = [(f.start, f.end, f.category) for f in speller.check(paragraph)]
        for want in expected:
            assert want in found, (want, paragraph[want[0] : want[1]])
        assert len(found) == len(expected), (found, expected)
        assert speller.check(paragraph) == speller.check(paragraph + "")
    assert Speller().check(" ".join(correct)) == ()

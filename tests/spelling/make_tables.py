"""Rebuild tests/spelling/mistakes.tsv and correct.tsv (run by hand, output checked in).

    .venv/bin/python tests/spelling/make_tables.py

The correct sentences are written for these tables (sentences_base.txt, and templates below
filled with names, places, craft villages, numbers and loanwords in both tone styles). Each
mistake line takes one correct sentence and puts one real mistake of a known kind in it:
a misspelt syllable typed by reporters, a confusion from the rule file, a leftover of Telex
or VNI typing, a decomposed word, or a stray space. Nothing is random: a fixed seed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TONE_KEYS = {
    "\u0301": ("s", "1"),
    "\u0300": ("f", "2"),
    "\u0309": ("r", "3"),
    "\u0303": ("x", "4"),
    "\u0323": ("j", "5"),
}
SHAPES = {
    "ă": ("aw", "a8"),
    "â": ("aa", "a6"),
    "ê": ("ee", "e6"),
    "ô": ("oo", "o6"),
    "ơ": ("ow", "o7"),
    "ư": ("uw", "u7"),
    "đ": ("dd", "d9"),
}

# (right, wrong): syllables as reporters mistype them; the parser must explain each.
SYLLABLES = [
    ("ngành", "nghành"),
    ("Ngành", "Nghành"),
    ("nghe", "nge"),
    ("nghĩ", "ngĩ"),
    ("nghiên", "ngiên"),
    ("nghỉ", "ngỉ"),
    ("nghệ", "ngệ"),
    ("nghìn", "ngìn"),
    ("nghĩa", "ngĩa"),
    ("nghiệm", "ngiệm"),
    ("nghề", "ngề"),
    ("ghế", "gế"),
    ("ghép", "gép"),
    ("gà", "ghà"),
    ("gỗ", "ghỗ"),
    ("góp", "ghóp"),
    ("gần", "ghần"),
    ("gương", "ghương"),
    ("cà", "kà"),
    ("cây", "kây"),
    ("có", "kó"),
    ("cơ", "kơ"),
    ("cửa", "kửa"),
    ("cuộc", "kuộc"),
    ("các", "kác"),
    ("cả", "kả"),
    ("kể", "cể"),
    ("kỹ", "cỹ"),
    ("kiểm", "ciểm"),
    ("kinh", "cinh"),
    ("kế", "cế"),
    ("kéo", "céo"),
    ("kết", "cết"),
    ("quyển", "cuyển"),
    ("quá", "qá"),
    ("quý", "qúy"),
    ("quả", "qủa"),
    ("quan", "qan"),
    ("hoàng", "hòang"),
    ("hoạch", "họach"),
    ("hoàn", "hòan"),
    ("hoạt", "họat"),
    ("toàn", "tòan"),
    ("được", "đươc"),
    ("mạch", "mảch"),
    ("huyện", "huỵện"),
    ("yêu", "iêu"),
    ("người", "ngừoi"),
    ("nước", "nưóc"),
    ("thương", "thưong"),
    ("đường", "đườngg"),
    ("trước", "trứơc"),
    ("thuyết", "thuýêt"),
    ("tiếp", "tiềp"),
    ("việc", "viêc"),
    ("xuất", "xuầt"),
    ("nhiều", "nhìêu"),
    ("tích", "tìch"),
    ("biết", "biềt"),
    ("thuỷ", "thủỷ"),
    ("chuyện", "chuỵên"),
]
TEMPLATES = [
    "Ông {name} ở {place} cho biết {n} hộ đã tham gia mô hình.",
    "Theo bà {name}, {village} đón khoảng {n}.000 lượt khách mỗi năm.",
    "Sản phẩm của HTX tại {place} đạt chuẩn OCOP {s} sao với giá {d} triệu đồng/kg.",
    "Tuyến đường dài {d} km nối trung tâm {place} với {village}.",
    "UBND tỉnh {place} cấp {d} tỷ đồng cho {n} công trình thủy lợi.",
    "Anh {name} livestream bán hàng trên Facebook mỗi tối, thu về {d} triệu đồng.",
    "Theo báo cáo, {place} có {n}.{n2} ha rừng được trồng mới trong năm 2025.",
    "Chị {name} mang sản phẩm của {village} đến hội chợ ở TP.HCM.",
    "Nhiệt độ tại {place} xuống còn {d} độ C vào sáng ngày 12/3/2025.",
    "Tỷ lệ hộ nghèo ở {place} giảm còn {d}% theo số liệu của Sở Nông nghiệp và Môi trường.",
    "Đoàn khách từ {place} được hướng dẫn viên {name} đưa đi thăm {village}.",
    "Ông {name}, Chủ tịch UBND xã, cho biết xã đã làm xong {n} km đường nông thôn.",
    "Cửa hàng của {village} nhận thanh toán qua mã QR và ví điện tử.",
    "Khoảng {n} container nông sản từ {place} được xuất sang Nhật Bản.",
    "Lễ hội hoa ở {place} có {n} nghệ nhân góp mặt, trong đó có ông {name}.",
    "Bà {name} kể rằng {village} từng có hơn {n} lò, nay chỉ còn vài chục.",
    "Quãng đường từ {place} đến {village} khoảng {d} ki-lô-mét.",
    "Hội Phụ nữ {place} trao {n} suất quà cho hội viên khó khăn ở {village}.",
]
# Correct sentences where a confusion rule's words meet across a word boundary, or where
# English, codes and numbers sit in Vietnamese text.
TRICKY = [
    "Hàng thủ công xuất khẩu tăng 12% so với cùng kỳ.",
    "Cô giáo bảo lũ trẻ xếp hàng trước cổng trường.",
    "Xe tải chở thành phẩm ra cảng lúc 4 giờ sáng.",
    "Em bé có vẽ tranh về ngôi làng của mình không?",
    "Chị ấy vẽ đẹp nên được nhờ trang trí lớp học.",
    "Anh tách lẻ ra từng bó rau để bán cho kịp chợ.",
    "Ông mua chín sách cũ ở phố Đinh Lễ.",
    "Dự án dùng vốn ODA, được WHO và UNESCO đánh giá cao.",
    "Mạng 5G phủ sóng toàn bộ thị trấn từ tháng 9/2025.",
    "Cúm A/H5N1 được phát hiện ở một trang trại nhỏ.",
    "Xem thêm tại https://lnv.vn/ngheo-ke-chuyen hoặc gửi thư đến toasoan@lnv.vn.",
    "Các bạn trẻ gọi đó là một buổi workshop, có cả coffee break.",
    "Giá xăng RON 95 tăng thêm 300 đồng/lít.",
    "Ông Kpă Y Lang và bà H'Hen Niê cùng dự lễ mừng lúa mới.",
    "Nhà máy đạt công suất 50 MW, nối lưới từ quý III.",
    "Hòa Bình và Hoà Bình là một: hai cách đặt dấu đều đúng.",
    "Thủy lợi, thuỷ sản, khỏe mạnh và khoẻ khoắn đều được viết theo cả hai kiểu.",
    "Đội bóng giành cho mình tấm vé vào chung kết.",
]
NAMES = """Nguyễn Văn Hùng|Trần Thị Thủy|Lê Hoàng Quý|Phạm Thị Hòa|Phạm Thị Hoà|Đặng Quốc Khánh|
Vũ Thị Thuỷ|Hoàng Văn Khỏe|Bùi Thị Loan|Đỗ Minh Tuấn|Ngô Thị Huyền|Võ Văn Kiệt|Lý Thị Ngọc|
Dương Quang Huy|Trương Mỹ Lan|Hồ Thị Kim Thoa|Mai Văn Nghĩa|Tạ Quang Bửu|Y Moan Niê|Giàng A Páo|
Lò Văn Pọm|Hà Thị Khoẻ|Quàng Văn Hải|Nguyễn Thị Hoà Bình""".replace("\n", "").split("|")
PLACES = """Bắc Ninh|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Điện Biên|Đồng Tháp|Gia Lai|Hà Tĩnh|
Hải Phòng|Huế|Hưng Yên|Khánh Hòa|Khánh Hoà|Lai Châu|Lạng Sơn|Lào Cai|Lâm Đồng|Nghệ An|Phú Thọ|
Quảng Ngãi|Quảng Trị|Sơn La|Tây Ninh|Thái Nguyên|Thanh Hóa|Thanh Hoá|Tuyên Quang|Vĩnh Long|
Krông Pắc|Bắc Kạn""".replace("\n", "").split("|")
VILLAGES = """làng gốm Bát Tràng|làng lụa Vạn Phúc|làng nón Chuông|làng tranh Đông Hồ|
làng đúc đồng Phước Kiều|làng chiếu Định Yên|làng mộc Kim Bồng|làng hương Thủy Xuân|
làng dệt thổ cẩm Lùng Tám|làng rèn Phúc Sen|làng hoa Sa Đéc|làng nước mắm Nam Ô|
làng bánh tráng Túy Loan|làng khảm trai Chuyên Mỹ""".replace("\n", "").split("|")


def encode(word: str, scheme: int) -> str:
    """*word* as its Telex (0) or VNI (1) keys, the tone key at the end."""
    out, tone = [], ""
    for ch in word:
        parts = unicodedata.normalize("NFD", ch)
        marks = [m for m in parts[1:] if m in TONE_KEYS]
        tone = tone or (TONE_KEYS[marks[0]][scheme] if marks else "")
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_KEYS))
        low = base.lower()
        key = SHAPES[low][scheme] if low in SHAPES else low
        out.append(key if base == low else key[0].upper() + key[1:])
    return "".join(out) + tone


def marked_words(sentence: str) -> list[re.Match]:
    return [
        m
        for m in re.finditer(r"[^\W\d_]+", sentence)
        if m.group().lower() != unicodedata.normalize("NFD", m.group().lower())
        and not m.group()[0].isupper()
    ]


def main() -> None:
    rng = random.Random(19)
    base = [
        line.strip()
        for line in (HERE / "sentences_base.txt").read_text("utf-8").splitlines()
        if line.strip()
    ]
    correct = list(base)
    for i in range(180):
        t = TEMPLATES[i % len(TEMPLATES)]
        correct.append(
            t.format(
                name=NAMES[i % len(NAMES)],
                place=PLACES[(i * 7) % len(PLACES)],
                village=VILLAGES[(i * 3) % len(VILLAGES)],
                n=12 + (i * 37) % 900,
                n2=f"{(i * 53) % 1000:03d}",
                d=f"{1 + i % 9},{(i * 7) % 10}",
                s=3 + i % 3,
            )
        )
    correct += TRICKY
    correct = list(dict.fromkeys(correct))

    rules = []
    for line in (
        (HERE.parents[1] / "lnv_editor/assets/spelling/confusions.tsv")
        .read_text("utf-8")
        .splitlines()
    ):
        if line.startswith(("#", "id\t")) or not line.strip():
            continue
        _id, wrong, right, *_ = line.split("\t")
        rules.append((right.split("/")[0], wrong))

    rows = []

    def add(sentence, start, end, wrong, category, fix):
        new = sentence[:start] + wrong + sentence[end:]
        rows.append((new, start, start + len(wrong), category, fix))

    def whole(sentence, phrase):
        m = re.search(r"(?<![^\W\d_])" + re.escape(phrase) + r"(?![^\W\d_])", sentence)
        return m

    for right, wrong in SYLLABLES:
        hits = [s for s in base if whole(s, right)]
        for s in hits[:4]:
            m = whole(s, right)
            add(s, m.start(), m.end(), wrong, "syllable", right)
    for right, wrong in rules:
        for s in base:
            m = whole(s, right)
            if m:
                typed = wrong[0].upper() + wrong[1:] if s[m.start()].isupper() else wrong
                add(s, m.start(), m.end(), typed, "confusion", s[m.start() : m.end()])
                break
    for k, s in enumerate(base):
        words = marked_words(s)
        if not words:
            continue
        m = words[k % len(words)]
        word = m.group()
        kind = k % 5
        if kind == 0:
            add(s, m.start(), m.end(), encode(word, 0), "residue", word)
        elif kind == 1:
            add(s, m.start(), m.end(), encode(word, 1), "residue", word)
        elif kind == 2:
            key = encode(word, 0)[-1]
            if key in "sfrxj":
                add(s, m.start(), m.end(), word + key, "residue", word)
        elif kind == 3:
            add(s, m.start(), m.end(), unicodedata.normalize("NFD", word), "residue", word)
        else:
            add(s, m.start(), m.end(), encode(word, 0), "residue", word)
    for k, s in enumerate(base[::2]):
        if k % 2 and "," in s:
            i = s.index(",")
            rows.append((s[:i] + " ," + s[i + 1 :], i, i + 2, "spacing", ","))
        else:
            spaces = [m.start() for m in re.finditer(" ", s)]
            i = spaces[k % len(spaces)]
            rows.append((s[:i] + "  " + s[i + 1 :], i, i + 2, "spacing", " "))
    rng.shuffle(rows)
    with open(HERE / "mistakes.tsv", "w", encoding="utf-8") as f:
        f.write("# sentence\tstart\tend\tcategory\texpected fix (see make_tables.py)\n")
        for sentence, start, end, category, fix in rows:
            f.write(f"{sentence}\t{start}\t{end}\t{category}\t{fix}\n")
    with open(HERE / "correct.tsv", "w", encoding="utf-8") as f:
        f.write("# correct sentences: names, places, loanwords, numbers, both tone styles\n")
        f.write("".join(s + "\n" for s in correct))
    print(len(rows), "mistakes,", len(correct), "correct")


if __name__ == "__main__":
    main()

"""What the demo articles have besides text: photos, province tags and related stories.

Photos are drawn at demo time (``media.demo_pictures``); a body places one with
``![](photo:@<key>)``, which ``store.demo`` turns into ``![](photo:<id>)`` once the photo
has its id. Province names are written as stories write them, former names included
("Bắc Giang", "Quảng Nam"), and resolved with ``core.provinces``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DemoPhoto:
    key: str  # referred to by ``![](photo:@key)`` in the body
    scene: str  # a scene of media.demo_pictures
    size: tuple[int, int]
    title: str  # drawn on the picture
    caption: str
    credit: str
    alt: str
    gps: tuple[float, float] | None = None  # written into EXIF; renditions drop it


PHOTOS: dict[str, tuple[DemoPhoto, ...]] = {
    "bat-trang-gom-xuat-khau": (
        DemoPhoto(
            "lo-nung",
            "kiln",
            (1600, 1067),
            "Lò nung gốm",
            "Lò nung của một xưởng gốm ở Bát Tràng giữ lửa từ chiều đến sáng hôm sau",
            "Ảnh: Minh Thu",
            "Lò gốm xây gạch đỏ, cửa lò rực lửa, khói bay lên từ ống khói",
            gps=(20.9756, 105.9128),
        ),
        DemoPhoto(
            "binh-men-lam",
            "vases",
            (1400, 933),
            "Bình men lam",
            "Bình men lam chờ đóng gói, chuẩn bị cho chuyến hàng đi Nhật Bản",
            "Ảnh: Minh Thu",
            "Năm chiếc bình gốm trắng vẽ hoa văn xanh lam xếp trên kệ gỗ",
        ),
        DemoPhoto(
            "bat-trai-nghiem",
            "bowls",
            (1200, 800),
            "Bát men màu",
            "Những chiếc bát do du khách tự tráng men tại khu trải nghiệm",
            "Ảnh: Hoàng Long",
            "Bát gốm nhiều màu men xếp thành hàng trên mặt bàn gỗ",
        ),
    ),
    "phu-vinh-may-tre-dan": (
        DemoPhoto(
            "nan-tre",
            "bamboo",
            (1200, 800),
            "Nan tre đan",
            "Tấm nan đan nong mốt, công đoạn đầu tiên của một chiếc khay xuất khẩu",
            "Ảnh: Thu Hà",
            "Cận cảnh nan tre vàng đan ô vuông đều nhau",
        ),
    ),
    "van-phuc-lua-du-lich-trai-nghiem": (
        DemoPhoto(
            "lua-van-phuc",
            "brocade",
            (1200, 800),
            "Lụa hoa văn",
            "Khổ lụa dệt hoa văn truyền thống bày bán trên phố lụa",
            "Ảnh: Ngọc Anh",
            "Những dải vải dệt sọc đỏ, vàng, xanh với họa tiết hình thoi",
        ),
    ),
    "dong-ky-do-go-chung-chi": (
        DemoPhoto(
            "van-go",
            "wood",
            (1200, 800),
            "Ván gỗ",
            "Ván gỗ có chứng chỉ nguồn gốc được xếp riêng trong kho của xưởng",
            "Ảnh: Đức Anh",
            "Những tấm ván gỗ nâu vân sóng xếp chồng lên nhau",
        ),
    ),
    "lang-chuong-non-la-mua-tet": (
        DemoPhoto(
            "non-la",
            "hats",
            (1200, 800),
            "Nón lá",
            "Nón lá phơi nắng trước sân nhà trước khi khâu vành",
            "Ảnh: Thanh Mai",
            "Hai hàng nón lá trắng ngà dưới bầu trời xanh",
        ),
    ),
    "bau-truc-gom-cham": (
        DemoPhoto(
            "lo-bau-truc",
            "kiln",
            (960, 640),
            "Nung gốm ngoài trời",
            "Gốm Chăm được nung lộ thiên bằng rơm và củi",
            "Ảnh: Quốc Việt",
            "Lò nung gốm đỏ lửa lúc chiều muộn, bên cạnh là những chiếc nồi đất",
        ),
    ),
    "kim-son-chieu-coi-ocop": (
        DemoPhoto(
            "chieu-coi",
            "sedge",
            (1200, 800),
            "Chiếu cói",
            "Chiếu cói dệt hoa văn ô trám, sản phẩm OCOP 4 sao của hợp tác xã",
            "Ảnh: Văn Toàn",
            "Mặt chiếu cói đan ô vuông xanh và vàng",
        ),
    ),
    "phuc-sen-ren-khuyen-cong": (
        DemoPhoto(
            "lo-ren",
            "forge",
            (1200, 800),
            "Lò rèn",
            "Búa máy thay cho búa tay ở công đoạn quai phôi",
            "Ảnh: Nông Hải",
            "Lò rèn đỏ rực, tia lửa bắn lên từ đe sắt",
        ),
    ),
    "ha-thai-son-mai-truyen-nghe": (
        DemoPhoto(
            "tranh-son-mai",
            "lacquer",
            (1200, 800),
            "Tranh sơn mài",
            "Bức tranh sơn mài đầu tay của một học viên lớp truyền nghề",
            "Ảnh: Thu Hà",
            "Tranh nền đen với những vầng tròn đỏ, vàng và đường viền vàng",
        ),
    ),
    "phu-hoa-dong-banh-trang-ocop": (
        DemoPhoto(
            "phoi-banh-trang",
            "rice-paper",
            (480, 320),
            "Phơi bánh tráng",
            "Bánh tráng phơi sương trên giàn tre",
            "Ảnh: Minh Khôi",
            "Ba hàng bánh tráng tròn trắng phơi trên giàn tre",
        ),
    ),
    "zo-ra-tho-cam-co-tu": (
        DemoPhoto(
            "tho-cam",
            "brocade",
            (1200, 800),
            "Thổ cẩm Cơ Tu",
            "Tấm thổ cẩm đính hạt cườm, nét riêng của người Cơ Tu",
            "Ảnh: Alăng Bơ",
            "Vải thổ cẩm sọc đen đỏ với hàng họa tiết hình thoi",
        ),
    ),
    "mi-chu-nong-thon-moi-nang-cao": (
        DemoPhoto(
            "phoi-mi",
            "noodles",
            (1200, 800),
            "Phơi mì Chũ",
            "Mì Chũ phơi trên giàn trong nắng sớm",
            "Ảnh: Hải Yến",
            "Những bó sợi mì trắng treo trên giàn phơi",
        ),
    ),
    "thanh-tien-hoa-giay-mua-tet": (
        DemoPhoto(
            "hoa-giay",
            "flowers",
            (1200, 800),
            "Hoa giấy Thanh Tiên",
            "Hoa giấy Thanh Tiên nhiều màu, chuẩn bị cho mùa Tết",
            "Ảnh: Bảo Trâm",
            "Những bông hoa giấy hồng, cam, tím và xanh trên nền sáng",
        ),
    ),
}

# As the stories name them: "Bắc Giang", "Quảng Nam", "Ninh Thuận", "Hải Dương" are former
# provinces, tagged as the unit they became (shown "Bắc Giang (nay là Bắc Ninh)").
PROVINCES: dict[str, tuple[str, ...]] = {
    "bat-trang-gom-xuat-khau": ("Hà Nội",),
    "phu-vinh-may-tre-dan": ("Hà Nội", "Thanh Hóa", "Nghệ An"),
    "van-phuc-lua-du-lich-trai-nghiem": ("Hà Nội",),
    "dong-ky-do-go-chung-chi": ("Bắc Ninh",),
    "lang-chuong-non-la-mua-tet": ("Hà Nội",),
    "bau-truc-gom-cham": ("Ninh Thuận",),
    "kim-son-chieu-coi-ocop": ("Ninh Bình",),
    "phuc-sen-ren-khuyen-cong": ("Cao Bằng",),
    "ha-thai-son-mai-truyen-nghe": ("Hà Nội",),
    "thanh-hoa-khuyen-cong-2025": ("Thanh Hoá",),
    "phu-hoa-dong-banh-trang-ocop": ("TP Hồ Chí Minh",),
    "zo-ra-tho-cam-co-tu": ("Quảng Nam",),
    "sap-nhap-tinh-ban-do-lang-nghe": ("Bắc Giang", "Hải Dương"),
    "mi-chu-nong-thon-moi-nang-cao": ("Bắc Giang",),
    "thanh-tien-hoa-giay-mua-tet": ("Huế",),
    "hai-duong-lang-nghe-ban-hang-truc-tuyen": ("Hải Dương",),
}

# "Tin liên quan", by key, in the order the reporter picked them.
RELATED: dict[str, tuple[str, ...]] = {
    "bat-trang-gom-xuat-khau": ("bau-truc-gom-cham", "van-phuc-lua-du-lich-trai-nghiem", "ha-thai-son-mai-truyen-nghe"),
    "phu-vinh-may-tre-dan": ("kim-son-chieu-coi-ocop", "hai-duong-lang-nghe-ban-hang-truc-tuyen"),
    "dong-ky-do-go-chung-chi": ("bat-trang-gom-xuat-khau",),
    "bau-truc-gom-cham": ("bat-trang-gom-xuat-khau", "zo-ra-tho-cam-co-tu"),
    "phuc-sen-ren-khuyen-cong": ("thanh-hoa-khuyen-cong-2025", "ha-thai-son-mai-truyen-nghe"),
    "sap-nhap-tinh-ban-do-lang-nghe": ("mi-chu-nong-thon-moi-nang-cao", "thanh-hoa-khuyen-cong-2025"),
    "mi-chu-nong-thon-moi-nang-cao": ("sap-nhap-tinh-ban-do-lang-nghe",),
}  # fmt: skip

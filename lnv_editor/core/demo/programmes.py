"""Demo articles, part of the demo set (original text written for the project).

Stories about support programmes: OCOP, khuyến công, training.
"""

ARTICLES: tuple[dict[str, str], ...] = (
    {
        "key": "kim-son-chieu-coi-ocop",
        "title": "Chiếu cói Kim Sơn đạt OCOP 4 sao, mở đường vào siêu thị",
        "lead": (
            "Sản phẩm chiếu cói dệt tay của một hợp tác xã ở Kim Sơn (Ninh Bình) vừa được công "
            "nhận đạt chuẩn OCOP 4 sao, tạo đà để làng nghề cói lâu đời vùng ven biển mở rộng thị "
            "trường."
        ),
        "body": (
            "Kim Sơn là vùng đất lấn biển, nơi cây cói gắn bó với cư dân gần hai thế kỷ. Những "
            "cánh đồng cói xanh mướt nối dài đến tận chân đê biển là nguồn nguyên liệu cho hàng "
            "trăm cơ sở dệt chiếu, đan thảm, làm túi xách và hộp đựng đồ xuất khẩu.\n\n"
            "Hợp tác xã Thủ công mỹ nghệ Cói Xuân Thiện hiện có 45 thành viên và khoảng 200 lao "
            "động vệ tinh. Sản phẩm chiếu cói in hoa dệt tay của hợp tác xã vừa được Hội đồng đánh "
            "giá, phân hạng sản phẩm OCOP cấp tỉnh chấm 78 điểm, xếp hạng 4 sao.\n\n"
            "“Để đạt 4 sao, chúng tôi phải chuẩn hóa từ khâu chọn cói, nhuộm màu đến đóng gói. Mỗi "
            "lô chiếu đều có nhật ký sản xuất và tem truy xuất nguồn gốc. Ban đầu chị em thấy "
            "phiền, nhưng khi hàng vào được siêu thị, bán được giá thì ai cũng phấn khởi” - bà "
            "Trần Thị Huệ, Giám đốc hợp tác xã, cho biết.\n\n"
            "## Chuẩn hóa để đi xa\n\n"
            "Có chứng nhận OCOP, hợp tác xã đã ký hợp đồng cung cấp chiếu cói cho một chuỗi siêu "
            "thị tại Hà Nội và Hải Phòng, mỗi tháng khoảng 800 đôi. Giá bán tăng 15 - 20% so với "
            "trước, thu nhập của lao động dệt chiếu đạt 5 - 6 triệu đồng/tháng.\n\n"
            "Tham gia chu trình OCOP, các chủ thể sản xuất được hỗ trợ nhiều nội dung:\n\n"
            "- Tư vấn thiết kế bao bì, nhãn mác và xây dựng câu chuyện sản phẩm;\n"
            "- Kiểm nghiệm chất lượng, xây dựng tiêu chuẩn cơ sở;\n"
            "- Tham gia hội chợ, tuần hàng và các điểm giới thiệu sản phẩm OCOP;\n"
            "- Kết nối với sàn thương mại điện tử và nhà phân phối.\n\n"
            "Theo ngành nông nghiệp địa phương, Kim Sơn hiện có hơn 30 sản phẩm OCOP đạt từ 3 sao "
            "trở lên, trong đó nhóm thủ công mỹ nghệ từ cói chiếm gần một nửa.\n\n"
            "## Thách thức từ vùng nguyên liệu\n\n"
            "Diện tích trồng cói có xu hướng thu hẹp do nông dân chuyển sang nuôi trồng thủy sản "
            "hoặc cấy lúa. Giá cói nguyên liệu lên xuống thất thường khiến nhiều cơ sở khó ký hợp "
            "đồng dài hạn. Để chủ động, hợp tác xã đã liên kết với các hộ xã viên trên diện tích "
            "khoảng 30 ha, cam kết bao tiêu với giá sàn ổn định.\n\n"
            "Lãnh đạo địa phương cho biết sau khi Ninh Bình, Hà Nam và Nam Định hợp nhất thành "
            "tỉnh Ninh Bình mới, sản phẩm cói Kim Sơn có thêm cơ hội kết nối với các làng dệt, "
            "thêu của Nam Định cũ và những điểm du lịch như Tràng An, Tam Chúc, hình thành bộ quà "
            "tặng mang dấu ấn của cả vùng."
        ),
        "byline": "Hải Yến",
        "section": "Sản phẩm OCOP",
        "status": "published",
    },
    {
        "key": "phuc-sen-ren-khuyen-cong",
        "title": "Vốn khuyến công giúp thợ rèn Phúc Sen bớt nặng nhọc",
        "lead": (
            "Từ nguồn kinh phí khuyến công, nhiều hộ thợ rèn ở xã Phúc Sen (Cao Bằng) đã đầu tư "
            "búa máy, máy mài và lò rèn cải tiến, đưa năng suất tăng gấp ba so với làm hoàn toàn "
            "thủ công."
        ),
        "body": (
            "Phúc Sen là làng rèn nổi tiếng của đồng bào Nùng An ở Cao Bằng. Dao, kéo, cuốc, liềm, "
            "lưỡi cày mang tên Phúc Sen được bà con khắp các tỉnh miền núi phía Bắc ưa chuộng nhờ "
            "sắc và bền. Xã hiện có khoảng 400 hộ làm nghề rèn, mỗi năm đưa ra thị trường hàng "
            "trăm nghìn sản phẩm.\n\n"
            "Trước đây, mọi công đoạn từ thổi bễ, quai búa đến mài lưỡi đều làm bằng tay. Một lò "
            "rèn thường cần hai, ba người, người giữ phôi, người quai búa, làm việc trong hơi nóng "
            "hầm hập. Từ năm 2021, nhờ chương trình khuyến công quốc gia và khuyến công địa "
            "phương, nhiều hộ được hỗ trợ 30 - 50% kinh phí mua búa máy, máy mài, máy đánh "
            "bóng.\n\n"
            "“Ngày trước cả nhà làm quần quật từ sáng đến tối được chừng 20 con dao. Có búa máy, "
            "hai vợ chồng làm được 60 - 70 con mà tay chân đỡ mỏi, còn dư thời gian cho khâu tôi "
            "lưỡi, khâu quyết định con dao tốt hay không” - anh Nông Văn Thiện, một thợ rèn trong "
            "xã, kể.\n\n"
            "## Cơ giới hóa nhưng giữ bí quyết\n\n"
            "Theo Trung tâm Khuyến công tỉnh Cao Bằng, giai đoạn 2021 - 2025 đã có 12 đề án hỗ trợ "
            "máy móc thiết bị cho các cơ sở rèn ở Phúc Sen, tổng kinh phí hỗ trợ khoảng 1,8 tỷ "
            "đồng. Đi kèm là các lớp tập huấn an toàn lao động, quản lý cơ sở và kỹ năng bán hàng "
            "trực tuyến.\n\n"
            "Dù đã cơ giới hóa, người thợ Phúc Sen vẫn giữ những bí quyết riêng: chọn thép nhíp ô "
            "tô cũ làm phôi, nhìn màu lửa để biết nhiệt độ, tôi lưỡi trong nước pha theo kinh "
            "nghiệm gia truyền. Những công đoạn ấy quyết định độ cứng và độ dẻo của lưỡi dao, máy "
            "móc chưa thể thay thế.\n\n"
            "## Hướng tới thương hiệu\n\n"
            "Sản phẩm rèn Phúc Sen ngày càng được khách du lịch mua làm quà khi đến Cao Bằng, nhất "
            "là trên tuyến tham quan thác Bản Giốc. Một số hộ đã in logo lên lưỡi dao, làm vỏ bao "
            "bằng gỗ và da, đóng hộp đẹp để bán ở các điểm du lịch.\n\n"
            "“Mục tiêu của chúng tôi không chỉ là tăng sản lượng mà là nâng giá trị từng con dao. "
            "Khi có bao bì tử tế, có câu chuyện về người thợ, sản phẩm hoàn toàn có thể bán với "
            "giá gấp đôi” - ông Hoàng Minh Đức, đại diện Trung tâm Khuyến công tỉnh, cho biết.\n\n"
            "Thời gian tới, địa phương dự kiến tiếp tục đề xuất các đề án khuyến công hỗ trợ xử lý "
            "khói, bụi và tiếng ồn tại các lò rèn, đồng thời xây dựng điểm giới thiệu sản phẩm "
            "chung của làng."
        ),
        "byline": "Bế Thu Hà",
        "section": "Khuyến công",
        "status": "published",
    },
    {
        "key": "ha-thai-son-mai-truyen-nghe",
        "title": "Hạ Thái mở lớp truyền nghề sơn mài cho lao động trẻ",
        "lead": (
            "Một lớp đào tạo nghề sơn mài kéo dài ba tháng vừa khai giảng tại làng Hạ Thái (Thường "
            "Tín, Hà Nội), với kinh phí từ chương trình khuyến công của thành phố."
        ),
        "body": (
            "Lớp học có 35 học viên, phần lớn là thanh niên trong xã và các xã lân cận, độ tuổi từ "
            "18 đến 35. Người đứng lớp là các nghệ nhân, thợ giỏi đang trực tiếp sản xuất tại "
            "làng. Học viên được hỗ trợ toàn bộ học phí, nguyên vật liệu và tiền ăn trưa trong "
            "suốt khóa học.\n\n"
            "Sơn mài Hạ Thái có lịch sử hàng trăm năm, nổi tiếng với kỹ thuật khảm vỏ trứng, dát "
            "vàng bạc, mài vóc nhiều lớp. Sản phẩm của làng đã có mặt ở nhiều nước châu Âu, Nhật "
            "Bản, Mỹ. Thế nhưng, cũng như nhiều làng nghề khác, Hạ Thái đang thiếu hụt thợ trẻ có "
            "tay nghề.\n\n"
            "“Muốn thành thợ sơn mài thạo việc phải mất ít nhất 3 - 5 năm. Ba tháng chỉ là bước "
            "đầu, nhưng quan trọng là giúp các em hiểu nghề, quý nghề, rồi về xưởng học tiếp” - "
            "nghệ nhân Chu Văn Tĩnh, giảng viên chính của lớp, cho biết.\n\n"
            "## Học đi đôi với làm\n\n"
            "Chương trình được thiết kế với 80% thời lượng là thực hành. Học viên lần lượt làm "
            "quen các công đoạn: bó vóc, hom, thí, vẽ, mài, đánh bóng. Cuối khóa, mỗi người phải "
            "hoàn thành một sản phẩm trọn vẹn như hộp, khay hoặc tranh khổ nhỏ.\n\n"
            "Nhiều cơ sở trong làng đã cam kết nhận học viên sau khóa học, với mức lương khởi điểm "
            "5 - 7 triệu đồng/tháng, tăng dần theo tay nghề. Em Nguyễn Thị Thu Trang, 19 tuổi, học "
            "viên nhỏ tuổi nhất lớp, cho biết em chọn học sơn mài vì muốn ở gần nhà mà vẫn có việc "
            "làm ổn định.\n\n"
            "## Bài toán môi trường\n\n"
            "Bên cạnh đào tạo, khuyến công Hà Nội cũng hỗ trợ một số cơ sở trong làng đầu tư buồng "
            "phun sơn có hệ thống hút, lọc hơi dung môi để giảm ô nhiễm không khí. Đây là vấn đề "
            "người dân lâu nay quan tâm, bởi nhiều công đoạn đã dùng sơn công nghiệp thay cho sơn "
            "ta truyền thống.\n\n"
            "Theo đại diện Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội, năm 2025 "
            "thành phố dự kiến tổ chức hàng chục lớp đào tạo nghề, truyền nghề tại các làng nghề "
            "truyền thống, ưu tiên những nghề có nguy cơ mai một hoặc đang thiếu lao động như sơn "
            "mài, khảm trai, điêu khắc gỗ, thêu ren."
        ),
        "byline": "Phương Linh",
        "section": "Khuyến công",
        "status": "ready",
    },
    {
        "key": "thanh-hoa-khuyen-cong-2025",
        "title": "Thanh Hoá: Gần 6 tỷ đồng cho 21 đề án khuyến công năm 2025",
        "lead": (
            "UBND tỉnh Thanh Hóa vừa phê duyệt kế hoạch khuyến công địa phương năm 2025 với tổng "
            "kinh phí gần 6 tỷ đồng, tập trung hỗ trợ máy móc thiết bị, đào tạo nghề và quảng bá "
            "sản phẩm công nghiệp nông thôn."
        ),
        "body": (
            "Theo kế hoạch, 21 đề án được hỗ trợ thuộc các nhóm nội dung chính sau:\n\n"
            "- **Ứng dụng máy móc, thiết bị tiên tiến** vào sản xuất: 12 đề án, chủ yếu trong chế "
            "biến nông sản, vật liệu xây dựng, may mặc và mây tre đan;\n"
            "- **Đào tạo nghề, truyền nghề**, nâng cao tay nghề cho lao động nông thôn: 4 đề án;\n"
            "- **Xây dựng mô hình trình diễn kỹ thuật**: 2 đề án;\n"
            "- **Tham gia hội chợ, triển lãm** và xây dựng phòng trưng bày sản phẩm: 3 đề án.\n\n"
            "Đối tượng thụ hưởng là doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác và hộ kinh "
            "doanh sản xuất công nghiệp nông thôn trên địa bàn, ưu tiên các vùng miền núi như Bá "
            "Thước, Quan Hóa, Ngọc Lặc, Thường Xuân. Mức hỗ trợ tối đa cho mỗi đề án máy móc thiết "
            "bị là 300 triệu đồng và không quá 50% tổng giá trị đầu tư.\n\n"
            "“Chúng tôi xác định khuyến công không phải là ‘cho không’ mà là vốn mồi. Mỗi đồng "
            "khuyến công phải kéo theo nhiều đồng vốn đối ứng của cơ sở, tạo ra việc làm thật, sản "
            "phẩm thật” - ông Lê Văn Cường, Giám đốc Trung tâm Khuyến công tỉnh Thanh Hoá, nhấn "
            "mạnh.\n\n"
            "## Hiệu quả từ các đề án trước\n\n"
            "Ngày 02/4/2025, Sở Công Thương Thanh Hóa đã tổ chức hội nghị sơ kết công tác khuyến "
            "công giai đoạn 2021 - 2024. Theo báo cáo, trong 4 năm, toàn tỉnh triển khai 83 đề án "
            "khuyến công quốc gia và địa phương với tổng kinh phí hỗ trợ hơn 22 tỷ đồng, thu hút "
            "vốn đối ứng của các cơ sở gần 180 tỷ đồng, tạo việc làm cho khoảng 4.500 lao động.\n\n"
            "| Năm | Số đề án | Kinh phí hỗ trợ |\n"
            "|:----|:--------:|----------------:|\n"
            "| 2021 | 18 | 4,6 tỷ đồng |\n"
            "| 2022 | 20 | 5,3 tỷ đồng |\n"
            "| 2023 | 22 | 5,9 tỷ đồng |\n"
            "| 2024 | 23 | 6,3 tỷ đồng |\n\n"
            "Một trong những cơ sở hưởng lợi là Hợp tác xã Nông sản Xuân Phong ở huyện Thọ Xuân. "
            "Năm 2023, hợp tác xã được hỗ trợ 250 triệu đồng để mua dây chuyền sấy, đóng gói bột "
            "sắn dây. Chỉ sau một năm, công suất tăng gấp đôi, sản phẩm đạt chuẩn OCOP 3 sao và đã "
            "có mặt ở một số cửa hàng đặc sản tại Hà Nội.\n\n"
            "## Siết chặt hậu kiểm\n\n"
            "Sở Công Thương yêu cầu các đơn vị thực hiện đề án tăng cường kiểm tra, hậu kiểm sau "
            "hỗ trợ, bảo đảm máy móc được sử dụng đúng mục đích; đồng thời đẩy nhanh tiến độ "
            "nghiệm thu, giải ngân trước ngày 30/11 để tránh phải chuyển nguồn sang năm sau.\n\n"
            "Ngành Công Thương tỉnh cũng đề nghị các địa phương chủ động phát hiện, giới thiệu "
            "những cơ sở có nhu cầu đổi mới công nghệ để xây dựng danh mục đề án năm 2026, trong "
            "đó chú trọng sản xuất sạch hơn và tiết kiệm năng lượng."
        ),
        "byline": "Trịnh Hà",
        "section": "Khuyến công",
        "status": "published",
    },
    {
        "key": "phu-hoa-dong-banh-trang-ocop",
        "title": "Bánh tráng Phú Hòa Đông nâng tầm nhờ chương trình OCOP",
        "lead": (
            "Làng nghề bánh tráng Phú Hòa Đông (Củ Chi, TP Hồ Chí Minh) đang chuyển từ sản xuất "
            "nhỏ lẻ sang liên kết, chuẩn hóa chất lượng để đưa sản phẩm vào hệ thống OCOP của "
            "thành phố."
        ),
        "body": (
            "Nằm ven sông Sài Gòn, Phú Hòa Đông có nghề tráng bánh từ hơn 70 năm trước. Thời cao "
            "điểm, cả vùng có hàng trăm lò bánh đỏ lửa từ nửa đêm, sản phẩm chủ yếu bán cho thương "
            "lái mang đi các chợ đầu mối, lợi nhuận mỏng và phụ thuộc hoàn toàn vào giá gạo.\n\n"
            "Cơ sở của gia đình chị Huỳnh Thị Mai là một trong những hộ đầu tiên thay đổi cách "
            "làm. Từ năm 2020, chị chuyển sang dùng lò tráng bánh bằng hơi nước, máy tráng bán tự "
            "động và khu phơi có mái che, lưới chắn bụi. Nhờ vậy, bánh đều, mỏng, sạch hơn, năng "
            "suất tăng từ 3.000 lên khoảng 8.000 cái mỗi ngày.\n\n"
            "“Hồi trước phơi bánh ngoài đồng, trời đổ mưa là cả nhà chạy, bánh hư cả mẻ. Giờ có "
            "nhà phơi, mình chủ động được đơn hàng, dám nhận giao cho siêu thị” - chị Mai kể.\n\n"
            "## Từ lò bánh gia đình đến sản phẩm OCOP\n\n"
            "Năm 2024, sản phẩm bánh tráng mè đen của cơ sở được công nhận OCOP 3 sao. Để đạt "
            "chuẩn, chị phải hoàn thiện hồ sơ an toàn thực phẩm, công bố chất lượng, thiết kế bao "
            "bì có mã truy xuất và xây dựng câu chuyện sản phẩm gắn với làng nghề. Hiện bánh của "
            "chị có mặt ở hơn 20 cửa hàng thực phẩm sạch trong thành phố, giá bán cao hơn khoảng "
            "25% so với bánh bán xá.\n\n"
            "Theo cán bộ phụ trách kinh tế của xã, đã có thêm nhiều hộ đăng ký tham gia chu trình "
            "OCOP, tập trung vào bánh tráng phơi sương, bánh tráng nướng, bánh tráng cuốn và các "
            "loại bánh ăn liền. Địa phương hỗ trợ tập huấn, kết nối đơn vị tư vấn bao bì và đưa "
            "sản phẩm đến các hội chợ nông sản của thành phố.\n\n"
            "## Giữ nghề giữa đô thị hóa\n\n"
            "Khó khăn lớn nhất hiện nay là mặt bằng. Giá đất tăng nhanh, nhiều hộ đã bỏ nghề, bán "
            "đất hoặc chuyển sang việc khác. Số lò bánh còn hoạt động ước chỉ khoảng 40 hộ. Địa "
            "phương đang nghiên cứu quy hoạch khu sản xuất tập trung, có hệ thống xử lý nước thải "
            "chung, kết hợp tuyến du lịch sông nước và di tích địa đạo Củ Chi.\n\n"
            "Sau sắp xếp đơn vị hành chính, TP Hồ Chí Minh mở rộng địa giới với Bình Dương và Bà "
            "Rịa - Vũng Tàu, thị trường tiêu thụ vì thế cũng rộng hơn. Nhiều chủ lò kỳ vọng đây là "
            "cơ hội để bánh tráng Phú Hòa Đông vào bếp ăn khu công nghiệp và các khu du lịch biển."
        ),
        "byline": "Ngọc Trâm",
        "section": "Sản phẩm OCOP",
        "status": "published",
    },
)

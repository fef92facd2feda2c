"""Demo articles, part of the demo set (original text written for the project).

Craft-village stories: pottery, bamboo, silk, wood, hats, Cham pottery.
"""

ARTICLES: tuple[dict[str, str], ...] = (
    {
        "key": "bat-trang-gom-xuat-khau",
        "title": "Gốm Bát Tràng tăng tốc đơn hàng xuất khẩu dịp cuối năm",
        "lead": (
            "Những tháng cuối năm, các lò gốm ở xã Bát Tràng (Hà Nội) đỏ lửa gần như suốt ngày đêm "
            "để kịp giao hàng cho đối tác châu Âu, Nhật Bản, Hàn Quốc, trong khi thị trường trong "
            "nước cũng bước vào mùa quà Tết."
        ),
        "body": (
            "Chúng tôi có mặt tại xưởng của Công ty TNHH Gốm Minh Hưng vào một buổi sáng đầu tháng "
            "11. Trên những giá gỗ xếp dọc lối đi, hàng nghìn chiếc bát, đĩa men lam đang chờ vào "
            "lò nung. Chủ xưởng, ông Phạm Văn Khải, cho biết từ tháng 9 đến nay doanh nghiệp đã "
            "nhận ba đơn hàng lớn từ Đức và Nhật Bản, tổng giá trị khoảng 7,5 tỷ đồng, tăng gần "
            "30% so với cùng kỳ năm trước.\n\n"
            "![](photo:@lo-nung)\n\n"
            "“Khách nước ngoài bây giờ không chỉ hỏi giá. Họ hỏi men có chì hay không, lò nung "
            "tiêu tốn bao nhiêu năng lượng, xưởng có dùng lao động đúng độ tuổi không. Mình trả "
            "lời được những câu hỏi đó thì mới giữ được khách lâu dài” - ông Khải chia sẻ.\n\n"
            "## Lò ga thay lò than\n\n"
            "Theo số liệu của chính quyền địa phương, Bát Tràng hiện có khoảng 1.100 hộ và hơn 150 "
            "doanh nghiệp, hợp tác xã làm gốm, thu hút trên 8.000 lao động, trong đó không ít "
            "người đến từ các tỉnh lân cận. Gần như toàn bộ lò than thủ công đã được thay bằng lò "
            "ga, lò điện, giúp nhiệt độ nung ổn định hơn, tỷ lệ sản phẩm lỗi giảm từ khoảng 15% "
            "xuống dưới 5%, môi trường sống trong làng cũng được cải thiện rõ rệt.\n\n"
            "![](photo:@binh-men-lam)\n\n"
            "Nhiều cơ sở được hỗ trợ một phần kinh phí từ chương trình khuyến công của thành phố "
            "để đầu tư máy đùn đất, máy tạo hình bán tự động và hệ thống phun men. Nhờ đó, một "
            "xưởng quy mô vừa có thể làm ra 20.000 - 25.000 sản phẩm mỗi tháng mà vẫn giữ được "
            "những công đoạn cần đến bàn tay người thợ như vẽ, khắc và tráng men rạn.\n\n"
            "## Giữ “hồn” gốm trong sản phẩm đại trà\n\n"
            "Điều các nghệ nhân lo ngại là khi chạy theo đơn hàng lớn, gốm dễ trở nên na ná nhau. "
            "Nghệ nhân Nguyễn Thị Hảo, người có hơn 40 năm gắn bó với nghề, vẫn giữ một góc xưởng "
            "riêng để làm men lam, men nâu theo kỹ thuật cổ.\n\n"
            "“Hàng xuất khẩu nuôi thợ, còn những chiếc bình vẽ tay mới nuôi tên tuổi của làng. Tôi "
            "chỉ mong lớp trẻ đừng quen bấm máy mà quên cách pha men” - bà Hảo nói.\n\n"
            "Để giữ bản sắc, nhiều doanh nghiệp trẻ kết hợp họa tiết truyền thống với thiết kế tối "
            "giản hợp thị hiếu châu Âu, đồng thời đăng ký bảo hộ kiểu dáng công nghiệp cho các mẫu "
            "mới. Một số đơn vị mở thêm khu trải nghiệm nặn gốm, đón trung bình 300 - 400 lượt "
            "khách mỗi ngày cuối tuần, tạo nguồn thu ổn định ngoài mùa hàng.\n\n"
            "![](photo:@bat-trai-nghiem)\n\n"
            "Lãnh đạo xã cho biết thời gian tới, địa phương sẽ phối hợp với Sở Công Thương Hà Nội "
            "tổ chức thêm các phiên giao thương trực tuyến, hỗ trợ doanh nghiệp đạt chứng nhận "
            "quản lý chất lượng và gắn tem truy xuất nguồn gốc cho sản phẩm **gốm Bát Tràng**."
        ),
        "byline": "Minh Thu",
        "section": "Làng nghề",
        "status": "published",
    },
    {
        "key": "phu-vinh-may-tre-dan",
        "title": "Mây tre đan Phú Vinh: từ nan tre làng quê đến những thị trường khó tính",
        "lead": (
            "Làng nghề mây tre đan Phú Vinh (huyện Chương Mỹ, Hà Nội) đang tìm cách nâng giá trị "
            "sản phẩm bằng thiết kế mới, nguyên liệu rõ nguồn gốc và những hợp đồng xuất khẩu dài "
            "hạn."
        ),
        "body": (
            "Phú Vinh, vốn thuộc tỉnh Hà Tây cũ, từ lâu nổi tiếng với những sản phẩm mây tre giang "
            "đan tinh xảo: từ làn đi chợ, khay, chụp đèn đến tranh, tượng đan kín khít không hở "
            "một kẽ nan. Theo các cụ cao niên, nghề đã có từ hơn 400 năm trước, nay lan ra nhiều "
            "thôn, xã xung quanh, tạo thành một vùng nghề rộng lớn.\n\n"
            "Theo khảo sát của Hội Mây tre đan Phú Vinh, khoảng 85% số hộ trong làng còn theo "
            "nghề, với hơn 2.000 lao động thường xuyên và hàng nghìn lao động thời vụ ở các xã lân "
            "cận nhận hàng về đan tại nhà. Thu nhập bình quân của một thợ đan lành nghề từ 6 - 9 "
            "triệu đồng mỗi tháng; người cao tuổi cũng có thể làm thêm các công đoạn đơn giản như "
            "chẻ nan, vót nan.\n\n"
            "## Đơn hàng nhỏ nhưng đòi hỏi cao\n\n"
            "Anh Đặng Văn Tuấn, Giám đốc một hợp tác xã mây tre trong làng, cho biết khách hàng từ "
            "Bắc Âu và Australia thường đặt những lô hàng nhỏ, nhiều mẫu mã nhưng yêu cầu khắt khe "
            "về độ ẩm, xử lý chống mốc và bao bì không dùng nhựa. Để đáp ứng, hợp tác xã đã đầu tư "
            "lò sấy bằng hơi nóng, thay cho cách hun lưu huỳnh trước đây.\n\n"
            "“Một container hàng bị trả về vì mốc là thiệt hại vài trăm triệu đồng, chưa kể mất uy "
            "tín. Đầu tư lò sấy tốn kém, nhưng đó là chi phí bắt buộc nếu muốn đi đường dài” - anh "
            "Tuấn nói.\n\n"
            "Nguyên liệu cũng là bài toán lớn. Các loại song, mây chủ yếu được thu mua từ các tỉnh "
            "miền núi phía Bắc và Tây Nguyên, giá tăng khoảng 15% trong hai năm gần đây. Một số cơ "
            "sở đã liên kết với hộ trồng tre, giang ở Thanh Hóa và Nghệ An, ký hợp đồng bao tiêu "
            "để chủ động nguồn cung và đáp ứng yêu cầu truy xuất nguồn gốc của nhà nhập khẩu.\n\n"
            "## Thiết kế là chìa khóa\n\n"
            "Những năm gần đây, nhiều người trẻ trở về làng sau khi học mỹ thuật công nghiệp ở Hà "
            "Nội. Chị Lưu Thị Ngọc Ánh, 29 tuổi, mở một xưởng nhỏ chuyên đan đèn thả trần kết hợp "
            "tre với vải lanh, bán chủ yếu qua sàn thương mại điện tử. Mỗi tháng, xưởng của chị "
            "xuất đi khoảng 1.500 sản phẩm, giá bán cao gấp 2 - 3 lần hàng phổ thông.\n\n"
            "“Khách không mua một cái giỏ, họ mua một món đồ có câu chuyện. Mình phải kể được câu "
            "chuyện của làng qua từng sản phẩm” - chị Ánh chia sẻ.\n\n"
            "Theo lãnh đạo địa phương, thời gian tới làng nghề sẽ được hỗ trợ xây dựng phòng trưng "
            "bày chung, kết nối với các tuyến du lịch làng nghề phía Tây Hà Nội, đồng thời mở các "
            "lớp đào tạo thiết kế mẫu mã cho lao động trẻ."
        ),
        "byline": "Đức Anh",
        "section": "Làng nghề",
        "status": "published",
    },
    {
        "key": "van-phuc-lua-du-lich-trai-nghiem",
        "title": "Lụa Vạn Phúc giữ nghề nhờ du lịch trải nghiệm",
        "lead": (
            "Không chỉ bán lụa, nhiều gia đình ở làng Vạn Phúc (Hà Đông, Hà Nội) đã mở xưởng dệt "
            "đón du khách tham quan, tự tay thử mắc cửi, nhuộm màu, qua đó có thêm nguồn thu và "
            "giữ chân lớp thợ trẻ."
        ),
        "body": (
            "Trong những ngôi nhà ống san sát ở làng Vạn Phúc, tiếng máy dệt lách cách vẫn vang "
            "lên đều đặn. Làng lụa hơn nghìn năm tuổi này từng thuộc thị xã Hà Đông, tỉnh Hà Tây, "
            "nay nằm giữa lòng đô thị Hà Nội, mỗi ngày đón hàng nghìn lượt khách trong nước và "
            "quốc tế.\n\n"
            "Theo Hiệp hội Làng nghề Vạn Phúc, hiện làng còn khoảng 200 khung dệt hoạt động, sản "
            "lượng đạt trên 2 triệu mét lụa, gấm, the, lanh mỗi năm. Tuy vậy, so với thời hoàng "
            "kim, số hộ còn trực tiếp dệt đã giảm mạnh, bởi nhiều gia đình chuyển sang kinh doanh, "
            "nhập vải từ nơi khác về bán.\n\n"
            "“Nếu chỉ bán lụa thì làng sẽ thành một con phố cửa hàng như bao con phố khác. Khách "
            "đến Vạn Phúc phải được nghe tiếng thoi, nhìn sợi tơ chạy trên khung thì mới hiểu giá "
            "trị của tấm lụa” - bà Triệu Thị Lan, chủ một cơ sở dệt có ba thế hệ theo nghề, chia "
            "sẻ.\n\n"
            "Nghĩ vậy, gia đình bà Lan dành tầng một ngôi nhà làm xưởng mở. Du khách được giới "
            "thiệu quy trình từ ươm tơ, mắc cửi, dệt đến nhuộm màu tự nhiên từ lá bàng, củ nâu, vỏ "
            "xoan. Mỗi lượt trải nghiệm kéo dài khoảng 90 phút, giá từ 150.000 đồng/người, khách "
            "có thể mang về chiếc khăn tay do chính mình nhuộm.\n\n"
            "## Lan tỏa từ những mô hình nhỏ\n\n"
            "Hiện đã có hơn 10 hộ tham gia mô hình tương tự. Một số cơ sở hợp tác với công ty lữ "
            "hành để đưa Vạn Phúc vào tour nửa ngày dành cho khách quốc tế, kết hợp tham quan đình "
            "làng, giếng cổ và thưởng thức ẩm thực địa phương.\n\n"
            "Làng cũng định kỳ tổ chức tuần văn hóa, du lịch làng nghề với các hoạt động trình "
            "diễn dệt, thi thiết kế áo dài từ lụa Vạn Phúc và phiên chợ lụa cuối tuần. Ban tổ chức "
            "cho biết trong dịp gần nhất, doanh thu bán hàng tại chỗ tăng khoảng 40% so với ngày "
            "thường.\n\n"
            "> Du lịch trải nghiệm không thay thế được sản xuất, nhưng là “cửa sổ” để người mua "
            "hiểu vì sao một mét lụa dệt thật có giá cao hơn hàng công nghiệp.\n\n"
            "Dù vậy, người trong nghề thừa nhận còn nhiều việc phải làm: kiểm soát tình trạng hàng "
            "trôi nổi mượn danh lụa Vạn Phúc, khuyến khích các hộ sử dụng nhãn hiệu tập thể, và "
            "nhất là đào tạo lớp thợ dệt kế cận khi phần lớn người đứng khung hiện nay đã ngoài 50 "
            "tuổi."
        ),
        "byline": "Thanh Hương",
        "section": "Làng nghề",
        "status": "review",
    },
    {
        "key": "dong-ky-do-go-chung-chi",
        "title": "Doanh nghiệp đồ gỗ Đồng Kỵ chuyển hướng sang gỗ có chứng chỉ",
        "lead": (
            "Trước yêu cầu ngày càng chặt chẽ về nguồn gốc gỗ hợp pháp, nhiều doanh nghiệp ở làng "
            "nghề Đồng Kỵ (Từ Sơn, Bắc Ninh) đã chủ động thay đổi nguyên liệu, đầu tư máy móc và "
            "tái cấu trúc sản phẩm."
        ),
        "body": (
            "Đồng Kỵ từng được biết đến với những bộ bàn ghế gỗ quý chạm khắc cầu kỳ, giá hàng "
            "trăm triệu đồng. Nhưng vài năm trở lại đây, thị trường đồ gỗ “khủng” chững lại, nguồn "
            "gỗ tự nhiên nhập khẩu bị kiểm soát gắt gao, buộc các cơ sở phải tìm hướng đi mới.\n\n"
            "Công ty Cổ phần Mỹ nghệ Đông Hưng là một ví dụ. Từ năm 2022, doanh nghiệp giảm dần tỷ "
            "trọng gỗ tự nhiên nhập khẩu, chuyển sang dùng gỗ keo, gỗ sồi, gỗ tần bì có chứng chỉ "
            "quản lý rừng bền vững. Ông Nguyễn Đình Hưng, Tổng Giám đốc công ty, cho biết dòng nội "
            "thất hiện đại nay chiếm khoảng 60% doanh thu, trong khi trước đây chưa đến 20%.\n\n"
            "“Thay nguyên liệu nghĩa là thay cả dây chuyền, từ máy cắt CNC, máy chà nhám đến hệ "
            "thống sơn. Chúng tôi mất gần hai năm mới ổn định, nhưng đổi lại mở được cánh cửa vào "
            "các chuỗi bán lẻ nội thất trong nước và một số thị trường Trung Đông” - ông Hưng "
            "nói.\n\n"
            "## Cụm công nghiệp giải bài toán mặt bằng\n\n"
            "Một trong những khó khăn lớn nhất của làng nghề là mặt bằng sản xuất chật hẹp, tiếng "
            "ồn và bụi gỗ ảnh hưởng khu dân cư. Việc di dời các xưởng lớn vào cụm công nghiệp làng "
            "nghề giúp doanh nghiệp có điều kiện lắp đặt hệ thống hút bụi, buồng sơn và lò sấy đạt "
            "chuẩn.\n\n"
            "Theo các chủ doanh nghiệp, chi phí thuê đất trong cụm tuy cao hơn, nhưng bù lại họ "
            "được cấp phép ổn định, dễ tiếp cận vốn ngân hàng vì có tài sản bảo đảm rõ ràng. Một "
            "số cơ sở còn được hỗ trợ một phần kinh phí mua máy móc từ nguồn khuyến công địa "
            "phương.\n\n"
            "## Thương mại điện tử mở lối mới\n\n"
            "Không chỉ đổi nguyên liệu, các doanh nghiệp Đồng Kỵ còn đẩy mạnh bán hàng trực tuyến. "
            "Nhiều xưởng lập kênh video giới thiệu quy trình chế tác, livestream bán bàn trà, kệ "
            "sách, tượng gỗ nhỏ, những mặt hàng dễ vận chuyển và hợp với không gian căn hộ chung "
            "cư.\n\n"
            "Chị Ngô Thị Phương, phụ trách kinh doanh của một xưởng gia đình, cho biết doanh thu "
            "từ kênh trực tuyến đã chiếm khoảng một phần ba tổng doanh thu. “Khách ở TP Hồ Chí "
            "Minh, Đà Nẵng đặt hàng qua mạng, mình giao tận nơi trong vòng một tuần. Mấy năm "
            "trước, chuyện đó là không tưởng” - chị Phương nói.\n\n"
            "Theo Hiệp hội Làng nghề Đồng Kỵ, định hướng thời gian tới là xây dựng thương hiệu "
            "chung, khuyến khích doanh nghiệp tham gia chuỗi cung ứng đồ gỗ xuất khẩu và giảm dần "
            "sự phụ thuộc vào dòng sản phẩm truyền thống giá trị cao nhưng kén khách."
        ),
        "byline": "Quang Vinh",
        "section": "Doanh nghiệp",
        "status": "published",
    },
    {
        "key": "lang-chuong-non-la-mua-tet",
        "title": "Làng Chuông tất bật vào mùa nón Tết",
        "lead": (
            "Những ngày giáp Tết, người dân làng Chuông (Thanh Oai, Hà Nội) tranh thủ từng giờ "
            "nắng để phơi lá, khâu nón, kịp giao hàng cho các cửa hàng ở Hà Nội và nhiều tỉnh miền "
            "Trung."
        ),
        "body": (
            "Làng Chuông thuộc xã Phương Trung, huyện Thanh Oai, trước kia là đất Hà Tây. Nghề làm "
            "nón ở đây có từ hàng trăm năm, chiếc nón làng Chuông từng theo chân các cô gái Kinh "
            "Bắc, Hà Thành đi khắp chợ quê, lễ hội.\n\n"
            "Sáng sớm, sân nhà bà Vũ Thị Nết đã phủ kín những lớp lá cọ trắng muốt. Bà cho biết lá "
            "phải được là phẳng bằng miếng gang nung nóng trên bếp than, lót vải ẩm rồi dùng nắm "
            "giẻ miết thật nhanh tay. “Lá là không khéo thì giòn, khâu vào là rách. Cái nón đẹp "
            "hay không nằm một nửa ở công đoạn này” - bà Nết giải thích.\n\n"
            "Một chiếc nón làng Chuông cần 16 vành tre chuốt tròn, khoảng 30 lá xếp thành hai lớp, "
            "giữa lót mo tre hoặc giấy bóng, rồi khâu bằng chỉ cước. Người thợ giỏi mỗi ngày làm "
            "được hai đến ba chiếc nón thường; những chiếc nón quai thao hay nón bài thơ có khi "
            "mất cả tuần.\n\n"
            "## Mùa Tết, mùa nón\n\n"
            "Theo tổ hợp tác làm nón trong thôn, từ tháng 10 âm lịch, lượng nón bán ra tăng gấp "
            "đôi so với các tháng khác. Khách mua không chỉ là bà con nông thôn mà còn có các đoàn "
            "nghệ thuật, cửa hàng lưu niệm và nhiều bạn trẻ mua nón để chụp ảnh áo dài ngày "
            "xuân.\n\n"
            "Vài năm nay, người làng Chuông làm thêm nón vẽ tay, nón thêu tên, nón mini làm quà "
            "tặng. Giá bán từ 60.000 đồng đến vài trăm nghìn đồng mỗi chiếc tùy loại. Chợ nón họp "
            "theo phiên, sáu lần mỗi tháng, vẫn là nơi giao thương sôi động nhất của làng.\n\n"
            "## Nỗi lo người kế nghiệp\n\n"
            "Thu nhập từ nghề nón vẫn chưa cao, bình quân chỉ khoảng 3 - 4 triệu đồng mỗi tháng "
            "đối với người làm quanh năm. Lớp trẻ phần lớn vào làm công nhân ở các khu công "
            "nghiệp, nghề chủ yếu do phụ nữ trung niên và người cao tuổi duy trì.\n\n"
            "Chính quyền địa phương đang phối hợp với các đơn vị lữ hành đưa làng Chuông vào tuyến "
            "du lịch làng nghề phía Nam Hà Nội, đồng thời hỗ trợ các hộ hoàn thiện hồ sơ nhãn hiệu "
            "tập thể “Nón Chuông”. Người làng hy vọng khi có thêm khách đến trải nghiệm, chiếc nón "
            "lá sẽ bán được giá hơn và giữ chân được người trẻ."
        ),
        "byline": "Hà Linh",
        "section": "Làng nghề",
        "status": "draft",
    },
    {
        "key": "bau-truc-gom-cham",
        "title": "Gốm Bàu Trúc: giữ lửa nghề gốm Chăm giữa miền nắng gió",
        "lead": (
            "Nghề làm gốm của người Chăm ở làng Bàu Trúc, tỉnh Ninh Thuận (nay là tỉnh Khánh Hòa), "
            "đang được gìn giữ bằng cách kết hợp sản xuất, truyền dạy và du lịch cộng đồng."
        ),
        "body": (
            "Khác với nhiều làng gốm phía Bắc, gốm Bàu Trúc không dùng bàn xoay. Người thợ, phần "
            "lớn là phụ nữ, đi vòng quanh khối đất đặt trên bệ gỗ, vừa bước giật lùi vừa vuốt, "
            "miết để tạo hình. Sản phẩm được phơi khô rồi nung lộ thiên bằng rơm và củi trong vài "
            "giờ, cho ra sắc màu loang đỏ, nâu, đen rất riêng.\n\n"
            "Năm 2022, nghệ thuật làm gốm truyền thống của người Chăm được UNESCO ghi danh vào "
            "Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp. Từ đó, Bàu Trúc đón nhiều "
            "đoàn khách hơn, nhưng cũng đứng trước câu hỏi làm sao để nghề không chỉ là một “sân "
            "khấu” biểu diễn cho du khách.\n\n"
            "“Đất sét phải lấy đúng chỗ, cát phải sàng cho mịn, nhào bằng chân. Thiếu một khâu là "
            "gốm không còn là gốm Bàu Trúc nữa. Tôi dạy các cháu làm đủ từng bước, không bỏ bước "
            "nào” - bà Đàng Thị Xuân, 68 tuổi, một trong những người thợ cao tuổi nhất làng, "
            "nói.\n\n"
            "## Sản phẩm mới cho thị trường mới\n\n"
            "Theo số liệu của địa phương, làng hiện có khoảng 400 hộ với hơn 600 lao động làm gốm, "
            "doanh thu mỗi năm ước đạt 20 tỷ đồng. Bên cạnh lu, vò, nồi, cà ràng truyền thống, các "
            "cơ sở đã sáng tạo thêm bình hoa, đèn, phù điêu vũ nữ Apsara, đồ trang trí nội thất "
            "phục vụ khu nghỉ dưỡng, khách sạn ven biển.\n\n"
            "Anh Phú Hữu Minh, chủ một cơ sở gốm trẻ trong làng, nhận đặt hàng từ các khu nghỉ "
            "dưỡng ở Nha Trang, Đà Lạt và TP Hồ Chí Minh. Mỗi lô vài trăm sản phẩm, thiết kế theo "
            "yêu cầu nhưng vẫn giữ kỹ thuật nặn tay và nung lộ thiên. “Khách trả giá cao chính vì "
            "mỗi sản phẩm là duy nhất, không cái nào giống cái nào” - anh Minh chia sẻ.\n\n"
            "## Hỗ trợ từ chính sách\n\n"
            "Thời gian qua, nhiều hộ làm gốm được tập huấn về thiết kế, quản trị kinh doanh và "
            "được hỗ trợ tham gia hội chợ hàng thủ công mỹ nghệ. Địa phương cũng khoanh vùng khu "
            "vực khai thác đất sét, hạn chế khai thác tự phát làm cạn kiệt nguồn nguyên liệu.\n\n"
            "Sau khi tỉnh Ninh Thuận hợp nhất vào tỉnh Khánh Hòa từ ngày 01/7/2025, Bàu Trúc được "
            "kỳ vọng trở thành điểm nhấn trong chuỗi du lịch biển gắn với văn hóa Chăm của tỉnh "
            "mới, kết nối với các cụm tháp Chăm, làng dệt Mỹ Nghiệp và vịnh Vĩnh Hy, bãi biển Nha "
            "Trang."
        ),
        "byline": "Thiên Lý",
        "section": "Làng nghề",
        "status": "published",
    },
)

"""Demo articles for `lnv-editor demo`: original text written for the project."""

DEMO_ARTICLES: tuple[dict[str, str], ...] = (
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
            "“Khách nước ngoài bây giờ không chỉ hỏi giá. Họ hỏi men có chì hay không, lò nung "
            "tiêu tốn bao nhiêu năng lượng, xưởng có dùng lao động đúng độ tuổi không. Mình trả "
            "lời được những câu hỏi đó thì mới giữ được khách lâu dài” - ông Khải chia sẻ.\n\n"
            "## Lò ga thay lò than\n\n"
            "Theo số liệu của chính quyền địa phương, Bát Tràng hiện có khoảng 1.100 hộ và hơn 150 "
            "doanh nghiệp, hợp tác xã làm gốm, thu hút trên 8.000 lao động, trong đó không ít "
            "người đến từ các tỉnh lân cận. Gần như toàn bộ lò than thủ công đã được thay bằng lò "
            "ga, lò điện, giúp nhiệt độ nung ổn định hơn, tỷ lệ sản phẩm lỗi giảm từ khoảng 15% "
            "xuống dưới 5%, môi trường sống trong làng cũng được cải thiện rõ rệt.\n\n"
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
    {
        "key": "zo-ra-tho-cam-co-tu",
        "title": "Thổ cẩm Cơ Tu làng Zơ Ra tìm đường xuống phố",
        "lead": (
            "Những tấm vải dệt cườm của đồng bào Cơ Tu ở làng Zơ Ra, huyện Nam Giang, tỉnh Quảng "
            "Nam (nay là TP Đà Nẵng) đang có thêm cơ hội đến với du khách nhờ hợp tác xã và các "
            "điểm du lịch cộng đồng."
        ),
        "body": (
            "Làng Zơ Ra nằm giữa núi rừng phía Tây, cách trung tâm Đà Nẵng chừng 100 km. Nghề dệt "
            "thổ cẩm của người Cơ Tu ở đây nổi bật bởi kỹ thuật đính cườm trực tiếp vào sợi dệt, "
            "tạo nên họa tiết hình người nắm tay nhau, hình lá lúa, mặt trời, sông suối. Người phụ "
            "nữ ngồi bệt xuống sàn, dùng sức căng của lưng để giữ khung dệt, mỗi tấm vải lớn có "
            "khi mất cả tháng mới hoàn thành.\n\n"
            "Hiện làng có khoảng 60 phụ nữ thường xuyên dệt. Phần lớn tham gia tổ hợp tác dệt thổ "
            "cẩm do chị Zơrâm Thị Lan làm tổ trưởng. Theo chị Lan, trước đây sản phẩm chủ yếu dùng "
            "trong gia đình, trong lễ hội, chỉ thỉnh thoảng mới có khách lên mua.\n\n"
            "“Trước mình dệt xong để trong nhà, không biết bán cho ai. Giờ có tổ, có người nhận "
            "hàng đưa xuống phố, chị em có thêm tiền mua gạo, cho con đi học. Quan trọng là con "
            "gái trong làng lại muốn học dệt” - chị Lan chia sẻ.\n\n"
            "## Từ khung dệt đến cửa hàng lưu niệm\n\n"
            "Mỗi năm, tổ hợp tác tiêu thụ khoảng 1.200 sản phẩm gồm khăn choàng, túi xách, ví, áo "
            "và váy, doanh thu hơn 600 triệu đồng. Sản phẩm được gửi bán tại các cửa hàng ở Hội "
            "An, trung tâm Đà Nẵng và một số khu nghỉ dưỡng ven biển. Giá một chiếc khăn dệt cườm "
            "từ 350.000 đến 700.000 đồng.\n\n"
            "> Nghề dệt không chỉ tạo sinh kế mà còn là cách người Cơ Tu gìn giữ ký ức cộng đồng: "
            "mỗi họa tiết là một câu chuyện về rừng, về lúa, về những người đi trước.\n\n"
            "Việc Quảng Nam hợp nhất với Đà Nẵng thành một thành phố trực thuộc Trung ương từ ngày "
            "01/7/2025 được người làng kỳ vọng sẽ mở thêm đầu ra. Theo ông Pơloong Văn Ba, cán bộ "
            "văn hóa xã, các tuyến du lịch từ trung tâm thành phố lên vùng cao phía Tây đang được "
            "nghiên cứu kết nối, trong đó Zơ Ra là một điểm dừng chân trải nghiệm dệt và ẩm thực "
            "Cơ Tu.\n\n"
            "## Những việc cần làm\n\n"
            "Dù có tín hiệu tích cực, nghề dệt ở Zơ Ra vẫn gặp khó: sợi và cườm phải mua từ xa, "
            "giá tăng; mẫu mã chưa đa dạng; chị em chưa quen bán hàng trực tuyến. Địa phương đang "
            "đề xuất hỗ trợ tập huấn thiết kế, đăng ký nhãn hiệu tập thể và xây dựng nhà trưng bày "
            "ngay tại làng để du khách có thể xem dệt, mua hàng tận nơi."
        ),
        "byline": "Hồ Quân",
        "section": "Địa phương",
        "status": "published",
    },
    {
        "key": "sap-nhap-tinh-ban-do-lang-nghe",
        "title": "Sau sáp nhập tỉnh, bản đồ làng nghề cần được vẽ lại",
        "lead": (
            "Từ ngày 01/7/2025, cả nước có 34 đơn vị hành chính cấp tỉnh. Việc sắp xếp lại địa "
            "giới đặt ra yêu cầu rà soát dữ liệu làng nghề, quy hoạch vùng nguyên liệu và điều "
            "chỉnh các chương trình hỗ trợ cho phù hợp với bộ máy mới."
        ),
        "body": (
            "Theo nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025, 63 tỉnh, "
            "thành phố được sắp xếp thành 34 đơn vị, gồm 28 tỉnh và 6 thành phố trực thuộc Trung "
            "ương. Cùng với đó, mô hình chính quyền địa phương hai cấp chính thức vận hành, cấp "
            "huyện không còn tồn tại.\n\n"
            "Với khu vực làng nghề, thay đổi dễ thấy nhất nằm ở địa chỉ. Làng mì Chũ nay thuộc Bắc "
            "Ninh thay vì Bắc Giang; gốm Chu Đậu thuộc TP Hải Phòng thay vì Hải Dương; làng dệt Zơ "
            "Ra thuộc TP Đà Nẵng thay vì Quảng Nam; làng hoa giấy Thanh Tiên thuộc TP Huế thay vì "
            "Thừa Thiên Huế. Trong thời gian chuyển tiếp, báo chí và các cơ quan quản lý vẫn "
            "thường ghi kèm tên cũ, chẳng hạn “Bắc Giang (nay là Bắc Ninh)”, để người đọc dễ hình "
            "dung.\n\n"
            "## Những việc cần làm ngay\n\n"
            "Theo các chuyên gia, sau sáp nhập, các địa phương cần sớm triển khai một số việc:\n\n"
            "- Cập nhật địa chỉ trong hồ sơ công nhận làng nghề, nhãn hiệu tập thể, chỉ dẫn địa lý "
            "và giấy chứng nhận OCOP;\n"
            "- Rà soát, hợp nhất kế hoạch khuyến công của các tỉnh cũ trong năm chuyển tiếp, tránh "
            "trùng lặp hoặc bỏ sót đề án;\n"
            "- Quy hoạch lại vùng nguyên liệu vốn nằm vắt qua địa giới các tỉnh cũ;\n"
            "- Xây dựng thương hiệu vùng cho những nhóm sản phẩm tương đồng.\n\n"
            "“Sáp nhập không làm mất đi tên làng, tên nghề. Ngược lại, một tỉnh lớn hơn có nguồn "
            "lực lớn hơn để đầu tư hạ tầng, xúc tiến thương mại cho làng nghề. Điều quan trọng là "
            "dữ liệu phải được cập nhật nhanh, để doanh nghiệp không bị vướng thủ tục chỉ vì đổi "
            "tên địa danh” - TS. Đỗ Quang Hiếu, chuyên gia phát triển nông thôn, nhận định.\n\n"
            "## Cơ hội từ không gian phát triển mới\n\n"
            "Nhiều tỉnh sau hợp nhất có hệ thống làng nghề dày đặc. Doanh thu từ làng nghề trên "
            "địa bàn một số tỉnh mới ở đồng bằng sông Hồng được ước tính khoảng **40.000 tỷ đồng** "
            "mỗi năm, tạo việc làm cho hàng trăm nghìn lao động nông thôn. Khi cùng nằm trong một "
            "tỉnh, các làng gốm, làng gỗ, làng dệt có thể chia sẻ trung tâm trưng bày, tuyến du "
            "lịch và nguồn vốn khuyến công.\n\n"
            "Ở chiều ngược lại, khối lượng công việc hành chính trong năm đầu là không nhỏ. Cán bộ "
            "cấp xã phải đảm nhận nhiều nhiệm vụ trước đây do cấp huyện thực hiện, trong đó có "
            "quản lý làng nghề và hướng dẫn hồ sơ hỗ trợ. Vì vậy, theo các chuyên gia, các tỉnh "
            "mới cần sớm kiện toàn đầu mối phụ trách khuyến công và làng nghề, bảo đảm không gián "
            "đoạn những đề án đang triển khai dở dang."
        ),
        "byline": "Việt Hà",
        "section": "Chính sách",
        "status": "published",
    },
    {
        "key": "mi-chu-nong-thon-moi-nang-cao",
        "title": "Làng mì Chũ góp sức xây dựng nông thôn mới nâng cao",
        "lead": (
            "Nghề làm mì gạo truyền thống ở xã Nam Dương, huyện Lục Ngạn, tỉnh Bắc Giang (nay là "
            "Bắc Ninh) không chỉ mang lại thu nhập ổn định mà còn trở thành động lực để địa phương "
            "hoàn thành các tiêu chí nông thôn mới nâng cao."
        ),
        "body": (
            "Đến Nam Dương vào mùa khô, dọc các con đường bê tông liên thôn là những giàn phơi mì "
            "trắng muốt trải dài. Mì Chũ được làm từ gạo bao thai trồng tại địa phương, qua các "
            "công đoạn ngâm, xay, tráng, hấp, cắt sợi rồi phơi nắng tự nhiên. Sợi mì dai, thơm mùi "
            "gạo, không dùng chất phụ gia là bí quyết giữ chân khách hàng suốt nhiều năm.\n\n"
            "Theo số liệu của xã, hiện có gần 500 hộ làm mì, sản lượng khoảng 5.000 tấn mỗi năm, "
            "doanh thu hơn 150 tỷ đồng. Nghề mì tạo việc làm cho khoảng 2.000 lao động, góp phần "
            "đưa thu nhập bình quân đầu người của xã vượt 70 triệu đồng/năm, đáp ứng tiêu chí thu "
            "nhập trong bộ tiêu chí nông thôn mới nâng cao.\n\n"
            "## Làng nghề phải sạch\n\n"
            "Khi xây dựng nông thôn mới, tiêu chí môi trường là thách thức lớn nhất đối với một "
            "làng nghề chế biến thực phẩm. Mỗi ngày, các hộ làm mì thải ra lượng lớn nước ngâm "
            "gạo, nước vo và bã bột. Trước đây, phần lớn nước thải chảy thẳng ra mương, bốc mùi "
            "vào mùa nóng.\n\n"
            "Từ năm 2022, xã vận động các hộ xây bể biogas, bể lắng lọc trước khi xả thải; đồng "
            "thời kêu gọi nguồn vốn đầu tư hệ thống thu gom, xử lý nước thải tập trung cho các "
            "thôn làm nghề. Nhiều hộ tận dụng bã bột để chăn nuôi, vừa giảm chi phí vừa hạn chế ô "
            "nhiễm.\n\n"
            "“Ban đầu bà con lo tốn kém, nhưng khi thấy khách đến tận làng xem làm mì, thấy đường "
            "sạch, mương trong, ai cũng nhận ra làng sạch thì mì mới bán được giá” - ông Thân Văn "
            "Lực, Chủ tịch UBND xã, cho biết.\n\n"
            "> Tổ chức sản xuất theo hợp tác xã, có thương hiệu, có truy xuất nguồn gốc: đó là "
            "cách làng nghề đáp ứng tiêu chí kinh tế và tổ chức sản xuất của nông thôn mới nâng "
            "cao.\n\n"
            "## Thương hiệu và liên kết\n\n"
            "Nhãn hiệu tập thể mì Chũ đã giúp sản phẩm vào được siêu thị, cửa hàng đặc sản và xuất "
            "khẩu sang một số thị trường có đông cộng đồng người Việt. Nhiều cơ sở có sản phẩm đạt "
            "OCOP 3 - 4 sao, sử dụng tem truy xuất nguồn gốc, bao bì in song ngữ.\n\n"
            "Sau khi Bắc Giang và Bắc Ninh hợp nhất, mì Chũ có thêm cơ hội giới thiệu tại các khu "
            "công nghiệp, khu đô thị lớn của tỉnh mới. Xã đặt mục tiêu trong năm tới hình thành "
            "thêm một hợp tác xã liên kết vùng trồng lúa bao thai với các hộ sản xuất mì, bảo đảm "
            "nguồn gạo ổn định và nâng chất lượng sản phẩm đồng đều."
        ),
        "byline": "Thu Trang",
        "section": "Nông thôn mới",
        "status": "published",
    },
    {
        "key": "thanh-tien-hoa-giay-mua-tet",
        "title": "Hoa giấy Thanh Tiên rộn ràng mùa Tết",
        "lead": (
            "Làng hoa giấy Thanh Tiên ở tỉnh Thừa Thiên Huế (nay là TP Huế) đang vào vụ sản xuất "
            "cao điểm, vừa phục vụ nhu cầu thờ cúng ngày Tết, vừa làm quà lưu niệm cho du khách."
        ),
        "body": (
            "Làng Thanh Tiên nằm bên bờ sông Hương, cách trung tâm Huế chừng 7 km. Từ hàng trăm "
            "năm nay, người làng làm hoa giấy để dâng lên bàn thờ tổ tiên dịp Tết Nguyên đán. "
            "Những bông hoa sặc sỡ với đủ sắc đỏ, vàng, tím, hồng được kết trên cành tre, cắm ở "
            "bàn thờ, trang thờ ngoài trời, tượng trưng cho sự sung túc và lòng thành kính.\n\n"
            "Một bông hoa giấy truyền thống được làm hoàn toàn thủ công. Giấy được nhuộm màu, phơi "
            "khô, cắt thành từng cánh; cành, cuống làm từ tre chẻ nhỏ; nhụy hoa làm bằng giấy "
            "điệp. Cả quá trình cần sự tỉ mỉ, khéo léo và rất nhiều kiên nhẫn.\n\n"
            "“Làm hoa giấy không có máy nào làm thay được. Mỗi cánh hoa phải bẻ, uốn bằng tay thì "
            "mới có hồn. Tôi làm nghề từ năm 15 tuổi, giờ đã hơn 60 mà vẫn thấy mỗi mùa Tết lại có "
            "cái mới để làm” - ông Hồ Văn Thạnh, một người làm hoa lâu năm trong làng, chia sẻ.\n\n"
            "## Từ đồ thờ đến quà lưu niệm\n\n"
            "Khoảng mười năm trở lại đây, bên cạnh hoa thờ truyền thống, người làng sáng tạo thêm "
            "hoa sen giấy, hoa trang trí, móc khóa và thiệp hoa để bán cho du khách. Hoa sen giấy "
            "Thanh Tiên trở thành món quà quen thuộc ở các điểm tham quan, các kỳ Festival Huế và "
            "những hội chợ làng nghề.\n\n"
            "Làng cũng mở các điểm trải nghiệm cho khách tự tay làm một bông hoa sen giấy, giá từ "
            "50.000 đến 100.000 đồng mỗi lượt. Vào dịp cao điểm, có ngày làng đón vài trăm lượt "
            "khách, nhiều nhất là học sinh và khách quốc tế.\n\n"
            "## Phiên chợ hoa giấy đầu mùa\n\n"
            "Ngày 14/12, làng tổ chức phiên chợ hoa giấy đầu mùa với sự tham gia của hơn 30 gian "
            "hàng. Theo những người trong nghề, năm nay lượng đặt hàng tăng khoảng 20% so với năm "
            "trước, chủ yếu từ các cửa hàng đồ lễ, khách sạn và một số đơn vị tổ chức sự kiện.\n\n"
            "Sau khi Thừa Thiên Huế trở thành TP Huế trực thuộc Trung ương, làng hoa giấy Thanh "
            "Tiên được kỳ vọng trở thành một điểm trong tuyến du lịch sông Hương kết nối các làng "
            "nghề truyền thống. Chính quyền địa phương đang hỗ trợ người dân hoàn thiện nhà trưng "
            "bày, bến thuyền và các biển chỉ dẫn, để mỗi mùa Tết, sắc hoa giấy không chỉ rực rỡ "
            "trên bàn thờ mà còn lan tỏa đến nhiều du khách."
        ),
        "byline": "Phan Thảo",
        "section": "Địa phương",
        "status": "review",
    },
    {
        "key": "hai-duong-lang-nghe-ban-hang-truc-tuyen",
        "title": "Cơ sở làng nghề nhỏ học cách bán hàng trên sàn thương mại điện tử",
        "lead": (
            "Từ những lớp tập huấn ngắn ngày, nhiều hộ sản xuất ở các làng nghề của tỉnh Hải Dương "
            "(nay là TP Hải Phòng) đã mở gian hàng trực tuyến, livestream bán sản phẩm và tìm được "
            "khách ở những nơi trước đây chưa từng đến."
        ),
        "body": (
            "Trong xưởng gốm nhỏ ở Nam Sách, chị Vũ Thị Hằng đặt chiếc điện thoại lên giá đỡ, "
            "chỉnh ánh sáng rồi bắt đầu buổi livestream thứ ba trong tuần. Trên bàn là những chiếc "
            "bình, đĩa, chén vẽ lam theo phong cách gốm Chu Đậu. Chỉ sau hơn một giờ, chị chốt "
            "được gần 40 đơn hàng, phần lớn là khách ở TP Hồ Chí Minh và các tỉnh phía Nam.\n\n"
            "“Trước đây cả năm tôi chỉ bán qua mấy đại lý quen ở Hà Nội. Từ khi đi học lớp thương "
            "mại điện tử, tôi mới biết chụp ảnh sản phẩm, viết mô tả, tính phí vận chuyển. Giờ bán "
            "online chiếm hơn một nửa doanh thu” - chị Hằng cho biết.\n\n"
            "## Học từ những điều cơ bản\n\n"
            "Lớp tập huấn mà chị Hằng tham gia do ngành Công Thương tổ chức, kéo dài 5 ngày, với "
            "khoảng 40 học viên là chủ cơ sở làng nghề gốm, gỗ, bánh gai, bánh đa và may mặc. Học "
            "viên được hướng dẫn mở gian hàng trên các sàn phổ biến, quản lý tồn kho, chăm sóc "
            "khách hàng và xử lý đổi trả.\n\n"
            "Theo đánh giá của đơn vị tổ chức, sau ba tháng, khoảng 60% học viên đã duy trì gian "
            "hàng thường xuyên, doanh thu trực tuyến bình quân mỗi cơ sở tăng từ vài triệu lên 30 "
            "- 50 triệu đồng mỗi tháng. Một số cơ sở bánh gai còn ký được hợp đồng với các chuỗi "
            "cửa hàng đặc sản tại Hà Nội nhờ khách hàng tìm đến từ gian hàng trực tuyến.\n\n"
            "## Không dễ với hàng dễ vỡ\n\n"
            "Dù vậy, thương mại điện tử không phải con đường bằng phẳng. Với hàng gốm, chi phí "
            "đóng gói và tỷ lệ vỡ khi vận chuyển là nỗi lo thường trực. Với thực phẩm, hạn sử dụng "
            "ngắn buộc chủ cơ sở phải tính toán kỹ lượng hàng và tuyến giao. Ngoài ra, phí sàn, "
            "phí quảng cáo ngày càng tăng cũng làm mỏng lợi nhuận.\n\n"
            "Anh Phạm Quốc Toàn, chủ một xưởng đồ gỗ mỹ nghệ, cho rằng cơ sở nhỏ không nên dồn hết "
            "vào một kênh. “Sàn thương mại điện tử giúp người ta biết đến mình, nhưng khách quen, "
            "khách đặt hàng lớn vẫn phải giữ bằng chất lượng và sự uy tín” - anh Toàn nói.\n\n"
            "Sau khi Hải Dương hợp nhất vào TP Hải Phòng, nhiều chủ cơ sở mong muốn thành phố tiếp "
            "tục duy trì các lớp tập huấn chuyên sâu, hỗ trợ xây dựng gian hàng chung cho sản phẩm "
            "làng nghề và kết nối với các doanh nghiệp logistics để giảm chi phí vận chuyển."
        ),
        "byline": "Khánh Hưng",
        "section": "Doanh nghiệp",
        "status": "draft",
    },
)

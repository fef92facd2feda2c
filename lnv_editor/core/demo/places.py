"""Demo articles, part of the demo set (original text written for the project).

Stories about places and markets: weaving, the province merger, noodles, paper flowers, online sales.
"""

ARTICLES: tuple[dict[str, str], ...] = (
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

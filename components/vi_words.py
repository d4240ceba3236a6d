"""Common Vietnamese words of more than one syllable, for line breaking (components/wrap.py).

Vietnamese writes a space between the syllables of one word ("xã hội", "bảo hiểm", "nông thôn mới"), so a break
at any space can split a word in two. A line may break between these words but not inside one. The list is of
general words of reports and statistics (administration, economy, society, farming, time), not of the labels the
dashboard happens to show: add a word here when a new one is split. Lower case, syllables separated by one space;
the longest listed word at a position wins ("bảo hiểm y tế" before "bảo hiểm").
"""
from __future__ import annotations

_WORDS = """
an ninh | an sinh | an toàn | bảo đảm | bảo hiểm | bảo hiểm xã hội | bảo hiểm y tế | bảo vệ | bao phủ | bình quân |
bộ máy | bổ sung | bền vững | biện pháp | buôn bán | bán lẻ | cá nhân | cải cách | cải thiện | cán bộ | căn cứ |
cận nghèo | cấp ủy | chăn nuôi | chất lượng | chỉ đạo | chỉ tiêu | chỉ số | chính quyền | chính sách | chính trị |
chủ động | chủ trương | chuẩn bị | chuyển dịch | chuyển đổi | chương trình | có hiệu quả | công an | công chức |
công nghệ | công nghiệp | công tác | công trình | cơ bản | cơ cấu | cơ sở | cơ sở hạ tầng | cùng kỳ | cụ thể |
cư dân | dân cư | dân số | dân tộc | dịch vụ | doanh nghiệp | doanh thu | du lịch | dự án | dự kiến | dự toán |
đại biểu | đại hội | đảng bộ | đảng viên | đánh giá | đạt chuẩn | đào tạo | đầu người | đầu tư | đất đai |
địa bàn | địa phương | điều chỉnh | điều hành | điều kiện | đô thị | đời sống | đổi mới | đồng bào | đơn vị |
đột phá | giá trị | giải pháp | giải quyết | giáo dục | giảm nghèo | giao thông | gia đình | hạ tầng | hàng hóa |
hành chính | hạn chế | hiện đại | hiện nay | hiệu quả | hoạt động | hoàn thành | hoàn thiện | học sinh | hội đồng |
hội đồng nhân dân | hội nghị | hợp tác | hợp tác xã | huy động | huyện ủy | kế hoạch | kết nạp | kết quả |
kết cấu | khai thác | khám chữa bệnh | khó khăn | khoa học | khu vực | khuyến khích | kinh doanh | kinh tế |
kỷ luật | lao động | lãnh đạo | lĩnh vực | lương thực | môi trường | mục tiêu | ngân sách | nghèo đói | nghị quyết |
nghiên cứu | ngư nghiệp | người dân | nhà nước | nhà ở | nhân dân | nhân lực | nhiệm kỳ | nhiệm vụ | nông dân |
nông nghiệp | nông sản | nông thôn | nông thôn mới | nuôi trồng | năng lực | năng suất | phát huy | phát triển |
phấn đấu | phòng chống | phụ nữ | phương án | quản lý | quốc gia | quốc phòng | quy hoạch | quy mô | quy định |
sản lượng | sản phẩm | sản xuất | sinh viên | sơ kết | sức khỏe | tài chính | tài nguyên | tăng trưởng | tập trung |
tập thể | thanh niên | thành phố | thành lập | thị trấn | thị trường | thị xã | thiết bị | thời gian | thời kỳ |
thu hút | thu nhập | thủ tục | thủy lợi | thủy sản | thực hiện | thương mại | tiêu chí | tiêu chuẩn | tiến độ |
tiếp tục | tình hình | tỉnh ủy | tổ chức | tổng hợp | trẻ em | trồng trọt | trung bình | trung ương | trường học |
tỷ lệ | tỉ lệ | tư nhân | ủy ban | ủy ban nhân dân | văn bản | văn hóa | vận động | vận tải | vật chất | việc làm |
vốn đầu tư | xã hội | toàn xã hội | xây dựng | xuất khẩu | nhập khẩu | y tế | ước tính | ước đạt | vượt mức | so với | năm nay |
quý một | sáu tháng | chín tháng | đầu năm | cuối năm | bình quân đầu người | tổng sản phẩm | trên địa bàn |
thủy hải sản | lâm nghiệp | công nghiệp hóa | hiện đại hóa | chuyển đổi số | đất nông nghiệp | trung tâm |
""".replace("\n", " ")

WORDS: frozenset[str] = frozenset(w.strip() for w in _WORDS.split("|") if w.strip())
LONGEST = max(len(w.split()) for w in WORDS)

"""Period detection: the year a report describes, quarters, half-years, terms, typos."""
from etl.periods import document_period, explicit_period_near, sub_year_period, term_for, typo_years


def test_year_review_published_next_year_describes_the_previous_year():
    text = ("Năm 2023, huyện đạt nhiều kết quả. Trong năm 2023, tổng giá trị sản xuất tăng 9% so năm 2022. "
            "Năm 2024, huyện phấn đấu đạt 10%.")
    assert document_period(text, published_year=2024).label == "2023"


def test_comparison_base_and_horizon_are_not_the_period():
    text = "Tổng giá trị sản xuất tăng 9% so năm 2022, phấn đấu đến năm 2025 đạt 10.000 tỷ đồng. Năm 2023 là năm bản lề."
    assert document_period(text).label == "2023"


def test_years_after_publication_are_plans():
    text = "Năm 2025 huyện sẽ về đích. Năm 2023 huyện đạt 17/17 chỉ tiêu."
    assert document_period(text, published_year=2024).label == "2023"


def test_typo_year_is_reported_not_used():
    text = "đạt và vượt 21/22 chỉ tiêu Nghị quyết năm 203; năm 2023 huyện có nhiều khởi sắc."
    assert typo_years(text) == ["năm 203"]
    assert document_period(text).label == "2023"


def test_quarter_in_the_lead_narrows_the_year():
    text = "Trong quý I-2023, Huyện ủy tập trung lãnh đạo thực hiện Nghị quyết năm 2023."
    period = document_period(text)
    assert (period.label, period.kind) == ("2023-Q1", "quarter")


def test_sub_year_forms():
    assert sub_year_period("6 tháng đầu năm 2024, huyện").label == "2024-H1"
    assert sub_year_period("quý II/2022").label == "2022-Q2"
    assert sub_year_period("quý 3 năm 2021").label == "2021-Q3"
    assert sub_year_period("9 tháng năm 2023").label == "2023-9M"


def test_term_is_the_nhiem_ky_span_containing_the_status_year():
    text = "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 … Đại hội Công đoàn nhiệm kỳ 2023 - 2028"
    assert term_for(text, 10, as_of_year=2023).label == "2020-2025"
    assert term_for(text, 10, as_of_year=2027).label == "2023-2028"


def test_explicit_period_in_a_clause():
    text = "Thu nhập bình quân đầu người năm 2022 đạt 50 triệu đồng"
    assert explicit_period_near(text, 0, len(text)).label == "2022"


def test_a_half_year_the_lead_names_without_its_year_narrows_the_year():
    text = ("UBND huyện tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ "
            "6 tháng cuối năm 2024. Tổng giá trị sản xuất ước đạt 2.418 tỷ đồng.")
    period = document_period(text)
    assert (period.label, period.kind) == ("2024-H1", "half_year")


def test_a_part_of_the_year_a_plan_is_for_does_not_narrow_the_year():
    text = ("Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ 6 tháng đầu năm. Năm 2023, thu ngân sách "
            "đạt 500 tỷ đồng.")
    assert document_period(text).label == "2023"


def test_a_price_base_year_is_no_horizon_and_a_period_of_years_is_one():
    from etl.periods import horizon
    text = "Tốc độ tăng giá trị sản xuất bình quân hằng năm (giá so sánh năm 2010) đạt 14%"
    assert horizon(text, 0, len(text)) is None
    text = "Tổng huy động vốn đầu tư phát triển thời kỳ 2021 - 2025: 6.500 tỷ đồng"
    assert horizon(text, 0, len(text)).label == "2020-2025"


def test_the_term_in_force_is_the_one_named_before_the_figure():
    text = ("Nhìn lại nhiệm kỳ 2015 - 2020, thu ngân sách năm 2020 vượt 18% chỉ tiêu Đại hội. "
            "Các chỉ tiêu nhiệm kỳ 2020 - 2025 được thông qua.")
    assert term_for(text, text.index("vượt"), as_of_year=2020).label == "2015-2020"


def test_only_comparison_bases_named_means_the_year_after_them():
    # No "năm YYYY" frames a figure; "so với năm 2021" and a price base year are all the years there are.
    text = ("Huyện Vĩnh Linh ước đạt 19/20 chỉ tiêu. Giá trị sản xuất (giá so sánh năm 2010) ước tăng 10% so với "
            "năm 2021; thu nhập bình quân đầu người tăng 3 triệu đồng so với năm 2021.")
    assert document_period(text).label == "2022"


def test_same_period_base_without_so_is_a_base_too():
    text = "9 tháng đầu năm, thu ngân sách bằng 120% cùng kỳ năm 2021; giá trị sản xuất tăng 8% so cùng kỳ."
    assert document_period(text, published_year=2022).label == "2022-9M"


def test_no_year_written_at_all_is_the_year_of_publication():
    text = "HĐND huyện họp cuối năm: thu ngân sách được 30 tỷ đồng, đạt 110% kế hoạch."
    assert document_period(text) is None
    assert document_period(text, as_of=2014).label == "2014"


def test_nine_months_reviewed_without_dau_nam_and_a_yearless_half_year_lead():
    lead = "UBND huyện sơ kết công tác 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2023. Thu ngân sách 20 tỷ đồng."
    assert document_period(lead).label == "2023-9M"
    text = "Krông Pa: Thu ngân sách mới được 40% dự toán\nTrong 6 tháng đầu năm, giá trị sản xuất tăng 6%. Ngày 3/7/2024."
    assert document_period(text, as_of=2024).label == "2024-H1"


def test_the_quarter_reviewed_not_the_next_quarter_planned():
    text = ("UBND huyện họp đánh giá tình hình thực hiện công tác quý I và một số nhiệm vụ trọng tâm quý II/2021.\n"
            "Trong quý I, giá trị sản xuất công nghiệp tăng 8%.")
    assert document_period(text).label == "2021-Q1"


def test_to_the_end_of_a_quarter_is_every_month_before_it():
    from etl.periods import explicit_period_near
    text = "Kết thúc quý III-2022, huyện thu ngân sách 60 tỷ đồng."
    assert explicit_period_near(text, 0, len(text)).label == "2022-9M"
    text = "Tính đến hết quý II/2022, thu ngân sách đạt 40 tỷ đồng."
    assert explicit_period_near(text, 0, len(text)).label == "2022-H1"
    text = "Trong quý III-2022, thu ngân sách đạt 20 tỷ đồng."
    assert explicit_period_near(text, 0, len(text)).label == "2022-Q3"


def test_half_year_reviewed_in_the_third_line_of_the_lead():
    from etl.periods import document_period
    text = ("HĐND huyện Lệ Sơn bàn nhiệm vụ trọng tâm những tháng cuối năm 2023\n"
            "Sáng 28/7, HĐND huyện Lệ Sơn khai mạc kỳ họp thường lệ giữa năm 2023, nhiệm kỳ 2021-2026.\n"
            "Kỳ họp xem xét kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm.\n"
            "Thu ngân sách ước đạt 70% dự toán.")
    assert document_period(text, title=text.splitlines()[0]).label == "2023-H1"


def test_unframed_report_year_ignores_term_spans_and_far_comparison_bases():
    # a council's term is no report year; a date written in full is
    text = ("HĐND quận Đống Đa khóa XX, nhiệm kỳ 2021 - 2026 họp kỳ thứ 20. Tính đến ngày 2/6, thu ngân sách đạt "
            "9.000 tỷ đồng. Từ ngày 1/7/2025 chuyển sang chính quyền hai cấp; tổng kết giai đoạn 2021 - 2025.")
    assert document_period(text).label == "2025"
    # a review published in 2020 comparing with the start of the term
    text = "Nhiệm kỳ qua, huyện có 300 cơ sở sản xuất, tăng 40 cơ sở so với năm 2015."
    assert document_period(text, published_year=2020, as_of=2020).label == "2020"

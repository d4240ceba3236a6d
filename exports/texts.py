"""Every user-facing string of the exports, in Vietnamese and English (the two must have the same keys).

`t(key, lang, **fields)` looks a string up and fills its `{fields}`; an unknown language falls back to Vietnamese.
"""
from __future__ import annotations

from components.i18n import has
from components.i18n import t as ui_t

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

TEXTS: dict[str, dict[str, str]] = {
    "vi": {
        # --- friendly errors ----------------------------------------------------------------------
        "error_generic": "Không xuất được tệp. Lỗi đã được ghi lại; vui lòng thử lại hoặc báo quản trị viên.",
        "error_chromium_missing": (
            "Không tạo được ảnh: máy chủ chưa cài trình duyệt Chromium dùng để vẽ ảnh "
            "(cài bằng scripts/install-system.sh hoặc đặt biến BROWSER_PATH). Bạn vẫn có thể tải dữ liệu."
        ),
        "error_render_failed": "Không vẽ được ảnh lúc này (trình vẽ ảnh không phản hồi). Vui lòng thử lại sau ít giây.",
        "error_chart_missing": "Biểu đồ này không còn trong trang hiện tại. Hãy tải lại trang rồi thử lại.",
        "error_no_data": "Biểu đồ này không có số liệu để tải.",
        "error_no_charts": "Trang hiện tại không có biểu đồ nào để đưa vào bản trình bày.",
        "done": "Đã tạo {filename}",
        # --- image header / footer ----------------------------------------------------------------
        "footer_sources": "Nguồn",
        "footer_more_sources": "+{n} văn bản khác, liệt kê trong tệp dữ liệu tải về",
        "table_first_rows": "{n} dòng đầu trong {total} dòng",
        "slide_more_sources": "và {n} văn bản khác (xem ghi chú trang chiếu)",
        "footer_data": "Dữ liệu",
        "footer_exported": "xuất ngày {date}",
        "footer_url": "Xem trực tuyến",
        "no_sources": "(không rõ văn bản nguồn)",
        # --- data columns -------------------------------------------------------------------------
        "col_place_name": "Địa phương",
        "col_province": "Tỉnh",
        "col_indicator_label": "Chỉ tiêu",
        "col_measure_label": "Loại số liệu",
        "col_period": "Kỳ",
        "col_term": "Nhiệm kỳ",
        "col_value": "Giá trị",
        "col_denominator": "Trên tổng số (mẫu số)",
        "col_unit": "Đơn vị",
        "col_qualifier_label": "Ghi chú số liệu",
        "col_target_scope": "Phạm vi chỉ tiêu",
        "col_target_body": "Cơ quan đề ra chỉ tiêu",
        "col_source_title": "Văn bản nguồn",
        "col_source_published": "Ngày công bố",
        "col_source_file": "Tệp nguồn",
        "col_quote": "Trích nguyên văn",
        "col_indicator": "Mã chỉ tiêu",
        "col_measure": "Mã loại số liệu",
        "col_place_id": "Mã địa phương",
        "col_place_type": "Loại đơn vị hành chính",
        "col_admin_code": "Mã hành chính (GSO)",
        "col_province_code": "Mã tỉnh (GSO)",
        "col_period_type": "Loại kỳ",
        "col_qualifier": "Mã ghi chú số liệu",
        "col_source_id": "Mã văn bản",
        "col_char_start": "Vị trí trích (ký tự đầu)",
        "col_char_end": "Vị trí trích (ký tự cuối)",
        "col_curated": "Đã hiệu đính",
        "col_review_status": "Trạng thái kiểm tra",
        "reviewed_mark": "tất cả, số liệu chưa kiểm tra đánh dấu ○",
        "reviewed_only": "chỉ số liệu đã kiểm tra (chấp nhận hoặc đã sửa)",
        "review_status_unreviewed": "Chưa kiểm tra",
        "review_status_accepted": "Đã chấp nhận",
        "review_status_corrected": "Đã sửa",
        "col_fact_id": "Mã dữ kiện",
        # --- column meanings (README) -------------------------------------------------------------
        "desc_place_name": "Tên địa phương (huyện, thị xã, thành phố) như trong văn bản nguồn.",
        "desc_province": "Tỉnh của địa phương.",
        "desc_indicator_label": "Tên chỉ tiêu theo danh mục chỉ tiêu của bảng điều khiển.",
        "desc_measure_label": "Loại số liệu: mức đạt được, tăng trưởng (%), % so với chỉ tiêu, mức thay đổi hoặc chỉ tiêu đề ra.",
        "desc_period": "Kỳ báo cáo: năm (2023), quý (2023-Q1), 6 tháng (2023-H1), 9 tháng (2023-9M) hoặc nhiệm kỳ (2020-2025).",
        "desc_term": "Nhiệm kỳ nghị quyết mà chỉ tiêu nhiệm kỳ thuộc về, ví dụ 2020-2025.",
        "desc_value": "Giá trị số (dấu chấm thập phân trong CSV; ô số trong Excel).",
        "desc_denominator": "Với số liệu dạng x/y (ví dụ 8/18 chỉ tiêu): y; để trống với số liệu khác.",
        "desc_unit": "Đơn vị của giá trị.",
        "desc_qualifier_label": "Văn bản nguồn nói số liệu là ước tính, khoảng, trên hay dưới giá trị này.",
        "desc_target_scope": "Chỉ tiêu thuộc nghị quyết năm, quý, 6 tháng hay cả nhiệm kỳ.",
        "desc_target_body": "Cơ quan đề ra chỉ tiêu: Đảng bộ, HĐND, UBND, hay kế hoạch tỉnh giao.",
        "desc_source_title": "Tiêu đề văn bản chứa số liệu.",
        "desc_source_published": "Ngày công bố văn bản (nếu văn bản có ghi).",
        "desc_source_file": "Tên tệp văn bản nguồn trong kho dữ liệu.",
        "desc_quote": "Câu trích nguyên văn trong văn bản mà số liệu được lấy ra.",
        "desc_indicator": "Mã chỉ tiêu (etl/indicators.yaml), để ghép với các bảng khác.",
        "desc_measure": "Mã loại số liệu (level, growth_pct, pct_of_target, change, target).",
        "desc_place_id": "Mã địa phương ổn định, ví dụ soc-trang/huyen-tran-de.",
        "desc_place_type": "Loại đơn vị: district, town, city, province.",
        "desc_admin_code": "Mã đơn vị hành chính cấp huyện của Tổng cục Thống kê.",
        "desc_province_code": "Mã tỉnh của Tổng cục Thống kê.",
        "desc_period_type": "Loại kỳ: year, quarter, half_year, nine_months, term.",
        "desc_qualifier": "Mã ghi chú số liệu (over, under, approx, estimate).",
        "desc_source_id": "Mã văn bản nguồn (tên tệp không có phần mở rộng).",
        "desc_char_start": "Vị trí ký tự đầu của câu trích trong văn bản đã chuẩn hóa NFC.",
        "desc_char_end": "Vị trí ký tự cuối của câu trích trong văn bản đã chuẩn hóa NFC.",
        "desc_curated": "Số liệu đã được người hiệu đính sửa hoặc xác nhận (data/curation.csv).",
        "desc_review_status": "Chưa kiểm tra, đã chấp nhận hoặc đã sửa bởi người kiểm tra số liệu (số liệu bị loại bỏ không có trong bảng).",
        "desc_fact_id": "Mã dữ kiện ổn định (băm từ văn bản, vị trí, chỉ tiêu và loại số liệu).",
        "desc_extra": "Cột bổ sung do biểu đồ tính ra.",
        # --- values -------------------------------------------------------------------------------
        "yes": "có",
        "no": "không",
        "scope_annual": "nghị quyết năm",
        "scope_quarter": "quý",
        "scope_half_year": "6 tháng",
        "scope_term": "nhiệm kỳ",
        "body_party": "Đảng bộ",
        "body_people_council": "HĐND",
        "body_people_committee": "UBND",
        "body_province": "tỉnh giao",
        # --- periods ------------------------------------------------------------------------------
        "period_year": "năm {year}",
        "period_quarter": "quý {q}/{year}",
        "period_half_1": "6 tháng đầu năm {year}",
        "period_half_2": "6 tháng cuối năm {year}",
        "period_term": "giai đoạn {start}–{end}",
        "period_nine_months": "9 tháng năm {year}",
        "period_latest": "mới nhất",
        "view_compare": "So sánh địa phương",
        "view_targets": "Chỉ tiêu nghị quyết",
        "view_scorecard": "Bảng điểm",
        "view_data": "Dữ liệu",
        "view_sources": "Văn bản nguồn",
        # --- takeaways ----------------------------------------------------------------------------
        "tk_leads": "{places} dẫn đầu về {subject}: {value}, {period}",
        "tk_leads_tie": "{places} cùng dẫn đầu về {subject}: {value}, {period}",
        "tk_leads_lowest": "{places} dẫn đầu về {subject} (thấp nhất): {value}, {period}",
        "tk_leads_lowest_tie": "{places} cùng dẫn đầu về {subject} (thấp nhất): {value}, {period}",
        "tk_next": " (tiếp theo: {place}, {value})",
        "tk_target_highest": "Chỉ tiêu {subject} cao nhất: {places}, {value}, {period}",
        "tk_rose": "{place}: {subject} tăng từ {v0} ({p0}) lên {v1} ({p1})",
        "tk_fell": "{place}: {subject} giảm từ {v0} ({p0}) xuống {v1} ({p1})",
        "tk_flat": "{place}: {subject} giữ nguyên {v1} ({p0} và {p1})",
        "tk_single": "{place}: {subject} {value}, {period}",
        "tk_targets_met": "{place} đạt hoặc vượt {k}/{n} chỉ tiêu được thể hiện, {period}",
        "tk_targets_count": "{place} đạt và vượt {k}/{n} chỉ tiêu nghị quyết, {period}",
        "tk_and": " và ",
        "tk_targets_set": "{k}/{n} {scope}",
        "tk_targets_sets": "{place} đạt và vượt {sets} của nghị quyết, {period}",
        "tk_ranks_first": "{places} dẫn đầu {k}/{n} chỉ tiêu được so sánh ({period})",
        "tk_ranks_first_tie": "{places} cùng dẫn đầu {k}/{n} chỉ tiêu được so sánh ({period})",
        "subject_level": "{label}",
        "subject_growth_pct": "tăng trưởng {label}",
        "subject_pct_of_target": "{label} so với chỉ tiêu",
        "subject_change": "mức thay đổi {label}",
        "subject_target": "{label}",
        "value_over": "trên {value}",
        "value_under": "dưới {value}",
        "value_approx": "khoảng {value}",
        "value_estimate": "ước {value}",
        # --- README / About sheet -----------------------------------------------------------------
        "readme_url": "Đường dẫn của trang",
        "readme_downloaded": "Thời điểm tải",
        "readme_timezone": "giờ Việt Nam",
        "readme_vintage": "Phiên bản dữ liệu",
        "readme_filters": "Bộ lọc đang áp dụng",
        "readme_no_filters": "(không có bộ lọc: mặc định của trang)",
        "readme_files": "Các tệp trong gói",
        "readme_file_shown": "số liệu trên biểu đồ: đúng {n} dòng được vẽ, theo thứ tự trên biểu đồ",
        "readme_file_full": "toàn bộ {n} dòng theo bộ lọc hiện tại",
        "readme_columns": "Ý nghĩa các cột",
        "readme_sources": "Văn bản nguồn",
        "readme_published": "công bố",
        "readme_unknown_date": "không rõ ngày",
        "readme_file": "tệp",
        "readme_notes": "Ghi chú",
        "readme_note_csv": (
            "CSV mã hóa UTF-8 có BOM (Excel hiển thị đúng tiếng Việt), phân tách bằng dấu phẩy, "
            "số thập phân dùng dấu chấm. Excel cài đặt vùng Việt Nam (dấu phẩy thập phân) có thể đọc sai "
            "các cột số của CSV: hãy mở tệp XLSX, trong đó số là ô số."
        ),
        "readme_note_injection": (
            "Ô văn bản bắt đầu bằng =, +, -, @, tab hoặc xuống dòng được thêm dấu ' ở đầu để bảng tính "
            "không chạy như công thức; các cột số vẫn là số."
        ),
        "readme_note_quote": "Mỗi dòng dẫn về câu trích nguyên văn và vị trí ký tự trong văn bản nguồn để kiểm chứng.",
        "about_sheet": "Thông tin",
        "data_sheet": "Dữ liệu",
        "about_title": "Tiêu đề",
        "about_subtitle": "Mô tả",
        "about_rows": "Số dòng",
        # --- PowerPoint ---------------------------------------------------------------------------
        "pptx_notes_sources": "Văn bản nguồn:",
        "pptx_notes_url": "Đường dẫn:",
        "pptx_deck_title": "Bản trình bày: kết quả thực hiện nghị quyết",
    },
    "en": {
        "error_generic": "The export failed. The error was logged; please try again or tell the administrator.",
        "error_chromium_missing": (
            "Could not make the image: the Chromium browser used to draw images is not installed on the server "
            "(install it with scripts/install-system.sh or set BROWSER_PATH). Data downloads still work."
        ),
        "error_render_failed": "Could not draw the image just now (the image renderer did not respond). Please try again in a few seconds.",
        "error_chart_missing": "This chart is no longer on the current page. Reload the page and try again.",
        "error_no_data": "This chart has no data to download.",
        "error_no_charts": "The current page has no charts to put in a briefing.",
        "done": "Created {filename}",
        "footer_sources": "Sources",
        "footer_more_sources": "+{n} more documents, listed in the data download",
        "table_first_rows": "first {n} of {total} rows",
        "slide_more_sources": "and {n} more documents (see the slide notes)",
        "footer_data": "Data",
        "footer_exported": "exported {date}",
        "footer_url": "View online",
        "no_sources": "(source documents unknown)",
        "col_place_name": "Place",
        "col_province": "Province",
        "col_indicator_label": "Indicator",
        "col_measure_label": "Measure",
        "col_period": "Period",
        "col_term": "Term",
        "col_value": "Value",
        "col_denominator": "Out of (denominator)",
        "col_unit": "Unit",
        "col_qualifier_label": "Qualifier",
        "col_target_scope": "Target scope",
        "col_target_body": "Target set by",
        "col_source_title": "Source document",
        "col_source_published": "Published",
        "col_source_file": "Source file",
        "col_quote": "Quote (source text)",
        "col_indicator": "Indicator id",
        "col_measure": "Measure id",
        "col_place_id": "Place id",
        "col_place_type": "Place type",
        "col_admin_code": "GSO district code",
        "col_province_code": "GSO province code",
        "col_period_type": "Period type",
        "col_qualifier": "Qualifier id",
        "col_source_id": "Source id",
        "col_char_start": "Quote start (character)",
        "col_char_end": "Quote end (character)",
        "col_curated": "Curated",
        "col_review_status": "Review status",
        "reviewed_mark": "all, unreviewed figures marked ○",
        "reviewed_only": "reviewed figures only (accepted or corrected)",
        "review_status_unreviewed": "Unreviewed",
        "review_status_accepted": "Accepted",
        "review_status_corrected": "Corrected",
        "col_fact_id": "Fact id",
        "desc_place_name": "Name of the place (district, town, city) as in the source document.",
        "desc_province": "Province of the place.",
        "desc_indicator_label": "Indicator name from the dashboard's indicator catalogue.",
        "desc_measure_label": "What the number is: level, growth (%), % of target, change, or the target set.",
        "desc_period": "Reporting period: year (2023), quarter (2023-Q1), half year (2023-H1), nine months (2023-9M) or term (2020-2025).",
        "desc_term": "Resolution term a term-scoped figure belongs to, e.g. 2020-2025.",
        "desc_value": "The number (dot as decimal separator in CSV; numeric cells in Excel).",
        "desc_denominator": "For x/y figures (e.g. 8/18 targets): y; empty otherwise.",
        "desc_unit": "Unit of the value.",
        "desc_qualifier_label": "Whether the source calls the figure an estimate, approximate, over or under the value.",
        "desc_target_scope": "Whether the target belongs to an annual, quarterly, half-year or term resolution.",
        "desc_target_body": "Who set the target: Party committee, People's Council, People's Committee, or the province.",
        "desc_source_title": "Title of the document the figure comes from.",
        "desc_source_published": "Publication date of the document, where it states one.",
        "desc_source_file": "File name of the source document in the archive.",
        "desc_quote": "The exact sentence of the source document the figure was read from.",
        "desc_indicator": "Indicator id (etl/indicators.yaml), for joining with other tables.",
        "desc_measure": "Measure id (level, growth_pct, pct_of_target, change, target).",
        "desc_place_id": "Stable place id, e.g. soc-trang/huyen-tran-de.",
        "desc_place_type": "Kind of place: district, town, city, province.",
        "desc_admin_code": "General Statistics Office district code.",
        "desc_province_code": "General Statistics Office province code.",
        "desc_period_type": "Kind of period: year, quarter, half_year, nine_months, term.",
        "desc_qualifier": "Qualifier id (over, under, approx, estimate).",
        "desc_source_id": "Source document id (file name without extension).",
        "desc_char_start": "Character offset where the quote starts in the NFC-normalised document text.",
        "desc_char_end": "Character offset where the quote ends in the NFC-normalised document text.",
        "desc_curated": "Whether a curator changed or confirmed the figure (data/curation.csv).",
        "desc_review_status": "Unreviewed, accepted, or corrected by a reviewer (rejected figures are not in the table).",
        "desc_fact_id": "Stable fact id (hash of document, position, indicator and measure).",
        "desc_extra": "Extra column computed by the chart.",
        "yes": "yes",
        "no": "no",
        "scope_annual": "annual resolution",
        "scope_quarter": "quarter",
        "scope_half_year": "half year",
        "scope_term": "term",
        "body_party": "Party committee",
        "body_people_council": "People's Council",
        "body_people_committee": "People's Committee",
        "body_province": "province-assigned",
        "period_year": "{year}",
        "period_quarter": "Q{qn} {year}",
        "period_half_1": "H1 {year}",
        "period_half_2": "H2 {year}",
        "period_term": "{start}–{end}",
        "period_nine_months": "9M {year}",
        "period_latest": "latest",
        "view_compare": "Compare places",
        "view_targets": "Resolution targets",
        "view_scorecard": "Scorecard",
        "view_data": "Data",
        "view_sources": "Source documents",
        "tk_leads": "{places} leads on {subject}: {value}, {period}",
        "tk_leads_tie": "{places} lead on {subject}: {value}, {period}",
        "tk_leads_lowest": "{places} leads on {subject} (lowest): {value}, {period}",
        "tk_leads_lowest_tie": "{places} lead on {subject} (lowest): {value}, {period}",
        "tk_next": " (next: {place}, {value})",
        "tk_target_highest": "Highest target for {subject}: {places}, {value}, {period}",
        "tk_rose": "{place}: {subject} rose from {v0} ({p0}) to {v1} ({p1})",
        "tk_fell": "{place}: {subject} fell from {v0} ({p0}) to {v1} ({p1})",
        "tk_flat": "{place}: {subject} unchanged at {v1} ({p0} and {p1})",
        "tk_single": "{place}: {subject} {value}, {period}",
        "tk_targets_met": "{place} met or exceeded {k} of {n} targets shown, {period}",
        "tk_targets_count": "{place} met or exceeded {k} of {n} resolution targets, {period}",
        "tk_and": " and ",
        "tk_targets_set": "{k} of {n} {scope}",
        "tk_targets_sets": "{place} met or exceeded {sets} of its resolutions, {period}",
        "tk_ranks_first": "{places} ranks first on {k} of {n} indicators compared ({period})",
        "tk_ranks_first_tie": "{places} rank first on {k} of {n} indicators compared ({period})",
        "subject_level": "{label}",
        "subject_growth_pct": "growth in {label}",
        "subject_pct_of_target": "{label} as % of target",
        "subject_change": "change in {label}",
        "subject_target": "{label}",
        "value_over": "over {value}",
        "value_under": "under {value}",
        "value_approx": "about {value}",
        "value_estimate": "{value} (est.)",
        "readme_url": "View URL",
        "readme_downloaded": "Downloaded",
        "readme_timezone": "Vietnam time",
        "readme_vintage": "Data vintage",
        "readme_filters": "Active filters",
        "readme_no_filters": "(no filters: the page's defaults)",
        "readme_files": "Files in this package",
        "readme_file_shown": "data shown in the chart: exactly the {n} rows plotted, in plotted order",
        "readme_file_full": "all {n} rows for the current filters",
        "readme_columns": "Column meanings",
        "readme_sources": "Source documents",
        "readme_published": "published",
        "readme_unknown_date": "date not stated",
        "readme_file": "file",
        "readme_notes": "Notes",
        "readme_note_csv": (
            "CSV files are UTF-8 with a BOM (so spreadsheet programs show Vietnamese), comma-separated, dot as decimal "
            "separator. Excel set to a Vietnamese locale (comma decimals) may misread the CSV's numbers: open the XLSX "
            "file instead, where numbers are numeric cells."
        ),
        "readme_note_injection": (
            "Text cells beginning with =, +, -, @, tab or carriage return are prefixed with ' so spreadsheet programs "
            "do not run them as formulas; numeric columns stay numbers."
        ),
        "readme_note_quote": "Every row points to the exact quote and character offsets in its source document, so it can be checked.",
        "about_sheet": "About",
        "data_sheet": "Data",
        "about_title": "Title",
        "about_subtitle": "Description",
        "about_rows": "Rows",
        "pptx_notes_sources": "Source documents:",
        "pptx_notes_url": "Link:",
        "pptx_deck_title": "Briefing: resolution results",
    },
}

# Units as the ETL writes them (English) → Vietnamese; English keeps the catalogue's unit.
UNITS_VI = {
    "%": "%",
    "pp": "điểm %",
    "billion VND": "tỷ đồng",
    "million VND": "triệu đồng",
    "million VND/ha": "triệu đồng/ha",
    "million VND/person": "triệu đồng/người",
    "communes": "xã",
    "targets": "chỉ tiêu",
    "tonnes": "tấn",
    "enterprises": "doanh nghiệp",
    "products": "sản phẩm",
    "members": "đảng viên",
    "ha": "ha",
    "people": "người",
    "households": "hộ",
}

# Readable names of URL-state keys for the README's "active filters"; unknown keys are shown as they are.
FILTER_LABELS = {
    "vi": {
        "districts": "Huyện, thị xã, thành phố", "places": "Địa phương", "place": "Địa phương (hồ sơ)",
        "provinces": "Tỉnh", "province": "Tỉnh", "indicator": "Chỉ tiêu", "indicators": "Các chỉ tiêu",
        "measure": "Loại số liệu", "measures": "Loại số liệu", "period": "Kỳ", "periods": "Kỳ", "year": "Năm",
        "family": "Nhóm chỉ tiêu", "view": "Chế độ xem", "tab": "Trang", "charts": "Biểu đồ", "lang": "Ngôn ngữ",
        "scope": "Phạm vi chỉ tiêu", "body": "Cơ quan đề ra chỉ tiêu", "sort": "Sắp xếp",
        "reviewed": "Số liệu",
    },
    "en": {
        "districts": "Districts, towns, cities", "places": "Places", "place": "Place (profile)",
        "provinces": "Provinces", "province": "Province", "indicator": "Indicator", "indicators": "Indicators",
        "measure": "Measure", "measures": "Measures", "period": "Period", "periods": "Periods", "year": "Year",
        "family": "Indicator group", "view": "View", "tab": "Page", "charts": "Charts", "lang": "Language",
        "scope": "Target scope", "body": "Target set by", "sort": "Sort",
        "reviewed": "Figures",
    },
}


def norm_lang(lang: str | None) -> str:
    """'en' stays 'en'; anything else (None, 'vi', 'vi-VN', junk) is Vietnamese, the dashboard's default."""
    if isinstance(lang, str) and lang.lower().startswith("en"):
        return "en"
    return DEFAULT_LANG


def t(key: str, lang: str | None = DEFAULT_LANG, /, **fields) -> str:
    """The string `key` in `lang`, with `{fields}` filled in; raises KeyError on an unknown key."""
    text = TEXTS[norm_lang(lang)][key]
    return text.format(**fields) if fields else text


def unit_label(unit: str | None, lang: str | None) -> str:
    """A unit in the reader's language ('million VND/person' → 'triệu đồng/người'), as the dashboard names it
    (components.i18n 'unit.*', else UNITS_VI); unknown units unchanged."""
    if unit is None or unit != unit or unit == "":  # None / NaN / empty
        return ""
    lang = norm_lang(lang)
    if has(f"unit.{unit}", lang):
        return ui_t(f"unit.{unit}", lang)
    if lang == "vi":
        return UNITS_VI.get(unit, unit)
    return unit


def filter_label(key: str, lang: str | None) -> str:
    return FILTER_LABELS[norm_lang(lang)].get(key, key)

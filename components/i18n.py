"""Every user-facing word of the dashboard in Vietnamese and English, and locale-aware number formatting.

`STRINGS[lang][key]` holds the text; `t(key, lang, **fmt)` looks it up (falling back to Vietnamese, then the key).
Numbers go through babel with the language's locale; plotly gets the matching `separators`.
Vietnamese is the default language.
"""
from __future__ import annotations

import math
from functools import lru_cache

from babel import Locale
from babel.numbers import parse_pattern

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
NBSP = "\u00a0"
MINUS = "\u2212"  # typographic minus sign, as plotly's tick labels use

# plotly's layout.separators: decimal mark then thousands separator.
PLOTLY_SEPARATORS = {"vi": ",.", "en": ".,"}
# Percent pattern per locale: Vietnamese writes a (non-breaking) space before %, English does not.
PERCENT_PATTERN = {"vi": "#,##0.##" + NBSP + "%", "en": "#,##0.##%"}
DECIMAL_PATTERN = "#,##0.##"
SIGNED_PATTERN = "+#,##0.##;-#,##0.##"
BABEL_LOCALE = {"vi": "vi_VN", "en": "en_US"}

STRINGS: dict[str, dict[str, str]] = {
    "vi": {
        # product / header
        "app.title": "Nghị quyết trong số liệu",
        "app.tagline": "So sánh các huyện theo chỉ tiêu nghị quyết của Đảng bộ, HĐND và UBND",
        "app.vintage": "Dữ liệu tổng hợp {built} từ {documents} văn bản ({ok} có số liệu, {facts} số liệu)",
        "app.vintage_unknown": "Dữ liệu từ {documents} văn bản ({facts} số liệu)",
        "app.lang_switch": "Ngôn ngữ",
        "app.skip": "Bỏ qua đến nội dung chính",
        "app.nav": "Các trang",
        "app.controls": "Bộ lọc",
        "app.briefing_link": "Chế độ trình chiếu",
        "app.interactive_link": "Trở lại chế độ tương tác",
        "app.copy_link": "Sao chép liên kết",
        "app.link_copied": "Đã sao chép",
        "app.loading": "Đang tải…",
        # views
        "view.compare": "So sánh",
        "view.targets": "Tiến độ",
        "view.scorecard": "Bảng xếp hạng",
        "view.data": "Dữ liệu",
        "view.sources": "Nguồn",
        "view.compare.desc": "Xếp hạng các huyện theo một chỉ tiêu.",
        "view.targets.desc": "Tiến độ thực hiện chỉ tiêu nghị quyết của từng huyện.",
        "view.scorecard.desc": "Giá trị và thứ hạng của mỗi huyện trên từng chỉ tiêu.",
        "view.data.desc": "Toàn bộ số liệu đã lọc, kèm trích dẫn và nguồn.",
        "view.sources.desc": "Các văn bản nguồn, số liệu trích ra và cảnh báo khi xử lý.",
        # filters
        "filter.province": "Tỉnh, thành phố",
        "filter.province.placeholder": "Tất cả tỉnh có số liệu",
        "filter.province.count": "{name} · {n}/{total} huyện có số liệu",
        "filter.district": "Huyện, thị xã, thành phố",
        "filter.district.placeholder": "Tất cả huyện có số liệu",
        "filter.district.all_of": "Chọn tất cả huyện của {province} ({n})",
        "filter.district.nodata": "chưa có số liệu",
        "filter.indicator": "Chỉ tiêu",
        "filter.indicator.count": "{label} · {n} huyện",
        "filter.indicators": "Các chỉ tiêu",
        "filter.indicators.placeholder": "Tất cả chỉ tiêu có số liệu",
        "filter.measure": "Loại số liệu",
        "filter.period": "Kỳ số liệu",
        "filter.period.latest": "Mới nhất của mỗi huyện",
        "filter.place": "Hồ sơ huyện",
        "filter.place.placeholder": "Chọn một huyện để xem mọi số liệu",
        "filter.reset": "Đặt lại bộ lọc",
        "dropdown.select_all": "Chọn tất cả",
        "dropdown.deselect_all": "Bỏ chọn tất cả",
        "dropdown.selected_count": "Đã chọn {num_selected}",
        "dropdown.search": "Tìm kiếm",
        "dropdown.clear_search": "Xóa tìm kiếm",
        "dropdown.clear_selection": "Bỏ chọn",
        "dropdown.no_options_found": "Không tìm thấy",
        # measures
        "measure.level": "Giá trị đạt được",
        "measure.growth_pct": "Tốc độ tăng (%)",
        "measure.pct_of_target": "Tỷ lệ so với chỉ tiêu (%)",
        "measure.change": "Mức thay đổi",
        "measure.target": "Chỉ tiêu đề ra",
        # qualifiers
        "qualifier.over": "trên",
        "qualifier.under": "dưới",
        "qualifier.approx": "gần",
        "qualifier.estimate": "ước",
        "qualifier.none": "chính xác",
        # target scope / body
        "scope.annual": "chỉ tiêu năm",
        "scope.quarter": "chỉ tiêu quý",
        "scope.half_year": "chỉ tiêu 6 tháng",
        "scope.term": "chỉ tiêu nhiệm kỳ",
        "scope.unknown": "chưa rõ bộ chỉ tiêu",
        "body.party": "Nghị quyết Đảng bộ",
        "body.people_council": "Nghị quyết HĐND",
        "body.people_committee": "Kế hoạch UBND",
        "body.province": "Kế hoạch, dự toán tỉnh giao",
        # families
        "family.targets": "Chỉ tiêu nghị quyết",
        "family.rural": "Nông thôn mới",
        "family.social": "Xã hội",
        "family.economy": "Kinh tế",
        "family.agriculture": "Nông nghiệp, thủy sản",
        "family.finance": "Tài chính, ngân sách",
        "family.trade": "Thương mại, dịch vụ",
        "family.industry": "Công nghiệp",
        "family.party": "Xây dựng Đảng",
        "family.other": "Khác",
        # units
        "unit.%": "%",
        "unit.pp": "điểm %",
        "unit.billion VND": "tỷ đồng",
        "unit.million VND/ha": "triệu đồng/ha",
        "unit.million VND/person": "triệu đồng/người",
        "unit.targets": "chỉ tiêu",
        "unit.communes": "xã",
        "unit.tonnes": "tấn",
        "unit.enterprises": "doanh nghiệp",
        "unit.products": "sản phẩm",
        "unit.members": "đảng viên",
        "unit.share": "% đạt",
        # periods
        "period.year": "năm {y}",
        "period.quarter": "quý {q}/{y}",
        "period.half_year": "6 tháng đầu năm {y}",
        "period.nine_months": "9 tháng năm {y}",
        "period.term": "nhiệm kỳ {a}–{b}",
        "period.latest": "số liệu mới nhất",
        "period.mixed": "mới nhất của mỗi huyện ({periods})",
        # compare
        "compare.title": "{indicator}",
        "compare.subtitle": "{measure} · {unit} · {period}",
        "compare.lower_better": "Thấp hơn là tốt hơn: huyện có giá trị thấp nhất xếp đầu.",
        "compare.higher_better": "Cao hơn là tốt hơn: huyện có giá trị cao nhất xếp đầu.",
        "compare.median": "Trung vị (nét đứt): {value}",
        "compare.no_data": "không có số liệu",
        "compare.gap": "⋯ {n} huyện khác ⋯",
        "compare.limited": "Hiển thị {shown} huyện đứng đầu và cuối trong {total} huyện có số liệu (thứ hạng và trung vị tính trên cả {total}). Chọn tỉnh hoặc huyện để xem đầy đủ.",
        "compare.no_data_list": "Không có số liệu ({n}): {places}",
        "no_data.more": "và {n} huyện khác",
        "compare.click_hint": "Bấm vào một thanh để xem đoạn văn bản gốc.",
        "compare.share_note": "Giá trị là tỷ lệ đạt (x/y) để so sánh được các huyện có số chỉ tiêu khác nhau.",
        "compare.hover_value": "Giá trị",
        "compare.hover_qualifier": "Mức độ",
        "compare.hover_period": "Kỳ",
        "compare.hover_quote": "Trích dẫn",
        "compare.hover_rank": "Hạng",
        "compare.legend": "Tỉnh",
        "compare.alt": "Biểu đồ thanh ngang xếp hạng {n} huyện theo {indicator} ({period}). Xếp đầu: {top} ({top_value}); xếp cuối: {bottom} ({bottom_value}); trung vị {median}.{missing}",
        "compare.alt_missing": " {n} huyện không có số liệu.",
        "compare.takeaway": "{top} dẫn đầu với {top_value}; trung vị của {n} huyện là {median}.",
        "compare.takeaway_few": "{top} dẫn đầu với {top_value} ({n} huyện có số liệu).",
        "compare.median_few": "không tính (cần ít nhất {n} huyện có số liệu)",
        "compare.left_out": "Không xếp hạng chung vì khác bộ chỉ tiêu hoặc khác loại kỳ: {items}.",
        "compare.axis": "{unit}",
        # passage
        "passage.title": "Đoạn văn bản gốc",
        "passage.source": "Nguồn: {title} ({file})",
        "passage.published": "Ngày đăng: {date}",
        "passage.page": "Trang {page}",
        "passage.missing": "Không tìm thấy văn bản của số liệu này.",
        "passage.close": "Đóng",
        "passage.open": "Xem đoạn gốc",
        # targets
        "targets.title": "Tiến độ chỉ tiêu nghị quyết",
        "targets.card_title": "{place}",
        "targets.met": "Chỉ tiêu nghị quyết đạt và vượt",
        "targets.ntm": "Xã đạt chuẩn nông thôn mới",
        "targets.bullets": "Kết quả so với chỉ tiêu (%)",
        "targets.bullet_line": "Mốc 100 %",
        "targets.marker_note": "Vạch đen trên đồng hồ: mức lẽ ra phải đạt theo thời gian đã qua. Vạch đen trên thanh: 100 % chỉ tiêu; nền xám: phần thời gian đã qua.",
        "targets.x_of_y": "{x}/{y}",
        "targets.set": "{scope} · {body} · {period}",
        "targets.progress_vs_time": "Đạt {progress} chỉ tiêu, đã qua {elapsed} thời gian ({scope}){why}.",
        "targets.why.on_track": ": không chậm hơn thời gian đã qua, nên đúng tiến độ dù chưa đạt",
        "targets.why.needs_acceleration": ": chậm hơn thời gian đã qua nhưng đạt ít nhất 70 % mức lẽ ra phải đạt",
        "targets.why.off_track": ": dưới 70 % mức lẽ ra phải đạt theo thời gian đã qua",
        "targets.not_applicable": "Không áp dụng: {place} không có xã (chỉ có phường), nên không có chỉ tiêu nông thôn mới",
        "targets.progress_only": "Đạt {progress}.",
        "targets.progress_ended": "Kỳ chỉ tiêu ({scope}) đã kết thúc, chỉ đạt {progress}: không còn thời gian để bù, nên là không đạt chỉ tiêu.",
        "targets.rule_title": "Cách đánh giá tiến độ",
        "targets.rule": (
            "Tiến độ = tỷ lệ đã đạt (x/y, hoặc % so với chỉ tiêu). Thời gian đã qua = phần của kỳ chỉ tiêu đã trôi qua "
            "tại thời điểm báo cáo (năm: hết năm là 100 %; nhiệm kỳ 2020–2025: hết năm 2023 là 3/5 = 60 %). "
            "Đạt: tiến độ ≥ 100 %. Đúng tiến độ: tiến độ ≥ thời gian đã qua. Cần tăng tốc: tiến độ ≥ 70 % mức cần có. "
            "Chậm tiến độ: thấp hơn, hoặc kỳ chỉ tiêu đã kết thúc mà chưa đạt 100 %. Chưa đủ dữ liệu: thiếu mẫu số hoặc kỳ. "
            "Xã nông thôn mới được so với mục tiêu toàn bộ xã đạt chuẩn vào cuối nhiệm kỳ."
        ),
        "targets.none": "Các huyện đã chọn chưa có số liệu về chỉ tiêu nghị quyết.",
        "targets.alt": "{place}: {summary}",
        "targets.no_gauge": "Chưa có số liệu",
        "targets.too_many": "Hiển thị {shown}/{total} huyện đầu tiên; hãy thu hẹp lựa chọn để xem các huyện khác.",
        "targets.bullet_alt": "{indicator}: {value} so với chỉ tiêu ({status})",
        "status.achieved": "Đã đạt",
        "status.on_track": "Đúng tiến độ",
        "status.needs_acceleration": "Cần tăng tốc",
        "status.off_track": "Chậm tiến độ",
        "status.no_data": "Chưa đủ dữ liệu",
        "status.legend": "Chú giải trạng thái",
        # scorecard
        "scorecard.title": "Bảng xếp hạng các huyện",
        "scorecard.subtitle": "{measure} · {period} · màu theo thứ hạng trong nhóm đã chọn (1 = tốt nhất)",
        "scorecard.rows_shown": "{shown} dòng đầu trong {total}",
        "targets.more_bullets": "+{n} chỉ tiêu khác so với kế hoạch: xem ở chế độ tương tác",
        "targets.measures": "số chỉ tiêu đạt (x/y) và % so với chỉ tiêu",
        "scorecard.rank": "hạng {rank}/{n}",
        "scorecard.alt": "Bảng nhiệt {rows} huyện × {cols} chỉ tiêu; mỗi ô ghi giá trị và thứ hạng. {best}",
        "scorecard.best": "{place} đứng đầu ở {n} chỉ tiêu.",
        "scorecard.colorbar": "Thứ hạng",
        "scorecard.best_label": "tốt nhất",
        "scorecard.worst_label": "kém nhất",
        "scorecard.lower_mark": "↓ thấp hơn là tốt hơn",
        "scorecard.period_mark": "* số liệu của kỳ khác (ghi ở tiêu đề phụ; di chuột vào ô để xem); thứ hạng so các số liệu mới nhất của từng huyện.",
        "scorecard.periods_starred": "{usual} (* {others})",
        "scorecard.too_many": "Hiển thị {shown}/{total} huyện xếp đầu (thứ hạng tính trên cả {total} huyện); hãy thu hẹp lựa chọn để xem các huyện khác.",
        "profile.title": "Hồ sơ: {place}",
        "profile.empty": "Chọn một huyện ở bộ lọc “Hồ sơ huyện” để xem mọi số liệu kèm nguồn.",
        "profile.none": "Huyện này chưa có số liệu.",
        # columns
        "col.place": "Huyện",
        "col.province": "Tỉnh",
        "col.indicator": "Chỉ tiêu",
        "col.measure": "Loại số liệu",
        "col.value": "Giá trị",
        "col.unit": "Đơn vị",
        "col.period": "Kỳ",
        "col.qualifier": "Mức độ",
        "col.scope": "Bộ chỉ tiêu",
        "col.body": "Cơ quan đề ra",
        "col.quote": "Trích dẫn",
        "col.source": "Nguồn",
        "col.status": "Trạng thái",
        "col.reason": "Lý do",
        "col.warnings": "Cảnh báo",
        "col.facts": "Số liệu",
        "col.title": "Tiêu đề",
        "col.published": "Ngày đăng",
        "col.denominator": "Mẫu số",
        # data view
        "data.title": "Số liệu đã lọc ({n} dòng)",
        "data.hint": "Bấm tiêu đề cột để sắp xếp; dùng ô lọc dưới tiêu đề để lọc.",
        # sources view
        "sources.title": "Văn bản nguồn ({n})",
        "sources.rejected": "Văn bản bị loại ({n})",
        "sources.warnings": "Cảnh báo khi xử lý ({n})",
        "sources.no_warnings": "Không có cảnh báo.",
        "sources.no_rejected": "Không có văn bản nào bị loại.",
        "reason.binary": "Tệp nhị phân, không phải văn bản",
        "reason.undecodable": "Không đọc được bảng mã của tệp",
        "reason.too_large": "Tệp quá lớn",
        "reason.empty": "Tệp rỗng",
        "reason.no_text": "Không còn nội dung sau khi bỏ mã HTML và phần trang web",
        "reason.extension": "Định dạng tệp không được hỗ trợ",
        "reason.not_a_file": "Không phải tệp văn bản",
        "reason.unreadable": "Không đọc được tệp",
        "reason.duplicate": "Trùng tên với một tệp khác",
        "reason.extraction_failed": "Lỗi khi trích xuất số liệu",
        "sources.warnings_note": "Cảnh báo kỹ thuật của quy trình xử lý, ghi nguyên văn (tiếng Anh) như trong báo cáo ETL; mỗi dòng nêu mã văn bản.",
        "sources.facts": "{n} số liệu",
        "sources.place_period": "{place} · {period}",
        "sources.report": "Báo cáo ETL",
        "sources.too_many": "Hiển thị {shown}/{total} văn bản đầu tiên; hãy chọn ít tỉnh, huyện hơn để xem các văn bản khác.",
        "data.too_many": "Bảng hiển thị {shown}/{total} dòng đầu tiên; hãy thu hẹp bộ lọc, hoặc tải toàn bộ dữ liệu bên dưới.",
        "sources.status.ok": "có số liệu",
        "sources.status.no_facts": "không có số liệu",
        "sources.status.rejected": "bị loại",
        # briefing
        "briefing.footer_sources": "Nguồn: {sources}",
        "briefing.shown": "{shown}/{total} huyện; chọn huyện trong liên kết để xem huyện khác",
        "briefing.footer_vintage": "{vintage}",
        "briefing.footer_url": "Xem trực tuyến: {url}",
        # messages
        "msg.no_data_file": "Chưa có bảng số liệu",
        "msg.no_data_file.body": "Không tìm thấy {path}. Hãy chạy “.venv/bin/python -m etl” để tạo bảng số liệu rồi tải lại trang.",
        "msg.bad_data_file": "Không đọc được bảng số liệu {path}: {error}",
        "msg.no_selection": "Chưa có huyện nào có số liệu cho lựa chọn này. Hãy chọn tỉnh, huyện, chỉ tiêu hoặc kỳ khác.",
        "msg.no_data_for": "Không có số liệu “{indicator}” ({measure}, {period}) cho các huyện đã chọn.",
        "msg.error": "Đã có lỗi khi hiển thị phần này. Lỗi đã được ghi lại; hãy thử lại hoặc đổi lựa chọn.",
        "msg.notice_title": "Một số tham số trong liên kết không hợp lệ và đã được thay bằng mặc định:",
        "notice.view": "trang “{value}” không tồn tại",
        "notice.lang": "ngôn ngữ “{value}” không được hỗ trợ",
        "notice.mode": "chế độ “{value}” không tồn tại",
        "notice.indicator": "chỉ tiêu “{value}” không có",
        "notice.measure": "loại số liệu “{value}” không có",
        "notice.period": "kỳ “{value}” không có số liệu",
        "notice.provinces": "tỉnh “{value}” không có",
        "notice.districts": "huyện “{value}” không có",
        "notice.indicators": "chỉ tiêu “{value}” không có",
        "notice.place": "huyện “{value}” không có",
        "notice.unknown": "tham số “{value}” không được dùng",
        "notice.too_long": "liên kết quá dài ({value} ký tự, tối đa {limit}): đã hiện mặc định",
        "notice.too_many_params": "liên kết có {value} tham số (tối đa {limit}): chỉ đọc {limit} tham số đầu",
        "notice.too_many.provinces": "liên kết có {value} tỉnh (tối đa {limit}): chỉ dùng {limit} tỉnh đầu",
        "notice.too_many.districts": "liên kết có {value} huyện (tối đa {limit}): chỉ dùng {limit} huyện đầu",
        "notice.too_many.indicators": "liên kết có {value} chỉ tiêu (tối đa {limit}): chỉ dùng {limit} chỉ tiêu đầu",
        "notice.more": "… và {value} thông báo khác",
        "export.under": "Tải xuống",
        "export.panel_label": "Xuất biểu đồ và dữ liệu",
        "export.image_menu": "Tải ảnh",
        "export.image_png_standard": "PNG tiêu chuẩn (850×600, độ nét 4×)",
        "export.image_png_slide": "PNG trình chiếu 16:9 (1280×720, độ nét 4×)",
        "export.image_svg_standard": "SVG tiêu chuẩn (vector, 850×600)",
        "export.image_svg_slide": "SVG trình chiếu 16:9 (vector, 1280×720)",
        "export.data_menu": "Tải dữ liệu",
        "export.data_shown_heading": "Dữ liệu đang hiển thị",
        "export.data_full_heading": "Toàn bộ dữ liệu theo bộ lọc",
        "export.data_shown_csv": "CSV: số liệu trên biểu đồ",
        "export.data_shown_xlsx": "Excel: số liệu trên biểu đồ",
        "export.data_full_csv": "CSV: toàn bộ theo bộ lọc",
        "export.data_full_xlsx": "Excel: toàn bộ theo bộ lọc",
        "export.data_zip": "ZIP: CSV + Excel + README",
        "export.briefing_button": "Xuất bản trình bày (PowerPoint)",
        "export.briefing_hint": "Mỗi biểu đồ của trang hiện tại thành một trang chiếu",
        "compare.values_list": "Xem đoạn văn bản gốc:",
        # change over time, map, scatter
        "trend.title": "Diễn biến qua các kỳ",
        "trend.subtitle": "{n} huyện · {first} đến {last} · mỗi chỉ tiêu một khung",
        "trend.kind.quarter": "số liệu quý",
        "trend.kind.half_year": "số liệu 6 tháng",
        "trend.kind.nine_months": "số liệu 9 tháng",
        "trend.target": "chỉ tiêu",
        "trend.target_at": "chỉ tiêu {period}",
        "trend.lower_better": "thấp hơn là tốt hơn",
        "trend.higher_better": "cao hơn là tốt hơn",
        "trend.single_item": "{indicator} ({period})",
        "trend.single_period": "Bảng số liệu chỉ có một kỳ cho các chỉ tiêu đã chọn: chưa có diễn biến để vẽ.",
        "trend.single_list": "Chỉ có một kỳ số liệu, chưa vẽ diễn biến: {items}.",
        "trend.no_data": "Các huyện đã chọn chưa có số liệu cho chỉ tiêu này.",
        "trend.since_term": "{place}, {indicator}: {change} so với {base} (đầu nhiệm kỳ) đến {latest}.",
        "trend.alt": "Biểu đồ đường theo thời gian: {indicators}. {subtitle}.",
        "map.title": "{indicator} trên bản đồ",
        "map.lower_better": "đậm hơn = tốt hơn (thấp hơn)",
        "map.higher_better": "đậm hơn = tốt hơn (cao hơn)",
        "map.no_positions": "Không có vị trí trên bản đồ cho các huyện có số liệu.",
        "map.unplaced": "Không có vị trí trên bản đồ ({n}): {places}",
        "map.alt": "Bản đồ chấm: {title}. {subtitle}. {n} huyện. {better}",
        "scatter.title": "{y} so với {x}",
        "scatter.subtitle": "{measures} · {periods} · {n} huyện có cả hai số liệu cùng kỳ",
        "scatter.measures": "{y_measure} so với {x_measure}",
        "table.district": "Huyện",
        "table.read_source": "Xem đoạn gốc",
        "compare.display": "Hiển thị",
        "compare.display.chart": "Biểu đồ",
        "compare.display.table": "Bảng",
        "view.trend": "Diễn biến",
        "view.trend.desc": "Mỗi chỉ tiêu của các huyện qua các kỳ số liệu, kèm mục tiêu.",
        "view.map": "Bản đồ",
        "view.map.desc": "Các huyện tại vị trí thật, tô màu theo một chỉ tiêu.",
        "view.scatter": "Tương quan",
        "view.scatter.desc": "Hai chỉ tiêu đặt cạnh nhau, mỗi chấm một huyện.",
        "scatter.lower_better": "thấp hơn là tốt hơn",
        "scatter.higher_better": "cao hơn là tốt hơn",
        "scatter.no_pairs": "Không huyện nào có cả {x} và {y} trong cùng một kỳ.",
        "scatter.other_period": "Không vẽ vì hai số liệu thuộc hai kỳ khác nhau ({n}): {places}",
        "scatter.alt": "Biểu đồ chấm: {title}. {subtitle}.",
        "msg.error_close": "Đóng thông báo lỗi",
        # sign-in, add reports, review (issue 10)
        "auth.sign_in": "Đăng nhập",
        "auth.sign_out": "Đăng xuất",
        "auth.why": "Xem số liệu không cần đăng nhập. Thêm báo cáo và kiểm tra số liệu cần tài khoản.",
        "auth.name": "Tên đăng nhập",
        "auth.password": "Mật khẩu",
        "auth.bad_password": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "auth.back": "Trở lại bảng điều khiển",
        "auth.other_lang": "English",
        "auth.signed_in_as": "Đang đăng nhập: {name}",
        "auth.required": "Cần đăng nhập để thay đổi dữ liệu. Không có gì được thay đổi.",
        "auth.signed_out_hint": "Bạn chưa đăng nhập: có thể xem, nhưng không thể thêm báo cáo hay kiểm tra số liệu.",
        "view.upload": "Thêm báo cáo",
        "view.upload.desc": "Tải lên báo cáo của huyện; số liệu đọc được sẽ vào bảng ngay.",
        "view.review": "Kiểm tra số liệu",
        "view.review.desc": "Chấp nhận, loại bỏ hoặc sửa từng số liệu đọc từ văn bản.",
        "upload.drop": "Kéo thả tệp vào đây hoặc bấm để chọn (có thể chọn nhiều tệp)",
        "upload.limits": "Định dạng: {formats}. Tối đa {text_mb} MB mỗi tệp văn bản, {mb} MB mỗi tệp Word, PDF hay ảnh.",
        "upload.sources": "Tệp được lưu vào thư mục nguồn {folder}.",
        "upload.accepted": "Đã nhận",
        "upload.rejected": "Không nhận",
        "upload.no_facts": "Đã nhận, nhưng không tìm thấy số liệu nào thuộc danh mục chỉ tiêu.",
        "upload.place": "Địa bàn",
        "upload.period": "Kỳ",
        "upload.figures": "{n} số liệu đọc được",
        "upload.seconds": "xử lý trong {seconds} giây",
        "upload.too_large": "tệp lớn hơn {mb} MB",
        "upload.unknown": "không xác định",
        "upload.review_link": "Kiểm tra các số liệu này",
        "review.filter.document": "Văn bản",
        "review.filter.district": "Huyện",
        "review.filter.indicator": "Chỉ tiêu",
        "review.filter.status": "Trạng thái",
        "review.status.unreviewed": "Chưa kiểm tra",
        "review.status.accepted": "Đã chấp nhận",
        "review.status.corrected": "Đã sửa",
        "review.status.rejected": "Đã loại bỏ",
        "review.queue": "{n} số liệu, rủi ro cao trước",
        "review.queue_more": "Hiện {shown} trên {n}; lọc để thu hẹp.",
        "review.empty": "Không có số liệu nào khớp bộ lọc.",
        "review.pick": "Chọn một số liệu trong danh sách.",
        "review.passage": "Đoạn văn bản",
        "review.read": "Đã đọc được",
        "review.accept": "Chấp nhận",
        "review.reject": "Loại bỏ",
        "review.correct": "Lưu sửa đổi",
        "review.note": "Ghi chú (không bắt buộc)",
        "review.keys": "Phím tắt: A chấp nhận · R loại bỏ · J/K số liệu sau/trước · sửa ô rồi Enter để lưu.",
        "review.saved.accept": "Đã chấp nhận số liệu.",
        "review.saved.reject": "Đã loại bỏ số liệu.",
        "review.saved.correct": "Đã lưu sửa đổi: {fields}.",
        "review.nothing_changed": "Không có ô nào thay đổi.",
        "review.invalid": "Không lưu: {field}: {problem}",
        "review.gone": "Số liệu này không còn trong bảng.",
        "review.history": "Lịch sử",
        "review.history_item": "{when} · {user}: {action}",
        "review.risk": "Lý do cần kiểm tra",
        "review.risk.none": "đọc trực tiếp từ câu văn",
        "review.risk.ocr": "đọc bằng nhận dạng chữ (OCR) từ bản quét",
        "review.risk.conflict_resolved": "văn bản nêu giá trị khác cho cùng chỉ tiêu; đã chọn một",
        "review.risk.place_unknown": "không xác định được địa bàn",
        "review.risk.derived": "tính ra từ số liệu khác, không ghi trực tiếp",
        "review.risk.indicator_far": "tên chỉ tiêu nằm xa con số",
        "review.risk.period_from_document": "kỳ lấy từ văn bản, không có trong câu",
        "review.risk.period_from_paragraph": "kỳ lấy từ đoạn văn, không có trong câu",
        "review.risk.place_from_paragraph": "địa bàn lấy từ đoạn văn",
        "review.risk.place_from_document": "địa bàn lấy từ văn bản",
        "field.indicator": "Chỉ tiêu",
        "field.measure": "Loại số liệu",
        "field.value": "Giá trị",
        "field.unit": "Đơn vị",
        "field.period": "Kỳ",
        "field.place_id": "Địa bàn",
        "field.qualifier": "Mức chính xác",
        "field.target_scope": "Chỉ tiêu của kỳ",
        "field.target_body": "Cơ quan giao chỉ tiêu",
        "field.none": "(không có)",
        "review.mark_explained": "Số liệu có dấu ○ chưa được người kiểm tra xác nhận.",
        "review.switch": "Số liệu",
        "review.switch.all": "Tất cả",
        "review.switch.mark": "Đánh dấu ○ chưa kiểm tra",
        "review.switch.only": "Chỉ số liệu đã kiểm tra",
    },
    "en": {
        "app.title": "Resolutions in numbers",
        "app.tagline": "Comparing districts on the targets of their Party, People's Council and People's Committee resolutions",
        "app.vintage": "Data built {built} from {documents} documents ({ok} with figures, {facts} figures)",
        "app.vintage_unknown": "Data from {documents} documents ({facts} figures)",
        "app.lang_switch": "Language",
        "app.skip": "Skip to main content",
        "app.nav": "Views",
        "app.controls": "Filters",
        "app.briefing_link": "Briefing mode",
        "app.interactive_link": "Back to interactive mode",
        "app.copy_link": "Copy link",
        "app.link_copied": "Copied",
        "app.loading": "Loading…",
        "view.compare": "Compare",
        "view.targets": "Targets",
        "view.scorecard": "Scorecard",
        "view.data": "Data",
        "view.sources": "Sources",
        "view.compare.desc": "Districts ranked on one indicator.",
        "view.targets.desc": "Progress of each district on its resolution targets.",
        "view.scorecard.desc": "Each district's value and rank on every indicator.",
        "view.data.desc": "Every filtered figure with its quote and source.",
        "view.sources.desc": "Source documents, the figures taken from them and processing warnings.",
        "filter.province": "Province",
        "filter.province.placeholder": "All provinces with data",
        "filter.province.count": "{name} · {n}/{total} districts with data",
        "filter.district": "District",
        "filter.district.placeholder": "All districts with data",
        "filter.district.all_of": "Select all districts of {province} ({n})",
        "filter.district.nodata": "no data yet",
        "filter.indicator": "Indicator",
        "filter.indicator.count": "{label} · {n} districts",
        "filter.indicators": "Indicators",
        "filter.indicators.placeholder": "All indicators with data",
        "filter.measure": "Measure",
        "filter.period": "Period",
        "filter.period.latest": "Latest available per district",
        "filter.place": "District profile",
        "filter.place.placeholder": "Pick a district to see all its figures",
        "filter.reset": "Reset filters",
        "dropdown.select_all": "Select all",
        "dropdown.deselect_all": "Deselect all",
        "dropdown.selected_count": "{num_selected} selected",
        "dropdown.search": "Search",
        "dropdown.clear_search": "Clear search",
        "dropdown.clear_selection": "Clear selection",
        "dropdown.no_options_found": "No options found",
        "measure.level": "Level reached",
        "measure.growth_pct": "Growth rate (%)",
        "measure.pct_of_target": "Share of target (%)",
        "measure.change": "Change",
        "measure.target": "Target set",
        "qualifier.over": "over",
        "qualifier.under": "under",
        "qualifier.approx": "approx.",
        "qualifier.estimate": "estimate",
        "qualifier.none": "exact",
        "scope.annual": "annual targets",
        "scope.quarter": "quarterly targets",
        "scope.half_year": "half-year targets",
        "scope.term": "term targets",
        "scope.unknown": "target set not stated",
        "body.party": "Party committee resolution",
        "body.people_council": "People's Council resolution",
        "body.people_committee": "People's Committee plan",
        "body.province": "Province-assigned plan",
        "family.targets": "Resolution targets",
        "family.rural": "New Rural development",
        "family.social": "Social",
        "family.economy": "Economy",
        "family.agriculture": "Agriculture and aquaculture",
        "family.finance": "Public finance",
        "family.trade": "Trade and services",
        "family.industry": "Industry",
        "family.party": "Party building",
        "family.other": "Other",
        "unit.%": "%",
        "unit.pp": "pp",
        "unit.billion VND": "billion VND",
        "unit.million VND/ha": "million VND/ha",
        "unit.million VND/person": "million VND/person",
        "unit.targets": "targets",
        "unit.communes": "communes",
        "unit.tonnes": "tonnes",
        "unit.enterprises": "enterprises",
        "unit.products": "products",
        "unit.members": "members",
        "unit.share": "% met",
        "period.year": "{y}",
        "period.quarter": "Q{q} {y}",
        "period.half_year": "H1 {y}",
        "period.nine_months": "9 months {y}",
        "period.term": "{a}–{b} term",
        "period.latest": "latest available",
        "period.mixed": "latest per district ({periods})",
        "compare.title": "{indicator}",
        "compare.subtitle": "{measure} · {unit} · {period}",
        "compare.lower_better": "Lower is better: the lowest value ranks first.",
        "compare.higher_better": "Higher is better: the highest value ranks first.",
        "compare.median": "Median (dashed line): {value}",
        "compare.no_data": "no data",
        "compare.gap": "⋯ {n} more districts ⋯",
        "compare.limited": "Showing the top and bottom {shown} of {total} districts with a figure (ranks and median over all {total}). Choose provinces or districts to see every one.",
        "compare.no_data_list": "No data ({n}): {places}",
        "no_data.more": "and {n} more",
        "compare.click_hint": "Click a bar to read the source passage.",
        "compare.share_note": "Values are shares met (x/y) so districts with different numbers of targets compare.",
        "compare.hover_value": "Value",
        "compare.hover_qualifier": "Qualifier",
        "compare.hover_period": "Period",
        "compare.hover_quote": "Quote",
        "compare.hover_rank": "Rank",
        "compare.legend": "Province",
        "compare.alt": "Horizontal bar chart ranking {n} districts on {indicator} ({period}). Highest ranked: {top} ({top_value}); lowest ranked: {bottom} ({bottom_value}); median {median}.{missing}",
        "compare.alt_missing": " {n} districts have no data.",
        "compare.takeaway": "{top} leads with {top_value}; the median of {n} districts is {median}.",
        "compare.takeaway_few": "{top} leads with {top_value} ({n} districts with figures).",
        "compare.median_few": "not computed (needs at least {n} districts with figures)",
        "compare.left_out": "Not in this ranking (another target set or kind of period): {items}.",
        "compare.axis": "{unit}",
        "passage.title": "Source passage",
        "passage.source": "Source: {title} ({file})",
        "passage.published": "Published: {date}",
        "passage.page": "Page {page}",
        "passage.missing": "The document behind this figure was not found.",
        "passage.close": "Close",
        "passage.open": "Read the passage",
        "targets.title": "Progress on resolution targets",
        "targets.card_title": "{place}",
        "targets.met": "Resolution targets met",
        "targets.ntm": "Communes meeting the New Rural standard",
        "targets.bullets": "Results against targets (%)",
        "targets.bullet_line": "100% line",
        "targets.marker_note": "Black mark on a gauge: where progress should be given the time gone. Black line on a bar: 100% of target; grey band: share of the period gone.",
        "targets.x_of_y": "{x}/{y}",
        "targets.set": "{scope} · {body} · {period}",
        "targets.progress_vs_time": "{progress} achieved with {elapsed} of the time gone ({scope}){why}.",
        "targets.why.on_track": ": not behind the time gone, so on track though not yet met",
        "targets.why.needs_acceleration": ": behind the time gone but at least 70% of what is due by now",
        "targets.why.off_track": ": below 70% of what is due by now",
        "targets.not_applicable": "Does not apply: {place} has no communes (wards only), so no New Rural target",
        "targets.progress_only": "{progress} achieved.",
        "targets.progress_ended": "The target period ({scope}) is over with {progress} achieved: no time is left to catch up, so the target was missed.",
        "targets.rule_title": "How progress is rated",
        "targets.rule": (
            "Progress = share achieved (x/y, or % of target). Time elapsed = share of the target's period gone at the "
            "report date (a year: 100% at year end; the 2020–2025 term: 3/5 = 60% at the end of 2023). "
            "Achieved: progress ≥ 100%. On track: progress ≥ time elapsed. Needs acceleration: progress ≥ 70% of "
            "what is due. Off track: below that, or the target period is over short of 100%. "
            "Not enough data: no denominator or period. "
            "New Rural communes are compared with the goal of every commune meeting the standard by the end of the term."
        ),
        "targets.none": "The selected districts have no figures on resolution targets yet.",
        "targets.alt": "{place}: {summary}",
        "targets.no_gauge": "No data yet",
        "targets.too_many": "Showing the first {shown} of {total} districts; narrow the selection to see the others.",
        "targets.bullet_alt": "{indicator}: {value} of target ({status})",
        "status.achieved": "Achieved",
        "status.on_track": "On track",
        "status.needs_acceleration": "Needs acceleration",
        "status.off_track": "Off track",
        "status.no_data": "Not enough data",
        "status.legend": "Status legend",
        "scorecard.title": "District scorecard",
        "scorecard.subtitle": "{measure} · {period} · coloured by rank within the selection (1 = best)",
        "scorecard.rows_shown": "first {shown} of {total} rows",
        "targets.more_bullets": "+{n} more results against targets: see the interactive view",
        "targets.measures": "targets met (x of y) and % of target",
        "scorecard.rank": "rank {rank}/{n}",
        "scorecard.alt": "Heatmap of {rows} districts × {cols} indicators; each cell shows value and rank. {best}",
        "scorecard.best": "{place} ranks first on {n} indicators.",
        "scorecard.colorbar": "Rank",
        "scorecard.best_label": "best",
        "scorecard.worst_label": "worst",
        "scorecard.lower_mark": "↓ lower is better",
        "scorecard.period_mark": "* a figure from another period (named in the subtitle; hover a cell to see it); ranks compare each district's latest figure.",
        "scorecard.periods_starred": "{usual} (* {others})",
        "scorecard.too_many": "Showing the top {shown} of {total} districts (ranks are among all {total}); narrow the selection to see the others.",
        "profile.title": "Profile: {place}",
        "profile.empty": "Pick a district in “District profile” to see every figure with its source.",
        "profile.none": "This district has no figures yet.",
        "col.place": "District",
        "col.province": "Province",
        "col.indicator": "Indicator",
        "col.measure": "Measure",
        "col.value": "Value",
        "col.unit": "Unit",
        "col.period": "Period",
        "col.qualifier": "Qualifier",
        "col.scope": "Target set",
        "col.body": "Set by",
        "col.quote": "Quote",
        "col.source": "Source",
        "col.status": "Status",
        "col.reason": "Reason",
        "col.warnings": "Warnings",
        "col.facts": "Figures",
        "col.title": "Title",
        "col.published": "Published",
        "col.denominator": "Denominator",
        "data.title": "Filtered figures ({n} rows)",
        "data.hint": "Click a column header to sort; use the box under it to filter.",
        "sources.title": "Source documents ({n})",
        "sources.rejected": "Rejected documents ({n})",
        "sources.warnings": "Processing warnings ({n})",
        "sources.no_warnings": "No warnings.",
        "sources.no_rejected": "No document was rejected.",
        "reason.binary": "Binary file, not text",
        "reason.undecodable": "Unreadable text encoding",
        "reason.too_large": "File too large",
        "reason.empty": "Empty file",
        "reason.no_text": "No text left after removing markup and web page furniture",
        "reason.extension": "Unsupported file type",
        "reason.not_a_file": "Not a text file",
        "reason.unreadable": "File could not be read",
        "reason.duplicate": "Same name as another file",
        "reason.extraction_failed": "Extraction failed",
        "sources.warnings_note": "Technical warnings of the processing run, verbatim as in the ETL report; each names its document.",
        "sources.facts": "{n} figures",
        "sources.place_period": "{place} · {period}",
        "sources.report": "ETL report",
        "sources.too_many": "Showing the first {shown} of {total} documents; choose fewer provinces or districts to see the others.",
        "data.too_many": "The grid shows the first {shown} of {total} rows; narrow the filters, or download all the data below.",
        "sources.status.ok": "with figures",
        "sources.status.no_facts": "no figures",
        "sources.status.rejected": "rejected",
        "briefing.footer_sources": "Sources: {sources}",
        "briefing.shown": "{shown} of {total} districts; choose districts in the link to see others",
        "briefing.footer_vintage": "{vintage}",
        "briefing.footer_url": "Online: {url}",
        "msg.no_data_file": "No data table yet",
        "msg.no_data_file.body": "{path} was not found. Run “.venv/bin/python -m etl” to build the table, then reload this page.",
        "msg.bad_data_file": "The data table {path} could not be read: {error}",
        "msg.no_selection": "No district has figures for this selection. Choose another province, district, indicator or period.",
        "msg.no_data_for": "No “{indicator}” figures ({measure}, {period}) for the selected districts.",
        "msg.error": "Something went wrong while showing this part. The error was logged; try again or change the selection.",
        "msg.notice_title": "Some link parameters were not valid and were replaced by defaults:",
        "notice.view": "view “{value}” does not exist",
        "notice.lang": "language “{value}” is not supported",
        "notice.mode": "mode “{value}” does not exist",
        "notice.indicator": "indicator “{value}” is not available",
        "notice.measure": "measure “{value}” is not available",
        "notice.period": "period “{value}” has no data",
        "notice.provinces": "province “{value}” is not available",
        "notice.districts": "district “{value}” is not available",
        "notice.indicators": "indicator “{value}” is not available",
        "notice.place": "district “{value}” is not available",
        "notice.unknown": "parameter “{value}” is not used",
        "notice.too_long": "the link is too long ({value} characters, at most {limit}): defaults are shown",
        "notice.too_many_params": "the link has {value} parameters (at most {limit}): only the first {limit} were read",
        "notice.too_many.provinces": "{value} provinces asked for (at most {limit}): the first {limit} are used",
        "notice.too_many.districts": "{value} districts asked for (at most {limit}): the first {limit} are used",
        "notice.too_many.indicators": "{value} indicators asked for (at most {limit}): the first {limit} are used",
        "notice.more": "… and {value} more",
        "export.under": "Download",
        "export.panel_label": "Export chart and data",
        "export.image_menu": "Download image",
        "export.image_png_standard": "PNG standard (850×600, 4× sharp)",
        "export.image_png_slide": "PNG slide 16:9 (1280×720, 4× sharp)",
        "export.image_svg_standard": "SVG standard (vector, 850×600)",
        "export.image_svg_slide": "SVG slide 16:9 (vector, 1280×720)",
        "export.data_menu": "Download data",
        "export.data_shown_heading": "Data shown",
        "export.data_full_heading": "Full data for the current filters",
        "export.data_shown_csv": "CSV: data shown in the chart",
        "export.data_shown_xlsx": "Excel: data shown in the chart",
        "export.data_full_csv": "CSV: full data for the filters",
        "export.data_full_xlsx": "Excel: full data for the filters",
        "export.data_zip": "ZIP: CSV + Excel + README",
        "export.briefing_button": "Export briefing (PowerPoint)",
        "export.briefing_hint": "One slide per chart on this page",
        "compare.values_list": "Read the source passage:",
        # change over time, map, scatter
        "trend.title": "Change over time",
        "trend.subtitle": "{n} districts · {first} to {last} · one panel per indicator",
        "trend.kind.quarter": "quarterly figures",
        "trend.kind.half_year": "half-year figures",
        "trend.kind.nine_months": "nine-month figures",
        "trend.target": "target",
        "trend.target_at": "target {period}",
        "trend.lower_better": "lower is better",
        "trend.higher_better": "higher is better",
        "trend.single_item": "{indicator} ({period})",
        "trend.single_period": "The table holds one period only for the chosen indicators: no change over time to draw yet.",
        "trend.single_list": "One period only, no change drawn: {items}.",
        "trend.no_data": "The chosen districts have no figures for this indicator.",
        "trend.since_term": "{place}, {indicator}: {change} from {base} (start of the term) to {latest}.",
        "trend.alt": "Line chart over time: {indicators}. {subtitle}.",
        "map.title": "{indicator} on the map",
        "map.lower_better": "darker = better (lower)",
        "map.higher_better": "darker = better (higher)",
        "map.no_positions": "No map position is known for the districts with figures.",
        "map.unplaced": "Not on the map, position unknown ({n}): {places}",
        "map.alt": "Dot map: {title}. {subtitle}. {n} districts. {better}",
        "scatter.title": "{y} against {x}",
        "scatter.subtitle": "{measures} · {periods} · {n} districts with both figures for one period",
        "scatter.measures": "{y_measure} against {x_measure}",
        "table.district": "District",
        "table.read_source": "Read the passage",
        "compare.display": "Show",
        "compare.display.chart": "Chart",
        "compare.display.table": "Table",
        "view.trend": "Over time",
        "view.trend.desc": "Each indicator of the districts across the periods held, with targets.",
        "view.map": "Map",
        "view.map.desc": "Districts at their real position, coloured by one indicator.",
        "view.scatter": "Two indicators",
        "view.scatter.desc": "Two indicators side by side, one dot per district.",
        "scatter.lower_better": "lower is better",
        "scatter.higher_better": "higher is better",
        "scatter.no_pairs": "No district has both {x} and {y} for the same period.",
        "scatter.other_period": "Not drawn, the two figures are of different periods ({n}): {places}",
        "scatter.alt": "Scatter chart: {title}. {subtitle}.",
        "msg.error_close": "Dismiss the error message",
        # sign-in, add reports, review (issue 10)
        "auth.sign_in": "Sign in",
        "auth.sign_out": "Sign out",
        "auth.why": "Viewing needs no account. Adding reports and reviewing figures do.",
        "auth.name": "User name",
        "auth.password": "Password",
        "auth.bad_password": "Wrong user name or password.",
        "auth.back": "Back to the dashboard",
        "auth.other_lang": "Tiếng Việt",
        "auth.signed_in_as": "Signed in as {name}",
        "auth.required": "Sign in to change data. Nothing was changed.",
        "auth.signed_out_hint": "You are not signed in: you can look, but not add reports or review figures.",
        "view.upload": "Add reports",
        "view.upload.desc": "Upload district reports; the figures read go into the table at once.",
        "view.review": "Review",
        "view.review.desc": "Accept, reject or correct every figure read from the documents.",
        "upload.drop": "Drop files here or click to choose (several at once)",
        "upload.limits": "Formats: {formats}. At most {text_mb} MB per text file, {mb} MB per Word, PDF or image file.",
        "upload.sources": "Files are kept in the sources folder {folder}.",
        "upload.accepted": "Accepted",
        "upload.rejected": "Rejected",
        "upload.no_facts": "Accepted, but no figure of the indicator catalogue was found.",
        "upload.place": "Place",
        "upload.period": "Period",
        "upload.figures": "{n} figures read",
        "upload.seconds": "processed in {seconds} s",
        "upload.too_large": "file larger than {mb} MB",
        "upload.unknown": "unknown",
        "upload.review_link": "Review these figures",
        "review.filter.document": "Document",
        "review.filter.district": "District",
        "review.filter.indicator": "Indicator",
        "review.filter.status": "Status",
        "review.status.unreviewed": "Unreviewed",
        "review.status.accepted": "Accepted",
        "review.status.corrected": "Corrected",
        "review.status.rejected": "Rejected",
        "review.queue": "{n} figures, riskiest first",
        "review.queue_more": "Showing {shown} of {n}; filter to narrow.",
        "review.empty": "No figure matches the filters.",
        "review.pick": "Pick a figure in the list.",
        "review.passage": "Passage",
        "review.read": "What was read",
        "review.accept": "Accept",
        "review.reject": "Reject",
        "review.correct": "Save correction",
        "review.note": "Note (optional)",
        "review.keys": "Keys: A accept · R reject · J/K next/previous figure · edit a field and press Enter to save.",
        "review.saved.accept": "Figure accepted.",
        "review.saved.reject": "Figure rejected.",
        "review.saved.correct": "Correction saved: {fields}.",
        "review.nothing_changed": "No field was changed.",
        "review.invalid": "Not saved: {field}: {problem}",
        "review.gone": "This figure is no longer in the table.",
        "review.history": "History",
        "review.history_item": "{when} · {user}: {action}",
        "review.risk": "Why check it",
        "review.risk.none": "read directly from the sentence",
        "review.risk.ocr": "read by OCR from a scan",
        "review.risk.conflict_resolved": "the document gives another value for the same figure; one was chosen",
        "review.risk.place_unknown": "the place could not be determined",
        "review.risk.derived": "computed from other figures, not stated",
        "review.risk.indicator_far": "the indicator's name is far from the number",
        "review.risk.period_from_document": "period taken from the document, not the sentence",
        "review.risk.period_from_paragraph": "period taken from the paragraph, not the sentence",
        "review.risk.place_from_paragraph": "place taken from the paragraph",
        "review.risk.place_from_document": "place taken from the document",
        "field.indicator": "Indicator",
        "field.measure": "Measure",
        "field.value": "Value",
        "field.unit": "Unit",
        "field.period": "Period",
        "field.place_id": "Place",
        "field.qualifier": "Qualifier",
        "field.target_scope": "Target of",
        "field.target_body": "Target set by",
        "field.none": "(none)",
        "review.mark_explained": "Figures marked ○ have not been confirmed by a reviewer.",
        "review.switch": "Figures",
        "review.switch.all": "All",
        "review.switch.mark": "Mark ○ unreviewed",
        "review.switch.only": "Reviewed only",
    },
}


def norm_lang(lang: str | None) -> str:
    """'en' (or 'en-GB') is English; anything else (None, 'vi', 'vi-VN', junk) is Vietnamese, the default."""
    return "en" if isinstance(lang, str) and lang.lower().startswith("en") else DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, **fmt) -> str:
    """The text for `key` in `lang`, formatted with `fmt`."""
    table = STRINGS.get(lang) or STRINGS[DEFAULT_LANG]
    text = table.get(key)
    if text is None:
        text = STRINGS[DEFAULT_LANG].get(key, key)
    return text.format(**fmt) if fmt else text


def has(key: str, lang: str = DEFAULT_LANG) -> bool:
    return key in STRINGS.get(lang, {})


# ---------------------------------------------------------------- numbers


def _finite(value) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALE[norm_lang(lang)])


@lru_cache(maxsize=None)
def _pattern(pattern: str):
    return parse_pattern(pattern)


@lru_cache(maxsize=65536)
def _format(value: float, pattern: str, lang: str) -> str:
    # babel's own formatting with the locale's symbols; the parsed pattern and locale are reused, and
    # repeated values (many districts share round figures) are looked up. Negative numbers get the true minus
    # sign (U+2212), as plotly writes them on axes, not babel's hyphen-minus.
    text = _pattern(pattern).apply(value, _locale(lang))
    return MINUS + text[1:] if text.startswith("-") else text


def fmt_number(value, lang: str = DEFAULT_LANG, *, signed: bool = False) -> str:
    """'39.740,2' (vi) / '39,740.2' (en); up to two decimals."""
    if not _finite(value):
        return "–"
    return _format(float(value), SIGNED_PATTERN if signed else DECIMAL_PATTERN, norm_lang(lang))


def fmt_percent(value, lang: str = DEFAULT_LANG, *, ratio: bool = False, decimals: int = 2) -> str:
    """A percentage: `value` in percent (1.59 → '1,59 %' / '1.59%'), or a ratio when ratio=True (0.44 → '44 %')."""
    if not _finite(value):
        return "–"
    v = float(value) if ratio else float(value) / 100.0
    pattern = PERCENT_PATTERN[norm_lang(lang)]
    if decimals != 2:
        pattern = pattern.replace("0.##", "0" + ("." + "#" * decimals if decimals > 0 else ""))
    return _format(v, pattern, norm_lang(lang))


def unit_label(unit: str | None, lang: str = DEFAULT_LANG) -> str:
    if not unit:
        return ""
    key = f"unit.{unit}"
    return t(key, lang) if has(key, lang) else unit


def fmt_value(value, unit: str | None, lang: str = DEFAULT_LANG, *, qualifier: str | None = None,
              denominator=None, with_unit: bool = True) -> str:
    """A fact as people read it: 'trên 14.120 tỷ đồng', '1,59 %', '8/18 chỉ tiêu'."""
    if _finite(denominator):
        text = f"{fmt_number(value, lang)}/{fmt_number(denominator, lang)}"
        if with_unit and unit and unit not in ("%",):
            text += f"{NBSP}{unit_label(unit, lang)}"
    elif unit == "%":
        text = fmt_percent(value, lang)
    elif unit == "pp":
        text = f"{fmt_number(value, lang, signed=True)}{NBSP}{unit_label(unit, lang)}"
    else:
        text = fmt_number(value, lang)
        if with_unit and unit:
            text += f"{NBSP}{unit_label(unit, lang)}"
    if qualifier:
        text = f"{qualifier_label(qualifier, lang)} {text}"
    return text


def qualifier_label(qualifier: str | None, lang: str = DEFAULT_LANG) -> str:
    if not qualifier:
        return ""
    key = f"qualifier.{qualifier}"
    return t(key, lang) if has(key, lang) else qualifier


def measure_label(measure: str, lang: str = DEFAULT_LANG) -> str:
    key = f"measure.{measure}"
    return t(key, lang) if has(key, lang) else measure


def family_label(family: str, lang: str = DEFAULT_LANG) -> str:
    key = f"family.{family}"
    return t(key, lang) if has(key, lang) else family


def status_label(status: str, lang: str = DEFAULT_LANG) -> str:
    return t(f"status.{status}", lang)


def scope_label(scope: str | None, lang: str = DEFAULT_LANG) -> str:
    return t(f"scope.{scope}", lang) if scope and has(f"scope.{scope}", lang) else t("scope.unknown", lang)


def body_label(body: str | None, lang: str = DEFAULT_LANG) -> str:
    return t(f"body.{body}", lang) if body and has(f"body.{body}", lang) else ""


def dropdown_labels(lang: str) -> dict:
    """Texts of dcc.Dropdown's own buttons."""
    keys = ("select_all", "deselect_all", "selected_count", "search", "clear_search", "clear_selection",
            "no_options_found")
    return {k: t(f"dropdown.{k}", lang) for k in keys}


def fmt_date(iso: str | None, lang: str = DEFAULT_LANG) -> str:
    """'2023-03-20' → '20/03/2023' (vi) / '20 Mar 2023' (en), by babel; unreadable dates are shown as given."""
    if not iso:
        return ""
    try:
        from datetime import date

        from babel.dates import format_date

        pattern = {"vi": "dd/MM/yyyy", "en": "d MMM yyyy"}[norm_lang(lang)]
        return format_date(date.fromisoformat(str(iso)[:10]), format=pattern, locale=BABEL_LOCALE[norm_lang(lang)])
    except (ValueError, TypeError):
        return str(iso)

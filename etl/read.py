"""One input file → a Document whose `text` is exactly what the extractor sees and the documents table stores.

Everything that changes characters (decoding, HTML → text, NFC, whitespace, web boilerplate) happens here,
once, so the extractor's character offsets stay valid for the stored text. A file that cannot be turned into
trustworthy text becomes a Rejection with a reason; this module never raises for a bad input file.

Decoding (which encodings, and how a guessed one is checked) is etl/decode.py's job; .docx, .pdf, scans and
images are read by etl/readers/ into the same kind of raw text first; data/README.md documents both.
"""
from __future__ import annotations

import hashlib
import io
import re
import stat
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bs4 import BeautifulSoup, CData, NavigableString
from PIL import Image, UnidentifiedImageError

from etl.decode import UndecodableError, convert_legacy_lines, declared_charset, decode_bytes
from etl.readers import CELL_SEPARATOR, PAGE_MARK, ReadError
from etl.readers.docx import read_docx
from etl.readers.layout import page_paragraphs, paged_text
from etl.readers.ocr import MAX_IMAGE_PIXELS, LOW_CONFIDENCE, ocr_page
from etl.readers.pdf import read_pdf

MAX_BYTES = 5 * 1024 * 1024  # a district report is ~10 KB; anything this big is not one report
MAX_BINARY_BYTES = 30 * 1024 * 1024   # a .docx with photos or a scanned PDF of a 20-page report fits easily
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES + PDF_SUFFIXES + IMAGE_SUFFIXES
TITLE_MAX_CHARS = 200


@dataclass(frozen=True)
class Document:
    """A readable input: `text` is the cleaned NFC text every char offset in the tables refers to."""

    source_id: str
    file_name: str
    text: str
    encoding: str
    sha256: str
    title: str | None = None
    published: str | None = None     # ISO date from a dateline, e.g. "2023-03-20"
    warnings: tuple[str, ...] = ()
    method: str = "txt"              # etl.schema.DOCUMENT_METHODS; "ocr": what Tesseract saw, every figure needs a check
    page_starts: tuple[int, ...] | None = None   # PDFs: offset in `text` where each page begins (page 1 first)


@dataclass(frozen=True)
class Rejection:
    """An input that yields no document, and why (shown in the report and the documents table)."""

    source_id: str
    file_name: str
    reason: str
    encoding: str | None = None
    sha256: str | None = None
    method: str | None = None


class _Rejected(Exception):
    """Internal control flow: abandon this file with a reason."""


def read_document(path: Path) -> Document | Rejection:
    """Load one input file; any problem with the file becomes a Rejection, never an exception."""
    path = Path(path)
    source_id, file_name = path.stem, path.name
    suffix = path.suffix.lower()
    sha256 = encoding = method = None
    page_starts = None
    try:
        raw = _read_bytes(path)
        sha256 = hashlib.sha256(raw).hexdigest()
        if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
            method = "html" if suffix in HTML_SUFFIXES else "txt"
            text, encoding, warnings = decode_bytes(
                raw, declared_charset=declared_charset(raw) if method == "html" else None)
            text = remove_boilerplate(normalise_text(html_to_text(text) if method == "html" else text))
        else:
            raw_text, method, encoding, warnings = _read_binary(suffix, raw)
            text, page_starts = paged_clean_text(raw_text)
            if suffix not in PDF_SUFFIXES:
                page_starts = None
        if not text:
            raise _Rejected("no text left after removing markup and web boilerplate")
    except (_Rejected, UndecodableError, ReadError) as rejected:
        return Rejection(source_id, file_name, str(rejected), encoding=encoding, sha256=sha256, method=method)
    except Exception as error:  # noqa: BLE001 — e.g. RecursionError on absurdly nested HTML: one file, one rejection
        reason = f"could not be read: {type(error).__name__}: {error}"
        return Rejection(source_id, file_name, reason, encoding=encoding, sha256=sha256, method=method)
    return Document(
        source_id=source_id,
        file_name=file_name,
        text=text,
        encoding=encoding,
        sha256=sha256,
        title=guess_title(text),
        published=find_published_date(text),
        warnings=tuple(warnings),
        method=method,
        page_starts=page_starts,
    )


def _read_binary(suffix: str, raw: bytes) -> tuple[str, str, str, list[str]]:
    """(raw paged text, method, encoding, warnings) of a .docx, .pdf or image file (etl/readers/)."""
    warnings: list[str] = []
    if suffix in DOCX_SUFFIXES:
        text, warnings = read_docx(raw)
        method, encoding = "docx", "unicode"
    elif suffix in PDF_SUFFIXES:
        pdf = read_pdf(raw)
        text, method, encoding = pdf.text, "ocr" if pdf.ocr_pages else "pdf", "unicode"
        if pdf.ocr_pages:
            warnings.append(_ocr_warning(pdf.ocr_pages, pdf.pages, pdf.ocr_confidence))
    else:
        text, confidence = _ocr_image(raw)
        method, encoding = "ocr", "unicode"
        warnings.append(_ocr_warning((1,), 1, confidence))
    if method != "ocr":   # Tesseract writes Unicode; only typed text can be in a legacy font
        text, legacy, note = convert_legacy_lines(text, keep=PAGE_MARK)
        if legacy:
            encoding = legacy.codec
            warnings.append(note)
    return text, method, encoding, warnings


def _ocr_warning(pages: tuple[int, ...], total: int, confidence: float | None) -> str:
    which = "the image" if total == 1 and pages == (1,) else f"pages {', '.join(map(str, pages))} of {total}"
    mean = f"; mean word confidence {confidence:.0f}%" if confidence is not None else ""
    low = " — low, check the figures against the scan" if confidence is not None and confidence < LOW_CONFIDENCE else ""
    return f"read by OCR (Tesseract, vie): {which}{mean}{low}"


def _ocr_image(raw: bytes) -> tuple[str, float | None]:
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ReadError(f"image too large for OCR: {width}×{height} pixels exceeds {MAX_IMAGE_PIXELS:,}")
            image.load()
            page, confidences = ocr_page(image, page_number=1)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as error:
        raise ReadError(f"not a readable image: {error}") from None
    text = paged_text([page_paragraphs(page)])
    return text, (sum(confidences) / len(confidences) if confidences else None)


_PAGE_MARK_RUN = re.compile(rf"(\n*){PAGE_MARK}( ?)(\n*)")


def paged_clean_text(raw_text: str) -> tuple[str, tuple[int, ...]]:
    """Raw reader text with PAGE_MARKs → (clean text, offset where each page begins in it).

    The marks go through normalisation and boilerplate removal like any character (they are no letter, no space
    and no line of prose), so the page starts are exact offsets of the final text.
    """
    cleaned = remove_boilerplate(normalise_text(raw_text))
    parts: list[str] = []
    starts: list[int] = []
    length = position = 0
    for match in _PAGE_MARK_RUN.finditer(cleaned):
        before = cleaned[position : match.start()]
        parts.append(before)
        length += len(before)
        position = match.end()
        newlines = min(2, max(len(match.group(1)), len(match.group(3))))
        trailing = len(before) - len(before.rstrip("\n")) if before else 0
        at_edge = length == 0 or position == len(cleaned)
        separator = "" if at_edge else "\n" * max(0, newlines - trailing)
        parts.append(separator)
        length += len(separator)
        starts.append(length)
    parts.append(cleaned[position:])
    joined = "".join(parts)
    text = joined.strip("\n")
    shift = len(joined) - len(joined.lstrip("\n"))
    return text, tuple(min(max(0, start - shift), len(text)) for start in starts)


def size_limit(suffix: str) -> tuple[int, str]:
    """The largest file of this extension the reader takes, and the limit's name (text is smaller than binary)."""
    if suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
        return MAX_BYTES, "MAX_BYTES"
    return MAX_BINARY_BYTES, "MAX_BINARY_BYTES"


def too_large_reason(size: int, suffix: str) -> str | None:
    """The reader's rejection of a file of `size` bytes, or None when it fits."""
    limit, limit_name = size_limit(suffix)
    return f"too large: {size:,} bytes exceeds the {limit:,}-byte limit ({limit_name})" if size > limit else None


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, after the checks that need no content: kind, extension, size."""
    try:
        info = path.stat()
    except OSError as error:
        raise _Rejected(f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise _Rejected("is a folder, not a file (sources are read non-recursively)")
    if not stat.S_ISREG(info.st_mode):
        raise _Rejected("not a regular file")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        shown = path.suffix or "(none)"
        raise _Rejected(f"unsupported extension {shown}; accepted: {', '.join(SUPPORTED_SUFFIXES)}")
    limit, limit_name = size_limit(path.suffix)
    if info.st_size > limit:
        raise _Rejected(too_large_reason(info.st_size, path.suffix))
    if info.st_size == 0:
        raise _Rejected("empty file (0 bytes)")
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)   # the file may have grown since stat()
    except OSError as error:
        raise _Rejected(f"cannot read: {error.strerror or error}") from None
    if len(raw) > limit:
        raise _Rejected(f"too large: exceeds the {limit:,}-byte limit ({limit_name})")
    return raw


# --- HTML -----------------------------------------------------------------------------------------------

# Never article text. <header>/<footer> inside <article> are the article's own heading and byline (HTML spec).
_DROPPED_TAGS = ("script", "style", "noscript", "template", "head", "title", "nav", "aside", "form", "iframe", "svg")
_PAGE_CHROME_TAGS = ("header", "footer")
_BLOCK_TAGS = (
    "address", "article", "blockquote", "body", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul",
)
_CELL_TAGS = ("td", "th")
# CELL_SEPARATOR (etl/readers): keeps table cells apart so "2023" and "500" never read as one number "2023 500"


def html_to_text(html: str) -> str:
    """Visible article text of an HTML page, one block element per line.

    One iterative walk over the parsed tree, without editing it: linear even for the thousands-deep nesting
    that unclosed <p>/<div> tags produce (tree edits such as insert_after walk subtrees: quadratic there).
    """
    soup = BeautifulSoup(html, "html.parser")
    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(soup, False)]     # (node or text to emit, inside an <article>)
    while stack:
        node, in_article = stack.pop()
        if isinstance(node, str):
            if type(node) in (str, NavigableString, CData):  # not Comment, Doctype, script/style strings
                parts.append(node)
            continue
        name = node.name
        if name in _DROPPED_TAGS or (name in _PAGE_CHROME_TAGS and not in_article):
            continue
        if name == "br":
            parts.append("\n")
            continue
        in_article = in_article or name == "article"
        if name in _BLOCK_TAGS:
            parts.append("\n")
            stack.append(("\n", in_article))
        elif name in _CELL_TAGS:
            stack.append((CELL_SEPARATOR, in_article))
        stack.extend((child, in_article) for child in reversed(node.contents))
    return "".join(parts)


# --- normalisation --------------------------------------------------------------------------------------

_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")     # a word for counting purposes: two letters or more
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]|[\x00-\x08\x0e-\x1b\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n{3,}")
# Vietnamese text from the web often types Đ/đ as the look-alike Icelandic Eth (U+00D0/U+00F0).
_LOOKALIKES = (("\u00d0", "\u0110"), ("\u00f0", "\u0111"))


def normalise_text(text: str) -> str:
    """LF line ends, NFC, Đ for its look-alike, single spaces, trimmed lines, hard wraps re-joined, at most one blank
    line in a row.

    Character-for-character cleanup only; offsets are taken after this, so nothing here needs to preserve them.
    str.splitlines() knows every line break (CRLF, CR, VT, FF, NEL, U+2028…) and str.split() every Unicode
    space (NBSP, thin space…), both at C speed.
    """
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    for lookalike, letter in _LOOKALIKES:
        text = text.replace(lookalike, letter)
    return _collapse_blank_lines(_join_soft_wraps([" ".join(line.split()) for line in text.splitlines()]))


# Hard-wrapped text ("… 19 mục tiêu chủ yếu của\nNghị quyết Đại hội …", "… cơ quan, đơn vị, địa\nphương."): a line
# that ends without sentence punctuation continues on the next when the next starts in lower case, or when it
# ends on a word no Vietnamese sentence ends with. Lines of a few words (labels, titles cut short) and a next line
# that opens like a metadata field ("date 2020-07") stay apart.
_SENTENCE_PUNCT_END = re.compile(r"[.!?:;…\"'”’»)\]|>*#-]$")
_OPEN_ENDED = re.compile(
    r"(?:^|\s)(?:của|và|với|các|những|là|tại|theo|trong|cho|về|từ|so|thuộc|nhằm|để|bằng|hoặc|nhưng|mà|thì|như|do"
    r"|gồm|cùng)$",
    re.IGNORECASE)
_FIELD_START = re.compile(r"[^\W\d_]+\s+\d")


def _join_soft_wraps(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if out and line and out[-1] and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _continues(line: str, next_line: str) -> bool:
    if _SENTENCE_PUNCT_END.search(line) or len(line.split()) < 5 or not next_line[0].isalpha():
        return False
    if next_line[0].islower():
        return _FIELD_START.match(next_line) is None
    return _OPEN_ENDED.search(line) is not None


def _collapse_blank_lines(text: str) -> str:
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


# --- web boilerplate ------------------------------------------------------------------------------------
# Rules follow Vietnamese news/portal conventions, not particular sites: widget headings, visitor counters,
# share/comment links, pagination, image-slug captions, and the site footer. Two kinds of action:
#   * blank: a line that is only boilerplate becomes empty wherever it is (never article text);
#   * cut: from the first widget heading or footer line after the article's last prose paragraph to the end,
#     everything goes — related-news lists and footers are trailing blocks of lines that are not prose.

_BULLET = r"[\s•·∙◦▪■►▸»>*+\-–—]*"
_WIDGET_HEADINGS = (
    "tin liên quan", "tin cùng chuyên mục", "các tin khác", "tin khác", "tin mới", "tin mới nhất",
    "tin mới cập nhật", "tin đọc nhiều", "tin đọc nhiều nhất", "tin xem nhiều", "tin nổi bật",
    "bài viết liên quan", "bài liên quan", "xem thêm", "xem tiếp", "đọc thêm", "thống kê truy cập",
    "phim tư liệu", "thư viện ảnh", "thư viện video", "video", "liên kết website", "liên kết web",
    "viết bình luận", "viết bình luận mới", "gửi bình luận", "bình luận", "ý kiến bạn đọc", "gửi ý kiến",
    "chia sẻ bài viết", "chia sẻ", "đăng nhập",
)
_UI_LINES = (
    "in bài viết", "in bài", "bản in", "gửi email", "gửi bài viết", "lưu bài viết", "đăng ký", "đăng xuất",
    "quay lại", "trở về", "trở lại", "về đầu trang", "lên đầu trang", "trang chủ", "phản hồi",
    "facebook", "zalo", "twitter", "tweet", "like", "share", "banner trang chủ", "banner", "xem cỡ chữ", "cỡ chữ",
)
_COUNTER_LABELS = (
    r"(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ|bình\s+luận)", r"đang\s+(?:online|truy\s+cập|xem)",
    r"trực\s+tuyến", r"online", r"hôm\s+nay", r"hôm\s+qua", r"trong\s+(?:tuần|tháng|năm)",
    r"(?:tuần|tháng)\s+(?:này|trước)", r"tất\s+cả", r"tổng\s+(?:số\s+)?(?:lượt\s+)?truy\s+cập", r"views?",
)
_FOOTER_PREFIXES = (
    r"đơn\s+vị\s+quản\s+lý", r"cơ\s+quan\s+chủ\s+quản", r"chịu\s+trách\s+nhiệm[^:\n]{0,30}:",
    r"(?:phó\s+)?tổng\s+biên\s+tập\s*:", r"trưởng\s+ban\s+biên\s+tập\s*:",
    r"giấy\s+phép\s+(?:số|xuất\s+bản|thiết\s+lập|hoạt\s+động)", r"bản\s+quyền", r"copyright", r"©",
    r"(?:thiết\s+kế|phát\s+triển)\s+(?:bởi|và\s+phát\s+triển)", r"(?:developed|powered)\s+by",
    r"(?:điện\s+thoại|đt|fax|e-?mail|hotline|địa\s+chỉ|từ\s+khóa|từ\s+khoá|tags?)\s*:",
)
_FOOTER_ANYWHERE = (r"ghi\s+rõ\s+nguồn", r"designed\s+by", r"all\s+rights\s+reserved", r"bản\s+quyền\s+thuộc")


def _alternatives(phrases) -> str:
    return "|".join(re.sub(r" ", r"\\s+", phrase) for phrase in phrases)


_LINE_TAIL = r"(?:\s*\(\d+\))?(?:\s*[:>»›.…]+)*"
_WIDGET_HEADING_LINE = rf"{_BULLET}(?:{_alternatives(_WIDGET_HEADINGS)}){_LINE_TAIL}"
_BLANKED_LINE = re.compile(
    "|".join(
        rf"(?:{line})$"
        for line in (
            _WIDGET_HEADING_LINE,
            rf"{_BULLET}(?:{_alternatives(_UI_LINES)}){_LINE_TAIL}",
            rf"{_BULLET}(?:{'|'.join(_COUNTER_LABELS)})\s*:?[\d.,\s]*",
            r"(?:\d{1,3}\s+){2,}\d{0,3}\s*(?:\.{2,}|…)?\s*(?:>>|»|›|tiếp|sau|next)?",       # pagination
            r"(?:no\s+title\.*\s*)+",                                                  # CMS placeholder
            r"(?:theo\s+dõi\s+)?\S{2,40}\s+trên\s+google\s+news",                     # "BAOTAYNINH.VN trên Google News"
            # An image's file name or slug left where its caption was: "Anh-tin-bai", "IMG_2041.jpg".
            r"(?=\S*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.(?:jpe?g|png|gif|webp))?",
            r"[a-z0-9_-]+\.(?:jpe?g|png|gif|webp)",
        )
    ),
    re.IGNORECASE,
)
_WIDGET_LINE = re.compile(rf"{_WIDGET_HEADING_LINE}$", re.IGNORECASE)
_FOOTER_LINE = re.compile(
    rf"^{_BULLET}(?:{'|'.join(_FOOTER_PREFIXES)})|{'|'.join(_FOOTER_ANYWHERE)}", re.IGNORECASE
)
# Scrapers glue a sidebar heading onto the article's last line ("Ngọc ThơPhim tư liệu"): a title-case
# heading stuck to a letter with no space in between.
_GLUED_HEADING = re.compile(
    r"(?<=[^\W\d_])(?:Phim tư liệu|Tin liên quan|Tin cùng chuyên mục|Các tin khác|Tin khác|Tin mới nhất"
    r"|Tin đọc nhiều|Xem thêm|Thống kê truy cập|Thư viện ảnh|Liên kết website)\s*$"
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_PROSE_MIN_WORDS = 10


def remove_boilerplate(text: str) -> str:
    """Drop web page furniture from normalised text so it can never yield facts; see the rules above."""
    lines = text.split("\n")
    last_prose = next((i for i in range(len(lines) - 1, -1, -1) if _is_prose(lines[i])), -1)
    for index in range(last_prose + 1, len(lines)):
        column = _block_start_column(lines[index])
        if column is not None:
            lines = lines[:index] + [lines[index][:column]]
            break
    kept = ("" if is_boilerplate_line(line) else line.rstrip() for line in lines)
    return _collapse_blank_lines("\n".join(kept))


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is only web furniture (counter, widget heading, share link, slug, pagination, a
    ticker of headlines)."""
    stripped = line.strip()
    return bool(stripped) and (_BLANKED_LINE.match(stripped) is not None or _is_ticker(stripped))


_TICKER_MIN_ITEMS = 3
_TICKER_ITEM_WORDS = 5


def _is_ticker(line: str) -> bool:
    """"Lãnh đạo tỉnh thăm hỏi … | Lãnh đạo thành phố đối thoại … | …": three or more headlines in a row, each a
    phrase of its own (a table row's cells, split the same way, are short labels and figures)."""
    items = [item for item in line.split(CELL_SEPARATOR.strip()) if item.strip()]
    return len(items) >= _TICKER_MIN_ITEMS and all(len(_LETTER_WORD.findall(item)) >= _TICKER_ITEM_WORDS for item in items)


def _block_start_column(line: str) -> int | None:
    """Where a trailing boilerplate block starts in this line, if it does."""
    stripped = line.strip()
    if _WIDGET_LINE.match(stripped) or _FOOTER_LINE.search(stripped):
        return 0
    glued = _GLUED_HEADING.search(line)
    return glued.start() if glued else None


def _is_prose(line: str) -> bool:
    """A paragraph of article text: enough words and a sentence ending (related-news headlines have none)."""
    stripped = line.strip()
    return (
        bool(_SENTENCE_END.search(stripped[-4:]))
        and len(_LETTER_WORD.findall(stripped)) >= _PROSE_MIN_WORDS
        and not is_boilerplate_line(stripped)
        and not _FOOTER_LINE.search(stripped)
    )


# --- metadata -------------------------------------------------------------------------------------------

_MARKUP_PREFIX = re.compile(r"^[#>*•\-–—\s]+")


# A site's clock in brackets after its date banner: "Chủ nhật, 24/11/2024, 15:39[GMT+7]".
_BRACKET_ZONE = re.compile(r"[\[(]\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[\])]", re.IGNORECASE)
# A breadcrumb of a newspaper's section names ("Kinh tế   Công nghiệp – Dịch vụ", "Thời sự » Địa phương"): never a
# headline, spaced apart or not.
_SECTIONS = (
    "kinh tế", "xã hội", "chính trị", "thời sự", "văn hóa", "văn hoá", "thể thao", "giáo dục", "y tế", "pháp luật",
    "quốc phòng", "an ninh", "nông nghiệp", "nông thôn", "công nghiệp", "dịch vụ", "thương mại", "du lịch", "tin tức",
    "địa phương", "trong tỉnh", "trong nước", "quốc tế", "đời sống", "xây dựng đảng", "nông thôn mới", "sự kiện",
    "hoạt động", "tin", "tài chính", "đầu tư", "môi trường", "khoa học", "công nghệ", "bạn đọc", "chuyên mục",
    "phát triển",
)
_BREADCRUMB = re.compile(
    # ("Kinh tế và phát triển": two section names joined by "và")
    rf"^(?:(?:{_alternatives(_SECTIONS)})(?:\s*[–\-/|»>›&,]\s*|\s+và\s+|\s+|$))+$|\S {{3,}}\S|\S\t+\S", re.IGNORECASE)


def guess_title(text: str) -> str | None:
    """First line that reads like a headline: at least three words, not a dateline (nor a date banner with the
    site's clock), not a breadcrumb of section names."""
    index = _headline_index(text)
    if index is None:
        return None
    candidate = _MARKUP_PREFIX.sub("", text.split("\n")[index]).strip()
    if len(candidate) > TITLE_MAX_CHARS:
        candidate = candidate[: TITLE_MAX_CHARS - 1].rstrip() + "…"
    return candidate


def _is_headline(line: str) -> bool:
    candidate = _MARKUP_PREFIX.sub("", line).strip()
    return len(_LETTER_WORD.findall(candidate)) >= 3 and _dateline_date(_BRACKET_ZONE.sub(" ", candidate)) is None \
        and not _BREADCRUMB.search(candidate)


_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_LABEL = r"(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản|phát\s+hành|posted|published|updated)(?:\s+(?:lúc|ngày))?"
_CLOCK = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:sa|ch|am|pm|sáng|chiều|tối)\b)?"
_ZONE = r"\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"
_SEP = r"\s*[-|,–]?\s*"
_NUMERIC_DATE = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
_ISO_DATE = r"(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"
# The formal "<Place>, ngày 10 tháng 01 năm 2024" line that dates an administrative document.
_WORDED_DATE = r"(?:[^\d,]{2,60},\s*)?ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d{2})"
# A byline before the date: "Thuý Hồng - 14:29, 23/07/2020" (a name of up to five words, then a dash or a bar).
_BYLINE = r"(?:[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){0,4}\s+[-–|]\s+)"
# A section after the date: "07:00:20 19/08/2019 | Các cuộc vận động".
_SECTION = r"(?:\s*\|\s*[^\W\d_][^\d|]{0,40})"
_DATELINE = re.compile(
    # (the clock may come first, before the weekday: "10:30 AM Thứ Hai, 15/01/2024")
    rf"^(?P<byline>{_BYLINE})?(?P<label>{_LABEL}\s*:?\s*)?(?P<weekday>{_WEEKDAY}\s*,?\s*)?(?:{_CLOCK}{_SEP})?(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?"
    rf"(?:{_NUMERIC_DATE}|{_ISO_DATE}|{_WORDED_DATE})"
    rf"(?:{_SEP}{_CLOCK})?(?:\s*{_ZONE})?{_SECTION}?\s*\.?$",
    re.IGNORECASE,
)


_HAS_DATE = re.compile(r"\d[/.-]\d|tháng", re.IGNORECASE)   # cheap test before the full dateline pattern


def find_published_date(text: str) -> str | None:
    """ISO date of the first dateline — a line that is only a full date (+ time, zone, label).

    Dates inside sentences ("Nghị quyết số 05 ngày 12-12-2022", "Ngày 05/01, ...") are what the text talks
    about, not when it was published, so only standalone datelines count, and a day without a year never does.
    """
    found = []
    for index, line in enumerate(text.split("\n")):
        dated = _dateline_date(line, banner=True)
        if dated:
            found.append((index, *dated))
    if not found:
        return None
    # "Thứ Sáu, ngày 23 tháng 08 năm 2019" over the headline is the site's calendar of the day the page was
    # copied; a dateline after the headline, or one with a label ("Cập nhật lúc: …"), dates the article.
    headline = _headline_index(text)
    dated = [(i, day) for i, day, banner in found if not (banner and (headline is None or i < headline))]
    return (dated or [(i, day) for i, day, _ in found])[0][1]


def _headline_index(text: str) -> int | None:
    """Which line guess_title takes for the headline."""
    for index, line in enumerate(text.split("\n")):
        if _is_headline(line):
            return index
    return None


# Page tools printed after a dateline: "Thứ Hai, 12/06/2023 14:30 In bài viết", "… Xem cỡ chữ".
_DATELINE_TOOLS = re.compile(
    r"(?:\s*[|,–-]?\s*(?:in\s+bài\s+viết|in\s+bài|bản\s+in|xem\s+cỡ\s+chữ|cỡ\s+chữ|gửi\s+email|chia\s+sẻ|lưu\s+bài\s+viết"
    r"|(?<!\S)a\s*[+-]))+\s*$",
    re.IGNORECASE)
# The last letter of each tool name above (and the sign of "A+"/"A-"): a line ending in none of them holds no tools,
# and this one-character test spares the pattern's try at every character of it.
_TOOLS_LAST_CHARACTER = re.compile(r"[tinữlẻ+-]", re.IGNORECASE)


def _dateline_date(line: str, *, banner: bool = False):
    """The ISO date of a line that is only a dateline, else None; with `banner`, (date, whether it reads like a
    calendar banner: a weekday first, no label, no byline). A line longer than a dateline or without any date shape is
    not read further: the headline test asks this of every line before the title too."""
    if len(line) > 120 or not _HAS_DATE.search(line):
        return None
    line = line.strip()
    if line and _TOOLS_LAST_CHARACTER.match(line[-1]):
        line = _DATELINE_TOOLS.sub("", line)
    match = _DATELINE.match(line.strip())
    if not match:
        return None
    groups = match.groupdict()
    for year, month, day in (("y", "m", "d"), ("iy", "im", "id"), ("wy", "wm", "wd")):
        if groups[year]:
            try:
                iso = date(int(groups[year]), int(groups[month]), int(groups[day])).isoformat()
            except ValueError:
                return None
            return (iso, bool(groups["weekday"]) and not groups["byline"] and not groups["label"]) if banner else iso
    return None

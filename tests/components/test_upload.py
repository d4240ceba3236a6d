"""components/upload.py: the drop zone states formats and limits; one card per file says what became of it."""
from dash import dcc

from components.upload import (POLL_ID, UPLOAD_ID, upload_layout, upload_pending_card, upload_result_card)
from tests.dash_tree import by_id, text, walk

FACT = {"indicator": "poverty_rate", "measure": "level", "value": 2.5, "unit": "%", "period": "2023",
        "quote": "tỷ lệ hộ nghèo còn 2,5%"}


def test_the_drop_zone_refuses_what_the_server_would_and_says_so():
    layout = upload_layout(lang="en", formats=(".txt", ".pdf"), text_max_bytes=2 * 2**20, max_bytes=20 * 2**20,
                           sources_folder="data/sources")
    zone = by_id(layout, UPLOAD_ID)
    assert isinstance(zone, dcc.Upload) and zone.multiple and zone.max_size == 20 * 2**20
    assert zone.accept == ".txt,.pdf"
    words = text(layout)
    assert "Formats: .txt, .pdf. At most 2 MB per text file, 20 MB per Word, PDF or image file." in words
    assert "data/sources" in words
    assert by_id(layout, POLL_ID).disabled   # polling starts only with a job


def test_a_pending_card_names_the_file():
    card = upload_pending_card("bao-cao.docx", lang="en")
    assert "Processing…" in text(card) and "bao-cao.docx" in text(card)
    assert "pending" in card.className


def test_a_rejected_file_card_gives_the_reason_in_the_readers_language():
    card = upload_result_card({"file_name": "x.exe", "accepted": False,
                               "reason": "unsupported extension '.exe'"}, lang="vi")
    assert "Không nhận" in str(card) and "unsupported extension" in str(card)
    assert "rejected" in card.className


def test_an_accepted_file_lists_place_period_and_each_figure_read():
    result = {"file_name": "a.txt", "accepted": True, "place_name": "Huyện A", "province": "Tỉnh B",
              "period": "2023", "seconds": 1.234, "facts": [FACT]}
    card = upload_result_card(result, lang="en", review_href="/?view=review&doc=a")
    words = text(card)
    assert "Accepted" in words and "A District, B Province" in words
    assert "1 figure read" in words and "processed in 1.2 s" in words
    assert "Poverty rate" in words and "tỷ lệ hộ nghèo còn 2,5%" in words
    assert any(getattr(n, "href", None) == "/?view=review&doc=a" for n in walk(card))


def test_an_accepted_file_without_figures_or_place_says_so():
    card = upload_result_card({"file_name": "a.txt", "accepted": True, "facts": []}, lang="en",
                              review_href="/?view=review")
    words = text(card)
    assert "no figure of the indicator catalogue was found" in words
    assert words.count("unknown") == 2   # place and period
    assert not any(isinstance(n, dcc.Link) for n in walk(card))

"""etl/pages.py: the page of a quote from the offsets where each page begins."""
import numpy as np
import pytest

from etl.pages import page_at


@pytest.mark.parametrize("offset, page", [(0, 1), (99, 1), (100, 2), (250, 3), (10_000, 3)])
def test_the_page_holding_an_offset(offset, page):
    assert page_at([0, 100, 250], offset) == page


def test_any_sequence_of_starts_and_no_pages_or_offset_gives_none():
    assert page_at(np.array([0, 100]), 150) == page_at((0, 100), "150") == 2
    assert page_at(None, 5) is page_at([], 5) is page_at([0, 100], None) is page_at([0], "x") is None
    assert page_at([10, 100], 3) == 1   # before the first start: still the first page

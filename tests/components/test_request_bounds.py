"""Bounded work per request: long lists, many parameters and long links are cut or refused with one clear
notice each, never processed in full (issue 9: 40,000 ids in ?dist= or a 60,000-id callback body killed a
worker; 30,000 unknown parameters built a 4.5 MB notice list)."""
from __future__ import annotations

from components.filters import ALL_PREFIX, expand_districts
from components.i18n import LANGS, t
from components.layout import notices_block
from components.state import MAX_LIST_ITEMS, MAX_NOTICES, MAX_QUERY_CHARS, default_state, parse_state

MANY = 5 * MAX_LIST_ITEMS


def notice_texts(notices, lang="en") -> list[str]:
    block = notices_block(notices, lang=lang)
    return [li.children for li in block.children[1].children]


def test_a_link_with_thousands_of_districts_keeps_the_limit_and_says_so(sample_dataset):
    ids = [f"h{i}" for i in range(MANY)] + ["h1", "h2"]
    state, notices = parse_state("?view=compare&dist=" + ",".join(ids), options=sample_dataset.state_options())
    assert state["districts"] == []                             # none of them exists
    assert len(notices) == MAX_NOTICES + 1                      # the cut, some unknown ids, "and N more"
    texts = notice_texts(notices)
    assert texts[0] == f"{MANY + 2} districts asked for (at most {MAX_LIST_ITEMS}): the first {MAX_LIST_ITEMS} are used"
    assert texts[-1] == f"… and {MAX_LIST_ITEMS + 1 - MAX_NOTICES} more"


def test_known_districts_beyond_the_limit_are_cut_in_order(sample_dataset):
    opts = sample_dataset.state_options()
    known = sorted(opts.districts)
    state, notices = parse_state("?dist=" + ",".join(known * 3), options=opts)
    assert state["districts"] == known                           # duplicates dropped, order kept
    assert notices == []


def test_thousands_of_unknown_parameters_give_one_notice(sample_dataset):
    query = "?" + "&".join(f"x{i}=1" for i in range(MANY)) + "&view=targets"
    state, notices = parse_state(query, options=sample_dataset.state_options())
    assert state["view"] == "compare"                            # beyond the parameters read
    assert len(notices) <= MAX_NOTICES + 1
    assert notice_texts(notices)[0] == f"the link has {MANY + 1} parameters (at most 40): only the first 40 were read"
    for lang in LANGS:
        assert not [x for x in notice_texts(notices, lang) if x.startswith("notice.")]


def test_an_overlong_link_is_refused_whole(sample_dataset):
    state, notices = parse_state("?view=targets&ind=" + "a" * MAX_QUERY_CHARS, options=sample_dataset.state_options())
    assert state == default_state(sample_dataset.state_options())
    assert notice_texts(notices, "vi")[0].startswith("liên kết quá dài")


def test_expanding_districts_is_linear_distinct_and_bounded(sample_dataset):
    places = sample_dataset.places
    soc_trang = list(places.loc[places["province_code"] == "94", "place_id"])
    values = ["soc-trang/huyen-tran-de", f"{ALL_PREFIX}94", *[f"x/{i}" for i in range(MANY)], f"{ALL_PREFIX}94",
              {"not": "a string"}]
    out, expanded = expand_districts(values, places)
    assert expanded and len(out) == MAX_LIST_ITEMS == len(set(out))
    assert out[:len(soc_trang)] == ["soc-trang/huyen-tran-de"] + [p for p in soc_trang if p != "soc-trang/huyen-tran-de"]

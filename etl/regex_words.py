"""The words every match of a pattern spells, read from the pattern itself: text without any of them cannot hold a
match, so a scan may skip it unsearched (a containment test costs a fraction of a regex search).
"""
from __future__ import annotations

import re
import re._casefix as _casefix
import re._constants as _C
import re._parser as _parser

_MOST_WORDS = 4   # more alternatives than this cost more to look for than the search they would save
# A plain int: `rx.flags & re.IGNORECASE` goes through the enum's __rand__ (~1 µs, asked on every scan and line).
_IGNORECASE = int(re.IGNORECASE)
_KEPT: dict[int, tuple[re.Pattern, tuple[str, ...]]] = {}
# Letters a case-blind pattern matches beyond their lower and upper case ("ſ" for s, "ı" for i), and the Greek
# final sigma str.lower() decides by context: a lower-cased text cannot stand for them.
_CASE_TRAPS = frozenset(map(chr, _casefix._EXTRA_CASES)) | {"σ", "ς", "i̇"}


def required_words(rx: re.Pattern) -> tuple[str, ...]:
    """Strings one of which every match of the case-sensitive pattern `rx` holds, as they are to be found in the
    text; empty when the pattern does not tell, and for a case-blind one (see may_match)."""
    return () if rx.flags & _IGNORECASE else _words(rx)


def _words(rx: re.Pattern) -> tuple[str, ...]:
    """required_words, lower-cased for a case-blind pattern; kept per pattern (the entry holds the pattern, so its
    id stays its own)."""
    entry = _KEPT.get(id(rx))
    if entry is None or entry[0] is not rx:
        entry = _KEPT[id(rx)] = (rx, _read_words(rx))
    return entry[1]


def may_match(rx: re.Pattern, text: str, low: str | None = None) -> bool:
    """False only when `text` cannot hold a match of `rx` (none of its required words is in it; for a case-blind
    pattern, in its lower case: `low`, text.lower(), when the caller has it already)."""
    words = _words(rx)
    if not words:
        return True
    if rx.flags & _IGNORECASE:
        low = text.lower() if low is None else low
        if len(low) != len(text):
            return True   # a letter whose lower case is longer: the offsets no longer say the same
        text = low
    return any(w in text for w in words)


def _read_words(rx: re.Pattern) -> tuple[str, ...]:
    try:
        found = _required(_parser.parse(rx.pattern, rx.flags), bool(rx.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 — a pattern the parser reads otherwise is merely not pre-filtered
        return ()
    if not found or len(found) > _MOST_WORDS:
        return ()
    if rx.flags & re.IGNORECASE:
        found = {w.lower() for w in found}
        if any(c in _CASE_TRAPS for w in found for c in w):
            return ()
    return tuple(sorted(found))


def _worth(found: set[str]):
    """Few strings first, then long ones (rarer in a text)."""
    return len(found) <= _MOST_WORDS, min(map(len, found)), -len(found)


def _required(items, ignorecase: bool, seen: list | None = None) -> set[str] | None:
    """One of these strings is in every match of the parsed sequence `items`; None when no literal is required.
    Every set found required is added to `seen` when given (a branch looks there for a set all its alternatives
    share)."""
    best, run = None, []

    def consider(found):
        nonlocal best
        if found and seen is not None:
            seen.append(found)
        if found and (best is None or _worth(found) > _worth(best)):
            best = found

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is _C.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE:
                return None   # a part with its own case rule
            consider(_required(av[3], ignorecase))
        elif op is _C.ATOMIC_GROUP:
            consider(_required(av, ignorecase))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(av[2], ignorecase))
        elif op is _C.BRANCH:
            seen_by_alternative = [[] for _ in av[1]]
            alternatives = [_required(alt, ignorecase, found) for alt, found in zip(av[1], seen_by_alternative)]
            if all(alternatives):
                consider(set().union(*alternatives))
                consider(_fewest(seen_by_alternative))
                consider(_shared(seen_by_alternative))
    consider({"".join(run)} if run else None)
    return best


def _fewest(seen_by_alternative: list[list[set[str]]]) -> set[str] | None:
    """Each alternative's smallest required set, together: "xuất phát điểm|…|khi (?:mới )?bắt đầu (?:thực hiện|triển
    khai|xây dựng)" needs "xuất", "điểm", "bước" or "khi", though the last alternative's own best set ("thực", "triển",
    "dựng": longer words) makes the union of the best sets too many to look for. (No one-letter set, as in _shared.)"""
    chosen = []
    for seen in seen_by_alternative:
        sets = [found for found in seen if min(map(len, found)) > 1]
        if not sets:
            return None
        chosen.append(min(sets, key=lambda found: (len(found), -min(map(len, found)))))
    return set().union(*chosen)


def _shared(seen_by_alternative: list[list[set[str]]]) -> set[str] | None:
    """The worthiest set every alternative requires: "(?:giá trị …|sản xuất) (?:công nghiệp|CN)…|(?:công nghiệp|CN) -
    TTCN…" needs "nghiệp" or "cn" whatever the alternative, though each one's own best set differs and all of them
    together are too many to look for. (Not a one-letter set: the parser factors "c" out of "công|cn", and a letter is
    in nearly every sentence.)"""
    first, *others = seen_by_alternative
    common = [found for found in first if min(map(len, found)) > 1 and all(found in other for other in others)]
    return max(common, key=_worth) if common else None

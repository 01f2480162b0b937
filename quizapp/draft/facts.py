"""The facts of one sentence a teacher would ask about, found by patterns and word lists.

A `Fact` knows its kind, the exact text it came from (as offsets into the passage, so a quote
around it is exact), and a value to compare and sort by. People are found as a title or office
followed by a name ("Secretary of State Condoleezza Rice"), as two or three capitalised words
that are no place, organisation or common word ("Bob Livingston"), and, once known, by their
surname alone ("Cuellar has denied").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from quizapp.draft import lexicon as L

YEAR, DATE, NUMBER, PERSON, PLACE, ORG, EVENT, QUOTE, CAUSE = (
    "year", "date", "number", "person", "place", "organization", "event", "quote", "cause",
)  # fmt: skip
ROLE_WORDS = L.TITLE_WORDS - {
    "Democratic", "Republican", "Defense", "Foreign", "Interior", "Navy", "Army", "Treasury",
    "Commerce", "Energy", "Senate", "House", "State", "Vice", "Deputy", "Assistant", "Under",
    "Chief", "Attorney",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: its kind, where it stands in its passage, and what it says."""

    kind: str
    start: int  # offsets into the passage text
    end: int
    text: str  # the words as the text has them
    value: str  # the comparable value: a full name, "1919", "1919-09-18", "0.333"
    office: str = ""  # for a person: the title or office the text gives them
    extra: str = ""  # for a number: its unit; for a quote: the verb; for a cause: the marker
    answers: tuple[str, ...] = field(default=())  # accepted short answers, best first
    office_start: int = -1  # where the office before a person's name starts


# Patterns below start with the digit or letter they match, and look behind it only then: the
# regular expression engine jumps straight to such characters instead of trying every position
# (the looks behind reach one character further back, past the one just matched).
# A year, not preceded by a digit, ".", ",", a currency or a word character, nor followed by a
# digit, "%" or "percent".
_YEAR = re.compile(
    r"(?:1[0-9]{3}|20[0-9]{2})(?<![\d,.$£€-]....)(?<!\w....)\b(?![\d%]|\.\d| ?(?:%|percent))"
)
_MONTH = "|".join(sorted(L.MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.? (?P<d1>\d{{1,2}}),? (?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}) (?P<m2>{_MONTH}) (?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH}) (?P<y3>\d{{4}}))\b"
)
_UNIT = "|".join(re.escape(u) for u in sorted(L.UNITS, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?P<num>\d(?<![\w.,-]\d)(?:\d{{0,2}}(?:,\d{{3}})+|\d*(?:\.\d+)?))"
    rf"(?P<scale> (?:thousand|million|billion))?"
    rf"(?P<unit> ?(?:{_UNIT}))(?![\w/])"
)
_FRACTION = re.compile(r"\b(" + "|".join(sorted(L.FRACTIONS, key=len, reverse=True)) + r")\b")
_QUOTED = re.compile(r"[“\"]([^”\"]{24,})[”\"]")
_EVENT = re.compile(
    r"\b((?:[A-Z][^\W\d_]+(?:[-–][A-Z][^\W\d_]+)* )+(?:" + "|".join(L.EVENT_HEADS) + r"))\b"
)
_DIGIT = re.compile(r"\d")


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A quick look for whether any of `words` is in a sentence at all (a plain alternation of
    literals scans fast; the full pattern, with its look-behinds, runs only where it is)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_ANY_MULTIWORD_PLACE = _any_of(L.MULTIWORD_PLACES)
_ANY_MONTH = _any_of(L.MONTHS)
_ANY_EVENT_HEAD = _any_of(L.EVENT_HEADS)
_ANY_FRACTION = _any_of(L.FRACTIONS)


def behind_first(words: Iterable[str], behind: str) -> str:
    r"""An alternation of `words` (in the order given), each standing where `behind` (a class of
    one character) does not stand just before it, e.g. `(?<![^\W\d_]|-)(?:Paris|San Jose)`,
    written so the look behind comes after each word's first character: the engine then jumps
    straight to those first characters instead of trying every position."""
    return "|".join(re.escape(w[:1]) + f"(?<!(?:{behind}).)" + re.escape(w[1:]) for w in words)


_PLACES_MULTI = re.compile(
    "("
    + behind_first(sorted(L.MULTIWORD_PLACES, key=len, reverse=True), r"[^\W\d_]|-")
    + r")(?![A-Za-z-])"
)


def find_facts(
    passage: str,
    start: int,
    end: int,
    known_people: dict[str, str],
    numbers: list[Fact] | None = None,
    chains: list[Chain] | None = None,
) -> list[Fact]:
    """The facts in `passage[start:end]` (one sentence), in the order they appear.

    `known_people` maps a surname to a full name met anywhere in the text, so that "Wilson"
    alone is the same person as "President Wilson". `numbers` and `chains` are `find_numbers`
    and `find_chains` of the sentence when known already: a second look with more people known
    need not repeat them.
    """
    sentence = passage[start:end]
    facts = find_numbers(sentence, start) if numbers is None else list(numbers)
    taken = [(f.start, f.end) for f in facts]
    add = functools.partial(_add, facts, taken)

    multi = (
        [(start + m.start(), start + m.end()) for m in _PLACES_MULTI.finditer(sentence)]
        if _ANY_MULTIWORD_PLACE.search(sentence)
        else []
    )
    if chains is None:
        chains = find_chains(passage, start, end)
    for fact in _names(passage, chains, known_people, multi):
        add(fact)
        if fact.office_start >= 0:  # "United States" in an office is no place to ask about
            taken.append((fact.office_start, fact.start))
    for s, e in multi:  # a whole "Washington, D.C." beats the "Washington" inside it
        inside = [f for f in facts if f.kind == PLACE and s <= f.start and f.end <= e]
        for f in inside:
            facts.remove(f)
            taken.remove((f.start, f.end))
        add(Fact(PLACE, s, e, passage[s:e], passage[s:e]))
    facts += _quotes(passage, start, sentence, facts)
    facts += _causes(start, sentence)
    facts.sort(key=lambda f: (f.start, f.kind))
    return facts


def find_numbers(sentence: str, start: int) -> list[Fact]:
    """The dates, amounts, years, fractions and events of a sentence (at `start` in its
    passage), the facts that do not depend on which people are known."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    add = functools.partial(_add, facts, taken)

    # each pattern runs only where the words it needs are there at all (a cheap look first)
    digits = _DIGIT.search(sentence) is not None
    if digits and _ANY_MONTH.search(sentence):
        for m in _DATE.finditer(sentence):
            add(_date(m, start))
    for m in _AMOUNT.finditer(sentence) if digits else ():
        # "1998 kg" is an amount, "in 2011 people" a year
        before = sentence[: m.start()].rstrip().rsplit(" ", 1)[-1]
        if not (_YEAR.fullmatch(m.group("num")) and before.capitalize() in _YEAR_AFTER):
            add(_amount(m, start, sentence))
    for m in _YEAR.finditer(sentence) if digits else ():
        before = sentence[: m.start()].rstrip().rsplit(" ", 1)[-1]
        if (
            before[:1].isupper()
            and before not in L.MONTHS
            and before.rstrip(".") not in _YEAR_AFTER
        ):
            continue  # "Section 907", "Route 1999": a name, not a year
        add(Fact(YEAR, start + m.start(), start + m.end(), m.group(), m.group()))
    if _ANY_FRACTION.search(sentence):
        for m in _FRACTION.finditer(sentence):
            value = f"{L.FRACTIONS[m.group()]:.3f}"
            add(
                Fact(NUMBER, start + m.start(), start + m.end(), m.group(), value, extra="fraction")
            )
    if _ANY_EVENT_HEAD.search(sentence):
        for m in _EVENT.finditer(sentence):
            first = m.group().split(" ", 1)[0]  # "The Hundred Years War", but "First World War"
            text = m.group().split(" ", 1)[1] if first in _LEADING_WORDS else m.group()
            s = start + m.end() - len(text)
            add(Fact(EVENT, s, start + m.end(), text, text))
    return facts


def _add(facts: list[Fact], taken: list[tuple[int, int]], fact: Fact) -> None:
    """Add a fact unless its words are part of one found before."""
    if any(fact.start < e and s < fact.end for s, e in taken):
        return
    facts.append(fact)
    taken.append((fact.start, fact.end))


_LEADING_WORDS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "Of",
    "During",
    "After",
    "Before",
    "Since",
}
_YEAR_AFTER = {"In", "By", "Since", "Until", "From", "After", "Before", "During", "Circa", "Of"}


def _date(m: re.Match[str], offset: int) -> Fact:
    month = m.group("m1") or m.group("m2") or m.group("m3")
    year = m.group("y1") or m.group("y2") or m.group("y3")
    day = m.group("d1") or m.group("d2") or "00"
    value = f"{year}-{L.MONTHS[month]:02d}-{int(day):02d}"
    return Fact(DATE, offset + m.start(), offset + m.end(), m.group(), value, extra=year)


def _amount(m: re.Match[str], offset: int, sentence: str) -> Fact:
    number = float(m.group("num").replace(",", ""))
    unit = m.group("unit").strip()
    return Fact(
        NUMBER,
        offset + m.start(),
        offset + m.end(),
        m.group(),
        f"{number:g}",
        extra=unit,
    )


def _words(sentence: str, offset: int) -> list[tuple[int, int, str]]:
    """The words a chain of names may start or end with: those that start with a capital
    (or any letter outside ASCII). The others (most of a sentence) only end a chain, which the
    gap they leave between two kept words does too; connectors are looked for in those gaps."""
    out = [
        (offset + m.start(), offset + m.end(), m.group()) for m in _CHAIN_WORD.finditer(sentence)
    ]
    if "." not in sentence:
        return out
    return [_without_stop(w) if w[2][-1] == "." else w for w in out]


def _without_stop(w: tuple[int, int, str]) -> tuple[int, int, str]:
    """A word's full stop is no part of it, unless the word is an abbreviation ("Sen.")."""
    s, e, word = w
    if word not in L.ABBREVIATIONS and "." not in word[:-1]:
        return s, e - 1, word[:-1]
    return w


def _capital(word: str) -> bool:
    return word[:1].isupper()


Chain = list[tuple[int, int, str]]  # words with their start and end in the passage


def find_chains(passage: str, start: int, end: int) -> list[Chain]:
    """Runs of capitalised words, joined by single spaces and lower-case connectors."""
    chains: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for w in _words(passage[start:end], start):
        if not w[2][:1].isupper():  # "élan": no part of a name, and the end of one
            if current:
                chains.append(current)
                current = []
            continue
        if current:
            last = current[-1][1]
            gap = passage[last : w[0]]
            if gap == " ":
                current.append(w)
                continue
            # one or two connectors, spaced singly: "Secretary of State", "Bank of the West"
            spaced = len(gap) <= _GAP_MAX and gap[:1] == gap[-1:] == " "
            between = gap[1:-1].split(" ") if spaced else ()
            if 1 <= len(between) <= 2 and _JOINERS.issuperset(between):
                for word in between:
                    current.append((last + 1, last + 1 + len(word), word))
                    last += 1 + len(word)
                current.append(w)
                continue
            chains.append(current)
        current = [w]
    if current:
        chains.append(current)
    return chains


_OFFICE_ABBREVIATIONS = {
    "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
    "Col.": "Colonel", "Capt.": "Captain", "Adm.": "Admiral", "Lt.": "Lieutenant",
    "Prof.": "Professor", "Pres.": "President",
}  # fmt: skip
_COUNTRY_WORDS = {"U.S.", "US", "USA", "UK", "U.K."}
_JOINERS = L.CONNECTORS | {"on", "and", "for", "in"}
_GAP_MAX = 3 + 2 * max(map(len, _JOINERS))  # " of the ": two connectors and their spaces
_L = r"[^\W\d_]"  # a letter
_NOT_AFTER = rf"(?<!{_L}.)(?<!{_L}-.)"  # where a word starts: no letter, nor letter and hyphen
# a word that starts with a capital or a letter outside ASCII ("U.S.", "Sen.", "Jean-Paul",
# "Éva"), its first letter matched before looking behind it, so the engine jumps to capitals
_CHAIN_WORD = re.compile(
    rf"[A-Z]{_NOT_AFTER}(?:\.(?:[A-Z]\.)+|{_L}*(?:-{_L}+)*\.?)"
    rf"|[^\W\d_a-zA-Z]{_NOT_AFTER}{_L}*(?:-{_L}+)*\.?"
)
_ORG_IN = {"Commission", "Conference", "Organization", "Organisation", "Council"}


def _names(
    passage: str, chains: list[Chain], known: dict[str, str], multi: list[tuple[int, int]]
) -> list[Fact]:
    facts: list[Fact] = []
    for chain in chains:
        facts += _classify(passage, chain, known, multi)
    return facts


def _span(passage: str, part: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    return part[0][0], part[-1][1], passage[part[0][0] : part[-1][1]]


def _classify(
    passage: str,
    chain: list[tuple[int, int, str]],
    known: dict[str, str],
    multi: list[tuple[int, int]],
) -> list[Fact]:
    if len(chain) == 1:  # most chains are one word: what the rules below make of one
        s, e, word = chain[0]
        if word in L.ORG_HEADS or word in L.ORG_ABBREVIATIONS:
            return _organisations(passage, chain)
        if any(ms < e and s < me for ms, me in multi):
            return []
        if word in L.PLACES:
            return [Fact(PLACE, s, e, word, word)]
        if word in known:
            return [Fact(PERSON, s, e, passage[s:e], known[word])]
        return []
    words = [w[2] for w in chain]
    if "and" in words and L.ORG_HEADS.isdisjoint(words):
        # "President Jimmy Carter and General Omar Torrijos": two people, each with a title
        cut = words.index("and")
        return _classify(passage, chain[:cut], known, multi) + _classify(
            passage, chain[cut + 1 :], known, multi
        )
    # a title and then a name: "United States Secretary of the Navy Ray Mabus"
    cut = len(chain)
    while cut > 0 and _name_word(words[cut - 1]):
        cut -= 1
    if 1 <= len(chain) - cut <= 3 and not ROLE_WORDS.isdisjoint(words[:cut]):
        name = chain[cut:]
        office = _trim_connectors(chain[:cut])
        while office and office[0][2] in L.NOT_NAMES and office[0][2] not in _COUNTRY_WORDS:
            office = _trim_connectors(office[1:])  # "Then Sen. Lugar": the office is "Sen."
        s, e, text = _span(passage, name)
        full = known.get(name[-1][2], text) if len(name) == 1 else text
        if not office:
            return [Fact(PERSON, s, e, text, full)]
        office_text = " ".join(
            _OFFICE_ABBREVIATIONS.get(w, w) for w in _span(passage, office)[2].split()
        )
        return [Fact(PERSON, s, e, text, full, office=office_text, office_start=office[0][0])]
    if not L.ORG_HEADS.isdisjoint(words):
        return _organisations(passage, chain)
    if len(words) >= 3 and words[0] in L.PLACE_HEADS and words[1] == "of" and len(words) <= 5:
        s, e, text = _span(passage, chain)  # "Isthmus of Panama", "Gulf of Mexico"
        return [Fact(PLACE, s, e, text, text)]
    facts: list[Fact] = []
    for part in _split(chain, _PART_BREAKS):
        part_words = [w[2] for w in part]
        s, e, text = _span(passage, part)
        if any(ms < e and s < me for ms, me in multi):
            continue  # "San Francisco", "Washington, D.C.": added whole afterwards
        if 2 <= len(part) <= 4 and not L.PLACE_HEADS.isdisjoint(part_words):  # "Mount Everest"
            if part_words[0] == "The":
                s, e, text = _span(passage, part[1:])
            facts.append(Fact(PLACE, s, e, text, text))
        elif L.PLACES.issuperset(part_words):
            facts += [Fact(PLACE, w[0], w[1], w[2], w[2]) for w in part]
        elif (
            2 <= len(part) <= 3
            and all(_name_word(w) for w in part_words[1:])
            and (_name_word(part_words[0]) or part_words[0] in L.NAME_ALLOWED)
        ):
            facts.append(Fact(PERSON, s, e, text, text, office=_office_before(passage, s)))
        elif len(part) == 1 and part_words[0] in known:
            facts.append(Fact(PERSON, s, e, text, known[part_words[0]]))
    return facts


_PART_BREAKS = frozenset({"and", "in", "on", "for", "of", "the"})


def _organisations(passage: str, chain: list[tuple[int, int, str]]) -> list[Fact]:
    """An organisation's name, without a trailing "in <place>" unless its head allows it."""
    words = [w[2] for w in chain]
    cut = len(chain)
    for i, w in enumerate(words):
        if w == "in" and not _ORG_IN & set(words[:i]):
            cut = i
            break
    org = _trim_connectors(chain[:cut])
    if len(org) > 1 and org[0][2] == "The":
        org = org[1:]
    s, e, text = _span(passage, org)
    facts = [Fact(ORG, s, e, text, text)]
    rest = [w for w in chain[cut + 1 :] if w[2] in L.PLACES]
    facts += [Fact(PLACE, w[0], w[1], w[2], w[2]) for w in rest]
    return facts


def _office_before(passage: str, start: int) -> str:
    """ "the House Appropriations Committee chairman, Bob Livingston" gives the office."""
    before = passage[max(0, start - 80) : start]
    # a cheap look first: the words before must end in an office noun, a comma and a space
    tail = before[:-1] if before.endswith("\n") else before
    if not tail.endswith(" "):
        return ""
    tail = tail[:-1]
    if not (tail[:-1] if tail.endswith(",") else tail).endswith(_OFFICE_ENDINGS):
        return ""
    m = _OFFICE_BEFORE.search(before)
    return m.group(1) if m else ""


_OFFICE_ENDINGS = tuple(L.OFFICE_NOUNS)
_OFFICE_BEFORE = re.compile(
    r"((?:[A-Z][\w.]*(?: (?:of|on|for|and|the))? )+(?:" + "|".join(L.OFFICE_NOUNS) + r")),? $"
)


def _name_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and word not in _NEVER_NAMES
        and not word.isupper()
        and "." not in word[1:]
    )


# words that are no part of a person's name: one set, so one look
_NEVER_NAMES = (
    L.NOT_NAMES | L.TITLE_WORDS | L.ORG_HEADS | L.PLACES | set(L.MONTHS) | L.ORG_ABBREVIATIONS
)


def _split(chain: Chain, at: frozenset[str]) -> list[Chain]:
    parts: list[Chain] = [[]]
    for w in chain:
        if w[2] in at:
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def _trim_connectors(chain: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while chain and not _capital(chain[0][2]):
        chain = chain[1:]
    while chain and not _capital(chain[-1][2]):
        chain = chain[:-1]
    return chain


_SAID_COLON = re.compile(r"\b(" + "|".join(L.SPEECH_VERBS) + r"): (?=[A-Z])")
_SAID_BEFORE = re.compile(r"\b(" + "|".join(L.SPEECH_VERBS) + r")\b[^.]{0,40}$")
_ALONG_WITH = re.compile(r"\b(?:and|along with|together with)\b")


def _quotes(passage: str, offset: int, sentence: str, facts: list[Fact]) -> list[Fact]:
    """Quoted words, or words after "wrote:", with the person who said them."""
    found: list[Fact] = []
    spans = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(sentence)]
    colon = _SAID_COLON.search(sentence) if ": " in sentence else None
    if colon:
        spans.append((colon.end(), len(sentence)))
    for s, e in spans:
        opening = sentence[:s].rstrip('“" ')
        verb = _SAID_BEFORE.search(opening)
        if not verb:
            continue
        people = [f for f in facts if f.kind == PERSON and f.end - offset <= verb.start()]
        if not people:
            continue
        # the nearest person said it, with anyone joined to them by "and" / "along with"
        speakers = [people[-1]]
        for earlier in reversed(people[:-1]):
            gap = passage[earlier.end : speakers[-1].start]
            if not _ALONG_WITH.search(gap):
                break
            speakers.append(earlier)
        answers = tuple(dict.fromkeys(f.value for f in speakers))
        words = sentence[s:e].rstrip(".").split()
        if len(words) < 5:
            continue
        found.append(
            Fact(
                QUOTE, offset + s, offset + e, sentence[s:e], " ".join(words),
                extra=verb.group(1), answers=answers,
            )
        )  # fmt: skip
    return found


_CAUSE = re.compile(
    r"\b(" + "|".join(re.escape(m) for m in sorted(L.CAUSE_MARKERS, key=len, reverse=True)) + r") ",
    re.IGNORECASE,
)


_ANY_CAUSE = _any_of(L.CAUSE_MARKERS)
FOLD_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD_TO_ASCII = str.maketrans(FOLD_TO_ASCII)
_FOLDABLE = re.compile("[" + "".join(FOLD_TO_ASCII) + "]")
_CLAUSE_END = re.compile(r"[,;:.\[]")
_CLAUSE_END_NO_COMMA = re.compile(r"[;:.\[]")


def _causes(offset: int, sentence: str) -> list[Fact]:
    """What follows "in response to", "because" and the like, up to the clause's end."""
    found: list[Fact] = []
    # a marker in any case shows in the lower-cased sentence, once the four letters outside
    # ASCII that match an ASCII letter when case is ignored ("İ", "ı", "ſ", "K") are folded
    folded = (
        sentence.translate(_FOLD_TO_ASCII)
        if not sentence.isascii() and _FOLDABLE.search(sentence)
        else sentence
    )
    if not _ANY_CAUSE.search(folded.lower()):
        return found
    for m in _CAUSE.finditer(sentence):  # the longest marker wins: "because of", not "because"
        marker = m.group(1).casefold()
        tail = sentence[m.end() :]
        stop = _CAUSE.search(tail)
        end = _CLAUSE_END.search(tail)
        cut = min(x.start() for x in (stop, end) if x) if stop or end else len(tail)
        cause = tail[:cut].strip()
        s = offset + m.end()
        if marker == "as instead of" and end and tail[end.start()] == ",":
            # "as instead of recognition, Wilson advised ...": the reason is the next clause
            rest = tail[end.end() :]
            stop_rest = _CLAUSE_END_NO_COMMA.search(rest)
            cause = (rest[: stop_rest.start()] if stop_rest else rest).strip()
            s = offset + m.end() + end.end() + (len(rest) - len(rest.lstrip()))
        if cause:
            found.append(Fact(CAUSE, s, s + len(cause), cause, cause, extra=marker))
    return found


def surnames(facts: list[Fact]) -> dict[str, str]:
    """Surname -> full name for people met with a full name, when only one has that surname."""
    seen: dict[str, set[str]] = {}
    for f in facts:
        if f.kind == PERSON and " " in f.value:
            seen.setdefault(f.value.split()[-1], set()).add(f.value)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

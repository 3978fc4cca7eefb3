"""Page furniture: the lines of a page that are no article text, each rule with its reason.

A rule is one entry: the reason extract's `debris` gives, the kind of block it makes, the test,
and a line it takes (tests/analyse/test_segment.py checks each rule takes its own example). A rule
that may fire inside a paragraph (`in_sentence`) takes only the sentences it names, never the
paragraph around them. Rules in BEFORE_TITLE are tried before a block can be the headline, those
in AFTER_TITLE only after (a headline may look like a caption or be written in capitals).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from briefing.analyse.segment.lexicon import BOILERPLATE_LINES, READ_MORE_PHRASES, RELATED_LIST_HEADINGS
from briefing.analyse.segment.patterns import (
    AGENCY_PHOTO,
    AUTHOR_BIO,
    COMMENT_POLICY,
    COMPANY_PROFILE,
    CONTACT_LINE,
    COOKIE_NOTICE,
    COUNTER,
    CREDIT_PATTERN,
    DATELINE_LINE,
    FILE_PHOTO,
    IMAGE_CREDIT,
    LINK_LINE,
    NEWSLETTER,
    PHOTO_CREDIT,
    PHOTO_LABEL,
    PHOTO_POSITION,
    PHOTO_POSITIONS,
    PICTURED,
    POST_DETAILS,
    PROMPT_SENTENCE,
    READ_MORE,
    REPRINT_NOTICE,
    SHORTCODE,
    TIMESTAMP_LINE,
    TWEET_SIGNATURE,
    WHOLE_LINE_FURNITURE,
    WIRE_PHOTO_CAPTION,
)
from briefing.model import BOILERPLATE, CAPTION, CREDIT, BlockKind

# Longest line a whole-line rule takes: a longer one is article text that happens to start alike.
FURNITURE_LINE = 120
# A related article's headline in capitals runs to at least this many words.
SHOUTED_WORDS = 4


@dataclass(frozen=True)
class Furniture:
    reason: str  # what extract's debris says of the line
    kind: BlockKind
    matches: Callable[[str], bool]
    example: str  # a line the rule takes
    in_sentence: bool = False  # may take a sentence out of a longer paragraph


def furniture_line(line: str) -> bool:
    """One of the whole lines pages carry: "Share this article", "Accessibility links"."""
    return line_key(line) in BOILERPLATE_LINES


def related_list_heading(line: str) -> bool:
    """"You may also like…": the heading of a list of other articles' headlines."""
    return line_key(line) in RELATED_LIST_HEADINGS


@lru_cache(maxsize=1024)  # the rules ask for these of each line in turn
def line_key(line: str) -> str:
    return re.sub(r"[^\w\s-]", "", line).strip().lower()


@lru_cache(maxsize=1024)
def lowered(line: str) -> str:
    return line.lower()


def read_more_link(line: str) -> bool:
    """"READ MORE: …", "Also on rt.com …": a link to another article (its phrase, then a colon)."""
    low = lowered(line)
    return ((":" in line and any(phrase in low for phrase in READ_MORE_PHRASES)) or "also on " in low) \
        and bool(READ_MORE.search(line))


def short(pattern: re.Pattern) -> Callable[[str], bool]:
    return lambda line: len(line) < FURNITURE_LINE and bool(pattern.match(line))


def found(pattern: re.Pattern, *hints: str) -> Callable[[str], bool]:
    """The pattern anywhere in the line; `hints`, words one of which it always holds, spare most
    lines the search (the patterns ignore case, which makes them slow over long paragraphs)."""
    if not hints:
        return lambda line: bool(pattern.search(line))
    return lambda line: any(hint in lowered(line) for hint in hints) and bool(pattern.search(line))


def shouted(line: str) -> bool:
    """A headline in capitals: a related article's ("A LONG, DRAWN OUT HISTORY OF TAYLOR SWIFT'S FEUDS")."""
    if sum(char.islower() for char in line[:40]) > 4:  # most lines: written in lower case, told at once
        return False
    letters = [char for char in line if char.isalpha()]
    return (len(line.split()) >= SHOUTED_WORDS and len(letters) >= 15
            and sum(char.isupper() for char in letters) >= 0.9 * len(letters))


def photo_credit_line(line: str) -> bool:
    return len(line.split()) <= 6 and bool(PHOTO_CREDIT.match(line))


BEFORE_TITLE = (
    Furniture("related list", BOILERPLATE, related_list_heading, "You may also like..."),
    Furniture("page furniture", BOILERPLATE, furniture_line, "Share this article"),
    Furniture("share or sign-up prompt", BOILERPLATE, short(WHOLE_LINE_FURNITURE), "Follow us on Twitter"),
    Furniture("reporting credit", CREDIT, found(CREDIT_PATTERN),
              "Some information for this report came from Reuters.", in_sentence=True),
    Furniture("link", BOILERPLATE, short(LINK_LINE), "Ticket details: http://www.daviscupfinals.com/"),
    Furniture("tweet signature", BOILERPLATE, short(TWEET_SIGNATURE),
              "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"),
    Furniture("newsletter sign-up", BOILERPLATE, found(NEWSLETTER, "newsletter"),
              "Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox.",
              in_sentence=True),
    Furniture("prompt", BOILERPLATE, found(PROMPT_SENTENCE, "sign up", "subscribe", "click", "tap here"),
              "Click here to get more information or download this game.", in_sentence=True),
    Furniture("read-more link", BOILERPLATE, read_more_link,
              "READ MORE: China plague outbreak confirmed in Beijing", in_sentence=True),
    Furniture("contact line", BOILERPLATE, found(CONTACT_LINE, "@"), "Write to Al Root at allen.root@dowjones.com",
              in_sentence=True),
    Furniture("company profile", BOILERPLATE, found(COMPANY_PROFILE),
              "Ascom is a global solutions provider for healthcare. It is headquartered in Baar, Switzerland."),
    Furniture("dateline", BOILERPLATE, short(DATELINE_LINE), "BAAR, SWITZERLAND"),
    Furniture("comment policy", BOILERPLATE, found(COMMENT_POLICY, "comment", "comentário", "kommentar"),
              "Comments that are abusive or off-topic will not be approved by the moderator.", in_sentence=True),
    Furniture("page code", BOILERPLATE, found(SHORTCODE, "[/"), "[button link=”/submit/” type=”big”] Send us YOUR kit "
              "review[/button]"),
    Furniture("reprint notice", BOILERPLATE, found(REPRINT_NOTICE, "non-", "copies", "reprint"),
              "This copy is for your personal, non-commercial use only.", in_sentence=True),
    Furniture("cookie notice", BOILERPLATE, found(COOKIE_NOTICE, "cookie"),
              "We use cookies to improve your experience; by continuing you accept our cookie policy.",
              in_sentence=True),
    Furniture("counter", BOILERPLATE, short(COUNTER), "12 Comments"),
    Furniture("publication time", BOILERPLATE, short(TIMESTAMP_LINE), "Updated at 1:23 p.m."),
    Furniture("post details", BOILERPLATE, short(POST_DETAILS),
              "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad"),
    Furniture("author bio", BOILERPLATE, short(AUTHOR_BIO),
              "Jane Doe is a senior reporter for the Harbour Times covering shipping."),
)
AFTER_TITLE = (
    Furniture("wire photo caption", CAPTION, found(WIRE_PHOTO_CAPTION),
              "Antony Blinken speaks in Bogota, Colombia, Oct. 20, 2021."),
    Furniture("file photo", CAPTION, found(FILE_PHOTO), "FILE - A ship waits off the port."),
    Furniture("agency photo", CAPTION, found(AGENCY_PHOTO), "Crowds gather. (AP Photo/Jane Doe)"),
    Furniture("photo label", CAPTION, found(PHOTO_LABEL, "photo", "picture", "image"), "Main image credit: Getty"),
    Furniture("pictured", CAPTION, found(PICTURED, "pictured"),
              "I tested the older charger (pictured above) for a month.", in_sentence=True),
    Furniture("photo position", CAPTION, found(PHOTO_POSITION, *(f"{where})" for where in PHOTO_POSITIONS)),
              "Jermaine Beckford (left) and Daniel Johnson celebrate in the second half", in_sentence=True),
    Furniture("image credit", CAPTION, found(IMAGE_CREDIT, "©"),
              "Jewels after Jewels, installation views, photos © Inexhibit, 2018", in_sentence=True),
    Furniture("photo credit", CAPTION, photo_credit_line, "Getty/Instagram."),
    Furniture("related headline", BOILERPLATE, shouted, "A LONG, DRAWN OUT HISTORY OF TAYLOR SWIFT'S FEUDS"),
)
IN_SENTENCE = tuple(rule for rule in BEFORE_TITLE + AFTER_TITLE if rule.in_sentence)


def first_rule(rules: tuple[Furniture, ...], line: str) -> Furniture | None:
    return next((rule for rule in rules if rule.matches(line)), None)

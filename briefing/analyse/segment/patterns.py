"""The regular expressions that tell a block's kind (debris, credit, byline, caption) and a wire dateline."""
from __future__ import annotations

import re

from briefing.analyse.lexicon import MONTH_ABBREVIATIONS

BOILERPLATE_PATTERN = re.compile(
    r"^(?:(?:share|follow|subscribe|sign up|click here|read more|read the rest|watch|listen|download|continue reading)"
    r"\b.{0,40}|image (?:copyright|caption|source)\b.*|media caption\b.*|(?:copyright|©)\s.{0,80}"
    r"|.{0,60}all rights reserved\.?|published \d.{0,40}|updated \d.{0,40})$", re.I)
CREDIT_PATTERN = re.compile(
    r"^(?:\(?(?:some |additional )?(?:information|reporting|material)(?: for this (?:report|story|article))?"
    r" (?:came from|by|was contributed|from)\b"
    r"|\(?(?:reporting|writing|editing|additional reporting) by\b"
    r"|.{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)"
    r"|this (?:story|article|report) (?:has been|was) (?:updated|corrected)\b)", re.I)
BYLINE_PATTERN = re.compile(
    r"^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+[A-Z].{0,40})?(?:[,|].{0,60})?$", re.I)
MONTH = "(?:" + "|".join(sorted({a.capitalize() for a in MONTH_ABBREVIATIONS} | {"May"})) + r")[a-z]*\.?"
# Wire-photo captions end with the place and date: "…, Bogota, Colombia, Oct. 20, 2021."
CAPTION_PATTERN = re.compile(
    rf"(?:,\s*{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$|^FILE\s*[-–—]|\((?:AP|AFP|Reuters|Getty)[^)]*Photo|"
    r"\b(?:Photo|Picture|Image)\s*(?:credit)?:\s|\bpictured\b)", re.I)
# Photo credits on a line of their own: "Getty/Instagram.", "Photo: AP", "REUTERS/Jane Doe".
PHOTO_CREDIT = re.compile(r"^(?:(?:photo|image|picture)s?\s*(?:credit)?:?\s*)?[\w .&/|-]{0,40}"
                          r"\b(?:Getty|Instagram|Reuters|REUTERS|AFP|AP Photo|Shutterstock|EPA|Images)\b"
                          r"[\w ./|-]{0,30}\.?$")

# "LOS ANGELES, Sept. 28 (UPI) — ", "WASHINGTON (AP) — ", "BOGOTA, Colombia -- "
WIRE_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)"
                      r"(?P<where>(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*)*){0,2})"
                      r"(?P<agency> ?\([A-Za-z][\w .&-]*\))?"
                      r"\s*(?:—|–|--?)\s+(?=[A-Z“\"‘'])")

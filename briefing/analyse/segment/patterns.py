"""The regular expressions that tell a block's kind (debris, credit, byline, caption) and a wire dateline."""
from __future__ import annotations

import re

from briefing.analyse.lexicon import MONTH_ABBREVIATIONS
from briefing.analyse.segment.lexicon import NEWS_AGENCIES, READ_MORE_PHRASES

# Lines that are prompts or notices from start to end: "Share on Facebook", "© 2021 VOA".
WHOLE_LINE_FURNITURE = re.compile(
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
WIRE_PHOTO_CAPTION = re.compile(rf",\s*{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$", re.I)
FILE_PHOTO = re.compile(r"^FILE\s*[-–—]", re.I)
AGENCY_PHOTO = re.compile(r"\((?:AP|AFP|Reuters|Getty)[^)]*Photo", re.I)
PHOTO_LABEL = re.compile(r"\b(?:Photo|Picture|Image)\s*(?:credit)?:\s", re.I)
PICTURED = re.compile(r"\bpictured\b", re.I)
# Where a person stands in the photo beside the text: "Jermaine Beckford (left) and Daniel Johnson celebrate".
PHOTO_POSITIONS = ("left", "right", "centre", "center", "middle", "above", "below", "top", "bottom", "inset",
                   "background", "foreground", "front", "back", "circled", "main picture")
PHOTO_POSITION = re.compile(r"\((?:(?:far|second|third|centre|center|front|back|top|bottom)[ -])?(?:"
                            + "|".join(PHOTO_POSITIONS) + r")(?:,? (?:left|right|front|back|row))?\)", re.I)
IMAGE_CREDIT = re.compile(r"\b(?:photos?|images?|pictures?)\s*©|©\s*[\w .&-]{2,40},?\s*(?:19|20)\d\d\.?$", re.I)
# Photo credits on a line of their own: "Getty/Instagram.", "Photo: AP", "REUTERS/Jane Doe".
PHOTO_CREDIT = re.compile(r"^(?:(?:photo|image|picture)s?\s*(?:credit)?:?\s*)?[\w .&/|-]{0,40}"
                          r"\b(?:Getty|Instagram|Reuters|REUTERS|AFP|AP Photo|Shutterstock|EPA|Images)\b"
                          r"[\w ./|-]{0,30}\.?$")

# Where a sentence starts: the start of the text, or after a stop and a space.
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s))\W*"
# An address in the text: "http://po.st/TP", "www.djreprints.com", a tweet's "pic.twitter.com/s96jjh8AlD".
LINK = re.compile(r"https?://\S|\bwww\.[\w-]+\.\w|\bpic\.twitter\.com/", re.I)
# A line that is an address and no more, or a label and an address: "http://amzn.to/2iJFhRj", "iTunes: http://…".
LINK_LINE = re.compile(r"^\W*(?:[\w .'’&-]{1,40}:\s*)?(?:https?://|www\.)\S+\s*$", re.I)
# A tweet's signature under its pasted text: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019".
TWEET_SIGNATURE = re.compile(r"^\W*[^()\n]{1,60}\(@\w{1,15}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$")
NEWSLETTER = re.compile(r"\b(?:sign up|subscribe|register)\b[^.!?]{0,80}\bnewsletters?\b"
                        r"|\bnewsletters?\b[^.!?]{0,60}\b(?:sign up|subscribe)\b", re.I)
PROMPT_SENTENCE = re.compile(SENTENCE_START + r"(?:sign up|subscribe|click here|tap here|click to)\b", re.I)
READ_MORE = re.compile(SENTENCE_START + r"\(?(?:(?:" + "|".join(map(re.escape, READ_MORE_PHRASES))
                       + r")(?:\s+su)?\s*:|also on [\w-]+\.(?:com|net|org)\b)", re.I)
# A press release's closing profile of the company: "Ascom is a global solutions provider … headquartered in …"
COMPANY_PROFILE = re.compile(r"^(?:About [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}\s*[:.-]?\s*)?"
                             r"(?!(?:These|This|Those|That|It|Its|They|He|She|There|What|Which|Who|We|Our|The)\b)"
                             r"(?:[A-Z][\w&.'’-]*\s){1,4}(?:is|are)\s+(?:a|an|the|one of)\b"
                             r"(?=.*\b(?:headquartered|headquarters|employs|employees|listed on|founded in|subsidiaries"
                             r"|offices in|operations in|for more information)\b)", re.S)
# A dateline on a line of its own: "BAAR, SWITZERLAND"
DATELINE_LINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*, [A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*\s*[-–—]?$")
# How comments are moderated: "Comments that are … will not be approved by the moderator."
COMMENT_POLICY = re.compile(r"\b(?:comments?|comentários?|commenti|kommentare|commentaires)\b[^.!?]{0,120}"
                            r"\b(?:moderator|moderators|moderation|moderated|approved|aprovados|guidelines"
                            r"|community standards)\b", re.I)
# "Write to Al Root at allen.root@dowjones.com": how to reach the writer
CONTACT_LINE = re.compile(SENTENCE_START + r"(?:write to|contact|email|e-mail|follow)\b[^!?\n]{0,80}@", re.I)
# a content system's code left in the text: "[button link=… ] Send us YOUR kit review[/button]"
SHORTCODE = re.compile(r"\[(?P<code>[a-z_]+)\b[^\]]*\][^\[]*\[/(?P=code)\]")
REPRINT_NOTICE = re.compile(r"\bnon-(?:personal|commercial) use\b|\b(?:order|purchase) (?:multiple|presentation-ready)"
                            r" copies\b|\breprints?\b.{0,40}\b(?:contact|visit|call)\b", re.I)
# A sentence that speaks to its reader ("If you just want Disney+, you can sign up…") is the page
# advising its reader, not news told of others; matched outside quotation marks only.
READER_ADDRESS = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)

# "Updated at 1:23 p.m.", "segunda-feira, 22 de janeiro de 2018 às 0:13": when the page was published, no more
TIMESTAMP_LINE = re.compile(r"^\W*(?:(?:last\s+)?(?:updated|published|posted)(?:\s+(?:on|at))?:?\s+\S.{0,40}"
                            r"|(?=.{0,80}$)(?=.*\b(?:19|20)\d\d\b)(?=.*\b\d{1,2}:\d{2}\b)(?:\S+\s+){0,11}\S+)$", re.I)
# "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde": the post's particulars
POST_DETAILS = re.compile(r"^.{0,40}\b(?:posted|published|publicado|publicada|written|filed) (?:by|por)\b", re.I)
COOKIE_NOTICE = re.compile(r"\bcookies?\b[^.!?]{0,120}\b(?:accept|consent|agree|privacy|policy|settings)\b"
                           r"|\b(?:accept|consent to|agree to)\b[^.!?]{0,60}\bcookies?\b", re.I)
# "12 Comments", "Share 34", "1.2K views"
COUNTER = re.compile(r"^(?:\d[\d,.]*\s*[KkMm]?\s+(?:comments?|shares?|views?|likes?|reads?|replies)"
                     r"|(?:comments?|shares?|views?|likes?)\s*:?\s*\d[\d,.]*\s*[KkMm]?)$", re.I)
# "Jane Doe is a reporter for the Harbour Times covering shipping.": the author's bio under the story
AUTHOR_BIO = re.compile(r"^(?:[A-Z][\w.'’-]+\s){1,3}(?:is|has been|was)\s+(?:a|an|the)\s+(?:[\w-]+\s){0,4}"
                        r"(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|freelancer)\b")

# "LOS ANGELES, Sept. 28 (UPI) — ", "WASHINGTON (AP) — ", "BOGOTA, Colombia -- "
WIRE_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)"
                      r"(?P<where>(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*)*){0,2})"
                      r"(?P<agency> ?\([A-Za-z][\w .&-]*\))?"
                      r"\s*(?:—|–|--?)\s+(?=[A-Z“\"‘'])")
AGENCY = "(?:" + "|".join(sorted(map(re.escape, NEWS_AGENCIES), key=len, reverse=True)) + ")"
# "London (CNN) — ", "Hong Kong (CNN Business) ", "(Reuters) - ": a place in any case, and an agency
AGENCY_DATELINE = re.compile(r"(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)? )?"
                             rf"\({AGENCY}\)\s*(?:(?:—|–|--?)\s*)?(?=[A-Z“\"‘'])")
# "KVELLER via JTA — "
VIA_DATELINE = re.compile(rf"[A-Z][A-Z'’-]{{2,}}(?: [A-Z][A-Z'’-]{{2,}})* via {AGENCY} (?:—|–|--?)\s+(?=[A-Z“\"‘'])")

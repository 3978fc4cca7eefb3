"""Find the direct quotations of a news article and attribute them to their speakers.

Pure regular expressions and a few word lists; no parser, no model.

1. Spans.  The quotation marks of each paragraph (“ ” " '' « » „) are classified as
   opening or closing from the characters around them (straight marks that stay ambiguous
   alternate), then paired left to right.  A stray closing mark is ignored; an opening mark
   inside an open quote ends that quote; a quote still open at the end of a paragraph runs
   on into the next paragraph when that one re-opens with a mark, and otherwise ends with
   its paragraph, so one stray mark never swallows the rest of the article.  Single quotes
   are left alone: inside a quote they are nested quotes, elsewhere apostrophes.

2. Attribution, on a copy of the text with the quoted words and short parentheses
   ("(R-Texas)") blanked out, so that names inside quotes never count.  For each quote:
   - the clause right after the closing mark: “…,” X said / said X / X, the …, said /
     according to X / “…” ― X;
   - the sentence leading up to the opening mark: X said: “…” / X told reporters that “…”;
     (a quote ending a clause tries the clause after first, a phrase quoted inside a
     sentence the sentence before first; a name after a preposition is no speaker);
   - an attribution closing the sentence of a phrase quote (X “felt …” on it, Y said.);
   - a paragraph ending with a colon just above the quote (He declared:);
   - the person the sentence is about (X called it “…”; X endorsed Y, saying “…”);
   - for a quote opening a sentence, an attribution in the sentence before (X agreed. “…”);
   - else the speaker of an earlier quote in the same paragraph, of the quote just before
     in the previous paragraph (a paragraph of quote continues its speaker), or of a later
     quote in the same paragraph.
   An attribution to a nobody ("a spokesman said", "they said") gives no speaker.
   He/she resolves to the first person named earlier in its sentence, else the latest
   person who opened a sentence, else the latest person named, skipping people of the
   other gender when the article shows it (Mr./Ms.; the he/she that follows them).

3. Names.  Every capitalised name in the article is indexed; a speaker is reported by the
   fullest form of his name ("Duque" -> "Iván Duque"), titles stripped, with the role the
   article gives him before his name ("Colombian President Iván Duque") or in an
   apposition ("Rachel Schmidtke, Refugees International's advocate for Latin America").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.model import Quote

# --- quotation marks -------------------------------------------------------------------

QUOTE_MARK = re.compile(r"''|[“”\"«»„]")
NOMINAL_OPENING = "“«„"
NOMINAL_CLOSING = "”»"
# Characters that may stand right before an opening mark / right after a closing mark.
BEFORE_OPENING = "([{—–-/:;,"
AFTER_CLOSING = ".,;:!?)]}—–-…'’"

OPENING, CLOSING = "opening", "closing"


@dataclass
class _Span:
    """A quote with the offsets of its marks and the paragraphs it covers."""

    start: int  # first quoted character
    end: int  # just after the last quoted character
    outer_start: int  # the opening mark
    outer_end: int  # just after the closing mark (== end when unterminated)
    first_paragraph: int
    last_paragraph: int


def _mark_side(text: str, start: int, end: int, par_start: int, par_end: int) -> str | None:
    """OPENING or CLOSING from the mark's surroundings, or None when they do not tell."""
    before = text[start - 1] if start > par_start else " "
    after = text[end] if end < par_end else " "
    opens = (before.isspace() or before in BEFORE_OPENING) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in AFTER_CLOSING)
    if opens != closes:
        return OPENING if opens else CLOSING
    mark = text[start:end]
    if mark in NOMINAL_OPENING:
        return OPENING
    if mark in NOMINAL_CLOSING:
        return CLOSING
    return None


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# A transcript's turn: "WALLACE: Let’s start with …" names its speaker in capitals.
TRANSCRIPT_TURN = re.compile(r"(?P<name>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s")
TRANSCRIPT_LINE = re.compile(r"^[\"“]?" + TRANSCRIPT_TURN.pattern, re.MULTILINE)


def is_transcript(text: str) -> bool:
    """Turns come at least two to a transcript: one "BREAKING: …" does not make one."""
    return len(TRANSCRIPT_LINE.findall(text)) >= 2


def _find_spans(text: str, paragraphs: list[tuple[int, int]], transcript: bool) -> list[_Span]:
    spans: list[_Span] = []
    open_at: tuple[int, int, int] | None = None  # (mark start, mark end, paragraph index)

    def close(end: int, outer_end: int, paragraph: int) -> None:
        outer_start, start, first = open_at
        if text[start:end].strip():
            spans.append(_Span(start, end, outer_start, outer_end, first, paragraph))

    for index, (par_start, par_end) in enumerate(paragraphs):
        marks = [m.span() for m in QUOTE_MARK.finditer(text, par_start, par_end)]
        if open_at is not None:
            reopens = (marks and not text[par_start:marks[0][0]].strip()
                       and _mark_side(text, *marks[0], par_start, par_end) != CLOSING
                       # a transcript's next turn ("PENCE: …") is a new quote, not more of the last
                       and not (transcript and TRANSCRIPT_TURN.match(text, marks[0][1])))
            if reopens:  # a quote running over paragraphs: the re-opening mark is skipped
                marks = marks[1:]
            else:  # unterminated: the quote ends with its paragraph
                prev_start, prev_end = paragraphs[index - 1]
                end = _trimmed_end(text, prev_start, prev_end)
                close(end, end, index - 1)
                open_at = None
        for mark_start, mark_end in marks:
            side = _mark_side(text, mark_start, mark_end, par_start, par_end)
            if side is None:
                side = CLOSING if open_at is not None else OPENING
            if side == OPENING:
                if open_at is not None:  # re-opened without a close
                    close(_trimmed_end(text, open_at[1], mark_start), mark_start, index)
                open_at = (mark_start, mark_end, index)
            elif open_at is not None:
                close(mark_start, mark_end, index)
                open_at = None
    if open_at is not None:
        last_start, last_end = paragraphs[-1]
        end = _trimmed_end(text, last_start, last_end)
        close(end, end, len(paragraphs) - 1)
    return spans


# --- names ------------------------------------------------------------------------------

# A capitalised word: "Duque", "O’Rourke", "U.S.", "J.", "Refugees", "McCain", "Iván".
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\.[\w’'\-]+)*\.?"
PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|bin|al|la|le|dos|of)"
PROPER_RUN = re.compile(rf"{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*")

# Courtesy titles: stripped, and not a role.
COURTESY = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
            "miss": "f", "dr.": None, "dr": None, "sir": "m", "dame": "f", "lady": "f"}
ABBREVIATED_TITLES = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor",
                      "gen.": "General", "lt.": "Lieutenant", "col.": "Colonel",
                      "sgt.": "Sergeant", "capt.": "Captain", "adm.": "Admiral",
                      "rev.": "Reverend", "prof.": "Professor", "sens.": "Senators",
                      "reps.": "Representatives", "amb.": "Ambassador", "atty.": "Attorney"}
# Capitalised words that are part of a role, not of a name ("Secretary of State Antony
# Blinken", "Colombian President Iván Duque").
ROLE_WORDS = {
    "president", "vice", "secretary", "state", "senator", "representative", "governor",
    "minister", "prime", "chairman", "chairwoman", "chair", "director", "spokesman",
    "spokeswoman", "spokesperson", "leader", "majority", "minority", "mayor", "speaker",
    "house", "senate", "ambassador", "general", "attorney", "judge", "justice", "chief",
    "officer", "executive", "ceo", "commissioner", "candidate", "nominee", "former",
    "republican", "democratic", "democrat", "gop", "u.s.", "us", "senior", "adviser",
    "advisor", "pastor", "bishop", "pope", "chancellor",
    "lieutenant", "colonel", "sergeant", "captain", "admiral", "reverend", "professor",
    "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "deputy",
    "assistant", "press", "campaign", "manager", "strategist", "host", "anchor", "founder",
    "homeland", "security", "defense", "treasury", "foreign", "interior", "justice",
    "first", "presumptive", "independent", "libertarian", "conservative", "liberal",
    "billionaire", "businessman", "businesswoman", "rev", "sen", "rep", "gov", "gen",
} | set(ABBREVIATED_TITLES)
# Capitalised words that start sentences or name times, never people.
NOT_NAMES = {
    "the", "a", "an", "and", "but", "or", "so", "yet", "then", "also", "still", "however",
    "meanwhile", "in", "on", "at", "for", "from", "by", "with", "without", "of", "to", "as",
    "after", "before", "since", "until", "when", "while", "where", "if", "though", "although",
    "because", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
    "what", "who", "why", "how", "which", "yes", "no", "not", "now", "later", "today",
    "tonight", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan.", "feb.",
    "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "asked", "says", "said",
    "even", "just", "only", "instead", "indeed", "earlier", "last", "next", "one", "some",
    "many", "most", "all", "both", "each", "every", "such", "other", "another", "during",
    "under", "over", "about", "against", "among", "through", "like", "unlike", "despite",
    "according", "speaking", "asked", "writing", "dear", "well", "oh", "thank", "thanks",
    "please", "let", "do", "does", "did", "is", "are", "was", "were", "be", "being", "been",
    "has", "have", "had", "will", "would", "can", "could", "should", "must", "might",
}
# Words that make a name an institution or a place rather than a person.
INSTITUTION_WORDS = {
    "news", "times", "post", "journal", "party", "house", "committee", "department",
    "university", "college", "institute", "international", "association", "foundation",
    "center", "centre", "council", "court", "senate", "congress", "states", "america",
    "republicans", "democrats", "network", "media", "press", "agency", "office", "bureau",
    "administration", "campaign", "group", "inc.", "corp.", "company", "co.", "club",
    "union", "organization", "organisation", "fund", "bank", "city", "county", "street",
    "river", "republic", "kingdom", "nations", "army", "force", "navy", "guard", "police",
    "ministry", "service", "television", "radio", "magazine", "tribune", "herald", "daily",
    "review", "weekly", "today", "channel", "cnn", "msnbc", "fox", "abc", "nbc", "cbs", "npr",
    "pac", "super", "school", "church", "hospital", "airport", "hall", "square", "avenue",
    "new", "north", "south", "east", "west", "united", "white", "capitol", "wall",
    "supreme", "national", "federal", "american", "convention", "debate", "caucus",
    "primary", "poll", "survey", "report", "act", "bill", "law", "program", "plan",
}



def _bare(word: str) -> str:
    """A name word without a possessive or trailing comma: "Clinton’s" -> "Clinton"."""
    return re.sub(r"[’']s?$", "", word.rstrip(","))


ABBREVIATIONS = {"jr.", "sr.", "st.", "inc.", "co.", "corp.", "ltd.", "bros.", "no."}


def _is_abbreviation(word: str) -> bool:
    """ "J.", "Jr.", "U.S.", "Mr.": a final period that does not end a sentence."""
    lowered = word.lower()
    return len(word) == 2 or "." in word[:-1] or lowered in COURTESY \
        or lowered in ABBREVIATED_TITLES or lowered in ABBREVIATIONS


def _name_runs(text: str, start: int = 0, stop: int | None = None):
    """(start, end, words) of each capitalised phrase, cut after a possessive ("the CIA's
    Benghazi base") and where a sentence ends inside it ("in Iowa. Trump said")."""
    stop = len(text) if stop is None else stop
    for match in PROPER_RUN.finditer(text, start, stop):
        words, run_start = [], match.start()
        for word_match in re.finditer(r"\S+", match.group()):
            word = word_match.group()
            if not words:
                run_start = match.start() + word_match.start()
            words.append(word)
            sentence_end = word.endswith(".") and not _is_abbreviation(word)
            if sentence_end or re.search(r"[’']s?$", word):
                words[-1] = _bare(word.rstrip(".")) if sentence_end else word
                yield run_start, match.start() + word_match.end() - sentence_end, words
                words = []
        if words:
            yield run_start, match.end(), words


def _split_name(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """(role words, name words, gender from a courtesy title) of a capitalised phrase:
    "Colombian President Iván Duque" -> (["Colombian", "President"], ["Iván", "Duque"])."""
    words = [_bare(w) for w in words]
    while words and words[0].lower() in NOT_NAMES and not words[0].isupper():
        words = words[1:]
    name_start = len(words)
    while name_start > 0 and words[name_start - 1].lower() not in ROLE_WORDS \
            and words[name_start - 1].lower() not in COURTESY:
        name_start -= 1
    role, name = words[:name_start], words[name_start:]
    gender = None
    if role and role[-1].lower() in COURTESY:
        gender = COURTESY[role[-1].lower()]
        role = role[:-1]
    if name and name[0] == "of":  # "Secretary of State": the tail was all role words
        return words, [], gender
    if "of" in name:  # "Meenakshi Ganguly of Human Rights Watch"
        name = name[:name.index("of")]
    return role, name, gender


def _role_text(words: list[str]) -> str | None:
    words = [ABBREVIATED_TITLES.get(w.lower(), w) for w in words]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None


def _looks_like_person(name: tuple[str, ...]) -> bool:
    # "LOS ANGELES, Sept. 28 (UPI) —": a dateline in capitals, not a person
    shouted = len(name) > 1 and all(w.isupper() and len(w) > 1 for w in name)
    return bool(name) and not shouted and not any(w.lower() in INSTITUTION_WORDS for w in name) \
        and all(w[0].isupper() or w in PARTICLE for w in name)


def _non_ascii(words: tuple[str, ...]) -> int:
    """Accented spellings count as fuller ("Iván" over "Ivan")."""
    return sum(ord(c) > 127 for w in words for c in w)


APPOSITION = re.compile(
    r",\s+((?:the|a|an|former|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*[’']s)\s[^,;:“”\"()]{2,120}?)"
    r"(?=,|\.\s|\.$|;|\s\(|$)")
RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|whose|that|said|says|told|and)\b.*$")


def _apposition(text: str, position: int) -> str | None:
    """The role given in an apposition right after a name: ", the …," -> "…"."""
    match = APPOSITION.match(text, position)
    if not match:
        return None
    return _role_text(RELATIVE_CLAUSE.sub("", match.group(1)).split())


@dataclass
class _Mention:
    start: int
    end: int
    name: tuple[str, ...]
    role: str | None
    gender: str | None
    titled: bool  # came with a title or a role word ("Sen.", "President")
    subject: bool = False  # opens its sentence, or speaks


SPEECH_VERB = (
    r"(?:said|says|say|told|tells|tell|added|adds|wrote|writes|asked|asks|explained|"
    r"explains|noted|notes|continued|continues|argued|argues|declared|declares|stated|"
    r"states|insisted|insists|recalled|recalls|claimed|claims|warned|warns|tweeted|tweets|"
    r"posted|replied|replies|responded|responds|answered|answers|acknowledged|"
    r"acknowledges|admitted|admits|announced|announces|emphasized|emphasizes|emphasised|"
    r"stressed|stresses|observed|remarked|suggested|suggests|conceded|concedes|complained|"
    r"complains|joked|jokes|quipped|predicted|predicts|promised|promises|vowed|vows|"
    r"pledged|urged|urges|concluded|countered|counters|maintained|maintains|contended|"
    r"contends|reiterated|repeated|shouted|yelled|agreed|cautioned|charged|boasted|"
    r"boasts|mused|lamented|laments|pointed out|wondered|demanded|called|calls|"
    r"described|describes|reported|reports|confirmed|confirms|denied|testified|chanted|"
    r"exclaimed|whispered|opined|retorted|cried|thundered|fumed|scoffed|snapped|sighed|"
    r"read|reads|recounted|elaborated|offered|proclaimed|put it|summed up|questioned|"
    r"barked|asserted|asserts|began|begins|points out|assured|assures|went on|goes on)"
)
PARTICIPLE = r"(?:saying|adding|writing|telling|noting|arguing|asking|declaring|explaining|" \
             r"calling|describing|tweeting|insisting|warning|urging|stating|promising|" \
             r"vowing|claiming|recalling|quipping|joking|predicting)"
AUXILIARY = r"(?:(?:has|had|have|would|will|also|later|then|once|previously|recently|" \
            r"again|simply|just|\w+ly)\s+)*"
SPEAKS = re.compile(rf"(?:,[^,;“”\"]{{2,160}}?,)?\s+{AUXILIARY}{SPEECH_VERB}\b")
SPOKEN_BY = re.compile(rf"\b{SPEECH_VERB}\s+(?:[\w.’'\-]+\s+){{0,4}}$")
# After the subject of a sentence comes a verb or an apposition, not a noun ("the Trump
# campaign") or a preposition.
NOT_AFTER_SUBJECT = r"(?:and|or|of|in|on|to|for|with|at|from|by|as|campaign|" \
    r"administration|supporters|aides?|voters|rally|rallies|spokes(?:wo)?man|officials?|era|" \
    r"camp|team|allies|fans|backers|critics|staff|advisers?|family|foundation|presidency|" \
    r"victory|win|nomination|people|delegates|surrogates|donors|brand|years?|policy|" \
    r"policies|plan|speech|remarks?|comments?|statement|org|effort)\b"
VERB_OR_APPOSITION = re.compile(rf"\s*(?:,|[ \t]+(?!{NOT_AFTER_SUBJECT})[a-z])")
# A name right after a preposition or an article is not the subject ("In California, …").
AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|at|to|for|from|by|with|of|about|against|than|like|as|into|over|under|"
    r"after|before|during|toward|towards|across|through|between|among|including|unlike|"
    r"behind|near|via|per|the|a|an)[\s,]*$", re.IGNORECASE)
# A name right after one of these prepositions is the object of a verb, not its subject:
# "Of Carson, Levine said", "delivered a message to Trump:".
AFTER_OBJECT_PREPOSITION = re.compile(
    r"\b(?:in|on|at|(?<!according )to|for|from|by|with|of|about|against|into|over|under|"
    r"toward|towards|through|between|among|including|unlike|via)[\s,]*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][”\"']?\s+(?=[A-ZÀ-ÖØ-Þ“\"'‘])")
# A title or an initial before a period does not end the sentence: "Mr. Mahaney", "J. Smith".
TITLE_OR_INITIAL = re.compile(r"\b(?:[A-Z]|" + "|".join(
    re.escape(t[:-1].capitalize()) for t in sorted(set(COURTESY) | set(ABBREVIATED_TITLES))
    if t.endswith(".")) + r")\.$")
PARENTHESIS = re.compile(r"\([^()\n]{0,60}\)")


class _Article:
    """One article prepared for attribution: the text with quoted words and short
    parentheses ("(R-Texas)") blanked out, its sentence starts and its names."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], spans: list[_Span]):
        self.text = text
        chars = list(PARENTHESIS.sub(lambda m: " " * len(m.group()), text))
        for span in spans:
            chars[span.start:span.end] = " " * (span.end - span.start)
        self.masked = "".join(chars)
        self.sentence_starts = sorted({start for start, _ in paragraphs} | {
            m.end() for start, end in paragraphs
            for m in SENTENCE_END.finditer(text, start, end)
            if not TITLE_OR_INITIAL.search(text, max(start, m.start() - 5), m.start() + 1)})
        self.lowercase_words = set(re.findall(r"\b[a-z]+\b", text))
        self.mentions = self._mentions()
        self.persons = self._persons()
        self._mark_subjects()
        self.genders = self._genders()

    def sentence_start(self, position: int) -> int:
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, position) - 1] \
            if self.sentence_starts and self.sentence_starts[0] <= position else 0

    def _mentions(self) -> list[_Mention]:
        mentions = []
        for start, end, words in _name_runs(self.masked):
            sentence = self.sentence_start(start)
            if not self.masked[sentence:start].strip(" “\"‘'") \
                    and words[0].lower() in self.lowercase_words:
                words = words[1:]  # "Whatever Bloomberg does": a capital that opens a sentence
            role, name, gender = _split_name(words)
            if not name or name[-1].lower() in NOT_NAMES:
                continue
            role_text = _role_text(role) if role else _apposition(self.masked, end)
            mentions.append(_Mention(start, end, tuple(name), role_text, gender,
                                     bool(role) or gender is not None))
        return mentions

    def _persons(self) -> set[str]:
        """Surnames of the people named: full names, titled names, and names that speak."""
        return {m.name[-1] for m in self.mentions if _looks_like_person(m.name) and (
            len(m.name) > 1 or m.titled or self._speaks(m))}

    def _speaks(self, mention: _Mention) -> bool:
        """Whether the mention is the subject of a speech verb: "X said", "said X"."""
        return bool(SPEAKS.match(self.masked, mention.end)
                    or SPOKEN_BY.search(self.masked, max(0, mention.start - 60), mention.start))

    def _mark_subjects(self) -> None:
        """Flag the person that opens each sentence (not after a preposition: "In Iowa, …"),
        followed by a verb or an apposition."""
        seen = set()
        for mention in self.mentions:
            sentence = self.sentence_start(mention.start)
            if mention.name[-1] not in self.persons:
                continue
            # the run may start with words that are not part of the name ("In California")
            name_start = self.masked.rindex(mention.name[0], mention.start, mention.end)
            if sentence not in seen and VERB_OR_APPOSITION.match(self.masked, mention.end) \
                    and not AFTER_PREPOSITION.search(self.masked, sentence, name_start):
                mention.subject = True
                seen.add(sentence)

    def _genders(self) -> dict[str, str]:
        """Gender by surname: from Mr./Ms., else from the he/she that follows the person
        as subject, in his sentence and the next."""
        genders = {m.name[-1]: m.gender for m in self.mentions if m.gender}
        votes: dict[str, list[int]] = {}
        for mention in self.mentions:
            if not mention.subject or mention.name[-1] in genders:
                continue
            following = bisect.bisect_right(self.sentence_starts, mention.start) + 1
            stop = self.sentence_starts[following] if following < len(self.sentence_starts) \
                else len(self.masked)
            pronouns = re.findall(r"\b(?:(he|his|him|himself)|she|her|hers|herself)\b",
                                  self.masked[mention.end:stop], re.IGNORECASE)
            male, female = votes.setdefault(mention.name[-1], [0, 0])
            votes[mention.name[-1]] = [male + sum(1 for p in pronouns if p),
                                       female + sum(1 for p in pronouns if not p)]
        for surname, (male, female) in votes.items():
            if male != female:
                genders[surname] = "m" if male > female else "f"
        return genders

    def fullest(self, name: tuple[str, ...], position: int) -> tuple[str, ...]:
        """The fullest form of a name: the longest mention ending with the same surname and
        agreeing on the first name; with several first names, the one nearest before."""
        same_surname = [m for m in self.mentions if m.name[-1] == name[-1]]
        if len(name) > 1:
            candidates = [m for m in same_surname if m.name[0] == name[0]]
        else:
            full = [m for m in same_surname if len(m.name) > 1]
            before = [m for m in full if m.start < position]
            nearest = before[-1] if before else (full[0] if full else None)
            candidates = [m for m in same_surname
                          if nearest is None or m.name[0] == nearest.name[0]]
        best = max(candidates, key=lambda m: (len(m.name), _non_ascii(m.name)), default=None)
        return best.name if best and len(best.name) > len(name) else name

    def role(self, name: tuple[str, ...]) -> str | None:
        """The first role the article gives the person of that surname."""
        return next((m.role for m in self.mentions if m.role and m.name[-1] == name[-1]), None)

    def antecedent(self, position: int, gender: str) -> _Mention | None:
        """The person a he/she at position stands for, not of the other gender: the first
        person named earlier in its sentence, else the latest person opening a sentence
        before it, else the latest person named before it."""
        def fits(mention):
            return mention.start < position and mention.name[-1] in self.persons \
                and self.genders.get(mention.name[-1], gender) == gender
        earlier = [m for m in self.mentions if fits(m)]
        sentence = self.sentence_start(position)
        in_sentence = [m for m in earlier if m.start >= sentence]
        subjects = [m for m in earlier if m.subject]
        for candidates, pick in ((in_sentence, 0), (subjects, -1), (earlier, -1)):
            if candidates:
                return candidates[pick]
        return None


# --- attribution -------------------------------------------------------------------------

PRONOUN = r"(?:he|she|they|we|I|He|She|They|We)"
# Lowercase words that may lead a name: "former Wisconsin Gov. Jim Doyle", not "in Iowa".
LEADING_WORD = r"(?!(?:in|on|at|to|with|during|after|before|of|for|from|about|by|that|this|" \
               r"last|when|while|earlier|later|through|via|as|and|but|if|because|it|its)\b)" \
               r"[a-z][\w’'\-]*"
NOT_A_NAME_START = "(?!(?:" + "|".join(re.escape(w.capitalize()) for w in sorted(NOT_NAMES)) \
    + r")\b)"
NAME = rf"{NOT_A_NAME_START}{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*"
# A noun phrase that may hold a name: "another Twitter user", "Judicial Watch president Tom
# Fitton", "former Wisconsin Gov. Jim Doyle"; it stops at a preposition ("in a statement").
PHRASE = rf"(?:(?:{NAME}|{LEADING_WORD})[ \t]+){{0,6}}{NAME}(?:[ \t]+{LEADING_WORD}){{0,3}}"
# ", the …," or " -- the …, -- " between a name and its verb.
APPOSITION_GROUP = r"(?P<apposition>,\s[^;“”\"]{2,160}?,|\s+(?:--|—|–)\s[^;“”\"]{2,200}?\s(?:--|—|–))?"

# “…,” X said / “…,” X, the …, said: X is one short phrase right after the quote.
SUBJECT_THEN_VERB = re.compile(
    rf"[\s,]*(?:(?:and|but|so|then|or)\s+)?(?P<subject>[^\s,.;:!?“”\"][^,;:!?“”\"]{{0,80}}?)"
    rf"{APPOSITION_GROUP}\s+{AUXILIARY}{SPEECH_VERB}\b")
# “…” ― Pamela Padilla
DASH_THEN_NAME = re.compile(rf"\s*(?:―|—|–|--|-)\s*(?P<subject>{NAME})\s*[.,]?\s*$")
# “…,” said X, the …
VERB_THEN_SUBJECT = re.compile(
    rf"[\s,]*{AUXILIARY}{SPEECH_VERB}\s+(?P<subject>{PRONOUN}\b|{PHRASE})"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?(?=,|\.|;|$))?")
ACCORDING_TO = re.compile(
    rf"(?:^|\b)[\s,]*according\s+to\s+(?P<subject>{PHRASE})"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?(?=,|\.|;|$))?")
# “…” Oliver barked.: a name and a verb the list lacks, ending the clause.
SUBJECT_THEN_ANY_VERB = re.compile(
    rf"[\s,]*(?P<subject>{PRONOUN}|{NAME})\s+(?:\w+ly\s+)?[a-z]+ed\b"
    rf"(?=\s*[.,;]|\s+(?:to|in|on|at|during|after|before|when|while|about|of|as)\b)")
# Before the quote: X said: “…” / X told reporters that “…” / said X, “…” / X: “…”
SUBJECT_VERB_BEFORE = re.compile(
    rf"(?P<subject>\b{PRONOUN}\b|{NAME}){APPOSITION_GROUP}\s+{AUXILIARY}{SPEECH_VERB}\b")
VERB_SUBJECT_BEFORE = re.compile(
    rf"\b{SPEECH_VERB}\s+(?P<subject>{PHRASE})(?P<apposition>,\s[^;“”\"]{{2,160}}?)?[,:]?\s*$")
NAME_COLON_BEFORE = re.compile(rf"(?P<subject>{NAME})\s*:\s*$")
TIME_NOUNS = {"past", "time", "day", "week", "month", "year", "morning", "evening", "night", "weekend"}
# "the report says the company “…”": a speaker the article does not name, right before the quote
UNNAMED_SUBJECT_BEFORE = re.compile(
    rf"\b(?P<subject>(?:the|a|an|this|that|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*)"
    rf"\s+{AUXILIARY}{SPEECH_VERB}\b[^.;:!?“”\"]{{0,40}}$")
PARTICIPLE_BEFORE = re.compile(rf"\b{PARTICIPLE}\b")
# “…” on climate change, Axelrod said.
ENDING_ATTRIBUTION = re.compile(
    rf",\s+(?P<subject>\b{PRONOUN}\b|{NAME}){APPOSITION_GROUP}\s+{AUXILIARY}{SPEECH_VERB}\b"
    rf"[^,;“”\"]{{0,60}}$")
SENTENCE_SUBJECT = re.compile(rf"\s*(?P<subject>{PRONOUN})\b")


@dataclass
class _Attribution:
    subject: str  # the phrase naming the speaker, as written
    position: int  # where it is in the text
    apposition: str | None


def _attribution(match: re.Match, offset: int = 0) -> _Attribution:
    apposition = match.groupdict().get("apposition")
    return _Attribution(match.group("subject").strip(), offset + match.start("subject"),
                        apposition)


def _attribution_after(article: _Article, start: int, stop: int) -> _Attribution | None:
    """The attribution right after a closing mark, up to stop (next quote or paragraph end)."""
    clause = article.masked[start:stop]
    for pattern in (VERB_THEN_SUBJECT, SUBJECT_THEN_VERB, ACCORDING_TO, SUBJECT_THEN_ANY_VERB,
                    DASH_THEN_NAME):
        match = pattern.match(clause)
        if match:
            return _attribution(match, start)
    return None


def _attribution_before(article: _Article, start: int, stop: int) -> _Attribution | None:
    """The latest attribution in the sentence that leads up to an opening mark."""
    start = max(start, article.sentence_start(stop))
    sentence = article.masked[start:stop]
    found = [m for pattern in (SUBJECT_VERB_BEFORE, ACCORDING_TO)
             for m in pattern.finditer(sentence)]
    found = found or [m for m in (VERB_SUBJECT_BEFORE.search(sentence),
                                  NAME_COLON_BEFORE.search(sentence)) if m]
    # "Of Carson, Levine … said" / "a message to Trump:": the object is not the speaker
    found = [m for m in found
             if not AFTER_OBJECT_PREPOSITION.search(sentence, 0, m.start("subject"))]
    if found:
        return _attribution(max(found, key=lambda m: m.start("subject")), start)
    if PARTICIPLE_BEFORE.search(sentence):  # X endorsed Clinton, saying, “…”
        return _sentence_subject(article, stop)
    unnamed = UNNAMED_SUBJECT_BEFORE.search(sentence)
    # "who has in the past described Trump as “…”": a time, not a speaker
    if unnamed and unnamed.group("subject").split()[-1].lower() not in TIME_NOUNS:
        return _attribution(unnamed, start)
    return None


def _attribution_ending_sentence(article: _Article, start: int, stop: int) -> _Attribution | None:
    """The attribution that closes the sentence a quote stands in, after a comma: “…” on
    climate change, Axelrod said."""
    following = bisect.bisect_right(article.sentence_starts, start)
    if following < len(article.sentence_starts):
        stop = min(stop, article.sentence_starts[following])
    match = ENDING_ATTRIBUTION.search(article.masked, start, stop)
    return _attribution(match) if match else None


def _sentence_subject(article: _Article, position: int) -> _Attribution | None:
    """The person the sentence around position is about: its opening pronoun or its first
    person named ("Mr. Cruz pledged … “today, tomorrow, forever”")."""
    start = article.sentence_start(position)
    match = SENTENCE_SUBJECT.match(article.masked, start, position)
    if match:
        return _attribution(match)
    for mention in article.mentions:
        if start <= mention.start < position and mention.name[-1] in article.persons:
            return _Attribution(" ".join(mention.name), mention.start, None)
    return None


# --- speakers -----------------------------------------------------------------------------

GROUP_WORDS = {"campaign", "administration", "government", "committee", "office",
               "department", "party", "team"}
UNNAMED = (None, None)  # an attribution that does not name the speaker: "a spokesman said"


def _speaker(attribution: _Attribution, article: _Article) -> tuple[str | None, str | None]:
    """(fullest name, role) of the person or organisation an attribution names."""
    subject = attribution.subject
    if re.fullmatch(PRONOUN, subject):
        return _pronoun_speaker(subject.lower(), attribution.position, article)
    runs = list(_name_runs(subject))
    if not runs or re.search(r"[\w’'\-]+", subject[runs[-1][1]:]):
        named = _named_apposition(attribution)
        if named:
            return _speaker(named, article)
    if not runs:
        return UNNAMED
    run_start, run_end, words = runs[-1]
    tail = re.findall(r"[\w’'\-]+", subject[run_end:])
    role_words, name, _ = _split_name(words)
    if tail:  # "the Clinton campaign" names an organisation, "a Trump aide" nobody
        if tail[-1].lower() in GROUP_WORDS:
            return " ".join(_bare(w) for w in words + tail), None
        return UNNAMED
    if not name:  # "the White House", or a bare title like "the President"
        if any(w.lower() in INSTITUTION_WORDS for w in role_words):
            return " ".join(role_words), None
        return UNNAMED
    full = article.fullest(tuple(name), attribution.position)
    prefix = subject[:run_start].split() + role_words
    role = (_role_text(prefix) if prefix else None) or _apposition_role(attribution) \
        or article.role(full)
    return " ".join(full), role


def _named_apposition(attribution: _Attribution) -> _Attribution | None:
    """The name in an apposition to an unnamed subject: "another Twitter user, Johanna
    Bayer" -> Johanna Bayer, with the subject as her role."""
    match = re.match(rf",\s+(?P<name>{NAME})\s*(?:,|$|\s+of\b)", attribution.apposition or "")
    if not match:
        return None
    start = attribution.position + len(attribution.subject) + match.start("name")
    return _Attribution(match.group("name"), start, ", " + attribution.subject + ",")


def _apposition_role(attribution: _Attribution) -> str | None:
    if not attribution.apposition:
        return None
    return _apposition(", " + attribution.apposition.strip(" ,") + ",", 0)


def _pronoun_speaker(pronoun: str, position: int, article: _Article):
    if pronoun not in ("he", "she"):
        return UNNAMED  # "we", "they", "I": a group, or the writer
    mention = article.antecedent(position, "f" if pronoun == "she" else "m")
    if mention is None:
        return UNNAMED
    full = article.fullest(mention.name, mention.start)
    return " ".join(full), article.role(full)


# --- putting it together ----------------------------------------------------------------------

def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every direct quotation of text, in text order, attributed where the text says who
    spoke.  paragraphs: (start, end) offsets of the body paragraphs; None splits on newlines."""
    if paragraphs is None:
        paragraphs = _split_paragraphs(text)
    transcript = is_transcript(text)
    spans = _find_spans(text, paragraphs, transcript)
    article = _Article(text, paragraphs, spans)
    found = [(transcript and _transcript_speaker(article, span)) or _own_speaker(article, paragraphs, spans, i)
             for i, span in enumerate(spans)]
    quotes = []
    for i, span in enumerate(spans):
        speaker, role = found[i] if found[i] else _borrowed_speaker(spans, found, i)
        quotes.append(Quote(span.start, span.end, speaker, role))
    return quotes


def _transcript_speaker(article: _Article, span: _Span):
    """(speaker, role) of a transcript's quote that opens with its speaker's name in capitals and
    a colon; None for one that does not."""
    turn = TRANSCRIPT_TURN.match(article.text, span.start)
    if not turn:
        return None
    name = tuple(word.capitalize() for word in turn.group("name").split())
    full = article.fullest(name, span.start)
    return " ".join(full), article.role(full)


def _own_speaker(article: _Article, paragraphs, spans: list[_Span], i: int):
    """(speaker, role) from the attribution next to quote i (UNNAMED when it names nobody),
    or None when there is no attribution next to it."""
    text, span = article.masked, spans[i]
    par_start, _ = paragraphs[span.first_paragraph]
    _, par_end = paragraphs[span.last_paragraph]
    previous = spans[i - 1] if i > 0 else None
    before_start = previous.outer_end if previous and \
        previous.last_paragraph == span.first_paragraph else par_start
    following = spans[i + 1] if i + 1 < len(spans) else None
    after_stop = following.outer_start if following and \
        following.first_paragraph == span.last_paragraph else par_end

    def after():
        return _attribution_after(article, span.outer_end, after_stop)

    def before():
        return _attribution_before(article, before_start, span.outer_start)

    def colon_paragraph():  # He declared:\n“…”
        if text[par_start:span.outer_start].strip() or span.first_paragraph == 0:
            return None
        start, end = paragraphs[span.first_paragraph - 1]
        if text[start:end].rstrip().endswith(":"):
            return _attribution_before(article, start, end)
        return None

    def sentence_end():  # Obama “felt an obligation” on climate, Axelrod said.
        return _attribution_ending_sentence(article, span.outer_end, after_stop)

    def sentence():
        return _sentence_subject(article, span.outer_start) \
            if text[before_start:span.outer_start].strip() else None

    def previous_sentence():  # Bystrom agreed. “…” / “…,” Mr. Friedman said. “…”
        sentence_start = article.sentence_start(span.outer_start)
        opens_sentence = not text[sentence_start:span.outer_start].strip()
        if opens_sentence and text[before_start:span.outer_start].strip():
            return _attribution_before(article, before_start, span.outer_start - 1)
        return None

    # A quote ending a clause (“…,” she said) is attributed after it; a phrase quoted
    # inside a sentence (he called it “…” and …) by the sentence around it.
    last_char = article.text[span.start:span.end].rstrip()[-1:]
    ends_clause = last_char in ",?!…—-" or text[span.outer_end:after_stop].lstrip()[:1] == ","
    if last_char == "." and re.match(r"\s*[a-z]", text[span.outer_end:after_stop]):
        ends_clause = True  # “….” he said
    order = [after, before] if ends_clause else [before, after]
    for attempt in order + [sentence_end, colon_paragraph, sentence, previous_sentence]:
        attribution = attempt()
        if attribution:
            return _speaker(attribution, article)
    return None


def _borrowed_speaker(spans: list[_Span], found: list, i: int):
    """The speaker of an unattributed quote: that of a neighbour in its paragraph, or that of
    the quote just before in the previous paragraph (a paragraph continuing a quotation)."""
    span = spans[i]
    same_paragraph = [j for j in range(len(spans)) if j != i and found[j]
                      and spans[j].first_paragraph == span.first_paragraph]
    earlier = [j for j in same_paragraph if j < i]
    if earlier:
        return found[earlier[-1]]
    if i > 0 and found[i - 1] and spans[i - 1].last_paragraph == span.first_paragraph - 1:
        return found[i - 1]
    if same_paragraph:
        return found[same_paragraph[0]]
    return UNNAMED


def is_key_quote(text: str, quote: Quote) -> bool:
    """True when the quote is worth a place in the memo: at least four words (scare quotes
    like “transparent” are not)."""
    return len(re.findall(r"\w+(?:[’'\-]\w+)*", text[quote.start:quote.end])) >= 4

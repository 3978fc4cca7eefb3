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

from briefing.analyse.quotes.find import find_quotes, is_key_quote

__all__ = ["find_quotes", "is_key_quote"]

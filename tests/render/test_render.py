"""The Word and Markdown memos, checked the way an analyst would read them."""
from __future__ import annotations

import time
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import docx.shared
import pytest
from docx.oxml.ns import qn

from briefing.compose.select import SelectOptions
from briefing.deliver.publish import write_memo
from briefing.errors import InputError
from briefing.model import Briefing, Bullet, KeyFigure, KeyQuote, Section, SourceRef
from briefing.render.markup import render_markdown
from briefing.render.word import default_template, docx_bytes

from memos import URL, make_briefing, texts

BREAK = "  "  # Markdown's hard line break, spelled out so editors do not strip it
URL_TARGET = "https://example.com/news/port%20strike?id=7&lang=fr&share=100%25"


def render(tmp_path: Path, briefing: Briefing | None = None) -> docx.document.Document:
    out = tmp_path / "memo.docx"
    out.write_bytes(docx_bytes(briefing or make_briefing()))
    return docx.Document(str(out))


def after(document, text: str):
    """The paragraph following the one whose text is `text`."""
    paragraphs = document.paragraphs
    index = [p.text for p in paragraphs].index(text)
    return paragraphs[index + 1]


# The Word memo


def test_memo_opens_with_title_and_header_block(tmp_path):
    document = render(tmp_path)
    assert document.paragraphs[0].text == "MEMORANDUM"
    assert document.paragraphs[0].style.name == "Title"
    assert texts(document, "Memo Field") == [
        "TO:\tPolicy desk",
        "FROM:\tAnalysis unit",
        "DATE:\t28 November 2026",
        "SUBJECT:\tPort strike enters second week",
    ]
    assert after(document, "SUBJECT:\tPort strike enters second week").style.name == "Memo Rule"


def test_to_and_from_only_when_given(tmp_path):
    document = render(tmp_path, make_briefing(to=None, sender=None))
    assert texts(document, "Memo Field") == ["DATE:\t28 November 2026",
                                             "SUBJECT:\tPort strike enters second week"]


def test_headings_in_order(tmp_path):
    assert texts(render(tmp_path), "Heading 1") == [
        "Bottom line up front", "Economy", "Politics", "Key figures", "Sources"]


def test_empty_parts_are_left_out_but_every_section_is_kept(tmp_path):
    # Which sections exist is the selection's decision, even one the bottom line emptied.
    briefing = make_briefing(bluf=[], figures=[], sources=[], sections=[Section("Migration")])
    document = render(tmp_path, briefing)
    assert texts(document, "Heading 1") == ["Migration"]
    assert document.tables == []


def test_bullets_end_with_their_citations(tmp_path):
    assert texts(render(tmp_path), "List Bullet") == [
        "Dockworkers extend the strike; no talks are scheduled. [1, 2]",
        "Losses are estimated at $80m a day. [2]",
        "The container backlog reached 120 ships. [1]",
        "The minister called for mediation. [2]",
    ]


def test_quotes_in_typographic_quotes_then_attribution(tmp_path):
    document = render(tmp_path)
    quotes = texts(document, "Quote")
    assert quotes == ["\u201cWe cannot hold out much longer\u201d",
                      "\u201cNo deal without a pay rise\u201d",
                      "\u201cTalks are the only way\u201d"]
    assert [after(document, quote).text for quote in quotes] == [
        "\u2014 Jane Doe, CEO, Port Authority [1]",
        "\u2014 Unite [2]",
        "\u2014 Bob Smith [1]",
    ]
    assert after(document, quotes[0]).style.name == "Quote Attribution"


def test_figures_table_with_repeating_header_row(tmp_path):
    (table,) = render(tmp_path).tables
    assert table.style.name == "Memo Table"
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Figure", "What it measures", "Source"],
        ["more than $80 million", "daily losses", "[2]"],
        ["120", "ships waiting", "[1, 2]"],
    ]
    header_flags = [row._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
                    for row in table.rows]
    assert header_flags == [True, False, False]


def test_sources_with_clickable_urls(tmp_path):
    document = render(tmp_path)
    assert texts(document, "Bibliography") == [
        "[1]\tStrike deepens. Reuters, 27 November 2026. " + URL,
        "[2]\tPorts idle. AP.",
    ]
    first, second = (p for p in document.paragraphs if p.style.name == "Bibliography")
    (link,) = first._p.findall(qn("w:hyperlink"))
    relationship = document.part.rels[link.get(qn("r:id"))]
    assert relationship.is_external
    assert relationship.target_ref == URL_TARGET
    assert link.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "Hyperlink"
    assert second._p.findall(qn("w:hyperlink")) == []


def test_source_entries_skip_missing_parts(tmp_path):
    sources = [SourceRef(1, "Who pays?", "FT", "2026-11-01T09:30:00Z", None, "a.html"),
               SourceRef(2, None, None, None, "https://example.org/", "b.html"),
               SourceRef(3, None, "AP", "last Tuesday", None, "/inbox/wire.txt"),
               SourceRef(4, "Obama on climate: the trends are 'terrifying.'", "AP", None, None, "d.txt")]
    document = render(tmp_path, make_briefing(sources=sources))
    assert texts(document, "Bibliography") == [
        "[1]\tWho pays? FT, 1 November 2026.",
        "[2]\thttps://example.org/",
        "[3]\twire.txt. AP, last Tuesday.",
        "[4]\tObama on climate: the trends are 'terrifying.' AP.",
    ]


def test_only_web_and_mail_urls_become_links(tmp_path):
    sources = [SourceRef(1, "Odd", None, None, "javascript:alert(1)", "a.html")]
    document = render(tmp_path, make_briefing(sources=sources))
    (entry,) = texts(document, "Bibliography")
    assert entry == "[1]\tOdd. javascript:alert(1)"
    assert not any(rel.reltype.endswith("/hyperlink") for rel in document.part.rels.values())


def test_classification_in_header_and_footer(tmp_path):
    section = render(tmp_path).sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert section.header.paragraphs[0].style.name == "Classification"
    footer_lines = [(p.text, p.style.name) for p in section.footer.paragraphs]
    assert ("OFFICIAL-SENSITIVE", "Classification") in footer_lines


def test_no_classification_leaves_header_empty(tmp_path):
    section = render(tmp_path, make_briefing(classification=None)).sections[0]
    assert [p.text for p in section.header.paragraphs] == [""]
    assert [p.text for p in section.footer.paragraphs] == ["Page 1 of 1"]


def test_footer_has_page_x_of_y_fields(tmp_path):
    footer = render(tmp_path).sections[0].footer._element
    instructions = [text.strip() for text in footer.xpath(".//w:instrText/text()")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.xpath(".//w:fldChar/@w:fldCharType") == ["begin", "separate", "end"] * 2


def test_core_properties(tmp_path):
    props = render(tmp_path).core_properties
    assert props.title == "Port strike enters second week"
    assert props.subject == "Port strike enters second week"
    assert props.author == "Analysis unit"
    assert props.keywords == "Economy, Politics"
    assert props.last_modified_by == "briefing"
    assert props.created == datetime(2026, 11, 28, tzinfo=timezone.utc)
    assert props.modified == props.created


def test_author_defaults_to_briefing(tmp_path):
    assert render(tmp_path, make_briefing(sender=None)).core_properties.author == "briefing"


def test_rendering_again_later_gives_an_identical_file(tmp_path, monkeypatch):
    first = docx_bytes(make_briefing())
    later = time.time() + 86_400
    monkeypatch.setattr(time, "time", lambda: later)
    assert docx_bytes(make_briefing()) == first


def test_write_leaves_only_the_memo(tmp_path):
    write_memo(lambda options: make_briefing(), SelectOptions(), tmp_path / "memo.docx", max_pages=0)
    assert [path.name for path in tmp_path.iterdir()] == ["memo.docx"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    out = tmp_path / "memo.docx"
    out.write_bytes(b"the memo from yesterday")

    def disk_full(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_memo(lambda options: make_briefing(), SelectOptions(), out, max_pages=0)
    assert [path.name for path in tmp_path.iterdir()] == ["memo.docx"]
    assert out.read_bytes() == b"the memo from yesterday"


def test_control_characters_are_dropped(tmp_path):
    briefing = make_briefing(
        title="Port\x00 strike",
        bluf=[Bullet("Bell\x07 and form\x0cfeed\x1b gone\ufffe.", [1])],
        sections=[Section("Economy", [], [KeyQuote("Quiet\x08 please", "Jane\x01 Doe", None, [1])])],
    )
    document = render(tmp_path, briefing)
    assert texts(document, "List Bullet") == ["Bell and formfeed gone. [1]"]
    assert "SUBJECT:\tPort strike" in texts(document, "Memo Field")
    assert texts(document, "Quote Attribution") == ["\u2014 Jane Doe [1]"]
    assert document.core_properties.title == "Port strike"
    assert "- Bell and formfeed gone. [1]" in render_markdown(briefing)


def test_template_that_is_not_a_docx_is_refused(tmp_path):
    notes = tmp_path / "notes.docx"
    notes.write_text("not a zip")
    with pytest.raises(InputError, match="is not a Word document"):
        docx_bytes(make_briefing(), template=notes)


def test_a_restyled_template_is_used(tmp_path):
    template = docx.Document(str(default_template()))
    template.styles["Heading 1"].font.size = docx.shared.Pt(20)
    template.save(str(tmp_path / "restyled.docx"))
    (tmp_path / "memo.docx").write_bytes(docx_bytes(make_briefing(), template=tmp_path / "restyled.docx"))
    memo = docx.Document(str(tmp_path / "memo.docx"))
    assert memo.styles["Heading 1"].font.size == docx.shared.Pt(20)
    assert "Economy" in texts(memo, "Heading 1")


def test_default_template_is_an_empty_letter_page_in_us_english():
    template = docx.Document(str(default_template()))
    assert template.paragraphs == [] and template.tables == []
    section = template.sections[0]
    assert (section.page_width.inches, section.page_height.inches) == (8.5, 11)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert {margin.inches for margin in margins} == {1}
    language = template.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert language.get(qn("w:val")) == "en-US"
    assert default_template().stat().st_size < 50_000


def test_a_quote_stays_on_the_page_of_its_attribution_only():
    styles = docx.Document(str(default_template())).styles
    assert styles["Quote"].paragraph_format.keep_with_next is True
    # Inherited, it would chain every quote of a section to the next heading.
    assert styles["Quote Attribution"].paragraph_format.keep_with_next is False


# The Markdown memo


def test_markdown_memo():
    assert render_markdown(make_briefing()) == f"""\
**OFFICIAL-SENSITIVE**

# MEMORANDUM

**TO:** Policy desk{BREAK}
**FROM:** Analysis unit{BREAK}
**DATE:** 28 November 2026{BREAK}
**SUBJECT:** Port strike enters second week

---

## Bottom line up front

- Dockworkers extend the strike; no talks are scheduled. [1, 2]
- Losses are estimated at $80m a day. [2]

## Economy

- The container backlog reached 120 ships. [1]

> \u201cWe cannot hold out much longer\u201d
>
> \u2014 Jane Doe, CEO, Port Authority [1]

## Politics

- The minister called for mediation. [2]

> \u201cNo deal without a pay rise\u201d
>
> \u2014 Unite [2]

> \u201cTalks are the only way\u201d
>
> \u2014 Bob Smith [1]

## Key figures

| Figure | What it measures | Source |
| --- | --- | --- |
| more than $80 million | daily losses | [2] |
| 120 | ships waiting | [1, 2] |

## Sources

[1] Strike deepens. Reuters, 27 November 2026. <{URL_TARGET}>

[2] Ports idle. AP.

**Drafted by:** Analysis unit

**OFFICIAL-SENSITIVE**
"""


def test_markdown_leaves_out_what_is_missing():
    markdown = render_markdown(make_briefing(to=None, sender=None, classification=None,
                                             figures=[], sources=[]))
    assert markdown.startswith("# MEMORANDUM\n\n**DATE:** 28 November 2026  \n**SUBJECT:**")
    for missing in ("**TO:**", "**FROM:**", "## Key figures", "## Sources", "OFFICIAL"):
        assert missing not in markdown


def test_markdown_text_is_literal():
    briefing = make_briefing(
        bluf=[Bullet("2026. A *starred* claim_with_underscores and <b>tags</b>\nover two lines", [1])],
        figures=[KeyFigure("50|50", None, 50, "percent", [1])],
    )
    markdown = render_markdown(briefing)
    assert ("- 2026\\. A \\*starred\\* claim\\_with\\_underscores and \\<b>tags\\</b> over two lines [1]"
            in markdown)
    assert "| 50\\|50 |  | [1] |" in markdown

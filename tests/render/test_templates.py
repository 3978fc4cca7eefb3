"""Templates, markings and formats: the memo as an office would send it."""
from __future__ import annotations

import shutil
import zipfile

import docx
import pytest
from click.testing import CliRunner
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Pt

from briefing.cli import main
from briefing.deliver import libreoffice
from briefing.model import Bullet, Section, SourceRef
from briefing.render.markup import render_html
from briefing.render.word import builtin_template, docx_bytes

from memos import make_briefing, texts

ARTICLE = """Source: Harbour Times
Date: 2026-11-27
URL: https://example.org/strike?day=8

Port strike enters second week

Dockworkers extended the strike at the port of Rotterdam on Friday, and no talks with the employers are \\
scheduled, the union said.

Losses from the strike are estimated at $80 million a day, the port authority said in a statement on Thursday.

More than 120 container ships are waiting off the coast, and shipping companies have begun to divert cargo.
"""
needs_soffice = pytest.mark.skipif(libreoffice.soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def build(article, out, *extra):
    result = run("build", article, "-o", out, "--topic", "Economy: losses, strike", "--date", "2026-11-28", *extra)
    assert result.exit_code == 0, result.output
    return out


def render(tmp_path, template, briefing=None):
    out = tmp_path / "memo.docx"
    out.write_bytes(docx_bytes(briefing or make_briefing(), template))
    return docx.Document(str(out))


# The built-in templates


def test_information_memo_follows_the_us_government_convention():
    template = docx.Document(str(builtin_template("memo")))
    fonts = template.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    section = template.sections[0]
    assert {m.inches for m in (section.top_margin, section.bottom_margin, section.left_margin,
                               section.right_margin)} == {1}


def test_daily_brief_tells_at_most_three_stories(tmp_path):
    sources = [SourceRef(n, f"Story {n}", f"Outlet {n}", "2026-11-27", None, f"{n}.txt") for n in range(1, 6)]
    sections = [Section("World", [Bullet(f"Fact {n} happened.", [n]) for n in range(1, 6)]
                + [Bullet("Fact 1 matters because markets fell.", [1])])]
    memo = render(tmp_path, "daily", make_briefing(bluf=[], sections=sections, sources=sources, figures=[]))
    assert memo.paragraphs[0].text == "DAILY BRIEF"
    assert texts(memo, "Heading 1") == ["Story 1", "Story 2", "Story 3", "Sources"]
    assert texts(memo, "Dateline")[1:] == ["Outlet 1, 27 November 2026"] + [f"Outlet {n}, 27 November 2026"
                                                                             for n in (2, 3)]
    lines = texts(memo, "Normal")
    assert lines[:3] == ["Fact 1 happened. [1]", "Why it matters: Fact 1 matters because markets fell.",
                         "Fact 2 happened. [2]"]
    assert "Why it matters: World." in lines  # a story with one bullet says which topic it is under
    # only the sources the stories cite are listed
    assert [p.text.split("\t")[0] for p in memo.paragraphs if p.style.name == "Bibliography"] == ["[1]", "[2]", "[3]"]


def test_plain_report_has_the_title_and_a_summary(tmp_path):
    memo = render(tmp_path, "report")
    assert memo.paragraphs[0].text == "Port strike enters second week"
    assert texts(memo, "Heading 1")[0] == "Summary"
    assert "MEMORANDUM" not in [p.text for p in memo.paragraphs]


def test_drafted_by_line_from_the_sender(tmp_path):
    assert render(tmp_path, "memo").paragraphs[-1].text == "Drafted by: Analysis unit"
    assert "Drafted by" not in render(tmp_path, "memo", make_briefing(sender=None)).paragraphs[-1].text


def test_unknown_template_name_is_one_line_exit_2(tmp_path, article):
    result = run("build", article, "-o", tmp_path / "m.docx", "--template", "weekly")
    assert result.exit_code == 2
    assert result.output.strip() == ("briefing: weekly: no such template file "
                                     "(built-in templates: memo, daily, report)")
    assert not (tmp_path / "m.docx").exists()


# A user's own template


@pytest.fixture
def office_template(tmp_path):
    """An office letterhead made in 'Word': its own font, a header, two sections and a
    different first page, and none of the memo's own styles."""
    template = docx.Document()
    for name in ("List Bullet", "Quote", "Title"):  # Word saves a style only once it is used
        template.styles.element.remove(template.styles[name].element)
    template.styles["Normal"].font.name = "Garamond"
    template.styles["Normal"].font.size = Pt(13)
    first = template.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "MINISTRY OF PORTS - Policy Unit"
    first.header.paragraphs[0].text = "Ministry of Ports"
    template.add_section(WD_SECTION.NEW_PAGE)
    second = template.sections[1]
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Annex"
    path = tmp_path / "office.docx"
    template.save(str(path))
    return path


def test_a_users_template_keeps_its_fonts_and_letterhead(tmp_path, office_template):
    memo = render(tmp_path, office_template)
    assert memo.styles["Normal"].font.name == "Garamond"
    assert memo.styles["Normal"].font.size == Pt(13)
    first = memo.sections[0]
    assert "MINISTRY OF PORTS - Policy Unit" in [p.text for p in first.first_page_header.paragraphs]
    assert "Ministry of Ports" in [p.text for p in first.header.paragraphs]
    assert "Economy" in texts(memo, "Heading 1")
    assert texts(memo, "Memo Field")[0] == "TO:\tPolicy desk"


def test_a_users_template_gets_the_styles_it_lacks_with_working_bullets(tmp_path, office_template):
    memo = render(tmp_path, office_template)
    bullet_style = memo.styles["List Bullet"].element
    (num_id,) = bullet_style.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    numbering = memo.part.numbering_part.element
    (num,) = numbering.xpath(f"./w:num[@w:numId='{num_id}']")
    (abstract,) = numbering.xpath(f"./w:abstractNum[@w:abstractNumId='{num.abstractNumId.val}']")
    first_level = abstract.find(qn("w:lvl"))
    assert first_level.find(qn("w:numFmt")).get(qn("w:val")) == "bullet"


def test_classification_in_every_header_and_footer(tmp_path, office_template):
    memo = render(tmp_path, office_template)
    for section in memo.sections:
        stories = [section.header, section.footer]
        if section.different_first_page_header_footer:
            stories += [section.first_page_header, section.first_page_footer]
        for story in stories:
            if story.is_linked_to_previous and section is not memo.sections[0]:
                continue
            assert "OFFICIAL-SENSITIVE" in [p.text for p in story.paragraphs], story
    assert [p.text for p in memo.sections[1].header.paragraphs] == ["OFFICIAL-SENSITIVE", "Annex"]


def test_a_template_without_page_numbers_gets_page_x_of_y(tmp_path, office_template):
    footer = render(tmp_path, office_template).sections[0].footer._element
    assert [text.strip() for text in footer.xpath(".//w:instrText/text()")] == ["PAGE", "NUMPAGES"]


# Formats, reproducibility, accessibility


def test_same_inputs_and_date_give_a_byte_identical_docx(tmp_path, article):
    first = build(article, tmp_path / "first.docx", "--classification", "UNCLASSIFIED")
    second = build(article, tmp_path / "second.docx", "--classification", "UNCLASSIFIED")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as packed:
        assert {info.date_time for info in packed.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_each_source_is_a_hyperlink_and_the_properties_are_set(tmp_path, article):
    memo = docx.Document(str(build(article, tmp_path / "m.docx", "--from", "Policy Unit")))
    (entry,) = [p for p in memo.paragraphs if p.style.name == "Bibliography"]
    (link,) = entry._p.findall(qn("w:hyperlink"))
    assert memo.part.rels[link.get(qn("r:id"))].target_ref == "https://example.org/strike?day=8"
    props = memo.core_properties
    assert (props.title, props.author, props.keywords, props.language) == (
        "Port strike enters second week", "Policy Unit", "Economy", "en-US")
    assert props.created.date().isoformat() == "2026-11-28"


def test_figures_table_is_captioned_with_bold_headings(tmp_path):
    (table,) = render(tmp_path, "memo").tables
    assert table._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == "Key figures"
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)


@pytest.mark.parametrize("memo_format, expected", [
    ("md", "## Economy"),
    ("txt", "Economy\n-------"),
    ("html", "<h2>Economy</h2>"),
])
def test_text_formats(tmp_path, article, memo_format, expected):
    result = run("build", article, "--topic", "Economy: losses, strike", "--format", memo_format,
                 "-o", tmp_path / f"memo.{memo_format}")
    assert result.exit_code == 0, result.output
    text = (tmp_path / f"memo.{memo_format}").read_text(encoding="utf-8")
    assert expected in text and "$80 million" in text


def test_html_is_accessible():
    page = render_html(make_briefing())
    assert '<html lang="en-US">' in page
    assert "<caption>Key figures</caption>" in page and '<th scope="col">Figure</th>' in page
    assert page.count("<h1>") == 1


@needs_soffice
def test_pdf_through_libreoffice(tmp_path, article):
    out = build(article, tmp_path / "memo.pdf")
    assert out.read_bytes().startswith(b"%PDF") and libreoffice.pdf_pages(out.read_bytes()) == 1


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path, article, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = run("build", article, "-o", tmp_path / "memo.pdf")
    assert result.exit_code == 2
    assert result.output.strip() == "briefing: memo.pdf: PDF output needs LibreOffice (soffice), which is not installed"
    assert list(tmp_path.iterdir()) == [article]

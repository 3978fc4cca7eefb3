"""PDF as input: press releases and reports, made for these tests by LibreOffice."""
from __future__ import annotations

import subprocess

import docx
import pytest

from briefing.compose.select import SelectOptions, select
from briefing.deliver import libreoffice
from briefing.errors import InputError
from briefing.ingest.read import read_document
from briefing.ingest.topics_file import load_topics_file
from briefing.pipeline import analyse

from conftest import SAMPLE, SAMPLE_TOPICS

needs_soffice = pytest.mark.skipif(libreoffice.soffice() is None,
                                   reason="LibreOffice (soffice) is not installed: no PDF can be made for the test")


def as_pdf(source, folder):
    subprocess.run([libreoffice.soffice(), "--headless", f"-env:UserInstallation={(folder / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / f"{source.stem}.pdf"


def memo_of(path):
    docs, topics = analyse([str(path)], load_topics_file(str(SAMPLE_TOPICS)))
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    sections = [(s.name, [b.text for b in s.bullets], [(q.text, q.speaker) for q in s.quotes])
                for s in briefing.sections]
    return sections, [(f.text, f.measure) for f in briefing.figures]


@needs_soffice
def test_the_seed_article_as_a_pdf_gives_the_memo_of_its_text(tmp_path):
    text = tmp_path / "seed.txt"
    text.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert memo_of(as_pdf(text, tmp_path)) == memo_of(SAMPLE)


@needs_soffice
def test_running_headers_footers_and_page_numbers_are_left_out_and_cut_paragraphs_joined(tmp_path):
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "Harbour Authority press release"
    footer = word.sections[0].footer.paragraphs[0]
    run = footer.add_run()
    for kind, text in (("begin", None), ("instr", " PAGE "), ("end", None)):
        element = docx.oxml.OxmlElement("w:instrText" if kind == "instr" else "w:fldChar")
        if text:
            element.text = text
        else:
            element.set(docx.oxml.ns.qn("w:fldCharType"), kind)
        run._r.append(element)
    word.add_paragraph("Port traffic falls again", style="Title")
    sentence = ("The port authority said container traffic had fallen for the third month running as shipping "
                "lines cut sailings ahead of the winter season and warehouses reported full yards")
    for number in range(12):
        word.add_paragraph(", and ".join([sentence] * 6) + f", said report {number + 1}.")
    source = tmp_path / "release.docx"
    word.save(str(source))
    doc = read_document(str(as_pdf(source, tmp_path)))
    assert "press release" not in doc.text
    assert not any(line.strip().isdigit() for line in doc.text.splitlines())
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Port traffic falls again"
    assert [paragraph.endswith(f"said report {number + 1}.") for number, paragraph in enumerate(paragraphs[1:])] \
        == [True] * 12


def test_a_pdf_without_text_is_a_one_line_error(tmp_path):
    # a page with nothing written on it, as a scanner's image-only PDF reads
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, 1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{content}\nendobj\n".encode()
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(body)
    with pytest.raises(InputError, match=r"scan\.pdf: has no text to read \(a scanned image\?\): it needs OCR"):
        read_document(str(scan))


def test_a_damaged_pdf_is_a_one_line_error(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a PDF at all")
    with pytest.raises(InputError, match=r"broken\.pdf: (?:is not a readable PDF|has no text to read)"):
        read_document(str(broken))

"""Web pages, written for these tests: every paragraph kept as itself, headings as subheads."""
from __future__ import annotations

import pytest
from lxml import etree

from briefing.analyse.segment import segment
from briefing.ingest.read import read_document
from briefing.ingest.webpage import headline, paragraphs
from briefing.model import BODY, CAPTION, SUBHEAD

FILLER = ("The port authority said on Tuesday that container traffic had fallen for the third month running, "
          "as shipping lines cut sailings ahead of the winter season and warehouses reported full yards.")


def page(article: str, title: str = "Port traffic falls again", head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{title}</h1>{article}</article>"
            "<footer>About us | Contact</footer></body></html>")


def read(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return segment(read_document(str(path)))


def blocks(doc, kind=None):
    return [doc.span_text(block) for block in doc.blocks if kind is None or block.kind == kind]


def test_each_paragraph_is_a_block_and_a_heading_a_subhead(tmp_path):
    doc = read(tmp_path, page(f"<p>{FILLER}</p><h2>Winter outlook</h2><p>Dockworkers expect fewer shifts. "
                              f"{FILLER}</p><p>Unions will meet the port on Friday.</p>"))
    assert blocks(doc, SUBHEAD) == ["Winter outlook"]
    assert blocks(doc, BODY) == [FILLER, f"Dockworkers expect fewer shifts. {FILLER}",
                                 "Unions will meet the port on Friday."]
    assert [s.section for s in doc.sentences][-1] == "Winter outlook"


def test_a_short_line_of_the_last_paragraph_does_not_take_the_article_with_it(tmp_path):
    # trafilatura's text joins paragraphs with single line breaks; one credit line then made the whole
    # article a caption and the memo empty
    doc = read(tmp_path, page(f"<p>{FILLER}</p><p>{FILLER.replace('Tuesday', 'Monday')}</p>"
                              "<p>Main image credit: Getty</p>"))
    assert len(blocks(doc, BODY)) == 2
    assert blocks(doc, CAPTION) == ["Main image credit: Getty"]


def test_lines_broken_inside_a_paragraph_are_lines_and_list_items_are_blocks(tmp_path):
    doc = read(tmp_path, page(f"<p>{FILLER}</p><p>June 9 – Tampa, FL<br>June 10 – Atlanta, GA<br>"
                              "June 14 – Nashville, TN</p><ul><li>Ten ships were held at anchor overnight.</li>"
                              "<li>Two berths were closed for repairs.</li></ul>"))
    assert blocks(doc, BODY)[1:] == ["June 9 – Tampa, FL", "June 10 – Atlanta, GA", "June 14 – Nashville, TN",
                                    "Ten ships were held at anchor overnight.", "Two berths were closed for repairs."]


def test_a_quote_standing_alone_is_kept(tmp_path):
    doc = read(tmp_path, page(f"<p>{FILLER}</p><blockquote>“We are running out of room,” said the harbour "
                              "master.</blockquote>"))
    assert "“We are running out of room,” said the harbour master." in blocks(doc, BODY)


def test_text_loose_in_trafilaturas_structure_is_a_paragraph():
    # as trafilatura gives some pages: the words of a quote as its own text, text after a heading as its tail
    body = etree.fromstring("<body><quote>We are running out of room.</quote><head rend='h2'>Outlook</head>"
                            "Fewer ships are due.<p>Unions meet on Friday.</p></body>")
    assert list(paragraphs(body)) == [("p", "We are running out of room."), ("head", "Outlook"),
                                      ("p", "Fewer ships are due."), ("p", "Unions meet on Friday.")]


def test_a_caption_rule_inside_a_paragraph_takes_only_its_sentence(tmp_path):
    doc = read(tmp_path, page(f"<p>{FILLER}</p><p>I tested the older charger (pictured above) for a month. "
                              "It charged two phones at once. The new one is faster.</p>"))
    assert blocks(doc, CAPTION) == ["I tested the older charger (pictured above) for a month."]
    assert "It charged two phones at once. The new one is faster." in blocks(doc, BODY)


@pytest.mark.parametrize("text", ["Photo: Reuters/Jane Doe", "FILE - A ship at the port, Oct. 20, 2021."])
def test_a_caption_of_one_sentence_is_still_all_caption(tmp_path, text):
    doc = read(tmp_path, page(f"<p>{FILLER}</p><p>{text}</p><p>{FILLER.replace('Tuesday', 'Monday')}</p>"))
    assert blocks(doc, CAPTION) == [text]


@pytest.mark.parametrize("title, site, headline_", [
    ("NASA adds five companies to lunar program - SpaceNews.com", "SpaceNews.com",
     "NASA adds five companies to lunar program"),
    ("Best tech gadgets of 2019 | ZDNet", "ZDNet", "Best tech gadgets of 2019"),
    ("ZDNet | Best tech gadgets of 2019", "ZDNet", "Best tech gadgets of 2019"),
    ("Spiced Honey Pear Jam Recipe | The Anti-June Cleaver", None, "Spiced Honey Pear Jam Recipe"),
    ("Black Friday deals - Remember 80/90 - Memorabilia anni 80/90", "Remember 80/90 - Memorabilia anni 80/90",
     "Black Friday deals"),
    ("Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars", "VG247",
     "Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars"),
])
def test_the_title_is_the_headline_without_the_sites_name(title, site, headline_):
    # the site's own name (og:site_name) or its address tells its name apart from the headline's words
    assert headline(title, [site, "theantijunecleaver.com"]) == headline_


def test_a_pages_title_and_outlet_come_without_the_sites_furniture(tmp_path):
    head = '<meta property="og:site_name" content="Harbour Times">'
    doc = read(tmp_path, page(f"<p>{FILLER}</p>", title="Port traffic falls again | Harbour Times", head=head)
               .replace("<h1>Port traffic falls again | Harbour Times</h1>", "<h1>Port traffic falls again</h1>"))
    assert doc.title == "Port traffic falls again"
    assert doc.source == "Harbour Times"
    assert blocks(doc)[:2] == ["Port traffic falls again", FILLER]  # the headline once, then the article


def test_a_page_read_as_its_menus_is_read_again_with_the_fallback_extractors(monkeypatch):
    from briefing.ingest import webpage

    menus = [("p", word) for word in ["Home", "News", "Sport", "Contact", "Login"] * 12]
    article = [("head", "Port traffic falls again"), ("p", FILLER)]
    asked = []

    def extracted(path, html, fast):
        asked.append(fast)
        return type("Result", (), {"title": "Port traffic falls again", "sitename": None, "hostname": None,
                                   "url": None, "date": None, "author": None})(), menus if fast else article

    monkeypatch.setattr(webpage, "extracted", extracted)
    doc = webpage.html_document("page.html", "<html></html>")
    assert asked == [True, False]
    assert doc.text == f"Port traffic falls again\n\n{FILLER}"

"""Email as input: an .eml is an article, an mbox one a message; briefing's own messages are never read back."""
from __future__ import annotations

import mailbox
from email.message import EmailMessage

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.compose.select import SelectOptions, select
from briefing.errors import InputError
from briefing.ingest.topics_file import load_topics_file
from briefing.pipeline import analyse

from conftest import SAMPLE, SAMPLE_TOPICS

STORY = ("Ministers agree migration plan\n\nMinisters from ten countries agreed a plan on migration on Thursday, "
         "officials said. The plan gives $50 million to border towns that host migrants.\n")


def message(subject: str, text: str | None = None, html: str | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Hemisphere Daily <news@hemisphere.example>"
    mail["To"] = "desk@example.org"
    mail["Subject"] = subject
    mail["Date"] = "Thu, 21 Oct 2021 09:30:00 +0000"
    if text is not None:
        mail.set_content(text)
    if html is not None:
        mail.add_alternative(html, subtype="html") if text is not None else mail.set_content(html, subtype="html")
    return mail


def memo_of(paths):
    docs, topics = analyse([str(path) for path in paths], load_topics_file(str(SAMPLE_TOPICS)))
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    sections = [(s.name, [b.text for b in s.bullets], [(q.text, q.speaker) for q in s.quotes])
                for s in briefing.sections]
    return docs, sections, [(f.text, f.measure) for f in briefing.figures]


def test_an_email_holding_the_seed_article_gives_its_memo(tmp_path):
    eml = tmp_path / "forwarded.eml"
    eml.write_bytes(bytes(message("Fwd: Blinken Holding Final Day of Talks in Colombia",
                                  SAMPLE.read_text(encoding="utf-8"))))
    docs, sections, figures = memo_of([eml])
    assert (docs[0].title, docs[0].date) == ("Blinken Holding Final Day of Talks in Colombia", "2021-10-21")
    _, text_sections, text_figures = memo_of([SAMPLE])
    assert (sections, figures) == (text_sections, text_figures)


def test_an_mbox_of_two_messages_gives_both_articles(tmp_path):
    box = mailbox.mbox(str(tmp_path / "alerts.mbox"))
    box.add(message("Ministers agree migration plan", STORY))
    box.add(message("Blinken Holding Final Day of Talks in Colombia", SAMPLE.read_text(encoding="utf-8")))
    box.close()
    docs, sections, _ = memo_of([tmp_path / "alerts.mbox"])
    assert [doc.path.rsplit("/", 1)[1] for doc in docs] == ["alerts.mbox#1", "alerts.mbox#2"]
    assert [doc.title for doc in docs] == ["Ministers agree migration plan",
                                          "Blinken Holding Final Day of Talks in Colombia"]
    assert sections


def test_an_email_with_only_html_is_read_as_a_web_page(tmp_path):
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in STORY.split("\n\n")[1].split(". "))
    html = f"<html><body><article><h1>Ministers agree migration plan</h1>{paragraphs}</article></body></html>"
    eml = tmp_path / "alert.eml"
    eml.write_bytes(bytes(message("Ministers agree migration plan", html=html)))
    docs, _ = analyse([str(eml)])
    assert docs[0].source == "Hemisphere Daily"
    assert "$50 million" in docs[0].text


def test_an_email_with_nothing_to_read_is_a_one_line_error(tmp_path):
    eml = tmp_path / "empty.eml"
    mail = message("Nothing here")
    mail.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="x.pdf")
    eml.write_bytes(bytes(mail))
    with pytest.raises(InputError, match="no text or HTML part"):
        analyse([str(eml)])


def test_the_email_a_build_writes_is_not_read_back_as_an_article(tmp_path):
    folder = tmp_path / "today"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    for _ in range(2):
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "memo.docx"),
                                           "--eml", str(folder / "memo.eml"), "--mail-to", "desk@example.org"])
        assert result.exit_code == 0, result.output
    (folder / "memo.eml").rename(folder / "kept.eml")  # not even under another name
    result = CliRunner().invoke(main, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert '"path": "' + str(folder / "story.txt") in result.output and "kept.eml" not in result.output

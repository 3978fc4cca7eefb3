"""--follow-links: an alert or newsletter email stands for the articles it links to."""
from __future__ import annotations

import mailbox
from email.message import EmailMessage

import pytest

from briefing.ingest.links import NOT_ARTICLES, message_links, not_an_article, unwrapped

from webserver import WebServer, serve_stories
from webserver import extract_documents as extract


def alert(links: list[str], subject: str = "Google Alert - migration") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Google Alerts <googlealerts-noreply@google.com>"
    mail["To"] = "desk@example.org"
    mail["Subject"] = subject
    mail["Date"] = "Tue, 01 Dec 2026 06:30:00 +0000"
    items = "".join(f'<tr><td><a href="{link}">A story about migration</a></td></tr>' for link in links)
    mail.set_content("Ministers from ten countries agreed a plan on migration on Thursday, officials said in Bogotá. "
                     "The plan gives $50 million to border towns that host migrants from Venezuela.\n\n"
                     + "\n".join(links))
    mail.add_alternative(f"<html><body><table>{items}</table></body></html>", subtype="html")
    return mail


def furniture_links(web: WebServer) -> list[str]:
    return [f"https://www.google.com/alerts/remove?source=alertsmail&s={web.base}",
            "https://www.facebook.com/sharer/sharer.php?u=https://news.example.org/a",
            web.url("/unsubscribe?id=7"), web.url("/logo.png"), web.url("/")]


def test_an_alert_email_stands_for_the_articles_it_links_to(web, tmp_path):
    items = serve_stories(web, range(2))
    wrapped = [f"https://www.google.com/url?rct=j&sa=t&url={item['link']}&ct=ga&usg=AOv" for item in items]
    eml = tmp_path / "alert.eml"
    eml.write_bytes(bytes(alert([*wrapped, *furniture_links(web)])))
    result, docs = extract(eml, "--follow-links")
    assert result.exit_code == 0, result.output
    assert [doc["title"] for doc in docs] == [item["title"] for item in items]
    assert [doc["path"] for doc in docs] == [item["link"] for item in items]
    assert sorted(path for path, _ in web.log) == ["/story-0.html", "/story-1.html"]  # no furniture fetched


def test_without_follow_links_the_email_is_the_article(web, tmp_path):
    items = serve_stories(web, range(2))
    eml = tmp_path / "alert.eml"
    eml.write_bytes(bytes(alert([item["link"] for item in items])))
    result, (doc,) = extract(eml)
    assert result.exit_code == 0, result.output
    assert doc["path"] == str(eml) and web.log == []


def test_the_stories_of_an_mbox_of_alerts_are_read_once(web, tmp_path):
    items = serve_stories(web, range(3))
    box = mailbox.mbox(str(tmp_path / "alerts.mbox"))
    box.add(alert([items[0]["link"], items[1]["link"]]))
    box.add(alert([items[1]["link"] + "?utm_source=alert", items[2]["link"]], "Google Alert - asylum"))
    box.close()
    result, docs = extract(tmp_path / "alerts.mbox", "--follow-links")
    assert result.exit_code == 0, result.output
    assert [doc["title"] for doc in docs] == [item["title"] for item in items]


def test_an_email_linking_to_no_article_is_read_itself(web, tmp_path):
    eml = tmp_path / "note.eml"
    mail = alert(furniture_links(web), "Ministers agree migration plan")
    eml.write_bytes(bytes(mail))
    result, (doc,) = extract(eml, "--follow-links")
    assert result.exit_code == 0, result.output
    assert doc["path"] == str(eml) and web.log == []


@pytest.mark.parametrize("rule", NOT_ARTICLES, ids=[rule.reason for rule in NOT_ARTICLES])
def test_each_rule_leaves_out_its_own_example(rule):
    assert not_an_article(rule.example) == rule.reason


def test_an_article_address_is_kept_and_a_wrapped_one_unwrapped():
    story = "https://news.example.org/world/2026/12/01/talks-end-in-bogota"
    assert not_an_article(story) is None
    assert unwrapped(f"https://www.google.com/url?rct=j&url={story}&ct=ga") == story
    assert unwrapped(f"https://eur01.safelinks.protection.outlook.com/?url={story}&data=05") == story
    assert message_links(None, f"Read it at {story}. Or unsubscribe: https://news.example.org/unsubscribe") == [story]

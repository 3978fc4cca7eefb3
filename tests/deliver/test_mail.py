"""The memo by email: .eml files as a mail client reads them, and sending through a real SMTP server.

Each test that sends starts aiosmtpd on 127.0.0.1 and checks what it received.
"""
from __future__ import annotations

import socket
from email import message_from_bytes, policy

import pytest
from click.testing import CliRunner

from briefing.cli import main

from mailserver import PASSWORD, USER, free_port, self_signed_certificate, server_context

ARTICLE = """Source: Harbour Times
Date: 2026-11-27
URL: https://example.org/strike

Port strike enters second week

Dockworkers extended the strike at the port of Rotterdam on Friday, and no talks with the employers are \
scheduled, the union said.

Losses from the strike are estimated at $80 million a day, the port authority said in a statement on Thursday.

More than 120 container ships are waiting off the coast, and shipping companies have begun to divert cargo.
"""
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def run(*args, env=None, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, input=input)


@pytest.fixture
def memo(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "memo.docx"
    result = run("build", article, "-o", out, "--topic", "Economy: losses, strike", "--date", "2026-11-28",
                 "--classification", "UNCLASSIFIED", "--max-pages", "0")
    assert result.exit_code == 0, result.output
    return out


def build_eml(tmp_path, memo_source, *extra):
    eml = tmp_path / "memo.eml"
    result = run("build", memo_source, "-o", tmp_path / "built.docx", "--topic", "Economy: losses, strike",
                 "--date", "2026-11-28", "--max-pages", "0", "--eml", eml, "--mail-to", "desk@example.org",
                 "--mail-from", "Policy Unit <unit@example.org>", *extra)
    return result, eml


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def attachments(message):
    return list(message.iter_attachments())


def test_eml_carries_the_memo_and_its_bottom_line(tmp_path, article):
    result, eml = build_eml(tmp_path, article, "--subject", "Strike update")
    assert result.exit_code == 0, result.output
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "desk@example.org"
    assert message["From"] == "Policy Unit <unit@example.org>"
    assert message["Subject"] == "Strike update"
    (attachment,) = attachments(message)
    assert attachment.get_content_type() == DOCX_TYPE
    assert attachment.get_filename() == "built.docx"
    assert attachment.get_content() == (tmp_path / "built.docx").read_bytes()
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for body in (plain, html):
        assert "Bottom line up front" in body and "Economy" in body
        assert "Dockworkers extended the strike" in body


def test_subject_and_names_cannot_inject_headers(tmp_path, article):
    result, eml = build_eml(tmp_path, article, "--subject", "Update\r\nBcc: spy@example.net")
    assert result.exit_code == 0, result.output
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["Bcc"] is None
    assert message["Subject"] == "Update Bcc: spy@example.net"
    bad = run("build", article, "-o", tmp_path / "b.docx", "--eml", tmp_path / "b.eml",
              "--mail-to", "desk@example.org\nBcc: spy@example.net")
    assert bad.exit_code == 2 and "line break" in bad.output
    assert not (tmp_path / "b.docx").exists() and not (tmp_path / "b.eml").exists()


def test_a_bad_address_is_one_line_exit_2(tmp_path, article):
    result = run("build", article, "-o", tmp_path / "m.docx", "--eml", tmp_path / "m.eml", "--mail-to", "desk")
    assert result.exit_code == 2
    assert result.output.strip() == "briefing: desk: is not an email address like name@example.org"


# Sending


def test_send_a_memo_in_plain_smtp(memo, smtp_server):
    recorder, port = smtp_server()
    result = run("send", memo, "--to", "desk@example.org", "--to", "chief@example.org", "--mail-from",
                 "unit@example.org", "--subject", "Port strike: memo", "--smtp-host", "127.0.0.1",
                 "--smtp-port", port, env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 0, result.output
    ((envelope, authenticated),) = recorder.envelopes
    assert envelope.mail_from == "unit@example.org"
    assert envelope.rcpt_tos == ["desk@example.org", "chief@example.org"]
    assert not authenticated
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"] == "Port strike: memo"
    (attachment,) = attachments(message)
    assert attachment.get_filename() == "memo.docx"
    assert attachment.get_content() == memo.read_bytes()
    body = message.get_body(("plain",)).get_content()
    assert "UNCLASSIFIED" in body and "Dockworkers extended the strike" in body  # read back from the .docx


def test_send_an_eml_with_starttls_and_login(tmp_path, article, smtp_server, certificate):
    _, eml = build_eml(tmp_path, article)
    recorder, port = smtp_server(tls_context=server_context(certificate), require_starttls=True,
                                 auth_required=True, authenticator=True)
    env = {"BRIEFING_SMTP_USER": USER, "BRIEFING_SMTP_PASSWORD": PASSWORD}
    result = run("send", eml, "--smtp-host", "127.0.0.1", "--smtp-port", port, "--starttls",
                 "--cafile", certificate[0], env=env)
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    ((envelope, authenticated),) = recorder.envelopes
    assert authenticated is True and recorder.logins == [USER.encode()]
    assert envelope.rcpt_tos == ["desk@example.org"]  # the To of the .eml
    sent = message_from_bytes(envelope.original_content, policy=policy.default)
    (attachment,) = attachments(sent)
    assert attachment.get_content() == (tmp_path / "built.docx").read_bytes()


def test_password_is_asked_for_when_not_in_the_environment(memo, smtp_server, certificate):
    recorder, port = smtp_server(tls_context=server_context(certificate), require_starttls=True,
                                 auth_required=True, authenticator=True)
    result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                 "--starttls", "--cafile", certificate[0], "--login",
                 env={"BRIEFING_SMTP_USER": None, "BRIEFING_SMTP_PASSWORD": None}, input=f"{USER}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert [authenticated for _, authenticated in recorder.envelopes] == [True]


def test_a_wrong_password_is_one_line_exit_2(memo, smtp_server, certificate):
    _, port = smtp_server(tls_context=server_context(certificate), require_starttls=True, auth_required=True,
                          authenticator=True)
    env = {"BRIEFING_SMTP_USER": USER, "BRIEFING_SMTP_PASSWORD": "wrong-guess"}
    result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                 "--starttls", "--cafile", certificate[0], env=env)
    assert result.exit_code == 2
    assert result.output.startswith(f"briefing: 127.0.0.1:{port}: refused the login: 535")
    assert "wrong-guess" not in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # what this test sets up
def test_plain_login_to_this_machine_is_allowed(memo, smtp_server, host):
    # Nothing leaves the machine, so the password is not exposed on a network.
    recorder, port = smtp_server(auth_required=True, auth_require_tls=False, authenticator=True)
    env = {"BRIEFING_SMTP_USER": USER, "BRIEFING_SMTP_PASSWORD": PASSWORD}
    result = run("send", memo, "--to", "desk@example.org", "--smtp-host", host, "--smtp-port", port, env=env)
    assert result.exit_code == 0, result.output
    assert [authenticated for _, authenticated in recorder.envelopes] == [True]


@pytest.mark.parametrize("host", ["smtp.example.org", "192.0.2.25"])
def test_plain_login_to_another_host_is_refused_before_connecting(memo, monkeypatch, host):
    connections = []

    def no_connection(address, *args, **kwargs):
        connections.append(address)
        raise ConnectionRefusedError("the test allows no connection")

    monkeypatch.setattr(socket, "create_connection", no_connection)
    env = {"BRIEFING_SMTP_USER": USER, "BRIEFING_SMTP_PASSWORD": PASSWORD}
    result = run("send", memo, "--to", "desk@example.org", "--mail-from", "unit@example.org",
                 "--smtp-host", host, env=env)
    assert result.exit_code == 2
    assert result.output.strip() == (f"briefing: {host}:25: would send the password unencrypted: "
                                     "use --starttls or --ssl")
    assert PASSWORD not in result.output
    assert connections == []


def test_cafile_is_trusted_besides_the_system_certificates(tmp_path, memo, smtp_server, monkeypatch):
    system_ca = self_signed_certificate(tmp_path / "system", "system CA")
    private_ca = self_signed_certificate(tmp_path / "private", "private CA")
    monkeypatch.setenv("SSL_CERT_FILE", str(system_ca[0]))  # the system's certificates, as OpenSSL finds them
    for ca in (system_ca, private_ca):
        recorder, port = smtp_server(tls_context=server_context(ca), require_starttls=True)
        result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                     "--starttls", "--cafile", private_ca[0], env={"BRIEFING_SMTP_USER": None})
        assert result.exit_code == 0, f"{ca[0].parent.name}: {result.output}"
        assert len(recorder.envelopes) == 1


def test_send_over_ssl(memo, smtp_server, certificate):
    recorder, port = smtp_server(ssl_context=server_context(certificate))
    result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                 "--ssl", "--cafile", certificate[0], env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 0, result.output
    ((envelope, _),) = recorder.envelopes
    (attachment,) = attachments(message_from_bytes(envelope.original_content, policy=policy.default))
    assert attachment.get_content() == memo.read_bytes()


def test_an_untrusted_certificate_is_refused(memo, smtp_server, certificate):
    recorder, port = smtp_server(tls_context=server_context(certificate), require_starttls=True)
    result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                 "--starttls", env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 2
    assert "TLS failed" in result.output and "CERTIFICATE_VERIFY_FAILED" in result.output
    assert recorder.envelopes == []


def test_refused_recipients_are_named(memo, smtp_server):
    recorder, port = smtp_server()
    result = run("send", memo, "--to", "ghost@refused.example", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                 env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 2
    assert result.output.strip() == (f"briefing: 127.0.0.1:{port}: refused the recipients "
                                     "ghost@refused.example (550 5.1.1 no such user)")
    assert recorder.envelopes == []


def test_a_closed_port_is_one_line_exit_2(memo):
    port = free_port()  # nothing listens there
    result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                 env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 2
    assert result.output.strip() == f"briefing: 127.0.0.1:{port}: refused the connection (is the host or port wrong?)"


def test_a_silent_server_times_out(memo):
    with socket.socket() as silent:  # accepts connections (the kernel does) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        result = run("send", memo, "--to", "desk@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                     "--timeout", "0.5", env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 2
    assert result.output.strip() == f"briefing: 127.0.0.1:{port}: did not answer within 0.5 seconds"


def test_send_needs_recipients_and_a_memo(tmp_path, memo):
    result = run("send", memo, "--smtp-host", "127.0.0.1")
    assert result.exit_code == 2 and result.output.strip() == f"briefing: {memo}: no recipients: give --to ADDR"
    notes = tmp_path / "notes.odt"
    notes.write_text("x")
    result = run("send", notes, "--to", "a@example.org", "--smtp-host", "127.0.0.1")
    assert result.exit_code == 2 and "send takes a memo (.docx) or a message (.eml)" in result.output

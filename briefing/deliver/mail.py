"""The memo by email: an RFC 5322 message with the memo attached, written to .eml or sent by SMTP.

The body says the bottom line and the section headlines, as plain text and as HTML, so
the reader knows what the memo says before opening it. Header values are made one line
(a subject or name with a line break cannot add headers) and addresses are checked.
Credentials never pass through a command-line argument, are never printed, and go unencrypted
only to this machine.
"""
from __future__ import annotations

import getpass
import html
import ipaddress
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formatdate, getaddresses, make_msgid
from pathlib import Path

from docx import Document

from briefing.compose.wording import BLUF_HEADING, FIGURES_HEADING, SOURCES_HEADING, with_citations
from briefing.deliver.atomic import atomic_path
from briefing.errors import InputError
from briefing.model import Briefing

ATTACHMENT_TYPES = {
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".pdf": ("application", "pdf"),
    ".md": ("text", "markdown"),
    ".txt": ("text", "plain"),
    ".html": ("text", "html"),
}
DEFAULT_PORTS = {None: 25, "starttls": 587, "ssl": 465}


@dataclass
class MailSummary:
    """What the mail body tells of the memo."""

    title: str
    classification: str | None = None
    bottom_line: list[str] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)


def summary_of_briefing(briefing: Briefing) -> MailSummary:
    return MailSummary(briefing.title, briefing.classification,
                       [with_citations(bullet.text, bullet.citations) for bullet in briefing.bluf],
                       [section.name for section in briefing.sections])


def summary_of_docx(path: Path) -> MailSummary:
    """The summary read back from a memo this tool wrote: its title, bottom-line bullets and headings."""
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several types for a file that is not a .docx
        raise InputError(str(path), "is not a Word document (.docx)") from exc
    headings, bottom_line, heading = [], [], None
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style == "Heading 1":
            heading = paragraph.text
            if heading not in (BLUF_HEADING, FIGURES_HEADING, SOURCES_HEADING):
                headings.append(heading)
        elif style == "List Bullet" and heading == BLUF_HEADING:
            bottom_line.append(paragraph.text)
    return MailSummary(document.core_properties.title or path.stem, document.core_properties.category or None,
                       bottom_line, headings)


def one_line(text: str) -> str:
    """Header text on one line: CR, LF and other breaks would start a header of their own."""
    return " ".join(text.split())


def check_address(value: str) -> str:
    """A single address ("Name <a@b.org>" or "a@b.org"), else InputError."""
    if any(char in value for char in "\r\n"):
        raise InputError(repr(value), "an email address cannot contain a line break")
    parsed = getaddresses([value])
    if len(parsed) != 1 or "@" not in parsed[0][1] or any(char in parsed[0][1] for char in " <>,;"):
        raise InputError(value, "is not an email address like name@example.org")
    name, address = parsed[0]
    try:
        Address(display_name=one_line(name), addr_spec=address)
    except (ValueError, IndexError) as exc:
        raise InputError(value, f"is not an email address ({exc})") from None
    return f"{one_line(name)} <{address}>" if name else address


def default_sender() -> str:
    """user@host, as mail(1) would sign."""
    return f"{getpass.getuser()}@{socket.getfqdn()}"


def memo_message(memo: Path, summary: MailSummary, to: list[str], sender: str | None = None,
                 subject: str | None = None) -> EmailMessage:
    """A message with the memo attached (its MIME type from its suffix) and the summary as body."""
    kind = ATTACHMENT_TYPES.get(memo.suffix.lower())
    if kind is None:
        raise InputError(str(memo), "only a memo (.docx, .pdf, .md, .txt or .html) can be attached")
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = one_line(subject or summary.title)
    message["From"] = check_address(sender or default_sender())
    if to:
        message["To"] = ", ".join(check_address(address) for address in to)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=message["From"].addresses[0].domain)
    message["X-Mailer"] = "briefing"  # so that a later build never reads this message back as an article
    message.set_content(plain_body(summary))
    message.add_alternative(html_body(summary), subtype="html")
    maintype, subtype = kind
    message.add_attachment(memo.read_bytes(), maintype=maintype, subtype=subtype, filename=memo.name)
    return message


def plain_body(summary: MailSummary) -> str:
    lines = [summary.classification, ""] if summary.classification else []
    lines += [summary.title, ""]
    if summary.bottom_line:
        lines += [f"{BLUF_HEADING}:"] + [f"- {text}" for text in summary.bottom_line] + [""]
    if summary.headlines:
        lines += ["In the memo:"] + [f"- {text}" for text in summary.headlines] + [""]
    lines.append("The full memo is attached.")
    return "\n".join(lines) + "\n"


def html_body(summary: MailSummary) -> str:
    def items(texts):
        return "<ul>" + "".join(f"<li>{html.escape(text)}</li>" for text in texts) + "</ul>"
    parts = [f"<p><strong>{html.escape(summary.classification)}</strong></p>"] if summary.classification else []
    parts.append(f"<h1>{html.escape(summary.title)}</h1>")
    if summary.bottom_line:
        parts += [f"<h2>{html.escape(BLUF_HEADING)}</h2>", items(summary.bottom_line)]
    if summary.headlines:
        parts += ["<h2>In the memo</h2>", items(summary.headlines)]
    parts.append("<p>The full memo is attached.</p>")
    return '<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="utf-8"></head><body>\n' \
        + "\n".join(parts) + "\n</body></html>\n"


def write_eml(message: EmailMessage, path: Path) -> None:
    with atomic_path(path) as temporary:
        temporary.write_bytes(message.as_bytes(policy=policy.SMTP))


def read_eml(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.SMTP).parsebytes(path.read_bytes())
    if not message["From"] or message.defects:
        raise InputError(str(path), "is not an email message (.eml) with a From header")
    return message


def recipients_of(message: EmailMessage) -> list[str]:
    return [address for _, address in getaddresses(message.get_all("To", []) + message.get_all("Cc", []))
            if address]


@dataclass
class SmtpServer:
    host: str
    port: int | None = None
    security: str | None = None  # None, "starttls" or "ssl"
    timeout: float = 30.0
    cafile: str | None = None  # certificates to trust besides the system's, for a private CA

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port or DEFAULT_PORTS[self.security]}"


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine, so that nothing sent to it crosses a network."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name
        return False


def tls_context(server: SmtpServer) -> ssl.SSLContext:
    """The system's trusted certificates, and the server's cafile on top of them."""
    # create_default_context(cafile=...) would load only the cafile, dropping the system's certificates.
    context = ssl.create_default_context()
    if server.cafile:
        context.load_verify_locations(cafile=server.cafile)
    return context


def check_login_is_safe(server: SmtpServer) -> None:
    """Refuse to log in where the password would cross a network unencrypted."""
    if not server.security and not is_loopback(server.host):
        raise InputError(server.address, "would send the password unencrypted: use --starttls or --ssl")


def send_message(message: EmailMessage, recipients: list[str], server: SmtpServer,
                 credentials: tuple[str, str] | None = None) -> None:
    """Send through `server`; every failure is an InputError in one line, naming the server."""
    if credentials:
        check_login_is_safe(server)
    port = server.port or DEFAULT_PORTS[server.security]
    try:
        context = tls_context(server) if server.security else None
        client: smtplib.SMTP
        if server.security == "ssl":
            client = smtplib.SMTP_SSL(server.host, port, timeout=server.timeout, context=context)
        else:
            client = smtplib.SMTP(server.host, port, timeout=server.timeout)
        with client:
            if server.security == "starttls":
                client.starttls(context=context)
            if credentials:
                client.login(*credentials)
            client.send_message(message, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(f"{address} ({code} {reply.decode(errors='replace')})"
                            for address, (code, reply) in exc.recipients.items())
        raise InputError(server.address, f"refused the recipients {refused}") from None
    except smtplib.SMTPAuthenticationError as exc:
        raise InputError(server.address, f"refused the login: {exc.smtp_code} {reply_text(exc.smtp_error)}") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise InputError(server.address, f"does not support it: {exc}") from None
    except smtplib.SMTPResponseException as exc:
        raise InputError(server.address, f"answered {exc.smtp_code} {reply_text(exc.smtp_error)}") from None
    except (ssl.SSLError, ssl.CertificateError) as exc:
        raise InputError(server.address, f"TLS failed: {exc.reason if hasattr(exc, 'reason') else exc}") from None
    except TimeoutError:  # socket.timeout is TimeoutError
        raise InputError(server.address, f"did not answer within {server.timeout:g} seconds") from None
    except ConnectionRefusedError:
        raise InputError(server.address, "refused the connection (is the host or port wrong?)") from None
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):  # smtplib reports a read timeout as a disconnection
            raise InputError(server.address, f"did not answer within {server.timeout:g} seconds") from None
        raise InputError(server.address, f"closed the connection: {one_line(str(exc))}") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise InputError(server.address, f"sending failed: {one_line(str(exc)) or type(exc).__name__}") from None


def reply_text(reply) -> str:
    return one_line(reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply))

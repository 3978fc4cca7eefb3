"""Reading articles: formats, encodings, metadata, and the one-line errors for bad input."""
import codecs

import pytest
from docx import Document as WordDocument

from briefing.errors import InputError
from briefing.ingest.read import collect_paths, read_document

ARTICLE = "Talks resume in Bogota\n\nThe ministers met on Thursday. They agreed on a plan for 2 million migrants.\n"


def test_txt_keeps_decoded_content_exactly(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(str(path))
    assert doc.text == ARTICLE.replace("\n", "\r\n")


@pytest.mark.parametrize("encoding, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""), ("latin-1", b"")])
def test_common_encodings_decode(tmp_path, encoding, bom):
    text = "Café talks: “We agree,” said José Peña. The deal is worth €5 million."
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("€", "EUR ")
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert read_document(str(path)).text == text


def test_header_lines_give_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Source: VOA News\nDate: 2021-10-21\nURL: https://example.org/a\n\n" + ARTICLE, encoding="utf-8")
    doc = read_document(str(path))
    assert (doc.source, doc.date, doc.url) == ("VOA News", "2021-10-21", "https://example.org/a")


def test_html_article_and_metadata(tmp_path):
    body = "".join(f"<p>Paragraph {i} says the ministers met to discuss migration policy in detail.</p>"
                   for i in range(6))
    html = ("<html><head><title>Ministers meet - Example News</title>"
            '<meta property="og:title" content="Ministers meet on migration">'
            '<meta property="og:site_name" content="Example News">'
            '<meta name="date" content="2021-10-21">'
            '<link rel="canonical" href="https://example.org/ministers"></head>'
            f"<body><nav>Home | World | Share</nav><article><h1>Ministers meet on migration</h1>{body}"
            "</article><footer>Copyright Example News</footer></body></html>")
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.title == "Ministers meet on migration"
    assert doc.source == "Example News"
    assert doc.url == "https://example.org/ministers"
    assert "Paragraph 5 says" in doc.text
    assert "Home | World" not in doc.text


def test_docx_article(tmp_path):
    word = WordDocument()
    word.add_heading("Ministers meet on migration", level=0)
    word.add_paragraph("The ministers met on Thursday.")
    path = tmp_path / "a.docx"
    word.save(path)
    doc = read_document(str(path))
    assert doc.title == "Ministers meet on migration"
    assert "The ministers met on Thursday." in doc.text


def test_markdown_loses_markup_not_words(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Ministers *meet*\n\nThe [ministers](https://x.org) met on **Thursday**.\n", encoding="utf-8")
    doc = read_document(str(path))
    assert doc.title == "Ministers meet"
    assert "The ministers met on Thursday." in doc.text


def test_stdin(tmp_path):
    doc = read_document("-", ARTICLE.encode("utf-8"))
    assert doc.text == ARTICLE and doc.name == "stdin"


def test_folder_expands_to_supported_files_sorted(tmp_path):
    for name in ["b.txt", "a.html", "c.docx", "notes.odt", ".hidden.txt"]:
        (tmp_path / name).write_text("x")
    assert [p.rsplit("/", 1)[1] for p in collect_paths([str(tmp_path)])] == ["a.html", "b.txt", "c.docx"]


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty or whitespace only"),
    ("blank.txt", b"  \n\t\n", "empty or whitespace only"),
    ("binary.txt", bytes(range(256)) * 40, "binary data"),
    ("notes.odt", b"PK\x03\x04", "unsupported file type '.odt'"),
    ("broken.pdf", b"%PDF-1.4", "not a readable PDF"),
    ("broken.docx", b"not a zip at all", "not a valid .docx"),
])
def test_bad_input_names_file_and_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(str(path))
    assert str(caught.value).startswith(str(path) + ": ")
    assert problem in str(caught.value)


def test_a_missing_file_is_an_error_in_its_place(tmp_path):
    (tmp_path / "b.txt").write_text("Ministers agreed a plan on Thursday.", encoding="utf-8")
    first, second = collect_paths([str(tmp_path / "nope.txt"), str(tmp_path / "b.txt")])
    assert isinstance(first, InputError) and str(first) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    assert second == str(tmp_path / "b.txt")


def test_docx_zip_bomb_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b"a" * (120 * 1024 * 1024) + b"/>")
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(InputError, match="inflate to over 100 MB"):
        read_document(str(path))


def test_docx_entities_are_not_expanded(tmp_path):
    word = WordDocument()
    word.add_paragraph("PLACEHOLDER")
    word.save(tmp_path / "plain.docx")
    import zipfile

    with zipfile.ZipFile(tmp_path / "plain.docx") as source:
        parts = {name: source.read(name) for name in source.namelist()}
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    document = parts["word/document.xml"]
    parts["word/document.xml"] = laughs + document[document.index(b"<w:document"):].replace(b"PLACEHOLDER", b"&lol2;")
    with zipfile.ZipFile(tmp_path / "laughs.docx", "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    try:
        doc = read_document(str(tmp_path / "laughs.docx"))
    except InputError as error:
        assert "laughs.docx" in str(error)
    else:
        assert "lollol" not in doc.text


def test_oversized_input_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(11 * 1024 * 1024)
    with pytest.raises(InputError, match="too large for an article"):
        read_document(str(path))
    with pytest.raises(InputError, match="too large"):
        read_document("-", b"x" * (10 * 1024 * 1024 + 1))


def test_html_without_article_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>alert(1)</script></head><iframe src='x'></iframe></html>")
    with pytest.raises(InputError, match="no article text found"):
        read_document(str(path))

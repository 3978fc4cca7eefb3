"""briefing: news articles in, a Word briefing memo out, offline.

    from briefing import build_briefing, extract
    build_briefing(["article.txt"], "memo.docx")
    data = extract(["article.txt"])

Names are imported on first use, so that the command line starts fast.
"""
from importlib import import_module

_HOMES = {
    "Archive": "archive", "InputError": "errors", "Briefing": "model", "Document": "model", "Topic": "model",
    "analyse": "pipeline", "build_briefing": "pipeline", "extract": "pipeline", "SelectOptions": "compose.select",
    "load_topics_file": "ingest.topics_file", "parse_topic_option": "ingest.topics_file",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    return getattr(import_module(f"briefing.{_HOMES[name]}"), name)

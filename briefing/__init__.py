"""briefing: news articles in, a Word briefing memo out, offline.

    from briefing import build_briefing, extract
    build_briefing(["article.txt"], "memo.docx")
    data = extract(["article.txt"])
"""
from .errors import InputError
from .model import Briefing, Document, Topic
from .pipeline import analyse, build_briefing, extract
from .select import SelectOptions
from .topics import load_topics_file, parse_topic_option

__all__ = ["Briefing", "Document", "InputError", "SelectOptions", "Topic", "analyse", "build_briefing", "extract",
           "load_topics_file", "parse_topic_option"]

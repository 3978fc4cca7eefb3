"""Topics: route sentences to the user's topics (route.py), or discover them from the articles (discover.py)."""
from __future__ import annotations

from briefing.analyse.topics.discover import discover_topics
from briefing.analyse.topics.route import route_topics

__all__ = ["discover_topics", "route_topics"]

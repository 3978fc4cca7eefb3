"""Lines that are web-page furniture, not article text. Data only: one entry per line a reader skips."""
from __future__ import annotations

# Whole lines, compared lowercased and without punctuation.
BOILERPLATE_LINES = {
    "accessibility links", "breaking news", "share", "share this", "share this article", "share this story",
    "share on facebook", "share on twitter", "advertisement", "advertising", "skip to main content",
    "skip to content", "print", "email", "e-mail", "tweet", "facebook", "twitter", "linkedin", "whatsapp",
    "related", "related stories", "related articles", "related content", "read more", "more on this story",
    "comments", "subscribe", "sign up", "sign in", "log in", "menu", "close", "home", "top stories", "most read",
    "watch", "listen", "copy link", "follow us", "newsletter", "back to top", "see all", "next", "previous",
    "loading", "trending", "latest", "live", "video", "audio", "photos", "more", "also read", "recommended",
    "image copyright", "image caption", "media caption", "getty images",
    "media playback is unsupported on your device", "read the rest here", "click here", "continue reading",
    "story continues below", "story continues below advertisement", "tags", "order reprints", "print article",
    "don't miss", "dont miss", "this article has been sent to", "an error has occurred, please try again later",
}
# "Read more:" and its kin in the languages news is read in: a link to another article follows.
READ_MORE_PHRASES = ("read more", "read also", "also read", "see also", "see more", "related", "related stories",
                     "related articles", "leggi anche", "lesen sie auch", "lire aussi", "leia também", "leia mais",
                     "lea también", "lee también", "más información")
# Headings over a list of other articles' headlines: what follows them, line by line, is no article text.
RELATED_LIST_HEADINGS = {
    "related", "related stories", "related articles", "related content", "more on this story", "recommended",
    "recommended for you", "you may also like", "you might also like", "more stories", "more from", "read next",
    "trending", "most read", "most popular", "popular", "top stories", "also read", "more news", "latest news",
}
# News agencies a dateline names: "London (CNN) —", "(Reuters) -", "KVELLER via JTA —".
NEWS_AGENCIES = ("AP", "AFP", "CNN", "CNN Business", "CNN Money", "Reuters", "UPI", "Bloomberg", "dpa", "ANI", "PTI",
                 "IANS", "Xinhua", "TASS", "JTA", "EFE", "ANSA", "Kyodo", "Yonhap", "BBC", "CNBC", "NPR")
# A headline runs to at most this many words when it ends in a full stop as a sentence does.
HEADLINE_WORDS = 16
# Words that open a sentence and, capitalised, never go on one: a pasted photo caption runs into the
# story's sentence without a full stop ("… banned from driving The brother of Ryan Giggs …").
# Those in OPEN_AFTER_NAMES may also follow a capitalised word ("… Leeds United The club …"); the
# rest do so in names and titles ("Class A drugs", "Faking It", "How We Do").
SENTENCE_OPENERS = ("A", "An", "It", "We")
OPEN_AFTER_NAMES = ("The", "He", "She", "They", "His", "Her", "Their", "This", "These", "And", "But")

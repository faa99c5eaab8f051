"""Page furniture that is not the article (docs/codebook.md 1.2): cross-links, photo credits and
captions, newsletter and social prompts, bylines, advertisements.

trafilatura, asked to favour precision, already leaves out menus, sidebars, link lists and comments;
what gets through sits between the article's own paragraphs, and is recognisable by its form: a
short paragraph that opens with "Also read:", "Related:", "Photo:", "Watch:", "Click here", or
that is a credit in brackets ("(AP Photo/Hadi Mizban)"). Such paragraphs are dropped whole; a
sentence of the article that merely mentions a photo is kept.
"""

from __future__ import annotations

import re

# Openings of furniture paragraphs, as news sites write them.
_OPENINGS = re.compile(
    r"^\s*(?:also read|read also|read more|more:|related(?: stories| articles| coverage)?\s*:|see also|"
    r"recommended|trending|watch\s*:|video\s*:|listen\s*:|photo\s*:|photos\s*:|image\s*:|picture\s*:|"
    r"caption\s*:|file photo|click here|sign up|subscribe|follow us|share this|advertisement|"
    r"copyright|©|all rights reserved|reporting by|editing by|additional reporting|"
    r"this story has been|this article was|we use cookies)", re.IGNORECASE)
# A credit line: "(AP Photo/Hadi Mizban)", "Photo: Reuters", "(Getty Images)".
_CREDIT = re.compile(r"^\s*\(?\s*(?:[A-Z][\w.]*\s+)?(?:photo|photograph|image|picture)s?\s*(?:by|/|:)[^.]{0,60}\)?\s*$"
                     r"|^\s*\((?:AP|AFP|Reuters|Getty Images|EPA)[^)]{0,40}\)\s*$", re.IGNORECASE)
_SHORT_WORDS = 40  # furniture is short; a real paragraph opening "Related:" is rare and long


def is_furniture(paragraph: str) -> bool:
    """A cross-link, caption, credit or prompt paragraph: not article text."""
    return bool(_OPENINGS.match(paragraph) or _CREDIT.match(paragraph)) and len(paragraph.split()) <= _SHORT_WORDS


def strip_furniture(text: str) -> str:
    """The text without furniture paragraphs (paragraphs: blank-line separated, else lines)."""
    sep = "\n\n" if re.search(r"\n[ \t]*\n", text) else "\n"
    paragraphs = re.split(r"\n[ \t]*\n" if sep == "\n\n" else r"\n", text)
    return sep.join(p for p in paragraphs if not is_furniture(p)).strip()

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


# A list of other stories' headlines under its heading ("MOST READ", "Top stories"): each reads like news.
_LIST_HEADING = re.compile(r"^\s*(?:most (?:read|popular|viewed|shared)|top stories|trending(?: now)?|latest(?: news)?|"
                           r"more (?:stories|news|from [\w ]{1,30})|you may also like|popular(?: now)?|"
                           r"editor'?s picks|what to read next)\s*:?\s*$", re.IGNORECASE)
_LIST_LINE_WORDS = 25
# Lines of a page's frame inside a paragraph: a breadcrumb ("Home > World > Africa"), a row of share
# buttons ("Facebook | X | Email"), a byline set off by a bar ("By Our Correspondent | 20 November
# 2026"), an advertisement slot, and a caption that ends on its credit ("... (Photo: AFP)").
_FRAME_LINE = re.compile(
    r"^\s*(?:[\w'&. -]{1,30}\s>\s[\w'&. -]{1,30}(?:\s>\s[\w'&. -]{1,30})+"
    r"|(?:[\w.+-]{1,12}\s*\|\s*){2,}[\w.+-]{1,12}"
    r"|by\s+[A-Z][\w.' -]{1,60}\s*\|.{0,80}"
    r"|advertisement|share this(?: article| story)?"
    r"|.{1,300}\((?:(?:AP|AFP|Reuters|EPA|Getty Images)\s*)?(?:photo|picture|image)s?\s*(?:[:/][^)]{0,60})?\))\s*$",
    re.IGNORECASE)


def is_furniture(paragraph: str) -> bool:
    """A cross-link, caption, credit or prompt paragraph, or a list of other stories under its
    heading: not article text."""
    lines = [line for line in paragraph.splitlines() if line.strip()]
    if lines and _LIST_HEADING.match(lines[0]) and all(len(line.split()) <= _LIST_LINE_WORDS for line in lines):
        return True
    return bool(_OPENINGS.match(paragraph) or _CREDIT.match(paragraph)) and len(paragraph.split()) <= _SHORT_WORDS


def without_frame_lines(paragraph: str) -> str:
    """The paragraph with its frame lines (breadcrumbs, share rows, bylines, captions) blanked out,
    the same length, so that offsets into the article hold."""
    return "".join(" " * len(line) if _FRAME_LINE.match(line) else line
                   for line in re.split(r"(?<=\n)", paragraph))


def strip_furniture(text: str) -> str:
    """The text without furniture paragraphs (paragraphs: blank-line separated, else lines) and
    without the frame lines inside them."""
    sep = "\n\n" if re.search(r"\n[ \t]*\n", text) else "\n"
    paragraphs = re.split(r"\n[ \t]*\n" if sep == "\n\n" else r"\n", text)
    kept = (re.sub(r"(?m)^[ \t]+\n", "", without_frame_lines(p)).rstrip() for p in paragraphs if not is_furniture(p))
    return sep.join(p for p in kept if p.strip()).strip()

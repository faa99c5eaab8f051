"""Real news text for the benchmarks, read in place from ../shared/eval (never copied)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def news_texts(n: int, with_example: bool = True) -> list[str]:
    """n texts: the example article (optionally), then LGL and GeoVirus articles, cycled."""
    texts = [(SHARED / "000_a2d6e3adf7c3a122.txt").read_text(encoding="utf-8")] if with_example else []
    for name in ("lgl.xml", "GeoVirus.xml"):
        root = ET.parse(SHARED / "geo" / name).getroot()
        texts += [a.findtext("text") for a in root.iter("article") if (a.findtext("text") or "").strip()]
    return [texts[i % len(texts)] for i in range(n)]

"""Stage 3: EventMentions -> Events. The only stage that looks across articles.

This first version makes one Event per EventMention, with the Event's id equal to its first
mention's id so that ids stay stable when later merging joins mentions into existing events.
Cross-report merging (same type, compatible actors, place and date windows) builds on this.
"""

from __future__ import annotations

from .records import Article, Event, EventMention


def event_from_mention(mention: EventMention, article: Article) -> Event:
    source = mention.attribution.outlet or article.outlet or article.doc
    return Event(
        id=mention.id, event_type=mention.event_type, status=mention.status, mode=mention.mode,
        actor1=mention.actor1, actor2=mention.actor2, place=mention.place, date=mention.date,
        fatalities=mention.fatalities, mentions=[mention.id], sources=[source],
        first_reported=article.published, corroboration=1,
        merge_reasons=[{"mention": mention.id, "reason": "first report"}],
    )

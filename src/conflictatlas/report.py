"""Situation reports: what happened in a country over a period, as HTML, PDF or Markdown.

`build()` gathers the figures from the store (counts by type and status, top actors, the most
corroborated events with their sources, reported fatalities with ranges) and draws a map and a
timeline with matplotlib; `render()` writes them in one of three formats. Country-level events are
counted and listed but never drawn as points. Article text reaches the HTML only through Jinja's
autoescaping.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from .export import POINT_PRECISIONS, acled_type, flat
from .store import EventQuery, Store

FORMATS = ("html", "pdf", "md")
TOP = 10


@dataclass
class Report:
    title: str
    country: str | None
    since: str | None
    until: str | None
    generated: str
    events: list[dict]
    by_type_status: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    actors: list[tuple[str, int]] = field(default_factory=list)
    corroborated: list[dict] = field(default_factory=list)
    fatalities: list[dict] = field(default_factory=list)
    fatality_totals: dict = field(default_factory=dict)
    unmapped: int = 0
    map_png: bytes = b""
    timeline_png: bytes = b""


def build(store: Store, *, country: str | None = None, since: str | None = None, until: str | None = None) -> Report:
    from .countries import alpha3, country_name
    from .store.query import country_code

    events = store.events(EventQuery(country=country, since=since, until=until))
    code = country_code(country) if country else None
    name = country_name(alpha3(code) or code) if code else "all countries"
    period = f"{since or 'the first report'} to {until or date.today().isoformat()}"
    r = Report(title=f"Situation report: {name}, {period}", country=code, since=since, until=until,
               generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), events=events)
    table: dict[str, Counter] = {}
    for e in events:
        table.setdefault(e["event_type"], Counter())[e["status"]] += 1
    r.statuses = [s for s in ("occurred", "ongoing", "planned", "threatened", "hypothetical", "denied")
                  if any(s in c for c in table.values())]
    r.by_type_status = sorted(((t, dict(c)) for t, c in table.items()), key=lambda tc: -sum(tc[1].values()))
    actors = Counter()
    for e in events:
        for side in ("actor1", "actor2"):
            a = e.get(side) or {}
            if a.get("text") is not None and (a.get("name") or a.get("text")):
                actors[a.get("name") or a.get("text")] += 1
    r.actors = actors.most_common(TOP)
    r.corroborated = [_summary(e) for e in sorted(events, key=lambda e: (-(e.get("corroboration") or 0),
                                                                          -len(e.get("mentions") or []), e["id"]))[:TOP]]
    with_f = [e for e in events if (e.get("fatalities") or {}).get("best") is not None
              or (e.get("fatalities") or {}).get("low") is not None]
    r.fatalities = [_summary(e) for e in with_f]
    r.fatality_totals = {k: sum((e["fatalities"].get(k) or 0) for e in with_f) for k in ("low", "best", "high")}
    r.unmapped = sum(1 for e in events if (e.get("place") or {}).get("precision") not in POINT_PRECISIONS)
    r.map_png = _map(events, code)
    r.timeline_png = _timeline(events)
    return r


def _summary(e: dict) -> dict:
    f = flat(e)
    fat = e.get("fatalities") or {}
    return {"id": e["id"], "date": f["date_start"] or (f"by {f['date_end']}" if f["date_end"] else "undated"),
            "what": f"{e['event_type']}{'/' + e['mode'] if e.get('mode') else ''} ({e['status']})",
            "acled": " / ".join(acled_type(e["event_type"], e.get("mode"), e.get("actor2"))[1:]),
            "who": f"{f['actor1'] or '?'} → {f['actor2'] or '?'}",
            "where": f"{f['place'] or '?'} ({f['country'] or '?'}, {f['precision'] or 'no place'})",
            "corroboration": e.get("corroboration"), "sources": "; ".join(e.get("sources") or []),
            "claims": "; ".join(e.get("claims") or []), "summary": e.get("summary") or "",
            "fatalities": (f"{fat.get('low')}–{fat.get('high')} (best {fat.get('best')})"
                           if fat.get("best") is not None or fat.get("low") is not None else "")}


def _png(fig) -> bytes:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _map(events: list[dict], code: str | None) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .geo.outlines import country_outlines

    pts = [e for e in events if (e.get("place") or {}).get("precision") in POINT_PRECISIONS
           and e["place"].get("lat") is not None]
    fig, ax = plt.subplots(figsize=(7, 5))
    lons = [e["place"]["lon"] for e in pts]
    lats = [e["place"]["lat"] for e in pts]
    if code:
        from .countries import alpha3

        shapes = [f for f in country_outlines()["features"] if f["id"] == alpha3(code)]
        bounds = [c for f in shapes for poly in _polygons(f["geometry"]) for c in poly]
        lons_b, lats_b = [c[0] for c in bounds] + lons, [c[1] for c in bounds] + lats
    else:
        lons_b, lats_b = lons or [-180, 180], lats or [-60, 80]
    pad = 1.0
    west, east = min(lons_b, default=-180) - pad, max(lons_b, default=180) + pad
    south, north = min(lats_b, default=-60) - pad, max(lats_b, default=80) + pad
    for f in country_outlines()["features"]:
        for poly in _polygons(f["geometry"]):
            xs, ys = [c[0] for c in poly], [c[1] for c in poly]
            if max(xs) < west or min(xs) > east or max(ys) < south or min(ys) > north:
                continue
            ax.fill(xs, ys, facecolor="#eef1f4", edgecolor="#7b8794", linewidth=0.6)
    colours = {"ASSAULT": "#d64545", "COERCE": "#e67e22", "PROTEST": "#f0b429", "MOBILIZE": "#8e44ad"}
    shapes_by_status = {"occurred": "o", "ongoing": "o", "planned": "D", "threatened": "D"}
    for e in pts:
        ax.scatter(e["place"]["lon"], e["place"]["lat"], s=60, c=colours.get(e["event_type"], "#52606d"),
                   marker=shapes_by_status.get(e["status"], "s"), edgecolors="black", linewidths=0.5, alpha=0.8)
    for name in sorted({e["place"]["name"] for e in pts}):
        p = next(e["place"] for e in pts if e["place"]["name"] == name)
        ax.annotate(name, (p["lon"], p["lat"]), xytext=(4, 4), textcoords="offset points", fontsize=8)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal")
    ax.set_title(f"{len(pts)} event(s) at a town or finer; circles occurred, diamonds planned/threatened",
                 fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
    return _png(fig)


def _polygons(geometry: dict | None) -> list[list[list[float]]]:
    if not geometry:
        return []
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [p[0] for p in geometry["coordinates"]]
    return []


def _timeline(events: list[dict]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days: dict[str, Counter] = {}
    for e in events:
        d = (e.get("date") or {}).get("start") or (e.get("date") or {}).get("end")
        if d:
            days.setdefault(d, Counter())[e["status"]] += 1
    fig, ax = plt.subplots(figsize=(7, 2.4))
    if days:
        xs = sorted(days)
        bottom = [0] * len(xs)
        dates = [date.fromisoformat(x) for x in xs]
        for status, colour in (("occurred", "#52606d"), ("ongoing", "#829ab1"), ("planned", "#d64545"),
                               ("threatened", "#f0b429"), ("hypothetical", "#bcccdc"), ("denied", "#9aa5b1")):
            ys = [days[x][status] for x in xs]
            if any(ys):
                ax.bar(dates, ys, bottom=bottom, color=colour, label=status, width=0.8)
                bottom = [b + y for b, y in zip(bottom, ys, strict=True)]
        ax.legend(fontsize=7, ncol=3)
        from datetime import timedelta

        import matplotlib.dates as mdates

        ax.set_xlim(dates[0] - timedelta(days=2), dates[-1] + timedelta(days=2))
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        fig.autofmt_xdate()
    ax.set_ylabel("events per day", fontsize=8)
    ax.set_title("Events by date (start of the reported interval, else the report's date)", fontsize=9)
    return _png(fig)


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ r.title }}</title>
<style>body{font:14px/1.45 sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1f2933}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccd;padding:.25em .5em;vertical-align:top}
th{background:#f0f4f8}.small{color:#52606d;font-size:.9em}img{max-width:100%}</style></head><body>
<h1>{{ r.title }}</h1>
<p class="small">Generated {{ r.generated }} by Conflict Atlas from news reports. {{ r.events|length }} event(s);
{{ r.unmapped }} of them known only to a province, a country or not placed (listed, not mapped).
Corroboration counts independent outlets: reposts and credited copies count once.</p>
<h2>Events by type and status</h2>
{% if r.by_type_status %}<table><tr><th>type</th>{% for s in r.statuses %}<th>{{ s }}</th>{% endfor %}<th>total</th></tr>
{% for t, c in r.by_type_status %}<tr><td>{{ t }}</td>{% for s in r.statuses %}<td>{{ c.get(s, 0) }}</td>{% endfor %}<td>{{ c.values()|sum }}</td></tr>{% endfor %}
</table>{% else %}<p>No events in this period.</p>{% endif %}
<h2>Map</h2><img alt="map of events" src="data:image/png;base64,{{ map_b64 }}">
<h2>Timeline</h2><img alt="events per day" src="data:image/png;base64,{{ timeline_b64 }}">
<h2>Top actors</h2><table><tr><th>actor</th><th>events</th></tr>
{% for a, n in r.actors %}<tr><td>{{ a }}</td><td>{{ n }}</td></tr>{% endfor %}</table>
<h2>Most corroborated events</h2><table><tr><th>date</th><th>event</th><th>who</th><th>where</th><th>independent sources</th><th>report</th></tr>
{% for e in r.corroborated %}<tr><td>{{ e.date }}</td><td>{{ e.what }}<br><span class="small">{{ e.acled }}</span></td><td>{{ e.who }}</td>
<td>{{ e.where }}</td><td>{{ e.corroboration }}: {{ e.sources }}</td><td>“{{ e.summary }}”<br><span class="small">says so: {{ e.claims }}</span></td></tr>{% endfor %}</table>
<h2>Reported fatalities</h2>
{% if r.fatalities %}<p>Summed over {{ r.fatalities|length }} event(s): low {{ r.fatality_totals.low }}, best {{ r.fatality_totals.best }}, high {{ r.fatality_totals.high }}
(each event's range runs from the lowest to the highest figure any report gave).</p>
<table><tr><th>date</th><th>event</th><th>where</th><th>fatalities</th><th>says so</th></tr>
{% for e in r.fatalities %}<tr><td>{{ e.date }}</td><td>{{ e.what }}</td><td>{{ e.where }}</td><td>{{ e.fatalities }}</td><td>{{ e.claims }}</td></tr>{% endfor %}</table>
{% else %}<p>No report in this period gives a number of dead.</p>{% endif %}
</body></html>"""


def to_html(r: Report) -> str:
    from jinja2 import Environment

    env = Environment(autoescape=True)
    return env.from_string(_HTML).render(r=r, map_b64=base64.b64encode(r.map_png).decode(),
                                         timeline_b64=base64.b64encode(r.timeline_png).decode())


def _md_cell(value) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def to_markdown(r: Report, images: tuple[str, str]) -> str:
    lines = [f"# {r.title}", "", f"Generated {r.generated} by Conflict Atlas. {len(r.events)} event(s); "
             f"{r.unmapped} known only to a province or country, or not placed. Corroboration counts "
             "independent outlets.", "", "## Events by type and status", ""]
    if r.by_type_status:
        lines += ["| type | " + " | ".join(r.statuses) + " | total |", "|---" * (len(r.statuses) + 2) + "|"]
        lines += [f"| {t} | " + " | ".join(str(c.get(s, 0)) for s in r.statuses) + f" | {sum(c.values())} |"
                  for t, c in r.by_type_status]
    else:
        lines.append("No events in this period.")
    lines += ["", "## Map", "", f"![map of events]({images[0]})", "", "## Timeline", "",
              f"![events per day]({images[1]})", "", "## Top actors", "", "| actor | events |", "|---|---|"]
    lines += [f"| {_md_cell(a)} | {n} |" for a, n in r.actors]
    lines += ["", "## Most corroborated events", "", "| date | event | who | where | independent sources | report |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {e['date']} | {_md_cell(e['what'])} | {_md_cell(e['who'])} | {_md_cell(e['where'])} | "
              f"{e['corroboration']}: {_md_cell(e['sources'])} | {_md_cell(e['summary'])} (says so: {_md_cell(e['claims'])}) |"
              for e in r.corroborated]
    lines += ["", "## Reported fatalities", ""]
    if r.fatalities:
        t = r.fatality_totals
        lines += [f"Summed over {len(r.fatalities)} event(s): low {t['low']}, best {t['best']}, high {t['high']}.", "",
                  "| date | event | where | fatalities | says so |", "|---|---|---|---|---|"]
        lines += [f"| {e['date']} | {_md_cell(e['what'])} | {_md_cell(e['where'])} | {e['fatalities']} | "
                  f"{_md_cell(e['claims'])} |" for e in r.fatalities]
    else:
        lines.append("No report in this period gives a number of dead.")
    return "\n".join(lines) + "\n"


def to_pdf(r: Report) -> bytes:
    from fpdf import FPDF
    from matplotlib import get_data_path

    fonts = Path(get_data_path()) / "fonts" / "ttf"  # DejaVu ships with matplotlib: any script prints
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()

    def heading(text: str, size: int = 13, keep: float = 25) -> None:
        if pdf.will_page_break(keep):  # a heading stays with the first lines of what it heads
            pdf.add_page()
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text: str, size: int = 9) -> None:
        pdf.set_font("DejaVu", "", size)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def table(header: list[str], rows: list[list], widths: list[int]) -> None:
        pdf.set_font("DejaVu", "", 7.5)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4) as t:
            row = t.row()
            for h in header:
                row.cell(h)
            for values in rows:
                row = t.row()
                for v in values:
                    row.cell(str(v if v is not None else ""))
        pdf.ln(2)

    heading(r.title, 15)
    para(f"Generated {r.generated} by Conflict Atlas from news reports. {len(r.events)} event(s); {r.unmapped} "
         "known only to a province or country, or not placed (listed, not mapped). Corroboration counts "
         "independent outlets: reposts and credited copies count once.")
    heading("Events by type and status")
    if r.by_type_status:
        table(["type", *r.statuses, "total"],
              [[t, *[c.get(s, 0) for s in r.statuses], sum(c.values())] for t, c in r.by_type_status],
              [30] + [18] * len(r.statuses) + [15])
    else:
        para("No events in this period.")
    heading("Map", keep=110)
    pdf.image(io.BytesIO(r.map_png), w=150)
    heading("Timeline", keep=70)
    pdf.image(io.BytesIO(r.timeline_png), w=170)
    heading("Top actors")
    table(["actor", "events"], [[a, n] for a, n in r.actors], [120, 20])
    heading("Most corroborated events")
    table(["date", "event", "who / where", "sources", "report (who says so)"],
          [[e["date"], e["what"], f"{e['who']}\n{e['where']}", f"{e['corroboration']}: {e['sources']}",
            f"“{e['summary']}” ({e['claims']})"] for e in r.corroborated], [18, 25, 40, 30, 67])
    heading("Reported fatalities")
    if r.fatalities:
        t = r.fatality_totals
        para(f"Summed over {len(r.fatalities)} event(s): low {t['low']}, best {t['best']}, high {t['high']} "
             "(each event's range runs from the lowest to the highest figure any report gave).")
        table(["date", "event", "where", "fatalities", "says so"],
              [[e["date"], e["what"], e["where"], e["fatalities"], e["claims"]] for e in r.fatalities],
              [20, 30, 50, 30, 50])
    else:
        para("No report in this period gives a number of dead.")
    return bytes(pdf.output())


def render(r: Report, fmt: str, output: Path | None) -> str | bytes:
    if fmt == "html":
        return to_html(r)
    if fmt == "pdf":
        return to_pdf(r)
    if output is not None:  # Markdown links its images as files beside it
        stem = output.with_suffix("")
        paths = (Path(f"{stem}-map.png"), Path(f"{stem}-timeline.png"))
        paths[0].write_bytes(r.map_png)
        paths[1].write_bytes(r.timeline_png)
        return to_markdown(r, (paths[0].name, paths[1].name))
    return to_markdown(r, ("data:image/png;base64," + base64.b64encode(r.map_png).decode(),
                           "data:image/png;base64," + base64.b64encode(r.timeline_png).decode()))

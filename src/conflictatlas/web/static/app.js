// Conflict Atlas map page. Article text is untrusted: every value from the API is put into the
// page as text (createTextNode / textContent), never as HTML, and links only ever get http(s) URLs.
"use strict";

const TYPES = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION", "RETREAT", "AGREE",
  "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT"];
const STATUSES = ["occurred", "ongoing", "planned", "threatened", "hypothetical", "denied"];
// One colour per type, each far from every other (Trubetskoy's 20 distinct colours), so that all
// sixteen can share a legend; violent types take the warm ones.
const COLORS = {ASSAULT: "#e6194b", COERCE: "#f58231", PROTEST: "#ffe119", MOBILIZE: "#911eb4", THREATEN: "#800000",
  SANCTION: "#9a6324", RETREAT: "#469990", AGREE: "#3cb44b", CONSULT: "#4363d8", SUPPORT: "#bfef45",
  CONCEDE: "#42d4f4", COOPERATE: "#000075", AID: "#aaffc3", REQUEST: "#a9a9a9", ACCUSE: "#f032e6",
  REJECT: "#808000"};
const LIMIT = 1000;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (e) { return null; }
}

const state = {since: null, until: null};
const map = L.map("map", {worldCopyJump: true, maxZoom: 18}).setView([20, 10], 2);
const clusters = L.markerClusterGroup({maxClusterRadius: 40});
map.addLayer(clusters);

async function getJSON(path) {
  const res = await fetch(path);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

function params(extra) {
  const p = new URLSearchParams();
  const form = new FormData(document.getElementById("filters"));
  for (const [k, v] of form.entries()) if (String(v).trim()) p.set(k, String(v).trim());
  if (state.since) p.set("since", state.since);
  if (state.until) p.set("until", state.until);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

function icon(props) {
  const div = el("div", {class: `marker ${props.status}`, title: `${props.event_type} (${props.status})`});
  div.style.backgroundColor = COLORS[props.event_type] || "#555";
  div.style.borderColor = COLORS[props.event_type] || "#222";
  return L.divIcon({html: div, className: "", iconSize: [16, 16]});
}

async function loadEvents() {
  const summary = document.getElementById("summary");
  let data;
  try {
    data = await getJSON(`/api/events?${params({format: "geojson", limit: LIMIT})}`);
  } catch (err) {
    summary.textContent = `Error: ${err.message}`;
    return;
  }
  clusters.clearLayers();
  const unmapped = document.getElementById("unmapped");
  unmapped.replaceChildren();
  let drawn = 0;
  for (const f of data.features) {
    const p = f.properties;
    if (f.geometry) {
      const [lon, lat] = f.geometry.coordinates;
      const m = L.marker([lat, lon], {icon: icon(p), title: `${p.event_type} ${p.place || ""}`});
      m.eventId = f.id;
      m.on("click", () => showEvent(f.id));
      clusters.addLayer(m);
      drawn += 1;
    } else {
      const link = el("a", {href: "#", "data-event": f.id}, `${p.event_type} (${p.status}) `,
        p.place || p.country || "no place", ` ${when(p.date_start, p.date_end)}`);
      link.addEventListener("click", (ev) => { ev.preventDefault(); showEvent(f.id); });
      unmapped.appendChild(el("li", {}, link));
    }
  }
  summary.textContent = `${data.total} event(s) match; ${drawn} on the map` +
    (data.total > LIMIT ? ` (first ${LIMIT})` : "");
  document.getElementById("map").dataset.markers = String(drawn);
  await loadTimeline();
}

// An event whose text gives no date has only its report's date as an upper bound: said so, never
// shown as if it were the day of the event.
function when(start, end) {
  if (start) return end && end !== start ? `${start} … ${end}` : start;
  return end ? `undated, reported by ${end}` : "undated";
}

function name(v) { return v ? (v.name || v.text) : "?"; }

async function showEvent(id) {
  const detail = document.getElementById("detail");
  detail.replaceChildren(el("p", {class: "hint"}, "Loading…"));
  let d;
  try { d = await getJSON(`/api/events/${encodeURIComponent(id)}`); } catch (err) {
    detail.replaceChildren(el("p", {}, `Error: ${err.message}`));
    return;
  }
  const e = d.event;
  const a1 = name(e.actor1), a2 = name(e.actor2);
  const place = e.place ? `${e.place.name || e.place.text} (${e.place.country || "?"}, ${e.place.precision || "?"})` : "no place";
  const f = e.fatalities || {};
  const nodes = [
    el("h2", {}, `${e.event_type}${e.mode ? "/" + e.mode : ""} — ${e.status}`),
    el("p", {class: "meta"}, `${a1} → ${a2}`), el("p", {class: "meta"}, place),
    el("p", {class: "meta"}, `When: ${when(e.date.start, e.date.end)}`),
    el("p", {class: "meta"}, `Independent sources: ${e.corroboration}; first reported ${e.first_reported || "?"}`),
  ];
  if (f.best !== null && f.best !== undefined) nodes.push(el("p", {class: "meta"}, `Fatalities: ${f.low}–${f.high} (best ${f.best})`));
  for (const link of d.links) {
    nodes.push(el("p", {class: "meta"}, link.outcome === e.id ? `Carries out planned event ${link.plan}` : `Carried out by event ${link.outcome}`));
  }
  const list = el("div", {id: "mentions"});
  for (const m of d.mentions) {
    const men = m.mention, art = m.article, att = men.attribution || {};
    const who = att.source ? `${att.source}${att.anonymous ? " (anonymous)" : ""}` : "the outlet";
    const via = att.outlet && att.outlet !== art.outlet && att.outlet !== att.source ? `, via ${att.outlet}` : "";
    const url = safeUrl(art.url);
    const source = url ? el("a", {href: url, rel: "noopener noreferrer", target: "_blank"}, art.title || art.outlet || url)
      : el("span", {}, art.title || art.outlet || art.doc || art.id);
    // Each report's own values: where reports disagree, the reader sees it beside the merged event.
    const deaths = men.fatalities && men.fatalities.best !== null && men.fatalities.best !== undefined
      ? `, ${men.fatalities.best} killed` : "";
    const own = `This report: ${men.event_type} ${men.status}, ${name(men.actor1)} → ${name(men.actor2)}, ` +
      `${men.place ? name(men.place) : "no place"}, ${when(men.date.start, men.date.end)}${deaths}`;
    list.appendChild(el("div", {class: "mention"},
      el("blockquote", {class: "evidence"}, men.evidence.sentence),
      el("p", {class: "meta own"}, own),
      el("p", {class: "meta"}, `Says so: ${who}${via}; ${att.segment === "commentary" ? "the site's own commentary" : "reporting"}`),
      el("p", {class: "meta"}, "Source: ", source, ` — ${art.outlet || art.doc || "?"}, ${art.published || "undated"}`,
        art.duplicate_of ? " (copy of an earlier report)" : "")));
  }
  nodes.push(el("h3", {}, `${d.mentions.length} report(s)`), list);
  detail.replaceChildren(...nodes);
}

// --- timeline: daily counts as bars; drag across it to choose a date range -----------------
let days = [];
async function loadTimeline() {
  const p = params();
  p.delete("since"); p.delete("until");
  try { days = (await getJSON(`/api/timeline?${p}`)).days; } catch (err) { days = []; }
  drawTimeline();
}

function drawTimeline() {
  const svg = document.getElementById("timeline");
  const w = svg.clientWidth || 800, h = 100;
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${w} ${h + 10}`);
  const ns = "http://www.w3.org/2000/svg";
  if (!days.length) return;
  const t0 = Date.parse(days[0].date), t1 = Date.parse(days[days.length - 1].date) + 86400000;
  const x = (t) => ((t - t0) / (t1 - t0)) * w;
  const max = Math.max(...days.map((d) => d.count));
  for (const d of days) {
    const t = Date.parse(d.date);
    const r = document.createElementNS(ns, "rect");
    const bw = Math.max(1, x(t + 86400000) - x(t) - 1);
    const bh = (d.count / max) * (h - 12);
    const inRange = (!state.since || d.date >= state.since) && (!state.until || d.date <= state.until);
    r.setAttribute("class", `bar${(state.since || state.until) && inRange ? " sel" : ""}`);
    r.setAttribute("x", x(t)); r.setAttribute("y", h - bh); r.setAttribute("width", bw); r.setAttribute("height", bh);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${d.date}: ${d.count}` +
      (d.undated ? ` (${d.undated} undated, counted on their report's date)` : "");
    r.appendChild(title);
    svg.appendChild(r);
  }
  for (const [t, anchor] of [[t0, "start"], [t1 - 86400000, "end"]]) {
    const label = document.createElementNS(ns, "text");
    label.setAttribute("class", "axis"); label.setAttribute("x", anchor === "start" ? 0 : w);
    label.setAttribute("y", h + 9); label.setAttribute("text-anchor", anchor);
    label.textContent = new Date(t).toISOString().slice(0, 10);
    svg.appendChild(label);
  }
  svg.dataset.t0 = t0; svg.dataset.t1 = t1;
  document.getElementById("range").textContent = state.since || state.until
    ? `${state.since || "…"} to ${state.until || "…"}` : "all dates";
}

(function brush() {
  const svg = document.getElementById("timeline");
  let start = null, rect = null;
  const dayAt = (px) => {
    const w = svg.clientWidth, t0 = +svg.dataset.t0, t1 = +svg.dataset.t1;
    return new Date(t0 + (Math.min(Math.max(px, 0), w) / w) * (t1 - t0)).toISOString().slice(0, 10);
  };
  svg.addEventListener("pointerdown", (ev) => {
    if (!svg.dataset.t0) return;
    start = ev.offsetX;
    rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "brush"); rect.setAttribute("y", 0); rect.setAttribute("height", 100);
    svg.appendChild(rect);
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    rect.setAttribute("x", Math.min(start, ev.offsetX)); rect.setAttribute("width", Math.abs(ev.offsetX - start));
  });
  svg.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const a = Math.min(start, ev.offsetX), b = Math.max(start, ev.offsetX);
    start = null;
    if (b - a < 3) { state.since = state.until = null; } else { state.since = dayAt(a); state.until = dayAt(b); }
    loadEvents();
  });
})();

function legend() {
  const box = document.getElementById("legend");
  for (const t of TYPES) {
    const i = el("i"); i.style.backgroundColor = COLORS[t];
    box.appendChild(el("span", {}, i, t));
  }
  box.appendChild(el("br"));
  box.appendChild(el("span", {}, "● occurred/ongoing  ◇ planned/threatened (dashed)  ▫ hypothetical/denied (faint)"));
}

async function init() {
  for (const t of TYPES) document.getElementById("f-type").appendChild(el("option", {value: t}, t));
  for (const s of STATUSES) document.getElementById("f-status").appendChild(el("option", {value: s}, s));
  legend();
  const cfg = await getJSON("/api/config");
  // The server's default threshold, shown so that the user sees what is filtered and can lower it.
  if (typeof cfg.min_confidence === "number") document.getElementById("f-conf").value = String(cfg.min_confidence);
  if (cfg.tile_url) {
    L.tileLayer(cfg.tile_url, {maxZoom: 18, attribution: "tiles: as configured"}).addTo(map);
  }
  // The offline basemap: country outlines from the server, so the map works with no internet.
  const base = await getJSON("/api/basemap");
  L.geoJSON(base, {style: {color: "#7b8794", weight: 1, fillColor: "#f5f7fa", fillOpacity: cfg.tile_url ? 0 : 1},
    interactive: false}).addTo(map);
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadEvents(); });
  document.getElementById("clear-range").addEventListener("click", () => { state.since = state.until = null; loadEvents(); });
  window.addEventListener("resize", drawTimeline);
  await loadEvents();
  document.body.dataset.ready = "1";
}

init();

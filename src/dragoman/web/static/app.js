// dragoman explorer: network, actor panel, timeline and evidence view over the REST API.
//
// Article text, titles and names are untrusted (scraped news). Every node is built with
// createElement / textContent; nothing from the API ever goes through innerHTML, and
// links are built from encoded ids only. The server's CSP is the second line of defence.
"use strict";

const KIND_COLOURS = { person: "#3b5bdb", country: "#e8590c", organization: "#0c8599", media: "#ae3ec9", group: "#868e96" };
const COOP = "#2f9e44", CONFLICT = "#e03131", NEUTRAL = "#adb5bd";
const CERT_LABEL = {
  asserted: "stated as fact by the outlet",
  reported: "reported, attributed to a source",
  speculated: "speculation (may, could, expected to)",
  hypothetical: "conditional or hypothetical",
  denied: "denied or negated",
};

const state = {
  meta: null,             // {types:[{type,score,quad}], certainties, kinds}
  scores: {},             // type -> score
  filters: { since: "", until: "", type: "", certainty: "" },
  cy: null,
  graph: null,
  actorId: null,          // actor currently in focus (filters the timeline)
  routeToken: 0,
};

// ---------------------------------------------------------------------------
// DOM helpers: the only way this file makes elements.
// ---------------------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

function svg(tag, attrs) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") el.textContent = v; else el.setAttribute(k, String(v));
  }
  return el;
}

const enc = encodeURIComponent;
const actorHref = (id) => `#/actor/${enc(id)}`;
const articleHref = (id, span) => `#/article/${enc(id)}` + (span ? `?s=${span[0]}&e=${span[1]}` : "");

function safeUrl(u) {  // only http(s) links leave the page: no javascript: or data: URLs
  try { const p = new URL(u); return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null; }
  catch { return null; }
}

// ---------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => qs.append(k, x)); else qs.append(k, v);
  }
  const url = `/api${path}` + (qs.toString() ? `?${qs}` : "");
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    let detail = r.statusText;
    try { const j = await r.json(); detail = typeof j.detail === "string" ? j.detail : JSON.stringify(j.detail); } catch { /* keep statusText */ }
    const err = new Error(detail); err.status = r.status; throw err;
  }
  return r.json();
}

function filterParams() {
  const f = state.filters;
  return { since: f.since, until: f.until };
}

// ---------------------------------------------------------------------------
// Small shared renderers
// ---------------------------------------------------------------------------

function typeColour(type) {
  const s = state.scores[type] ?? 0;
  return s > 0 ? COOP : s < 0 ? CONFLICT : NEUTRAL;
}

function typeBadge(type) {
  return h("span", { class: "badge type", dataset: { tone: (state.scores[type] ?? 0) >= 0 ? "coop" : "conflict" },
    title: quadOf(type), text: type });
}

function quadOf(type) {
  const t = (state.meta?.types || []).find((x) => x.type === type);
  return t ? `${t.quad} (${t.score > 0 ? "+" : ""}${t.score})` : type;
}

function certPill(c) {
  if (!c) return null;
  return h("span", { class: `pill cert-${c}`, title: CERT_LABEL[c] || c, text: c });
}

function actorLink(id, name) {
  if (!id && !name) return h("span", { class: "muted", text: "—" });
  if (!id) return h("span", { text: name });
  return h("a", { href: actorHref(id), class: "actor-link", text: name || id });
}

function kindDot(kind) {
  return h("span", { class: "dot", dataset: { kind: kind || "group" }, title: kind || "" });
}

function fmtDate(d) { return d ? String(d).slice(0, 10) : "undated"; }

function section(title, ...children) {
  return h("section", { class: "sub" }, h("h3", { text: title }), ...children);
}

function errorBox(err) {
  return h("div", { class: "error", role: "alert", text: `Could not load: ${err.message || err}` });
}

// One event with every mention that reports it; each mention links to its sentence.
function eventItem(ev, opts = {}) {
  const li = h("li", { class: "event", dataset: { eventId: ev.id, tone: (state.scores[ev.type] ?? 0) >= 0 ? "coop" : "conflict" } });
  const head = h("div", { class: "ev-head" },
    h("time", { class: "ev-date", title: ev.date ? "event date" : "undated: date of first report",
      text: ev.date ? fmtDate(ev.date) : (ev.first_reported ? `~${fmtDate(ev.first_reported)}` : "undated") }),
    typeBadge(ev.type),
    h("span", { class: "dyad" }, actorLink(ev.source, ev.source_name), h("span", { class: "arrow", text: " → " }),
      actorLink(ev.target, ev.target_name)),
    certPill(ev.certainty),
    ev.location ? h("span", { class: "muted loc", text: `in ${ev.location}` }) : null,
    h("span", { class: "muted count", text: `${ev.n_articles || 1} article${(ev.n_articles || 1) === 1 ? "" : "s"}` +
      (ev.n_outlets > 1 ? `, ${ev.n_outlets} outlets` : "") }));
  li.appendChild(head);
  const mentions = (ev.mentions || []).slice(0, opts.maxMentions || 4);
  const ul = h("ul", { class: "mentions" });
  for (const m of mentions) {
    const via = m.attributed_to_name ? h("span", { class: "muted", text: ` according to ${m.attributed_to_name}` }) : null;
    ul.appendChild(h("li", {},
      h("a", { class: "evidence", href: articleHref(m.article_id, m.span), title: "open the sentence in its article" },
        h("q", { text: m.sentence || "(sentence not stored)" })),
      h("div", { class: "src" }, h("span", { text: [m.outlet, fmtDate(m.published)].filter(Boolean).join(" · ") }), " ",
        certPill(m.certainty), via)));
  }
  if ((ev.mentions || []).length > mentions.length) {
    ul.appendChild(h("li", { class: "muted", text: `+ ${ev.mentions.length - mentions.length} more reports` }));
  }
  li.appendChild(ul);
  return li;
}

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

function initFilters() {
  const typeSel = document.getElementById("f-type");
  for (const t of state.meta.types) typeSel.appendChild(h("option", { value: t.type, text: `${t.type} · ${t.quad}` }));
  const chips = document.getElementById("f-cert");
  // One certainty at a time (or any): the chips double as the colour legend of the evidence view.
  for (const c of ["", ...state.meta.certainties]) {
    chips.appendChild(h("label", { class: `chip cert-${c || "any"}`, title: c ? `only events with a mention ${CERT_LABEL[c] || c}` : "any certainty" },
      h("input", { type: "radio", name: "certainty", value: c, checked: c === "" }), h("span", { text: c || "any" })));
  }
  const form = document.getElementById("filters");
  form.addEventListener("change", readFilters);
  form.addEventListener("reset", () => setTimeout(readFilters, 0));
  form.addEventListener("submit", (e) => e.preventDefault());
  const search = document.getElementById("actor-search");
  search.addEventListener("input", debounce(() => suggestActors(search.value), 200));
  search.addEventListener("change", () => {
    const opt = [...document.getElementById("actor-list").options].find((o) => o.value === search.value);
    if (opt) location.hash = actorHref(opt.dataset.id);
  });
}

function readFilters() {
  const f = state.filters;
  f.since = document.getElementById("f-since").value;
  f.until = document.getElementById("f-until").value;
  f.type = document.getElementById("f-type").value;
  f.certainty = document.querySelector("#f-cert input:checked")?.value || "";
  document.querySelectorAll("#f-cert .chip").forEach((c) => c.classList.toggle("off", !!f.certainty && !c.querySelector("input").checked));
  loadGraph();
  loadTimeline();
}

function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }

async function suggestActors(q) {
  const list = clear(document.getElementById("actor-list"));
  if (!q || q.length < 2) return;
  try {
    const page = await api("/actors", { q, limit: 12 });
    for (const a of page.items) list.appendChild(h("option", { value: a.name, dataset: { id: a.id }, text: a.country || a.kind || "" }));
  } catch { /* suggestions are optional */ }
}

// ---------------------------------------------------------------------------
// Network
// ---------------------------------------------------------------------------

function edgeColour(score) { return score > 0.25 ? COOP : score < -0.25 ? CONFLICT : NEUTRAL; }

async function loadGraph() {
  const f = state.filters;
  const box = document.getElementById("network");
  const summary = document.getElementById("net-summary");
  let g;
  try {
    g = await api("/graph", { ...filterParams(), types: f.type ? [f.type] : [], certainty: f.certainty });
  } catch (err) { clear(box).appendChild(errorBox(err)); return; }
  state.graph = g;
  summary.textContent = `${g.nodes.length} actors · ${g.edges.length} links · ${g.edges.reduce((s, e) => s + e.n, 0)} events`;
  document.getElementById("net-empty").hidden = g.nodes.length > 0;
  const maxM = Math.max(1, ...g.nodes.map((n) => n.mentions || 0));
  const maxN = Math.max(1, ...g.edges.map((e) => e.n || 0));
  const elements = [
    ...g.nodes.map((n) => ({ data: { id: n.id, label: n.name || n.id, kind: n.kind || "group",
      size: 22 + 46 * Math.sqrt((n.mentions || 0) / maxM), colour: KIND_COLOURS[n.kind] || KIND_COLOURS.group } })),
    ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, n: e.n,
      width: 1.5 + 6 * Math.sqrt(e.n / maxN), colour: edgeColour(e.score ?? 0),
      label: Object.entries(e.types || {}).map(([t, k]) => (k > 1 ? `${t}×${k}` : t)).join(" ") } })),
  ];
  if (!window.cytoscape) { clear(box).appendChild(errorBox("network library missing")); return; }
  if (state.cy) state.cy.destroy();
  state.cy = window.cytoscape({
    container: box, elements, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
        label: "data(label)", "font-size": 11, "font-family": "system-ui, sans-serif", color: "#1f2933",
        "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2,
        "border-width": 2, "border-color": "#fff" } },
      { selector: "node.focus", style: { "border-color": "#111", "border-width": 4 } },
      { selector: "node.faded, edge.faded", style: { opacity: 0.18 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)", "arrow-scale": 0.8, opacity: 0.85 } },
      { selector: "edge:selected, edge.focus", style: { label: "data(label)", "font-size": 10, "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 2, opacity: 1 } },
    ],
    layout: { name: g.nodes.length > 1 ? "cose" : "grid", animate: false, randomize: false, nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90, padding: 24 },
  });
  state.cy.on("tap", "node", (e) => { location.hash = actorHref(e.target.id()); });
  state.cy.on("tap", "edge", (e) => {
    const d = e.target.data();
    location.hash = `#/edge/${enc(d.source)}/${enc(d.target)}`;
  });
  state.cy.on("mouseover", "edge", (e) => e.target.addClass("focus"));
  state.cy.on("mouseout", "edge", (e) => e.target.removeClass("focus"));
  focusNode(state.actorId);
}

function focusNode(id) {
  const cy = state.cy;
  if (!cy) return;
  cy.elements().removeClass("focus faded");
  if (!id) return;
  const n = cy.getElementById(id);
  if (!n || n.empty()) return;
  const hood = n.closedNeighborhood();
  cy.elements().not(hood).addClass("faded");
  n.addClass("focus");
}

function renderLegend() {
  const el = clear(document.getElementById("net-legend"));
  for (const [k, c] of Object.entries(KIND_COLOURS)) {
    el.appendChild(h("span", { class: "lg" }, h("span", { class: "dot", dataset: { kind: k } }), k));
  }
  el.appendChild(h("span", { class: "lg sep" }, h("span", { class: "line coop" }), "cooperation"));
  el.appendChild(h("span", { class: "lg" }, h("span", { class: "line conflict" }), "conflict"));
  el.appendChild(h("span", { class: "lg" }, h("span", { class: "line neutral" }), "mixed"));
  el.appendChild(h("span", { class: "lg muted", text: "node size = mentions · click a node or a link" }));
}

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

async function loadTimeline() {
  const f = state.filters;
  const list = document.getElementById("timeline");
  const scope = document.getElementById("tl-scope");
  scope.textContent = "";
  let page;
  try {
    page = await api("/events", { ...filterParams(), type: f.type, actor: state.actorId, certainty: f.certainty, limit: 500 });
  } catch (err) { clear(list).appendChild(errorBox(err)); return; }
  let items = page.items;
  if (state.actorId) {
    const name = state.graph?.nodes.find((n) => n.id === state.actorId)?.name || "";
    scope.textContent = name ? `· ${name}` : "· selected actor";
  }
  const when = (e) => String(e.date || e.first_reported || "9999");
  items = [...items].sort((a, b) => when(a).localeCompare(when(b)));
  document.getElementById("tl-summary").textContent = `${items.length} event${items.length === 1 ? "" : "s"}` +
    (page.has_more ? " (first 500)" : "");
  renderChart(items);
  clear(list);
  if (!items.length) list.appendChild(h("li", { class: "empty", text: "No events match these filters." }));
  let month = null;
  for (const ev of items) {
    const m = when(ev) === "9999" ? "undated" : when(ev).slice(0, 7);
    if (m !== month) { list.appendChild(h("li", { class: "month", text: m })); month = m; }
    list.appendChild(eventItem(ev, { maxMentions: 2 }));
  }
}

function renderChart(items) {
  const box = clear(document.getElementById("tl-chart"));
  const byMonth = new Map();
  for (const ev of items) {
    const d = ev.date || ev.first_reported;
    if (!d) continue;
    const m = d.slice(0, 7);
    const r = byMonth.get(m) || { coop: 0, conflict: 0 };
    if ((state.scores[ev.type] ?? 0) >= 0) r.coop += 1; else r.conflict += 1;
    byMonth.set(m, r);
  }
  if (!byMonth.size) return;
  const months = fillMonths([...byMonth.keys()].sort());
  const W = Math.max(320, box.clientWidth || 600), H = 86, pad = 18;
  const bw = Math.max(4, Math.min(36, (W - 2 * pad) / months.length - 4));
  const max = Math.max(1, ...[...byMonth.values()].map((r) => Math.max(r.coop, r.conflict)));
  const mid = H / 2;
  const s = svg("svg", { viewBox: `0 0 ${W} ${H + 14}`, width: "100%", height: H + 14, role: "img",
    "aria-label": "events per month: cooperation above the line, conflict below" });
  s.appendChild(svg("line", { x1: pad, x2: W - pad, y1: mid, y2: mid, stroke: "#ced4da" }));
  months.forEach((m, i) => {
    const r = byMonth.get(m) || { coop: 0, conflict: 0 };
    const x = pad + i * ((W - 2 * pad) / months.length) + 2;
    const hu = (r.coop / max) * (mid - 4), hd = (r.conflict / max) * (mid - 4);
    const g = svg("g", {});
    g.appendChild(svg("title", { text: `${m}: ${r.coop} cooperation, ${r.conflict} conflict` }));
    if (r.coop) g.appendChild(svg("rect", { x, y: mid - hu, width: bw, height: hu, fill: COOP, rx: 2 }));
    if (r.conflict) g.appendChild(svg("rect", { x, y: mid, width: bw, height: hd, fill: CONFLICT, rx: 2 }));
    if (months.length <= 14 || i % Math.ceil(months.length / 12) === 0) {
      g.appendChild(svg("text", { x: x + bw / 2, y: H + 11, "text-anchor": "middle", "font-size": 10, fill: "#5c6670", text: m }));
    }
    s.appendChild(g);
  });
  box.appendChild(s);
}

function fillMonths(sorted) {
  if (sorted.length < 2) return sorted;
  const out = [];
  let [y, m] = sorted[0].split("-").map(Number);
  const [y2, m2] = sorted[sorted.length - 1].split("-").map(Number);
  while ((y < y2 || (y === y2 && m <= m2)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Panels (right column), chosen by the URL hash
// ---------------------------------------------------------------------------

async function route() {
  const token = ++state.routeToken;
  const panel = document.getElementById("panel");
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  const previousActor = state.actorId;
  try {
    if (parts[0] === "actor" && parts[1]) {
      state.actorId = parts[1];
      const view = await actorPanel(parts[1]);
      if (token === state.routeToken) clear(panel).appendChild(view);
    } else if (parts[0] === "edge" && parts[1] && parts[2]) {
      const view = await edgePanel(parts[1], parts[2]);
      if (token === state.routeToken) clear(panel).appendChild(view);
    } else if (parts[0] === "article" && parts[1]) {
      const s = params.has("s") ? Number(params.get("s")) : null, e = params.has("e") ? Number(params.get("e")) : null;
      const view = await articlePanel(parts[1], s, e);
      if (token === state.routeToken) { clear(panel).appendChild(view); scrollToFocus(panel); }
    } else {
      state.actorId = null;
      const view = await overviewPanel();
      if (token === state.routeToken) clear(panel).appendChild(view);
    }
  } catch (err) {
    if (token === state.routeToken) clear(panel).appendChild(h("div", { class: "panel-body" },
      h("p", { class: "back" }, h("a", { href: "#/", text: "← overview" })), errorBox(err)));
  }
  panel.scrollTop = panel.querySelector(".focus") ? panel.scrollTop : 0;
  if (state.actorId !== previousActor) { focusNode(state.actorId); loadTimeline(); }
}

async function overviewPanel() {
  const [health, actors, arts] = await Promise.all([
    api("/health"), api("/actors", { limit: 15 }), api("/articles", { limit: 12 })]);
  const stats = h("div", { class: "stats" },
    ...[["articles", health.articles], ["actors", health.actors], ["events", health.events], ["quotes", health.quotes]]
      .map(([k, v]) => h("div", { class: "stat" }, h("b", { text: v ?? "–" }), h("span", { text: k }))));
  const top = h("ol", { class: "plain actors" }, ...actors.items.map((a) => h("li", {},
    kindDot(a.kind), actorLink(a.id, a.name), h("span", { class: "muted", text: ` ${a.country || ""}` }),
    h("span", { class: "num", text: a.mentions ?? "" }))));
  const articles = h("ul", { class: "plain articles" }, ...arts.items.map((a) => h("li", {},
    h("a", { href: articleHref(a.id), text: a.title || a.id }),
    h("div", { class: "muted small", text: [a.outlet, a.published].filter(Boolean).join(" · ") }))));
  return h("div", { class: "panel-body" },
    h("h2", { text: "Overview" }),
    stats,
    h("p", { class: "hint", text: "Click an actor in the network to see its roles, counterparts, quotes and events; click a link between two actors for their events. Every event links to the sentence it was coded from." }),
    section("Most mentioned actors", top),
    section("Latest articles", articles));
}

async function actorPanel(id) {
  const a = await api(`/actors/${enc(id)}`);
  const roles = a.roles.length ? h("table", { class: "roles" },
    h("thead", {}, h("tr", {}, h("th", { text: "role" }), h("th", { text: "seen" }))),
    h("tbody", {}, ...a.roles.map((r) => h("tr", {}, h("td", { text: r.role }),
      h("td", { class: "muted nowrap", text: r.first_seen ? (r.last_seen && r.last_seen !== r.first_seen ? `${r.first_seen} – ${r.last_seen}` : r.first_seen) : "" })))))
    : h("p", { class: "muted", text: "No roles recorded." });
  const cps = a.counterparts.length ? h("ul", { class: "plain counterparts" }, ...a.counterparts.map((c) => h("li", {},
    kindDot(c.kind), actorLink(c.id, c.name),
    h("span", { class: "types" }, ...Object.entries(c.types || {}).map(([t, k]) => h("span", { class: "mini", dataset: { tone: (state.scores[t] ?? 0) >= 0 ? "coop" : "conflict" }, text: k > 1 ? `${t} ${k}` : t }))),
    c.id ? h("a", { class: "small", href: `#/edge/${enc(a.id)}/${enc(c.id)}`, text: `${c.n} event${c.n === 1 ? "" : "s"} ›` }) : null)))
    : h("p", { class: "muted", text: "No counterparts." });
  const quotes = a.quotes.length ? h("ul", { class: "plain quotes" }, ...a.quotes.map(quoteItem))
    : h("p", { class: "muted", text: "No quotes." });
  const tl = a.timeline.length ? h("ol", { class: "timeline compact" }, ...a.timeline.map((e) => eventItem(e, { maxMentions: 1 })))
    : h("p", { class: "muted", text: "No events." });
  return h("div", { class: "panel-body actor-panel" },
    h("p", { class: "back" }, h("a", { href: "#/", text: "← overview" })),
    h("h2", {}, kindDot(a.kind), h("span", { class: "actor-name", text: a.name })),
    h("p", { class: "meta" }, h("span", { class: "badge", text: a.kind || "actor" }), a.country ? h("span", { class: "badge", text: a.country }) : null,
      a.mentions != null ? h("span", { class: "muted", text: ` ${a.mentions} mentions` }) : null),
    a.aliases.length ? h("p", { class: "aliases" }, h("span", { class: "muted", text: "also: " }), a.aliases.join(", ")) : null,
    section("Roles over time", roles),
    section("Counterparts", cps),
    section("Quotes", quotes),
    section(`Events (${a.timeline.length})`, tl));
}

function quoteItem(q) {
  return h("li", { class: "quote" },
    h("a", { class: "evidence", href: articleHref(q.article_id, q.span), title: "open in its article" },
      h(q.direct ? "q" : "span", { class: q.direct ? "direct" : "indirect", text: q.text })),
    h("div", { class: "src muted" }, q.direct ? "direct" : "indirect",
      q.speaker_name ? ` · ${q.speaker_name}` : "", q.via_name ? ` · via ${q.via_name}` : "",
      q.published ? ` · ${q.published}` : ""));
}

async function edgePanel(a, b) {
  const d = await api(`/dyads/${enc(a)}/${enc(b)}`);
  const edge = (state.graph?.edges || []).find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
  const ids = new Set(edge?.event_ids || []);
  const events = ids.size ? d.events.filter((e) => ids.has(e.id)) : d.events;
  const others = d.events.length - events.length;
  const months = d.months.length ? h("table", { class: "months" },
    h("thead", {}, h("tr", {}, h("th", { text: "month" }), h("th", { text: "events" }), h("th", { text: "types" }), h("th", { text: "score" }))),
    h("tbody", {}, ...d.months.map((m) => h("tr", {}, h("td", { text: m.month }), h("td", { text: m.n }),
      h("td", { text: Object.entries(m.types || {}).map(([t, k]) => `${t} ${k}`).join(", ") }),
      h("td", { class: (m.score ?? 0) >= 0 ? "pos" : "neg", text: m.score == null ? "" : Number(m.score).toFixed(1) })))))
    : null;
  return h("div", { class: "panel-body" },
    h("p", { class: "back" }, h("a", { href: "#/", text: "← overview" })),
    h("h2", { class: "dyad-title" }, actorLink(d.a.id || a, d.a.name || a), h("span", { class: "arrow", text: " ↔ " }), actorLink(d.b.id || b, d.b.name || b)),
    months ? section("By month (score: + cooperation, − conflict)", months) : null,
    section(`Events (${events.length})`, h("ol", { class: "timeline compact" }, ...events.map((e) => eventItem(e))),
      others > 0 ? h("p", { class: "muted small", text: `${others} more event${others === 1 ? "" : "s"} of this pair fall outside the network filters.` }) : null));
}

// The article with every event span and quote highlighted; (s, e) is the span to focus.
async function articlePanel(id, s, e) {
  const a = await api(`/articles/${enc(id)}`);
  const text = a.text || "";
  const anns = [];
  a.events.forEach((ev, i) => { if (ev.span) anns.push({ kind: "event", i, s: ev.span[0], e: ev.span[1], rec: ev }); });
  a.quotes.forEach((q, i) => { if (q.span) anns.push({ kind: "quote", i, s: q.span[0], e: q.span[1], rec: q }); });
  const focus = (s != null && e != null && s < e) ? [Math.max(0, s), Math.min(text.length, e)] : null;
  const cuts = new Set([0, text.length]);
  for (const x of anns) { cuts.add(Math.max(0, Math.min(text.length, x.s))); cuts.add(Math.max(0, Math.min(text.length, x.e))); }
  if (focus) { cuts.add(focus[0]); cuts.add(focus[1]); }
  const points = [...cuts].sort((x, y) => x - y);
  const body = h("div", { class: "article-text", id: "article-text" });
  const info = h("div", { class: "ann-info", id: "ann-info", hidden: true });
  for (let k = 0; k < points.length - 1; k++) {
    const p = points[k], q = points[k + 1];
    if (p >= q) continue;
    const cover = anns.filter((x) => x.s <= p && x.e >= q);
    const inFocus = focus && focus[0] <= p && focus[1] >= q;
    if (!cover.length && !inFocus) { body.appendChild(document.createTextNode(text.slice(p, q))); continue; }
    const ev = cover.find((x) => x.kind === "event");
    const qu = cover.find((x) => x.kind === "quote");
    const cls = ["seg"];
    if (ev) cls.push("ev", `cert-${ev.rec.certainty || "asserted"}`);
    if (qu) cls.push("qt", qu.rec.direct ? "direct" : "indirect");
    if (inFocus) cls.push("focus");
    const seg = h("span", { class: cls.join(" "), dataset: { anns: cover.map((x) => `${x.kind}:${x.i}`).join(",") },
      tabindex: cover.length ? 0 : null, text: text.slice(p, q) });
    if (cover.length) {
      const show = () => showAnnotation(info, cover);
      seg.addEventListener("click", show);
      seg.addEventListener("keydown", (evt) => { if (evt.key === "Enter") show(); });
    }
    body.appendChild(seg);
  }
  const focused = focus ? anns.filter((x) => x.s <= focus[0] && x.e >= focus[1]) : [];
  if (focused.length) showAnnotation(info, focused);
  const url = safeUrl(a.url);
  const evList = h("ol", { class: "plain ann-list" }, ...a.events.map((ev) => h("li", {},
    h("a", { href: articleHref(a.id, ev.span), class: "jump", title: "highlight in the text" }, typeBadge(ev.type)), " ",
    actorLink(ev.source, ev.source_name), h("span", { class: "arrow", text: " → " }), actorLink(ev.target, ev.target_name), " ",
    certPill(ev.certainty), ev.attributed_to_name ? h("span", { class: "muted", text: ` according to ${ev.attributed_to_name}` }) : null,
    ev.negated ? h("span", { class: "pill cert-denied", text: "negated" }) : null)));
  const qList = h("ol", { class: "plain ann-list" }, ...a.quotes.map((q) => h("li", {},
    h("a", { href: articleHref(a.id, q.span), class: "jump", text: q.direct ? "direct" : "indirect" }), " ",
    q.speaker_name ? actorLink(q.speaker, q.speaker_name) : h("span", { class: "muted", text: "unknown speaker" }),
    q.via_name ? h("span", { class: "muted", text: ` via ${q.via_name}` }) : null, ": ",
    h("span", { class: "quote-snippet", text: q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text }))));
  return h("div", { class: "panel-body article-view" },
    h("p", { class: "back" }, h("a", { href: "#/", text: "← overview" })),
    h("h2", { class: "article-title", text: a.title || "(untitled)" }),
    h("p", { class: "meta muted" }, [a.outlet, a.published].filter(Boolean).join(" · "), " ",
      url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", text: "original ↗" }) : null),
    certLegend(),
    info,
    body,
    a.events.length ? section(`Events in this article (${a.events.length})`, evList) : null,
    a.quotes.length ? section(`Quotes (${a.quotes.length})`, qList) : null);
}

function certLegend() {
  return h("div", { class: "cert-legend", "aria-label": "legend" },
    ...state.meta.certainties.map((c) => h("span", { class: `seg ev cert-${c}`, title: CERT_LABEL[c], text: c })),
    h("span", { class: "seg qt direct", text: "direct quote" }),
    h("span", { class: "seg qt indirect", text: "indirect quote" }));
}

function showAnnotation(box, cover) {
  clear(box).hidden = false;
  for (const x of cover) {
    const r = x.rec;
    if (x.kind === "event") {
      box.appendChild(h("div", { class: "ann" }, typeBadge(r.type), " ",
        actorLink(r.source, r.source_name), h("span", { class: "arrow", text: " → " }), actorLink(r.target, r.target_name), " ",
        certPill(r.certainty),
        r.attributed_to_name ? h("span", { text: ` according to ${r.attributed_to_name}` }) : null,
        r.date ? h("span", { class: "muted", text: ` · ${r.date}` }) : null,
        r.location ? h("span", { class: "muted", text: ` · ${r.location}` }) : null,
        r.cameo ? h("span", { class: "muted", text: ` · CAMEO ${r.cameo}` }) : null,
        r.rule ? h("span", { class: "muted small", text: ` · rule ${r.rule}` }) : null));
    } else {
      box.appendChild(h("div", { class: "ann" }, h("span", { class: "badge", text: r.direct ? "direct quote" : "indirect quote" }), " ",
        r.speaker_name ? actorLink(r.speaker, r.speaker_name) : h("span", { class: "muted", text: "unknown speaker" }),
        r.via_name ? h("span", { text: ` via ${r.via_name}` }) : null));
    }
  }
}

function scrollToFocus(panel) {
  const first = panel.querySelector(".seg.focus");
  if (first) first.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------------------

async function start() {
  try {
    state.meta = await api("/meta");
  } catch (err) {
    document.getElementById("panel").appendChild(errorBox(err));
    return;
  }
  for (const t of state.meta.types) state.scores[t.type] = t.score;
  initFilters();
  renderLegend();
  window.addEventListener("hashchange", route);
  await Promise.all([loadGraph(), loadTimeline()]);
  await route();
  document.body.dataset.ready = "1";  // tests wait for this
}

window.addEventListener("DOMContentLoaded", start);

// Parley web UI: shared helpers (escaping, HTML templates, the API client, the URL state).
// Plain browser JavaScript, no framework, no network beyond this server.
"use strict";

const P = (window.Parley = {});
P.views = {}; // route name → async function (ctx), filled by the views-*.js files

// ---------------------------------------------------------------------------------------------
// Escaping. Every string that reaches innerHTML goes through `esc` or the `html` template, which
// escapes each interpolated value unless it is a `Raw` made by `raw()` or another `html` call.

class Raw {
  constructor(s) { this.s = s; }
  toString() { return this.s; }
}
P.Raw = Raw;
P.raw = (s) => new Raw(String(s));

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };
P.esc = (v) => String(v == null ? "" : v).replace(/[&<>"'`]/g, (c) => ESC[c]);

function part(v) {
  if (v == null || v === false) return "";
  if (v instanceof Raw) return v.s;
  if (Array.isArray(v)) return v.map(part).join("");
  return P.esc(v);
}

/** Tagged template: `html\`<b>${name}</b>\`` escapes `name`; nested `html` results and arrays of them pass through. */
P.html = (strings, ...values) => {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Raw(out);
};

// ---------------------------------------------------------------------------------------------
// Names and formats.

P.TYPES = ["meeting", "call", "visit", "agreement", "invitation", "message", "demand"];
P.TYPE_LABEL = {
  meeting: "Meeting", call: "Call", visit: "Visit", agreement: "Agreement",
  invitation: "Invitation", message: "Message", demand: "Demand",
};
P.ROLE_LABEL = {
  head_of_state: "head of state", head_of_government: "head of government",
  foreign_minister: "foreign minister", defence_minister: "defence minister", minister: "minister",
  official: "official", military: "military", diplomat: "diplomat",
  organisation_leader: "organisation leader", other: "other",
};
P.KIND_LABEL = { state: "state", organisation: "organisation", group: "non-state group", unknown: "actor" };

P.fmtInt = (n) => (n == null ? "–" : Number(n).toLocaleString("en-GB"));

/** "2024-07-09", or "2024-07-01 – 2024-07-31"; "undated" for null. */
P.fmtRange = (d) => {
  if (!d || !d.start) return "undated";
  return d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
};

/** A code point slice of `text` (EVENTS.md offsets count Unicode code points, not UTF-16 units). */
P.codePoints = (text) => Array.from(text || "");

// ---------------------------------------------------------------------------------------------
// URL state: `#/path?query`. Filters are shared by every view; other keys belong to one view.

P.FILTER_KEYS = ["actor", "pair", "person", "type", "status", "from", "to", "location", "q"];

/** Parses `location.hash` into {path: ["events"], params: URLSearchParams}. */
P.parseHash = (hash) => {
  let h = (hash || "").replace(/^#/, "");
  if (!h.startsWith("/")) h = "/" + h;
  const qi = h.indexOf("?");
  const pathPart = qi < 0 ? h : h.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? "" : h.slice(qi + 1));
  const path = pathPart.split("/").filter(Boolean).map((s) => {
    try { return decodeURIComponent(s); } catch (_) { return s; }
  });
  return { path, params };
};

/** The filter part of `params` (repeated `actor` kept), as a new URLSearchParams. */
P.filtersOf = (params) => {
  const out = new URLSearchParams();
  for (const k of P.FILTER_KEYS) for (const v of params.getAll(k)) if (v.trim() !== "") out.append(k, v.trim());
  return out;
};

/** A hash link to `path` with the current filters plus `extra` ({key: value}; null removes). */
P.link = (path, extra, base) => {
  const params = P.filtersOf(base || P.state.params);
  for (const [k, v] of Object.entries(extra || {})) {
    params.delete(k);
    if (v == null || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, x));
    else params.append(k, String(v));
  }
  const q = params.toString();
  return "#/" + path.split("/").map(encodeURIComponent).join("/") + (q ? "?" + q : "");
};

/** Same path, current params (filters and view keys) with `changes` applied. */
P.withParams = (changes) => {
  const params = new URLSearchParams(P.state.params);
  for (const [k, v] of Object.entries(changes)) {
    params.delete(k);
    if (v == null || v === "") continue;
    params.append(k, String(v));
  }
  const q = params.toString();
  return "#/" + P.state.path.map(encodeURIComponent).join("/") + (q ? "?" + q : "");
};

// ---------------------------------------------------------------------------------------------
// The API client. Errors become ApiError with the server's code and message.

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
P.ApiError = ApiError;

const cache = new Map(); // url → Promise of JSON; small, for going back and forth between views
const CACHE_SIZE = 40;

/** GET `path` with `params` (URLSearchParams or object); resolves to the JSON body or rejects with ApiError. */
P.api = (path, params) => {
  const qs = params ? new URLSearchParams(params).toString() : "";
  const url = path + (qs ? "?" + qs : "");
  if (cache.has(url)) return cache.get(url);
  const promise = fetch(url, { headers: { Accept: "application/json" } }).then(async (res) => {
    let body = null;
    const text = await res.text();
    try { body = text ? JSON.parse(text) : null; } catch (_) { body = null; }
    if (!res.ok) {
      const e = body && body.error;
      throw new ApiError(res.status, (e && e.code) || "http." + res.status,
        (e && e.message) || `The server answered ${res.status} ${res.statusText || ""} for ${url}`.trim());
    }
    if (body == null) throw new ApiError(res.status, "api.bad-response", `The server's answer for ${url} is not JSON`);
    return body;
  }, (err) => {
    throw new ApiError(0, "network", `Could not reach the server (${err.message || err})`);
  });
  promise.catch(() => cache.delete(url));
  cache.set(url, promise);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  return promise;
};

/** The error box shown for a failed request. */
P.errorBox = (err) => {
  const code = err && err.code ? err.code : "error";
  const msg = err && err.message ? err.message : String(err);
  return P.html`<div class="error" role="alert" data-testid="error"><strong>Error</strong> <code>${code}</code>: ${msg}</div>`;
};

// ---------------------------------------------------------------------------------------------
// Small shared pieces of markup.

P.typeBadge = (type) => P.html`<span class="badge t-${type}" data-type="${type}">${P.TYPE_LABEL[type] || type}</span>`;
P.statusBadge = (status) => P.html`<span class="status s-${status}">${status}</span>`;

/** "RUS Russia (Vladimir Putin)" with the code linking to the actor page. */
P.participantInline = (p, directed) => {
  const arrow = directed && p.side === "source" ? "→ " : "";
  return P.html`<span class="participant" data-code="${p.code}">${arrow}<a href="${P.link("actor/" + p.code)}" class="code" title="${p.label || p.code}">${p.code}</a>${p.label && p.label !== p.code ? P.html` <span class="label">${p.label}</span>` : ""}${p.name ? P.html` <span class="person">(${p.name})</span>` : ""}</span>`;
};

P.isDirected = (e) => e.participants.some((p) => p.side === "source" || p.side === "target");

/** Orders participants source first. */
P.orderedParticipants = (e) => {
  const rank = (p) => (p.side === "source" ? 0 : p.side === "target" ? 2 : 1);
  return e.participants.slice().sort((a, b) => rank(a) - rank(b));
};

P.pager = (total, offset, limit, testid) => {
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  const prev = offset > 0 ? P.withParams({ offset: Math.max(0, offset - limit) || null }) : null;
  const next = offset + limit < total ? P.withParams({ offset: offset + limit }) : null;
  return P.html`<nav class="pager" aria-label="Pages" data-testid="${testid || "pager"}">
    ${prev ? P.html`<a href="${prev}" rel="prev" data-testid="prev">← Previous</a>` : P.html`<span class="disabled">← Previous</span>`}
    <span class="range">${P.fmtInt(from)}–${P.fmtInt(to)} of <strong data-testid="total">${P.fmtInt(total)}</strong></span>
    ${next ? P.html`<a href="${next}" rel="next" data-testid="next">Next →</a>` : P.html`<span class="disabled">Next →</span>`}
  </nav>`;
};

/** Bars of {key, label?, code?, note?, count} with links; `href(item)` gives each bar's link. */
P.countBars = (items, href, testid, max) => {
  if (!items || !items.length) return P.html`<p class="muted">None.</p>`;
  const top = max || Math.max(...items.map((i) => i.count));
  return P.html`<ol class="bars" data-testid="${testid}">${items.map((i) => P.html`<li data-key="${i.key}">
    <a href="${href(i)}" title="${i.label || i.key}">${i.label || i.key}${i.code ? P.html` <span class="code">${i.code}</span>` : ""}${i.note ? P.html` <span class="muted">${i.note}</span>` : ""}</a>
    <span class="bar" style="width:${Math.max(2, (100 * i.count) / top).toFixed(1)}%"></span>
    <span class="n">${P.fmtInt(i.count)}</span></li>`)}</ol>`;
};

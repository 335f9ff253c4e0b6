// Parley web UI: the events view (#/events): a timeline of the matching events and their paginated list.
"use strict";
(function (P) {
  const { html } = P;

  const SORTS = [["-date", "newest first"], ["date", "oldest first"], ["sources", "most sources first"]];
  const INTERVALS = ["day", "week", "month"];

  /** One event as a list item. */
  P.eventItem = (e) => {
    const directed = P.isDirected(e);
    const ev = (e.evidence && e.evidence[0]) || null;
    const more = e.evidence && e.evidence.length > 1 ? e.evidence.length - 1 : 0;
    return html`<li class="event" data-testid="event-row" data-id="${e.id}" data-type="${e.type}" data-codes="${e.participants.map((p) => p.code).join(" ")}">
      <div class="line1">
        <a class="ev-link" href="#/event/${encodeURIComponent(e.id)}" data-testid="event-link"><time datetime="${e.date ? e.date.start : ""}">${P.fmtRange(e.date)}</time> ${P.typeBadge(e.type)}</a>
        ${e.status === "planned" ? P.statusBadge(e.status) : ""}
        <span class="participants">${P.orderedParticipants(e).map((p, i) => html`${i ? (directed && p.side === "target" && P.orderedParticipants(e)[i - 1].side === "source" ? " → " : ", ") : ""}${P.participantInline(p, false)}`)}</span>
      </div>
      <div class="line2">
        ${e.location ? html`<span class="place">in ${e.location.name}${e.location.code ? html` <span class="code">${e.location.code}</span>` : ""}</span>` : ""}
        ${e.occasion ? html`<span class="occasion">${e.occasion}</span>` : ""}
        <span class="sources" title="Distinct source documents">${P.fmtInt(e.sources)} source${e.sources === 1 ? "" : "s"}</span>
      </div>
      ${ev ? html`<blockquote class="evidence-snippet"><a href="#/event/${encodeURIComponent(e.id)}">${ev.text.length > 260 ? ev.text.slice(0, 257) + "…" : ev.text}</a>${more ? html` <span class="muted">+${more} more</span>` : ""}</blockquote>` : ""}
    </li>`;
  };

  /**
   * A paginated event list for `filters` (URLSearchParams), reading sort/offset/limit from the URL.
   * Resolves to {markup, page}.
   */
  P.eventList = async (ctx, filters, opts) => {
    opts = opts || {};
    const sort = ctx.params.get("sort") || "-date";
    const offset = Math.max(0, parseInt(ctx.params.get("offset") || "0", 10) || 0);
    const limit = Math.min(500, Math.max(1, parseInt(ctx.params.get("limit") || "50", 10) || 50));
    const q = new URLSearchParams(filters);
    q.set("sort", sort);
    if (offset) q.set("offset", String(offset));
    q.set("limit", String(limit));
    const page = await P.api("/api/events", q);
    const sortSel = html`<label class="sort">Sort <select data-testid="sort" data-sort>${SORTS.map(([v, l]) => html`<option value="${v}"${v === sort ? P.raw(" selected") : ""}>${l}</option>`)}</select></label>`;
    const markup = html`<div class="listbar">${sortSel}${P.pager(page.total, page.offset, page.limit)}</div>
      ${page.events.length
        ? html`<ol class="events" data-testid="event-list" start="${page.offset + 1}">${page.events.map(P.eventItem)}</ol>`
        : html`<p class="empty" data-testid="event-list-empty">${opts.empty || "No events match these filters."}</p>`}
      ${page.events.length > 8 ? P.pager(page.total, page.offset, page.limit, "pager-bottom") : ""}`;
    return { markup, page };
  };

  /** Wires the sort selector of a list rendered by `eventList`. */
  P.wireEventList = (root) => {
    for (const sel of root.querySelectorAll("select[data-sort]")) {
      sel.addEventListener("change", () => { location.hash = P.withParams({ sort: sel.value, offset: null }); });
    }
  };

  P.intervalSwitch = (interval) => html`<div class="switch" role="group" aria-label="Bar width">${INTERVALS.map((i) => i === interval
    ? html`<span aria-current="true" class="on">${i}</span>`
    : html`<a href="${P.withParams({ interval: i === "month" ? null : i })}" data-testid="interval-${i}">${i}</a>`)}</div>`;

  P.views.events = async (ctx) => {
    ctx.title("Events");
    const interval = INTERVALS.includes(ctx.params.get("interval")) ? ctx.params.get("interval") : "month";
    const tq = new URLSearchParams(ctx.filters);
    tq.set("interval", interval);
    const [timeline, list] = await Promise.all([P.api("/api/timeline", tq), P.eventList(ctx, ctx.filters)]);
    if (!ctx.alive()) return;
    const present = {};
    for (const b of timeline.buckets) for (const t of Object.keys(b.byType || {})) present[t] = true;
    const summary = describeFilters(ctx.filters);
    ctx.main.innerHTML = html`<section class="view view-events">
      <h1>Events <span class="sub" data-testid="summary">${P.fmtInt(list.page.total)} matching${summary ? " · " + summary : ""}</span></h1>
      <div class="panel">
        <div class="panelbar"><h2>Over time</h2>${P.typeLegend(present)}${P.intervalSwitch(interval)}</div>
        ${P.timelineSVG(timeline.buckets, (b) => P.link("events", { from: b.start, to: b.end, interval: interval === "month" ? null : interval }))}
        <p class="note">Bars per ${interval}; click one to show its events.${timeline.undated ? html` ${P.fmtInt(timeline.undated)} matching event${timeline.undated === 1 ? " has" : "s have"} no date.` : ""}</p>
      </div>
      <h2 class="visually-hidden">Event list</h2>
      ${list.markup}
    </section>`.s;
    P.wireEventList(ctx.main);
  };

  /** "actor RUS, type meeting" for the heading. */
  function describeFilters(f) {
    const parts = [];
    for (const [k, v] of f) parts.push(`${k === "q" ? "words" : k} ${v}`);
    return parts.join(", ");
  }
  P.describeFilters = describeFilters;
})(window.Parley);

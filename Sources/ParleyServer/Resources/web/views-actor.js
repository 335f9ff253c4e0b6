// Parley web UI: the actor page (#/actor/CODE) and the list of actors (#/actors).
"use strict";
(function (P) {
  const { html } = P;

  P.views.actor = async (ctx) => {
    const code = (ctx.path[1] || "").toUpperCase();
    const interval = ["day", "week", "month"].includes(ctx.params.get("interval")) ? ctx.params.get("interval") : "month";
    const q = new URLSearchParams(ctx.filters);
    q.set("interval", interval);
    // the page's own list: the filters plus this actor
    const listFilters = new URLSearchParams(ctx.filters);
    if (!listFilters.getAll("actor").map((a) => a.toUpperCase()).includes(code)) listFilters.append("actor", code);
    const [prof, list] = await Promise.all([
      P.api("/api/actors/" + encodeURIComponent(code), q),
      P.eventList(ctx, listFilters, { empty: "No events of this actor match the filters." }),
    ]);
    if (!ctx.alive()) return;
    const a = prof.actor;
    ctx.title(`${a.name} (${a.code})`);
    const actors = listFilters.getAll("actor");
    const ev = (extra) => P.link("events", Object.assign({ actor: actors }, extra));

    const types = P.TYPES.filter((t) => prof.byType[t]).map((t) => ({ key: t, label: P.TYPE_LABEL[t], count: prof.byType[t] }));
    const statuses = Object.entries(prof.byStatus || {}).map(([k, v]) => ({ key: k, label: k, count: v }));
    const partnerRows = prof.partners.slice(0, 20);
    const maxP = Math.max(1, ...partnerRows.map((p) => p.count));
    const seriesKeys = new Set(prof.partnersOverTime.flatMap((s) => Object.keys(s.counts || {})));
    const multiples = prof.partners.filter((p) => seriesKeys.has(p.key)).slice(0, 8);
    const present = {};
    for (const b of prof.timeline) for (const t of Object.keys(b.byType || {})) present[t] = true;

    ctx.main.innerHTML = html`<section class="view view-actor" data-testid="actor-page" data-code="${a.code}">
      <p class="crumbs"><a href="${P.link("actors")}">← Actors</a></p>
      <h1><span data-testid="actor-name">${a.name}</span> <span class="code big">${a.code}</span>
        <span class="sub">${P.KIND_LABEL[a.kind] || a.kind} · <span data-testid="actor-events">${P.fmtInt(a.events)}</span> events · ${P.fmtInt(a.partners != null ? a.partners : prof.partners.length)} partners${P.describeFilters(ctx.filters) ? " · " + P.describeFilters(ctx.filters) : ""}</span></h1>
      <p class="actions"><a href="${P.link("graph", { focus: a.code })}">In the network →</a> <a href="${ev({})}">Its events on the timeline →</a> <a href="${P.link("map", { actor: actors })}">On the map →</a></p>
      <div class="grid3">
        <div class="panel"><h2>By type</h2>
          <ol class="bars typed" data-testid="actor-types">${types.map((t) => html`<li data-key="${t.key}"><a href="${ev({ type: t.key })}">${t.label}</a><span class="bar" style="width:${Math.max(2, (100 * t.count) / Math.max(...types.map((x) => x.count))).toFixed(1)}%;background:${P.TYPE_COLOR[t.key]}"></span><span class="n">${P.fmtInt(t.count)}</span></li>`)}</ol>
          ${types.length ? "" : html`<p class="muted">None.</p>`}
          <h3>By status</h3>${P.countBars(statuses, (s) => ev({ status: s.key }), "actor-status")}
        </div>
        <div class="panel"><h2>Top partners</h2>
          ${partnerRows.length ? html`<ol class="bars" data-testid="actor-partners">${partnerRows.map((p) => html`<li data-testid="partner" data-key="${p.key}">
            <a href="${P.link("actor/" + p.key)}">${p.label && p.label !== p.key ? P.html`${p.label} <span class="code">${p.key}</span>` : p.key}</a>
            <span class="bar" style="width:${Math.max(2, (100 * p.count) / maxP).toFixed(1)}%"></span>
            <a class="n" href="${ev({ pair: a.code + "-" + p.key })}" title="Events of ${a.code} with ${p.key}">${P.fmtInt(p.count)}</a></li>`)}</ol>` : html`<p class="muted" data-testid="actor-partners-empty">No partners.</p>`}
        </div>
        <div class="panel"><h2>People</h2>${P.countBars(prof.people.slice(0, 12).map((p) => ({ key: p.key, label: p.key, count: p.count })), (p) => ev({ person: p.key }), "actor-people")}
          <h2>Places</h2>${P.countBars(prof.places.slice(0, 12).map((p) => ({ key: p.key, label: p.key, note: p.label && p.label !== p.key ? p.label : "", count: p.count })), (p) => ev({ location: p.key }), "actor-places")}</div>
      </div>
      <div class="panel">
        <div class="panelbar"><h2>Over time</h2>${P.typeLegend(present)}${P.intervalSwitch(interval)}</div>
        ${P.timelineSVG(prof.timeline, (b) => ev({ from: b.start, to: b.end }), { height: 140, label: `Events of ${a.name} over time` })}
      </div>
      <div class="panel"><h2>Partners over time</h2>
        <div data-testid="partners-over-time">${P.smallMultiples(multiples, prof.partnersOverTime, prof.timeline, (r) => ev({ pair: a.code + "-" + r.key }))}</div>
      </div>
      <h2>Events</h2>
      ${list.markup}
    </section>`.s;
    P.wireEventList(ctx.main);
  };

  P.views.actors = async (ctx) => {
    ctx.title("Actors");
    const q = new URLSearchParams(ctx.filters);
    q.set("limit", ctx.params.get("limit") || "200");
    const list = await P.api("/api/actors", q);
    if (!ctx.alive()) return;
    ctx.main.innerHTML = html`<section class="view view-actors">
      <h1>Actors <span class="sub">${P.fmtInt(list.total)} taking part${P.describeFilters(ctx.filters) ? " · " + P.describeFilters(ctx.filters) : ""}${list.total > list.actors.length ? `, the ${list.actors.length} most active shown` : ""}</span></h1>
      <table class="actors-table" data-testid="actor-list">
        <thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Kind</th><th scope="col" class="num">Events</th><th scope="col" class="num">Partners</th></tr></thead>
        <tbody>${list.actors.map((a) => html`<tr data-testid="actor-row" data-code="${a.code}">
          <td><a class="code" href="${P.link("actor/" + a.code)}">${a.code}</a></td><td><a href="${P.link("actor/" + a.code)}">${a.name}</a></td>
          <td>${P.KIND_LABEL[a.kind] || a.kind}</td><td class="num">${P.fmtInt(a.events)}</td><td class="num">${a.partners == null ? "–" : P.fmtInt(a.partners)}</td></tr>`)}</tbody>
      </table>
    </section>`.s;
  };
})(window.Parley);

// Parley web UI: the map view (#/map): where the matching events took place, one circle per place sized
// by its number of events, on an equirectangular world (outline: Natural Earth, public domain; world.json).
"use strict";
(function (P) {
  const { html } = P;
  const W = 1000, H = 500;
  const px = (lon) => ((lon + 180) / 360) * W;
  const py = (lat) => ((90 - lat) / 180) * H;

  let world = null; // Promise of the outline's SVG path data, loaded once
  function loadWorld() {
    if (!world) {
      world = fetch("/world.json").then((r) => (r.ok ? r.json() : null)).then((data) => {
        if (!data || !Array.isArray(data.countries)) return null;
        return data.countries.map((c) => ({
          code: c.code,
          name: c.name,
          d: c.rings.map((ring) => {
            let s = "";
            for (let i = 0; i < ring.length; i += 2) s += (i ? "L" : "M") + px(ring[i]).toFixed(1) + " " + py(ring[i + 1]).toFixed(1);
            return s + "Z";
          }).join(""),
        }));
      }).catch(() => null);
    }
    return world;
  }

  function graticule() {
    const lines = [];
    for (let lon = -150; lon <= 150; lon += 30) lines.push(html`<line x1="${px(lon)}" x2="${px(lon)}" y1="0" y2="${H}"></line>`);
    for (let lat = -60; lat <= 60; lat += 30) lines.push(html`<line x1="0" x2="${W}" y1="${py(lat)}" y2="${py(lat)}" class="${lat === 0 ? "equator" : ""}"></line>`);
    return html`<g class="graticule" aria-hidden="true">${lines}</g>`;
  }

  P.views.map = async (ctx) => {
    ctx.title("Map");
    const [places, outline] = await Promise.all([P.api("/api/places", ctx.filters), loadWorld()]);
    if (!ctx.alive()) return;
    const located = places.places.filter((p) => typeof p.lat === "number" && typeof p.lon === "number");
    const max = Math.max(1, ...located.map((p) => p.count));
    const r = (c) => 2.5 + 22 * Math.sqrt(c / max);
    // big circles first so small ones stay on top and clickable
    const points = located.slice().sort((a, b) => b.count - a.count).map((p) => {
      const label = `${p.name}${p.code ? " (" + p.code + ")" : ""}: ${p.count} event${p.count === 1 ? "" : "s"}`;
      return html`<a href="${P.link("events", { location: p.name })}" data-testid="map-point" data-name="${p.name}" data-count="${p.count}" aria-label="${label}">
        <title>${label}</title><circle cx="${px(p.lon).toFixed(1)}" cy="${py(p.lat).toFixed(1)}" r="${r(p.count).toFixed(1)}"></circle></a>`;
    });
    const countries = outline
      ? html`<g class="land" aria-hidden="true">${outline.map((c) => html`<path d="${c.d}"><title>${c.name}</title></path>`)}</g>`
      : "";
    const top = places.places.slice(0, 25).map((p) => ({ key: p.name, label: p.name, code: p.code, count: p.count }));
    ctx.main.innerHTML = html`<section class="view view-map">
      <h1>Map <span class="sub">${P.fmtInt(located.length)} places${P.describeFilters(ctx.filters) ? " · " + P.describeFilters(ctx.filters) : ""}</span></h1>
      <div class="map-layout">
        <div class="panel">
          <svg class="map" data-testid="map" viewBox="0 0 ${W} ${H}" role="img" aria-label="World map of event places">
            <rect class="sea" x="0" y="0" width="${W}" height="${H}"></rect>${countries}${graticule()}<g class="points">${points}</g>
          </svg>
          <p class="note">Circle area: events at the place. ${places.unplaced ? html`${P.fmtInt(places.unplaced)} matching event${places.unplaced === 1 ? " has" : "s have"} no place with coordinates.` : ""}
          ${outline ? "Outline: Natural Earth (public domain)." : ""}</p>
        </div>
        <aside class="side"><h2>Places</h2>${P.countBars(top, (i) => P.link("events", { location: i.key }), "place-list")}</aside>
      </div>
    </section>`.s;
  };
})(window.Parley);

// Parley web UI: the network view (#/graph): states and organisations as nodes, events between them as
// weighted edges, placed by a small force layout; clicking a node focuses it (?focus=CODE in the URL).
"use strict";
(function (P) {
  const { html } = P;
  const W = 1000, H = 680;
  const KIND_COLOR = { state: "#2f5d8a", organisation: "#0a7a5a", group: "#b35c00", unknown: "#6b6b6b" };

  /**
   * Fruchterman–Reingold with a deterministic start (a sunflower spiral by activity), so the same graph
   * is always drawn the same way. Returns Map code → {x, y} fitted into the W×H box.
   */
  const GRAVITY = 0.7;

  function layout(nodes, edges, radius) {
    const n = nodes.length;
    const pos = new Map();
    if (!n) return pos;
    const order = nodes.slice().sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1));
    const idx = new Map(order.map((d, i) => [d.code, i]));
    const xs = new Float64Array(n), ys = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
    const golden = Math.PI * (3 - Math.sqrt(5));
    for (let i = 0; i < n; i++) {
      const r = 30 * Math.sqrt(i + 0.5);
      xs[i] = r * Math.cos(i * golden);
      ys[i] = r * Math.sin(i * golden);
    }
    const links = edges
      .filter((e) => idx.has(e.source) && idx.has(e.target) && e.source !== e.target)
      .map((e) => [idx.get(e.source), idx.get(e.target), Math.log2(1 + e.weight)]);
    // nodes outside the largest connected component get a stronger pull, so small islands sit near it
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (const [a, b] of links) parent[find(a)] = find(b);
    const size = new Map();
    for (let i = 0; i < n; i++) size.set(find(i), (size.get(find(i)) || 0) + 1);
    const biggest = Math.max(...size.values());
    const pull = Float64Array.from({ length: n }, (_, i) => (size.get(find(i)) === biggest ? GRAVITY : GRAVITY * 6));
    const area = W * H;
    const k = Math.sqrt(area / n) * 0.55;
    const k2 = k * k;
    const iterations = n > 200 ? 220 : 300;
    let temp = W / 8;
    for (let it = 0; it < iterations; it++) {
      dx.fill(0); dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ddx = xs[i] - xs[j], ddy = ys[i] - ys[j];
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 < 0.01) { ddx = 0.1 * ((i % 3) - 1 || 1); ddy = 0.1; d2 = 0.02; }
          const f = k2 / d2; // repulsion k²/d along the unit vector → k²/d² times the vector
          dx[i] += ddx * f; dy[i] += ddy * f;
          dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
      }
      for (const [a, b, w] of links) {
        const ddx = xs[a] - xs[b], ddy = ys[a] - ys[b];
        const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
        const f = (d / k) * (0.6 + 0.4 * w); // attraction d²/k, stronger for heavier edges
        dx[a] -= ddx * f; dy[a] -= ddy * f;
        dx[b] += ddx * f; dy[b] += ddy * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] -= xs[i] * pull[i]; // gravity keeps separate components near the centre
        dy[i] -= ys[i] * pull[i];
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const step = Math.min(d, temp);
        xs[i] += (dx[i] / d) * step;
        ys[i] += (dy[i] / d) * step;
      }
      temp = Math.max(1, temp * 0.985);
    }
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (let i = 0; i < n; i++) { x0 = Math.min(x0, xs[i]); x1 = Math.max(x1, xs[i]); y0 = Math.min(y0, ys[i]); y1 = Math.max(y1, ys[i]); }
    const pad = 40;
    // fit into the box; the axes may stretch by up to 1.4 against each other to use a wide box
    let sx = (W - 2 * pad) / Math.max(x1 - x0, 1), sy = (H - 2 * pad) / Math.max(y1 - y0, 1);
    sx = Math.min(sx, sy * 1.4); sy = Math.min(sy, sx * 1.4);
    const ox = (W - sx * (x1 - x0)) / 2, oy = (H - sy * (y1 - y0)) / 2;
    for (let i = 0; i < n; i++) { xs[i] = ox + (xs[i] - x0) * sx; ys[i] = oy + (ys[i] - y0) * sy; }
    // a few passes that push overlapping circles apart (room for the label below each), kept inside the box
    const rs = order.map((d) => (radius ? radius(d) : 6));
    for (let pass = 0; pass < 40; pass++) {
      let moved = false;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const ddx = xs[j] - xs[i], ddy = ys[j] - ys[i];
          const need = rs[i] + rs[j] + 6;
          const d2 = ddx * ddx + ddy * ddy;
          if (d2 >= need * need) continue;
          const d = Math.sqrt(d2) || 0.01;
          const push = (need - d) / 2;
          const ux = d2 ? ddx / d : 1, uy = d2 ? ddy / d : 0;
          xs[i] -= ux * push; ys[i] -= uy * push;
          xs[j] += ux * push; ys[j] += uy * push;
          moved = true;
        }
      }
      for (let i = 0; i < n; i++) {
        xs[i] = Math.min(W - pad / 2 - rs[i], Math.max(pad / 2 + rs[i], xs[i]));
        ys[i] = Math.min(H - pad / 2 - rs[i] - 10, Math.max(pad / 2 + rs[i], ys[i]));
      }
      if (!moved) break;
    }
    for (const [code, i] of idx) pos.set(code, { x: xs[i], y: ys[i] });
    return pos;
  }

  const layouts = new Map(); // API URL → positions

  P.views.graph = async (ctx) => {
    ctx.title("Graph");
    const maxNodes = ctx.params.get("maxNodes") || "100";
    const minWeight = ctx.params.get("minWeight") || "1";
    const focus = (ctx.params.get("focus") || "").toUpperCase();
    const q = new URLSearchParams(ctx.filters);
    q.set("maxNodes", maxNodes);
    q.set("minWeight", minWeight);
    const graph = await P.api("/api/graph", q);
    if (!ctx.alive()) return;
    const key = q.toString();
    const maxEvents = Math.max(1, ...graph.nodes.map((n) => n.events));
    const radius = (n) => 4 + 20 * Math.sqrt(n.events / maxEvents);
    if (!layouts.has(key)) {
      layouts.set(key, layout(graph.nodes, graph.edges, radius));
      if (layouts.size > 10) layouts.delete(layouts.keys().next().value);
    }
    const pos = layouts.get(key);
    const byCode = new Map(graph.nodes.map((n) => [n.code, n]));
    const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));

    const neighbours = new Map(); // code → [{code, weight, edge}]
    for (const e of graph.edges) {
      if (!byCode.has(e.source) || !byCode.has(e.target)) continue;
      (neighbours.get(e.source) || neighbours.set(e.source, []).get(e.source)).push({ code: e.target, weight: e.weight, edge: e });
      (neighbours.get(e.target) || neighbours.set(e.target, []).get(e.target)).push({ code: e.source, weight: e.weight, edge: e });
    }
    const focused = focus && byCode.has(focus) ? focus : "";
    const near = new Set(focused ? (neighbours.get(focused) || []).map((x) => x.code) : []);

    const edgesSvg = graph.edges.filter((e) => pos.has(e.source) && pos.has(e.target)).map((e) => {
      const a = pos.get(e.source), b = pos.get(e.target);
      const on = focused && (e.source === focused || e.target === focused);
      const cls = focused ? (on ? "edge on" : "edge dim") : "edge";
      // light edges fade, so that a dense graph still shows its strongest ties
      const opacity = focused ? "" : P.raw(` stroke-opacity="${(0.12 + 0.5 * Math.sqrt(e.weight / maxW)).toFixed(2)}"`);
      return html`<line class="${cls}"${opacity} x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${(0.8 + 5 * Math.sqrt(e.weight / maxW)).toFixed(2)}"><title>${e.source}–${e.target}: ${e.weight} event${e.weight === 1 ? "" : "s"}</title></line>`;
    });
    // labels for the larger nodes, and for everything near the focus
    const labelled = new Set(graph.nodes.slice().sort((a, b) => b.events - a.events).slice(0, 120).map((n) => n.code));
    const nodesSvg = graph.nodes.filter((n) => pos.has(n.code)).sort((a, b) => a.events - b.events).map((n) => {
      const p = pos.get(n.code);
      const r = radius(n);
      const state = !focused ? "" : n.code === focused ? " focus" : near.has(n.code) ? " near" : " dim";
      const showLabel = labelled.has(n.code) || state === " focus" || state === " near";
      const href = P.withParams({ focus: n.code === focused ? null : n.code });
      return html`<a href="${href}" class="node${state}" data-testid="graph-node" data-code="${n.code}" aria-label="${n.name} (${n.code}): ${n.events} events">
        <title>${n.name} (${n.code}), ${P.KIND_LABEL[n.kind] || n.kind}: ${n.events} events with ${n.partners || 0} partners</title>
        <circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${KIND_COLOR[n.kind] || KIND_COLOR.unknown}"></circle>
        ${showLabel ? html`<text x="${p.x.toFixed(1)}" y="${(p.y + r + 11).toFixed(1)}" text-anchor="middle">${n.code}</text>` : ""}
      </a>`;
    });

    const side = focused ? focusPanel(byCode.get(focused), neighbours.get(focused) || [], byCode) : overviewPanel(graph.nodes);
    const opt = (name, values, current) => html`<label>${name === "maxNodes" ? "Nodes" : "Min. events per edge"} <select data-param="${name}">${values.map((v) => html`<option${String(v) === current ? P.raw(" selected") : ""}>${v}</option>`)}</select></label>`;
    ctx.main.innerHTML = html`<section class="view view-graph">
      <h1>Network <span class="sub">${P.fmtInt(graph.nodes.length)} actors, ${P.fmtInt(graph.edges.length)} links${P.describeFilters(ctx.filters) ? " · " + P.describeFilters(ctx.filters) : ""}</span></h1>
      <div class="panelbar controls">${opt("maxNodes", [25, 50, 100, 200, 300, 500], maxNodes)} ${opt("minWeight", [1, 2, 3, 5, 10, 20], minWeight)}
        <ul class="legend"><li><span class="swatch round" style="background:${KIND_COLOR.state}"></span>state</li><li><span class="swatch round" style="background:${KIND_COLOR.organisation}"></span>organisation</li><li><span class="swatch round" style="background:${KIND_COLOR.group}"></span>non-state group</li></ul>
        <span class="note">Node size: events; line width: events between the two. Click a node to focus it.</span></div>
      <div class="graph-layout">
        ${graph.nodes.length
          ? html`<svg class="graph${focused ? " focused" : ""}" data-testid="graph" viewBox="0 0 ${W} ${H}" role="img" aria-label="Network of actors">${edgesSvg}${nodesSvg}</svg>`
          : html`<p class="empty" data-testid="graph-empty">No actors match these filters.</p>`}
        <aside class="side" data-testid="graph-side">${side}</aside>
      </div>
    </section>`.s;
    for (const sel of ctx.main.querySelectorAll("select[data-param]")) {
      sel.addEventListener("change", () => { location.hash = P.withParams({ [sel.dataset.param]: sel.value, focus: focused || null }); });
    }
  };

  function focusPanel(node, links, byCode) {
    const top = links.slice().sort((a, b) => b.weight - a.weight).slice(0, 15);
    const max = Math.max(1, ...top.map((t) => t.weight));
    return html`<h2 data-testid="focus-name">${node.name} <span class="code">${node.code}</span></h2>
      <p>${P.KIND_LABEL[node.kind] || node.kind}; ${P.fmtInt(node.events)} events with ${P.fmtInt(links.length)} partners shown.</p>
      <p><a class="button" href="${P.link("actor/" + node.code)}" data-testid="focus-actor-link">Open the ${node.code} actor page →</a></p>
      <h3>Top partners</h3>
      <ol class="bars" data-testid="focus-partners">${top.map((t) => {
        const other = byCode.get(t.code);
        const types = Object.entries(t.edge.byType || {}).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
        return html`<li data-key="${t.code}"><a href="${P.link("events", { pair: node.code + "-" + t.code })}" title="${other ? other.name + ": " : ""}${types}">${other ? other.name : t.code} <span class="code">${t.code}</span></a>
          <span class="bar" style="width:${Math.max(2, (100 * t.weight) / max).toFixed(1)}%"></span><span class="n">${t.weight}</span></li>`;
      })}</ol>
      <p><a href="${P.withParams({ focus: null })}">Clear the focus</a></p>`;
  }

  function overviewPanel(nodes) {
    const top = nodes.slice().sort((a, b) => b.events - a.events).slice(0, 15);
    return html`<h2>Most active</h2>
      ${P.countBars(top.map((n) => ({ key: n.code, label: n.name, code: n.code, count: n.events })), (i) => P.withParams({ focus: i.key }), "graph-top")}
      <p class="note">Select a node, or a name above, to see its partners.</p>`;
  }

  P.graphLayout = layout;
})(window.Parley);

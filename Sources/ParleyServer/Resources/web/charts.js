// Parley web UI: charts drawn as SVG markup (timeline bars, small multiples, legends).
"use strict";
(function (P) {
  const { html } = P;

  P.TYPE_COLOR = {
    meeting: "#0b6bb0", call: "#4aa3d8", visit: "#d98a00", agreement: "#0a8a66",
    invitation: "#b0589a", message: "#8a7a00", demand: "#c2410c",
  };

  const DAY = 86400000;
  const toMs = (s) => Date.parse(s + "T00:00:00Z");
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

  /** Year (or month) ticks between two times, as [{ms, label}]. */
  function ticks(t0, t1) {
    const out = [];
    const y0 = new Date(t0).getUTCFullYear();
    const y1 = new Date(t1).getUTCFullYear();
    const years = y1 - y0 + 1;
    if (years >= 3) {
      const step = Math.ceil(years / 12);
      for (let y = y0 + 1; y <= y1; y++) if ((y - y0 - 1) % step === 0) out.push({ ms: Date.UTC(y, 0, 1), label: String(y) });
      if (!out.length) out.push({ ms: Date.UTC(y0, 0, 1), label: String(y0) });
    } else {
      const d = new Date(t0);
      let y = d.getUTCFullYear(), m = d.getUTCMonth() + 1;
      const months = (y1 - y) * 12 + new Date(t1).getUTCMonth() - m + 2;
      const step = Math.max(1, Math.ceil(months / 12));
      for (let i = 0; ; i++, m++) {
        if (m > 11) { m = 0; y++; }
        const ms = Date.UTC(y, m, 1);
        if (ms > t1) break;
        if (i % step === 0) out.push({ ms, label: m === 0 ? String(y) : `${y}-${String(m + 1).padStart(2, "0")}` });
      }
    }
    return out;
  }

  /** The time scale shared by the timeline and the small multiples: domain from the buckets' start/end. */
  P.timeScale = (buckets, width, left, right) => {
    const t0 = Math.min(...buckets.map((b) => toMs(b.start)));
    const t1 = Math.max(...buckets.map((b) => toMs(b.end) + DAY));
    const span = Math.max(t1 - t0, DAY);
    const x = (ms) => left + ((ms - t0) / span) * (width - left - right);
    return { t0, t1, x };
  };

  /**
   * A bar per bucket (stacked by type), placed on a time axis; each bar links to the events of its period.
   * `hrefOf(bucket)` gives the link.
   */
  P.timelineSVG = (buckets, hrefOf, opts) => {
    opts = opts || {};
    const W = 1000, H = opts.height || 170, L = 36, R = 8, T = 10, B = 22;
    if (!buckets.length) return html`<p class="muted" data-testid="timeline-empty">No dated events match.</p>`;
    const s = P.timeScale(buckets, W, L, R);
    const max = Math.max(...buckets.map((b) => b.count), 1);
    const y = (n) => T + (H - T - B) * (1 - n / max);
    const bars = buckets.filter((b) => b.count > 0).map((b) => {
      const x0 = s.x(toMs(b.start));
      const x1 = s.x(toMs(b.end) + DAY);
      const w = Math.max(1.5, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
      const types = P.TYPES.filter((t) => b.byType && b.byType[t]);
      let acc = 0;
      const segs = types.length
        ? types.map((t) => {
            const n = b.byType[t];
            const seg = html`<rect x="${x0.toFixed(2)}" y="${y(acc + n).toFixed(2)}" width="${w.toFixed(2)}" height="${(y(acc) - y(acc + n)).toFixed(2)}" fill="${P.TYPE_COLOR[t]}"></rect>`;
            acc += n;
            return seg;
          })
        : html`<rect x="${x0.toFixed(2)}" y="${y(b.count).toFixed(2)}" width="${w.toFixed(2)}" height="${(y(0) - y(b.count)).toFixed(2)}" fill="#0b6bb0"></rect>`;
      const detail = types.map((t) => `${t} ${b.byType[t]}`).join(", ");
      const label = `${b.period}: ${b.count} event${b.count === 1 ? "" : "s"}${detail ? " (" + detail + ")" : ""}`;
      // a transparent full-height hit area keeps thin bars clickable
      return html`<a href="${hrefOf(b)}" data-testid="timeline-bar" data-period="${b.period}" data-count="${b.count}" aria-label="${label}"><title>${label}</title><rect class="hit" x="${x0.toFixed(2)}" y="${T}" width="${Math.max(w, 4).toFixed(2)}" height="${H - T - B}"></rect>${segs}</a>`;
    });
    const tk = ticks(s.t0, s.t1).filter((t) => s.x(t.ms) < W - R - 34).map((t) => html`<g class="tick"><line x1="${s.x(t.ms).toFixed(1)}" x2="${s.x(t.ms).toFixed(1)}" y1="${T}" y2="${H - B + 4}"></line><text x="${(s.x(t.ms) + 3).toFixed(1)}" y="${H - 6}">${t.label}</text></g>`);
    const yt = [max, Math.round(max / 2)].filter((v, i, a) => v > 0 && a.indexOf(v) === i).map((v) => html`<g class="ytick"><line x1="${L - 4}" x2="${W - R}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"></line><text x="${L - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text></g>`);
    return html`<svg class="timeline" data-testid="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${opts.label || "Events over time"}">
      ${yt}${tk}<line class="axis" x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}"></line>${bars}</svg>`;
  };

  P.typeLegend = (present) => html`<ul class="legend" aria-label="Event types">${P.TYPES.filter((t) => !present || present[t]).map((t) => html`<li><span class="swatch" style="background:${P.TYPE_COLOR[t]}"></span>${t}</li>`)}</ul>`;

  /**
   * Small multiples: one row per partner, bars per period on the actor's time axis.
   * `rows` [{key, label}], `series` [{period, counts}], `buckets` the actor timeline (period → start/end).
   */
  P.smallMultiples = (rows, series, buckets, hrefOf) => {
    if (!rows.length || !series.length) return html`<p class="muted">No partners over time.</p>`;
    const W = 1000, H = 34, L = 150, R = 8;
    const byPeriod = new Map(buckets.map((b) => [b.period, b]));
    const known = series.filter((s) => byPeriod.has(s.period));
    const useTime = known.length === series.length && buckets.length > 0;
    const scale = useTime ? P.timeScale(buckets, W, L, R) : null;
    const n = series.length;
    const max = Math.max(1, ...series.flatMap((s) => Object.values(s.counts || {})));
    const out = rows.map((r) => {
      const bars = series.map((s, i) => {
        const c = (s.counts || {})[r.key] || 0;
        if (!c) return "";
        let x0, w;
        if (useTime) {
          const b = byPeriod.get(s.period);
          x0 = scale.x(toMs(b.start));
          w = Math.max(1.5, scale.x(toMs(b.end) + DAY) - x0 - 1);
        } else {
          w = Math.max(1.5, (W - L - R) / n - 1);
          x0 = L + ((W - L - R) * i) / n;
        }
        const h = Math.max(1.5, ((H - 8) * c) / max);
        return html`<rect x="${x0.toFixed(2)}" y="${(H - 4 - h).toFixed(2)}" width="${w.toFixed(2)}" height="${h.toFixed(2)}"><title>${r.label || r.key}, ${s.period}: ${c}</title></rect>`;
      });
      return html`<svg class="multiple" viewBox="0 0 ${W} ${H}" role="img" aria-label="Events with ${r.label || r.key} over time" data-testid="partner-series" data-key="${r.key}">
        <a href="${hrefOf(r)}"><text x="0" y="${H - 10}" class="rowlabel">${r.label || r.key}</text></a>
        <line class="axis" x1="${L}" x2="${W - R}" y1="${H - 4}" y2="${H - 4}"></line>${bars}</svg>`;
    });
    const axis = useTime ? html`<svg class="multiple axisrow" viewBox="0 0 ${W} 18" aria-hidden="true">${ticks(scale.t0, scale.t1).filter((t) => scale.x(t.ms) < W - R - 34).map((t) => html`<text x="${(scale.x(t.ms) + 2).toFixed(1)}" y="13">${t.label}</text>`)}</svg>` : "";
    return html`<div class="multiples">${out}${axis}</div>`;
  };

  P.isoDay = iso;
})(window.Parley);

// Parley web UI: the event page (#/event/ID) with every source's report and its sentence highlighted in
// the article, and the document page (#/document/ID) with all its events' sentences highlighted.
"use strict";
(function (P) {
  const { html } = P;

  /**
   * The text with `spans` ({start, end, events: [ids], title}) wrapped in <mark>. Offsets are Unicode code
   * points (EVENTS.md), so the text is split with Array.from, never indexed as UTF-16. Overlapping spans
   * are cut into segments, each marked once with the events covering it. `linkOf(id)` (optional) links a mark.
   */
  P.highlight = (text, spans, linkOf) => {
    const cps = P.codePoints(text);
    const n = cps.length;
    const ok = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end);
    const cuts = new Set([0, n]);
    for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
    const bounds = Array.from(cuts).sort((a, b) => a - b);
    let out = "";
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      const piece = cps.slice(a, b).join("");
      const covering = ok.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { out += P.esc(piece); continue; }
      const ids = [...new Set(covering.flatMap((s) => s.events || []))];
      const title = covering.map((s) => s.title).filter(Boolean).join("; ");
      const first = a === Math.min(...covering.map((s) => s.start));
      const mark = html`<mark data-testid="evidence-mark" data-events="${ids.join(" ")}"${first ? P.raw(' data-start="' + a + '"') : ""}${title ? html` title="${title}"` : ""}>${piece}</mark>`.s;
      out += linkOf && ids.length ? html`<a class="marklink" href="${linkOf(ids[0])}">${P.raw(mark)}</a>`.s : mark;
    }
    return P.raw(out);
  };

  /** True when the evidence's own text is the code point slice its offsets name. */
  P.evidenceMatches = (text, ev) => P.codePoints(text).slice(ev.start, ev.end).join("") === ev.text;

  /**
   * A document's heading: its title, else the first line of its text that is not a `date YYYY-MM-DD` line
   * (articles often carry no title field but start with their headline), else its id.
   */
  P.docTitle = (ref, text) => {
    if (ref && ref.title) return ref.title;
    for (const line of String(text || "").split("\n").slice(0, 5)) {
      const t = line.trim();
      if (t && !/^date\s+\d{4}-\d{2}-\d{2}$/i.test(t)) return t.length > 160 ? t.slice(0, 157) + "…" : t;
    }
    return (ref && ref.id) || "";
  };

  /** Only http(s) links from stored documents become hrefs (a URL is untrusted input). */
  const safeUrl = (u) => (typeof u === "string" && /^https?:\/\//i.test(u) ? u : null);

  function title(e) {
    const directed = P.isDirected(e);
    const names = P.orderedParticipants(e).map((p) => p.label || p.code);
    return `${P.TYPE_LABEL[e.type] || e.type}: ${names.join(directed ? " → " : " – ")}`;
  }
  P.eventTitle = title;

  function facts(e) {
    const rows = [
      ["Date", e.date ? html`<time datetime="${e.date.start}">${P.fmtRange(e.date)}</time>${e.date.text ? html` <span class="muted">(“${e.date.text}”)</span>` : ""}` : "undated"],
      ["Status", P.statusBadge(e.status)],
      ["Place", e.location ? html`<a href="${P.link("events", { location: e.location.name })}">${e.location.name}</a>${e.location.code ? html` <span class="code">${e.location.code}</span>` : ""}` : html`<span class="muted">not stated</span>`],
      ["Occasion", e.occasion || html`<span class="muted">none</span>`],
      ["Topics", e.topics && e.topics.length ? html`${e.topics.map((t) => html`<span class="tag">${t.replace(/_/g, " ")}</span> `)}` : html`<span class="muted">none</span>`],
      ["Sources", html`<span data-testid="source-count">${P.fmtInt(e.sources)}</span> document${e.sources === 1 ? "" : "s"}`],
    ];
    if (typeof e.confidence === "number") rows.push(["Confidence", e.confidence.toFixed(2)]);
    rows.push(["Id", html`<code>${e.id}</code>`]);
    return html`<dl class="facts" data-testid="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd data-field="${k.toLowerCase()}">${v}</dd>`)}</dl>`;
  }

  function participantsTable(e) {
    const directed = P.isDirected(e);
    return html`<table class="participants-table" data-testid="participants">
      <caption class="visually-hidden">Participants</caption>
      <thead><tr><th scope="col">Code</th><th scope="col">State or organisation</th><th scope="col">Person</th><th scope="col">Role</th>${directed ? html`<th scope="col">Side</th>` : ""}</tr></thead>
      <tbody>${P.orderedParticipants(e).map((p) => html`<tr data-testid="participant" data-code="${p.code}">
        <td><a class="code" href="${P.link("actor/" + p.code)}">${p.code}</a></td>
        <td>${p.label || p.code}</td>
        <td>${p.name ? html`<a href="${P.link("events", { person: p.name })}">${p.name}</a>` : html`<span class="muted">—</span>`}</td>
        <td>${p.role ? P.ROLE_LABEL[p.role] || p.role : html`<span class="muted">—</span>`}</td>
        ${directed ? html`<td>${p.side === "source" ? (e.type === "visit" ? "visitor" : "from") : p.side === "target" ? (e.type === "visit" ? "host" : "to") : "—"}</td>` : ""}
      </tr>`)}</tbody></table>`;
  }

  function reportCard(rep, i, doc) {
    const d = rep.document || {};
    const r = rep.event || {};
    const url = safeUrl(d.url);
    const evs = (r.evidence || []).filter((v) => v.doc === d.id);
    let body;
    if (doc instanceof Error) body = P.errorBox(doc);
    else if (!doc) body = html`<p class="muted">The article is not available.</p>`;
    else {
      const spans = evs.map((v) => ({ start: v.start, end: v.end, events: [r.id || ""], title: "the sentence this report rests on" }));
      const mismatch = evs.some((v) => !P.evidenceMatches(doc.text, v));
      body = html`<div class="article" data-testid="article" tabindex="0" aria-label="Article text with the evidence highlighted">${P.highlight(doc.text, spans)}</div>
        ${mismatch ? html`<p class="warn">The stored offsets do not match the sentence's text exactly.</p>` : ""}`;
    }
    return html`<article class="report" data-testid="report" data-doc="${d.id}">
      <header><h3><span class="num">${i + 1}.</span> <a href="#/document/${encodeURIComponent(d.id)}" data-testid="report-doc">${P.docTitle(d, doc && !(doc instanceof Error) ? doc.text : "")}</a></h3>
        <p class="meta">${d.published ? html`published ${d.published} · ` : ""}<code>${d.id}</code>${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow" target="_blank">original</a>` : ""}</p></header>
      <p class="reason" data-testid="reason"><strong>Why:</strong> ${rep.reason}</p>
      <p class="reading"><strong>This report says:</strong> ${r.status || ""}${r.date ? html`, ${P.fmtRange(r.date)}${r.date.text ? html` (“${r.date.text}”)` : ""}` : ", undated"}${r.location ? html`, ${r.location.name}` : ""}${r.occasion ? html`, ${r.occasion}` : ""}</p>
      <blockquote class="evidence" data-testid="evidence">${evs.map((v) => html`<p>${v.text}</p>`)}</blockquote>
      <details class="in-article" open><summary>In the article</summary>${body}</details>
    </article>`;
  }

  /** Scrolls each article box so its first highlight is in view (the page itself does not move). */
  function scrollMarks(root) {
    for (const box of root.querySelectorAll(".article")) {
      const m = box.querySelector("mark");
      if (m) box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - 40);
    }
  }

  P.views.event = async (ctx) => {
    const id = ctx.path[1] || "";
    const detail = await P.api("/api/events/" + encodeURIComponent(id));
    if (!ctx.alive()) return;
    const e = detail.event;
    ctx.title(title(e));
    const docIds = [...new Set(detail.reports.map((r) => r.document && r.document.id).filter(Boolean))];
    const docs = new Map(await Promise.all(docIds.map((d) => P.api("/api/documents/" + encodeURIComponent(d)).then((x) => [d, x], (err) => [d, err]))));
    if (!ctx.alive()) return;
    ctx.main.innerHTML = html`<section class="view view-event" data-testid="event-page" data-id="${e.id}">
      <p class="crumbs"><a href="${P.link("events")}">← Events</a></p>
      <h1>${P.typeBadge(e.type)} <span data-testid="event-title">${title(e).replace(/^[^:]*: /, "")}</span></h1>
      <div class="event-top">
        <div>${facts(e)}</div>
        <div><h2>Participants</h2>${participantsTable(e)}</div>
      </div>
      <h2>Sources <span class="sub">${detail.reports.length} report${detail.reports.length === 1 ? "" : "s"} from ${docIds.length} document${docIds.length === 1 ? "" : "s"}, in the order they were merged</span></h2>
      <div class="reports">${detail.reports.map((rep, i) => reportCard(rep, i, docs.get(rep.document && rep.document.id)))}</div>
    </section>`.s;
    scrollMarks(ctx.main);
  };

  P.views.document = async (ctx) => {
    const id = ctx.path[1] || "";
    const doc = await P.api("/api/documents/" + encodeURIComponent(id));
    if (!ctx.alive()) return;
    ctx.title(P.docTitle(doc, doc.text));
    const spans = doc.events.flatMap((ev) => (ev.evidence || []).filter((v) => !v.doc || v.doc === doc.id)
      .map((v) => ({ start: v.start, end: v.end, events: [ev.id], title: `${ev.type} ${ev.id}` })));
    const url = safeUrl(doc.url);
    ctx.main.innerHTML = html`<section class="view view-document" data-testid="document-page" data-id="${doc.id}">
      <p class="crumbs"><a href="${P.link("events")}">← Events</a></p>
      <h1 data-testid="document-title">${P.docTitle(doc, doc.text)}</h1>
      <p class="meta">${doc.published ? html`published ${doc.published} · ` : ""}<code>${doc.id}</code>${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow" target="_blank">original</a>` : ""}</p>
      <div class="doc-layout">
        <div class="article full" data-testid="article">${P.highlight(doc.text, spans, (eid) => "#/event/" + encodeURIComponent(eid))}</div>
        <aside class="side"><h2>${doc.events.length} event${doc.events.length === 1 ? "" : "s"} in this article</h2>
          <ol class="doc-events" data-testid="document-events">${doc.events.map((ev) => html`<li><a href="#/event/${encodeURIComponent(ev.id)}">${P.typeBadge(ev.type)} <code>${ev.id}</code></a>${ev.evidence && ev.evidence[0] ? html`<br><span class="muted">${ev.evidence[0].text.slice(0, 140)}${ev.evidence[0].text.length > 140 ? "…" : ""}</span>` : ""}</li>`)}</ol>
        </aside>
      </div>
    </section>`.s;
  };
})(window.Parley);

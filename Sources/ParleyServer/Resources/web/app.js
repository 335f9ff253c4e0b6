// Parley web UI: the hash router and the filter bar. The URL hash is the only state: the filter bar
// writes the hash, and every view reads its filters from the hash (one code path for both).
"use strict";
(function (P) {
  const main = document.getElementById("main");
  const form = document.getElementById("filters");
  P.state = { path: [], params: new URLSearchParams() };
  P.views = P.views || {};

  // ------------------------------------------------------------------------------------------
  // The filter bar: hash → form on every route, form → hash on submit.

  function fillForm(params) {
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.name === "actor") el.value = params.getAll("actor").join(" ");
      else el.value = params.get(el.name) || "";
    }
  }

  /** The filters the form holds, as URLSearchParams (actor codes split on spaces and commas). */
  function formFilters() {
    const out = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name) continue;
      const v = el.value.trim();
      if (!v) continue;
      if (el.name === "actor") v.split(/[\s,;]+/).filter(Boolean).forEach((c) => out.append("actor", c.toUpperCase()));
      else if (el.name === "pair") out.append("pair", v.toUpperCase().replace(/\s+/g, ""));
      else out.append(el.name, v);
    }
    return out;
  }

  /** Where a new filter set leads: the same view (the event and document pages, which filters don't change, go to the list). */
  function filteredHash(filters) {
    let path = P.state.path.length ? P.state.path : ["events"];
    if (path[0] === "event" || path[0] === "document") path = ["events"];
    const keep = new URLSearchParams(filters);
    // view keys that survive a new filter (not the page offset or the graph's focus)
    for (const k of ["sort", "interval", "limit", "minWeight", "maxNodes"]) {
      const v = P.state.params.get(k);
      if (v) keep.set(k, v);
    }
    const q = keep.toString();
    return "#/" + path.map(encodeURIComponent).join("/") + (q ? "?" + q : "");
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = filteredHash(formFilters());
  });
  document.getElementById("f-clear").addEventListener("click", () => {
    location.hash = filteredHash(new URLSearchParams());
  });
  for (const sel of form.querySelectorAll("select")) sel.addEventListener("change", () => form.requestSubmit());

  document.querySelector("[data-skip]").addEventListener("click", (ev) => {
    ev.preventDefault();
    main.focus();
  });

  // ------------------------------------------------------------------------------------------
  // Navigation links keep the filters.

  function updateNav(view) {
    for (const a of document.querySelectorAll("a[data-nav]")) {
      const name = a.getAttribute("data-nav");
      a.setAttribute("href", P.link(name));
      if (name === view && a.closest("nav")) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
  }

  // ------------------------------------------------------------------------------------------
  // Routing.

  let generation = 0;
  let lastPath = null; // the view path of the previous render ("events", "event/ID"…)

  const ROUTES = {
    "": "events", events: "events", graph: "graph", map: "map", actors: "actors",
    event: "event", actor: "actor", document: "document",
  };

  async function route() {
    const { path, params } = P.parseHash(location.hash);
    const name = ROUTES[path[0] || ""];
    P.state = { path: path.length ? path : ["events"], params };
    const gen = ++generation;
    fillForm(params);
    updateNav(name);
    document.body.dataset.view = name || "missing";
    document.body.dataset.state = "loading";
    main.setAttribute("aria-busy", "true");
    const ctx = {
      main, params, path,
      filters: P.filtersOf(params),
      alive: () => gen === generation,
      /** Sets the page's title (the document title follows). */
      title: (t) => { document.title = t ? `${t} · Parley` : "Parley"; },
    };
    // the old view stays (dimmed by [aria-busy]) while the new one loads; an empty page says so
    if (!main.querySelector("section, h1")) main.innerHTML = `<p class="loading">Loading…</p>`;
    try {
      const view = name && P.views[name];
      if (!view) {
        ctx.title("Not found");
        main.innerHTML = P.html`<h1>Not found</h1><p>There is no page <code>${location.hash}</code>. Try the <a href="#/events">events</a>.</p>`.s;
      } else {
        await view(ctx);
      }
      if (ctx.alive()) {
        document.body.dataset.state = "ready";
        document.body.dataset.rendered = location.hash; // which URL the page now shows (tests wait for it)
        // a new page (not new filters on the same page): start at its top and move focus to its heading,
        // so that keyboard and screen reader users land on what changed
        const pathKey = P.state.path.join("/");
        if (lastPath !== null && pathKey !== lastPath) {
          window.scrollTo(0, 0);
          const h1 = main.querySelector("h1");
          if (h1) { h1.setAttribute("tabindex", "-1"); h1.focus({ preventScroll: true }); }
        }
        lastPath = pathKey;
      }
    } catch (err) {
      if (!ctx.alive()) return;
      console.error(err);
      main.innerHTML = P.errorBox(err).s;
      document.body.dataset.state = "error";
      document.body.dataset.rendered = location.hash;
    } finally {
      if (ctx.alive()) main.removeAttribute("aria-busy");
    }
  }

  window.addEventListener("hashchange", route);

  // The footer's store counts.
  P.api("/healthz").then((h) => {
    document.getElementById("health").textContent =
      `${P.fmtInt(h.events)} events from ${P.fmtInt(h.documents)} documents`;
  }, (err) => {
    document.getElementById("health").textContent = `Server unreachable: ${err.message}`;
  });

  route();
})(window.Parley);

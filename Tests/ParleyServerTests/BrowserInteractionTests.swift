import Foundation
import Testing

/// The web UI driven as a person would: typing in the filter bar, clicking a node, over the DevTools protocol.
extension BrowserTests {
    @Test("typing an actor into the filter bar and pressing Enter puts it in the URL and narrows the list")
    func filterBarTyping() async throws {
        let server = try await DemoServer.shared.start()
        let page = try DevToolsPage()
        defer { page.close() }
        try page.open(server.base + "/#/events")
        try page.type("#f-actor", "ind")
        try page.pressEnter()
        try page.waitForView("location.hash === '#/events?actor=IND'", "the list for IND")
        try page.screenshot("filter-bar-typed")
        let codes = try page.evaluate("[...document.querySelectorAll('[data-testid=event-row]')].map(e => e.dataset.codes)") as? [String] ?? []
        #expect(!codes.isEmpty)
        #expect(codes.allSatisfy { $0.split(separator: " ").contains("IND") })

        // choosing a type applies at once, through the same URL
        try page.evaluate("(() => { const s = document.getElementById('f-type'); s.value = 'meeting'; s.dispatchEvent(new Event('change')); })()")
        try page.waitForView("location.hash === '#/events?actor=IND&type=meeting'", "the meetings of IND")
        let types = try page.evaluate("[...document.querySelectorAll('[data-testid=event-row]')].map(e => e.dataset.type)") as? [String] ?? []
        #expect(!types.isEmpty && types.allSatisfy { $0 == "meeting" })
        let expected = try await BrowserHarness.json("/api/events?actor=IND&type=meeting&limit=1")["total"] as? Int
        #expect(try page.evaluate("document.querySelector('[data-testid=total]').textContent") as? String == expected.map { BrowserTests.grouped($0) })
    }

    @Test("a URL's filters fill the filter bar, and Clear removes them")
    func urlFillsFilterBar() async throws {
        let server = try await DemoServer.shared.start()
        let page = try DevToolsPage()
        defer { page.close() }
        try page.open(server.base + "/#/events?actor=RUS&actor=CHN&type=meeting&from=2023-01-01&q=talks")
        let values = try page.evaluate("['f-actor','f-type','f-from','f-q'].map(id => document.getElementById(id).value)") as? [String]
        #expect(values == ["RUS CHN", "meeting", "2023-01-01", "talks"])
        try page.click("#f-clear")
        try page.waitForView("location.hash === '#/events'", "the unfiltered list")
        #expect(try page.evaluate("document.getElementById('f-actor').value") as? String == "")
    }

    @Test("clicking a node in the graph focuses it: its neighbours stay lit and its partners are listed")
    func graphClick() async throws {
        let server = try await DemoServer.shared.start()
        let page = try DevToolsPage()
        defer { page.close() }
        try page.open(server.base + "/#/graph")
        try page.click("[data-testid=graph-node][data-code=CHN] circle")
        try page.waitForView("location.hash.includes('focus=CHN')", "the focus on CHN")
        try page.screenshot("graph-clicked-CHN")
        #expect(try page.evaluate("document.querySelector('[data-testid=focus-name]').textContent") as? String == "China CHN")
        let partners = try page.evaluate("[...document.querySelectorAll('[data-testid=focus-partners] li')].map(li => li.dataset.key)") as? [String] ?? []
        let near = try page.evaluate("[...document.querySelectorAll('.node.near')].map(n => n.dataset.code)") as? [String] ?? []
        #expect(!partners.isEmpty)
        #expect(Set(partners).isSubset(of: Set(near)))
        try page.click("[data-testid=focus-actor-link]")
        try page.waitForView("location.hash.startsWith('#/actor/CHN')", "the CHN actor page")
        #expect(try page.evaluate("document.querySelector('[data-testid=actor-name]').textContent") as? String == "China")
    }

    @Test("evidence offsets count code points: a sentence after an emoji is marked exactly, and its text is escaped")
    func highlightOffsetsAndEscaping() async throws {
        let server = try await DemoServer.shared.start()
        let page = try DevToolsPage()
        defer { page.close() }
        try page.open(server.base + "/#/events")
        // "🇷🇺 " is 3 code points (5 UTF-16 units): the sentence is code points 3..<23
        let marked = try page.evaluate("""
            (() => { const text = '🇷🇺 Putin <b>met</b> Xi. Later…';
              const box = document.createElement('div');
              box.innerHTML = Parley.highlight(text, [{start: 3, end: 23, events: ['e1']}]).s;
              return [box.querySelector('mark').textContent, box.querySelectorAll('b').length]; })()
            """) as? [Any]
        #expect(marked?.first as? String == "Putin <b>met</b> Xi.")
        #expect(marked?.last as? Int == 0, "markup inside the text must stay text")

        // an event whose every string is hostile renders as text only
        let injected = try page.evaluate("""
            (() => { const bad = '<img src=x onerror="window.pwned=1">';
              const e = {id: 'ev-"><script>', type: 'meeting', status: 'occurred', sources: 1, documents: [],
                participants: [{code: bad, label: bad, name: bad, role: null, side: null}],
                date: {start: '2024-01-01', end: '2024-01-01', text: bad}, location: {name: bad, code: bad},
                occasion: bad, topics: [], evidence: [{doc: 'd', start: 0, end: 1, text: bad}]};
              const box = document.createElement('div');
              box.innerHTML = Parley.eventItem(e).s;
              document.body.appendChild(box);
              return [box.querySelectorAll('img, script').length, box.textContent.includes('<img src=x')]; })()
            """) as? [Any]
        #expect(injected?.first as? Int == 0)
        #expect(injected?.last as? Bool == true)
        try await Task.sleep(for: .milliseconds(200))
        #expect(try page.evaluate("window.pwned === undefined") as? Bool == true)
    }
}

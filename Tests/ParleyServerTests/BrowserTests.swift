import Foundation
import Testing

/// The web UI in a real browser: `parley serve --demo` on a free port, each view loaded by its URL in Debian's
/// headless Chromium, and what the page shows checked through its `data-testid` attributes. Screenshots go to
/// `.build/artifacts/screenshots/`.
@Suite(
    "Web UI in headless Chromium", .serialized,
    .enabled(if: BrowserHarness.hasChromium, "Chromium is not installed: apt-get install chromium (.ci/run installs it)"))
struct BrowserTests {
    @Test("the events view lists events with Russia and draws a timeline of them")
    func eventsView() async throws {
        let page = try await Browser.load("#/events", name: "events")
        #expect(page.state == "ready", "the page did not finish: \(page.text.prefix(400))")
        #expect(page.count("event-list") == 1)
        let rows = page.attribute("data-codes", of: "event-row")
        #expect(rows.count == 50, "the first page holds 50 events")
        #expect(rows.contains { $0.split(separator: " ").contains("RUS") })
        #expect(page.text.contains("Russia"))
        #expect(page.count("timeline-bar") > 3, "the timeline has bars")
        let total = try await BrowserHarness.json("/api/events?limit=1")["total"] as? Int
        #expect(page.texts("strong", testid: "total").first == total.map { Self.grouped($0) })
    }

    @Test("an actor in the URL (#/events?actor=IND) narrows the list to events with India")
    func actorFilterInURL() async throws {
        let page = try await Browser.load("#/events?actor=IND", name: "events-actor-IND")
        #expect(page.state == "ready")
        let rows = page.attribute("data-codes", of: "event-row")
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: " ").contains("IND") }, "every listed event has India: \(rows)")
        let all = try await BrowserHarness.json("/api/events?limit=1")["total"] as? Int ?? 0
        let india = try await BrowserHarness.json("/api/events?actor=IND&limit=1")["total"] as? Int ?? 0
        #expect(india > 0 && india < all)
        #expect(page.texts("strong", testid: "total").first == Self.grouped(india))
        #expect(page.texts("span", testid: "summary").first?.contains("actor IND") == true)
    }

    @Test("filters combine in the URL: a type and a pair narrow the list to those events")
    func typeAndPairInURL() async throws {
        let page = try await Browser.load("#/events?pair=RUS-CHN&type=meeting&sort=date", name: "events-pair-meeting")
        #expect(page.state == "ready")
        let types = page.attribute("data-type", of: "event-row")
        let codes = page.attribute("data-codes", of: "event-row")
        #expect(!types.isEmpty)
        #expect(types.allSatisfy { $0 == "meeting" })
        #expect(codes.allSatisfy { $0.contains("RUS") && $0.contains("CHN") })
        let expected = try await BrowserHarness.json("/api/events?pair=RUS-CHN&type=meeting&limit=1")["total"] as? Int
        #expect(types.count == expected)
    }

    @Test("the event page shows the participants and each source's sentence highlighted in its article")
    func eventPage() async throws {
        // the event with most sources: several reports, each with its reason
        let list = try await BrowserHarness.json("/api/events?sort=sources&limit=1")
        let event = try #require((list["events"] as? [[String: Any]])?.first)
        let id = try #require(event["id"] as? String)
        let participants = (event["participants"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        let detail = try await BrowserHarness.json("/api/events/\(id)")
        let reports = detail["reports"] as? [[String: Any]] ?? []

        let page = try await Browser.load("#/event/\(id)", name: "event")
        #expect(page.state == "ready", "the page did not finish: \(page.text.prefix(400))")
        #expect(page.count("event-page") == 1)
        #expect(Set(page.attribute("data-code", of: "participant")) == Set(participants))
        #expect(page.count("report") == reports.count)
        #expect(page.count("reason") == reports.count)
        // every report's evidence is marked inside its article, exactly as the API's evidence text says
        let marked = page.texts("mark", testid: "evidence-mark").joined(separator: " ")
        #expect(!marked.isEmpty, "no <mark> in the page")
        for report in reports {
            let evidence = (report["event"] as? [String: Any])?["evidence"] as? [[String: Any]] ?? []
            for text in evidence.compactMap({ $0["text"] as? String }) {
                #expect(marked.contains(text), "not highlighted: \(text)")
            }
        }
    }

    @Test("highlights use Unicode code point offsets: a sentence after non-ASCII text is marked exactly")
    func codePointHighlight() async throws {
        // find a document whose text before an evidence span has characters outside the BMP or non-ASCII
        let events = try await BrowserHarness.json("/api/events?limit=500")["events"] as? [[String: Any]] ?? []
        var chosen: (id: String, text: String)?
        search: for event in events {
            for ev in event["evidence"] as? [[String: Any]] ?? [] {
                guard let doc = ev["doc"] as? String, let start = ev["start"] as? Int, let text = ev["text"] as? String else { continue }
                let document = try await BrowserHarness.json("/api/documents/\(doc)")
                let body = document["text"] as? String ?? ""
                let before = String(String.UnicodeScalarView(body.unicodeScalars.prefix(start)))
                if before.unicodeScalars.contains(where: { !$0.isASCII }) {
                    chosen = (event["id"] as! String, text)
                    break search
                }
            }
        }
        let target = try #require(chosen, "the demo data has no evidence after non-ASCII text")
        let page = try await Browser.load("#/event/\(target.id)", name: "event-unicode")
        #expect(page.texts("mark", testid: "evidence-mark").contains(target.text))
    }

    @Test("the document page marks every event's sentence and links each mark to its event")
    func documentPage() async throws {
        let list = try await BrowserHarness.json("/api/events?actor=IND&limit=1")
        let event = try #require((list["events"] as? [[String: Any]])?.first)
        let doc = try #require((event["documents"] as? [String])?.first)
        let document = try await BrowserHarness.json("/api/documents/\(doc)")
        let page = try await Browser.load("#/document/\(doc)", name: "document")
        #expect(page.state == "ready")
        #expect(page.count("document-page") == 1)
        #expect(page.count("evidence-mark") > 0)
        let linked = Set(page.all(##"<a class="marklink" href="#/event/([^"]+)""##))
        let ids = Set((document["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(!linked.isEmpty && linked.isSubset(of: ids))
    }

    @Test("the graph view draws a node per actor and a focused node lists its top partners")
    func graphView() async throws {
        let graph = try await BrowserHarness.json("/api/graph?maxNodes=100")
        let nodes = (graph["nodes"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        let page = try await Browser.load("#/graph", name: "graph")
        #expect(page.state == "ready")
        #expect(page.count("graph") == 1)
        #expect(Set(page.attribute("data-code", of: "graph-node")) == Set(nodes))
        #expect(nodes.count > 5)

        let focused = try await Browser.load("#/graph?focus=RUS", name: "graph-focus-RUS")
        #expect(focused.state == "ready")
        #expect(focused.texts("h2", testid: "focus-name").first?.contains("Russia") == true)
        #expect(focused.all(#"data-testid="focus-partners"[\s\S]*?</ol>"#).isEmpty == false)
        #expect(focused.count("focus-actor-link") == 1)
        #expect(focused.dom.contains(##"href="#/actor/RUS""##))
        #expect(focused.dom.contains(#"class="node focus""#))
        #expect(focused.dom.contains(#"class="node near""#))
    }

    @Test("the map view draws a point per place with coordinates on a world outline")
    func mapView() async throws {
        let places = try await BrowserHarness.json("/api/places")
        let located = (places["places"] as? [[String: Any]] ?? []).filter { $0["lat"] is Double || $0["lat"] is Int }
        let page = try await Browser.load("#/map", name: "map")
        #expect(page.state == "ready")
        #expect(page.count("map") == 1)
        #expect(page.count("map-point") == located.count)
        #expect(located.count > 3)
        #expect(page.dom.contains(#"<g class="land""#), "the world outline (world.json) is drawn")
    }

    @Test("the actor page shows counts by type, top partners, partners over time and its events")
    func actorPage() async throws {
        let profile = try await BrowserHarness.json("/api/actors/RUS")
        let partners = (profile["partners"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        let page = try await Browser.load("#/actor/RUS", name: "actor-RUS")
        #expect(page.state == "ready", "the page did not finish: \(page.text.prefix(400))")
        #expect(page.texts("span", testid: "actor-name").first == "Russia")
        #expect(page.attribute("data-key", of: "partner") == Array(partners.prefix(20)))
        #expect(!partners.isEmpty)
        #expect(page.count("partner-series") > 0)
        #expect(page.count("timeline-bar") > 0)
        let rows = page.attribute("data-codes", of: "event-row")
        #expect(!rows.isEmpty && rows.allSatisfy { $0.split(separator: " ").contains("RUS") })
    }

    @Test("an error from the API is shown to the user with its code and message")
    func apiErrorShown() async throws {
        let page = try await Browser.load("#/events?type=parade", name: "error")
        #expect(page.state == "error")
        #expect(page.count("error") == 1)
        #expect(page.texts("div", testid: "error").first?.contains("parade") == true)
        let missing = try await Browser.load("#/event/ev-0000000000000000", name: "error-404")
        #expect(missing.state == "error")
        #expect(missing.count("error") == 1)
    }

    /// 1,234 as the page writes it (en-GB grouping).
    static func grouped(_ n: Int) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.groupingSeparator = ","
        f.usesGroupingSeparator = true
        return f.string(from: NSNumber(value: n)) ?? String(n)
    }
}

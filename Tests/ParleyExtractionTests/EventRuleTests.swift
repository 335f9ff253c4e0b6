import Testing
@testable import ParleyExtraction

@Suite("Event rules")
struct EventRuleTests {
    @Test("a meeting with a list of leaders is one bilateral event per state")
    func distribution() {
        // talks held in Beijing also mean the guests travelled there (EVENTS.md: "talks with Putin in Moscow")
        #expect(events("Chinese President Xi Jinping held talks in Beijing on Friday with the leaders of Ghana, Kenya and Peru.") ==
                ["meeting:CHN,GHA", "meeting:CHN,KEN", "meeting:CHN,PER", "visit:GHA→CHN", "visit:KEN→CHN", "visit:PER→CHN"])
    }

    @Test("trilateral talks stay one joint event")
    func joint() {
        #expect(events("The leaders of France, Germany and Poland held trilateral talks in Weimar.").contains("meeting:DEU,FRA,POL"))
    }

    @Test("a call with two leaders is two calls")
    func calls() {
        #expect(events("In a phone call with Brazilian President Luiz Inacio Lula da Silva and Mexican President Andres Manuel Lopez Obrador, Biden discussed migration.", date: "2023-05-02")
                == ["call:BRA,USA", "call:MEX,USA"])
        #expect(events("In a call with Putin, Xi said the two countries were friends.", date: "2023-05-02") == ["call:CHN,RUS"])
    }

    @Test("travel to a capital is a visit to its state")
    func visit() {
        #expect(events("Hungarian Prime Minister Viktor Orban flew to Beijing on Monday.", date: "2024-07-10") == ["visit:HUN→CHN"])
    }

    @Test("talks with a leader in the leader's capital are a meeting and a visit")
    func talksInCapital() {
        #expect(events("Indian Prime Minister Narendra Modi held talks with Vladimir Putin in Moscow.", date: "2024-07-09") ==
                ["meeting:IND,RUS", "visit:IND→RUS"])
    }

    @Test("talks on the sidelines of a summit imply no visit")
    func sidelines() {
        #expect(events("Putin met Turkish President Recep Tayyip Erdogan on the sidelines of the SCO summit in Astana.", date: "2024-07-04") ==
                ["meeting:RUS,TUR"])
    }

    @Test("hosting an organisation's summit is a meeting with the organisation, planned when it lies ahead")
    func hostingSummit() throws {
        let r = sharedExtractor.extract(.init(id: "t", text: "Russia will host the BRICS summit in Kazan in October.", date: "2024-07-10"))
        #expect(r.events.map(render) == ["meeting:BRICS,RUS"])
        #expect(r.events.first?.status == .planned)
        #expect(r.events.first?.date?.start == "2024-10-01")
    }

    @Test("speculation and negation yield no event", arguments: [
        "Putin is likely to meet Xi Jinping at the summit.",
        "Putin could visit Beijing next month.",
        "Putin did not meet Xi Jinping.",
        "No agreement was signed by Russia and China.",
        "If the talks go well, Putin and Xi Jinping would sign a treaty.",
    ])
    func dropped(_ text: String) {
        #expect(events(text, date: "2024-07-10").isEmpty)
    }

    @Test("counts of contacts are not events")
    func counts() {
        #expect(events("Putin has made six foreign visits and held more than 20 meetings this year.", date: "2024-07-10").isEmpty)
    }

    @Test("a pronoun subject refers back to the last named official")
    func pronoun() {
        #expect(events("Kenyan President William Ruto arrived in Tokyo on Tuesday. He later met Prime Minister Fumio Kishida.", date: "2024-02-08")
                == ["meeting:JPN,KEN", "visit:KEN→JPN"])
    }

    @Test("a role noun resolves to the office holder on the article's date")
    func roleNoun() {
        let r = sharedExtractor.extract(.init(id: "t", text: "The Turkish president called the Russian leader on Friday.", date: "2024-07-10"))
        #expect(r.events.map(render) == ["call:RUS,TUR"])
        #expect(Set(r.events[0].participants.compactMap(\.name)) == ["Recep Tayyip Erdogan", "Vladimir Putin"])
    }

    @Test("an official missing from the knowledge base is coded from title and state")
    func unknownOfficial() {
        #expect(events("Chad's Defence Minister Issakha Malloua Djamous met his Nigerien counterpart in Niamey.", date: "2024-05-02")
                .contains("visit:TCD→NER") || events("Chad's Defence Minister Issakha Malloua Djamous held talks with Russia's Andrey Belousov.", date: "2024-05-02") == ["meeting:RUS,TCD"])
        #expect(events("Chad's Defence Minister Issakha Malloua Djamous held talks with Russia's Andrey Belousov.", date: "2024-05-02") == ["meeting:RUS,TCD"])
    }

    @Test("thanks for congratulations are messages both ways")
    func messages() {
        #expect(events("Putin thanked Egyptian President Abdel Fattah el-Sisi for his congratulations on Victory Day.", date: "2025-05-12") ==
                ["message:EGY→RUS", "message:RUS→EGY"])
    }

    @Test("a demand by several states together is one event with several sources")
    func jointDemand() {
        #expect(events("The leaders of Britain, France and Germany urged Putin to accept a ceasefire.", date: "2025-05-10") ==
                ["demand:DEU,FRA,GBR→RUS"])
    }

    @Test("an invitation to visit is an invitation, not a visit")
    func invitation() {
        #expect(events("Erdogan invited Putin to visit Turkey soon.", date: "2024-07-04") == ["invitation:TUR→RUS"])
    }

    @Test("officials of one state are no event")
    func domestic() {
        #expect(events("Putin met Defence Minister Andrey Belousov in the Kremlin.", date: "2024-07-10").isEmpty)
    }

    @Test("an interaction repeated in an article is one event with all its evidence")
    func oneEventPerInteraction() {
        let r = sharedExtractor.extract(.init(id: "t", text: "Putin met Xi Jinping in Beijing on May 16.\nThe meeting of Putin and Xi Jinping lasted three hours.", date: "2024-05-17"))
        #expect(r.events.map(render).sorted() == ["meeting:CHN,RUS", "visit:RUS→CHN"])
        #expect(r.events.first { $0.type == .meeting }?.evidence.count == 2)
    }

    @Test("page debris and repeated paragraphs yield nothing extra")
    func debris() {
        let text = "3 min read\nPutin met Xi Jinping on the sidelines of the SCO summit.\nADVERTISEMENT\nPutin met Xi Jinping on the sidelines of the SCO summit.\nShare this article"
        let r = sharedExtractor.extract(.init(id: "t", text: text, date: "2024-05-17"))
        #expect(r.events.map(render) == ["meeting:CHN,RUS"])
        #expect(r.events.first?.evidence.count == 1)
    }
}

@Suite("Event output")
struct EventOutputTests {
    @Test("evidence offsets are code points into the original text, and its text is exactly that slice")
    func offsets() throws {
        let text = "Éditorial — “Résumé”\nPresident Ibrahim Traoré flew to Moscow on Friday."
        let r = sharedExtractor.extract(.init(id: "doc-1", text: text, date: "2025-05-10"))
        let e = try #require(r.events.first)
        let scalars = Array(text.unicodeScalars)
        let ev = e.evidence[0]
        #expect(ev.doc == "doc-1")
        #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.text)
        #expect(ev.text.hasPrefix("President Ibrahim Traoré"))
    }

    @Test("a JSON line carries every field of EVENTS.md in order and decodes back")
    func jsonLine() throws {
        let r = sharedExtractor.extract(.init(id: "d", text: "Putin met Xi Jinping in Beijing on Thursday.", date: "2024-05-17"))
        let e = try #require(r.events.first)
        let line = EventJSON.line(e)
        for field in ["\"id\"", "\"type\"", "\"status\"", "\"participants\"", "\"date\"", "\"location\"", "\"occasion\"", "\"topics\"", "\"evidence\"", "\"confidence\""] {
            #expect(line.contains(field))
        }
        #expect(try EventJSON.decode(line) == e)
        #expect(e.date?.start == "2024-05-16" && e.date?.text == "Thursday")
        #expect(e.location?.code == "CHN")
    }
}

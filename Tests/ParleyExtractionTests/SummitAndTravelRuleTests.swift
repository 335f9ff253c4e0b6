import Testing
@testable import ParleyExtraction

@Suite("Summits, trips and stays")
struct SummitAndTravelRuleTests {
    @Test("leaders who 'held a summit' met one another")
    func heldASummit() {
        #expect(events("Biden, Kishida and Yoon held a summit at Camp David on Friday.", date: "2023-08-20") == ["meeting:JPN,KOR,USA"])
        #expect(events("Russia held a summit with African leaders in St Petersburg on Thursday.", date: "2023-07-30").isEmpty)
    }

    @Test("hosting the leaders of an organisation is the host's summit meeting, and each attendee listed meets it")
    func hostingAndAttendance() {
        let text = "Russia is hosting leaders of the BRICS group in Kazan from Tuesday to Thursday. "
            + "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi were among the leaders attending."
        let found = events(text, date: "2024-10-24")
        #expect(found.contains("meeting:BRICS,RUS"))
        #expect(found.contains("meeting:BRICS,CHN"))
        #expect(found.contains("meeting:BRICS,IND"))
        #expect(!found.contains { $0.hasPrefix("visit:BRICS") })
    }

    @Test("a summit's days are the attendance's date: 'from Tuesday to Thursday'")
    func weekdayRange() throws {
        let r = sharedExtractor.extract(.init(id: "t", text: "Russia is hosting leaders of the BRICS group in Kazan from Tuesday to Thursday.", date: "2024-10-24"))
        let e = try #require(r.events.first { $0.type == .meeting })
        #expect(e.date?.start == "2024-10-22" && e.date?.end == "2024-10-24")
    }

    @Test("a trip for a summit is a visit and a planned attendance")
    func tripForSummit() {
        let found = events("Japan's new Prime Minister Shigeru Ishiba will travel to Vientiane for the ASEAN-Japan summit.", date: "2024-10-07")
        #expect(found == ["meeting:ASEAN,JPN", "visit:JPN→LAO"])
    }

    @Test("a place that is not a capital is a destination: 'flew to the Black Sea resort of Sochi'")
    func resortDestination() {
        #expect(events("Turkish President Tayyip Erdogan flew to the Russian Black Sea resort of Sochi on Monday.", date: "2023-09-04")
                == ["visit:TUR→RUS"])
    }

    @Test("a stay is a visit: 'spent about seven hours in Kyiv'")
    func stay() {
        #expect(events("Indian Prime Minister Narendra Modi spent about seven hours in Kyiv on Friday.", date: "2024-08-24") == ["visit:IND→UKR"])
    }

    @Test("'the Peruvian capital' is Lima; 'flew in' goes where the last visit went")
    func capitalByAdjectiveAndFlewIn() {
        let found = events("Rubio travelled to the Saudi capital on Monday. Lavrov, who flew in from Moscow, met him there.", date: "2025-02-20")
        #expect(found.contains("visit:USA→SAU"))
        #expect(found.contains("visit:RUS→SAU"))
    }

    @Test("companions of a trip travel too: 'travelled to Cairo together with Italy's Meloni'")
    func companions() {
        let found = events("European Commission President Ursula von der Leyen travelled to Cairo together with Italy's Giorgia Meloni and Greece's Kyriakos Mitsotakis.", date: "2024-03-17")
        #expect(found.contains("visit:EU→EGY"))
        #expect(found.contains("visit:ITA→EGY"))
        #expect(found.contains("visit:GRC→EGY"))
    }

    @Test("a trip later called off is no event")
    func postponed() {
        #expect(events("Pezeshkian had originally been expected in Moscow in December, but that trip was postponed.", date: "2025-01-17").isEmpty)
    }

    @Test("a visit to several cities is one visit to each state, each at its own place")
    func severalDestinations() throws {
        let r = sharedExtractor.extract(.init(id: "t", text: "Senegal's President Bassirou Diomaye Faye visited Bamako and Ouagadougou in May.", date: "2024-07-06"))
        #expect(r.events.map(render).sorted() == ["visit:SEN→BFA", "visit:SEN→MLI"])
        #expect(Set(r.events.compactMap { $0.location?.name }) == ["Bamako", "Ouagadougou"])
    }
}

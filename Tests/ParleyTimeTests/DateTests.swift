import Testing
import ParleyText
@testable import ParleyTime

@Suite("Dates")
struct DateTests {
    @Test("days convert to and from calendar dates, with weekdays")
    func days() throws {
        let d = try #require(Day(year: 2024, month: 7, day: 10))
        #expect(d.description == "2024-07-10")
        #expect(d.weekday == 2)  // Wednesday
        #expect(d.adding(days: 30).description == "2024-08-09")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
    }

    func resolve(_ text: String, published: String?, tense: Tense = .past) -> String? {
        let a = TextAnalysis(text: text)
        let exprs = TemporalTagger().expressions(in: a, range: 0..<a.tokens.count)
        guard let e = exprs.first else { return "none" }
        let r = DateResolver().resolve(e.kind, publication: published.flatMap { Day(iso: $0) }, tense: tense)
        return r.map { $0.start == $0.end ? $0.start.description : "\($0.start)..\($0.end)" }
    }

    @Test("resolves expressions against the publication date (past tense)", arguments: [
        ("They met on Monday.", "2024-07-10", "2024-07-08"),
        ("They met on Wednesday.", "2024-07-10", "2024-07-10"),
        ("They met in June.", "2024-07-10", "2024-06-01..2024-06-30"),
        ("They met last week.", "2024-07-10", "2024-07-01..2024-07-07"),
        ("They met last September.", "2024-07-10", "2023-09-01..2023-09-30"),
        ("They met earlier this year.", "2024-07-10", "2024-01-01..2024-07-09"),
        ("They met yesterday.", "2024-07-10", "2024-07-09"),
        ("They met on July 9.", "2024-07-10", "2024-07-09"),
        ("They met on 9 July 2023.", "2024-07-10", "2023-07-09"),
        ("They met on 2024-03-05.", nil, "2024-03-05"),
        ("They met from May 20 to 22.", "2024-07-10", "2024-05-20..2024-05-22"),
        ("They met this month.", "2024-07-10", "2024-07-01..2024-07-31"),
        ("They met two days ago.", "2024-07-10", "2024-07-08"),
    ] as [(String, String?, String)])
    func past(_ text: String, _ published: String?, _ expected: String) {
        #expect(resolve(text, published: published) == expected)
    }

    @Test("future tense picks the next matching day or month", arguments: [
        ("They will meet on Monday.", "2024-07-10", "2024-07-15"),
        ("They will meet in October.", "2024-07-10", "2024-10-01..2024-10-31"),
        ("They will meet next week.", "2024-07-10", "2024-07-15..2024-07-21"),
        ("They will meet next month.", "2024-07-10", "2024-08-01..2024-08-31"),
    ] as [(String, String?, String)])
    func future(_ text: String, _ published: String?, _ expected: String) {
        #expect(resolve(text, published: published, tense: .future) == expected)
    }

    @Test("relative expressions without a publication date resolve to nothing")
    func noPublication() {
        #expect(resolve("They met on Saturday.", published: nil) == nil)
    }

    @Test("'since last September' only measures time")
    func measure() {
        let a = TextAnalysis(text: "for the first time since last September")
        let e = TemporalTagger().expressions(in: a, range: 0..<a.tokens.count)
        #expect(e.count == 1 && e[0].isMeasure)
    }

    @Test("'may' as a verb is not the month of May")
    func mayVerb() {
        let a = TextAnalysis(text: "Russia may provide weapons to the state.")
        #expect(TemporalTagger().expressions(in: a, range: 0..<a.tokens.count).isEmpty)
    }
}

@Suite("Publication date")
struct PublicationDateTests {
    func find(_ text: String, metadata: String? = nil, url: String? = nil) -> String? {
        PublicationDateFinder().find(metadata: metadata, analysis: TextAnalysis(text: text), url: url)?.0.description
    }

    @Test("metadata wins over the text")
    func metadata() { #expect(find("date 2020-01-01 text", metadata: "2024-07-09T10:00:00Z") == "2024-07-09") }

    @Test("a leading date line") func dateLine() { #expect(find(" date 2024-03-27 Russian President Putin said") == "2024-03-27") }

    @Test("an 'Updated on' stamp") func stamp() { #expect(find("Title\nUpdated on Dec 16, 2022\nText.") == "2022-12-16") }

    @Test("a wire dateline with the year in the text")
    func dateline() { #expect(find("MOSCOW, July 8 (Reuters) - Putin said in 2024 that…") == "2024-07-08") }

    @Test("a date in the URL") func url() { #expect(find("No date here.", url: "https://example.com/2024/07/09/putin") == "2024-07-09") }

    @Test("no date anywhere") func none() { #expect(find("Putin met Xi on Saturday.") == nil) }
}

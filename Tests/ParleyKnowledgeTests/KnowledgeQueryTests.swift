import Testing
import ParleyTime
@testable import ParleyKnowledge

@Suite("Knowledge look-ups")
struct KnowledgeQueryTests {
    let query = KnowledgeQuery(kb: sharedKB)

    @Test("an office with a state answers who held it on the day", arguments: [
        ("Pakistan prime minister", "2024-07-01", "Shehbaz Sharif"),
        ("French president", "2016-03-01", "Francois Hollande"),
        ("French president", "2024-03-01", "Emmanuel Macron"),
        ("British prime minister", "2024-07-10", "Keir Starmer"),
        ("British prime minister", "2024-06-01", "Rishi Sunak"),
        ("Burkina Faso's junta leader", "2023-01-10", "Ibrahim Traore"),
        ("the Russian leader", "2024-07-01", "Vladimir Putin"),
        ("Indian foreign minister", "2024-09-24", "Subrahmanyam Jaishankar"),
        ("NATO secretary general", "2024-11-01", "Mark Rutte"),
        ("NATO secretary general", "2023-11-01", "Jens Stoltenberg"),
    ])
    func office(text: String, day: String, expected: String) throws {
        let answers = query.answer(text, on: try #require(Day(iso: day)))
        guard case let .office(_, _, _, holder, _)? = answers.first else { Issue.record("no office answer for \(text)"); return }
        #expect(holder?.name == expected)
    }

    @Test("a name answers the person with every term", arguments: ["Erdogan", "Erdoğan", "Recep Tayyip Erdogan"])
    func person(name: String) {
        guard case let .person(p)? = query.answer(name, on: nil).first else { Issue.record("no person for \(name)"); return }
        #expect(p.name == "Recep Tayyip Erdogan")
        #expect(p.terms.count >= 2)
        #expect(p.terms.contains { $0.roles.contains(.headOfGovernment) && $0.code == "TUR" })
    }

    @Test("a state answers its leaders on the day")
    func state() throws {
        let answers = query.answer("Turkiye", on: try #require(Day(iso: "2024-01-01")))
        guard case let .actor(code, _, _, offices)? = answers.first else { Issue.record("no actor answer"); return }
        #expect(code == "TUR")
        #expect(offices.contains { $0.role == .headOfState && $0.person.name == "Recep Tayyip Erdogan" })
    }

    @Test("renamed states answer to both names", arguments: [("Swaziland", "SWZ"), ("Eswatini", "SWZ"), ("Turkey", "TUR"),
                                                            ("Türkiye", "TUR"), ("Czechia", "CZE"), ("Czech Republic", "CZE")])
    func renames(name: String, code: String) {
        guard case let .actor(found, _, _, _)? = query.answer(name, on: nil).first else { Issue.record("no actor for \(name)"); return }
        #expect(found == code)
    }

    @Test("an unknown query has no answer")
    func unknown() {
        #expect(query.answer("Zzyzx Qwerty", on: nil).isEmpty)
    }
}

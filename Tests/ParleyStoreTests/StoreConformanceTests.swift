import Foundation
import Testing
import ParleyExtraction
import ParleyStore

/// One suite, run against SQLite and (when `PARLEY_TEST_POSTGRES_URL` is set, as `.ci/run` does) PostgreSQL.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test("PostgreSQL is reachable for the conformance suite",
          .disabled(if: Backend.postgresURL == nil, "PARLEY_TEST_POSTGRES_URL is not set; .ci/run starts PostgreSQL and sets it"))
    func postgresReachable() async throws {
        let (store, _) = try await Backend.postgres.makeStore()
        let s = try await store.statistics()
        #expect(s.documents == 0)
        try await store.close()
    }

    @Test("a new document's events are stored and found again", arguments: Backend.available)
    func storesAndFinds(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        let outcome = try await store.put("a1", [Make.event("a1", date: ("2024-05-16", "2024-05-16"), names: ["RUS": "Vladimir Putin"]),
                                                 Make.event("a1", .call, ["FRA", "IND"], date: ("2024-05-15", "2024-05-15"), n: 1)])
        #expect(outcome == .added(events: 2))
        let all = try await store.events(matching: EventQuery())
        #expect(all.count == 2)
        #expect(all.map(\.sourceCount) == [1, 1])
        let s = try await store.statistics()
        #expect(s == StoreStatistics(documents: 1, mentions: 2, events: 2, incompleteDocuments: 0))
        try await store.close()
    }

    @Test("re-ingesting the same document changes nothing", arguments: Backend.available)
    func idempotent(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        let e = [Make.event("a1", date: ("2024-05-16", "2024-05-16"))]
        try await store.put("a1", e)
        let before = try await store.events(matching: EventQuery())
        #expect(try await store.put("a1", e) == .unchanged)
        #expect(try await store.events(matching: EventQuery()) == before)
        #expect(try await store.statistics().mentions == 1)
        try await store.close()
    }

    @Test("the same text under another id is a duplicate and changes nothing", arguments: Backend.available)
    func duplicateText(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", text: "Same words.", [Make.event("a1", date: ("2024-05-16", "2024-05-16"))])
        let outcome = try await store.put("copy-of-a1", text: "Same words.", [Make.event("copy-of-a1", date: ("2024-05-16", "2024-05-16"))])
        #expect(outcome == .duplicate(of: "a1"))
        let all = try await store.events(matching: EventQuery())
        #expect(all.count == 1)
        #expect(all[0].sourceCount == 1)
        #expect(try await store.statistics().documents == 1)
        try await store.close()
    }

    @Test("a changed document replaces its old events", arguments: Backend.available)
    func changedDocument(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", text: "First version.", [Make.event("a1", date: ("2024-05-16", "2024-05-16"))])
        try await store.put("b1", text: "Other article.", [Make.event("b1", date: ("2024-05-16", "2024-05-16"))])
        #expect(try await store.events(matching: EventQuery()).map(\.sourceCount) == [2])
        let outcome = try await store.put("a1", text: "Second version.", [Make.event("a1", .call, ["FRA", "IND"], date: ("2024-05-18", "2024-05-18"))])
        #expect(outcome == .replaced(events: 1))
        let all = try await store.events(matching: EventQuery())
        #expect(all.count == 2)
        let meeting = try #require(all.first { $0.event.type == .meeting })
        #expect(meeting.sourceCount == 1)
        #expect(meeting.documents == ["b1"])
        #expect(all.first { $0.event.type == .call }?.documents == ["a1"])
        let s = try await store.statistics()
        #expect(s.documents == 2 && s.mentions == 2 && s.incompleteDocuments == 0)
        // replacing the only source of an event removes the event
        try await store.put("b1", text: "Other article, corrected.", [])
        #expect(try await store.events(matching: EventQuery()).count == 1)
        try await store.close()
    }

    @Test("reports of one meeting from different articles become one event with every source", arguments: Backend.available)
    func mergesAcrossArticles(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", [Make.event("a1", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"), names: ["RUS": "Vladimir Putin"])])
        try await store.put("a2", [Make.event("a2", date: ("2024-05-16", "2024-05-16"), names: ["CHN": "Xi Jinping"])])
        // "last week" in an article of 2024-05-20
        try await store.put("a3", [Make.event("a3", date: ("2024-05-13", "2024-05-19"), location: ("Beijing", "CHN"))])
        let all = try await store.events(matching: EventQuery())
        #expect(all.count == 1)
        let e = try #require(all.first)
        #expect(e.sourceCount == 3)
        #expect(e.documents == ["a1", "a2", "a3"])
        #expect(e.event.evidence.count == 3)
        #expect(e.event.date?.start == "2024-05-16" && e.event.date?.end == "2024-05-16")
        #expect(Set(e.event.participants.compactMap(\.name)) == ["Vladimir Putin", "Xi Jinping"])
        try await store.close()
    }

    @Test("two meetings of the same leaders two months apart stay apart", arguments: Backend.available)
    func keepsApart(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", published: "2024-05-17", [Make.event("a1", date: ("2024-05-16", "2024-05-16"))])
        try await store.put("a2", published: "2024-07-04", [Make.event("a2", date: ("2024-07-03", "2024-07-03"), location: ("Astana", "KAZ"))])
        #expect(try await store.events(matching: EventQuery()).count == 2)
        try await store.close()
    }

    @Test("different places, different people or different types keep reports apart", arguments: Backend.available)
    func incompatibleStayApart(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", [Make.event("a1", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"))])
        try await store.put("a2", [Make.event("a2", date: ("2024-05-16", "2024-05-16"), location: ("Moscow", "RUS"))])
        try await store.put("a3", [Make.event("a3", date: ("2024-05-16", "2024-05-16"), names: ["RUS": "Sergei Lavrov"])])
        try await store.put("a4", [Make.event("a4", date: ("2024-05-16", "2024-05-16"), names: ["RUS": "Vladimir Putin"])])
        try await store.put("a5", [Make.event("a5", .call, date: ("2024-05-16", "2024-05-16"))])
        let all = try await store.events(matching: EventQuery())
        // a3 joins the first compatible event (a1 or a2); a4 cannot join a3's (Lavrov ≠ Putin) but joins the other
        #expect(all.filter { $0.event.type == .meeting }.count == 2)
        #expect(all.filter { $0.event.type == .call }.count == 1)
        try await store.close()
    }

    @Test("a planned visit becomes occurred when a later article reports it on its date", arguments: Backend.available)
    func plannedBecomesOccurred(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("p1", published: "2024-07-01", [Make.event("p1", .visit, ["IND", "RUS"], date: ("2024-07-08", "2024-07-09"), status: .planned)])
        #expect(try await store.events(matching: EventQuery(status: .planned)).count == 1)
        try await store.put("o1", published: "2024-07-09", [Make.event("o1", .visit, ["IND", "RUS"], date: ("2024-07-08", "2024-07-08"), location: ("Moscow", "RUS"))])
        let all = try await store.events(matching: EventQuery())
        #expect(all.count == 1)
        #expect(all[0].event.status == .occurred)
        #expect(all[0].sourceCount == 2)
        #expect(all[0].event.date?.start == "2024-07-08")
        #expect(try await store.events(matching: EventQuery(status: .planned)).isEmpty)
        try await store.close()
    }

    @Test("undated reports merge by their publication dates, and not across months", arguments: Backend.available)
    func undated(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("u1", published: "2024-05-16", [Make.event("u1", .call, ["DEU", "FRA"])])
        try await store.put("u2", published: "2024-05-17", [Make.event("u2", .call, ["DEU", "FRA"], date: ("2024-05-15", "2024-05-15"))])
        try await store.put("u3", published: "2024-08-30", [Make.event("u3", .call, ["DEU", "FRA"])])
        let all = try await store.events(matching: EventQuery())
        #expect(all.map(\.sourceCount).sorted() == [1, 2])
        try await store.close()
    }

    @Test("queries filter by actor, pair, person, type, status, dates, location and text", arguments: Backend.available)
    func queries(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("q1", [Make.event("q1", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"),
                                              names: ["RUS": "Vladimir Putin", "CHN": "Xi Jinping"],
                                              sentence: "Putin and Xi discussed the grain corridor in Beijing.")])
        try await store.put("q2", [Make.event("q2", .call, ["FRA", "IND"], date: ("2024-06-02", "2024-06-02"),
                                              sentence: "Macron and Modi spoke about defence orders.")])
        try await store.put("q3", [Make.event("q3", .visit, ["IND", "RUS"], date: ("2024-07-08", "2024-07-09"), status: .planned,
                                              location: ("Moscow", "RUS"), sentence: "Modi will travel to Moscow.")])
        func ids(_ q: EventQuery) async throws -> [String] {
            try await store.events(matching: q).map { $0.event.evidence[0].doc }
        }
        #expect(try await ids(EventQuery(actors: ["RUS"])) == ["q1", "q3"])
        #expect(try await ids(EventQuery(actors: ["rus", "IND"])) == ["q3"])
        #expect(try await ids(EventQuery(person: "putin")) == ["q1"])
        #expect(try await ids(EventQuery(type: .call)) == ["q2"])
        #expect(try await ids(EventQuery(status: .planned)) == ["q3"])
        #expect(try await ids(EventQuery(from: "2024-06-01", to: "2024-06-30")) == ["q2"])
        #expect(try await ids(EventQuery(from: "2024-07-09")) == ["q3"])
        #expect(try await ids(EventQuery(location: "beijing")) == ["q1"])
        #expect(try await ids(EventQuery(location: "RUS")) == ["q3"])
        #expect(try await ids(EventQuery(text: "Grain corridor")) == ["q1"])
        #expect(try await ids(EventQuery(text: "corridor defence")) == [])
        #expect(try await ids(EventQuery(limit: 2)) == ["q1", "q2"])
        await #expect(throws: StoreError.self) { try await store.events(matching: EventQuery(from: "May 2024")) }
        try await store.close()
    }

    @Test("explain lists every report of an event with the reason it was merged", arguments: Backend.available)
    func explains(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", [Make.event("a1", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"))])
        try await store.put("a2", [Make.event("a2", date: ("2024-05-13", "2024-05-19"))])
        let id = try #require(try await store.events(matching: EventQuery()).first?.event.id)
        let x = try #require(try await store.explanation(of: id))
        #expect(x.mentions.map(\.documentID) == ["a1", "a2"])
        #expect(x.mentions[0].reason.hasPrefix("first report"))
        #expect(x.mentions[1].reason.contains("same participants CHN–RUS"))
        #expect(x.mentions[1].reason.contains("date 2024-05-16 lies within 2024-05-13..2024-05-19"))
        #expect(try await store.explanation(of: "ev-nope") == nil)
        try await store.close()
    }

    @Test("a store reopened later still holds everything (migrations run once)", arguments: Backend.available)
    func reopens(_ backend: Backend) async throws {
        let (store, location) = try await backend.makeStore()
        try await store.put("a1", [Make.event("a1", date: ("2024-05-16", "2024-05-16"))])
        try await store.close()
        let again = try await backend.reopen(location)
        #expect(try await again.statistics().documents == 1)
        #expect(try await again.put("a2", [Make.event("a2", date: ("2024-05-16", "2024-05-16"))]) == .added(events: 1))
        #expect(try await again.events(matching: EventQuery()).first?.sourceCount == 2)
        try await again.close()
    }

    @Test("a batch stores the same record as one document at a time, merging within the batch", arguments: Backend.available)
    func batchEqualsSequence(_ backend: Backend) async throws {
        func items() -> [IngestItem] {
            [
                IngestItem(document: Make.document("a1", events: 1), events: [Make.event("a1", date: ("2024-05-16", "2024-05-16"))]),
                IngestItem(document: Make.document("a2", events: 2), events: [Make.event("a2", date: ("2024-05-13", "2024-05-19")),
                                                                             Make.event("a2", .call, ["FRA", "IND"], date: ("2024-05-15", "2024-05-15"), n: 1)]),
                // the same text again under another id, and the first document again
                IngestItem(document: Make.document("a3", text: "The text of a1.", events: 1), events: [Make.event("a3", date: ("2024-05-16", "2024-05-16"))]),
                IngestItem(document: Make.document("a1", events: 1), events: [Make.event("a1", date: ("2024-05-16", "2024-05-16"))]),
            ]
        }
        let (batched, _) = try await backend.makeStore()
        let outcomes = try await batched.ingest(batch: items())
        #expect(outcomes == [.added(events: 1), .added(events: 2), .duplicate(of: "a1"), .unchanged])
        let (oneByOne, _) = try await backend.makeStore()
        for item in items() { _ = try await oneByOne.ingest(item.document, events: item.events) }
        let a = try await batched.events(matching: EventQuery()), b = try await oneByOne.events(matching: EventQuery())
        #expect(a == b)
        #expect(a.map(\.sourceCount).sorted() == [1, 2])
        #expect(try await batched.statistics() == StoreStatistics(documents: 2, mentions: 3, events: 2, incompleteDocuments: 0))
        try await batched.close()
        try await oneByOne.close()
    }

    @Test("a batch that fails stores none of its documents", arguments: Backend.available)
    func failedBatchStoresNothing(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a0", [Make.event("a0", date: ("2024-05-16", "2024-05-16"))])
        // the second document breaks the schema's CHECK (a negative event count), after the first was written
        let batch = [
            IngestItem(document: Make.document("b1", events: 1), events: [Make.event("b1", .call, ["FRA", "IND"], date: ("2024-05-15", "2024-05-15"))]),
            IngestItem(document: Make.document("b2", events: -1), events: []),
        ]
        await #expect(throws: StoreError.self) { try await store.ingest(batch: batch) }
        #expect(try await store.statistics() == StoreStatistics(documents: 1, mentions: 1, events: 1, incompleteDocuments: 0))
        try await store.close()
    }

    @Test("a stored document is read back whole, and an unknown id is nil", arguments: Backend.available)
    func readsDocuments(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.put("a1", text: "Ruto met Lula in Brasília on Tuesday — “a new chapter”.", [Make.event("a1", date: ("2024-10-01", "2024-10-01"))])
        let d = try #require(try await store.document(id: "a1"))
        #expect(d.text == "Ruto met Lula in Brasília on Tuesday — “a new chapter”.")
        #expect(d.published == "2024-05-20" && d.eventCount == 1 && d.contentHash == StoredDocument.hash(d.text))
        #expect(try await store.document(id: "nope") == nil)
        try await store.close()
    }
}

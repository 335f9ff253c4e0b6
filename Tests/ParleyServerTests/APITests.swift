import Foundation
import Hummingbird
import HummingbirdTesting
import ParleyExtraction
import ParleyServer
import ParleyStore
import ParleyStoreSQLite
import Testing

/// The JSON API, in process (`app.test(.router)`), over a real SQLite store holding the merging fixtures
/// (35 articles written for this project).
@Suite("HTTP API")
struct APITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let extractor = try! Extractor()

    /// A fresh store with the merging fixture articles ingested.
    static func store() async throws -> SQLiteEventStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("store.sqlite").path)
        var items: [IngestItem] = []
        DocumentReader().read([root.appendingPathComponent("Tests/Fixtures/merging/articles").path], body: { d in
            items.append(IngestItem(d, extraction: extractor.extract(d)))
        }, failure: { Issue.record("\($0)") })
        _ = try await store.ingest(batch: items)
        return store
    }

    static func app(_ store: any EventStore, token: String? = nil, maxBody: Int = 1 << 20) -> some ApplicationProtocol {
        Application(router: ParleyApplication.router(store: store, extractor: extractor,
                                                     configuration: ServerConfiguration(token: token, maxBodyBytes: maxBody)))
    }

    /// GETs a URI and decodes the JSON body.
    static func get(_ client: some TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok) async throws -> [String: Any] {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == status, "\(uri)")
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        }
    }

    static func events(_ json: [String: Any]) -> [[String: Any]] { json["events"] as? [[String: Any]] ?? [] }
    static func codes(_ event: [String: Any]) -> Set<String> {
        Set((event["participants"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
    }

    @Test("events filter by actor and pair, page without overlap, and sort newest first")
    func eventsFilterPageAndSort() async throws {
        let store = try await Self.store()
        try await Self.app(store).test(.router) { client in
            let all = try await Self.get(client, "/api/events?actor=RUS&limit=500")
            let total = try #require(all["total"] as? Int)
            #expect(total >= 8)
            #expect(Self.events(all).count == total)
            #expect(Self.events(all).allSatisfy { Self.codes($0).contains("RUS") })
            let starts = Self.events(all).compactMap { ($0["date"] as? [String: Any])?["start"] as? String }
            #expect(starts == starts.sorted(by: >))
            // two pages of 3 are the first six events
            let p1 = try await Self.get(client, "/api/events?actor=RUS&limit=3")
            let p2 = try await Self.get(client, "/api/events?actor=rus&limit=3&offset=3")
            #expect((Self.events(p1) + Self.events(p2)).map { $0["id"] as! String } == Self.events(all).prefix(6).map { $0["id"] as! String })
            let pair = try await Self.get(client, "/api/events?pair=RUS-CHN&type=meeting")
            #expect(Self.events(pair).count >= 2)
            #expect(Self.events(pair).allSatisfy { Self.codes($0).isSuperset(of: ["RUS", "CHN"]) && $0["type"] as? String == "meeting" })
            let merged = try #require(Self.events(pair).first { ($0["sources"] as? Int ?? 0) >= 2 })
            #expect((merged["documents"] as? [String])?.count == merged["sources"] as? Int)
            #expect((merged["participants"] as? [[String: Any]])?.contains { $0["label"] as? String == "Russia" } == true)
            let bySources = Self.events(try await Self.get(client, "/api/events?sort=sources&limit=500")).map { $0["sources"] as! Int }
            #expect(bySources == bySources.sorted(by: >))
            let dated = try await Self.get(client, "/api/events?from=2024-05-01&to=2024-05-31&q=Beijing&limit=500")
            #expect(Self.events(dated).allSatisfy { e in
                let d = e["date"] as? [String: Any]
                return (d?["end"] as? String ?? "") >= "2024-05-01" && (d?["start"] as? String ?? "9") <= "2024-05-31"
            })
            #expect(!Self.events(dated).isEmpty)
        }
        try await store.close()
    }

    @Test("bad parameters, unknown ids and oversized pages are JSON errors with a 4xx status and a stable code", arguments: [
        ("/api/events?type=parade", 400, "api.bad-parameter"), ("/api/events?limit=501", 400, "api.bad-parameter"),
        ("/api/events?from=July", 400, "api.bad-parameter"), ("/api/events?pair=RUS", 400, "api.bad-parameter"),
        ("/api/events?actor=R%3BU", 400, "api.bad-parameter"), ("/api/timeline?interval=year", 400, "api.bad-parameter"),
        ("/api/events/ev-nope", 404, "api.not-found"), ("/api/documents/nope", 404, "api.not-found"), ("/api/actors/XYZZY", 404, "api.not-found"),
    ])
    func errorsAreJSON(_ uri: String, _ status: Int, _ code: String) async throws {
        let store = try SQLiteEventStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("parley-api-\(UUID().uuidString).sqlite").path)
        try await Self.app(store).test(.router) { client in
            let json = try await Self.get(client, uri, status: HTTPResponse.Status(code: status))
            let error = try #require(json["error"] as? [String: Any])
            #expect(error["code"] as? String == code)
            #expect((error["message"] as? String ?? "").count > 10)
        }
        try await store.close()
    }

    @Test("an event's page lists every source's report with its reason, and the evidence offsets point into each document's text")
    func eventDetailAndDocuments() async throws {
        let store = try await Self.store()
        try await Self.app(store).test(.router) { client in
            let list = try await Self.get(client, "/api/events?sort=sources&limit=1")
            let id = try #require(Self.events(list).first?["id"] as? String)
            let detail = try await Self.get(client, "/api/events/\(id)")
            let reports = try #require(detail["reports"] as? [[String: Any]])
            #expect(reports.count >= 2)
            #expect(reports.allSatisfy { ($0["reason"] as? String ?? "").count > 10 })
            for r in reports {
                let doc = try #require((r["document"] as? [String: Any])?["id"] as? String)
                let document = try await Self.get(client, "/api/documents/\(doc)")
                let text = Array((document["text"] as? String ?? "").unicodeScalars)
                let events = try #require(document["events"] as? [[String: Any]])
                #expect(events.contains { $0["id"] as? String == id })
                for e in events {
                    for v in e["evidence"] as? [[String: Any]] ?? [] {
                        let start = v["start"] as! Int, end = v["end"] as! Int
                        #expect(String(String.UnicodeScalarView(text[start..<end])) == v["text"] as? String)
                    }
                }
            }
        }
        try await store.close()
    }

    @Test("graph edges, timeline buckets and actor profiles count the same events as the event list")
    func aggregatesAgreeWithTheList() async throws {
        let store = try await Self.store()
        try await Self.app(store).test(.router) { client in
            let graph = try await Self.get(client, "/api/graph")
            let edges = try #require(graph["edges"] as? [[String: Any]])
            let edge = try #require(edges.first)
            let (a, b) = (edge["source"] as! String, edge["target"] as! String)
            let pair = try await Self.get(client, "/api/events?pair=\(a)-\(b)")
            #expect(edge["weight"] as? Int == pair["total"] as? Int)
            #expect((graph["nodes"] as? [[String: Any]])?.contains { $0["code"] as? String == a } == true)

            let all = try await Self.get(client, "/api/events?actor=CHN")
            for interval in ["day", "week", "month"] {
                let t = try await Self.get(client, "/api/timeline?actor=CHN&interval=\(interval)")
                let counted = (t["buckets"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["count"] as? Int ?? 0) } + (t["undated"] as? Int ?? 0)
                #expect(counted == all["total"] as? Int, "\(interval)")
            }
            let profile = try await Self.get(client, "/api/actors/CHN")
            #expect((profile["actor"] as? [String: Any])?["events"] as? Int == all["total"] as? Int)
            #expect((profile["byType"] as? [String: Int])?.values.reduce(0, +) == all["total"] as? Int)
            let partners = try #require(profile["partners"] as? [[String: Any]])
            #expect(partners.contains { $0["key"] as? String == "RUS" })
            let places = try await Self.get(client, "/api/places?actor=CHN")
            let placed = (places["places"] as? [[String: Any]] ?? [])
            #expect(placed.contains { $0["name"] as? String == "Beijing" && $0["lat"] as? Double != nil })
            let actors = try await Self.get(client, "/api/actors?limit=2")
            #expect((actors["actors"] as? [[String: Any]])?.count == 2)
        }
        try await store.close()
    }

    @Test("POST /api/documents needs the token, ingests JSON Lines, reports bad lines, and the new events are listed at once")
    func ingestWithToken() async throws {
        let store = try await Self.store()
        let body = """
            {"id": "t1", "date": "2024-10-02", "text": "Kenyan President William Ruto met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Tuesday."}
            {"id": "t2", "text": 
            {"id": "t3", "date": "2024-10-02", "text": "Kenyan President William Ruto met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Tuesday."}

            """
        try await Self.app(store, token: "a-long-secret").test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, body: ByteBuffer(string: body)) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/api/documents", method: .post, headers: [.authorization: "Bearer wrong-secret!"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .unauthorized)
            }
            #expect(try await Self.get(client, "/api/events?pair=KEN-BRA")["total"] as? Int == 0)
            try await client.execute(uri: "/api/documents", method: .post, headers: [.authorization: "Bearer a-long-secret"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect(json["added"] as? Int == 1)
                #expect(json["duplicates"] as? Int == 1)
                let failures = try #require(json["failures"] as? [[String: Any]])
                #expect(failures.count == 1 && failures[0]["line"] as? Int == 2 && failures[0]["code"] as? String == "input.malformed-json")
            }
            let listed = try await Self.get(client, "/api/events?pair=KEN-BRA&type=meeting")
            #expect(listed["total"] as? Int == 1)
        }
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: [.authorization: "Bearer a-long-secret"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .forbidden)
            }
        }
        try await Self.app(store, token: "a-long-secret", maxBody: 64).test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: [.authorization: "Bearer a-long-secret"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .contentTooLarge)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any]
                #expect((json?["error"] as? [String: Any])?["code"] as? String == "api.too-large")
            }
        }
        try await store.close()
    }

    @Test("the OpenAPI document describes exactly the routes the server answers")
    func openAPIMatchesRoutes() async throws {
        let store = try SQLiteEventStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("parley-api-\(UUID().uuidString).sqlite").path)
        let router = ParleyApplication.router(store: store, extractor: Self.extractor, configuration: ServerConfiguration())
        let served = Set(router.routes.map { r in
            "\(r.method.rawValue.lowercased()) " + r.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                .joined(separator: "/")
        }.map { $0.replacingOccurrences(of: " ", with: " /") })
        try await Application(router: router).test(.router) { client in
            let spec = try await Self.get(client, "/openapi.json")
            #expect(spec["openapi"] as? String == "3.1.0")
            let paths = try #require(spec["paths"] as? [String: [String: Any]])
            let described = Set(paths.flatMap { path, ops in ops.keys.map { "\($0) \(path)" } })
            #expect(described == served)
        }
        try await store.close()
    }
}

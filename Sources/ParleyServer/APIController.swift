import Foundation
import Hummingbird
import ParleyExtraction
import ParleyStore

/// The JSON API's routes. Reads are answered from the in-memory `EventIndex`; event details and documents come
/// from the store; `POST /api/documents` extracts and ingests.
struct APIController: Sendable {
    let store: any EventStore
    let extractor: Extractor
    let directory: ActorDirectory
    let index: IndexCache
    let configuration: ServerConfiguration
    let openAPI: Data

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in try await self.health() }
        router.get("/openapi.json") { _, _ in Self.json(Array(self.openAPI)) }
        router.get("/api/events") { request, _ in try await self.events(request) }
        router.get("/api/events/:id") { _, context in try await self.event(try context.parameters.require("id")) }
        router.get("/api/actors") { request, _ in try await self.actors(request) }
        router.get("/api/actors/:code") { request, context in try await self.actor(try context.parameters.require("code"), request) }
        router.get("/api/graph") { request, _ in try await self.graph(request) }
        router.get("/api/timeline") { request, _ in try await self.timeline(request) }
        router.get("/api/places") { request, _ in try await self.places(request) }
        router.get("/api/documents/:id") { _, context in try await self.document(try context.parameters.require("id")) }
        router.post("/api/documents") { request, context in try await self.ingest(request, context: context) }
    }

    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func filter(_ request: Request) throws -> EventFilter {
        let q = request.uri.queryParameters
        return try EventFilter { name in q.getAll(name) }
    }

    static func integer(_ request: Request, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let s = request.uri.queryParameters.get(name), !s.isEmpty else { return value }
        guard let n = Int(s), range.contains(n) else {
            throw APIError.badParameter(name, "\(s) is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    static func interval(_ request: Request) throws -> TimelineInterval {
        guard let s = request.uri.queryParameters.get("interval"), !s.isEmpty else { return .month }
        guard let i = TimelineInterval(rawValue: s) else { throw APIError.badParameter("interval", "use day, week or month") }
        return i
    }

    // MARK: routes

    func health() async throws -> Response {
        let s = try await store.statistics()
        var w = JSONWriter()
        w.raw("{\"status\": \"ok\"")
        w.key("documents"); w.number(s.documents)
        w.key("events"); w.number(s.events)
        w.key("reports"); w.number(s.mentions)
        w.raw("}")
        return Self.json(w.bytes)
    }

    func events(_ request: Request) async throws -> Response {
        let f = try Self.filter(request)
        let offset = try Self.integer(request, "offset", default: 0, in: 0...Int(Int32.max))
        let limit = try Self.integer(request, "limit", default: 50, in: 1...configuration.maxPageSize)
        let sort = request.uri.queryParameters.get("sort").flatMap { $0.isEmpty ? nil : $0 } ?? "-date"
        guard ["date", "-date", "sources"].contains(sort) else { throw APIError.badParameter("sort", "use date, -date or sources") }
        let idx = try await index.current()
        var positions = idx.matching(f)
        let total = positions.count
        switch sort {
        case "-date":
            // newest first; undated events (sorted last by date) stay last
            let dated = positions.prefix { idx.entries[Int($0)].start != nil }
            positions = dated.reversed() + positions[dated.count...]
        case "sources":
            positions = positions.enumerated().sorted { a, b in
                let x = idx.entries[Int(a.element)].sources, y = idx.entries[Int(b.element)].sources
                return x != y ? x > y : a.offset > b.offset
            }.map(\.element)
        default: break
        }
        let page = offset >= positions.count ? [] : positions[offset..<min(positions.count, offset + limit)]
        var w = JSONWriter(capacity: 2048 * page.count + 64)
        w.raw("{\"total\": "); w.number(total)
        w.key("offset"); w.number(offset)
        w.key("limit"); w.number(limit)
        w.key("events"); w.array(page) { w, i in w.raw(idx.entries[Int(i)].json) }
        w.raw("}")
        return Self.json(w.bytes)
    }

    func event(_ id: String) async throws -> Response {
        guard let x = try await store.explanation(of: id) else { throw APIError.notFound("no event has the id \(id); list events with GET /api/events") }
        var w = JSONWriter(capacity: 4096)
        w.raw("{\"event\": ")
        w.raw(EventIndex.render(x.event, directory: directory))
        w.key("reports")
        var documents: [String: StoredDocument] = [:]
        for m in x.mentions where documents[m.documentID] == nil {
            documents[m.documentID] = try await store.document(id: m.documentID)
        }
        w.array(x.mentions) { w, m in
            let d = documents[m.documentID]
            w.raw("{\"document\": {\"id\": "); w.string(m.documentID)
            w.key("title"); w.string(d?.title)
            w.key("url"); w.string(d?.url)
            w.key("published"); w.string(d?.published)
            w.raw("}")
            w.key("event"); w.raw(EventIndex.render(StoredEvent(event: m.event, sourceCount: 1), directory: directory))
            w.key("reason"); w.string(m.reason)
            w.raw("}")
        }
        w.raw("}")
        return Self.json(w.bytes)
    }

    func actorJSON(_ w: inout JSONWriter, _ a: ActorCount) {
        w.raw("{\"code\": "); w.string(a.code)
        w.key("name"); w.string(directory.name(a.code))
        w.key("kind"); w.string(directory.kind(a.code).rawValue)
        w.key("events"); w.number(a.events)
        w.key("partners"); w.number(a.partners)
        let c = directory.coordinates(ofActor: a.code)
        w.key("lat"); w.number(c?.lat)
        w.key("lon"); w.number(c?.lon)
        w.raw("}")
    }

    func actors(_ request: Request) async throws -> Response {
        let f = try Self.filter(request)
        let limit = try Self.integer(request, "limit", default: 50, in: 1...configuration.maxPageSize)
        let idx = try await index.current()
        let all = idx.actors(idx.matching(f))
        var w = JSONWriter(capacity: 128 * min(limit, all.count) + 64)
        w.raw("{\"total\": "); w.number(all.count)
        w.key("actors"); w.array(all.prefix(limit)) { w, a in actorJSON(&w, a) }
        w.raw("}")
        return Self.json(w.bytes)
    }

    func actor(_ raw: String, _ request: Request) async throws -> Response {
        let code = try EventFilter.code(raw, parameter: "code")
        var f = try Self.filter(request)
        let interval = try Self.interval(request)
        let idx = try await index.current()
        guard idx.byActor[code] != nil || directory.kind(code) != .unknown else {
            throw APIError.notFound("no state, organisation or group has the code \(code); list actors with GET /api/actors")
        }
        f.actors.append(code)
        let positions = idx.matching(f)
        let partners = idx.partners(of: code, positions)
        var byType: [EventType: Int] = [:], byStatus: [EventStatus: Int] = [:]
        for i in positions {
            byType[idx.entries[Int(i)].type, default: 0] += 1
            byStatus[idx.entries[Int(i)].status, default: 0] += 1
        }
        var w = JSONWriter(capacity: 8192)
        w.raw("{\"actor\": ")
        actorJSON(&w, ActorCount(code: code, events: positions.count, partners: partners.count))
        w.key("byType"); w.counts(EventType.allCases.compactMap { t in byType[t].map { (t.rawValue, $0) } })
        w.key("byStatus"); w.counts([EventStatus.occurred, .planned].compactMap { s in byStatus[s].map { (s.rawValue, $0) } })
        w.key("partners")
        w.array(partners.prefix(25)) { w, p in
            w.raw("{\"key\": "); w.string(p.code); w.key("label"); w.string(directory.name(p.code)); w.key("count"); w.number(p.count); w.raw("}")
        }
        let timeline = idx.timeline(positions, interval: interval).buckets
        w.key("timeline"); w.array(timeline) { w, b in bucketJSON(&w, b) }
        // the top partners' events per period
        let top = partners.prefix(6).map(\.code)
        var perPeriod: [Int: [String: Int]] = [:]
        for i in positions {
            let e = idx.entries[Int(i)]
            guard let start = e.start else { continue }
            let p = interval.start(of: start)
            for c in Set(e.codes) where top.contains(c) { perPeriod[p, default: [:]][c, default: 0] += 1 }
        }
        w.key("partnersOverTime")
        w.array(timeline) { w, b in
            w.raw("{\"period\": "); w.string(b.period)
            w.key("counts"); w.counts(top.map { ($0, perPeriod[b.start]?[$0] ?? 0) })
            w.raw("}")
        }
        w.key("people")
        w.array(idx.people(of: code, positions).prefix(25)) { w, p in
            w.raw("{\"key\": "); w.string(p.name); w.key("count"); w.number(p.count); w.raw("}")
        }
        w.key("places")
        w.array(idx.places(positions).places.prefix(25)) { w, p in
            w.raw("{\"key\": "); w.string(p.name); w.key("label"); w.string(p.code.map { directory.name($0) }); w.key("count"); w.number(p.count); w.raw("}")
        }
        w.raw("}")
        return Self.json(w.bytes)
    }

    func bucketJSON(_ w: inout JSONWriter, _ b: TimelineBucket) {
        w.raw("{\"period\": "); w.string(b.period)
        w.key("start"); w.string(CalendarDay.string(b.start))
        w.key("end"); w.string(CalendarDay.string(b.end))
        w.key("count"); w.number(b.count)
        w.key("byType"); w.counts(EventType.allCases.compactMap { t in b.byType[t].map { (t.rawValue, $0) } })
        w.raw("}")
    }

    func graph(_ request: Request) async throws -> Response {
        let f = try Self.filter(request)
        let minWeight = try Self.integer(request, "minWeight", default: 1, in: 1...Int(Int32.max))
        let maxNodes = try Self.integer(request, "maxNodes", default: 300, in: 1...2000)
        let maxEdges = try Self.integer(request, "maxEdges", default: 3000, in: 1...50000)
        let idx = try await index.current()
        let g = idx.graph(idx.matching(f), minWeight: minWeight, maxNodes: maxNodes, maxEdges: maxEdges)
        var w = JSONWriter(capacity: 128 * (g.nodes.count + g.edges.count) + 64)
        w.raw("{\"nodes\": "); w.array(g.nodes) { w, a in actorJSON(&w, a) }
        w.key("edges")
        w.array(g.edges) { w, e in
            w.raw("{\"source\": "); w.string(e.source)
            w.key("target"); w.string(e.target)
            w.key("weight"); w.number(e.weight)
            w.key("first"); w.string(e.first.map(CalendarDay.string))
            w.key("last"); w.string(e.last.map(CalendarDay.string))
            w.key("byType"); w.counts(EventType.allCases.compactMap { t in e.byType[t].map { (t.rawValue, $0) } })
            w.raw("}")
        }
        w.raw("}")
        return Self.json(w.bytes)
    }

    func timeline(_ request: Request) async throws -> Response {
        let f = try Self.filter(request)
        let interval = try Self.interval(request)
        let idx = try await index.current()
        let t = idx.timeline(idx.matching(f), interval: interval)
        var w = JSONWriter(capacity: 96 * t.buckets.count + 64)
        w.raw("{\"interval\": "); w.string(interval.rawValue)
        w.key("buckets"); w.array(t.buckets) { w, b in bucketJSON(&w, b) }
        w.key("undated"); w.number(t.undated)
        w.raw("}")
        return Self.json(w.bytes)
    }

    func places(_ request: Request) async throws -> Response {
        let f = try Self.filter(request)
        let idx = try await index.current()
        let p = idx.places(idx.matching(f))
        var unplaced = p.unplaced
        var w = JSONWriter(capacity: 96 * p.places.count + 64)
        w.raw("{\"places\": ")
        w.array(p.places) { w, place in
            let c = directory.coordinates(ofPlace: place.name, code: place.code)
            if c == nil { unplaced += place.count }
            w.raw("{\"name\": "); w.string(place.name)
            w.key("code"); w.string(place.code)
            w.key("lat"); w.number(c?.lat)
            w.key("lon"); w.number(c?.lon)
            w.key("count"); w.number(place.count)
            w.raw("}")
        }
        w.key("unplaced"); w.number(unplaced)
        w.raw("}")
        return Self.json(w.bytes)
    }

    func document(_ id: String) async throws -> Response {
        guard let d = try await store.document(id: id) else { throw APIError.notFound("no document has the id \(id)") }
        let idx = try await index.current()
        var w = JSONWriter(capacity: d.text.utf8.count * 2 + 512)
        w.raw("{\"id\": "); w.string(d.id)
        w.key("title"); w.string(d.title)
        w.key("url"); w.string(d.url)
        w.key("published"); w.string(d.published)
        w.key("text"); w.string(d.text)
        // the merged events this document reports, with the evidence spans inside it
        w.key("events")
        w.array(idx.events(reportedBy: id)) { w, e in
            w.raw("{\"id\": "); w.string(e.id)
            w.key("type"); w.string(e.type.rawValue)
            w.key("evidence")
            w.array(e.evidence.filter { $0.doc == id }) { w, v in w.evidence(v) }
            w.raw("}")
        }
        w.raw("}")
        return Self.json(w.bytes)
    }
}

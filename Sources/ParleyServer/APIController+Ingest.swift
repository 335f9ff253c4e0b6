import Foundation
import Hummingbird
import ParleyExtraction
import ParleyStore

extension APIController {
    /// `POST /api/documents`: JSON Lines documents, extracted and ingested in batches of whole documents. Needs
    /// `Authorization: Bearer TOKEN`; a server without a token is read-only.
    func ingest(_ request: Request, context: BasicRequestContext) async throws -> Response {
        guard let token = configuration.token else {
            throw APIError(.forbidden, "api.read-only", "this server is read-only; start it with --token (or PARLEY_TOKEN) to accept documents")
        }
        guard let auth = request.headers[.authorization], auth.hasPrefix("Bearer "),
              Self.constantTimeEqual(Array(auth.utf8.dropFirst(7)), Array(token.utf8)) else {
            throw APIError(.unauthorized, "api.unauthorized", "send the server's token as Authorization: Bearer TOKEN")
        }
        var request = request
        let body = try await request.collectBody(upTo: configuration.maxBodyBytes)
        let data = Data(body.readableBytesView)
        var documents: [InputDocument] = []
        var failures: [InputError] = []
        DocumentReader().readJSONLines(data, name: "body", body: { documents.append($0) }, failure: { failures.append($0) })
        if documents.isEmpty {
            if let f = failures.first {
                throw APIError(.badRequest, f.code.rawValue, "no document could be read (\(failures.count) failed); first: \(f.description)")
            }
            throw APIError(.badRequest, "api.empty-body", "send one JSON object per line: {\"id\": …, \"text\": …, \"date\": \"YYYY-MM-DD\"}")
        }
        var tally = IngestTally()
        var batch: [IngestItem] = []
        func commit() async throws {
            for outcome in try await store.ingest(batch: batch) { tally.add(outcome) }
            batch.removeAll(keepingCapacity: true)
        }
        for d in documents {
            batch.append(IngestItem(d, extraction: extractor.extract(d)))
            if batch.count >= 64 { try await commit() }
        }
        if !batch.isEmpty { try await commit() }
        if tally.added + tally.replaced > 0 { try await index.rebuild() }
        var w = JSONWriter()
        w.raw("{\"added\": "); w.number(tally.added)
        w.key("replaced"); w.number(tally.replaced)
        w.key("unchanged"); w.number(tally.unchanged)
        w.key("duplicates"); w.number(tally.duplicates)
        w.key("events"); w.number(tally.events)
        w.key("failures")
        w.array(failures) { w, f in
            w.raw("{\"line\": "); w.raw(f.place.split(separator: ":").last.flatMap { Int($0) }.map(String.init) ?? "null")
            w.key("code"); w.string(f.code.rawValue)
            w.key("message"); w.string(f.message)
            w.raw("}")
        }
        w.raw("}")
        return Self.json(w.bytes)
    }

    /// Compares secrets in time that does not depend on where they differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<a.count { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}

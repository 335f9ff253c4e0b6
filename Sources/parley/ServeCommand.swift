import ArgumentParser
import Foundation
import Hummingbird
import ParleyExtraction
import ParleyServer
import ParleyStore

/// `parley serve`: the JSON API and the web UI over a store; `--demo` first ingests the bundled sample corpus.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the event record over HTTP: a JSON API (/api, /openapi.json) and a web UI.",
        discussion: """
            Read-only unless a token is given (--token or the PARLEY_TOKEN environment variable): then POST /api/documents \
            with Authorization: Bearer TOKEN ingests JSON Lines documents.
            """)

    @Option(help: "An SQLite file or a postgres:// URL (default parley.sqlite; parley-demo.sqlite with --demo).")
    var store: String?

    @Option(help: "The address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The bearer token that allows POST /api/documents (default: the PARLEY_TOKEN environment variable; none: read-only).")
    var token: String?

    @Flag(help: "Ingest the bundled demo corpus (articles about diplomacy in 2023–2025, written for Parley) before serving.")
    var demo = false

    @Option(help: "The largest request body accepted, in megabytes.")
    var maxBodyMegabytes = 32

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxBodyMegabytes >= 1 else { throw ValidationError("--max-body-megabytes must be at least 1") }
        if let token, token.count < 8 { throw ValidationError("--token must be at least 8 characters") }
    }

    func run() async throws {
        let location = store ?? (demo ? "parley-demo.sqlite" : "parley.sqlite")
        let extractor = try Extractor()
        let db = try await StoreOptions.open(location)
        if demo {
            var docs: [InputDocument] = []
            DocumentReader().read([ServerResources.demoCorpus], body: { docs.append($0) }, failure: { error in
                FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            })
            var tally = IngestTally()
            for outcome in try await db.ingest(batch: docs.map { IngestItem($0, extraction: extractor.extract($0)) }) { tally.add(outcome) }
            let added = tally.added
            FileHandle.standardError.write(Data("parley: demo corpus: \(docs.count) articles (\(added) new) in \(location)\n".utf8))
        }
        // build the event index before listening, so the first request is as fast as the rest
        let clock = ContinuousClock(), started = clock.now
        let index = IndexCache(store: db, directory: ActorDirectory(kb: extractor.kb))
        let stats = try await index.rebuild().statistics
        let took = clock.now - started
        FileHandle.standardError.write(Data("parley: indexed \(stats.events) events in \(took.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))\n".utf8))
        let token = self.token ?? ProcessInfo.processInfo.environment["PARLEY_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let config = ServerConfiguration(host: host, port: port, token: token, maxBodyBytes: maxBodyMegabytes << 20)
        let app = ParleyApplication.application(store: db, extractor: extractor, configuration: config, index: index)
        let shownHost = host == "0.0.0.0" ? "localhost" : host
        FileHandle.standardError.write(Data("""
            parley: serving \(stats.events) events from \(stats.documents) documents at http://\(shownHost):\(port)/ \
            (\(token == nil ? "read-only" : "POST /api/documents with the token")); Ctrl-C stops\n
            """.utf8))
        try await app.runService()
        try await db.close()
    }
}

import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyKnowledge
import ParleyStore
import ParleyStoreSQLite

/// `parley bench-store`: ingest throughput into SQLite, query latency on a large store, and generated corpora.
struct BenchStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure ingest throughput and query latency of the SQLite store (release builds, one core).",
        subcommands: [Ingest.self, Query.self, Corpus.self])

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    /// User + system CPU time of this process, in seconds.
    static func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }

    static func temporaryStore(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(name)-\(UUID().uuidString).sqlite").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// `parley bench-store ingest`: documents/s of extract + store into a fresh store, whole documents per transaction (--batch).
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ingest a generated corpus into a fresh store and report documents/s.")
        @Option(help: "Number of generated documents.") var documents = 50_000
        @Option(help: "Seed of the corpus generator.") var seed: UInt64 = 42
        @Option(help: "An SQLite file or postgres:// URL of an empty database (default: a temporary SQLite file, removed afterwards).")
        var store: String?
        @Flag(help: "Call the SQLite store synchronously (no hop to GRDB's writer queue), to measure the hop's cost.")
        var sync = false
        @Option(help: "Documents per transaction (as `parley ingest --batch`; 1 = one transaction per document).")
        var batch = 64

        func run() async throws {
            let kb = try KnowledgeBase()
            let extractor = Extractor(kb: kb)
            var generator = CorpusGenerator(kb: kb, seed: seed)
            let docs = generator.documents(count: documents)
            let location = store ?? BenchStoreCommand.temporaryStore("ingest")
            defer { if store == nil { BenchStoreCommand.remove(location) } }
            let db = try await StoreOptions.open(location)
            var reports = 0, extractTime = Duration.zero, storeTime = Duration.zero
            let clock = ContinuousClock()
            let started = clock.now
            let cpuStart = BenchStoreCommand.cpuSeconds()
            var pending: [IngestItem] = []
            func commit() async throws {
                let t0 = clock.now
                if sync, let sqlite = db as? SQLiteEventStore {
                    reports += try sqlite.ingestSync(batch: pending).reduce(0) { $0 + $1.events }
                } else {
                    reports += try await db.ingest(batch: pending).reduce(0) { $0 + $1.events }
                }
                storeTime += clock.now - t0
                pending.removeAll(keepingCapacity: true)
            }
            for d in docs {
                var r: ExtractionResult!
                extractTime += clock.measure { r = extractor.extract(d) }
                pending.append(IngestItem(d, extraction: r))
                if pending.count >= batch { try await commit() }
            }
            if !pending.isEmpty { try await commit() }
            let total = BenchStoreCommand.seconds(clock.now - started)
            let cpu = BenchStoreCommand.cpuSeconds() - cpuStart
            let stats = try await db.statistics()
            try await db.close()
            let st = BenchStoreCommand.seconds(storeTime), et = BenchStoreCommand.seconds(extractTime)
            print(String(format: "ingest: %d documents in %.1f s = %.0f documents/s (extract + store, %d documents per transaction)",
                         docs.count, total, Double(docs.count) / total, batch))
            print(String(format: "  extraction %.1f s (%.0f documents/s), store %.1f s (%.0f documents/s, %.3f ms per document)",
                         et, Double(docs.count) / et, st, Double(docs.count) / st, st * 1000 / Double(docs.count)))
            print(String(format: "  CPU time %.1f s = %.0f documents per CPU-second", cpu, Double(docs.count) / cpu))
            print("  \(reports) reports merged into \(stats.events) events; \(stats.incompleteDocuments) incomplete documents")
            if !location.hasPrefix("postgres") {
                let size = (try? FileManager.default.attributesOfItem(atPath: location)[.size] as? Int) ?? 0
                print(String(format: "  SQLite file %.1f MB (plus WAL)", Double(size) / 1_048_576))
            }
        }
    }

    /// `parley bench-store query`: latency of indexed queries on a store of generated merged events.
    struct Query: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fill a store with generated events and time indexed queries.")
        @Option(help: "Number of generated events.") var events = 1_000_000
        @Option(help: "The SQLite file (reused when it already holds events; default: a temporary file).") var store: String?
        @Option(help: "Repetitions of each query.") var repeats = 20

        func run() async throws {
            let path = store ?? BenchStoreCommand.temporaryStore("query")
            defer { if store == nil { BenchStoreCommand.remove(path) } }
            let db = try SQLiteEventStore(path: path)
            let clock = ContinuousClock()
            let have = try await db.statistics().events
            if have < events {
                let t = try clock.measure { try db.loadSynthetic(count: events - have, seed: UInt64(have) + 7) }
                print(String(format: "generated %d events in %.1f s", events - have, BenchStoreCommand.seconds(t)))
            }
            // first pages of 100 events in date order, as `parley events --limit 100` or an API returns them
            let queries: [(String, EventQuery)] = [
                ("actor RUS", EventQuery(actors: ["RUS"], limit: 100)),
                ("actor MLI", EventQuery(actors: ["MLI"], limit: 100)),
                ("pair RUS-CHN", EventQuery(actors: ["RUS", "CHN"], limit: 100)),
                ("pair MLI-RUS, from 2020", EventQuery(actors: ["MLI", "RUS"], from: "2020-01-01", limit: 100)),
                ("type meeting, 2024-05-01..2024-05-31", EventQuery(type: .meeting, from: "2024-05-01", to: "2024-05-31", limit: 100)),
                ("person \"putin\", 2024-06", EventQuery(person: "putin", from: "2024-06-01", to: "2024-06-30", limit: 100)),
                ("status planned, location Kazan", EventQuery(status: .planned, location: "Kazan", limit: 100)),
                ("text \"grain corridor\" (common words)", EventQuery(text: "grain corridor", limit: 100)),
                ("text \"pipeline\", actor CHN, 2010s", EventQuery(actors: ["CHN"], from: "2010-01-01", to: "2019-12-31", text: "pipeline", limit: 100)),
                ("actor MLI, every match", EventQuery(actors: ["MLI"], limit: 1_000_000)),
            ]
            print("query latency on \(try await db.statistics().events) events (median of \(repeats), warm cache):")
            for (name, q) in queries {
                var times: [Double] = []
                var n = 0
                for _ in 0..<repeats {
                    let t = try clock.measure { n = try db.eventsSync(matching: q).count }
                    times.append(BenchStoreCommand.seconds(t) * 1000)
                }
                times.sort()
                print("  " + name.padding(toLength: 40, withPad: " ", startingAt: 0)
                      + String(format: "%7.2f ms median, %7.2f ms max  (%d events)", times[times.count / 2], times.last!, n))
            }
        }
    }

    /// `parley bench-store corpus`: writes a generated corpus as JSON Lines (for ingest tests and demos).
    struct Corpus: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a generated corpus as JSON Lines.")
        @Option(help: "Number of documents.") var documents = 1000
        @Option(help: "Seed of the corpus generator.") var seed: UInt64 = 42
        @Option(help: "Output file.") var output: String

        func run() throws {
            let kb = try KnowledgeBase()
            var generator = CorpusGenerator(kb: kb, seed: seed)
            var text = ""
            for d in generator.documents(count: documents) {
                text += "{\"id\": \(EventJSON.q(d.id)), \"text\": \(EventJSON.q(d.text))}\n"
            }
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        }
    }
}

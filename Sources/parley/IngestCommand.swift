import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyStore

/// `parley ingest PATH...`: extract and store documents, merging reports of one event across articles.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract events from articles and store them, merged across articles, in an SQLite file or PostgreSQL.")

    @Argument(help: "Files (.txt, .jsonl, .html), directories, http(s):// addresses of pages, or - for JSON Lines on standard input (as for `parley extract`).")
    var paths: [String]

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Publication date (YYYY-MM-DD) for .txt input without one.")
    var date: String?

    @Flag(help: "Print no progress.")
    var quiet = false

    func validate() throws {
        if let date, PublicationDate.valid(date) == false {
            throw ValidationError("--date must be YYYY-MM-DD, e.g. --date 2024-07-10")
        }
    }

    func run() async throws {
        let extractor = try Extractor()
        var failures = 0
        let (urls, files) = WebInputs.split(paths)
        let web = await WebInputs.read(urls, date: date)
        for f in web.failures { FileHandle.standardError.write(Data("parley: \(f)\n".utf8)) }
        failures += web.failures.count
        var docs: [InputDocument] = web.docs
        DocumentReader(defaultDate: date).read(files, body: { docs.append($0) }, failure: { error in
            failures += 1
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
        })
        let store = try await storeOptions.open()
        var progress = ProgressReporter(total: docs.count, enabled: !quiet)
        var added = 0, replaced = 0, unchanged = 0, duplicates = 0, events = 0
        do {
            for (i, doc) in docs.enumerated() {
                let result = extractor.extract(doc)
                let stored = StoredDocument(doc, published: result.publicationDate, eventCount: result.events.count)
                switch try await store.ingest(stored, events: result.events) {
                case .added(let n): added += 1; events += n
                case .replaced(let n): replaced += 1; events += n
                case .unchanged: unchanged += 1
                case .duplicate: duplicates += 1
                }
                progress.update(done: i + 1, events: events)
            }
        } catch {
            progress.finish()
            try? await store.close()
            throw error
        }
        progress.update(done: docs.count, events: events, force: true)
        progress.finish()
        let stats = try await store.statistics()
        try await store.close()
        if !quiet {
            FileHandle.standardError.write(Data("""
                parley: \(added) added, \(replaced) replaced, \(unchanged) unchanged, \(duplicates) duplicate texts; \(events) reports; \
                store now holds \(stats.documents) documents, \(stats.events) merged events from \(stats.mentions) reports\n
                """.utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

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

    @Option(help: ArgumentHelp(
        "Documents stored per transaction (1 = one transaction per document).",
        discussion: "A transaction holds whole documents only, and is committed at least every half second: a killed process loses at most the documents of its last open transaction, which a re-run stores."))
    var batch = 64

    func validate() throws {
        if batch < 1 || batch > 10_000 { throw ValidationError("--batch must be between 1 and 10000") }
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
        var tally = IngestTally()
        var pending: [IngestItem] = []
        var pendingSince = ContinuousClock.now
        var done = 0
        func commit() async throws {
            guard !pending.isEmpty else { return }
            for outcome in try await store.ingest(batch: pending) { tally.add(outcome) }
            done += pending.count
            pending.removeAll(keepingCapacity: true)
            progress.update(done: done, events: tally.events)
        }
        do {
            for doc in docs {
                if pending.isEmpty { pendingSince = .now }
                pending.append(IngestItem(doc, extraction: extractor.extract(doc)))
                if pending.count >= batch || ContinuousClock.now - pendingSince >= .milliseconds(500) { try await commit() }
            }
            try await commit()
        } catch {
            progress.finish()
            try? await store.close()
            throw error
        }
        progress.update(done: docs.count, events: tally.events, force: true)
        progress.finish()
        let stats = try await store.statistics()
        try await store.close()
        if !quiet {
            FileHandle.standardError.write(Data("""
                parley: \(tally.added) added, \(tally.replaced) replaced, \(tally.unchanged) unchanged, \(tally.duplicates) duplicate texts; \(tally.events) reports; \
                store now holds \(stats.documents) documents, \(stats.events) merged events from \(stats.mentions) reports\n
                """.utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

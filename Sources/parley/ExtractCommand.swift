import ArgumentParser
import Foundation
import ParleyExtraction

/// Output formats of `parley extract`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, json, table }

/// `parley extract PATH...`: events as JSON Lines (EVENTS.md), JSON or a table.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract diplomatic events from articles (.txt, .jsonl, .html, directories, http(s):// pages, or - for JSON Lines on stdin).")

    @Argument(help: "Files (.txt, .jsonl, .html), directories, http(s):// addresses of pages, or - for JSON Lines on standard input.")
    var paths: [String]

    @Option(help: "Publication date (YYYY-MM-DD) for .txt input without one.")
    var date: String?

    @Option(help: "Output format: jsonl (default), json or table.")
    var format: OutputFormat = .jsonl

    @Flag(help: "Show, for each event, the rule and the mentions that produced it.")
    var explain = false

    @Flag(help: "Write, for each sentence, the mentions, triggers and time expressions the rules saw (to standard error).")
    var trace = false

    func validate() throws {
        if let date, PublicationDate.valid(date) == false {
            throw ValidationError("--date must be YYYY-MM-DD, e.g. --date 2024-07-10")
        }
    }

    func run() async throws {
        let extractor = try Extractor()
        var failures = 0
        var out = StandardOutput()
        var all: [(Event, Explanation)] = []
        func handle(_ doc: InputDocument) {
            let result = extractor.extract(doc, trace: trace)
            if trace { FileHandle.standardError.write(Data((["== \(doc.id)"] + result.trace).joined(separator: "\n").utf8 + [10])) }
            for (e, x) in zip(result.events, result.explanations) {
                switch format {
                case .jsonl: out.write(EventJSON.line(e, explanation: explain ? x : nil) + "\n")
                case .json, .table: all.append((e, x))
                }
            }
        }
        let (urls, files) = WebInputs.split(paths)
        let web = await WebInputs.read(urls, date: date)
        for f in web.failures { FileHandle.standardError.write(Data("parley: \(f)\n".utf8)) }
        failures += web.failures.count
        web.docs.forEach(handle)
        DocumentReader(defaultDate: date).read(files, body: handle, failure: { error in
            failures += 1
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
        })
        switch format {
        case .jsonl: break
        case .json:
            out.write("[\n" + all.map { "  " + EventJSON.line($0.0, explanation: explain ? $0.1 : nil) }.joined(separator: ",\n") + "\n]\n")
        case .table:
            out.write(EventTable.render(all.map(\.0), explanations: explain ? all.map(\.1) : nil))
        }
        out.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}

/// Buffered standard output.
struct StandardOutput {
    var buffer: [UInt8] = []
    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }
    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Checks of publication-date arguments.
enum PublicationDate {
    static func valid(_ s: String) -> Bool {
        let p = s.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let m = Int(p[1]), let d = Int(p[2]), Int(p[0]) != nil else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }
}

/// A plain-text table of events for reading in a terminal.
enum EventTable {
    static func render(_ events: [Event], explanations: [Explanation]?) -> String {
        var rows: [[String]] = [["doc", "type", "status", "participants", "date", "location", "evidence"]]
        for (i, e) in events.enumerated() {
            let parts = e.participants.map { p in
                (p.side == .source ? "→" : "") + p.code + (p.name.map { " (\($0))" } ?? "")
            }.joined(separator: ", ")
            let date = e.date.map { $0.start == $0.end ? $0.start : "\($0.start)..\($0.end)" } ?? "-"
            var ev = e.evidence.first?.text ?? ""
            if ev.count > 70 { ev = String(ev.prefix(67)) + "..." }
            if let x = explanations?[i] { ev += "  [\(x.rule)]" }
            rows.append([e.evidence.first?.doc ?? "", e.type.rawValue, e.status.rawValue, parts, date, e.location?.name ?? "-", ev])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, c) in r.enumerated() where i < r.count - 1 { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in i < r.count - 1 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

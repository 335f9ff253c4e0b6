import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyStore

extension ExportFormat: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {}
extension EventStatus: ExpressibleByArgument {}

/// `parley events`: query the store and export events, or explain why reports were merged.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Query stored events and export them (jsonl, csv, graphml, gexf, cameo, table), or explain a merge.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "A participant code that must take part (repeatable): RUS, CHN, UN.")
    var actor: [String] = []

    @Option(help: "A person (or part of a name) who must take part: \"Putin\".")
    var person: String?

    @Option(help: "Two participants that must both take part: RUS-CHN.")
    var pair: String?

    @Option(help: "Event type: meeting, call, visit, agreement, invitation, message, demand.")
    var type: EventType?

    @Option(help: "Status: occurred or planned.")
    var status: EventStatus?

    @Option(help: "Events whose dates reach this day or later (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Events whose dates start on this day or earlier (YYYY-MM-DD).")
    var to: String?

    @Option(help: "A location: a state code (RUS) or a place name (Kazan).")
    var location: String?

    @Option(help: "Words that must all appear in the evidence, names, place or occasion.")
    var text: String?

    @Option(help: "The most events to return.")
    var limit: Int = 10000

    @Option(help: "Output format: jsonl (EVENTS.md), csv, graphml, gexf, cameo or table.")
    var format: ExportFormat = .jsonl

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Show the event with this id and why each of its reports was merged into it.")
    var explain: String?

    func validate() throws {
        if let pair, pair.split(separator: "-").count != 2 {
            throw ValidationError("--pair takes two codes joined by a hyphen, e.g. --pair RUS-CHN")
        }
        for d in [from, to].compactMap({ $0 }) where !PublicationDate.valid(d) {
            throw ValidationError("--from and --to take YYYY-MM-DD, e.g. --from 2024-05-01")
        }
    }

    func run() async throws {
        let store = try await storeOptions.open()
        if let id = explain {
            guard let x = try await store.explanation(of: id) else {
                try? await store.close()
                throw ValidationError("no event \(id) in \(storeOptions.store); list ids with `parley events --format table`")
            }
            print(Self.render(x), terminator: "")
            try await store.close()
            return
        }
        var actors = actor
        if let pair { actors += pair.split(separator: "-").map(String.init) }
        let query = EventQuery(actors: actors, person: person, type: type, status: status, from: from, to: to,
                               location: location, text: text, limit: limit)
        let events = try await store.events(matching: query)
        try await store.close()
        let text = EventExporter.export(events, as: format)
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            var out = StandardOutput()
            out.write(text)
            out.flush()
        }
    }

    /// The explanation of a merged event as text.
    static func render(_ x: EventExplanation) -> String {
        let e = x.event.event
        let date = e.date.map { $0.start == $0.end ? $0.start : "\($0.start)..\($0.end)" } ?? "undated"
        var s = "\(e.id): \(e.type.rawValue), \(e.status.rawValue), \(e.participants.map { $0.code + ($0.name.map { " (\($0))" } ?? "") }.joined(separator: ", "))"
        s += ", \(date)" + (e.location.map { ", \($0.name)" } ?? "") + "\n"
        s += "\(x.event.sourceCount) source\(x.event.sourceCount == 1 ? "" : "s"), \(x.mentions.count) report\(x.mentions.count == 1 ? "" : "s"):\n"
        for (i, m) in x.mentions.enumerated() {
            let md = m.event.date.map { "\($0.start == $0.end ? $0.start : "\($0.start)..\($0.end)") (\"\($0.text)\")" } ?? "undated"
            s += "\(i + 1). \(m.documentID) [\(m.id)] \(m.event.status.rawValue), \(md)" + (m.event.location.map { ", \($0.name)" } ?? "") + "\n"
            s += "   why: \(m.reason)\n"
            if let ev = m.event.evidence.first { s += "   says: \(ev.text)\n" }
        }
        return s
    }
}

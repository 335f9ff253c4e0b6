import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyKnowledge
import ParleyTime

/// `parley kb QUERY`: look up a person, an office on a day, or a state in the knowledge base.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Look up a name, an office or a state in the knowledge base.",
        discussion: """
            Examples:
              parley kb "Pakistan prime minister" --on 2024-07-01   who held the office that day
              parley kb Erdogan                                      the person, offices and terms
              parley kb "Burkina Faso" --on 2023-06-01               the state's leaders that day
            """)

    @Argument(help: "A name, an office (\"French president\", \"Pakistan prime minister\") or a state.")
    var query: [String]

    @Option(help: "The day to answer for (YYYY-MM-DD); default: today's office holders.")
    var on: String?

    @Option(help: "Output format: text (default) or json.")
    var format: KBFormat = .text

    enum KBFormat: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if let on, Day(iso: on) == nil { throw ValidationError("--on must be YYYY-MM-DD, e.g. --on 2024-07-01") }
        if query.joined().isEmpty { throw ValidationError("give a name, an office or a state, e.g. parley kb \"French president\"") }
    }

    func run() throws {
        let kb = try KnowledgeBase()
        let day = on.flatMap { Day(iso: $0) }
        let text = query.joined(separator: " ")
        let answers = KnowledgeQuery(kb: kb).answer(text, on: day)
        guard !answers.isEmpty else {
            FileHandle.standardError.write(Data("parley kb: nothing in the knowledge base matches \"\(text)\"\n".utf8))
            throw ExitCode(1)
        }
        switch format {
        case .text: print(answers.map { KBText.render($0, kb: kb) }.joined(separator: "\n"))
        case .json: for a in answers { print(KBText.json(a, kb: kb)) }
        }
    }
}

/// Renders knowledge-base answers for people to read, or as JSON lines.
enum KBText {
    static func span(_ t: Term) -> String { "\(t.start?.description ?? "?") – \(t.end?.description ?? "in office")" }

    static func render(_ a: KnowledgeAnswer, kb: KnowledgeBase) -> String {
        switch a {
        case let .person(p):
            var lines = ["\(p.name)  [\(p.id)]" + (p.aliases.isEmpty ? "" : "  also: " + p.aliases.joined(separator: ", "))]
            for t in p.terms.sorted(by: { ($0.start?.serial ?? 0) < ($1.start?.serial ?? 0) }) {
                lines.append("  \(t.code.padding(toLength: 6, withPad: " ", startingAt: 0))\(t.title) (\(t.roles.map(\.rawValue).joined(separator: ", ")))  \(span(t))")
            }
            return lines.joined(separator: "\n")
        case let .office(code, role, day, holder, term):
            let when = day?.description ?? "today"
            guard let holder, let term else { return "\(kb.name(ofCode: code)) (\(code)) \(role.rawValue) on \(when): not known" }
            return "\(kb.name(ofCode: code)) (\(code)) \(role.rawValue) on \(when): \(holder.name), \(term.title), \(span(term))"
        case let .actor(code, name, aliases, offices):
            var lines = ["\(name) (\(code))" + (aliases.isEmpty ? "" : "  also: " + aliases.joined(separator: ", "))]
            for o in offices { lines.append("  \(o.role.rawValue): \(o.person.name), \(o.term.title), \(span(o.term))") }
            return lines.joined(separator: "\n")
        }
    }

    static func json(_ a: KnowledgeAnswer, kb: KnowledgeBase) -> String {
        func q(_ s: String?) -> String { s.map(EventJSON.q) ?? "null" }
        func term(_ t: Term) -> String {
            "{\"code\": \(q(t.code)), \"roles\": [\(t.roles.map { q($0.rawValue) }.joined(separator: ", "))], \"title\": \(q(t.title)), "
                + "\"start\": \(q(t.start?.description)), \"end\": \(q(t.end?.description))}"
        }
        switch a {
        case let .person(p):
            return "{\"person\": {\"id\": \(q(p.id)), \"name\": \(q(p.name)), \"aliases\": [\(p.aliases.map { q($0) }.joined(separator: ", "))], "
                + "\"terms\": [\(p.terms.map(term).joined(separator: ", "))]}}"
        case let .office(code, role, day, holder, t):
            return "{\"office\": {\"code\": \(q(code)), \"role\": \(q(role.rawValue)), \"on\": \(q(day?.description)), "
                + "\"holder\": \(q(holder?.name)), \"id\": \(q(holder?.id)), \"term\": \(t.map(term) ?? "null")}}"
        case let .actor(code, name, aliases, offices):
            return "{\"actor\": {\"code\": \(q(code)), \"name\": \(q(name)), \"aliases\": [\(aliases.map { q($0) }.joined(separator: ", "))], "
                + "\"offices\": [\(offices.map { "{\"role\": \(q($0.role.rawValue)), \"name\": \(q($0.person.name)), \"term\": \(term($0.term))}" }.joined(separator: ", "))]}}"
        }
    }
}

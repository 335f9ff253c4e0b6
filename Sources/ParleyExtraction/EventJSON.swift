import Foundation

/// Writes events as JSON in the field order of EVENTS.md, and reads them back.
public enum EventJSON {
    /// One event as a single JSON line (no trailing newline).
    public static func line(_ e: Event, explanation: Explanation? = nil) -> String {
        var s = "{\"id\": \(q(e.id)), \"type\": \(q(e.type.rawValue)), \"status\": \(q(e.status.rawValue)), \"participants\": ["
        s += e.participants.map { p in
            "{\"code\": \(q(p.code)), \"name\": \(p.name.map(q) ?? "null"), \"role\": \(p.role.map { q($0.rawValue) } ?? "null"), \"side\": \(p.side.map { q($0.rawValue) } ?? "null")}"
        }.joined(separator: ", ")
        s += "], \"date\": "
        s += e.date.map { "{\"start\": \(q($0.start)), \"end\": \(q($0.end)), \"text\": \(q($0.text))}" } ?? "null"
        s += ", \"location\": " + (e.location.map { "{\"name\": \(q($0.name)), \"code\": \(q($0.code))}" } ?? "null")
        s += ", \"occasion\": " + (e.occasion.map(q) ?? "null")
        s += ", \"topics\": [" + e.topics.map(q).joined(separator: ", ") + "]"
        s += ", \"evidence\": [" + e.evidence.map { "{\"doc\": \(q($0.doc)), \"start\": \($0.start), \"end\": \($0.end), \"text\": \(q($0.text))}" }.joined(separator: ", ") + "]"
        s += ", \"confidence\": \(e.confidence)"
        if let x = explanation {
            s += ", \"explain\": {\"rule\": \(q(x.rule)), \"trigger\": \(q(x.trigger)), \"mentions\": [\(x.mentions.map(q).joined(separator: ", "))], \"notes\": [\(x.notes.map(q).joined(separator: ", "))]}"
        }
        return s + "}"
    }

    /// A JSON string literal.
    public static func q(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// Decodes one event line.
    public static func decode(_ line: String) throws -> Event {
        try JSONDecoder().decode(Event.self, from: Data(line.utf8))
    }
}

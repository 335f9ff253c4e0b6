import ParleyExtraction
import ParleyStore

/// The filters every API route and UI view shares (those of `parley events`), read from a query string.
public struct EventFilter: Sendable, Hashable {
    public var actors: [String] = []
    public var person: String?
    public var type: EventType?
    public var status: EventStatus?
    /// Day numbers (`CalendarDay`) of `from` and `to`.
    public var from: Int?
    public var to: Int?
    public var location: String?
    /// Lower-cased words that must all occur in the event's text.
    public var words: [String] = []

    public init() {}

    /// Reads `actor` (repeatable), `pair`, `person`, `type`, `status`, `from`, `to`, `location` and `q`.
    /// - Parameter value: all values of a query parameter, in order.
    public init(_ value: (String) -> [String]) throws {
        for a in value("actor") where !a.isEmpty { actors.append(try Self.code(a, parameter: "actor")) }
        if let pair = value("pair").last, !pair.isEmpty {
            let parts = pair.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw APIError.badParameter("pair", "write two codes joined by a hyphen, e.g. pair=RUS-CHN")
            }
            for p in parts { actors.append(try Self.code(String(p), parameter: "pair")) }
        }
        if let p = value("person").last, !p.isEmpty { person = p.lowercased() }
        if let t = value("type").last, !t.isEmpty {
            guard let type = EventType(rawValue: t) else {
                throw APIError.badParameter("type", "\(t) is not an event type; use one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.type = type
        }
        if let s = value("status").last, !s.isEmpty {
            guard let status = EventStatus(rawValue: s) else { throw APIError.badParameter("status", "use occurred or planned") }
            self.status = status
        }
        from = try Self.day(value("from").last, parameter: "from")
        to = try Self.day(value("to").last, parameter: "to")
        if let l = value("location").last, !l.isEmpty { location = l }
        if let q = value("q").last { words = EventQuery(text: q).words }
    }

    static func code(_ s: String, parameter: String) throws -> String {
        let code = s.uppercased()
        guard code.utf8.count <= 64, code.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) }) else {
            throw APIError.badParameter(parameter, "\(s) is not an actor code; codes are letters and underscores, e.g. RUS, UN, NSA_HAMAS")
        }
        return code
    }

    static func day(_ s: String?, parameter: String) throws -> Int? {
        guard let s, !s.isEmpty else { return nil }
        guard let n = CalendarDay.number(s) else { throw APIError.badParameter(parameter, "\(s) is not a date; write YYYY-MM-DD, e.g. 2024-07-09") }
        return n
    }

    /// Whether no filter is set.
    public var isEmpty: Bool { self == EventFilter() }
}

import ParleyKnowledge
import ParleyTime

/// The seven kinds of diplomatic event of EVENTS.md.
public enum EventType: String, Sendable, CaseIterable, Codable, Comparable {
    case meeting, call, visit, agreement, invitation, message, demand
    /// Types with a source and a target side.
    public var isDirected: Bool { self == .visit || self == .invitation || self == .message || self == .demand }
    public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }
}

/// Whether an event happened or is scheduled.
public enum EventStatus: String, Sendable, Codable { case occurred, planned }

/// One side of an event: a state, organisation or non-state group, and the person acting for it where known.
public struct Participant: Sendable, Hashable, Codable {
    /// Which side of a directed event a participant is on.
    public enum Side: String, Sendable, Codable { case source, target }
    public var code: String
    public var name: String?
    public var role: Role?
    public var side: Side?
    public init(code: String, name: String?, role: Role?, side: Side?) {
        self.code = code; self.name = name; self.role = role; self.side = side
    }
}

/// An event's date: a closed day range and the words it came from.
public struct EventDate: Sendable, Hashable, Codable {
    public var start: String
    public var end: String
    public var text: String
}

/// Where an event happened.
public struct EventLocation: Sendable, Hashable, Codable {
    public var name: String
    public var code: String
}

/// The sentence or clause that states an event, with offsets in Unicode code points.
public struct Evidence: Sendable, Hashable, Codable {
    public var doc: String
    public var start: Int
    public var end: Int
    public var text: String
}

/// A diplomatic event in the JSON Lines form of EVENTS.md.
public struct Event: Sendable, Hashable, Codable {
    public var id: String
    public var type: EventType
    public var status: EventStatus
    public var participants: [Participant]
    public var date: EventDate?
    public var location: EventLocation?
    public var occasion: String?
    public var topics: [String]
    public var evidence: [Evidence]
    public var confidence: Double

    /// Participant codes as a sorted list (for comparisons).
    public var codes: [String] { participants.map(\.code).sorted() }
    /// Codes on the source side.
    public var sourceCodes: [String] { participants.filter { $0.side == .source }.map(\.code).sorted() }
}

/// Why the extractor produced an event: the rule that fired and the mentions it used (`--explain`).
public struct Explanation: Sendable, Hashable, Codable {
    public var rule: String
    public var trigger: String
    public var mentions: [String]
    public var notes: [String]
}

import ParleyText
import ParleyTime

/// The role an official plays in an event, as EVENTS.md lists them.
public enum Role: String, Sendable, CaseIterable, Codable {
    case headOfState = "head_of_state", headOfGovernment = "head_of_government", foreignMinister = "foreign_minister"
    case defenceMinister = "defence_minister", minister, official, military, diplomat
    case organisationLeader = "organisation_leader", other
}

/// A sovereign state (or Kosovo, Taiwan, Palestine, the Holy See) with the words the press uses for it.
public struct State: Sendable, Hashable {
    public var code: String
    public var name: String
    public var aliases: [String]
    public var adjectives: [String]
    public var capital: String
    public var seats: [String]
    public var latitude: Double?
    public var longitude: Double?
    public var status: String
}

/// An international organisation (UN, EU, NATO, SCO, BRICS…).
public struct Organisation: Sendable, Hashable {
    public var code: String
    public var name: String
    public var aliases: [String]
    public var adjectives: [String]
}

/// A city or site other than a capital, in a state.
public struct Place: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var code: String
    public var latitude: Double?
    public var longitude: Double?
}

/// One term of office: whom the person served, in which role, when.
public struct Term: Sendable, Hashable {
    public var code: String
    public var roles: [Role]
    public var title: String
    public var start: Day?
    public var end: Day?
    /// The role reported for the person in this term (the first listed).
    public var role: Role { roles.first ?? .official }
    /// True when the term covers `day` (open ends count as covering).
    public func covers(_ day: Day) -> Bool {
        if let start, day < start { return false }
        if let end, day > end { return false }
        return true
    }
}

/// An official known by name, with every term of office on record.
public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var gender: Character?
    public var terms: [Term]
}

/// A title or role noun ("prime minister", "junta leader", "counterparts").
public struct RoleWord: Sendable, Hashable {
    /// What a role word denotes.
    public enum Meaning: Sendable, Hashable { case role(Role), leader, counterpart }
    /// How a role word is used in text.
    public enum Usage: String, Sendable { case title, noun, both, plural }
    public var phrase: String
    public var meaning: Meaning
    public var usage: Usage
    public var canPrecedeName: Bool { usage == .title || usage == .both }
    public var isPlural: Bool { usage == .plural }
}

import ParleyKnowledge
import ParleyText

/// Someone who can take part in an event: a state, organisation or group, and the person acting for it.
struct Actor: Sendable, Hashable {
    var code: String
    var name: String?
    var role: Role?
    var gender: Character?
    /// True when the text names a person (by name, title or pronoun), not just a state.
    var isPerson: Bool
    /// The person's title in the office they hold ("Emir", "Prime Minister"), when the knowledge base knows it.
    var title: String? = nil
}

/// A stretch of a sentence that names actors or a place.
struct Mention: Sendable {
    /// What a mention refers to.
    enum Kind: Sendable, Equatable {
        /// States, organisations or people (several for a plural group: "the leaders of A, B and C").
        case actors
        /// A personal pronoun, resolved later from the discourse.
        case pronoun(plural: Bool, possessive: Bool, gender: Character?)
        /// "their leaders": the states of an earlier group in the sentence.
        case relativeGroup
        /// A role without a name or state ("the president"): the last official in that role.
        case bareRole(RoleWord.Meaning)
    }
    var tokens: Range<Int>
    var kind: Kind
    var actors: [Actor]
    /// Where the mention can also be a place ("Moscow", "Kazakhstan"): its name and state.
    var place: (name: String, code: String)?
    /// Followed by "'s".
    var possessive: Bool
    /// Names a former official ("former U.S. President Donald Trump").
    var former: Bool
    /// The summit this mention names, when it is an organisation in "the SCO summit".
    var isOrganisation: Bool
    /// A plural group noun ("leaders of …", "counterparts from …").
    var isGroupNoun: Bool
    /// The rule that made the mention (for `--explain`).
    var label: String
}

/// A stretch of text linked to a state, organisation or official: what `Extractor.linkedMentions` reports.
public struct LinkedMention: Sendable, Hashable {
    /// The sentence's index in the document.
    public var sentence: Int
    /// The mention as the text writes it.
    public var text: String
    public var code: String
    /// The official's canonical name, when the mention is a person the knowledge base knows or the text names.
    public var name: String?
    public var role: Role?
}

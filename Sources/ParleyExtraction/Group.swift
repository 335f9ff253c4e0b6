import ParleyText

/// Coordinated mentions ("Abbas, Mnangagwa and Traoré") acting as one argument of a clause.
struct Group: Sendable {
    var mentions: [Int]
    var tokens: Range<Int>
    var actors: [Actor]
    var attachment: Attachment
    /// Starts a clause (sentence start, after a comma, "and", "who", "where"…): a subject position.
    var clauseStart: Bool
    var possessive: Bool
    var place: (name: String, code: String)?
    var isPronoun: Bool
    var isOrganisationOnly: Bool
    var label: String
    /// The token right before the group (a verb when the group is its direct object).
    var previousToken: Int?
}

import ParleyText
import ParleyTime

/// An answer of `KnowledgeQuery`: a person with their offices, the holder of an office on a day, or a state or
/// organisation with its leaders on a day.
public enum KnowledgeAnswer: Sendable {
    /// A person the query names, with every term of office.
    case person(Person)
    /// Who held `role` for `code` on the day asked (nil holder: nobody the knowledge base knows).
    case office(code: String, role: Role, day: Day?, holder: Person?, term: Term?)
    /// A state or organisation, with the holders of its main offices on the day asked.
    case actor(code: String, name: String, aliases: [String], offices: [(role: Role, person: Person, term: Term)])
}

/// Answers look-ups such as "Pakistan prime minister" (on a day), "Erdogan" or "Burkina Faso" from the knowledge
/// base, reading the query with the same phrase matcher that reads articles.
public struct KnowledgeQuery: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) { self.kb = kb }

    /// The answers to `query` on `day` (nil: today's holders, open terms); empty when nothing in it is known.
    public func answer(_ query: String, on day: Day?) -> [KnowledgeAnswer] {
        let tokens = Tokenizer.keys(of: query).map {
            Token(start: 0, end: 0, key: $0, kind: .word, flags: [], symbol: 0)
        }
        var people: [Int] = [], shortPeople: [Int] = []
        var codes: [String] = []
        var roles: [RoleWord] = []
        var i = 0
        while i < tokens.count {
            guard let m = kb.matcher.longestMatch(tokens, at: i, limit: tokens.count) else { i += 1; continue }
            for p in m.payloads {
                switch p {
                case let .person(idx, short): if short { shortPeople.append(idx) } else { people.append(idx) }
                case let .stateName(s), let .stateAdjective(s), let .capital(s), let .seat(s): codes.append(kb.states[s].code)
                case let .organisation(o), let .organisationAdjective(o): codes.append(kb.organisations[o].code)
                case let .role(r): roles.append(kb.roleWords[r])
                case .place: break
                }
            }
            i += m.length
        }
        // a state and a role: the office holder on the day
        if let code = codes.first, let word = roles.first {
            let role: Role
            let found: (person: Person, term: Term)?
            switch word.meaning {
            case let .role(r): role = r; found = kb.holder(code: code, role: r, on: day)
            case .leader, .counterpart:
                found = kb.leader(code: code, on: day)
                role = found?.term.role ?? (kb.parliamentary.contains(code) ? .headOfGovernment : .headOfState)
            }
            return [.office(code: code, role: role, day: day, holder: found?.person, term: found?.term)]
        }
        // a person by name; a surname alone names everyone known by it, those in office on the day first
        var named = people.isEmpty ? shortPeople : people
        if let day { named.sort { (kb.term(of: kb.people[$0], on: day) != nil ? 0 : 1) < (kb.term(of: kb.people[$1], on: day) != nil ? 0 : 1) } }
        var seen = Set<Int>()
        let persons = named.filter { seen.insert($0).inserted }.map { KnowledgeAnswer.person(kb.people[$0]) }
        if !persons.isEmpty { return persons }
        // a state or organisation: its main offices on the day
        return codes.prefix(1).map { code in
            var offices: [(role: Role, person: Person, term: Term)] = []
            for role in [Role.headOfState, .headOfGovernment, .foreignMinister, .defenceMinister, .organisationLeader] {
                if let h = kb.holder(code: code, role: role, on: day) { offices.append((role, h.person, h.term)) }
            }
            let aliases = kb.state(code: code)?.aliases ?? kb.organisation(code: code)?.aliases ?? []
            return .actor(code: code, name: kb.name(ofCode: code), aliases: aliases, offices: offices)
        }
    }
}

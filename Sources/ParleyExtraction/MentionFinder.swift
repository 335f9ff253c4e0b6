import ParleyKnowledge
import ParleyText
import ParleyTime

/// Finds the mentions of states, organisations, officials, places and pronouns in a sentence:
/// knowledge-base phrases composed with titles and qualifiers ("Burkina Faso's President Ibrahim Traoré",
/// "the Russian leader", "Defense Minister Coulibaly of Burkina Faso", "the leaders of A, B and C"),
/// and officials missing from the knowledge base recognised from their title and state.
struct MentionFinder {
    let kb: KnowledgeBase
    let analysis: TextAnalysis
    let date: Day?
    /// The knowledge-base match at each token of the sentence, looked up once (titles, qualifiers, names and places
    /// are all tried at the same positions).
    private let matches = MatchCache()

    /// Per-sentence memo of `match(_:_:)`.
    final class MatchCache {
        var start = 0
        var limit = -1
        var slots: [Slot] = []
        enum Slot { case unknown, none, some(length: Int, payloads: [KnowledgeBase.Entry]) }
    }

    enum K {
        static let the = TokenKey("the"), a = TokenKey("a"), of = TokenKey("of"), from = TokenKey("from")
        static let former = TokenKey("former"), ex = TokenKey("ex"), late = TokenKey("late"), then = TokenKey("then")
        static let and = TokenKey("and"), comma = TokenKey(","), he = TokenKey("he"), him = TokenKey("him")
        static let his = TokenKey("his"), she = TokenKey("she"), her = TokenKey("her"), they = TokenKey("they")
        static let them = TokenKey("them"), their = TokenKey("their"), its = TokenKey("its"), outgoing = TokenKey("outgoing")
        static let ministry = TokenKey("ministry"), government = TokenKey("government"), side = TokenKey("side")
        static let embassy = TokenKey("embassy"), authorities = TokenKey("authorities"), delegation = TokenKey("delegation")
        static let administration = TokenKey("administration"), cabinet = TokenKey("cabinet"), presidency = TokenKey("presidency")
        static let foreign = TokenKey("foreign"), defense = TokenKey("defense"), defence = TokenKey("defence")
        static let fellow = TokenKey("fellow"), other = TokenKey("other")
    }
    static let nameParticles = TokenKeySet(words: ["bin", "bint", "al", "el", "de", "da", "do", "dos", "van", "von", "der",
        "den", "ben", "ould", "ag", "abu", "ibn", "la", "le", "du", "di", "del", "al-", "y"])
    static let institutionWords = TokenKeySet(words: ["ministry", "government", "side", "embassy", "authorities",
        "administration", "cabinet", "presidency", "foreign ministry", "defense ministry", "defence ministry", "military",
        "army", "forces", "leadership", "regime", "junta", "parliament"])
    /// Capitalised words that never start a person's name.
    static let notNames = TokenKeySet(words: ["the", "a", "an", "on", "in", "at", "during", "after", "before", "as", "and",
        "but", "while", "when", "with", "for", "this", "that", "these", "those", "he", "she", "they", "it", "his", "her",
        "their", "its", "earlier", "later", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "state", "ministry", "government", "house", "minister", "president",
        "office", "said", "says", "told", "also", "who", "which", "what", "where", "according"])

    /// All mentions in the token range, left to right, not overlapping.
    func mentions(in range: Range<Int>) -> [Mention] {
        matches.start = range.lowerBound
        matches.limit = range.upperBound
        matches.slots = Array(repeating: .unknown, count: range.count)
        var out: [Mention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let (m, next) = phrase(at: i, limit: range.upperBound) {
                out.append(m)
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return absorbingStateOfPerson(out)
    }

    /// "Colonel Assimi Goita of Mali": the "of <state>" belongs to the person, not to the clause.
    func absorbingStateOfPerson(_ mentions: [Mention]) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            if let last = out.last, last.actors.count == 1, last.actors[0].isPerson, !last.possessive,
               m.tokens.lowerBound == last.tokens.upperBound + 1, tokens[last.tokens.upperBound].key == W.of,
               m.actors.count == 1, !m.actors[0].isPerson, m.place != nil || m.isOrganisation,
               last.actors[0].code == m.actors[0].code || last.actors[0].code.isEmpty {
                var merged = last
                merged.tokens = last.tokens.lowerBound..<m.tokens.upperBound
                merged.possessive = m.possessive
                if merged.actors[0].code.isEmpty { merged.actors[0].code = m.actors[0].code }
                out[out.count - 1] = merged
                continue
            }
            out.append(m)
        }
        return out
    }

    var tokens: [Token] { analysis.tokens }

    func key(_ i: Int, _ limit: Int) -> TokenKey? { i < limit ? tokens[i].key : nil }

    func match(_ i: Int, _ limit: Int) -> (length: Int, payloads: [KnowledgeBase.Entry])? {
        guard i < limit else { return nil }
        if limit == matches.limit, i >= matches.start, i - matches.start < matches.slots.count {
            switch matches.slots[i - matches.start] {
            case .none: return nil
            case let .some(length, payloads): return (length, payloads)
            case .unknown:
                let m = uncachedMatch(i, limit)
                matches.slots[i - matches.start] = m.map { .some(length: $0.length, payloads: $0.payloads) } ?? .none
                return m
            }
        }
        return uncachedMatch(i, limit)
    }

    func uncachedMatch(_ i: Int, _ limit: Int) -> (length: Int, payloads: [KnowledgeBase.Entry])? {
        guard let m = kb.matcher.longestMatch(tokens, at: i, limit: limit) else { return nil }
        // an acronym matches only in capitals: "WHO" is the organisation, "who" is not
        if m.length == 1, kb.acronymKeys.contains(tokens[i].key), !tokens[i].flags.contains(.allCaps), !tokens[i].flags.contains(.dotted) {
            return nil
        }
        return m
    }

    /// A role word at `i`, if any.
    func roleWord(_ i: Int, _ limit: Int) -> (RoleWord, Int)? {
        guard let m = match(i, limit) else { return nil }
        for p in m.payloads { if case let .role(r) = p { return (kb.roleWords[r], m.length) } }
        return nil
    }

    /// A state or organisation qualifier at `i` (adjective, name, capital or seat), with its code.
    func qualifier(_ i: Int, _ limit: Int) -> (code: String, length: Int, isAdjective: Bool, isOrg: Bool, entry: KnowledgeBase.Entry)? {
        guard let m = match(i, limit) else { return nil }
        // Prefer a state reading, then an organisation.
        for p in m.payloads {
            switch p {
            case let .stateAdjective(s): return (kb.states[s].code, m.length, true, false, p)
            case let .stateName(s), let .capital(s), let .seat(s): return (kb.states[s].code, m.length, false, false, p)
            default: continue
            }
        }
        for p in m.payloads {
            switch p {
            case let .organisation(o): return (kb.organisations[o].code, m.length, false, true, p)
            case let .organisationAdjective(o): return (kb.organisations[o].code, m.length, true, true, p)
            default: continue
            }
        }
        return nil
    }

    func person(_ i: Int, _ limit: Int) -> (Int, Int, short: Bool)? {
        guard let m = match(i, limit) else { return nil }
        // a name is written with a capital: "drew criticism" is not Terrance Drew, "may" is not Theresa May
        // ("el-Sisi" and "dos Santos" start with a particle but still hold one)
        guard (i..<(i + m.length)).contains(where: { tokens[$0].flags.contains(.capitalized) || tokens[$0].flags.contains(.allCaps) }) else {
            return nil
        }
        var best: (Int, Int, Bool)? = nil
        for p in m.payloads {
            if case let .person(idx, short) = p {
                // a short form (surname) only counts for someone in office on the date, or anyone when no date
                if short, let date, kb.term(of: kb.people[idx], on: date) == nil { continue }
                if best == nil || (best!.2 && !short) { best = (idx, m.length, short) }
            }
        }
        return best.map { ($0.0, $0.1, $0.2) }
    }

    func isPossessive(_ i: Int, _ limit: Int) -> Bool { i < limit && tokens[i].key == TokenKeys.apostropheS }

    /// A capitalised name not in the knowledge base, after a title or a state's possessive: up to 4 words.
    func unknownName(_ i: Int, _ limit: Int) -> Int {
        var j = i
        var words = 0
        while j < limit && words < 5 {
            let t = tokens[j]
            if t.kind == .word && (t.isCapitalized || (words > 0 && hyphenatedName(t))) && !Self.notNames.contains(t.key) && !t.flags.contains(.dotted) {
                if j > i, let m = match(j, limit), m.payloads.contains(where: { if case .person = $0 { return false }; return true }) {
                    break
                }
                words += 1; j += 1
            } else if words > 0 && t.kind == .word && Self.nameParticles.contains(t.key) && j + 1 < limit && tokens[j + 1].isCapitalized {
                j += 1
            } else {
                break
            }
        }
        return words == 0 ? 0 : j - i
    }

    /// "el-Sisi", "al-Sudani": a lower-case particle joined to a capitalised name.
    func hyphenatedName(_ t: Token) -> Bool {
        let b = analysis.bytes
        var i = Int(t.start)
        while i < Int(t.end) - 1 {
            if b[i] == UInt8(ascii: "-") { return b[i + 1] >= 65 && b[i + 1] <= 90 }
            i += 1
        }
        return false
    }

    /// A list of states or organisations after "of"/"from": "of Mali and Central African Republic".
    func codeList(_ i: Int, _ limit: Int) -> ([Actor], Int)? {
        var j = i
        var actors: [Actor] = []
        while j < limit {
            if key(j, limit) == K.the { j += 1 }
            if let (pi, len, _) = person(j, limit) {
                let p = kb.people[pi]
                if let t = kb.term(of: p, on: date) ?? kb.term(of: p, on: nil) {
                    actors.append(Actor(code: t.code, name: p.name, role: t.role, gender: p.gender, isPerson: true))
                }
                j += len
            } else if let q = qualifier(j, limit), !q.isAdjective || q.isOrg {
                var len = q.length
                // "Burkina Faso's Kassoum Coulibaly" inside a list
                if isPossessive(j + len, limit) {
                    len += 1
                    let n = unknownName(j + len, limit)
                    let name = n > 0 ? analysis.string(tokens: j + len, j + len + n - 1) : nil
                    actors.append(Actor(code: q.code, name: name, role: nil, gender: nil, isPerson: n > 0))
                    len += n
                } else {
                    actors.append(Actor(code: q.code, name: nil, role: nil, gender: nil, isPerson: false))
                }
                j += len
            } else {
                break
            }
            // separators: ",", "and", ", and", "as well as", "&"
            let save = j
            var sawSeparator = false
            if j < limit && tokens[j].isPunct(UInt8(ascii: ",")) { j += 1; sawSeparator = true }
            if key(j, limit) == K.and || key(j, limit) == W.ampersand { j += 1; sawSeparator = true }
            if !sawSeparator { j = save; break }
            if j >= limit || (person(j, limit) == nil && qualifier(j + (key(j, limit) == K.the ? 1 : 0), limit) == nil) {
                j = save; break
            }
        }
        return actors.isEmpty ? nil : (actors, j)
    }

    /// The mention starting at token `i`, and the index after it.
    func phrase(at i: Int, limit: Int) -> (Mention, Int)? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        // a mention starts with a known phrase or with one of a few function words; most tokens are neither
        if !Self.mentionStarters.contains(t.key), match(i, limit) == nil { return nil }
        // pronouns
        switch t.key {
        case K.he, K.him: return (pronoun(i, plural: false, possessive: false, gender: "m"), i + 1)
        case K.she: return (pronoun(i, plural: false, possessive: false, gender: "f"), i + 1)
        case K.his, K.her:
            if let (r, len) = roleWord(i + 1, limit), r.isPlural { return groupNoun(start: i, roleAt: i + 1, role: r, len: len, qualifier: nil, limit: limit, relative: false) }
            return (pronoun(i, plural: false, possessive: true, gender: t.key == K.his ? "m" : "f"), i + 1)
        case K.they, K.them: return (pronoun(i, plural: true, possessive: false, gender: nil), i + 1)
        case K.their:
            if let (r, len) = roleWord(i + 1, limit), r.isPlural { return groupNoun(start: i, roleAt: i + 1, role: r, len: len, qualifier: nil, limit: limit, relative: true) }
            return (pronoun(i, plural: true, possessive: true, gender: nil), i + 1)
        default: break
        }
        // "the two", "the two leaders", "both sides", "both governments": the pair the article speaks of
        if t.key == K.the, key(i + 1, limit) == W.two {
            var e = i + 2
            if let k = key(e, limit), Self.pairNouns.contains(k) { e += 1 }
            if key(e, limit) == K.of { return nil }  // "the two of them" is rare; "the two of A and B" lists states
            var m = pronoun(i, plural: true, possessive: false, gender: nil)
            m.tokens = i..<e
            m.label = "pair"
            return (m, e)
        }
        if t.key == W.both, let k = key(i + 1, limit), Self.pairNouns.contains(k) {
            var m = pronoun(i, plural: true, possessive: false, gender: nil)
            m.tokens = i..<(i + 2)
            m.label = "pair"
            return (m, i + 2)
        }
        if t.key == K.their, let k = key(i + 1, limit), k == W.governments || k == W.countries || k == W.delegations {
            var m = pronoun(i, plural: true, possessive: false, gender: nil)
            m.tokens = i..<(i + 2)
            m.label = "pair"
            return (m, i + 2)
        }
        // a city or site: a place only ("in Kazan")
        if let m = match(i, limit), qualifier(i, limit) == nil, person(i, limit) == nil,
           let placeIndex = m.payloads.lazy.compactMap({ p -> Int? in if case let .place(x) = p { return x }; return nil }).first {
            let place = kb.places[placeIndex]
            let mention = Mention(tokens: i..<(i + m.length), kind: .actors, actors: [], place: (place.name, place.code), possessive: false,
                                  former: false, isOrganisation: false, isGroupNoun: false, label: "place")
            return (mention, i + m.length)
        }
        var j = i
        var former = false
        if key(j, limit) == K.the || key(j, limit) == K.fellow { j += 1 }
        if let k = key(j, limit), k == K.former || k == K.ex || k == K.late || k == K.outgoing { former = true; j += 1 }
        if j < limit && tokens[j].isPunct(UInt8(ascii: "-")) { j += 1 }
        guard j < limit else { return nil }

        // A known person right away: "Vladimir Putin", "Xi"
        if let (pi, len, _) = person(j, limit), roleWord(j, limit).map({ $0.1 < len }) ?? true {
            return personMention(start: i, personIndex: pi, end: j + len, qualifierCode: nil, roleWord: nil, former: former, limit: limit)
        }

        // Qualifier: "Russian", "Burkina Faso's", "the Kremlin", "NATO"
        var qual: (code: String, length: Int, isAdjective: Bool, isOrg: Bool, entry: KnowledgeBase.Entry)? = nil
        var qualPossessive = false
        if let q = qualifier(j, limit) {
            qual = q
            j += q.length
            if isPossessive(j, limit) { qualPossessive = true; j += 1 }
        }
        // "Japan's new Prime Minister", "Russia's top diplomat": an adjective between the qualifier and the title
        if qual != nil, let k = key(j, limit), Self.titleAdjectives.contains(k), roleWord(j + 1, limit) != nil { j += 1 }
        // "the Peruvian capital": the state's capital as a place, standing for its government like "Lima"
        if let q = qual, case let .stateAdjective(si) = q.entry, !qualPossessive, key(j, limit) == W.capital {
            let state = kb.states[si]
            let m = Mention(tokens: i..<(j + 1), kind: .actors, actors: [Actor(code: state.code, name: nil, role: nil, gender: nil, isPerson: false)],
                            place: (state.capital, state.code), possessive: isPossessive(j + 1, limit), former: false,
                            isOrganisation: false, isGroupNoun: false, label: "adjective+capital")
            return (m, j + 1 + (m.possessive ? 1 : 0))
        }
        // "Nato member Turkey", "EU member Hungary"
        if let q = qual, q.isOrg, key(j, limit) == W.member, let q2 = qualifier(j + 1, limit), !q2.isAdjective {
            return (actorMention(i, j + 1 + q2.length, code: q2.code, entry: q2.entry, former: false, label: "state"), j + 1 + q2.length)
        }
        // Role: "President", "junta leader", "defense ministers"
        if let (r, len) = roleWord(j, limit) {
            let roleStart = j
            j += len
            // "Mali's junta leader Colonel Assimi Goita": a rank or title between the role and the name
            if r.canPrecedeName || qualPossessive {
                while let (r2, l2) = roleWord(j, limit), r2.canPrecedeName, !r2.isPlural, tokens[j].isCapitalized, person(j, limit) == nil { j += l2 }
            }
            if r.isPlural {
                return groupNoun(start: i, roleAt: roleStart, role: r, len: len, qualifier: qual.map { $0.code }, limit: limit, relative: false)
            }
            // name after the title
            if r.canPrecedeName || qualPossessive {
                if let (pi, plen, _) = person(j, limit) {
                    return personMention(start: i, personIndex: pi, end: j + plen, qualifierCode: qual?.code, roleWord: r, former: former, limit: limit)
                }
                let n = (tokens[roleStart].isCapitalized || qual != nil) ? unknownName(j, limit) : 0
                if n > 0 {
                    var end = j + n
                    var code = qual?.code
                    // "Defense Minister Coulibaly of Burkina Faso"
                    if code == nil, key(end, limit) == K.of, let q2 = qualifier(end + 1 + (key(end + 1, limit) == K.the ? 1 : 0), limit), !q2.isAdjective {
                        code = q2.code
                        end = end + 1 + (key(end + 1, limit) == K.the ? 1 : 0) + q2.length
                    }
                    guard let code else { return nil }
                    let name = analysis.string(tokens: j, j + n - 1)
                    var m = Mention(tokens: i..<end, kind: .actors,
                                    actors: [Actor(code: code, name: name, role: roleOf(r, code: code), gender: nil, isPerson: true)],
                                    place: nil, possessive: isPossessive(end, limit), former: former, isOrganisation: false,
                                    isGroupNoun: false, label: "title+unknown-name")
                    if m.possessive { m.tokens = i..<(end + 1) }
                    return (m, m.tokens.upperBound)
                }
            }
            // "the Defense Minister of Russia", "the Russian leader", "Mali's junta leader"
            var code = qual?.code
            var end = j
            if code == nil, key(end, limit) == K.of {
                let s = end + 1 + (key(end + 1, limit) == K.the ? 1 : 0)
                if let q2 = qualifier(s, limit), !q2.isAdjective { code = q2.code; end = s + q2.length }
            }
            if let code {
                var actor = Actor(code: code, name: nil, role: roleOf(r, code: code), gender: nil, isPerson: true)
                if let holder = holder(for: r, code: code) {
                    actor.name = holder.person.name
                    actor.gender = holder.person.gender
                    actor.role = holder.term.role
                }
                let poss = isPossessive(end, limit)
                let m = Mention(tokens: i..<(poss ? end + 1 : end), kind: .actors, actors: [actor], place: nil, possessive: poss,
                                former: former, isOrganisation: false, isGroupNoun: false,
                                label: r.meaning == .counterpart ? "counterpart+state" : "role+state")
                return (m, m.tokens.upperBound)
            }
            if qual == nil && (tokens[roleStart].isCapitalized || key(i, limit) == K.the) && r.usage != .title {
                let m = Mention(tokens: i..<j, kind: .bareRole(r.meaning), actors: [], place: nil, possessive: isPossessive(j, limit),
                                former: former, isOrganisation: false, isGroupNoun: false, label: "bare-role")
                return (m, j)
            }
            return nil
        }
        guard let q = qual else { return nil }
        // "Burkina Faso's Kassoum Coulibaly", "Mali's Assimi Goita"
        if qualPossessive {
            if let (pi, plen, _) = person(j, limit) {
                return personMention(start: i, personIndex: pi, end: j + plen, qualifierCode: q.code, roleWord: nil, former: former, limit: limit)
            }
            let n = unknownName(j, limit)
            if n > 0 {
                let name = analysis.string(tokens: j, j + n - 1)
                let m = Mention(tokens: i..<(j + n), kind: .actors,
                                actors: [Actor(code: q.code, name: name, role: nil, gender: nil, isPerson: true)], place: nil,
                                possessive: isPossessive(j + n, limit), former: former, isOrganisation: false, isGroupNoun: false,
                                label: "state's+unknown-name")
                return (m, j + n + (m.possessive ? 1 : 0))
            }
            // "Russia's" before a common noun: a possessive state mention
            var m = actorMention(i, j - 1, code: q.code, entry: q.entry, former: former, label: "state")
            m.possessive = true
            m.tokens = i..<j
            return (m, j)
        }
        // "the Russian Defense Ministry", "the Chinese side"
        if q.isAdjective {
            var e = j
            if let k = key(e, limit), k == K.foreign || k == K.defense || k == K.defence { e += 1 }
            if let k = key(e, limit), Self.institutionWords.contains(k) {
                var m = actorMention(i, e + 1, code: q.code, entry: q.entry, former: false, label: "state-institution")
                m.possessive = isPossessive(e + 1, limit)
                if m.possessive { m.tokens = i..<(e + 2) }
                return (m, m.tokens.upperBound)
            }
            return nil
        }
        var m = actorMention(i, j, code: q.code, entry: q.entry, former: former, label: "state")
        if case .organisation = q.entry { m.isOrganisation = true }
        return (m, j)
    }

    func roleOf(_ r: RoleWord, code: String) -> Role? {
        switch r.meaning {
        case let .role(role): return role
        case .leader: return kb.parliamentary.contains(code) ? .headOfGovernment : .headOfState
        case .counterpart: return nil
        }
    }

    func holder(for r: RoleWord, code: String) -> (person: Person, term: Term)? {
        switch r.meaning {
        case .leader: return kb.leader(code: code, on: date)
        case let .role(role) where role == .headOfState || role == .headOfGovernment:
            // "Iran's president" is its head of government: the office whose title is the word comes first
            let word = Folding.fold(r.phrase)
            for other in [Role.headOfState, .headOfGovernment] {
                if let h = kb.holder(code: code, role: other, on: date), Folding.fold(h.term.title).hasSuffix(word) { return h }
            }
            return kb.holder(code: code, role: role, on: date)
        case let .role(role) where role == .foreignMinister || role == .defenceMinister || role == .organisationLeader:
            return kb.holder(code: code, role: role, on: date)
        default: return nil
        }
    }

    /// Adjectives that may stand between a state and a title: "Japan's new prime minister".
    static let titleAdjectives = TokenKeySet(words: ["new", "newly", "incoming", "current", "veteran", "powerful", "influential",
                                                     "longtime", "long-time", "hardline", "embattled", "visiting", "elected"])

    /// Words that can open a mention without being a knowledge-base phrase themselves.
    static let mentionStarters = TokenKeySet(words: ["the", "fellow", "former", "ex", "late", "outgoing", "both", "their", "his",
                                                     "her", "he", "him", "she", "they", "them"])

    /// Nouns after "the two" or "both" that name the pair of parties: "the two leaders", "both sides".
    static let pairNouns = TokenKeySet(words: ["leaders", "presidents", "sides", "governments", "countries", "men", "ministers",
                                               "nations", "states", "delegations", "premiers", "diplomats", "heads"])

    func pronoun(_ i: Int, plural: Bool, possessive: Bool, gender: Character?) -> Mention {
        Mention(tokens: i..<(i + 1), kind: .pronoun(plural: plural, possessive: possessive, gender: gender), actors: [],
                place: nil, possessive: possessive, former: false, isOrganisation: false, isGroupNoun: false, label: "pronoun")
    }

    func actorMention(_ a: Int, _ b: Int, code: String, entry: KnowledgeBase.Entry, former: Bool, label: String) -> Mention {
        var place: (String, String)? = nil
        switch entry {
        case let .stateName(s): place = (kb.states[s].name, code)
        case let .capital(s): place = (kb.states[s].capital, code)
        default: break
        }
        return Mention(tokens: a..<b, kind: .actors, actors: [Actor(code: code, name: nil, role: nil, gender: nil, isPerson: false)],
                       place: place, possessive: false, former: former, isOrganisation: false, isGroupNoun: false, label: label)
    }

    func personMention(start: Int, personIndex pi: Int, end: Int, qualifierCode: String?, roleWord: RoleWord?, former: Bool,
                       limit: Int) -> (Mention, Int) {
        let p = kb.people[pi]
        var code: String? = nil
        var role: Role? = nil
        var title: String? = nil
        if let t = kb.term(of: p, on: date) {
            code = t.code; role = t.role; title = t.title
        } else if let q = qualifierCode, let t = p.terms.last(where: { $0.code == q }) {
            code = q; role = t.role
        } else if let t = kb.term(of: p, on: nil) {
            code = t.code; role = t.role
        }
        if let q = qualifierCode, code != q, p.terms.contains(where: { $0.code == q }) { code = q }
        var isFormer = former
        // a person whose every term ended before the date acts privately
        if let date, kb.term(of: p, on: date) == nil, p.terms.allSatisfy({ ($0.end.map { $0 < date }) ?? false }) { isFormer = true }
        var e = end
        // "Sheikh Tamim bin Hamad Al Thani" matched as "Tamim bin Hamad": the rest of the full name belongs to the mention
        if e < limit, tokens[e].isCapitalized {
            let nameWords = Set(p.name.split(separator: " ").map { Folding.fold(String($0)) })
            while e < limit, e - end < 4, tokens[e].isCapitalized, nameWords.contains(Folding.fold(analysis.string(tokens[e]))) { e += 1 }
        }
        // "Crown Prince Mohammed bin Salman" matched as "Crown Prince Mohammed": a particle and the rest of the name too
        if e + 1 < limit, Self.nameParticles.contains(tokens[e].key), tokens[e + 1].isCapitalized {
            let nameWords = Set(p.name.split(separator: " ").map { Folding.fold(String($0)) })
            if nameWords.contains(Folding.fold(analysis.string(tokens[e]))), nameWords.contains(Folding.fold(analysis.string(tokens[e + 1]))) {
                e += 2
                while e < limit, e - end < 5, tokens[e].isCapitalized, nameWords.contains(Folding.fold(analysis.string(tokens[e]))) { e += 1 }
            }
        }
        if code == nil, key(e, limit) == K.of, let q2 = qualifier(e + 1, limit) { code = q2.code; e += 1 + q2.length }
        let poss = isPossessive(e, limit)
        let actor = Actor(code: code ?? "", name: p.name, role: isFormer ? .other : role, gender: p.gender, isPerson: true, title: title)
        let m = Mention(tokens: start..<(poss ? e + 1 : e), kind: .actors, actors: code == nil ? [] : [actor], place: nil,
                        possessive: poss, former: isFormer, isOrganisation: false, isGroupNoun: false, label: "person")
        return (m, m.tokens.upperBound)
    }

    /// "the leaders of A, B and C", "his counterparts from A and B", "EU leaders", "their leaders".
    func groupNoun(start: Int, roleAt: Int, role r: RoleWord, len: Int, qualifier: String?, limit: Int, relative: Bool) -> (Mention, Int)? {
        var j = roleAt + len
        var actors: [Actor] = []
        if let k = key(j, limit), k == K.of || k == K.from, let (list, next) = codeList(j + 1, limit) {
            actors = list.map { a in
                var a = a
                a.role = a.role ?? roleOf(r, code: a.code)
                a.isPerson = true
                return a
            }
            j = next
        } else if let q = qualifier {
            // "EU leaders", "the G20 leaders" are the members' leaders, not the organisation: a mention that only hosting and
            // summits use ("hosts the G20 leaders")
            if kb.organisation(code: q) != nil {
                let m = Mention(tokens: start..<j, kind: .actors, actors: [Actor(code: q, name: nil, role: nil, gender: nil, isPerson: false)],
                                place: nil, possessive: isPossessive(j, limit), former: false, isOrganisation: true, isGroupNoun: true,
                                label: "organisation-leaders")
                return (m, m.possessive ? j + 1 : j)
            }
            actors = [Actor(code: q, name: nil, role: roleOf(r, code: q), gender: nil, isPerson: true)]
        } else if relative {
            let m = Mention(tokens: start..<j, kind: .relativeGroup, actors: [], place: nil, possessive: false, former: false,
                            isOrganisation: false, isGroupNoun: true, label: "relative-group")
            return (m, j)
        } else {
            return nil
        }
        let m = Mention(tokens: start..<j, kind: .actors, actors: actors, place: nil, possessive: false, former: false,
                        isOrganisation: false, isGroupNoun: true, label: "group-noun")
        return (m, j)
    }
}

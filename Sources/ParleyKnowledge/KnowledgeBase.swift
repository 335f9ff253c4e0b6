import Foundation
import ParleyText
import ParleyTime

/// Everything Parley knows about states, organisations, places, officials and titles, loaded from the
/// data files in `Resources/` and indexed for matching in text and for look-ups by office and date.
public final class KnowledgeBase: Sendable {
    /// What a phrase in text can name.
    public enum Entry: Hashable, Sendable {
        case stateName(Int), stateAdjective(Int), capital(Int), seat(Int)
        case organisation(Int), organisationAdjective(Int), place(Int)
        /// A person by a full name (`short` false) or a short form such as a surname (`short` true).
        case person(Int, short: Bool)
        case role(Int)
    }

    public let states: [State]
    public let organisations: [Organisation]
    public let places: [Place]
    public let people: [Person]
    public let roleWords: [RoleWord]
    public let parliamentary: Set<String>
    public let matcher: PhraseMatcher<Entry>
    /// One-word names written only in capitals ("WHO", "AU", "US"): they match only a word in capitals,
    /// so "who" and "us" stay ordinary words.
    public let acronymKeys: TokenKeySet
    let stateIndex: [String: Int]
    let organisationIndex: [String: Int]
    let personIndex: [String: Int]
    /// Terms by office ("RUS|head_of_state") for look-ups by date.
    let holders: [String: [(person: Int, term: Term)]]

    /// Loads the bundled data files (or those in `directory`).
    public convenience init(directory: URL? = nil) throws {
        let dir = try directory ?? KnowledgeBase.defaultDirectory()
        func read(_ name: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw KnowledgeError(.missingData, "cannot read \(url.path): reinstall Parley or set PARLEY_KB to the data folder")
            }
            return String(decoding: data, as: UTF8.self)
        }
        var peopleTexts: [(String, String)] = []
        let peopleDir = dir.appendingPathComponent("people")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: peopleDir.path) {
            for n in names.sorted() where n.hasSuffix(".tsv") {
                peopleTexts.append(("people/" + n, try read("people/" + n)))
            }
        }
        try self.init(states: read("states.tsv"), organisations: read("organisations.tsv"), places: read("places.tsv"),
                      roles: read("roles.tsv"), parliamentary: read("parliamentary.tsv"), people: peopleTexts,
                      nonState: read("nonstate.tsv"))
    }

    /// Builds a knowledge base from the texts of its data files.
    public init(states statesText: String, organisations orgText: String, places placesText: String, roles rolesText: String,
                parliamentary parlText: String, people peopleTexts: [(file: String, text: String)], nonState nonStateText: String? = nil) throws {
        func d(_ s: String) -> Double? { Double(s) }
        func field(_ f: [String], _ i: Int) -> String { i < f.count ? f[i] : "" }

        let st = try TSVTable(file: "states.tsv", text: statesText)
        let (sc, sn, sa, sadj, scap, sseat, slat, slon, sstat) = try (st.column("code"), st.column("name"), st.column("aliases"),
            st.column("adjectives"), st.column("capital"), st.column("seats"), st.column("lat"), st.column("lon"), st.column("status"))
        var states: [State] = []
        for (line, f) in st.rows {
            guard f.count >= st.header.count - 1, !field(f, sc).isEmpty else {
                throw KnowledgeError(.malformedLine, "states.tsv:\(line): expected \(st.header.count) fields")
            }
            states.append(State(code: field(f, sc), name: field(f, sn), aliases: TSVTable.list(field(f, sa)),
                                adjectives: TSVTable.list(field(f, sadj)), capital: field(f, scap),
                                seats: TSVTable.list(field(f, sseat)), latitude: d(field(f, slat)),
                                longitude: d(field(f, slon)), status: field(f, sstat)))
        }

        let ot = try TSVTable(file: "organisations.tsv", text: orgText)
        let (oc, on, oa, oadj) = try (ot.column("code"), ot.column("name"), ot.column("aliases"), ot.column("adjectives"))
        var organisations = ot.rows.map { (_, f) in
            Organisation(code: field(f, oc), name: field(f, on), aliases: TSVTable.list(field(f, oa)),
                         adjectives: TSVTable.list(field(f, oadj)))
        }
        // non-state groups (NSA_ codes) share the organisations' columns
        if let nonStateText {
            let nt = try TSVTable(file: "nonstate.tsv", text: nonStateText)
            let (nc, nn, na, nadj) = try (nt.column("code"), nt.column("name"), nt.column("aliases"), nt.column("adjectives"))
            for (line, f) in nt.rows {
                guard field(f, nc).hasPrefix("NSA_") else {
                    throw KnowledgeError(.malformedLine, "nonstate.tsv:\(line): a non-state group's code starts with NSA_")
                }
                organisations.append(Organisation(code: field(f, nc), name: field(f, nn), aliases: TSVTable.list(field(f, na)),
                                                  adjectives: TSVTable.list(field(f, nadj))))
            }
        }

        let pt = try TSVTable(file: "places.tsv", text: placesText)
        let (pn, pa, pc, plat, plon) = try (pt.column("name"), pt.column("aliases"), pt.column("code"), pt.column("lat"), pt.column("lon"))
        let places = pt.rows.map { (_, f) in
            Place(name: field(f, pn), aliases: TSVTable.list(field(f, pa)), code: field(f, pc),
                  latitude: d(field(f, plat)), longitude: d(field(f, plon)))
        }

        let rt = try TSVTable(file: "roles.tsv", text: rolesText)
        let (rp, rr, rk) = try (rt.column("phrase"), rt.column("role"), rt.column("kind"))
        var roleWords: [RoleWord] = []
        for (line, f) in rt.rows {
            let meaning: RoleWord.Meaning
            switch field(f, rr) {
            case "leader": meaning = .leader
            case "counterpart": meaning = .counterpart
            case let r:
                guard let role = Role(rawValue: r) else { throw KnowledgeError(.malformedLine, "roles.tsv:\(line): unknown role '\(r)'") }
                meaning = .role(role)
            }
            guard let usage = RoleWord.Usage(rawValue: field(f, rk)) else {
                throw KnowledgeError(.malformedLine, "roles.tsv:\(line): unknown kind '\(field(f, rk))'")
            }
            roleWords.append(RoleWord(phrase: field(f, rp), meaning: meaning, usage: usage))
        }

        let parl = try TSVTable(file: "parliamentary.tsv", text: parlText)
        let parliamentary = Set(parl.rows.map { $0.fields[0] })

        // People: one line per term; lines sharing an id are one person.
        var people: [Person] = []
        var personIndex: [String: Int] = [:]
        for (file, text) in peopleTexts {
            let t = try TSVTable(file: file, text: text)
            let (ci, cn, ca, cg, cc, cr, ct, cs, ce) = try (t.column("id"), t.column("name"), t.column("aliases"), t.column("gender"),
                t.column("code"), t.column("role"), t.column("title"), t.column("start"), t.column("end"))
            for (line, f) in t.rows {
                guard f.count >= 7, !field(f, ci).isEmpty else {
                    throw KnowledgeError(.malformedLine, "\(file):\(line): expected \(t.header.count) fields, found \(f.count)")
                }
                var roles: [Role] = []
                for r in TSVTable.list(field(f, cr)) {
                    guard let role = Role(rawValue: r) else { throw KnowledgeError(.malformedLine, "\(file):\(line): unknown role '\(r)'") }
                    roles.append(role)
                }
                let term = Term(code: field(f, cc), roles: roles, title: field(f, ct), start: Day(iso: field(f, cs)),
                                end: Day(iso: field(f, ce)))
                let id = field(f, ci)
                if let i = personIndex[id] {
                    people[i].terms.append(term)
                    for a in TSVTable.list(field(f, ca)) where !people[i].aliases.contains(a) { people[i].aliases.append(a) }
                } else {
                    personIndex[id] = people.count
                    people.append(Person(id: id, name: field(f, cn), aliases: TSVTable.list(field(f, ca)),
                                         gender: field(f, cg).first, terms: [term]))
                }
            }
        }

        var matcher = PhraseMatcher<Entry>()
        var stateIndex: [String: Int] = [:]
        for (i, s) in states.enumerated() {
            stateIndex[s.code] = i
            matcher.add(s.name, .stateName(i))
            for a in s.aliases { matcher.add(a, .stateName(i)) }
            for a in s.adjectives { matcher.add(a, .stateAdjective(i)) }
            if !s.capital.isEmpty { matcher.add(s.capital, .capital(i)) }
            for a in s.seats { matcher.add(a, .seat(i)) }
        }
        var organisationIndex: [String: Int] = [:]
        for (i, o) in organisations.enumerated() {
            organisationIndex[o.code] = i
            matcher.add(o.name, .organisation(i))
            for a in o.aliases { matcher.add(a, .organisation(i)) }
            for a in o.adjectives { matcher.add(a, .organisationAdjective(i)) }
        }
        for (i, p) in places.enumerated() {
            matcher.add(p.name, .place(i))
            for a in p.aliases { matcher.add(a, .place(i)) }
        }
        for (i, p) in people.enumerated() {
            matcher.add(p.name, .person(i, short: false))
            // "John Mahama" for John Dramani Mahama: a first and last name stand for a three-part name
            let words = p.name.split(separator: " ")
            if words.count == 3, !Self.nameParticles.contains(words[1].lowercased()), !Self.nameParticles.contains(words[0].lowercased()),
               words[0].count > 2, words[2].count > 2 {
                matcher.add("\(words[0]) \(words[2])", .person(i, short: false))
            }
            for a in p.aliases {
                let isShort = !a.contains(" ")
                matcher.add(a, .person(i, short: isShort))
            }
        }
        for (i, r) in roleWords.enumerated() { matcher.add(r.phrase, .role(i)) }

        var acronyms = Set<TokenKey>(), mixed = Set<TokenKey>()
        var names: [String] = []
        for st in states { names.append(st.name); names += st.aliases; names += st.seats }
        for o in organisations { names.append(o.name); names += o.aliases }
        for p in places { names.append(p.name); names += p.aliases }
        for p in people { names.append(p.name); names += p.aliases }
        for n in names where !n.contains(" ") {
            let letters = n.unicodeScalars.filter { $0.properties.isAlphabetic }
            let key = TokenKey(n)
            if !letters.isEmpty && letters.allSatisfy({ $0.properties.isUppercase }) && letters.count <= 6 { acronyms.insert(key) }
            else { mixed.insert(key) }
        }
        self.acronymKeys = TokenKeySet(acronyms.subtracting(mixed))

        var holders: [String: [(Int, Term)]] = [:]
        for (i, p) in people.enumerated() {
            for t in p.terms { for r in t.roles { holders[t.code + "|" + r.rawValue, default: []].append((i, t)) } }
        }

        self.states = states
        self.organisations = organisations
        self.places = places
        self.people = people
        self.roleWords = roleWords
        self.parliamentary = parliamentary
        self.matcher = matcher
        self.stateIndex = stateIndex
        self.organisationIndex = organisationIndex
        self.personIndex = personIndex
        self.holders = holders
    }

    /// The bundled data folder: `$PARLEY_KB`, else the resources installed beside the executable.
    public static func defaultDirectory() throws -> URL {
        if let env = ProcessInfo.processInfo.environment["PARLEY_KB"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")
        switch BundledResources.directory(bundle: "Parley_ParleyKnowledge.resources", marker: "states.tsv", sourceFolder: source) {
        case .success(let url): return url
        case .failure(let looked):
            throw KnowledgeError(.missingData, "knowledge-base data not found (looked in \(looked.paths.joined(separator: ", "))); set PARLEY_KB to the folder holding states.tsv")
        }
    }

    /// Lower-case words inside names that are not given names: "bin", "al", "da", "van"…
    static let nameParticles: Set<String> = ["bin", "bint", "ibn", "al", "el", "da", "de", "do", "dos", "das", "van", "von", "der",
                                             "den", "la", "le", "di", "du", "del", "y", "ould", "ag", "abu", "ben"]

    // MARK: Look-ups

    public func state(code: String) -> State? { stateIndex[code].map { states[$0] } }
    public func organisation(code: String) -> Organisation? { organisationIndex[code].map { organisations[$0] } }
    public func person(id: String) -> Person? { personIndex[id].map { people[$0] } }
    public func isKnownCode(_ code: String) -> Bool { stateIndex[code] != nil || organisationIndex[code] != nil }

    /// Who held `role` for `code` on `day` (the latest-starting term that covers the day).
    public func holder(code: String, role: Role, on day: Day?) -> (person: Person, term: Term)? {
        guard let list = holders[code + "|" + role.rawValue], !list.isEmpty else { return nil }
        if let day {
            let covering = list.filter { $0.term.covers(day) }
            if let best = covering.max(by: { ($0.term.start ?? Day(serial: .min)) < ($1.term.start ?? Day(serial: .min)) }) {
                return (people[best.person], best.term)
            }
            return nil
        }
        // no date: the current holder (open term)
        if let open = list.last(where: { $0.term.end == nil }) { return (people[open.person], open.term) }
        return nil
    }

    /// The state's top leader on `day`: its head of government for parliamentary systems, else its head of state.
    public func leader(code: String, on day: Day?) -> (person: Person, term: Term)? {
        if parliamentary.contains(code) {
            return holder(code: code, role: .headOfGovernment, on: day) ?? holder(code: code, role: .headOfState, on: day)
        }
        return holder(code: code, role: .headOfState, on: day) ?? holder(code: code, role: .headOfGovernment, on: day)
    }

    /// The term a person held on `day`: the covering term with the highest-ranked role, else (no date) the latest.
    public func term(of person: Person, on day: Day?) -> Term? {
        if let day {
            return person.terms.filter { $0.covers(day) }.min(by: { rank($0.role) < rank($1.role) })
        }
        return person.terms.max(by: { ($0.start ?? Day(serial: .min)) < ($1.start ?? Day(serial: .min)) })
    }

    func rank(_ r: Role) -> Int {
        switch r {
        case .headOfState: 0
        case .headOfGovernment: 1
        case .organisationLeader: 2
        case .foreignMinister: 3
        case .defenceMinister: 4
        default: 5
        }
    }

    /// The display name of a state or organisation code.
    public func name(ofCode code: String) -> String {
        state(code: code)?.name ?? organisation(code: code)?.name ?? code
    }
}

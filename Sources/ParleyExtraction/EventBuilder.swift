import ParleyKnowledge
import ParleyText
import ParleyTime

/// An event found in one sentence, before distribution over lists and merging across the article.
struct Candidate: Sendable {
    var type: EventType
    var genericTalks: Bool
    var status: EventStatus
    var agents: [Actor]
    var partners: [Actor]
    /// Each partner gets its own event ("talks with A, B and C"), unless the text makes it joint.
    var distribute: Bool
    var sentence: Int
    var trigger: Range<Int>
    var date: (DayRange, String)?
    var location: EventLocation?
    var occasion: String?
    var rule: String
    var mentionLabels: [String]
    var confidence: Double
    var callCue: Bool
    /// True when a noun or a present or bare verb states the event ("the first trip by…", "Laos hosts ASEAN leaders"):
    /// it does not settle whether a planned event has happened.
    var untensed: Bool = false
}

/// Applies the event rules of EVENTS.md to one sentence at a time, keeping the discourse state
/// (last subject, recent people, last event) that pronouns and role nouns refer back to.
struct EventBuilder {
    let kb: KnowledgeBase
    let analysis: TextAnalysis
    let publication: Day?

    // discourse state
    var lastSubject: [Actor] = []
    var recentPeople: [Actor] = []
    var lastEventActors: [Actor] = []
    var salience: [String: (actor: Actor, count: Int, lastSeen: Int)] = [:]
    var lastJointGroup: [Actor] = []
    var occasionPlaces: [String: EventLocation] = [:]
    /// The last year the article wrote out in a date ("May 2024"), for bare dates when there is no publication date.
    var contextYear: Int? = nil
    /// The people named so far, with the words that named them, for shorter forms of their names.
    var personNames: [(actor: Actor, keys: [TokenKey])] = []
    /// The organisation whose summit the article is about ("the BRICS summit"), for "attend the summit".
    var currentSummit: (org: Actor, date: (DayRange, String)?, sentence: Int)? = nil
    /// The partners of the last event, for "the two sides".
    var lastEventPartners: [Actor] = []
    /// The people of the last event between two or more people, for "the two leaders".
    var lastPersonPair: [Actor] = []
    /// The organisation the article last named, for "the alliance", "the bloc".
    var lastOrganisation: Actor? = nil
    /// The token keys of names already seen in the article (tokenized once).
    var nameKeys: [String: [TokenKey]] = [:]
    /// Surnames of officials the knowledge base does not know, as the article introduced them.
    var documentSurnames: [TokenKey: Actor] = [:]
    /// The two parties of the article's last call or meeting, for acts told inside it.
    var lastContact: (actors: [Actor], sentence: Int)? = nil
    /// Who the article's last message went to, for "also sent their congratulations".
    var lastMessageRecipients: (actors: [Actor], sentence: Int)? = nil
    /// Where the article's last visit went, for "flew in" without a place.
    var recentDestination: (location: EventLocation, sentence: Int)? = nil
    /// When set, each sentence's mentions, groups and triggers are written here (`parley extract --trace`).
    var trace: [String]? = nil
    /// When set, every mention linked to an actor is collected here (for `Extractor.linkedMentions`).
    var linked: [LinkedMention]? = nil

    init(kb: KnowledgeBase, analysis: TextAnalysis, publication: Day?) {
        self.kb = kb; self.analysis = analysis; self.publication = publication
    }

    var tokens: [Token] { analysis.tokens }

    enum K {
        static let with = TokenKey("with"), along = TokenKey("along"), together = TokenKey("together")
        static let to = TokenKey("to"), the = TokenKey("the"), a = TokenKey("a"), summit = TokenKey("summit")
        static let sidelines = TokenKey("sidelines"), fringes = TokenKey("fringes"), margins = TokenKey("margins")
        static let phone = TokenKey("phone"), telephone = TokenKey("telephone"), by = TokenKey("by"), on = TokenKey("on")
        static let joint = TokenKey("joint"), trilateral = TokenKey("trilateral"), together_ = TokenKey("together")
        static let jointly = TokenKey("jointly"), quadrilateral = TokenKey("quadrilateral"), multilateral = TokenKey("multilateral")
        static let three_way = TokenKey("three-way"), for_ = TokenKey("for"), that = TokenKey("that"), again = TokenKey("again")
                static let also = TokenKey("also"), in_ = TokenKey("in"), of = TokenKey("of"), first = TokenKey("first")
        static let time = TokenKey("time"), since = TokenKey("since"), their = TokenKey("their"), his = TokenKey("his")
        static let her = TokenKey("her"), diplomatic = TokenKey("diplomatic"), video = TokenKey("video"), in2 = TokenKey("in")
        static let so_called = TokenKey("so-called"), it = TokenKey("it"), bilateral = TokenKey("bilateral")
        static let forum = TokenKey("forum"), hasK = TokenKey("has"), have = TokenKey("have"), had = TokenKey("had")
        static let would = TokenKey("would"), addition = TokenKey("addition"), said = TokenKey("said"), on2 = TokenKey("on")
        static let spokeBy = TokenKey("by")
        static let an = TokenKey("an"), its = TokenKey("its"), our = TokenKey("our")
        static let agreed = TokenKey("agreed"), agree = TokenKey("agree"), agrees = TokenKey("agrees"), forward = TokenKey("forward")
        static let openQuote = TokenKey("\u{201C}"), openSingleQuote = TokenKey("\u{2018}")
    }

    // MARK: Groups

    /// Coordinates adjacent mentions into groups and labels their attachment.
    func groups(_ mentions: [Mention], sentence: Range<Int>) -> [Group] {
        var out: [Group] = []
        var i = 0
        while i < mentions.count {
            var members = [i]
            var end = mentions[i].tokens.upperBound
            var j = i + 1
            while j < mentions.count {
                let gapStart = end, gapEnd = mentions[j].tokens.lowerBound
                guard isCoordinator(gapStart, gapEnd), mentions[j].kind == mentions[i].kind || bothActors(mentions[i], mentions[j])
                        || (isPronounMention(mentions[i]) && !mentions[i].actors.isEmpty && !mentions[j].actors.isEmpty),
                      !mentions[members.last!].possessive else { break }
                // "from Israel, and Lavrov, who…": a comma list does not mix a place with a person
                if (gapStart..<gapEnd).contains(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }),
                   isPersonMention(mentions[members.last!]) != isPersonMention(mentions[j]) { break }
                members.append(j)
                end = mentions[j].tokens.upperBound
                j += 1
            }
            // a list needs a conjunction ("A, B and C"); "with Putin, Xi said" is no list
            if members.count > 1 {
                var lastConjunction = 0
                for (k, m) in members.enumerated().dropFirst() {
                    let gap = mentions[members[k - 1]].tokens.upperBound..<mentions[m].tokens.lowerBound
                    if gap.contains(where: { tokens[$0].key == W.and || tokens[$0].key == W.ampersand || tokens[$0].key == W.as }) {
                        lastConjunction = k
                    }
                }
                if lastConjunction < members.count - 1 {
                    members = Array(members.prefix(lastConjunction + 1))
                    end = mentions[members.last!].tokens.upperBound
                    j = members.last! + 1
                }
            }
            let first = mentions[i]
            let start = first.tokens.lowerBound
            let (att, prev) = attachment(before: start, sentence: sentence)
            var actors: [Actor] = []
            for m in members where !mentions[m].former { actors.append(contentsOf: mentions[m].actors) }
            let isPronoun: Bool = { if case .pronoun = first.kind { return members.count == 1 }; return false }()
            let orgOnly = members.allSatisfy { mentions[$0].isOrganisation }
            let clauseStart = isClauseStart(start, sentence: sentence)
            out.append(Group(mentions: members, tokens: start..<end, actors: actors, attachment: att, clauseStart: clauseStart,
                             possessive: mentions[members.last!].possessive, place: first.place, isPronoun: isPronoun,
                             isOrganisationOnly: orgOnly,
                             label: members.map { mentions[$0].label }.joined(separator: "+"), previousToken: prev))
            i = j
        }
        return out
    }

    func isPronounMention(_ m: Mention) -> Bool {
        if case .pronoun = m.kind { return true }
        return false
    }

    func isPersonMention(_ m: Mention) -> Bool {
        if case .pronoun = m.kind { return true }
        return m.actors.contains(where: \.isPerson)
    }

    func bothActors(_ a: Mention, _ b: Mention) -> Bool {
        if case .actors = a.kind, case .actors = b.kind { return true }
        return false
    }

    /// True when the tokens between two mentions only coordinate them: ",", "and", ", and", "as well as", "&".
    func isCoordinator(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 4 else { return false }
        var sawSomething = false
        var i = a
        while i < b {
            let t = tokens[i]
            if t.isPunct(UInt8(ascii: ",")) || t.key == W.and || t.key == W.ampersand { sawSomething = true; i += 1; continue }
            // "first the Hamas team and then the Israeli team"
            if t.key == W.then, i > a, tokens[i - 1].key == W.and { i += 1; continue }
            // "Sudan's army and the paramilitary Rapid Support Forces"
            if sawSomething, Self.groupModifiers.contains(t.key) { i += 1; continue }
            if t.key == W.as, i + 2 < b + 1, tokens[i + 1].key == W.well, tokens[i + 2].key == W.as {
                sawSomething = true; i += 3; continue
            }
            return false
        }
        return sawSomething
    }

    func attachment(before start: Int, sentence: Range<Int>) -> (Attachment, Int?) {
        var p = start - 1
        guard p >= sentence.lowerBound else { return (.none, nil) }
        // "along with", "together with"
        if tokens[p].key == K.with {
            return (.with, p)
        }
        // skip a determiner-like word before the mention ("both", "all", "an")
        // "with his counterpart Wang Yi": the counterpart noun and its possessive stand before the name
        if tokens[p].key == W.counterpart || tokens[p].key == W.counterparts, p - 1 >= sentence.lowerBound,
           Self.possessiveDeterminers.contains(tokens[p - 1].key) {
            p -= 1
        }
        if tokens[p].key == W.both || tokens[p].key == W.all || tokens[p].key == W.leader
            || tokens[p].key == W.a || tokens[p].key == W.an || Self.possessiveDeterminers.contains(tokens[p].key) {
            p -= 1
            guard p >= sentence.lowerBound else { return (.none, nil) }
        }
        // "in the city of Kazan", "to the Russian Black Sea resort of Sochi": the preposition before the descriptive head
        if tokens[p].key == K.of, p - 1 >= sentence.lowerBound, Self.placeHeads.contains(tokens[p - 1].key) {
            var q = p - 2
            while q >= sentence.lowerBound && p - q <= 6 {
                if let a = Cues.prepositions[tokens[q].key], a == .place || a == .to || a == .from { return (a, q) }
                if tokens[q].kind == .punctuation { break }
                q -= 1
            }
        }
        // "After the two leaders met, …": a subordinating "after" or "before" opens a clause with its own subject
        if (tokens[p].key == W.after || tokens[p].key == W.before),
           p == sentence.lowerBound || tokens[p - 1].isPunct(UInt8(ascii: ",")) || tokens[p - 1].key == W.and
               || Self.stayWords.contains(tokens[p - 1].key) || tokens[p - 1].key == W.shortly || tokens[p - 1].key == W.soon,
           (start..<min(sentence.upperBound, start + 8)).contains(where: { TriggerLexicon.verbKeys.contains(tokens[$0].key) }) {
            return (.none, p)
        }
        if let a = Cues.prepositions[tokens[p].key] {
            if tokens[p].key == W.and { return (.none, p) }
            return (a, p)
        }
        return (.none, p)
    }

    /// The first token after a wire dateline that opens the sentence ("PYONGYANG, June 19, 2024 (Reuters) - "), or the
    /// sentence's first token.
    func bodyStart(_ range: Range<Int>) -> Int {
        guard let first = range.first, tokens[first].flags.contains(.allCaps) || tokens[first].isCapitalized,
              range.count > 3, tokens[first + 1].isPunct(UInt8(ascii: ",")) || tokens[first + 1].isPunct(UInt8(ascii: "-"))
                || tokens[first + 1].flags.contains(.allCaps) else { return range.lowerBound }
        let hi = min(range.upperBound - 1, first + 14)
        for i in (first + 1)..<hi {
            let t = tokens[i]
            // "ACCRA - Ghana's Foreign Minister…": a place in capitals and a dash
            if t.isPunct(UInt8(ascii: "-")), (first..<i).allSatisfy({ tokens[$0].flags.contains(.allCaps) || tokens[$0].isPunct(UInt8(ascii: ",")) }) {
                return i + 1
            }
            // "NUSA DUA, Indonesia - ": a place in capitals, a comma, its country
            if t.isPunct(UInt8(ascii: "-")), i - first <= 6, tokens[first].flags.contains(.allCaps),
               (first..<i).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isPunct(UInt8(ascii: ",")) }),
               (first..<i).contains(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }) {
                return i + 1
            }
            if t.isPunct(UInt8(ascii: "-")) {
                // the dash must follow the date or the agency: "(Reuters) -", "July 8 -"
                guard i > first, tokens[i - 1].isPunct(UInt8(ascii: ")")) || tokens[i - 1].kind == .number else { return range.lowerBound }
                return i + 1
            }
        }
        return range.lowerBound
    }

    /// True when a new clause starts between tokens `a` and `b`: "; ", ", who", ", and will", "and then", ", holding".
    /// Looking back from a trigger, only ";" and a person's relative clause (", who") separate clauses:
    /// "flies to Abu Dhabi on Saturday, where he will hold talks" dates the talks.
    func crossesClause(_ a: Int, _ b: Int, backward: Bool = false) -> Bool {
        guard b > a else { return false }
        for i in a..<b {
            let t = tokens[i]
            if t.isPunct(UInt8(ascii: ";")) { return true }
            if backward {
                if t.isPunct(UInt8(ascii: ",")), i + 1 < b, tokens[i + 1].key == W.who { return true }
                // "visited Zelenskiy in Kyiv and went to China after his talks with Putin": a new verb, a new clause
                if t.key == W.and, i + 1 < b, TriggerLexicon.verbKeys.contains(tokens[i + 1].key) { return true }
                continue
            }
            // "a visit that began in Shanghai on Wednesday": a relative clause of its own
            if t.key == W.that || t.key == W.which, i > a, !Cues.reportedFuture.contains(tokens[i - 1].key) { return true }
            // "after New Delhi announced on Monday": a time right after another verb of saying is that verb's
            if Cues.reportedFuture.contains(t.key) || t.key == W.announced { return true }
            guard t.isPunct(UInt8(ascii: ",")) || t.key == W.and || t.key == W.but else { continue }
            guard i + 1 < b else { continue }
            let n = tokens[i + 1]
            if Self.clauseContinuers.contains(n.key) { return true }
            if t.isPunct(UInt8(ascii: ",")) && n.kind == .word && analysis.endsWithIng(n) { return true }
        }
        return false
    }

    static let clauseContinuers = TokenKeySet(words: ["who", "whose", "where", "while", "whereas", "will", "would", "then",
                                                      "later", "before", "after", "but", "when"])

    static let timeWords = TokenKeySet(words: ["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                               "the", "weekend", "morning", "afternoon", "evening", "last", "this", "next",
                                               "january", "february", "march", "april", "may", "june", "july", "august", "september",
                                               "october", "november", "december", "yesterday", "today"])

    static let groupModifiers = TokenKeySet(words: ["the", "paramilitary", "rebel", "militant", "armed", "islamist"])

    /// Words after an event in its sentence that say it did not happen: "…, but the trip was postponed".
    static let undoneWords = TokenKeySet(words: ["postponed", "cancelled", "canceled", "scrapped", "shelved"])
    /// Nouns that make "X of a meeting" hypothetical: "talk of a summit", "the possibility of a visit".
    static let hypotheticalNouns = TokenKeySet(words: ["talk", "possibility", "prospect", "idea", "hopes", "speculation"])

    static let personPairNouns = TokenKeySet(words: ["leaders", "presidents", "men", "ministers", "premiers", "diplomats", "heads"])

    static let topicHeads = TokenKeySet(words: ["war", "conflict", "crisis", "situation", "fighting", "violence", "peace", "election",
                                                "elections", "security", "stability", "ceasefire", "truce", "invasion", "offensive",
                                                "operations", "hostilities", "tensions", "unrest", "reconstruction", "settlement"])

    static let notSubjectNouns = TokenKeySet(words: ["always", "perhaps", "sometimes", "nevertheless", "nonetheless", "afterwards",
                                                     "reportedly", "previously", "repeatedly", "publicly", "privately", "jointly",
                                                     "separately", "subsequently"])

    static let organisationNouns = TokenKeySet(words: ["alliance", "bloc", "grouping", "organisation", "organization", "union"])

    static let seriesNouns = TokenKeySet(words: ["round", "series", "flurry", "spate", "string", "cycle", "wave"])

    static let verbMarkers = TokenKeySet(words: ["to", "would", "will", "'ll", "could", "should", "may", "might", "must", "can", "cannot"])

    static let beForms = TokenKeySet(words: ["was", "were", "is", "are", "been", "being", "be", "get", "got"])

    static let possessiveDeterminers = TokenKeySet(words: ["his", "her", "their", "its"])

    /// Verbs of talking whose partner may follow "to" ("spoke to Putin", "talked to Macron").
    static let speakingVerbs: Set<String> = ["spoke", "spoken", "speaks", "speak", "talked", "talks", "talk"]
    static let stayWords = TokenKeySet(words: ["hours", "days", "day", "night", "nights", "morning", "afternoon", "evening",
                                               "week", "weeks", "time"])

    static let placeHeads = TokenKeySet(words: ["city", "town", "resort", "port", "village", "island", "region", "province",
                                                 "capital", "enclave", "state", "emirate", "kingdom"])

    func isClauseStart(_ start: Int, sentence: Range<Int>) -> Bool {
        if start > sentence.lowerBound, start == bodyStart(sentence) { return true }
        var p = start - 1
        while p >= sentence.lowerBound {
            let t = tokens[p]
            if t.kind == .punctuation {
                // a dash after ")", a number or a place in capitals ends a dateline: "(Reuters) - Putin", "ACCRA - Ghana's"
                if t.symbol == UInt8(ascii: "-"), p - 1 >= sentence.lowerBound,
                   tokens[p - 1].isPunct(UInt8(ascii: ")")) || tokens[p - 1].kind == .number || tokens[p - 1].flags.contains(.allCaps) {
                    return true
                }
                if t.symbol == UInt8(ascii: "-") || t.symbol == UInt8(ascii: "*") || t.symbol == UInt8(ascii: "\"") { p -= 1; continue }
                return t.symbol == UInt8(ascii: ",") || t.symbol == UInt8(ascii: ";") || t.symbol == UInt8(ascii: ":")
                    || t.symbol == UInt8(ascii: "(")
            }
            if Cues.clauseOpeners.contains(t.key) { return true }
            // an article before the subject: "An Israeli delegation flew…"
            if t.key == W.a || t.key == W.an || t.key == W.both { p -= 1; continue }
            // a time phrase before the subject: "and on Wednesday Sheikh Mohammed met"
            if Self.timeWords.contains(t.key) || t.kind == .number, start - p <= 5 { p -= 1; continue }
            // adverbs and time words before a subject: "On Saturday, Putin" is handled by the comma; "Earlier Putin"
            return false
        }
        return true
    }

    // MARK: Sentence

    /// The candidates stated by sentence `index`.
    mutating func candidates(sentence index: Int, _ s: Sentence) -> [Candidate] {
        let range = s.tokens
        let finder = MentionFinder(kb: kb, analysis: analysis, date: publication)
        // a wire dateline ("MANILA, July 8 (Meridian) - ") is where the story was filed, not a party to it
        let body = bodyStart(range)
        var mentions = finder.mentions(in: body..<range.upperBound)
        addSurnamesOfUnknownOfficials(&mentions, range: body..<range.upperBound)
        addOrganisationAnaphora(&mentions, range: body..<range.upperBound)
        resolvePronounsAndRoles(&mentions, sentence: range)
        resolvePartialNames(&mentions)
        resolveCounterparts(&mentions)
        resolveUnnamedOfficials(&mentions)
        if linked != nil {
            for m in mentions {
                let text = analysis.string(tokens: m.tokens.lowerBound, m.tokens.upperBound - 1)
                for a in m.actors where !a.code.isEmpty {
                    linked?.append(LinkedMention(sentence: index, text: text, code: a.code, name: a.name,
                                                 role: m.former ? .other : a.role))
                }
            }
        }
        var groups = self.groups(mentions, sentence: range)
        // "their leaders": the states of the nearest earlier group of states
        for gi in groups.indices where groups[gi].actors.isEmpty && groups[gi].mentions.count == 1 {
            if case .relativeGroup = mentions[groups[gi].mentions[0]].kind {
                if let prev = groups[..<gi].last(where: { g in !g.actors.isEmpty && g.actors.allSatisfy { !$0.isPerson } }) {
                    groups[gi].actors = prev.actors.map { var a = $0; a.isPerson = true; a.role = kb.parliamentary.contains(a.code) ? .headOfGovernment : .headOfState; return a }
                }
            }
        }
        let times = TemporalTagger().expressions(in: analysis, range: range)
        for x in times {
            switch x.kind {
            case let .date(_, _, y?), let .dateRange(_, _, _, _, y?), let .namedMonth(_, y?, _): contextYear = y
            default: break
            }
        }
        let triggers = findTriggers(range)
        if let (org, at) = summitOrganisation(groups: groups, sentence: range) {
            // a summit spoken of in the future or the present ("will host", "hosts … on Tuesday") lies ahead
            let ahead = range.contains { Cues.planned.contains(tokens[$0].key) } || triggers.contains { $0.0.form == .present }
            // its days are the time told next to it ("hosts the G20 leaders on Tuesday and Wednesday"), not the sentence's
            // other times ("met on Monday, on the eve of the G20 summit")
            let near = times.filter { e in
                !e.isMeasure && abs(e.tokens.lowerBound - at) <= 8
                    && !(e.tokens.lowerBound > at ? crossesClause(at, e.tokens.lowerBound) : crossesClause(e.tokens.upperBound, at, backward: true))
            }.min { abs($0.tokens.lowerBound - at) < abs($1.tokens.lowerBound - at) }
                // "the G20 summit, which Lula hosts in Rio on Monday and Tuesday": the relative clause tells its days
                ?? (((at + 1)..<min(range.upperBound - 1, at + 4)).contains(where: { tokens[$0].isPunct(UInt8(ascii: ","))
                        && (tokens[$0 + 1].key == W.which || tokens[$0 + 1].key == W.where_) })
                    ? times.first(where: { !$0.isMeasure && $0.tokens.lowerBound > at }) : nil)
            let time = near.flatMap { e in
                DateResolver().resolve(e.kind, publication: publication, tense: ahead ? .future : .past, contextYear: contextYear)
                    .map { ($0, analysis.string(tokens: e.tokens.lowerBound, e.tokens.upperBound - 1)) }
            }
            if currentSummit?.org.code != org.code || time != nil { currentSummit = (org, time ?? currentSummit?.date, index) }
        }
        if trace != nil { traceSentence(index, range: range, groups: groups, triggers: triggers, times: times) }
        var out: [Candidate] = []
        let sentenceSubject = groups.first(where: { $0.clauseStart && $0.attachment == .none && !$0.actors.isEmpty })
        let callCue = range.contains { tokens[$0].key == K.phone || tokens[$0].key == K.telephone }

        for (ti, tr) in triggers.enumerated() {
            let (trig, span) = tr
            if let c = frame(trig, span: span, triggerIndex: ti, triggers: triggers, groups: groups, mentions: mentions,
                             times: times, sentence: range, sentenceIndex: index, subject: sentenceSubject, callCue: callCue) {
                out.append(contentsOf: c)
                if let loc = c.last(where: { $0.type == .visit })?.location ?? c.last(where: { $0.location != nil && $0.type != .call })?.location {
                    recentDestination = (loc, index)
                }
                if let m = c.last(where: { $0.type == .message }) { lastMessageRecipients = (m.partners, index) }
                if let k = c.last(where: { $0.type == .call || $0.type == .meeting }), k.agents.count + k.partners.count == 2 {
                    lastContact = (k.agents + k.partners, index)
                }
            }
        }
        // "X thanked Y for his congratulations": a message from Y to X as well
        for (ti, tr) in triggers.enumerated() where tr.0.sense == .message && tr.0.form == .noun {
            let b = tr.1.lowerBound - 1
            guard let pk = key(b), pk == K.his || pk == K.her || pk == K.their, key(b - 1) == K.for_, ti > 0,
                  let thanks = out.last(where: { $0.type == .message && $0.trigger.upperBound <= b }) else { continue }
            var reverse = thanks
            reverse.agents = thanks.partners
            reverse.partners = thanks.agents
            reverse.trigger = tr.1
            reverse.rule = "message:returned-" + tr.0.name
            out.append(reverse)
        }
        // discourse updates
        if let subj = sentenceSubject { lastSubject = subj.actors }
        for g in groups {
            for a in g.actors where a.isPerson && a.name != nil {
                recentPeople.append(a)
                salience[a.code, default: (a, 0, 0)].count += 1
                salience[a.code]!.lastSeen = recentPeople.count
            }
        }
        if recentPeople.count > 12 { recentPeople.removeFirst(recentPeople.count - 12) }
        if let last = out.last { lastEventActors = last.agents + last.partners }
        // every partner of the sentence's last event, across its distributed copies ("urged A and B")
        if let last = out.last {
            let siblings = out.filter { $0.trigger == last.trigger && $0.type == last.type }
            lastEventPartners = siblings.flatMap(\.partners)
        }
        if let pair = out.last(where: { c in
            let people = (c.agents + c.partners).filter(\.isPerson)
            return people.count >= 2 && Set(people.map(\.code)).count >= 2 }) {
            lastPersonPair = (pair.agents + pair.partners).filter(\.isPerson)
        }

        if let joint = groups.first(where: { $0.actors.count >= 2 && $0.clauseStart && Set($0.actors.map(\.code)).count >= 2 }) {
            lastJointGroup = joint.actors
        }
        return out
    }

    /// "Ablakwa said…" after "Ghana's Foreign Minister Samuel Okudzeto Ablakwa": an official the knowledge base does not
    /// know, introduced with a title, is known by surname for the rest of the article.
    mutating func addSurnamesOfUnknownOfficials(_ mentions: inout [Mention], range: Range<Int>) {
        if !documentSurnames.isEmpty {
            var added = false
            for i in range where tokens[i].isCapitalized && tokens[i].kind == .word && documentSurnames[tokens[i].key] != nil
                && !mentions.contains(where: { $0.tokens.contains(i) }) {
                guard let actor = documentSurnames[tokens[i].key] else { continue }
                let poss = i + 1 < range.upperBound && tokens[i + 1].key == TokenKeys.apostropheS
                mentions.append(Mention(tokens: i..<(poss ? i + 2 : i + 1), kind: .actors, actors: [actor], place: nil, possessive: poss,
                                        former: false, isOrganisation: false, isGroupNoun: false, label: "surname"))
                added = true
            }
            if added { mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        }
        for m in mentions where m.label == "title+unknown-name" && m.actors.count == 1 {
            let end = m.possessive ? m.tokens.upperBound - 2 : m.tokens.upperBound - 1
            guard end >= m.tokens.lowerBound, tokens[end].isCapitalized else { continue }
            documentSurnames[tokens[end].key] = m.actors[0]
        }
        // "Kim" after "Kim Jong Un": the first and last words of a full name the article used stand for that person
        for m in mentions where m.label == "person" && m.actors.count == 1 && m.actors[0].isPerson {
            guard let name = m.actors[0].name else { continue }
            let words = nameKeys[name] ?? Tokenizer.keys(of: name)
            nameKeys[name] = words
            guard words.count >= 2, (m.tokens).contains(where: { tokens[$0].key == words[0] }),
                  m.tokens.contains(where: { tokens[$0].key == words[words.count - 1] }) else { continue }
            documentSurnames[words[0]] = m.actors[0]
            documentSurnames[words[words.count - 1]] = m.actors[0]
        }
    }

    /// "the Russian diplomat", "the Chinese official": an unnamed official of a state the knowledge base cannot name is
    /// the person of that state the article last named.
    func resolveUnnamedOfficials(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == "role+state" && mentions[i].actors.count == 1
            && mentions[i].actors[0].name == nil && mentions[i].actors[0].isPerson {
            let code = mentions[i].actors[0].code
            let before = mentions[..<i].reversed().lazy.flatMap(\.actors).first { $0.isPerson && $0.code == code && $0.name != nil }
            if let p = before ?? recentPeople.last(where: { $0.code == code && $0.name != nil }) { mentions[i].actors = [p] }
        }
    }

    /// "the war in Ukraine", "the crisis in Sudan": a place that names what was discussed, not where.
    func isTopicPlace(_ g: Group) -> Bool {
        guard let prep = g.previousToken, prep - 1 >= 0 else { return false }
        var head = prep - 1
        if tokens[head].key == K.the && head - 1 >= 0 { head -= 1 }
        return Self.topicHeads.contains(tokens[head].key)
    }

    /// "Human rights groups urged the bloc": a verb right after a plural noun has a subject that is not an actor, so
    /// the article's topic is not its agent.
    func hasOtherSubject(before i: Int, sentence: Range<Int>) -> Bool {
        guard i - 1 >= sentence.lowerBound else { return false }
        let t = tokens[i - 1]
        guard t.kind == .word, !t.isCapitalized, t.end - t.start > 4, analysis.bytes[Int(t.end) - 1] == UInt8(ascii: "s") else { return false }
        return !Self.notSubjectNouns.contains(t.key)
    }

    /// "called on the alliance", "the bloc's chairman": the organisation the article last named.
    mutating func addOrganisationAnaphora(_ mentions: inout [Mention], range: Range<Int>) {
        if let org = lastOrganisation {
            var added = false
            for i in range where i + 1 < range.upperBound && tokens[i].key == K.the && Self.organisationNouns.contains(tokens[i + 1].key)
                && !mentions.contains(where: { $0.tokens.contains(i) || $0.tokens.contains(i + 1) }) {
                let poss = i + 2 < range.upperBound && tokens[i + 2].key == TokenKeys.apostropheS
                mentions.append(Mention(tokens: i..<(poss ? i + 3 : i + 2), kind: .actors, actors: [org], place: nil, possessive: poss,
                                        former: false, isOrganisation: true, isGroupNoun: false, label: "organisation-anaphor"))
                added = true
            }
            if added { mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        }
        if let named = mentions.last(where: { m in m.actors.count == 1 && !m.actors[0].isPerson && m.label != "organisation-anaphor"
            && kb.organisation(code: m.actors[0].code) != nil }) {
            lastOrganisation = named.actors[0]
        }
    }

    /// "his Turkish counterpart": Turkey's holder of the office that the person it is the counterpart of holds — the
    /// person named before it in the sentence, else the last sentence's subject.
    func resolveCounterparts(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == "counterpart+state" && mentions[i].actors.count == 1 {
            let code = mentions[i].actors[0].code
            let before = mentions[..<i].reversed().lazy.flatMap(\.actors).first { $0.isPerson && $0.role != nil && $0.code != code }
            guard let reference = before ?? lastSubject.first(where: { $0.isPerson && $0.role != nil && $0.code != code }),
                  let role = reference.role else { continue }
            let found = kb.holder(code: code, role: role, on: publication)
                ?? ((role == .headOfState || role == .headOfGovernment) ? kb.leader(code: code, on: publication) : nil)
            if let found {
                mentions[i].actors[0].name = found.person.name
                mentions[i].actors[0].gender = found.person.gender
                mentions[i].actors[0].role = found.term.role
                mentions[i].actors[0].title = found.term.title
            } else {
                mentions[i].actors[0].role = role
            }
        }
    }

    /// "Sheikh Mohammed" after "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani": a shorter form of a
    /// name the article already used is that person, whoever else the knowledge base knows by it.
    mutating func resolvePartialNames(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].label == "person" && mentions[i].actors.count == 1 {
            let r = mentions[i].tokens
            var keys: [TokenKey] = []
            for t in r where tokens[t].kind == .word && tokens[t].key != TokenKeys.apostropheS { keys.append(tokens[t].key) }
            guard !keys.isEmpty else { continue }
            if let earlier = personNames.last(where: { $0.keys.count > keys.count && contains($0.keys, keys) }),
               earlier.actor.name != mentions[i].actors[0].name {
                mentions[i].actors = [earlier.actor]
            }
        }
        for m in mentions where m.actors.count == 1 && m.actors[0].isPerson && m.actors[0].name != nil {
            personNames.append((m.actors[0], m.tokens.compactMap { tokens[$0].kind == .word ? tokens[$0].key : nil }))
        }
        if personNames.count > 40 { personNames.removeFirst(personNames.count - 40) }
    }

    func contains(_ hay: [TokenKey], _ needle: [TokenKey]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for s in 0...(hay.count - needle.count) where hay[s] == needle[0] {
            if (1..<needle.count).allSatisfy({ hay[s + $0] == needle[$0] }) { return true }
        }
        return false
    }

    /// Gives pronouns and bare roles ("he", "the President") the actors they refer to.
    mutating func resolvePronounsAndRoles(_ mentions: inout [Mention], sentence: Range<Int>) {
        for i in mentions.indices {
            switch mentions[i].kind {
            case let .pronoun(plural, possessive, gender):
                if plural {
                    // "urged the army and the RSF … Guterres called on the two sides": the other parties of the last event
                    if mentions[i].label == "pair", let last = mentions[i].tokens.last, tokens[last].key == W.sides,
                       Set(lastEventPartners.map(\.code)).count >= 2 {
                        mentions[i].actors = lastEventPartners
                        continue
                    }
                    // "Xi held talks with Vucic, and the two signed…": the people named before it in the sentence
                    var sameSentence: [Actor] = []
                    for m in mentions[..<i] { for a in m.actors where a.isPerson && !sameSentence.contains(where: { $0.code == a.code }) { sameSentence.append(a) } }
                    if sameSentence.count >= 2 { mentions[i].actors = sameSentence; continue }
                    // "the two leaders", "the two men": people, so the last pair of people in an event
                    if mentions[i].label == "pair", let last = mentions[i].tokens.last, Self.personPairNouns.contains(tokens[last].key),
                       lastPersonPair.count >= 2 {
                        mentions[i].actors = lastPersonPair
                        continue
                    }
                    mentions[i].actors = lastEventActors.isEmpty ? lastSubject : lastEventActors
                    continue
                }
                // a subject earlier in this sentence, else (cataphora) the main subject later in it, else the last subject
                let earlier = mentions[..<i].last(where: { m in
                    m.actors.count == 1 && m.actors[0].isPerson && (gender == nil || m.actors[0].gender == nil || m.actors[0].gender == gender)
                        && isClauseStart(m.tokens.lowerBound, sentence: sentence) && attachment(before: m.tokens.lowerBound, sentence: sentence).0 == .none
                })
                // an object ("congratulated him") is never the subject of its own clause: the person named before it in
                // the sentence, else the last sentence's subject, else the last person named
                if tokens[mentions[i].tokens.lowerBound].key == W.him {
                    let subjectCode = earlier?.actors.first?.code
                    func fits(_ a: Actor) -> Bool { a.isPerson && a.code != subjectCode && (gender == nil || a.gender == nil || a.gender == gender) }
                    if let inSentence = mentions[..<i].last(where: { $0.actors.count == 1 && fits($0.actors[0]) && !isPronounMention($0) }) {
                        mentions[i].actors = inSentence.actors
                    } else if lastSubject.count == 1, fits(lastSubject[0]) {
                        mentions[i].actors = lastSubject
                    } else if let p = recentPeople.last(where: fits) {
                        mentions[i].actors = [p]
                    }
                    continue
                }
                if let e = earlier { mentions[i].actors = e.actors; continue }
                if possessive && mentions[i].tokens.lowerBound - sentence.lowerBound <= 2 {
                    if let later = mentions[(i + 1)...].first(where: { m in
                        m.actors.count == 1 && m.actors[0].isPerson && isClauseStart(m.tokens.lowerBound, sentence: sentence)
                    }) {
                        mentions[i].actors = later.actors; continue
                    }
                }
                if let subj = lastSubject.first(where: { $0.isPerson }) , lastSubject.count == 1 {
                    mentions[i].actors = [subj]
                } else if let p = recentPeople.last(where: { gender == nil || $0.gender == nil || $0.gender == gender }) {
                    mentions[i].actors = [p]
                }
            case let .bareRole(meaning):
                // "the emir": first the last official whose own title is that word, then the last one in that role
                let word = Folding.fold(analysis.string(tokens: mentions[i].tokens.upperBound - 1, mentions[i].tokens.upperBound - 1))
                if let titled = recentPeople.last(where: { a in a.title.map { Folding.fold($0).hasSuffix(word) } ?? false }) {
                    mentions[i].actors = [titled]
                    continue
                }
                let fitsRole = { (a: Actor) -> Bool in
                    switch meaning {
                    case let .role(r): return a.role == r
                    case .leader: return a.role == .headOfState || a.role == .headOfGovernment
                    case .counterpart: return false
                    }
                }
                // "the minister" after a sentence about the minister: the topic, not the last minister named
                if lastSubject.count == 1, lastSubject[0].isPerson, fitsRole(lastSubject[0]) {
                    mentions[i].actors = lastSubject
                    continue
                }
                let match = recentPeople.last(where: { a in
                    switch meaning {
                    case let .role(r): return a.role == r
                    case .leader: return a.role == .headOfState || a.role == .headOfGovernment
                    case .counterpart: return false
                    }
                })
                if let m = match { mentions[i].actors = [m] }
            default:
                break
            }
        }
    }

    // MARK: Triggers

    func findTriggers(_ range: Range<Int>) -> [(Trigger, Range<Int>)] {
        var out: [(Trigger, Range<Int>)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = TriggerLexicon.matcher.longestMatch(tokens, at: i, limit: range.upperBound) {
                let t = TriggerLexicon.trigger(m.payloads[0])
                out.append((t, i..<(i + m.length)))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Frames

    func key(_ i: Int) -> TokenKey? { i >= 0 && i < tokens.count ? tokens[i].key : nil }

    mutating func frame(_ trigger: Trigger, span: Range<Int>, triggerIndex: Int, triggers: [(Trigger, Range<Int>)], groups: [Group],
                        mentions: [Mention], times: [TemporalExpression], sentence: Range<Int>, sentenceIndex: Int,
                        subject: Group?, callCue: Bool) -> [Candidate]? {
        var trig = trigger
        // "would visit China", "to visit Accra": a noun entry used as a verb after "to" or a modal
        if trig.form == .noun, trig.sense == .visit || trig.sense == .meeting, span.lowerBound > sentence.lowerBound,
           Self.verbMarkers.contains(tokens[span.lowerBound - 1].key) {
            trig.form = .base
        }
        let before = span.lowerBound - 1
        let after = span.upperBound
        // Words that look like triggers but are not here
        if trig.name == "called" {
            // "called Putin" is a call; "called it", "called on" (handled as demand), "so-called" are not
            guard let g = groups.first(where: { $0.tokens.lowerBound == after }), !g.actors.isEmpty else { return nil }
            // "called Xi his dear friend", "called China a decisive enabler", "called Kyiv 'the aggressor'": naming, not phoning
            let next = g.tokens.upperBound
            if next < sentence.upperBound {
                let k = tokens[next].key
                if k == K.a || k == K.an || k == K.the || k == K.his || k == K.her || k == K.their || k == K.its || k == K.our
                    || tokens[next].isPunct(UInt8(ascii: "\"")) || tokens[next].isPunct(UInt8(ascii: "'")) || k == K.openQuote || k == K.openSingleQuote {
                    return nil
                }
            }
        }
        if trig.sense == .call && trig.form == .noun && (trig.name == "call" || trig.name == "calls") {
            let prev = key(before)
            let okPrev = prev == K.a || prev == K.the || prev == K.diplomatic || prev == K.video || prev == K.in_
                || prev == K.his || prev == K.her || prev == K.their || tokens[before].isPunct(UInt8(ascii: "'"))
                || tokens[before].key == TokenKeys.apostropheS
            let okNext = key(after) == K.with || key(after) == W.between
            if !(okPrev || okNext) { return nil }
            if key(after) == K.for_ || key(after) == K.on { return nil }
        }
        if trig.name.hasPrefix("spen") {
            // "spent about seven hours in Kyiv", "spends two days in Moscow": a stay, stated
            guard (after..<min(after + 5, sentence.upperBound)).contains(where: { Self.stayWords.contains(tokens[$0].key) }) else { return nil }
        } else if trig.name.hasSuffix(" in") || trig.name.hasSuffix(" into") {
            // "was in London", "due in Berlin", "crossed into Russia": the place must follow at once
            guard groups.contains(where: { $0.tokens.lowerBound == after && $0.place != nil }) else { return nil }
        } else if trig.sense == .travel && !(key(after) == K.to || key(after) == K.in_ || key(after) == W.on || key(after) == W.into) {
            return nil
        }
        if trig.name == "spoke" || trig.name == "spoken" || trig.name == "speaks" || trig.name == "talked" {
            // "spoke with X", "talked to X"; or two subjects that talked together ("The two men talked for hours")
            let jointSubject = groups.last(where: { $0.tokens.upperBound <= span.lowerBound })
                .map { $0.tokens.upperBound == span.lowerBound && Set($0.actors.map(\.code)).count >= 2 } ?? false
            guard key(after) == K.with || key(after) == K.to || key(after) == K.by || key(after) == K.on || jointSubject else { return nil }
        }
        if trig.name == "received" || trig.name == "receives" || trig.name == "receive" || trig.name == "welcomed" || trig.name == "welcomes" {
            guard let g = groups.first(where: { $0.tokens.lowerBound == after || $0.tokens.lowerBound == after + 1 }),
                  g.actors.contains(where: { $0.isPerson }) else { return nil }
        }
        if trig.name == "see" {
            // "to see Chancellor Olaf Scholz": seeing a named official is meeting them; "to see progress" is not
            guard key(span.lowerBound - 1) == K.to,
                  groups.contains(where: { $0.tokens.lowerBound == after && $0.actors.contains(where: \.isPerson) && !$0.isPronoun }) else { return nil }
        }
        // a pleasantry inside a direct quotation ("Thank you, my friend," he wrote) is no message
        if trig.sense == .message, insideQuotation(span.lowerBound, sentence: sentence) { return nil }
        if trig.name == "joined" {
            guard span.upperBound < sentence.upperBound, sentenceHas(K.summit, after..<min(after + 6, sentence.upperBound)) else { return nil }
        }
        if trig.name == "visits" || trig.name == "trips" || trig.name == "meetings" || trig.name == "calls" || trig.name == "summits" {
            // "six foreign visits", "more than 20 meetings"
            if isCounted(span.lowerBound, sentence: sentence) { return nil }
            // "the theatre of big meetings" speaks of meetings in general; "a round of calls" tells a series of them
            var k = span.lowerBound - 1
            if k > sentence.lowerBound, tokens[k].kind == .word, tokens[k].key != K.of, !tokens[k].isCapitalized { k -= 1 }
            if k > sentence.lowerBound, tokens[k].key == K.of, !Self.seriesNouns.contains(tokens[k - 1].key) { return nil }
        }
        if isCounted(span.lowerBound, sentence: sentence) && trig.form == .noun { return nil }
        // a trigger inside the complement of an invitation or demand ("invited Putin to visit", "urged Pyongyang
        // to halt arms negotiations with Moscow") is not an event of its own
        if let (prev, prevSpan) = triggers[..<triggerIndex].last(where: { $0.0.sense == .invitation || $0.0.sense == .demand }),
           prev.sense == .invitation || prev.sense == .demand,
           span.lowerBound - prevSpan.upperBound <= 10,
           (prevSpan.upperBound..<span.lowerBound).contains(where: { tokens[$0].key == K.to }),
           !(prevSpan.upperBound..<span.lowerBound).contains(where: { tokens[$0].isPunct(UInt8(ascii: ";")) || tokens[$0].isPunct(UInt8(ascii: ".")) }) {
            return nil
        }
        if trig.sense == .agreementNoun { return nil }  // agreements come from signing verbs
        // "travelled to Niamey for the meeting": the meeting is the trip's purpose, told by the trip itself
        if trig.form == .noun, let f = (max(sentence.lowerBound, span.lowerBound - 3)..<span.lowerBound).last(where: { tokens[$0].key == K.for_ }),
           triggers[..<triggerIndex].contains(where: { ($0.0.sense == .travel || $0.0.sense == .visit) && $0.1.upperBound <= f }),
           !groups.contains(where: { ($0.attachment == .with || $0.attachment == .between) && $0.tokens.lowerBound >= span.upperBound
               && $0.tokens.lowerBound <= span.upperBound + 2 }) {
            return nil
        }
        if trig.sense == .sign && !signsAgreement(span, sentence: sentence, triggers: triggers) { return nil }

        // Modality
        let modality = self.modality(span, trig: trig, sentence: sentence)
        if modality == .dropped { return nil }

        // Arguments
        let clauseEnd = nextClauseEnd(after, triggers: triggers, triggerIndex: triggerIndex, sentence: sentence)
        var agent: Group? = nil
        var partners: [Group] = []
        var destination: Group? = nil
        var rule = trig.sense.rawValue
        var distribute = true

        // possessive agent of a noun trigger: "Putin's discussions", "his sit-down", "Modi's visit"
        if trig.form == .noun, let g = groups.last(where: { $0.tokens.upperBound <= span.lowerBound && $0.possessive
            && span.lowerBound - $0.tokens.upperBound <= 4 && !$0.actors.isEmpty }) {
            agent = g
            rule += ":possessive-agent"
        }
        var passiveAgent = false
        // passive "by X": "was received by", "a visit by" — but "hosted Kishida…, vowing to stand by Manila" is active
        let passive = trig.form == .noun || (span.lowerBound - 1 >= sentence.lowerBound && Self.beForms.contains(tokens[span.lowerBound - 1].key))
            || (span.lowerBound - 2 >= sentence.lowerBound && Self.beForms.contains(tokens[span.lowerBound - 2].key))
        if agent == nil, passive, let g = groups.first(where: { $0.tokens.lowerBound >= after && $0.tokens.lowerBound < clauseEnd
            && $0.attachment == .by && !crossesClause(after, $0.tokens.lowerBound) && $0.tokens.lowerBound - after <= 8 }) {
            agent = g
            passiveAgent = true
            rule += ":passive-agent"
        }
        // "talks between A and B", "meeting between X and the ministers of A and B"
        if let g = groups.first(where: { $0.tokens.lowerBound >= after && $0.tokens.lowerBound <= after + 2
            && ($0.attachment == .between || ($0.attachment == .of && trig.form == .noun && $0.actors.count >= 2 && $0.actors.allSatisfy(\.isPerson))) }) {
            var all: [Actor] = g.actors
            if let next = groups.first(where: { $0.tokens.lowerBound > g.tokens.upperBound && $0.tokens.lowerBound <= g.tokens.upperBound + 2 && $0.attachment == .none }) {
                all += next.actors
            }
            guard all.count >= 2 else { return nil }
            let head = all[0]
            let rest = Array(all.dropFirst())
            return build(trig, span: span, agents: [head], partners: rest, distribute: !isJoint(sentence),
                         destination: nil, groups: groups, times: times, sentence: sentence, sentenceIndex: sentenceIndex,
                         modality: modality, rule: rule + ":between", callCue: callCue, labels: [g.label])
        }
        // "Pedro Sanchez, who thanked Egypt": the subject of a relative clause is the group it hangs on
        if agent == nil, trig.form != .noun {
            var b = span.lowerBound - 1
            if let k = key(b), k == W.also || k == W.later || k == TokenKey("then") { b -= 1 }
            if key(b) == TokenKey("who"), b - 1 > sentence.lowerBound, tokens[b - 1].isPunct(UInt8(ascii: ",")),
               let g = groups.last(where: { $0.tokens.upperBound == b - 1 && !$0.actors.isEmpty && $0.actors.contains(where: \.isPerson) }) {
                agent = g
                rule += ":relative-subject"
            }
        }
        // "…, and invited Zelenskiy": a verb coordinated without a subject of its own shares the sentence's subject
        if agent == nil, trig.form != .noun, let subject, subject.tokens.upperBound <= span.lowerBound {
            var b = span.lowerBound - 1
            if let k = key(b), k == W.also || k == W.later || k == W.then { b -= 1 }
            if key(b) == W.and, b - 1 >= sentence.lowerBound, !groups.contains(where: { $0.tokens.upperBound == b }) {
                agent = subject
                rule += ":shared-subject"
            }
        }
        // subject: the nearest clause-start group before the trigger
        if agent == nil {
            if let g = groups.last(where: { $0.tokens.upperBound <= span.lowerBound && $0.clauseStart && ($0.attachment == .none)
                && !$0.actors.isEmpty && !$0.isOrganisationOnly || ($0.tokens.upperBound <= span.lowerBound && $0.clauseStart && $0.attachment == .none && $0.isOrganisationOnly && !$0.actors.isEmpty && trig.sense != .summit && trig.sense != .host) }) {
                agent = g
                rule += ":subject"
            } else if let g = groups.first(where: { $0.tokens.lowerBound >= after && $0.clauseStart && $0.attachment == .none && !$0.actors.isEmpty
                && !$0.possessive }) , trig.form == .noun || isFrontedPhrase(span, sentence: sentence) {
                // "In a call with A and B, Putin said…"
                agent = g
                rule += ":main-subject"
            }
        }
        // partners: after the trigger, attached by with / as a direct object / to
        // "the G20 leaders" is a party only to hosting and summits
        let right = groups.filter { $0.tokens.lowerBound >= after && $0.tokens.lowerBound < clauseEnd && !$0.actors.isEmpty
            && $0.tokens.lowerBound != agent?.tokens.lowerBound
            && ($0.label != "organisation-leaders" || trig.sense == .host || trig.sense == .summit) }
        // destinations may also be places that name no actor ("flew to Sochi")
        let rightDestinations = groups.filter { $0.tokens.lowerBound >= after && $0.tokens.lowerBound < clauseEnd
            && (!$0.actors.isEmpty || $0.place != nil) && $0.tokens.lowerBound != agent?.tokens.lowerBound }
        switch trig.sense {
        case .meeting, .generic, .call:
            // "with his Burkinabe counterpart": the possessive pronoun is not the partner, the noun it qualifies is
            partners = right.filter { ($0.attachment == .with && !($0.isPronoun && $0.possessive))
                || ($0.attachment == .none && $0.tokens.lowerBound <= after + 1 && !$0.possessive) }
            // "spoke to Putin", "talked to Macron": the person spoken to, right after the preposition
            if partners.isEmpty, Self.speakingVerbs.contains(trig.name),
               let g = right.first(where: { $0.attachment == .to && $0.tokens.lowerBound == after + 1 && !$0.possessive }) {
                partners = [g]
            }
            if trig.form == .noun { partners = right.filter { $0.attachment == .with && !($0.isPronoun && $0.possessive) } }
            if let first = partners.first {
                // "spoke with A and with B": each with-group joined by "and" is a partner too
                var kept = [first]
                for g in right where g.tokens.lowerBound > kept.last!.tokens.upperBound && g.attachment == .with {
                    let gap = kept.last!.tokens.upperBound..<(g.tokens.lowerBound - 1)
                    guard gap.count <= 2, gap.contains(where: { tokens[$0].key == W.and }),
                          gap.allSatisfy({ tokens[$0].key == W.and || tokens[$0].isPunct(UInt8(ascii: ",")) }) else { break }
                    kept.append(g)
                }
                partners = kept
            }
            // "A and B met", "their first meeting": the agent's members meet each other
            if partners.isEmpty && (trig.form != .noun || rule.hasSuffix(":subject") || rule.hasSuffix(":possessive-agent")), let a = agent,
               a.actors.count >= 2, Set(a.actors.map(\.code)).count >= 2 {
                // "A and B met", "the leaders of A, B and C deliberated": one joint event
                return build(trig, span: span, agents: a.actors, partners: [], distribute: false, destination: nil, groups: groups,
                             times: times, sentence: sentence, sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":joint-subject",
                             callCue: callCue, labels: [a.label])
            }
        case .visit, .travel:
            if trig.form == .noun || trig.sense == .travel {
                destination = rightDestinations.first(where: { $0.attachment == .to || $0.attachment == .place })
                    ?? destinationInToPhrase(after: span.upperBound, candidates: rightDestinations)
                    ?? groups.first(where: { $0.tokens.lowerBound == after + 1 && key(after) == W.on })
                if trig.sense == .travel, key(after) == W.on, key(after + 1) == K.to {
                    destination = rightDestinations.first(where: { $0.tokens.lowerBound == after + 2 })
                }
            } else {
                // "visited Zelenskiy in Kyiv", "visited Uzbekistan"
                destination = rightDestinations.first(where: { $0.attachment == .none && $0.tokens.lowerBound <= after + 1 })
                    ?? rightDestinations.first(where: { $0.attachment == .place })
            }
        case .invitation, .message, .demand:
            partners = right.filter { g in
                // "called on North Korea", "appealed to Russia": the trigger ends in the preposition
                if g.tokens.lowerBound == after, trig.form != .noun, !g.possessive { return true }
                switch g.attachment {
                // a direct object stands right after the verb: "congratulated Modi", "urged Russia"
                case .none: return !g.possessive && trig.form != .noun && g.tokens.lowerBound <= after + 1
                case .to: return true
                case .with: return trig.sense != .message
                default: return false
                }
            }
            if trig.sense == .demand && trig.name.hasSuffix("for") {
                partners = right.filter { $0.tokens.lowerBound == after || $0.tokens.lowerBound == after + 1 }
            }
            if let first = partners.first { partners = [first] }
            // "Kishida and Albanese also sent their congratulations": to whoever the article's last message went
            if partners.isEmpty, trig.sense == .message, let last = lastMessageRecipients, sentenceIndex - last.sentence <= 3 {
                partners = last.actors.map { syntheticGroup($0, label: "last-recipient") }
                rule += ":last-recipient"
            }
            // "During the call, the Russian president apologised…": to the other party of the contact being told
            if partners.isEmpty, trig.sense == .message, trig.name != "conveyed", let contact = lastContact, sentenceIndex - contact.sentence <= 2 {
                let speaker = agent?.actors.map(\.code) ?? []
                let other = contact.actors.filter { !speaker.contains($0.code) }
                if !speaker.isEmpty, other.count == 1, contact.actors.contains(where: { speaker.contains($0.code) }) {
                    partners = [syntheticGroup(other[0], label: "contact-partner")]
                    rule += ":contact-partner"
                }
            }
        case .sign:
            partners = right.filter { $0.attachment == .with }
            if let first = partners.first { partners = [first] }
            if partners.isEmpty, let a = agent, Set(a.actors.map(\.code)).count >= 2 {
                return build(.init(sense: .sign, form: trig.form, name: trig.name), span: span, agents: a.actors, partners: [],
                             distribute: false, destination: nil, groups: groups, times: times, sentence: sentence,
                             sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":joint-signatories", callCue: callCue, labels: [a.label])
            }
        case .host:
            // hosting a summit of an organisation, or hosting a visitor
            if let org = right.first(where: { $0.isOrganisationOnly }), sentenceHas(K.summit, sentence) || sentenceHas(K.forum, sentence) {
                partners = [org]
                rule += ":summit"
            } else if let org = right.first(where: { isOrganisationGroup($0) && $0.tokens.lowerBound <= after + 2 }) {
                // "hosts BRICS", "is hosting leaders of the BRICS group", "hosts the G20 leaders"
                partners = [syntheticGroup(Actor(code: org.actors[0].code, name: nil, role: nil, gender: nil, isPerson: false), label: org.label)]
                rule += ":organisation"
            } else if let summit = currentSummit, summit.sentence == sentenceIndex,
                      let w = (max(sentence.lowerBound, span.lowerBound - 12)..<span.lowerBound).last(where: { tokens[$0].key == W.which }),
                      w - 2 >= sentence.lowerBound, tokens[w - 1].isPunct(UInt8(ascii: ",")), tokens[w - 2].key == K.summit {
                // "the G20 summit, which Lula hosts in Rio": the summit is what is hosted
                partners = [syntheticGroup(summit.org, label: "current-summit")]
                rule += ":current-summit"
            } else if let summit = currentSummit, summitNounFollows(after, clauseEnd: clauseEnd) {
                // "will host that summit on Sunday"
                partners = [syntheticGroup(summit.org, label: "current-summit")]
                rule += ":current-summit"
            } else if let visitor = right.first(where: { $0.attachment == .none && $0.actors.contains(where: { $0.isPerson }) && $0.tokens.lowerBound <= after + 1 }) {
                guard let a = agent else { return nil }
                let hostCodes = a.actors.map(\.code)
                var result: [Candidate] = []
                // hosting a visitor is meeting them; "hosted him together with NATO's Rutte" is one meeting of all three
                var hosts = a.actors
                for g in companionGroups(groups, after: visitor.tokens.lowerBound, before: clauseEnd) {
                    hosts += g.actors.filter { h in !hosts.contains(where: { $0.code == h.code }) }
                }
                let guests = visitor.actors.filter { !hostCodes.contains($0.code) }
                // several guests hosted "for a summit", "for a joint meeting": one gathering of them all
                let gathering = guests.count >= 2 && (sentenceHas(K.summit, after..<sentence.upperBound)
                    || sentenceHas(W.meeting, after..<sentence.upperBound))
                if !guests.isEmpty {
                    result += build(Trigger(sense: .meeting, form: trig.form, name: trig.name), span: span, agents: hosts, partners: guests,
                                    distribute: hosts.count == a.actors.count && !isJoint(sentence) && !gathering, destination: nil,
                                    groups: groups, times: times,
                                    sentence: sentence, sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":hosted-visitor",
                                    callCue: callCue, labels: [a.label, visitor.label]) ?? []
                }
                // the visitor travels to the host's state; an organisation's official hosts where the text says, not "in" it
                guard a.actors.contains(where: { kb.state(code: $0.code) != nil }) else { return result }
                for v in visitor.actors where !hostCodes.contains(v.code) {
                    let hostState = Actor(code: hostCodes[0], name: nil, role: nil, gender: nil, isPerson: false)
                    result += build(Trigger(sense: .visit, form: trig.form, name: trig.name), span: span, agents: [v], partners: [hostState],
                                    distribute: false, destination: nil, groups: groups, times: times, sentence: sentence,
                                    sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":visitor", callCue: callCue,
                                    labels: [visitor.label]) ?? []
                }
                return result
            } else {
                return nil
            }
        case .summit:
            // attending a summit of an organisation, named ("attend the SCO summit") or the article's ("attend the summit")
            if let org = right.first(where: { isOrganisationGroup($0) }), sentenceHas(K.summit, sentence) {
                partners = [org]
                // "attended the APEC summit, and in Rio de Janeiro the summit of the Group of 20": each summit named
                for g in right where g.tokens.lowerBound > org.tokens.lowerBound && isOrganisationGroup(g) && g.actors[0].code != org.actors[0].code {
                    let lo = max(sentence.lowerBound, g.tokens.lowerBound - 3), hi = min(sentence.upperBound, g.tokens.upperBound + 2)
                    if (lo..<hi).contains(where: { tokens[$0].key == K.summit }) { partners.append(g) }
                }
            } else if let summit = currentSummit, summitNounFollows(after, clauseEnd: clauseEnd) {
                partners = [syntheticGroup(summit.org, label: "current-summit")]
                rule += ":current-summit"
            } else {
                return nil
            }
        case .agreementNoun:
            return nil
        }

        if agent == nil, !hasOtherSubject(before: span.lowerBound, sentence: sentence) {
            // no subject in the sentence: the discourse topic (the last subject, or the most salient official)
            if let topic = discourseAgent(excluding: partners.flatMap { $0.actors.map(\.code) } + (destination?.actors.map(\.code) ?? [])) {
                agent = Group(mentions: [], tokens: span.lowerBound..<span.lowerBound, actors: [topic], attachment: .none, clauseStart: true,
                              possessive: false, place: nil, isPronoun: true, isOrganisationOnly: false, label: "discourse-topic", previousToken: nil)
                rule += ":discourse-agent"
            }
        }
        guard let agentGroup = agent, !agentGroup.actors.isEmpty else { return nil }
        if trig.sense == .visit || trig.sense == .travel {
            // "Lavrov, who flew in from Moscow": arrived where the article's last visit went
            if destination == nil, trig.sense == .travel, key(after) == K.in_, let recent = recentDestination,
               sentenceIndex - recent.sentence <= 1 {
                destination = Group(mentions: [], tokens: span.upperBound..<span.upperBound, actors: [], attachment: .to, clauseStart: false,
                                    possessive: false, place: (name: recent.location.name, code: recent.location.code), isPronoun: false,
                                    isOrganisationOnly: false, label: "recent-destination", previousToken: nil)
                rule += ":recent-destination"
            }
            guard let dest = destination else { return nil }
            // officials travel; a bare state name that "travelled" is a team or a people
            guard agentGroup.actors.contains(where: { $0.isPerson }) else { return nil }
            var result: [Candidate] = []
            // the destination: a place's state, or a person's state ("visited Zelenskiy")
            var hostActors: [Actor] = []
            for a in dest.actors { hostActors.append(Actor(code: a.code, name: nil, role: nil, gender: nil, isPerson: false)) }
            if hostActors.isEmpty, let p = dest.place { hostActors = [Actor(code: p.code, name: nil, role: nil, gender: nil, isPerson: false)] }
            var visitors = agentGroup.actors
            // "travelled to Cairo together with Italy's Meloni, Belgium's De Croo…": the companions travel too
            for g in companionGroups(groups, after: span.upperBound, before: clauseEnd) {
                for a in g.actors where a.isPerson && !visitors.contains(where: { $0.code == a.code }) { visitors.append(a) }
            }
            for v in visitors {
                for h in hostActors where h.code != v.code {
                    var c = build(Trigger(sense: .visit, form: trig.form, name: trig.name), span: span, agents: [v], partners: [h],
                                  distribute: false, destination: dest, groups: groups, times: times, sentence: sentence,
                                  sentenceIndex: sentenceIndex, modality: modality, rule: rule, callCue: callCue,
                                  labels: [agentGroup.label, dest.label]) ?? []
                    // each destination of "visited Bamako and Ouagadougou" is its own visit's location
                    let own = dest.mentions.lazy.map { mentions[$0] }.first { m in m.place?.code == h.code }?.place
                    for k in c.indices {
                        if dest.mentions.count > 1, let own { c[k].location = EventLocation(name: own.name, code: own.code) }
                        c[k].location = c[k].location ?? locationOf(dest)
                    }
                    result += c
                }
            }
            // "travelled to Niamey for the meeting", "will travel to Brazil for the Group of 20 summit": attendance too
            if let org = summitOfPurpose(after: after, clauseEnd: clauseEnd, groups: groups) {
                for v in visitors where v.code != org.code {
                    var cs = build(Trigger(sense: .summit, form: trig.form, name: trig.name), span: span, agents: [v], partners: [org],
                                   distribute: false, destination: nil, groups: groups, times: times, sentence: sentence,
                                   sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":summit-trip", callCue: callCue,
                                   labels: [agentGroup.label]) ?? []
                    if let summit = currentSummit, summit.org.code == org.code {
                        for k in cs.indices { cs[k].date = summit.date ?? cs[k].date }
                    }
                    result += cs
                }
            }
            // "visited Zelenskiy in Kyiv": a visit to a person is also a meeting with them
            if trig.form != .noun, dest.actors.contains(where: { $0.isPerson }), dest.attachment == .none {
                result += build(Trigger(sense: .meeting, form: trig.form, name: trig.name), span: span, agents: visitors,
                                partners: dest.actors, distribute: true, destination: nil, groups: groups, times: times,
                                sentence: sentence, sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":visited-person",
                                callCue: callCue, labels: [dest.label]) ?? []
            }
            // "flying to Beijing … renewing his friendship with Xi": a with-partner of the host state is met there
            for g in groups where g.attachment == .with && g.tokens.lowerBound != dest.tokens.lowerBound {
                let met = g.actors.filter { a in hostActors.contains(where: { $0.code == a.code }) && a.isPerson }
                if !met.isEmpty && !triggers.contains(where: { t in t.0.sense != .travel && t.0.sense != .visit
                    && t.1.upperBound <= g.tokens.lowerBound && g.tokens.lowerBound - t.1.upperBound <= 2 }) {
                    // the meeting took place where the trip went
                    var met = build(Trigger(sense: .meeting, form: trig.form, name: trig.name), span: span, agents: visitors, partners: met,
                                    distribute: true, destination: nil, groups: groups, times: times, sentence: sentence,
                                    sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":met-during-visit",
                                    callCue: callCue, labels: [g.label]) ?? []
                    for k in met.indices { met[k].location = met[k].location ?? locationOf(dest) }
                    result += met
                }
            }
            return result
        }
        // "Zelenskiy was received by Pope Francis": the subject of a passive is the other party
        if partners.isEmpty, passiveAgent, trig.sense != .visit, trig.sense != .travel,
           let subjectGroup = groups.last(where: { $0.tokens.upperBound <= span.lowerBound && $0.clauseStart && $0.attachment == .none
               && !$0.actors.isEmpty && $0.tokens.lowerBound != agentGroup.tokens.lowerBound }) {
            partners = [subjectGroup]
        }
        let partnerActors = partners.flatMap(\.actors)
        if partnerActors.isEmpty {
            // a gathering with no partner named: "made during a high-level summit in Kyiv" by the group just mentioned
            if (trig.name == "summit" || trig.name == "meeting") && !lastJointGroup.isEmpty && agentGroup.label == "discourse-topic"
                && indefinite(before: span.lowerBound, sentence: sentence) {
                return build(trig, span: span, agents: lastJointGroup, partners: [], distribute: false, destination: nil, groups: groups,
                             times: times, sentence: sentence, sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":gathering",
                             callCue: callCue, labels: ["previous-group"])
            }
            return nil
        }
        if isJoint(sentence) { distribute = false }
        // "welcomed Kishida and Yoon to Camp David for the first summit of the three": one gathering
        if trig.sense == .meeting, trig.name.hasPrefix("welcom") || trig.name.hasPrefix("receiv") || trig.name.hasPrefix("host"),
           Set(partners.flatMap(\.actors).map(\.code)).count >= 2,
           sentenceHas(K.summit, after..<sentence.upperBound) || sentenceHas(W.meeting, after..<sentence.upperBound) {
            distribute = false
        }
        if trig.sense == .summit || rule.hasPrefix("host:organisation") || rule.hasPrefix("host:current-summit") {
            // each attendee meets the organisation; a summit's own date applies when the sentence gives none
            var out: [Candidate] = []
            var seen = Set<String>()
            for a in agentGroup.actors where seen.insert(a.code).inserted && !partnerActors.contains(where: { $0.code == a.code }) {
                var cs = build(trig, span: span, agents: [a], partners: partnerActors, distribute: true, destination: nil,
                               groups: groups, times: times, sentence: sentence, sentenceIndex: sentenceIndex, modality: modality,
                               rule: rule, callCue: callCue, labels: [agentGroup.label] + partners.map(\.label)) ?? []
                if let summit = currentSummit, summit.org.code == partnerActors.first?.code {
                    for k in cs.indices where cs[k].date == nil { cs[k].date = summit.date }
                }
                out += cs
            }
            return out
        }
        if trig.sense == .message, trig.form == .noun, let pk = key(before), pk == K.his || pk == K.her || pk == K.their,
           key(before - 1) == K.for_ {
            // "thanked el-Sisi for his congratulations": the congratulations went the other way
            return nil
        }
        var result = build(trig, span: span, agents: agentGroup.actors, partners: partnerActors, distribute: distribute, destination: nil,
                           groups: groups, times: times, sentence: sentence, sentenceIndex: sentenceIndex, modality: modality,
                           rule: rule, callCue: callCue, labels: [agentGroup.label] + partners.map(\.label)) ?? []
        // "welcomed Ruto to the White House": the guest came to the host's state
        if trig.name.hasPrefix("welcom"), let place = groups.first(where: { $0.attachment == .to && $0.tokens.lowerBound > span.upperBound
            && $0.tokens.lowerBound < clauseEnd && ($0.actors.first?.code ?? $0.place?.code) != nil }) {
            let hostCode = place.actors.first?.code ?? place.place!.code
            if agentGroup.actors.contains(where: { $0.code == hostCode }) {
                let host = Actor(code: hostCode, name: nil, role: nil, gender: nil, isPerson: false)
                for guest in partnerActors where guest.isPerson && guest.code != hostCode {
                    var v = build(Trigger(sense: .visit, form: trig.form, name: trig.name), span: span, agents: [guest], partners: [host],
                                  distribute: false, destination: place, groups: groups, times: times, sentence: sentence,
                                  sentenceIndex: sentenceIndex, modality: modality, rule: rule + ":welcomed-guest", callCue: callCue,
                                  labels: [place.label]) ?? []
                    for k in v.indices { v[k].location = v[k].location ?? locationOf(place) }
                    result += v
                }
            }
        }
        return result
    }

    /// A group that names one organisation: "NATO", "the BRICS group", "leaders of the G20".
    func isOrganisationGroup(_ g: Group) -> Bool {
        g.isOrganisationOnly || (!g.actors.isEmpty && Set(g.actors.map(\.code)).count == 1 && kb.organisation(code: g.actors[0].code) != nil)
    }

    /// The organisation whose summit a sentence speaks of: "the BRICS summit", "summit of the AES", "leaders of the G20".
    func summitOrganisation(groups: [Group], sentence: Range<Int>) -> (Actor, at: Int)? {
        // "the ASEAN-Japan summit"
        for i in sentence where tokens[i].key == K.summit && i - 1 >= sentence.lowerBound {
            if let org = compoundParts(i - 1).first(where: { kb.organisation(code: $0) != nil }) {
                return (Actor(code: org, name: nil, role: nil, gender: nil, isPerson: false), i)
            }
        }
        for g in groups where isOrganisationGroup(g) {
            let actor = Actor(code: g.actors[0].code, name: nil, role: nil, gender: nil, isPerson: false)
            if g.label.split(separator: "+").contains("group-noun") { return (actor, g.tokens.upperBound - 1) }
            let lo = max(sentence.lowerBound, g.tokens.lowerBound - 3), hi = min(sentence.upperBound, g.tokens.upperBound + 2)
            if (lo..<hi).contains(where: { tokens[$0].key == K.summit || tokens[$0].key == W.leaders }) {
                return (actor, g.tokens.upperBound - 1)
            }
        }
        return nil
    }

    /// "attend the summit", "host that summit", "the leaders attending.": the article's summit is the object.
    func summitNounFollows(_ after: Int, clauseEnd: Int) -> Bool {
        if after >= clauseEnd || tokens[after].kind == .punctuation { return true }
        let hi = min(clauseEnd, after + 4)
        return (after..<hi).contains { tokens[$0].key == K.summit || tokens[$0].key == W.gathering }
    }

    /// The organisation whose summit a trip is for: "for the G20 summit", "for the summit", "for the meeting" (the article's summit).
    func summitOfPurpose(after: Int, clauseEnd: Int, groups: [Group]) -> Actor? {
        let hi = min(clauseEnd, after + 12)
        guard let forIndex = (after..<hi).first(where: { tokens[$0].key == K.for_ }) else { return nil }
        let window = (forIndex + 1)..<min(hi, forIndex + 8)
        guard let head = window.first(where: { tokens[$0].key == K.summit || tokens[$0].key == W.meeting
            || tokens[$0].key == W.gathering }) else { return nil }
        if let g = groups.first(where: { $0.tokens.lowerBound > forIndex && $0.tokens.lowerBound <= head + 4 && isOrganisationGroup($0) }) {
            return g.actors[0]
        }
        // "for the ASEAN-Japan summit": an organisation inside a hyphenated name
        for i in (forIndex + 1)..<head { if let org = compoundParts(i).first(where: { kb.organisation(code: $0) != nil }) {
            return Actor(code: org, name: nil, role: nil, gender: nil, isPerson: false)
        } }
        // "for the meeting" names no one: the summit the article is about, if any
        let bare = (forIndex + 1..<head).allSatisfy { tokens[$0].key == K.the || tokens[$0].key == W.that }
        return bare ? currentSummit?.org : nil
    }

    /// The state and organisation codes named by the parts of a hyphenated word ("ASEAN-Japan" → ASEAN, JPN).
    func compoundParts(_ i: Int) -> [String] {
        let t = tokens[i]
        guard t.kind == .word else { return [] }
        let bytes = analysis.bytes
        let a = Int(t.start), b = Int(t.end)
        guard (a..<b).contains(where: { bytes[$0] == UInt8(ascii: "-") }) else { return [] }
        var codes: [String] = []
        var start = a
        for k in a...b where k == b || bytes[k] == UInt8(ascii: "-") {
            if k > start {
                let keys = Tokenizer.keys(of: analysis.string(start..<k))
                let part = keys.map { Token(start: 0, end: 0, key: $0, kind: .word, flags: [], symbol: 0) }
                if let m = kb.matcher.longestMatch(part, at: 0, limit: part.count), m.length == part.count {
                    for p in m.payloads {
                        switch p {
                        case let .organisation(o): codes.append(kb.organisations[o].code)
                        case let .stateName(s), let .stateAdjective(s): codes.append(kb.states[s].code)
                        default: break
                        }
                    }
                }
            }
            start = k + 1
        }
        return codes
    }

    /// True when an odd number of quotation marks stand between the sentence's start and `i`.
    func insideQuotation(_ i: Int, sentence: Range<Int>) -> Bool {
        var marks = 0
        for j in sentence.lowerBound..<i where tokens[j].isPunct(UInt8(ascii: "\"")) { marks += 1 }
        return marks % 2 == 1
    }

    /// The groups after "together with" / "along with" between two tokens: companions of the clause's agent.
    func companionGroups(_ groups: [Group], after a: Int, before b: Int) -> [Group] {
        groups.filter { g in
            guard g.attachment == .with, g.tokens.lowerBound > a, g.tokens.lowerBound < b, let w = g.previousToken, w > 0 else { return false }
            return tokens[w - 1].key == W.together || tokens[w - 1].key == W.along
        }
    }

    /// "a high-level summit" (a new gathering) rather than "the meeting" (one already told): an indefinite article
    /// within three words before the noun.
    func indefinite(before i: Int, sentence: Range<Int>) -> Bool {
        for j in stride(from: i - 1, through: max(sentence.lowerBound, i - 3), by: -1) {
            if tokens[j].key == W.a || tokens[j].key == W.an { return true }
            if tokens[j].key == K.the || tokens[j].kind == .punctuation { return false }
        }
        return false
    }

    /// A group standing for an actor known from the discourse rather than named in the sentence.
    func syntheticGroup(_ actor: Actor, label: String) -> Group {
        Group(mentions: [], tokens: 0..<0, actors: [actor], attachment: .none, clauseStart: false, possessive: false, place: nil,
              isPronoun: false, isOrganisationOnly: true, label: label, previousToken: nil)
    }

    func discourseAgent(excluding codes: [String]) -> Actor? {
        if let s = lastSubject.first(where: { $0.isPerson && !codes.contains($0.code) }), lastSubject.count == 1 { return s }
        // the most mentioned person; among equals the latest mentioned (never the dictionary's order)
        return salience.values.filter { !codes.contains($0.actor.code) && $0.actor.isPerson }
            .max(by: { ($0.count, $0.lastSeen) < ($1.count, $1.lastSeen) })?.actor
    }

    func isFrontedPhrase(_ span: Range<Int>, sentence: Range<Int>) -> Bool {
        // the trigger stands in an opening phrase: "During his sit-down with Abbas, Putin…", "In a call with…"
        span.lowerBound - sentence.lowerBound <= 4
    }

    func sentenceHas(_ k: TokenKey, _ range: Range<Int>) -> Bool { range.contains { tokens[$0].key == k } }

    func isJoint(_ sentence: Range<Int>) -> Bool {
        sentence.contains { i in
            let k = tokens[i].key
            return k == K.joint || k == K.trilateral || k == K.jointly || k == K.quadrilateral || k == K.three_way
                || (k == K.together_ && key(i + 1) != K.with)
        }
    }

    func isCounted(_ start: Int, sentence: Range<Int>) -> Bool {
        var i = start - 1
        var steps = 0
        while i >= sentence.lowerBound && steps < 3 {
            let t = tokens[i]
            // "more than five hours of talks" measures one meeting; it does not count meetings
            if Self.stayWords.contains(t.key) || t.key == W.minutes { return false }
            if t.kind == .number { return true }
            if Cues.countWords.contains(t.key) { return true }
            if t.kind == .punctuation { return false }
            i -= 1; steps += 1
        }
        return false
    }

    func signsAgreement(_ span: Range<Int>, sentence: Range<Int>, triggers: [(Trigger, Range<Int>)]) -> Bool {
        // an agreement noun close after the signing verb: "signed a mutual defense pact", "reached a ceasefire deal"
        let window = span.upperBound..<min(sentence.upperBound, span.upperBound + 7)
        for (t, r) in triggers where t.sense == .agreementNoun && window.contains(r.lowerBound) {
            _ = r
            return true
        }
        // "agreed on a ceasefire" / "agreed to a ceasefire" but not "agreed to assist"
        return false
    }

    enum Modality { case occurred, planned, dropped }

    func modality(_ span: Range<Int>, trig: Trigger, sentence: Range<Int>) -> Modality {
        var planned = false
        var i = span.lowerBound - 1
        var steps = 0
        while i >= sentence.lowerBound && steps < 10 {
            let t = tokens[i]
            if t.kind == .punctuation && (t.symbol == UInt8(ascii: ";") || t.symbol == UInt8(ascii: "\"")) { break }
            if t.isPunct(UInt8(ascii: ",")) && steps > 4 { break }
            if t.isPunct(UInt8(ascii: ",")), let opener = relativeClauseOpener(endingAt: i, sentence: sentence) {
                // ", who has offered to mediate, visited": the relative clause's modality is its own
                i = opener - 1; steps += 1; continue
            }
            let k = t.key
            if k == W.off, i > sentence.lowerBound, tokens[i - 1].key == W.called { return .dropped }
            // "there were no plans for Putin to speak to Macron": no plan, no event, however far back
            if (k == W.plans || k == W.plan || k == W.intention), i > sentence.lowerBound, tokens[i - 1].key == W.no { return .dropped }
            if Cues.negation.contains(k) && steps <= 5 {
                // "lost no time in renewing" is not a negation of what follows
                if k == W.no, key(i + 1) == K.time { i -= 1; steps += 1; continue }
                return .dropped
            }
            if Cues.speculation.contains(k) {
                if k == W.may && t.isCapitalized { i -= 1; steps += 1; continue }
                if k == K.would, i > sentence.lowerBound, sentence.contains(where: { Cues.reportedFuture.contains(tokens[$0].key) && $0 < i }) {
                    planned = true; i -= 1; steps += 1; continue
                }
                if k == W.proposed || k == W.offered {
                    if key(i + 1) == K.to { return .dropped }
                    i -= 1; steps += 1; continue
                }
                return .dropped
            }
            // "agreed to meet", "agree to hold talks": a meeting agreed on is still to come
            if (k == K.agreed || k == K.agree || k == K.agrees) && key(i + 1) == K.to && i + 2 == span.lowerBound { planned = true }
            // "looked forward to visiting": a hope, not an event
            if k == K.forward && key(i + 1) == K.to && i + 2 == span.lowerBound { return .dropped }
            if Cues.planned.contains(k) {
                if k == W.set && key(i + 1) != K.to { i -= 1; steps += 1; continue }
                if k == W.later || k == W.next { i -= 1; steps += 1; continue }
                planned = true
            }
            i -= 1; steps += 1
        }
        // "would only meet Putin if…", "…, but that trip was postponed": what follows in the sentence undoes it
        var j = span.upperBound
        while j < sentence.upperBound && j - span.upperBound < 14 {
            let k = tokens[j].key
            if (k == W.if || k == W.unless) && j - span.upperBound <= 8 && key(j - 1) != W.as { return .dropped }
            if Self.undoneWords.contains(k) { return .dropped }
            if tokens[j].isPunct(UInt8(ascii: ";")) { break }
            j += 1
        }
        // "talk of a meeting", "the possibility of a visit"
        if (max(sentence.lowerBound, span.lowerBound - 5)..<span.lowerBound).contains(where: { Self.hypotheticalNouns.contains(tokens[$0].key) && key($0 + 1) == K.of }) {
            return .dropped
        }
        // "due in Berlin", "expected in Vientiane"
        if trig.name.hasPrefix("due ") || trig.name.hasPrefix("expected ") { planned = true }
        // negated noun triggers: "no agreements", "without a meeting"
        if span.lowerBound - 1 >= sentence.lowerBound, Cues.negation.contains(tokens[span.lowerBound - 1].key) { return .dropped }
        if planned { return .planned }
        if trig.form == .base, span.lowerBound - 1 >= sentence.lowerBound, tokens[span.lowerBound - 1].key == K.to {
            // "to meet", "to visit": planned when the sentence speaks of the future
            let future = sentence.contains { Cues.planned.contains(tokens[$0].key) }
            return future ? .planned : .occurred
        }
        return .occurred
    }

    /// The "who"/"which" opening a parenthetical relative clause that closes with the comma at `comma`.
    func relativeClauseOpener(endingAt comma: Int, sentence: Range<Int>) -> Int? {
        var j = comma - 1
        while j >= sentence.lowerBound && comma - j <= 12 {
            let t = tokens[j]
            if t.kind == .punctuation { return nil }
            if t.key == W.who || t.key == W.which || t.key == W.whose {
                return j > sentence.lowerBound && tokens[j - 1].isPunct(UInt8(ascii: ",")) ? j - 1 : nil
            }
            j -= 1
        }
        return nil
    }

    func nextClauseEnd(_ after: Int, triggers: [(Trigger, Range<Int>)], triggerIndex: Int, sentence: Range<Int>) -> Int {
        var end = sentence.upperBound
        var i = after
        while i < sentence.upperBound {
            let t = tokens[i]
            if t.isPunct(UInt8(ascii: ";")) { end = i; break }
            i += 1
        }
        return end
    }

    func locationOf(_ g: Group) -> EventLocation? {
        if let p = g.place { return EventLocation(name: p.name, code: p.code) }
        return nil
    }

    // MARK: Building candidates

    func build(_ trig: Trigger, span: Range<Int>, agents: [Actor], partners: [Actor], distribute: Bool, destination: Group?,
               groups: [Group], times: [TemporalExpression], sentence: Range<Int>, sentenceIndex: Int, modality: Modality,
               rule: String, callCue: Bool, labels: [String]) -> [Candidate]? {
        let type: EventType
        var generic = false
        switch trig.sense {
        case .meeting, .host, .summit: type = .meeting
        case .generic: type = callCue ? .call : .meeting; generic = !callCue
        case .call: type = .call
        case .visit, .travel: type = .visit
        case .sign, .agreementNoun: type = .agreement
        case .invitation: type = .invitation
        case .message: type = .message
        case .demand: type = .demand
        }
        var status: EventStatus = modality == .planned ? .planned : .occurred
        // date: the nearest non-measuring time expression, preferring one after the trigger
        var date: (DayRange, String)? = nil
        // "next week's NATO summit" dates the summit, not the talks about it ("Monday's talks" dates the talks)
        let usable = times.filter { e in
            !e.isMeasure && !(e.tokens.upperBound < sentence.upperBound && tokens[e.tokens.upperBound].key == TokenKeys.apostropheS
                && e.tokens.upperBound + 1 != span.lowerBound)
        }
        // within the trigger's clause: "met Widodo, who hosts the G20 on Tuesday" does not date the meeting
        // an invitation or a demand is dated by its own act: "invited Xi to Moscow for the celebrations in May" is not May
        let complementStart: Int? = (type == .invitation || type == .demand)
            ? (span.upperBound..<sentence.upperBound).first(where: { tokens[$0].key == K.to || tokens[$0].key == K.for_ }) : nil
        let pick = usable.first(where: { e in e.tokens.lowerBound >= span.upperBound && !crossesClause(span.upperBound, e.tokens.lowerBound)
            && (complementStart.map { c in e.tokens.lowerBound < c } ?? true) })
            ?? usable.last(where: { $0.tokens.upperBound <= span.lowerBound && !crossesClause($0.tokens.upperBound, span.lowerBound, backward: true) })
        if let e = pick {
            // "Lula hosts the summit on Monday and Tuesday": a present tense with a weekday looks ahead
            var tense: Tense = status == .planned ? .future : .past
            if trig.form == .present {
                switch e.kind {
                case .weekday(_, nil), .weekdayRange: tense = .future
                default: break
                }
            }
            if let r = DateResolver().resolve(e.kind, publication: publication, tense: tense, contextYear: contextYear) {
                date = (r, analysis.string(tokens: e.tokens.lowerBound, e.tokens.upperBound - 1))
                // present tense with a future date: scheduled ("Russia hosts the summit in October")
                if let p = publication, r.start > p, status == .occurred, trig.form != .past { status = .planned }
            } else if status == .occurred, trig.form == .present, publication == nil {
                if case .namedMonth = e.kind { status = .planned }
            }
        }
        // location: a place named with in/at/near, else a fronted "In Russia,"
        var location: EventLocation? = nil
        var locationStated = true
        // "in Rome, where he held talks": the place the where-clause hangs on
        let whereIndex = (max(sentence.lowerBound, span.lowerBound - 6)..<span.lowerBound).last {
            tokens[$0].key == W.where_ && $0 > sentence.lowerBound && tokens[$0 - 1].isPunct(UInt8(ascii: ","))
        }
        if let w = whereIndex, let g = groups.last(where: { $0.place != nil && $0.tokens.upperBound == w - 1 }) {
            location = locationOf(g)
        } else if let g = groups.first(where: { $0.attachment == .place && $0.place != nil && $0.tokens.lowerBound >= span.upperBound
            && !crossesClause(span.upperBound, $0.tokens.lowerBound) && !isTopicPlace($0) }) {
            location = locationOf(g)
        } else if let g = groups.last(where: { $0.attachment == .place && $0.place != nil && $0.tokens.upperBound <= span.lowerBound
            && !crossesClause($0.tokens.upperBound, span.lowerBound, backward: true) && !isTopicPlace($0) }) {
            location = locationOf(g)
        }
        if type == .call { location = nil }
        let occasion = self.occasion(sentence)
        if location == nil, let occasion, let loc = occasionPlaces[occasionKey(occasion)] { location = loc; locationStated = false }
        if location == nil { locationStated = false }
        var out: [Candidate] = []
        let confidence: Double = {
            var c = 0.85
            if labels.contains("discourse-topic") { c -= 0.15 }
            if generic { c -= 0.05 }
            if agents.contains(where: { $0.name == nil }) { c -= 0.05 }
            return c
        }()
        func make(_ agents: [Actor], _ partners: [Actor]) -> Candidate {
            Candidate(type: type, genericTalks: generic, status: status, agents: agents, partners: partners, distribute: false,
                      sentence: sentenceIndex, trigger: span, date: date, location: location, occasion: occasion, rule: rule,
                      mentionLabels: labels, confidence: confidence, callCue: callCue,
                      untensed: trig.form == .noun || trig.form == .present || trig.form == .base)
        }
        // a directed act by several senders is each sender's own: "Kishida and Albanese sent congratulations"
        let senders: [[Actor]] = type == .message && Set(agents.map(\.code)).count >= 2 && !isJoint(sentence)
            ? agents.map { [$0] } : [agents]
        for agents in senders {
            if distribute && Set(partners.map(\.code)).count >= 2 {
                for p in partners { out.append(make(agents, [p])) }
            } else {
                out.append(make(agents, partners))
            }
        }
        // talks held in one side's state, not at a summit or forum: the other side travelled there
        // ("talks with Putin in Moscow", "In Russia, he held talks with his counterparts from A and B")
        if type == .meeting, occasion == nil, let loc = location, locationStated, !rule.hasPrefix("host"), !rule.hasPrefix("summit") {
            let hostSide = agents.contains(where: { $0.code == loc.code }) ? agents : partners.contains(where: { $0.code == loc.code }) ? partners : []
            if !hostSide.isEmpty {
                let guests = (agents + partners).filter { g in g.isPerson && g.code != loc.code && !hostSide.contains(where: { $0.code == g.code }) }
                let host = Actor(code: loc.code, name: nil, role: nil, gender: nil, isPerson: false)
                for g in guests {
                    var v = make([g], [host])
                    v.type = .visit
                    v.genericTalks = false
                    v.rule = rule + ":implied-visit"
                    out.append(v)
                }
            }
        }
        return out
    }

    func occasionKey(_ s: String) -> String { Folding.fold(s) }

    /// The summit, forum or commemoration named in the sentence ("the SCO summit", "Army 2024 International … Forum").
    func occasion(_ sentence: Range<Int>) -> String? {
        for i in sentence where Cues.occasionHeads.contains(tokens[i].key) && tokens[i].key != W.meeting {
            // capitalised words (or an organisation) before the head
            var a = i
            while a - 1 >= sentence.lowerBound, tokens[a - 1].isCapitalized || tokens[a - 1].kind == .number
                || tokens[a - 1].flags.contains(.allCaps) {
                a -= 1
            }
            var b = i
            // "summit of the expanded BRICS group"
            if a == i, key(i + 1) == K.of {
                var j = i + 2
                while j < sentence.upperBound && j < i + 6 && !tokens[j].isCapitalized { j += 1 }
                if j < sentence.upperBound, tokens[j].isCapitalized {
                    while j + 1 < sentence.upperBound && tokens[j + 1].isCapitalized { j += 1 }
                    b = j
                }
            }
            if a == i && b == i { continue }
            return analysis.string(tokens: a, b)
        }
        return nil
    }

    /// Records where a summit took place, for later sentences that mention it without a place.
    mutating func noteOccasionPlace(_ c: Candidate) {
        if let o = c.occasion, let l = c.location { occasionPlaces[occasionKey(o)] = l }
    }

    /// "flew to the Russian Black Sea resort of Sochi": the place ending the noun phrase after "to".
    func destinationInToPhrase(after triggerEnd: Int, candidates: [Group]) -> Group? {
        guard let toIndex = (triggerEnd..<min(triggerEnd + 3, analysis.tokens.count)).first(where: { tokens[$0].key == K.to }) else {
            return nil
        }
        for g in candidates where g.tokens.lowerBound > toIndex + 1 && g.tokens.lowerBound - toIndex <= 8 {
            let between = (toIndex + 1)..<g.tokens.lowerBound
            let crossesPhrase = between.contains { i in
                let t = tokens[i]
                if t.kind == .punctuation { return !(t.symbol == UInt8(ascii: "-") || t.symbol == UInt8(ascii: "'")) }
                return t.key != K.of && Cues.prepositions[t.key] != nil
            }
            return crossesPhrase ? nil : g
        }
        return nil
    }

    /// Writes what the rules see in one sentence: groups with their attachment, triggers and time expressions.
    mutating func traceSentence(_ index: Int, range: Range<Int>, groups: [Group], triggers: [(Trigger, Range<Int>)],
                                times: [TemporalExpression]) {
        var lines = ["#\(index) \(analysis.string(tokens: range.lowerBound, range.upperBound - 1))"]
        for g in groups {
            let actors = g.actors.map { "\($0.code)\($0.isPerson ? "/" + ($0.name ?? $0.role?.rawValue ?? "person") : "")" }
                .joined(separator: ",")
            let place = g.place.map { " place=\($0.name)/\($0.code)" } ?? ""
            lines.append("  group [\(analysis.string(tokens: g.tokens.lowerBound, g.tokens.upperBound - 1))] actors=\(actors)\(place) "
                + "att=\(g.attachment) clauseStart=\(g.clauseStart)\(g.possessive ? " possessive" : "") label=\(g.label)")
        }
        for (t, span) in triggers {
            lines.append("  trigger [\(analysis.string(tokens: span.lowerBound, span.upperBound - 1))] \(t.sense) \(t.form)")
        }
        for x in times { lines.append("  time [\(analysis.string(tokens: x.tokens.lowerBound, x.tokens.upperBound - 1))] \(x.kind)") }
        trace?.append(contentsOf: lines)
    }
}

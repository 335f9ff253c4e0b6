import ParleyKnowledge
import ParleyTime

/// One interaction of an article, gathered from every sentence that reports it.
struct MergedEvent {
    var type: EventType
    var status: EventStatus
    var agents: [Actor]
    var partners: [Actor]
    var sentences: [Int]
    var date: (DayRange, String)?
    var location: EventLocation?
    var occasion: String?
    var confidence: Double
    var candidates: [Candidate]
    var notes: [String]

    /// The participants' codes and, for directed types, the sources' codes: kept, not recomputed (merging only
    /// ever fills in names of actors already there).
    private(set) var codes: Set<String> = []
    private(set) var sourceCodes: Set<String> = []

    init(type: EventType, status: EventStatus, agents: [Actor], partners: [Actor], sentences: [Int], date: (DayRange, String)?,
         location: EventLocation?, occasion: String?, confidence: Double, candidates: [Candidate], notes: [String]) {
        self.type = type; self.status = status; self.agents = agents; self.partners = partners; self.sentences = sentences
        self.date = date; self.location = location; self.occasion = occasion; self.confidence = confidence
        self.candidates = candidates; self.notes = notes
        refreshCodes()
    }

    /// Recomputes `codes` and `sourceCodes` after the type or the participants change.
    mutating func refreshCodes() {
        codes = Set((agents + partners).map(\.code).filter { !$0.isEmpty })
        sourceCodes = type.isDirected ? Set(agents.map(\.code)) : []
    }
}

/// Makes one event per interaction per article (EVENTS.md): re-mentions merge; talks of unstated
/// medium become calls where the article reports those contacts as calls; a joint event that only
/// restates bilateral events already found is dropped.
struct ArticleMerger {
    let kb: KnowledgeBase
    /// The article's publication date: an undated report is the article's news, not a contact long before it.
    var publication: Day? = nil

    func merge(_ candidates: [Candidate]) -> [MergedEvent] {
        // 1. expand to per-event units, dropping self-interactions
        var units: [MergedEvent] = []
        for c in candidates {
            let agents = dedupe(c.agents), partners = dedupe(c.partners.filter { p in !c.agents.contains(where: { $0.code == p.code }) })
            let all = Set((agents + partners).map(\.code))
            guard all.count >= 2 else { continue }
            units.append(MergedEvent(type: c.type, status: c.status, agents: agents, partners: partners, sentences: [c.sentence],
                                     date: c.date, location: c.location, occasion: c.occasion, confidence: c.confidence,
                                     candidates: [c], notes: []))
        }
        // 2. talks of unstated medium: a call when the article reports the same contact as a call,
        //    or reports calls and no face-to-face meeting
        let explicitCalls = units.filter { $0.type == .call && !$0.candidates[0].genericTalks }
        // face-to-face meetings that happened, between states (attending a summit says nothing of the medium of other talks)
        let explicitMeetings = units.filter { $0.type == .meeting && !$0.candidates[0].genericTalks && $0.status == .occurred
            && $0.codes.allSatisfy { kb.state(code: $0) != nil } }
        for i in units.indices where units[i].candidates[0].genericTalks {
            if (units[i].location == nil && explicitCalls.contains(where: { c in
                    c.codes == units[i].codes && (c.date == nil || units[i].date == nil || c.date!.0.overlaps(units[i].date!.0)) })) ||
                (!explicitCalls.isEmpty && !explicitMeetings.contains(where: { !$0.codes.isDisjoint(with: units[i].codes) })
                    && units[i].location == nil) {
                units[i].type = .call
                units[i].refreshCodes()
                units[i].notes.append("talks reported as calls elsewhere in the article")
            }
        }
        // 2b. a visit implied by talks held in one side's state adds nothing where the article states the trip itself
        let stated = units.filter { $0.type == .visit && !$0.candidates[0].rule.hasSuffix("implied-visit") }
        units.removeAll { u in
            u.type == .visit && u.candidates[0].rule.hasSuffix("implied-visit")
                && stated.contains { $0.codes == u.codes && $0.sourceCodes == u.sourceCodes }
        }
        // 3. merge re-mentions
        var merged: [MergedEvent] = []
        for u in units {
            if let i = merged.firstIndex(where: { compatible($0, u) }) {
                // a planned report joining a first report that only named the event (a noun) sets the status
                if merged[i].status == .occurred, u.status == .planned, merged[i].candidates.allSatisfy(\.untensed) {
                    merged[i].status = .planned
                }
                merged[i].sentences += u.sentences.filter { !merged[i].sentences.contains($0) }
                merged[i].candidates += u.candidates
                // the tightest date any report gives: "Friday" within "earlier this week"
                if let d = u.date, merged[i].date.map({ d.0 != $0.0 && $0.0.contains(d.0) }) ?? true { merged[i].date = d }
                if merged[i].location == nil { merged[i].location = u.location }
                if merged[i].occasion == nil { merged[i].occasion = u.occasion }
                // a report in the past tense makes a planned event happen; a bare noun ("the trip to Austria") does not
                if u.status == .occurred, !u.candidates.allSatisfy(\.untensed) { merged[i].status = .occurred }
                merged[i].confidence = min(0.99, max(merged[i].confidence, u.confidence) + 0.03)
                for a in u.agents + u.partners {
                    for k in merged[i].agents.indices where merged[i].agents[k].code == a.code && merged[i].agents[k].name == nil { merged[i].agents[k] = a }
                    for k in merged[i].partners.indices where merged[i].partners[k].code == a.code && merged[i].partners[k].name == nil { merged[i].partners[k] = a }
                }
                merged[i].notes.append("merged a re-mention from sentence \(u.sentences[0])")
            } else {
                merged.append(u)
            }
        }
        // 4. a joint event of three or more that only restates bilateral events of the article
        let all = merged
        merged.removeAll { e in
            guard e.codes.count >= 3 else { return false }
            let covering = all.filter { $0.type == e.type && $0.codes.count == 2 && $0.codes.isSubset(of: e.codes) }
            return covering.count >= e.codes.count - 1
        }
        inheritDates(&merged)
        return merged
    }

    /// An act told without a date inside a dated contact ("During the call, Putin invited Xi"; "Biden thanked the emir"
    /// after "spoke by phone on Tuesday") took place then: it takes the date of the nearest contact between the same
    /// states, told at most two sentences before it (or after it, for a headline's event).
    func inheritDates(_ events: inout [MergedEvent]) {
        // twice: a trip dated by the signing it led to then dates the summit attendance told with the trip
        for _ in 0..<2 { inheritDatesOnce(&events) }
    }

    func inheritDatesOnce(_ events: inout [MergedEvent]) {
        let contacts = events.indices.filter { i in
            events[i].date != nil && [.meeting, .call, .visit, .agreement].contains(events[i].type)
        }
        for i in events.indices where events[i].date == nil {
            let first = events[i].sentences.min() ?? 0
            var best: (index: Int, distance: Int, rank: Int)? = nil
            for j in contacts where j != i && events[j].status == events[i].status {
                // the same parties, or (in one sentence) the same agent: "travelled to Niamey for the meeting"
                let sameSentence = !Set(events[j].sentences).isDisjoint(with: events[i].sentences)
                guard events[j].codes.intersection(events[i].codes).count >= 2 || events[j].codes.isSuperset(of: events[i].codes)
                    || (sameSentence && !events[j].codes.isDisjoint(with: events[i].codes)) else { continue }
                let s = events[j].sentences.min() ?? 0
                let back = first - s
                // a headline's event is told again, with its date, in the first paragraphs
                let distance = back >= 0 ? back : (first <= 1 ? -back : Int.max)
                guard distance <= (first <= 1 && back < 0 ? 6 : 3) else { continue }
                // talks and calls are what acts are told inside of ("During the talks, Lula invited Xi"); trips and
                // signings come after them
                let rank = events[j].type == .meeting || events[j].type == .call ? 0 : 1
                if best == nil || (rank, distance) < (best!.rank, best!.distance) { best = (j, distance, rank) }
            }
            if let b = best {
                events[i].date = events[b.index].date
                events[i].notes.append("date of the \(events[b.index].type.rawValue) it was part of (sentence \(events[b.index].sentences.min() ?? 0))")
            }
        }
    }

    func dedupe(_ actors: [Actor]) -> [Actor] {
        var out: [Actor] = []
        for a in actors where !a.code.isEmpty {
            if let i = out.firstIndex(where: { $0.code == a.code }) {
                if out[i].name == nil { out[i] = a }
            } else {
                out.append(a)
            }
        }
        return out
    }

    func compatible(_ a: MergedEvent, _ b: MergedEvent) -> Bool {
        guard a.type == b.type, a.codes == b.codes, a.sourceCodes == b.sourceCodes else { return false }
        if let la = a.location, let lb = b.location, la.code != lb.code { return false }
        // "talks with Wang Yi … and later met Xi Jinping": meetings with different people of one state are two
        // (two ministers travelling together in one sentence are one trip)
        if a.type == .meeting || a.type == .call || (a.type == .visit && Set(a.sentences).isDisjoint(with: b.sentences)) {
            for x in a.agents + a.partners {
                guard let nx = x.name else { continue }
                if (b.agents + b.partners).contains(where: { $0.code == x.code && $0.name != nil && $0.name != nx }) { return false }
            }
        }
        if let da = a.date?.0, let db = b.date?.0, !da.overlaps(db) { return false }
        // "last met in Astana in October 2022" is not the undated "Erdogan meets Putin" of the headline
        if let p = publication, (a.date == nil) != (b.date == nil), let d = (a.date ?? b.date)?.0, d.end < p.adding(days: -30) { return false }
        if a.status != b.status, let da = a.date?.0, let db = b.date?.0, da != db { return false }
        return true
    }
}

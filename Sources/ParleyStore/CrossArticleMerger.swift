import ParleyExtraction

/// Merges reports of one real event from different articles into one event (issue 4): same type, same
/// participants (and the same people where both reports name them), compatible dates (overlapping day
/// ranges, give or take a day; a "last week" range contains the day; a planned event that occurred on
/// its date), and compatible locations (the same state, or one report silent). Every decision carries
/// a reason that `parley events --explain` prints.
public struct CrossArticleMerger: Sendable {
    /// Days of slack when comparing day ranges (time zones, "overnight").
    public var tolerance = 1
    /// Days before publication an undated report of a past event can refer to.
    public var undatedPastDays = 7
    /// Days after publication an undated planned event can fall in.
    public var undatedPlannedDays = 60

    public init() {}

    /// The merge key: type, sorted participant codes, and the source side of directed types.
    public func key(_ e: Event) -> String {
        var k = e.type.rawValue + "|" + e.codes.joined(separator: ",")
        if e.type.isDirected { k += "|" + e.sourceCodes.joined(separator: ",") }
        return k
    }

    /// The days a report can refer to: its own date, else a window around its article's publication date.
    public func window(_ e: Event, published: String?) -> DayWindow? {
        if let d = e.date, CalendarDay.number(d.start) != nil, CalendarDay.number(d.end) != nil {
            return DayWindow(start: d.start, end: d.end)
        }
        guard let p = published, CalendarDay.number(String(p.prefix(10))) != nil else { return nil }
        let day = String(p.prefix(10))
        return e.status == .planned ? DayWindow.around(day, from: 0, to: undatedPlannedDays)
                                    : DayWindow.around(day, from: -undatedPastDays, to: 0)
    }

    /// The outcome of comparing a report with an existing event.
    public enum Decision: Sendable, Hashable {
        case merge(reason: String, score: Int)
        case apart(reason: String)
    }

    /// Whether `mention` (with its window) reports the same real event as `cluster`, and why.
    public func compare(_ mention: Event, window: DayWindow?, with cluster: EventCluster) -> Decision {
        let c = cluster.event
        guard key(mention) == cluster.key else { return .apart(reason: "different type or participants") }
        var reasons = ["same type \(c.type.rawValue)", "same participants \(c.codes.joined(separator: "–"))"]
        var score = 0
        // people: where both name the person acting for a state, they must agree
        for p in mention.participants {
            guard let n = p.name, let q = c.participants.first(where: { $0.code == p.code }), let m = q.name else { continue }
            if n != m { return .apart(reason: "\(p.code) is \(n) in one report and \(m) in the other") }
            reasons.append("same person for \(p.code) (\(n))")
            score += 1
        }
        // dates
        guard let w = window, let cw = cluster.window else { return .apart(reason: "no date or publication date to compare") }
        guard w.overlaps(cw, tolerance: tolerance) else { return .apart(reason: "dates \(w) and \(cw) are apart") }
        let exactDates = mention.date != nil && c.date != nil
        if w == cw { reasons.append("same date \(w)"); score += 3 }
        else if cw.contains(w) || w.contains(cw) {
            reasons.append("date \(w.length <= cw.length ? w : cw) lies within \(w.length <= cw.length ? cw : w)"); score += 2
        } else if w.overlaps(cw) { reasons.append("dates \(w) and \(cw) overlap"); score += 1 }
        else { reasons.append("dates \(w) and \(cw) are within \(tolerance) day") }
        if !exactDates { reasons.append("an undated report placed by its publication date") }
        if mention.status != c.status { reasons.append("planned and occurred reports of the same date") }
        // location
        switch (mention.location, c.location) {
        case let (a?, b?):
            if a.code != b.code { return .apart(reason: "locations \(a.name) (\(a.code)) and \(b.name) (\(b.code)) differ") }
            reasons.append(a.name == b.name ? "same place \(a.name)" : "places \(a.name) and \(b.name) in \(a.code)")
            score += 2
        case (nil, _?), (_?, nil): reasons.append("one report gives no place")
        case (nil, nil): break
        }
        return .merge(reason: reasons.joined(separator: "; "), score: score)
    }

    /// The event among `candidates` that the report belongs to (the best-scoring compatible one), with the reason.
    public func bestMatch(_ mention: Event, window: DayWindow?, among candidates: [EventCluster]) -> (EventCluster, String)? {
        var best: (EventCluster, String, Int)?
        for c in candidates {
            guard case let .merge(reason, score) = compare(mention, window: window, with: c) else { continue }
            if best == nil || score > best!.2 || (score == best!.2 && c.sourceCount > best!.0.sourceCount) { best = (c, reason, score) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// The merged event of a set of reports, with the id `id`.
    public func build(id: String, mentions: [StoredMention]) -> EventCluster {
        precondition(!mentions.isEmpty, "a merged event needs at least one report")
        let sorted = mentions.sorted { ($0.documentID, $0.id) < ($1.documentID, $1.id) }
        var e = sorted[0].event
        e.id = id
        // the first report in ingest order leads; the others add what it lacks
        let lead = mentions[0].event
        e.type = lead.type
        e.participants = lead.participants
        for m in mentions.dropFirst() {
            for p in m.event.participants {
                if let i = e.participants.firstIndex(where: { $0.code == p.code }) {
                    if e.participants[i].name == nil, p.name != nil { e.participants[i].name = p.name; e.participants[i].role = p.role }
                } else {
                    e.participants.append(p)
                }
            }
        }
        // status: occurred once any report says it happened
        e.status = mentions.contains { $0.event.status == .occurred } ? .occurred : .planned
        // date: the tightest range all dated reports agree on (else the narrowest one), preferring occurred reports
        let dated = mentions.filter { $0.event.date != nil }
        let pool = dated.contains { $0.event.status == .occurred } ? dated.filter { $0.event.status == .occurred } : dated
        if let first = pool.min(by: { dayLength($0.event.date!) < dayLength($1.event.date!) }) {
            var date = first.event.date!
            var w = DayWindow(start: date.start, end: date.end)
            for m in pool {
                let d = m.event.date!
                if let i = w.intersection(DayWindow(start: d.start, end: d.end)) { w = i }
            }
            date.start = w.start; date.end = w.end
            e.date = date
        } else {
            e.date = nil
        }
        e.location = lead.location ?? mentions.lazy.compactMap(\.event.location).first
        e.occasion = lead.occasion ?? mentions.lazy.compactMap(\.event.occasion).first
        e.topics = Array(Set(mentions.flatMap(\.event.topics))).sorted()
        var seen = Set<Evidence>()
        e.evidence = mentions.flatMap(\.event.evidence).filter { seen.insert($0).inserted }
        let docs = Array(Set(mentions.map(\.documentID))).sorted()
        let best = mentions.map(\.event.confidence).max() ?? 0.5
        e.confidence = (min(0.99, best + 0.02 * Double(docs.count - 1)) * 100).rounded() / 100
        // window: what every report allows, else the event's own date
        var window: DayWindow? = e.date.map { DayWindow(start: $0.start, end: $0.end) }
        if window == nil {
            for m in mentions { if let mw = m.window { window = window.flatMap { $0.intersection(mw) } ?? mw } }
        }
        return EventCluster(event: e, key: key(lead), window: window, sourceCount: docs.count, documents: docs)
    }

    func dayLength(_ d: EventDate) -> Int { DayWindow(start: d.start, end: d.end).length }

    /// A stable merged-event id from the id of its first report.
    public static func eventID(firstMention: String) -> String {
        var h: UInt64 = 0x9e3779b97f4a7c15
        for b in firstMention.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return "ev-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

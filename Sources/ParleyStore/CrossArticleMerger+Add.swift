import ParleyExtraction

extension CrossArticleMerger {
    /// The merged event `cluster` once `mention` (from another document) joins it.
    public func add(_ mention: StoredMention, to cluster: EventCluster) -> EventCluster {
        var c = cluster
        var e = c.event
        let m = mention.event
        for p in m.participants {
            if let i = e.participants.firstIndex(where: { $0.code == p.code }) {
                if e.participants[i].name == nil, p.name != nil { e.participants[i].name = p.name; e.participants[i].role = p.role }
            } else {
                e.participants.append(p)
            }
        }
        // dates: an occurred report's date beats a planned one's; otherwise keep the tightest common range
        switch (e.date, m.date) {
        case (nil, let d?): e.date = d
        case let (a?, b?):
            let wa = DayWindow(start: a.start, end: a.end), wb = DayWindow(start: b.start, end: b.end)
            if e.status == .planned && m.status == .occurred {
                var d = b
                if let i = wb.intersection(wa) { d.start = i.start; d.end = i.end }
                e.date = d
            } else if !(e.status == .occurred && m.status == .planned), let i = wa.intersection(wb) {
                var d = wb.length < wa.length ? b : a
                d.start = i.start; d.end = i.end
                e.date = d
            }
        default: break
        }
        if m.status == .occurred { e.status = .occurred }
        if e.location == nil { e.location = m.location }
        if e.occasion == nil { e.occasion = m.occasion }
        e.topics = Array(Set(e.topics + m.topics)).sorted()
        for ev in m.evidence where !e.evidence.contains(ev) { e.evidence.append(ev) }
        if !c.documents.contains(mention.documentID) {
            c.documents = (c.documents + [mention.documentID]).sorted()
            e.confidence = (min(0.99, max(e.confidence, m.confidence) + 0.02) * 100).rounded() / 100
        }
        c.sourceCount = c.documents.count
        c.event = e
        if let d = e.date { c.window = DayWindow(start: d.start, end: d.end) }
        else if let mw = mention.window { c.window = c.window.flatMap { $0.intersection(mw) } ?? mw }
        return c
    }

    /// A new merged event started by one report.
    public func start(_ mention: StoredMention) -> EventCluster {
        var e = mention.event
        e.id = mention.eventID
        return EventCluster(event: e, key: key(mention.event), window: mention.window, sourceCount: 1, documents: [mention.documentID])
    }
}

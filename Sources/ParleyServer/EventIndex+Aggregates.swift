import ParleyExtraction
import ParleyStore
import ParleyTime

/// The length of the periods a timeline counts events in.
public enum TimelineInterval: String, Sendable, CaseIterable {
    case day, week, month

    /// The period holding a day: its label (`2024-05-16`, `2024-W20`, `2024-05`) and first and last day numbers.
    public func period(of serial: Int) -> (label: String, start: Int, end: Int) {
        let day = Day(serial: Int32(serial))
        switch self {
        case .day:
            return (day.description, serial, serial)
        case .week:
            let monday = serial - day.weekday
            let thursday = Day(serial: Int32(monday + 3))
            let jan1 = Day(year: thursday.year, month: 1, day: 1)!
            let week = (Int(thursday.serial - jan1.serial)) / 7 + 1
            return (String(thursday.year) + "-W" + (week < 10 ? "0" : "") + String(week), monday, monday + 6)
        case .month:
            let (y, m, _) = day.components
            let first = Int(Day(year: y, month: m, day: 1)!.serial)
            return (String(day.description.prefix(7)), first, first + Day.daysIn(month: m, year: y) - 1)
        }
    }
}

/// An actor's share of matching events.
public struct ActorCount: Sendable, Hashable {
    public var code: String
    public var events: Int
    public var partners: Int
}

/// Events counted in one period of a timeline.
public struct TimelineBucket: Sendable, Hashable {
    public var period: String
    public var start: Int
    public var end: Int
    public var count: Int
    public var byType: [EventType: Int]
}

/// An edge of the network: events two actors took part in together.
public struct GraphEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var weight: Int
    public var first: Int?
    public var last: Int?
    public var byType: [EventType: Int]
}

/// A place where matching events took place.
public struct PlaceCount: Sendable, Hashable {
    public var name: String
    public var code: String?
    public var count: Int
}

extension EventIndex {
    /// Actors of the matching events, most events first (ties by code).
    public func actors(_ positions: [Int32]) -> [ActorCount] {
        var events: [String: Int] = [:]
        var partners: [String: Set<String>] = [:]
        for i in positions {
            let codes = Set(entries[Int(i)].codes)
            for c in codes {
                events[c, default: 0] += 1
                for o in codes where o != c { partners[c, default: []].insert(o) }
            }
        }
        return events.map { ActorCount(code: $0.key, events: $0.value, partners: partners[$0.key]?.count ?? 0) }
            .sorted { ($1.events, $0.code) < ($0.events, $1.code) }
    }

    /// Counts per period, from the first to the last period with events (empty periods included when there are
    /// at most 5,000 of them), and the number of undated events.
    public func timeline(_ positions: [Int32], interval: TimelineInterval) -> (buckets: [TimelineBucket], undated: Int) {
        var byPeriod: [Int: TimelineBucket] = [:]
        var undated = 0
        for i in positions {
            let e = entries[Int(i)]
            guard let start = e.start else { undated += 1; continue }
            let p = interval.period(of: start)
            byPeriod[p.start, default: TimelineBucket(period: p.label, start: p.start, end: p.end, count: 0, byType: [:])].count += 1
            byPeriod[p.start]!.byType[e.type, default: 0] += 1
        }
        guard let first = byPeriod.keys.min(), let last = byPeriod.keys.max() else { return ([], undated) }
        let span = interval == .day ? last - first : interval == .week ? (last - first) / 7 : (last - first) / 28
        guard span <= 5000 else { return (byPeriod.values.sorted { $0.start < $1.start }, undated) }
        var out: [TimelineBucket] = []
        var day = first
        while day <= last {
            let p = interval.period(of: day)
            out.append(byPeriod[p.start] ?? TimelineBucket(period: p.label, start: p.start, end: p.end, count: 0, byType: [:]))
            day = p.end + 1
        }
        return (out, undated)
    }

    /// The network of the matching events: every pair of participants of an event is an edge; the `maxNodes` most
    /// active actors are kept, with the edges among them that have at least `minWeight` events.
    public func graph(_ positions: [Int32], minWeight: Int, maxNodes: Int) -> (nodes: [ActorCount], edges: [GraphEdge]) {
        let nodes = Array(actors(positions).prefix(maxNodes))
        let kept = Set(nodes.map(\.code))
        var edges: [String: GraphEdge] = [:]
        for i in positions {
            let e = entries[Int(i)]
            let codes = Array(Set(e.codes).intersection(kept)).sorted()
            guard codes.count >= 2 else { continue }
            for a in 0..<(codes.count - 1) {
                for b in (a + 1)..<codes.count {
                    let k = codes[a] + "|" + codes[b]
                    var edge = edges[k] ?? GraphEdge(source: codes[a], target: codes[b], weight: 0, first: nil, last: nil, byType: [:])
                    edge.weight += 1
                    edge.byType[e.type, default: 0] += 1
                    if let s = e.start {
                        edge.first = min(edge.first ?? s, s)
                        edge.last = max(edge.last ?? s, e.end ?? s)
                    }
                    edges[k] = edge
                }
            }
        }
        let list = edges.values.filter { $0.weight >= minWeight }
            .sorted { ($1.weight, $0.source, $0.target) < ($0.weight, $1.source, $1.target) }
        return (nodes, list)
    }

    /// Places of the matching events, most events first, and the number of events without a place.
    public func places(_ positions: [Int32]) -> (places: [PlaceCount], unplaced: Int) {
        var counts: [String: PlaceCount] = [:]
        var unplaced = 0
        for i in positions {
            let e = entries[Int(i)]
            guard let name = e.locationName else { unplaced += 1; continue }
            counts[name.lowercased(), default: PlaceCount(name: name, code: e.locationCode, count: 0)].count += 1
        }
        return (counts.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }, unplaced)
    }

    /// The partners of `code` among the positions (events it takes part in), most events first.
    public func partners(of code: String, _ positions: [Int32]) -> [(code: String, count: Int)] {
        var counts: [String: Int] = [:]
        for i in positions {
            for c in Set(entries[Int(i)].codes) where c != code { counts[c, default: 0] += 1 }
        }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// The people acting for `code` in the positions, most events first.
    public func people(of code: String, _ positions: [Int32]) -> [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for i in positions {
            for p in Set(entries[Int(i)].people.filter { $0.code == code }.map(\.name)) { counts[p, default: 0] += 1 }
        }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }
}

import ParleyExtraction
import ParleyStore
import ParleyTime

/// The length of the periods a timeline counts events in.
public enum TimelineInterval: String, Sendable, CaseIterable {
    case day, week, month

    /// The first day (day number) of the period holding a day.
    public func start(of serial: Int) -> Int {
        let day = Day(serial: Int32(serial))
        switch self {
        case .day: return serial
        case .week: return serial - day.weekday
        case .month: return serial - day.components.day + 1
        }
    }

    /// The period holding a day: its label (`2024-05-16`, `2024-W20`, `2024-05`) and first and last day numbers.
    public func period(of serial: Int) -> (label: String, start: Int, end: Int) {
        let first = start(of: serial)
        let day = Day(serial: Int32(first))
        switch self {
        case .day:
            return (day.description, first, first)
        case .week:
            let thursday = Day(serial: Int32(first + 3))
            let jan1 = Day(year: thursday.year, month: 1, day: 1)!
            let week = (Int(thursday.serial - jan1.serial)) / 7 + 1
            return (String(thursday.year) + "-W" + (week < 10 ? "0" : "") + String(week), first, first + 6)
        case .month:
            let (y, m, _) = day.components
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
        var events = [Int](repeating: 0, count: codeTable.count)
        var partners = [Int](repeating: 0, count: codeTable.count)
        var pairs = Set<Int>()
        let n = codeTable.count
        for i in positions {
            let ids = entries[Int(i)].codeIDs
            for (k, a) in ids.enumerated() {
                events[Int(a)] += 1
                for b in ids[(k + 1)...] where pairs.insert(Int(a) * n + Int(b)).inserted {
                    partners[Int(a)] += 1
                    partners[Int(b)] += 1
                }
            }
        }
        return (0..<n).filter { events[$0] > 0 }
            .map { ActorCount(code: codeTable[$0], events: events[$0], partners: partners[$0]) }
            .sorted { ($1.events, $0.code) < ($0.events, $1.code) }
    }

    /// Counts per period, from the first to the last period with events (empty periods included when there are
    /// at most 5,000 of them), and the number of undated events.
    public func timeline(_ positions: [Int32], interval: TimelineInterval) -> (buckets: [TimelineBucket], undated: Int) {
        var counts: [Int: [Int]] = [:]
        var undated = 0
        for i in positions {
            let e = entries[Int(i)]
            guard let start = e.start else { undated += 1; continue }
            counts[interval.start(of: start), default: [Int](repeating: 0, count: EventType.allCases.count)][e.type.index] += 1
        }
        var byPeriod: [Int: TimelineBucket] = [:]
        for (start, perType) in counts {
            let p = interval.period(of: start)
            var byType: [EventType: Int] = [:]
            for (t, n) in zip(EventType.allCases, perType) where n > 0 { byType[t] = n }
            byPeriod[start] = TimelineBucket(period: p.label, start: p.start, end: p.end, count: perType.reduce(0, +), byType: byType)
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
    /// active actors are kept, with the `maxEdges` heaviest edges among them that have at least `minWeight` events.
    public func graph(_ positions: [Int32], minWeight: Int, maxNodes: Int, maxEdges: Int = 3000) -> (nodes: [ActorCount], edges: [GraphEdge]) {
        let nodes = Array(actors(positions).prefix(maxNodes))
        let n = codeTable.count
        var kept = [Bool](repeating: false, count: n)
        var number: [String: Int] = [:]
        for (i, c) in codeTable.enumerated() { number[c] = i }
        for node in nodes { kept[number[node.code]!] = true }
        struct Tally { var weight = 0, first = Int.max, last = Int.min; var byType = [Int](repeating: 0, count: EventType.allCases.count) }
        var tallies: [Int: Tally] = [:]
        for i in positions {
            let e = entries[Int(i)]
            let ids = e.codeIDs.filter { kept[Int($0)] }
            guard ids.count >= 2 else { continue }
            for k in 0..<(ids.count - 1) {
                for b in ids[(k + 1)...] {
                    let key = Int(ids[k]) * n + Int(b)
                    tallies[key, default: Tally()].weight += 1
                    tallies[key]!.byType[e.type.index] += 1
                    if let s = e.start {
                        tallies[key]!.first = min(tallies[key]!.first, s)
                        tallies[key]!.last = max(tallies[key]!.last, e.end ?? s)
                    }
                }
            }
        }
        let heaviest = tallies.filter { $0.value.weight >= minWeight }
            .sorted { ($1.value.weight, $0.key) < ($0.value.weight, $1.key) }
            .prefix(maxEdges)
        let edges = heaviest.map { key, t in
            var byType: [EventType: Int] = [:]
            for (type, c) in zip(EventType.allCases, t.byType) where c > 0 { byType[type] = c }
            let (a, b) = (codeTable[key / n], codeTable[key % n])
            return GraphEdge(source: min(a, b), target: max(a, b), weight: t.weight, first: t.first == Int.max ? nil : t.first,
                             last: t.last == Int.min ? nil : t.last, byType: byType)
        }
        return (nodes, edges)
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

extension EventType {
    /// The type's position in `allCases`, for counting in arrays.
    var index: Int {
        switch self {
        case .meeting: 0
        case .call: 1
        case .visit: 2
        case .agreement: 3
        case .invitation: 4
        case .message: 5
        case .demand: 6
        }
    }
}

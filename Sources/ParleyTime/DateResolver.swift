/// Turns a `TemporalExpression` into the tightest day range it denotes, given the publication date
/// and the tense of the clause (EVENTS.md "Dates").
public struct DateResolver: Sendable {
    public init() {}

    /// The range `kind` denotes, or nil when it cannot be fixed (no publication date for a relative expression).
    /// `contextYear`, the year the article last wrote out in full ("from 5 to 7 May 2024"), dates a bare
    /// "on 8 May" when the article has no publication date.
    public func resolve(_ kind: TemporalExpression.Kind, publication: Day?, tense: Tense, contextYear: Int? = nil) -> DayRange? {
        if publication == nil, let contextYear {
            switch kind {
            case let .date(month, day, nil):
                return Day(year: contextYear, month: month, day: day).map { DayRange($0) }
            case let .dateRange(month, day, endMonth, endDay, nil):
                return resolve(.dateRange(month: month, day: day, endMonth: endMonth, endDay: endDay, year: contextYear),
                               publication: nil, tense: tense)
            case let .namedMonth(m, nil, nil):
                return DayRange.month(m, of: contextYear)
            default: break
            }
        }
        switch kind {
        case let .date(month, day, year):
            if let year { return Day(year: year, month: month, day: day).map { DayRange($0) } }
            guard let p = publication else { return nil }
            let py = p.year
            // the nearest such date on the side of the publication date that the tense points to
            let candidates = [py - 1, py, py + 1].compactMap { Day(year: $0, month: month, day: day) }
            if tense == .past {
                return candidates.last(where: { $0 <= p.adding(days: 1) }).map { DayRange($0) }
            }
            return candidates.first(where: { $0 >= p.adding(days: -1) }).map { DayRange($0) }
        case let .dateRange(month, day, endMonth, endDay, year):
            var y = year
            if y == nil, let p = publication {
                let guess = resolve(.date(month: month, day: day, year: nil), publication: p, tense: tense)
                y = guess?.start.year
            }
            guard let y, let a = Day(year: y, month: month, day: day),
                  let b = Day(year: endMonth < month ? y + 1 : y, month: endMonth, day: endDay) else { return nil }
            return DayRange(a, b)
        case let .yearNumber(y):
            return DayRange.year(y)
        case let .namedMonth(m, year, relative):
            if let year { return DayRange.month(m, of: year) }
            guard let p = publication else { return nil }
            let (py, pm, _) = p.components
            var y = py
            switch relative {
            case .some(-1): y = m < pm ? py : py - 1
            case .some(1): y = m > pm ? py : py + 1
            case .some(0): y = py
            default:
                if tense == .past { y = m <= pm ? py : py - 1 } else { y = m >= pm ? py : py + 1 }
            }
            return DayRange.month(m, of: y)
        case let .weekday(w, relative):
            guard let p = publication else { return nil }
            let delta = w - p.weekday
            switch relative {
            case .some(-1):
                // "last Monday": the Monday of the previous week when said early in the week, else the most recent one
                let back = delta < 0 ? delta : delta - 7
                return DayRange(p.adding(days: back))
            case .some(1):
                let fwd = delta > 0 ? delta : delta + 7
                return DayRange(p.adding(days: fwd))
            case .some(0):
                return DayRange(p.adding(days: delta))
            default:
                if tense == .past {
                    let back = delta <= 0 ? delta : delta - 7
                    return DayRange(p.adding(days: back))
                }
                let fwd = delta >= 0 ? delta : delta + 7
                return DayRange(p.adding(days: fwd == 0 ? 0 : fwd))
            }
        case let .weekdayRange(w1, w2):
            guard let first = resolve(.weekday(w1, relative: nil), publication: publication, tense: tense) else { return nil }
            let length = (w2 - w1 + 7) % 7
            return DayRange(first.start, first.start.adding(days: length))
        case let .dayOffset(n):
            guard let p = publication else { return nil }
            return DayRange(p.adding(days: n))
        case let .week(n, part):
            guard let p = publication else { return nil }
            let w = DayRange.week(containing: p.adding(days: 7 * n))
            if n == 0 && part == -1 { return DayRange(w.start, max(w.start, p.adding(days: -1))) }
            if n == 0 && part == 1 { return DayRange(min(w.end, p.adding(days: 1)), w.end) }
            return w
        case let .weekend(n):
            guard let p = publication else { return nil }
            var w = DayRange.week(containing: p.adding(days: 7 * n))
            if n == 0 && tense == .past && p.weekday < 5 { w = DayRange.week(containing: p.adding(days: -7)) }
            return DayRange(w.start.adding(days: 5), w.end)
        case let .month(n, part):
            guard let p = publication else { return nil }
            var (y, m, _) = p.components
            m += n
            while m < 1 { m += 12; y -= 1 }
            while m > 12 { m -= 12; y += 1 }
            guard let r = DayRange.month(m, of: y) else { return nil }
            if n == 0 && part == -1 { return DayRange(r.start, max(r.start, p.adding(days: -1))) }
            if n == 0 && part == 1 { return DayRange(min(r.end, p.adding(days: 1)), r.end) }
            return r
        case let .year(n, part):
            guard let p = publication, let r = DayRange.year(p.year + n) else { return nil }
            if n == 0 && part == -1 { return DayRange(r.start, max(r.start, p.adding(days: -1))) }
            if n == 0 && part == 1 { return DayRange(min(r.end, p.adding(days: 1)), r.end) }
            return r
        }
    }
}

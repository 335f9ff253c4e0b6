/// Calendar days as day numbers (days since 1970-01-01), for comparing and widening date ranges.
enum CalendarDay {
    /// The day number of a `YYYY-MM-DD` string, or nil when it is not one.
    static func number(_ s: String) -> Int? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        func n(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard u[i] >= 48, u[i] <= 57 else { return nil }; v = v * 10 + Int(u[i] - 48) }
            return v
        }
        guard let y = n(0..<4), let m = n(5..<7), let d = n(8..<10), (1...12).contains(m), (1...31).contains(d) else { return nil }
        // days from civil (Howard Hinnant)
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The `YYYY-MM-DD` string of a day number.
    static func string(_ z0: Int) -> String {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}

/// A closed range of calendar days, as `YYYY-MM-DD` strings at the edges.
public struct DayWindow: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: String
    public var end: String
    public init(start: String, end: String) { self.start = start; self.end = end }

    var first: Int { CalendarDay.number(start) ?? 0 }
    var last: Int { CalendarDay.number(end) ?? 0 }
    /// Number of days covered.
    public var length: Int { last - first + 1 }

    /// Whether the two ranges overlap once each is widened by `tolerance` days.
    public func overlaps(_ o: DayWindow, tolerance: Int = 0) -> Bool {
        first - tolerance <= o.last && o.first - tolerance <= last
    }
    /// Whether `o` lies inside this range.
    public func contains(_ o: DayWindow) -> Bool { first <= o.first && o.last <= last }
    /// The common days, or nil.
    public func intersection(_ o: DayWindow) -> DayWindow? {
        let a = max(first, o.first), b = min(last, o.last)
        return a <= b ? DayWindow(start: CalendarDay.string(a), end: CalendarDay.string(b)) : nil
    }
    /// The range widened by `days` on each side.
    public func widened(by days: Int) -> DayWindow {
        DayWindow(start: CalendarDay.string(first - days), end: CalendarDay.string(last + days))
    }
    /// A range from a day and offsets in days.
    static func around(_ day: String, from a: Int, to b: Int) -> DayWindow? {
        guard let n = CalendarDay.number(day) else { return nil }
        return DayWindow(start: CalendarDay.string(n + a), end: CalendarDay.string(n + b))
    }
    public var description: String { start == end ? start : "\(start)..\(end)" }
}

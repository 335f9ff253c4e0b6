import ParleyTime

/// Calendar days as day numbers (days since 1970-01-01), for comparing and widening date ranges: a thin view of
/// `ParleyTime.Day` over the `YYYY-MM-DD` strings events carry.
public enum CalendarDay {
    /// The day number of a `YYYY-MM-DD` string, or nil when it is not one.
    public static func number(_ s: String) -> Int? { Day(iso: s).map { Int($0.serial) } }

    /// The `YYYY-MM-DD` string of a day number.
    public static func string(_ n: Int) -> String { Day(serial: Int32(n)).description }
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

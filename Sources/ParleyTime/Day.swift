#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let serial: Int32

    public init(serial: Int32) { self.serial = serial }

    /// The day `year-month-day`, or nil when the components are not a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year), (1...9999).contains(year)
        else { return nil }
        // days from civil (Howard Hinnant's algorithm)
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        serial = Int32(era * 146097 + doe - 719468)
    }

    /// Today in UTC, from the system clock.
    public static func today() -> Day {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Day(serial: Int32(ts.tv_sec / 86_400))
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(serial) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
    public var year: Int { components.year }
    public var month: Int { components.month }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { Int((serial % 7 + 7 + 3) % 7) }

    public func adding(days: Int) -> Day { Day(serial: serial + Int32(days)) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        let c = components
        return String(format4: c.year) + "-" + String(pad2: c.month) + "-" + String(pad2: c.day)
    }

    public static func < (a: Day, b: Day) -> Bool { a.serial < b.serial }
}

/// A closed range of days, the form of every event date.
public struct DayRange: Sendable, Hashable, CustomStringConvertible {
    public var start: Day
    public var end: Day
    public init(_ start: Day, _ end: Day) { self.start = min(start, end); self.end = max(start, end) }
    public init(_ day: Day) { self.start = day; self.end = day }

    /// The whole month `month` of `year`.
    public static func month(_ month: Int, of year: Int) -> DayRange? {
        guard let a = Day(year: year, month: month, day: 1),
              let b = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
        return DayRange(a, b)
    }
    /// The whole year.
    public static func year(_ year: Int) -> DayRange? {
        guard let a = Day(year: year, month: 1, day: 1), let b = Day(year: year, month: 12, day: 31) else { return nil }
        return DayRange(a, b)
    }
    /// Monday to Sunday of the week containing `day`.
    public static func week(containing day: Day) -> DayRange {
        let monday = day.adding(days: -day.weekday)
        return DayRange(monday, monday.adding(days: 6))
    }
    public func contains(_ other: DayRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: DayRange) -> Bool { start <= other.end && other.start <= end }
    public var description: String { "\(start)..\(end)" }
}

extension String {
    init(pad2 v: Int) { self = v < 10 ? "0\(v)" : "\(v)" }
    init(format4 v: Int) {
        switch v {
        case 0..<10: self = "000\(v)"
        case 10..<100: self = "00\(v)"
        case 100..<1000: self = "0\(v)"
        default: self = "\(v)"
        }
    }
}

import ParleyText

/// A time expression found in a sentence ("on Saturday", "last week", "in June", "July 9, 2024"),
/// before it is resolved against a publication date.
public struct TemporalExpression: Sendable, Hashable {
    /// What the expression says, independent of any publication date.
    public enum Kind: Sendable, Hashable {
        /// "on Monday" (0 = Monday … 6 = Sunday); `relative` is -1 for "last Monday", +1 for "next Monday", 0 for "this Monday".
        case weekday(Int, relative: Int?)
        /// "today" (0), "yesterday" (-1), "tomorrow" (+1), "two days ago" (-2).
        case dayOffset(Int)
        /// "last week" (-1), "this week" (0), "next week" (+1); `part` -1 for "earlier this week", +1 for "later this week".
        case week(Int, part: Int)
        /// "last weekend" (-1), "this weekend"/"at the weekend" (0), "next weekend" (+1).
        case weekend(Int)
        /// "last month", "this month", "next month", with `part` as for weeks.
        case month(Int, part: Int)
        /// "last year", "this year", "earlier this year".
        case year(Int, part: Int)
        /// "in June", "last September" (relative -1), "next March" (+1), "June 2024" (year given).
        case namedMonth(Int, year: Int?, relative: Int?)
        /// "July 9", "9 July 2024", "2024-07-09" (year nil when not written).
        case date(month: Int, day: Int, year: Int?)
        /// "May 20 to 22", "20-22 May 2024", "from May 30 to June 2".
        case dateRange(month: Int, day: Int, endMonth: Int, endDay: Int, year: Int?)
        /// "in 2023".
        case yearNumber(Int)
        /// "from Tuesday to Thursday", "on Monday and Tuesday" (0 = Monday … 6 = Sunday).
        case weekdayRange(Int, Int)
    }

    /// Token indices of the expression (end exclusive).
    public var tokens: Range<Int>
    public var kind: Kind
    /// True when the expression only measures time ("since last September", "for the first time since March"),
    /// so it dates no event.
    public var isMeasure: Bool

    public init(tokens: Range<Int>, kind: Kind, isMeasure: Bool) {
        self.tokens = tokens; self.kind = kind; self.isMeasure = isMeasure
    }
}

/// The grammatical time of the clause an expression dates: it picks "last" or "next" Monday.
public enum Tense: Sendable { case past, future }

import ParleyTime

/// Reads the dates that pages and feeds write: ISO 8601 ("2024-07-09T08:30:00+03:00"), "2024/07/09", "20240709",
/// RFC 822 ("Tue, 09 Jul 2024 10:00:00 GMT") and prose ("July 9, 2024", "9 July 2024"). The day is the one
/// written (the publisher's local date); times and zones are ignored.
public enum WebDate {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The day as `YYYY-MM-DD`, or nil when the string holds no complete date.
    public static func parse(_ raw: String) -> String? {
        let s = raw.trimming(" \t\r\n")
        guard s.utf8.count >= 8 else { return nil }
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for i in r { guard b[i] >= 48 && b[i] <= 57 else { return nil }; v = v * 10 + Int(b[i] - 48) }
            return v
        }
        // 2024-07-09, 2024/07/09, 2024.07.09 (then anything)
        if let y = digits(0..<4), b.count >= 10, [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")].contains(b[4]), b[7] == b[4],
           let m = digits(5..<7), let d = digits(8..<10) {
            return Day(year: y, month: m, day: d)?.description
        }
        // 20240709
        if let y = digits(0..<4), let m = digits(4..<6), let d = digits(6..<8), b.count == 8 || !(b[8] >= 48 && b[8] <= 57) {
            return Day(year: y, month: m, day: d)?.description
        }
        // words: a month name, a day and a four-digit year in any order
        var month: Int?, year: Int?
        var numbers: [Int] = []
        for w in ClassHints.words(s) {
            if month == nil, let m = months[w] { month = m; continue }
            if let n = Int(w) {
                if w.count == 4, year == nil, n >= 1900, n <= 2100 { year = n } else if w.count <= 2 { numbers.append(n) }
            }
            if let w2 = stripOrdinal(w), let n = Int(w2), w2.count <= 2 { numbers.append(n) }
        }
        if let month, let year, let d = numbers.first(where: { (1...31).contains($0) }) {
            return Day(year: year, month: month, day: d)?.description
        }
        // 09.07.2024 or 09/07/2024 (day first, as outside the US; ambiguous dates are read day first)
        if b.count >= 10, let d = digits(0..<2), let m = digits(3..<5), let y = digits(6..<10), b[2] == b[5],
           [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-")].contains(b[2]) {
            if m > 12, d <= 12 { return Day(year: y, month: d, day: m)?.description }
            return Day(year: y, month: m, day: d)?.description
        }
        return nil
    }

    static func stripOrdinal(_ w: String) -> String? {
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) && w.count > suffix.count {
            return String(w.dropLast(suffix.count))
        }
        return nil
    }
}

import ParleyText

/// Finds time expressions in a range of tokens with a hand-written scanner over token keys.
public struct TemporalTagger: Sendable {
    static let months: TokenKeyMap<Int> = {
        var m = TokenKeyMap<Int>()
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        for (i, n) in names.enumerated() { m[TokenKey(n)] = i + 1 }
        for (k, v) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
                       ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] { m[TokenKey(k)] = v }
        return m
    }()
    static let weekdays: TokenKeyMap<Int> = {
        var m = TokenKeyMap<Int>()
        for (i, n) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            m[TokenKey(n)] = i
        }
        return m
    }()
    static let numberWords: TokenKeyMap<Int> = {
        var m = TokenKeyMap<Int>()
        for (i, n) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].enumerated() {
            m[TokenKey(n)] = i + 1
        }
        m[TokenKey("a")] = 1
        return m
    }()
    /// The words that can start a time expression (numbers are checked apart).
    static let startKeys = TokenKeySet(words: [
        "last", "past", "previous", "next", "coming", "this", "earlier", "later", "yesterday", "today", "tonight", "tomorrow",
        "weekend", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    enum K {
        static let last = TokenKey("last"), next = TokenKey("next"), this = TokenKey("this"), earlier = TokenKey("earlier")
        static let later = TokenKey("later"), ago = TokenKey("ago"), yesterday = TokenKey("yesterday")
        static let today = TokenKey("today"), tomorrow = TokenKey("tomorrow"), tonight = TokenKey("tonight")
        static let week = TokenKey("week"), month = TokenKey("month"), year = TokenKey("year"), weekend = TokenKey("weekend")
        static let days = TokenKey("days"), day = TokenKey("day"), weeks = TokenKey("weeks"), since = TokenKey("since")
        static let to = TokenKey("to"), and = TokenKey("and"), through = TokenKey("through"), until = TokenKey("until")
        static let the = TokenKey("the"), of = TokenKey("of"), past = TokenKey("past"), coming = TokenKey("coming")
        static let at = TokenKey("at"), on = TokenKey("on"), in_ = TokenKey("in"), from = TokenKey("from")
        static let first = TokenKey("first"), time = TokenKey("time"), previous = TokenKey("previous")
    }

    public init() {}

    /// The days of the week the text names (0 = Monday … 6 = Sunday), for checking a date against them.
    public static func weekdaysNamed(in analysis: TextAnalysis) -> Set<Int> {
        var out = Set<Int>()
        for t in analysis.tokens where t.kind == .word { if let w = weekdays[t.key] { out.insert(w) } }
        return out
    }

    /// The time expressions among `range` of `analysis.tokens`, left to right, not overlapping.
    public func expressions(in analysis: TextAnalysis, range: Range<Int>) -> [TemporalExpression] {
        var out: [TemporalExpression] = []
        let toks = analysis.tokens
        var i = range.lowerBound
        let end = range.upperBound
        func key(_ j: Int) -> TokenKey? { j < end && j >= range.lowerBound ? toks[j].key : nil }
        func number(_ j: Int) -> Int? {
            guard j < end, toks[j].kind == .number, toks[j].end - toks[j].start <= 4 else { return nil }
            var v = 0
            for b in analysis.bytes[Int(toks[j].start)..<Int(toks[j].end)] {
                guard b >= 48 && b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        /// A day of month, allowing ordinals tokenized as "9th".
        func dayNumber(_ j: Int) -> Int? {
            if let v = number(j), (1...31).contains(v) { return v }
            guard j < end, toks[j].kind == .word else { return nil }
            let bytes = analysis.bytes[Int(toks[j].start)..<Int(toks[j].end)]
            var v = 0, digits = 0
            for b in bytes { if b >= 48 && b <= 57 { v = v * 10 + Int(b - 48); digits += 1 } else { break } }
            guard digits > 0, digits <= 2, bytes.count - digits == 2, (1...31).contains(v) else { return nil }
            return v
        }
        func year(_ j: Int) -> Int? {
            if let v = number(j), v >= 1900 && v <= 2100 { return v }
            return nil
        }
        func isMeasure(_ start: Int) -> Bool {
            // "since …", "for the first time since …"
            // "since last September", "since the invasion of Ukraine in February 2022": up to the clause's punctuation
            var j = start - 1
            while j >= range.lowerBound && j >= start - 8 {
                if toks[j].key == K.since { return true }
                if toks[j].kind == .punctuation { return false }
                j -= 1
            }
            return false
        }
        func emit(_ a: Int, _ b: Int, _ kind: TemporalExpression.Kind) {
            out.append(TemporalExpression(tokens: a..<b, kind: kind, isMeasure: isMeasure(a)))
            i = b
        }

        while i < end {
            let t = toks[i]
            // most tokens start no expression: skip them after one table lookup
            if t.kind == .punctuation { i += 1; continue }
            if t.kind == .word, !Self.startKeys.contains(t.key) {
                let b = analysis.bytes[Int(t.start)]
                if b < 0x30 || b > 0x39 { i += 1; continue }
            }
            // ISO date 2024-07-09
            if t.kind == .word || t.kind == .number, t.end - t.start == 10 {
                let s = analysis.bytes[Int(t.start)..<Int(t.end)]
                if let d = Day(iso: String(decoding: s, as: UTF8.self)) {
                    let c = d.components
                    emit(i, i + 1, .date(month: c.month, day: c.day, year: c.year)); continue
                }
            }
            let k = t.key
            if let rel = relativeWord(k) {
                // last/next/this + week/month/year/weekend/weekday/month name
                if let k2 = key(i + 1) {
                    if k2 == K.week { emit(i, i + 2, .week(rel, part: 0)); continue }
                    if k2 == K.weekend { emit(i, i + 2, .weekend(rel)); continue }
                    if k2 == K.month { emit(i, i + 2, .month(rel, part: 0)); continue }
                    if k2 == K.year { emit(i, i + 2, .year(rel, part: 0)); continue }
                    if let w = Self.weekdays[k2] { emit(i, i + 2, .weekday(w, relative: rel)); continue }
                    if let m = Self.months[k2], k2 != TokenKey("may") || rel != 0 {
                        emit(i, i + 2, .namedMonth(m, year: nil, relative: rel)); continue
                    }
                }
            }
            if k == K.earlier || k == K.later, key(i + 1) == K.this, let k3 = key(i + 2) {
                let part = k == K.earlier ? -1 : 1
                if k3 == K.week { emit(i, i + 3, .week(0, part: part)); continue }
                if k3 == K.month { emit(i, i + 3, .month(0, part: part)); continue }
                if k3 == K.year { emit(i, i + 3, .year(0, part: part)); continue }
            }
            if k == K.yesterday { emit(i, i + 1, .dayOffset(-1)); continue }
            if k == K.today || k == K.tonight { emit(i, i + 1, .dayOffset(0)); continue }
            if k == K.tomorrow { emit(i, i + 1, .dayOffset(1)); continue }
            if k == K.weekend, i > range.lowerBound, toks[i - 1].key == K.the { emit(i - 1, i + 1, .weekend(0)); continue }
            // "two days ago", "a week ago"
            if let n = Self.numberWords[k] ?? number(i), let k2 = key(i + 1), key(i + 2) == K.ago {
                if k2 == K.days || k2 == K.day { emit(i, i + 3, .dayOffset(-n)); continue }
                if k2 == K.weeks || k2 == K.week { emit(i, i + 3, .week(-n, part: 0)); continue }
            }
            if let w = Self.weekdays[k] {
                // "on Monday", "Monday's talks"; ignore the weekday before a full date ("Monday, July 8")
                if let m = key(i + 2).flatMap({ Self.months[$0] }), toks[i + 1].isPunct(UInt8(ascii: ",")), dayNumber(i + 3) != nil {
                    _ = m; i += 2; continue
                }
                if let m = key(i + 1).flatMap({ Self.months[$0] }), dayNumber(i + 2) != nil { _ = m; i += 1; continue }
                // "Tuesday to Thursday", "Monday and Tuesday", "Tuesday through Thursday"
                if let joiner = key(i + 1), joiner == K.to || joiner == TokenKey("and") || joiner == TokenKey("through")
                    || joiner == TokenKey("until") || (i + 1 < end && toks[i + 1].isPunct(UInt8(ascii: "-"))),
                   let w2 = key(i + 2).flatMap({ Self.weekdays[$0] }), w2 != w {
                    emit(i, i + 3, .weekdayRange(w, w2)); continue
                }
                emit(i, i + 1, .weekday(w, relative: nil)); continue
            }
            if let m = Self.months[k] {
                let isMay = k == TokenKey("may")
                var j = i + 1
                if j < end && toks[j].isPunct(UInt8(ascii: ".")) && toks[j].start == t.end { j += 1 }  // "Sept."
                if let d = dayNumber(j) {
                    // May 20 to 22 / May 20-22 / May 30 to June 2
                    var y: Int? = nil
                    var e = j + 1
                    var endDay: Int? = nil, endMonth = m
                    if e < end, toks[e].isPunct(UInt8(ascii: "-")) || toks[e].key == K.to || toks[e].key == K.and
                        || toks[e].key == K.through || toks[e].key == K.until {
                        if let d2 = dayNumber(e + 1), d2 > d { endDay = d2; e += 2 }
                        else if let m2 = key(e + 1).flatMap({ Self.months[$0] }), let d2 = dayNumber(e + 2) {
                            endMonth = m2; endDay = d2; e += 3
                        }
                    }
                    if e < end, toks[e].isPunct(UInt8(ascii: ",")), let yy = year(e + 1) { y = yy; e += 2 }
                    else if let yy = year(e) { y = yy; e += 1 }
                    if let endDay {
                        emit(i, e, .dateRange(month: m, day: d, endMonth: endMonth, endDay: endDay, year: y))
                    } else {
                        emit(i, e, .date(month: m, day: d, year: y))
                    }
                    continue
                }
                if let y = year(j) { emit(i, j + 1, .namedMonth(m, year: y, relative: nil)); continue }
                // "in June", "since March", "by October"; a bare "May" is a verb too often
                if i > range.lowerBound {
                    let p = toks[i - 1].key
                    if p == K.in_ || p == K.since || p == TokenKey("by") || p == TokenKey("until")
                        || p == TokenKey("during") || p == K.from || p == TokenKey("of") && !isMay || (p == K.to && !isMay) {
                        if !isMay || t.isCapitalized {
                            emit(i, i + 1, .namedMonth(m, year: nil, relative: nil)); continue
                        }
                    }
                }
            }
            // "9 July 2024", "20-22 May", "9th July"
            if let d = dayNumber(i) {
                var j = i + 1
                var endDay: Int? = nil
                if j + 1 < end, toks[j].isPunct(UInt8(ascii: "-")) || toks[j].key == K.to || toks[j].key == K.and,
                   let d2 = dayNumber(j + 1), d2 > d, key(j + 2).flatMap({ Self.months[$0] }) != nil {
                    endDay = d2; j += 2
                }
                if j > i, let m = key(j).flatMap({ Self.months[$0] }) {
                    var e = j + 1
                    var y: Int? = nil
                    if let yy = year(e) { y = yy; e += 1 }
                    if let endDay { emit(i, e, .dateRange(month: m, day: d, endMonth: m, endDay: endDay, year: y)) }
                    else { emit(i, e, .date(month: m, day: d, year: y)) }
                    continue
                }
            }
            if let y = year(i), i > range.lowerBound, toks[i - 1].key == K.in_ {
                emit(i, i + 1, .yearNumber(y)); continue
            }
            i += 1
        }
        return out
    }

    func relativeWord(_ k: TokenKey) -> Int? {
        if k == K.last || k == K.past || k == K.previous { return -1 }
        if k == K.next || k == K.coming { return 1 }
        if k == K.this { return 0 }
        return nil
    }
}

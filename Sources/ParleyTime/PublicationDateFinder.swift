import ParleyText

/// Finds a document's publication date: metadata first, then the text itself (a leading
/// `date YYYY-MM-DD` line, "Updated on Dec 16, 2022", a wire dateline "MOSCOW, July 8 (Reuters)"),
/// then a date in the URL (`/2024/07/09/`).
public struct PublicationDateFinder: Sendable {
    /// Where a publication date was found.
    public enum Source: String, Sendable {
        case metadata, dateLine, stamp, dateline, url
        /// A dateline without a year ("MANILA, July 8"), dated with the latest year the text writes.
        case datelineInferredYear = "dateline-inferred-year"
        /// A dateline without a year in a text that writes none: the day carries the placeholder year 2000, for the
        /// caller to date from what else it knows (the officials the article names).
        case datelineWithoutYear = "dateline-without-year"
    }

    static let stampWords = TokenKeySet(words: ["updated", "published", "posted", "dated", "date", "modified", "last"])

    public init() {}

    /// The publication date and where it came from, or nil.
    public func find(metadata: String?, analysis: TextAnalysis, url: String?) -> (Day, Source)? {
        if let metadata, let d = Self.parseLoose(metadata) { return (d, .metadata) }
        let toks = analysis.tokens
        let head = 0..<min(toks.count, 80)
        // "date 2024-03-27" at the very start
        if head.count >= 2 {
            for i in 0..<min(3, head.count - 1) where toks[i].key == TokenKey("date") {
                if let d = Day(iso: analysis.string(toks[i + 1])) { return (d, .dateLine) }
            }
        }
        let tagger = TemporalTagger()
        let exprs = tagger.expressions(in: analysis, range: head)
        for e in exprs {
            guard case let .date(m, d, y) = e.kind else { continue }
            let start = e.tokens.lowerBound
            // a stamp: "Updated on Dec 16, 2022", "Published: 12 March 2024"
            var j = start - 1
            var sawStamp = false
            while j >= 0 && j >= start - 3 {
                if Self.stampWords.contains(toks[j].key) { sawStamp = true; break }
                j -= 1
            }
            if sawStamp, let y, let day = Day(year: y, month: m, day: d) { return (day, .stamp) }
            // a dateline: "MOSCOW, July 8 (Reuters) -" — a place, a comma, the date, near the start of a line
            if start >= 2, toks[start - 1].isPunct(UInt8(ascii: ",")), toks[start - 2].isCapitalized,
               lineStart(toks, before: start - 2, within: 4) {
                let year = y ?? inferredYear(analysis)
                if let year, let day = Day(year: year, month: m, day: d) { return (day, y == nil ? .datelineInferredYear : .dateline) }
                if year == nil, let day = Day(year: 2000, month: m, day: d) { return (day, .datelineWithoutYear) }
            }
        }
        if let url, let d = Self.dateInURL(url) { return (d, .url) }
        // a page saved with its address on the first lines
        if let d = urlInHead(analysis).flatMap(Self.dateInURL) { return (d, .url) }
        return nil
    }

    /// An address ("https://…") in the first 400 bytes of the text.
    func urlInHead(_ analysis: TextAnalysis) -> String? {
        let b = analysis.bytes
        let n = min(b.count, 400)
        var i = 0
        while i + 8 < n {
            if b[i] == UInt8(ascii: "h"), b[i + 1] == UInt8(ascii: "t"), b[i + 2] == UInt8(ascii: "t"), b[i + 3] == UInt8(ascii: "p"),
               b[i + 4] == UInt8(ascii: ":") || (b[i + 4] == UInt8(ascii: "s") && b[i + 5] == UInt8(ascii: ":")) {
                var j = i
                while j < b.count && b[j] > 32 { j += 1 }
                return analysis.string(i..<j)
            }
            i += 1
        }
        return nil
    }

    func lineStart(_ toks: [Token], before i: Int, within n: Int) -> Bool {
        var j = i
        while j > 0 && i - j < n {
            if toks[j].flags.contains(.newlineBefore) { return true }
            j -= 1
        }
        return j == 0
    }

    /// The latest plausible year written in the text, for datelines without one.
    func inferredYear(_ analysis: TextAnalysis) -> Int? {
        var best: Int? = nil
        for t in analysis.tokens where t.kind == .number && t.end - t.start == 4 {
            if let v = Int(analysis.string(t)), v >= 1990 && v <= 2100 { best = max(best ?? v, v) }
        }
        return best
    }

    /// Parses "2024-07-09", "2024-07-09T10:00:00Z" and similar.
    public static func parseLoose(_ s: String) -> Day? {
        let trimmed = s.trimmingPrefix(while: { $0 == " " })
        guard trimmed.count >= 10 else { return nil }
        return Day(iso: trimmed.prefix(10))
    }

    /// A date in a URL path: /2024/07/09/ or 2024-07-09.
    public static func dateInURL(_ url: String) -> Day? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 3 else { return nil }
        for i in 0..<(parts.count - 2) {
            guard parts[i].count == 4, let y = Int(parts[i]), y >= 1990, y <= 2100,
                  parts[i + 1].count <= 2, let m = Int(parts[i + 1]),
                  parts[i + 2].count <= 2, let d = Int(parts[i + 2]) else { continue }
            if let day = Day(year: y, month: m, day: d) { return day }
        }
        return nil
    }
}

extension Substring {
    func trimmingPrefix(while p: (Character) -> Bool) -> Substring { drop(while: p) }
}
extension String {
    func trimmingPrefix(while p: (Character) -> Bool) -> Substring { self[...].drop(while: p) }
}

/// Splits a token stream into sentences. A full stop after an abbreviation ("Mr.", "Gen.", "St.")
/// or an initial does not end a sentence; a blank line always does; a single line break does unless
/// the line plainly runs on (it ends with a title, an article, a preposition or a comma, or the next
/// line starts in lower case), so headlines without a final stop stand alone.
public struct SentenceSplitter: Sendable {
    static let abbreviations = TokenKeySet(words: [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "st", "sen", "rep",
        "gov", "pres", "amb", "rev", "hon", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
        "fig", "vol", "art", "sec", "gov't", "brig", "messrs", "mme", "mlle", "sheikh",
    ])

    /// Words after which a line break does not end the sentence.
    static let runOnWords = TokenKeySet(words: [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "that",
        "his", "her", "their", "its", "president", "minister", "prime", "chancellor", "premier", "leader", "king",
        "queen", "emir", "prince", "secretary", "general", "secretary-general", "foreign", "defence", "defense",
        "counterpart", "chief", "head", "envoy", "ambassador", "vice", "deputy", "crown", "sheikh", "sultan",
    ])

    public init() {}

    /// Sentences of `tokens`; lines in `skips` become sentences of their own, marked excluded.
    public func split(_ tokens: [Token], skips: [PageCleaner.Skip], paragraphBreaks: Bool = true) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        var skipIndex = 0
        var start = 0
        var paragraph = 0
        var sentenceParagraph = 0

        func skipContaining(_ offset: Int32) -> PageCleaner.Skip? {
            while skipIndex < skips.count && skips[skipIndex].bytes.upperBound <= Int(offset) { skipIndex += 1 }
            if skipIndex < skips.count && skips[skipIndex].bytes.contains(Int(offset)) { return skips[skipIndex] }
            return nil
        }
        func close(_ end: Int) {
            guard end > start else { return }
            let first = tokens[start], last = tokens[end - 1]
            let exclusion = skipContaining(first.start)?.reason
            sentences.append(Sentence(tokens: start..<end, bytes: Int(first.start)..<Int(last.end),
                                      exclusion: exclusion, paragraph: sentenceParagraph))
            start = end
        }

        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i > start {
                if t.flags.contains(.blankLineBefore) {
                    close(i)
                } else if t.flags.contains(.newlineBefore) && !runsOn(tokens, at: i) {
                    close(i)
                } else if i > 0 && skipBoundary(tokens[i - 1], t, skips) {
                    close(i)
                }
            }
            if start == i {
                sentenceParagraph = paragraph
            }
            if t.flags.contains(.newlineBefore) { paragraph += 1 }
            if i == start { sentenceParagraph = paragraph }
            if t.kind == .punctuation && (t.symbol == UInt8(ascii: ".") || t.symbol == UInt8(ascii: "!")
                || t.symbol == UInt8(ascii: "?")) {
                var end = i + 1
                // closing quotes and brackets stay with the sentence they close
                while end < tokens.count && tokens[end].kind == .punctuation
                    && !tokens[end].flags.contains(.newlineBefore)
                    && (tokens[end].symbol == UInt8(ascii: "\"") || tokens[end].symbol == UInt8(ascii: "'")
                        || tokens[end].symbol == UInt8(ascii: ")")) && !opensQuote(tokens, end) {
                    end += 1
                }
                if endsSentence(tokens, dotAt: i, next: end) {
                    i = end
                    close(end)
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    func opensQuote(_ tokens: [Token], _ i: Int) -> Bool {
        // a quote with a space before it and none after opens a new quotation
        tokens[i].flags.contains(.spaceBefore) && i + 1 < tokens.count && !tokens[i + 1].flags.contains(.spaceBefore)
    }

    func skipBoundary(_ prev: Token, _ t: Token, _ skips: [PageCleaner.Skip]) -> Bool {
        // a skipped line always stands alone
        for s in skips where s.bytes.contains(Int(t.start)) != s.bytes.contains(Int(prev.start)) { return true }
        return false
    }

    func endsSentence(_ tokens: [Token], dotAt i: Int, next: Int) -> Bool {
        if next >= tokens.count { return true }
        let t = tokens[i]
        if t.symbol == UInt8(ascii: ".") && i > 0 {
            let prev = tokens[i - 1]
            if prev.end == t.start && prev.kind == .word {
                if Self.abbreviations.contains(prev.key) { return tokens[next].flags.contains(.newlineBefore) }
                // an initial: "John F. Kennedy"
                if prev.end - prev.start == 1 && prev.isCapitalized { return tokens[next].flags.contains(.newlineBefore) }
            }
        }
        let n = tokens[next]
        if n.flags.contains(.newlineBefore) { return true }
        if n.kind == .word { return n.isCapitalized || n.kind == .number }
        if n.kind == .number { return true }
        return n.symbol == UInt8(ascii: "\"") || n.symbol == UInt8(ascii: "'") || n.symbol == UInt8(ascii: "(")
            || n.symbol == UInt8(ascii: "-") || n.symbol == UInt8(ascii: "*") || n.symbol == UInt8(ascii: "[")
    }

    func runsOn(_ tokens: [Token], at i: Int) -> Bool {
        let prev = tokens[i - 1], t = tokens[i]
        if prev.kind == .punctuation {
            return prev.symbol == UInt8(ascii: ",") || prev.symbol == UInt8(ascii: "(")
        }
        if Self.runOnWords.contains(prev.key) { return true }
        // a long line without a final stop is a paragraph wrapped mid-sentence ("…to see Chancellor Olaf⏎Scholz."),
        // not a headline
        var first = i - 1
        while first > 0 && !tokens[first].flags.contains(.newlineBefore) { first -= 1 }
        if prev.end - tokens[first].start > 100 { return true }
        if t.kind == .word && !t.isCapitalized && t.key != TokenKeys.apostropheS { return true }
        if t.key == TokenKeys.apostropheS { return true }
        if t.kind == .punctuation && (t.symbol == UInt8(ascii: ",") || t.symbol == UInt8(ascii: ".")) { return true }
        return false
    }
}

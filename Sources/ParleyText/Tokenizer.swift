/// Splits UTF-8 text into `Token`s in one pass over the bytes: words keep inner hyphens,
/// apostrophes and dotted abbreviations ("U.S."), possessive "'s" and "n't" become tokens of their own,
/// numbers keep inner separators ("1,000", "2024-07-09"), every other mark is one punctuation token.
public struct Tokenizer: Sendable {
    public init() {}

    /// The token keys of a short phrase, tokenized as document text is ("Burkina Faso's" → burkina, faso, 's).
    public static func keys(of phrase: String) -> [TokenKey] {
        var text = phrase
        return text.withUTF8 { Tokenizer().tokenize($0).map(\.key) }
    }

    /// Tokenizes `bytes` (valid UTF-8).
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var sink = FoldSink()
        sink.bytes.reserveCapacity(64)
        var i = 0
        let n = bytes.count
        var pendingFlags: Token.Flags = []
        var newlines = 0
        while i < n {
            let (scalar, len) = UTF8Decoding.decode(bytes, at: i)
            let cls = CharClass.of(scalar)
            if cls == .space {
                if scalar == 10 { newlines += 1 }
                pendingFlags.insert(.spaceBefore)
                i += len
                continue
            }
            if newlines > 0 { pendingFlags.insert(.newlineBefore) }
            if newlines > 1 { pendingFlags.insert(.blankLineBefore) }
            newlines = 0
            let start = i
            if cls == .letter || cls == .digit {
                sink.bytes.removeAll(keepingCapacity: true)
                sink.hash = 0xcbf29ce484222325
                var flags = pendingFlags
                if CharClass.isUpper(scalar) { flags.insert(.capitalized) }
                var allCaps = true
                var letters = 0
                var digitsOnly = true
                var j = i
                var lastWasDot = false
                while j < n {
                    // ASCII letters and digits, the common case: fold and hash in place
                    let b = bytes[j]
                    if b >= 0x61 && b <= 0x7A {
                        letters += 1; digitsOnly = false; allCaps = false
                        sink.append(b); j += 1; lastWasDot = false
                        continue
                    }
                    if b >= 0x41 && b <= 0x5A {
                        letters += 1; digitsOnly = false
                        sink.append(b | 0x20); j += 1; lastWasDot = false
                        continue
                    }
                    if b >= 0x30 && b <= 0x39 {
                        sink.append(b); j += 1; lastWasDot = false
                        continue
                    }
                    let (s, l) = UTF8Decoding.decode(bytes, at: j)
                    let c = CharClass.of(s)
                    if c == .letter || c == .digit {
                        if c == .letter {
                            letters += 1
                            digitsOnly = false
                            if !CharClass.isUpper(s) { allCaps = false }
                        }
                        Folding.appendFolded(s, utf8: UnsafeBufferPointer(rebasing: bytes[j..<(j + l)]), to: &sink)
                        j += l
                        lastWasDot = false
                        continue
                    }
                    // Inner joiners: hyphen, apostrophe, dot, comma between letters/digits.
                    guard j + l < n else { break }
                    let (next, nl) = UTF8Decoding.decode(bytes, at: j + l)
                    let nextClass = CharClass.of(next)
                    let nextIsAlnum = nextClass == .letter || nextClass == .digit
                    if (s == 0x2D || s == 0x2010 || s == 0x2011) && nextIsAlnum {
                        sink.append(UInt8(ascii: "-")); j += l; continue
                    }
                    if s == 0x27 || s == 0x2019 || s == 0x02BC {
                        // possessive 's and n't split off; O'Brien, d'Ivoire stay whole
                        if next == 0x73 || next == 0x53 {
                            let after = j + l + nl
                            if after >= n || !CharClass.isWordChar(bytes, at: after) { break }
                        }
                        if nextClass == .letter && !(next == 0x74 && sink.bytes.last == UInt8(ascii: "n")) {
                            sink.append(UInt8(ascii: "'")); j += l; continue
                        }
                        break
                    }
                    if s == 0x2E && nextClass == .letter && letters > 0 && (j - i) <= 2 && !lastWasDot {
                        // U.S., U.N., U.K.: single letters joined by dots
                        sink.append(UInt8(ascii: ".")); j += l; lastWasDot = true
                        flags.insert(.dotted)
                        continue
                    }
                    if s == 0x2E && flags.contains(.dotted) && !lastWasDot {
                        sink.append(UInt8(ascii: ".")); j += l; lastWasDot = true
                        continue
                    }
                    if (s == 0x2C || s == 0x2E) && digitsOnly && nextClass == .digit {
                        sink.append(UInt8(s)); j += l; continue
                    }
                    break
                }
                if flags.contains(.dotted) {
                    // "U.S" followed by "." belongs to the abbreviation
                    if j < n && bytes[j] == 0x2E && !lastWasDot { sink.append(0x2E); j += 1 }
                }
                if allCaps && letters >= 2 { flags.insert(.allCaps) }
                tokens.append(Token(start: Int32(start), end: Int32(j), key: TokenKey(raw: sink.hash),
                                    kind: digitsOnly ? .number : .word, flags: flags, symbol: 0))
                i = j
                pendingFlags = []
                continue
            }
            // apostrophe-led word pieces: 's, n't
            if (scalar == 0x27 || scalar == 0x2019 || scalar == 0x02BC), i + len < n {
                let (next, nl) = UTF8Decoding.decode(bytes, at: i + len)
                if next == 0x73 || next == 0x53 {
                    let after = i + len + nl
                    if after >= n || !CharClass.isWordChar(bytes, at: after) {
                        tokens.append(Token(start: Int32(i), end: Int32(after), key: TokenKeys.apostropheS,
                                            kind: .word, flags: pendingFlags, symbol: 0))
                        pendingFlags = []
                        i = after
                        continue
                    }
                }
                if next == 0x74 || next == 0x54 {
                    // "didn't" → "didn" + "'t" (keyed as "n't", the negation clitic)
                    let after = i + len + nl
                    if after >= n || !CharClass.isWordChar(bytes, at: after) {
                        tokens.append(Token(start: Int32(i), end: Int32(after), key: TokenKeys.negation,
                                            kind: .word, flags: pendingFlags, symbol: 0))
                        pendingFlags = []
                        i = after
                        continue
                    }
                }
            }
            tokens.append(Token(start: Int32(i), end: Int32(i + len), key: TokenKey(raw: UInt64(scalar) &* 0x9E3779B97F4A7C15),
                                kind: .punctuation, flags: pendingFlags, symbol: CharClass.symbol(scalar)))
            pendingFlags = []
            i += len
        }
        return tokens
    }
}

/// Keys of the few tokens the tokenizer itself produces.
public enum TokenKeys {
    /// The possessive clitic "'s" (also "’s").
    public static let apostropheS = TokenKey("'s")
    /// The negation clitic of "didn't", "won't" (the tokenizer emits "'t" with this key).
    public static let negation = TokenKey("n't")
}

/// Character classes of the tokenizer.
enum CharClass: UInt8 {
    case letter, digit, space, punct

    @inline(__always) static func of(_ s: UInt32) -> CharClass {
        if s < 0x80 {
            if (s >= 0x61 && s <= 0x7A) || (s >= 0x41 && s <= 0x5A) { return .letter }
            if s >= 0x30 && s <= 0x39 { return .digit }
            if s == 0x20 || s == 0x0A || s == 0x09 || s == 0x0D || s == 0x0B || s == 0x0C { return .space }
            return .punct
        }
        switch s {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2BFF, 0x3001...0x303F, 0xFFFD:
            return .punct
        case 0x02BC: return .punct
        default: return .letter
        }
    }

    @inline(__always) static func isUpper(_ s: UInt32) -> Bool {
        if s < 0x80 { return s >= 0x41 && s <= 0x5A }
        if s >= 0xC0 && s <= 0xDE { return s != 0xD7 }
        if s >= 0x100 && s <= 0x17F { return s & 1 == 0 }
        if s >= 0x410 && s <= 0x42F { return true }
        if s >= 0x391 && s <= 0x3A9 { return true }
        return false
    }

    @inline(__always) static func isWordChar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let (s, _) = UTF8Decoding.decode(b, at: i)
        let c = of(s)
        return c == .letter || c == .digit
    }

    /// A one-byte stand-in for a punctuation scalar: typographic quotes become `"` or `'`, dashes `-`, ellipsis `…` as 0x85.
    @inline(__always) static func symbol(_ s: UInt32) -> UInt8 {
        if s < 0x80 { return UInt8(s) }
        switch s {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: return UInt8(ascii: "\"")
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return UInt8(ascii: "'")
        case 0x2010...0x2015, 0x2212: return UInt8(ascii: "-")
        case 0x2026: return 0x85
        case 0x2022, 0xB7: return UInt8(ascii: "*")
        default: return 0x80
        }
    }
}

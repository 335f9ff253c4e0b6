/// One token of a document: a word, a number or a punctuation mark, as a view into the document's
/// UTF-8 bytes, with the hash of its folded form for allocation-free matching.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// Byte offsets into the document's UTF-8 text, end exclusive.
    public var start: Int32
    public var end: Int32
    /// Hash of the folded (lower-case, accent-free) form; compare with `TokenKey`.
    public var key: TokenKey
    public var kind: Kind
    /// Boolean properties (see `Flags`).
    public var flags: Flags
    /// For punctuation: its first byte (or a normalised ASCII stand-in for typographic quotes and dashes).
    public var symbol: UInt8

    /// Token properties packed in a byte.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is upper case.
        public static let capitalized = Flags(rawValue: 1)
        /// Every letter is upper case (acronyms: "NATO", "SCO").
        public static let allCaps = Flags(rawValue: 2)
        /// A line break comes between this token and the previous one.
        public static let newlineBefore = Flags(rawValue: 4)
        /// An empty line comes between this token and the previous one.
        public static let blankLineBefore = Flags(rawValue: 8)
        /// White space comes between this token and the previous one.
        public static let spaceBefore = Flags(rawValue: 16)
        /// Contains letters joined by dots ("U.S.", "U.N.").
        public static let dotted = Flags(rawValue: 32)
    }

    public init(start: Int32, end: Int32, key: TokenKey, kind: Kind, flags: Flags, symbol: UInt8) {
        self.start = start; self.end = end; self.key = key; self.kind = kind; self.flags = flags; self.symbol = symbol
    }

    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isWord: Bool { kind == .word }
    /// True for punctuation whose (normalised) symbol is `c`.
    @inline(__always) public func isPunct(_ c: UInt8) -> Bool { kind == .punctuation && symbol == c }
}

/// The 64-bit hash of a folded token, used as its identity in lexicons and tries.
public struct TokenKey: Hashable, Sendable, Comparable {
    public let raw: UInt64
    public init(raw: UInt64) { self.raw = raw }
    /// The key of a single word as the tokenizer would fold it ("Putin" → key("putin")).
    public init(_ word: String) {
        var sink = FoldSink()
        for b in Folding.fold(word).utf8 { sink.append(b) }
        self.raw = sink.hash
    }
    public static func < (a: TokenKey, b: TokenKey) -> Bool { a.raw < b.raw }
}

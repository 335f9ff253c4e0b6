/// A document's text made ready for extraction: its UTF-8 bytes, tokens, sentences and skipped lines.
/// Like spaCy's `Doc`, it owns the text; tokens and sentences are views with offsets into it.
public struct TextAnalysis: Sendable {
    /// The UTF-8 bytes of the text as given.
    public let bytes: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let skips: [PageCleaner.Skip]
    /// True when every byte is ASCII: byte offsets are then code-point offsets.
    public let isASCII: Bool

    /// Cleans, tokenizes and splits `text`.
    public init(text: String) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.isASCII = bytes.withUnsafeBufferPointer { buf in
            var high: UInt8 = 0
            for b in buf { high |= b }
            return high < 0x80
        }
        var tokens: [Token] = []
        var skips: [PageCleaner.Skip] = []
        bytes.withUnsafeBufferPointer { buf in
            skips = PageCleaner().skips(in: buf)
            tokens = Tokenizer().tokenize(buf)
        }
        self.tokens = tokens
        self.skips = skips
        self.sentences = SentenceSplitter().split(tokens, skips: skips)
    }

    /// True when a word token ends in "ing" (a participle such as "holding"), compared on bytes.
    public func endsWithIng(_ t: Token) -> Bool {
        let e = Int(t.end)
        guard e - Int(t.start) >= 5 else { return false }
        return (bytes[e - 3] | 0x20) == UInt8(ascii: "i") && (bytes[e - 2] | 0x20) == UInt8(ascii: "n") && (bytes[e - 1] | 0x20) == UInt8(ascii: "g")
    }

    /// The text of a token as a String (allocates: for output and rare paths only).
    public func string(_ t: Token) -> String { string(Int(t.start)..<Int(t.end)) }

    /// The text of a byte range as a String.
    public func string(_ r: Range<Int>) -> String {
        String(decoding: bytes[r], as: UTF8.self)
    }

    /// The text from the start of token `a` to the end of token `b` (inclusive).
    public func string(tokens a: Int, _ b: Int) -> String {
        string(Int(tokens[a].start)..<Int(tokens[b].end))
    }

    /// Converts a byte offset into an offset in Unicode scalars (code points), as EVENTS.md requires.
    public func scalarOffset(ofByte offset: Int) -> Int {
        if isASCII { return min(offset, bytes.count) }
        var count = 0
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<min(offset, buf.count) where buf[i] & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}

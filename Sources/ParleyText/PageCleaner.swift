/// Finds the lines of a document that are page furniture ("2 min read", "Exit mobile version",
/// "ADVERTISEMENT", share prompts, photo credits) or repeat an earlier paragraph, without changing
/// the text: the result is a list of byte ranges to skip, so evidence offsets stay true.
public struct PageCleaner: Sendable {
    /// A skipped line: its byte range and why.
    public struct Skip: Sendable, Hashable {
        public var bytes: Range<Int>
        public var reason: Sentence.Exclusion
    }

    /// Folded phrases that make a whole short line debris when the line starts with them.
    static let lineStarts: [String] = [
        "exit mobile version", "advertisement", "advertisment", "sponsored", "share this", "share on", "share:",
        "share article", "share via", "read more", "read also", "also read", "see also", "related:", "related articles",
        "related stories", "recommended", "subscribe", "sign up", "newsletter", "follow us", "click here", "photo:",
        "photo credit", "photograph:", "image:", "picture:", "credit:", "file photo", "(photo", "[photo", "caption:",
        "copyright", "all rights reserved", "skip to content", "skip to main", "cookie", "we use cookies", "accept cookies",
        "listen to this article", "print this", "email this", "tweet", "whatsapp", "comments", "leave a comment",
        "reporting by", "editing by", "writing by", "additional reporting", "source:", "tags:", "filed under",
        "back to top", "loading", "watch:", "video:", "trending", "most read", "top stories", "more from",
    ]
    /// Folded phrases that make a short line debris wherever they stand in it.
    static let lineContains: [String] = [
        "min read", "minute read", "minutes read", "mobile version", "/ reuters", "/reuters", "via reuters",
        "getty images", "afp photo", "ap photo", "reuters/", "(reuters photo)", "©", "all rights reserved",
    ]

    public init() {}

    /// The lines of `bytes` to skip.
    public func skips(in bytes: UnsafeBufferPointer<UInt8>) -> [Skip] {
        var result: [Skip] = []
        var seen = Set<UInt64>()
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var a = lineStart, b = lineEnd
            while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D || bytes[a] == 0xC2 || bytes[a] == 0xA0) { a += 1 }
            while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D) { b -= 1 }
            if b > a {
                let folded = Self.foldedLine(bytes, a, b)
                if isDebris(folded, length: b - a) {
                    result.append(Skip(bytes: a..<b, reason: .debris))
                } else if folded.count >= 12 {
                    var h: UInt64 = 0xcbf29ce484222325
                    for byte in folded.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
                    if !seen.insert(h).inserted { result.append(Skip(bytes: a..<b, reason: .repeatedParagraph)) }
                }
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    func isDebris(_ folded: String, length: Int) -> Bool {
        guard length <= 160 else { return false }
        for p in Self.lineStarts where folded.hasPrefix(p) { return true }
        for p in Self.lineContains where folded.contains(p) { return true }
        // "2 min read", "5 minutes", bare bylines of digits/dates only
        return false
    }

    /// Lower-case, accent-free, single-spaced text of a line.
    static func foldedLine(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> String {
        var sink = FoldSink()
        var i = a
        var lastSpace = false
        while i < b {
            let (s, l) = UTF8Decoding.decode(bytes, at: i)
            if s == 0x20 || s == 0x09 || s == 0xA0 {
                if !lastSpace { sink.append(0x20) }
                lastSpace = true
            } else {
                Folding.appendFolded(s, utf8: UnsafeBufferPointer(rebasing: bytes[i..<(i + l)]), to: &sink)
                lastSpace = false
            }
            i += l
        }
        return String(decoding: sink.bytes, as: UTF8.self)
    }
}

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

    /// The same phrases as bytes, built once.
    static let lineStartBytes: [[UInt8]] = lineStarts.map { Array($0.utf8) }
    static let lineContainsBytes: [[UInt8]] = lineContains.map { Array($0.utf8) }

    /// For each first byte, the debris phrases that start with it.
    static let lineStartsByFirstByte: [[Int]] = {
        var table = Array(repeating: [Int](), count: 256)
        for (i, p) in lineStartBytes.enumerated() { table[Int(p[0])].append(i) }
        return table
    }()
    static let containsByFirstByte: [[Int]] = {
        var table = Array(repeating: [Int](), count: 256)
        for (i, p) in lineContainsBytes.enumerated() { table[Int(p[0])].append(i) }
        return table
    }()

    public init() {}

    /// The lines of `bytes` to skip.
    public func skips(in bytes: UnsafeBufferPointer<UInt8>) -> [Skip] {
        var result: [Skip] = []
        var seen = Set<UInt64>()
        var lineStart = 0
        let n = bytes.count
        var sink = FoldSink()
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var a = lineStart, b = lineEnd
            while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D || bytes[a] == 0xC2 || bytes[a] == 0xA0) { a += 1 }
            while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D) { b -= 1 }
            if b > a && b - a <= 160 {
                // a short line may be page furniture: compare its folded text with the debris phrases
                Self.foldLine(bytes, a, b, into: &sink)
                if isDebris(sink.bytes, length: b - a) {
                    result.append(Skip(bytes: a..<b, reason: .debris))
                } else if sink.bytes.count >= 12 {
                    if !seen.insert(sink.hash).inserted { result.append(Skip(bytes: a..<b, reason: .repeatedParagraph)) }
                }
            } else if b > a {
                // a paragraph: only its repetition matters, judged on its bytes with runs of spaces collapsed
                if !seen.insert(Self.paragraphHash(bytes, a, b)).inserted { result.append(Skip(bytes: a..<b, reason: .repeatedParagraph)) }
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// True for a short line that starts with, or contains, a debris phrase (folded bytes).
    func isDebris(_ folded: [UInt8], length: Int) -> Bool {
        guard length <= 160 else { return false }
        return folded.withUnsafeBufferPointer { line in
            guard let first = line.first else { return false }
            for p in Self.lineStartsByFirstByte[Int(first)] where Self.matches(Self.lineStartBytes[p], in: line, at: 0) { return true }
            let byFirst = Self.containsByFirstByte
            for i in 0..<line.count {
                for p in byFirst[Int(line[i])] where Self.matches(Self.lineContainsBytes[p], in: line, at: i) { return true }
            }
            return false
        }
    }

    @inline(__always) static func matches(_ p: [UInt8], in line: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + p.count <= line.count else { return false }
        for k in 0..<p.count where line[i + k] != p[k] { return false }
        return true
    }

    /// FNV-1a of a paragraph's bytes, ASCII letters in lower case and runs of spaces as one.
    static func paragraphHash(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var lastSpace = false
        for i in a..<b {
            var c = bytes[i]
            if c == 0x20 || c == 0x09 {
                if lastSpace { continue }
                lastSpace = true
                c = 0x20
            } else {
                lastSpace = false
                if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            }
            h = (h ^ UInt64(c)) &* 0x100000001b3
        }
        return h
    }

    /// Lower-case, accent-free, single-spaced bytes of a line, and their hash, into a reused sink.
    static func foldLine(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, into sink: inout FoldSink) {
        sink.bytes.removeAll(keepingCapacity: true)
        sink.hash = 0xcbf29ce484222325
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
    }
}

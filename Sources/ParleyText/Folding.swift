/// Folds Unicode scalars to the lower-case ASCII form used for matching ("Traoré" → "traore",
/// "Erdoğan" → "erdogan", "’" → "'"). Scalars with no ASCII form are kept as their UTF-8 bytes.
public enum Folding {
    /// ASCII replacements for U+00C0…U+024F (Latin-1 Supplement, Latin Extended-A and -B), lower case;
    /// generated from Unicode canonical decompositions plus the letters that have none (ß, æ, ł, ø, đ, ı).
    static let latin: [String] = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y", "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "e", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "o", "o", "", "", "", "", "", "", "", "", "", "", "", "", "", "u", "u", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "a", "a", "i", "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "", "a", "a", "a", "a", "", "", "", "", "g", "g", "k", "k", "o", "o", "o", "o", "", "", "j", "", "", "", "g", "g", "", "", "n", "n", "a", "a", "", "", "", "", "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o", "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "", "", "h", "h", "", "", "", "", "", "", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]

    /// Appends the folded form of one Unicode scalar to `out`.
    @inline(__always)
    public static func appendFolded(_ scalar: UInt32, utf8: UnsafeBufferPointer<UInt8>, to out: inout FoldSink) {
        if scalar < 0x80 {
            var b = UInt8(scalar)
            if b >= 65 && b <= 90 { b += 32 }
            out.append(b)
            return
        }
        switch scalar {
        case 0xC0..<0x250:
            for b in latin[Int(scalar) - 0xC0].utf8 { out.append(b) }
        case 0x2018, 0x2019, 0x02BC, 0x02BB, 0x0060, 0x00B4: out.append(UInt8(ascii: "'"))
        case 0x2010, 0x2011: out.append(UInt8(ascii: "-"))
        default:
            for b in utf8 { out.append(b) }
        }
    }

    /// The folded form of a whole string, for building lexicons.
    public static func fold(_ s: String) -> String {
        var sink = FoldSink()
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                let (scalar, len) = UTF8Decoding.decode(buf, at: i)
                appendFolded(scalar, utf8: UnsafeBufferPointer(rebasing: buf[i..<(i + len)]), to: &sink)
                i += len
            }
        }
        return String(decoding: sink.bytes, as: UTF8.self)
    }
}

/// Collects folded bytes and their running FNV-1a hash.
public struct FoldSink {
    public var bytes: [UInt8] = []
    public var hash: UInt64 = 0xcbf29ce484222325
    public init() {}
    @inline(__always) public mutating func append(_ b: UInt8) {
        bytes.append(b)
        hash = (hash ^ UInt64(b)) &* 0x100000001b3
    }
}

/// Minimal, allocation-free UTF-8 decoding on validated bytes.
public enum UTF8Decoding {
    /// Decodes the scalar starting at `i`; returns it and its length in bytes (invalid bytes decode as U+FFFD, length 1).
    @inline(__always)
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 & 0xE0 == 0xC0, i + 1 < b.count { return ((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 & 0xF0 == 0xE0, i + 2 < b.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < b.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}

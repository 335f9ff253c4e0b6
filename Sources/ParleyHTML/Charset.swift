import Glibc

/// Finds a page's character encoding (HTTP header, then byte-order mark, then `<meta charset>`, then UTF-8 when
/// the bytes are valid UTF-8, else windows-1252) and transcodes it to UTF-8 with glibc's iconv.
public enum Charset {
    /// Where the encoding was taken from.
    public enum Source: String, Sendable {
        case header, bom, meta, sniffed, fallback
    }

    /// The decoding of a page: UTF-8 bytes, the encoding used, where it came from, and notes on what was overruled.
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var charset: String
        public var source: Source
        public var notes: [String]
    }

    /// Decodes `bytes` to UTF-8. `contentType` is the HTTP `Content-Type` header, if any.
    public static func decode(_ bytes: [UInt8], contentType: String? = nil) throws -> Decoded {
        var notes: [String] = []
        var candidates: [(String, Source)] = []
        if let label = contentType.flatMap(label(fromContentType:)) { candidates.append((label, .header)) }
        if let (label, _) = bom(bytes) { candidates.append((label, .bom)) }
        if let label = metaCharset(bytes) { candidates.append((label, .meta)) }
        let isUTF8 = validUTF8(bytes)
        for (label, source) in candidates {
            guard let name = canonical(label) else {
                notes.append("unknown charset \"\(label)\" (\(source.rawValue)) ignored")
                continue
            }
            if name == "UTF-8" {
                if isUTF8 { return Decoded(utf8: stripBOM(bytes), charset: name, source: source, notes: notes) }
                notes.append("\(source.rawValue) says UTF-8 but the bytes are not UTF-8")
                continue
            }
            if name.hasPrefix("UTF-16") {
                if let out = transcode(bytes, from: name) { return Decoded(utf8: stripBOM(out), charset: name, source: source, notes: notes) }
                continue
            }
            // a single-byte or legacy label on bytes that are valid UTF-8 with non-ASCII: a mislabelled UTF-8 page
            if isUTF8 && bytes.contains(where: { $0 >= 0x80 }) {
                notes.append("\(source.rawValue) says \(name) but the bytes are UTF-8")
                return Decoded(utf8: stripBOM(bytes), charset: "UTF-8", source: .sniffed, notes: notes)
            }
            if let out = transcode(bytes, from: name) { return Decoded(utf8: out, charset: name, source: source, notes: notes) }
            notes.append("iconv cannot decode \(name)")
        }
        if isUTF8 { return Decoded(utf8: stripBOM(bytes), charset: "UTF-8", source: .sniffed, notes: notes) }
        if let out = transcode(bytes, from: "WINDOWS-1252") {
            return Decoded(utf8: out, charset: "WINDOWS-1252", source: .fallback, notes: notes)
        }
        throw HTMLError(.unsupportedCharset, "cannot decode the page (\(notes.joined(separator: "; "))); convert it to UTF-8")
    }

    /// The `charset` parameter of a `Content-Type` header value.
    public static func label(fromContentType value: String) -> String? {
        for part in value.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimming(" \t").lowercased() == "charset" else { continue }
            let v = kv[1].trimming(" \t\"'")
            return v.isEmpty ? nil : v
        }
        return nil
    }

    /// The encoding named by a byte-order mark, and the mark's length.
    static func bom(_ b: [UInt8]) -> (String, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("UTF-8", 3) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("UTF-16BE", 2) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("UTF-16LE", 2) }
        return nil
    }

    static func stripBOM(_ b: [UInt8]) -> [UInt8] {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return Array(b[3...]) }
        return b
    }

    /// A charset declared in the first 8 KB by `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`
    /// (the prescan of the HTML standard, simplified: the first `charset=` inside a `<meta` tag).
    static func metaCharset(_ b: [UInt8]) -> String? {
        let n = min(b.count, 8192)
        var i = 0
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        func matches(_ word: [UInt8], at j: Int) -> Bool {
            guard j + word.count <= n else { return false }
            for k in 0..<word.count where lower(b[j + k]) != word[k] { return false }
            return true
        }
        let meta = Array("<meta".utf8), charset = Array("charset".utf8)
        while i < n {
            if b[i] == UInt8(ascii: "<"), matches(meta, at: i) {
                var j = i + 5
                while j < n && b[j] != UInt8(ascii: ">") {
                    if matches(charset, at: j) {
                        var k = j + 7
                        while k < n && (b[k] == 32 || b[k] == 9) { k += 1 }
                        guard k < n, b[k] == UInt8(ascii: "=") else { j += 1; continue }
                        k += 1
                        while k < n && (b[k] == 32 || b[k] == 9 || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'")) { k += 1 }
                        var e = k
                        while e < n, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "'"), b[e] != UInt8(ascii: ";"),
                              b[e] != UInt8(ascii: ">"), b[e] != 32, b[e] != UInt8(ascii: "/") { e += 1 }
                        if e > k { return String(decoding: b[k..<e], as: UTF8.self) }
                    }
                    j += 1
                }
                i = j
            }
            i += 1
        }
        return nil
    }

    /// The iconv name for a charset label (WHATWG aliases: latin1 and ASCII decode as windows-1252), or nil when
    /// iconv does not know it.
    public static func canonical(_ label: String) -> String? {
        let l = label.lowercased().trimming(" \t")
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819":
            return "WINDOWS-1252"
        case "cp1251", "windows-1251", "x-cp1251": return "WINDOWS-1251"
        case "koi8-r", "koi8r", "koi8": return "KOI8-R"
        case "koi8-u": return "KOI8-U"
        case "gb2312", "gbk", "x-gbk", "chinese": return "GBK"
        case "shift_jis", "sjis", "x-sjis", "ms_kanji": return "SHIFT_JIS"
        case "euc-kr", "ks_c_5601-1987": return "EUC-KR"
        default:
            let name = l.uppercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }) else { return nil }
            let cd = iconv_open("UTF-8", name)
            if cd == iconv_t(bitPattern: -1) { return nil }
            iconv_close(cd)
            return name
        }
    }

    /// True when `b` is well-formed UTF-8.
    public static func validUTF8(_ b: [UInt8]) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var len = 0
            if c >= 0xC2 && c <= 0xDF { len = 2 } else if c >= 0xE0 && c <= 0xEF { len = 3 } else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return false }
            if i + len > n { return false }
            for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return false }
            if len == 3 {
                if c == 0xE0 && b[i + 1] < 0xA0 { return false }
                if c == 0xED && b[i + 1] > 0x9F { return false }
            } else if len == 4 {
                if c == 0xF0 && b[i + 1] < 0x90 { return false }
                if c == 0xF4 && b[i + 1] > 0x8F { return false }
            }
            i += len
        }
        return true
    }

    /// Transcodes with iconv; an undecodable byte becomes U+FFFD. Nil when iconv does not know `name`.
    static func transcode(_ input: [UInt8], from name: String) -> [UInt8]? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var src = input
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        src.withUnsafeMutableBufferPointer { inBuf in
            guard let base = inBuf.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                var produced = 0
                let rc: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    produced = outBuf.count - outLeft
                    return r
                }
                out.append(contentsOf: chunk[0..<produced])
                if rc == -1 {
                    let err = errno
                    if err == E2BIG { continue }
                    // EILSEQ or EINVAL: an undecodable or cut-off sequence
                    out.append(contentsOf: replacement)
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        return out
    }
}

extension StringProtocol {
    /// Trims the given characters from both ends (no Foundation).
    func trimming(_ set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}

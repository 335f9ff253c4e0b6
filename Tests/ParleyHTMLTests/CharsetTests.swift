import Testing
@testable import ParleyHTML

@Suite("Charset")
struct CharsetTests {
    /// "Путин" in windows-1251.
    static let putin1251: [UInt8] = [0xCF, 0xF3, 0xF2, 0xE8, 0xED]

    @Test("a windows-1251 page declared in a meta tag decodes to UTF-8")
    func metaWindows1251() throws {
        let page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
            + Self.putin1251 + Array("</p></body></html>".utf8)
        let d = try Charset.decode(page)
        #expect(d.charset == "WINDOWS-1251")
        #expect(d.source == .meta)
        #expect(String(decoding: d.utf8, as: UTF8.self).contains("Путин"))
    }

    @Test("the HTTP header's charset wins over the page's meta charset")
    func headerWins() throws {
        let page = Array("<meta charset=\"utf-8\"><p>".utf8) + Self.putin1251 + Array("</p>".utf8)
        let d = try Charset.decode(page, contentType: "text/html; charset=windows-1251")
        #expect(d.source == .header)
        #expect(String(decoding: d.utf8, as: UTF8.self).contains("Путин"))
    }

    @Test("a header that says UTF-8 over bytes that are not UTF-8 gives way to the page's meta charset")
    func wrongHeader() throws {
        let page = Array("<meta charset=\"windows-1251\"><p>".utf8) + Self.putin1251 + Array("</p>".utf8)
        let d = try Charset.decode(page, contentType: "text/html; charset=utf-8")
        #expect(d.charset == "WINDOWS-1251")
        #expect(d.notes.contains { $0.contains("not UTF-8") })
    }

    @Test("a page that declares windows-1251 but is UTF-8 is read as UTF-8")
    func mislabelledUTF8() throws {
        let page = Array("<meta charset=\"windows-1251\"><p>Путин</p>".utf8)
        let d = try Charset.decode(page)
        #expect(d.charset == "UTF-8")
        #expect(String(decoding: d.utf8, as: UTF8.self).contains("Путин"))
    }

    @Test("ISO-8859-1 decodes as windows-1252, as browsers do")
    func latin1() throws {
        let page = Array("<meta charset=iso-8859-1><p>Pr".utf8) + [0xE9, 0x73, 0x69, 0x64, 0x65, 0x6E, 0x74, 0x20, 0x80] + Array("</p>".utf8)
        let d = try Charset.decode(page)
        #expect(d.charset == "WINDOWS-1252")
        #expect(String(decoding: d.utf8, as: UTF8.self).contains("Président €"))
    }

    @Test("undeclared bytes that are not UTF-8 fall back to windows-1252")
    func fallback() throws {
        let d = try Charset.decode(Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8))
        #expect(d.source == .fallback)
        #expect(String(decoding: d.utf8, as: UTF8.self).contains("café"))
    }

    @Test("a byte-order mark is honoured and removed")
    func bom() throws {
        let d = try Charset.decode([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8))
        #expect(d.utf8.first == UInt8(ascii: "<"))
    }

    @Test("an unknown charset label is ignored with a note")
    func unknownLabel() throws {
        let d = try Charset.decode(Array("<p>plain</p>".utf8), contentType: "text/html; charset=x-no-such-charset")
        #expect(d.charset == "UTF-8")
        #expect(d.notes.contains { $0.contains("x-no-such-charset") })
    }

    @Test("Content-Type charset parameters are read with quotes and spaces", arguments: [
        ("text/html; charset=UTF-8", "UTF-8"), ("text/html;charset=\"windows-1251\"", "windows-1251"),
        ("text/html; Charset = iso-8859-1 ", "iso-8859-1"), ("text/html", nil),
    ] as [(String, String?)])
    func contentType(_ header: String, _ expected: String?) {
        #expect(Charset.label(fromContentType: header) == expected)
    }
}

import CLibXML2

/// An XML element as the feed readers see it: local name (lower-case), attributes by local name, children, text.
struct FeedXML {
    var name: String
    var attributes: [String: String] = [:]
    var children: [FeedXML] = []
    var text = ""

    func child(_ n: String) -> FeedXML? { children.first { $0.name == n } }
    func all(_ n: String) -> [FeedXML] { children.filter { $0.name == n } }
    /// The trimmed text of the first child named `n`.
    func value(_ n: String) -> String? {
        guard let c = child(n) else { return nil }
        let t = c.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// Parses with libxml2's XML parser in recovery mode, without network access or entity expansion. Returns the
    /// root and whether the document was well-formed.
    static func parse(_ bytes: [UInt8], place: String) throws -> (FeedXML, wellFormed: Bool) {
        guard !bytes.isEmpty else { throw FeedError(.empty, place: place, "no bytes; the server sent an empty body") }
        _ = HTMLInit.once
        guard let ctxt = xmlNewParserCtxt() else { throw FeedError(.malformed, place: place, "libxml2 could not start a parser") }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { xmlCtxtReadMemory(ctxt, $0, Int32(buf.count), place, nil, options) }
        }
        guard let doc else { throw FeedError(.malformed, place: place, "not XML (libxml2 recovered nothing); check that the address is a feed") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw FeedError(.malformed, place: place, "the XML has no root element") }
        return (convert(root), ctxt.pointee.wellFormed != 0)
    }

    static func convert(_ root: xmlNodePtr) -> FeedXML {
        func build(_ node: xmlNodePtr, depth: Int) -> FeedXML {
            var e = FeedXML(name: node.pointee.name.map { String(cString: $0).lowercased() } ?? "")
            var attr = node.pointee.properties
            while let a = attr {
                let name = a.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                var value = ""
                var c = a.pointee.children
                while let k = c { if let content = k.pointee.content { value += String(cString: content) }; c = k.pointee.next }
                e.attributes[name] = value
                attr = a.pointee.next
            }
            var c = node.pointee.children
            while let k = c {
                switch k.pointee.type {
                case XML_ELEMENT_NODE: if depth < 64 { e.children.append(build(k, depth: depth + 1)) }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: if let content = k.pointee.content { e.text += String(cString: content) }
                default: break
                }
                c = k.pointee.next
            }
            return e
        }
        return build(root, depth: 0)
    }
}

enum HTMLInit {
    static let once: Void = { xmlInitParser() }()
}

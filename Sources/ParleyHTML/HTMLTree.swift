import CLibXML2

/// A parsed page as a flat array of element and text nodes (libxml2's HTML parser builds it; Swift code walks it).
struct HTMLTree {
    /// One node: an element (lower-case `tag`, attributes, children) or a text node (`tag` empty, `text`).
    struct Node {
        var tag: String
        var text: String = ""
        var attributes: [(name: String, value: String)] = []
        var parent: Int
        var children: [Int] = []
        var isText: Bool { tag.isEmpty }
        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    var nodes: [Node] = []
    /// The index of the root element (`html`), or nil for an empty document.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    static let initialise: Void = { xmlInitParser() }()

    /// Parses UTF-8 bytes with libxml2's HTML parser in recovery mode, without network access, ignoring any
    /// encoding the page declares (the bytes were transcoded already).
    static func parse(utf8 bytes: [UInt8], url: String?) throws -> HTMLTree {
        _ = initialise
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), url, "UTF-8", options)
            }
        }
        guard let doc else { throw HTMLError(.unparsable, "libxml2 could not parse the page at all; check that it is HTML") }
        defer { xmlFreeDoc(doc) }
        var tree = HTMLTree()
        guard let rootElement = xmlDocGetRootElement(doc) else { return tree }
        // explicit stack: (libxml2 node, parent index)
        var stack: [(xmlNodePtr, Int)] = [(rootElement, -1)]
        while let (node, parent) = stack.popLast() {
            let type = node.pointee.type
            var index = -1
            if type == XML_ELEMENT_NODE {
                var n = Node(tag: node.pointee.name.map { String(cString: $0).lowercased() } ?? "unknown", parent: parent)
                var attr = node.pointee.properties
                while let a = attr {
                    let name = a.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    var value = ""
                    var child = a.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { value += String(cString: content) }
                        child = c.pointee.next
                    }
                    n.attributes.append((name, value))
                    attr = a.pointee.next
                }
                index = tree.nodes.count
                tree.nodes.append(n)
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                guard parent >= 0, let content = node.pointee.content else { continue }
                index = tree.nodes.count
                tree.nodes.append(Node(tag: "", text: String(cString: content), parent: parent))
            } else {
                continue
            }
            if parent >= 0 { tree.nodes[parent].children.append(index) }
            if type == XML_ELEMENT_NODE {
                // push children in reverse so they pop in document order
                var kids: [xmlNodePtr] = []
                var c = node.pointee.children
                while let k = c { kids.append(k); c = k.pointee.next }
                for k in kids.reversed() { stack.append((k, index)) }
            }
        }
        return tree
    }

    /// The concatenated text under a node.
    func text(of i: Int) -> String {
        var out = ""
        var stack = [i]
        while let j = stack.popLast() {
            let n = nodes[j]
            if n.isText { out += n.text } else { stack.append(contentsOf: n.children.reversed()) }
        }
        return out
    }

    /// Indices of every element under `i` (and `i` itself) in document order.
    func elements(under i: Int) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        while let j = stack.popLast() {
            guard !nodes[j].isText else { continue }
            out.append(j)
            stack.append(contentsOf: nodes[j].children.reversed())
        }
        return out
    }

    /// True when `ancestor` is `i` or one of its ancestors.
    func isAncestor(_ ancestor: Int, of i: Int) -> Bool {
        var j = i
        while j >= 0 {
            if j == ancestor { return true }
            j = nodes[j].parent
        }
        return false
    }
}

import ParleyExtraction

/// Events as a graph: nodes are states and organisations, edges are events between two of them,
/// weighted by the number of sources and dated. An event of three or more participants gives one
/// edge per pair; a directed event gives edges from its source side to its target side.
public enum GraphExporter {
    /// One edge of the graph.
    struct Edge {
        var id: String
        var source: String
        var target: String
        var directed: Bool
        var type: String
        var status: String
        var weight: Int
        var start: String?
        var end: String?
        var label: String
    }

    static func edges(_ events: [StoredEvent]) -> (nodes: [String: String], edges: [Edge]) {
        var nodes: [String: String] = [:]
        var edges: [Edge] = []
        for s in events {
            let e = s.event
            for p in e.participants where nodes[p.code] == nil { nodes[p.code] = p.code }
            var pairs: [(String, String, Bool)] = []
            let sources = e.participants.filter { $0.side == .source }.map(\.code)
            let targets = e.participants.filter { $0.side != .source }.map(\.code)
            if e.type.isDirected && !sources.isEmpty {
                for a in sources { for b in targets where a != b { pairs.append((a, b, true)) } }
            } else {
                let codes = e.codes
                for i in codes.indices { for j in codes.indices where j > i { pairs.append((codes[i], codes[j], false)) } }
            }
            for (k, (a, b, d)) in pairs.enumerated() {
                let names = e.participants.compactMap(\.name).joined(separator: ", ")
                edges.append(Edge(id: pairs.count == 1 ? e.id : "\(e.id)-\(k)", source: a, target: b, directed: d, type: e.type.rawValue,
                                  status: e.status.rawValue, weight: s.sourceCount, start: e.date?.start, end: e.date?.end,
                                  label: "\(e.type.rawValue) \(a)–\(b)" + (names.isEmpty ? "" : " (\(names))")))
            }
        }
        return (nodes, edges)
    }

    /// GraphML 1.0 text.
    public static func graphML(_ events: [StoredEvent]) -> String {
        let (nodes, edges) = edges(events)
        var s = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="type" for="edge" attr.name="type" attr.type="string"/>
          <key id="status" for="edge" attr.name="status" attr.type="string"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="start" for="edge" attr.name="start" attr.type="string"/>
          <key id="end" for="edge" attr.name="end" attr.type="string"/>
          <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
          <graph id="parley" edgedefault="undirected">

        """
        for code in nodes.keys.sorted() {
            s += "    <node id=\"\(xml(code))\"><data key=\"label\">\(xml(code))</data></node>\n"
        }
        for e in edges {
            s += "    <edge id=\"\(xml(e.id))\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\" directed=\"\(e.directed)\">"
            s += "<data key=\"type\">\(e.type)</data><data key=\"status\">\(e.status)</data><data key=\"weight\">\(e.weight)</data>"
            if let a = e.start { s += "<data key=\"start\">\(a)</data>" }
            if let b = e.end { s += "<data key=\"end\">\(b)</data>" }
            s += "<data key=\"elabel\">\(xml(e.label))</data></edge>\n"
        }
        return s + "  </graph>\n</graphml>\n"
    }

    /// GEXF 1.3 text (Gephi): weighted edges with a time interval each.
    public static func gexf(_ events: [StoredEvent]) -> String {
        let (nodes, edges) = edges(events)
        var s = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta><creator>Parley</creator><description>Diplomatic events: nodes are states and organisations, edges are events</description></meta>
          <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
            <attributes class="edge" mode="static">
              <attribute id="0" title="type" type="string"/>
              <attribute id="1" title="status" type="string"/>
            </attributes>
            <nodes>

        """
        for code in nodes.keys.sorted() { s += "      <node id=\"\(xml(code))\" label=\"\(xml(code))\"/>\n" }
        s += "    </nodes>\n    <edges>\n"
        for e in edges {
            s += "      <edge id=\"\(xml(e.id))\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\" type=\"\(e.directed ? "directed" : "undirected")\""
            s += " weight=\"\(e.weight)\" label=\"\(xml(e.label))\""
            if let a = e.start, let b = e.end { s += " start=\"\(a)\" end=\"\(b)\"" }
            s += "><attvalues><attvalue for=\"0\" value=\"\(e.type)\"/><attvalue for=\"1\" value=\"\(e.status)\"/></attvalues></edge>\n"
        }
        return s + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped.
    public static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

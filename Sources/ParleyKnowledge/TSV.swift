/// Reads the knowledge base's tab-separated files: `#` comments, a header line, `|`-separated lists.
struct TSVTable {
    let file: String
    let header: [String]
    /// Rows with their 1-based line numbers.
    let rows: [(line: Int, fields: [String])]

    init(file: String, text: String) throws {
        self.file = file
        var header: [String]? = nil
        var rows: [(Int, [String])] = []
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: " ")
            }
            if header == nil { header = fields; continue }
            rows.append((lineNo, fields))
        }
        guard let header else { throw KnowledgeError(.malformedLine, "\(file): no header line") }
        self.header = header
        self.rows = rows
    }

    func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw KnowledgeError(.malformedLine, "\(file): missing column '\(name)' in the header")
        }
        return i
    }

    static func list(_ s: String) -> [String] {
        s.split(separator: "|").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }
}

extension String {
    func trimmingCharacters(in chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

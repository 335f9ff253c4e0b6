import ParleyExtraction

/// The formats `parley events` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// JSON Lines exactly as EVENTS.md; a merged event's evidence holds every source's sentences.
    case jsonl
    /// One row per event, RFC 4180 quoting.
    case csv
    /// GraphML: nodes are states and organisations, edges are events (weighted by sources, dated).
    case graphml
    /// GEXF 1.3 for Gephi: the same graph as GraphML, with edge time intervals.
    case gexf
    /// Tab-separated CAMEO-coded rows in the spirit of GDELT's event table.
    case cameo
    /// A plain table for the terminal.
    case table
}

/// Writes stored events in one of the export formats.
public enum EventExporter {
    /// The whole export as one string.
    public static func export(_ events: [StoredEvent], as format: ExportFormat) -> String {
        switch format {
        case .jsonl: return events.map { EventJSON.line($0.event) + "\n" }.joined()
        case .csv: return CSVExporter.export(events)
        case .graphml: return GraphExporter.graphML(events)
        case .gexf: return GraphExporter.gexf(events)
        case .cameo: return CAMEOExporter.export(events)
        case .table: return table(events)
        }
    }

    static func table(_ events: [StoredEvent]) -> String {
        var rows: [[String]] = [["id", "type", "status", "participants", "date", "location", "sources", "evidence"]]
        for s in events {
            let e = s.event
            let parts = e.participants.map { p in (p.side == .source ? "→" : "") + p.code + (p.name.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            let date = e.date.map { $0.start == $0.end ? $0.start : "\($0.start)..\($0.end)" } ?? "-"
            var ev = e.evidence.first?.text ?? ""
            if ev.count > 60 { ev = String(ev.prefix(57)) + "..." }
            rows.append([e.id, e.type.rawValue, e.status.rawValue, parts, date, e.location?.name ?? "-", String(s.sourceCount), ev])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, c) in r.enumerated() where i < r.count - 1 { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in i < r.count - 1 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

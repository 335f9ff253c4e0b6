import ParleyExtraction

/// Events as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled).
public enum CSVExporter {
    /// The column names.
    public static let header = ["id", "type", "status", "participants", "sources_side", "names", "date_start", "date_end", "date_text",
                                "location", "location_code", "occasion", "topics", "source_count", "documents", "confidence", "evidence"]

    /// The whole CSV text, header first.
    public static func export(_ events: [StoredEvent]) -> String {
        var out = row(header)
        for s in events {
            let e = s.event
            out += row([
                e.id, e.type.rawValue, e.status.rawValue,
                e.participants.map(\.code).joined(separator: ";"),
                e.sourceCodes.joined(separator: ";"),
                e.participants.compactMap(\.name).joined(separator: ";"),
                e.date?.start ?? "", e.date?.end ?? "", e.date?.text ?? "",
                e.location?.name ?? "", e.location?.code ?? "", e.occasion ?? "",
                e.topics.joined(separator: ";"), String(s.sourceCount), s.documents.joined(separator: ";"),
                String(e.confidence), e.evidence.first?.text ?? "",
            ])
        }
        return out
    }

    /// One record with its CRLF.
    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// One field, quoted when needed.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") || s.hasSuffix(" ") else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

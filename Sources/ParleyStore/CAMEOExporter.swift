import ParleyExtraction

/// Events as CAMEO-coded, tab-separated rows, so GDELT users can compare.
///
/// | Parley type | CAMEO code | rows |
/// |---|---|---|
/// | meeting | 040 Consult | one per pair of participants |
/// | call | 041 Discuss by telephone | one per pair |
/// | visit | 042 Make a visit (visitor → host), and 043 Host a visit (host → visitor) | two per visitor |
/// | agreement | 057 Sign formal agreement | one per pair |
/// | invitation | 036 Express intent to meet or negotiate | inviter → invitee |
/// | message | 051 Praise or endorse (congratulations, thanks, condolences) | sender → recipient |
/// | demand | 100 Demand, not specified below | demander → target |
///
/// Actor codes are Parley's (ISO 3166-1 alpha-3 for states, which CAMEO shares, and names such as
/// `UN`, `NATO` for organisations, where CAMEO writes `IGOUNO`, `IGONAT`…). Planned events are left out:
/// CAMEO records actions that happened.
public enum CAMEOExporter {
    /// The CAMEO code, root code, quad class and Goldstein score for a type.
    public static func code(_ type: EventType, host: Bool = false) -> (code: String, root: String, quad: Int, goldstein: Double) {
        switch type {
        case .meeting: ("040", "04", 1, 1.0)
        case .call: ("041", "04", 1, 1.0)
        case .visit: host ? ("043", "04", 1, 2.8) : ("042", "04", 1, 1.9)
        case .agreement: ("057", "05", 1, 8.0)
        case .invitation: ("036", "03", 1, 4.0)
        case .message: ("051", "05", 1, 3.4)
        case .demand: ("100", "10", 3, -5.0)
        }
    }

    /// The column names.
    public static let header = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "IsRootEvent",
                                "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources",
                                "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEDOCS"]

    /// The whole TSV text, header first.
    public static func export(_ events: [StoredEvent]) -> String {
        var out = header.joined(separator: "\t") + "\n"
        for s in events where s.event.status == .occurred {
            let e = s.event
            let date = e.date.map { $0.start.replacingOccurrences(of: "-", with: "") } ?? ""
            var rows: [(Participant, Participant, Bool)] = []
            let src = e.participants.filter { $0.side == .source }
            let tgt = e.participants.filter { $0.side != .source }
            if e.type.isDirected && !src.isEmpty {
                for a in src { for b in tgt where a.code != b.code {
                    rows.append((a, b, false))
                    if e.type == .visit { rows.append((b, a, true)) }
                } }
            } else {
                let ps = e.participants.sorted { $0.code < $1.code }
                for i in ps.indices { for j in ps.indices where j > i { rows.append((ps[i], ps[j], false)) } }
            }
            for (k, (a, b, host)) in rows.enumerated() {
                let c = code(e.type, host: host)
                out += [
                    rows.count == 1 ? e.id : "\(e.id)-\(k)", date, a.code, clean(a.name ?? a.code), b.code, clean(b.name ?? b.code), "1",
                    c.code, c.code, c.root, String(c.quad), String(c.goldstein), String(s.sourceCount), String(s.sourceCount),
                    clean(e.location?.name ?? ""), e.location?.code ?? "", date, s.documents.joined(separator: ";"),
                ].joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    static func clean(_ s: String) -> String {
        s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}

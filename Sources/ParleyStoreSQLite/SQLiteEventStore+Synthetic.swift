import GRDB
import ParleyExtraction
import ParleyStore

extension SQLiteEventStore {
    /// Inserts `count` generated merged events directly (for query benchmarks), 10,000 per transaction.
    public func loadSynthetic(count: Int, seed: UInt64) throws {
        var rng = seed | 1
        func next() -> UInt64 { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng }
        // a skewed choice of states: a few appear often, most rarely
        let codes = ["RUS", "CHN", "USA", "IND", "TUR", "FRA", "DEU", "GBR", "JPN", "BRA", "ZAF", "IRN", "SAU", "ARE", "EGY", "UKR",
                     "POL", "ITA", "ESP", "KOR", "PRK", "PAK", "IDN", "VNM", "KAZ", "UZB", "BLR", "HUN", "SRB", "ISR", "PSE", "QAT",
                     "MLI", "NER", "BFA", "NGA", "ETH", "KEN", "DZA", "MAR", "ARG", "MEX", "CUB", "VEN", "AUS", "CAN", "UN", "EU",
                     "NATO", "AU", "SCO", "BRICS", "ASEAN", "ECOWAS"] + (0..<150).map { "X" + String(UnicodeScalar(65 + $0 / 26)!) + String(UnicodeScalar(65 + $0 % 26)!) }
        let leaders = ["RUS": "Vladimir Putin", "CHN": "Xi Jinping", "USA": "Joe Biden", "IND": "Narendra Modi", "TUR": "Recep Tayyip Erdogan",
                       "FRA": "Emmanuel Macron", "DEU": "Olaf Scholz", "BRA": "Luiz Inacio Lula da Silva", "ZAF": "Cyril Ramaphosa"]
        let places = [("Moscow", "RUS"), ("Beijing", "CHN"), ("Kazan", "RUS"), ("New Delhi", "IND"), ("Ankara", "TUR"), ("Paris", "FRA"),
                      ("Berlin", "DEU"), ("Brasilia", "BRA"), ("Astana", "KAZ"), ("Bamako", "MLI")]
        let words = ["grain", "corridor", "energy", "pipeline", "security", "ceasefire", "trade", "nuclear", "investment", "railway",
                     "fertiliser", "wheat", "sanctions", "border", "summit", "drones", "loans", "ports", "satellites", "visas"]
        let merger = CrossArticleMerger()
        func pickCode() -> String {
            let r = Double(next() % 10_000) / 10_000
            return codes[min(codes.count - 1, Int(Double(codes.count) * r * r * r))]
        }
        var done = 0
        while done < count {
            let batch = min(10_000, count - done)
            try pool.write { db in
                for i in 0..<batch {
                    let n = done + i
                    let a = pickCode()
                    var b = pickCode()
                    while b == a { b = pickCode() }
                    let type = EventType.allCases[Int(next() % 7)]
                    let day = CalendarDay.string(Int(next() % 9500) + 10957) // 2000-01-01 + up to 26 years
                    let directed = type.isDirected
                    let participants = [
                        Participant(code: a, name: leaders[a], role: leaders[a] == nil ? nil : .headOfState, side: directed ? .source : nil),
                        Participant(code: b, name: leaders[b], role: leaders[b] == nil ? nil : .headOfState, side: directed ? .target : nil),
                    ]
                    let place = next() % 3 == 0 ? places[Int(next() % UInt64(places.count))] : nil
                    let text = "\(a) and \(b) discussed " + (0..<4).map { _ in words[Int(next() % UInt64(words.count))] }.joined(separator: " and ")
                        + " in talks on the day, officials said."
                    let sources = 1 + Int(next() % 4)
                    let evidence = (0..<sources).map { k in Evidence.make(doc: "syn-\(n)-\(k)", start: 0, end: text.unicodeScalars.count, text: text) }
                    let e = Event.make(id: "ev-syn-\(n)", type: type, status: next() % 5 == 0 ? .planned : .occurred, participants: participants,
                                  date: EventDate.make(start: day, end: day, text: "on \(day)"),
                                  location: place.map { EventLocation.make(name: $0.0, code: $0.1) }, occasion: nil, topics: ["trade"],
                                  evidence: evidence, confidence: 0.9)
                    try write(db, EventCluster(event: e, key: merger.key(e), window: DayWindow(start: day, end: day), sourceCount: sources,
                                               documents: evidence.map(\.doc)), isNew: true)
                }
            }
            done += batch
        }
        try pool.write { db in try db.execute(sql: "ANALYZE") }
    }
}

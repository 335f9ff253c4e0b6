import ParleyExtraction

/// Builds a JSON document as UTF-8 bytes, for responses written without a generic encoder (the event list is
/// the hot path: its events are pre-rendered and copied in).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }
    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    mutating func string(_ s: String) { raw(EventJSON.q(s)) }
    mutating func string(_ s: String?) { if let s { string(s) } else { raw("null") } }
    mutating func number(_ n: Int) { raw(String(n)) }
    mutating func number(_ d: Double?) { if let d, d.isFinite { raw(String(d)) } else { raw("null") } }

    /// `"key": ` (with the comma before it unless it is the first member).
    mutating func key(_ k: String, first: Bool = false) {
        if !first { raw(", ") }
        string(k)
        raw(": ")
    }

    /// A JSON array of the elements, each written by `body`.
    mutating func array<S: Sequence>(_ items: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(", ") }
            first = false
            body(&self, item)
        }
        raw("]")
    }

    /// A JSON object of string keys to integers, keys in the given order.
    mutating func counts(_ pairs: [(String, Int)]) {
        raw("{")
        for (i, (k, v)) in pairs.enumerated() {
            key(k, first: i == 0)
            number(v)
        }
        raw("}")
    }

    /// One evidence span as EVENTS.md writes it.
    mutating func evidence(_ v: Evidence) {
        raw("{\"doc\": "); string(v.doc); key("start"); number(v.start); key("end"); number(v.end)
        key("text"); string(v.text); raw("}")
    }
}

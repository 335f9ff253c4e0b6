import ParleyText

/// A trie over token keys that finds the longest known phrase starting at a token, built once
/// from the knowledge base; each phrase carries every entry it can name.
public struct PhraseMatcher<Payload: Hashable & Sendable>: Sendable {
    private var children: [[TokenKey: Int32]] = [[:]]
    private var payloads: [[Payload]] = [[]]

    public init() {}

    /// Adds `phrase` (tokenized like document text) naming `payload`.
    public mutating func add(_ phrase: String, _ payload: Payload) {
        let analysis = TextAnalysis(text: phrase)
        guard !analysis.tokens.isEmpty else { return }
        add(keys: analysis.tokens.map(\.key), payload)
    }

    /// Adds a phrase given as token keys.
    public mutating func add(keys: [TokenKey], _ payload: Payload) {
        var node = 0
        for k in keys {
            if let next = children[node][k] {
                node = Int(next)
            } else {
                children.append([:])
                payloads.append([])
                let id = Int32(children.count - 1)
                children[node][k] = id
                node = Int(id)
            }
        }
        if !payloads[node].contains(payload) { payloads[node].append(payload) }
    }

    /// The longest phrase starting at `start` and ending before `limit`: its length in tokens and entries.
    public func longestMatch(_ tokens: [Token], at start: Int, limit: Int) -> (length: Int, payloads: [Payload])? {
        var node = 0
        var best: (Int, [Payload])? = nil
        var i = start
        while i < limit, let next = children[node][tokens[i].key] {
            node = Int(next)
            i += 1
            if !payloads[node].isEmpty { best = (i - start, payloads[node]) }
        }
        return best
    }

    /// The number of trie nodes (for size reports).
    public var nodeCount: Int { children.count }
}

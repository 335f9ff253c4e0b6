import ParleyText

/// A trie over token keys that finds the longest known phrase starting at a token, built once
/// from the knowledge base; each phrase carries every entry it can name.
public struct PhraseMatcher<Payload: Hashable & Sendable>: Sendable {
    /// The trie's edges in one open-addressed table: (parent node, token key) → child node.
    private var edgeParent: [Int32] = Array(repeating: -1, count: 1024)
    private var edgeKey: [UInt64] = Array(repeating: 0, count: 1024)
    private var edgeChild: [Int32] = Array(repeating: 0, count: 1024)
    private var edgeCount = 0
    private var payloads: [[Payload]] = [[]]

    public init() {}

    /// Adds `phrase` (tokenized like document text) naming `payload`. A leading "the" is dropped ("the Kremlin" is
    /// stored as "Kremlin"): readers of text skip articles before they look a name up.
    public mutating func add(_ phrase: String, _ payload: Payload) {
        var keys = Tokenizer.keys(of: phrase)
        if keys.count > 1, keys[0] == Self.the { keys.removeFirst() }
        guard !keys.isEmpty else { return }
        add(keys: keys, payload)
    }

    static var the: TokenKey { TokenKey("the") }

    /// Adds a phrase given as token keys.
    public mutating func add(keys: [TokenKey], _ payload: Payload) {
        var node: Int32 = 0
        for k in keys {
            if let next = child(of: node, k) {
                node = next
            } else {
                payloads.append([])
                let id = Int32(payloads.count - 1)
                insertEdge(node, k, id)
                node = id
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    @inline(__always) private func slot(_ parent: Int32, _ raw: UInt64) -> Int {
        let h = (raw ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 32) & (edgeParent.count - 1)
    }

    @inline(__always) private func child(of parent: Int32, _ key: TokenKey) -> Int32? {
        let mask = edgeParent.count - 1
        var i = slot(parent, key.raw)
        while edgeParent[i] >= 0 {
            if edgeParent[i] == parent && edgeKey[i] == key.raw { return edgeChild[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func insertEdge(_ parent: Int32, _ key: TokenKey, _ child: Int32) {
        if (edgeCount + 1) * 2 > edgeParent.count {
            let (p, k, c) = (edgeParent, edgeKey, edgeChild)
            edgeParent = Array(repeating: -1, count: p.count * 2)
            edgeKey = Array(repeating: 0, count: p.count * 2)
            edgeChild = Array(repeating: 0, count: p.count * 2)
            edgeCount = 0
            for i in p.indices where p[i] >= 0 { insertEdge(p[i], TokenKey(raw: k[i]), c[i]) }
        }
        let mask = edgeParent.count - 1
        var i = slot(parent, key.raw)
        while edgeParent[i] >= 0 { i = (i + 1) & mask }
        edgeParent[i] = parent; edgeKey[i] = key.raw; edgeChild[i] = child
        edgeCount += 1
    }

    /// The longest phrase starting at `start` and ending before `limit`: its length in tokens and entries.
    public func longestMatch(_ tokens: [Token], at start: Int, limit: Int) -> (length: Int, payloads: [Payload])? {
        var node: Int32 = 0
        var bestLength = 0
        var bestNode: Int32 = -1
        var i = start
        while i < limit, let next = child(of: node, tokens[i].key) {
            node = next
            i += 1
            if !payloads[Int(node)].isEmpty { bestLength = i - start; bestNode = node }
        }
        return bestNode < 0 ? nil : (bestLength, payloads[Int(bestNode)])
    }

    /// The number of trie nodes (for size reports).
    public var nodeCount: Int { payloads.count }
}

/// A read-mostly hash map from token keys to values, with open addressing on the key's own hash bits:
/// the rules' word lists are looked up for every token, and Swift's `Dictionary` re-hashes each key with SipHash.
@frozen public struct TokenKeyMap<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var used: [Bool]
    @usableFromInline var mask: Int
    public private(set) var count = 0

    public init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
    }

    /// A map holding `pairs`; a later pair replaces an earlier one with the same key.
    public init(_ pairs: [(TokenKey, Value)]) {
        self.init(minimumCapacity: pairs.count)
        for (k, v) in pairs { self[k] = v }
    }

    @inlinable @inline(__always) static func slot(_ raw: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (raw ^ (raw >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    public subscript(key: TokenKey) -> Value? {
        @inlinable get {
            var i = Self.slot(key.raw, mask)
            while used[i] {
                if keys[i] == key.raw { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            if (count + 1) * 2 > keys.count { grow() }
            var i = Self.slot(key.raw, mask)
            while used[i] {
                if keys[i] == key.raw { values[i] = newValue ?? values[i]; return }
                i = (i + 1) & mask
            }
            guard let newValue else { return }
            used[i] = true; keys[i] = key.raw; values[i] = newValue; count += 1
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
        count = 0
        for i in oldKeys.indices where oldUsed[i] { self[TokenKey(raw: oldKeys[i])] = oldValues[i] }
    }
}

/// A set of token keys with the same fast lookup as `TokenKeyMap`.
@frozen public struct TokenKeySet: Sendable {
    @usableFromInline var map: TokenKeyMap<Bool>

    public init(_ keys: some Sequence<TokenKey>) {
        map = TokenKeyMap(Array(keys).map { ($0, true) })
    }

    /// The set of the keys of `words`, folded as the tokenizer folds them.
    public init(words: [String]) { self.init(words.map(TokenKey.init)) }

    @inlinable @inline(__always) public func contains(_ key: TokenKey) -> Bool { map[key] != nil }
    public var count: Int { map.count }
}

/// A read-only map from keys that are already hashes (`StableHash`) to short lists of values,
/// with open addressing. The cue matcher looks up every prefix of every token; a `Dictionary`
/// would hash each key again with SipHash, which dominated scoring time.
struct HashedMultiMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var starts: [Int32]
    private var ends: [Int32]
    private var values: [Value] = []
    private let mask: Int

    init(_ pairs: [(key: UInt64, value: Value)]) {
        var grouped: [UInt64: [Value]] = [:]
        var order: [UInt64] = []
        for (key, value) in pairs {
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(value)
        }
        var capacity = 16
        while capacity < order.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        starts = [Int32](repeating: 0, count: capacity)
        ends = [Int32](repeating: 0, count: capacity)
        for key in order {
            var slot = Self.slot(Self.stored(key), mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = Self.stored(key)
            starts[slot] = Int32(values.count)
            values.append(contentsOf: grouped[key]!)
            ends[slot] = Int32(values.count)
        }
    }

    /// Indices into `self` of the values stored under `key`; empty when there are none.
    func indices(of key: UInt64) -> Range<Int> {
        let stored = Self.stored(key)
        var slot = Self.slot(stored, mask: mask)
        while true {
            let candidate = keys[slot]
            if candidate == stored { return Int(starts[slot])..<Int(ends[slot]) }
            if candidate == 0 { return 0..<0 }
            slot = (slot + 1) & mask
        }
    }

    subscript(index: Int) -> Value { values[index] }

    /// Zero marks an empty slot, so a key that hashes to zero is stored as one.
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }
}

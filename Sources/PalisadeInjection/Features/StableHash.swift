/// FNV-1a over scalar values. Stable across runs and platforms (unlike `Hasher`, which is
/// seeded per process), which a model file that stores hashed features depends on.
struct StableHash: Sendable, Hashable {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    private(set) var value: UInt64

    init(seed: UInt64 = 0) {
        value = Self.offsetBasis ^ seed
    }

    mutating func combine(_ scalar: Unicode.Scalar) {
        combine(UInt64(scalar.value))
    }

    mutating func combine(_ word: UInt64) {
        value = (value ^ word) &* Self.prime
    }

    static func of(_ scalars: some Sequence<Unicode.Scalar>, seed: UInt64 = 0) -> UInt64 {
        var hash = StableHash(seed: seed)
        for scalar in scalars { hash.combine(scalar) }
        return hash.value
    }
}

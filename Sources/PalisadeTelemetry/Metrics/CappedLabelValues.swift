import Synchronization

/// Keeps a label's values from a bounded set so that a stream of distinct model names (which
/// callers choose) cannot grow the number of time series without limit.
///
/// Values are first normalised to a safe charset and length; the first `limit` distinct values
/// are kept as they are and every later one is reported as `other`.
final class CappedLabelValues: Sendable {
    static let overflow = "other"
    static let missing = "none"
    private static let maximumLength = 64

    private let limit: Int
    private let admitted = Mutex<Set<String>>([])

    init(limit: Int) {
        self.limit = limit
    }

    func value(for raw: String?) -> String {
        guard let raw, !raw.isEmpty else { return Self.missing }
        let normalised = Self.normalise(raw)
        return admitted.withLock { admitted in
            if admitted.contains(normalised) { return normalised }
            guard admitted.count < limit else { return Self.overflow }
            admitted.insert(normalised)
            return normalised
        }
    }

    /// Letters, digits and `.-_:/` survive; anything else becomes `_`, and the result is cut
    /// to 64 bytes.
    static func normalise(_ raw: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(raw.utf8.count, maximumLength))
        for byte in raw.utf8.prefix(maximumLength) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
                UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "_"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Foundation

/// The byte encoding that event hashes and checkpoint signatures are computed over, written
/// out in docs/audit-threat-model.md so other tools can recompute them: integers are 8-byte
/// big-endian, every byte string is preceded by its 4-byte big-endian length.
struct CanonicalEncoder {
    private(set) var bytes: Data

    init(domain: String) {
        bytes = Data()
        append(Data(domain.utf8))
    }

    mutating func append(_ value: Int64) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ value: Data) {
        withUnsafeBytes(of: UInt32(value.count).bigEndian) { bytes.append(contentsOf: $0) }
        bytes.append(value)
    }

    mutating func append(_ value: String) {
        append(Data(value.utf8))
    }
}

import Crypto

/// SHA-256 digests in lowercase hex: how telemetry refers to system prompts, end users and
/// client addresses without keeping them.
enum Digest {
    /// The first `bytes` bytes of the digest of `text`.
    static func sha256Hex(_ text: String, bytes: Int = SHA256.byteCount) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
        var hex: [UInt8] = []
        hex.reserveCapacity(bytes * 2)
        for byte in digest.prefix(bytes) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

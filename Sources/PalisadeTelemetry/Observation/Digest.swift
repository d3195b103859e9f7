import Crypto

/// SHA-256 digests in lowercase hex: how telemetry refers to system prompts, end users and
/// client addresses without keeping them.
enum Digest {
    /// The first `bytes` bytes of the digest of `text`.
    static func sha256Hex(_ text: String, bytes: Int = SHA256.byteCount) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
        var hex = ""
        hex.reserveCapacity(bytes * 2)
        for byte in digest.prefix(bytes) {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }

    private static let hexDigits: [Character] = Array("0123456789abcdef")
}

import Crypto

/// Bearer secrets (application keys, admin tokens): 256 random bits, shown once, stored as SHA-256.
///
/// A plain (unsalted, fast) hash is enough because the secrets are random, not chosen by people:
/// there is no dictionary to try. Secrets are found by looking their hash up, never by comparing a
/// presented secret with stored ones, so no code path branches on how much of a guess is right.
enum SecretToken {
    /// A new secret and a short public identifier derived from other bits of the same draw.
    static func generate(prefix: String) -> (secret: String, publicID: String) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return (prefix + base62(bytes), base62(Array(bytes.prefix(6)).map { $0 ^ 0x5A }))
    }

    /// Lower-case hex of the SHA-256; computed on every request, so without `String(format:)`.
    static func hash(_ secret: String) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(secret.utf8)) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The first characters of a secret, enough for a person to tell secrets apart in listings.
    static func displayPrefix(of secret: String, prefix: String) -> String {
        String(secret.prefix(prefix.count + 6))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// Base62 keeps secrets free of characters that shells, URLs and headers treat specially.
    private static func base62(_ bytes: [UInt8]) -> String {
        var number = bytes
        var digits: [UInt8] = []
        while number.contains(where: { $0 != 0 }) {
            var remainder = 0
            for index in number.indices {
                let value = remainder * 256 + Int(number[index])
                number[index] = UInt8(value / 62)
                remainder = value % 62
            }
            digits.append(alphabet[remainder])
        }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }
}

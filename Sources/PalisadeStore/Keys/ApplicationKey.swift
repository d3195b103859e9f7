import Crypto
import Foundation

/// Application keys: 256 random bits, shown once, stored as SHA-256.
///
/// A plain (unsalted, fast) hash is enough because the keys are random, not chosen by people:
/// there is no dictionary to try. Looking a key up by its hash also means the lookup time does
/// not depend on how much of a guessed key is right.
public enum ApplicationKey {
    public static let prefix = "pal_"

    /// A new key and the record that stores it.
    public static func generate(for applicationID: String, now: Date = Date()) -> (secret: String, stored: StoredKey) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secret = prefix + base62(bytes)
        let stored = StoredKey(
            id: "key_" + base62(Array(bytes.prefix(6)).map { $0 ^ 0x5A }),
            applicationID: applicationID,
            hash: hash(secret),
            displayPrefix: String(secret.prefix(prefix.count + 6)),
            createdAt: now
        )
        return (secret, stored)
    }

    /// Lower-case hex of the SHA-256; computed on every request, so without `String(format:)`.
    public static func hash(_ secret: String) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(secret.utf8)) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// Base62 keeps keys free of characters that shells, URLs and headers treat specially.
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

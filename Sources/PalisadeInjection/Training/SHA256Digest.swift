import Crypto
import Foundation

/// SHA-256 in lower-case hex, the form provenance files name data and models by.
enum SHA256Digest {
    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            String(UnicodeScalar(hexDigits[Int(byte >> 4)])) + String(UnicodeScalar(hexDigits[Int(byte & 0x0F)]))
        }.joined()
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

import Foundation

/// Lenient base64 decoding for standard and URL-safe alphabets, with or without padding, as
/// found in JWTs and encoded blobs.
enum Base64 {
    static func decode(_ text: UTF8Text, _ range: Range<Int>) -> [UInt8]? {
        var characters: [UInt8] = []
        characters.reserveCapacity(range.count + 3)
        for index in range {
            switch text[index] {
            case UInt8(ascii: "-"): characters.append(UInt8(ascii: "+"))
            case UInt8(ascii: "_"): characters.append(UInt8(ascii: "/"))
            case UInt8(ascii: "="): break
            case let byte: characters.append(byte)
            }
        }
        guard characters.count % 4 != 1 else { return nil }
        while characters.count % 4 != 0 { characters.append(UInt8(ascii: "=")) }
        return Data(base64Encoded: Data(characters)).map(Array.init)
    }
}

import Crypto
/// Cryptocurrency address encodings: Bitcoin Base58Check (P2PKH/P2SH) and Bech32/Bech32m
/// (SegWit), each with its own checksum, so random look-alikes are rejected.
enum WalletAddress {
    private static let base58Alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let base58Values: [Int8] = {
        var values = [Int8](repeating: -1, count: 128)
        for (index, byte) in base58Alphabet.enumerated() { values[Int(byte)] = Int8(index) }
        return values
    }()

    /// Decodes Base58 and verifies the 4-byte double-SHA-256 checksum.
    static func isValidBase58Check(_ characters: ArraySlice<UInt8>) -> Bool {
        var bytes: [UInt8] = []
        for character in characters {
            guard character < 128 else { return false }
            let value = Int(base58Values[Int(character)])
            guard value >= 0 else { return false }
            var carry = value
            for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.insert(UInt8(carry & 0xFF), at: 0)
                carry >>= 8
            }
        }
        let leadingZeros = characters.prefix { $0 == UInt8(ascii: "1") }.count
        bytes.insert(contentsOf: [UInt8](repeating: 0, count: leadingZeros), at: 0)
        guard bytes.count == 25 else { return false }
        let payload = Array(bytes[0..<21])
        let checksum = Array(SHA256.hash(data: Array(SHA256.hash(data: payload)))).prefix(4)
        return Array(checksum) == Array(bytes[21..<25])
    }

    private static let bech32Charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)

    /// Verifies a lowercase Bech32 or Bech32m string (`bc1...`).
    static func isValidBech32(_ characters: ArraySlice<UInt8>) -> Bool {
        guard let separator = characters.lastIndex(of: UInt8(ascii: "1")) else { return false }
        let humanReadable = characters[characters.startIndex..<separator]
        let data = characters[(separator + 1)...]
        guard !humanReadable.isEmpty, data.count >= 6 else { return false }
        var values: [UInt32] = []
        for character in humanReadable { values.append(UInt32(character >> 5)) }
        values.append(0)
        for character in humanReadable { values.append(UInt32(character & 31)) }
        for character in data {
            guard let value = bech32Charset.firstIndex(of: character) else { return false }
            values.append(UInt32(value))
        }
        let polymod = bech32Polymod(values)
        return polymod == 1 || polymod == 0x2bc8_30a3
    }

    private static func bech32Polymod(_ values: [UInt32]) -> UInt32 {
        let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = (checksum & 0x1ff_ffff) << 5 ^ value
            for bit in 0..<5 where (top >> UInt32(bit)) & 1 == 1 { checksum ^= generator[bit] }
        }
        return checksum
    }
}

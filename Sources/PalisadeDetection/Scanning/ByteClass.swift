/// ASCII character classes as bit flags, looked up from one 256-entry table so that every
/// scanner decides "can this byte continue my token" with a single load.
struct ByteClass: OptionSet, Sendable {
    let rawValue: UInt16

    static let digit = ByteClass(rawValue: 1 << 0)
    static let upper = ByteClass(rawValue: 1 << 1)
    static let lower = ByteClass(rawValue: 1 << 2)
    static let hex = ByteClass(rawValue: 1 << 3)
    /// `+ / =`: the extra characters of standard base64.
    static let base64Extra = ByteClass(rawValue: 1 << 4)
    /// `- _`: the extra characters of URL-safe base64 and of most token formats.
    static let tokenPunct = ByteClass(rawValue: 1 << 5)
    static let space = ByteClass(rawValue: 1 << 6)
    /// Bytes of multi-byte UTF-8 sequences; treated as letters by word scanners.
    static let nonASCII = ByteClass(rawValue: 1 << 7)
    /// `.` `~`: appear inside tokens (JWT, Azure secrets) but also end sentences.
    static let innerPunct = ByteClass(rawValue: 1 << 8)

    static let letter: ByteClass = [.upper, .lower]
    static let alnum: ByteClass = [.digit, .upper, .lower]
    static let tokenBody: ByteClass = [.digit, .upper, .lower, .tokenPunct]

    static let table: [ByteClass] = {
        var table = [ByteClass](repeating: [], count: 256)
        for byte in 0..<256 {
            var flags: ByteClass = []
            switch UInt8(byte) {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): flags = [.digit, .hex]
            case UInt8(ascii: "A")...UInt8(ascii: "F"): flags = [.upper, .hex]
            case UInt8(ascii: "a")...UInt8(ascii: "f"): flags = [.lower, .hex]
            case UInt8(ascii: "G")...UInt8(ascii: "Z"): flags = .upper
            case UInt8(ascii: "g")...UInt8(ascii: "z"): flags = .lower
            case UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="): flags = .base64Extra
            case UInt8(ascii: "-"), UInt8(ascii: "_"): flags = .tokenPunct
            case UInt8(ascii: "."), UInt8(ascii: "~"): flags = .innerPunct
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): flags = .space
            case 0x80...0xFF: flags = .nonASCII
            default: flags = []
            }
            table[byte] = flags
        }
        return table
    }()
}

extension UInt8 {
    @inline(__always) var byteClass: ByteClass { ByteClass.table[Int(self)] }
    @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isLower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) var isAlnum: Bool { isDigit || isLetter }
    @inline(__always) var isHex: Bool { isDigit || (self | 0x20) &- 0x61 < 6 }
    @inline(__always) var digitValue: Int { Int(self &- 0x30) }
    @inline(__always) var lowercasedASCII: UInt8 { isUpper ? self | 0x20 : self }
    @inline(__always) var isSpace: Bool {
        self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D
    }
}

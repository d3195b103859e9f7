/// ASCII classification of UTF-8 bytes, written as arithmetic so that hot loops need no table.
extension UInt8 {
    @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isLower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) var isAlnum: Bool { isDigit || isLetter }
    @inline(__always) var isHex: Bool { isDigit || (self | 0x20) &- 0x61 < 6 }
    @inline(__always) var digitValue: Int { Int(self &- 0x30) }
    @inline(__always) var lowercasedASCII: UInt8 { isUpper ? self | 0x20 : self }
    @inline(__always) var uppercasedASCII: UInt8 { isLower ? self & ~0x20 : self }
    @inline(__always) var isSpace: Bool {
        self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D
    }
}

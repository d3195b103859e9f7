/// ASCII classification of UTF-8 bytes, written as arithmetic so that hot loops need no table.
/// Inlinable: the detectors' scanning loops in other modules call these per byte.
extension UInt8 {
    @inlinable @inline(__always) public var isDigit: Bool { self &- 0x30 < 10 }
    @inlinable @inline(__always) public var isUpper: Bool { self &- 0x41 < 26 }
    @inlinable @inline(__always) public var isLower: Bool { self &- 0x61 < 26 }
    @inlinable @inline(__always) public var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inlinable @inline(__always) public var isAlnum: Bool { isDigit || isLetter }
    @inlinable @inline(__always) public var isHex: Bool { isDigit || (self | 0x20) &- 0x61 < 6 }
    @inlinable @inline(__always) public var digitValue: Int { Int(self &- 0x30) }
    @inlinable @inline(__always) public var lowercasedASCII: UInt8 { isUpper ? self | 0x20 : self }
    @inlinable @inline(__always) public var uppercasedASCII: UInt8 { isLower ? self & ~0x20 : self }
    /// Letters, digits, `_` and any byte of a non-ASCII character: a word as `\b` sees one.
    @inlinable @inline(__always) public var isWordByte: Bool { isAlnum || self == 0x5F || self >= 0x80 }
    @inlinable @inline(__always) public var isSpace: Bool {
        self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D
    }
}

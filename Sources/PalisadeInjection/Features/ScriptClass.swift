/// How a scalar takes part in words. Chinese, Japanese, Korean and Thai text has no spaces
/// between words (or attaches particles to them), so cues in those scripts are matched as
/// substrings instead of as whole tokens.
enum ScriptClass {
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        return value < 0x10000 ? basicPlaneWords[Int(value)] : lookUpWord(scalar)
    }

    /// Unicode property look-ups cost tens of nanoseconds each, and scoring asks about every
    /// scalar several times; the Basic Multilingual Plane is tabulated once (64 KB).
    private static let basicPlaneWords: [Bool] = (0..<0x10000).map { value in
        Unicode.Scalar(UInt32(value)).map(lookUpWord) ?? false
    }

    private static func lookUpWord(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1100...0x11FF, 0x1780...0x17FF, 0x3040...0x30FF, 0x3130...0x318F,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF:
            true
        default:
            false
        }
    }
}

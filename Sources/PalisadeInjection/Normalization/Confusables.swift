/// Look-alike tables for `WordFolding`. Compatibility forms (fullwidth, mathematical
/// alphanumerics) are already folded by NFKC; these cover what NFKC leaves alone.
enum Confusables {
    /// The Latin letter a Cyrillic or Greek (or other) scalar renders like, if any.
    static func homoglyph(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = Int(scalar.value)
        guard value >= 0x80 else { return nil }
        if value < homoglyphTable.count { return homoglyphTable[value] }
        return homoglyphs[scalar]
    }

    /// `homoglyphs` for the scalars below U+0560, indexed by value: the lookup runs for every
    /// letter of Cyrillic and Greek text.
    private static let homoglyphTable: [Unicode.Scalar?] = (0..<0x560).map { value in
        Unicode.Scalar(UInt32(value)).flatMap { homoglyphs[$0] }
    }

    /// Cyrillic and Greek lowercase letters that render like Latin ones.
    private static let homoglyphs: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
        "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w",
        "ɡ": "g", "ı": "i", "ℓ": "l",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
        "υ": "u", "χ": "x", "γ": "y",
    ]

    /// The letter a digit or symbol stands for inside otherwise alphabetic words.
    static func leetLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "0": "o"
        case "1": "i"
        case "3": "e"
        case "4": "a"
        case "5": "s"
        case "7": "t"
        case "8": "b"
        case "@": "a"
        case "$": "s"
        default: nil
        }
    }
}

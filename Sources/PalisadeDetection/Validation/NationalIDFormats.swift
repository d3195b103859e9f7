import PalisadeCore

/// Check characters of alphanumeric national identifiers.
enum NationalIDFormats {
    /// Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23].
    static func isValidSpanishID(_ characters: [UInt8]) -> Bool {
        guard characters.count == 9, characters[8].isUpper else { return false }
        var number = 0
        for (offset, character) in characters.prefix(8).enumerated() {
            if offset == 0, let prefix = [UInt8(ascii: "X"): 0, UInt8(ascii: "Y"): 1, UInt8(ascii: "Z"): 2][character] {
                number = prefix
            } else if character.isDigit {
                number = number * 10 + character.digitValue
            } else {
                return false
            }
        }
        let letters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)
        return letters[number % 23] == characters[8]
    }

    /// UK National Insurance number: two prefix letters (with HMRC's exclusions), six digits,
    /// suffix A-D.
    static func isValidNINO(_ characters: [UInt8]) -> Bool {
        guard characters.count == 9, characters[0].isUpper, characters[1].isUpper,
              characters[2..<8].allSatisfy { $0.isDigit }, (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(characters[8])
        else { return false }
        let first = characters[0], second = characters[1]
        guard !"DFIQUV".utf8.contains(first), !"DFIQUVO".utf8.contains(second) else { return false }
        let prefix = String(decoding: characters[0..<2], as: UTF8.self)
        return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(prefix)
    }

    /// Italian codice fiscale: 16 characters in the pattern LLLLLLDDLDDLDDDL (digits may be
    /// replaced by letters for homocodes) with the odd/even check letter.
    static func isValidItalianFiscalCode(_ characters: [UInt8]) -> Bool {
        guard characters.count == 16 else { return false }
        let letterPositions: Set<Int> = [0, 1, 2, 3, 4, 5, 8, 11, 15]
        for (offset, character) in characters.enumerated() {
            if letterPositions.contains(offset) {
                guard character.isUpper else { return false }
            } else {
                guard character.isDigit || "LMNPQRSTUV".utf8.contains(character) else { return false }
            }
        }
        guard characters[6..<15].contains(where: \.isDigit) else { return false }
        let oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        var sum = 0
        for (offset, character) in characters.prefix(15).enumerated() {
            let value = character.isDigit ? character.digitValue : Int(character - UInt8(ascii: "A"))
            sum += offset % 2 == 0 ? oddValues[value] : value
        }
        return Int(characters[15] - UInt8(ascii: "A")) == sum % 26
    }
}

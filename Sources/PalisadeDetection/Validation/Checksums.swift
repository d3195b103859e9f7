import PalisadeCore

/// Check-digit algorithms of the identifiers the PII recognizers validate. All take the
/// digit values (0...9) of a candidate, most significant first.
enum Checksums {
    /// Luhn (ISO/IEC 7812): payment cards, Canadian SIN, IMEI.
    static func luhn(_ digits: [Int]) -> Bool {
        guard digits.count > 1 else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// Verhoeff's dihedral-group check: Indian Aadhaar.
    static func verhoeff(_ digits: [Int]) -> Bool {
        var check = 0
        for (offset, digit) in digits.reversed().enumerated() {
            check = verhoeffMultiplication[check][verhoeffPermutation[offset % 8][digit]]
        }
        return check == 0
    }

    private static let verhoeffMultiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let verhoeffPermutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// Weighted sum modulo 11 with the given weights (Dutch BSN "11-proof" uses 9...2, -1).
    static func weightedSum(_ digits: [Int], weights: [Int]) -> Int {
        zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Brazilian CPF: two mod-11 check digits over the first nine and ten digits.
    static func cpf(_ digits: [Int]) -> Bool {
        guard digits.count == 11, Set(digits).count > 1 else { return false }
        func checkDigit(_ prefix: ArraySlice<Int>) -> Int {
            var sum = 0
            for (offset, digit) in prefix.enumerated() { sum += digit * (prefix.count + 1 - offset) }
            let remainder = sum % 11
            return remainder < 2 ? 0 : 11 - remainder
        }
        return checkDigit(digits[0..<9]) == digits[9] && checkDigit(digits[0..<10]) == digits[10]
    }

    /// Dutch BSN: 9 digits, weights 9...2 and -1, sum divisible by 11.
    static func bsn(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        return weightedSum(digits, weights: [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0
    }

    /// German Steuer-ID (ISO 7064 MOD 11,10) over 11 digits, first digit not 0.
    static func germanTaxID(_ digits: [Int]) -> Bool {
        guard digits.count == 11, digits[0] != 0 else { return false }
        var product = 10
        for digit in digits.prefix(10) {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        let check = (11 - product) % 10
        return check == digits[10]
    }

    /// Chinese resident identity number: ISO 7064 MOD 11-2 over 17 digits, check 0-9 or X (10).
    static func chineseResidentID(_ values: [Int]) -> Bool {
        guard values.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = weightedSum(Array(values.prefix(17)), weights: weights)
        let check = (12 - sum % 11) % 11
        return check == values[17]
    }

    /// IBAN (ISO 13616): move the first four characters to the end, letters to 10...35,
    /// the number modulo 97 must be 1.
    static func ibanMod97(_ characters: [UInt8]) -> Bool {
        guard characters.count >= 5 else { return false }
        let rearranged = characters[4...] + characters[0..<4]
        var remainder = 0
        for character in rearranged {
            if character.isDigit {
                remainder = (remainder * 10 + character.digitValue) % 97
            } else if character.isUpper {
                remainder = (remainder * 100 + Int(character - 55)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}

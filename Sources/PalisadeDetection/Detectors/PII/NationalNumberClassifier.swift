import PalisadeCore

/// National identity numbers that are all digits, each with its check digits and, where the bare
/// format is too common to stand alone, a context word: Indian Aadhaar (Verhoeff), Brazilian CPF,
/// Dutch BSN, Canadian SIN (Luhn), German Steuer-ID, French INSEE/NIR and the Chinese resident
/// identity number (MOD 11-2, check digit may be `X`).
struct NationalNumberClassifier: NumberClassifier {
    private static let aadhaarContext = KeywordList(["aadhaar", "aadhar", "uidai", "uid"])
    private static let cpfContext = KeywordList(["cpf", "cadastro"])
    private static let bsnContext = KeywordList(["bsn", "burgerservicenummer", "sofinummer", "citizen service"])
    private static let sinContext = KeywordList(["sin", "social insurance", "nas", "assurance sociale"])
    private static let taxContext = KeywordList(["steuer", "steuer-id", "steuerid", "idnr", "identifikationsnummer", "tin", "tax id", "tax identification"])
    private static let inseeContext = KeywordList(["insee", "nir", "sécurité sociale", "securite sociale", "numéro de sécu", "carte vitale"])
    private static let chinaContext = KeywordList(["身份证", "resident id", "identity card", "id card", "公民身份"])

    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        guard !candidate.leadingPlus else { return nil }
        let digits = candidate.digits
        let lengths = candidate.groupLengths
        let start = candidate.range.lowerBound
        func context(_ list: KeywordList) -> Bool { text.hasContext(list, before: start, window: 40) }
        func finding(_ type: String, _ confidence: Double, _ range: Range<Int> = candidate.range) -> Finding {
            Finding(.pii, type, .high, confidence: confidence, range: range, in: text)
        }

        if digits.count == 17, candidate.groups.count == 1, text.byte(at: candidate.range.upperBound) | 0x20 == UInt8(ascii: "x"),
           !text.byte(at: candidate.range.upperBound + 1).isAlnum, Checksums.chineseResidentID(digits + [10]) {
            return finding(PIIType.chineseResidentID, 0.85, candidate.range.lowerBound..<candidate.range.upperBound + 1)
        }
        guard !candidate.isFollowedByLetter(in: text) else { return nil }
        switch digits.count {
        case 18 where candidate.groups.count == 1 && Checksums.chineseResidentID(digits) && Self.plausibleChineseBirthDate(digits):
            return finding(PIIType.chineseResidentID, context(Self.chinaContext) ? 0.95 : 0.8)
        case 12 where (lengths == [12] || lengths == [4, 4, 4]) && digits[0] >= 2 && Checksums.verhoeff(digits):
            let hasContext = context(Self.aadhaarContext)
            if hasContext || lengths == [4, 4, 4] { return finding(PIIType.indianAadhaar, hasContext ? 0.95 : 0.6) }
        case 11 where Checksums.cpf(digits):
            if lengths == [3, 3, 3, 2] && candidate.separators == Array(".." .utf8) + [UInt8(ascii: "-")] {
                return finding(PIIType.brazilianCPF, 0.95)
            }
            if context(Self.cpfContext) { return finding(PIIType.brazilianCPF, 0.9) }
            if Checksums.germanTaxID(digits), context(Self.taxContext) { return finding(PIIType.germanTaxID, 0.9) }
        case 11 where Checksums.germanTaxID(digits) && context(Self.taxContext):
            return finding(PIIType.germanTaxID, 0.9)
        case 9 where Checksums.bsn(digits) && context(Self.bsnContext):
            return finding(PIIType.dutchBSN, 0.9)
        case 9 where Checksums.luhn(digits) && (lengths == [3, 3, 3] || lengths == [9]) && context(Self.sinContext):
            return finding(PIIType.canadianSIN, 0.9)
        case 13, 15 where (digits[0] == 1 || digits[0] == 2):
            if Self.isValidINSEE(digits) { return finding(PIIType.frenchINSEE, context(Self.inseeContext) ? 0.95 : 0.7) }
            if digits.count == 13, context(Self.inseeContext) { return finding(PIIType.frenchINSEE, 0.8) }
        default:
            break
        }
        return nil
    }

    /// NIR: sex, year, month (01-12, or 20+ for special cases) and the 97-complement key.
    private static func isValidINSEE(_ digits: [Int]) -> Bool {
        guard digits.count == 15 else { return false }
        let month = digits[3] * 10 + digits[4]
        guard (1...12).contains(month) || (20...42).contains(month) || month >= 50 else { return false }
        let body = digits[0..<13].reduce(0) { ($0 * 10 + $1) % 97 }
        let key = digits[13] * 10 + digits[14]
        return key == 97 - body
    }

    private static func plausibleChineseBirthDate(_ digits: [Int]) -> Bool {
        let year = digits[6..<10].reduce(0) { $0 * 10 + $1 }
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }
}

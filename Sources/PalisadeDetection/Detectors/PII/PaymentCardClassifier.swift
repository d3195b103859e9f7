import PalisadeCore

/// Payment card numbers: 13-19 digits, written plain or in the groupings issuers print, Luhn
/// valid, with an issuer prefix (IIN) of a known network. Well-known test numbers
/// (`4111 1111 1111 1111`) are not personal data and are skipped.
struct PaymentCardClassifier: NumberClassifier {
    private static let testNumbers: Set<String> = [
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
        "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
        "3530111333300000", "3566002020360505", "30569309025904", "38520000023237", "4222222222222",
        "5200828282828210", "2223003122003222",
    ]

    private static let cardContext = KeywordList(["card", "cc", "visa", "mastercard", "maestro", "debit", "credit", "amex", "pan"])

    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        let digits = candidate.digits
        // Maestro issues 12-digit cards; at that length the text must call the number a card.
        if digits.count == 12, candidate.groups.count == 1, Checksums.luhn(digits), isNamedACard(candidate, in: text) {
            return Finding(.pii, PIIType.paymentCard, .high, confidence: 0.8, range: candidate.range, in: text)
        }
        // A number the writer calls a card needs no known issuer prefix: networks keep adding
        // ranges (RuPay, Mir, Troy), and a card the list lacks is still someone's card.
        guard (13...19).contains(digits.count), !candidate.leadingPlus, !candidate.isFollowedByLetter(in: text),
              Self.isPrintedGrouping(candidate), Checksums.luhn(digits),
              Self.hasKnownIssuer(digits) || isNamedACard(candidate, in: text)
        else { return nil }
        if Self.testNumbers.contains(digits.map(String.init).joined()) { return nil }
        if Set(digits).count <= 2 { return nil }
        return Finding(.pii, PIIType.paymentCard, .high, confidence: 0.95, range: candidate.range, in: text)
    }

    /// One block, or blocks of 4 (Visa, Mastercard), 4-6-5 (Amex), 4-6-4 (Diners) with one
    /// separator kind.
    private static func isPrintedGrouping(_ candidate: NumberCandidate) -> Bool {
        if candidate.groups.count == 1 { return true }
        guard candidate.separators(areAll: UInt8(ascii: " ")) || candidate.separators(areAll: UInt8(ascii: "-")) else { return false }
        let lengths = candidate.groupLengths
        if lengths == [4, 6, 5] || lengths == [4, 6, 4] { return true }
        return lengths.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(lengths.last!)
    }

    private func isNamedACard(_ candidate: NumberCandidate, in text: UTF8Text) -> Bool {
        text.hasContext(Self.cardContext, before: candidate.range.lowerBound, window: 32)
    }

    static func hasKnownIssuer(_ digits: [Int]) -> Bool {
        func prefix(_ count: Int) -> Int { digits.prefix(count).reduce(0) { $0 * 10 + $1 } }
        switch digits[0] {
        case 4: return true
        case 5: return (50...55).contains(prefix(2)) || (56...58).contains(prefix(2))
        case 2: return (2221...2720).contains(prefix(4)) || prefix(4) == 2131 || prefix(4) == 2014 || prefix(4) == 2149
        case 3:
            let two = prefix(2)
            return two == 34 || two == 37 || two == 36 || two == 38 || two == 39 || (300...305).contains(prefix(3))
                || (3528...3589).contains(prefix(4))
        case 6: return true
        case 1: return prefix(4) == 1800
        default: return false
        }
    }
}

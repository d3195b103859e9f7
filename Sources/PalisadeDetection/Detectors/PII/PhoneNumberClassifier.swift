import PalisadeCore

/// Telephone numbers in international (`+44 7700 900123`, `+1-903-140-4508`, `0041 ...`) and
/// common national writings (`(415) 555-0134`, `930.167.3943`, `0699 868 88 55`). Digit groups
/// alone are weak evidence, so grouped national numbers without a trunk prefix or NANP shape
/// need a context word ("phone", "call me at") or a label after them, as contact lines write
/// them (`781 1704 office`, `28-64-66-98 fax`).
struct PhoneNumberClassifier: NumberClassifier {
    private static let context = KeywordList([
        "phone", "tel", "telephone", "mobile", "mob", "cell", "call", "fax", "desk", "office", "contact",
        "number", "reach", "whatsapp", "sms", "text me", "ring", "landline", "handy", "téléphone", "telefon", "at",
    ])
    private static let labels = ByteHashSet(["office", "fax", "mobile", "cell", "tel", "phone", "landline"])

    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        let count = candidate.digitCount
        guard (7...15).contains(count), !candidate.isFollowedByLetter(in: text) || Self.extensionEnd(in: text, after: candidate.range.upperBound) != nil,
              candidate.separators.allSatisfy({ $0 != UInt8(ascii: "/") })
        else { return nil }
        let lengths = candidate.groupLengths
        let digits = candidate.digits
        let hasContext = text.hasContext(Self.context, before: candidate.range.lowerBound, window: 32)
            || Self.isLabelled(candidate.range.upperBound, in: text)
        var confidence = 0.0
        if candidate.leadingPlus, count >= 8 {
            confidence = 0.85
        } else if digits.starts(with: [0, 0]), count >= 10, candidate.groups.count > 1 {
            confidence = 0.7
        } else if Self.isNANP(candidate, text) {
            confidence = 0.75
        } else if candidate.groups.count > 1, lengths.allSatisfy({ $0 >= 2 }) || lengths.first! <= 4 {
            // `lives at 28919 136 Filadelfeos Str.`: house numbers before a street, not a phone.
            if hasContext, !Self.isFollowedByName(candidate.range.upperBound, in: text) { confidence = 0.65 } else if digits[0] == 0, count >= 9, lengths.allSatisfy({ $0 >= 2 }) { confidence = 0.5 }
        } else if candidate.groups.count == 1, hasContext, count >= 9, digits[0] == 0 || count == 10 {
            confidence = 0.5
        }
        guard confidence > 0 else { return nil }
        var range = candidate.range
        if let end = Self.extensionEnd(in: text, after: range.upperBound) { range = range.lowerBound..<end }
        return Finding(.pii, PIIType.phone, .medium, confidence: confidence, range: range, in: text)
    }

    /// North American numbering plan: `(NXX) NXX-XXXX`, `NXX-NXX-XXXX`, `NXX.NXX.XXXX`, optional `1-`.
    private static func isNANP(_ candidate: NumberCandidate, _ text: UTF8Text) -> Bool {
        var lengths = candidate.groupLengths
        var digits = candidate.digits
        if lengths.first == 1, digits.first == 1 { lengths.removeFirst(); digits.removeFirst() }
        if lengths.first == 3, digits.starts(with: [0, 0, 1]), lengths.count == 4 { lengths.removeFirst(); digits.removeFirst(3) }
        guard lengths == [3, 3, 4], digits[0] >= 2, digits[3] >= 2 else { return false }
        let separators = Set(candidate.separators)
        return separators.count == 1 || separators == [UInt8(ascii: ")"), UInt8(ascii: "-")]
            || separators == [UInt8(ascii: ")"), UInt8(ascii: " ")] || separators.isSubset(of: [UInt8(ascii: "-"), UInt8(ascii: ")"), UInt8(ascii: " ")])
    }

    /// Whether a capitalised word follows after one space.
    private static func isFollowedByName(_ end: Int, in text: UTF8Text) -> Bool {
        text.byte(at: end) == UInt8(ascii: " ") && end + 1 < text.count && NamedEntityDetector.isCapitalized(text, end + 1)
            && !isLabelled(end, in: text)
    }

    /// A label word right after the number, after a space or a hyphen: `781 1704 office`, `-Fax`.
    private static func isLabelled(_ end: Int, in text: UTF8Text) -> Bool {
        guard let label = text.word(after: end, separatedBy: " -".utf8) else { return false }
        return labels.contains(text, label)
    }

    /// `x769`, ` ext 12`, ` ext. 12` after a number.
    private static func extensionEnd(in text: UTF8Text, after index: Int) -> Int? {
        var cursor = index
        if text.byte(at: cursor) == UInt8(ascii: "x") {
            cursor += 1
        } else if text.matches(Array(" ext".utf8), at: cursor) {
            cursor += 4
            if text.byte(at: cursor) == UInt8(ascii: ".") { cursor += 1 }
            if text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        } else {
            return nil
        }
        let digitsStart = cursor
        while cursor < text.count, cursor - digitsStart < 6, text[cursor].isDigit { cursor += 1 }
        return cursor > digitsStart && !text.byte(at: cursor).isAlnum ? cursor : nil
    }
}

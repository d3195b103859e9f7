import PalisadeCore

/// US Social Security numbers. The dashed `AAA-GG-SSSS` form stands on its own; nine bare digits
/// need a context word. Numbers the SSA never issues (area 000, 666, 900-999; group 00;
/// serial 0000) and famous sample numbers are rejected.
struct USSSNClassifier: NumberClassifier {
    private static let context = KeywordList(["ssn", "social security", "ss#", "ss #", "ssa", "taxpayer"])
    private static let samples: Set<[Int]> = [
        [0, 7, 8, 0, 5, 1, 1, 2, 0], [2, 1, 9, 0, 9, 9, 9, 9, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9], [4, 5, 7, 5, 5, 5, 4, 6, 2],
    ]

    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        guard candidate.digitCount == 9, !candidate.leadingPlus, !candidate.isFollowedByLetter(in: text) else { return nil }
        let shaped = candidate.groupLengths == [3, 2, 4]
            && (candidate.separators(areAll: UInt8(ascii: "-")) || candidate.separators(areAll: UInt8(ascii: " ")))
        let hasContext = text.hasContext(Self.context, before: candidate.range.lowerBound, window: 40)
        guard (shaped && (candidate.separators[0] == UInt8(ascii: "-") || hasContext))
            || (candidate.groups.count == 1 && hasContext)
        else { return nil }
        let digits = candidate.digits
        let area = digits[0] * 100 + digits[1] * 10 + digits[2]
        let group = digits[3] * 10 + digits[4]
        let serial = digits[5...].reduce(0) { $0 * 10 + $1 }
        guard area != 0, area != 666, area < 900, group != 0, serial != 0, !Self.samples.contains(digits) else { return nil }
        return Finding(.pii, PIIType.usSSN, .high, confidence: hasContext ? 0.95 : 0.75, range: candidate.range, in: text)
    }
}

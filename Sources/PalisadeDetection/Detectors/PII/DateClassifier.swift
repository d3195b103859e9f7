import PalisadeCore

/// Calendar dates (`1992-11-12`, `10/23/1951`, `23.10.1951`, optionally followed by a time) and
/// bare years where a preposition says they are a date ("founded in 1977"). A birth context word
/// ("born", "DOB") turns a date into a date of birth.
struct DateClassifier: NumberClassifier {
    private static let birthContext = KeywordList(["born", "birth", "dob", "d.o.b", "birthday", "geboren", "né", "née", "nacimiento"])
    private static let yearPrepositions = ByteHashSet(["in", "since", "of", "during", "from", "until", "by", "year", "circa", "early", "late", "before", "after"])

    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        guard !candidate.leadingPlus, !candidate.isFollowedByLetter(in: text) else { return nil }
        if candidate.groups.count == 1 { return year(candidate, text) }
        guard candidate.groups.count == 3,
              let separator = candidate.separators.first,
              candidate.separators.allSatisfy({ $0 == separator }),
              separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".")
        else { return nil }
        let lengths = candidate.groupLengths
        let values = (0..<3).map { candidate.value(ofGroup: $0, in: text) }
        let valid: Bool
        if lengths[0] == 4 {
            valid = lengths[1] <= 2 && lengths[2] <= 2 && Self.isDay(values[2]) && Self.isMonth(values[1])
        } else if lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4 || lengths[2] == 2 {
            valid = (Self.isMonth(values[0]) && Self.isDay(values[1])) || (Self.isDay(values[0]) && Self.isMonth(values[1]))
        } else {
            valid = false
        }
        guard valid else { return nil }
        var end = candidate.range.upperBound
        if let timeEnd = Self.timeEnd(in: text, after: end) { end = timeEnd }
        let range = candidate.range.lowerBound..<end
        if text.hasContext(Self.birthContext, before: range.lowerBound, window: 40) {
            return Finding(.pii, PIIType.dateOfBirth, .medium, confidence: 0.85, range: range, in: text)
        }
        return Finding(.pii, PIIType.date, .info, confidence: 0.6, range: range, in: text)
    }

    private func year(_ candidate: NumberCandidate, _ text: UTF8Text) -> Finding? {
        guard candidate.digitCount == 4 else { return nil }
        let value = candidate.value(ofGroup: 0, in: text)
        guard (1900...2099).contains(value),
              text.byte(at: candidate.range.upperBound) != UInt8(ascii: ":"),
              let previous = text.previousWordRanges(before: candidate.range.lowerBound, limit: 1).first,
              Self.yearPrepositions.contains(text, previous)
        else { return nil }
        return Finding(.pii, PIIType.date, .info, confidence: 0.5, range: candidate.range, in: text)
    }

    private static func isMonth(_ value: Int) -> Bool { (1...12).contains(value) }
    private static func isDay(_ value: Int) -> Bool { (1...31).contains(value) }

    /// The end of ` HH:MM` or ` HH:MM:SS` (or `THH:MM...`) right after a date.
    private static func timeEnd(in text: UTF8Text, after index: Int) -> Int? {
        let separator = text.byte(at: index)
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "T") else { return nil }
        var cursor = index + 1
        var fields = 0
        while fields < 3 {
            guard text.byte(at: cursor).isDigit, text.byte(at: cursor + 1).isDigit else { break }
            cursor += 2
            fields += 1
            guard text.byte(at: cursor) == UInt8(ascii: ":"), text.byte(at: cursor + 1).isDigit else { break }
            cursor += 1
        }
        return fields >= 2 ? cursor : nil
    }
}

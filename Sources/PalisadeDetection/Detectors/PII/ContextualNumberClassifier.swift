import PalisadeCore

/// Short numbers that are personal data only because of the words around them: postal codes
/// ("zip code 94105") and ages ("turned 42", "a 63 year old", "at the age of 61", "when she
/// was 64.").
struct ContextualNumberClassifier: NumberClassifier {
    private static let postalContext = KeywordList(["zip", "postal", "postcode", "post code", "zipcode", "plz", "cep", "código postal", "code postal"])
    private static let agePrefixes = ByteHashSet(["age", "aged", "turned", "turn", "turning", "turns", "i'm", "im", "am"])
    private static let ageUnits = ByteHashSet(["years", "year", "yrs", "yr"])
    /// Digit groups of the world's postal codes: 3 (Iceland), 4 (most of Europe), 5 (US,
    /// Germany, France), ZIP+4, `123 45` (Sweden), `12-345` (Poland), `1234-567` (Portugal).
    private static let postalShapes: Set<[Int]> = [[3], [4], [5], [5, 4], [3, 2], [5, 3], [2, 3], [4, 3]]
    private static let old = Array("old".utf8), yo = Array("yo".utf8), of = Array("of".utf8), am = Array("am".utf8), i = Array("i".utf8)
    private static let age = Array("age".utf8), was = Array("was".utf8)
    private static let people = ByteHashSet(["he", "she", "i"])

    /// Cheap pre-check for a one-to-three digit number: the word before ends like an age cue
    /// ("age", "aged", "turned", "I'm", "am", "of", "was") or the word after starts with `y`
    /// ("years", "yo").
    static func mightBeAge(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        let after = text.byte(at: range.upperBound) == UInt8(ascii: " ") || text.byte(at: range.upperBound) == UInt8(ascii: "-")
            ? text.byte(at: range.upperBound + 1) | 0x20 : 0
        if after == UInt8(ascii: "y") { return true }
        guard text.byte(at: range.lowerBound - 1) == UInt8(ascii: " ") else { return false }
        let last = text.byte(at: range.lowerBound - 2) | 0x20
        return last == UInt8(ascii: "e") || last == UInt8(ascii: "d") || last == UInt8(ascii: "n") || last == UInt8(ascii: "m")
            || last == UInt8(ascii: "s") || last == UInt8(ascii: "f")
    }

    static func hasPostalContext(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        text.hasContext(postalContext, before: range.lowerBound, window: 24)
    }

    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        guard !candidate.leadingPlus, !candidate.isFollowedByLetter(in: text) else { return nil }
        let lengths = candidate.groupLengths
        if Self.postalShapes.contains(lengths), Self.hasPostalContext(text, candidate.range) {
            return Finding(.pii, PIIType.postalCode, .low, confidence: 0.7, range: candidate.range, in: text)
        }
        if lengths.count == 1, lengths[0] <= 3 {
            let value = candidate.value(ofGroup: 0, in: text)
            guard (1...120).contains(value) else { return nil }
            let previous = text.previousWordRanges(before: candidate.range.lowerBound, limit: 2)
            let next = text.nextWordRanges(after: candidate.range.upperBound, limit: 2)
            var agePrefix = previous.first.map { Self.agePrefixes.contains(text, $0) } ?? false
            if agePrefix, text.word(previous[0], is: Self.am) { agePrefix = previous.count > 1 && text.word(previous[1], is: Self.i) }
            if previous.count > 1, text.word(previous[0], is: Self.of), text.word(previous[1], is: Self.age) { agePrefix = true }
            // "when she was 64." — a person's "was" and a number that ends the clause.
            if previous.count > 1, text.word(previous[0], is: Self.was), Self.people.contains(text, previous[1]),
               Self.endsClause(after: candidate.range.upperBound, in: text) {
                agePrefix = true
            }
            let ageSuffix = next.first.map { first in
                text.word(first, is: Self.yo)
                    || Self.ageUnits.contains(text, first) && next.count > 1 && (text.word(next[1], is: Self.old) || text.word(next[1], is: Self.of))
            } ?? false
            if agePrefix || ageSuffix {
                return Finding(.pii, PIIType.age, .low, confidence: 0.6, range: candidate.range, in: text)
            }
        }
        return nil
    }

    private static func endsClause(after index: Int, in text: UTF8Text) -> Bool {
        index >= text.count || ".,!?;\n".utf8.contains(text[index])
    }
}

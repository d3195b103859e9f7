import PalisadeCore

extension NamedEntityDetector {
    /// Names coordinated in one list are of one kind: in "Nordvik Ltd, Quillon and Tessaro Labs"
    /// the designator of one item makes the others organisations too. A list is capitalised
    /// runs joined by `, `, ` and `, `, and ` or ` & `, with at least one conjunction; only runs
    /// that nothing else claimed join, and neither a lone word that is an ordinary English word
    /// ("Thanks, Acme Ltd and ...") or a listed place nor a possessive phrase does.
    static func organizationsListedWith(_ words: [Word], _ text: UTF8Text, ownFindingsFrom first: Int, in findings: inout [Finding]) {
        let organizations = findings[first...].filter { $0.type == PIIType.organization }.map(\.utf8Range)
        guard !organizations.isEmpty else { return }
        let covered = findings[first...].map(\.utf8Range)
        var list: [ListItem] = []
        var coordinated = false
        var index = 0
        while index < words.count {
            guard words[index].capitalized else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < words.count, last - index < 3, words[last + 1].capitalized, joined(words[last], words[last + 1], text) { last += 1 }
            let item = ListItem(words: index...last, range: words[index].range.lowerBound..<words[last].range.upperBound)
            if let previous = list.last, let conjunction = listGap(after: previous, before: item, words, text) {
                coordinated = coordinated || conjunction
                list.append(item)
            } else {
                addOrganizations(in: list, coordinated: coordinated, organizations, covered, words, text, into: &findings)
                list = [item]
                coordinated = false
            }
            index = last + 1
        }
        addOrganizations(in: list, coordinated: coordinated, organizations, covered, words, text, into: &findings)
    }

    private struct ListItem {
        var words: ClosedRange<Int>
        var range: Range<Int>
    }

    private static func addOrganizations(
        in list: [ListItem], coordinated: Bool, _ organizations: [Range<Int>], _ covered: [Range<Int>], _ words: [Word], _ text: UTF8Text,
        into findings: inout [Finding]
    ) {
        guard coordinated, list.count >= 2, list.contains(where: { item in organizations.contains { $0.overlaps(item.range) } }) else { return }
        // A possessive makes a thing owned ("Bayview Region's Office Building"), not a name.
        for item in list where !covered.contains(where: { $0.overlaps(item.range) }) && !words[item.words].contains(where: { isPossessive($0, text) }) {
            if item.words.count == 1 {
                let word = words[item.words.lowerBound]
                guard word.range.count >= 3, word.kinds.isDisjoint(with: [.common, .commonEnglish, .place, .nationality, .givenName]),
                      !WordLists.englishWords.contains(text, word.range), !WordLists.places.contains(text, word.range) else { continue }
            } else if words[item.words].allSatisfy({ $0.kinds.contains(.common) }) {
                continue
            }
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.5, range: item.range, in: text))
        }
    }

    /// Whether the bytes between two list items join them: `, ` (false) or a conjunction (true);
    /// `nil` for anything else. A designator's period stays with it (`Tessaro Labs Inc., `).
    private static func listGap(after previous: ListItem, before next: ListItem, _ words: [Word], _ text: UTF8Text) -> Bool? {
        var start = previous.range.upperBound
        if text.byte(at: start) == UInt8(ascii: "."), words[previous.words.upperBound].kinds.contains(.organizationSuffix) { start += 1 }
        guard start <= next.range.lowerBound else { return nil }
        let bytes = text.bytes[start..<next.range.lowerBound]
        if bytes.elementsEqual(", ".utf8) { return false }
        if bytes.elementsEqual(" and ".utf8) || bytes.elementsEqual(", and ".utf8) || bytes.elementsEqual(" & ".utf8) { return true }
        return nil
    }
}

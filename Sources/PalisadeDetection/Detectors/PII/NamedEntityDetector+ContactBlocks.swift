import PalisadeCore

extension NamedEntityDetector {
    /// The company line of a contact block, as under a signature or on an envelope: name, job
    /// title, company, then the street. The line right above a street that opens its line (one
    /// blank line between them allowed) is the company when nothing else claimed it and it is
    /// a short line of capitalised words that reads as no person and no place. A line of
    /// ordinary English words ("Head Office") counts only under a person's name or a job title.
    /// `isSignatureLine` finds the same line from the name right above it; this finds it from
    /// the street below, whatever stands above (a job title, nothing, a blank line).
    static func contactBlockOrganizations(_ words: [Word], _ text: UTF8Text, ownFindingsFrom first: Int, in findings: inout [Finding]) {
        guard findings[first...].contains(where: { $0.type == PIIType.streetAddress }) else { return }
        let own = Array(findings[first...])
        for street in own where street.type == PIIType.streetAddress && StreetAddressRecognizer.startsLine(street.utf8Range.lowerBound, text) {
            guard let company = line(above: street.utf8Range.lowerBound, text, skippingBlank: true),
                  !own.contains(where: { $0.utf8Range.overlaps(company) }),
                  let lineWords = companyWords(in: company, words, text)
            else { continue }
            if isDictionaryPhrase(lineWords, text) {
                guard let above = line(above: company.lowerBound, text, skippingBlank: false),
                      own.contains(where: { ($0.type == PIIType.person || $0.type == PIIType.title) && $0.utf8Range.overlaps(above) })
                else { continue }
            }
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.5, range: company, in: text))
        }
    }

    /// The words of `line` when it can be a company's name: one to five words, capitalised
    /// but for joiners (`and`, `of`), no digits or field punctuation, ending with a letter or a
    /// designator's period; not a person's name, not a lone known name or place.
    private static func companyWords(in line: Range<Int>, _ words: [Word], _ text: UTF8Text) -> ArraySlice<Word>? {
        guard line.count <= 60, line.allSatisfy({ isCompanyNameByte(text[$0]) }) else { return nil }
        let start = words.firstIndex { $0.range.lowerBound >= line.lowerBound } ?? words.count
        var end = start
        while end < words.count, words[end].range.upperBound <= line.upperBound { end += 1 }
        let lineWords = words[start..<end]
        guard let firstWord = lineWords.first, let lastWord = lineWords.last, lineWords.count <= 5, firstWord.capitalized,
              lineWords.allSatisfy({ $0.capitalized || $0.kinds.contains(.listJoiner) || companyJoiners.contains(text, $0.range) }),
              text[line.upperBound - 1].isLetter || text[line.upperBound - 1] >= 0x80
                || text[line.upperBound - 1] == UInt8(ascii: ".") && lastWord.kinds.contains(.organizationSuffix)
        else { return nil }
        if lineWords.count == 1 {
            guard firstWord.kinds.isDisjoint(with: [.givenName, .surname, .place, .nationality, .common]),
                  !WordLists.places.contains(text, firstWord.range) else { return nil }
        } else if lineWords.contains(where: { $0.range.count == 1 })
            || !lineWords.contains(where: { $0.kinds.isDisjoint(with: [.givenName, .surname]) && WordLists.englishWords.contains(text, $0.range) }) {
            // Names and initials only (`Esat Jeknić`, `Ken N. Fukuda`): on an envelope the line
            // above the street is more often the addressee than a company.
            return nil
        }
        return lineWords
    }

    private static let companyJoiners = ByteHashSet(["of", "for", "the"])

    @inline(__always) private static func isCompanyNameByte(_ byte: UInt8) -> Bool {
        byte.isLetter || byte >= 0x80 || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",")
    }

    /// The line above the one holding `index`, without its padding (`>`, indentation) and
    /// trailing spaces; with `skippingBlank`, one blank line between them is passed over.
    private static func line(above index: Int, _ text: UTF8Text, skippingBlank: Bool) -> Range<Int>? {
        var cursor = index
        while cursor > 0, text[cursor - 1] != UInt8(ascii: "\n") { cursor -= 1 }
        var blanks = skippingBlank ? 1 : 0
        while cursor > 0 {
            let end = cursor - 1
            var start = end
            while start > 0, text[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            let lower = StreetAddressRecognizer.afterLinePrefix(start, text)
            var upper = end
            while upper > lower, text[upper - 1] == UInt8(ascii: " ") || text[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
            if lower < upper { return lower..<upper }
            guard blanks > 0 else { return nil }
            blanks -= 1
            cursor = start
        }
        return nil
    }
}

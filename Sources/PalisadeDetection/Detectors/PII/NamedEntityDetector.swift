import PalisadeCore

/// Names of people, places, organisations and groups, and street addresses, recognised from
/// capitalisation, gazetteers (`Gazetteers`) and context words, without a language model.
/// Runs of capitalised words are classified by what they contain: an honorific or a given name
/// makes a person, a country or large city a place, a company designator an organisation; a
/// lone capitalised word needs a cue ("my name is"). Street addresses need a house number next
/// to a street word (`221 Baker Street`, `Koskikatu 25`, `Via Roma 5`).
public struct NamedEntityDetector: ByteScanningDetector {
    public let name = "pii.entities"
    static let maximumRun = 5

    public init() {}

    struct Word {
        var range: Range<Int>
        var capitalized: Bool
    }

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        let words = Self.words(in: text)
        Self.jobTitles(words, text, into: &findings)
        var index = 0
        while index < words.count {
            let word = words[index]
            if let address = StreetAddressRecognizer.address(startingAt: index, in: words, text: text) {
                findings.append(address.finding)
                if let locality = address.locality { findings.append(locality) }
                index = address.nextWord
                continue
            }
            if word.capitalized {
                // A run of capitalised words ends where an address starts inside it.
                var limit = index + 1
                while limit < words.count, limit - index < Self.maximumRun, Self.joined(words[limit - 1], words[limit], text),
                      StreetAddressRecognizer.address(startingAt: limit, in: words, text: text) == nil {
                    limit += 1
                }
                index = classifyRun(from: index, limit: limit, words, text, into: &findings)
                continue
            }
            if word.range.count >= 5, let finding = Self.groupName(word, text) { findings.append(finding) }
            if let name = Self.lowercaseName(at: index, words, text) {
                findings.append(name.finding)
                index = name.next
                continue
            }
            // Lowercase honorifics with their period: "ask ms. smith".
            if word.range.count <= 4, text.byte(at: word.range.upperBound) == UInt8(ascii: "."), Self.honorifics.contains(text, word.range) {
                findings.append(Finding(.pii, PIIType.title, .info, confidence: 0.7, range: word.range.lowerBound..<(word.range.upperBound + 1), in: text))
            }
            index += 1
        }
    }

    /// Words: letters (ASCII or any non-ASCII), with inner apostrophes and hyphens.
    static func words(in text: UTF8Text) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(text.count / 5)
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte.isLetter || byte >= 0xC0 else { index += 1; continue }
            let start = index
            index += 1
            while index < text.count {
                let next = text[index]
                if next.isLetter || next >= 0x80 { index += 1; continue }
                if (next == UInt8(ascii: "'") || next == UInt8(ascii: "-")), text.byte(at: index + 1).isLetter { index += 2; continue }
                break
            }
            if text.byte(at: start - 1).isDigit || text.byte(at: index).isDigit { continue }
            words.append(Word(range: start..<index, capitalized: isCapitalized(text, start)))
        }
        return words
    }

    static func isCapitalized(_ text: UTF8Text, _ start: Int) -> Bool {
        let byte = text[start]
        if byte < 0x80 { return byte.isUpper }
        var iterator = ScalarIterator(text, from: start)
        guard let (scalar, _) = iterator.next(), let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isUppercase
    }

    private static let connectors = ByteWordSet(["de", "van", "von", "der", "den", "da", "di", "del", "du", "la", "le", "bin", "al"])

    /// Classifies the run of capitalised words starting at `start`; returns the next word index.
    private static let honorifics = ByteHashSet(Gazetteers.honorifics)
    private static let weekdays = ByteHashSet(Gazetteers.weekdays)
    private static let places = ByteHashSet(Gazetteers.countries.union(Gazetteers.places))
    private static let organizationSuffixes = ByteHashSet(Gazetteers.organizationSuffixes)
    private static let givenNames = ByteHashSet(Gazetteers.givenNames)

    /// Classifies the run of capitalised words starting at `start` (ending before `limit`);
    /// returns the next word index. Works on byte ranges only: it runs for every capitalised word.
    private func classifyRun(from start: Int, limit: Int, _ words: [Word], _ text: UTF8Text, into findings: inout [Finding]) -> Int {
        var end = start + 1
        while end < limit, Self.joined(words[end - 1], words[end], text) {
            if !words[end].capitalized {
                guard Self.connectors.contains(text, words[end].range), end + 1 < limit, words[end + 1].capitalized,
                      Self.joined(words[end], words[end + 1], text) else { break }
            }
            end += 1
        }
        var first = start
        // Honorifics make a title finding and mark what follows as a person; sentence openers
        // and initials before a name are skipped.
        var afterHonorific = false
        while first < end {
            let range = words[first].range
            if Self.honorifics.contains(text, range) {
                var titleEnd = range.upperBound
                if text.byte(at: titleEnd) == UInt8(ascii: ".") { titleEnd += 1 }
                findings.append(Finding(.pii, PIIType.title, .info, confidence: 0.8, range: range.lowerBound..<titleEnd, in: text))
                afterHonorific = true
            } else if Self.common.contains(text, range) || range.count == 1 && !afterHonorific {
                if Self.weekdays.contains(text, range) {
                    findings.append(Finding(.pii, PIIType.date, .info, confidence: 0.5, range: range, in: text))
                }
            } else {
                break
            }
            first += 1
        }
        guard first < end else { return end }
        // Stop at a common word inside the run ("Paris Is ...").
        var last = first
        while last + 1 < end, !Self.common.contains(text, words[last + 1].range) || Self.honorifics.contains(text, words[last + 1].range) {
            last += 1
        }
        let count = last - first + 1
        let phrase = words[first].range.lowerBound..<words[last].range.upperBound
        var range = phrase
        if Self.organizationSuffixes.contains(text, words[last].range), words[last].range.count <= 4, text.byte(at: phrase.upperBound) == UInt8(ascii: ".") {
            range = phrase.lowerBound..<(phrase.upperBound + 1)
        }
        // The words before the run, read once for all cue lists.
        let context = CueList.Context(before: phrase.lowerBound, in: text)
        if !afterHonorific, Self.places.contains(text, phrase) {
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.8, range: range, in: text))
        } else if !afterHonorific, Self.isGroupName(text, phrase) {
            findings.append(Finding(.pii, PIIType.nationality, .low, confidence: 0.7, range: range, in: text))
        } else if !afterHonorific, count >= 2, Self.organizationSuffixes.contains(text, words[last].range) {
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.7, range: range, in: text))
        } else if !afterHonorific, count >= 2, Self.places.contains(text, words[last].range) {
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.6, range: words[last].range, in: text))
        } else if !afterHonorific, Self.organizationCues.matches(context) || Self.followsAffiliation(context) {
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.6, range: range, in: text))
        } else if !afterHonorific, count == 1, Self.locationCues.matches(context) {
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.5, range: range, in: text))
        } else if !afterHonorific, (first...last).contains(where: { Self.commonEnglish.contains(text, words[$0].range) }) {
            // Title-case phrases of ordinary words ("Mission Statement") are headings, not names.
            return max(end, last + 1)
        } else if !afterHonorific, (first...last).allSatisfy({ Self.isAllCaps(words[$0], text) }) {
            // Upper-case runs are acronyms, headings and shouted words far more often than names.
            return max(end, last + 1)
        } else if afterHonorific || count >= 2 {
            let known = Self.givenNames.contains(text, words[first].range)
            findings.append(Finding(.pii, PIIType.person, .medium, confidence: afterHonorific || known ? 0.8 : 0.6, range: range, in: text))
        } else if Self.givenNames.contains(text, phrase) || Self.personCues.matches(context)
                    || Self.isInListWithGivenName(first, words, text) {
            findings.append(Finding(.pii, PIIType.person, .medium, confidence: 0.6, range: range, in: text))
        }
        return max(end, last + 1)
    }

    /// Whether two words are one name: separated by one space, or by `. ` after an initial.
    private static func joined(_ left: Word, _ right: Word, _ text: UTF8Text) -> Bool {
        let gap = right.range.lowerBound - left.range.upperBound
        if gap == 1 { return text[left.range.upperBound] == UInt8(ascii: " ") }
        guard gap == 2, text[left.range.upperBound] == UInt8(ascii: "."), text[left.range.upperBound + 1] == UInt8(ascii: " ") else { return false }
        return left.range.count == 1 || honorifics.contains(text, left.range)
    }

    private static let personCues = CueList(Gazetteers.personCues)
    private static let occupations = ByteHashSet(Gazetteers.occupations)
    private static let titleCues = ByteWordSet(["as", "a", "an"])
    private static let articles = ByteWordSet(["a", "an"])
    private static let asWord = Array("as".utf8)
    private static let affiliationWords = ByteWordSet(["of", "from", "at"])
    private static let locationCues = CueList(Gazetteers.locationCues)
    private static let commonEnglish = ByteHashSet(Gazetteers.commonEnglish)
    private static let organizationCues = CueList([
        ["work", "for"], ["works", "for"], ["worked", "for"], ["working", "for"], ["work", "at"], ["works", "at"], ["worked", "at"],
        ["working", "at"], ["employed", "by"], ["joined"], ["support"], ["company"], ["employer"], ["startup"], ["firm"],
    ])

    private static func isAllCaps(_ word: Word, _ text: UTF8Text) -> Bool {
        word.range.count >= 2 && word.range.allSatisfy { !text[$0].isLower }
    }

    private static let ambiguousGivenNames = ByteHashSet(Gazetteers.ambiguousGivenNames)
    private static let listJoiners = ByteWordSet(["and", "or"])

    /// A person written in lowercase, as people type in chat: a known given name followed by a
    /// surname, optionally with an initial between (`patricia desrosiers`, `codey m ross`).
    private static func lowercaseName(at index: Int, _ words: [Word], _ text: UTF8Text) -> (finding: Finding, next: Int)? {
        let word = words[index]
        guard word.range.count >= 3, givenNames.contains(text, word.range), !ambiguousGivenNames.contains(text, word.range) else { return nil }
        var last = index
        if last + 1 < words.count, words[last + 1].range.count == 1, joined(words[last], words[last + 1], text) { last += 1 }
        guard last + 1 < words.count, joined(words[last], words[last + 1], text) else { return nil }
        let surname = words[last + 1].range
        guard surname.count >= 3, !common.contains(text, surname), !commonEnglish.contains(text, surname), !listJoiners.contains(text, surname),
              !places.contains(text, surname), !isGroupName(text, surname) else { return nil }
        var end = surname.upperBound
        if words[last + 1].range.count == 1, text.byte(at: end) == UInt8(ascii: ".") { end += 1 }
        let finding = Finding(.pii, PIIType.person, .medium, confidence: 0.55, range: word.range.lowerBound..<end, in: text)
        return (finding, last + 2)
    }

    /// A lone capitalised word in a list (`Anna, Kevin and Terri`) whose neighbour in the list,
    /// or itself, is a known given name.
    private static func isInListWithGivenName(_ index: Int, _ words: [Word], _ text: UTF8Text) -> Bool {
        func isListGap(_ left: Word, _ right: Word) -> Bool {
            let gap = left.range.upperBound..<right.range.lowerBound
            if gap.count == 2 { return text[gap.lowerBound] == UInt8(ascii: ",") && text[gap.lowerBound + 1] == UInt8(ascii: " ") }
            return false
        }
        func neighbour(_ other: Int) -> Bool {
            other >= 0 && other < words.count && words[other].capitalized && givenNames.contains(text, words[other].range)
        }
        let word = words[index]
        let before = index - 1, after = index + 1
        var listed = false
        if before >= 0, isListGap(words[before], word) || listJoiners.contains(text, words[before].range) && before > 0 { listed = true }
        if after < words.count, isListGap(word, words[after]) || listJoiners.contains(text, words[after].range) { listed = true }
        guard listed else { return false }
        if givenNames.contains(text, word.range) { return true }
        let previousItem = before >= 0 && listJoiners.contains(text, words[before].range) ? before - 1 : before
        let nextItem = after < words.count && listJoiners.contains(text, words[after].range) ? after + 1 : after
        return neighbour(previousItem) || neighbour(nextItem)
    }

    /// "Kristen Rocher of Acme": a capitalised name, then `of`, `from` or `at`, then this run.
    private static func followsAffiliation(_ context: CueList.Context) -> Bool {
        guard context.previous.count >= 2, affiliationWords.contains(context.text, context.previous[0]) else { return false }
        let before = context.previous[1]
        return context.text[before.lowerBound].isUpper && context.text[before.upperBound] == UInt8(ascii: " ")
    }

    /// Job titles: up to four words ending with an occupation ("biomedical engineer"), after
    /// "as (a|an)" or "the", or on their own field of a form (after two spaces or a line break).
    private static func jobTitles(_ words: [Word], _ text: UTF8Text, into findings: inout [Finding]) {
        for (index, word) in words.enumerated() where occupations.contains(text, word.range) {
            var first = index
            while first > 0, index - first < 3, words[first].range.lowerBound - words[first - 1].range.upperBound == 1,
                  text[words[first - 1].range.upperBound] == UInt8(ascii: " "), !titleCues.contains(text, words[first - 1].range),
                  !common.contains(text, words[first - 1].range) || occupations.contains(text, words[first - 1].range) {
                first -= 1
            }
            let start = words[first].range.lowerBound
            // "as engineer", "as a staff engineer".
            var cue = first - 1
            if cue > 0, articles.contains(text, words[cue].range) { cue -= 1 }
            let cued = cue >= 0 && text.word(words[cue].range, is: asWord)
            let field = (text.byte(at: start - 1) == UInt8(ascii: " ") && text.byte(at: start - 2) == UInt8(ascii: " "))
                || text.byte(at: start - 1) == UInt8(ascii: "\n")
            guard cued || field && words[first].capitalized else { continue }
            findings.append(Finding(.pii, PIIType.title, .info, confidence: 0.65, range: start..<word.range.upperBound, in: text))
        }
    }

    private static let nationalities = ByteHashSet(Gazetteers.nationalities)
    private static let common = ByteHashSet(Gazetteers.commonCapitalized)

    /// Nationality and group words, also in the plural (`Danish`, `americans`, `Surinamese`).
    private static func isGroupName(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        if nationalities.contains(text, range) { return true }
        guard range.count > 3, text[range.upperBound - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        return nationalities.contains(text, range.lowerBound..<(range.upperBound - 1))
            || text[range.upperBound - 2] | 0x20 == UInt8(ascii: "e") && nationalities.contains(text, range.lowerBound..<(range.upperBound - 2))
    }

    /// Lowercase nationality and group words (`americans`, `danish`).
    private static func groupName(_ word: Word, _ text: UTF8Text) -> Finding? {
        guard isGroupName(text, word.range) else { return nil }
        return Finding(.pii, PIIType.nationality, .low, confidence: 0.6, range: word.range, in: text)
    }
}

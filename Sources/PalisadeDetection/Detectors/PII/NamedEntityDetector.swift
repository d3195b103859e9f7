import PalisadeCore

/// Names of people, places, organisations and groups, job titles and street addresses,
/// recognised from capitalisation, word lists (`Gazetteers`, looked up once per word through
/// `Lexicon`) and context words, without a language model. Runs of capitalised words are
/// classified by what they contain: an honorific or a given name makes a person, a country or
/// large city a place, a company designator an organisation; a lone capitalised word needs a cue
/// ("my name is"). Street addresses need a house number or a street word (`StreetAddressRecognizer`).
public struct NamedEntityDetector: ByteScanningDetector {
    public let name = "pii.entities"
    static let maximumRun = 5

    /// Loads the word lists now, so that the first text scanned does not pay for it.
    public init() {
        _ = (Lexicon.words, Lexicon.capitalizedWords, WordLists.englishWords, WordLists.places)
    }

    struct Word {
        var range: Range<Int>
        var capitalized: Bool
        var kinds: LexiconKinds
    }

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        let words = Self.words(in: text)
        let firstOwn = findings.count
        Self.jobTitles(words, text, into: &findings)
        Self.speakerLabels(words, text, into: &findings)
        var lastAddress: Int?
        // Words before this index were already found to start no address.
        var addressFreeUntil = 0
        // Starts already known to begin no partnership or name list: every start inside a list
        // reaches the same end and fails there, so a long list is walked once, not once per word.
        var failedPartnerships = 0..<0
        var failedNameLists = 0..<0
        var index = 0
        while index < words.count {
            let word = words[index]
            if !word.capitalized, let corner = StreetAddressRecognizer.intersection(atCorner: index, in: words, text: text) {
                findings.append(contentsOf: corner.findings(in: text))
                index = corner.nextWord
                addressFreeUntil = max(addressFreeUntil, index)
                continue
            }
            if index >= addressFreeUntil, var address = StreetAddressRecognizer.address(startingAt: index, in: words, text: text) {
                // A unit or second line right after an address belongs to it.
                if let previous = lastAddress, previous < findings.count, Self.isContinuation(findings[previous].utf8Range, address.range, text),
                   address.continues(findings[previous].utf8Range, in: text) {
                    address.join(previous: findings[previous].utf8Range, in: text)
                    findings.remove(at: previous)
                }
                lastAddress = findings.count
                findings.append(contentsOf: address.findings(in: text))
                index = address.nextWord
                continue
            }
            if word.capitalized {
                // A run of capitalised words ends where an address starts inside it.
                var limit = index + 1
                while limit < words.count, limit - index < Self.maximumRun, !Self.isPossessive(words[limit - 1], text),
                      Self.joined(words[limit - 1], words[limit], text),
                      limit < addressFreeUntil || StreetAddressRecognizer.address(startingAt: limit, in: words, text: text) == nil {
                    limit += 1
                }
                addressFreeUntil = max(addressFreeUntil, limit)
                // "The Davis, Reynolds and Williamson Orchestra": the partners after `The`.
                let partners = Self.partnershipName(at: index, words, text, failed: &failedPartnerships)
                    ?? (text.word(word.range, is: Self.theWord) && index + 1 < limit
                        ? Self.partnershipName(at: index + 1, words, text, failed: &failedPartnerships) : nil)
                if let firm = partners {
                    findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.6, range: firm.range, in: text))
                    index = firm.next
                    continue
                }
                index = classifyRun(from: index, limit: limit, words, text, into: &findings)
                continue
            }
            if word.kinds.contains(.nationality), !Self.ordinaryLowercaseAdjectives.contains(text, word.range), !Self.namesNoGroup(word.range, text) {
                findings.append(Finding(.pii, PIIType.nationality, .low, confidence: 0.6, range: word.range, in: text))
            }
            if index > 0, words[index - 1].kinds.contains(.locationCueEnd), let place = Self.lowercasePlace(at: index, words, text) {
                findings.append(place.finding)
                index = place.next
                continue
            }
            if let list = Self.lowercaseNameList(at: index, words, text, failed: &failedNameLists) {
                findings.append(contentsOf: list.findings)
                index = list.next
                continue
            }
            let introduced = index > 0 && words[index - 1].kinds.contains(.introductionCueEnd) ? Self.introducedName(at: index, words, text) : nil
            if let name = introduced ?? Self.lowercaseName(at: index, words, text) {
                findings.append(name.finding)
                index = name.next
                continue
            }
            // A known given name typed in lowercase where only a person fits: "selma is from
            // stillwater", "cormac had given cormac his address".
            if Self.isReferredToAsPerson(word.range, text),
               Lexicon.capitalizedKinds(text, word.range).contains(.givenName), !WordLists.englishWords.contains(text, word.range) {
                findings.append(Finding(.pii, PIIType.person, .medium, confidence: 0.5, range: word.range, in: text))
                index += 1
                continue
            }
            // Lowercase honorifics with their period: "ask ms. smith".
            if word.kinds.contains(.honorific), text.byte(at: word.range.upperBound) == UInt8(ascii: ".") {
                findings.append(Finding(.pii, PIIType.title, .info, confidence: 0.7, range: word.range.lowerBound..<(word.range.upperBound + 1), in: text))
            }
            index += 1
        }
        Self.repeatedNames(words, text, ownFindingsFrom: firstOwn, in: &findings)
        Self.organizationsListedWith(words, text, ownFindingsFrom: firstOwn, in: &findings)
        Self.contactBlockOrganizations(words, text, ownFindingsFrom: firstOwn, in: &findings)
        Self.postalCodesBesideTowns(text, ownFindingsFrom: firstOwn, in: &findings)
    }

    /// Words: letters (ASCII or any non-ASCII), with inner apostrophes and hyphens, each looked
    /// up in the lexicon once.
    static func words(in text: UTF8Text) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(text.count / 5)
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte.isLetter || byte >= 0xC0 else { index += 1; continue }
            let start = index
            // The lexicon hash is computed while the word is read.
            var hash = ByteHashMap.hash(ByteHashMap.seed, byte)
            index += 1
            while index < text.count {
                let next = text[index]
                if next.isLetter || next >= 0x80 || (next == UInt8(ascii: "'") || next == UInt8(ascii: "-")) && text.byte(at: index + 1).isLetter {
                    hash = ByteHashMap.hash(hash, next)
                    index += 1
                    continue
                }
                break
            }
            if text.byte(at: start - 1).isDigit || text.byte(at: index).isDigit { continue }
            let capitalized = isCapitalized(text, start)
            var kinds = capitalized ? Lexicon.capitalizedKinds(text, start..<index, hash: hash) : Lexicon.kinds(text, start..<index, hash: hash)
            if capitalized, isCodeIdentifier(text, start..<index) { kinds.insert(.common) }
            words.append(Word(range: start..<index, capitalized: capitalized, kinds: kinds))
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

    /// Places and group names of more than one word ("New Zealand", "South African").
    static let placePhrases = ByteHashSet(Gazetteers.allPlaces.filter { $0.contains(" ") })
    private static let groupPhrases = ByteHashSet(Gazetteers.nationalities.filter { $0.contains(" ") })

    /// Classifies the run of capitalised words starting at `start` (ending before `limit`);
    /// returns the next word index.
    private func classifyRun(from start: Int, limit: Int, _ words: [Word], _ text: UTF8Text, into findings: inout [Finding]) -> Int {
        var end = start + 1
        while end < limit, !Self.isPossessive(words[end - 1], text), Self.joined(words[end - 1], words[end], text) {
            if !words[end].capitalized {
                guard words[end].kinds.contains(.nameConnector), end + 1 < limit, words[end + 1].capitalized,
                      Self.joined(words[end], words[end + 1], text) else { break }
            }
            end += 1
        }
        // "New Zealand", "South Africa": place names whose first word is also an ordinary word.
        for length in stride(from: min(3, end - start), through: 2, by: -1) {
            let phrase = words[start].range.lowerBound..<words[start + length - 1].range.upperBound
            if Self.placePhrases.contains(text, phrase) {
                findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.8, range: phrase, in: text))
                return start + length
            }
        }
        var first = start
        // Honorifics make a title finding and mark what follows as a person; sentence openers
        // and initials before a name are skipped.
        var afterHonorific = false
        while first < end {
            let word = words[first]
            if word.kinds.contains(.honorific) {
                // "Mr." or "Dr Okafor" is a title; "Excuse me, Sir" is a form of address.
                var titleEnd = word.range.upperBound
                if text.byte(at: titleEnd) == UInt8(ascii: ".") { titleEnd += 1 }
                if titleEnd > word.range.upperBound || first + 1 < end {
                    findings.append(Finding(.pii, PIIType.title, .info, confidence: 0.8, range: word.range.lowerBound..<titleEnd, in: text))
                }
                afterHonorific = true
            } else if !afterHonorific, first + 1 < end, word.kinds.contains(.occupation), Self.couldBeName(words[first + 1], text) {
                // "Producer Liviana Palerma", "Captain Okafor": a job title before a name marks a
                // person as an honorific does; "Producer Price Index" is a phrase of words.
                afterHonorific = true
            } else if word.kinds.contains(.common) || word.range.count == 1 && !afterHonorific
                        || word.kinds.contains(.functionWord) && Self.opensSentence(word.range.lowerBound, text) {
                if word.kinds.contains(.weekday) {
                    findings.append(Finding(.pii, PIIType.date, .info, confidence: 0.5, range: word.range, in: text))
                }
            } else {
                break
            }
            first += 1
        }
        guard first < end else { return end }
        // Stop at a common word inside the run ("Paris Is ...").
        var last = first
        while last + 1 < end, !words[last + 1].kinds.contains(.common) || words[last + 1].kinds.contains(.honorific) { last += 1 }
        let count = last - first + 1
        // "Pave's": the owner is the name, without the possessive ending.
        let possessive = Self.isPossessive(words[last], text)
        let phrase = words[first].range.lowerBound..<(words[last].range.upperBound - (possessive ? 2 : 0))
        let lastKinds = possessive ? Lexicon.capitalizedKinds(text, words[last].range.lowerBound..<phrase.upperBound) : words[last].kinds
        var range = phrase
        if lastKinds.contains(.organizationSuffix), words[last].range.count <= 4, text.byte(at: phrase.upperBound) == UInt8(ascii: ".") {
            range = phrase.lowerBound..<(phrase.upperBound + 1)
        }
        // The words before the run, read once for all cue lists.
        let context = CueList.Context(before: phrase.lowerBound, in: text)
        // "Franciska's kid": whoever has a kid, a wife or a boss is a person, even if a town shares the name.
        let hasRelative = possessive && Self.isFollowed(phrase.lowerBound..<(phrase.upperBound + 2), by: Self.relatives, text)
        let isPlace = count == 1 ? (lastKinds.contains(.place) || Self.isListedPlace(phrase, kinds: lastKinds, text))
            && !Self.unmistakablePersonCues.matches(context) && !hasRelative
            : Self.placePhrases.contains(text, phrase) || count <= 3 && WordLists.places.contains(text, phrase)
        let isGroup = count == 1 ? lastKinds.contains(.nationality)
            : Self.groupPhrases.contains(text, phrase) || (first...last).allSatisfy { words[$0].kinds.contains(.nationality) }
        if !afterHonorific, isPlace {
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.8, range: range, in: text))
        } else if !afterHonorific, isGroup {
            // "in English" names a language, which is no personal data.
            if !Self.namesNoGroup(phrase, text) {
                findings.append(Finding(.pii, PIIType.nationality, .low, confidence: 0.7, range: range, in: text))
            }
        } else if !afterHonorific, count >= 2, lastKinds.contains(.organizationSuffix) {
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.7, range: range, in: text))
        } else if !afterHonorific, !hasRelative,
                  let firmEnd = possessive && !words[first].kinds.contains(.givenName) && Self.isFollowedByFullName(phrase.upperBound + 2, text)
                    ? phrase.upperBound : Self.familyFirmEnd(after: phrase.upperBound, text) {
            // "Bridgewater's Parker Suknović" (the employer of a named person), "Thomas and Sons".
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.6, range: phrase.lowerBound..<firmEnd, in: text))
        } else if !afterHonorific, count >= 2, lastKinds.contains(.place), !words[first].kinds.contains(.givenName) {
            // "Downtown Palermo" is the town; "Marta Palermo" is a person whose surname is one.
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.6, range: words[last].range, in: text))
        } else if !afterHonorific, count <= 3, context.previous.first.map({ text.word($0, is: Self.inWord) }) ?? false,
                  Self.isFollowedByPostalCode(phrase, text) {
            // "support Factset in Bjert 6091": a run between `in` and a postal code is a town.
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.6, range: range, in: text))
        } else if !afterHonorific, !words[first].kinds.contains(.givenName),
                  Self.organizationCues.matches(context) && !Self.followsSentenceEnd(phrase.lowerBound, text)
                    || Self.isFollowedByOrganizationNoun(words[first...last], phrase, text) || Self.isDescribedAsOrganization(phrase, text)
                    || !Self.isDictionaryPhrase(words[first...last], text)
                    && (Self.followsAffiliation(context) && !Self.locationCues.matches(context) || Self.isSignatureLine(phrase, after: findings, text)) {
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.6, range: range, in: text))
        } else if !afterHonorific, count == 1 || count <= 3 && !words[first].kinds.contains(.givenName), Self.locationCues.matches(context) {
            findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.5, range: range, in: text))
        } else if !afterHonorific, !Self.isGivenNameAndSurname(words[first], lastKinds, count: count),
                  !Self.hasMiddleInitial(words[first...last], text),
                  (first...last).contains(where: { words[$0].kinds.contains(.commonEnglish) })
                    || count >= 2 && Self.isTitleCasePhrase(words[first...last], text) {
            // Title-case phrases of ordinary words ("Mission Statement", "Guilty Pleasures",
            // "Contractor Furnished Workspace") are headings, titles and products, not names.
            return max(end, last + 1)
        } else if !afterHonorific, (first...last).allSatisfy({ Self.isAllCaps(words[$0], text) }) {
            // Upper-case runs are acronyms, headings and shouted words far more often than names.
            return max(end, last + 1)
        } else if afterHonorific || count >= 2 {
            let known = words[first].kinds.contains(.givenName)
            findings.append(Finding(.pii, PIIType.person, .medium, confidence: afterHonorific || known ? 0.8 : 0.6, range: range, in: text))
        } else if count == 1, Self.isDoubleSurname(words[first], text), !Self.personCues.matches(context),
                  !Self.isFollowed(phrase, by: Self.personVerbs, text) {
            // A lone `Weeks-Rivas` names a firm; with a given name before it, it is a surname.
            findings.append(Finding(.pii, PIIType.organization, .low, confidence: 0.5, range: range, in: text))
        } else if lastKinds.contains(.givenName) || Self.personCues.matches(context) || Self.isInListWithKnownName(first, words, text)
                    || Self.isFollowed(phrase, by: Self.personVerbs, text) || hasRelative || count == 1 && Self.isAddressed(phrase, text)
                    || Self.isReferredToAsPerson(phrase, text) {
            findings.append(Finding(.pii, PIIType.person, .medium, confidence: 0.6, range: range, in: text))
        } else if lastKinds.contains(.surname), !Self.opensSentence(phrase.lowerBound, text), !WordLists.englishWords.contains(text, words[last].range) {
            // A known surname capitalised inside a sentence ("the Jensen novel").
            findings.append(Finding(.pii, PIIType.person, .medium, confidence: 0.5, range: range, in: text))
        }
        return max(end, last + 1)
    }

    /// A line of its own right below a person's name or job title, as in a signature or the
    /// head of a letter (`Zizi Kónya` / `Enigmaio` / `5850 Jana Nerudy 894`): the employer.
    private static func isSignatureLine(_ phrase: Range<Int>, after findings: [Finding], _ text: UTF8Text) -> Bool {
        var lineStart = phrase.lowerBound
        while lineStart > 0, StreetAddressRecognizer.isLinePrefix(text[lineStart - 1]) { lineStart -= 1 }
        var lineEnd = phrase.upperBound
        while lineEnd < text.count, StreetAddressRecognizer.isLinePrefix(text[lineEnd]) { lineEnd += 1 }
        guard lineStart > 0, text[lineStart - 1] == UInt8(ascii: "\n"), text.byte(at: lineEnd) == UInt8(ascii: "\n") else { return false }
        // The nearest finding above; detectors append in their own order, so search them all.
        var above: Finding?
        for finding in findings where finding.utf8Range.upperBound <= lineStart {
            if above.map({ finding.utf8Range.upperBound > $0.utf8Range.upperBound }) ?? true { above = finding }
        }
        guard let above, above.type == PIIType.person || above.type == PIIType.title else { return false }
        let gap = above.utf8Range.upperBound..<lineStart
        return gap.count <= 8 && gap.allSatisfy { StreetAddressRecognizer.isLinePrefix(text[$0]) || text[$0] == UInt8(ascii: "\n") }
    }

    /// Whether a person's full name starts one space after `index`: two capitalised words, the
    /// first a known given name or no English word (`Irena Bílá`, not `Visual Studio`).
    private static func isFollowedByFullName(_ index: Int, _ text: UTF8Text) -> Bool {
        let next = text.nextWordRanges(after: index, limit: 2)
        guard next.count == 2, next[0].lowerBound == index + 1, text.byte(at: index) == UInt8(ascii: " "),
              next[1].lowerBound == next[0].upperBound + 1, text[next[0].upperBound] == UInt8(ascii: " "),
              isCapitalized(text, next[0].lowerBound), isCapitalized(text, next[1].lowerBound)
        else { return false }
        return Lexicon.capitalizedKinds(text, next[0]).contains(.givenName) || !WordLists.englishWords.contains(text, next[0])
    }

    /// The end of ` and Sons` or ` & Sons` after a surname, the name of a family firm.
    private static func familyFirmEnd(after end: Int, _ text: UTF8Text) -> Int? {
        for joiner in familyFirmJoiners where text.matches(joiner, at: end) {
            let firmEnd = end + joiner.count
            return text.byte(at: firmEnd).isLetter ? nil : firmEnd
        }
        return nil
    }

    private static let familyFirmJoiners = [" and sons", " & sons", " and son", " & son"].map { Array($0.utf8) }

    /// Whether `next` starts at most three spaces, commas or line breaks after `previous` ends,
    /// after the period of a house number written as an ordinal (`Rákóczi út 66. Apt. 268`).
    private static func isContinuation(_ previous: Range<Int>, _ next: Range<Int>, _ text: UTF8Text) -> Bool {
        guard next.lowerBound >= previous.upperBound, next.lowerBound - previous.upperBound <= 3 else { return false }
        var gap = previous.upperBound..<next.lowerBound
        if text.byte(at: gap.lowerBound) == UInt8(ascii: "."), text.byte(at: gap.lowerBound - 1).isDigit { gap = gap.dropFirst() }
        return gap.allSatisfy {
            text[$0] == UInt8(ascii: " ") || text[$0] == UInt8(ascii: ",") || text[$0] == UInt8(ascii: "\n")
        }
    }

    /// Whether two words are one name: separated by one space, or by `. ` after an initial or
    /// an honorific.
    static func joined(_ left: Word, _ right: Word, _ text: UTF8Text) -> Bool {
        let gap = right.range.lowerBound - left.range.upperBound
        if gap == 1 { return text[left.range.upperBound] == UInt8(ascii: " ") }
        guard gap == 2, text[left.range.upperBound] == UInt8(ascii: "."), text[left.range.upperBound + 1] == UInt8(ascii: " ") else { return false }
        return left.range.count == 1 || left.kinds.contains(.honorific)
    }

    private static let personCues = CueList(Gazetteers.personCues)
    private static let unmistakablePersonCues = CueList(Gazetteers.unmistakablePersonCues)
    private static let locationCues = CueList(Gazetteers.locationCues)
    private static let organizationCues = CueList([
        ["work", "for"], ["works", "for"], ["worked", "for"], ["working", "for"], ["work", "at"], ["works", "at"], ["worked", "at"],
        ["working", "at"], ["employed", "by"], ["employed", "at"], ["joined"], ["support"], ["company"], ["employer"], ["startup"],
        ["firm"], ["year", "at"], ["years", "at"], ["job", "at"], ["internship", "at"], ["interned", "at"], ["position", "at"],
        ["career", "at"], ["employees", "of"], ["later", "became"], ["renamed"], ["rebranded", "as"], ["acquired", "by"],
    ])
    private static let affiliationWords = ByteHashSet(["of", "from", "at"])
    private static let asWord = Array("as".utf8)

    private static func isAllCaps(_ word: Word, _ text: UTF8Text) -> Bool {
        word.range.count >= 2 && word.range.allSatisfy { !text[$0].isLower }
    }

    /// A person written in lowercase, as people type in chat: a known given name followed by a
    /// surname, optionally with an initial between (`patricia desrosiers`, `codey m ross`).
    private static func lowercaseName(at index: Int, _ words: [Word], _ text: UTF8Text) -> (finding: Finding, next: Int)? {
        let word = words[index]
        guard word.range.count >= 3, word.kinds.contains(.givenName), !word.kinds.contains(.ambiguousName) else { return nil }
        var last = index
        if last + 1 < words.count, words[last + 1].range.count == 1, joined(words[last], words[last + 1], text) { last += 1 }
        guard last + 1 < words.count, joined(words[last], words[last + 1], text) else { return nil }
        let surname = words[last + 1]
        let notSurnames: LexiconKinds = [.common, .commonEnglish, .listJoiner, .place, .nationality]
        // Lowercase words skip the generated lists; a candidate pair is checked against the
        // function words of other languages here ("satu dari" is Malay for "one of").
        guard surname.range.count >= 3, surname.kinds.isDisjoint(with: notSurnames),
              !Lexicon.isFunctionWord(text, word.range), !Lexicon.isFunctionWord(text, surname.range) else { return nil }
        // "maria gave", "anna said": an English word after the name is a surname only when
        // it is a known one ("john smith").
        if WordLists.englishWords.contains(text, surname.range), !Lexicon.capitalizedKinds(text, surname.range).contains(.surname) { return nil }
        let finding = Finding(.pii, PIIType.person, .medium, confidence: 0.55, range: word.range.lowerBound..<surname.range.upperBound, in: text)
        return (finding, last + 2)
    }

    /// Four or more lowercase names in a list, as people type in chat ("they had 6: silvana,
    /// adam, chad and caleb"): three or more known given names, the others no English words.
    /// One of them must be no English word, so that a list of flowers ("rose, lily, daisy and
    /// iris") is not taken for people.
    private static func lowercaseNameList(at index: Int, _ words: [Word], _ text: UTF8Text, failed: inout Range<Int>) -> (findings: [Finding], next: Int)? {
        func isListedName(_ word: Word) -> Bool {
            guard !word.capitalized, word.range.count >= 3 else { return false }
            return word.kinds.contains(.givenName)
                || word.kinds.isDisjoint(with: [.common, .commonEnglish, .place, .nationality, .listJoiner])
                && !WordLists.englishWords.contains(text, word.range) && !Lexicon.isFunctionWord(text, word.range)
        }
        // Most words are followed by no comma: that cheap test comes before the word lists.
        guard !failed.contains(index), index + 1 < words.count, isCommaGap(words[index], words[index + 1], text), isListedName(words[index])
        else { return nil }
        var last = index
        while last + 1 < words.count, isCommaGap(words[last], words[last + 1], text), isListedName(words[last + 1]) { last += 1 }
        guard last - index >= 2, last + 2 < words.count, words[last + 1].kinds.contains(.listJoiner),
              joined(words[last], words[last + 1], text), joined(words[last + 1], words[last + 2], text), isListedName(words[last + 2])
        else {
            failed = index..<(last + 1)
            return nil
        }
        let names = Array(index...last) + [last + 2]
        // A later start sees fewer of the same names, so it fails these too.
        guard names.count(where: { words[$0].kinds.contains(.givenName) }) >= 3,
              names.contains(where: { !WordLists.englishWords.contains(text, words[$0].range) })
        else {
            failed = index..<(last + 1)
            return nil
        }
        return (names.map { Finding(.pii, PIIType.person, .medium, confidence: 0.55, range: words[$0].range, in: text) }, last + 3)
    }

    /// `left, right`: one comma and one space between two words of a list.
    private static func isCommaGap(_ left: Word, _ right: Word, _ text: UTF8Text) -> Bool {
        right.range.lowerBound - left.range.upperBound == 2 && text[left.range.upperBound] == UInt8(ascii: ",")
            && text[left.range.upperBound + 1] == UInt8(ascii: " ")
    }

    private static let introductionCues = CueList(Gazetteers.introductionCues)

    /// A lowercase name right after the writer introduces it ("my name is vitoria nyberg"): one
    /// or two words that are neither English words nor function words of another language.
    private static func introducedName(at index: Int, _ words: [Word], _ text: UTF8Text) -> (finding: Finding, next: Int)? {
        func isName(_ word: Word) -> Bool {
            word.range.count >= 3 && word.kinds.isDisjoint(with: [.common, .commonEnglish, .place])
                && !WordLists.englishWords.contains(text, word.range) && !Lexicon.isFunctionWord(text, word.range)
        }
        guard isName(words[index]), introductionCues.matches(CueList.Context(before: words[index].range.lowerBound, in: text)) else { return nil }
        var last = index
        if index + 1 < words.count, !words[index + 1].capitalized, joined(words[index], words[index + 1], text), isName(words[index + 1]) { last += 1 }
        let finding = Finding(.pii, PIIType.person, .medium, confidence: 0.6, range: words[index].range.lowerBound..<words[last].range.upperBound, in: text)
        return (finding, last + 1)
    }

    /// A town or country written in lowercase after a word that introduces a place, as people
    /// type in chat ("my friend lives in harburg", "originally from switzerland"): up to three
    /// words that the place list holds as one name ("novo mesto").
    private static func lowercasePlace(at index: Int, _ words: [Word], _ text: UTF8Text) -> (finding: Finding, next: Int)? {
        var last = index
        while last + 1 < words.count, last - index < 2, !words[last + 1].capitalized, joined(words[last], words[last + 1], text) { last += 1 }
        while last >= index {
            let range = words[index].range.lowerBound..<words[last].range.upperBound
            if WordLists.places.contains(text, range) {
                guard locationCues.matches(CueList.Context(before: range.lowerBound, in: text)) else { return nil }
                return (Finding(.pii, PIIType.location, .low, confidence: 0.5, range: range, in: text), last + 1)
            }
            last -= 1
        }
        return nil
    }

    /// A known given name and a known surname (`Zoe Young`, `Grace King`): a person even when the
    /// surname is also an English word that would make the run read as a heading.
    private static func isGivenNameAndSurname(_ first: Word, _ lastKinds: LexiconKinds, count: Int) -> Bool {
        count >= 2 && first.kinds.contains(.givenName) && !first.kinds.contains(.ambiguousName) && lastKinds.contains(.surname)
    }

    /// Words before a language name (`in English`, `studying German`, `translate it into Korean`).
    private static let languageCues = ByteHashSet([
        "in", "into", "speak", "speaks", "spoke", "speaking", "teach", "teaching", "taught", "learn", "learning", "learned", "learnt",
        "study", "studying", "studied", "fluent",
    ])
    /// Words after a language name (`English translation`, `French speakers`).
    private static let languageNouns = ByteHashSet([
        "translation", "translations", "letters", "alphabet", "grammar", "language", "speaking", "speaker", "speakers", "subtitles",
        "dictionary", "vocabulary", "word", "words", "text", "version",
    ])
    /// Political and religious words that are ordinary adjectives in lowercase ("a conservative estimate").
    private static let ordinaryLowercaseAdjectives = ByteHashSet(["conservative", "liberal", "orthodox"])

    /// A nationality word that names no group of people, which is no personal data: a language
    /// ("in English") or a place's qualifier in parentheses ("Cyprus (Greek)").
    private static func namesNoGroup(_ range: Range<Int>, _ text: UTF8Text) -> Bool {
        namesALanguage(range, text) || qualifiesAPlace(range, text)
    }

    private static func qualifiesAPlace(_ range: Range<Int>, _ text: UTF8Text) -> Bool {
        guard text.byte(at: range.lowerBound - 1) == UInt8(ascii: "("), text.byte(at: range.upperBound) == UInt8(ascii: ")"),
              let place = text.previousWordRanges(before: range.lowerBound - 1, limit: 1).first
        else { return false }
        return Lexicon.kinds(text, place).contains(.place)
    }

    private static func namesALanguage(_ range: Range<Int>, _ text: UTF8Text) -> Bool {
        if let previous = text.previousWordRanges(before: range.lowerBound, limit: 1).first, languageCues.contains(text, previous) { return true }
        return isFollowed(range, by: languageNouns, text)
    }

    /// A lone capitalised word in a list (`Anna, Kevin and Terri`, `Becker, Ortiz and Kowalski`)
    /// whose neighbour in the list, or itself, is a known given name or surname.
    private static func isInListWithKnownName(_ index: Int, _ words: [Word], _ text: UTF8Text) -> Bool {
        func isGivenName(_ other: Int) -> Bool {
            other >= 0 && other < words.count && words[other].capitalized && !words[other].kinds.isDisjoint(with: [.givenName, .surname])
        }
        let before = index - 1, after = index + 1
        let joinerBefore = before > 0 && words[before].kinds.contains(.listJoiner)
        let joinerAfter = after < words.count && words[after].kinds.contains(.listJoiner)
        let listed = joinerBefore || joinerAfter || before >= 0 && isCommaGap(words[before], words[index], text)
            || after < words.count && isCommaGap(words[index], words[after], text)
        guard listed else { return false }
        return isGivenName(index) || isGivenName(joinerBefore ? before - 1 : before) || isGivenName(joinerAfter ? after + 1 : after)
    }

    /// "Kristen Rocher of Acme": a capitalised name, then `of`, `from` or `at`, then this run.
    private static func followsAffiliation(_ context: CueList.Context) -> Bool {
        guard context.previous.count >= 2, affiliationWords.contains(context.text, context.previous[0]) else { return false }
        let before = context.previous[1]
        return context.text[before.lowerBound].isUpper && context.text[before.upperBound] == UInt8(ascii: " ")
    }

    /// Partnerships named after their partners, as law, accounting and consulting firms are
    /// (`Whitfield, Osei and Brandt`): three or more single surnames, comma-separated with `and`
    /// before the last, none a given name. A list introduced by a colon, or the end of a longer
    /// list of given names (`Hleb, Sheila, Donna, Sherry, Donald and Shane`), is a list of people.
    /// The last partner may be followed by an ordinary word (`Davis, Reynolds and Williamson
    /// Orchestra`), not by another name (`Mary Brown`).
    private static func partnershipName(at index: Int, _ words: [Word], _ text: UTF8Text, failed: inout Range<Int>) -> (range: Range<Int>, next: Int)? {
        // Partners are surnames: `Marshall, Hernandez and Simpson` is a firm, `John, Paul and Mary`
        // are people. Surnames that are also given names (`Mitchell`) count as surnames.
        func isPartner(_ word: Word) -> Bool {
            word.capitalized && word.range.count >= 3 && word.kinds.isDisjoint(with: [.common, .commonEnglish, .place, .nationality])
                && (!word.kinds.contains(.givenName) || word.kinds.contains(.surname))
        }
        guard !failed.contains(index), isPartner(words[index]) else { return nil }
        var before = words[index].range.lowerBound - 1
        while before >= 0, text[before] == UInt8(ascii: " ") { before -= 1 }
        if before >= 0, text[before] == UInt8(ascii: ":") { return nil }
        if before >= 0, text[before] == UInt8(ascii: ","), index > 0, words[index - 1].range.upperBound == before,
           words[index - 1].kinds.contains(.givenName), !words[index - 1].kinds.contains(.surname) {
            return nil
        }
        var last = index
        var names = 1
        while last + 1 < words.count, isPartner(words[last + 1]),
              words[last + 1].range.lowerBound == words[last].range.upperBound + 2, text[words[last].range.upperBound] == UInt8(ascii: ",") {
            last += 1
            names += 1
        }
        guard names >= 2, last + 2 < words.count, words[last + 1].kinds.contains(.listJoiner), text.word(words[last + 1].range, is: andWord),
              joined(words[last], words[last + 1], text), joined(words[last + 1], words[last + 2], text), isPartner(words[last + 2]),
              !(last + 3 < words.count && joined(words[last + 2], words[last + 3], text) && words[last + 3].capitalized
                && !WordLists.englishWords.contains(text, words[last + 3].range))
        else {
            failed = index..<(last + 1)
            return nil
        }
        return (words[index].range.lowerBound..<words[last + 2].range.upperBound, last + 3)
    }

    static let andWord = Array("and".utf8)
    static let theWord = Array("the".utf8)
    private static let inWord = Array("in".utf8)

    /// Nouns that make the capitalised run before them an organisation (`the Northwind office`).
    private static let organizationNouns = ByteHashSet([
        "office", "offices", "headquarters", "hq", "website", "employees", "staff", "shareholders", "subsidiary", "spokesperson",
    ])
    /// Kinds of organisation a run can be said to be (`Verdafero is a fintech startup`).
    private static let organizationKinds = ByteHashSet([
        "company", "agency", "firm", "bank", "startup", "corporation", "nonprofit", "charity", "organization", "organisation", "brand",
        "retailer", "manufacturer", "consultancy", "publisher", "conglomerate", "multinational", "insurer", "airline", "supplier", "distributor",
    ])
    private static let copulas = ByteHashSet(["is", "was"])

    /// A run followed by `is a` or `was an` and, within three words of the same phrase, a kind of
    /// organisation ("Persint is an German multinational investment bank").
    private static func isDescribedAsOrganization(_ phrase: Range<Int>, _ text: UTF8Text) -> Bool {
        let verb = text.nextWordRanges(after: phrase.upperBound, limit: 2)
        guard verb.count == 2, verb[0].lowerBound == phrase.upperBound + 1, verb[1].lowerBound == verb[0].upperBound + 1,
              copulas.contains(text, verb[0]), Lexicon.kinds(text, verb[1]).contains(.article) else { return false }
        let description = text.nextWordRanges(after: verb[1].upperBound)
        var end = verb[1].upperBound
        for index in 0..<description.count {
            guard description[index].lowerBound == end + 1, text[end] == UInt8(ascii: " ") || text[end] == UInt8(ascii: "-") else { return false }
            if organizationKinds.contains(text, description[index]) { return true }
            end = description[index].upperBound
        }
        return false
    }

    /// The people close to someone, from the family cues ("my son", "my boss"): the words that
    /// make an owner a person ("Asya's kid").
    private static let relatives = ByteHashSet(Gazetteers.unmistakablePersonCues.filter { $0.first == "my" }.compactMap(\.last))

    /// Verbs of speech, attitude and a life that make the lone capitalised word before them a
    /// person (`Mette shouted`, `Timo lives on …`); not `works`, which software does too.
    private static let personVerbs = ByteHashSet([
        "said", "says", "shouted", "asked", "replied", "answered", "whispered", "yelled", "told", "wrote", "explained", "added",
        "smiled", "laughed", "nodded", "sighed", "cried", "complained", "apologized", "apologised", "wondered",
        "lives", "lived", "studied", "graduated", "married", "retired", "resigned",
    ])

    /// Whether only a person fits where `phrase` stands: inside a sentence and followed by `his`
    /// or `her` ("had given Angel his address"), or opening "X is from ...". Checked for every
    /// lowercase word, so the byte comparisons come before the word lists.
    static func isReferredToAsPerson(_ phrase: Range<Int>, _ text: UTF8Text) -> Bool {
        // Asked of most lowercase words: two bytes rule out all but ` his`, ` her` and ` is from`.
        guard text.byte(at: phrase.upperBound) == UInt8(ascii: " "), text.byte(at: phrase.upperBound + 1) | 0x20 == UInt8(ascii: "h")
            || text.byte(at: phrase.upperBound + 1) | 0x20 == UInt8(ascii: "i") else { return false }
        let pronoun = personalPossessives.contains { text.matches($0, at: phrase.upperBound) }
            && !text.byte(at: phrase.upperBound + 4).isAlnum && text.byte(at: phrase.upperBound + 4) < 0x80
        return pronoun && !opensSentence(phrase.lowerBound, text) || isSaidToBeFrom(phrase, text)
    }

    private static let personalPossessives = [" his", " her"].map { Array($0.utf8) }

    /// `the Northwind office`, `the Quorvex headquarters`; but ordinary words before a
    /// capitalised noun are one title-case compound (`Head Office`, `Box Office`).
    private static func isFollowedByOrganizationNoun(_ run: ArraySlice<Word>, _ phrase: Range<Int>, _ text: UTF8Text) -> Bool {
        guard let noun = text.word(after: phrase.upperBound), organizationNouns.contains(text, noun) else { return false }
        return !(isCapitalized(text, noun.lowerBound) && isDictionaryPhrase(run, text))
    }

    /// Whether the word right after `phrase` (one space away) is in `nouns`.
    private static func isFollowed(_ phrase: Range<Int>, by nouns: ByteHashSet, _ text: UTF8Text) -> Bool {
        guard let next = text.word(after: phrase.upperBound) else { return false }
        return nouns.contains(text, next)
    }

    /// Speakers of a transcript: capitalised words that open a line and are followed by a colon
    /// (`Mette: Remember me?`). They count only when the text has two such lines and at least
    /// one speaker is a known given name, so that form fields (`Note:`) are not taken for people.
    private static func speakerLabels(_ words: [Word], _ text: UTF8Text, into findings: inout [Finding]) {
        var labels: [Int] = []
        var knownName = false
        for (index, word) in words.enumerated() where word.capitalized && text.byte(at: word.range.upperBound) == UInt8(ascii: ":") {
            var before = word.range.lowerBound - 1
            while before >= 0, text[before] == UInt8(ascii: " ") || text[before] == UInt8(ascii: ">") { before -= 1 }
            guard before < 0 || text[before] == UInt8(ascii: "\n"), word.range.count >= 2,
                  word.kinds.isDisjoint(with: [.common, .commonEnglish, .occupation, .honorific, .place, .nationality]) else { continue }
            labels.append(index)
            if word.kinds.contains(.givenName) { knownName = true }
        }
        guard labels.count >= 2, knownName else { return }
        for index in labels {
            findings.append(Finding(.pii, PIIType.person, .medium, confidence: 0.6, range: words[index].range, in: text))
        }
    }

    /// A name said in full once is the same person when repeated alone (`Tomas Lindqvist ...
    /// Lindqvist said`): capitalised words of this detector's person findings are found again
    /// where no other finding covers them.
    private static func repeatedNames(_ words: [Word], _ text: UTF8Text, ownFindingsFrom first: Int, in findings: inout [Finding]) {
        var covered = findings[first...].map(\.utf8Range)
        var people = findings[first...].filter { $0.type == PIIType.person }.map(\.utf8Range)
        guard !people.isEmpty else { return }
        covered.sort { $0.lowerBound < $1.lowerBound }
        people.sort { $0.lowerBound < $1.lowerBound }
        func isCandidate(_ word: Word) -> Bool { word.capitalized && word.range.count >= 3 && !word.kinds.contains(.common) }
        var nameWords: [Range<Int>] = []
        var person = 0
        for word in words where isCandidate(word) {
            while person < people.count, people[person].upperBound <= word.range.lowerBound { person += 1 }
            if person < people.count, people[person].contains(word.range.lowerBound) { nameWords.append(word.range) }
        }
        guard !nameWords.isEmpty else { return }
        func sameBytes(_ name: Range<Int>, _ other: Range<Int>) -> Bool {
            name.count == other.count && name.indices.allSatisfy { text[$0] == text[other.lowerBound + ($0 - name.lowerBound)] }
        }
        var cursor = 0
        for word in words where isCandidate(word) {
            while cursor < covered.count, covered[cursor].upperBound <= word.range.lowerBound { cursor += 1 }
            if cursor < covered.count, covered[cursor].overlaps(word.range) { continue }
            if nameWords.contains(where: { sameBytes($0, word.range) }) {
                findings.append(Finding(.pii, PIIType.person, .medium, confidence: 0.55, range: word.range, in: text))
            }
        }
    }

    /// Job titles: up to four words ending with an occupation ("biomedical engineer"), after
    /// "as (a|an)", between commas after `, the`, or on their own field of a form (after two
    /// spaces or a line break).
    private static func jobTitles(_ words: [Word], _ text: UTF8Text, into findings: inout [Finding]) {
        for (index, word) in words.enumerated() where word.kinds.contains(.occupation) {
            var first = index
            while first > 0, index - first < 3, words[first].range.lowerBound - words[first - 1].range.upperBound == 1,
                  text[words[first - 1].range.upperBound] == UInt8(ascii: " "), !words[first - 1].kinds.contains(.article),
                  !text.word(words[first - 1].range, is: asWord),
                  !words[first - 1].kinds.contains(.common) || words[first - 1].kinds.contains(.occupation) {
                first -= 1
            }
            let start = words[first].range.lowerBound
            // "as engineer", "as a staff engineer".
            var cue = first - 1
            if cue > 0, words[cue].kinds.contains(.article) { cue -= 1 }
            let cued = cue >= 0 && text.word(words[cue].range, is: asWord)
            let field = (text.byte(at: start - 1) == UInt8(ascii: " ") && text.byte(at: start - 2) == UInt8(ascii: " "))
                || text.byte(at: start - 1) == UInt8(ascii: "\n")
            // A line of its own is a field even in lowercase ("leone mazzi\n\nnurse\n").
            let ownLine = text.byte(at: start - 1) == UInt8(ascii: "\n") && text.byte(at: word.range.upperBound) == UInt8(ascii: "\n")
            // "Marie Langrová, the Cinematographer, said": in apposition to a name.
            let apposition = first > 0 && text.word(words[first - 1].range, is: theWord)
                && text.byte(at: words[first - 1].range.lowerBound - 2) == UInt8(ascii: ",")
                && text.byte(at: word.range.upperBound) == UInt8(ascii: ",")
            guard cued || apposition || ownLine || field && words[first].capitalized else { continue }
            findings.append(Finding(.pii, PIIType.title, .info, confidence: 0.65, range: start..<word.range.upperBound, in: text))
        }
    }
}

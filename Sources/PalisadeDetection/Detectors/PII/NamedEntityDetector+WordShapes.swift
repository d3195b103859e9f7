import PalisadeCore

/// What a word or a run of words looks like, beyond the word lists: the shape checks the run
/// classifier asks before it calls something a name, a place or a firm.
extension NamedEntityDetector {
    /// Capitalised words with no known given name or surname among them, of which at least one is
    /// an ordinary English word or another language's function word: a name of unknown people is
    /// rarely spelt with those ("Contractor Furnished Workspace", "Negara Kita").
    static func isTitleCasePhrase(_ run: ArraySlice<Word>, _ text: UTF8Text) -> Bool {
        run.allSatisfy { $0.kinds.isDisjoint(with: [.givenName, .surname]) }
            && run.contains { $0.kinds.contains(.functionWord) || $0.range.count >= 3 && WordLists.englishWords.contains(text, $0.range) }
    }

    /// Three words with a middle initial, the last a surname-like word (no ordinary English word,
    /// no given name): `Sari J. Paavolainen`. Headings have no initials. A given name after the
    /// period starts a sentence instead (`did Plan B. Joe trained`); without the period
    /// (`Plan A Budget`) the first word must be no English word either.
    static func hasMiddleInitial(_ run: ArraySlice<Word>, _ text: UTF8Text) -> Bool {
        guard run.count == 3 else { return false }
        let first = run[run.startIndex], initial = run[run.startIndex + 1], last = run[run.startIndex + 2]
        guard initial.range.count == 1, text[initial.range.lowerBound].isUpper, last.range.count >= 3, !last.kinds.contains(.givenName),
              couldBeName(last, text), first.kinds.isDisjoint(with: [.common, .commonEnglish])
        else { return false }
        return text.byte(at: initial.range.upperBound) == UInt8(ascii: ".") || couldBeName(first, text)
    }

    /// A known given name, or a word that is no ordinary English word ("Liviana", not "Price").
    static func couldBeName(_ word: Word, _ text: UTF8Text) -> Bool {
        word.kinds.contains(.givenName)
            || word.kinds.isDisjoint(with: [.common, .commonEnglish, .functionWord]) && !WordLists.englishWords.contains(text, word.range)
    }

    /// A word that opens a sentence and is asked something right after a comma ("Aloisia, can I
    /// speak to your boss?", "Kuba, could you call back?"): someone addressed by name. English
    /// words ("Meanwhile, can you …") are not.
    static func isAddressed(_ phrase: Range<Int>, _ text: UTF8Text) -> Bool {
        guard opensSentence(phrase.lowerBound, text), !WordLists.englishWords.contains(text, phrase),
              text.byte(at: phrase.upperBound) == UInt8(ascii: ","),
              text.byte(at: phrase.upperBound + 1) == UInt8(ascii: " ")
        else { return false }
        let next = text.nextWordRanges(after: phrase.upperBound + 1, limit: 2)
        return next.count == 2 && next[0].lowerBound == phrase.upperBound + 2 && requestModals.contains(text, next[0])
            && requestSubjects.contains(text, next[1])
    }

    /// "Jouko is from Gradiant Research": a sentence about where someone comes from or works,
    /// opened by a word that is no English word (capitalised or not).
    static func isSaidToBeFrom(_ phrase: Range<Int>, _ text: UTF8Text) -> Bool {
        guard text.matches(isFrom, at: phrase.upperBound), text.byte(at: phrase.upperBound + isFrom.count) == UInt8(ascii: " "),
              opensSentence(phrase.lowerBound, text)
        else { return false }
        return !WordLists.englishWords.contains(text, phrase)
    }

    private static let isFrom = Array(" is from".utf8)
    private static let requestModals = ByteHashSet(["can", "could", "would", "will"])
    private static let requestSubjects = ByteHashSet(["i", "you", "we"])

    /// Every word an ordinary English word: `Impact of Climate` is a title, not a firm.
    static func isDictionaryPhrase(_ run: ArraySlice<Word>, _ text: UTF8Text) -> Bool {
        run.allSatisfy { WordLists.englishWords.contains(text, $0.range) }
    }

    /// Whether a sentence ended just before `start`: cue words of the previous sentence
    /// ("... for each company. Give me ...") say nothing about this one.
    static func followsSentenceEnd(_ start: Int, _ text: UTF8Text) -> Bool {
        text.byte(before: start, skipping: " \n".utf8).map { ".!?".utf8.contains($0) } ?? false
    }

    /// A town or city of the GeoNames list that is not also a known given name or surname
    /// ("Florence", "Jackson") or a function word of another language ("Como", "Kita"): those
    /// need a cue ("near Como").
    static func isListedPlace(_ range: Range<Int>, kinds: LexiconKinds, _ text: UTF8Text) -> Bool {
        kinds.isDisjoint(with: [.givenName, .surname, .common, .commonEnglish, .functionWord]) && WordLists.places.contains(text, range)
    }

    /// Whether the word at `start` is the first of a sentence, line or quotation, where
    /// capitals say nothing about names.
    static func opensSentence(_ start: Int, _ text: UTF8Text) -> Bool {
        text.byte(before: start, skipping: " \"(".utf8).map { ".!?:;\n>*-".utf8.contains($0) } ?? true
    }

    /// Whether the word ends with the possessive `'s`, which ends a name.
    static func isPossessive(_ word: Word, _ text: UTF8Text) -> Bool {
        word.range.count > 3 && text[word.range.upperBound - 2] == UInt8(ascii: "'") && text[word.range.upperBound - 1] | 0x20 == UInt8(ascii: "s")
    }

    /// Two capitalised surnames joined by a hyphen, at least one of them a known surname.
    static func isDoubleSurname(_ word: Word, _ text: UTF8Text) -> Bool {
        guard let hyphen = word.range.firstIndex(where: { text[$0] == UInt8(ascii: "-") }),
              hyphen - word.range.lowerBound >= 3, word.range.upperBound - hyphen > 3, isCapitalized(text, hyphen + 1) else { return false }
        let left = Lexicon.capitalizedKinds(text, word.range.lowerBound..<hyphen)
        let right = Lexicon.capitalizedKinds(text, (hyphen + 1)..<word.range.upperBound)
        let notSurname: LexiconKinds = [.place, .common, .commonEnglish, .nationality]
        return (left.contains(.surname) || right.contains(.surname)) && left.isDisjoint(with: notSurname) && right.isDisjoint(with: notSurname)
    }

    /// `DataFrame`, `AutoGluon`, `HighPoly`: a capital after three lowercase letters is how code
    /// and products are spelt, not names (`McDonald`, `MacArthur`, `DeShawn` have at most two).
    static func isCodeIdentifier(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var lowercaseRun = 0
        for index in range.dropFirst() {
            let byte = text[index]
            if byte.isLower {
                lowercaseRun += 1
            } else {
                if byte.isUpper, lowercaseRun >= 3 { return true }
                lowercaseRun = 0
            }
        }
        return false
    }
}

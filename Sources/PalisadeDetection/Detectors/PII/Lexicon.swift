/// Everything a single word can be, from all the word lists at once: the entity recognizer
/// looks each word up once and then tests bits.
struct LexiconKinds: OptionSet, Sendable {
    let rawValue: UInt32

    static let givenName = LexiconKinds(rawValue: 1 << 0)
    static let ambiguousName = LexiconKinds(rawValue: 1 << 1)
    static let occupation = LexiconKinds(rawValue: 1 << 2)
    static let nationality = LexiconKinds(rawValue: 1 << 3)
    static let common = LexiconKinds(rawValue: 1 << 4)
    static let commonEnglish = LexiconKinds(rawValue: 1 << 5)
    static let honorific = LexiconKinds(rawValue: 1 << 6)
    static let place = LexiconKinds(rawValue: 1 << 7)
    static let organizationSuffix = LexiconKinds(rawValue: 1 << 8)
    static let streetSuffix = LexiconKinds(rawValue: 1 << 9)
    static let strongStreetSuffix = LexiconKinds(rawValue: 1 << 10)
    static let streetPrefix = LexiconKinds(rawValue: 1 << 11)
    static let lowercaseStreetPrefix = LexiconKinds(rawValue: 1 << 12)
    static let weekday = LexiconKinds(rawValue: 1 << 13)
    static let unit = LexiconKinds(rawValue: 1 << 14)
    static let nameConnector = LexiconKinds(rawValue: 1 << 15)
    static let streetConnector = LexiconKinds(rawValue: 1 << 16)
    static let listJoiner = LexiconKinds(rawValue: 1 << 17)
    static let article = LexiconKinds(rawValue: 1 << 18)
    static let surname = LexiconKinds(rawValue: 1 << 19)
    /// A function word of another language ("welcher", "como"): no name when it opens a sentence.
    static let functionWord = LexiconKinds(rawValue: 1 << 20)
    /// The last word of a cue that introduces a name ("is" of "my name is", "me" of "call me").
    static let introductionCueEnd = LexiconKinds(rawValue: 1 << 21)
    /// The last word of a cue that introduces a place ("to" of "flew to", "in" of "lives in").
    static let locationCueEnd = LexiconKinds(rawValue: 1 << 22)
}

enum Lexicon {
    static let words = ByteHashMap(handWritten)

    /// The hand-written lists (`Gazetteers`), word → kinds.
    private static let handWritten: [String: UInt32] = {
        var entries: [String: UInt32] = [:]
        func add(_ words: some Sequence<String>, _ kind: LexiconKinds) {
            for word in words { entries[word, default: 0] |= kind.rawValue }
        }
        add(Gazetteers.givenNames.union(Gazetteers.internationalGivenNames), .givenName)
        add(Gazetteers.surnames, .surname)
        add(Gazetteers.ambiguousGivenNames, .ambiguousName)
        add(Gazetteers.occupations, .occupation)
        // Group names also in the plural ("Danes", "americans").
        add(Gazetteers.nationalities, .nationality)
        add(Gazetteers.nationalities.filter { !$0.hasSuffix("s") }.flatMap { [$0 + "s", $0 + "es"] }, .nationality)
        add(Gazetteers.commonCapitalized, .common)
        add(Gazetteers.commonEnglish, .commonEnglish)
        add(Gazetteers.honorifics, .honorific)
        add(Gazetteers.allPlaces.filter { !$0.contains(" ") }, .place)
        add(Gazetteers.organizationSuffixes, .organizationSuffix)
        add(Gazetteers.streetSuffixes, .streetSuffix)
        add(Gazetteers.strongStreetSuffixes, .strongStreetSuffix)
        add(Gazetteers.streetPrefixes, .streetPrefix)
        add(["ul", "rue", "calle", "rua"], .lowercaseStreetPrefix)
        add(Gazetteers.weekdays, .weekday)
        add(["apt", "apartment", "suite", "unit", "flat", "floor", "room", "box"], .unit)
        add(["de", "van", "von", "der", "den", "da", "di", "del", "du", "la", "le", "bin", "al"], .nameConnector)
        add(["de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "la", "le", "les", "du", "des", "van", "von"],
            .streetConnector)
        add(["and", "or"], .listJoiner)
        add(["a", "an"], .article)
        add(CueList.endingWords(of: Gazetteers.introductionCues), .introductionCueEnd)
        add(CueList.endingWords(of: Gazetteers.locationCues), .locationCueEnd)
        return entries
    }()

    /// The generated lists (`WordLists`): US Census given names and frequent surnames that are
    /// not English words, and function words of other languages ("Welcher", "Como", "Kapan"),
    /// which are neither names nor places when a sentence starts with them. Kept apart
    /// from the hand-written lists because they are looked up only for capitalised words: a
    /// table this size on every word of a text would cost a cache miss per word. A word the
    /// hand-written lists already know keeps its kinds ("De" stays a name connector).
    static let capitalizedWords: ByteHashMap = {
        var entries: [String: UInt32] = [:]
        for name in WordLists.lines("census-given-names") { entries[name, default: 0] |= LexiconKinds.givenName.rawValue }
        for name in WordLists.lines("census-surnames") { entries[name, default: 0] |= LexiconKinds.surname.rawValue }
        for word in WordLists.lines("function-words") where handWritten[word] == nil && entries[word] == nil {
            entries[word] = LexiconKinds.functionWord.rawValue
        }
        return ByteHashMap(entries)
    }()

    /// The kinds of a capitalised word: the hand-written and the generated lists.
    static func capitalizedKinds(_ text: UTF8Text, _ range: Range<Int>, hash: UInt64) -> LexiconKinds {
        LexiconKinds(rawValue: words.value(text, range, hash: hash) | capitalizedWords.value(text, range, hash: hash))
    }

    static func capitalizedKinds(_ text: UTF8Text, _ range: Range<Int>) -> LexiconKinds {
        LexiconKinds(rawValue: words.value(text, range) | capitalizedWords.value(text, range))
    }

    /// Whether the word is a function word of another language, whatever its case.
    static func isFunctionWord(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        LexiconKinds(rawValue: capitalizedWords.value(text, range)).contains(.functionWord)
    }

    static func kinds(_ text: UTF8Text, _ range: Range<Int>) -> LexiconKinds {
        LexiconKinds(rawValue: words.value(text, range))
    }

    static func kinds(_ text: UTF8Text, _ range: Range<Int>, hash: UInt64) -> LexiconKinds {
        LexiconKinds(rawValue: words.value(text, range, hash: hash))
    }
}

/// The dense block of indicator features that follows the hashed n-gram buckets in every
/// weight vector: cue presence, pairs of nearby cues, and coarse shape bins. Indicators get
/// slots of their own so that they never collide with n-grams.
enum IndicatorLayout {
    static let count = 1024

    private static let categories = CueCategory.allCases
    private static let categoryCount = categories.count
    private static let pairBase = categoryCount
    private static let shapeBase = pairBase + categoryCount * categoryCount

    static func cue(_ category: CueCategory) -> Int {
        ordinal(category)
    }

    static func pair(_ first: CueCategory, _ second: CueCategory) -> Int {
        let (a, b) = (ordinal(first), ordinal(second))
        return pairBase + min(a, b) * categoryCount + max(a, b)
    }

    /// A cue in a text that ends in an optimised suffix: a harmful request with GCG-style noise.
    static func withOptimisedSuffix(_ category: CueCategory) -> Int {
        optimisedSuffixBase + ordinal(category)
    }

    private static let optimisedSuffixBase = shapeBase + ShapeMeasure.allCases.reduce(0) { $0 + $1.bins }

    /// A line or sentence scored apart from the document around it.
    static let segment = optimisedSuffixBase + categoryCount
    /// A segment that asks a question: a question planted in a table or an e-mail.
    static let segmentQuestion = segment + 1

    /// A cue in a segment of a document: an instruction addressed to the reader, in context.
    static func inSegment(_ category: CueCategory) -> Int {
        segmentQuestion + 1 + ordinal(category)
    }

    /// One bin of one shape measure; `ShapeMeasure` says how many bins each has.
    static func shape(_ measure: ShapeMeasure, bin: Int) -> Int {
        shapeBase + measure.offset + min(max(bin, 0), measure.bins - 1)
    }

    private static func ordinal(_ category: CueCategory) -> Int {
        categories.firstIndex(of: category)!
    }
}

/// Coarse measures of a text's form, each binned so that a linear model can use them.
enum ShapeMeasure: Int, CaseIterable {
    case distinctCues
    case roleMarkers
    case lengthLog2
    case symbolDensity
    case oddTokenRatio
    case tailSymbolDensity
    case repeatedToken
    case optimisedSuffix
    case tailIrregularity
    case suffixOnProse
    case hostileCode

    var bins: Int {
        switch self {
        case .distinctCues: 8
        case .roleMarkers: 5
        case .lengthLog2: 16
        case .symbolDensity, .oddTokenRatio, .tailSymbolDensity: 6
        case .repeatedToken, .optimisedSuffix, .suffixOnProse: 2
        case .hostileCode: 3
        case .tailIrregularity: 4
        }
    }

    var offset: Int {
        ShapeMeasure.allCases.prefix(while: { $0 != self }).reduce(0) { $0 + $1.bins }
    }
}

/// Turns normalised text into a `FeatureVector`: character 3- to 5-grams (digits folded to
/// one symbol so numbers do not memorise), word unigrams and bigrams, cue indicators with
/// pairs of cues that occur close together, role markers, shape bins and code that does what
/// malware does.
public struct FeatureExtractor: Sendable {
    public let settings: FeatureSettings
    private let matcher: CueMatcher
    private let roleMarkers = RoleMarkerScanner()
    private let codePayloads = CodePayloadScanner()

    /// Cues closer than this many scalars form a pair ("ignore … instructions").
    static let pairDistance = 80
    private static let characterSeed: UInt64 = 0x5EED_C4A2
    private static let unigramSeed: UInt64 = 0x5EED_0001
    private static let bigramSeed: UInt64 = 0x5EED_0002

    public init(settings: FeatureSettings) {
        self.settings = settings
        self.matcher = CueMatcher()
    }

    var bucketCount: Int { 1 << settings.hashBits }

    /// `original`: the text before normalisation, whose letter case shape measures read.
    /// `isSegment`: the text is one line or sentence of a longer document, scored on its own.
    func features(of scalars: [Unicode.Scalar], original: [Unicode.Scalar], isSegment: Bool = false) -> FeatureVector {
        let mask = UInt64(bucketCount - 1)
        let tokens = Tokenizer.tokens(scalars)
        let hits = matcher.hits(in: scalars, tokens: tokens)
        let markers = roleMarkers.positions(in: scalars)

        var categories = Set(hits.map(\.category))
        if !markers.isEmpty { categories.insert(.roleMarker) }
        var indicators = Set(categories.map(IndicatorLayout.cue))
        let located = (hits + markers.map { CueHit(category: .roleMarker, position: $0) }).sorted { $0.position < $1.position }
        for (index, first) in located.enumerated() {
            for second in located[(index + 1)...] {
                guard second.position - first.position <= Self.pairDistance else { break }
                if first.category != second.category {
                    indicators.insert(IndicatorLayout.pair(first.category, second.category))
                }
            }
        }
        let shape = ShapeFeatures.indicators(
            for: scalars, original: original, tokens: tokens, roleMarkers: markers.count, distinctCues: categories.count
        )
        indicators.formUnion(shape)
        let hostility = codePayloads.capabilities(in: original).hostility
        if hostility > 0 {
            indicators.insert(IndicatorLayout.shape(.hostileCode, bin: hostility))
        }
        if shape.contains(IndicatorLayout.shape(.optimisedSuffix, bin: 1)) {
            indicators.formUnion(categories.map(IndicatorLayout.withOptimisedSuffix))
        }
        if isSegment {
            indicators.insert(IndicatorLayout.segment)
            if scalars.last(where: { $0 != " " }) == "?" || scalars.last(where: { $0 != " " }) == "？" {
                indicators.insert(IndicatorLayout.segmentQuestion)
            }
            indicators.formUnion(categories.map(IndicatorLayout.inSegment))
        }

        let characterGrams = Self.characterGrams(scalars, mask: mask)
        let wordGrams = Self.wordGrams(scalars, tokens: tokens, mask: mask)
        return FeatureVector(
            characterGrams: characterGrams,
            wordGrams: wordGrams,
            indicators: indicators.sorted().map { UInt16($0) },
            addressesModel: categories.contains { $0.addressesModel },
            cueCategories: categories,
            characterScale: FeatureVector.scale(characterGrams.count, weight: settings.characterWeight),
            wordScale: FeatureVector.scale(wordGrams.count, weight: settings.wordWeight),
            indicatorValue: settings.indicatorWeight
        )
    }

    private static func characterGrams(_ scalars: [Unicode.Scalar], mask: UInt64) -> [UInt32] {
        var values = [UInt64](repeating: 0x20, count: scalars.count + 2)
        for (index, scalar) in scalars.enumerated() {
            let value = UInt64(scalar.value)
            values[index + 1] = value >= 0x30 && value <= 0x39 ? 0x30 : value
        }
        var grams: [UInt32] = []
        grams.reserveCapacity(values.count * 3)
        for start in values.indices {
            var hash = StableHash(seed: characterSeed)
            for length in 1...5 {
                let position = start + length - 1
                guard position < values.count else { break }
                hash.combine(values[position])
                if length >= 3 { grams.append(UInt32(truncatingIfNeeded: hash.value & mask)) }
            }
        }
        return grams
    }

    private static func wordGrams(_ scalars: [Unicode.Scalar], tokens: [Token], mask: UInt64) -> [UInt32] {
        var grams: [UInt32] = []
        grams.reserveCapacity(tokens.count * 2)
        var previous: UInt64?
        for token in tokens {
            let word = StableHash.of(scalars[token.start..<token.end])
            var unigram = StableHash(seed: unigramSeed)
            unigram.combine(word)
            grams.append(UInt32(truncatingIfNeeded: unigram.value & mask))
            if let previous {
                var bigram = StableHash(seed: bigramSeed)
                bigram.combine(previous)
                bigram.combine(word)
                grams.append(UInt32(truncatingIfNeeded: bigram.value & mask))
            }
            previous = word
        }
        return grams
    }
}

/// The model-independent part of scoring: every window of a text and of the payloads decoded
/// from it, with their features. Evaluation computes it once per row and scores it with many
/// models (one per cross-validation fold).
struct TextAnalysis: Sendable {
    struct Window: Sendable {
        var utf8Range: Range<Int>
        var features: FeatureVector
        var encoding: PayloadEncoding?
    }

    var windows: [Window]
    var truncated: Bool
}

/// Builds `TextAnalysis` values: windows, normalisation, features, bounded decoding.
struct TextAnalyzer: Sendable {
    let extractor: FeatureExtractor
    let normalizer = TextNormalizer()
    let windows = TextWindows()
    let decoder = PayloadDecoder()
    static let maximumDecodingDepth = 3
    static let maximumDecodedPayloads = 16
    /// Texts up to this size are scored whole, the way training rows are seen, and by their
    /// sentences; longer ones by consecutive windows and the sentences of their beginning.
    static let wholeTextLimit = 4096

    init(settings: FeatureSettings) {
        extractor = FeatureExtractor(settings: settings)
    }

    func analyze(_ text: String) -> TextAnalysis {
        var budget = Self.maximumDecodedPayloads
        return analyze(Array(text.utf8), depth: 0, budget: &budget)
    }

    /// Features of a text as training samples. The first is the row itself: the whole text,
    /// capped in length, or, where the row names the instruction hidden in a document
    /// (`focus`), that instruction alone, as a segment, the way a line of a document is scored
    /// (the document's clean twin is a benign row; learning from the whole injected document
    /// would teach its style as a sign of attack). Segments are then learnt from both sides:
    /// a benign row is followed by its lines and sentences, as the scorer will see them, and a
    /// short attack by itself as a segment, as it would be scored inside a longer text.
    func trainingFeatures(_ text: String, isAttack: Bool, focus: String? = nil) -> [FeatureVector] {
        if isAttack, let focus, text.contains(focus) {
            return [features(Array(focus.utf8.prefix(16 * 1024)), isSegment: true)]
        }
        let bytes = Array(text.utf8.prefix(16 * 1024))
        let whole = features(bytes, isSegment: false)
        if isAttack {
            return bytes.count < windows.size ? [whole, features(bytes, isSegment: true)] : [whole]
        }
        return [whole] + windows.sentenceRanges(in: bytes).map { features(Array(bytes[$0]), isSegment: true) }
    }

    private func features(_ bytes: [UInt8], isSegment: Bool) -> FeatureVector {
        let text = String(decoding: bytes, as: UTF8.self)
        return extractor.features(of: normalizer.normalize(text), original: Array(text.unicodeScalars), isSegment: isSegment)
    }

    private func analyze(_ bytes: [UInt8], depth: Int, budget: inout Int) -> TextAnalysis {
        let ranges = bytes.count <= Self.wholeTextLimit ? [0..<bytes.count] : windows.ranges(in: bytes)
        let sentences = windows.sentenceRanges(in: bytes)
        var result = TextAnalysis(
            windows: ranges.map { TextAnalysis.Window(utf8Range: $0, features: features(Array(bytes[$0]), isSegment: false)) }
                + sentences.map { TextAnalysis.Window(utf8Range: $0, features: features(Array(bytes[$0]), isSegment: true)) },
            truncated: bytes.count > windows.maximumBytes
        )
        guard depth < Self.maximumDecodingDepth else { return result }
        for payload in decoder.payloads(in: Array(bytes.prefix(windows.maximumBytes))) {
            guard budget > 0 else { break }
            budget -= 1
            let inner = analyze(Array(payload.text.utf8), depth: depth + 1, budget: &budget)
            result.windows.append(contentsOf: inner.windows.map { window in
                TextAnalysis.Window(utf8Range: payload.utf8Range, features: window.features, encoding: payload.encoding)
            })
        }
        return result
    }
}

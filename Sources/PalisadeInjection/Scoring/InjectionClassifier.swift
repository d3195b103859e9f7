import Foundation
import PalisadeCore

/// Scores text for prompt injection and jailbreak attempts. A value type holding an immutable
/// model: create one at start-up (loading costs a few milliseconds) and share it freely.
public struct InjectionClassifier: Sendable {
    public let model: InjectionModel
    let analyzer: TextAnalyzer

    /// The name of the model resource shipped in the PalisadeInjection bundle.
    public static let shippedModelName = "injection-model-v3.bin"

    public init(model: InjectionModel) {
        self.model = model
        self.analyzer = TextAnalyzer(settings: model.metadata.features)
    }

    public init(contentsOf url: URL) throws {
        try self.init(model: ModelFile.decode(Data(contentsOf: url)))
    }

    /// The model shipped with Palisade, built by the command in its provenance file.
    public static func shipped() throws -> InjectionClassifier {
        guard let url = shippedModelURL else { throw InjectionModelError.missingResource(shippedModelName) }
        return try InjectionClassifier(contentsOf: url)
    }

    public static var shippedModelURL: URL? {
        Bundle.module.url(forResource: "Resources/\(shippedModelName)", withExtension: nil)
            ?? Bundle.module.url(forResource: shippedModelName, withExtension: nil)
    }

    public func threshold(for level: SensitivityLevel) -> Double {
        model.metadata.thresholds[level]
    }

    /// Calibrated probability (0...1) that `text` is an injection or jailbreak attempt.
    public func score(_ text: String) -> Double {
        assess(text).score
    }

    /// Scores text with the role of its author known. Tool results and retrieved documents
    /// (`.tool`, `.retrieved`) are untrusted: in them, text that addresses the model is itself
    /// suspicious, so their score is raised by the model's untrusted shift.
    public func assess(_ text: String, role: SegmentRole? = nil) -> InjectionAssessment {
        assess(analyzer.analyze(text), role: role)
    }

    /// Scores raw bytes; invalid UTF-8 is repaired with replacement characters first.
    public func assess(utf8 bytes: some Sequence<UInt8>, role: SegmentRole? = nil) -> InjectionAssessment {
        assess(String(decoding: Array(bytes), as: UTF8.self), role: role)
    }

    func assess(_ analysis: TextAnalysis, role: SegmentRole?) -> InjectionAssessment {
        let untrusted = role == .tool || role == .retrieved
        var best: (logit: Double, window: TextAnalysis.Window)?
        for window in analysis.windows {
            var logit = Double(model.attack.logit(window.features))
            if untrusted && window.features.addressesModel { logit += model.metadata.untrustedLogitShift }
            if best == nil || logit > best!.logit { best = (logit, window) }
        }
        guard let best else {
            return InjectionAssessment(
                score: model.metadata.calibration.probability(Double(model.attack.bias)), kind: .injection,
                jailbreakProbability: 0, utf8Range: 0..<0, encoding: nil, cues: [], truncated: analysis.truncated
            )
        }
        let score = model.metadata.calibration.probability(best.logit)
        // Two forms score at least the threshold of the least sensitive level, so that they are
        // flagged at every level: a window that ends in a GCG-style optimised suffix
        // (`ShapeFeatures.SuffixOnProse`) and one that plants hostile code for the model
        // (`FeatureVector.plantsHostileCode`). Neither matched any of the 20,000 benign rows of
        // the training and evaluation data, while the learnt weights know only the suffixes and
        // payloads they were trained on.
        let floor = threshold(for: .low)
        if score < floor, let suffixed = analysis.windows.first(where: \.features.endsInOptimisedSuffix) {
            return assessment(of: suffixed, score: floor, jailbreak: 1, truncated: analysis.truncated)
        }
        if score < floor, let planted = analysis.windows.first(where: \.features.plantsHostileCode) {
            return assessment(of: planted, score: floor, jailbreak: 0, truncated: analysis.truncated)
        }
        let jailbreak = 1 / (1 + exp(-Double(model.kind.logit(best.window.features))))
        return assessment(of: best.window, score: score, jailbreak: jailbreak, truncated: analysis.truncated)
    }

    private func assessment(of window: TextAnalysis.Window, score: Double, jailbreak: Double, truncated: Bool) -> InjectionAssessment {
        InjectionAssessment(
            score: score,
            kind: jailbreak >= 0.5 ? .jailbreak : .injection,
            jailbreakProbability: jailbreak,
            utf8Range: window.utf8Range,
            encoding: window.encoding,
            cues: CueCategory.allCases.filter(window.features.cueCategories.contains),
            truncated: truncated
        )
    }
}

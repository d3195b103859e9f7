/// How eager the detector is to flag. Each level is a score threshold chosen at training time
/// at a target false-positive rate on held-out benign training prompts
/// (`InjectionTrainer.Configuration.targetFalsePositiveRates`).
public enum SensitivityLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case low
    case balanced
    case strict
}

/// Score thresholds for every `SensitivityLevel`.
public struct SensitivityThresholds: Sendable, Hashable, Codable {
    public var low: Double
    public var balanced: Double
    public var strict: Double

    public init(low: Double, balanced: Double, strict: Double) {
        self.low = low
        self.balanced = balanced
        self.strict = strict
    }

    public subscript(level: SensitivityLevel) -> Double {
        switch level {
        case .low: low
        case .balanced: balanced
        case .strict: strict
        }
    }
}

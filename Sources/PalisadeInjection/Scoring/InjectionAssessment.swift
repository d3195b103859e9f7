import PalisadeCore

/// The classifier's verdict on one text: the calibrated attack score of its most hostile
/// window, where that window is, and whether it reads as injection or jailbreak.
public struct InjectionAssessment: Sendable, Hashable, Codable {
    /// 0...1, calibrated probability of "attack" for the most hostile window or decoded payload.
    public var score: Double
    /// `.injection` or `.jailbreak`.
    public var kind: FindingKind
    /// 0...1: how much the most hostile window reads as a jailbreak rather than an injection.
    public var jailbreakProbability: Double
    /// UTF-8 byte range of the most hostile window (or of the encoded run it was hidden in).
    public var utf8Range: Range<Int>
    /// Set when the most hostile text was hidden in an encoding and decoded.
    public var encoding: PayloadEncoding?
    /// Cue families found in the most hostile window, for evidence.
    public var cues: [CueCategory]
    /// The text was longer than the classifier scans; only its beginning was scored.
    public var truncated: Bool

    public func isAttack(threshold: Double) -> Bool { score >= threshold }
}

import PalisadeCore

/// What `palisade eval injection` prints. Attacks (injection + jailbreak) are positives,
/// benign rows negatives; decisions use the threshold of `sensitivity`.
public struct InjectionEvaluationReport: Sendable, Encodable {
    public var rows: Int
    public var sensitivity: SensitivityLevel
    public var threshold: Double
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var fpr: Double
    public var balancedAccuracy: Double
    public var rocAUC: Double
    public var tprAt1PctFPR: Double
    public var recallPerLabel: [String: Double]
    /// Share of detected attacks whose kind (injection or jailbreak) was told correctly.
    public var kindAccuracy: Double
    public var counts: ConfusionMatrix
    public var perSource: [SourceMetrics]
    public var latencyMs: LatencySummary
    /// Each row's score, in the data's order, for `--scores`; not part of the printed report.
    public var rowScores: [RowScore]

    enum CodingKeys: String, CodingKey {
        case rows, sensitivity, threshold, precision, recall, f1, fpr, counts
        case balancedAccuracy = "balanced_accuracy"
        case rocAUC = "roc_auc"
        case tprAt1PctFPR = "tpr_at_1pct_fpr"
        case recallPerLabel = "recall_per_label"
        case kindAccuracy = "kind_accuracy"
        case perSource = "per_source"
        case latencyMs = "latency_ms"
    }
}

/// Milliseconds per scored segment.
public struct LatencySummary: Sendable, Hashable, Encodable {
    public var p50: Double
    public var p99: Double

    init(milliseconds: [Double]) {
        p50 = ScoreStatistics.quantile(0.5, of: milliseconds)
        p99 = ScoreStatistics.quantile(0.99, of: milliseconds)
    }
}

/// One evaluated row, for error analysis: what the classifier made of it.
public struct RowScore: Sendable, Encodable {
    public var id: String
    public var source: String
    public var label: PromptLabel
    public var score: Double
    public var flagged: Bool
    /// Cross-source only: the k-fold model's score and decision for the row; `score` and
    /// `flagged` are then the model's that was trained without the row's source.
    public var kFoldScore: Double? = nil
    public var kFoldFlagged: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case id, source, label, score, flagged
        case kFoldScore = "k_fold_score"
        case kFoldFlagged = "k_fold_flagged"
    }
}

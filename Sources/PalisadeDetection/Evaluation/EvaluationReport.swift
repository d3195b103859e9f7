import PalisadeCore

/// What `palisade eval` prints: overall precision, recall and F1, the same per type, the counts
/// behind them, detection throughput, and evaluation-specific details.
public struct EvaluationReport<Counts: Encodable & Sendable, Details: Encodable & Sendable>: Encodable, Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var perType: [String: TypeMetrics]
    public var counts: Counts
    /// Megabytes (10^6 bytes) of evaluation text per second of detection, on one core.
    public var mbPerS: Double
    public var details: Details

    init(total: ConfusionMatrix, perType: [String: ConfusionMatrix], counts: Counts, bytes: Int, seconds: Double, details: Details) {
        precision = total.precision
        recall = total.recall
        f1 = total.f1
        self.perType = perType.mapValues(TypeMetrics.init)
        self.counts = counts
        mbPerS = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        self.details = details
    }

    enum CodingKeys: String, CodingKey {
        case precision, recall, f1, counts, details
        case perType = "per_type"
        case mbPerS = "mb_per_s"
    }
}

import PalisadeCore

/// Precision, recall and F1 of one type (or of everything), with the counts behind them.
public struct TypeMetrics: Encodable, Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int
    /// Gold spans or positive rows of this type.
    public var support: Int

    init(_ matrix: ConfusionMatrix) {
        precision = matrix.precision
        recall = matrix.recall
        f1 = matrix.f1
        truePositives = matrix.truePositives
        falsePositives = matrix.falsePositives
        falseNegatives = matrix.falseNegatives
        support = matrix.truePositives + matrix.falseNegatives
    }

    enum CodingKeys: String, CodingKey {
        case precision, recall, f1, support
        case truePositives = "tp"
        case falsePositives = "fp"
        case falseNegatives = "fn"
    }
}

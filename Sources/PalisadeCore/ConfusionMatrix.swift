/// Counts of a binary decision against ground truth, and the rates every evaluation reports.
public struct ConfusionMatrix: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var trueNegatives = 0
    public var falseNegatives = 0

    public init() {}

    public mutating func record(predicted: Bool, actual: Bool) {
        switch (predicted, actual) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, false): trueNegatives += 1
        case (false, true): falseNegatives += 1
        }
    }

    public static func + (lhs: ConfusionMatrix, rhs: ConfusionMatrix) -> ConfusionMatrix {
        var sum = lhs
        sum.truePositives += rhs.truePositives
        sum.falsePositives += rhs.falsePositives
        sum.trueNegatives += rhs.trueNegatives
        sum.falseNegatives += rhs.falseNegatives
        return sum
    }

    public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    public var falsePositiveRate: Double { Self.ratio(falsePositives, falsePositives + trueNegatives) }
    public var specificity: Double { Self.ratio(trueNegatives, trueNegatives + falsePositives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public var balancedAccuracy: Double { (recall + specificity) / 2 }

    /// Ratios over an empty denominator are 0, not NaN, so that JSON output stays valid.
    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}

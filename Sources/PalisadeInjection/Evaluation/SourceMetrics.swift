import PalisadeCore

/// Detection quality on the rows of one source. A source with one class has no balanced
/// accuracy; its `accuracy` (recall for attack sources, 1 − FPR for benign ones) stands in.
public struct SourceMetrics: Sendable, Hashable, Encodable {
    public var source: String
    public var rows: Int
    public var attacks: Int
    public var benign: Int
    public var recall: Double?
    public var fpr: Double?
    public var accuracy: Double
    public var balancedAccuracy: Double?
    public var rocAUC: Double?

    /// Balanced accuracy where the source has both classes, accuracy otherwise.
    public var headline: Double { balancedAccuracy ?? accuracy }

    enum CodingKeys: String, CodingKey {
        case source, rows, attacks, benign, recall, fpr, accuracy
        case balancedAccuracy = "balanced_accuracy"
        case rocAUC = "roc_auc"
    }

    /// `decisions` overrides `threshold` where each row was judged by its own fold's model.
    init(source: String, scores: [Double], labels: [Bool], threshold: Double, decisions: [Bool]? = nil) {
        var matrix = ConfusionMatrix()
        let predicted = decisions ?? scores.map { $0 >= threshold }
        for (decision, label) in zip(predicted, labels) { matrix.record(predicted: decision, actual: label) }
        let attacks = labels.filter { $0 }.count
        self.source = source
        rows = labels.count
        self.attacks = attacks
        benign = labels.count - attacks
        recall = attacks > 0 ? matrix.recall : nil
        fpr = benign > 0 ? matrix.falsePositiveRate : nil
        accuracy = labels.isEmpty ? 0 : Double(matrix.truePositives + matrix.trueNegatives) / Double(labels.count)
        let bothClasses = attacks > 0 && benign > 0
        balancedAccuracy = bothClasses ? matrix.balancedAccuracy : nil
        rocAUC = bothClasses ? ScoreStatistics.rocAUC(scores: scores, labels: labels) : nil
    }

    /// One row per source group, in first-seen order.
    static func table(groups: [String], scores: [Double], labels: [Bool], threshold: Double) -> [SourceMetrics] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(index)
        }
        return order.map { group in
            let rows = members[group]!
            return SourceMetrics(source: group, scores: rows.map { scores[$0] }, labels: rows.map { labels[$0] }, threshold: threshold)
        }
    }
}

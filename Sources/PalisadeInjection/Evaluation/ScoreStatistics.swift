/// Threshold-free measures of how well scores separate attacks (true) from benign (false).
enum ScoreStatistics {
    /// Area under the ROC curve: the probability that a random attack outscores a random
    /// benign text, ties counting half.
    static func rocAUC(scores: [Double], labels: [Bool]) -> Double {
        let ranked = zip(scores, labels).sorted { $0.0 < $1.0 }
        let positives = Double(labels.filter { $0 }.count)
        let negatives = Double(labels.count) - positives
        guard positives > 0, negatives > 0 else { return 0 }
        var rankSum = 0.0
        var index = 0
        while index < ranked.count {
            var end = index
            while end + 1 < ranked.count && ranked[end + 1].0 == ranked[index].0 { end += 1 }
            let averageRank = Double(index + end) / 2 + 1
            for k in index...end where ranked[k].1 { rankSum += averageRank }
            index = end + 1
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }

    /// The share of attacks scored strictly above the highest threshold that keeps the
    /// false-positive rate at or below `falsePositiveRate`.
    static func truePositiveRate(atFalsePositiveRate falsePositiveRate: Double, scores: [Double], labels: [Bool]) -> Double {
        let benign = zip(scores, labels).filter { !$0.1 }.map(\.0).sorted(by: >)
        let attacks = zip(scores, labels).filter { $0.1 }.map(\.0)
        guard !benign.isEmpty, !attacks.isEmpty else { return 0 }
        let allowed = Int((Double(benign.count) * falsePositiveRate).rounded(.down))
        let threshold = benign[min(allowed, benign.count - 1)]
        return Double(attacks.filter { $0 > threshold }.count) / Double(attacks.count)
    }

    /// The `fraction` quantile (0...1) by the nearest-rank method.
    static func quantile(_ fraction: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank - 1, 0), sorted.count - 1)]
    }
}

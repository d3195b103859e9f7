import Foundation
import PalisadeCore

/// Trains an `InjectionModel` from labelled prompt rows, deterministically: the same rows in
/// the same order with the same configuration give the same model bytes.
///
/// Steps: features of every row; the attack head on all rows, class-balanced and with large
/// sources down-weighted so that no single source dictates the boundary; the kind head on the
/// attack rows; then calibration and sensitivity thresholds from two-fold out-of-fold scores,
/// so that they reflect text the model has not seen.
public struct InjectionTrainer: Sendable {
    public struct Configuration: Sendable, Hashable, Codable {
        /// Weights take 8 × 2^hashBits bytes.
        public var features = FeatureSettings(characterWeight: 1.5, wordWeight: 1.5, indicatorWeight: 3)
        public var epochs = 5
        public var learningRate: Float = 0.2
        /// L2 shrinkage of the cue, pair and shape indicator weights.
        public var l2: Float = 1e-5
        /// L2 shrinkage of the n-gram weights; see `HeadOptimizer`.
        public var ngramL2: Float = 3e-4
        public var seed: UInt64 = 20_260_421
        /// 0 weighs every row alike; 1 gives every source the same total weight within its class.
        public var sourceBalance = 0.5
        /// Up to how many times a language's benign rows are weighted up where that language is
        /// seen more in attacks than in benign text; 1 turns this off. See `languageBalance`.
        public var languageBalanceLimit = 10.0
        public var untrustedLogitShift = 1.5
        /// Held-out benign false-positive rate each sensitivity level's threshold aims at.
        public var targetFalsePositiveRates = SensitivityThresholds(low: 0.001, balanced: 0.005, strict: 0.02)

        public init() {}
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    public func train(files: [URL]) throws -> InjectionModel {
        try train(PromptDataset.load(files))
    }

    public func train(_ dataset: PromptDataset) throws -> InjectionModel {
        try train(prepared: TrainingExample.prepare(dataset.rows, settings: configuration.features))
    }

    func train(prepared examples: [TrainingExample]) throws -> InjectionModel {
        let attacks = examples.filter { $0.label.isAttack }.count
        guard attacks > 0, attacks < examples.count else {
            throw PromptDatasetError.noTrainingRows("\(attacks) attack rows and \(examples.count - attacks) benign rows")
        }
        let all = Array(examples.indices)
        let (calibration, thresholds) = calibrate(examples)
        return InjectionModel(
            metadata: .init(
                features: configuration.features,
                calibration: calibration,
                thresholds: thresholds,
                untrustedLogitShift: configuration.untrustedLogitShift,
                seed: configuration.seed,
                trainingRows: examples.count
            ),
            attack: fitAttackHead(examples, rows: all),
            kind: fitKindHead(examples, rows: all)
        )
    }

    func fitAttackHead(_ examples: [TrainingExample], rows: [Int]) -> LogisticHead {
        optimizer(salt: 1).fit(
            samples(examples, rows: rows, positive: { $0.label.isAttack }, balancingLanguages: true),
            features: { examples[$0].samples[$1] },
            bucketCount: 1 << configuration.features.hashBits
        )
    }

    func fitKindHead(_ examples: [TrainingExample], rows: [Int]) -> LogisticHead {
        let attackRows = rows.filter { examples[$0].label.isAttack }
        return optimizer(salt: 2).fit(
            samples(examples, rows: attackRows, positive: { $0.label == .jailbreak }, balancingLanguages: false),
            features: { examples[$0].samples[$1] },
            bucketCount: 1 << configuration.features.hashBits
        )
    }

    private func optimizer(salt: UInt64) -> HeadOptimizer {
        HeadOptimizer(
            epochs: configuration.epochs, learningRate: configuration.learningRate, l2: configuration.l2, ngramL2: configuration.ngramL2,
            seed: configuration.seed ^ salt
        )
    }

    /// Each class gets half the total weight; within a class a source of n rows weighs
    /// n^(1 - sourceBalance) in all, so the benign pools teach without drowning the rest; the
    /// attack head also balances languages. A row's sentences share one more row's worth of
    /// weight between them.
    private func samples(
        _ examples: [TrainingExample], rows: [Int], positive: (TrainingExample) -> Bool, balancingLanguages: Bool
    ) -> [HeadOptimizer.Sample] {
        var groupSizes: [String: Int] = [:]
        for row in rows { groupSizes[examples[row].group, default: 0] += 1 }
        let sourceWeights = rows.map { pow(Double(groupSizes[examples[$0].group]!), -configuration.sourceBalance) }
        let rowWeights = balancingLanguages ? languageBalance(examples, rows: rows, weights: sourceWeights, positive: positive) : sourceWeights
        var classTotals = [false: 0.0, true: 0.0]
        for (row, weight) in zip(rows, rowWeights) { classTotals[positive(examples[row]), default: 0] += weight }
        let scale = Double(rows.count) / 2
        var samples: [HeadOptimizer.Sample] = []
        for (row, rowWeight) in zip(rows, rowWeights) {
            let isPositive = positive(examples[row])
            let weight = rowWeight * scale / max(classTotals[isPositive]!, 1e-9)
            let variants = examples[row].samples.count
            for variant in 0..<variants {
                let share = variant == 0 ? weight : weight / Double(variants - 1)
                samples.append(HeadOptimizer.Sample(index: row, variant: variant, positive: isPositive, weight: Float(share)))
            }
        }
        return samples
    }

    /// Raises the benign rows of every language whose attack rows outweigh its benign rows, up to
    /// `languageBalanceLimit` times, towards parity. Attack sets are often machine-translated into
    /// languages that few benign sources cover; without this the n-grams learn the language
    /// itself as a sign of attack, and every ordinary text in it is flagged.
    private func languageBalance(
        _ examples: [TrainingExample], rows: [Int], weights: [Double], positive: (TrainingExample) -> Bool
    ) -> [Double] {
        guard configuration.languageBalanceLimit > 1 else { return weights }
        var attack: [String: Double] = [:]
        var benign: [String: Double] = [:]
        for (row, weight) in zip(rows, weights) {
            if positive(examples[row]) { attack[examples[row].language, default: 0] += weight } else { benign[examples[row].language, default: 0] += weight }
        }
        return zip(rows, weights).map { row, weight in
            let language = examples[row].language
            guard !positive(examples[row]), let benignTotal = benign[language], let attackTotal = attack[language], attackTotal > benignTotal else {
                return weight
            }
            return weight * min(attackTotal / benignTotal, configuration.languageBalanceLimit)
        }
    }

    /// Out-of-fold logits from two halves (drawn with the seed), then Platt scaling on them and
    /// thresholds at the benign quantiles each sensitivity level targets.
    private func calibrate(_ examples: [TrainingExample]) -> (Calibration, SensitivityThresholds) {
        var order = Array(examples.indices)
        var generator = SplitMix64(seed: configuration.seed ^ 3)
        generator.shuffle(&order)
        let halves = [Array(order[..<(order.count / 2)]), Array(order[(order.count / 2)...])]
        var logits = [Double](repeating: 0, count: examples.count)
        for (index, held) in halves.enumerated() {
            let head = fitAttackHead(examples, rows: halves[1 - index])
            for row in held { logits[row] = Self.maximumLogit(examples[row].analysis, head: head) }
        }
        let labels = examples.map(\.label.isAttack)
        let calibration = Calibration.fit(logits: logits, labels: labels)
        let benign = zip(logits, labels).filter { !$0.1 }.map { calibration.probability($0.0) }.sorted()
        func quantile(_ level: SensitivityLevel) -> Double {
            let index = Int((Double(benign.count) * (1 - configuration.targetFalsePositiveRates[level])).rounded(.up))
            return benign.isEmpty ? 0.5 : min(benign[min(index, benign.count - 1)] + 1e-9, 1)
        }
        return (calibration, SensitivityThresholds(low: quantile(.low), balanced: quantile(.balanced), strict: quantile(.strict)))
    }

    static func maximumLogit(_ analysis: TextAnalysis, head: LogisticHead) -> Double {
        analysis.windows.map { Double(head.logit($0.features)) }.max() ?? Double(head.bias)
    }
}

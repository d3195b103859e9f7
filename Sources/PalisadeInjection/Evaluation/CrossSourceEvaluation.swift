import PalisadeCore

/// Measures how well the classifier carries over to data it was not trained on.
///
/// Leave-one-source-out: for every source group (upstream repository, see
/// `PromptRecord.sourceGroup`), train on all other groups plus `additionalTraining` and score
/// the held-out group with that model's threshold. The mean over groups of balanced accuracy
/// (accuracy for one-class groups) is the headline. Pooled figures come from scores no model
/// saw in training: the held-out scores of all folds together, and a k-fold split of all rows.
public struct CrossSourceEvaluation: Sendable {
    public var trainer: InjectionTrainer
    public var sensitivity: SensitivityLevel
    public var pooledFolds: Int

    public init(trainer: InjectionTrainer = InjectionTrainer(), sensitivity: SensitivityLevel = .balanced, pooledFolds: Int = 5) {
        self.trainer = trainer
        self.sensitivity = sensitivity
        self.pooledFolds = pooledFolds
    }

    /// `progress` is told each group as its fold finishes, for a command-line progress line.
    public func run(
        _ dataset: PromptDataset,
        additionalTraining: PromptDataset = PromptDataset(),
        progress: (String) -> Void = { _ in }
    ) throws -> CrossSourceReport {
        let settings = trainer.configuration.features
        let examples = TrainingExample.prepare(dataset.rows, settings: settings)
        let extra = TrainingExample.prepare(additionalTraining.rows, settings: settings)
        let labels = dataset.rows.map(\.record.label.isAttack)

        var groups: [String] = []
        for row in dataset.rows where !groups.contains(row.group) { groups.append(row.group) }

        var heldOutScores = [Double](repeating: 0, count: examples.count)
        var heldOutDecisions = Decisions(count: examples.count)
        for group in groups {
            let held = examples.indices.filter { examples[$0].group == group }
            let scored = try score(held, trainingOn: examples.indices.filter { examples[$0].group != group }, examples, extra)
            record(scored, for: held, scores: &heldOutScores, decisions: &heldOutDecisions)
            progress(group)
        }

        var foldScores = [Double](repeating: 0, count: examples.count)
        var foldDecisions = Decisions(count: examples.count)
        for fold in kFolds(labels) {
            let held = Set(fold)
            let scored = try score(fold, trainingOn: examples.indices.filter { !held.contains($0) }, examples, extra)
            record(scored, for: fold, scores: &foldScores, decisions: &foldDecisions)
            progress("\(pooledFolds)-fold")
        }

        func table(_ level: SensitivityLevel) -> [SourceMetrics] {
            groups.map { group in
                let held = examples.indices.filter { examples[$0].group == group }
                return SourceMetrics(
                    source: group, scores: held.map { heldOutScores[$0] }, labels: held.map { labels[$0] }, threshold: 0.5,
                    decisions: held.map { heldOutDecisions[level][$0] }
                )
            }
        }
        func mean(_ rows: [SourceMetrics]) -> Double {
            rows.map(\.headline).reduce(0, +) / Double(max(rows.count, 1))
        }
        let headline = table(sensitivity)
        let rows = dataset.rows.indices.map { index in
            RowScore(
                id: dataset.rows[index].record.id, source: dataset.rows[index].group, label: dataset.rows[index].record.label,
                score: heldOutScores[index], flagged: heldOutDecisions[sensitivity][index],
                kFoldScore: foldScores[index], kFoldFlagged: foldDecisions[sensitivity][index]
            )
        }
        return CrossSourceReport(
            sourceDefinition: "upstream repository (owner/repo) of each row's `source` field",
            sensitivity: sensitivity,
            additionalTrainingRows: extra.count,
            perSource: headline,
            meanBalancedAccuracy: mean(headline),
            pooledLeaveOneSourceOut: PooledMetrics(scores: heldOutScores, decisions: heldOutDecisions[sensitivity], labels: labels),
            pooledCrossValidated: PooledMetrics(scores: foldScores, decisions: foldDecisions[sensitivity], labels: labels),
            levels: SensitivityLevel.allCases.map { level in
                LevelSummary(
                    sensitivity: level,
                    meanBalancedAccuracy: mean(table(level)),
                    pooledLeaveOneSourceOut: PooledMetrics(scores: heldOutScores, decisions: heldOutDecisions[level], labels: labels),
                    pooledCrossValidated: PooledMetrics(scores: foldScores, decisions: foldDecisions[level], labels: labels)
                )
            },
            heldOutRows: rows
        )
    }

    /// Held-out decisions at every sensitivity level, each by its own fold's thresholds.
    private struct Decisions {
        private var byLevel: [SensitivityLevel: [Bool]]

        init(count: Int) {
            byLevel = Dictionary(uniqueKeysWithValues: SensitivityLevel.allCases.map { ($0, [Bool](repeating: false, count: count)) })
        }

        subscript(level: SensitivityLevel) -> [Bool] {
            get { byLevel[level]! }
            set { byLevel[level] = newValue }
        }
    }

    private func record(_ scored: [Scored], for rows: [Int], scores: inout [Double], decisions: inout Decisions) {
        for (row, result) in zip(rows, scored) {
            scores[row] = result.score
            for level in SensitivityLevel.allCases { decisions[level][row] = result.score >= result.thresholds[level] }
        }
    }

    private struct Scored {
        var score: Double
        var thresholds: SensitivityThresholds
    }

    private func score(
        _ held: [Int],
        trainingOn training: [Int],
        _ examples: [TrainingExample],
        _ extra: [TrainingExample]
    ) throws -> [Scored] {
        let model = try trainer.train(prepared: training.map { examples[$0] } + extra)
        let classifier = InjectionClassifier(model: model)
        return held.map { row in
            Scored(score: classifier.assess(examples[row].analysis, role: nil).score, thresholds: model.metadata.thresholds)
        }
    }

    /// Folds stratified by class, rows drawn with the trainer's seed.
    private func kFolds(_ labels: [Bool]) -> [[Int]] {
        var generator = SplitMix64(seed: trainer.configuration.seed ^ 4)
        var folds = [[Int]](repeating: [], count: pooledFolds)
        for label in [true, false] {
            var members = labels.indices.filter { labels[$0] == label }
            generator.shuffle(&members)
            for (position, row) in members.enumerated() { folds[position % pooledFolds].append(row) }
        }
        return folds.map { $0.sorted() }
    }
}

/// The leave-one-source-out table and the pooled held-out figures.
public struct CrossSourceReport: Sendable, Encodable {
    public var sourceDefinition: String
    public var sensitivity: SensitivityLevel
    public var additionalTrainingRows: Int
    public var perSource: [SourceMetrics]
    public var meanBalancedAccuracy: Double
    public var pooledLeaveOneSourceOut: PooledMetrics
    public var pooledCrossValidated: PooledMetrics
    /// The same figures at every sensitivity level, to choose one by.
    public var levels: [LevelSummary]
    /// Every row's scores from the models that did not see it, for error analysis and for
    /// trying other decision rules on the same held-out scores; written apart from the report.
    public var heldOutRows: [RowScore]

    enum CodingKeys: String, CodingKey {
        case sensitivity, levels
        case sourceDefinition = "source_definition"
        case additionalTrainingRows = "additional_training_rows"
        case perSource = "per_source"
        case meanBalancedAccuracy = "mean_balanced_accuracy"
        case pooledLeaveOneSourceOut = "pooled_leave_one_source_out"
        case pooledCrossValidated = "pooled_k_fold"
    }
}

/// Cross-source figures at one sensitivity level.
public struct LevelSummary: Sendable, Hashable, Encodable {
    public var sensitivity: SensitivityLevel
    public var meanBalancedAccuracy: Double
    public var pooledLeaveOneSourceOut: PooledMetrics
    public var pooledCrossValidated: PooledMetrics

    enum CodingKeys: String, CodingKey {
        case sensitivity
        case meanBalancedAccuracy = "mean_balanced_accuracy"
        case pooledLeaveOneSourceOut = "pooled_leave_one_source_out"
        case pooledCrossValidated = "pooled_k_fold"
    }
}

/// Figures over held-out scores of several models at once (each at its own threshold).
public struct PooledMetrics: Sendable, Hashable, Encodable {
    public var rows: Int
    public var rocAUC: Double
    public var tprAt1PctFPR: Double
    public var recall: Double
    public var fpr: Double
    public var balancedAccuracy: Double

    enum CodingKeys: String, CodingKey {
        case rows, recall, fpr
        case rocAUC = "roc_auc"
        case tprAt1PctFPR = "tpr_at_1pct_fpr"
        case balancedAccuracy = "balanced_accuracy"
    }

    init(scores: [Double], decisions: [Bool], labels: [Bool]) {
        var matrix = ConfusionMatrix()
        for (decision, label) in zip(decisions, labels) { matrix.record(predicted: decision, actual: label) }
        rows = labels.count
        rocAUC = ScoreStatistics.rocAUC(scores: scores, labels: labels)
        tprAt1PctFPR = ScoreStatistics.truePositiveRate(atFalsePositiveRate: 0.01, scores: scores, labels: labels)
        recall = matrix.recall
        fpr = matrix.falsePositiveRate
        balancedAccuracy = matrix.balancedAccuracy
    }
}

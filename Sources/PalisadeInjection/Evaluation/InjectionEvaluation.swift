import PalisadeCore

/// Scores every row of a dataset with one classifier and reports detection quality, per
/// source and overall, with the time each row took.
public enum InjectionEvaluation {
    public static func evaluate(
        _ classifier: InjectionClassifier,
        on dataset: PromptDataset,
        sensitivity: SensitivityLevel = .balanced
    ) -> InjectionEvaluationReport {
        let clock = ContinuousClock()
        var assessments: [InjectionAssessment] = []
        var milliseconds: [Double] = []
        for row in dataset.rows {
            var assessment: InjectionAssessment?
            let elapsed = clock.measure { assessment = classifier.assess(row.record.text) }
            assessments.append(assessment!)
            milliseconds.append(InjectionBenchmark.milliseconds(elapsed))
        }
        return report(
            scores: assessments.map(\.score),
            kinds: assessments.map(\.kind),
            rows: dataset.rows,
            threshold: classifier.threshold(for: sensitivity),
            sensitivity: sensitivity,
            milliseconds: milliseconds
        )
    }

    static func report(
        scores: [Double],
        kinds: [FindingKind],
        rows: [PromptDataset.Row],
        threshold: Double,
        sensitivity: SensitivityLevel,
        milliseconds: [Double]
    ) -> InjectionEvaluationReport {
        let labels = rows.map(\.record.label.isAttack)
        var matrix = ConfusionMatrix()
        for (score, label) in zip(scores, labels) { matrix.record(predicted: score >= threshold, actual: label) }

        var recallPerLabel: [String: Double] = [:]
        for label in [PromptLabel.injection, .jailbreak] {
            let members = rows.indices.filter { rows[$0].record.label == label }
            guard !members.isEmpty else { continue }
            recallPerLabel[label.rawValue] = Double(members.filter { scores[$0] >= threshold }.count) / Double(members.count)
        }
        let detected = rows.indices.filter { labels[$0] && scores[$0] >= threshold }
        let rightKind = detected.filter { kinds[$0].rawValue == rows[$0].record.label.rawValue }.count

        return InjectionEvaluationReport(
            rows: rows.count,
            sensitivity: sensitivity,
            threshold: threshold,
            precision: matrix.precision,
            recall: matrix.recall,
            f1: matrix.f1,
            fpr: matrix.falsePositiveRate,
            balancedAccuracy: matrix.balancedAccuracy,
            rocAUC: ScoreStatistics.rocAUC(scores: scores, labels: labels),
            tprAt1PctFPR: ScoreStatistics.truePositiveRate(atFalsePositiveRate: 0.01, scores: scores, labels: labels),
            recallPerLabel: recallPerLabel,
            kindAccuracy: detected.isEmpty ? 0 : Double(rightKind) / Double(detected.count),
            counts: matrix,
            perSource: SourceMetrics.table(groups: rows.map(\.group), scores: scores, labels: labels, threshold: threshold),
            latencyMs: LatencySummary(milliseconds: milliseconds),
            rowScores: zip(rows, scores).map { row, score in
                RowScore(id: row.record.id, source: row.group, label: row.record.label, score: score, flagged: score >= threshold)
            }
        )
    }
}

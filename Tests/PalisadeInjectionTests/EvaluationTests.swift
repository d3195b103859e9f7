import Foundation
import PalisadeCore
import Testing

@testable import PalisadeInjection

@Suite("Evaluation")
struct EvaluationTests {
    @Test("ROC AUC and TPR at a false-positive rate follow their definitions")
    func statistics() {
        let labels = [true, true, true, false, false, false]
        #expect(ScoreStatistics.rocAUC(scores: [0.9, 0.8, 0.7, 0.3, 0.2, 0.1], labels: labels) == 1)
        #expect(ScoreStatistics.rocAUC(scores: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], labels: labels) == 0.5)
        #expect(ScoreStatistics.truePositiveRate(atFalsePositiveRate: 0.01, scores: [0.9, 0.6, 0.4, 0.5, 0.2, 0.1], labels: labels) == 2.0 / 3)
    }

    @Test("the evaluation report has the keys scripts read")
    func reportKeys() throws {
        let classifier = InjectionClassifier(model: try TinyCorpus.trainer.train(TinyCorpus.dataset))
        let report = InjectionEvaluation.evaluate(classifier, on: TinyCorpus.dataset)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
        for key in ["precision", "recall", "f1", "fpr", "balanced_accuracy", "roc_auc", "tpr_at_1pct_fpr", "per_source", "latency_ms"] {
            #expect(json?[key] != nil, "missing \(key)")
        }
        #expect((json?["latency_ms"] as? [String: Any])?["p99"] != nil)
        #expect(report.perSource.map(\.source) == ["tests/attacks", "tests/benign"])
    }

    @Test("each row's score comes back in the data's order, flagged at the report's threshold")
    func rowScores() throws {
        let classifier = InjectionClassifier(model: try TinyCorpus.trainer.train(TinyCorpus.dataset))
        let report = InjectionEvaluation.evaluate(classifier, on: TinyCorpus.dataset)
        #expect(report.rowScores.map(\.id) == TinyCorpus.dataset.rows.map(\.record.id))
        #expect(report.rowScores.allSatisfy { $0.flagged == ($0.score >= report.threshold) })
        let flaggedAttacks = report.rowScores.filter { $0.flagged && $0.label.isAttack }.count
        #expect(flaggedAttacks == report.counts.truePositives)
        #expect(report.rowScores.map(\.score) == TinyCorpus.dataset.rows.map { classifier.assess($0.record.text).score })
    }

    @Test("leave-one-source-out holds out each source once and averages them")
    func crossSource() throws {
        var rows = TinyCorpus.dataset.rows
        for index in rows.indices where index % 2 == 0 {
            rows[index].group = rows[index].record.label == .benign ? "tests/benign-b" : "tests/attacks-b"
        }
        let report = try CrossSourceEvaluation(trainer: TinyCorpus.trainer, pooledFolds: 2).run(PromptDataset(rows: rows))
        #expect(report.perSource.count == 4)
        let mean = report.perSource.map(\.headline).reduce(0, +) / 4
        #expect(abs(report.meanBalancedAccuracy - mean) < 1e-12)

        #expect(report.heldOutRows.map(\.id) == rows.map(\.record.id))
        for source in report.perSource {
            let held = report.heldOutRows.filter { $0.source == source.source }
            #expect(held.count == source.rows)
            #expect(held.count(where: \.flagged) == Int(((source.fpr ?? 0) * Double(source.benign) + (source.recall ?? 0) * Double(source.attacks)).rounded()))
        }
        let pooled = ScoreStatistics.rocAUC(scores: report.heldOutRows.map(\.score), labels: report.heldOutRows.map(\.label.isAttack))
        #expect(abs(pooled - report.pooledLeaveOneSourceOut.rocAUC) < 1e-12)
        let kFoldScores = report.heldOutRows.compactMap(\.kFoldScore)
        #expect(kFoldScores.count == report.heldOutRows.count)
        let kFold = ScoreStatistics.rocAUC(scores: kFoldScores, labels: report.heldOutRows.map(\.label.isAttack))
        #expect(abs(kFold - report.pooledCrossValidated.rocAUC) < 1e-12)
    }
}

/// A row prepared for training and scoring: its training samples (the row, then for benign
/// rows its sentences; see `TextAnalyzer.trainingFeatures`) and its scoring analysis (what
/// held-out scoring sees), computed once.
struct TrainingExample: Sendable {
    var samples: [FeatureVector]
    var analysis: TextAnalysis
    var label: PromptLabel
    var group: String
    /// The row's language code, or "" where the row names none.
    var language: String

    static func prepare(_ rows: [PromptDataset.Row], settings: FeatureSettings) -> [TrainingExample] {
        let analyzer = TextAnalyzer(settings: settings)
        return rows.map { row in
            TrainingExample(
                samples: analyzer.trainingFeatures(row.record.text, isAttack: row.record.label.isAttack, focus: row.record.injectedText),
                analysis: analyzer.analyze(row.record.text),
                label: row.record.label,
                group: row.group,
                language: row.record.lang ?? ""
            )
        }
    }
}

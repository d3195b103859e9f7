/// A row prepared for training and scoring: features of the whole text (what the model
/// learns from) and its scoring analysis (what held-out scoring sees), computed once.
struct TrainingExample: Sendable {
    var features: FeatureVector
    var analysis: TextAnalysis
    var label: PromptLabel
    var group: String

    static func prepare(_ rows: [PromptDataset.Row], settings: FeatureSettings) -> [TrainingExample] {
        let analyzer = TextAnalyzer(settings: settings)
        return rows.map { row in
            TrainingExample(
                features: analyzer.trainingFeatures(row.record.text, focus: row.record.label.isAttack ? row.record.injectedText : nil),
                analysis: analyzer.analyze(row.record.text),
                label: row.record.label,
                group: row.group
            )
        }
    }
}

import PalisadeCore

/// Scores the secret detectors on labelled rows (`{"text", "label": "secret"|"benign", "type"}`).
///
/// A row is predicted secret when any secret finding is reported. Benign rows with
/// `negative_scope: "rule"` are look-alikes that the named rule must not match: a finding there
/// counts as a false positive, except a hit of a generic detector (keyword assignment) on a row
/// whose named rule is a specific format; those are reported separately
/// (`generic_hits_on_rule_negatives`), as the data's README asks.
public struct SecretEvaluation: Sendable {
    public var detector: any Detector
    /// Rule ids of the data that are themselves generic detectors.
    public var genericRules: Set<String>

    static let genericTypes: Set<String> = [SecretType.genericSecret, SecretType.password]

    public init(detector: any Detector = CompositeDetector.secrets(), genericRules: Set<String> = ["generic-api-key", "keyword"]) {
        self.detector = detector
        self.genericRules = genericRules
    }

    struct Row: Decodable {
        var id: String?
        var text: String
        var label: String
        var type: String?
        var negativeScope: String?

        enum CodingKeys: String, CodingKey {
            case id, text, label, type
            case negativeScope = "negative_scope"
        }
    }

    public typealias Report = EvaluationReport<Counts, Details>

    /// Rows by label, and the row-level confusion matrix behind the rates.
    public struct Counts: Encodable, Sendable {
        public var rows: Int
        public var secretRows: Int
        public var benignRows: Int
        public var bytes: Int
        public var confusion: ConfusionMatrix
    }

    public struct Details: Encodable, Sendable {
        /// Rule-scoped look-alikes hit only by a generic detector; not counted as false positives.
        public var genericHitsOnRuleNegatives: Int
        public var missedIDs: [String]
        public var falsePositiveIDs: [String]

        enum CodingKeys: String, CodingKey {
            case genericHitsOnRuleNegatives = "generic_hits_on_rule_negatives"
            case missedIDs = "missed_ids"
            case falsePositiveIDs = "false_positive_ids"
        }
    }

    public func evaluate(paths: [String]) throws -> Report {
        let rows = try JSONLines.read(Row.self, from: paths)
        var total = ConfusionMatrix()
        var perType: [String: ConfusionMatrix] = [:]
        var bytes = 0
        var seconds = 0.0
        var genericHits = 0
        var missed: [String] = [], falsePositives: [String] = []
        for row in rows {
            bytes += row.text.utf8.count
            let stopwatch = Stopwatch()
            let findings = detector.detect(in: row.text).filter { $0.kind == .secret }
            seconds += stopwatch.seconds
            let actual = row.label == "secret"
            var predicted = !findings.isEmpty
            if !actual, predicted, row.negativeScope == "rule", !genericRules.contains(row.type ?? ""),
               findings.allSatisfy({ Self.genericTypes.contains($0.type) }) {
                genericHits += 1
                predicted = false
            }
            total.record(predicted: predicted, actual: actual)
            perType[row.type ?? "unknown", default: ConfusionMatrix()].record(predicted: predicted, actual: actual)
            if actual, !predicted { missed.append(row.id ?? "") }
            if !actual, predicted { falsePositives.append(row.id ?? "") }
        }
        let counts = Counts(rows: rows.count, secretRows: total.truePositives + total.falseNegatives,
                            benignRows: total.trueNegatives + total.falsePositives, bytes: bytes, confusion: total)
        let details = Details(genericHitsOnRuleNegatives: genericHits, missedIDs: missed, falsePositiveIDs: falsePositives)
        return Report(total: total, perType: perType, counts: counts, bytes: bytes, seconds: seconds, details: details)
    }
}

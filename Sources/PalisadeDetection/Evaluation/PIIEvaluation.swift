import PalisadeCore

/// Scores the PII detectors on span-annotated JSON Lines (`{"text", "spans": [{"start", "end",
/// "type"}]}`, offsets in Unicode scalars, end exclusive).
///
/// Counting: a predicted span is a true positive when it overlaps a not yet matched gold span of
/// the same dataset type (one-to-one, greedy in text order); unmatched predictions are false
/// positives, unmatched gold spans false negatives. Only types annotated in the data count:
/// a finding whose mapped type the data does not annotate is ignored, not a false positive.
/// Palisade types are mapped to dataset labels here (`PIIEvaluation.datasetLabels`), never in
/// the detectors.
public struct PIIEvaluation: Sendable {
    public var detector: any Detector
    /// Palisade type → dataset label.
    public var labels: [String: String]

    public static let datasetLabels: [String: String] = [
        PIIType.email: "EMAIL_ADDRESS", PIIType.phone: "PHONE_NUMBER", PIIType.paymentCard: "CREDIT_CARD", PIIType.iban: "IBAN_CODE",
        PIIType.usSSN: "US_SSN", PIIType.ipAddress: "IP_ADDRESS", PIIType.driverLicense: "US_DRIVER_LICENSE",
        PIIType.date: "DATE_TIME", PIIType.dateOfBirth: "DATE_TIME", PIIType.age: "AGE", PIIType.postalCode: "ZIP_CODE",
        PIIType.streetAddress: "STREET_ADDRESS", PIIType.person: "PERSON", PIIType.title: "TITLE", PIIType.location: "GPE",
        PIIType.organization: "ORGANIZATION", PIIType.nationality: "NRP", PIIType.url: "DOMAIN_NAME",
    ]

    public init(detector: any Detector = CompositeDetector.pii(), labels: [String: String] = PIIEvaluation.datasetLabels) {
        self.detector = detector
        self.labels = labels
    }

    struct Row: Decodable {
        struct Span: Decodable {
            var start: Int
            var end: Int
            var type: String
        }

        var id: String?
        var text: String
        var spans: [Span]
    }

    public typealias Report = EvaluationReport<Counts, Details>

    /// Spans and rows, and the span-level confusion matrix behind the rates (no true negatives).
    public struct Counts: Encodable, Sendable {
        public var rows: Int
        public var goldSpans: Int
        public var predictedSpans: Int
        public var rowsWithoutSpans: Int
        /// Rows without any gold span on which an annotated type was still predicted.
        public var falsePositiveRowsWithoutSpans: Int
        public var bytes: Int
        public var confusion: ConfusionMatrix
    }

    public struct Details: Encodable, Sendable {
        /// How spans are matched, in words.
        public var matching: String
        /// Dataset labels that were scored (the ones the data annotates).
        public var annotatedTypes: [String]
    }

    /// A gold span that was missed or a prediction that matched none, for looking at errors.
    public struct Mistake: Encodable, Sendable {
        public enum Kind: String, Encodable, Sendable {
            case missed
            case falsePositive = "false_positive"
        }

        public var id: String?
        public var kind: Kind
        public var type: String
        public var value: String
        /// Up to 40 characters either side of the span.
        public var context: String
    }

    /// - Parameter mistakes: called with every miss and false positive, in row order.
    public func evaluate(paths: [String], mistakes: ((Mistake) -> Void)? = nil) throws -> Report {
        let rows = try JSONLines.read(Row.self, from: paths)
        let annotated = Set(rows.flatMap { $0.spans.map(\.type) })
        var perType: [String: ConfusionMatrix] = [:]
        var bytes = 0
        var detectionSeconds = 0.0
        var predicted = 0
        var emptyRows = 0, emptyRowsWithFindings = 0
        for row in rows {
            bytes += row.text.utf8.count
            let stopwatch = Stopwatch()
            let findings = detector.detect(in: row.text)
            detectionSeconds += stopwatch.seconds
            let offsets = ScalarOffsets(row.text)
            var predictions: [(range: Range<Int>, label: String)] = []
            for finding in findings {
                guard let label = labels[finding.type], annotated.contains(label) else { continue }
                predictions.append((offsets.scalarRange(finding.utf8Range), label))
            }
            predicted += predictions.count
            if row.spans.isEmpty {
                emptyRows += 1
                if !predictions.isEmpty { emptyRowsWithFindings += 1 }
            }
            var matched = [Bool](repeating: false, count: row.spans.count)
            var unmatched: [(kind: Mistake.Kind, type: String, range: Range<Int>)] = []
            for prediction in predictions {
                let hit = row.spans.indices.first { index in
                    !matched[index] && row.spans[index].type == prediction.label
                        && (row.spans[index].start..<row.spans[index].end).overlaps(prediction.range)
                }
                if let hit {
                    matched[hit] = true
                    perType[prediction.label, default: ConfusionMatrix()].truePositives += 1
                } else {
                    perType[prediction.label, default: ConfusionMatrix()].falsePositives += 1
                    unmatched.append((.falsePositive, prediction.label, prediction.range))
                }
            }
            for (index, span) in row.spans.enumerated() where !matched[index] {
                perType[span.type, default: ConfusionMatrix()].falseNegatives += 1
                unmatched.append((.missed, span.type, span.start..<span.end))
            }
            if let mistakes, !unmatched.isEmpty {
                let scalars = Array(row.text.unicodeScalars)
                for mistake in unmatched {
                    mistakes(Mistake(id: row.id, scalars: scalars, kind: mistake.kind, type: mistake.type, range: mistake.range))
                }
            }
        }
        let total = perType.values.reduce(ConfusionMatrix(), +)
        let counts = Counts(rows: rows.count, goldSpans: total.truePositives + total.falseNegatives, predictedSpans: predicted,
                            rowsWithoutSpans: emptyRows, falsePositiveRowsWithoutSpans: emptyRowsWithFindings, bytes: bytes, confusion: total)
        let details = Details(matching: "span overlap with type match, one-to-one; only annotated types count", annotatedTypes: annotated.sorted())
        return Report(total: total, perType: perType, counts: counts, bytes: bytes, seconds: detectionSeconds, details: details)
    }
}

extension PIIEvaluation.Mistake {
    /// `scalars`: the row's text, in the Unicode scalars that gold offsets count.
    init(id: String?, scalars: [Unicode.Scalar], kind: Kind, type: String, range: Range<Int>) {
        func text(_ range: Range<Int>) -> String {
            let clamped = range.clamped(to: 0..<scalars.count)
            return String(String.UnicodeScalarView(scalars[clamped]))
        }
        self.init(id: id, kind: kind, type: type, value: text(range),
                  context: text(max(0, range.lowerBound - 40)..<min(scalars.count, range.upperBound + 40)))
    }
}

/// Converts UTF-8 byte offsets of a text into Unicode scalar offsets (Python string indices).
struct ScalarOffsets {
    private var scalarIndexOfByte: [Int]

    init(_ text: String) {
        scalarIndexOfByte = []
        scalarIndexOfByte.reserveCapacity(text.utf8.count + 1)
        var scalarIndex = 0
        for scalar in text.unicodeScalars {
            for _ in 0..<UTF8.width(scalar) { scalarIndexOfByte.append(scalarIndex) }
            scalarIndex += 1
        }
        scalarIndexOfByte.append(scalarIndex)
    }

    func scalarRange(_ utf8Range: Range<Int>) -> Range<Int> {
        let lower = scalarIndexOfByte[min(utf8Range.lowerBound, scalarIndexOfByte.count - 1)]
        let upperByte = min(utf8Range.upperBound, scalarIndexOfByte.count - 1)
        // The end byte may fall inside a scalar only for malformed ranges; round up.
        var upper = scalarIndexOfByte[upperByte]
        if upperByte > 0, scalarIndexOfByte[upperByte - 1] == upper, upperByte < scalarIndexOfByte.count - 1 { upper += 1 }
        return lower..<max(upper, lower)
    }
}

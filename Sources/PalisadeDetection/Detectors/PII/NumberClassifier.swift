import PalisadeCore

/// Decides whether one number candidate is a particular kind of personal data. Classifiers are
/// tried in order and the first match wins, so specific formats (IP, date, card) go before
/// loose ones (phone).
protocol NumberClassifier: Sendable {
    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding?
}

/// Runs the number scanner once and asks each classifier about each candidate.
public struct NumericPIIDetector: ByteScanningDetector {
    public let name = "pii.numbers"
    let classifiers: [any NumberClassifier]

    public init() {
        self.init(classifiers: Self.defaultClassifiers)
    }

    init(classifiers: [any NumberClassifier]) {
        self.classifiers = classifiers
    }

    /// First match wins: a postal or age cue decides before phone shapes do (`zip 02139-4307`).
    static let defaultClassifiers: [any NumberClassifier] = [
        IPv4Classifier(), DateClassifier(), USSSNClassifier(), PaymentCardClassifier(),
        NationalNumberClassifier(), ContextualNumberClassifier(), PhoneNumberClassifier(),
    ]

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        NumberScanner.forEachCandidate(in: text) { candidate in
            if let finding = firstMatch(candidate, text) {
                findings.append(finding)
                return
            }
            // A run that is no known format as a whole may hold one in a space-separated part
            // ("zip 94105 1990"); each group is tried alone.
            guard candidate.groups.count > 1 else { return }
            for part in candidate.spaceSeparatedParts(in: text) {
                if let finding = firstMatch(part, text) { findings.append(finding) }
            }
        }
    }

    private func firstMatch(_ candidate: NumberCandidate, _ text: UTF8Text) -> Finding? {
        for classifier in classifiers {
            if let finding = classifier.classify(candidate, in: text) { return finding }
        }
        return nil
    }
}

extension NumberCandidate {
    /// The candidate split at spaces, each part re-measured.
    func spaceSeparatedParts(in text: UTF8Text) -> [NumberCandidate] {
        var parts: [NumberCandidate] = []
        var groupStart = 0
        for index in 0...separators.count where index == separators.count || separators[index] == UInt8(ascii: " ") {
            let partGroups = Array(groups[groupStart...index])
            let partSeparators = Array(separators[groupStart..<index])
            var digits: [Int] = []
            for group in partGroups { for position in group { digits.append(text[position].digitValue) } }
            let plus = groupStart == 0 && leadingPlus
            let lower = plus ? range.lowerBound : partGroups.first!.lowerBound
            parts.append(NumberCandidate(range: lower..<partGroups.last!.upperBound, groups: partGroups, separators: partSeparators, digits: digits, leadingPlus: plus))
            groupStart = index + 1
        }
        return parts.count > 1 ? parts : []
    }

    /// Whether a letter directly follows: `123abc` is an identifier, not a number.
    func isFollowedByLetter(in text: UTF8Text) -> Bool { text.byte(at: range.upperBound).isLetter }
}

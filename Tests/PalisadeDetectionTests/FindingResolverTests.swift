import PalisadeCore
import PalisadeDetection
import Testing

@Suite struct FindingResolverTests {
    private func finding(_ kind: FindingKind, _ type: String, _ range: Range<Int>, confidence: Double = 0.9) -> Finding {
        Finding(kind: kind, type: type, severity: .medium, confidence: confidence, utf8Range: range, evidence: "[x]")
    }

    @Test func overlapsAreSettledBySecretThenConfidenceThenLength() {
        let resolved = FindingResolver.resolve([
            finding(.pii, "PHONE_NUMBER", 10..<22),
            finding(.secret, "GENERIC_SECRET", 14..<40),
            finding(.pii, "PERSON", 50..<60, confidence: 0.5),
            finding(.pii, "LOCATION", 55..<70, confidence: 0.9),
            finding(.pii, "EMAIL_ADDRESS", 80..<90),
            finding(.pii, "DOMAIN_NAME", 80..<100),
        ])
        #expect(resolved.map(\.type) == ["GENERIC_SECRET", "LOCATION", "DOMAIN_NAME"])
    }

    @Test func everyByteIsClaimedOnceInALongChainOfTouchingFindings() {
        // Each finding overlaps the next by one byte: the winners alternate.
        let chain = (0..<5_000).map { finding(.pii, "NUMBER", ($0 * 10)..<($0 * 10 + 11)) }
        let resolved = FindingResolver.resolve(chain.reversed())
        #expect(resolved.count == 2_500)
        #expect(zip(resolved, resolved.dropFirst()).allSatisfy { !$0.utf8Range.overlaps($1.utf8Range) && $0.utf8Range.lowerBound < $1.utf8Range.lowerBound })
    }
}

import PalisadeCore

/// Finds the application's canary token in an answer, ignoring case.
public struct CanaryLeakDetector: Detector {
    public let name = "canary"
    private let canary: [UInt8]

    public init(canary: String) {
        self.canary = Array(canary.lowercased().utf8)
    }

    public func detect(in text: String) -> [Finding] {
        let bytes = Array(text.utf8)
        guard !canary.isEmpty, bytes.count >= canary.count else { return [] }
        var findings: [Finding] = []
        var index = 0
        while index + canary.count <= bytes.count {
            if Self.equalsIgnoringASCIICase(bytes[index..<index + canary.count], canary) {
                findings.append(Finding(
                    kind: .outputLeak, type: PolicyFindingType.canaryLeak, severity: .critical, confidence: 1,
                    utf8Range: index..<index + canary.count, evidence: "the application's canary token"
                ))
                index += canary.count
            } else {
                index += 1
            }
        }
        return findings
    }

    private static func equalsIgnoringASCIICase(_ slice: ArraySlice<UInt8>, _ lowered: [UInt8]) -> Bool {
        zip(slice, lowered).allSatisfy { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }
    }
}

import PalisadeCore
import Synchronization
import Testing

@testable import PalisadeGateway

@Suite("Findings of texts seen before")
struct SegmentFindingsMemoTests {
    private static let longText = String(repeating: "The quarterly report is attached for review. ", count: 8)
    private static let finding = Finding(kind: .pii, type: "EMAIL_ADDRESS", severity: .medium, confidence: 1, utf8Range: 0..<5, evidence: "a***@b")

    /// Counts the scans a memo asks for.
    private final class Scans: Sendable {
        private let count = Mutex(0)
        var total: Int { count.withLock { $0 } }
        func scan() -> [Finding] {
            count.withLock { $0 += 1 }
            return [SegmentFindingsMemoTests.finding]
        }
    }

    private static func key(_ text: String = longText, application: String = "app-1", scan: SegmentFindingsMemo.Scan = .sensitiveData) -> SegmentFindingsMemo.Key {
        SegmentFindingsMemo.Key(application: application, scan: scan, text: text)
    }

    @Test("a long text seen again is not scanned again, and gives the same findings")
    func repeatsAreRemembered() {
        let memo = SegmentFindingsMemo()
        let scans = Scans()
        let first = memo.findings(for: Self.key(), scans.scan)
        let second = memo.findings(for: Self.key(), scans.scan)
        #expect(scans.total == 1)
        #expect(first == second)
        #expect(second == [Self.finding])
    }

    @Test("short texts, other applications, other scans and other roles are scanned on their own")
    func keysKeepApart() {
        let memo = SegmentFindingsMemo()
        let scans = Scans()
        _ = memo.findings(for: Self.key("a short text"), scans.scan)
        _ = memo.findings(for: Self.key("a short text"), scans.scan)
        #expect(scans.total == 2)
        _ = memo.findings(for: Self.key(), scans.scan)
        _ = memo.findings(for: Self.key(application: "app-2"), scans.scan)
        _ = memo.findings(for: Self.key(scan: .injection(.user)), scans.scan)
        _ = memo.findings(for: Self.key(scan: .injection(.tool)), scans.scan)
        #expect(scans.total == 6)
    }

    @Test("memory stays within the budget, and what is still used survives a turnover")
    func boundedMemory() {
        let memo = SegmentFindingsMemo(budgetBytes: 64 * 1024)
        let scans = Scans()
        let kept = Self.key("kept " + Self.longText)
        _ = memo.findings(for: kept, scans.scan)
        for index in 0..<1_000 {
            _ = memo.findings(for: Self.key("\(index) " + Self.longText), scans.scan)
            if index % 20 == 0 { _ = memo.findings(for: kept, scans.scan) }
        }
        // Two generations of at most 32 KiB each; every entry is a text of 360 to 365 bytes
        // with one finding.
        let smallest = SegmentFindingsMemo.cost(textBytes: 360, findings: 1)
        let largest = SegmentFindingsMemo.cost(textBytes: 365, findings: 1)
        #expect(memo.entryCount <= 2 * (32 * 1024 / smallest))
        #expect(memo.entryCount >= 32 * 1024 / largest)
        #expect(scans.total == 1_001)
    }
}

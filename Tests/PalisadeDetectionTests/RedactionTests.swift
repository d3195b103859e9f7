import Foundation
import PalisadeCore
import Testing
@testable import PalisadeDetection

@Suite struct RedactionTests {
    let scope = RedactionScope(applicationID: "app", conversationID: "c1")

    @Test func sameValueGetsSamePlaceholderAcrossTurns() async throws {
        let vault = InMemoryRedactionVault()
        let redactor = Redactor(vault: vault)
        let pipeline = DetectionPipeline()
        let first = "Email ana@example.net and bo@example.net"
        let second = "Did ana@example.net reply?"
        let one = try await redactor.redact(first, findings: pipeline.findings(in: first), in: scope)
        let two = try await redactor.redact(second, findings: pipeline.findings(in: second), in: scope)
        #expect(one.text == "Email [EMAIL_1] and [EMAIL_2]")
        #expect(two.text == "Did [EMAIL_1] reply?")
    }

    @Test func aValueRepeatedInOneTextKeepsOnePlaceholder() async throws {
        let redactor = Redactor(vault: InMemoryRedactionVault())
        let text = "From ana@example.net to bo@example.net, copy ana@example.net"
        let result = try await redactor.redact(text, findings: DetectionPipeline().findings(in: text), in: scope)
        #expect(result.text == "From [EMAIL_1] to [EMAIL_2], copy [EMAIL_1]")
        #expect(result.placeholders == ["[EMAIL_1]", "[EMAIL_2]", "[EMAIL_1]"])
    }

    @Test func scopesDoNotShareValues() async throws {
        let vault = InMemoryRedactionVault()
        _ = try await vault.placeholder(for: "a@b.io", label: "EMAIL", in: scope)
        let other = RedactionScope(applicationID: "app", conversationID: "c2")
        #expect(await vault.entries(in: other).isEmpty)
    }

    @Test func entriesExpire() async throws {
        let start = Date(timeIntervalSince1970: 0)
        let clock = TestClock(start)
        let vault = InMemoryRedactionVault(retention: 60, now: { clock.now })
        _ = try await vault.placeholder(for: "a@b.io", label: "EMAIL", in: scope)
        clock.now = start.addingTimeInterval(61)
        #expect(await vault.entries(in: scope).isEmpty)
    }

    @Test func restorerHandlesPlaceholderSplitAcrossChunks() {
        var restorer = PlaceholderRestorer(values: ["[EMAIL_1]": "ana@example.net"])
        var output = ""
        for chunk in ["Write to [EM", "AIL", "_1] today [", "not a placeholder]"] { output += restorer.restore(chunk) }
        output += restorer.finish()
        #expect(output == "Write to ana@example.net today [not a placeholder]")
    }

    @Test func restorerHoldsBackOnlyAPossiblePlaceholderStart() {
        var restorer = PlaceholderRestorer(values: ["[EMAIL_1]": "x@y.z"])
        #expect(restorer.restore("price [5] and [EMA") == "price [5] and ")
        #expect(restorer.restore("X] done") == "[EMAX] done")
    }
}

/// A settable clock shared with the vault's `now` closure.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}

@Suite struct MaskingSelectionTests {
    @Test func defaultMaskingKeepsLowSeverityContext() {
        let text = "Email ana@example.net about the trip to Lisbon on 2024-06-01"
        let maskable = Redactor.maskable(DetectionPipeline().findings(in: text))
        #expect(maskable.map(\.type) == [PIIType.email])
    }
}

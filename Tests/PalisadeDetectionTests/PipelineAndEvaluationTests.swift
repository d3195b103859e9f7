import Foundation
import PalisadeCore
import PalisadeTestSupport
import Testing
@testable import PalisadeDetection

@Suite final class PipelineAndEvaluationTests {
    private let scratch = TemporaryDirectory("palisade-evaluation")

    @Test func findingsAreTaggedWithWhereTheyWereFound() {
        let exchange = Exchange(operation: .chatCompletions, segments: [
            Segment(role: .system, text: "You are a helpful assistant.", path: "messages[0].content"),
            Segment(role: .tool, text: "owner: lena.berg@example.com", path: "messages[2].content"),
        ])
        let findings = DetectionPipeline().findings(in: exchange, direction: .input)
        #expect(findings.count == 1)
        #expect(findings.first?.role == .tool)
        #expect(findings.first?.direction == .input)
        #expect(findings.first?.path == "messages[2].content")
    }

    @Test func authorizationHeaderValueIsASecret() {
        let found = detected(#"curl -H "Authorization: Bearer 9fK2qLm7Xv3RtY8wZp1Nc4Hb6Jd0Sa5E" https://api.example.com"#)
        #expect(found.contains { $0.type == SecretType.authorizationHeader && $0.value == "9fK2qLm7Xv3RtY8wZp1Nc4Hb6Jd0Sa5E" })
        #expect(detected(#"curl -H "Authorization: Bearer $API_TOKEN""#).filter { $0.type == SecretType.authorizationHeader }.isEmpty)
    }

    @Test func piiEvaluationCountsCodePointOffsets() throws {
        // "Zoë" shifts UTF-8 offsets by one byte; the gold span is in code points.
        let row = #"{"id":"t1","text":"Zoë wrote to ana@example.org","spans":[{"start":13,"end":28,"type":"EMAIL_ADDRESS","value":"ana@example.org"}]}"#
        let report = try PIIEvaluation().evaluate(paths: [try temporaryFile(row)])
        #expect(report.counts.confusion.truePositives == 1)
        #expect(report.counts.confusion.falsePositives == 0)
        #expect(report.f1 == 1)
    }

    @Test func piiEvaluationListsMissesAndFalsePositivesWithContext() throws {
        // Gold marks an address spelled out in words, which no detector reads: the real address is a false positive.
        let row = #"{"id":"t2","text":"Zoë wrote to ana@example.org, not to bo at home","spans":[{"start":37,"end":47,"type":"EMAIL_ADDRESS"}]}"#
        var mistakes: [PIIEvaluation.Mistake] = []
        _ = try PIIEvaluation().evaluate(paths: [try temporaryFile(row)]) { mistakes.append($0) }
        #expect(mistakes.map(\.kind) == [.falsePositive, .missed])
        #expect(mistakes.map(\.value) == ["ana@example.org", "bo at home"])
        #expect(mistakes.map(\.id) == ["t2", "t2"])
        #expect(mistakes[1].context == "Zoë wrote to ana@example.org, not to bo at home")
    }

    @Test func secretEvaluationSetsRuleScopedGenericHitsAside() throws {
        let rows = [
            #"{"id":"s1","text":"token = ghp_R2d2C3poX8wingQ7falconT1eF1ghter9Zk1","label":"secret","type":"github-pat"}"#,
            #"{"id":"b1","text":"password = \"Tr0ub4dor&3x\"","label":"benign","type":"github-pat","negative_scope":"rule"}"#,
            #"{"id":"b2","text":"nothing to see here","label":"benign","type":"github-pat","negative_scope":"rule"}"#,
        ]
        let report = try SecretEvaluation().evaluate(paths: [try temporaryFile(rows.joined(separator: "\n"))])
        #expect(report.recall == 1)
        #expect(report.precision == 1)
        #expect(report.details.genericHitsOnRuleNegatives == 1)
    }

    @Test func evaluationReportsBadRowsWithTheirLine() throws {
        let path = try temporaryFile("{\"id\":\"x\",\"text\":\"a\",\"spans\":[]}\nnot json")
        #expect {
            try PIIEvaluation().evaluate(paths: [path])
        } throws: { error in
            "\(error)".contains(":2:")
        }
    }

    @Test func benchmarkReportsThroughputAndAdversarialTimes() {
        let report = DetectionBenchmark.run(seconds: 0.05, adversarialBytes: 20_000)
        #expect(report.mbPerS > 0)
        #expect(report.microsecondsPer2KBPrompt > 0)
        #expect(report.adversarial.count == AdversarialInputs.all(size: 10).count)
        #expect(Set(report.parts.map(\.name)).isSuperset(of: ["pii.email", "pii.entities", "secrets.assignment", "hidden.invisible"]))
        #expect(report.parts.allSatisfy { $0.microsecondsPer2KBPrompt > 0 })
    }

    private func temporaryFile(_ contents: String) throws -> String {
        let path = scratch.path(UUID().uuidString + ".jsonl")
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

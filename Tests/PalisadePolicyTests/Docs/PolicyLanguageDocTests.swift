import Foundation
import PalisadeCore
import Testing
@testable import PalisadePolicy

/// The language reference must not drift from the language: every YAML block of
/// docs/policy-language.md is a policy that loads, or a test case that passes against the
/// reference's complete example.
@Suite struct PolicyLanguageDocTests {
    struct NoFindings: FindingSource {
        func findings(in segments: [Segment], direction: Direction) -> [Finding] { [] }
    }

    static func yamlBlocks() throws -> [String] {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/policy-language.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
    }

    @Test func everyYAMLBlockValidates() throws {
        let blocks = try Self.yamlBlocks()
        #expect(blocks.count >= 3)
        let example = try PolicyFixtures.load(try #require(blocks.first))
        #expect(example.applicationNames == ["internal-search", "support-bot"])
        for block in blocks {
            if block.hasPrefix("version:") {
                _ = try PolicyFixtures.load(block)
            } else {
                let testCase = try PolicyTestSuite.parse(block, file: "policy-language.md")
                let results = PolicyTestSuite(cases: [testCase]).run(against: example, findings: NoFindings(), canarySecret: Array("docs".utf8))
                #expect(results.flatMap(\.differences) == [])
            }
        }
    }
}

import PalisadeCore
import Testing
@testable import PalisadePolicy

@Suite struct PolicyValidationTests {
    private func only(_ yaml: String) throws -> PolicyProblem {
        let problems = PolicyFixtures.problems(yaml)
        try #require(problems.count == 1, "\(problems)")
        return problems[0]
    }

    @Test func validPolicyLoadsWithItsVersionAsTheFileHash() throws {
        let yaml = "version: 1\ndefault:\n  mode: monitor\n"
        let policies = try PolicyFixtures.load(yaml)
        #expect(policies.version.count == 64)
        #expect(policies.shortVersion == String(policies.version.prefix(12)))
        #expect(try PolicyFixtures.load(yaml + "\n").version != policies.version)
        #expect(policies.defaultPolicy.mode == .monitor)
    }

    @Test func unknownKeySuggestsTheClosestOne() throws {
        let problem = try only("""
        version: 1
        default:
          rules:
            - id: r
              match: { kind: pii, min_scor: 0.5 }
              action: block
        """)
        #expect(problem.line == 5)
        #expect(problem.message.contains("unknown key `min_scor`"))
        #expect(problem.message.contains("did you mean `min_score`"))
    }

    @Test func wrongTypeAndBadEnumValueNameTheLine() {
        let problems = PolicyFixtures.problems("""
        version: 1
        default:
          mode: enforcing
          limits: { max_tokens: lots }
          rules:
            - { id: r, match: { kind: pii }, action: blok }
        """)
        #expect(problems.map(\.line) == [3, 4, 6])
        #expect(problems[0].message.contains("did you mean `enforce`"))
        #expect(problems[1].message.contains("must be a whole number"))
        #expect(problems[2].message.contains("did you mean `block`"))
    }

    @Test func badRegularExpressionIsReportedAtItsItem() throws {
        let problem = try only("""
        version: 1
        default:
          terms:
            patterns:
              - "fine"
              - "(unclosed"
        """)
        #expect(problem.line == 6)
        #expect(problem.message.contains("invalid regular expression `(unclosed`"))
    }

    @Test(arguments: [
        ("match: { min_score: 1.5 }", "scores run from 0 to 1"),
        ("match: { direction: output, roles: [user] }", "output findings always have role `assistant`"),
        ("match: { kind: output_leak, direction: input }", "only occur in output"),
        ("match: { kind: pii, types: [AWS_ACCESS_KEY] }", "belongs to kind `secret`"),
        ("match: { kind: pii, types: [EMAL] }", "did you mean `EMAIL`"),
        ("match: { kind: [] }", "empty list"),
    ])
    func ruleThatCanNeverMatchIsRefused(match: String, message: String) throws {
        let problem = try only("""
        version: 1
        default:
          rules:
            - id: impossible
              \(match)
              action: block
        """)
        #expect(problem.line == 5)
        #expect(problem.message.contains("can never match"))
        #expect(problem.message.contains(message), "\(problem)")
    }

    @Test func contradictingRulesAreRefused() throws {
        let problem = try only("""
        version: 1
        default:
          rules:
            - { id: block-email, match: { kind: pii, types: [EMAIL] }, action: block }
            - { id: allow-email, match: { kind: pii, types: [EMAIL] }, action: allow }
        """)
        #expect(problem.line == 5)
        #expect(problem.message.contains("contradicts rule `block-email` (line 4)"))
    }

    @Test func ruleShadowedByABroaderAllowIsRefused() throws {
        let problem = try only("""
        version: 1
        default:
          rules:
            - { id: allow-pii, match: { kind: pii }, action: allow }
            - { id: redact-email, match: { kind: pii, types: [EMAIL], min_severity: high }, action: redact }
        """)
        #expect(problem.line == 4)
        #expect(problem.message.contains("rule `redact-email` (line 5) can never act"))
    }

    @Test func duplicateRuleIdsAndReservedIds() {
        let problems = PolicyFixtures.problems("""
        version: 1
        default:
          rules:
            - { id: same, match: { kind: pii }, action: flag }
            - { id: same, match: { kind: secret }, action: block }
            - { id: models, match: { kind: secret, min_severity: critical }, action: block }
        """)
        #expect(problems.map(\.line) == [5, 6])
        #expect(problems[0].message.contains("duplicate rule id `same`"))
        #expect(problems[0].message.contains("first defined on line 4"))
        #expect(problems[1].message.contains("reserved"))
    }

    @Test func applicationGivenTwiceIsRefused() throws {
        let problem = try only("""
        version: 1
        default: {}
        applications:
          support-bot: { mode: monitor }
          support-bot: { mode: enforce }
        """)
        #expect(problem.line == 4)
        #expect(problem.message.contains("`support-bot` given twice"))
    }

    @Test func conflictIntroducedByAnApplicationNamesTheApplication() throws {
        let problem = try only("""
        version: 1
        default:
          rules:
            - { id: block-email, match: { kind: pii, types: [EMAIL] }, action: block }
        applications:
          crm:
            rules:
              - { id: flag-email, match: { kind: pii, types: [EMAIL] }, action: flag }
        """)
        #expect(problem.line == 8)
        #expect(problem.message.contains("application `crm`"))
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let problems = PolicyFixtures.problems("""
        version: 2
        default:
          colour: red
          models: { allow: { gpt: 4 } }
        applications:
          a: { mode: sometimes }
        """)
        #expect(problems.count == 4)
        #expect(problems.allSatisfy { $0.file == "policy.yaml" && $0.line != nil })
    }

    @Test func invalidYAMLIsLocated() throws {
        let problem = try only("version: 1\ndefault:\n  rules: [\n")
        #expect(problem.line != nil)
        #expect(problem.message.hasPrefix("invalid YAML"))
    }
}

import Foundation
import PalisadeCore
import PalisadeProviders
import Yams

/// Policy tests kept next to the policy in git and run in CI: every `.yaml`, `.yml` and `.json`
/// file of a directory is one case. A case fails with the differences between the decision
/// expected and the decision reached, so a policy change that breaks an intent is caught before
/// it is deployed.
public struct PolicyTestSuite: Sendable {
    public let cases: [PolicyTestCase]

    public init(cases: [PolicyTestCase]) {
        self.cases = cases
    }

    /// Reads every case file of `directory`, in name order; all unreadable files are reported together.
    public static func load(directory: URL) throws(PolicyTestCaseError) -> PolicyTestSuite {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw PolicyTestCaseError(problems: [PolicyProblem(file: directory.path, message: "cannot list the test directory: \(error.localizedDescription)")])
        }
        var cases: [PolicyTestCase] = []
        var problems: [PolicyProblem] = []
        for name in names.sorted() where ["yaml", "yml", "json"].contains((name as NSString).pathExtension) {
            let url = directory.appendingPathComponent(name)
            do {
                cases.append(try parse(try String(contentsOf: url, encoding: .utf8), file: url.path))
            } catch let error as PolicyTestCaseError {
                problems += error.problems
            } catch {
                problems.append(PolicyProblem(file: url.path, message: "cannot read the test case: \(error.localizedDescription)"))
            }
        }
        guard problems.isEmpty else { throw PolicyTestCaseError(problems: problems) }
        return PolicyTestSuite(cases: cases)
    }

    /// Reads one case from its text.
    public static func parse(_ text: String, file: String) throws(PolicyTestCaseError) -> PolicyTestCase {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PolicyTestCaseError(problems: [PolicyProblem(file: file, message: "invalid YAML or JSON: \(error)")])
        }
        var parser = PolicyTestCaseParser(file: file)
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let root, let testCase = parser.parse(root, defaultName: name) else {
            let problems = parser.reader.problems
            throw PolicyTestCaseError(problems: problems.isEmpty ? [PolicyProblem(file: file, message: "the test case is empty")] : problems)
        }
        return testCase
    }

    /// Runs every case. `canarySecret` derives each application's canary; an answer may write
    /// `{{canary}}` where the model leaks it.
    public func run(against policies: PolicySet, findings source: any FindingSource, canarySecret: [UInt8]) -> [PolicyTestResult] {
        cases.map { run($0, policies: policies, source: source, canarySecret: canarySecret) }
    }

    private func run(_ testCase: PolicyTestCase, policies: PolicySet, source: any FindingSource, canarySecret: [UInt8]) -> PolicyTestResult {
        var result = PolicyTestResult(name: testCase.name, file: testCase.file, differences: [])
        let policy = policies.policy(for: testCase.application)
        let exchange: Exchange
        do {
            exchange = try ExchangeDecoder.decode(testCase.body, operation: testCase.operation)
        } catch {
            result.differences.append("request: \(error.message)")
            return result
        }
        let bodyBytes = testCase.body.encoded().count
        let inputFindings = source.findings(in: exchange.segments, direction: .input) + testCase.inputFindings
        let input: PolicyDecision
        do {
            input = try policy.evaluateInput(exchange, findings: inputFindings, bodyBytes: bodyBytes)
        } catch {
            result.differences.append("input: evaluation failed: \(error)")
            return result
        }
        if let expected = testCase.expectedInput { result.differences += Self.compare(input, expected, label: "input") }

        guard let expected = testCase.expectedOutput else { return result }
        guard !input.blocks else {
            result.differences.append("output: the request was blocked (\(input.errorCode ?? "")), so no answer is evaluated")
            return result
        }
        let canary = policy.usesCanary ? CanaryToken(secret: canarySecret, applicationID: testCase.application ?? "").value : nil
        let text = (testCase.answer ?? "").replacingOccurrences(of: "{{canary}}", with: canary ?? "")
        let segments = [Segment(role: .assistant, text: text, path: "answer")]
        let outputFindings = source.findings(in: segments, direction: .output) + testCase.outputFindings
        do {
            let output = try policy.evaluateOutput(segments: segments, toolCalls: [], findings: outputFindings, request: exchange, canary: canary)
            result.differences += Self.compare(output, expected, label: "output")
        } catch {
            result.differences.append("output: evaluation failed: \(error)")
        }
        return result
    }

    private static func compare(_ decision: PolicyDecision, _ expected: PolicyTestCase.Expectation, label: String) -> [String] {
        var differences: [String] = []
        if let action = expected.action, action != decision.action {
            differences.append("\(label).action: expected \(action.rawValue), got \(decision.action.rawValue)")
        }
        if let rules = expected.rules, Set(rules) != Set(decision.matchedRuleIDs) {
            differences.append("\(label).rules: expected [\(rules.sorted().joined(separator: ", "))], got [\(decision.matchedRuleIDs.sorted().joined(separator: ", "))]")
        }
        if let code = expected.errorCode, code != decision.errorCode {
            differences.append("\(label).error_code: expected \(code ?? "none"), got \(decision.errorCode ?? "none")")
        }
        return differences
    }
}

/// The outcome of one case.
public struct PolicyTestResult: Sendable, Hashable {
    public var name: String
    public var file: String
    /// Expected versus actual, one line per field that differs; empty when the case passed.
    public var differences: [String]

    public var passed: Bool { differences.isEmpty }
}

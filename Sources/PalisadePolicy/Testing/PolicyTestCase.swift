import PalisadeCore
import PalisadeProviders

/// One policy test: a request (and optionally the model's answer) for an application, and the
/// decisions the policy is expected to reach on them.
public struct PolicyTestCase: Sendable {
    public var name: String
    public var file: String
    public var application: String?
    var body: JSONValue
    var operation: APIOperation
    /// Findings added to those of the finding source, to test rules without crafting text
    /// that a detector must recognise.
    var inputFindings: [Finding]
    var answer: String?
    var outputFindings: [Finding]
    var expectedInput: Expectation?
    var expectedOutput: Expectation?

    /// What a decision must look like; fields left out are not compared.
    struct Expectation: Sendable {
        var action: PolicyAction?
        var rules: [String]?
        /// `.some(nil)` expects no error code.
        var errorCode: String??
    }
}

/// A case file that cannot be read, with every problem found in it.
public struct PolicyTestCaseError: Error, Sendable, CustomStringConvertible {
    public var problems: [PolicyProblem]

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

import Crypto
import Foundation
import Yams

/// A validated policy file: the default policy and each application's effective policy, all
/// compiled at load so that looking one up per request is a dictionary access.
public struct PolicySet: Sendable {
    /// SHA-256 (hex) of the file's bytes: which policy a decision came from, traceable to a commit.
    public let version: String
    public let file: String
    public let defaultPolicy: EffectivePolicy
    private let applications: [String: EffectivePolicy]

    /// The first 12 characters of `version`, for display.
    public var shortVersion: String { String(version.prefix(12)) }

    public var applicationNames: [String] { applications.keys.sorted() }

    /// The policy for an application: its overrides if the file has some, else `default`.
    public func policy(for applicationName: String?) -> EffectivePolicy {
        applicationName.flatMap { applications[$0] } ?? defaultPolicy
    }

    public static func load(
        contentsOf url: URL,
        vocabulary: FindingVocabulary = .policyEngine
    ) throws(PolicyValidationError) -> PolicySet {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PolicyValidationError(problems: [PolicyProblem(file: url.path, message: "cannot read the policy file: \(error.localizedDescription)")])
        }
        return try parse(Array(data), file: url.path, vocabulary: vocabulary)
    }

    /// Validates and compiles a policy file's bytes, reporting every problem at once.
    public static func parse(
        _ bytes: [UInt8],
        file: String,
        vocabulary: FindingVocabulary = .policyEngine
    ) throws(PolicyValidationError) -> PolicySet {
        let version = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PolicyValidationError(problems: [PolicyProblem(file: file, message: "the policy file is not valid UTF-8")])
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw PolicyValidationError(problems: [PolicyProblem(file: file, line: 1, message: "the policy file is empty; it must start with `version: 1`")])
            }
            root = composed
        } catch let error as PolicyValidationError {
            throw error
        } catch {
            throw PolicyValidationError(problems: [Self.problem(from: error, file: file)])
        }

        var parser = PolicyFileParser(reader: YAMLNodeReader(file: file), vocabulary: vocabulary)
        let document = parser.parse(root)
        var problems = parser.reader.problems

        let base = document.base
        let baseRules = base.rules ?? []
        problems += RuleConflictChecker.problems(in: baseRules, controlRules: EffectivePolicy.controlRules(base), context: "`default`")
        var applications: [String: EffectivePolicy] = [:]
        for (name, overrides) in document.applications {
            let merged = base.overridden(by: overrides)
            let ownIDs = Set((overrides.rules ?? []).map(\.id) + EffectivePolicy.controlRules(overrides).map(\.id))
            problems += RuleConflictChecker.problems(
                in: merged.rules ?? [], controlRules: EffectivePolicy.controlRules(merged),
                context: "application `\(name)`", involving: ownIDs
            )
            applications[name] = EffectivePolicy(applicationName: name, spec: merged, version: version)
        }
        guard problems.isEmpty else {
            throw PolicyValidationError(problems: problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return PolicySet(
            version: version, file: file,
            defaultPolicy: EffectivePolicy(applicationName: nil, spec: base, version: version),
            applications: applications
        )
    }

    private static func problem(from error: any Error, file: String) -> PolicyProblem {
        switch error {
        case let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _), let YamlError.composer(_, problem, mark, _):
            return PolicyProblem(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return PolicyProblem(file: file, line: context.mark.line, column: context.mark.column, message: "\(keys) given twice in the same mapping; each application, rule list and setting may appear once")
        default:
            return PolicyProblem(file: file, message: "invalid YAML: \(error)")
        }
    }
}

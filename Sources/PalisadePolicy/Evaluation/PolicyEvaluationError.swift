/// Evaluation could not reach a decision. The gateway applies its `failure_mode` (refuse, or
/// forward unchecked) instead of guessing, because a tool call whose arguments cannot be read
/// cannot be said to respect the argument rules.
public enum PolicyEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    case malformedToolArguments(tool: String, reason: String)

    public var description: String {
        switch self {
        case let .malformedToolArguments(tool, reason):
            "The arguments of a call to tool `\(tool)` are not valid JSON, so the policy's argument rules cannot be checked: \(reason)"
        }
    }
}

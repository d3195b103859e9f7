/// One thing wrong with a policy file, located precisely enough to fix it without guessing.
public struct PolicyProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem concerns the whole file (it cannot be read).
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(file):\(line):\(column): \(message)"
        case let (line?, nil): "\(file):\(line): \(message)"
        default: "\(file): \(message)"
        }
    }
}

/// A policy file that cannot be loaded, with every problem found in it (not just the first),
/// so that one edit-validate round fixes them all.
public struct PolicyValidationError: Error, Sendable, CustomStringConvertible {
    public var problems: [PolicyProblem]

    public init(problems: [PolicyProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "The policy has \(count):\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Where a value sits in a policy file, kept past parsing so that checks on the merged policy
/// (contradicting rules) can still point at a line.
struct SourceLocation: Sendable, Hashable {
    var file: String
    var line: Int
    var column: Int

    func problem(_ message: String) -> PolicyProblem {
        PolicyProblem(file: file, line: line, column: column, message: message)
    }
}

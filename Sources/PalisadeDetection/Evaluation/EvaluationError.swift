/// Why an evaluation could not run; messages name the file and line to fix.
public enum EvaluationError: Error, CustomStringConvertible, Sendable {
    case unreadableFile(path: String, reason: String)
    case invalidRow(path: String, line: Int, reason: String)
    case noRows(paths: [String])

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason): "cannot read \(path): \(reason)"
        case let .invalidRow(path, line, reason): "\(path):\(line): not a valid evaluation row (\(reason))"
        case let .noRows(paths): "no rows in \(paths.joined(separator: ", ")); expected JSON Lines as described in eval/README.md"
        }
    }
}

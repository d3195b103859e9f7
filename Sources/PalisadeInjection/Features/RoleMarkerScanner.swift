/// Finds the tokens chat templates and agent frameworks use to separate roles (`<|im_start|>`,
/// `[INST]`, `system:`, `### Instruction`). In text a user or a document supplies they are
/// forgeries: an attempt to make the model believe a new, more authoritative turn begins.
struct RoleMarkerScanner: Sendable {
    private static let patterns = [
        "<|", "|>", "[inst]", "[/inst]", "<<sys>>", "<</sys>>", "</s>", "<s>", "im_start", "im_end",
        "system:", "system :", "assistant:", "user:", "human:", "ai:", "developer:", "admin:", "[system", "<system",
        "(system", "{system", "### instruction", "### system", "### response", "## instruction", "system message",
        "system note", "system prompt:", "end of prompt", "end of input", "end of document", "end of text",
        "new instructions:", "instructions:", "[admin", "[developer", "<instructions", "[end", "[begin",
    ]

    private let byFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]]

    init() {
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for pattern in Self.patterns {
            let scalars = Array(pattern.unicodeScalars)
            table[scalars[0], default: []].append(scalars)
        }
        byFirstScalar = table
    }

    func positions(in scalars: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        for position in scalars.indices {
            guard let candidates = byFirstScalar[scalars[position]] else { continue }
            for pattern in candidates where Self.matches(pattern, scalars, at: position) {
                found.append(position)
                break
            }
        }
        return found
    }

    private static func matches(_ pattern: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + pattern.count <= scalars.count else { return false }
        // "user:" inside "superuser:" or "ai:" inside "thai:" is no marker: require a word start.
        if ScriptClass.isWord(pattern[0]), position > 0, ScriptClass.isWord(scalars[position - 1]) { return false }
        for (k, scalar) in pattern.enumerated() where scalars[position + k] != scalar { return false }
        return true
    }
}

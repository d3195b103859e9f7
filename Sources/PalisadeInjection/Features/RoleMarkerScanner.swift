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

    /// Patterns by their first (ASCII) scalar.
    private let byFirstScalar: [[[Unicode.Scalar]]]

    init() {
        var table = [[[Unicode.Scalar]]](repeating: [], count: 128)
        for pattern in Self.patterns {
            let scalars = Array(pattern.unicodeScalars)
            table[Int(scalars[0].value)].append(scalars)
        }
        byFirstScalar = table
    }

    func positions(in scalars: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        for position in scalars.indices {
            let value = Int(scalars[position].value)
            guard value < 128, Self.startsPattern(value) else { continue }
            // "user:" inside "superuser:" or "ai:" inside "thai:" is no marker: require a word start.
            if ScriptClass.isWord(scalars[position]), position > 0, ScriptClass.isWord(scalars[position - 1]) { continue }
            let candidates = byFirstScalar[value]
            for pattern in candidates where Self.matches(pattern, scalars, at: position) {
                found.append(position)
                break
            }
        }
        return found
    }

    /// The first scalars of all patterns, as a bit set over ASCII: most positions fail this
    /// test and are skipped without touching the table.
    private static let firstScalars: (UInt64, UInt64) = patterns.reduce((0, 0)) { bits, pattern in
        let value = Int(pattern.unicodeScalars.first!.value)
        return value < 64 ? (bits.0 | 1 << UInt64(value), bits.1) : (bits.0, bits.1 | 1 << UInt64(value - 64))
    }

    private static func startsPattern(_ value: Int) -> Bool {
        value < 64 ? firstScalars.0 & (1 << UInt64(value)) != 0 : firstScalars.1 & (1 << UInt64(value - 64)) != 0
    }

    private static func matches(_ pattern: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + pattern.count <= scalars.count else { return false }
        for (k, scalar) in pattern.enumerated() where scalars[position + k] != scalar { return false }
        return true
    }
}

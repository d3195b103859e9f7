/// Puts original values back into an answer that arrives in chunks. Text is passed on as soon
/// as it cannot be part of a placeholder; only a trailing piece that is still the beginning of a
/// known placeholder (`[EMA` at a chunk end) is held back until the next chunk decides it.
public struct PlaceholderRestorer: Sendable {
    private let values: [String: String]
    /// Every proper prefix of every placeholder, to tell in O(1) whether a tail may still grow
    /// into one.
    private let prefixes: Set<String>
    private let longest: Int
    private var pending = ""

    /// - Parameter values: placeholder → original value, as from `RedactionVault.entries(in:)`.
    public init(values: [String: String]) {
        self.values = values
        var prefixes: Set<String> = []
        for placeholder in values.keys {
            var prefix = ""
            for character in placeholder.dropLast() {
                prefix.append(character)
                prefixes.insert(prefix)
            }
        }
        self.prefixes = prefixes
        self.longest = values.keys.map(\.count).max() ?? 0
    }

    /// Restores what can be restored of `chunk` (after what was held back) and returns it.
    public mutating func restore(_ chunk: String) -> String {
        guard !values.isEmpty else { return chunk }
        let text = pending + chunk
        pending = ""
        let restored = replaceComplete(in: text)
        // Hold back the longest tail starting at `[` that is a proper prefix of a placeholder.
        var holdFrom: String.Index?
        var index = restored.endIndex
        var scanned = 0
        while index > restored.startIndex, scanned < longest {
            index = restored.index(before: index)
            scanned += 1
            if restored[index] == "[", prefixes.contains(String(restored[index...])) { holdFrom = index }
        }
        guard let holdFrom else { return restored }
        pending = String(restored[holdFrom...])
        return String(restored[..<holdFrom])
    }

    /// Returns whatever is still held back at the end of the stream.
    public mutating func finish() -> String {
        defer { pending = "" }
        return pending
    }

    /// Restores a complete, non-streamed text.
    public func restoreAll(_ text: String) -> String {
        values.isEmpty ? text : replaceComplete(in: text)
    }

    private func replaceComplete(in text: String) -> String {
        guard text.contains("[") else { return text }
        var output = ""
        var cursor = text.startIndex
        while let open = text[cursor...].firstIndex(of: "[") {
            output += text[cursor..<open]
            if let close = text[open...].prefix(longest).firstIndex(of: "]"),
               let value = values[String(text[open...close])] {
                output += value
                cursor = text.index(after: close)
            } else {
                output.append("[")
                cursor = text.index(after: open)
            }
        }
        output += text[cursor...]
        return output
    }
}

import Foundation

/// Prints a report as the JSON scripts read: pretty, keys sorted, slashes unescaped, ISO 8601 dates.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Writes one compact JSON object per line (JSON Lines), keys sorted.
    static func writeLines(_ rows: [some Encodable], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let lines = try rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
    }
}

import Foundation

/// Prompt rows read from JSON Lines files, each remembered with the file it came from.
public struct PromptDataset: Sendable {
    public struct Row: Sendable, Hashable {
        public var record: PromptRecord
        public var file: String
        /// `PromptRecord.sourceGroup`, resolved against the file name.
        public var group: String

        public init(record: PromptRecord, file: String) {
            self.record = record
            self.file = file
            self.group = record.sourceGroup(fallback: file)
        }
    }

    public var rows: [Row]

    public init(rows: [Row] = []) {
        self.rows = rows
    }

    public var records: [PromptRecord] { rows.map(\.record) }

    /// Reads every file in order. Blank lines are skipped; any other unreadable line is an error
    /// that names the file and line.
    public static func load(_ files: [URL]) throws -> PromptDataset {
        var dataset = PromptDataset()
        let decoder = JSONDecoder()
        for file in files {
            let data: Data
            do {
                data = try Data(contentsOf: file)
            } catch {
                throw PromptDatasetError.unreadableFile(path: file.path, reason: "\(error)")
            }
            let name = file.lastPathComponent
            for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                do {
                    let record = try decoder.decode(PromptRecord.self, from: Data(line))
                    dataset.rows.append(Row(record: record, file: name))
                } catch {
                    throw PromptDatasetError.invalidRow(path: file.path, line: index + 1, reason: Self.describe(error))
                }
            }
        }
        return dataset
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "not valid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "field \(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type; label must be injection, jailbreak or benign"
        default: "\(error)"
        }
    }
}

public enum PromptDatasetError: Error, Hashable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case invalidRow(path: String, line: Int, reason: String)
    case noTrainingRows(String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "cannot read \(path): \(reason)"
        case .invalidRow(let path, let line, let reason):
            "\(path):\(line): \(reason); expected {\"id\",\"text\",\"label\":\"injection\"|\"jailbreak\"|\"benign\",\"source\"}"
        case .noTrainingRows(let detail):
            "cannot train: \(detail); pass JSONL files with both attack (injection or jailbreak) and benign rows"
        }
    }
}

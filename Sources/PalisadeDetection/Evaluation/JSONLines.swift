import Foundation
import PalisadeCore

/// Reads JSON Lines files row by row into `Decodable` values.
enum JSONLines {
    static func read<Row: Decodable>(_ type: Row.Type, from paths: [String]) throws -> [Row] {
        var rows: [Row] = []
        let decoder = JSONDecoder()
        for path in paths {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw EvaluationError.unreadableFile(path: path, reason: error.localizedDescription)
            }
            var lineNumber = 0
            for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                guard line.contains(where: { !$0.isSpace }) else { continue }
                do {
                    rows.append(try decoder.decode(Row.self, from: Data(line)))
                } catch {
                    throw EvaluationError.invalidRow(path: path, line: lineNumber, reason: "\(error)")
                }
            }
        }
        guard !rows.isEmpty else { throw EvaluationError.noRows(paths: paths) }
        return rows
    }
}

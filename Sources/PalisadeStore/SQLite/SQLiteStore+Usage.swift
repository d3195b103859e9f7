import Foundation
import GRDB
import PalisadeCore

extension SQLiteStore {
    public func recordedUsage(since start: Date) async throws(StoreError) -> [RecordedUsage] {
        try await read { db in
            // GRDB stores dates as UTC `yyyy-MM-dd HH:mm:ss.SSS` text: the first ten characters are the day.
            let rows = try Row.fetchAll(db, sql: """
                SELECT application_id, key_id, model, substr(started_at, 1, 10) AS day,
                       SUM(input_tokens) AS input, SUM(output_tokens) AS output
                FROM exchange
                WHERE started_at >= ? AND application_id IS NOT NULL AND model IS NOT NULL
                GROUP BY application_id, key_id, model, day
                """, arguments: [start])
            return rows.compactMap { row in
                guard let day = Self.utcDay(row["day"]) else { return nil }
                return RecordedUsage(
                    applicationID: row["application_id"], keyID: row["key_id"], model: row["model"], day: day,
                    usage: TokenUsage(input: row["input"], output: row["output"])
                )
            }
        }
    }

    private static func utcDay(_ text: String?) -> Date? {
        guard let text else { return nil }
        return try? Date("\(text)T00:00:00Z", strategy: .iso8601)
    }
}

import Foundation
import GRDB
import PalisadeCore

/// Maps `ExchangeRecord` to and from the `exchange` table.
enum ExchangeRow {
    static let insertSQL = """
        INSERT INTO exchange (id, started_at, application_id, key_id, end_user, session, client_ip, provider, operation,
            model, stream, status, error_code, input_tokens, output_tokens, tokens_estimated, latency_ms, ttft_ms, findings)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(for record: ExchangeRecord) -> StatementArguments {
        let findings = (try? StreamingJSONEncoder().encode(record.findings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let values: [(any DatabaseValueConvertible)?] = [
            record.id, record.startedAt, record.applicationID, record.keyID, record.endUser, record.session,
            record.clientIP, record.provider?.rawValue, record.operation?.rawValue, record.model, record.stream,
            record.status, record.errorCode, record.usage.input, record.usage.output, record.usage.estimated,
            record.latencyMs, record.timeToFirstTokenMs, findings,
        ]
        return StatementArguments(values)
    }

    static func record(_ row: Row) -> ExchangeRecord {
        let findingsJSON: String = row["findings"]
        let findings = (try? JSONDecoder().decode([Finding].self, from: Data(findingsJSON.utf8))) ?? []
        return ExchangeRecord(
            id: row["id"],
            startedAt: row["started_at"],
            applicationID: row["application_id"],
            keyID: row["key_id"],
            endUser: row["end_user"],
            session: row["session"],
            clientIP: row["client_ip"],
            provider: (row["provider"] as String?).flatMap(Provider.init(rawValue:)),
            operation: (row["operation"] as String?).flatMap(APIOperation.init(rawValue:)),
            model: row["model"],
            stream: row["stream"],
            status: row["status"],
            errorCode: row["error_code"],
            usage: TokenUsage(input: row["input_tokens"], output: row["output_tokens"], estimated: row["tokens_estimated"]),
            latencyMs: row["latency_ms"],
            timeToFirstTokenMs: row["ttft_ms"],
            findings: findings
        )
    }
}

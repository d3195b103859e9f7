import Foundation
import GRDB

/// One `audit_event` row, as written by the log and as read back by the verifier and readers.
struct EventRow: Sendable {
    var sequence: Int64
    var id: String
    var columns: SearchColumns
    var metadata: Data
    var payload: SealedPayload?
    var previousHash: Data
    var eventHash: Data

    static let insertSQL = """
        INSERT INTO audit_event (sequence, id, time, application_id, application_name, key_id, end_user, session, client_ip,
            model, status, finding_kinds, decision_actions, metadata, payload, payload_key_id, payload_nonce, previous_hash, event_hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    var arguments: StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [
            sequence, id, columns.time, columns.applicationID, columns.applicationName, columns.keyID, columns.endUser,
            columns.session, columns.clientIP, columns.model, columns.status, columns.findingKinds, columns.decisionActions,
            String(decoding: metadata, as: UTF8.self), payload?.ciphertext, payload?.keyID, payload?.nonce, previousHash, eventHash,
        ]
        return StatementArguments(values)
    }

    init(sequence: Int64, id: String, columns: SearchColumns, metadata: Data, payload: SealedPayload?, previousHash: Data, eventHash: Data) {
        self.sequence = sequence
        self.id = id
        self.columns = columns
        self.metadata = metadata
        self.payload = payload
        self.previousHash = previousHash
        self.eventHash = eventHash
    }

    init(_ row: Row) {
        sequence = row["sequence"]
        id = row["id"]
        columns = SearchColumns(
            time: row["time"], applicationID: row["application_id"], applicationName: row["application_name"], keyID: row["key_id"],
            endUser: row["end_user"], session: row["session"], clientIP: row["client_ip"], model: row["model"], status: row["status"],
            findingKinds: row["finding_kinds"], decisionActions: row["decision_actions"]
        )
        let metadataText: String = row["metadata"]
        metadata = Data(metadataText.utf8)
        if let ciphertext: Data = row["payload"] {
            payload = SealedPayload(keyID: row["payload_key_id"] ?? "", nonce: row["payload_nonce"] ?? Data(), ciphertext: ciphertext)
        }
        previousHash = row["previous_hash"] ?? Data()
        eventHash = row["event_hash"] ?? Data()
    }

    var recomputedHash: Data {
        EventHash.compute(sequence: sequence, id: id, previousHash: previousHash, metadata: metadata, payload: payload)
    }
}

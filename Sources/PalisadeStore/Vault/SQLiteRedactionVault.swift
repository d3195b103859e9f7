import Crypto
import Foundation
import GRDB
import PalisadeDetection

/// Placeholder ↔ value pairs, persistent per application and conversation, encrypted at rest.
///
/// Values are sealed with AES-GCM, bound to their scope and placeholder as associated data, so a
/// ciphertext copied to another row does not decrypt. An existing pair is found by a keyed
/// HMAC of the value instead of by decrypting every entry. Entries expire `retention` after
/// their last use.
public final class SQLiteRedactionVault: RedactionVault {
    private let database: DatabasePool
    private let key: VaultKey
    private let retention: TimeInterval

    init(database: DatabasePool, key: VaultKey, retention: TimeInterval) {
        self.database = database
        self.key = key
        self.retention = retention
    }

    public func placeholder(for value: String, label: String, in scope: RedactionScope) async throws -> String {
        let digest = self.digest(value, scope: scope)
        let now = Date()
        let expires = now.addingTimeInterval(retention)
        let key = self.key
        return try await database.write { db in
            try db.execute(
                sql: "DELETE FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND expires_at <= ?",
                arguments: [scope.applicationID, scope.conversationID, now]
            )
            if let existing = try String.fetchOne(
                db,
                sql: "SELECT placeholder FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND value_digest = ?",
                arguments: [scope.applicationID, scope.conversationID, digest]
            ) {
                try db.execute(
                    sql: "UPDATE redaction_entry SET expires_at = ? WHERE application_id = ? AND conversation_id = ? AND value_digest = ?",
                    arguments: [expires, scope.applicationID, scope.conversationID, digest]
                )
                return existing
            }
            let number = try Int.fetchOne(
                db,
                sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND label = ?",
                arguments: [scope.applicationID, scope.conversationID, label]
            ) ?? 1
            let placeholder = "[\(label)_\(number)]"
            let sealed = try AES.GCM.seal(Data(value.utf8), using: key.key, authenticating: Self.context(scope, placeholder)).combined ?? Data()
            try db.execute(
                sql: """
                    INSERT INTO redaction_entry (application_id, conversation_id, label, number, placeholder, value_digest, ciphertext, key_id, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [scope.applicationID, scope.conversationID, label, number, placeholder, digest, sealed, key.id, expires]
            )
            return placeholder
        }
    }

    public func entries(in scope: RedactionScope) async throws -> [String: String] {
        let rows = try await database.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT placeholder, ciphertext FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND key_id = ? AND expires_at > ?",
                arguments: [scope.applicationID, scope.conversationID, key.id, Date()]
            )
        }
        var entries: [String: String] = [:]
        for row in rows {
            let placeholder: String = row["placeholder"]
            let sealed: Data = row["ciphertext"]
            let box = try AES.GCM.SealedBox(combined: sealed)
            let value = try AES.GCM.open(box, using: key.key, authenticating: Self.context(scope, placeholder))
            entries[placeholder] = String(decoding: value, as: UTF8.self)
        }
        return entries
    }

    private func digest(_ value: String, scope: RedactionScope) -> String {
        var mac = HMAC<SHA256>(key: key.key)
        mac.update(data: Data(Self.context(scope, value)))
        return Data(mac.finalize()).base64EncodedString()
    }

    private static func context(_ scope: RedactionScope, _ item: String) -> Data {
        Data("\(scope.applicationID)\u{0}\(scope.conversationID)\u{0}\(item)".utf8)
    }
}

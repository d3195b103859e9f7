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

    public func placeholders(for values: [RedactionValue], in scope: RedactionScope) async throws -> [String] {
        guard !values.isEmpty else { return [] }
        let digests = values.map { digest($0.value, scope: scope) }
        let now = Date()
        let expires = now.addingTimeInterval(retention)
        let key = self.key
        // One transaction for the whole text: expired pairs are dropped once, and each label's
        // highest number is read once, however many values the text holds.
        return try await database.write { db in
            try db.execute(
                sql: "DELETE FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND expires_at <= ?",
                arguments: [scope.applicationID, scope.conversationID, now]
            )
            // Prepared once for the whole text rather than parsed again for every value.
            let select = try db.cachedStatement(
                sql: "SELECT placeholder FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND value_digest = ?"
            )
            let touch = try db.cachedStatement(
                sql: "UPDATE redaction_entry SET expires_at = ? WHERE application_id = ? AND conversation_id = ? AND value_digest = ?"
            )
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO redaction_entry (application_id, conversation_id, label, number, placeholder, value_digest, ciphertext, key_id, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            )
            var assigned: [String: String] = [:]
            var lastNumber: [String: Int] = [:]
            var placeholders: [String] = []
            placeholders.reserveCapacity(values.count)
            for (item, digest) in zip(values, digests) {
                if let placeholder = assigned[digest] {
                    placeholders.append(placeholder)
                    continue
                }
                if let existing = try String.fetchOne(select, arguments: [scope.applicationID, scope.conversationID, digest]) {
                    try touch.execute(arguments: [expires, scope.applicationID, scope.conversationID, digest])
                    assigned[digest] = existing
                    placeholders.append(existing)
                    continue
                }
                let previous = try lastNumber[item.label] ?? Int.fetchOne(
                    db,
                    sql: "SELECT COALESCE(MAX(number), 0) FROM redaction_entry WHERE application_id = ? AND conversation_id = ? AND label = ?",
                    arguments: [scope.applicationID, scope.conversationID, item.label]
                ) ?? 0
                let number = previous + 1
                lastNumber[item.label] = number
                let placeholder = "[\(item.label)_\(number)]"
                let sealed = try AES.GCM.seal(Data(item.value.utf8), using: key.key, authenticating: Self.context(scope, placeholder)).combined ?? Data()
                try insert.execute(arguments: [scope.applicationID, scope.conversationID, item.label, number, placeholder, digest, sealed, key.id, expires])
                assigned[digest] = placeholder
                placeholders.append(placeholder)
            }
            return placeholders
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

import GRDB

/// The audit database's schema, as ordered migrations.
///
/// `sequence` is deliberately not a unique key: the hash chain, not a constraint anyone with
/// write access could drop, is what guarantees one event per position, and a duplicated
/// position must stay visible to the verifier rather than be refused silently.
enum AuditSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: audit events and checkpoints") { db in
            try db.execute(
                sql: """
                    CREATE TABLE audit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE audit_event (
                        sequence INTEGER NOT NULL,
                        id TEXT NOT NULL UNIQUE,
                        time INTEGER NOT NULL,
                        application_id TEXT,
                        application_name TEXT,
                        key_id TEXT,
                        end_user TEXT,
                        session TEXT,
                        client_ip TEXT,
                        model TEXT,
                        status INTEGER NOT NULL,
                        finding_kinds TEXT NOT NULL,
                        decision_actions TEXT NOT NULL,
                        metadata TEXT NOT NULL,
                        payload BLOB,
                        payload_key_id TEXT,
                        payload_nonce BLOB,
                        previous_hash BLOB NOT NULL,
                        event_hash BLOB NOT NULL
                    );
                    CREATE INDEX audit_event_by_sequence ON audit_event(sequence);
                    CREATE INDEX audit_event_by_time ON audit_event(time);
                    CREATE INDEX audit_event_by_application ON audit_event(application_id, time);
                    CREATE INDEX audit_event_by_session ON audit_event(session, time);
                    CREATE INDEX audit_event_by_end_user ON audit_event(end_user, time);
                    CREATE TABLE audit_checkpoint (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        chain_id TEXT NOT NULL,
                        last_sequence INTEGER NOT NULL,
                        last_hash BLOB NOT NULL,
                        event_count INTEGER NOT NULL,
                        created_at INTEGER NOT NULL,
                        purged_first INTEGER,
                        purged_last INTEGER,
                        purged_count INTEGER,
                        last_purged_hash BLOB,
                        signer_key_id TEXT NOT NULL,
                        signature BLOB NOT NULL
                    );
                    """
            )
        }
        return migrator
    }
}

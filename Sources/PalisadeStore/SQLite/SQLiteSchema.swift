import GRDB

/// The schema, as an ordered list of migrations: a database made by any earlier version is
/// brought forward on open, never rebuilt.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: applications, keys, exchanges") { db in
            try db.execute(
                sql: """
                    CREATE TABLE application (
                        id TEXT PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        created_at DATETIME NOT NULL
                    );
                    CREATE TABLE application_key (
                        id TEXT PRIMARY KEY,
                        application_id TEXT NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                        hash TEXT NOT NULL UNIQUE,
                        display_prefix TEXT NOT NULL,
                        created_at DATETIME NOT NULL,
                        expires_at DATETIME,
                        revoked_at DATETIME
                    );
                    CREATE TABLE exchange (
                        id TEXT PRIMARY KEY,
                        started_at DATETIME NOT NULL,
                        application_id TEXT,
                        key_id TEXT,
                        end_user TEXT,
                        session TEXT,
                        client_ip TEXT,
                        provider TEXT,
                        operation TEXT,
                        model TEXT,
                        stream BOOLEAN NOT NULL,
                        status INTEGER NOT NULL,
                        error_code TEXT,
                        input_tokens INTEGER NOT NULL,
                        output_tokens INTEGER NOT NULL,
                        tokens_estimated BOOLEAN NOT NULL,
                        latency_ms DOUBLE NOT NULL,
                        ttft_ms DOUBLE,
                        findings TEXT NOT NULL
                    );
                    CREATE INDEX exchange_by_application ON exchange(application_id, started_at);
                    CREATE INDEX exchange_by_time ON exchange(started_at);
                    CREATE TABLE health (checked_at DATETIME);
                    INSERT INTO health VALUES (NULL);
                    """
            )
        }
        migrator.registerMigration("v2: redaction vault") { db in
            try db.execute(
                sql: """
                    CREATE TABLE redaction_entry (
                        application_id TEXT NOT NULL,
                        conversation_id TEXT NOT NULL,
                        label TEXT NOT NULL,
                        number INTEGER NOT NULL,
                        placeholder TEXT NOT NULL,
                        value_digest TEXT NOT NULL,
                        ciphertext BLOB NOT NULL,
                        key_id TEXT NOT NULL,
                        expires_at DATETIME NOT NULL,
                        PRIMARY KEY (application_id, conversation_id, value_digest)
                    );
                    CREATE INDEX redaction_entry_by_expiry ON redaction_entry(expires_at);
                    """
            )
        }
        migrator.registerMigration("v3: key lifecycle and limits, admin tokens, blocks") { db in
            try db.execute(
                sql: """
                    ALTER TABLE application_key ADD COLUMN revoked_reason TEXT;
                    ALTER TABLE application_key ADD COLUMN limits TEXT NOT NULL DEFAULT '{}';
                    ALTER TABLE application_key ADD COLUMN allowed_models TEXT NOT NULL DEFAULT '[]';
                    CREATE INDEX application_key_by_application ON application_key(application_id, created_at);
                    CREATE TABLE admin_token (
                        id TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        role TEXT NOT NULL,
                        hash TEXT NOT NULL UNIQUE,
                        display_prefix TEXT NOT NULL,
                        created_at DATETIME NOT NULL,
                        revoked_at DATETIME
                    );
                    CREATE TABLE block (
                        id TEXT PRIMARY KEY,
                        kind TEXT NOT NULL,
                        value TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        created_by TEXT NOT NULL,
                        created_at DATETIME NOT NULL,
                        expires_at DATETIME,
                        lifted_at DATETIME,
                        lifted_by TEXT
                    );
                    CREATE INDEX block_active ON block(lifted_at, expires_at);
                    """
            )
        }
        return migrator
    }
}

import Crypto
import Foundation
import GRDB
import Logging
import PalisadeAudit
import PalisadeCore
import PalisadeTestSupport

/// A scratch data directory with keys, and helpers to fill and tamper with its audit log.
struct AuditFixture {
    private let scratch = TemporaryDirectory("palisade-audit")
    var directory: String { scratch.path }
    let keyring: AuditKeyring
    let signingKey: AuditSigningKey

    init(keyring: AuditKeyring = AuditKeyring(current: AuditKey(key: SymmetricKey(size: .bits256)))) {
        self.keyring = keyring
        signingKey = AuditSigningKey(privateKey: Curve25519.Signing.PrivateKey())
    }

    var databasePath: String { directory + "/audit.sqlite" }

    func openDatabase() throws -> AuditDatabase { try AuditDatabase(directory: directory) }

    /// Runs `body` with a running log, then closes it and waits until everything is written.
    func withLog<T: Sendable>(
        keyring: AuditKeyring? = nil, configuration: AuditLogConfiguration = AuditLogConfiguration(),
        _ body: @Sendable (AuditLog) async throws -> T
    ) async throws -> T {
        let log = AuditLog(
            database: try openDatabase(), keyring: keyring ?? self.keyring, signingKey: signingKey,
            configuration: configuration, logger: Logger(label: "audit-test")
        )
        return try await withThrowingTaskGroup { group in
            group.addTask { await log.run() }
            let result: Result<T, any Error>
            do {
                result = .success(try await body(log))
            } catch {
                result = .failure(error)
            }
            log.close()
            try await group.waitForAll()
            return try result.get()
        }
    }

    /// Appends `count` numbered events one after another.
    func fill(_ count: Int, configuration: AuditLogConfiguration = AuditLogConfiguration()) async throws {
        try await withLog(configuration: configuration) { log in
            for index in 0..<count { try await log.append(Self.entry(index)) }
        }
    }

    func verify() throws -> AuditVerificationReport {
        try AuditVerifier.verify(databasePath: databasePath, publicKey: signingKey.publicKey, keyring: keyring)
    }

    /// Raw SQL on the file, as an attacker with write access would do it.
    func tamper(_ change: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: databasePath)
        try queue.write { db in try change(db) }
    }

    func eventID(atSequence sequence: Int) throws -> String {
        try DatabaseQueue(path: databasePath).read { db in
            try String.fetchOne(db, sql: "SELECT id FROM audit_event WHERE sequence = ?", arguments: [sequence]) ?? ""
        }
    }

    static func entry(
        _ index: Int, session: String? = nil, applicationID: String = "app_a", endUser: String = "alice",
        findings: [Finding] = [], decisions: [AuditDecision] = [], request: String? = nil, captureMode: CaptureMode = .full,
        startedAt: Date? = nil
    ) -> AuditEntry {
        let requestBody = Data((request ?? "request \(index) from the application").utf8)
        return AuditEntry(
            record: ExchangeRecord(
                id: "ex-\(index)", startedAt: startedAt ?? Date(timeIntervalSince1970: 1_760_000_000 + Double(index)),
                applicationID: applicationID, keyID: "key_1", endUser: endUser, session: session ?? "session-\(index)",
                clientIP: "192.0.2.7", provider: .openai, operation: .chatCompletions, model: "gpt-4o-mini", status: 200,
                latencyMs: 12, findings: findings
            ),
            applicationName: "support-bot", costUSD: 0.001, decisions: decisions,
            payloads: AuditPayloads(
                applicationRequest: requestBody,
                providerRequest: Data("masked request \(index)".utf8),
                providerResponse: Data("provider answer \(index)".utf8),
                applicationResponse: Data("restored answer \(index)".utf8)
            ),
            captureMode: captureMode
        )
    }
}

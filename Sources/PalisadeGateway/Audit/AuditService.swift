import Foundation
import Logging
import PalisadeAudit
import ServiceLifecycle

/// Runs the audit log's writer beside the server and purges events past their retention. It
/// stops after the server, so the last answers' events are written and the chain is sealed
/// with a final checkpoint before the process exits.
struct AuditService: Service {
    let log: AuditLog
    let retention: Duration?
    let logger: Logger

    /// Opens (or creates) the audit database and its keys under the configuration's paths.
    /// Fails at start-up, naming the file, when a key is missing, unreadable or too open, when the
    /// key would not read the events already sealed (a lost or replaced `audit.key`: no new key
    /// is made then), or when the database cannot be opened: the gateway never writes an
    /// unverifiable chain.
    static func open(_ settings: AuditSettings, dataDirectory: String, logger: Logger) throws -> AuditLog {
        let directory = dataDirectory as NSString
        let keyFile = settings.keyFile ?? directory.appendingPathComponent("audit.key")
        let database = try AuditDatabase(directory: dataDirectory)
        let sealedWith = try database.newestSealingKeyID()
        let keyGiven = ProcessInfo.processInfo.environment[AuditKeyring.environmentVariable] != nil || FileManager.default.fileExists(atPath: keyFile)
        if let sealedWith, !keyGiven { throw AuditError.sealingKeyMissing(keyID: sealedWith, keyFile: keyFile) }
        let keyring = try AuditKeyring.load(keyFile: keyFile, retiredDirectory: directory.appendingPathComponent("audit-keys-retired"))
        if let sealedWith, !keyring.holds(keyID: sealedWith) { throw AuditError.sealingKeyMissing(keyID: sealedWith, keyFile: keyFile) }
        let signingKey = try AuditSigningKey.load(
            file: settings.signingKeyFile ?? directory.appendingPathComponent("audit-signing.key"),
            publicKeyFile: directory.appendingPathComponent("audit-signing.pub")
        )
        let configuration = AuditLogConfiguration(checkpointEvery: settings.checkpointEvery, checkpointInterval: settings.checkpointInterval)
        return AuditLog(database: database, keyring: keyring, signingKey: signingKey, configuration: configuration, logger: logger)
    }

    func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await log.run() }
            group.addTask { await purgeExpired() }
            try? await gracefulShutdown()
            log.close()
        }
    }

    /// Once an hour, events older than the retention go, with a signed record of the purge.
    private func purgeExpired() async {
        guard let retention else { return }
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let cutoff = Date().addingTimeInterval(-Double(retention.components.seconds))
            do {
                let purged = try await log.purge(olderThan: cutoff)
                if purged > 0 { logger.notice("Audit events purged past retention", metadata: ["count": "\(purged)"]) }
            } catch {
                logger.error("Audit purge failed", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}

import Crypto
import Foundation
import Logging
import PalisadeCore

/// Measures how many exchanges per second the audit log stores, in a scratch database with
/// realistic entries (two findings, four bodies of about 600 bytes, full capture).
public enum AuditBenchmark {
    public struct Figures: Sendable, Encodable, CustomStringConvertible {
        public var entries: Int
        public var concurrency: Int
        /// `append`: each caller waits for its commit.
        public var durableEventsPerSecond: Double
        /// `appendAsync` until everything queued is committed.
        public var asyncEventsPerSecond: Double
        /// Events per second of process CPU time (all threads), durable and async: what the
        /// wall-clock figures would approach per core on an otherwise idle machine.
        public var durableEventsPerCPUSecond: Double
        public var asyncEventsPerCPUSecond: Double
        /// Full verification of the durable run's database.
        public var verifiedEventsPerSecond: Double

        public var description: String {
            """
            audit log, \(entries) entries, \(concurrency) concurrent callers
              durable (append):     \(Int(durableEventsPerSecond)) events/s, \(Int(durableEventsPerCPUSecond)) per CPU-second
              async (appendAsync):  \(Int(asyncEventsPerSecond)) events/s, \(Int(asyncEventsPerCPUSecond)) per CPU-second
              verification:         \(Int(verifiedEventsPerSecond)) events/s
            """
        }
    }

    public static func run(entries: Int, concurrency: Int) async throws -> Figures {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("palisade-audit-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let keyring = AuditKeyring(current: AuditKey(key: SymmetricKey(size: .bits256)))
        let signingKey = AuditSigningKey(privateKey: Curve25519.Signing.PrivateKey())
        let callers = max(1, concurrency)

        let durablePath = directory + "/durable.sqlite"
        let durable = try await measure(path: durablePath, keyring: keyring, signingKey: signingKey) { log in
            try await withThrowingDiscardingTaskGroup { group in
                for caller in 0..<callers {
                    group.addTask {
                        for index in stride(from: caller, to: entries, by: callers) {
                            try await log.append(entry(index))
                        }
                    }
                }
            }
        }
        let asynchronous = try await measure(path: directory + "/async.sqlite", keyring: keyring, signingKey: signingKey) { log in
            await withDiscardingTaskGroup { group in
                for caller in 0..<callers {
                    group.addTask {
                        for index in stride(from: caller, to: entries, by: callers) {
                            // A full queue is back-pressure here; the gateway would drop instead.
                            while !log.appendAsync(entry(index)) { await Task.yield() }
                        }
                    }
                }
            }
        }
        let verifyStart = ContinuousClock.now
        _ = try await AuditVerifier.verify(databasePath: durablePath, publicKey: signingKey.publicKey)
        let verifySeconds = seconds(ContinuousClock.now - verifyStart)
        return Figures(
            entries: entries, concurrency: callers,
            durableEventsPerSecond: Double(entries) / durable.wall,
            asyncEventsPerSecond: Double(entries) / asynchronous.wall,
            durableEventsPerCPUSecond: Double(entries) / durable.cpu,
            asyncEventsPerCPUSecond: Double(entries) / asynchronous.cpu,
            verifiedEventsPerSecond: Double(entries) / verifySeconds
        )
    }

    /// Wall and process CPU seconds from the first append until `run()` has written everything.
    private static func measure(
        path: String, keyring: AuditKeyring, signingKey: AuditSigningKey, load: @escaping @Sendable (AuditLog) async throws -> Void
    ) async throws -> (wall: Double, cpu: Double) {
        let log = AuditLog(database: try AuditDatabase(path: path), keyring: keyring, signingKey: signingKey, logger: Logger(label: "audit-bench"))
        let start = ContinuousClock.now
        let cpuStart = processCPUSeconds()
        try await withThrowingTaskGroup { group in
            group.addTask { await log.run() }
            try await load(log)
            log.close()
            try await group.waitForAll()
        }
        return (seconds(ContinuousClock.now - start), processCPUSeconds() - cpuStart)
    }

    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static let body = Data(String(repeating: "The quarterly report for account 4411 is attached; summarise it. ", count: 9).utf8)

    static func entry(_ index: Int) -> AuditEntry {
        let record = ExchangeRecord(
            id: "bench-\(index)", startedAt: Date(timeIntervalSince1970: 1_750_000_000 + Double(index) / 1000),
            applicationID: "app_\(index % 8)", keyID: "key_\(index % 16)", endUser: "user-\(index % 100)", session: "session-\(index % 500)",
            clientIP: "10.0.\(index % 250).\(index % 200)", provider: .openai, operation: .chatCompletions, model: "gpt-4o-mini",
            status: 200, usage: TokenUsage(input: 120, output: 80), latencyMs: 42,
            findings: [
                Finding(kind: .pii, type: "EMAIL_ADDRESS", severity: .medium, confidence: 0.99, utf8Range: 10..<30, evidence: "j***@example.org", role: .user, direction: .input, path: "messages[1].content"),
                Finding(kind: .injection, type: "INSTRUCTION_OVERRIDE", severity: .high, confidence: 0.8, utf8Range: 0..<40, evidence: "ignore previous…", role: .tool, direction: .input, path: "messages[2].content"),
            ]
        )
        return AuditEntry(
            record: record, applicationName: "app-\(index % 8)", costUSD: 0.0004,
            decisions: [AuditDecision(ruleID: "mask-pii", action: "mask", enforcement: .enforced, policyVersion: "7")],
            payloads: AuditPayloads(applicationRequest: body, providerRequest: body, providerResponse: body, applicationResponse: body),
            captureMode: .full
        )
    }
}

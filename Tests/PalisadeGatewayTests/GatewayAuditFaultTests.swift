import Foundation
import NIOHTTP1
import PalisadeAudit
import PalisadeBench
import PalisadeGateway
import PalisadeTestSupport
import Testing

/// The audit database failing under a running gateway: another process holds its write lock
/// past the busy timeout, as a stuck backup or a full disk would make every commit fail.
@Suite struct GatewayAuditFaultTests {
    private static func audit(of endpoints: LocalDeployment.Endpoints) throws -> AuditLog {
        try #require(endpoints.gateway.audit)
    }

    @Test func failClosedRefusesAnswersThatCannotBeAuditedAndRecovers() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in configuration.failureMode = .closed }) { endpoints in
            let audit = try Self.audit(of: endpoints)
            #expect(try await endpoints.send("/v1/chat/completions", body: Bodies.chat).status == 200)

            let lock = try SQLiteWriteLock(path: audit.database.path)
            let refused = try await endpoints.send("/v1/chat/completions", body: Bodies.chat)
            lock.release()
            #expect(refused.status == 503)
            #expect(refused.json?["error", "code"] as? String == "audit_unavailable")
            #expect(!audit.isHealthy)

            var statuses: [Int] = []
            for _ in 0..<3 where statuses.last != 200 {
                statuses.append(try await endpoints.send("/v1/chat/completions", body: Bodies.chat).status)
            }
            #expect(statuses.last == 200, "traffic resumes once the database can be written: \(statuses)")
            #expect(audit.isHealthy)
            #expect(try await audit.verify().isIntact)
        }
    }

    @Test func failOpenAnswersAndCountsTheEventsItCouldNotWrite() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in configuration.failureMode = .open }) { endpoints in
            let audit = try Self.audit(of: endpoints)
            let lock = try SQLiteWriteLock(path: audit.database.path)
            let answered = try await endpoints.send("/v1/chat/completions", body: Bodies.chat)
            lock.release()
            #expect(answered.status == 200)
            let metrics = try await endpoints.metrics()
            #expect(metrics.contains("palisade_audit_write_failures_total 1"))

            #expect(try await endpoints.send("/v1/chat/completions", body: Bodies.chat).status == 200)
            #expect(audit.isHealthy)
            #expect(try await audit.verify().isIntact)
        }
    }
}

import Foundation
import Logging
import PalisadeAudit
import PalisadeCore
import PalisadeTelemetry
import Tracing

/// Where every finished exchange goes, whichever way it ended (refused, answered, streamed,
/// cut off), so that the record, the audit event and the trace can never disagree about what
/// happened.
struct ExchangeCompletion: Sendable {
    let recorder: ExchangeRecorder
    let tracing: ExchangeTracing
    let audit: AuditLog?
    let admission: AdmissionGate
    let telemetry: GatewayTelemetry
    let logger: Logger

    /// Returns once the audit event is durable, unless the application's audit durability is
    /// `async`. Throws only when it could not be written; the caller applies `failure_mode`.
    func complete(_ draft: ExchangeDraft, span: any Span, responseModel: String? = nil) async throws(AuditError) {
        let cost = admission.settle(draft.admission, model: responseModel ?? draft.record.model, usage: draft.record.usage)
        recorder.record(draft.record)
        tracing.finish(span, record: draft.record, responseModel: responseModel)
        let costUSD = cost.map { NSDecimalNumber(decimal: $0).doubleValue }
        telemetry.observe(draft, costUSD: costUSD)
        guard let audit else { return }
        let entry = AuditEntry(
            record: draft.record,
            applicationName: draft.applicationName,
            costUSD: costUSD,
            decisions: draft.record.decisions.flatMap(Self.auditDecisions),
            payloads: draft.payloads,
            captureMode: CaptureMode(rawValue: draft.capture.rawValue) ?? .masked
        )
        switch draft.durability {
        case .durable:
            do {
                try await audit.append(entry)
            } catch {
                telemetry.metrics.recordAuditWriteFailure()
                throw error
            }
        case .async:
            if !audit.appendAsync(entry) {
                logger.error("Audit queue full; event dropped", metadata: ["exchange": "\(draft.id)"])
            }
        }
    }

    /// One audit decision per rule that matched; a decision that matched nothing is an allow.
    static func auditDecisions(_ decision: PolicyDecision) -> [AuditDecision] {
        let enforcement: AuditDecision.Enforcement = decision.mode == .enforce ? .enforced : .monitor
        guard !decision.matches.isEmpty else {
            return [AuditDecision(ruleID: "-", action: decision.action.rawValue, enforcement: enforcement, reason: "no rule matched", policyVersion: decision.policyVersion)]
        }
        return decision.matches.map {
            AuditDecision(ruleID: $0.ruleID, action: $0.action.rawValue, enforcement: enforcement, reason: $0.reason, policyVersion: decision.policyVersion)
        }
    }
}

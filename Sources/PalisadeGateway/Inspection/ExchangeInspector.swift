import Foundation
import PalisadeCore
import PalisadeDetection
import PalisadeInjection
import PalisadeProviders

/// Runs the detectors over everything that crosses the gateway and, for applications that ask
/// for it, masks personal data and secrets before a request leaves and restores them in the
/// answer, so the provider never sees the values and the caller never sees the placeholders.
struct ExchangeInspector: Sendable {
    let pipeline: DetectionPipeline
    let injection: InjectionDetector
    let redactor: Redactor

    /// Injection is looked for in what callers and third parties wrote; the system prompt is the
    /// application's own instructions and would only produce false alarms.
    static let injectionRoles: Set<SegmentRole> = [.user, .tool, .retrieved]

    /// Kinds whose values are replaced by placeholders: hidden content and injections are
    /// reported, not masked, because masking them would hide the evidence.
    static let maskedKinds: Set<FindingKind> = [.pii, .secret]

    struct Request: Sendable {
        var findings: [Finding]
        /// The body to forward when masking changed it; `nil` to forward the original bytes.
        var maskedBody: Data?
    }

    func inspect(_ exchange: Exchange, body: JSONValue?, maskIn scope: RedactionScope?) async throws -> Request {
        let findings = findings(in: exchange)
        guard let scope, var json = body else { return Request(findings: findings) }
        let maskable = Dictionary(grouping: Redactor.maskable(findings.filter { Self.maskedKinds.contains($0.kind) })) { $0.path ?? "" }
        var changed = false
        for segment in exchange.segments {
            guard let segmentFindings = maskable[segment.path], let path = JSONPath(segment.path),
                  json[path: path]?.stringValue == segment.text else { continue }
            let masked = try await redactor.redact(segment.text, findings: segmentFindings, in: scope)
            changed = json.replace(at: path, with: .string(masked.text)) || changed
        }
        return Request(findings: findings, maskedBody: changed ? json.encoded() : nil)
    }

    /// Sensitive data in every segment, and injection attempts in those written by others.
    func findings(in exchange: Exchange) -> [Finding] {
        var findings = pipeline.findings(in: exchange, direction: .input)
        for segment in exchange.segments where Self.injectionRoles.contains(segment.role) {
            for var finding in injection.detect(in: segment) {
                finding.direction = .input
                finding.evidence = pipeline.masking(finding.evidence)
                findings.append(finding)
            }
        }
        return findings
    }

    /// Findings in a complete answer, and the answer with placeholders restored when `restorer`
    /// is given and there was something to restore.
    func inspect(answer summary: ResponseSummary, body: JSONValue, restorer: PlaceholderRestorer?) -> (findings: [Finding], restoredBody: Data?) {
        let findings = summary.segments.flatMap { pipeline.findings(in: $0, direction: .output) }
        guard let restorer else { return (findings, nil) }
        let restored = body.restoringTexts(with: restorer)
        return (findings, restored == body ? nil : restored.encoded())
    }

    /// Findings in a streamed answer, once it is complete.
    func inspect(streamed transcript: StreamTranscript) -> [Finding] {
        transcript.segments.flatMap { pipeline.findings(in: $0, direction: .output) }
    }

    func restorer(for scope: RedactionScope) async throws -> PlaceholderRestorer? {
        let values = try await redactor.vault.entries(in: scope)
        return values.isEmpty ? nil : PlaceholderRestorer(values: values)
    }
}

extension JSONValue {
    /// Every string restored: answers carry text under many keys (`content`, `text`, `output_text`).
    func restoringTexts(with restorer: PlaceholderRestorer) -> JSONValue {
        switch self {
        case .string(let text): .string(restorer.restoreAll(text))
        case .array(let elements): .array(elements.map { $0.restoringTexts(with: restorer) })
        case .object(let members): .object(members.mapValues { $0.restoringTexts(with: restorer) })
        case .null, .bool, .number: self
        }
    }
}

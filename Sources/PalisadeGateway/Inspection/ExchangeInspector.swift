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
    let memo = SegmentFindingsMemo()

    /// Injection is looked for in what callers and third parties wrote; the system prompt is the
    /// application's own instructions and would only produce false alarms.
    static let injectionRoles: Set<SegmentRole> = [.user, .tool, .retrieved]

    /// Kinds whose values are replaced by placeholders: hidden content and injections are
    /// reported, not masked, because masking them would hide the evidence.
    static let maskedKinds: Set<FindingKind> = [.pii, .secret]

    /// Masks `findings` in the request body, each in the segment it was found in; `nil` when
    /// nothing changed. Placeholders are kept in `scope` so the answer can be restored.
    func mask(_ findings: [Finding], of exchange: Exchange, in body: JSONValue, scope: RedactionScope) async throws -> JSONValue? {
        let bySegment = Dictionary(grouping: Redactor.maskable(findings)) { $0.path ?? "" }
        var json = body
        var changed = false
        for segment in exchange.segments {
            guard let segmentFindings = bySegment[segment.path], let path = JSONPath(segment.path),
                  json[path: path]?.stringValue == segment.text else { continue }
            let masked = try await redactor.redact(segment.text, findings: segmentFindings, in: scope)
            changed = json.replace(at: path, with: .string(masked.text)) || changed
        }
        guard changed else { return nil }
        return json
    }

    /// Sensitive data in every segment, and injection attempts in those written by others.
    /// Texts the application sent recently (its system prompt, the conversation so far) are not
    /// scanned again.
    func findings(in exchange: Exchange, application: String) -> [Finding] {
        var findings: [Finding] = []
        for segment in exchange.segments {
            let key = SegmentFindingsMemo.Key(application: application, scan: .sensitiveData, text: segment.text)
            findings += memo.findings(for: key) { pipeline.findings(in: segment.text) }.map { $0.located(in: segment, direction: .input) }
        }
        for segment in exchange.segments where Self.injectionRoles.contains(segment.role) {
            let key = SegmentFindingsMemo.Key(application: application, scan: .injection(segment.role), text: segment.text)
            let found = memo.findings(for: key) {
                injection.findings(in: segment.text, role: segment.role).map { finding in
                    var masked = finding
                    masked.evidence = pipeline.masking(finding.evidence)
                    return masked
                }
            }
            findings += found.map { $0.located(in: segment, direction: .input) }
        }
        return findings
    }

    /// Findings in a complete answer.
    func findings(in answer: ResponseSummary) -> [Finding] {
        answer.segments.flatMap { pipeline.findings(in: $0, direction: .output) }
    }

    /// The answer with placeholders restored; `nil` when there was nothing to restore.
    func restore(_ body: JSONValue, with restorer: PlaceholderRestorer) -> Data? {
        let restored = body.restoringTexts(with: restorer)
        return restored == body ? nil : restored.encoded()
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

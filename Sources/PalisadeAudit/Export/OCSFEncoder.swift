import Foundation
import PalisadeCore

/// Writes findings as OCSF 1.9 events: sensitive data (`pii`, `secret`) as Data Security
/// Findings (class 2006), everything else (injection, jailbreak, policy, hidden content, output
/// leaks) as Detection Findings (class 2004). Shared by the audit export and the SIEM sinks.
public struct OCSFEncoder: Sendable {
    public static let schemaVersion = "1.9.0"
    private let productVersion: String?

    public init(productVersion: String? = nil) {
        self.productVersion = productVersion
    }

    /// One finding of an exchange as one OCSF JSON object (no trailing newline). `index`, the
    /// finding's position in `record.findings`, makes its `finding_info.uid` unique.
    public func encode(
        _ finding: Finding, index: Int, of record: ExchangeRecord, applicationName: String?, attestation: OCSFAttestation? = nil
    ) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(event(finding, index: index, of: record, applicationName: applicationName, attestation: attestation))
    }

    private func event(_ finding: Finding, index: Int, of record: ExchangeRecord, applicationName: String?, attestation: OCSFAttestation?) -> OCSFFindingEvent {
        let findingClass = FindingClass(finding.kind)
        let severity = Self.severity(finding.severity)
        let place = [finding.role?.rawValue, finding.direction?.rawValue].compactMap { $0 }.joined(separator: " ")
        let title = "\(findingClass.titlePrefix(finding.kind)): \(finding.type)"
        return OCSFFindingEvent(
            classUID: findingClass.uid,
            className: findingClass.name,
            categoryUID: 2,
            categoryName: "Findings",
            activityID: 1,
            activityName: "Create",
            typeUID: findingClass.uid * 100 + 1,
            typeName: "\(findingClass.name): Create",
            severityID: severity.id,
            severity: severity.name,
            statusID: 1,
            status: "New",
            isAlert: finding.severity >= .high,
            confidenceScore: Int((finding.confidence * 100).rounded()),
            time: Int64((record.startedAt.timeIntervalSince1970 * 1000).rounded()),
            message: [title, place.isEmpty ? nil : "in \(place)", finding.path.map { "at \($0)" }].compactMap { $0 }.joined(separator: " "),
            metadata: .init(
                version: Self.schemaVersion,
                uid: "\(record.id)/\(index)",
                correlationUID: record.id,
                product: .init(name: "Palisade", vendorName: "Palisade", version: productVersion),
                profiles: attestation == nil ? nil : ["record_integrity"]
            ),
            findingInfo: .init(uid: "\(record.id)/\(index)", title: title, types: [finding.kind.rawValue, finding.type], desc: finding.evidence),
            actor: .init(
                user: record.endUser.map { .init(uid: $0) },
                appName: applicationName,
                appUID: record.applicationID,
                session: record.session.map { .init(uid: $0) }
            ),
            resources: resources(record, applicationName: applicationName),
            srcEndpoint: record.clientIP.map { .init(ip: $0) },
            attestationList: attestation.map { [$0.object] },
            unmapped: .init(
                provider: record.provider?.rawValue, operation: record.operation?.rawValue, model: record.model, status: record.status,
                role: finding.role?.rawValue, direction: finding.direction?.rawValue, path: finding.path
            )
        )
    }

    private func resources(_ record: ExchangeRecord, applicationName: String?) -> [OCSFFindingEvent.Resource]? {
        var resources: [OCSFFindingEvent.Resource] = []
        if record.applicationID != nil || applicationName != nil {
            resources.append(.init(type: "AI Application", uid: record.applicationID, name: applicationName))
        }
        if let model = record.model { resources.append(.init(type: "AI Model", uid: nil, name: model)) }
        return resources.isEmpty ? nil : resources
    }

    private static func severity(_ severity: Severity) -> (id: Int, name: String) {
        switch severity {
        case .info: (1, "Informational")
        case .low: (2, "Low")
        case .medium: (3, "Medium")
        case .high: (4, "High")
        case .critical: (5, "Critical")
        }
    }

    private enum FindingClass {
        case dataSecurity
        case detection

        init(_ kind: FindingKind) {
            switch kind {
            case .pii, .secret: self = .dataSecurity
            case .injection, .jailbreak, .policy, .hiddenContent, .outputLeak: self = .detection
            }
        }

        var uid: Int { self == .dataSecurity ? 2006 : 2004 }
        var name: String { self == .dataSecurity ? "Data Security Finding" : "Detection Finding" }

        func titlePrefix(_ kind: FindingKind) -> String {
            switch kind {
            case .pii: "Personal data"
            case .secret: "Secret"
            case .injection: "Prompt injection"
            case .jailbreak: "Jailbreak attempt"
            case .policy: "Policy violation"
            case .hiddenContent: "Hidden content"
            case .outputLeak: "Output leak"
            }
        }
    }
}

/// The Record Integrity profile's `attestation` for a finding taken from an audit event: the
/// event's place in the hash chain. The fingerprint is the audit event's SHA-256 under
/// Palisade's canonical encoding (docs/audit-threat-model.md), checkable against the database;
/// signatures live in the signed checkpoints rather than on each event.
public struct OCSFAttestation: Sendable, Hashable {
    public var chainID: String
    public var sequence: Int64
    public var eventHash: String
    public var previousEventID: String?
    public var previousHash: String
    /// The id of the checkpoint signing key.
    public var authorityUID: String?

    public init(chainID: String, sequence: Int64, eventHash: String, previousEventID: String?, previousHash: String, authorityUID: String?) {
        self.chainID = chainID
        self.sequence = sequence
        self.eventHash = eventHash
        self.previousEventID = previousEventID
        self.previousHash = previousHash
        self.authorityUID = authorityUID
    }

    var object: OCSFFindingEvent.Attestation {
        .init(
            uid: "\(chainID):\(sequence)",
            chainUID: chainID,
            authorityUID: authorityUID,
            fingerprint: .init(value: eventHash),
            prevEvent: .init(uid: previousEventID, fingerprint: .init(value: previousHash))
        )
    }
}

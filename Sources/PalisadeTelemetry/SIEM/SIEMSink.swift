/// The transports a SIEM sink uses; a closed set so that it can label a metric.
public enum SIEMSinkKind: String, Sendable, Codable, CaseIterable {
    case webhook
    case syslog
}

/// Somewhere security events go. Events arrive already encoded (one JSON document each, OCSF
/// from the audit module); a sink only frames and transports them.
public protocol SIEMSink: Sendable {
    var kind: SIEMSinkKind { get }
    /// Delivers one batch, in order; throws if the receiver did not accept all of it.
    func deliver(_ events: [[UInt8]]) async throws
}

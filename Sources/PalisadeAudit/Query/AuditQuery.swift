import Foundation
import PalisadeCore

/// What an investigation looks for. Every set field narrows the result; `text` searches the
/// decrypted bodies and so needs `readPayloads`.
public struct AuditQuery: Sendable, Hashable {
    public var from: Date?
    public var to: Date?
    public var applicationID: String?
    public var keyID: String?
    public var endUser: String?
    public var session: String?
    public var clientIP: String?
    public var model: String?
    public var findingKind: FindingKind?
    public var decisionAction: String?
    /// Case-insensitive text searched in the decrypted payloads of the events that match the
    /// other fields.
    public var text: String?
    /// Decrypt payloads and return them with each event; the caller decides who may.
    public var readPayloads: Bool
    public var limit: Int
    /// The `nextCursor` of the previous page.
    public var cursor: String?

    public init(
        from: Date? = nil, to: Date? = nil, applicationID: String? = nil, keyID: String? = nil, endUser: String? = nil,
        session: String? = nil, clientIP: String? = nil, model: String? = nil, findingKind: FindingKind? = nil,
        decisionAction: String? = nil, text: String? = nil, readPayloads: Bool = false, limit: Int = 50, cursor: String? = nil
    ) {
        self.from = from
        self.to = to
        self.applicationID = applicationID
        self.keyID = keyID
        self.endUser = endUser
        self.session = session
        self.clientIP = clientIP
        self.model = model
        self.findingKind = findingKind
        self.decisionAction = decisionAction
        self.text = text
        self.readPayloads = readPayloads
        self.limit = limit
        self.cursor = cursor
    }
}

/// One page of events, newest first.
public struct AuditPage: Sendable, Hashable {
    public var events: [AuditEvent]
    /// Pass as `cursor` to get the next page; nil on the last page.
    public var nextCursor: String?
}

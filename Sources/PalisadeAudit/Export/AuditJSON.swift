import Foundation

/// Audit events as JSON wherever they leave the log (export lines, CLI output, admin API
/// answers) in one shape, so a script written against one reads the others: snake-case keys,
/// times in milliseconds, payloads in base64.
public enum AuditJSON {
    public static func encode(_ event: AuditEvent, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(JSONLine(event))
    }

    /// `{"events": […], "next_cursor": …}`, newest first as searched.
    public static func encode(_ page: AuditPage, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(Page(events: page.events.map(JSONLine.init), nextCursor: page.nextCursor))
    }

    /// `{"session": …, "events": […]}`, in the order the turns happened.
    public static func encode(session: String, events: [AuditEvent], pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(Conversation(session: session, events: events.map(JSONLine.init)))
    }

    public static func encode(_ report: AuditVerificationReport, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(report)
    }

    static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }

    private struct Page: Encodable {
        var events: [JSONLine]
        var nextCursor: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(events, forKey: .events)
            // Explicit null: a script pages until it reads null rather than until a key is absent.
            try container.encode(nextCursor, forKey: .nextCursor)
        }

        enum CodingKeys: String, CodingKey {
            case events, nextCursor
        }
    }

    private struct Conversation: Encodable {
        var session: String
        var events: [JSONLine]
    }
}

extension AuditVerificationReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case intact, chainID, eventsVerified, checkpointsVerified, firstSequence, lastSequence, lastCheckpointedSequence, problem
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isIntact, forKey: .intact)
        try container.encode(chainID, forKey: .chainID)
        try container.encode(eventsVerified, forKey: .eventsVerified)
        try container.encode(checkpointsVerified, forKey: .checkpointsVerified)
        try container.encode(firstSequence, forKey: .firstSequence)
        try container.encode(lastSequence, forKey: .lastSequence)
        try container.encode(lastCheckpointedSequence, forKey: .lastCheckpointedSequence)
        try container.encode(problem, forKey: .problem)
    }
}

extension AuditIntegrityProblem: Encodable {
    private enum CodingKeys: String, CodingKey {
        case kind, sequence, eventID, detail, message
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(eventID, forKey: .eventID)
        try container.encode(detail, forKey: .detail)
        try container.encode(description, forKey: .message)
    }
}

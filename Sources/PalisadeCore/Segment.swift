/// Who put a piece of text into the conversation. Detectors and policies treat `tool` and
/// `retrieved` content as untrusted: it was written by a third party, not by the caller.
public enum SegmentRole: String, Sendable, Codable, CaseIterable {
    case system
    case user
    case assistant
    case tool
    case retrieved
}

/// Whether text travels to the model (`input`) or comes back from it (`output`).
public enum Direction: String, Sendable, Codable, CaseIterable {
    case input
    case output
}

/// One piece of text of an exchange, with the role of its author and where it sits in the
/// provider's JSON, so that a finding can name the exact place (`messages[3].content[0].text`).
public struct Segment: Sendable, Hashable, Codable {
    public var role: SegmentRole
    public var text: String
    public var path: String

    public init(role: SegmentRole, text: String, path: String) {
        self.role = role
        self.text = text
        self.path = path
    }
}

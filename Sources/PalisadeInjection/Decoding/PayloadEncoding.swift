/// How a hidden payload was encoded in the text it was found in.
public enum PayloadEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case base64
    case hex
    case url
    case rot13
}

/// Text recovered from an encoded run, with the UTF-8 range of the run in the text it came from.
struct DecodedPayload: Sendable, Hashable {
    var encoding: PayloadEncoding
    var text: String
    var utf8Range: Range<Int>
}

import Foundation

/// A JSON document as plain values. Provider bodies are decoded into this rather than into fixed
/// structs so that fields Palisade does not know survive a decode-modify-encode round trip.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var intValue: Int? {
        if case .number(let value) = self, value.rounded() == value, abs(value) < 9.0e15 { return Int(value) }
        return nil
    }

    /// A token count an upstream reports: a whole number from 0 to `Int32.max`. Nothing else is a
    /// count any model produces, and a lying or broken upstream must not push rate limits, budgets
    /// and reports into arithmetic they cannot hold; such a count reads as absent, so it is estimated.
    public var tokenCount: Int? {
        guard let value = intValue, (0...Int(Int32.max)).contains(value) else { return nil }
        return value
    }

    /// The counts of one usage report, absent fields as 0. Nil when no field is present, or when
    /// any is not a `tokenCount`: a report with one impossible number is not trusted at all.
    public static func tokenCounts(_ fields: [JSONValue?]) -> [Int]? {
        guard fields.contains(where: { $0 != nil }) else { return nil }
        var counts: [Int] = []
        for field in fields {
            guard let field else {
                counts.append(0)
                continue
            }
            guard let count = field.tokenCount else { return nil }
            counts.append(count)
        }
        return counts
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if let integer = intValue { try container.encode(integer) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue {
    /// Parses a JSON document, reporting what is wrong and where in words a caller can act on.
    /// Invalid UTF-8 is an error (RFC 8259 requires UTF-8), unless `repairingInvalidUTF8`, for
    /// answers that must still be inspected: each bad sequence then reads as U+FFFD.
    public static func parse(_ bytes: some Collection<UInt8>, repairingInvalidUTF8: Bool = false) throws(MalformedJSONError) -> JSONValue {
        try JSONParser.parse(bytes, repairingInvalidUTF8: repairingInvalidUTF8)
    }

    /// The document as compact JSON text.
    public func encoded() -> Data {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(into: &output)
        return Data(output)
    }

    private func write(into output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value):
            if let integer = intValue {
                output.append(contentsOf: String(integer).utf8)
            } else {
                output.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
            }
        case .string(let value): Self.write(string: value, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                element.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (offset, member) in members.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                Self.write(string: member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func write(string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

}

/// The body is not valid JSON.
public struct MalformedJSONError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "The request body is not valid JSON: \(reason)" }
}

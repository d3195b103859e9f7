import Foundation

/// Encodes an `Encodable` value to compact JSON in one pass, writing bytes as the value
/// encodes itself.
///
/// Every exchange is encoded twice on the request path (its record, and its audit event), and
/// Foundation's `JSONEncoder`, which first builds a tree of boxed values, took about 9 % of the
/// gateway's CPU doing it. The output reads back with `JSONDecoder` as `JSONEncoder`'s does:
/// dates as configured, `Data` as base64, `URL` as its string; keys in encoding order, slashes
/// not escaped; non-finite numbers are refused.
public struct StreamingJSONEncoder: Sendable {
    public enum DateEncoding: Sendable {
        /// Seconds since 2001-01-01, as `JSONEncoder`'s default `.deferredToDate` writes them.
        case secondsSinceReferenceDate
        case millisecondsSince1970
    }

    public var dateEncoding: DateEncoding

    public init(dateEncoding: DateEncoding = .secondsSinceReferenceDate) {
        self.dateEncoding = dateEncoding
    }

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let writer = JSONByteWriter(dateEncoding: dateEncoding)
        try writer.encodeValue(value, in: [], key: nil)
        writer.closeContainers(above: 0)
        return Data(writer.bytes)
    }
}

/// The output and the stack of containers still open. A container is closed when its parent
/// writes its next element, or at the end: `Codable` encodes strictly nested, so this is
/// always where the container's last element was written.
///
/// One encode call owns its writer on one thread, and no access to its buffers overlaps
/// another, so the run-time exclusivity checks (about a fifth of the encoding time) are off.
final class JSONByteWriter {
    @exclusivity(unchecked) var bytes: [UInt8] = []
    @exclusivity(unchecked) private var open: [(closer: UInt8, elements: Int)] = []
    let dateEncoding: StreamingJSONEncoder.DateEncoding

    init(dateEncoding: StreamingJSONEncoder.DateEncoding) {
        self.dateEncoding = dateEncoding
        bytes.reserveCapacity(1024)
    }

    /// Opens an object or array; returns its depth, which its container writes at.
    func openContainer(_ opener: UInt8, closer: UInt8) -> Int {
        bytes.append(opener)
        open.append((closer, 0))
        return open.count
    }

    func closeContainers(above depth: Int) {
        while open.count > depth {
            bytes.append(open.removeLast().closer)
        }
    }

    /// Starts the next element of the container at `depth`: closes what its previous element
    /// left open, then writes the separator and, in an object, the key.
    func beginElement(at depth: Int, key: String?) {
        closeContainers(above: depth)
        if open[depth - 1].elements > 0 { bytes.append(UInt8(ascii: ",")) }
        open[depth - 1].elements += 1
        if let key {
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
        }
    }

    func elementCount(at depth: Int) -> Int { open[depth - 1].elements }

    func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: utf8[start..<index])
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    func writeLiteral(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    func writeInteger<T: BinaryInteger>(_ value: T) {
        writeLiteral(String(value))
    }

    func writeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: T, codingPath: @autoclosure () -> [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath(), debugDescription: "\(value) cannot be written as a JSON number."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        writeLiteral(text)
    }

    /// Writes any value: the types JSON spells its own way here, the rest by their `encode(to:)`.
    /// The coding path is built only if asked for: most values never read it.
    func encodeValue<T: Encodable>(_ value: T, in path: [any CodingKey], key: (any CodingKey)?) throws {
        if T.self == Date.self, let date = value as? Date {
            switch dateEncoding {
            case .secondsSinceReferenceDate: try writeFloatingPoint(date.timeIntervalSinceReferenceDate, codingPath: path + (key.map { [$0] } ?? []))
            case .millisecondsSince1970: try writeFloatingPoint(date.timeIntervalSince1970 * 1000, codingPath: path + (key.map { [$0] } ?? []))
            }
        } else if T.self == Data.self, let data = value as? Data {
            writeString(data.base64EncodedString())
        } else if T.self == URL.self, let url = value as? URL {
            writeString(url.absoluteString)
        } else {
            let mark = bytes.count
            let depth = open.count
            try value.encode(to: JSONValueEncoder(writer: self, path: path, key: key))
            // A value that encodes nothing is an empty object, as JSONEncoder writes it.
            if bytes.count == mark, open.count == depth { writeLiteral("{}") }
        }
    }
}

/// The `Encoder` for one value: it opens at most one container, which a second request returns.
final class JSONValueEncoder: Encoder {
    let writer: JSONByteWriter
    let path: [any CodingKey]
    let key: (any CodingKey)?
    var codingPath: [any CodingKey] { key.map { path + [$0] } ?? path }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var containerDepth: Int?

    init(writer: JSONByteWriter, path: [any CodingKey], key: (any CodingKey)?) {
        self.writer = writer
        self.path = path
        self.key = key
    }

    private func depth(opener: UInt8, closer: UInt8) -> Int {
        if let containerDepth { return containerDepth }
        let depth = writer.openContainer(opener, closer: closer)
        containerDepth = depth
        return depth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(writer: writer, depth: depth(opener: UInt8(ascii: "{"), closer: UInt8(ascii: "}")), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(writer: writer, depth: depth(opener: UInt8(ascii: "["), closer: UInt8(ascii: "]")), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }
}

/// Writes one element's value once its separator (and key) are written.
private protocol JSONElementWriting {
    var writer: JSONByteWriter { get }
}

extension JSONElementWriting {
    func write(_ value: Bool) { writer.writeLiteral(value ? "true" : "false") }
    func write(_ value: String) { writer.writeString(value) }
    func writeNull() { writer.writeLiteral("null") }
}

/// A list's or a single value's container: the same writes for every primitive, each after
/// `begin()` (a separator in a list, nothing for a single value).
private protocol JSONPositionalWriting: JSONElementWriting {
    var codingPath: [any CodingKey] { get }
    func begin()
}

extension JSONPositionalWriting {
    mutating func encodeNil() throws { begin(); writeNull() }
    mutating func encode(_ value: Bool) throws { begin(); write(value) }
    mutating func encode(_ value: String) throws { begin(); write(value) }
    mutating func encode(_ value: Double) throws { begin(); try writer.writeFloatingPoint(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { begin(); try writer.writeFloatingPoint(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { begin(); writer.writeInteger(value) }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol, JSONElementWriting {
    let writer: JSONByteWriter
    let depth: Int
    let codingPath: [any CodingKey]

    private func begin(_ key: Key) { writer.beginElement(at: depth, key: key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { begin(key); writeNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { begin(key); write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { begin(key); write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { begin(key); try writer.writeFloatingPoint(value, codingPath: codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { begin(key); try writer.writeFloatingPoint(value, codingPath: codingPath + [key]) }
    mutating func encode(_ value: Int, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { begin(key); writer.writeInteger(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        begin(key)
        try writer.encodeValue(value, in: codingPath, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        begin(key)
        let depth = writer.openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer, depth: depth, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        begin(key)
        let depth = writer.openContainer(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
        return JSONUnkeyedContainer(writer: writer, depth: depth, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        writer.beginElement(at: depth, key: "super")
        return JSONValueEncoder(writer: writer, path: codingPath, key: nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        begin(key)
        return JSONValueEncoder(writer: writer, path: codingPath, key: key)
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer, JSONPositionalWriting {
    let writer: JSONByteWriter
    let depth: Int
    let codingPath: [any CodingKey]
    var count: Int { writer.elementCount(at: depth) }

    func begin() { writer.beginElement(at: depth, key: nil) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        begin()
        try writer.encodeValue(value, in: codingPath, key: nil)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        let depth = writer.openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer, depth: depth, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        begin()
        let depth = writer.openContainer(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
        return JSONUnkeyedContainer(writer: writer, depth: depth, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        begin()
        return JSONValueEncoder(writer: writer, path: codingPath, key: nil)
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer, JSONPositionalWriting {
    let encoder: JSONValueEncoder
    var writer: JSONByteWriter { encoder.writer }
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// The one value goes where the encoder stands: nothing to separate it from.
    func begin() {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.encodeValue(value, in: encoder.path, key: encoder.key)
    }
}

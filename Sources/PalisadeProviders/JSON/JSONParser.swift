/// A JSON parser straight from UTF-8 bytes to `JSONValue` (RFC 8259).
///
/// Every request and every answer crosses the gateway as JSON, so this is on the hot path:
/// going through `Codable` costs an error thrown per mistyped attempt per value. Nesting depth
/// is bounded so hostile input cannot exhaust the stack.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private let repairsInvalidUTF8: Bool
    private var index = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, repairsInvalidUTF8: Bool) {
        self.bytes = bytes
        self.repairsInvalidUTF8 = repairsInvalidUTF8
    }

    static func parse(_ input: some Collection<UInt8>, repairingInvalidUTF8: Bool) throws(MalformedJSONError) -> JSONValue {
        let parsed: Result<JSONValue, MalformedJSONError>? = input.withContiguousStorageIfAvailable { buffer in
            var parser = JSONParser(bytes: buffer, repairsInvalidUTF8: repairingInvalidUTF8)
            return Result { () throws(MalformedJSONError) in try parser.document() }
        }
        if let parsed { return try parsed.get() }
        return try parse(Array(input), repairingInvalidUTF8: repairingInvalidUTF8)
    }

    private mutating func document() throws(MalformedJSONError) -> JSONValue {
        let value = try self.value(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw error("unexpected data after the JSON value") }
        return value
    }

    private mutating func value(depth: Int) throws(MalformedJSONError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of data") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    /// Members are collected in order and hashed once at the end: growing a dictionary member
    /// by member rehashed it several times per object, on every object of every stream event.
    private mutating func object(depth: Int) throws(MalformedJSONError) -> JSONValue {
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([:])
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            index += 1
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of data in an object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                // A repeated name keeps its last value, as before.
                return .object(Dictionary(members, uniquingKeysWith: { _, last in last }))
            } else {
                throw error("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array(depth: Int) throws(MalformedJSONError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of data in an array") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            } else {
                throw error("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func string() throws(MalformedJSONError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try text(UnsafeBufferPointer(rebasing: bytes[start..<index]), startingAt: start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw error("control character in a string") }
            index += 1
        }
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try decoded.withUnsafeBufferPointer { decoded throws(MalformedJSONError) in try text(decoded, startingAt: start) }
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"): decoded.append(contentsOf: try unicodeEscape())
                default: throw error("invalid escape '\\\(Character(UnicodeScalar(escape)))'")
                }
            default:
                guard byte >= 0x20 else { throw error("control character in a string") }
                decoded.append(byte)
            }
        }
        throw error("unterminated string")
    }

    /// The string's bytes as text. Invalid UTF-8 is refused unless the parser repairs it: a
    /// gateway that read U+FFFD where the provider reads something else would inspect a text
    /// the model never sees.
    private func text(_ utf8: UnsafeBufferPointer<UInt8>, startingAt start: Int) throws(MalformedJSONError) -> String {
        if repairsInvalidUTF8 { return String(decoding: utf8, as: UTF8.self) }
        if let text = String(validating: utf8, as: UTF8.self) { return text }
        throw MalformedJSONError(reason: "invalid UTF-8 (JSON text must be UTF-8) at byte \(firstInvalidUTF8(from: start))")
    }

    /// Where the input stops being UTF-8, from `start` on. Escapes are ASCII, so the input's
    /// own bytes show the position even when the string had escapes.
    private func firstInvalidUTF8(from start: Int) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = UnsafeBufferPointer(rebasing: bytes[start...]).makeIterator()
        var offset = start
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return offset
    }

    /// `\uXXXX`, combining a surrogate pair; a lone surrogate becomes U+FFFD, as in browsers.
    private mutating func unicodeEscape() throws(MalformedJSONError) -> [UInt8] {
        let first = try hexQuad()
        var scalar: UnicodeScalar?
        if (0xD800...0xDBFF).contains(first), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            index += 2
            let second = try hexQuad()
            if (0xDC00...0xDFFF).contains(second) {
                scalar = UnicodeScalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            }
        } else {
            scalar = UnicodeScalar(first)
        }
        return Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
    }

    private mutating func hexQuad() throws(MalformedJSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid hex digit in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func number() throws(MalformedJSONError) -> Double {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw error("unexpected character") }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite, Self.isValidNumber(text) else { throw error("invalid number '\(text)'") }
        return value
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// JSON forbids what `Double` accepts: leading zeros, `+1`, `.5`, `1.`, hex.
    private static func isValidNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard let first = body.first, first.isNumber else { return false }
        if first == "0", body.count > 1, body.dropFirst().first?.isNumber == true { return false }
        if let dot = body.firstIndex(of: ".") {
            let next = body.index(after: dot)
            guard next < body.endIndex, body[next].isNumber else { return false }
        }
        return true
    }

    private mutating func literal(_ word: StaticString) throws(MalformedJSONError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of data") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw error("unexpected character")
        }
        index += count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func error(_ reason: String) -> MalformedJSONError {
        MalformedJSONError(reason: "\(reason) at byte \(index)")
    }
}

import PalisadeCore

/// Secrets assigned to a name that says what they are: `password = "..."`, `api_key: ...`,
/// `"client_secret": "..."`, `token := ...`, `secret("...")`, `setProperty("API_TOKEN", "...")`,
/// comparisons such as `if (password == "...")`, flags such as `--api-key VALUE`, statements
/// such as `password "...";`, and configuration XML: `<password>...</password>` and
/// `<add key="ApiSecret" value="..."/>`.
/// Values must not be placeholders; names that only say "key" or "token" also need a value that
/// looks generated (entropy, mixed characters).
public struct AssignmentSecretDetector: ByteScanningDetector {
    public let name = "secrets.assignment"
    static let maximumValueLength = 300

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        var index = 0
        var consumedUntil = 0
        while index < text.count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "="), UInt8(ascii: ":"):
                let (finding, next) = assignment(text, at: index)
                if let finding, finding.utf8Range.lowerBound >= consumedUntil {
                    findings.append(finding)
                    consumedUntil = finding.utf8Range.upperBound
                }
                index = max(next, index + 1)
            case UInt8(ascii: "("), UInt8(ascii: ","):
                // Calls need a quoted argument after the `(` or `,`; prose commas are skipped cheaply.
                let next = text.byte(at: index + 1) == UInt8(ascii: " ") ? text.byte(at: index + 2) : text.byte(at: index + 1)
                if Self.isQuote(next), let finding = call(text, at: index), finding.utf8Range.lowerBound >= consumedUntil {
                    findings.append(finding)
                    consumedUntil = finding.utf8Range.upperBound
                }
                index += 1
            case UInt8(ascii: "-") where text.byte(at: index + 1) == UInt8(ascii: "-") && (index == 0 || text[index - 1].isSpace):
                if let finding = flag(text, at: index), finding.utf8Range.lowerBound >= consumedUntil {
                    findings.append(finding)
                    consumedUntil = finding.utf8Range.upperBound
                }
                index += 2
            case UInt8(ascii: ">") where text.byte(at: index + 1) != UInt8(ascii: "<"):
                if let finding = element(text, at: index), finding.utf8Range.lowerBound >= consumedUntil {
                    findings.append(finding)
                    consumedUntil = finding.utf8Range.upperBound
                }
                index += 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                // Only a quote after a space can open `name "value"`; closing quotes are skipped cheaply.
                if text.byte(at: index - 1) == UInt8(ascii: " ") || text.byte(at: index - 1) == UInt8(ascii: "\t"),
                   let finding = spacedValue(text, at: index), finding.utf8Range.lowerBound >= consumedUntil {
                    findings.append(finding)
                    consumedUntil = finding.utf8Range.upperBound
                }
                index += 1
            default:
                index += 1
            }
        }
    }

    // MARK: Forms

    private func assignment(_ text: UTF8Text, at trigger: Int) -> (Finding?, Int) {
        var operatorStart = trigger
        while operatorStart > 0, Self.isOperatorByte(text[operatorStart - 1]), trigger - operatorStart < 3 { operatorStart -= 1 }
        var operatorEnd = trigger + 1
        while operatorEnd < text.count, Self.isOperatorByte(text[operatorEnd]) || text[operatorEnd] == UInt8(ascii: ">"), operatorEnd - trigger < 4 { operatorEnd += 1 }
        let isComparison = (operatorStart..<operatorEnd).contains { text[$0] == UInt8(ascii: "!") }
            || (operatorStart..<(operatorEnd - 1)).contains { text[$0] == UInt8(ascii: "=") && text[$0 + 1] == UInt8(ascii: "=") }
        // `https://`, `C:\`, `::` scopes and times (`12:30`) are not assignments.
        if text.byte(at: operatorEnd) == UInt8(ascii: "/") && text.byte(at: operatorEnd + 1) == UInt8(ascii: "/") { return (nil, operatorEnd) }
        if text[trigger] == UInt8(ascii: ":") && text.byte(at: trigger - 1).isDigit && text.byte(at: trigger + 1).isDigit { return (nil, operatorEnd) }

        if var key = Self.key(before: operatorStart, in: text) {
            // `<add key="ApiSecret" value="...">`: the value attribute is named by the one before it.
            if !key.quoted, text.word(key.name, is: Self.valueAttribute), let named = Self.namingAttribute(before: key.name.lowerBound, in: text) {
                key = (named, true)
            }
            if let name = SecretKeyName(text, key.name), let value = Self.value(after: operatorEnd, in: text), Self.accepts(value, name, text) {
                return (Self.finding(name, key: key.name, value: value, text), max(operatorEnd, value.range.upperBound))
            }
            if let value = Self.value(after: operatorEnd, in: text), let finding = ProviderKeyRule.finding(key: key.name, value: value.range, in: text) {
                return (finding, max(operatorEnd, value.range.upperBound))
            }
        }
        if isComparison, let value = Self.quotedValue(endingBefore: operatorStart, in: text),
           let keyRange = Self.identifier(after: operatorEnd, in: text), let name = SecretKeyName(text, keyRange),
           Self.accepts(value, name, text) {
            return (Self.finding(name, key: keyRange, value: value, text), operatorEnd)
        }
        return (nil, operatorEnd)
    }

    /// `secret("value")`, `name.assign("value", n)`, `set("API_TOKEN", "value")`.
    private func call(_ text: UTF8Text, at trigger: Int) -> Finding? {
        var cursor = trigger + 1
        while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        guard Self.isQuote(text.byte(at: cursor)), let value = Self.value(after: cursor, in: text), value.quoted else { return nil }
        let keyRange: Range<Int>
        if text[trigger] == UInt8(ascii: "(") {
            guard let identifier = Self.identifierRange(endingAt: trigger, in: text) else { return nil }
            keyRange = identifier
        } else {
            guard let quoted = Self.quotedValue(endingBefore: trigger, in: text) else { return nil }
            keyRange = quoted.range
        }
        guard let name = SecretKeyName(text, keyRange), Self.accepts(value, name, text) else { return nil }
        return Self.finding(name, key: keyRange, value: value, text)
    }

    /// `--api-key VALUE` on a command line.
    private func flag(_ text: UTF8Text, at start: Int) -> Finding? {
        var cursor = start + 2
        while cursor < text.count, text[cursor].isAlnum || text[cursor] == UInt8(ascii: "-") || text[cursor] == UInt8(ascii: "_") { cursor += 1 }
        guard cursor - start > 3, text.byte(at: cursor) == UInt8(ascii: " "), let name = SecretKeyName(text, (start + 2)..<cursor),
              let value = Self.value(after: cursor + 1, in: text), Self.accepts(value, name, text)
        else { return nil }
        return Self.finding(name, key: start..<cursor, value: value, text)
    }

    /// `<password>value</password>`: an element named for a secret, holding text only.
    private func element(_ text: UTF8Text, at close: Int) -> Finding? {
        guard let nameRange = Self.identifierRange(endingAt: close, in: text), text.byte(at: nameRange.lowerBound - 1) == UInt8(ascii: "<"),
              let name = SecretKeyName(text, nameRange)
        else { return nil }
        var end = close + 1
        while end < text.count, end - close <= Self.maximumValueLength, text[end] != UInt8(ascii: "<"), text[end] != UInt8(ascii: "\n") { end += 1 }
        let closingTag = Array("</".utf8) + Array(text.string(nameRange).utf8) + [UInt8(ascii: ">")]
        let value = Value(range: (close + 1)..<end, quoted: true)
        guard text.matchesExactly(closingTag, at: end), Self.accepts(value, name, text) else { return nil }
        return Self.finding(name, key: nameRange, value: value, text)
    }

    private static let valueAttribute = Array("value".utf8)
    private static let namingAttributes = ["key", "name"].map { Array($0.utf8) }

    /// The quoted `key="..."` or `name="..."` attribute just before `index` in the same tag.
    private static func namingAttribute(before index: Int, in text: UTF8Text) -> Range<Int>? {
        guard let quoted = quotedValue(endingBefore: index, in: text), quoted.range.count <= 64 else { return nil }
        var equals = quoted.range.lowerBound - 2
        while equals > 0, text[equals] == UInt8(ascii: " ") { equals -= 1 }
        guard text.byte(at: equals) == UInt8(ascii: "="), let attribute = identifierRange(endingAt: equals, in: text),
              namingAttributes.contains(where: { text.word(attribute, is: $0) })
        else { return nil }
        return quoted.range
    }

    /// `password "value";`, `#define SECRET "value"`: a name that says password or secret, spaces,
    /// then a quoted value that ends the statement or the line.
    private func spacedValue(_ text: UTF8Text, at quote: Int) -> Finding? {
        var keyEnd = quote
        while keyEnd > 0, text[keyEnd - 1] == UInt8(ascii: " ") || text[keyEnd - 1] == UInt8(ascii: "\t") { keyEnd -= 1 }
        guard let keyRange = Self.identifierRange(endingAt: keyEnd, in: text), let name = SecretKeyName(text, keyRange), name.strength == .explicit,
              let value = Self.value(after: quote, in: text), value.quoted
        else { return nil }
        let closing = value.range.upperBound + 1
        guard closing == text.count || text[closing] == UInt8(ascii: ";") || text[closing] == UInt8(ascii: "\n") || text[closing] == UInt8(ascii: "\r"),
              Self.accepts(value, name, text)
        else { return nil }
        return Self.finding(name, key: keyRange, value: value, text)
    }

    // MARK: Pieces

    struct Value {
        var range: Range<Int>
        var quoted: Bool
    }

    private static func finding(_ name: SecretKeyName, key: Range<Int>, value: Value, _ text: UTF8Text) -> Finding {
        let isPassword = text.contains(Array("pass".utf8), in: key) || text.contains(Array("pwd".utf8), in: key)
        let confidence = name.strength == .explicit && value.quoted ? 0.85 : 0.7
        return Finding(.secret, isPassword ? SecretType.password : SecretType.genericSecret, .high, confidence: confidence, range: value.range, in: text)
    }

    static func accepts(_ value: Value, _ name: SecretKeyName, _ text: UTF8Text) -> Bool {
        let range = value.range
        guard range.count >= (value.quoted ? 6 : 8), range.count <= maximumValueLength,
              range.contains(where: { text[$0].isAlnum }),
              !Placeholder.isPlaceholder(text, range), !text.contains(Array("fake".utf8), in: range)
        else { return false }
        if !value.quoted, looksLikeCode(text, range) { return false }
        switch name.strength {
        case .explicit:
            return true
        case .needsEntropy:
            let hasDigit = range.contains { text[$0].isDigit }
            let hasLetter = range.contains { text[$0].isLetter }
            return range.count >= 10 && hasDigit && hasLetter && Entropy.shannon(text, range) >= 3.0
                && !range.contains(where: { text[$0] == UInt8(ascii: " ") }) && !isDottedName(text, range)
        }
    }

    /// Names and versions (`io.jsonwebtoken:jjwt-0.11.2`, `cmp2-qat-1208358310`, `app.v8_engine`):
    /// every separated part is a word with at most a number after it, where generated keys
    /// interleave letters and digits.
    private static func isDottedName(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var parts = 1, sawDigit = false
        for index in range {
            let byte = text[index]
            if byte.isDigit {
                sawDigit = true
            } else if byte.isLetter {
                if sawDigit { return false }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") {
                parts += 1
                sawDigit = false
            }
        }
        return parts >= 2
    }

    /// Unquoted values that are expressions (`os.environ["X"]`, `getPassword()`, `self.token`,
    /// `real_key`) rather than literals.
    private static func looksLikeCode(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        let first = text[range.lowerBound]
        guard first.isLetter || first == UInt8(ascii: "_") else { return false }
        var sawDigit = false
        for index in range {
            let byte = text[index]
            if byte.isDigit { sawDigit = true; continue }
            if byte.isLetter || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") { continue }
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { return true }
            return false
        }
        return !sawDigit
    }

    static func key(before operatorStart: Int, in text: UTF8Text) -> (name: Range<Int>, quoted: Bool)? {
        var end = operatorStart
        while end > 0, text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        // C arrays: `secret[] = ...`, `char secret[25] = ...`.
        if text.byte(at: end - 1) == UInt8(ascii: "]") {
            var open = end - 1
            while open > 0, end - open < 6, text[open] != UInt8(ascii: "[") { open -= 1 }
            guard text.byte(at: open) == UInt8(ascii: "[") else { return nil }
            end = open
        }
        if isQuote(text.byte(at: end - 1)) {
            guard let quoted = quotedValue(endingBefore: end, in: text), quoted.range.count <= 64 else { return nil }
            return (quoted.range, true)
        }
        guard let identifier = identifierRange(endingAt: end, in: text) else { return nil }
        return (identifier, false)
    }

    private static func identifierRange(endingAt end: Int, in text: UTF8Text) -> Range<Int>? {
        var start = end
        while start > 0, end - start < 64, isIdentifierByte(text[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }

    private static func identifier(after start: Int, in text: UTF8Text) -> Range<Int>? {
        var cursor = start
        while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        let begin = cursor
        while cursor < text.count, cursor - begin < 64, isIdentifierByte(text[cursor]) { cursor += 1 }
        return begin < cursor ? begin..<cursor : nil
    }

    /// The quoted string whose closing quote is just before `end` (spaces allowed).
    private static func quotedValue(endingBefore end: Int, in text: UTF8Text) -> Value? {
        var close = end - 1
        while close >= 0, text[close] == UInt8(ascii: " ") { close -= 1 }
        guard close > 0, isQuote(text[close]) else { return nil }
        var open = close - 1
        while open >= 0, close - open <= maximumValueLength, text[open] != text[close], text[open] != UInt8(ascii: "\n") { open -= 1 }
        guard open >= 0, text[open] == text[close] else { return nil }
        return Value(range: (open + 1)..<close, quoted: true)
    }

    static func value(after start: Int, in text: UTF8Text) -> Value? {
        var cursor = start
        while text.byte(at: cursor) == UInt8(ascii: " ") || text.byte(at: cursor) == UInt8(ascii: "\t") { cursor += 1 }
        if text.byte(at: cursor) == UInt8(ascii: "@") && isQuote(text.byte(at: cursor + 1)) { cursor += 1 }
        let first = text.byte(at: cursor)
        if isQuote(first) {
            var close = cursor + 1
            while close < text.count, close - cursor <= maximumValueLength, text[close] != first, text[close] != UInt8(ascii: "\n") {
                if text[close] == UInt8(ascii: "\\") { close += 1 }
                close += 1
            }
            guard close < text.count, text[close] == first else { return nil }
            return Value(range: (cursor + 1)..<close, quoted: true)
        }
        var end = cursor
        while end < text.count, end - cursor <= maximumValueLength, !text[end].isSpace { end += 1 }
        while end > cursor, isTrailing(text[end - 1]) { end -= 1 }
        return end > cursor ? Value(range: cursor..<end, quoted: false) : nil
    }

    @inline(__always) static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`")
    }

    @inline(__always) private static func isOperatorByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }

    @inline(__always) private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "$")
    }

    @inline(__always) private static func isTrailing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || isQuote(byte)
    }
}

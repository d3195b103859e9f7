import Foundation

/// One RFC 5424 syslog message whose MSG part is a JSON event.
///
/// `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD-ID param="value"...] MSG`
struct SyslogMessage {
    var facility: Int
    var severity: Int
    var timestamp: Date
    var hostname: String
    var appName: String
    var messageID: String
    /// Parameters of one SD-ELEMENT named `structuredDataID`; none writes the nil value `-`.
    var structuredDataID: String
    var structuredData: [(String, String)]
    var message: [UInt8]

    func bytes() -> [UInt8] {
        var header = "<\(facility * 8 + severity)>1 "
        header += timestamp.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
        header += " \(Self.field(hostname, limit: 255)) \(Self.field(appName, limit: 48)) \(ProcessInfo.processInfo.processIdentifier)"
        header += " \(Self.field(messageID, limit: 32)) "
        if structuredData.isEmpty {
            header += "-"
        } else {
            header += "[\(Self.field(structuredDataID, limit: 32))"
            for (name, value) in structuredData {
                header += " \(Self.field(name, limit: 32))=\"\(Self.escapeParameter(value))\""
            }
            header += "]"
        }
        header += " "
        return Array(header.utf8) + message
    }

    /// Header fields are printable US-ASCII without spaces; anything else becomes `_`, and an
    /// empty field the nil value `-`.
    private static func field(_ value: String, limit: Int) -> String {
        guard !value.isEmpty else { return "-" }
        let printable = value.unicodeScalars.prefix(limit).map { scalar -> Character in
            (33...126).contains(scalar.value) && scalar != "=" && scalar != "]" && scalar != "\"" ? Character(scalar) : "_"
        }
        return String(printable)
    }

    /// PARAM-VALUE escapes `"`, `\` and `]` with a backslash (RFC 5424 §6.3.3).
    private static func escapeParameter(_ value: String) -> String {
        var escaped = ""
        for character in value {
            if character == "\"" || character == "\\" || character == "]" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

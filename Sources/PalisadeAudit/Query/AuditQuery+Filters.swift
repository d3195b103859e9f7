import Foundation
import PalisadeCore

extension AuditQuery {
    /// The filter names the CLI's options and the admin API's query parameters share.
    public static let filterNames: Set<String> = [
        "since", "from", "to", "app", "key", "user", "session", "ip", "model", "finding_kind", "decision", "text", "limit", "cursor", "payloads",
    ]

    public static let maximumLimit = 1_000

    /// A query from filters as a person types them: `since` a duration (`30m`, `24h`, `7d`),
    /// `from`/`to` ISO 8601 times or dates, `app` an application id (callers that know names
    /// resolve them first), `payloads` `true` or `false` (`text` implies `true`: it searches the
    /// decrypted bodies, so whoever may search them may read them). An unknown name or a value that does
    /// not parse is an error rather than a filter silently ignored.
    public init(filters: [String: String], now: Date = Date()) throws(AuditError) {
        self.init()
        for (name, value) in filters {
            switch name {
            case "since": from = now.addingTimeInterval(-(try Self.seconds(value, name: name)))
            case "from": from = try Self.date(value, name: name)
            case "to": to = try Self.date(value, name: name)
            case "app": applicationID = value
            case "key": keyID = value
            case "user": endUser = value
            case "session": session = value
            case "ip": clientIP = value
            case "model": model = value
            case "finding_kind":
                guard let kind = FindingKind(rawValue: value) else {
                    throw .invalidFilter(name: name, problem: "must be one of \(FindingKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
                }
                findingKind = kind
            case "decision": decisionAction = value
            case "text": text = value
            case "limit":
                guard let limit = Int(value), (1...Self.maximumLimit).contains(limit) else {
                    throw .invalidFilter(name: name, problem: "must be a whole number from 1 to \(Self.maximumLimit), not '\(value)'")
                }
                self.limit = limit
            case "cursor": cursor = value
            case "payloads":
                guard let flag = Bool(value) else { throw .invalidFilter(name: name, problem: "must be true or false, not '\(value)'") }
                readPayloads = flag
            default:
                throw .invalidFilter(name: name, problem: "is not one of \(Self.filterNames.sorted().joined(separator: ", "))")
            }
        }
        if text != nil { readPayloads = true }
        if filters["since"] != nil, filters["from"] != nil {
            throw .invalidFilter(name: "since", problem: "cannot be combined with 'from'; give one start")
        }
    }

    private static func seconds(_ text: String, name: String) throws(AuditError) -> TimeInterval {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        guard let unit = text.last.flatMap({ units[$0] }), let value = Double(text.dropLast()), value > 0 else {
            throw .invalidFilter(name: name, problem: "must be a positive number with s, m, h or d, such as 24h, not '\(text)'")
        }
        return value * unit
    }

    private static func date(_ text: String, name: String) throws(AuditError) -> Date {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        for formatter in [ISO8601DateFormatter(), withFraction, dateOnly] {
            if let date = formatter.date(from: text) { return date }
        }
        throw .invalidFilter(name: name, problem: "must be an ISO 8601 time such as 2025-06-01T12:00:00Z or a date such as 2025-06-01, not '\(text)'")
    }
}

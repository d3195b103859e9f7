import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeStore

/// Command-line values of the access commands (`keys`, `admin`, `block`, `kill-switch`), written
/// as in palisade.yaml: rates as `600/1m`, durations as `30s`, `2m`, `1h`, `30d`.
enum AccessArguments {
    static func duration(_ text: String) throws -> TimeInterval {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        let unit = units.first { trimmed.hasSuffix($0.suffix) }
        guard let value = Double(trimmed.dropLast(unit?.suffix.count ?? 0)), value > 0 else {
            throw ValidationError("'\(text)' is not a duration; write it as 30s, 15m, 24h or 30d.")
        }
        return value * (unit?.seconds ?? 1)
    }

    static func quota(_ text: String) throws -> RateQuota {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let limit = Int(parts[0].trimmingCharacters(in: .whitespaces)), limit >= 1,
              let seconds = try? duration(String(parts[1])) else {
            throw ValidationError("'\(text)' is not a rate; write it as COUNT/DURATION, such as 600/1m.")
        }
        return RateQuota(limit: limit, per: .milliseconds(Int64(seconds * 1000)))
    }

    static func dollars(_ text: String) throws -> Decimal {
        guard let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), amount > 0 else {
            throw ValidationError("'\(text)' is not an amount in US dollars; write it as 25 or 12.50.")
        }
        return amount
    }

    static func role(_ text: String) throws -> AdminRole {
        guard let role = AdminRole(rawValue: text.lowercased()) else {
            throw ValidationError("'\(text)' is not a role; use \(AdminRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return role
    }

    /// Who placed or lifted a block from this machine, for the audit trail.
    static var operatorName: String {
        "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "unknown")
    }

    static func dateText(_ date: Date?) -> String {
        date?.formatted(.iso8601) ?? "-"
    }
}

extension Store {
    /// The application with this name, or else this id, or a message saying how to find one.
    func application(namedOrID reference: String) async throws -> PalisadeCore.Application {
        if let application = try await application(named: reference) { return application }
        if let application = try await application(id: reference) { return application }
        throw AccessCommandError("No application is named '\(reference)' or has that id; `palisade apps list` shows them.")
    }
}

/// A failure found while running an access command, after its arguments were accepted.
struct AccessCommandError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeGateway
import PalisadeStore

/// Command-line values of the access commands (`keys`, `admin`, `block`, `kill-switch`), written
/// as in palisade.yaml: rates as `600/1m`, durations as `30s`, `2m`, `1h`, `30d`.
enum AccessArguments {
    static func duration(_ text: String) throws -> TimeInterval {
        guard let duration = DurationText.parse(text) else {
            throw ValidationError("'\(text)' is not a duration; write it as 30s, 15m, 24h or 30d.")
        }
        return duration.timeInterval
    }

    static func quota(_ text: String) throws -> RateQuota {
        guard let quota = RateText.parse(text) else {
            throw ValidationError("'\(text)' is not a rate; write it as COUNT/DURATION, such as 600/1m.")
        }
        return quota
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

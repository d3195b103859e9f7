import ArgumentParser
import Foundation
import PalisadeAudit
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify, search and export the tamper-evident audit log.",
        discussion: """
            Every command reads <data-dir>/audit.sqlite and can run while the gateway writes to it. Payloads \
            are decrypted with the key the gateway uses (PALISADE_AUDIT_KEY or audit.key_file, default \
            <data-dir>/audit.key, plus <data-dir>/audit-keys-retired/); commands that do not read payloads \
            need no key. JSON output has the shape of the JSONL export's lines.
            """,
        subcommands: [Verify.self, Search.self, Show.self, Conversation.self, Export.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every event's hash and link and every checkpoint's signature; exits 1 naming the first break.",
            discussion: """
                Needs only the public key the gateway writes to <data-dir>/audit-signing.pub, so a copy of the \
                database can be checked anywhere. When the audit key is available, payloads are also checked \
                to decrypt.
                """
        )

        @OptionGroup var location: AuditLocation

        @Option(name: .customLong("public-key"), help: "The checkpoint signing public key (default <data-dir>/audit-signing.pub).")
        var publicKey: String?

        @Option(help: "text or json.")
        var format = ReportFormat.text

        func run() async throws {
            let paths = try location.resolve()
            let key = try AuditSigningKey.publicKey(file: publicKey ?? paths.publicKeyFile)
            let keyring = paths.hasKey ? try paths.keyring() : nil
            let report = try await AuditVerifier.verify(databasePath: paths.database, publicKey: key, keyring: keyring)
            switch format {
            case .json: try writeLine(AuditJSON.encode(report, pretty: true))
            case .text: print(Self.describe(report, path: paths.database, checkedPayloads: keyring != nil))
            }
            if !report.isIntact { throw ExitCode.failure }
        }

        static func describe(_ report: AuditVerificationReport, path: String, checkedPayloads: Bool) -> String {
            var lines = ["Audit log \(path), chain \(report.chainID)"]
            let range = report.firstSequence.map { first in " (sequences \(first)–\(report.lastSequence ?? first))" } ?? ""
            lines.append("  events verified:      \(report.eventsVerified)\(range)\(checkedPayloads ? ", payloads decrypt" : "")")
            lines.append("  checkpoints verified: \(report.checkpointsVerified)\(report.lastCheckpointedSequence.map { ", the last covers sequence \($0)" } ?? "")")
            if let last = report.lastSequence, last > (report.lastCheckpointedSequence ?? 0), report.isIntact {
                lines.append("  \(last - (report.lastCheckpointedSequence ?? 0)) event(s) after the last checkpoint are linked but not yet signed")
            }
            if let problem = report.problem {
                lines.append("BROKEN: \(problem)")
            } else {
                lines.append("Intact.")
            }
            return lines.joined(separator: "\n")
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find audit events, newest first; --text searches the decrypted payloads.",
            discussion: "Prints a next-page cursor when more events match; pass it back with --cursor."
        )

        @OptionGroup var location: AuditLocation
        @OptionGroup var filters: AuditFilterOptions

        @Option(help: "Case-insensitive text to find in the payloads (needs the audit key).")
        var text: String?

        @Option(help: "Most events to print (1-\(AuditQuery.maximumLimit)).")
        var limit = 50

        @Option(help: "The cursor printed by the previous page.")
        var cursor: String?

        @Flag(help: "Include the decrypted payloads (JSON output only; needs the audit key).")
        var payloads = false

        @Option(help: "table or json.")
        var format = ListFormat.table

        func run() async throws {
            let paths = try location.resolve()
            var values = try await filters.values(paths)
            values["text"] = text
            values["limit"] = String(limit)
            values["cursor"] = cursor
            values["payloads"] = String(payloads)
            let query = try AuditQuery(filters: values)
            let page = try await paths.reader(payloads: query.readPayloads).events(matching: query)
            switch format {
            case .json: try writeLine(AuditJSON.encode(page, pretty: true))
            case .table:
                print(AuditTable.render(page.events))
                if let next = page.nextCursor { print("More events match; next page: --cursor \(next)") }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one audit event as JSON, by its exchange id (the X-Palisade-Request-Id).")

        @OptionGroup var location: AuditLocation

        @Argument(help: "The event's id, e.g. ex_…")
        var id: String

        @Flag(help: "Include the decrypted payloads (needs the audit key).")
        var payloads = false

        func run() async throws {
            let paths = try location.resolve()
            guard let event = try await paths.reader(payloads: payloads).event(id: id, readPayloads: payloads) else {
                throw ValidationError("No audit event '\(id)' in \(paths.database).")
            }
            try writeLine(AuditJSON.encode(event, pretty: true))
        }
    }

    struct Conversation: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every turn of a session in order, with findings and decisions.")

        @OptionGroup var location: AuditLocation

        @Argument(help: "The session id (X-Palisade-Session).")
        var session: String

        @Flag(help: "Include the decrypted payloads (JSON output only; needs the audit key).")
        var payloads = false

        @Option(help: "table or json.")
        var format = ListFormat.table

        func run() async throws {
            let paths = try location.resolve()
            let events = try await paths.reader(payloads: payloads).conversation(session: session, readPayloads: payloads)
            guard !events.isEmpty else { throw ValidationError("No audit events for session '\(session)'.") }
            switch format {
            case .json: try writeLine(AuditJSON.encode(session: session, events: events, pretty: true))
            case .table: print(AuditTable.render(events))
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write matching events, oldest first, as JSON lines or OCSF findings (classes 2004 and 2006).",
            discussion: "jsonl: one line per event with its hash-chain fields. ocsf: one line per finding, with its attestation."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case jsonl, ocsf
        }

        @OptionGroup var location: AuditLocation
        @OptionGroup var filters: AuditFilterOptions

        @Option(help: "jsonl or ocsf.")
        var format = Format.jsonl

        @Flag(help: "Include the decrypted payloads in base64 (jsonl only; needs the audit key).")
        var payloads = false

        @Option(help: "Write to this file (created with mode 0600) instead of standard output.")
        var out: String?

        /// Lines are gathered into writes of about this size rather than one system call each.
        private static let flushBytes = 1 << 16

        func run() async throws {
            let paths = try location.resolve()
            var values = try await filters.values(paths)
            values["payloads"] = String(payloads)
            var query = try AuditQuery(filters: values)
            query.limit = 500
            let export = AuditExport(
                reader: try paths.reader(payloads: payloads), query: query,
                format: format == .ocsf ? .ocsf(OCSFEncoder()) : .jsonLines
            )
            let output = try out.map(Self.create) ?? FileHandle.standardOutput
            var buffer = Data()
            for try await line in export {
                buffer.append(line)
                if buffer.count >= Self.flushBytes {
                    try output.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try output.write(contentsOf: buffer)
            if out != nil { try output.close() }
        }

        private static func create(_ path: String) throws -> FileHandle {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = FileHandle(forWritingAtPath: path)
            else { throw ValidationError("Cannot create \(path); check that its directory exists and is writable.") }
            return handle
        }
    }

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }
}

/// Where the gateway keeps its audit log and keys, found as `palisade serve` finds them.
struct AuditLocation: ParsableArguments {
    @Option(name: .long, help: "Path to palisade.yaml, for audit.key_file and data_dir.")
    var config: String?

    @Option(name: .customLong("data-dir"), help: "The gateway's data directory (default ./palisade-data).")
    var dataDirectory: String?

    struct Paths {
        var directory: String
        var database: String
        var keyFile: String
        var publicKeyFile: String

        var retiredKeys: String { (directory as NSString).appendingPathComponent("audit-keys-retired") }

        var hasKey: Bool {
            ProcessInfo.processInfo.environment[AuditKeyring.environmentVariable] != nil || FileManager.default.fileExists(atPath: keyFile)
        }

        /// The gateway's keyring; never creates a key, since a new one could decrypt nothing.
        func keyring() throws -> AuditKeyring {
            guard hasKey else {
                throw ValidationError("Reading payloads needs the audit key: set \(AuditKeyring.environmentVariable) or place the gateway's key at \(keyFile).")
            }
            return try AuditKeyring.load(keyFile: keyFile, retiredDirectory: retiredKeys)
        }

        func reader(payloads: Bool) throws -> AuditReader {
            AuditReader(database: try AuditDatabase(path: database), keyring: payloads ? try keyring() : nil)
        }

        /// The id of an application given by name or id, from the gateway's store.
        func applicationID(_ nameOrID: String) async throws -> String {
            let store = try SQLiteStore(directory: directory)
            if let application = try await store.application(named: nameOrID) { return application.id }
            if let application = try await store.application(id: nameOrID) { return application.id }
            throw ValidationError("No application named '\(nameOrID)' in \(directory); `palisade apps list` shows them.")
        }
    }

    func resolve() throws -> Paths {
        var configuration = try ConfigurationLoader().load(file: config)
        if let dataDirectory { configuration.dataDirectory = dataDirectory }
        let directory = configuration.dataDirectory as NSString
        let database = directory.appendingPathComponent("audit.sqlite")
        guard FileManager.default.fileExists(atPath: database) else {
            throw ValidationError("No audit log at \(database); pass the gateway's data directory with --data-dir.")
        }
        return Paths(
            directory: configuration.dataDirectory, database: database,
            keyFile: configuration.audit.keyFile ?? directory.appendingPathComponent("audit.key"),
            publicKeyFile: directory.appendingPathComponent("audit-signing.pub")
        )
    }
}

/// The metadata filters `search` and `export` share, named as the admin API's query parameters.
struct AuditFilterOptions: ParsableArguments {
    @Option(help: "Only events of the last DURATION: a number with s, m, h or d, e.g. 24h.")
    var since: String?

    @Option(help: "Only events from this ISO 8601 time or date on.")
    var from: String?

    @Option(help: "Only events before this ISO 8601 time or date.")
    var to: String?

    @Option(help: "Only this application (name or id).")
    var app: String?

    @Option(help: "Only this application key id.")
    var key: String?

    @Option(help: "Only this end user.")
    var user: String?

    @Option(help: "Only this session.")
    var session: String?

    @Option(help: "Only this client IP address.")
    var ip: String?

    @Option(help: "Only this model.")
    var model: String?

    @Option(name: .customLong("finding-kind"), help: "Only events with a finding of this kind: \(FindingKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var findingKind: String?

    @Option(help: "Only events with a decision of this action (allow, mask, block, …).")
    var decision: String?

    func values(_ paths: AuditLocation.Paths) async throws -> [String: String] {
        var values = ["since": since, "from": from, "to": to, "key": key, "user": user, "session": session, "ip": ip, "model": model,
                      "finding_kind": findingKind, "decision": decision].compactMapValues { $0 }
        if let app { values["app"] = try await paths.applicationID(app) }
        return values
    }
}

/// Events as aligned columns for a terminal.
enum AuditTable {
    static func render(_ events: [AuditEvent]) -> String {
        guard !events.isEmpty else { return "No matching audit events." }
        let header = ["TIME", "ID", "APP", "USER", "SESSION", "MODEL", "STATUS", "FINDINGS", "DECISIONS"]
        let rows = events.map { event in
            [
                event.record.startedAt.formatted(.iso8601), event.id, event.applicationName ?? event.record.applicationID ?? "-",
                event.record.endUser ?? "-", event.record.session ?? "-", event.record.model ?? "-", String(event.record.status),
                summary(event.record.findings.map(\.kind.rawValue)), summary(event.decisions.map(\.action)),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// `pii×2,injection`: each kind once, with its count when above one.
    private static func summary(_ tags: [String]) -> String {
        guard !tags.isEmpty else { return "-" }
        var counts: [String: Int] = [:]
        for tag in tags { counts[tag, default: 0] += 1 }
        return counts.keys.sorted().map { counts[$0]! > 1 ? "\($0)×\(counts[$0]!)" : $0 }.joined(separator: ",")
    }
}

private func writeLine(_ data: Data) throws {
    try FileHandle.standardOutput.write(contentsOf: data + Data("\n".utf8))
}

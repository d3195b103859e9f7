import Foundation
import Hummingbird
import NIOCore
import PalisadeAudit
import PalisadeCore
import PalisadeStore

/// Investigations over the tamper-evident audit log: search, single events, conversations,
/// streamed exports and verification. All need the analyst role, which may read payloads, so
/// free-text search and `payloads=true` are allowed to every caller that gets this far.
struct AuditAdminRoutes: Sendable {
    let audit: AuditLog?
    let store: any Store

    var routes: [AdminRoute] {
        [
            route("/audit", "Search audit events, newest first (`since`, `from`, `to`, `app`, `key`, `user`, `session`, `ip`, `model`, `finding_kind`, `decision`, `text`, `limit`, `cursor`, `payloads`)") { request, _ in
                let query = try await query(Self.filters(request))
                return json(try AuditJSON.encode(try await log().reader.events(matching: query)))
            },
            route("/audit/export", "Stream matching events as JSON lines (`format=jsonl`) or OCSF findings (`format=ocsf`), oldest first") { request, _ in
                var filters = Self.filters(request)
                let format = try exportFormat(filters.removeValue(forKey: "format") ?? "jsonl")
                var query = try await query(filters)
                guard query.text == nil else { throw AdminError.invalid("Exports do not search payload text; narrow them with the metadata filters.") }
                query.limit = Self.exportPageSize
                let lines = AuditExport(reader: try log().reader, query: query, format: format).map { ByteBuffer(bytes: $0) }
                return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody(asyncSequence: lines))
            },
            route("/audit/verify", "Verify the audit log's hash chain and signed checkpoints") { _, _ in
                json(try AuditJSON.encode(try await log().verify()))
            },
            route("/audit/:id", "One audit event with its findings and decisions (`payloads=true` adds the bodies)") { request, call in
                let id = try call.parameter("id")
                guard let event = try await log().reader.event(id: id, readPayloads: try payloadsWanted(request)) else {
                    throw AdminError.notFound("Audit event '\(id)'")
                }
                return json(try AuditJSON.encode(event))
            },
            route("/conversations/:session", "Every turn of a session in order, from the audit log (`payloads=true` adds the bodies)") { request, call in
                let session = try call.parameter("session")
                let events = try await log().reader.conversation(session: session, readPayloads: try payloadsWanted(request))
                guard !events.isEmpty else { throw AdminError.notFound("Conversation '\(session)'") }
                return json(try AuditJSON.encode(session: session, events: events))
            },
        ]
    }

    /// Every audit route needs the analyst role, and answers the log's refusals with the
    /// status a caller can act on.
    private func route(_ path: String, _ summary: String, handler: @escaping AdminRoute.Handler) -> AdminRoute {
        AdminRoute(.get, path, .analyst, summary) { request, call in
            do {
                return try await handler(request, call)
            } catch let error as AuditError {
                throw AdminError(error)
            }
        }
    }

    /// Pages an export reads at a time: large enough to amortise the query, small enough that
    /// a slow client holds little memory.
    private static let exportPageSize = 500

    private func log() throws -> AuditLog {
        guard let audit else {
            throw AdminError(status: .notFound, code: "audit_disabled", message: "The audit log is disabled; set audit.enabled: true and restart the gateway.")
        }
        return audit
    }

    private static func filters(_ request: Request) -> [String: String] {
        var filters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { filters[String(name)] = String(value) }
        return filters
    }

    /// The filters as an audit query, with `app` accepted as a name or an id.
    private func query(_ filters: [String: String]) async throws -> AuditQuery {
        var filters = filters
        if let app = filters["app"] {
            let named = try await store.application(named: app)
            let byID = named == nil ? try await store.application(id: app) : nil
            guard let application = named ?? byID else { throw AdminError.notFound("Application '\(app)'") }
            filters["app"] = application.id
        }
        do {
            return try AuditQuery(filters: filters)
        } catch {
            throw AdminError.invalid(error.description)
        }
    }

    private func payloadsWanted(_ request: Request) throws -> Bool {
        guard let value = request.uri.queryParameters["payloads"] else { return false }
        guard let flag = Bool(String(value)) else { throw AdminError.invalid("`payloads` must be true or false, not '\(value)'.") }
        return flag
    }

    private func exportFormat(_ name: String) throws -> AuditExport.Format {
        switch name {
        case "jsonl": .jsonLines
        case "ocsf": .ocsf(OCSFEncoder())
        default: throw AdminError.invalid("`format` must be jsonl or ocsf, not '\(name)'.")
        }
    }

    private func json(_ data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension AdminError {
    /// A bad filter or cursor is the caller's to fix (400); anything else means the log cannot
    /// be read right now (503), with the operator's fix in the message.
    init(_ error: AuditError) {
        switch error {
        case .invalidFilter, .invalidCursor:
            self.init(status: .badRequest, code: "invalid_request", message: error.description)
        default:
            self.init(status: .serviceUnavailable, code: "audit_unavailable", message: error.description)
        }
    }
}

import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import PalisadeProviders

/// The connection pools to upstream providers, with Palisade's timeouts and error mapping.
///
/// One pool per event loop: a request's upstream call runs on connections of the loop that read
/// the request, so an exchange is read, forwarded and answered on one thread. With one shared
/// pool, a request takes whichever connection is idle, on whichever loop, and every exchange
/// crosses threads twice (measured: two wake-ups per request on each of two threads).
final class UpstreamClient: Sendable {
    private let clients: [ObjectIdentifier: HTTPClient]
    /// For calls made off the event loops (tasks on Swift's default executor, as in tests).
    let httpClient: HTTPClient
    private let timeouts: UpstreamTimeouts

    init(timeouts: UpstreamTimeouts, group: MultiThreadedEventLoopGroup = .singleton) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .init(timeouts.connect), read: .init(timeouts.idle))
        // Fail fast on a refused connection: the caller gets a 502 now, not after the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.decompression = .disabled
        // The upstream call's span is Palisade's own (`ExchangeTracing`, on its own tracer); the
        // client's would go to the never-bootstrapped global tracer and still cost every request.
        configuration.tracing.tracer = nil
        let loops = Array(group.makeIterator())
        // At most 256 connections per provider host in all, shared out between the loops' pools.
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, 256 / loops.count)
        let perLoop = loops.map { HTTPClient(eventLoopGroupProvider: .shared($0), configuration: configuration) }
        clients = Dictionary(uniqueKeysWithValues: zip(loops.map { ObjectIdentifier($0) }, perLoop))
        httpClient = perLoop[0]
        self.timeouts = timeouts
    }

    func shutdown() async throws {
        for client in clients.values { try await client.shutdown() }
    }

    /// The pool of `loop`; off the event loops (`nil`), the first pool.
    func client(on loop: (any EventLoop)?) -> HTTPClient {
        loop.flatMap { clients[ObjectIdentifier($0)] } ?? httpClient
    }

    /// Sends the request and returns once the response head has arrived.
    func send(_ request: HTTPClientRequest, to endpoint: ProviderEndpoint) async throws(ProviderError) -> HTTPClientResponse {
        do {
            return try await client(on: MultiThreadedEventLoopGroup.currentEventLoop).execute(request, timeout: .init(timeouts.response))
        } catch {
            throw Self.providerError(for: error, endpoint: endpoint)
        }
    }

    /// A 504 for anything that ran out of time, a 502 for anything else the upstream did wrong.
    static func providerError(for error: any Error, endpoint: ProviderEndpoint) -> ProviderError {
        let name = "the upstream provider '\(endpoint.name)'"
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .connectTimeout:
                return ProviderError(status: 504, code: "upstream_timeout", message: "Timed out waiting for \(name).")
            case .remoteConnectionClosed:
                return ProviderError(status: 502, code: "upstream_connection_closed", message: "\(name.capitalizedFirst) closed the connection before finishing its answer.")
            default:
                break
            }
        }
        if let parserError = error as? HTTPParserError {
            if parserError == .invalidEOFState {
                return ProviderError(status: 502, code: "upstream_connection_closed", message: "\(name.capitalizedFirst) closed the connection before finishing its answer.")
            }
            return ProviderError(status: 502, code: "upstream_invalid_response", message: "\(name.capitalizedFirst) sent a malformed HTTP response: \(parserError).")
        }
        if error is CancellationError {
            return ProviderError(status: 499, code: "client_closed", message: "The client went away.")
        }
        return ProviderError(status: 502, code: "upstream_unavailable", message: "Cannot reach \(name) at \(endpoint.baseURL): \(error)")
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

import Hummingbird
import NIOCore

/// Per-request context: Hummingbird's core storage plus the peer address (the client IP that
/// records and IP blocks use).
public struct GatewayRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    var clientIP: String? { remoteAddress?.ipAddress }
}

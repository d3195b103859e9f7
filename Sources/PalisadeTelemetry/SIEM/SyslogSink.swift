import Foundation
import NIOCore
import NIOPosix

/// Sends each event as one RFC 5424 syslog message: a datagram each over UDP, or over TCP with
/// octet-counting framing (RFC 6587: `LENGTH SP MESSAGE`), so JSON with newlines stays whole.
public struct SyslogSink: SIEMSink {
    public enum Transport: String, Sendable, Codable {
        case udp
        case tcp
    }

    public let kind = SIEMSinkKind.syslog
    private let host: String
    private let port: Int
    private let transport: Transport
    private let facility: Int
    private let severity: Int
    private let hostname: String
    private let structuredData: [(String, String)]
    private let group: any EventLoopGroup

    /// - Parameters:
    ///   - facility: syslog facility, 13 (log audit) by default.
    ///   - severity: syslog severity of every message, 5 (notice) by default.
    ///   - structuredData: parameters sent in a `[palisade@32473 …]` element of every message;
    ///     none sends the nil value `-`.
    public init(
        host: String,
        port: Int,
        transport: Transport,
        facility: Int = 13,
        severity: Int = 5,
        structuredData: [(String, String)] = [],
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws(TelemetryError) {
        guard (0...23).contains(facility), (0...7).contains(severity) else {
            throw .invalidSIEMConfiguration(reason: "syslog facility must be 0...23 and severity 0...7, not \(facility) and \(severity).")
        }
        self.host = host
        self.port = port
        self.transport = transport
        self.facility = facility
        self.severity = severity
        self.hostname = ProcessInfo.processInfo.hostName
        self.structuredData = structuredData
        self.group = group
    }

    public func deliver(_ events: [[UInt8]]) async throws {
        guard !events.isEmpty else { return }
        let now = Date()
        let messages = events.map { event in
            SyslogMessage(
                facility: facility,
                severity: severity,
                timestamp: now,
                hostname: hostname,
                appName: "palisade",
                messageID: "event",
                structuredDataID: "palisade@32473",
                structuredData: structuredData,
                message: event
            ).bytes()
        }
        do {
            switch transport {
            case .udp: try await sendDatagrams(messages)
            case .tcp: try await sendFramed(messages)
            }
        } catch let error as TelemetryError {
            throw error
        } catch {
            throw TelemetryError.siemDeliveryFailed(sink: "syslog \(transport.rawValue)://\(host):\(port)", reason: "\(error)")
        }
    }

    private func sendDatagrams(_ messages: [[UInt8]]) async throws {
        let remote = try SocketAddress.makeAddressResolvingHost(host, port: port)
        let channel = try await DatagramBootstrap(group: group)
            .bind(host: remote.protocol == .inet6 ? "::" : "0.0.0.0", port: 0)
            .get()
        do {
            // Every write is awaited, not only the last: a datagram the kernel refused must fail
            // the batch so that it is retried, rather than vanish.
            let writes = messages.map { message in
                channel.write(AddressedEnvelope(remoteAddress: remote, data: channel.allocator.buffer(bytes: message)))
            }
            channel.flush()
            for write in writes { try await write.get() }
        } catch {
            try? await channel.close()
            throw error
        }
        try await channel.close()
    }

    private func sendFramed(_ messages: [[UInt8]]) async throws {
        let channel = try await ClientBootstrap(group: group).connect(host: host, port: port).get()
        var buffer = channel.allocator.buffer(capacity: messages.reduce(0) { $0 + $1.count + 8 })
        for message in messages {
            buffer.writeString("\(message.count) ")
            buffer.writeBytes(message)
        }
        do {
            try await channel.writeAndFlush(buffer).get()
        } catch {
            try? await channel.close()
            throw error
        }
        try await channel.close()
    }
}

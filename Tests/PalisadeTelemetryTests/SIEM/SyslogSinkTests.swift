import Foundation
import PalisadeTelemetry
import Testing

@Suite struct SyslogSinkTests {
    /// Splits an octet-counted stream (`LENGTH SP MESSAGE`...) into messages.
    private func frames(_ stream: [UInt8]) -> [String] {
        var messages: [String] = []
        var rest = stream[...]
        while let space = rest.firstIndex(of: UInt8(ascii: " ")), let length = Int(String(decoding: rest[..<space], as: UTF8.self)) {
            let start = rest.index(after: space)
            messages.append(String(decoding: rest[start..<start + length], as: UTF8.self))
            rest = rest[(start + length)...]
        }
        return messages
    }

    @Test func udpSendsOneRFC5424DatagramPerEvent() async throws {
        let receiver = try await UDPReceiver()
        let sink = try SyslogSink(host: "127.0.0.1", port: receiver.port, transport: .udp, structuredData: [("tenant", "acme \"eu\"")])
        try await sink.deliver([Array(#"{"n":1}"#.utf8), Array(#"{"n":2}"#.utf8)])

        #expect(await receiver.datagrams.wait { $0.count == 2 })
        let messages = receiver.datagrams.strings.sorted()
        #expect(messages.count == 2)
        let first = try #require(messages.first)
        // <13*8+5>1 TIMESTAMP HOST palisade PID event [SD] MSG
        #expect(first.hasPrefix("<109>1 "))
        #expect(first.contains(" palisade "))
        #expect(first.contains(#" event [palisade@32473 tenant="acme \"eu\""] {"n":1}"#))
        #expect(messages[1].hasSuffix(#"{"n":2}"#))
        try await receiver.stop()
    }

    @Test func tcpUsesOctetCountingSoMultilineJSONStaysWhole() async throws {
        let receiver = try await TCPReceiver()
        let sink = try SyslogSink(host: "127.0.0.1", port: receiver.port, transport: .tcp, facility: 4, severity: 2)
        let multiline = "{\n  \"n\": 1\n}"
        try await sink.deliver([Array(multiline.utf8), Array(#"{"n":2}"#.utf8)])

        #expect(await receiver.streams.wait { $0.count == 1 })
        let messages = frames(receiver.streams.all[0])
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("<34>1 "))
        #expect(messages[0].hasSuffix(" event - " + multiline))
        #expect(messages[1].hasSuffix(#" - {"n":2}"#))
        try await receiver.stop()
    }

    @Test func invalidPriorityIsRejectedWithAReason() {
        #expect(throws: TelemetryError.self) {
            try SyslogSink(host: "127.0.0.1", port: 514, transport: .udp, facility: 30)
        }
    }
}

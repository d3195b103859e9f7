import PalisadeProviders
import Testing

@Suite struct ServerSentEventParserTests {
    private let stream = "event: message_start\ndata: {\"a\":1}\n\n: keep-alive comment\n\ndata: first line\ndata: second line\n\r\nid: 7\r\ndata: [DONE]\r\n\r\n"

    private let expected = [
        ServerSentEvent(event: "message_start", data: #"{"a":1}"#),
        ServerSentEvent(data: "first line\nsecond line"),
        ServerSentEvent(data: "[DONE]", id: "7"),
    ]

    /// Feeds the stream in pieces, as contiguous memory (network buffers, arrays) or as a
    /// sequence that has none.
    private func parse(inPiecesOf size: Int, contiguous: Bool = true) throws -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        let bytes = Array(stream.utf8)
        var index = 0
        while index < bytes.count {
            let end = min(index + size, bytes.count)
            events += try contiguous ? parser.feed(bytes[index..<end]) : parser.feed(bytes[index..<end].lazy.map { $0 })
            index = end
        }
        return events + parser.finish()
    }

    @Test(arguments: [1, 2, 3, 7, 1000])
    func eventsAreTheSameWhateverTheChunking(size: Int) throws {
        #expect(try parse(inPiecesOf: size) == expected)
        #expect(try parse(inPiecesOf: size, contiguous: false) == expected)
    }

    @Test func anUnterminatedLastEventStillCounts() throws {
        var parser = ServerSentEventParser()
        #expect(try parser.feed(Array("data: tail".utf8)).isEmpty)
        #expect(parser.finish() == [ServerSentEvent(data: "tail")])
    }

    @Test func aLineBeyondTheLimitIsAnError() {
        var parser = ServerSentEventParser(maximumEventBytes: 16)
        #expect(throws: ServerSentEventError.eventTooLarge(limit: 16)) {
            _ = try parser.feed(Array(String(repeating: "x", count: 40).utf8))
        }
    }

    /// Short data lines that never end their event must not pile up without bound either.
    @Test func anEventOfManyLinesBeyondTheLimitIsAnError() throws {
        var parser = ServerSentEventParser(maximumEventBytes: 64)
        #expect(try parser.feed(Array(String(repeating: "data: abc\n", count: 10).utf8)).isEmpty)
        #expect(throws: ServerSentEventError.eventTooLarge(limit: 64)) {
            _ = try parser.feed(Array(String(repeating: "data: abc\n", count: 10).utf8))
        }
        var bounded = ServerSentEventParser(maximumEventBytes: 64)
        let events = try bounded.feed(Array(String(repeating: "data: abc\n\n", count: 100).utf8))
        #expect(events.count == 100)
    }

    @Test func encodingRoundTrips() throws {
        let event = ServerSentEvent(event: "error", data: "line one\nline two")
        var parser = ServerSentEventParser()
        #expect(try parser.feed(Array(event.encoded.utf8)) == [event])
    }
}

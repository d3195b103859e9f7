/// Incremental parser for `text/event-stream` (the WHATWG event-stream grammar): bytes go in as
/// they arrive from the network, complete events come out. Holds at most one partial event.
public struct ServerSentEventParser: Sendable {
    /// An event longer than this is not an LLM stream; the upstream is answering garbage, and
    /// holding it would let an upstream that never sends a blank line exhaust the gateway's memory.
    public static let defaultMaximumEventBytes = 8 << 20

    private let maximumEventBytes: Int
    private var line: [UInt8] = []
    /// Bytes of the data lines the pending event has collected.
    private var eventDataBytes = 0
    private var lastByteWasCarriageReturn = false
    private var eventName: String?
    private var dataLines: [String] = []
    private var lastEventID: String?
    private var sawField = false

    public init(maximumEventBytes: Int = ServerSentEventParser.defaultMaximumEventBytes) {
        self.maximumEventBytes = maximumEventBytes
    }

    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(ServerSentEventError) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        // Callers pass network buffers from another module, where a generic byte-by-byte
        // iteration goes through witness tables for every byte: read them as contiguous memory.
        let fed = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(ServerSentEventError) in try feed(buffer, into: &events) }
        }
        guard let fed else { return try feed(Array(bytes)) }
        try fed.get()
        return events
    }

    /// Appends each run up to a line break at once; a line break ends the line.
    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) throws(ServerSentEventError) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                if !lastByteWasCarriageReturn { endLine(into: &events) }
                lastByteWasCarriageReturn = false
                index += 1
            } else if byte == UInt8(ascii: "\r") {
                endLine(into: &events)
                lastByteWasCarriageReturn = true
                index += 1
            } else {
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                if line.count + eventDataBytes > maximumEventBytes {
                    throw ServerSentEventError.eventTooLarge(limit: maximumEventBytes)
                }
                lastByteWasCarriageReturn = false
                index = end
            }
        }
    }

    /// Ends the stream: an event the upstream did not terminate with a blank line still counts.
    public mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !line.isEmpty { endLine(into: &events) }
        dispatch(into: &events)
        return events
    }

    private mutating func endLine(into events: inout [ServerSentEvent]) {
        defer { line.removeAll(keepingCapacity: true) }
        guard !line.isEmpty else {
            dispatch(into: &events)
            return
        }
        guard line.first != UInt8(ascii: ":") else { return }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.count
        var valueStart = min(colon + 1, line.count)
        if valueStart < line.count, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let field = line[..<colon]
        sawField = true
        if field.elementsEqual("data".utf8) {
            dataLines.append(String(decoding: line[valueStart...], as: UTF8.self))
            eventDataBytes += line.count - valueStart + 1
        } else if field.elementsEqual("event".utf8) {
            eventName = String(decoding: line[valueStart...], as: UTF8.self)
        } else if field.elementsEqual("id".utf8) {
            lastEventID = String(decoding: line[valueStart...], as: UTF8.self)
        }
    }

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer {
            eventName = nil
            dataLines.removeAll(keepingCapacity: true)
            eventDataBytes = 0
            sawField = false
        }
        guard sawField, !dataLines.isEmpty || eventName != nil else { return }
        events.append(ServerSentEvent(event: eventName, data: dataLines.joined(separator: "\n"), id: lastEventID))
    }
}

public enum ServerSentEventError: Error, Sendable, Hashable, CustomStringConvertible {
    case eventTooLarge(limit: Int)

    public var description: String {
        switch self {
        case .eventTooLarge(let limit): "The upstream stream sent an event larger than \(limit) bytes; it is not a valid event stream."
        }
    }
}

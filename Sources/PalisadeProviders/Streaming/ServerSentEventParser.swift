/// Incremental parser for `text/event-stream` (the WHATWG event-stream grammar): bytes go in as
/// they arrive from the network, complete events come out. Holds at most one partial line.
public struct ServerSentEventParser: Sendable {
    /// A line longer than this is not an LLM stream; the upstream is answering garbage.
    public static let defaultMaximumLineBytes = 8 << 20

    private let maximumLineBytes: Int
    private var line: [UInt8] = []
    private var lastByteWasCarriageReturn = false
    private var eventName: String?
    private var dataLines: [String] = []
    private var lastEventID: String?
    private var sawField = false

    public init(maximumLineBytes: Int = ServerSentEventParser.defaultMaximumLineBytes) {
        self.maximumLineBytes = maximumLineBytes
    }

    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(ServerSentEventError) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"):
                if lastByteWasCarriageReturn {
                    lastByteWasCarriageReturn = false
                    continue
                }
                endLine(into: &events)
            case UInt8(ascii: "\r"):
                lastByteWasCarriageReturn = true
                endLine(into: &events)
                continue
            default:
                line.append(byte)
                if line.count > maximumLineBytes {
                    throw ServerSentEventError.lineTooLong(limit: maximumLineBytes)
                }
            }
            lastByteWasCarriageReturn = false
        }
        return events
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
        let field: String
        var value: Substring
        if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            field = String(decoding: line[..<colon], as: UTF8.self)
            value = Substring(String(decoding: line[(colon + 1)...], as: UTF8.self))
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = String(decoding: line, as: UTF8.self)
            value = ""
        }
        sawField = true
        switch field {
        case "event": eventName = String(value)
        case "data": dataLines.append(String(value))
        case "id": lastEventID = String(value)
        default: break
        }
    }

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer {
            eventName = nil
            dataLines.removeAll(keepingCapacity: true)
            sawField = false
        }
        guard sawField, !dataLines.isEmpty || eventName != nil else { return }
        events.append(ServerSentEvent(event: eventName, data: dataLines.joined(separator: "\n"), id: lastEventID))
    }
}

public enum ServerSentEventError: Error, Sendable, Hashable, CustomStringConvertible {
    case lineTooLong(limit: Int)

    public var description: String {
        switch self {
        case .lineTooLong(let limit): "The upstream stream sent a line longer than \(limit) bytes; it is not a valid event stream."
        }
    }
}

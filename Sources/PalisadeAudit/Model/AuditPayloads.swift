import Foundation

/// The bodies of one exchange at each point of its path through the gateway.
public struct AuditPayloads: Sendable, Hashable {
    /// The request as the application sent it.
    public var applicationRequest: Data?
    /// The request as forwarded to the provider, after masking.
    public var providerRequest: Data?
    /// The response as the provider sent it.
    public var providerResponse: Data?
    /// The response as returned to the application, after restoring placeholders.
    public var applicationResponse: Data?

    public init(applicationRequest: Data? = nil, providerRequest: Data? = nil, providerResponse: Data? = nil, applicationResponse: Data? = nil) {
        self.applicationRequest = applicationRequest
        self.providerRequest = providerRequest
        self.providerResponse = providerResponse
        self.applicationResponse = applicationResponse
    }

    public var isEmpty: Bool { slots.allSatisfy { $0 == nil } }

    /// The bodies a capture mode keeps.
    func kept(by mode: CaptureMode) -> AuditPayloads {
        switch mode {
        case .full: self
        case .masked: AuditPayloads(providerRequest: providerRequest, providerResponse: providerResponse)
        case .metadata: AuditPayloads()
        }
    }

    private var slots: [Data?] { [applicationRequest, providerRequest, providerResponse, applicationResponse] }

    /// Each of the four slots as a presence byte, a 4-byte big-endian length and the bytes: a
    /// framing that needs no escaping and keeps bodies byte-exact.
    func framed() -> Data {
        var data = Data(capacity: slots.reduce(20) { $0 + ($1?.count ?? 0) })
        for slot in slots {
            guard let slot else {
                data.append(0)
                continue
            }
            data.append(1)
            withUnsafeBytes(of: UInt32(slot.count).bigEndian) { data.append(contentsOf: $0) }
            data.append(slot)
        }
        return data
    }

    init?(framed data: Data) {
        var slots: [Data?] = []
        var index = data.startIndex
        for _ in 0..<4 {
            guard index < data.endIndex else { return nil }
            let present = data[index]
            index += 1
            guard present == 1 else {
                slots.append(nil)
                continue
            }
            guard data.endIndex - index >= 4 else { return nil }
            let length = data[index..<index + 4].reduce(0) { $0 << 8 | Int($1) }
            index += 4
            guard data.endIndex - index >= length else { return nil }
            slots.append(Data(data[index..<index + length]))
            index += length
        }
        guard index == data.endIndex else { return nil }
        self.init(applicationRequest: slots[0], providerRequest: slots[1], providerResponse: slots[2], applicationResponse: slots[3])
    }
}

/// Why a telemetry component could not do what was asked, worded for the operator.
public enum TelemetryError: Error, Sendable, CustomStringConvertible {
    case inventoryUnavailable(path: String, reason: String)
    case siemDeliveryFailed(sink: String, reason: String)
    case invalidSIEMConfiguration(reason: String)

    public var description: String {
        switch self {
        case .inventoryUnavailable(let path, let reason):
            "Cannot use the inventory database at \(path): \(reason). Check that the data directory is writable and not used by another Palisade process."
        case .siemDeliveryFailed(let sink, let reason):
            "Cannot deliver events to the \(sink) SIEM sink: \(reason). Check that the receiver is running and reachable from the gateway."
        case .invalidSIEMConfiguration(let reason):
            "The SIEM configuration is invalid: \(reason)"
        }
    }
}

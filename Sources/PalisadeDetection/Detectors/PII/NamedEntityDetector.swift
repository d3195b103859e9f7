import PalisadeCore

/// Placeholder until the gazetteer-based entity recognizer lands.
public struct NamedEntityDetector: ByteScanningDetector {
    public let name = "pii.entities"

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {}
}

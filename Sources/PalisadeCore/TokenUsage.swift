/// Token counts of one exchange. `estimated` is set when the provider reported no usage and
/// the figures come from Palisade's own estimate.
public struct TokenUsage: Sendable, Hashable, Codable {
    public var input: Int
    public var output: Int
    public var estimated: Bool

    public init(input: Int = 0, output: Int = 0, estimated: Bool = false) {
        self.input = input
        self.output = output
        self.estimated = estimated
    }

    public var total: Int { input + output }
}

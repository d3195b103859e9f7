/// A request that is valid JSON but not a request body Palisade can inspect.
public struct RequestShapeError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

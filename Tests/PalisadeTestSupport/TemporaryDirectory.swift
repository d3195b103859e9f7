import Foundation

/// A scratch directory under the system's temporary directory, removed with everything in it
/// when the last reference goes, so that test runs leave nothing behind.
///
/// Swift Testing makes a new suite instance for every test, so a suite that holds one as a
/// stored property gets a fresh directory per test and loses it when the test ends.
public final class TemporaryDirectory: Sendable {
    public let path: String

    /// Creates `label-UUID`. A failure to create it shows as the test's own error on first use.
    public init(_ label: String = "palisade-test") {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside this directory, for a test that needs more than one store or file.
    public func path(_ name: String) -> String {
        path + "/" + name
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

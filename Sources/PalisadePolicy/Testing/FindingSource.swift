import PalisadeCore

/// Where policy test cases get detector findings. The CLI passes the real detection pipeline;
/// a test of the suite itself can pass a fixed list.
public protocol FindingSource: Sendable {
    /// Findings in `segments`, with role, direction and path filled in.
    func findings(in segments: [Segment], direction: Direction) -> [Finding]
}

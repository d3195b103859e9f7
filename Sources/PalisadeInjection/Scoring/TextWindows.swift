/// Splits long text into overlapping windows of UTF-8 bytes, cut at scalar boundaries and,
/// where one is near, at whitespace. A hostile paragraph in a long document is then scored
/// with little benign context around it to dilute it.
struct TextWindows: Sendable, Hashable {
    var size = 512
    var stride = 256
    /// Bytes beyond this are not scored; `InjectionAssessment.truncated` says so.
    var maximumBytes = 4 * 1024 * 1024

    func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        let end = min(bytes.count, maximumBytes)
        guard end > size else { return [0..<end] }
        var ranges: [Range<Int>] = []
        var start = 0
        while true {
            let upper = start + size >= end ? end : Self.boundary(in: bytes, near: start + size, floor: start + size / 2)
            ranges.append(start..<upper)
            if upper >= end { break }
            start = Self.boundary(in: bytes, near: start + stride, floor: start + 1)
        }
        return ranges
    }

    /// The last whitespace within 64 bytes before `position`, else the scalar boundary at or before it.
    private static func boundary(in bytes: [UInt8], near position: Int, floor: Int) -> Int {
        var cursor = position
        while cursor > max(floor, position - 64) {
            let byte = bytes[cursor]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 { return cursor }
            cursor -= 1
        }
        cursor = position
        while cursor > floor && bytes[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        return cursor
    }
}

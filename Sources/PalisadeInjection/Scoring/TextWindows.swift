/// Splits long text into consecutive windows of UTF-8 bytes, cut at scalar boundaries and,
/// where one is near, at whitespace, and into lines and sentences. A hostile paragraph in a
/// long document is then scored with little benign context around it to dilute it; an
/// instruction cut in two by a window boundary is still whole in its sentence.
struct TextWindows: Sendable, Hashable {
    var size = 512
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
            start = upper
        }
        return ranges
    }

    /// Lines and sentences of a text that has more than one, so that an instruction planted in
    /// a table row or between two sentences of an e-mail is also scored on its own. Only the
    /// first `maximumSentenceBytes` are split; the windows cover the rest.
    func sentenceRanges(in bytes: [UInt8]) -> [Range<Int>] {
        let end = min(bytes.count, Self.maximumSentenceBytes)
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < end {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            let isBreak = byte == 0x0A || ((byte == 0x2E || byte == 0x3F || byte == 0x21) && (next == 0x20 || next == 0x0A))
                || (byte == 0xE3 && next == 0x80 && index + 2 < bytes.count && bytes[index + 2] == 0x82)
            if isBreak {
                let upper = byte == 0xE3 ? index + 3 : index + 1
                if upper - start >= Self.minimumSentenceBytes && upper - start < size { ranges.append(start..<upper) }
                start = upper
                index = upper
                continue
            }
            index += 1
        }
        if !ranges.isEmpty, end - start >= Self.minimumSentenceBytes, end - start < size { ranges.append(start..<end) }
        return ranges.count > 1 ? ranges : []
    }

    static let minimumSentenceBytes = 24
    static let maximumSentenceBytes = 64 * 1024

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

/// Decodes Unicode scalars from UTF-8 bytes with their byte offsets. Invalid sequences (which a
/// `String` never holds, but a byte view of foreign data might) decode as U+FFFD, one byte each.
struct ScalarIterator: IteratorProtocol {
    let text: UTF8Text
    var offset: Int

    init(_ text: UTF8Text, from offset: Int = 0) {
        self.text = text
        self.offset = offset
    }

    mutating func next() -> (scalar: UInt32, range: Range<Int>)? {
        guard offset < text.count else { return nil }
        let start = offset
        let lead = text[start]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: length = 1; value = UInt32(lead)
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(lead & 0x07)
        default: offset += 1; return (0xFFFD, start..<offset)
        }
        guard start + length <= text.count else { offset += 1; return (0xFFFD, start..<offset) }
        for index in (start + 1)..<(start + length) {
            let byte = text[index]
            guard byte & 0xC0 == 0x80 else { offset += 1; return (0xFFFD, start..<offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        offset += length
        return (value, start..<offset)
    }
}

extension UTF8Text {
    /// Index of the first byte >= 0x80, or nil for pure ASCII text. Most prompts are ASCII, and
    /// every Unicode detector starts here.
    func firstNonASCII() -> Int? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        // Eight bytes at a time: any high bit set means a non-ASCII byte in the word.
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < count {
            if bytes[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }
}

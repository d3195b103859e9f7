import PalisadeCore

/// Finds markup that runs code when an application renders the answer as HTML: script and
/// frame elements, event-handler attributes, `javascript:` URLs and `srcdoc`.
///
/// A single left-to-right pass over the bytes. Answers come from a model that injected text can
/// steer, so the scan must stay linear: a regular expression with a lazy attribute run took tens
/// of seconds on 100 KB of unclosed `<a ` tags.
public struct UnsafeHTMLDetector: Detector {
    public let name = "html"

    public init() {}

    private static let activeElements = ["script", "iframe", "object", "embed", "frameset", "frame"].map { Array($0.utf8) }
    private static let javascript = Array("javascript".utf8)
    private static let srcdoc = Array("srcdoc".utf8)

    public func detect(in text: String) -> [Finding] {
        guard text.utf8.contains(UInt8(ascii: "<")) || TextNormalizer.normalize(text).contains("javascript") else { return [] }
        let bytes = Array(text.utf8)
        let handlers = Self.eventHandlers(in: bytes)
        var findings: [Finding] = []
        var nextHandler = 0
        var index = 0
        while index < bytes.count {
            while nextHandler < handlers.count, handlers[nextHandler].space < index + 2 { nextHandler += 1 }
            guard let end = Self.match(at: index, in: bytes, handler: nextHandler < handlers.count ? handlers[nextHandler] : nil) else {
                index += 1
                continue
            }
            let what = String(String(decoding: bytes[index..<end], as: UTF8.self).prefix(40))
            findings.append(Finding(
                kind: .policy, type: PolicyFindingType.unsafeHTML, severity: .high, confidence: 0.9,
                utf8Range: index..<end, evidence: "active markup `\(what)`"
            ))
            index = end
        }
        return findings
    }

    /// Where a match starting at `start` ends, trying the forms in order: `<script`, `javascript:`,
    /// a tag with an event handler before its `>`, `srcdoc=`.
    private static func match(at start: Int, in bytes: [UInt8], handler: (space: Int, end: Int, tagClose: Int)?) -> Int? {
        switch bytes[start].lowercasedASCII {
        case UInt8(ascii: "<"):
            var name = start + 1
            while name < bytes.count, bytes[name].isSpace { name += 1 }
            for element in activeElements where bytes.hasCaseInsensitive(element, at: name) && !bytes.isWordByte(at: name + element.count) {
                return name + element.count
            }
            // `<a ... onclick=`: the first handler after the tag name, with no `>` between.
            if bytes.count > start + 1, bytes[start + 1].isLetter, let handler, handler.tagClose < start {
                return handler.end
            }
            return nil
        case UInt8(ascii: "j"):
            guard !bytes.isWordByte(at: start - 1), bytes.hasCaseInsensitive(javascript, at: start) else { return nil }
            return bytes.skippingSpaces(from: start + javascript.count, to: UInt8(ascii: ":"))
        case UInt8(ascii: "s"):
            guard !bytes.isWordByte(at: start - 1), bytes.hasCaseInsensitive(srcdoc, at: start) else { return nil }
            return bytes.skippingSpaces(from: start + srcdoc.count, to: UInt8(ascii: "="))
        default:
            return nil
        }
    }

    /// Every `on<letters>=` after a space or `/` in the text, with where it ends and the last `>` before it
    /// (`-1` when none), in one pass.
    private static func eventHandlers(in bytes: [UInt8]) -> [(space: Int, end: Int, tagClose: Int)] {
        var handlers: [(space: Int, end: Int, tagClose: Int)] = []
        var lastClose = -1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { lastClose = index }
            // Browsers also take `/` between attributes: `<svg/onload=...>`.
            guard byte.isSpace || byte == UInt8(ascii: "/"), index + 3 < bytes.count, bytes[index + 1].lowercasedASCII == UInt8(ascii: "o"),
                  bytes[index + 2].lowercasedASCII == UInt8(ascii: "n"), bytes[index + 3].isLetter
            else {
                index += 1
                continue
            }
            var cursor = index + 4
            while cursor < bytes.count, bytes[cursor].isLetter { cursor += 1 }
            if let end = bytes.skippingSpaces(from: cursor, to: UInt8(ascii: "=")) {
                handlers.append((index, end, lastClose))
            }
            index = cursor
        }
        return handlers
    }
}

extension [UInt8] {
    fileprivate func hasCaseInsensitive(_ word: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for offset in 0..<word.count where self[index + offset].lowercasedASCII != word[offset] { return false }
        return true
    }

    fileprivate func isWordByte(at index: Int) -> Bool {
        index >= 0 && index < count && self[index].isWordByte
    }

    /// Just past `terminator` when only spaces stand between `index` and it.
    fileprivate func skippingSpaces(from index: Int, to terminator: UInt8) -> Int? {
        var cursor = index
        while cursor < count, self[cursor].isSpace { cursor += 1 }
        return cursor < count && self[cursor] == terminator ? cursor + 1 : nil
    }
}

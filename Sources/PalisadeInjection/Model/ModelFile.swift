import Foundation

/// The on-disk form of an `InjectionModel`: an 8-byte magic, a little-endian UInt32 length,
/// a JSON header with sorted keys, then each head as a Float32 bias and its Float32 weights,
/// little-endian. Encoding is a pure function of the model, so the same training run gives
/// the same bytes, and loading is a single copy.
///
/// The format version covers where each feature's weight sits (`IndicatorLayout`): version 2
/// added the `suffixOnProse` shape measure, which moved every indicator after it; version 3
/// added `hostileCode`.
public enum ModelFile {
    public static let formatVersion = 3
    static let magic = Array("PLSDINJ\u{0}".utf8)

    public static func encode(_ model: InjectionModel) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = try encoder.encode(model.metadata)
        var data = Data(magic)
        appendLittleEndian(UInt32(header.count), to: &data)
        data.append(header)
        for head in [model.attack, model.kind] {
            appendLittleEndian(head.bias.bitPattern, to: &data)
            if UInt32(1).littleEndian == 1 {
                head.weights.withUnsafeBytes { data.append(contentsOf: $0) }
            } else {
                for weight in head.weights { appendLittleEndian(weight.bitPattern, to: &data) }
            }
        }
        return data
    }

    public static func decode(_ data: Data) throws -> InjectionModel {
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 4, Array(bytes[0..<magic.count]) == magic else {
            throw InjectionModelError.notAModelFile("missing the PLSDINJ header")
        }
        let headerLength = Int(readUInt32(bytes, at: magic.count))
        let headerStart = magic.count + 4
        guard headerStart + headerLength <= bytes.count else {
            throw InjectionModelError.truncated(expectedBytes: headerStart + headerLength, actualBytes: bytes.count)
        }
        let metadata: InjectionModel.Metadata
        do {
            metadata = try JSONDecoder().decode(InjectionModel.Metadata.self, from: Data(bytes[headerStart..<headerStart + headerLength]))
        } catch {
            throw InjectionModelError.notAModelFile("unreadable header: \(error)")
        }
        guard metadata.formatVersion == formatVersion else {
            throw InjectionModelError.unsupportedFormat(found: metadata.formatVersion, supported: formatVersion)
        }
        guard metadata.lexiconVersion == CueLexicon.version else {
            throw InjectionModelError.lexiconMismatch(found: metadata.lexiconVersion, expected: CueLexicon.version)
        }
        guard (8...24).contains(metadata.features.hashBits) else {
            throw InjectionModelError.notAModelFile("hash width \(metadata.features.hashBits) bits is out of range")
        }
        let weightCount = (1 << metadata.features.hashBits) + IndicatorLayout.count
        let expected = headerStart + headerLength + 2 * 4 * (weightCount + 1)
        guard bytes.count == expected else {
            throw InjectionModelError.truncated(expectedBytes: expected, actualBytes: bytes.count)
        }
        var offset = headerStart + headerLength
        var heads: [LogisticHead] = []
        for _ in 0..<2 {
            let bias = Float(bitPattern: readUInt32(bytes, at: offset))
            offset += 4
            let weights = readFloats(bytes, at: offset, count: weightCount)
            offset += weightCount * 4
            heads.append(LogisticHead(weights: weights, bias: bias))
        }
        return InjectionModel(metadata: metadata, attack: heads[0], kind: heads[1])
    }

    private static func appendLittleEndian(_ value: UInt32, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// One copy on little-endian hosts (every platform Swift ships on), byte by byte elsewhere.
    private static func readFloats(_ bytes: [UInt8], at offset: Int, count: Int) -> [Float] {
        var floats = [Float](repeating: 0, count: count)
        if UInt32(1).littleEndian == 1 {
            floats.withUnsafeMutableBytes { destination in
                bytes.withUnsafeBytes { source in
                    destination.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count * 4]))
                }
            }
        } else {
            for index in 0..<count { floats[index] = Float(bitPattern: readUInt32(bytes, at: offset + index * 4)) }
        }
        return floats
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}

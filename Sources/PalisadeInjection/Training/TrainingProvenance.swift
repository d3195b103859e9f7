import Foundation

/// What a model was built from, written beside it so that anyone can rebuild the same bytes:
/// the command, the seed and settings, and the digest of every data file.
public struct TrainingProvenance: Sendable, Hashable, Codable {
    public struct DataFile: Sendable, Hashable, Codable {
        public var file: String
        public var sha256: String
        public var rows: Int
    }

    public var command: String
    public var configuration: InjectionTrainer.Configuration
    public var data: [DataFile]
    public var model: String
    public var modelSHA256: String
    public var modelBytes: Int
    public var formatVersion: Int
    public var lexiconVersion: Int

    enum CodingKeys: String, CodingKey {
        case command, configuration, data, model
        case modelSHA256 = "model_sha256"
        case modelBytes = "model_bytes"
        case formatVersion = "format_version"
        case lexiconVersion = "lexicon_version"
    }

    /// `injection-model-v3.bin` is described by `injection-model-v3.provenance.json`.
    public static func url(forModel model: URL) -> URL {
        model.deletingPathExtension().appendingPathExtension("provenance.json")
    }
}

extension InjectionTrainer {
    /// `palisade train injection --data FILE... --out MODEL`: trains on the files in order,
    /// writes the model to `output` and its provenance beside it, and returns the provenance.
    /// `command` is recorded verbatim; pass the command line as the user typed it.
    @discardableResult
    public func trainModelFile(data files: [URL], output: URL, command: String) throws -> TrainingProvenance {
        var described: [TrainingProvenance.DataFile] = []
        for file in files {
            let contents = try Data(contentsOf: file)
            let dataset = try PromptDataset.load([file])
            described.append(.init(file: file.lastPathComponent, sha256: SHA256Digest.hex(contents), rows: dataset.rows.count))
        }
        let bytes = try ModelFile.encode(train(files: files))
        try bytes.write(to: output, options: .atomic)
        let provenance = TrainingProvenance(
            command: command,
            configuration: configuration,
            data: described,
            model: output.lastPathComponent,
            modelSHA256: SHA256Digest.hex(bytes),
            modelBytes: bytes.count,
            formatVersion: ModelFile.formatVersion,
            lexiconVersion: CueLexicon.version
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(provenance).write(to: TrainingProvenance.url(forModel: output), options: .atomic)
        return provenance
    }
}

import ArgumentParser
import Foundation
import PalisadeInjection

struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train detection models from labelled data.",
        subcommands: [Injection.self]
    )

    struct Injection: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "injection",
            abstract: "Train the injection and jailbreak classifier, deterministically, and write it with its provenance.",
            discussion: "The same files in the same order give the same model, byte for byte. The provenance file beside the model records this command, the data's SHA-256 and the settings."
        )

        @OptionGroup var files: EvalCommand.DataFiles

        @Option(help: "Where to write the model.")
        var out: String

        func run() async throws {
            let output = URL(fileURLWithPath: out)
            let command = (["palisade"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
            let provenance = try InjectionTrainer().trainModelFile(data: files.urls, output: output, command: command)
            print("Wrote \(out) (\(provenance.modelBytes) bytes, sha256 \(provenance.modelSHA256)) and \(TrainingProvenance.url(forModel: output).path).")
        }
    }
}

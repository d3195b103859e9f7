import ArgumentParser
import Foundation
import PalisadeDetection
import PalisadeInjection

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure detection quality on labelled JSON Lines data and print the metrics as JSON.",
        subcommands: [PII.self, Secrets.self, Injection.self]
    )

    struct DataFiles: ParsableArguments {
        @Option(name: .long, parsing: .upToNextOption, help: "One or more JSON Lines files.")
        var data: [String]

        func validate() throws {
            guard !data.isEmpty else { throw ValidationError("Give at least one file with --data.") }
            for file in data where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("No such file: \(file)")
            }
        }

        var urls: [URL] { data.map { URL(fileURLWithPath: $0) } }
    }

    struct PII: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pii",
            abstract: "Span-level precision, recall and F1 per type on rows of {id, text, spans:[{start, end, type}]}."
        )
        @OptionGroup var files: DataFiles

        @Option(help: "Also write every missed span and false positive to this file as JSON Lines.")
        var mistakes: String?

        func run() async throws {
            var found: [PIIEvaluation.Mistake] = []
            let report = try PIIEvaluation().evaluate(paths: files.data, mistakes: mistakes == nil ? nil : { found.append($0) })
            if let mistakes { try JSONOutput.writeLines(found, to: mistakes) }
            try JSONOutput.print(report)
        }
    }

    struct Secrets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "secrets",
            abstract: "Row-level precision and recall on rows of {id, text, label: secret|benign, type}."
        )
        @OptionGroup var files: DataFiles

        func run() async throws {
            try JSONOutput.print(try SecretEvaluation().evaluate(paths: files.data))
        }
    }

    struct Injection: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "injection",
            abstract: "Injection and jailbreak detection quality on rows of {id, text, label: injection|jailbreak|benign, source}.",
            discussion: """
                Without --cross-source, scores the data with the shipped model (or --model). With --cross-source, \
                trains on all sources but one and tests on the one left out, for every source: the honest \
                figure for attacks the model has not seen.
                """
        )
        @OptionGroup var files: DataFiles

        @Flag(name: .customLong("cross-source"), help: "Leave-one-source-out evaluation.")
        var crossSource = false

        @Option(help: "Model file to evaluate instead of the shipped one.")
        var model: String?

        @Option(help: "Sensitivity level whose threshold decides: low, balanced or strict.")
        var sensitivity = "balanced"

        @Option(
            name: .customLong("also-train"),
            parsing: .upToNextOption,
            help: "With --cross-source: extra training files used in every fold but never held out (e.g. training/injection-seed.jsonl)."
        )
        var alsoTrain: [String] = []

        @Option(
            help: """
                Also write each row's id, source, label, score and decision to this JSON Lines file; with --cross-source, \
                the scores of the models that did not see the row (left-out source, and k-fold as k_fold_score).
                """
        )
        var scores: String?

        func run() async throws {
            guard let level = SensitivityLevel(rawValue: sensitivity) else {
                throw ValidationError("--sensitivity must be low, balanced or strict.")
            }
            let dataset = try PromptDataset.load(files.urls)
            if crossSource {
                let extra = try PromptDataset.load(alsoTrain.map { URL(fileURLWithPath: $0) })
                let report = try CrossSourceEvaluation(sensitivity: level).run(dataset, additionalTraining: extra) { group in
                    FileHandle.standardError.write(Data("held out: \(group)\n".utf8))
                }
                if let scores { try JSONOutput.writeLines(report.heldOutRows, to: scores) }
                try JSONOutput.print(report)
                return
            }
            let classifier = try model.map { try InjectionClassifier(contentsOf: URL(fileURLWithPath: $0)) } ?? InjectionClassifier.shipped()
            let report = InjectionEvaluation.evaluate(classifier, on: dataset, sensitivity: level)
            if let scores { try JSONOutput.writeLines(report.rowScores, to: scores) }
            try JSONOutput.print(report)
        }
    }
}

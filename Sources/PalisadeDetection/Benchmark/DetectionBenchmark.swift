import PalisadeCore

/// Throughput and worst-case timing of a detector, for `palisade bench`. Runs on the calling
/// thread, so figures are per core.
public enum DetectionBenchmark {
    public struct Report: Encodable, Sendable {
        /// Megabytes (10^6 bytes) of realistic prompt text scanned per second.
        public var mbPerS: Double
        /// Mean time to scan one 2 KB prompt, in microseconds.
        public var microsecondsPer2KBPrompt: Double
        /// Pathological inputs: milliseconds per megabyte for each, and the worst.
        public var adversarial: [AdversarialResult]
        public var worstAdversarialMsPerMB: Double
        public var bytesScanned: Int
        /// What each detector of the set costs alone on the same prompts, so that the slow
        /// ones can be found without a profiler.
        public var parts: [PartResult]

        enum CodingKeys: String, CodingKey {
            case adversarial, parts
            case mbPerS = "mb_per_s"
            case microsecondsPer2KBPrompt = "us_per_2kb_prompt"
            case worstAdversarialMsPerMB = "worst_adversarial_ms_per_mb"
            case bytesScanned = "bytes_scanned"
        }
    }

    public struct PartResult: Encodable, Sendable {
        public var name: String
        public var microsecondsPer2KBPrompt: Double

        enum CodingKeys: String, CodingKey {
            case name
            case microsecondsPer2KBPrompt = "us_per_2kb_prompt"
        }
    }

    public struct AdversarialResult: Encodable, Sendable {
        public var name: String
        public var msPerMB: Double
        public var findings: Int

        enum CodingKeys: String, CodingKey {
            case name, findings
            case msPerMB = "ms_per_mb"
        }
    }

    /// Measures `detector` (the full standard set by default) for about `seconds` seconds of CPU
    /// time on realistic prompts, then once over each adversarial input of `adversarialBytes`
    /// bytes. Time is the calling thread's CPU time, so other load on the machine does not
    /// distort the per-core figure.
    public static func run(
        detector: any Detector = CompositeDetector.standard(),
        seconds: Double = 2,
        adversarialBytes: Int = 1_000_000
    ) -> Report {
        let prompts = SamplePrompts.twoKilobytePrompts()
        let whole = measure(detector, prompts: prompts, seconds: seconds)
        let parts = leaves(of: detector).map { part in
            PartResult(name: part.name, microsecondsPer2KBPrompt: measure(part, prompts: prompts, seconds: seconds / 10).microsecondsPerPrompt)
        }
        let adversarial = AdversarialInputs.all(size: adversarialBytes).map { input in
            let begin = ThreadCPUClock.seconds()
            let count = detector.detect(in: input.text).count
            let taken = ThreadCPUClock.seconds() - begin
            return AdversarialResult(name: input.name, msPerMB: taken * 1000 / (Double(input.text.utf8.count) / 1e6), findings: count)
        }
        return Report(
            mbPerS: Double(whole.bytes) / 1e6 / whole.seconds,
            microsecondsPer2KBPrompt: whole.microsecondsPerPrompt,
            adversarial: adversarial,
            worstAdversarialMsPerMB: adversarial.map(\.msPerMB).max() ?? 0,
            bytesScanned: whole.bytes,
            parts: parts.sorted { $0.microsecondsPer2KBPrompt > $1.microsecondsPer2KBPrompt }
        )
    }

    private static func leaves(of detector: any Detector) -> [any Detector] {
        guard let composite = detector as? CompositeDetector else { return [detector] }
        return composite.parts.flatMap { leaves(of: $0) }
    }

    /// Scans the prompts over and over for about `seconds` of this thread's CPU time.
    private static func measure(_ detector: any Detector, prompts: [String], seconds: Double) -> (seconds: Double, bytes: Int, microsecondsPerPrompt: Double) {
        var bytes = 0
        var runs = 0
        var findings = 0
        let start = ThreadCPUClock.seconds()
        while ThreadCPUClock.seconds() - start < seconds {
            for prompt in prompts {
                findings &+= detector.detect(in: prompt).count
                bytes += prompt.utf8.count
                runs += 1
            }
        }
        let elapsed = ThreadCPUClock.seconds() - start
        return (elapsed, bytes, elapsed * 1e6 / Double(max(runs, 1)))
    }
}

/// Inputs built to trip scanners that backtrack or rescan: long digit runs, `@` storms, one
/// giant word, base64-like soup, repeated separators, unterminated quotes and key headers.
enum AdversarialInputs {
    static func all(size: Int) -> [(name: String, text: String)] {
        func repeated(_ unit: String) -> String {
            String(repeating: unit, count: max(1, size / max(unit.utf8.count, 1)))
        }
        return [
            ("digits", repeated("1234567890")),
            ("digits_with_separators", repeated("1-2 3.4/5(6)7+")),
            ("at_signs", repeated("a@")),
            ("letters", repeated("a")),
            ("base64_soup", repeated("QUJDRE+/eyJh")),
            ("separators", repeated("-.:=/")),
            ("assignments", repeated("password=\"")),
            ("pem_headers", repeated("-----BEGIN RSA PRIVATE KEY-----")),
            ("url_schemes", repeated("https://a:b")),
            ("url_runs", repeated("http://")),
            ("hex", repeated("deadbeef")),
            ("invisible", repeated("a\u{200B}")),
            ("mixed_script", repeated("pаypal ")),
            ("tag_characters", repeated("\u{E0041}")),
            ("capitalized_words", repeated("Anna Berg ")),
            ("honorifics", repeated("Mr. ")),
            ("house_numbers", repeated("12 Baker 3 ")),
            ("email_locals", repeated("a.b+c")),
            ("surname_lists", repeated("Smith, ")),
            ("given_name_lists", repeated("anna, ")),
        ]
    }
}

extension DetectionBenchmark {
    /// The 2 KB prompts the throughput figure is measured on, for callers that time detectors
    /// their own way.
    public static func samplePrompts() -> [String] { SamplePrompts.twoKilobytePrompts() }
}

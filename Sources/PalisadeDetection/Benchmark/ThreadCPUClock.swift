import Foundation

/// CPU time consumed by the calling thread: throughput per core, unaffected by other load on
/// the machine waiting for the same cores.
enum ThreadCPUClock {
    static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

/// Measures one stretch of detection work in thread CPU seconds.
struct Stopwatch {
    private let start = ThreadCPUClock.seconds()

    var seconds: Double { ThreadCPUClock.seconds() - start }
}

import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// A closed-loop load generator: `concurrency` workers each send the next request as soon as the
/// previous answer has been read in full, for a fixed time. Closed-loop load measures latency
/// and throughput together without overloading the server into queueing collapse.
public struct LoadGenerator: Sendable {
    public struct Target: Sendable {
        public var url: String
        public var headers: HTTPHeaders
        /// The body of the n-th request: real traffic repeats system prompts but rarely what
        /// users type, and a gateway that remembers what it scanned must not be measured on
        /// one text sent over and over.
        public var body: @Sendable (Int) -> String

        public init(url: String, headers: HTTPHeaders, body: @escaping @Sendable (Int) -> String) {
            self.url = url
            self.headers = headers
            self.body = body
        }
    }

    let client: HTTPClient

    public init(client: HTTPClient) {
        self.client = client
    }

    /// Runs for `duration` after `warmUp`, returning per-request latency (until the last byte)
    /// and, separately, time to the first body byte.
    public func run(_ target: Target, concurrency: Int, warmUp: Duration, duration: Duration) async -> (total: LatencySample, firstByte: LatencySample) {
        let clock = ContinuousClock()
        let start = clock.now
        let measureFrom = start + warmUp
        let end = measureFrom + duration
        let results = await withTaskGroup(of: ([Double], [Double], Int).self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    var totals: [Double] = []
                    var firstBytes: [Double] = []
                    var failures = 0
                    var sent = 0
                    while clock.now < end {
                        let began = clock.now
                        let outcome = await send(target, body: target.body(sent * concurrency + worker), clock: clock)
                        sent += 1
                        guard began >= measureFrom else { continue }
                        if let outcome {
                            totals.append(Self.milliseconds(outcome.total))
                            firstBytes.append(Self.milliseconds(outcome.firstByte))
                        } else {
                            failures += 1
                        }
                    }
                    return (totals, firstBytes, failures)
                }
            }
            var all: ([Double], [Double], Int) = ([], [], 0)
            for await (totals, firstBytes, failures) in group {
                all.0 += totals
                all.1 += firstBytes
                all.2 += failures
            }
            return all
        }
        let seconds = Self.milliseconds(duration) / 1000
        return (
            LatencySample(milliseconds: results.0, failures: results.2, elapsedSeconds: seconds),
            LatencySample(milliseconds: results.1, failures: results.2, elapsedSeconds: seconds)
        )
    }

    private func send(_ target: Target, body: String, clock: ContinuousClock) async -> (total: Duration, firstByte: Duration)? {
        var request = HTTPClientRequest(url: target.url)
        request.method = .POST
        request.headers = target.headers
        request.body = .bytes(ByteBuffer(string: body))
        let began = clock.now
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            var firstByte: ContinuousClock.Instant?
            for try await _ in response.body where firstByte == nil {
                firstByte = clock.now
            }
            guard response.status == .ok else { return nil }
            let finished = clock.now
            return (finished - began, (firstByte ?? finished) - began)
        } catch {
            return nil
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
@testable import PalisadeGateway
import Testing

/// A request read on an event loop is forwarded through that loop's own connection pool, so the
/// exchange never waits on another thread; each pool reaches the upstream.
@Suite struct UpstreamClientTests {
    @Test func eachEventLoopForwardsThroughItsOwnPool() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let upstream = UpstreamClient(timeouts: UpstreamTimeouts(), group: group)
        let recording = RecordingUpstream()
        try await recording.run { port in
            var pools: [ObjectIdentifier] = []
            for loop in group.makeIterator() {
                let chosen = try await loop.submit { upstream.client(on: MultiThreadedEventLoopGroup.currentEventLoop) }.get()
                #expect(chosen.eventLoopGroup === loop)
                pools.append(ObjectIdentifier(chosen))

                var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v1/chat/completions")
                request.method = .POST
                request.body = .bytes(ByteBuffer(string: #"{"model":"m","messages":[{"role":"user","content":"hello"}]}"#))
                let response = try await chosen.execute(request, timeout: .seconds(10))
                #expect(response.status == .ok)
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            #expect(Set(pools).count == 2)
            // Off the event loops (a task on Swift's default executor) a pool is still found.
            #expect(upstream.client(on: nil) === upstream.httpClient)
        }
        try await upstream.shutdown()
        try await group.shutdownGracefully()
    }
}

import Foundation

/// nginx as a plain reverse proxy in front of the same upstream: the yardstick the gateway's
/// throughput is compared with. Runs in a temporary prefix, foreground, until stopped.
public final class NginxReverseProxy: Sendable {
    public let port: Int
    private let process: Process
    private let directory: URL

    public static func locate() -> String? {
        ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public init(executable: String, listenPort: Int, upstreamPort: Int) throws {
        port = listenPort
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("palisade-bench-nginx-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("logs"), withIntermediateDirectories: true)
        // Tuned as a fair comparison: keep-alive both ways, no buffering of streamed answers.
        let configuration = """
            worker_processes 1;
            daemon off;
            pid \(directory.path)/nginx.pid;
            error_log \(directory.path)/logs/error.log error;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path \(directory.path)/body;
                proxy_temp_path \(directory.path)/proxy;
                fastcgi_temp_path \(directory.path)/fastcgi;
                uwsgi_temp_path \(directory.path)/uwsgi;
                scgi_temp_path \(directory.path)/scgi;
                upstream model { server 127.0.0.1:\(upstreamPort); keepalive 256; }
                server {
                    listen 127.0.0.1:\(listenPort);
                    location / {
                        proxy_pass http://model;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_buffering off;
                    }
                }
            }
            """
        let configurationFile = directory.appendingPathComponent("nginx.conf")
        try configuration.write(to: configurationFile, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-p", directory.path, "-c", configurationFile.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    public func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }
}

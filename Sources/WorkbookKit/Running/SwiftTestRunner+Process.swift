// The child processes of a run: starting them, waiting for them, stopping them when they take too long.
import Foundation

extension SwiftTestRunner {
    /// Runs `swift` with `arguments` in the package, its output appended to `log`.
    func runSwift(
        _ arguments: [String], environment: [String: String], log: FileHandle, timeLimit: Double?
    ) async throws -> (status: Int32, timedOut: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift"] + arguments
        process.currentDirectoryURL = packageRoot
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        let watchdog = timeLimit.map { Self.startWatchdog(for: process, after: $0) }
        let status = try await Self.runToCompletion(process)
        watchdog?.cancel()
        return (status, await watchdog?.value ?? false)
    }

    /// Starts the process and waits for it without blocking a thread.
    private static func runToCompletion(_ process: Process) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in
                continuation.resume(returning: finished.terminationStatus)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: WorkbookError.failure("Could not run swift: \(error.localizedDescription)"))
            }
        }
    }

    /// Stops the process once `seconds` have passed: an interrupt, as Control-C would send,
    /// then a termination if it is still running. Returns whether it had to.
    private static func startWatchdog(for process: Process, after seconds: Double) -> Task<Bool, Never> {
        Task {
            do {
                try await Task.sleep(for: .seconds(seconds))
            } catch {
                return false
            }
            guard process.isRunning else { return false }
            process.interrupt()
            try? await Task.sleep(for: .seconds(5))
            if process.isRunning { process.terminate() }
            return true
        }
    }

    /// Reports, every ``heartbeatInterval`` seconds, how long the run has taken and the build step it is on.
    func startHeartbeat(logFile: URL) -> Task<Void, Never> {
        let interval = heartbeatInterval
        let progress = progress
        return Task {
            let start = Date()
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(interval))
                guard !Task.isCancelled else { return }
                let seconds = Int(Date().timeIntervalSince(start))
                let step = Self.lastBuildStep(in: (try? String(contentsOf: logFile, encoding: .utf8)) ?? "")
                progress("  still running after \(seconds) s" + (step.map { ", build step \($0)" } ?? ""))
            }
        }
    }

    /// The last build step SwiftPM logged, such as "120/207".
    static func lastBuildStep(in log: String) -> String? {
        for line in log.split(separator: "\n").reversed() where line.hasPrefix("[") {
            guard let close = line.firstIndex(of: "]") else { continue }
            let step = line[line.index(after: line.startIndex)..<close]
            // "[0/1] Planning build" says nothing about progress.
            if step.contains("/"), !step.hasPrefix("0/") { return String(step) }
        }
        return nil
    }
}

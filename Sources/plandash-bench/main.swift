import Foundation

// plandash-bench: benchmarks that print figures (not tests). Run in release:
//   swift build -c release && .build/release/plandash-bench [load|store|search|dashboard|team|import|blocks] [options]
let arguments = Array(CommandLine.arguments.dropFirst())
let benchmarks: [String: ([String]) throws -> Void] = [
  "load": LoadBenchmark.run,
  "store": { StoreBenchmark.run(arguments: $0) },
  "search": SearchBenchmark.run,
  "dashboard": { try DashboardBenchmark.run(arguments: $0) },
  "team": { try TeamBenchmark.run(arguments: $0) },
  "import": ImportBenchmark.run,
  "blocks": DocumentBlocks.run,
]
let name = arguments.first ?? "load"
guard let benchmark = benchmarks[name] else {
  FileHandle.standardError.write(
    Data(
      "unknown benchmark '\(name)'; known: \(benchmarks.keys.sorted().joined(separator: ", "))\n"
        .utf8))
  exit(2)
}
do {
  try benchmark(Array(arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("plandash-bench \(name): \(error)\n".utf8))
  exit(1)
}

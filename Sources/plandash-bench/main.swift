let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "store" {
  StoreBenchmark.run(arguments: Array(arguments.dropFirst()))
} else {
  print("plandash-bench (store: `plandash-bench store [--processes N]`)")
}

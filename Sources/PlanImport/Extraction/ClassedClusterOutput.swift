/// `集群营业收入突破1100亿元,建成千亿级X产业集群`: a cluster's output named without its name, in a
/// sentence that builds one cluster by its class (`千亿级X产业集群`), is that cluster's — its scale
/// (`ClusterAssembly.outranks` then prefers the figure to the class).
enum ClassedClusterOutput {
  /// The outputs a cluster is measured by, said of `集群` alone.
  static let outputs = ["集群营业收入", "集群产值", "集群总产值", "集群规模"]

  /// The metric named after the one cluster the sentence builds by its class; nil otherwise.
  static func metric(_ metric: String, in sentence: Substring) -> String? {
    guard outputs.contains(metric) else { return nil }
    let built = Set(ClusterPatterns.scaled(in: sentence, year: nil).map(\.name))
    guard built.count == 1, let name = built.first else { return nil }
    let bare = DraftCluster.matchName(name)
    return bare + "产业" + metric
  }
}

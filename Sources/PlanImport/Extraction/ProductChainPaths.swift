/// A chain of products an industry grows along (`按照“工业硅—多晶硅—有机硅及下游制品”的路径延链补链`,
/// `沿“原矿—精矿—冶炼—深加工”链条延伸`): a path of the industry's chain, no ladder of enterprises,
/// though the sentence speaks of a path — none of its steps names an enterprise's tier and the
/// sentence speaks of the industry's chain.
enum ProductChainPaths {
  /// Words of growing an industry's chain.
  static let chainWords = ["延链", "补链", "强链", "链条"]

  /// True when no step names a tier and the sentence speaks of the industry's chain.
  static func isProductPath(tieredSteps: Int, sentence: Substring) -> Bool {
    tieredSteps == 0 && chainWords.contains(where: sentence.contains)
  }
}

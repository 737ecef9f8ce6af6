/// Lists that name an industry's products rather than its parts (clusters of their own):
/// - kinds of the industry's own product, every name ending in the same head noun its name
///   holds (`陶瓷新材料产业重点发展电子陶瓷、结构陶瓷和日用高档陶瓷`: three kinds of 陶瓷);
/// - a list closing on a name of products (`发展中药饮片、中成药和药食同源产品`).
/// (`围绕正极材料、负极材料、电解液、隔膜…` names parts: not every name ends in one noun.)
enum ProductKinds {
  /// How long the shared head noun is read.
  static let headLength = 2
  /// A name closing a list of products.
  static let productEnd = "产品"

  /// True when `names` (two or more) are kinds or products of `industry`.
  static func areProducts(_ names: [String], of industry: String?) -> Bool {
    guard names.count >= 2 else { return false }
    if names.last?.hasSuffix(productEnd) == true { return true }
    guard let industry, let head = names.first.map({ String($0.suffix(headLength)) }),
      head.count == headLength, industry.contains(head)
    else { return false }
    return names.allSatisfy { $0.hasSuffix(head) && $0.count > head.count }
  }
}

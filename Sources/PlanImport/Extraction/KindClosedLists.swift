/// A list whose last name is a kind of the industry itself, when the industry is named by a
/// class of products (`智能终端产业` … `重点发展智能手机、平板电脑、可穿戴设备和车载智能终端`): the
/// list names the industry's products, each a kind of it, not its fields (*Filing conventions*
/// A: a list closing on the industry's own name). The last name must end with the industry's
/// name and hold more before it (`车载智能终端`), and the industry's name must close on a noun
/// of products (`终端`, `设备`, `器件`). Not an industry named by its matter or its trade
/// (`电子化学品产业` … `…和湿电子化学品`, `工业软件` … `A类、B类、C类工业软件`): a grade of a
/// matter or a class of a trade is a field of the industry (convention A), not a product of it.
enum KindClosedLists {
  /// Nouns an industry's name may carry that its products do not.
  static let industryNouns = ["产业集群", "产业链", "产业", "集群", "行业"]
  /// Nouns of classes of products an industry may be named by.
  static let productClasses = ["终端", "设备", "整机", "器件", "元件", "部件", "电器", "家电", "仪器", "器具"]

  /// True when the last of `names` is a kind of the industry `parent` names.
  static func closesOnKind(_ names: [String], of parent: String) -> Bool {
    guard let last = names.last else { return false }
    var industry = Substring(parent)
    if let noun = industryNouns.first(where: industry.hasSuffix) {
      industry = industry.dropLast(noun.count)
    }
    return industry.count >= 2 && productClasses.contains(where: industry.hasSuffix)
      && last.count > industry.count && last.hasSuffix(industry)
  }
}

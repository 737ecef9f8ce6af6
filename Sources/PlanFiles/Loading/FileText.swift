import PlanModel

/// The words of every problem found while reading a plan file, in Chinese and English: the
/// one catalogue the loader and the decoder take their messages from.
public enum FileText {
  // Files and folders.
  public static let notFound = Localized(zh: "没有这个文件或文件夹", en: "no such file or folder")
  static let folderUnreadable = Localized(zh: "无法读取该文件夹", en: "cannot read the folder")
  static let fileUnreadable = Localized(zh: "无法读取该文件", en: "cannot read the file")
  static let notUTF8 = Localized(
    zh: "文件不是 UTF-8 文本（请另存为 UTF-8）", en: "the file is not UTF-8 text (save it as UTF-8)")
  static let empty = Localized(zh: "文件是空的", en: "the file is empty")

  // YAML, with the parser's own (English) detail after it.
  static func brokenYAML(_ detail: String) -> Localized {
    Localized(zh: "YAML 格式错误：\(detail)", en: "broken YAML: \(detail)")
  }
  static func unreadableText(_ detail: String) -> Localized {
    Localized(zh: "无法读取的文本：\(detail)", en: "unreadable text: \(detail)")
  }
  static func duplicateKeys(_ keys: [String]) -> Localized {
    let quoted = keys.map { "'\($0)'" }
    return Localized(
      zh: "同一映射中键 \(quoted.joined(separator: "、")) 重复",
      en: "duplicate key \(quoted.joined(separator: ", ")) in one mapping")
  }

  // The shape of the fields.
  static func notAMapping(_ what: Localized, found: Localized) -> Localized {
    Localized(
      zh: "\(what.zh)须为键值映射，实为\(found.zh)",
      en: "\(what.en) must be a mapping of keys, found \(found.en)")
  }
  static func keyNotText(in what: Localized) -> Localized {
    Localized(zh: "\(what.zh)中的键须为纯文本", en: "a key in \(what.en) must be plain text")
  }
  static func missing(_ key: String, in what: Localized) -> Localized {
    Localized(
      zh: "\(what.zh)缺少必填字段“\(key)”", en: "missing required field '\(key)' in \(what.en)")
  }
  static let missingSection = Localized(
    zh: "措施缺少必填字段“section”（原文无编号时写 null）",
    en: "missing required field 'section' in a measure (write null where the text numbers nothing)")
  static func unknownKey(_ key: String, in what: Localized) -> Localized {
    Localized(zh: "\(what.zh)中有未知字段“\(key)”", en: "unknown key '\(key)' in \(what.en)")
  }
  static func mustBe(_ key: String, _ kind: Localized, found: Localized) -> Localized {
    Localized(
      zh: "“\(key)”须为\(kind.zh)，实为\(found.zh)", en: "'\(key)' must be \(kind.en), found \(found.en)"
    )
  }

  /// What a value must be.
  static let trueOrFalse = Localized(zh: "true 或 false", en: "true or false")
  static let listOfText = Localized(zh: "文本列表", en: "a list of text")
  static let list = Localized(zh: "列表", en: "a list")
  static let text = Localized(zh: "文本", en: "text")
  static let number = Localized(zh: "数字", en: "a number")
  static let wholeNumber = Localized(zh: "整数", en: "a whole number")

  /// What a node is.
  static let aValue = Localized(zh: "单个值", en: "a value")
  static let aMapping = Localized(zh: "映射", en: "a mapping")
  static let aList = Localized(zh: "列表", en: "a list")
  static let anAlias = Localized(zh: "别名", en: "an alias")

  // Values the format lists.
  static func unsupportedFormat(_ number: Int) -> Localized {
    Localized(
      zh: "不支持的格式版本\(number)（本程序读取格式 1）",
      en: "unsupported format \(number) (this plandash reads format 1)")
  }
  static func unknownValue(_ key: String, _ value: String, oneOf: Localized) -> Localized {
    Localized(
      zh: "未知的\(key)“\(value)”（可选：\(oneOf.zh)）", en: "unknown \(key) '\(value)' (\(oneOf.en))")
  }
  static let badIssued = Localized(
    zh: "“issued”须为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期",
    en: "'issued' must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
  static let emptySourceText = Localized(zh: "出处原文为空", en: "source text is empty")

  /// The parts of a plan file, as messages name them.
  enum Part {
    static let planFile = Localized(zh: "规划文件", en: "the plan file")
    static let region = Localized(zh: "region（地区）", en: "region")
    static let plan = Localized(zh: "plan（规划）", en: "plan")
    static let horizon = Localized(zh: "horizon（规划期）", en: "horizon")
    static let stage = Localized(zh: "阶段", en: "a stage")
    static let source = Localized(zh: "source（出处）", en: "source")
    static let baseline = Localized(zh: "baseline（基期）", en: "baseline")
    static let target = Localized(zh: "target（目标值）", en: "target")
    static let scale = Localized(zh: "scale（规模）", en: "scale")
    static let aTarget = Localized(zh: "目标", en: "a target")
    static let anIndicator = Localized(zh: "指标", en: "an indicator")
    static let aCluster = Localized(zh: "集群", en: "a cluster")
    static let aLadder = Localized(zh: "梯度培育", en: "a ladder")
    static let aTier = Localized(zh: "梯队档次", en: "a ladder tier")
    static let aMeasure = Localized(zh: "措施", en: "a measure")
    static let anOutput = Localized(zh: "量化产出", en: "an output")
    static let aHeading = Localized(zh: "大纲标题", en: "an outline heading")
  }
}

/// The units a plan file may use; anything else is refused by the validator.
/// Keep this list and `docs/plan-format.md` in step.
public enum KnownUnits {
  public static let money: [String] = ["元", "万元", "亿元", "万亿元"]
  public static let perLand: [String] = ["万元/亩", "亿元/平方公里", "万元/公顷"]
  public static let perPerson: [String] = ["万元/人", "元/人"]
  public static let shares: [String] = ["%", "个百分点"]
  public static let counts: [String] = [
    "家", "户", "个", "项", "件", "条", "座", "所", "台", "套", "只", "款", "名", "人", "万人", "人次",
    "批", "支", "种", "位", "倍", "次", "处", "台套", "万台套", "张", "辆", "万辆", "万家", "万户", "GW",
    "MW",
  ]
  public static let land: [String] = ["亩", "万亩", "平方公里", "公顷", "平方米", "万平方米"]
  public static let energy: [String] = [
    "吨标准煤", "万吨标准煤", "吨标准煤/万元", "吨", "万吨", "千瓦", "万千瓦", "千瓦时", "万千瓦时", "亿千瓦时",
    "吨二氧化碳/万元", "千伏",
  ]
  public static let other: [String] = ["年", "天", "小时", "分钟", "级", "G", "Gbps", "PFLOPS", "EFLOPS"]

  /// Every known unit.
  public static let all: Set<String> = Set(
    money + perLand + perPerson + shares + counts + land + energy + other)

  public static func contains(_ unit: String) -> Bool { lookup.contains(unit) }

  private static let lookup = ByteStringSet(all)
}

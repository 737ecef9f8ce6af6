/// The qualifiers a figure may carry, as the plans write them.
public enum KnownQualifiers {
  public static let all: [String] = [
    "以上", "力争", "不低于", "超过", "突破", "左右", "达到", "累计", "零突破", "倍增", "翻番", "稳定在", "以内",
    "不高于", "前列", "每年",
  ]
  private static let set = ByteStringSet(all)

  public static func contains(_ qualifier: String) -> Bool { set.contains(qualifier) }
}

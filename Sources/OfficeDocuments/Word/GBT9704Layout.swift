/// The page and type of GB/T 9704-2012 (党政机关公文格式), in Word's units: twips (1/20
/// point, 1440 an inch) for lengths and half-points for font sizes.
public enum GBT9704Layout {
  /// Millimetres in twips, rounded.
  static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

  /// A4: 210 × 297 mm.
  static let pageWidth = twips(mm: 210)
  static let pageHeight = twips(mm: 297)
  /// 天头 37 mm, 下白边 35 mm, 订口 28 mm, 右白边 26 mm: a 156 × 225 mm 版心.
  static let marginTop = twips(mm: 37)
  static let marginBottom = twips(mm: 35)
  static let marginLeft = twips(mm: 28)
  static let marginRight = twips(mm: 26)
  /// The width tables take: the 版心's.
  public static let textWidth = pageWidth - marginLeft - marginRight
  /// The page number's 一字线 stands 7 mm below the 版心: the footer's baseline at about
  /// 35 − 7 − 5 mm (a 四号 figure is about 5 mm high) from the paper's edge.
  static let footerDistance = twips(mm: 23)
  static let headerDistance = twips(mm: 15)

  /// 22 lines of 三号 on the 225 mm 版心: a fixed line pitch of 28.95 pt.
  static let linePitch = 579
  /// 二号 titles: 35 pt lines, so two-line titles neither clip nor sprawl.
  static let titleLinePitch = 700

  /// Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt.
  static let size2 = 44
  static let size3 = 32
  static let size4 = 28
  static let size5 = 21
  /// Two characters of 三号 (for first-line indents and the date's right indent).
  static let twoCharacters = 640
}

/// Values of numbers written with Chinese numerals or digits, as plan section numbers use them:
/// `三` = 3, `十一` = 11, `九十九` = 99, `一百零五` = 105, `二〇二五` = 2025 (digit by digit when
/// there is no 十/百/千/万), `１２` = 12.
enum ChineseNumeral {
  /// The digit a character stands for: 〇零一二两三四五六七八九, ASCII and full-width digits.
  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "0"..."9": Int(scalar.value - 0x30)
    case "０"..."９": Int(scalar.value - 0xFF10)
    case "〇", "零": 0
    case "一": 1
    case "二", "两": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The multiplier of a Chinese unit character: 十 10, 百 100, 千 1000, 万 10000.
  static func unit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十": 10
    case "百": 100
    case "千": 1000
    case "万": 10000
    default: nil
    }
  }

  static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
  }

  /// Whether the character can be part of a Chinese numeral run.
  static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    !isArabic(scalar) && (digit(scalar) != nil || unit(scalar) != nil)
  }

  /// The largest value a run gives; longer runs are clamped so that keys never overflow.
  static let cap = 1 << 52

  /// The value of a run of Arabic digits.
  static func arabicValue(_ run: some Collection<Unicode.Scalar>) -> Int {
    var value = 0
    for scalar in run {
      value = min(cap, value * 10 + (digit(scalar) ?? 0))
    }
    return value
  }

  /// The value of a run of Chinese numerals (digits and units).
  static func chineseValue(_ run: some Collection<Unicode.Scalar>) -> Int {
    if !run.contains(where: { unit($0) != nil }) { return arabicValue(run) }
    var total = 0  // whole 万 groups
    var group = 0  // below 万
    var pending = 0  // the last digit, waiting for its unit
    for scalar in run {
      if let d = digit(scalar) {
        pending = d
      } else if let u = unit(scalar) {
        if u == 10_000 {
          let sum = total + group + pending
          total = sum > cap / u ? cap : sum * u
          group = 0
        } else {
          group = min(cap, group + (pending == 0 ? 1 : pending) * u)
        }
        pending = 0
      }
    }
    return min(cap, total + group + pending)
  }

  /// A number written in Chinese numerals as plans number their headings: 一 … 十, 十一 …
  /// 九十九 (digits from 100 on).
  static func text(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    switch n {
    case 1...9: return digits[n]
    case 10...19: return "十" + digits[n - 10]
    case 20...99: return digits[n / 10] + "十" + digits[n % 10]
    default: return String(n)
    }
  }
}

import Dashboard
import PlanModel

/// The words of the command line's own messages (options, files, plans), in Chinese and
/// English: the catalogue every command takes its refusals and warnings from. The
/// commands' reports of what they did are in `CLIText+Progress` and `CLIText+Plans`.
enum CLIText {
  // Options and the environment.
  static func badLanguage(_ value: String) -> Localized {
    Localized(zh: "--lang \(value)：请给 zh 或 en", en: "--lang \(value): give zh or en")
  }

  /// `--theme NAME` or `PLANDASH_THEME=NAME` naming no theme.
  static func noSuchTheme(_ source: String, available: [String]) -> Localized {
    Localized(
      zh: "\(source)：没有这个主题（可用：\(available.joined(separator: "、"))）",
      en: "\(source): no such theme (available: \(available.joined(separator: ", ")))")
  }

  static func savedThemeGone(_ theme: String) -> Localized {
    Localized(
      zh: "设置：主题“\(theme)”已不存在；改用默认主题",
      en: "settings: theme '\(theme)' no longer exists; using the default")
  }

  static func savedPaneUnknown(_ pane: String) -> Localized {
    Localized(
      zh: "设置：“\(pane)”不是窗格；从地区窗格开始",
      en: "settings: pane '\(pane)' is not a pane; starting on regions")
  }

  static let badScreenSize = Localized(
    zh: "--width 和 --height 须在1到1000之间", en: "--width and --height must be between 1 and 1000")

  static func notAYear(_ source: String, _ text: String) -> Localized {
    let range = ItemText.years(YearRules.range)
    return Localized(
      zh: "\(source) \(text)：不是年份（应为\(range.zh)之间的整数）",
      en:
        "\(source) \(text): not a year (a whole number from \(YearRules.range.lowerBound) to \(YearRules.range.upperBound))"
    )
  }

  static func badNumberOption(_ option: String, _ text: String, expected: Localized) -> Localized {
    Localized(zh: "\(option) \(text)：\(expected.zh)", en: "\(option) \(text): \(expected.en)")
  }

  static let warning = Localized(zh: "警告：", en: "warning: ")

  static func settingsNotSaved(_ path: String, _ reason: String) -> Localized {
    Localized(
      zh: "警告：\(path)：设置未能保存（\(reason)）",
      en: "warning: \(path): settings not saved (\(reason))")
  }

  // The plans folder.
  static let noPlansFolder = Localized(
    zh: "没有规划文件夹：请用 --plans DIR 指定或设置 PLANDASH_PLANS",
    en: "no plans folder: pass --plans DIR or set PLANDASH_PLANS")

  static func noSuchPath(_ source: String) -> Localized {
    Localized(zh: "\(source)：没有这个文件或文件夹", en: "\(source): no such file or folder")
  }

  static func unknownRegion(_ region: String, closest: [String]) -> Localized {
    Localized(zh: "未知地区 \(region)", en: "unknown region \(region)") + ItemText.closest(closest)
  }

  static func noSuchRegion(_ region: String, loaded: [String]) -> Localized {
    Localized(
      zh: "--region \(region)：没有这个地区（已载入：\(loaded.joined(separator: "、"))）",
      en: "--region \(region): no such region (loaded: \(loaded.joined(separator: ", ")))")
  }

  /// A `--region` that fits several regions (`cq` for two of them): give the full name or id.
  static func regionFitsSeveral(_ region: String, _ fits: Localized) -> Localized {
    Localized(
      zh: "--region \(region)：可指多个地区（\(fits.zh)），请写全名称或编号",
      en: "--region \(region): fits several regions (\(fits.en)); give the full name or the id")
  }

  /// A `--region` that names no loaded region, with the closest ones.
  static func regionNoMatch(_ region: String, closest: Localized) -> Localized {
    Localized(
      zh: "--region \(region)：没有这个地区（最接近：\(closest.zh)）",
      en: "--region \(region): no such region (closest: \(closest.en))")
  }

  static func noUnit(_ unit: String, closest: [String]) -> Localized {
    Localized(
      zh: "--unit \(unit)：没有包含它的牵头/责任单位",
      en: "--unit \(unit): no 牵头/责任单位 contains it") + ItemText.closest(closest)
  }

  static func plansHaveProblems(_ folder: String) -> Localized {
    Localized(zh: "\(folder) 中的规划有问题：", en: "the plans in \(folder) have problems:")
  }

  static func moreProblems(_ count: Int) -> Localized {
    Localized(zh: "……另有\(count)处", en: "… and \(count) more")
  }

  static func validateForAll(_ folder: String) -> Localized {
    Localized(
      zh: "（运行 `plandash validate \(folder)` 查看全部）",
      en: "(run `plandash validate \(folder)` for the full list)")
  }

  static func loadingPlans(_ bar: String, _ done: Int, _ total: Int) -> Localized {
    Localized(zh: "正在载入规划 [\(bar)] \(done)/\(total)", en: "loading plans [\(bar)] \(done)/\(total)")
  }

  // Files.
  static func cannotRead(_ file: String) -> Localized {
    Localized(zh: "\(file)：无法读取该文件", en: "\(file): cannot read the file")
  }

  static func notUTF8(_ file: String) -> Localized {
    Localized(zh: "\(file)：不是 UTF-8 文本", en: "\(file): not UTF-8 text")
  }

  static func notAFolder(_ option: String, _ path: String) -> Localized {
    Localized(zh: "\(option) \(path)：不是文件夹", en: "\(option) \(path): not a folder")
  }

  static func cannotCreateFolder(_ option: String, _ path: String, _ reason: String) -> Localized {
    Localized(
      zh: "\(option) \(path)：无法创建（\(reason)）",
      en: "\(option) \(path): cannot be created (\(reason))")
  }

  static func cannotWrite(_ path: String, _ reason: String?) -> Localized {
    let why =
      reason.map { Localized(verbatim: $0) }
      ?? Localized(zh: "无法写入该文件", en: "the file could not be written")
    return Localized(
      zh: "\(path)：无法写入（\(why.zh)）", en: "\(path): cannot be written (\(why.en))")
  }

  static func alreadyExists(_ path: String) -> Localized {
    Localized(
      zh: "\(path)：已存在，未覆盖（请选一个空的 --out 文件夹）",
      en: "\(path): already exists; not overwritten (choose an empty --out folder)")
  }

  static func wrotePlanFiles(_ count: Int, _ folder: String) -> Localized {
    Localized(
      zh: "已写入\(count)个规划文件到 \(folder)", en: "wrote \(count) plan file(s) to \(folder)")
  }
}

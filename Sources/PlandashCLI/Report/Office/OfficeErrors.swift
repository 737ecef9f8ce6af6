import Dashboard

/// The one-line refusals of a Word or Excel report's output file; `subject` is `--out F`
/// on the command line, the file's path in the dashboard.
enum OfficeErrors {
  static func needsOut(_ format: String) -> Localized {
    Localized(
      zh: "--format \(format) 需要用 --out 指定文件（如 --out 督查通报.\(format)）",
      en: "--format \(format) needs --out FILE (e.g. --out report.\(format))")
  }

  static func outOnlyForOffice(_ format: String) -> Localized {
    Localized(
      zh: "--out 只用于 --format docx 或 xlsx（\(format) 输出到标准输出）",
      en: "--out is for --format docx or xlsx only (\(format) goes to standard output)")
  }

  static func missingFolder(_ subject: String, _ folder: String) -> Localized {
    Localized(
      zh: "\(subject)：文件夹 \(folder) 不存在", en: "\(subject): folder \(folder) does not exist")
  }

  static func notAFolder(_ subject: String, _ folder: String) -> Localized {
    Localized(zh: "\(subject)：\(folder) 不是文件夹", en: "\(subject): \(folder) is not a folder")
  }

  static func unwritable(_ subject: String, _ folder: String, _ reason: String) -> Localized {
    Localized(
      zh: "\(subject)：文件夹 \(folder) 不可写（\(reason)）",
      en: "\(subject): folder \(folder) is not writable (\(reason))")
  }

  static func isAFolder(_ subject: String) -> Localized {
    Localized(zh: "\(subject)：这是文件夹，请给出文件名", en: "\(subject): is a folder; give a file name")
  }

  static func exists(_ subject: String) -> Localized {
    Localized(
      zh: "\(subject)：文件已存在，未覆盖（加 --force 可覆盖）",
      en: "\(subject): already exists; not overwritten (add --force to replace it)")
  }

  static func notWritten(_ subject: String, _ reason: String) -> Localized {
    Localized(zh: "\(subject)：未能写入（\(reason)）", en: "\(subject): not written (\(reason))")
  }

  static func noSuchRegion(_ id: String) -> Localized {
    Localized(zh: "没有地区 \(id)，未导出", en: "no region \(id): nothing exported")
  }

  static func wrote(_ path: String) -> Localized {
    Localized(zh: "已写入 \(path)", en: "wrote \(path)")
  }
}

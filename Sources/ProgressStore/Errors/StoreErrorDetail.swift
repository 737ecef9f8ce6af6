import PlanModel

/// What plandash itself found wrong with a store file, in Chinese and English: the detail
/// in brackets after a `StoreError`'s first words. Details from SQLite or the system
/// (`strerror`) come only in English and are quoted as they are (`Localized(verbatim:)`).
enum StoreErrorDetail {
  static let notARegularFile = Localized(zh: "不是普通文件", en: "not a regular file")
  static let fileNotWritable = Localized(zh: "文件不可写", en: "the file may not be written")
  static let folderNotWritable = Localized(zh: "所在文件夹不可写", en: "its folder may not be written")
  static let cannotRead = Localized(zh: "无法读取文件", en: "cannot read the file")
  static let notSQLite = Localized(zh: "不是 SQLite 数据库", en: "not an SQLite database")
  static let notAPlandashStore = Localized(
    zh: "是 SQLite 数据库，但不是 plandash 进度库", en: "an SQLite database that is not a plandash store")

  static func tooShort(_ size: Int) -> Localized {
    Localized(zh: "仅\(size)字节，不足一个 SQLite 文件头", en: "\(size) bytes, too short for an SQLite header")
  }

  static func badPageSize(_ size: Int) -> Localized {
    Localized(zh: "文件头中的页大小\(size)无效", en: "bad page size \(size) in the header")
  }

  static func notAFolder(_ folder: String) -> Localized {
    Localized(zh: "\(folder) 不是文件夹", en: "\(folder) is not a folder")
  }

  static func mixedLogEntry(_ id: String) -> Localized {
    Localized(
      zh: "\(id) 的日志记录混杂了措施状态和实际值", en: "log entry for \(id) mixes a measure and an actual")
  }
}

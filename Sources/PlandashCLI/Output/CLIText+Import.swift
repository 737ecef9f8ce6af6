import Dashboard
import PlanModel

/// The words of `plandash import`.
extension CLIText {
  static func draftExists(_ path: String) -> Localized {
    Localized(
      zh: "\(path)：文件已存在，未写入任何草稿（用 --force 覆盖，或用 --out 另选目录）",
      en:
        "\(path): the file exists; no draft written (--force overwrites, --out picks another folder)"
    )
  }

  static let noImportFiles = Localized(
    zh: "请给出要导入的文件（或用 --review 草稿 审阅一份草稿）",
    en: "give the documents to import (or --review DRAFT to review a draft)")

  static let reviewTakesNoFiles = Localized(
    zh: "--review 只审阅一份草稿，不能同时导入文件",
    en: "--review reviews one draft; give no documents with it")

  static func regionIDForOneFile(_ count: Int) -> Localized {
    Localized(
      zh: "--region-id 只能用于一个文件（给了 \(count) 个）",
      en: "--region-id names one region: give one file (\(count) given)")
  }

  static func badRegionID(_ id: String) -> Localized {
    Localized(
      zh: "--region-id \(id)：地区编号只能用小写字母和数字",
      en: "--region-id \(id): a region id is lower-case letters and digits only")
  }

  static func noOutFolder(_ path: String) -> Localized {
    Localized(zh: "\(path)：输出目录不存在", en: "\(path): the output folder does not exist")
  }

  static func draftWritten(_ path: String, counts: [Int], review: Int) -> Localized {
    let (t, c, l, i, m) = (counts[0], counts[1], counts[2], counts[3], counts[4])
    return Localized(
      zh: "已写入 \(path)：目标 \(t)、集群 \(c)、梯度 \(l)、指标 \(i)、措施 \(m)；待核 \(review) 项",
      en:
        "wrote \(path): \(counted(t, "target")), \(counted(c, "cluster")), \(counted(l, "ladder")), "
        + "\(counted(i, "indicator")), \(counted(m, "measure")); \(review) to review"
    )
  }

  static func draftProblem(_ path: String, _ message: String) -> Localized {
    Localized(zh: "\(path)：草稿有问题：\(message)", en: "\(path): the draft has a problem: \(message)")
  }

  static func cannotWriteDraft(_ path: String) -> Localized {
    Localized(zh: "\(path)：无法写入", en: "\(path): cannot write the file")
  }
}

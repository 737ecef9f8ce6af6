import PlanModel

/// Why a document could not be read. Each message is one line naming the file, in the
/// user's language; when one is thrown nothing has been read, so nothing is written.
public enum DocumentReadError: UserFacingError, Equatable, Sendable, CustomStringConvertible {
  /// The file does not exist or may not be opened.
  case unreadable(path: String)
  /// The file holds no bytes, or only white space.
  case empty(path: String)
  /// The file's extension names no kind of document plandash reads.
  case unknownKind(path: String, fileExtension: String)
  /// The bytes are no text in UTF-8 or GB18030 (binary garbage, or another encoding).
  case notText(path: String)
  /// The file says it is a kind (docx, pdf …) but is damaged or cut short.
  case corrupt(path: String, kind: DocumentKind, detail: String)
  /// A PDF whose pages carry no text (a scan).
  case scannedPDF(path: String)
  /// A PDF, or a Word file, that needs a password.
  case encrypted(path: String)
  /// A program needed for this kind is not installed; `package` is its Debian package.
  case missingTool(path: String, tool: String, package: String)
  /// The program ran but failed.
  case toolFailed(path: String, tool: String, detail: String)
  /// The document was read but holds no text at all.
  case noText(path: String)
  /// The program was still running after `seconds` and was stopped.
  case timedOut(path: String, tool: String, seconds: Int)

  public var path: String {
    switch self {
    case .unreadable(let path), .empty(let path), .unknownKind(let path, _), .notText(let path),
      .corrupt(let path, _, _), .scannedPDF(let path), .encrypted(let path),
      .missingTool(let path, _, _), .toolFailed(let path, _, _), .noText(let path),
      .timedOut(let path, _, _):
      path
    }
  }

  /// One line naming the file, in English (the `message`'s English).
  public var description: String { message.en }

  /// One line naming the file, in Chinese and English; a tool's own detail (English only)
  /// is quoted as it is.
  public var message: Localized {
    switch self {
    case .unreadable(let path):
      Localized(
        zh: "\(path)：无法读取该文件（不存在或无权限）",
        en: "\(path): cannot read the file (missing or not permitted)")
    case .empty(let path):
      Localized(zh: "\(path)：文件是空的", en: "\(path): the file is empty")
    case .unknownKind(let path, let ext):
      Localized(
        zh: "\(path)：不认识的文件类型“\(ext)”（可读取 .txt、.html、.docx、.doc、.wps、.pdf）",
        en:
          "\(path): unknown kind of file '\(ext)' (plandash reads .txt, .html, .docx, .doc, .wps, .pdf)"
      )
    case .notText(let path):
      Localized(
        zh: "\(path)：不是 UTF-8 或 GB18030/GBK 文本（可能是二进制文件）",
        en: "\(path): not text in UTF-8 or GB18030/GBK (binary data?)")
    case .corrupt(let path, let kind, let detail):
      Localized(
        zh: "\(path)：\(kind.name.zh)文件已损坏或不完整（\(detail)）",
        en: "\(path): the \(kind.name.en) file is damaged or incomplete (\(detail))")
    case .scannedPDF(let path):
      Localized(
        zh: "\(path)：PDF 中没有文字（可能是扫描件，请先做文字识别）",
        en: "\(path): the PDF holds no text (a scan? run text recognition first)")
    case .encrypted(let path):
      Localized(
        zh: "\(path)：文件已加密，需要密码（请另存为未加密的文件）",
        en: "\(path): the file is encrypted and needs a password (save an unencrypted copy)")
    case .missingTool(let path, let tool, let package):
      Localized(
        zh: "\(path)：读取此类文件需要 \(tool)，请安装 Debian 软件包 \(package)",
        en:
          "\(path): reading this kind of file needs \(tool): install the Debian package \(package)")
    case .toolFailed(let path, let tool, let detail):
      Localized(
        zh: "\(path)：\(tool) 无法读取该文件（\(detail)）",
        en: "\(path): \(tool) could not read the file (\(detail))")
    case .noText(let path):
      Localized(zh: "\(path)：文件中没有文字", en: "\(path): the file holds no text")
    case .timedOut(let path, let tool, let seconds):
      Localized(
        zh: "\(path)：\(tool) 运行超过 \(seconds) 秒仍未完成，已停止（文件可能损坏，或 \(tool) 在等待输入）",
        en:
          "\(path): \(tool) was still running after \(seconds) s and was stopped (a damaged file, or \(tool) waiting for input?)"
      )
    }
  }
}

/// Words that say a text grades what it names into steps (`梯度培育`, `按照“市级—省级”逐级认定`,
/// `分层分类`): the rules that read ladders start from these, each adding the words of its
/// own phrasing (`递进` for a pipeline's stages, `晋级` for lines of levels).
enum GradingWords {
  static let core = ["梯度", "梯次", "梯队", "逐级", "分层", "分级"]
}

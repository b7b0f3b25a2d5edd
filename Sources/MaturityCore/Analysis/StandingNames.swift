/// Names of standings that no level or module gives: below every level, and a
/// target for every module. They travel with a plan's standing like a level's
/// name does, so they are kept beside the questionnaire's own names.
public enum StandingNames {
    public static let noLevel = LocalizedText(zh: "无等级", en: "no level")
    public static let everyModule = LocalizedText(zh: "每个模块", en: "every module")
}

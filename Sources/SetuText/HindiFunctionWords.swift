/// Closed classes of Hindi words that segmentation and term extraction both need, written once: the words
/// that never open a sentence (postpositions, particles, conjunctions that join clauses), the auxiliaries and
/// verb forms that close one, and the verbs of saying that end an attribution (`… उन्होंने कहा`).
///
/// Lists are space-separated so that they read like data and can be extended in one place; the glossary's
/// word classes (`HindiWordClasses`) are built on them.
public enum HindiFunctionWords {
    /// Postpositions (simple and the first word of compound ones).
    public static let postpositions = """
        का के की को में से पर ने तक द्वारा लिए लिये साथ बाद पहले बीच ओर तरफ अनुसार दौरान बारे प्रति बजाय बिना \
        तहत जरिए ज़रिए माध्यम खिलाफ़ खिलाफ विरुद्ध समेत सहित अलावा सामने पास पीछे ऊपर नीचे अंदर भीतर बाहर \
        मुताबिक़ मुताबिक जैसे जैसा जैसी हेतु बनाम बावजूद अंतर्गत
        """
    /// Auxiliaries and copulas.
    public static let auxiliaries = """
        है हैं था थे थी थीं हो हों होगा होगी होंगे होंगी हूं हूँ हुआ हुई हुए हुईं होता होती होते रहा रही रहे रहीं \
        गया गई गए गईं गयी गये सका सकी सके सकता सकती सकते चुका चुकी चुके चाहिए चाहिये
        """
    /// Conjunctions that join clauses or phrases inside a sentence.
    public static let conjunctions = "और तथा एवं व या अथवा कि लेकिन परंतु परन्तु किंतु किन्तु बल्कि जबकि"
    /// Particles that attach to the word before them.
    public static let particles = "भी ही तक"
    /// Verbs of saying, asking and writing, as they close an attribution.
    public static let speechVerbs = """
        कहा कही कहे कहना कहती कहते कहता पूछा पूछी पूछे पूछती पूछते बताया बताई बताए लिखा लिखी लिखे बोले बोली बोला \
        बोलीं जोड़ा जोड़ी दोहराया चिल्लाया चिल्लाए चिल्लाई पुकारा ट्वीट सवाल कहना
        """

    /// The words of a list.
    public static func words(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// Words that never open a Hindi sentence, so a sentence mark just before one is not an end: the simple
    /// postpositions, the particles and the coordinating conjunctions (`"बचाओ!" की आवाज़`, `‘…है!’ और
    /// ट्रॉफी …`). Compound postpositions (`साथ`, `बाद`, `अलावा`) and `लेकिन` do open sentences (`साथ ही …`).
    public static let continuations = words("का के की को में से पर ने तक भी ही और तथा एवं व या कि")
}

/// Word lists behind the standard segmentation rules. Entries are written without the final full stop
/// and compared after dropping nukta and joiners, so `ज़ि` and `जि` are the same.
public enum HindiAbbreviations {
    /// Hindi names of Latin letters, used as initials (`एस. जयशंकर`, `बी.आर. अंबेडकर`), plus `ई` (ईसवी).
    /// None of them is a common Hindi word that ends a sentence.
    public static let initials: Set<String> = [
        "एस", "बी", "सी", "डी", "एफ", "एच", "आई", "जे", "एल", "एम", "एन", "पी", "क्यू", "आर", "टी", "यू", "वी",
        "डब्ल्यू", "डबल्यू", "एक्स", "वाई", "जेड", "ई", "ऐ", "ऐन", "ऐस",
    ]

    /// Letter names that are also everyday words (`के` genitive, `जी` honorific, `ए`, `ओ`): initials only
    /// inside a chain of initials.
    public static let ambiguousInitials: Set<String> = ["ए", "जी", "के", "ओ"]

    /// Hindi abbreviations that take a full stop: titles, units, calendar and reference abbreviations.
    public static let abbreviations: Set<String> = [
        "डॉ", "डा", "श्री", "प्रो", "जि", "पं", "स्व", "मो", "कु", "सु", "ले", "कै", "ब्रि", "सं", "पृ", "क्र", "रु",
        "मि", "कि.मी", "कि.ग्रा", "मि.ली", "से.मी", "ई.पू", "नं", "सुश्री", "लि", "प्रा", "ग्रा",
        // Dates, addresses and numbering: दि. (दिनांक), ता. (तारीख), तह. (तहसील), पो. (पोस्ट), मु. (मुकाम),
        // अनु. (अनुच्छेद), वि.सं. (विक्रम संवत)
        "दि", "ता", "तह", "पो", "मु", "अनु", "वि.सं", "ह",
    ]

    /// English abbreviations common in Indian English and in code-mixed Hindi text.
    public static let latinAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "No", "Nos", "Rs", "Govt", "Gen", "Col", "Lt", "Capt",
        "Maj", "Sgt", "Hon", "Rev", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Dept", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "i.e", "e.g", "U.S", "U.K", "a.m", "p.m",
        "approx", "fig", "Fig", "vol", "Vol", "pp", "Mt", "Ave", "Smt", "Shri", "Sh", "Pvt", "Bros", "Adv",
        "Ph.D", "M.A", "B.A", "M.Sc", "B.Sc", "cf", "viz",
    ]
}

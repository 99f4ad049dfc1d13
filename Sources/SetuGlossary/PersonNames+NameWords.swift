extension PersonNames {
    /// Words of the names of Indian schemes, institutions and places that English keeps in Hindi (प्रधानमंत्री
    /// आवास योजना → Pradhan Mantri Awas Yojana, जिला पंचायत → Zila Panchayat, घंटाघर चौक → Ghantaghar Chowk),
    /// in the spelling those names use where the letter rules write another (Yojna, Avas, Jila, Chauk), in the
    /// format of `table`, written for Setu from general knowledge. `table` and `moreTable` win where they list a
    /// spelling too. Read only where the romanizer is asked for a name's English.
    static let nameWordsTable = """
        योजना	Yojana	name-word
        परियोजना	Pariyojana	name-word
        प्रधानमंत्री	Pradhan Mantri	name-word
        आवास	Awas	name-word
        अभियान	Abhiyan	name-word
        जीवन	Jeevan	name-word
        जिला	Zila	name-word
        सेवा	Seva	name-word
        फसल	Fasal	name-word
        सड़क	Sadak	name-word
        प्राधिकरण	Pradhikaran	name-word
        सशक्तिकरण	Sashaktikaran	name-word
        रोजगार	Rozgar	name-word
        स्वावलंबन	Swavalamban	name-word
        सरोवर	Sarovar	name-word
        चौक	Chowk	name-word
        बाजार	Bazaar	name-word
        """
}

extension Gazetteer {
    /// Rivers of India and its neighbours as Hindi news names them, with the English spelling Indian media
    /// use (गंगा → Ganga, सोन → Sone, सतलुज → Sutlej), written for Setu from general knowledge; kind `region`.
    /// The word for river (नदी) is not part of the entry: `बागमती नदी` is composed as Bagmati River.
    static let rivers = """
        गंगा=Ganga
        यमुना=Yamuna
        ब्रह्मपुत्र=Brahmaputra
        सिंधु=Indus
        सतलुज|सतलज=Sutlej
        ब्यास=Beas
        रावी=Ravi
        चिनाब|चेनाब=Chenab
        झेलम=Jhelum
        घाघरा=Ghaghara
        सरयू=Saryu
        गोमती=Gomti
        राप्ती=Rapti
        गंडक=Gandak
        कोसी=Kosi
        बागमती=Bagmati
        कमला बलान=Kamla Balan
        महानंदा=Mahananda
        बूढ़ी गंडक=Burhi Gandak
        पुनपुन=Punpun
        फल्गु=Falgu
        सोन=Sone
        चंबल=Chambal
        बेतवा=Betwa
        सिंध=Sindh
        महानदी=Mahanadi
        ब्राह्मणी=Brahmani
        बैतरणी=Baitarani
        सुवर्णरेखा|स्वर्णरेखा=Subarnarekha
        दामोदर=Damodar
        हुगली=Hooghly
        तीस्ता=Teesta
        बराक=Barak
        गोदावरी=Godavari
        कृष्णा नदी=Krishna River
        तुंगभद्रा=Tungabhadra
        कावेरी=Kaveri
        वैगई=Vaigai
        पेरियार=Periyar
        पंबा=Pamba
        ताप्ती|तापी=Tapti
        साबरमती=Sabarmati
        लूणी|लूनी=Luni
        घग्गर=Ghaggar
        अलकनंदा=Alaknanda
        भागीरथी=Bhagirathi
        मंदाकिनी=Mandakini
        करनाली=Karnali
        सुबनसिरी=Subansiri
        """
}

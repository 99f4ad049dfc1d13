#!/usr/bin/env python3
"""Deterministic generator of a synthetic Hindi→English translation memory for Setu's benchmarks.

Usage:
  tools/gen_tm.py --units 1000000 --tmx bench-data/tm-1m.tmx --queries bench-data/fuzzy-queries.jsonl \\
      --concordance-queries bench-data/conc-queries.jsonl --exact-queries bench-data/exact-queries.jsonl
  tools/gen_tm.py --units 10000 --seed 7 --tmx bench-data/tm-10k.tmx --stats
  tools/gen_tm.py --text bench-data/tm-text-10mb.txt --mb 10

TMX (1.4b): one <tu> per line with tuid 1…N, a document prop (gen/doc-K.txt), a hi-IN and an en-US
<tuv>; the file is streamed, never built in memory. Hindi segments are news-style Devanagari
sentences of 6–35 words built from templates: real function words, common nouns and verb phrases
(partly the vocabulary of gen_corpus.py), plus an open vocabulary of ~64,000 person, surname and place
names composed from syllables and drawn with Zipf weights, so a million units hold well over 50,000
distinct word types. Numbers come in ASCII and Devanagari digits. The English side is a template
rendering of the same content (not a real translation), about as long as the Hindi.

About 15 % of units are near-duplicates of an earlier unit: its Hindi with 1–2 small edits (a word
replaced, a number changed, a word dropped or inserted, a nukta added or removed, chandrabindu and
anusvara swapped, a matra changed); the English follows a replaced name or number, else is copied.

Queries (each file gets --query-count lines, default 1000), drawn from stored units:
  --queries              {"query", "source", "tuid"}: a stored unit's Hindi with one small edit (a word,
                         a matra, a nukta or chandrabindu, or a number), kept above ~80 % similarity by
                         Setu's akshara-level score; never equal to any stored unit's text.
  --concordance-queries  {"query"}: two adjacent Devanagari words of a stored unit (distinct queries).
  --exact-queries        {"query"}: the exact Hindi text of a stored unit.

--text writes only Hindi sentences (no near-duplicates) as plain text for the ingest benchmark:
paragraphs of 3–6 sentences per line, each ending with a danda, a blank line between documents every
~30 lines; it stops before --mb megabytes (10^6 bytes), or after --units sentences without --mb.
The TMX, the query files and the text each use their own random stream, so one never changes another.
All text is NFC. Generated data goes to bench-data/ (ignored) and is never committed.
"""
import argparse
import bisect
import itertools
import json
import os
import random
import re
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no tools/__pycache__ from importing the sibling script
import gen_corpus  # noqa: E402  (shared Hindi vocabulary)


def nfc(text):
    return unicodedata.normalize("NFC", text)


def pairs(items):
    return [(nfc(hi), en) for hi, en in items]


# ---------------------------------------------------------------------------------------------------
# Closed vocabulary. English glosses of gen_corpus.py's lists; entries without a gloss are left out.

CORPUS_EN = {
    "एस. जयशंकर": "S. Jaishankar", "सर्गेई लावरोव": "Sergey Lavrov", "नरेंद्र मोदी": "Narendra Modi",
    "व्लादिमीर पुतिन": "Vladimir Putin", "रणधीर जायसवाल": "Randhir Jaiswal", "एंटोनियो गुटेरेस": "Antonio Guterres",
    "डॉ. मनमोहन सिंह": "Dr. Manmohan Singh", "प्रो. अजय सूद": "Prof. Ajay Sood", "राहुल गांधी": "Rahul Gandhi",
    "अमित शाह": "Amit Shah", "निर्मला सीतारमण": "Nirmala Sitharaman", "पी. चिदंबरम": "P. Chidambaram",
    "मैक्सिम रायजेनकोव": "Maxim Ryzhenkov", "S Jaishankar": "S Jaishankar", "PM Modi": "PM Modi",
    "अस्ताना": "Astana", "कज़ाकिस्तान": "Kazakhstan", "मॉस्को": "Moscow", "दिल्ली": "Delhi", "मुंबई": "Mumbai",
    "बेलारूस": "Belarus", "ताजिकिस्तान": "Tajikistan", "उज्बेकिस्तान": "Uzbekistan", "पुश्किन पार्क": "Pushkin Park",
    "लखनऊ": "Lucknow", "पटना": "Patna", "भोपाल": "Bhopal", "जयपुर": "Jaipur", "फ्रांस": "France",
    "यूक्रेन": "Ukraine", "रूस": "Russia", "भारत": "India",
    "शंघाई सहयोग संगठन": "the Shanghai Cooperation Organisation", "एससीओ": "the SCO",
    "विदेश मंत्रालय": "the External Affairs Ministry", "संयुक्त राष्ट्र": "the United Nations",
    "भारतीय रिजर्व बैंक": "the Reserve Bank of India", "आरबीआई": "the RBI", "सुप्रीम कोर्ट": "the Supreme Court",
    "चुनाव आयोग": "the Election Commission", "रूसी सेना": "the Russian Army", "भारतीय दूतावास": "the Indian Embassy",
    "लोकसभा": "the Lok Sabha", "नीति आयोग": "NITI Aayog",
    "सरकार": "the government", "मंत्रालय": "the ministry", "विपक्ष": "the opposition", "अदालत": "the court",
    "पुलिस": "the police", "प्रवक्ता": "the spokesperson", "विशेषज्ञों": "experts", "अधिकारियों": "officials",
    "किसानों": "farmers", "छात्रों": "students", "नागरिकों": "citizens", "वैज्ञानिकों": "scientists",
    "कंपनी": "the company", "बैंक": "the bank",
    "द्विपक्षीय सहयोग": "bilateral cooperation", "सुरक्षा व्यवस्था": "security arrangements",
    "आर्थिक विकास": "economic development", "व्यापार समझौते": "the trade agreement", "ऊर्जा क्षेत्र": "the energy sector",
    "रक्षा सौदे": "the defence deal", "शिक्षा नीति": "the education policy", "स्वास्थ्य सेवाओं": "health services",
    "महंगाई": "inflation", "बेरोजगारी": "unemployment", "मानसून": "the monsoon", "बजट प्रस्तावों": "the budget proposals",
    "नागरिकों की वापसी": "the return of citizens",
    "पर चर्चा की": "discussed", "को मंजूरी दी": "approved", "पर जोर दिया": "stressed", "की समीक्षा की": "reviewed",
    "पर चिंता जताई": "expressed concern over", "का स्वागत किया": "welcomed", "पर सवाल उठाए": "raised questions about",
    "की घोषणा की": "announced", "पर बयान जारी किया": "issued a statement on", "को लेकर बैठक की": "held a meeting on",
    "इस दौरान": "meanwhile,", "बता दें कि": "notably,", "सूत्रों के मुताबिक": "according to sources,",
    "आधिकारिक बयान में कहा गया कि": "an official statement said that", "उन्होंने कहा कि": "he said that",
    "जानकारी के अनुसार": "according to available information,", "गौरतलब है कि": "it is noteworthy that",
    "इसके अलावा": "in addition,", "वहीं": "meanwhile,",
}
CORPUS_EN = {nfc(k): v for k, v in CORPUS_EN.items()}


def corpus_pairs(items):
    return [(nfc(hi), CORPUS_EN[nfc(hi)]) for hi in items if nfc(hi) in CORPUS_EN]


REAL_PEOPLE = corpus_pairs(gen_corpus.NAMES)
REAL_PLACES = corpus_pairs(gen_corpus.PLACES) + pairs([
    ("वाराणसी", "Varanasi"), ("प्रयागराज", "Prayagraj"), ("कानपुर", "Kanpur"), ("इंदौर", "Indore"),
    ("नागपुर", "Nagpur"), ("रांची", "Ranchi"), ("देहरादून", "Dehradun"), ("शिमला", "Shimla"),
    ("चंडीगढ़", "Chandigarh"), ("अहमदाबाद", "Ahmedabad"), ("हैदराबाद", "Hyderabad"), ("कोलकाता", "Kolkata"),
    ("चेन्नई", "Chennai"), ("बेंगलुरु", "Bengaluru"), ("गुवाहाटी", "Guwahati"), ("रायपुर", "Raipur"),
    ("गोरखपुर", "Gorakhpur"), ("अयोध्या", "Ayodhya"), ("मेरठ", "Meerut"), ("आगरा", "Agra"), ("जोधपुर", "Jodhpur"),
    ("उदयपुर", "Udaipur"), ("ग्वालियर", "Gwalior"), ("जबलपुर", "Jabalpur"), ("भागलपुर", "Bhagalpur"),
    ("गया", "Gaya"), ("धनबाद", "Dhanbad"), ("अमृतसर", "Amritsar"), ("लुधियाना", "Ludhiana"),
    ("फ़िरोज़ाबाद", "Firozabad"), ("मुज़फ़्फ़रपुर", "Muzaffarpur"), ("ग़ाज़ियाबाद", "Ghaziabad"),
])
REAL_ORGS = corpus_pairs(gen_corpus.ORGS) + pairs([
    ("राष्ट्रीय सांख्यिकी कार्यालय", "the National Statistics Office"),
    ("भारतीय मौसम विज्ञान विभाग", "the India Meteorological Department"),
    ("केंद्रीय जांच ब्यूरो", "the Central Bureau of Investigation"), ("प्रवर्तन निदेशालय", "the Enforcement Directorate"),
    ("राज्य निर्वाचन आयोग", "the State Election Commission"), ("उच्च न्यायालय", "the High Court"),
    ("भारतीय रेलवे", "Indian Railways"), ("इसरो", "ISRO"), ("सेबी", "SEBI"),
])
SUBJECTS = corpus_pairs(gen_corpus.SUBJECTS) + pairs([
    ("राज्य सरकार", "the state government"), ("केंद्र सरकार", "the central government"),
    ("जिला प्रशासन", "the district administration"), ("नगर निगम", "the municipal corporation"),
    ("व्यापारियों", "traders"), ("डॉक्टरों", "doctors"), ("शिक्षकों", "teachers"),
    ("कर्मचारी संघ", "the employees' union"), ("विश्व बैंक", "the World Bank"), ("ग्राम पंचायत", "the village council"),
])
TOPICS = corpus_pairs(gen_corpus.OBJECTS) + pairs([
    ("सड़क निर्माण", "road construction"), ("पेयजल आपूर्ति", "drinking water supply"), ("बिजली कटौती", "power cuts"),
    ("किसानों की आय", "farmers' income"), ("फसल बीमा योजना", "the crop insurance scheme"),
    ("डिजिटल भुगतान", "digital payments"), ("साइबर अपराध", "cybercrime"), ("जल संरक्षण", "water conservation"),
    ("वायु प्रदूषण", "air pollution"), ("कानून व्यवस्था", "law and order"), ("ग्रामीण विकास", "rural development"),
    ("शहरी परिवहन", "urban transport"), ("स्मार्ट सिटी परियोजना", "the smart city project"),
    ("सीमा विवाद", "the border dispute"), ("आतंकवाद", "terrorism"), ("जलवायु परिवर्तन", "climate change"),
    ("खाद्य सुरक्षा", "food security"), ("महिला सुरक्षा", "women's safety"), ("बाल विवाह", "child marriage"),
    ("भ्रष्टाचार", "corruption"), ("कर सुधार", "tax reforms"), ("निवेश प्रस्तावों", "investment proposals"),
    ("रोजगार सृजन", "job creation"), ("कौशल विकास", "skill development"), ("आवास योजना", "the housing scheme"),
    ("स्वच्छता अभियान", "the cleanliness drive"), ("टीकाकरण अभियान", "the vaccination drive"),
    ("बाढ़ राहत", "flood relief"), ("सूखा प्रबंधन", "drought management"), ("रेल सुविधाओं", "rail facilities"),
    ("हवाई संपर्क", "air connectivity"), ("पर्यटन विकास", "tourism development"), ("खनन पट्टों", "mining leases"),
    ("भूमि अधिग्रहण", "land acquisition"), ("न्यूनतम समर्थन मूल्य", "the minimum support price"),
    ("पेंशन योजना", "the pension scheme"), ("छात्रवृत्ति", "scholarships"), ("परीक्षा परिणाम", "the exam results"),
    ("पेपर लीक", "the paper leak"), ("अवैध खनन", "illegal mining"), ("नशा मुक्ति", "de-addiction"),
    ("सीमा पार व्यापार", "cross-border trade"), ("अंतरिक्ष कार्यक्रम", "the space programme"),
    ("सेमीकंडक्टर उत्पादन", "semiconductor production"), ("हरित ऊर्जा", "green energy"),
    ("इलेक्ट्रिक वाहनों", "electric vehicles"), ("अनुसंधान एवं विकास (R&D)", "research & development (R&D)"),
    ("ज़मीन के रिकॉर्ड", "land records"), ("फ़सल की ख़रीद", "crop procurement"), ("यहाँ की सफ़ाई व्यवस्था", "sanitation here"),
])
VERBS = corpus_pairs(gen_corpus.VERBS) + pairs([
    ("का विरोध किया", "opposed"), ("की जांच के आदेश दिए", "ordered an inquiry into"),
    ("पर रिपोर्ट सौंपी", "submitted a report on"), ("का समर्थन किया", "supported"), ("की सराहना की", "praised"),
    ("पर नाराजगी जताई", "expressed displeasure over"), ("पर विस्तृत योजना पेश की", "presented a detailed plan on"),
])
FILLERS = corpus_pairs(gen_corpus.FILLERS) + pairs([
    ("दूसरी ओर", "on the other hand,"), ("मिली जानकारी के मुताबिक", "according to the information received,"),
    ("उल्लेखनीय है कि", "it may be noted that"), ("हालांकि", "however,"), ("अधिकारियों ने बताया कि", "officials said that"),
])
TITLES = pairs([
    ("मुख्यमंत्री", "Chief Minister"), ("केंद्रीय मंत्री", "Union Minister"), ("जिलाधिकारी", "District Magistrate"),
    ("पुलिस अधीक्षक", "Superintendent of Police"), ("विधायक", "MLA"), ("सांसद", "MP"), ("राज्यपाल", "Governor"),
    ("महापौर", "Mayor"), ("प्रदेश अध्यक्ष", "state president"), ("कुलपति", "Vice-Chancellor"),
    ("मुख्य सचिव", "Chief Secretary"), ("पूर्व मंत्री", "former minister"), ("डॉ.", "Dr."), ("प्रो.", "Prof."),
    ("वरिष्ठ पत्रकार", "senior journalist"), ("उद्योगपति", "industrialist"), ("समाजसेवी", "social worker"),
    ("कलेक्टर", "Collector"), ("थाना प्रभारी", "station house officer"),
])
INITIALS = pairs([("एस.", "S."), ("के.", "K."), ("आर.", "R."), ("पी.", "P."), ("एम.", "M."), ("ए.", "A."),
                  ("जी.", "G."), ("डी.", "D."), ("बी.", "B."), ("वी.", "V."), ("एन.", "N."), ("सी.", "C."),
                  ("टी.", "T."), ("एल.", "L."), ("जे.", "J."), ("एच.", "H.")])
WEEKDAYS = pairs([("सोमवार", "Monday"), ("मंगलवार", "Tuesday"), ("बुधवार", "Wednesday"), ("गुरुवार", "Thursday"),
                  ("शुक्रवार", "Friday"), ("शनिवार", "Saturday"), ("रविवार", "Sunday")])
MONTHS = pairs([("जनवरी", "January"), ("फरवरी", "February"), ("मार्च", "March"), ("अप्रैल", "April"), ("मई", "May"),
                ("जून", "June"), ("जुलाई", "July"), ("अगस्त", "August"), ("सितंबर", "September"),
                ("अक्टूबर", "October"), ("नवंबर", "November"), ("दिसंबर", "December")])
INCIDENTS = [(nfc(hi), en, g) for hi, en, g in [
    ("सड़क हादसे", "a road accident", "m"), ("बस हादसे", "a bus accident", "m"), ("ट्रेन हादसे", "a train accident", "m"),
    ("सिलेंडर विस्फोट", "a cylinder blast", "m"), ("गैस रिसाव", "a gas leak", "m"), ("भूस्खलन", "a landslide", "m"),
    ("भीषण आग", "a massive fire", "f"), ("इमारत ढहने की घटना", "a building collapse", "f"),
    ("नाव पलटने की घटना", "a boat capsizing", "f"), ("बिजली गिरने की घटना", "a lightning strike", "f"),
]]
PROJECTS = pairs([
    ("नए अस्पताल", "a new hospital"), ("फ्लाईओवर", "a flyover"), ("चार लेन सड़क", "a four-lane road"),
    ("मेडिकल कॉलेज", "a medical college"), ("जल शोधन संयंत्र", "a water treatment plant"),
    ("खेल स्टेडियम", "a sports stadium"), ("बस टर्मिनल", "a bus terminal"), ("रेलवे ओवरब्रिज", "a railway overbridge"),
    ("सौर ऊर्जा संयंत्र", "a solar power plant"), ("औद्योगिक पार्क", "an industrial park"), ("पुस्तकालय", "a library"),
    ("सीवरेज नेटवर्क", "a sewerage network"), ("कन्या छात्रावास", "a girls' hostel"),
])
BENEFICIARIES = pairs([
    ("हजारों लोगों", "thousands of people"), ("स्थानीय किसानों", "local farmers"), ("छात्रों", "students"),
    ("व्यापारियों", "traders"), ("आसपास के गांवों", "nearby villages"), ("यात्रियों", "passengers"),
    ("मरीजों", "patients"), ("युवाओं", "young people"), ("महिलाओं", "women"),
])
WEATHER = pairs([
    ("भारी बारिश", "heavy rain"), ("लू", "heatwave"), ("घने कोहरे", "dense fog"), ("ओलावृष्टि", "hailstorm"),
    ("शीतलहर", "cold wave"), ("आंधी-तूफान", "thunderstorm"), ("बर्फबारी", "snowfall"), ("बाढ़", "flood"),
])
CRIMES = pairs([
    ("धोखाधड़ी", "fraud"), ("रिश्वतखोरी", "bribery"), ("हत्या", "murder"), ("लूटपाट", "robbery"),
    ("साइबर ठगी", "cyber fraud"), ("अवैध हथियार रखने", "possessing illegal weapons"),
    ("मादक पदार्थों की तस्करी", "drug trafficking"), ("जमीन हड़पने", "land grabbing"),
    ("फर्जी दस्तावेज बनाने", "forging documents"), ("दहेज उत्पीड़न", "dowry harassment"),
])
PARTIES = pairs([
    ("भाजपा", "BJP"), ("कांग्रेस", "Congress"), ("सपा", "SP"), ("बसपा", "BSP"), ("आम आदमी पार्टी", "Aam Aadmi Party"),
    ("राजद", "RJD"), ("जदयू", "JD(U)"), ("तृणमूल कांग्रेस", "Trinamool Congress"), ("शिवसेना", "Shiv Sena"),
])
DISEASES = pairs([
    ("डेंगू", "dengue"), ("मलेरिया", "malaria"), ("कोरोना", "COVID-19"), ("चिकनगुनिया", "chikungunya"),
    ("टाइफाइड", "typhoid"), ("स्वाइन फ्लू", "swine flu"), ("हैजा", "cholera"),
])
PROBLEMS = pairs([
    ("पानी की किल्लत", "the water shortage"), ("बिजली कटौती", "power cuts"), ("खराब सड़कों", "bad roads"),
    ("जलभराव", "waterlogging"), ("अवैध कब्जे", "illegal encroachment"), ("फसल के नुकसान", "crop losses"),
    ("मुआवजे", "compensation"), ("स्कूल में शिक्षकों की कमी", "the shortage of teachers at the school"),
    ("राशन वितरण में गड़बड़ी", "irregularities in ration distribution"),
])
OFFICES = pairs([
    ("तहसील कार्यालय", "the tehsil office"), ("कलेक्ट्रेट", "the collectorate"),
    ("नगर पालिका कार्यालय", "the municipal office"), ("बिजली विभाग के दफ्तर", "the electricity department office"),
    ("थाने", "the police station"), ("विधायक आवास", "the MLA's residence"), ("ब्लॉक कार्यालय", "the block office"),
])
POSTS = pairs([
    ("अध्यक्ष", "chairman"), ("निदेशक", "director"), ("सचिव", "secretary"), ("प्रवक्ता", "spokesperson"),
    ("कुलपति", "Vice-Chancellor"), ("महाप्रबंधक", "general manager"), ("आयुक्त", "commissioner"),
    ("मुख्य कार्यकारी अधिकारी", "chief executive officer"), ("कोषाध्यक्ष", "treasurer"), ("उपाध्यक्ष", "vice-president"),
    ("प्रबंध निदेशक", "managing director"),
])
SECTORS = pairs([
    ("विनिर्माण", "manufacturing"), ("कृषि", "agriculture"), ("सेवा", "services"), ("निर्माण", "construction"),
    ("खनन", "mining"), ("पर्यटन", "tourism"), ("आईटी", "IT"), ("ऑटोमोबाइल", "automobile"), ("कपड़ा", "textile"),
    ("बैंकिंग", "banking"), ("दूरसंचार", "telecom"), ("रियल एस्टेट", "real estate"),
])
ORG_FORMS = [(nfc(hi), en) for hi, en in [  # {} is a place (or, for companies, a surname)
    ("{} नगर निगम", "the {} Municipal Corporation"), ("{} विकास प्राधिकरण", "the {} Development Authority"),
    ("{} विश्वविद्यालय", "{} University"), ("{} सहकारी बैंक", "the {} Cooperative Bank"),
    ("{} जिला प्रशासन", "the {} district administration"), ("{} मेडिकल कॉलेज", "{} Medical College"),
    ("{} पुलिस", "the {} police"), ("{} स्मार्ट सिटी लिमिटेड", "{} Smart City Ltd"),
]]
COMPANY_FORMS = [(nfc(hi), en) for hi, en in [
    ("{} इंडस्ट्रीज", "{} Industries"), ("{} ग्रुप", "the {} Group"), ("{} मोटर्स", "{} Motors"),
    ("{} फार्मा", "{} Pharma"), ("{} एंड संस", "{} & Sons"), ("{} इन्फ्रा", "{} Infra"),
]]
PARTICLES = [nfc(w) for w in ["भी", "ही", "अब", "फिर", "तो", "पहले", "लगभग", "करीब", "अभी", "भी"]]

# ---------------------------------------------------------------------------------------------------
# Open vocabulary: names composed from syllables, with a Latin form.

ONSETS = [(nfc(hi), lat, w) for hi, lat, w in [
    ("क", "k", 8), ("ख", "kh", 2), ("ग", "g", 5), ("घ", "gh", 1), ("च", "ch", 4), ("छ", "chh", 1), ("ज", "j", 5),
    ("झ", "jh", 1), ("ट", "t", 2), ("ठ", "th", 1), ("ड", "d", 2), ("ढ", "dh", 1), ("त", "t", 5), ("थ", "th", 1),
    ("द", "d", 6), ("ध", "dh", 2), ("न", "n", 7), ("प", "p", 6), ("फ", "ph", 1), ("ब", "b", 5), ("भ", "bh", 3),
    ("म", "m", 8), ("य", "y", 2), ("र", "r", 9), ("ल", "l", 6), ("व", "v", 6), ("श", "sh", 4), ("ष", "sh", 1),
    ("स", "s", 8), ("ह", "h", 5), ("प्र", "pr", 3), ("क्र", "kr", 1), ("स्व", "sw", 1), ("त्र", "tr", 1),
    ("श्र", "shr", 1), ("ग्र", "gr", 1), ("ब्र", "br", 1), ("द्व", "dw", 1), ("क्ष", "ksh", 1), ("ज्ञ", "gy", 1),
    ("ज़", "z", 1), ("फ़", "f", 1), ("ग़", "gh", 1), ("ख़", "kh", 1),
]]
VOWELS = [("", "a", 14), ("ा", "a", 10), ("ि", "i", 6), ("ी", "i", 4), ("ु", "u", 4), ("ू", "u", 2), ("े", "e", 4),
          ("ै", "ai", 1), ("ो", "o", 3), ("ौ", "au", 1), ("ं", "an", 2), ("ाँ", "an", 1)]
FIRST_SUFFIXES = [("ेश", "esh"), ("ेन्द्र", "endra"), ("ेंद्र", "endra"), ("ीत", "eet"), ("ंत", "ant"), ("पाल", "pal"),
                  ("देव", "dev"), ("राज", "raj"), ("वीर", "veer"), ("प्रकाश", "prakash"), ("नाथ", "nath"),
                  ("चंद", "chand"), ("ेश्वर", "eshwar"), ("िका", "ika"), ("िता", "ita"), ("ा", "a"), ("ी", "i"),
                  ("ना", "na"), ("लता", "lata"), ("वती", "vati"), ("प्रीत", "preet"), ("ज्योति", "jyoti"), ("ाश", "ash"),
                  ("ुल", "ul"), ("िन", "in"), ("ेन", "en"), ("ोक", "ok"), ("ीश", "eesh")]
SURNAME_SUFFIXES = [("वाल", "wal"), ("िया", "iya"), ("ी", "i"), ("ानी", "ani"), ("कर", "kar"), ("ावत", "awat"),
                    ("ेकर", "ekar"), ("ा", "a"), ("वंशी", "vanshi"), ("पुरी", "puri"), ("ेजा", "eja"), ("ाठी", "athi")]
PLACE_SUFFIXES = [("पुर", "pur"), ("पुरा", "pura"), ("गढ़", "garh"), ("नगर", "nagar"), ("ाबाद", "abad"), ("गंज", "ganj"),
                  ("गांव", "gaon"), ("खेड़ा", "khera"), ("कोट", "kot"), ("सर", "sar"), ("वाड़ा", "wada"), ("ौली", "auli"),
                  ("पेट", "pet"), ("गिरि", "giri"), ("ाना", "ana"), ("ेर", "er"), ("ोर", "or"), ("वा", "wa"), ("", "")]
REAL_FIRST = pairs([
    ("राजेश", "Rajesh"), ("सुनील", "Sunil"), ("अनिल", "Anil"), ("सुरेश", "Suresh"), ("रमेश", "Ramesh"), ("महेश", "Mahesh"),
    ("विनोद", "Vinod"), ("संजय", "Sanjay"), ("अजय", "Ajay"), ("विजय", "Vijay"), ("मनोज", "Manoj"), ("अशोक", "Ashok"),
    ("प्रदीप", "Pradeep"), ("दिनेश", "Dinesh"), ("राकेश", "Rakesh"), ("मुकेश", "Mukesh"), ("आलोक", "Alok"),
    ("नीरज", "Neeraj"), ("प्रिया", "Priya"), ("सुनीता", "Sunita"), ("अनीता", "Anita"), ("पूजा", "Pooja"),
    ("रेखा", "Rekha"), ("कविता", "Kavita"), ("नेहा", "Neha"), ("ज्योति", "Jyoti"), ("ममता", "Mamta"), ("सीमा", "Seema"),
    ("आरती", "Aarti"), ("अंजलि", "Anjali"), ("मोहम्मद", "Mohammad"), ("इरफ़ान", "Irfan"), ("फ़ातिमा", "Fatima"),
    ("ज़ाकिर", "Zakir"), ("सलमान", "Salman"), ("गुरप्रीत", "Gurpreet"), ("हरप्रीत", "Harpreet"), ("अर्जुन", "Arjun"),
    ("रोहित", "Rohit"), ("विकास", "Vikas"), ("अमित", "Amit"), ("सौरभ", "Saurabh"), ("गौरव", "Gaurav"),
    ("आँचल", "Aanchal"), ("चाँदनी", "Chandni"),
])
REAL_SURNAMES = pairs([
    ("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("सिंह", "Singh"), ("यादव", "Yadav"), ("गुप्ता", "Gupta"), ("कुमार", "Kumar"),
    ("पांडेय", "Pandey"), ("मिश्रा", "Mishra"), ("तिवारी", "Tiwari"), ("चौहान", "Chauhan"), ("ठाकुर", "Thakur"),
    ("जैन", "Jain"), ("अग्रवाल", "Agarwal"), ("पटेल", "Patel"), ("रेड्डी", "Reddy"), ("नायर", "Nair"), ("मेहता", "Mehta"),
    ("दास", "Das"), ("ख़ान", "Khan"), ("अली", "Ali"), ("शेख़", "Sheikh"), ("चौधरी", "Chaudhary"),
    ("श्रीवास्तव", "Srivastava"), ("सक्सेना", "Saxena"), ("त्रिपाठी", "Tripathi"), ("दुबे", "Dubey"), ("राठौर", "Rathore"),
    ("भट्ट", "Bhatt"), ("जोशी", "Joshi"), ("कपूर", "Kapoor"), ("मल्होत्रा", "Malhotra"), ("बंसल", "Bansal"),
    ("गोयल", "Goyal"), ("सिन्हा", "Sinha"), ("झा", "Jha"), ("प्रसाद", "Prasad"), ("राय", "Rai"), ("रावत", "Rawat"),
    ("नेगी", "Negi"), ("बघेल", "Baghel"), ("मौर्य", "Maurya"), ("कुशवाहा", "Kushwaha"), ("पासवान", "Paswan"),
    ("मीणा", "Meena"), ("गहलोत", "Gehlot"),
])
LEXICON_SIZES = {"first": 16000, "surname": 8000, "place": 40000}

DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
ASCII_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
COMBINING = "\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962\u0963"
AKSHARA = re.compile(f"[^{COMBINING}][{COMBINING}]*|[{COMBINING}]+")
DEVANAGARI_WORD = re.compile("^[\u0900-\u0963\u0971-\u097f]+$")  # letters and marks, no danda or digits
NUMBER = re.compile("[0-9०-९][0-9०-९,.]*[0-9०-९]|[0-9०-९]")
NUKTA, NUKTA_BASES = "\u093c", set("कखगजडढफ")
MATRA_SWAPS = {"ि": "ी", "ी": "ि", "ु": "ू", "ू": "ु", "े": "ै", "ै": "े", "ो": "ौ", "ौ": "ो"}
NASAL_SWAPS = {"ँ": "ं", "ं": "ँ"}
TRAILING = ",।\""


class Zipf:
    """Draws items with weight 1/(rank + 1)^s, rank being the list position."""

    def __init__(self, items, s=1.0):
        self.items = items
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** s for rank in range(len(items))))
        self.total = self.cum[-1]
        self.last = len(items) - 1

    def __call__(self, rng):
        return self.items[min(bisect.bisect(self.cum, rng.random() * self.total), self.last)]


def syllable_word(rng, syllables, suffix):
    """Hindi and Latin forms of `syllables` random syllables plus a (hindi, latin) suffix (may be empty)."""
    hindi, latin = [], []
    onsets, onset_weights = [o[:2] for o in ONSETS], [o[2] for o in ONSETS]
    vowels, vowel_weights = [v[:2] for v in VOWELS], [v[2] for v in VOWELS]
    matra_suffix = bool(suffix[0]) and unicodedata.category(suffix[0][0]) in ("Mn", "Mc")
    vowel = VOWELS[0]
    for index in range(syllables):
        onset = rng.choices(onsets, onset_weights)[0]
        vowel = rng.choices(vowels, vowel_weights)[0]
        if index == syllables - 1 and matra_suffix:
            vowel = ("", "a")  # a matra suffix attaches to a bare consonant: राज + ेश → राजेश
        hindi.append(onset[0] + vowel[0])
        latin.append(onset[1] + vowel[1])
    if vowel[0] == "" and (syllables > 1 or matra_suffix):
        latin[-1] = latin[-1][:-1]  # schwa deletion: कमल → kamal, रामपुर → rampur
    hindi.append(suffix[0])
    latin.append(suffix[1])
    return nfc("".join(hindi)), "".join(latin).capitalize()


def build_lexicon(seed):
    """Category → list of (hindi, latin), most frequent first; the real names rank highest."""
    rng = random.Random(f"{seed}-lexicon")
    suffixes = {"first": FIRST_SUFFIXES, "surname": SURNAME_SUFFIXES, "place": PLACE_SUFFIXES}
    real = {"first": REAL_FIRST, "surname": REAL_SURNAMES, "place": [p for p in REAL_PLACES if " " not in p[0]]}
    # Generated names must not collide with the template vocabulary (a surname किया would make edits
    # replace the verb); every Devanagari word literal in this file is reserved.
    with open(os.path.abspath(__file__), encoding="utf-8") as source:
        reserved = {nfc(w) for w in re.findall("[\u0900-\u0963\u0970-\u097f]+", source.read())}
    reserved.update(w for items in (TOPICS, SUBJECTS, VERBS, FILLERS, REAL_ORGS, REAL_PEOPLE) for hi, _ in items
                    for w in hi.split())
    lexicon = {}
    for category, size in LEXICON_SIZES.items():
        entries = list(real[category])
        seen = {hi for hi, _ in entries} | reserved
        while len(entries) < size:
            suffix = rng.choice(suffixes[category])
            syllables = rng.choice([1, 2, 2, 2, 3] if suffix[0] else [2, 2, 3, 3])
            hi, lat = syllable_word(rng, syllables, (nfc(suffix[0]), suffix[1]))
            if hi in seen or len(hi) < 3:
                continue
            seen.add(hi)
            entries.append((hi, lat))
        lexicon[category] = entries
    return lexicon


# ---------------------------------------------------------------------------------------------------
# Sentences.

class Sentences:
    """Parallel (hindi, english) news sentences; every template fills both sides from the same slots."""

    def __init__(self, rng, lexicon):
        self.rng = rng
        self.first = Zipf(lexicon["first"])
        self.surname = Zipf(lexicon["surname"])
        self.place_gen = Zipf(lexicon["place"])
        self.real_place = Zipf(REAL_PLACES, 0.8)
        self.topic = Zipf(TOPICS, 0.7)
        self.subject = Zipf(SUBJECTS, 0.7)
        self.verb = Zipf(VERBS, 0.6)
        self.templates = [
            (self.t_statement, 16), (self.t_said, 8), (self.t_incident, 6), (self.t_economy, 6), (self.t_project, 6),
            (self.t_weather, 4), (self.t_arrest, 5), (self.t_meeting, 6), (self.t_cricket, 3), (self.t_election, 3),
            (self.t_org_statement, 5), (self.t_admission, 3), (self.t_health, 4), (self.t_protest, 4),
            (self.t_appointment, 4), (self.t_shares, 3), (self.t_short, 10),
        ]
        self.template_funcs = [t for t, _ in self.templates]
        self.template_cum = list(itertools.accumulate(w for _, w in self.templates))

    # slots -----------------------------------------------------------------------------------------
    def number(self, lo, hi, group=0.5, devanagari=0.15):
        value = self.rng.randint(lo, hi)
        if value >= 1000 and self.rng.random() < group:
            text = str(value)
            head, tail = text[:-3], text[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            text = ",".join(([head] if head else []) + groups + [tail])  # Indian grouping: 1,25,000
        else:
            text = str(value)
        return (text.translate(DEVANAGARI_DIGITS) if self.rng.random() < devanagari else text), text

    def decimal(self, lo, hi):
        whole, en = self.number(lo, hi, group=0)
        digit = str(self.rng.randint(0, 9))
        if whole[0] in "०१२३४५६७८९":
            return f"{whole}.{digit.translate(DEVANAGARI_DIGITS)}", f"{en}.{digit}"
        return f"{whole}.{digit}", f"{en}.{digit}"

    def place(self):
        return self.real_place(self.rng) if self.rng.random() < 0.15 else self.place_gen(self.rng)

    def person(self):
        rng = self.rng
        r = rng.random()
        if r < 0.04:
            return rng.choice(REAL_PEOPLE)
        surname = self.surname(rng)
        if r < 0.09:
            a, b = rng.sample(INITIALS, 2)
            hi, en = f"{a[0]} {b[0]} {surname[0]}", f"{a[1]} {b[1]} {surname[1]}"
        else:
            first = self.first(rng)
            hi, en = f"{first[0]} {surname[0]}", f"{first[1]} {surname[1]}"
        if rng.random() < 0.35:
            title = rng.choice(TITLES)
            hi, en = f"{title[0]} {hi}", f"{title[1]} {en}"
        return hi, en

    def org(self):
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return rng.choice(REAL_ORGS)
        if r < 0.45:
            form, name = rng.choice(COMPANY_FORMS), self.surname(rng)
        else:
            form, name = rng.choice(ORG_FORMS), self.place()
        return form[0].format(name[0]), form[1].format(name[1])

    def subject_any(self):
        r = self.rng.random()
        if r < 0.45:
            return self.person()
        if r < 0.7:
            return self.org()
        return self.subject(self.rng)

    def date(self):
        day, month = self.number(1, 28, devanagari=0.2), self.rng.choice(MONTHS)
        return f"{day[0]} {month[0]}", f"{day[1]} {month[1]}"

    def year(self):
        rng = self.rng
        y = rng.randint(2015, 2026)
        if rng.random() < 0.3:
            return f"वित्त वर्ष {y}-{(y + 1) % 100:02d}", f"fiscal {y}-{(y + 1) % 100:02d}"
        if rng.random() < 0.1:
            return f"वर्ष {str(y).translate(DEVANAGARI_DIGITS)}", f"{y}"
        return f"वर्ष {y}", f"{y}"

    def when(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            day = rng.choice(WEEKDAYS)
            return f"{day[0]} को", f"on {day[1]}"
        if r < 0.55:
            d = self.date()
            return f"{d[0]} को", f"on {d[1]}"
        if r < 0.65:
            h, m = rng.randint(1, 11), rng.choice(["00", "15", "30", "45"])
            return f"सुबह {h}.{m} बजे", f"at {h}.{m} in the morning"
        if r < 0.75:
            y = self.year()
            return f"{y[0]} में", f"in {y[1]}"
        return rng.choice(TIMES_FIXED)

    # templates: each returns (hindi, english) without final punctuation ---------------------------
    def t_statement(self):
        s, t, v, p, w = self.subject_any(), self.topic(self.rng), self.verb(self.rng), self.place(), self.when()
        if self.rng.random() < 0.3:
            t2 = self.topic(self.rng)
            if t2 != t:
                t = f"{t[0]} और {t2[0]}", f"{t[1]} and {t2[1]}"
        return f"{s[0]} ने {w[0]} {p[0]} में {t[0]} {v[0]}", f"{s[1]} {v[1]} {t[1]} in {p[1]} {w[1]}"

    def t_short(self):
        s, t, v = self.subject_any(), self.topic(self.rng), self.verb(self.rng)
        return f"{s[0]} ने {t[0]} {v[0]}", f"{s[1]} {v[1]} {t[1]}"

    def t_said(self):
        p = self.person()
        inner = self.rng.choice((self.t_statement, self.t_project, self.t_economy, self.t_short, self.t_quote))()
        return f"{p[0]} ने कहा कि {inner[0]}", f"{p[1]} said that {inner[1]}"

    def t_quote(self):
        t = self.topic(self.rng)
        return (f"सरकार {t[0]} को लेकर पूरी तरह गंभीर है और जल्द ही इस पर ठोस कदम उठाए जाएंगे",
                f"the government is fully serious about {t[1]} and concrete steps on it will be taken soon")

    def t_incident(self):
        p, loc, w = self.place(), self.place_gen(self.rng), self.when()
        inc = self.rng.choice(INCIDENTS)
        dead, hurt = self.number(1, 40), self.number(2, 120)
        verb = "हुए" if inc[2] == "m" else "हुई"
        return (f"{p[0]} के {loc[0]} इलाके में {w[0]} {verb} {inc[0]} में {dead[0]} लोगों की मौत हो गई और "
                f"{hurt[0]} अन्य घायल हो गए",
                f"{dead[1]} people were killed and {hurt[1]} others injured in {inc[1]} in the {loc[1]} area "
                f"of {p[1]} {w[1]}")

    def t_economy(self):
        o, y, sec, x = self.org(), self.year(), self.rng.choice(SECTORS), self.decimal(0, 25)
        if self.rng.random() < 0.7:
            return (f"{o[0]} के अनुसार {y[0]} में {sec[0]} क्षेत्र में {x[0]} प्रतिशत की वृद्धि दर्ज की गई",
                    f"according to {o[1]}, the {sec[1]} sector grew by {x[1]} percent in {y[1]}")
        return (f"{o[0]} के आंकड़ों के मुताबिक {y[0]} में {sec[0]} क्षेत्र के उत्पादन में {x[0]} प्रतिशत की गिरावट आई",
                f"data from {o[1]} show that output in the {sec[1]} sector fell by {x[1]} percent in {y[1]}")

    def t_project(self):
        p, n, proj, ben = self.place(), self.number(2, 5000), self.rng.choice(PROJECTS), self.rng.choice(BENEFICIARIES)
        return (f"{p[0]} में {n[0]} करोड़ रुपये की लागत से {proj[0]} का निर्माण किया जाएगा, जिससे {ben[0]} को लाभ मिलेगा",
                f"{proj[1]} will be built in {p[1]} at a cost of Rs {n[1]} crore, which will benefit {ben[1]}")

    def t_weather(self):
        p1, p2, n, w = self.place(), self.place(), self.number(2, 7, devanagari=0.3), self.rng.choice(WEATHER)
        return (f"मौसम विभाग ने {p1[0]} और {p2[0]} में अगले {n[0]} दिनों तक {w[0]} की चेतावनी जारी की है",
                f"the Met department has issued a {w[1]} alert for {p1[1]} and {p2[1]} for the next {n[1]} days")

    def t_arrest(self):
        p, who, crime = self.place(), self.person(), self.rng.choice(CRIMES)
        hi = f"पुलिस ने {p[0]} निवासी {who[0]} को {crime[0]} के आरोप में गिरफ्तार किया है"
        en = f"police have arrested {who[1]}, a resident of {p[1]}, on charges of {crime[1]}"
        if self.rng.random() < 0.4:
            cash = self.number(5000, 2500000)
            hi += f" और उसके पास से {cash[0]} रुपये नकद बरामद किए गए"
            en += f" and recovered Rs {cash[1]} in cash from him"
        return hi, en

    def t_meeting(self):
        who, t1, t2 = self.person(), self.topic(self.rng), self.topic(self.rng)
        while t2 == t1:
            t2 = self.topic(self.rng)
        return (f"{who[0]} की अध्यक्षता में हुई बैठक में {t1[0]} और {t2[0]} से जुड़े मुद्दों पर विस्तार से चर्चा की गई",
                f"issues related to {t1[1]} and {t2[1]} were discussed in detail at a meeting chaired by {who[1]}")

    def t_cricket(self):
        p, a, b = self.place(), self.place(), self.place()
        if self.rng.random() < 0.5:
            n = self.number(1, 180)
            margin = f"{n[0]} रनों से", f"by {n[1]} runs"
        else:
            n = self.number(1, 9)
            margin = f"{n[0]} विकेट से", f"by {n[1]} wickets"
        hi = f"{p[0]} में खेले गए मुकाबले में {a[0]} की टीम ने {b[0]} को {margin[0]} हराया"
        en = f"the {a[1]} team beat {b[1]} {margin[1]} in the match played at {p[1]}"
        if self.rng.random() < 0.4:
            who, balls, runs = self.person(), self.number(20, 140), self.number(30, 190)
            hi += f", जिसमें {who[0]} ने {balls[0]} गेंदों में {runs[0]} रन बनाए"
            en += f", with {who[1]} scoring {runs[1]} runs off {balls[1]} balls"
        return hi, en

    def t_election(self):
        p, party, who, n = self.place(), self.rng.choice(PARTIES), self.person(), self.number(150, 90000)
        return (f"{p[0]} सीट से {party[0]} के उम्मीदवार {who[0]} ने {n[0]} वोटों के अंतर से जीत दर्ज की",
                f"{party[1]} candidate {who[1]} won the {p[1]} seat by a margin of {n[1]} votes")

    def t_org_statement(self):
        o = self.org()
        inner = self.rng.choice((self.t_project, self.t_weather, self.t_health, self.t_quote))()
        return (f"{o[0]} की ओर से जारी बयान में कहा गया है कि {inner[0]}",
                f"a statement issued by {o[1]} said that {inner[1]}")

    def t_admission(self):
        u = self.place()
        y = self.rng.randint(2024, 2027)
        d1, d2 = self.date(), self.date()
        return (f"{u[0]} विश्वविद्यालय में {y}-{(y + 1) % 100:02d} सत्र के लिए प्रवेश प्रक्रिया {d1[0]} से शुरू होगी "
                f"और आवेदन की अंतिम तिथि {d2[0]} है",
                f"admissions to {u[1]} University for the {y}-{(y + 1) % 100:02d} session will begin on {d1[1]}, "
                f"and the last date to apply is {d2[1]}")

    def t_health(self):
        p, hours = self.place(), self.rng.choice(["24", "48", "72"])
        dis, cases = self.rng.choice(DISEASES), self.number(3, 900)
        return (f"{p[0]} जिले में पिछले {hours} घंटों में {dis[0]} के {cases[0]} नए मामले सामने आए हैं",
                f"{cases[1]} new {dis[1]} cases were reported in {p[1]} district in the last {hours} hours")

    def t_protest(self):
        p, prob, off = self.place_gen(self.rng), self.rng.choice(PROBLEMS), self.rng.choice(OFFICES)
        return (f"{p[0]} गांव के लोगों ने {prob[0]} को लेकर {off[0]} के सामने धरना प्रदर्शन किया",
                f"{p[1]} villagers protested outside {off[1]} over {prob[1]}")

    def t_appointment(self):
        who, o, post = self.person(), self.org(), self.rng.choice(POSTS)
        return (f"{who[0]} को {o[0]} का नया {post[0]} नियुक्त किया गया है",
                f"{who[1]} has been named new {post[1]} of {o[1]}")

    def t_shares(self):
        name, form = self.surname(self.rng), self.rng.choice(COMPANY_FORMS)
        x, price = self.decimal(0, 12), self.number(40, 9000)
        move = ("चढ़कर", "rose") if self.rng.random() < 0.55 else ("गिरकर", "fell")
        return (f"{form[0].format(name[0])} का शेयर {x[0]} प्रतिशत {move[0]} {price[0]} रुपये पर बंद हुआ",
                f"shares of {form[1].format(name[1])} {move[1]} {x[1]} percent to close at Rs {price[1]}")

    # assembly --------------------------------------------------------------------------------------
    def clause(self):
        index = bisect.bisect(self.template_cum, self.rng.random() * self.template_cum[-1])
        return self.template_funcs[min(index, len(self.template_funcs) - 1)]()

    def __call__(self):
        """One sentence of 6–35 Hindi words: (hindi ending in danda, english ending in a full stop)."""
        rng = self.rng
        while True:
            hi, en = self.clause()
            r = rng.random()
            if r < 0.25:
                second = self.clause()
                joiner = rng.choice(JOINERS)
                hi, en = f"{hi}{joiner[0]} {second[0]}", f"{en}{joiner[1]} {second[1]}"
            if rng.random() < 0.3:
                filler = rng.choice(FILLERS)
                hi, en = f"{filler[0]} {hi}", f"{filler[1]} {en}"
            words = hi.count(" ") + 1
            if 6 <= words <= 35:
                return nfc(hi + "।"), en[0].upper() + en[1:] + "."


TIMES_FIXED = pairs([
    ("पिछले सप्ताह", "last week"), ("पिछले महीने", "last month"), ("हाल ही में", "recently"), ("इस साल", "this year"),
    ("शुक्रवार देर रात", "late on Friday night"), ("बीते दिनों", "in recent days"), ("आज", "today"),
    ("गुरुवार शाम", "on Thursday evening"), ("इस हफ्ते", "this week"),
])
JOINERS = pairs([(", जबकि", ", while"), (" और", ", and"), (", लेकिन", ", but"), (", साथ ही", "; also,")])


# ---------------------------------------------------------------------------------------------------
# Small edits.

def aksharas(text):
    return AKSHARA.findall(text)


def levenshtein(a, b):
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j - 1] + (x != y), previous[j] + 1, current[j - 1] + 1))
        previous = current
    return previous[-1]


def split_trailing(token):
    stripped = token.rstrip(TRAILING)
    return stripped, token[len(stripped):]


class Editor:
    """Small edits of a Hindi sentence; each returns (new_hindi, english_substitution or None) or None."""

    def __init__(self, rng, lexicon, sentences):
        self.rng = rng
        self.sentences = sentences
        self.word_class = {}
        for category, entries in lexicon.items():
            for hi, lat in entries:
                if " " not in hi:
                    self.word_class.setdefault(hi, (category, lat))
        self.samplers = {"first": sentences.first, "surname": sentences.surname, "place": sentences.place_gen}
        common = sorted({w for hi, _ in TOPICS + SUBJECTS + PROBLEMS + PROJECTS + SECTORS + WEATHER + CRIMES
                         for w in hi.split() if DEVANAGARI_WORD.match(w) and len(w) > 2})
        self.common_words = set(common)
        self.common = Zipf(common, 0.5)

    def replace_word(self, hi, min_score=None):
        """A name (or a content word of the noun lists) replaced by another of its kind."""
        rng = self.rng
        tokens = hi.split(" ")
        named = [i for i, t in enumerate(tokens) if split_trailing(t)[0] in self.word_class]
        if named and rng.random() < 0.8:
            index = rng.choice(named)
            old, tail = split_trailing(tokens[index])
            category, old_en = self.word_class[old]
            new, new_en = self.samplers[category](rng)
        else:
            plain = [i for i, t in enumerate(tokens) if split_trailing(t)[0] in self.common_words]
            if not plain:
                return None
            index = rng.choice(plain)
            old, tail = split_trailing(tokens[index])
            new, old_en, new_en = self.common(rng), None, None
        if new == old:
            return None
        if min_score is not None:
            total = len(aksharas(hi))
            after = total - len(aksharas(old)) + len(aksharas(new))
            if 1 - levenshtein(aksharas(old), aksharas(new)) / max(total, after) < min_score:
                return None
        tokens[index] = new + tail
        return " ".join(tokens), ((old_en, new_en) if old_en else None)

    def change_number(self, hi, min_score=None):
        rng = self.rng
        matches = list(NUMBER.finditer(hi))
        if not matches:
            return None
        m = rng.choice(matches)
        old = m.group()
        devanagari = old[0] in "०१२३४५६७८९"
        plain = old.translate(ASCII_DIGITS)
        digits = [i for i, c in enumerate(plain) if c.isdigit()]
        position = rng.choice(digits)
        choices = [d for d in "0123456789" if d != plain[position] and not (position == 0 and d == "0")]
        new_plain = plain[:position] + rng.choice(choices) + plain[position + 1:]
        new = new_plain.translate(DEVANAGARI_DIGITS) if devanagari else new_plain
        if min_score is not None:
            # one digit substituted, plus the 5-point penalty for differing numbers
            if 1 - 1 / len(aksharas(hi)) - 0.05 < min_score:
                return None
        return hi[:m.start()] + new + hi[m.end():], (plain, new_plain)

    def drop_word(self, hi, min_score=None):
        tokens = hi.split(" ")
        if len(tokens) <= 6:
            return None
        del tokens[self.rng.randrange(len(tokens) - 1)]
        return " ".join(tokens), None

    def insert_word(self, hi, min_score=None):
        tokens = hi.split(" ")
        if len(tokens) >= 35:
            return None
        tokens.insert(self.rng.randrange(1, len(tokens)), self.rng.choice(PARTICLES))
        return " ".join(tokens), None

    def toggle_nukta(self, hi, min_score=None):
        spots = [i for i, c in enumerate(hi) if c in NUKTA_BASES]
        if not spots:
            return None
        i = self.rng.choice(spots)
        if i + 1 < len(hi) and hi[i + 1] == NUKTA:
            return hi[:i + 1] + hi[i + 2:], None
        return hi[:i + 1] + NUKTA + hi[i + 1:], None

    def swap_nasal(self, hi, min_score=None):
        spots = [i for i, c in enumerate(hi) if c in NASAL_SWAPS]
        if not spots:
            return self.toggle_nukta(hi)
        i = self.rng.choice(spots)
        return hi[:i] + NASAL_SWAPS[hi[i]] + hi[i + 1:], None

    def change_matra(self, hi, min_score=None):
        spots = [i for i, c in enumerate(hi) if c in MATRA_SWAPS]
        if not spots:
            return None
        i = self.rng.choice(spots)
        return hi[:i] + MATRA_SWAPS[hi[i]] + hi[i + 1:], None


def apply_english(en, substitution):
    """The English with a replaced name or number replaced too, as a whole word; else unchanged."""
    if substitution and substitution[0] in en:
        return re.sub(rf"(?<![\w.,]){re.escape(substitution[0])}(?!\w|[.,]\d)", substitution[1], en, count=1)
    return en


# ---------------------------------------------------------------------------------------------------
# Output.

def xml_escape(text):
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


TMX_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            '<tmx version="1.4"><header creationtool="setu-gen-tm" creationtoolversion="1" segtype="sentence" '
            'o-tmf="setu-gen" adminlang="en-US" srclang="hi-IN" datatype="plaintext"/><body>\n')
TMX_TAIL = "</body>\n</tmx>\n"


def write_tmx(args, lexicon, wanted):
    """Streams the TMX; returns ({tuid: hindi} for the `wanted` tuids, set of hashes of all Hindi texts, stats)."""
    rng = random.Random(f"{args.seed}-tm")
    sentences = Sentences(rng, lexicon)
    editor = Editor(rng, lexicon, sentences)
    dup_edits = [(editor.replace_word, 30), (editor.change_number, 20), (editor.drop_word, 12),
                 (editor.insert_word, 10), (editor.toggle_nukta, 10), (editor.swap_nasal, 8), (editor.change_matra, 10)]
    dup_funcs, dup_weights = [e for e, _ in dup_edits], [w for _, w in dup_edits]
    recent, reservoir = [], []
    kept, hashes = {}, set()
    stats = {"types": set(), "words": 0, "hi_chars": 0, "en_chars": 0, "dups": 0, "ratio_hist": [0] * 5}
    doc, doc_left = 1, rng.randint(20, 120)
    batch = []
    with open(args.tmx, "w", encoding="utf-8", newline="\n") as out:
        out.write(TMX_HEAD)
        for tuid in range(1, args.units + 1):
            if tuid > 50 and rng.random() < args.dup_rate:
                pool = recent if rng.random() < 0.5 or not reservoir else reservoir
                hi, en = rng.choice(pool)
                edits, tries = rng.choice((1, 1, 2)), 0
                while edits and tries < 20:
                    edited = rng.choices(dup_funcs, dup_weights)[0](hi)
                    tries += 1
                    if edited:
                        hi, en, edits = edited[0], apply_english(en, edited[1]), edits - 1
                stats["dups"] += 1
            else:
                hi, en = sentences()
            # ring of the last 2,000 units and a uniform reservoir of 4,000 for near-duplicates
            if len(recent) < 2000:
                recent.append((hi, en))
            else:
                recent[tuid % 2000] = (hi, en)
            if len(reservoir) < 4000:
                reservoir.append((hi, en))
            else:
                slot = rng.randrange(tuid)
                if slot < 4000:
                    reservoir[slot] = (hi, en)
            hashes.add(hash(hi))
            if tuid in wanted:
                kept[tuid] = hi
            if args.stats:
                words = hi.split(" ")
                stats["types"].update(w.rstrip(TRAILING) for w in words)
                stats["words"] += len(words)
                stats["hi_chars"] += len(hi)
                stats["en_chars"] += len(en)
                stats["ratio_hist"][bisect.bisect((0.8, 0.9, 1.2, 1.4), len(en) / len(hi))] += 1
            batch.append(f'<tu tuid="{tuid}" creationdate="20260101T000000Z"><prop type="x-document">gen/doc-{doc}.txt'
                         f'</prop><tuv xml:lang="hi-IN"><seg>{xml_escape(hi)}</seg></tuv><tuv xml:lang="en-US"><seg>'
                         f'{xml_escape(en)}</seg></tuv></tu>\n')
            if len(batch) >= 4096:
                out.write("".join(batch))
                batch.clear()
            doc_left -= 1
            if doc_left == 0:
                doc, doc_left = doc + 1, rng.randint(20, 120)
        out.write("".join(batch))
        out.write(TMX_TAIL)
    return kept, hashes, stats


def write_queries(args, lexicon, kept, hashes, plan):
    rng = random.Random(f"{args.seed}-queries-edit")
    sentences = Sentences(rng, lexicon)
    editor = Editor(rng, lexicon, sentences)
    fuzzy_edits = [(editor.replace_word, 45), (editor.change_matra, 20), (editor.swap_nasal, 10),
                   (editor.toggle_nukta, 10), (editor.change_number, 15)]
    funcs, weights = [e for e, _ in fuzzy_edits], [w for _, w in fuzzy_edits]
    dump = lambda obj: json.dumps(obj, ensure_ascii=False) + "\n"  # noqa: E731
    if args.queries:
        written = 0
        with open(args.queries, "w", encoding="utf-8") as out:
            for tuid in plan["fuzzy"]:
                if written == args.query_count:
                    break
                source = kept[tuid]
                edited = rng.choices(funcs, weights)[0](source, min_score=args.min_score)
                if not edited or edited[0] == source or hash(edited[0]) in hashes:
                    continue
                out.write(dump({"query": edited[0], "source": source, "tuid": str(tuid)}))
                written += 1
        if written < args.query_count:
            print(f"gen_tm: only {written} fuzzy queries (corpus too small?)", file=sys.stderr)
    if args.exact_queries:
        with open(args.exact_queries, "w", encoding="utf-8") as out:
            for tuid in plan["exact"]:
                out.write(dump({"query": kept[tuid]}))
    if args.concordance_queries:
        seen = set()
        with open(args.concordance_queries, "w", encoding="utf-8") as out:
            for tuid in plan["conc"]:
                if len(seen) == args.query_count:
                    break
                tokens = kept[tuid].split(" ")
                spots = [i for i in range(len(tokens) - 1)
                         if DEVANAGARI_WORD.match(tokens[i]) and DEVANAGARI_WORD.match(tokens[i + 1])]
                if spots:
                    i = rng.choice(spots)
                    query = f"{tokens[i]} {tokens[i + 1]}"
                    if query not in seen:  # frequent pairs (के लिए) once, not a hundred times
                        seen.add(query)
                        out.write(dump({"query": query}))
        if len(seen) < args.query_count:
            print(f"gen_tm: only {len(seen)} concordance queries (corpus too small?)", file=sys.stderr)


def plan_queries(args):
    """The tuids whose text the query files need, chosen before the TMX is written."""
    rng = random.Random(f"{args.seed}-queries")
    n, count = args.units, args.query_count

    def draw(k):
        return rng.sample(range(1, n + 1), k) if k <= n else [rng.randint(1, n) for _ in range(k)]

    plan = {"fuzzy": draw(4 * count) if args.queries else [],
            "exact": draw(count) if args.exact_queries else [],
            "conc": draw(4 * count) if args.concordance_queries else []}
    return plan, set(itertools.chain.from_iterable(plan.values()))


def write_text(args, lexicon):
    rng = random.Random(f"{args.seed}-text")
    sentences = Sentences(rng, lexicon)
    target = int(args.mb * 1_000_000) if args.mb else None
    limit = None if target else args.units
    written, produced, lines_left = 0, 0, rng.randint(25, 35)
    with open(args.text, "wb") as out:
        batch = []
        while True:
            count = rng.randint(3, 6)
            if limit is not None:
                count = min(count, limit - produced)
                if count <= 0:
                    break
            line = " ".join(sentences()[0] for _ in range(count)) + "\n"
            lines_left -= 1
            if lines_left == 0:
                line += "\n"
                lines_left = rng.randint(25, 35)
            data = line.encode("utf-8")
            if target is not None and written + len(data) > target:
                break
            batch.append(data)
            written += len(data)
            produced += count
            if len(batch) >= 1024:
                out.write(b"".join(batch))
                batch.clear()
        out.write(b"".join(batch))
    return written, produced


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=100000, help="translation units (default 100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tmx", help="write the TMX 1.4b file here")
    parser.add_argument("--queries", help="fuzzy-lookup queries (JSONL); needs --tmx")
    parser.add_argument("--query-count", type=int, default=1000, help="lines per query file (default 1000)")
    parser.add_argument("--concordance-queries", help="concordance queries (JSONL); needs --tmx")
    parser.add_argument("--exact-queries", help="exact-lookup queries (JSONL); needs --tmx")
    parser.add_argument("--text", help="write plain Hindi text (paragraphs, documents) here")
    parser.add_argument("--mb", type=float, help="with --text: stop before this many megabytes (10^6 bytes)")
    parser.add_argument("--dup-rate", type=float, default=0.15, help="share of near-duplicate units (default 0.15)")
    parser.add_argument("--min-score", type=float, default=0.82,
                        help="estimated similarity a fuzzy query keeps to its source (default 0.82)")
    parser.add_argument("--stats", action="store_true", help="print corpus statistics to stderr")
    args = parser.parse_args()
    if not args.tmx and not args.text:
        parser.error("nothing to do: give --tmx and/or --text")
    if (args.queries or args.concordance_queries or args.exact_queries) and not args.tmx:
        parser.error("query files are drawn from the TMX: give --tmx")
    if args.units < 1:
        parser.error("--units must be positive")

    start = time.monotonic()
    lexicon = build_lexicon(args.seed)
    if args.tmx:
        plan, wanted = plan_queries(args)
        kept, hashes, stats = write_tmx(args, lexicon, wanted)
        write_queries(args, lexicon, kept, hashes, plan)
        if args.stats:
            types = stats["types"]
            lettered = sum(1 for t in types if DEVANAGARI_WORD.match(t))
            print(f"gen_tm: {args.units} units ({stats['dups']} near-duplicates), {os.path.getsize(args.tmx)} bytes, "
                  f"{len(types)} distinct Hindi word types ({lettered} Devanagari-only), "
                  f"{stats['words'] / args.units:.1f} words per unit, "
                  f"English/Hindi characters {stats['en_chars'] / stats['hi_chars']:.2f} "
                  f"(units <0.8 / 0.8–0.9 / 0.9–1.2 / 1.2–1.4 / >1.4: {stats['ratio_hist']})", file=sys.stderr)
    if args.text:
        written, produced = write_text(args, lexicon)
        if args.stats:
            print(f"gen_tm: text {written} bytes, {produced} sentences", file=sys.stderr)
    if args.stats:
        print(f"gen_tm: {time.monotonic() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

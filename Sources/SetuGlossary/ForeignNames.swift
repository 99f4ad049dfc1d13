/// Given names common outside South Asia (English, European, Latin American, Australian, African), in
/// their usual English spelling, written for Setu from general knowledge (none that sounds like a common Hindi
/// word: dan, jan, guy, rose are left out, as दान, जन, गाय, रोज़ are not names): a word of a Hindi name that sounds
/// like one of them marks the name as foreign (क्रेग फुल्टन → Craig Fulton), and the name's other words are
/// then read against the English word list as names too, not by the letter rules (Kreg Phultan).
enum ForeignNames {
    static let givenNames: [String] = """
        aaron adam adrian aidan alan albert alberto alex alexander alexandra alexis alfred alice alison amanda amber amelia \
        amy andre andrea andreas andrew andy angela angelo ann anna anne anthony antoine antonio arnold arthur ashley \
        barack barbara barry ben benjamin bernard beth betty bill billy blake bob bobby boris brad bradley brandon brendan \
        brendon brett brian bruce bruno bryan caleb cameron carl carla carlos carlo carmen caroline carol catherine charles \
        charlie charlotte chris christian christina christine christopher claire clara claude colin connor craig cristiano \
        dale damian daniel danny darren dave david dean dennis derek diana diego dominic donald douglas dylan ed eddie \
        edgar edward edwin elena eli elijah elizabeth ella elon emily emma emmanuel enrique eric erik erin ethan eugene eva \
        evan felix fernando frank franz fred frederick gabriel gary gavin george georgia gerald gerard gilbert giorgia glen \
        glenn gordon grace graham grant greg gregory hannah hans harold harry heather heinrich helen henry herbert hugh \
        hugo ian igor isaac isabel ivan jack jackson jacob jacques jake james jamie jane janet jason jasper jean jeff \
        jeffrey jennifer jeremy jerome jerry jesse jessica jim jimmy joe joel johan johannes john johnny jon jonathan \
        jordan jose joseph josh joshua juan judith julia julian julie justin karen karl kate katherine kathy keith \
        kelly ken kenneth kevin kieron kim kyle lance larry laura lauren lawrence leo leon leonard lewis liam lily linda \
        lionel lisa logan louis lucas lucy luis luke marc marco marcus maria mario mark marnus martin mary mason mathew \
        matt matthew max maxwell megan melissa michael michel michelle miguel mike mitchell nancy natalie nathan neil \
        nicholas nick nicola nicolas nigel noah norman oliver olivia oscar owen pablo pat patrick paul pedro pete peter \
        philip phillip pierre quinton rachel rafael ralph ramon randy ray raymond rebecca richard rick ricky rob robert \
        roberto robin rodney roger roland ronald ross roy ruby russell ryan sally sam samuel sandra sara sarah scott \
        sean sebastian sergey sergei shane sharon shaun shawn simon sophia sophie stanley stefan stephanie stephen steve \
        steven stuart susan tanya ted terry theo theodore thomas tim timothy tina todd tom tommy tony travis trent trevor \
        troy tyler usain victor vincent vladimir walter warren wayne wendy william willie xavier yuri zach zachary \
        jeroen thijs floris joep pieter sander bram koen thierry florent cedric loick tanguy maxim sebastien gauthier \
        niklas moritz tobias florian matthias mats hannes malte jonas fabian benedikt gonzalo agustin matias ignacio \
        facundo lautaro santiago tomas joaquin alvaro sergio lachlan tristan corey flynn kylian olivier thiago luka \
        erling jude declan bukayo raheem francesca giulia giovanni luca alessandro matteo lorenzo andrea federico \
        joao thiago gabriel rafaela beatriz ines marta lucia elena sofia valentina camila martina isabella
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Frequent surnames of Britain, Ireland, the United States and Australia, for the other words of a
    /// foreign name: searched before the English word list, where many of them rank low or are missing.
    static let surnames: [String] = """
        smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker         white edwards hughes green hall lewis harris clarke clark jackson wood turner martin cooper hill ward morris moore         lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths         mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox richards marshall anderson         simpson ellis adams wilkinson foster chapman powell webb rogers gray grey mason hunt campbell matthews owen palmer         holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson         fletcher walsh gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce brooks west lawrence         cole atkinson bradley spencer gill dawson ball burton watts rose booth perry ryan grant wells armstrong francis         hayes hart hudson newman barrett webster hunter gregory carr lowe page marsh riley dunn woods parsons berry stone         reid holland hawkins harding porter robertson newton oliver reed kennedy williamson bird gardner dean lane cooke         bates henderson burgess bishop walton burns nicholson shepherd ross cross long freeman warren hamilton byrne         sutton mcdonald yates robson curtis hopkins harper coleman watkins moss mccarthy chambers griffin sharp hardy         wheeler potter osborne johnston gordon doyle wallace jordan burke willis higgins miles stevenson hammond arnold         walters hewitt barber nelson slater austin sullivan mann frost lambert stephens blake lynch goodwin barton         thomson cunningham quinn barnett baxter nash greenwood jennings holt kemp poole gallagher bond stokes tucker         davidson fowler heath norman middleton lawson banks french stanley jarvis gibbs ferguson hayward carroll dennis         hicks pollard finch weber fulton boon root broad wagner schmidt schneider fischer meyer becker         hoffmann schulz koch richter klein wolf neumann zimmermann braun hartmann lange werner krause lehmann garcia         rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz morales         ortiz gutierrez ruiz alvarez castillo jimenez moreno romero herrera medina aguilar vargas silva santos         pereira costa oliveira rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo         conti mancini giordano rizzo lombardi moretti dubois durand leroy moreau simon laurent lefebvre michel         fontaine chevalier janssen peeters maes jacobs mertens willems claes goossens wouters dejong devries bakker         visser smit meijer mulder bos vos peters hendriks dekker brouwer dijkstra ivanov petrov smirnov volkov popov
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Frequent surnames of the Netherlands, Belgium, Germany, France, Spain, Italy, Portugal, Brazil and
    /// Argentina in the spelling English writes them (umlauts and accents left out: Muller, Garcia), written for
    /// Setu from general knowledge, searched after the English-speaking ones. Left out: those that sound like a
    /// common Hindi word (bos, vos, koch, jung, hahn, de).
    static let continentalSurnames: [String] = """
        jong jansen janssen vries berg dijk bakker visser smit meijer boer mulder groot peters hendriks leeuwen \
        dekker brouwer wit dijkstra smits graaf meer kramer kuipers hoekstra claes peeters janssens maes mertens \
        willems wouters goossens dubois lambert dupont simon laurent lefebvre leroy moreau fontaine girard bernard \
        rousseau mercier blanc guerin faure fournier morel durand petit richard muller mueller schmidt schneider \
        fischer weber meyer wagner becker schulz hoffmann schafer bauer richter klein wolf schroder neumann schwarz \
        zimmermann braun kruger hofmann hartmann lange werner krause meier lehmann kohler herrmann konig mayer huber \
        kaiser fuchs scholz moller weiss vogel friedrich keller gunther berger winkler roth beck lorenz baumann \
        albrecht garcia fernandez gonzalez rodriguez lopez martinez sanchez perez gomez jimenez ruiz hernandez diaz \
        moreno alvarez romero alonso gutierrez navarro torres dominguez vazquez ramos ramirez serrano blanco suarez \
        molina castro ortega delgado ortiz morales rubio marin sanz iglesias nunez medina garrido castillo santos \
        cortes lozano guerrero prieto mendez cruz flores herrera marquez cabrera gallego calvo vidal campos reyes \
        fuentes carrasco caballero aguilar nieto santana pascual herrero montero gimenez hidalgo ibanez vargas rossi \
        russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti mancini costa giordano rizzo \
        lombardi moretti silva oliveira souza sousa pereira lima carvalho ferreira rodrigues almeida gomes martins \
        araujo ribeiro barbosa alves monteiro cardoso rocha dias teixeira nascimento moreira
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// The given names as a lexicon of their own, searched by sound like the English word list.
    static let lexicon = EnglishLexicon(words: givenNames)

    /// The surnames likewise.
    static let surnameLexicon = EnglishLexicon(words: surnames + continentalSurnames)

}

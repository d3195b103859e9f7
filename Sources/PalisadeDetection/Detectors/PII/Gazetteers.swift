/// Word lists the entity recognizer leans on, written for Palisade: countries, large cities and
/// regions, nationality and group names, common given names, honorifics, organisation and street
/// designators. Lowercase; multi-word entries are joined with single spaces.
enum Gazetteers {
    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas",
        "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
        "brunei", "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica",
        "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "el salvador",
        "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece",
        "greenland", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hong kong", "hungary", "iceland", "india", "indonesia",
        "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan",
        "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
        "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro",
        "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
        "north macedonia", "norway", "oman", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal",
        "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone",
        "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea", "spain", "sri lanka", "sudan", "suriname", "sweden",
        "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey", "turkmenistan",
        "uganda", "ukraine", "united arab emirates", "united kingdom", "united states", "uruguay", "uzbekistan", "venezuela", "vietnam",
        "yemen", "zambia", "zimbabwe", "england", "scotland", "wales", "usa", "uk",
    ]

    static let places: Set<String> = [
        "london", "paris", "berlin", "madrid", "rome", "milan", "naples", "turin", "venice", "florence", "vienna", "prague", "budapest",
        "warsaw", "krakow", "poznań", "poznan", "gdansk", "wroclaw", "lisbon", "porto", "barcelona", "valencia", "seville", "bilbao",
        "amsterdam", "rotterdam", "utrecht", "brussels", "antwerp", "ghent", "zurich", "geneva", "basel", "bern", "munich", "hamburg",
        "frankfurt", "cologne", "stuttgart", "dresden", "leipzig", "copenhagen", "aarhus", "stockholm", "gothenburg", "malmö", "oslo",
        "bergen", "helsinki", "espoo", "tampere", "oulu", "turku", "reykjavik", "dublin", "cork", "edinburgh", "glasgow", "manchester",
        "birmingham", "liverpool", "leeds", "bristol", "athens", "thessaloniki", "istanbul", "ankara", "moscow", "saint petersburg", "kyiv",
        "kiev", "minsk", "riga", "vilnius", "tallinn", "bucharest", "sofia", "belgrade", "zagreb", "ljubljana", "bratislava", "nicosia",
        "limassol", "valletta", "new york", "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio", "san diego",
        "dallas", "san francisco", "seattle", "boston", "miami", "atlanta", "denver", "detroit", "washington", "toronto", "montreal",
        "vancouver", "ottawa", "calgary", "mexico city", "guadalajara", "bogotá", "bogota", "lima", "santiago", "buenos aires", "montevideo",
        "são paulo", "sao paulo", "rio de janeiro", "brasília", "brasilia", "caracas", "quito", "havana", "tokyo", "osaka", "kyoto", "seoul",
        "beijing", "shanghai", "shenzhen", "guangzhou", "hong kong", "taipei", "bangkok", "hanoi", "ho chi minh city", "manila", "jakarta",
        "kuala lumpur", "mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "chennai", "kolkata", "hyderabad", "karachi", "lahore",
        "dhaka", "tehran", "baghdad", "riyadh", "dubai", "abu dhabi", "doha", "jerusalem", "tel aviv", "cairo", "lagos", "nairobi",
        "johannesburg", "cape town", "casablanca", "tunis", "algiers", "accra", "addis ababa", "sydney", "melbourne", "brisbane", "perth",
        "adelaide", "auckland", "wellington", "california", "texas", "florida", "new jersey", "ohio", "oregon", "nevada", "arizona",
        "colorado", "virginia", "massachusetts", "pennsylvania", "illinois", "michigan", "bavaria", "catalonia", "tuscany", "sicily",
        "sardinia", "andalusia", "provence", "brittany", "normandy", "flanders", "wallonia", "lapland", "siberia", "europe", "asia", "africa",
    ]

    static let nationalities: Set<String> = [
        "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish", "portuguese", "dutch",
        "belgian", "swiss", "austrian", "danish", "swedish", "norwegian", "finnish", "icelandic", "polish", "czech", "slovak", "hungarian",
        "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian", "belarusian", "lithuanian", "latvian", "estonian", "serbian",
        "croatian", "slovenian", "bosnian", "albanian", "maltese", "cypriot", "canadian", "mexican", "brazilian", "argentinian", "argentine",
        "chilean", "peruvian", "colombian", "venezuelan", "ecuadorian", "ecuadorean", "uruguayan", "paraguayan", "bolivian", "cuban",
        "jamaican", "haitian", "chinese", "japanese", "korean", "vietnamese", "thai", "filipino", "indonesian", "malaysian", "indian",
        "pakistani", "bangladeshi", "nepali", "sri lankan", "afghan", "iranian", "iraqi", "syrian", "lebanese", "jordanian", "israeli",
        "palestinian", "saudi", "emirati", "egyptian", "moroccan", "algerian", "tunisian", "libyan", "nigerian", "ghanaian", "kenyan",
        "ethiopian", "somali", "south african", "australian", "new zealander", "kurdish", "armenian", "georgian", "azerbaijani",
        "kazakh", "uzbek", "mongolian", "tibetan", "surinamese", "belizean", "guatemalan", "honduran", "salvadoran", "nicaraguan",
        "costa rican", "panamanian", "dominican", "puerto rican", "european", "asian", "african", "latino", "latina",
        "hispanic", "arab", "jewish", "muslim", "christian", "catholic", "protestant", "orthodox", "buddhist", "hindu", "sikh", "atheist",
        "mormon", "evangelical", "democrat", "republican", "conservative", "liberal", "socialist", "communist", "libertarian",
        "bruneian", "cambodian", "laotian", "burmese", "nepalese", "tajik", "turkmen", "kyrgyz", "yemeni", "omani", "qatari", "kuwaiti",
        "bahraini", "sudanese", "senegalese", "malian", "ivorian", "cameroonian", "angolan", "zambian", "zimbabwean", "ugandan",
        "tanzanian", "rwandan", "malagasy", "mauritian", "namibian", "icelander", "luxembourgish", "monegasque", "andorran",
        "macedonian", "montenegrin", "kosovar", "moldovan", "trinidadian", "barbadian", "bahamian", "guyanese", "fijian", "samoan",
        "tongan", "maori", "inuit", "shia", "shiite", "sunni", "englishman", "englishmen", "scot", "scots", "dane", "danes", "swede",
        "swedes", "finn", "finns", "pole", "poles", "turk", "turks", "greenlandic", "faroese", "basque", "catalan", "flemish", "walloon",
    ]

    /// Head nouns of job titles ("biomedical engineer", "assistant property manager").
    static let occupations: Set<String> = [
        "manager", "clerk", "director", "engineer", "technician", "specialist", "consultant", "operator", "attendant", "administrator",
        "installer", "controller", "writer", "driver", "cleaner", "nurse", "midwife", "singer", "accountant", "librarian", "scientist",
        "analyst", "developer", "designer", "teacher", "professor", "lawyer", "attorney", "doctor", "physician", "surgeon", "dentist",
        "pharmacist", "therapist", "assistant", "secretary", "officer", "agent", "broker", "cashier", "chef", "cook", "baker", "butcher",
        "carpenter", "electrician", "plumber", "mechanic", "pilot", "programmer", "architect", "editor", "journalist", "reporter",
        "photographer", "cinematographer", "economist", "statistician", "auditor", "inspector", "supervisor", "coordinator", "planner",
        "executive", "president", "ceo", "cto", "cfo", "founder", "owner", "receptionist", "paralegal", "veterinarian", "psychologist",
        "counselor", "counsellor", "tutor", "instructor", "lecturer", "researcher", "curator", "translator", "interpreter", "firefighter",
        "paramedic", "guard", "janitor", "housekeeper", "waiter", "waitress", "bartender", "barista", "farmer", "gardener", "fisherman",
        "welder", "machinist", "painter", "artist", "musician", "actor", "actress", "dancer", "composer", "producer",
        "biologist", "chemist", "physicist", "geologist", "astronomer", "mathematician", "sociologist", "historian", "anthropologist",
        "representative", "salesperson", "advisor", "adviser", "strategist", "investigator", "detective", "sergeant", "captain",
        "fumigator", "packager", "distributor", "repairer", "worker", "laborer", "labourer", "handler", "sorter", "tender", "setter",
    ]

    static let givenNames: Set<String> = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
        "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
        "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
        "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger",
        "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce",
        "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah",
        "louis", "bobby", "philip", "johnny", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
        "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen",
        "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
        "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
        "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn",
        "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "ella",
        "sophie", "lucas", "leon", "luca", "marco", "giulia", "francesca", "alessandro", "lorenzo", "matteo",
        "pierre", "louise", "camille", "chloé", "chloe", "hugo", "jules", "léa", "lea", "manon", "antoine", "nicolas", "julien",
        "hans", "klaus", "jürgen", "stefan", "andreas", "markus", "wolfgang", "ursula", "monika", "petra", "sabine", "anja", "lukas",
        "jan", "piotr", "krzysztof", "tomasz", "paweł", "pawel", "katarzyna", "magdalena", "agnieszka", "ivan", "dmitri", "dmitry",
        "sergei", "sergey", "alexei", "olga", "natalia", "tatiana", "irina", "svetlana", "elena", "yuri", "igor", "vladimir", "mikhail",
        "lars", "erik", "anders", "nils", "sven", "magnus", "ingrid", "astrid", "sigrid", "freya", "bjorn", "björn", "olaf", "mikko", "juha",
        "matti", "jukka", "timo", "carlos", "miguel", "pedro", "luis", "javier", "diego", "pablo",
        "alejandro", "lucía", "lucia", "carmen", "isabel", "sofía", "sofia", "joão", "joao", "tiago", "ana", "beatriz", "mariana", "rafael",
        "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "fatima", "aisha", "yusuf", "ibrahim", "wei", "li", "ming", "hiroshi",
        "yuki", "kenji", "sakura", "min", "ji", "raj", "priya", "arjun", "ananya", "rahul", "amit", "sunita", "kateřina", "katerina",
        "jana", "petr", "jiří", "jiri", "tomáš", "tomas", "zsófia", "zsofia", "bence", "gábor", "gabor", "lászló", "laszlo", "tom",
        "philippe",
    ]

    /// Given names that are also everyday English words; never taken as names when lowercase.
    static let ambiguousGivenNames: Set<String> = [
        "will", "mark", "rose", "grace", "bill", "pat", "sue", "joy", "hope", "faith", "june", "may", "april", "summer", "dawn", "art",
        "guy", "jack", "frank", "ray", "bob", "rob", "sky", "amber", "ruby", "pearl", "olive", "don", "min", "li", "ji", "jan", "ann",
        "ming", "wei", "carol", "victoria", "virginia", "georgia", "chase", "miles", "max", "drew", "lane", "dean", "hunter", "christian",
        "jade", "hazel", "violet", "stella", "holly", "molly", "mason", "spencer", "brooke", "paige", "taylor", "morgan", "levi", "seth",
        "luke", "victor", "felix", "ida", "alma", "rosa", "alba", "pia", "jun", "mei", "hui", "jing", "kari", "ole", "stig", "ulf", "tor",
        "florence", "neil", "finn", "belle", "tina",
    ]

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dame", "lord", "lady", "rev"]

    static let organizationSuffixes: Set<String> = [
        "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "corp", "corp.", "corporation", "co", "co.", "company", "gmbh", "ag", "sa", "s.a.",
        "srl", "bv", "nv", "oy", "ab", "as", "group", "holdings", "solutions", "consulting", "systems", "technologies", "technology", "labs",
        "partners", "associates", "bank", "university", "institute", "foundation", "agency", "industries", "enterprises", "services",
        "networks", "software", "media", "capital", "ventures", "insurance", "airlines", "motors", "pharmaceuticals", "orchestra",
        "incorporated", "limited",
    ]

    static let streetSuffixes: Set<String> = [
        "street", "st", "st.", "str", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct",
        "way", "place", "pl", "square", "sq", "terrace", "highway", "hwy", "parkway", "pkwy", "circle", "crescent", "close", "grove", "row",
        "gardens", "hill", "walk", "alley", "trail", "path", "plaza", "mews", "quay", "wharf", "park",
        // USPS street suffixes (Publication 28, appendix C1).
        "annex", "arcade", "bayou", "beach", "bend", "bluff", "bluffs", "bottom", "branch", "bridge", "brook", "brooks",
        "burg", "burgs", "bypass", "camp", "canyon", "cape", "causeway", "centers", "circles", "cliff", "cliffs", "common", "commons",
        "corner", "corners", "course", "courts", "cove", "coves", "creek", "crest", "crossing", "crossroad", "curve", "dale", "dam",
        "divide", "drives", "estate", "estates", "expressway", "extension", "extensions", "falls", "ferry", "fields", "flat", "flats",
        "ford", "fords", "forest", "forge", "forges", "fork", "forks", "fort", "freeway", "garden", "gateway", "glen", "glens", "green",
        "greens", "groves", "harbor", "harbors", "haven", "heights", "hills", "hollow", "inlet", "island", "islands", "isle",
        "junction", "junctions", "key", "keys", "knoll", "knolls", "landing", "lanes", "light", "lights", "loaf", "lock", "locks",
        "lodge", "loop", "mall", "manor", "manors", "meadow", "meadows", "mill", "mills", "mission", "motorway", "mount", "mountain",
        "mountains", "neck", "orchard", "oval", "overpass", "parks", "parkways", "pass", "passage", "pike", "pine", "pines", "plain",
        "plains", "points", "port", "ports", "prairie", "radial", "ramp", "ranch", "rapid", "rapids", "rest", "ridge", "ridges", "roads",
        "route", "shoal", "shoals", "shore", "shores", "skyway", "spring", "springs", "spur", "spurs", "squares", "stravenue", "stream",
        "streets", "summit", "terr", "throughway", "trace", "track", "trafficway", "tunnel", "turnpike", "underpass", "union", "unions",
        "valleys", "via", "viaduct", "views", "villages", "ville", "vista", "walks", "wall", "ways", "well", "wells",
    ]

    /// Street words strong enough to name a street without a house number (`Lovers Lane`).
    static let strongStreetSuffixes: Set<String> = [
        "street", "road", "avenue", "boulevard", "lane", "drive", "court", "terrace", "highway", "parkway", "crescent", "alley", "bypass",
        "causeway", "creek", "crossing", "expressway", "freeway", "flats", "greens", "heights", "hills", "junction", "manor", "meadows",
        "mews", "motorway", "overpass", "pass", "pike", "rapids", "ridge", "shores", "springs", "squares", "stravenue", "throughway",
        "trafficway", "turnpike", "underpass", "viaduct", "courts", "estates", "fields", "forks", "gardens", "groves", "harbors", "islands",
        "knolls", "landing", "lanes", "loop", "orchard", "plains", "points", "ports", "roads", "shoals", "skyway", "streets", "summit",
    ]

    /// Street words of other languages, written before the name (`Via Roma 5`, `Rue de Rivoli 12`).
    static let streetPrefixes: Set<String> = [
        "via", "viale", "piazza", "corso", "strada", "rue", "avenue", "boulevard", "place", "chemin", "allée", "calle", "avenida", "paseo",
        "plaza", "carrer", "rambla", "rua", "rúa", "avda", "travessa", "largo", "praça", "ulica", "ul", "aleja", "náměstí", "ulitsa", "odos", "leoforos",
        // US military mail: ships and unit boxes (`USNS Comfort`, `PSC 1234, Box 5678`, `Unit 2050 Box 4190`).
        "uss", "usns", "uscgc", "psc", "unit", "cmr",
    ]

    /// Street words of other languages that end the street name (`Koskikatu`, `Friedhofstrasse`).
    static let streetEndings: [String] = [
        "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer", "katu", "tie", "kuja", "polku", "vej", "gade",
        "gatan", "vägen", "veien", "gata", "straat", "laan", "plein", "gracht", "utca", "tér", "út", "körút", "ulice", "cesta", "stræde",
        "braut", "gata", "stígur", "vegur", "sokak", "caddesi", "bulvar",
    ]

    /// Abbreviated street words written after the name (`Kálmán Imre u. 12`, `Berliner Str. 5`).
    static let streetAbbreviations: [String] = ["u", "str", "g", "gt", "vn", "pl"]

    /// Capitalised words that start sentences or name things that are not personal data.
    static let commonCapitalized: Set<String> = [
        "the", "a", "an", "i", "i'm", "i've", "i'll", "i'd", "my", "we", "our", "you", "your", "he", "she", "it", "they", "them", "his", "her",
        "their", "this", "that", "these", "those", "what", "when", "where", "who", "why", "how", "which", "please", "hello", "hi", "hey",
        "dear", "thanks", "thank", "yes", "no", "ok", "okay", "and", "or", "but", "if", "so", "then", "also", "here", "there", "is", "are",
        "was", "were", "do", "does", "did", "can", "could", "would", "should", "will", "may", "might", "must", "let", "let's", "in", "on",
        "at", "for", "from", "to", "of", "with", "by", "about", "after", "before", "since", "during", "as", "not", "all", "any",
        "some", "every", "each", "name", "address", "phone", "email", "e-mail", "website", "user", "assistant", "date", "subject",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "god", "internet", "apt", "apt.", "suite", "unit",
        "mobile", "desk", "office", "fax", "personal", "info", "zip", "code", "number", "card", "account", "street", "road", "avenue",
        "one", "two", "three", "first", "second", "new", "old", "great", "good", "best", "top", "north", "south", "east", "west",
        "southern", "northern", "eastern", "western", "central", "ceo", "cto", "cfo", "vp", "id", "ssn", "iban", "ip", "api", "ai",
    ]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words after which a lone capitalised word is a person's name.
    static let personCues: [[String]] = [
        ["name", "is"], ["called"], ["named"], ["i'm"], ["i", "am"], ["name:"], ["dear"], ["by"], ["thanks"], ["hi"],
        ["hello"], ["contact"], ["user:"], ["name"], ["mr"], ["mrs"], ["ms"], ["miss"], ["dr"], ["prof"], ["sir"], ["madam"],
    ] + unmistakablePersonCues + introductionCues

    /// Person cues after which a lone word is a person even when a town has the same name
    /// ("says Iwase", "my kid Florence"): speech verbs and the people close to the writer.
    static let unmistakablePersonCues: [[String]] = [
        ["says"], ["said"], ["asked"], ["replied"], ["named", "him"], ["named", "her"],
        ["my", "son"], ["my", "daughter"], ["my", "kid"], ["my", "child"], ["my", "wife"], ["my", "husband"], ["my", "brother"],
        ["my", "sister"], ["my", "mother"], ["my", "father"], ["my", "friend"], ["my", "boss"], ["my", "colleague"], ["my", "cousin"],
    ]

    /// Words that introduce the speaker's own name, written in lowercase as often as not in chat
    /// ("my name is vitoria", "people call me višeslav").
    static let introductionCues: [[String]] = [
        ["my", "name", "is"], ["call", "me"], ["calls", "me"], ["maiden", "name", "is"], ["surname", "is"],
    ]

    /// Words after which a lone capitalised word is a place.
    static let locationCues: [[String]] = [
        ["flew", "to"], ["fly", "to"], ["moved", "to"], ["returned", "to"], ["travel", "to"], ["traveled", "to"], ["travelled", "to"],
        ["trip", "to"], ["originally", "from"], ["moved", "from"], ["here", "from"], ["grew", "up", "in"], ["live", "in"], ["lives", "in"],
        ["living", "in"], ["lived", "in"], ["based", "in"], ["located", "in"], ["born", "in"], ["i'm", "in"], ["am", "in"], ["city", "of"],
        ["town", "of"], ["village", "of"], ["arrived", "at"], ["arrived", "in"], ["university", "of"], ["visit"], ["visiting"], ["near"],
        ["where:"], ["home", "city"], ["hometown"], ["home", "town"], ["street", "in"],
    ]

    /// Frequent English words that are capitalised in titles and headings but are not names.
    static let commonEnglish: Set<String> = [
        "about", "account", "act", "action", "answer", "application", "area", "art", "award", "back", "bank", "best", "big",
        "black", "blue", "board", "body", "book", "business", "call", "care", "case", "center", "centre", "change", "chapter", "chief",
        "city", "class", "club", "college", "committee", "community", "company", "control", "council", "country", "court", "data", "day",
        "department", "design", "development", "director", "division", "early", "education", "energy", "engineering", "executive", "family",
        "federal", "field", "final", "financial", "fire", "food", "force", "free", "friends", "fund", "game", "general", "global", "gold",
        "government", "grand", "green", "group", "guide", "hall", "happy", "health", "heart", "high", "history", "home", "hospital", "hotel",
        "house", "human", "image", "information", "international", "journal", "justice", "king", "lake", "land", "law", "league", "library",
        "life", "light", "line", "little", "live", "love", "main", "management", "manager", "market", "media", "medical", "meeting",
        "member", "men", "mission", "money", "morning", "mountain", "museum", "music", "national", "network", "news", "night", "note",
        "office", "online", "open", "order", "page", "park", "party", "people", "place", "plan", "point", "police", "policy", "power",
        "president", "press", "price", "private", "program", "project", "public", "quality", "question", "radio", "real", "record",
        "red", "report", "research", "review", "right", "river", "road", "room", "royal", "rule", "rules", "sales",
        "school", "science", "season", "section", "security", "senior", "service", "services", "show", "side", "small",
        "social", "society", "song", "songs", "special", "sport", "sports", "staff", "star", "state", "statement", "station", "story",
        "street", "student", "studio", "study", "summary", "summer", "support", "system", "table", "team", "technical",
        "technology", "television", "test", "theatre", "theater", "thing", "time", "title", "today", "total", "tower", "town", "trade",
        "training", "travel", "tv", "union", "united", "university", "update", "user", "valley", "version", "video", "view", "war",
        "water", "week", "weekly", "white", "winter", "woman", "women", "work", "world", "year", "years", "young", "zone", "weekend",
    ]
}

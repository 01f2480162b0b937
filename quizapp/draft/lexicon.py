"""The word lists the fact finder leans on; small, English, and meant to be extended."""

from __future__ import annotations


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}  # fmt: skip

# tokens ending in "." that do not end a sentence (initials are handled by rule)
ABBREVIATIONS = _w(
    "U.S. U.K. U.N. E.U. D.C. Sen. Rep. Gov. Gen. Col. Capt. Lt. Sgt. Adm. Dr. Mr. Mrs. Ms. "
    "Prof. St. Mt. Ft. Jr. Sr. Rev. Hon. Pres. Sec. No. Nos. Vol. vs. v. e.g. i.e. cf. ca. "
    "c. approx. Inc. Ltd. Corp. Co. Bros. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. "
    "Oct. Nov. Dec. a.m. p.m. A.D. B.C. Ph.D. fig. Fig. al. "
)

# titles and offices that stand before a name ("Secretary of State Condoleezza Rice")
TITLE_WORDS = _w(
    "President Vice Prime Minister Secretary Deputy Assistant Under Senator Sen. "
    "Representative Rep. Congressman Congresswoman Governor Gov. Mayor Ambassador General "
    "Gen. Colonel Col. Captain Capt. Admiral Adm. Lieutenant Lt. Sergeant King Queen Prince "
    "Princess Emperor Empress Pope Bishop Archbishop Cardinal Saint St. Sir Dame Lord Lady "
    "Dr. Doctor Professor Prof. Mr. Mrs. Ms. Judge Justice Chief Chairman Chairwoman Chair "
    "Commissioner Director Speaker Chancellor Defense Foreign Interior Navy Army Attorney "
    "Treasury Commerce Energy Democratic Republican Senate House State Sheriff Marshal "
    "Consul Envoy Premier Sultan Shah Tsar Czar Duke Duchess Count Countess Baron "
    "President-elect Inspector Physicist Chemist "
)
# lower-case office nouns that may follow an organisation and precede ", Name"
OFFICE_NOUNS = _w(
    "chairman chairwoman chair president director secretary minister ambassador spokesman "
    "spokeswoman spokesperson head leader founder governor mayor commander editor professor "
)
CONNECTORS = frozenset(
    {"of", "the", "de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"}
)

# the last word of an organisation's name
ORG_HEADS = _w(
    "Committee Commission Department Ministry Office Agency Bureau Council Congress Senate "
    "Parliament Assembly Club Embassy Consulate News Times Post Journal Press Forum Union "
    "League Nations Organization Organisation Association Society Institute Institution "
    "University College School Academy Foundation Fund Bank Company Corporation Corp. Inc. "
    "Ltd. Group Party Court Army Navy Corps Force Forces Service Agency Authority Board "
    "Observatory Laboratory Museum Library Church Federation Alliance Movement Network "
    "Administration Railway Airlines Trust Conference Centre Center Hospital Society Review "
    "Herald Tribune Gazette "
)
ORG_ABBREVIATIONS = _w(
    "NATO UN EU OSCE NASA FBI CIA WHO UNESCO IMF OPEC BBC CNN ABC NBC CBS ICT MIT "
)
PLACE_HEADS = _w(
    "Mount Mountains Lake River Sea Ocean Cape Gulf Bay Island Islands Desert Valley Canal "
    "Isthmus Strait Peninsula Falls "
)
EVENT_HEADS = _w(
    "War Wars Revolution Treaty Treaties Accord Accords Agreement Agreements Convention Crisis "
    "Battle Olympics "
)

# countries and regions (a country is no distractor for a city: "moved to France" is true too)
COUNTRIES = _w(
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria "
    "Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia "
    "Cameroon Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Egypt England "
    "Estonia Ethiopia Finland France Georgia Germany Ghana Greece Hungary Iceland India "
    "Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo "
    "Kuwait Kyrgyzstan Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico "
    "Moldova Mongolia Montenegro Morocco Nepal Netherlands Nigeria Norway Oman Pakistan "
    "Palestine Panama Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland "
    "Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan "
    "Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay "
    "Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe "
    "Texas California Virginia Florida Alaska Ohio Massachusetts Crimea "
)
# continents and regions: no distractor for a country ("began in Europe" / "in France")
REGIONS = _w(
    "Europe Asia Africa America Antarctica Oceania Caucasus Transcaucasia Siberia "
    "Arctic Balkans Scandinavia "
)
# cities and towns
CITIES = _w(
    "Baku Yerevan Tbilisi Ankara Moscow Tehran Kabul Paris London Berlin Rome Madrid Lisbon "
    "Vienna Prague Warsaw Budapest Athens Istanbul Cairo Beijing Tokyo Delhi Mumbai "
    "Washington Boston Chicago Philadelphia Oxford Cambridge Edinburgh Dublin Geneva Zurich "
    "Brussels Amsterdam "
    "Stockholm Oslo Copenhagen Helsinki Kyiv Kiev Minsk Riga Vilnius Tallinn Sarajevo "
    "Belgrade Bucharest Sofia Jerusalem Baghdad Damascus Beirut Riyadh Dubai Karachi Lahore "
    "Dhaka Bangkok Hanoi Manila Jakarta Sydney Melbourne Toronto Montreal Ottawa Vancouver "
    "Havana Lima Santiago Caracas Nairobi Lagos Johannesburg Manchester Liverpool Glasgow "
    "Munich Hamburg Milan Naples Venice Florence Lyon Marseille Warsaw Krakow Gdansk "
    "Leningrad Petersburg Stalingrad Hiroshima Nagasaki Sevastopol "
    "Odessa "
)
PLACES = COUNTRIES | REGIONS | CITIES
# places English names with "the"
THE_PLACES = frozenset(
    {"United States", "United Kingdom", "Netherlands", "Philippines", "Soviet Union",
     "Middle East", "Balkans", "Caucasus", "Arctic", "Crimea"}
)  # fmt: skip
REGION_PHRASES = frozenset(
    {"Middle East", "Central Asia", "Latin America", "North America", "South America"}
)
COUNTRY_PHRASES = frozenset(
    {"New Zealand", "South Africa", "North Korea", "South Korea", "United States",
     "United Kingdom", "Soviet Union", "Saudi Arabia", "Sri Lanka", "Great Britain",
     "New Jersey", "New Mexico", "Nagorno-Karabakh"}
)  # fmt: skip
MULTIWORD_PLACES = (
    "San Francisco", "Los Angeles", "New York", "New Jersey", "New Mexico", "New Orleans",
    "New Zealand", "South Africa", "North Korea", "South Korea", "United States",
    "United Kingdom", "Soviet Union", "Saudi Arabia", "Sri Lanka", "Hong Kong", "Buenos Aires",
    "Rio de Janeiro", "Mexico City", "Cape Town", "St. Petersburg", "Washington, D.C.",
    "Caspian Sea", "Black Sea", "Mediterranean Sea", "North Sea", "Pacific Ocean",
    "Atlantic Ocean", "Indian Ocean", "Middle East", "Central Asia", "Latin America",
    "North America", "South America", "Great Britain", "Nagorno-Karabakh", "Pearl Harbor",
)  # fmt: skip

# capitalised words that are never (part of) a person's name
NOT_NAMES = _w(
    "The A An And But Or Nor For So Yet In On At To From By With Without Of Off As If When "
    "While After Before During Since Until Although Though Because This That These Those It "
    "Its He She They We You I His Her Their Our Your My Apart According Also However "
    "Moreover Then There Here Where What Which Who Whom Whose Why How Do Does Did Is Are "
    "Was Were Be Been Not No Yes All Some Many Most Few More Less Each Every Both Either "
    "Neither One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next "
    "Prize Prizes Award Awards Medal Mount Lake River Sea Ocean Cape Gulf Bay Island Desert "
    "New Old Great Stamp During Today American Armenian Azerbaijani Azerbaijanis Russian "
    "Soviet British English French German Italian Spanish Turkish Iranian Chinese Japanese "
    "Indian European African Asian Georgian Greek Roman Latin Arab Arabic Jewish Christian "
    "Muslim Catholic Protestant Democrat Democrats Republicans Transcaucasian Western "
    "Eastern Northern Southern East West North South Central US U.S. USA UK Section Article "
    "Chapter Act Bill Law Figure Table Part Volume Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Internet God Sun Moon Earth "
)
# capitalised words that may start a person's name even though they are in NOT_NAMES
NAME_ALLOWED = frozenset({"Bill", "Grace", "Rose", "Will", "Faith", "May", "Earl"})

SPEECH_VERBS = (
    "said", "says", "wrote", "writes", "stated", "states", "declared", "announced", "argued",
    "claimed", "noted", "reported", "told", "added", "explained", "warned", "insisted",
    "suggested", "endorsed", "recalled", "remarked", "concluded",
)  # fmt: skip

CAUSE_MARKERS = (
    "in response to", "because of", "as a result of", "due to", "owing to", "thanks to",
    "in order to", "so that", "as instead of", "led to", "leads to", "caused", "causes",
    "resulted in", "results in", "prompted", "because",
)  # fmt: skip

FRACTIONS = {
    "one-half": 0.5, "half": 0.5, "one-third": 1 / 3, "two-thirds": 2 / 3,
    "one-quarter": 0.25, "three-quarters": 0.75, "one-fifth": 0.2, "one-tenth": 0.1,
}  # fmt: skip
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# units after a number: what makes "300 km" a measured amount rather than a stray figure
UNITS = (
    "%", "percent", "per cent", "cubic kilometres", "cubic kilometers", "cubic metres",
    "cubic meters", "square kilometres", "square kilometers", "square miles", "km²", "m²", "m³",
    "°C", "°F", "K", "km/s", "m/s", "km/h", "mph", "km", "m", "cm",
    "mm", "nm", "kg", "g", "mg", "t", "tonnes", "tons", "L", "ml", "kilometres", "kilometers",
    "metres", "meters", "miles", "feet", "inches", "kilograms", "grams", "litres", "liters",
    "degrees", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "W", "kW",
    "MW", "GW", "J", "kJ", "eV", "Hz", "kHz", "MHz", "V", "A", "Pa", "kPa", "atm", "dollars",
    "euros", "pounds", "people", "members", "species", "countries", "states", "soldiers",
    "troops", "students", "children", "times", "elements", "planets", "moons", "light-years",
    "AU", "billion", "million", "thousand",
)  # fmt: skip

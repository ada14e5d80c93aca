#!/usr/bin/env python3
"""Generate rules/countries.json from Debian's iso-codes plus the table below.

The ISO 3166-1 code list comes from /usr/share/iso-codes/json/iso_3166-1.json;
this script never retypes ISO names. The loader itself adds iso `name`,
`common_name` and `official_name` (names without a comma) as aliases, so the
table holds only what iso-codes lacks: a display-name override where the iso
name is awkward, short names, capitals / seats of government used as metonyms,
and adjectives (demonyms), which count only before an institution noun; their plurals in -s
("Russians", "Israelis") are written out as aliases.

Table format, one country per line:  CODE | name override | aliases ; ... | adjectives ; ...
Aliases that equal an iso name of the same country are dropped on output.
Deliberately left out (common words, first names, or cities mainly meaning
something else) are listed in DROPPED below so reviewers see the decision.

Usage: python3 scripts/gen_countries.py [ISO_JSON] > rules/countries.json
"""
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

# Capitals / metonyms left out on purpose: word, code, reason.
DROPPED = [
    ("Brussels", "BEL", "EU metonym (organizations.json)"),
    ("The Hague", "NLD", "surname Hague (William Hague); also ICC/ICJ seat"),
    ("Victoria", "SYC", "first name, Australian state"),
    ("Kingston", "JAM", "many cities; also Norfolk Island capital"),
    ("Valletta", "MLT", "also a surname/first name in news"),
    ("Male", "MDV", "English word"),
    ("Nassau", "BHS", "German region / US county"),
    ("Georgetown", "GUY", "US university and DC neighbourhood"),
    ("Hamilton", "BMU", "surname, Canadian city"),
    ("Douglas", "IMN", "first name / surname"),
    ("Stanley", "FLK", "first name / surname"),
    ("Plymouth", "MSR", "English city"),
    ("Jamestown", "SHN", "US town"),
    ("The Valley", "AIA", "common words"),
    ("St. John's", "ATG", "Newfoundland capital"),
    ("St. George's", "GRD", "generic"),
    ("Saint-Denis", "REU", "Paris suburb"),
    ("Saint-Pierre", "SPM", "generic place name"),
    ("Cayenne", "GUF", "pepper"),
    ("San Jose", "CRI", "California city"),
    ("Sucre", "BOL", "surname; La Paz is the seat of government"),
    ("Sofia", "BGR", "first name"),
    ("Kingston", "NFK", "generic"),
    ("Flying Fish Cove", "CXR", "not a metonym in news"),
    ("West Island", "CCK", "generic words"),
    ("George Town", "CYM", "also Penang, Malaysia"),
    ("Chad", "TCD", "first name; iso name, added by the loader anyway"),
    ("Jordan", "JOR", "first name; iso name, added by the loader anyway"),
    ("Georgia", "GEO", "US state; iso name, added by the loader anyway"),
]

# Dependent territories that ISO lists apart but whose dealings with the
# state they belong to are domestic news ("the White House asked Congress
# for aid for Puerto Rico"). They keep their own code and names, with the
# state as "country" and type "territory"; Hong Kong and Macau stay actors
# of their own, as CAMEO and ICEWS code them.
# States whose names meant another state before a date: in a story dated
# before it, "Moscow", "the Kremlin" and "Russian" mean the Soviet Union.
# The loader reads {"predecessor": {"actor", "until"}} (rules/README.md).
PREDECESSORS = {
    "RUS": ("SUN", "1991-12-26"),  # the Soviet Union's dissolution
    "SRB": ("YUG", "1992-04-27"),  # Yugoslavia (SFRY) gives way to the FRY
    "CZE": ("CSK", "1993-01-01"),  # Czechoslovakia's dissolution
}

TERRITORIES = {
    "ASM": "USA", "GUM": "USA", "MNP": "USA", "PRI": "USA", "UMI": "USA", "VIR": "USA",
    "BLM": "FRA", "GLP": "FRA", "GUF": "FRA", "MAF": "FRA", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA",
    "PYF": "FRA", "REU": "FRA", "SPM": "FRA", "WLF": "FRA", "ATF": "FRA",
    "AIA": "GBR", "BMU": "GBR", "CYM": "GBR", "FLK": "GBR", "GIB": "GBR", "IOT": "GBR", "MSR": "GBR",
    "PCN": "GBR", "SGS": "GBR", "SHN": "GBR", "TCA": "GBR", "VGB": "GBR", "GGY": "GBR", "IMN": "GBR",
    "JEY": "GBR",
    "ABW": "NLD", "BES": "NLD", "CUW": "NLD", "SXM": "NLD",
    "FRO": "DNK", "GRL": "DNK",
    "BVT": "NOR", "SJM": "NOR",
    "CCK": "AUS", "CXR": "AUS", "HMD": "AUS", "NFK": "AUS",
    "TKL": "NZL",
    "ALA": "FIN",
}

TABLE = """
ABW | | Oranjestad | Aruban
AFG | | Kabul | Afghan
AGO | | Luanda | Angolan
AIA | | | Anguillan
ALA | | Aland Islands ; Aland ; Mariehamn |
ALB | | Tirana | Albanian
AND | | Andorra la Vella | Andorran
ARE | | UAE ; U.A.E. ; Abu Dhabi | Emirati
ARG | | Buenos Aires ; Casa Rosada | Argentine ; Argentinian
ARM | | Yerevan | Armenian
ASM | | Pago Pago | American Samoan
ATA | | | Antarctic
ATF | | French Southern and Antarctic Lands ; Port-aux-Francais |
ATG | | Antigua | Antiguan
AUS | | Canberra | Australian
AUT | | Vienna | Austrian
AZE | | Baku | Azerbaijani ; Azeri
BDI | | Gitega ; Bujumbura | Burundian
BEL | | | Belgian
BEN | | Porto-Novo ; Cotonou | Beninese
BES | | Caribbean Netherlands ; Bonaire ; Sint Eustatius ; Kralendijk |
BFA | | Ouagadougou | Burkinabe
BGD | | Dhaka | Bangladeshi
BGR | | | Bulgarian
BHR | | Manama | Bahraini
BHS | | Bahamas | Bahamian
BIH | | Bosnia ; Sarajevo | Bosnian
BLM | | Saint Barthelemy ; St Barts ; St. Barts ; Gustavia |
BLR | | Minsk | Belarusian ; Belarussian
BLZ | | Belmopan | Belizean
BMU | | | Bermudian
BOL | | La Paz | Bolivian
BRA | | Brasilia ; Brasília ; Planalto | Brazilian
BRB | | Bridgetown | Barbadian
BRN | Brunei | Brunei ; Bandar Seri Begawan | Bruneian
BTN | | Thimphu | Bhutanese
BVT | | |
BWA | | Gaborone | Botswanan
CAF | | Bangui | Central African
CAN | | Ottawa | Canadian
CCK | | Cocos Islands ; Keeling Islands | Cocos Islander
CHE | | Bern ; Berne | Swiss
CHL | | Santiago ; La Moneda | Chilean
CHN | | PRC ; Beijing ; Peking ; Zhongnanhai | Chinese
CIV | | Ivory Coast ; Cote d'Ivoire ; Yamoussoukro ; Abidjan | Ivorian
CMR | | Yaounde ; Yaoundé | Cameroonian
COD | DR Congo | DR Congo ; DRC ; Democratic Republic of Congo ; Democratic Republic of the Congo ; Congo-Kinshasa ; Kinshasa ; Zaire | Congolese ; Zairean ; Zairian
COG | Republic of the Congo | Republic of Congo ; Congo-Brazzaville ; Brazzaville |
COK | | Avarua | Cook Islander
COL | | Bogota ; Bogotá ; Casa de Narino ; Casa de Nariño | Colombian
COM | | Moroni | Comoran ; Comorian
CPV | | Cape Verde ; Praia | Cape Verdean ; Cabo Verdean
CRI | | | Costa Rican
CUB | | Havana | Cuban
CUW | | Curacao ; Willemstad | Curacaoan
CXR | | | Christmas Islander
CYM | | Caymans | Caymanian
CYP | | Nicosia | Cypriot
CZE | | Czech Republic ; Prague | Czech
DEU | | Berlin ; West Germany ; Bonn | German ; West German
DJI | | | Djiboutian
DMA | | Roseau |
DNK | | Copenhagen | Danish
DOM | | Santo Domingo | Dominican
DZA | | Algiers | Algerian
ECU | | Quito ; Carondelet | Ecuadorian ; Ecuadorean
EGY | | Cairo | Egyptian
ERI | | State of Eritrea ; Asmara | Eritrean
ESH | | Laayoune | Sahrawi ; Western Saharan
ESP | | Madrid ; Moncloa | Spanish
EST | | Tallinn | Estonian
ETH | | Addis Ababa | Ethiopian
FIN | | Helsinki | Finnish
FJI | | Suva | Fijian
FLK | | Falklands ; Malvinas ; Falkland Islands | Falkland Islander
FRA | | Paris ; Elysee ; Elysée ; Elysee Palace ; Elysée Palace ; Quai d'Orsay | French
FRO | | Faroes ; Torshavn ; Tórshavn | Faroese
FSM | Micronesia | Micronesia ; Palikir | Micronesian
GAB | | Libreville | Gabonese
GBR | | Britain ; Great Britain ; UK ; U.K. ; London ; Downing Street ; Whitehall ; Foreign and Commonwealth Office | British
GEO | | Tbilisi | Georgian
GGY | | St Peter Port ; St. Peter Port ; Saint Peter Port |
GHA | | Accra | Ghanaian
GIB | | | Gibraltarian
GIN | | Conakry | Guinean
GLP | | Basse-Terre | Guadeloupean
GMB | | Banjul | Gambian
GNB | | Bissau | Bissau-Guinean
GNQ | | Malabo | Equatorial Guinean ; Equatoguinean
GRC | | Athens | Greek
GRD | | | Grenadian
GRL | | Nuuk | Greenlandic
GTM | | Guatemala City | Guatemalan
GUF | | | French Guianese
GUM | | Hagatna ; Hagåtña | Guamanian
GUY | | | Guyanese
HKG | | |
HMD | | Heard Island ; McDonald Islands |
HND | | Tegucigalpa | Honduran
HRV | | Zagreb | Croatian
HTI | | Port-au-Prince | Haitian
HUN | | Budapest | Hungarian
IDN | | Jakarta | Indonesian
IMN | | | Manx
IND | | New Delhi | Indian
IOT | | Chagos Islands ; Chagos Archipelago ; Diego Garcia |
IRL | | Dublin | Irish
IRN | Iran | Tehran ; Teheran ; Revolutionary Guards ; Revolutionary Guard ; Revolutionary Guard Corps ; Islamic Revolutionary Guard Corps ; IRGC | Iranian
IRQ | | Baghdad | Iraqi
ISL | | Reykjavik | Icelandic
ISR | | Jerusalem ; Knesset | Israeli
ITA | | Rome ; Palazzo Chigi | Italian
JAM | | | Jamaican
JEY | | St Helier ; St. Helier ; Saint Helier |
JOR | | Amman | Jordanian
JPN | | Tokyo | Japanese
KAZ | | Astana ; Nur-Sultan | Kazakh ; Kazakhstani
KEN | | Nairobi | Kenyan
KGZ | | Bishkek | Kyrgyz
KHM | | Phnom Penh ; Kampuchea | Cambodian ; Kampuchean
KIR | | Tarawa ; South Tarawa | I-Kiribati
KNA | | St Kitts and Nevis ; St. Kitts and Nevis ; St Kitts ; Basseterre | Kittitian
KOR | | Republic of Korea ; ROK ; Seoul ; Blue House | South Korean
KWT | | Kuwait City | Kuwaiti
LAO | | Vientiane | Lao ; Laotian
LBN | | Beirut | Lebanese
LBR | | Monrovia | Liberian
LBY | | Tripoli | Libyan
LCA | | St Lucia ; St. Lucia ; Castries | Saint Lucian
LIE | | Vaduz | Liechtensteiner
LKA | | Colombo | Sri Lankan
LSO | | Maseru | Basotho
LTU | | Vilnius | Lithuanian
LUX | | | Luxembourgish
LVA | | Riga | Latvian
MAC | | Macau | Macanese
MAF | | Saint Martin ; St Martin ; St. Martin ; Marigot |
MAR | | Rabat | Moroccan
MCO | | Monte Carlo | Monegasque ; Monacan
MDA | | Chisinau ; Chișinău | Moldovan
MDG | | Antananarivo | Malagasy
MDV | | Maldives | Maldivian
MEX | | Mexico City ; Los Pinos ; Palacio Nacional | Mexican
MHL | | Majuro | Marshallese
MKD | | Macedonia ; Skopje | North Macedonian ; Macedonian
MLI | | Bamako | Malian
MLT | | | Maltese
MMR | | Burma ; Naypyidaw ; Nay Pyi Taw ; Naypyitaw | Burmese
MNE | | Podgorica | Montenegrin
MNG | | Ulaanbaatar ; Ulan Bator | Mongolian
MNP | | Saipan | Northern Marianan
MOZ | | Maputo | Mozambican
MRT | | Nouakchott | Mauritanian
MSR | | Brades | Montserratian
MTQ | | Fort-de-France | Martinican
MUS | | Port Louis | Mauritian
MWI | | Lilongwe | Malawian
MYS | | Kuala Lumpur ; Putrajaya | Malaysian
MYT | | Mamoudzou | Mahoran
NAM | | Windhoek | Namibian
NCL | | Noumea ; Nouméa | New Caledonian
NER | | Niamey | Nigerien
NFK | | | Norfolk Islander
NGA | | Abuja | Nigerian
NIC | | Managua | Nicaraguan
NIU | | Alofi | Niuean
NLD | | Holland ; Amsterdam | Dutch
NOR | | Oslo | Norwegian
NPL | | Kathmandu | Nepali ; Nepalese
NRU | | Yaren | Nauruan
NZL | | Wellington |
OMN | | Muscat | Omani
PAK | | Islamabad | Pakistani
PAN | | Panama City | Panamanian
PCN | | Pitcairn Islands ; Adamstown | Pitcairn Islander
PER | | Lima | Peruvian
PHL | | Manila ; Malacanang ; Malacañang | Philippine ; Filipino
PLW | | Ngerulmud | Palauan
PNG | | Port Moresby | Papua New Guinean
POL | | Warsaw | Polish
PRI | | San Juan | Puerto Rican
PRK | | DPRK ; D.P.R.K. ; Pyongyang | North Korean
PRT | | Lisbon | Portuguese
PRY | | Asuncion ; Asunción | Paraguayan
PSE | Palestine | Palestine ; Palestinian Authority ; Palestinian National Authority ; Ramallah ; West Bank ; Gaza Strip ; Gaza | Palestinian
PYF | | Tahiti ; Papeete | French Polynesian
QAT | | Doha | Qatari
REU | | Reunion | Reunionese
ROU | | Bucharest | Romanian
RUS | Russia | Russia ; Moscow ; Kremlin ; State Duma | Russian
RWA | | Kigali | Rwandan
SAU | | KSA ; Riyadh | Saudi ; Saudi Arabian
SDN | | Khartoum ; Port Sudan | Sudanese
SEN | | Dakar | Senegalese
SGP | | | Singaporean
SGS | | South Georgia ; South Sandwich Islands |
SHN | Saint Helena | Saint Helena ; St Helena ; Ascension Island ; Tristan da Cunha | Saint Helenian
SJM | | Svalbard ; Jan Mayen ; Longyearbyen |
SLB | | Honiara | Solomon Islander
SLE | | Freetown | Sierra Leonean
SLV | | San Salvador | Salvadoran ; Salvadorean
SMR | | | Sammarinese
SOM | | Mogadishu | Somali
SPM | | St Pierre and Miquelon ; St. Pierre and Miquelon ; Saint-Pierre-et-Miquelon |
SRB | | Belgrade | Serbian
SSD | | Juba | South Sudanese
STP | | Sao Tome ; São Tomé and Príncipe ; São Tomé | Santomean
SUR | | Paramaribo | Surinamese
SVK | | Bratislava | Slovak
SVN | | Ljubljana | Slovenian ; Slovene
SWE | | Stockholm | Swedish
SWZ | | Swaziland ; Mbabane | Swazi
SXM | | Sint Maarten ; Philipsburg |
SYC | | | Seychellois
SYR | Syria | Damascus | Syrian
TCA | | Cockburn Town | Turks and Caicos Islander
TCD | | N'Djamena ; Ndjamena | Chadian
TGO | | Lome ; Lomé | Togolese
THA | | Bangkok | Thai
TJK | | Dushanbe | Tajik ; Tajikistani
TKL | | | Tokelauan
TKM | | Ashgabat | Turkmen
TLS | | East Timor ; Dili | Timorese ; East Timorese
TON | | Nuku'alofa | Tongan
TTO | | Trinidad ; Port of Spain | Trinidadian
TUN | | Tunis | Tunisian
TUR | Turkey | Turkey ; Turkiye ; Ankara | Turkish
TUV | | Funafuti | Tuvaluan
TWN | | Taipei | Taiwanese
TZA | | Dodoma | Tanzanian
UGA | | Kampala | Ugandan
UKR | | Kyiv ; Kiev | Ukrainian
UMI | | US Minor Outlying Islands ; U.S. Minor Outlying Islands |
URY | | Montevideo | Uruguayan
USA | | US ; U.S. ; USA ; U.S.A. ; America ; Washington ; White House ; Pentagon ; State Department ; Department of State | American
UZB | | Tashkent | Uzbek
VAT | Vatican | Vatican ; Holy See ; Vatican City |
VCT | | St Vincent and the Grenadines ; St. Vincent and the Grenadines ; St Vincent ; Kingstown | Vincentian
VEN | | Caracas ; Miraflores Palace | Venezuelan
VGB | | Road Town | British Virgin Islander
VIR | | US Virgin Islands ; U.S. Virgin Islands ; Charlotte Amalie | U.S. Virgin Islander
VNM | | Hanoi | Vietnamese
VUT | | Port Vila | Ni-Vanuatu
WLF | | Mata-Utu ; Mata Utu | Wallisian
WSM | | Apia | Samoan
YEM | | Sanaa ; Sana'a | Yemeni
ZAF | | Pretoria ; Union Buildings | South African
ZMB | | Lusaka | Zambian
ZWE | | Harare | Zimbabwean
"""


# Island states (and Puerto Rico, a territory) that the news calls "the
# island" after naming them: "Taiwan ... the self-ruled island". A reference
# several actors share means the one of them named last, and none when
# none was named.
ISLAND_REFERENCES = {
    "TWN": ["island", "self-ruled island", "democratic island", "self-governing island"],
    "CUB": ["island", "Communist-run island", "communist-ruled island"],
    "CYP": ["island", "divided island"],
    "LKA": ["island"],
    "PRI": ["island"],
    "VIR": ["island"],
    "GUM": ["island"],
    "JAM": ["island"],
    "MLT": ["island"],
    "ISL": ["island"],
    "MDG": ["island"],
}


def iso_names(entry):
    out = []
    for key in ("name", "common_name", "official_name"):
        v = entry.get(key)
        if v and "," not in v:
            out.append(v)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else ISO
    iso = {e["alpha_3"]: e for e in json.load(open(path, encoding="utf-8"))["3166-1"]}
    rows = {}
    for line in TABLE.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        code, name, aliases, adjs = parts
        if code in rows:
            sys.exit(f"duplicate table row {code}")
        if code not in iso:
            sys.exit(f"{code}: not an ISO 3166-1 alpha-3 code in {path}")
        split = lambda s: [x.strip() for x in s.split(";") if x.strip()]
        rows[code] = (name, split(aliases), split(adjs))
    unknown = sorted(c for c in TERRITORIES if c not in iso or TERRITORIES[c] not in iso)
    if unknown:
        sys.exit("TERRITORIES: not ISO 3166-1 alpha-3 codes: " + " ".join(unknown))
    missing = sorted(set(iso) - set(rows))
    if missing:
        sys.exit("no table row for: " + " ".join(missing))

    lines = []
    for code in sorted(rows):
        name, aliases, adjs = rows[code]
        names = set(iso_names(iso[code]))
        obj = {"code": code}
        if name:
            obj["name"] = name
        if code in TERRITORIES:
            obj["country"] = TERRITORIES[code]
            obj["type"] = "territory"
        # keep the display-name override as an alias (it is what the text says);
        # drop anything the loader already adds from iso-codes.
        seen = set()
        al = []
        for a in aliases:
            if a in names or a in seen:
                continue
            seen.add(a)
            al.append(a)
        # The people as a plural noun name the country too ("Palestinians
        # blamed Israel"): demonyms in -an and -i take an -s ("Russians",
        # "Israelis"); "Chinese" or "French" have no such plural.
        for adj in adjs:
            plural = adj + "s"
            if adj.endswith(("an", "i")) and plural not in names and plural not in seen:
                seen.add(plural)
                al.append(plural)
        obj["aliases"] = al
        obj["adjectives"] = adjs
        if code in ISLAND_REFERENCES:
            obj["references"] = ISLAND_REFERENCES[code]
        if code in PREDECESSORS:
            actor, until = PREDECESSORS[code]
            obj["predecessor"] = {"actor": actor, "until": until}
        lines.append("  " + json.dumps(obj, ensure_ascii=False))
    sys.stdout.write('{\n"actors": [\n' + ",\n".join(lines) + "\n]\n}\n")


if __name__ == "__main__":
    main()

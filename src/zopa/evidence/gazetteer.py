"""The reader's gazetteer: states, their demonyms, capitals and seats of power, organisations,
armed and political movements, and the words of official titles.

The small English spaCy pipeline misses many places ("Kyiv") and tags demonyms as NORP, so
the reader maps every surface form it knows to one actor id through :data:`SURFACES`:

>>> SURFACES["kremlin"], SURFACES["kiev"], SURFACES["turkish"]
('russia', 'ukraine', 'turkey')
>>> ACTOR_NAMES["european-union"]
'European Union'
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator

from .prefilter import matches_at_words, opening_words

__all__ = [
    "ACTOR_KINDS",
    "ACTOR_NAMES",
    "ALIASES",
    "INSTITUTIONS",
    "MOVEMENTS",
    "OFFICIALS",
    "OFFICIAL_SURNAMES",
    "OPPOSITIONS",
    "PREDECESSORS",
    "REGIONS",
    "STATE_AGENCIES",
    "SURFACE",
    "SURFACES",
    "THIRD_PARTIES",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "communities",
    "official",
    "surfaces_in",
]

# id | name | other surface forms (names, demonyms, capitals, seats of power), ";"-separated
_STATES = """
afghanistan|Afghanistan|afghan;kabul;afghans
albania|Albania|albanian;tirana
algeria|Algeria|algerian;algiers
armenia|Armenia|armenian;yerevan
australia|Australia|australian;canberra
austria|Austria|austrian;vienna
azerbaijan|Azerbaijan|azerbaijani;azeri;baku;azerbaijanis
bahrain|Bahrain|bahraini;manama
belarus|Belarus|belarusian;minsk
belgium|Belgium|belgian;brussels
biafra|Biafra|biafran;biafrans;republic of biafra
bosnia-and-herzegovina|Bosnia and Herzegovina|bosnia;bosnian;sarajevo
brazil|Brazil|brazilian;brasilia;planalto;itamaraty
bulgaria|Bulgaria|bulgarian;sofia
canada|Canada|canadian;ottawa
chad|Chad|chadian;n'djamena;ndjamena
chile|Chile|chilean;santiago;la moneda
china|China|chinese;beijing;people's republic of china;zhongnanhai
colombia|Colombia|colombian;bogota;bogotá;casa de nariño;colombians
croatia|Croatia|croatian;zagreb
cuba|Cuba|cuban;havana
cyprus|Cyprus|cypriot;nicosia
czechia|Czech Republic|czech;czechia;prague
czechoslovakia|Czechoslovakia|czechoslovak;czechoslovakian
denmark|Denmark|danish;copenhagen
egypt|Egypt|egyptian;cairo;egyptians
eritrea|Eritrea|eritrean;asmara;eritreans
estonia|Estonia|estonian;tallinn
ethiopia|Ethiopia|ethiopian;addis ababa;ethiopians
finland|Finland|finnish;helsinki
france|France|french;paris;elysee;élysée;elysee palace;quai d'orsay
georgia|Georgia|georgian;tbilisi
germany|Germany|german;berlin
greece|Greece|greek;athens;hellenic
hungary|Hungary|hungarian;budapest
india|India|indian;new delhi
indonesia|Indonesia|indonesian;jakarta;tni;tentara nasional indonesia
iran|Iran|iranian;tehran;islamic republic;islamic republic of iran;iranians
iraq|Iraq|iraqi;baghdad;iraqis
ireland|Ireland|irish;dublin;republic of ireland
israel|Israel|israeli;jerusalem;knesset;israelis
italy|Italy|italian;rome
japan|Japan|japanese;tokyo
jordan|Jordan|jordanian;amman
kazakhstan|Kazakhstan|kazakh;astana
kenya|Kenya|kenyan;nairobi
kosovo|Kosovo|kosovar;kosovan;pristina;prishtina;kosovars
kuwait|Kuwait|kuwaiti;kuwait city
latvia|Latvia|latvian;riga
lebanon|Lebanon|lebanese;beirut;baabda
libya|Libya|libyan;tripoli
lithuania|Lithuania|lithuanian;vilnius
mexico|Mexico|mexican;mexico city
moldova|Moldova|moldovan;chisinau;moldavian
montenegro|Montenegro|montenegrin;podgorica
morocco|Morocco|moroccan;rabat
netherlands|Netherlands|dutch;the hague;amsterdam;holland
nigeria|Nigeria|nigerian;abuja;aso rock;lagos
north-korea|North Korea|north korean;pyongyang;dprk;north koreans
norway|Norway|norwegian;oslo
oman|Oman|omani;muscat
pakistan|Pakistan|pakistani;islamabad
palestine|Palestine|palestinian;palestinians;ramallah;palestinian authority
poland|Poland|polish;warsaw
portugal|Portugal|portuguese;lisbon
qatar|Qatar|qatari;doha
romania|Romania|romanian;bucharest
russia|Russia|russian;russians;moscow;kremlin;russian federation
rwanda|Rwanda|rwandan;kigali
saudi-arabia|Saudi Arabia|saudi;saudis;riyadh;kingdom of saudi arabia;saudi-led coalition;
    saudi-led military coalition
serbia|Serbia|serbian;serb;serbs;belgrade
slovakia|Slovakia|slovak;bratislava
slovenia|Slovenia|slovenian;ljubljana
somalia|Somalia|somali;mogadishu;somalian;villa somalia
somaliland|Somaliland|hargeisa;republic of somaliland
south-africa|South Africa|south african;pretoria;johannesburg
south-korea|South Korea|south korean;seoul;south koreans;blue house;cheong wa dae
south-sudan|South Sudan|south sudanese;juba
soviet-union|Soviet Union|soviet;soviets;ussr;u.s.s.r.
spain|Spain|spanish;madrid
sudan|Sudan|sudanese;khartoum
sweden|Sweden|swedish;stockholm
switzerland|Switzerland|swiss;bern;geneva
syria|Syria|syrian;damascus;syrians
taiwan|Taiwan|taiwanese;taipei
turkey|Turkey|turkish;türkiye;turkiye;ankara
uganda|Uganda|ugandan;kampala
ukraine|Ukraine|ukrainian;ukrainians;kyiv;kiev;bankova
united-arab-emirates|United Arab Emirates|uae;emirati;abu dhabi;u.a.e.
united-kingdom|United Kingdom|uk;u.k.;britain;great britain;british;london;downing street;
    whitehall
united-states|United States|us;u.s.;usa;u.s.a.;america;american;americans;washington;white house;
    state department;pentagon;clinton administration;bush administration;obama administration;
    trump administration;biden administration;foggy bottom
venezuela|Venezuela|venezuelan;caracas;venezuelans;miraflores
vietnam|Vietnam|vietnamese;hanoi
yemen|Yemen|yemeni;sanaa;sana'a
yugoslavia|Yugoslavia|yugoslav;yugoslavian;federal republic of yugoslavia
angola|Angola|angolan;luanda
argentina|Argentina|argentine;argentinian;buenos aires;casa rosada
bangladesh|Bangladesh|bangladeshi;dhaka
benin|Benin|beninese;porto-novo;cotonou
bolivia|Bolivia|bolivian;la paz
botswana|Botswana|botswanan;gaborone
burkina-faso|Burkina Faso|burkinabe;ouagadougou;burkinabè
burundi|Burundi|burundian;bujumbura;gitega
cambodia|Cambodia|cambodian;phnom penh
cameroon|Cameroon|cameroonian;yaounde;yaoundé
central-african-republic|Central African Republic|central african;bangui;car
congo|Republic of the Congo|congo-brazzaville;brazzaville;republic of congo
djibouti|Djibouti|djiboutian;djibouti city
dr-congo|Democratic Republic of the Congo|congo;drc;dr congo;democratic republic of congo;congolese;
    kinshasa
ecuador|Ecuador|ecuadorian;quito;ecuadorean
el-salvador|El Salvador|salvadoran;san salvador;salvadorean
gabon|Gabon|gabonese;libreville
gambia|Gambia|gambian;banjul;the gambia
ghana|Ghana|ghanaian;accra
guatemala|Guatemala|guatemalan;guatemala city
guinea|Guinea|guinean;conakry
haiti|Haiti|haitian;port-au-prince
honduras|Honduras|honduran;tegucigalpa
iceland|Iceland|icelandic;reykjavik
ivory-coast|Ivory Coast|ivorian;cote d'ivoire;côte d'ivoire;abidjan;yamoussoukro
kyrgyzstan|Kyrgyzstan|kyrgyz;bishkek
laos|Laos|laotian;lao;vientiane
liberia|Liberia|liberian;monrovia
luxembourg|Luxembourg|luxembourgish
madagascar|Madagascar|malagasy;antananarivo
malawi|Malawi|malawian;lilongwe
malaysia|Malaysia|malaysian;kuala lumpur;putrajaya
mali|Mali|malian;bamako
malta|Malta|maltese;valletta
mauritania|Mauritania|mauritanian;nouakchott
mongolia|Mongolia|mongolian;ulaanbaatar
mozambique|Mozambique|mozambican;maputo
myanmar|Myanmar|burmese;burma;naypyidaw;yangon;naypyitaw;rangoon
namibia|Namibia|namibian;windhoek
nepal|Nepal|nepali;nepalese;kathmandu
new-zealand|New Zealand|new zealander;wellington
nicaragua|Nicaragua|nicaraguan;managua
niger|Niger|nigerien;niamey
north-macedonia|North Macedonia|macedonian;skopje;fyrom;former yugoslav republic of macedonia;
    republic of north macedonia;republic of macedonia;north macedonian
panama|Panama|panamanian;panama city
paraguay|Paraguay|paraguayan;asuncion
peru|Peru|peruvian;lima
philippines|Philippines|philippine;filipino;filipinos;manila;malacanang;malacañang
senegal|Senegal|senegalese;dakar
sierra-leone|Sierra Leone|sierra leonean;freetown
singapore|Singapore|singaporean
sri-lanka|Sri Lanka|sri lankan;colombo
tajikistan|Tajikistan|tajik;dushanbe
tanzania|Tanzania|tanzanian;dodoma;dar es salaam
thailand|Thailand|thai;bangkok
togo|Togo|togolese;lome;lomé
tunisia|Tunisia|tunisian;tunis
turkmenistan|Turkmenistan|turkmen;ashgabat
uruguay|Uruguay|uruguayan;montevideo
uzbekistan|Uzbekistan|uzbek;tashkent
holy-see|Holy See|vatican;holy see;pope;pontiff
western-sahara|Western Sahara|sahrawi;western sahara
zambia|Zambia|zambian;lusaka
zimbabwe|Zimbabwe|zimbabwean;harare
timor-leste|Timor-Leste|east timor;timorese;dili
papua-new-guinea|Papua New Guinea|papua new guinean;port moresby
guinea-bissau|Guinea-Bissau|bissau-guinean;bissau
equatorial-guinea|Equatorial Guinea|equatoguinean;equatorial guinean;malabo
eswatini|Eswatini|swaziland;swazi;mbabane
lesotho|Lesotho|basotho;maseru
mauritius|Mauritius|mauritian;port louis
comoros|Comoros|comorian;moroni
seychelles|Seychelles|seychellois;victoria
cabo-verde|Cabo Verde|cape verde;cape verdean;praia
sao-tome|Sao Tome and Principe|sao tome;são tomé;são tomé and príncipe
brunei|Brunei|bruneian;bandar seri begawan
bhutan|Bhutan|bhutanese;thimphu
maldives|Maldives|maldivian;male
fiji|Fiji|fijian;suva
solomon-islands|Solomon Islands|solomon islander;honiara
vanuatu|Vanuatu|ni-vanuatu;port vila
samoa|Samoa|samoan;apia
tonga|Tonga|tongan;nuku'alofa
costa-rica|Costa Rica|costa rican;san jose;san josé
dominican-republic|Dominican Republic|dominican;santo domingo
jamaica|Jamaica|jamaican;kingston
trinidad-and-tobago|Trinidad and Tobago|trinidadian;port of spain
bahamas|Bahamas|bahamian;nassau;the bahamas
belize|Belize|belizean;belmopan
guyana|Guyana|guyanese;georgetown
suriname|Suriname|surinamese;paramaribo
liechtenstein|Liechtenstein|vaduz
monaco|Monaco|monegasque
andorra|Andorra|andorran
san-marino|San Marino|sammarinese
"""

# Organisations and movements: id | name | surface forms
_GROUPS = """
united-nations|United Nations|un;u.n.;un security council;u.n. security council;secretary-general
european-union|European Union|eu;e.u.;european union;brussels-based;european commission;
    european council;
    eu27;eu-27
nato|NATO|nato;north atlantic treaty organization
african-union|African Union|african union;au;au commission
igad|IGAD|igad;intergovernmental authority on development
arab-league|Arab League|arab league
commonwealth|Commonwealth|commonwealth;commonwealth secretariat;commonwealth of nations
cis|Commonwealth of Independent States|cis;commonwealth of independent states
eccas|ECCAS|eccas;ceeac;economic community of central african states
osce|OSCE|osce;organization for security and co-operation in europe;
    organization for security and cooperation in europe
iaea|IAEA|iaea;international atomic energy agency;nuclear watchdog
icrc|ICRC|icrc;red cross;international committee of the red cross
opec|OPEC|opec
e3|E3|e3
p5-plus-1|P5+1|p5+1
farc|FARC|farc;farc-ep;revolutionary armed forces of colombia
eln|ELN|eln;national liberation army
hamas|Hamas|hamas;qassam brigades;al-qassam brigades
hezbollah|Hezbollah|hezbollah
islamic-jihad|Islamic Jihad|islamic jihad
fatah|Fatah|fatah
plo|PLO|plo;palestine liberation organization
taliban|Taliban|taliban
tplf|TPLF|tplf;tigray;tigray people's liberation front;tigrayan;tigrayans;tigray forces;
    tigrayan forces;mekelle
rsf|Rapid Support Forces|rsf;rapid support forces
saf|Sudanese Armed Forces|saf;sudanese armed forces;sudanese army;sudan's army
ira|IRA|ira;irish republican army
sinn-fein|Sinn Fein|sinn fein;sinn féin
dup|DUP|dup;democratic unionist party
sdlp|SDLP|sdlp
uup|Ulster Unionist Party|uup;ulster unionist party;ulster unionists;ulster unionist
houthis|Houthis|houthi;houthis;ansar allah
m23|M23|m23
asean|ASEAN|asean;association of southeast asian nations
ecowas|ECOWAS|ecowas;economic community of west african states
sadc|SADC|sadc;southern african development community
eac|East African Community|east african community;eac
organization-of-american-states|Organization of American States|oas;organization of american states
european-community|European Community|european community;european communities;ec;e.c.
contadora-group|Contadora Group|contadora group;contadora;contadora countries
oic|Organisation of Islamic Cooperation|oic;organisation of islamic cooperation;
    organization of islamic cooperation;organisation of the islamic conference;
    organization of the islamic conference;islamic conference
gcc|Gulf Cooperation Council|gcc;gulf cooperation council
csto|CSTO|csto;collective security treaty organization
quartet|Quartet|middle east quartet
community-of-sant-egidio|Community of Sant'Egidio|sant'egidio;community of sant'egidio
hd-centre|Centre for Humanitarian Dialogue|centre for humanitarian dialogue;hd centre
carter-center|Carter Center|carter center
milf|MILF|milf;moro islamic liberation front
mnlf|MNLF|mnlf;moro national liberation front
polisario-front|Polisario Front|polisario;polisario front
splm|SPLM|splm;sudan people's liberation movement;splm/a;spla
jem|JEM|justice and equality movement
al-shabaab|Al-Shabaab|al-shabaab;al shabaab;shabaab
isis|Islamic State|isis;isil;islamic state;daesh
pkk|PKK|pkk;kurdistan workers' party
sdf|SDF|sdf;syrian democratic forces;ypg
ltte|LTTE|ltte;tamil tigers;liberation tigers of tamil eelam
eta|ETA|eta
fmln|FMLN|fmln
renamo|RENAMO|renamo
frelimo|FRELIMO|frelimo
unita|UNITA|unita
hts|HTS|hts;hayat tahrir al-sham
greek-cypriots|Greek Cypriots|greek cypriot;greek cypriots;greek-cypriot;greek-cypriots
turkish-cypriots|Turkish Cypriots|turkish cypriot;turkish cypriots;turkish-cypriot;turkish-cypriots;
    trnc;turkish republic of northern cyprus
lna|Libyan National Army|lna;libyan national army;haftar's forces
krg|Kurdistan Regional Government|krg;kurdistan regional government;kurdistan region;peshmerga;
    erbil
syrian-opposition|Syrian opposition|syrian national coalition;high negotiations committee
world-bank|World Bank|world bank;international bank for reconstruction and development;ibrd
imf|IMF|imf;international monetary fund
m-19|M-19|m-19;april 19 movement
urng|URNG|urng;guatemalan national revolutionary unity
contras|Contras|contras;contra rebels;nicaraguan resistance
gam|GAM|free aceh movement;gerakan aceh merdeka
ndfp|NDFP|ndfp;national democratic front of the philippines;communist party of the philippines;
    new people's army;cpp-npa;cpp-npa-ndf
cpn-maoist|CPN (Maoist)|cpn (maoist);cpn-maoist;cpn-m;communist party of nepal (maoist);
    nepal's maoists;
    unified cpn (maoist);cpn (maoist centre)
splm-io|SPLM-IO|splm-io;splm/a-io;splm in opposition;
    sudan people's liberation movement-in-opposition
splm-n|SPLM-N|splm-n;sudan people's liberation movement-north
slm|SLM|slm;slm/a;sudan liberation movement;sudan liberation army;slm-mm
slm-aw|SLM-AW|slm-aw;slm/a-aw;slm/aw;sudan liberation movement-abdel wahid
ola|Oromo Liberation Army|oromo liberation army;ola
olf|Oromo Liberation Front|oromo liberation front;olf
cndp|CNDP|cndp;national congress for the defence of the people;
    national congress for the defense of the people
ruf|RUF|ruf;revolutionary united front
lurd|LURD|lurd;liberians united for reconciliation and democracy
lra|Lord's Resistance Army|lra;lord's resistance army
cma|Coordination of Azawad Movements|coordination of azawad movements;cma;
    coordination des mouvements de l'azawad
fact|Front for Change and Concord|front for change and concord in chad
seleka|Seleka|seleka;séléka;ex-seleka;ex-séléka
anti-balaka|Anti-balaka|anti-balaka
fprc|FPRC|fprc;popular front for the rebirth of central africa;
    popular front for the renaissance of central africa
upc|UPC|union for peace in the central african republic;union for peace in central africa
mpc|Patriotic Movement for Central Africa|patriotic movement for central africa
3r|3R|3r;return, reclamation and rehabilitation
abg|Autonomous Bougainville Government|abg;autonomous bougainville government;
    bougainville government
kio|Kachin Independence Organisation|kio;kachin independence organisation;
    kachin independence organization
kia|Kachin Independence Army|kia;kachin independence army
knu|Karen National Union|knu;karen national union;knla;karen national liberation army
arakan-army|Arakan Army|arakan army;united league of arakan
mndaa|MNDAA|mndaa;myanmar national democratic alliance army;kokang army
tnla|TNLA|tnla;ta'ang national liberation army
uwsa|UWSA|uwsa;united wa state army
brotherhood-alliance|Three Brotherhood Alliance|three brotherhood alliance;brotherhood alliance
karabakh-armenians|Karabakh Armenians|karabakh armenians;karabakh armenian;stepanakert;
    nagorno-karabakh authorities;karabakh authorities;artsakh authorities;republic of artsakh;
    nagorno-karabakh republic
abkhazia|Abkhaz authorities|abkhaz;abkhazian;sukhumi;abkhaz side;abkhaz leader;abkhaz leadership
south-ossetia|South Ossetian authorities|south ossetian;south ossetians;tskhinvali;
    south ossetian side;south ossetian leader;south ossetian leadership
transnistria|Transnistrian authorities|transnistrian;tiraspol;pridnestrovie;transnistrian side;
    transnistrian leader;transnistrian leadership
dpr|Donetsk People's Republic|donetsk people's republic;dpr;dnr
lpr|Luhansk People's Republic|luhansk people's republic;lugansk people's republic;lpr;lnr
bosnian-croats|Bosnian Croats|bosnian croat;bosnian croats;herceg-bosna;hvo;croatian defence council
republika-srpska|Republika Srpska|republika srpska;bosnian serb;bosnian serbs;bosnian serb republic
unitary-platform|Unitary Platform|unitary platform;plataforma unitaria;unitary democratic platform
odm|ODM|odm;orange democratic movement
pnu|PNU|pnu;party of national unity
mdc|MDC|mdc;movement for democratic change;mdc-t
ttp|TTP|ttp;tehreek-e-taliban pakistan;tehrik-i-taliban pakistan;pakistani taliban
brn|BRN|barisan revolusi nasional;brn
emc|Estado Mayor Central|estado mayor central;emc;central general staff
fsa|Free Syrian Army|free syrian army;fsa
seven-party-alliance|Seven Party Alliance|seven party alliance;seven-party alliance
nepali-congress|Nepali Congress|nepali congress
khmer-rouge|Khmer Rouge|khmer rouge;party of democratic kampuchea;democratic kampuchea
funcinpec|FUNCINPEC|funcinpec
kpnlf|KPNLF|kpnlf;khmer people's national liberation front
cpp|Cambodian People's Party|cambodian people's party
amal|Amal|amal;amal movement
march-14|March 14 alliance|march 14 alliance;march 14 coalition;march 14 camp;march 14 bloc;
    march 14 movement;march 14 forces
march-8|March 8 alliance|march 8 alliance;march 8 coalition;march 8 camp;march 8 bloc
future-movement|Future Movement|future movement
fpm|Free Patriotic Movement|free patriotic movement;fpm
kataeb|Kataeb|kataeb;kataeb party;phalange
ldk|LDK|ldk;democratic league of kosovo
vmro-dpmne|VMRO-DPMNE|vmro-dpmne;vmro
sdsm|SDSM|sdsm;social democratic union of macedonia
dpa|Democratic Party of Albanians|democratic party of albanians
dui|DUI|dui;democratic union for integration
ichkeria|Chechen Republic of Ichkeria|ichkeria;chechen republic of ichkeria;chechen rebels;
    chechen rebel;chechen separatists;chechen separatist;chechen fighters;chechen side;
    chechen delegation;chechen leadership
umma|Umma Party|umma;umma party;national umma party
ncp|National Congress Party|national congress party
ffc|Forces of Freedom and Change|forces of freedom and change;
    forces for freedom and change;freedom and change
jmp|Joint Meeting Parties|joint meeting parties
gpc|General People's Congress|general people's congress
stc|Southern Transitional Council|southern transitional council
anc|ANC|anc;african national congress
ifp|Inkatha Freedom Party|inkatha freedom party;inkatha
zanu-pf|ZANU-PF|zanu-pf;zanu
mpla|MPLA|mpla;popular movement for the liberation of angola
fretilin|Fretilin|fretilin
rpf|Rwandan Patriotic Front|rwandan patriotic front;rpf
cndd-fdd|CNDD-FDD|cndd-fdd;cndd
frodebu|Frodebu|frodebu;front for democracy in burundi
uprona|Uprona|uprona;union for national progress
swapo|SWAPO|swapo;south west africa people's organisation;south west africa people's organization
pflp|PFLP|pflp;popular front for the liberation of palestine
kdp|KDP|kdp;kurdistan democratic party
puk|PUK|puk;patriotic union of kurdistan
nld|National League for Democracy|national league for democracy;nld
nug|National Unity Government|national unity government of myanmar
mnla|MNLA|mnla;national movement for the liberation of azawad
fdlr|FDLR|fdlr;democratic forces for the liberation of rwanda
adf|Allied Democratic Forces|allied democratic forces
boko-haram|Boko Haram|boko haram
"""

#: Armed and political movements and communities: the sides "the rebels", "the opposition"
#: or "the rebel delegation" may stand for.
_MOVEMENT_IDS = """farc eln hamas hezbollah islamic-jihad fatah plo taliban tplf rsf ira
sinn-fein houthis m23 milf mnlf polisario-front splm jem al-shabaab isis pkk sdf ltte eta fmln
renamo unita hts syrian-opposition lna krg m-19 urng contras gam ndfp cpn-maoist splm-io
splm-n slm slm-aw ola olf cndp ruf lurd lra cma fact seleka anti-balaka fprc upc mpc 3r kio
kia knu
arakan-army mndaa tnla uwsa brotherhood-alliance karabakh-armenians
transnistria dpr lpr unitary-platform odm mdc ttp brn emc fsa khmer-rouge funcinpec kpnlf
amal march-14 march-8 ldk ichkeria seven-party-alliance umma ffc jmp stc anc mpla fretilin rpf
cndd-fdd swapo pflp kdp puk mnla fdlr adf boko-haram"""
MOVEMENTS = frozenset(_MOVEMENT_IDS.split())
#: A state -> its opposition movement, from the names "<Demonym> opposition" (Syria -> the
#: Syrian opposition): the side of "the armed opposition" in a text that names no movement.
OPPOSITIONS: dict[str, str] = {}

#: Other ids for one of the gazetteer's actors: an acronym of another spelling of its name
#: (the Sudan Liberation Army, SLA, is the movement SLM; SLM-MM its faction that signed),
#: the body that negotiates for it (the PLO for the Palestinians) or the council that
#: ruled through it (Sudan's Transitional Military Council, TMC, of the armed forces): the
#: reader gives the gazetteer's id, never a second actor.
ALIASES = {"sla": "slm", "slm-mm": "slm", "slm/a": "slm", "plo": "palestine", "tmc": "saf",
           "uck": "kla", "spla": "splm", "splm/a": "splm"}

# Regions that issues are often about, with their surface forms (not actors).
_REGIONS = """
crimea|Crimea|crimea;crimean;crimean peninsula
donbas|Donbas|donbas;donbass;donetsk;luhansk;lugansk
nagorno-karabakh|Nagorno-Karabakh|nagorno-karabakh;karabakh;artsakh
gaza|Gaza|gaza;gaza strip
west-bank|West Bank|west bank
golan|Golan Heights|golan;golan heights
jerusalem|Jerusalem|east jerusalem;temple mount;haram al-sharif
northern-ireland|Northern Ireland|northern ireland;ulster
tigray|Tigray|western tigray
darfur|Darfur|darfur
kashmir|Kashmir|kashmir
abyei|Abyei|abyei
nile|Nile|nile;blue nile;nile river
lachin|Lachin corridor|lachin corridor;lachin
zangezur|Zangezur corridor|zangezur;zangezur corridor;meghri;syunik
north-kosovo|North Kosovo|north kosovo;northern kosovo
abkhazia|Abkhazia|abkhazia
south-ossetia|South Ossetia|south ossetia
transnistria|Transnistria|transnistria;trans-dniester;transdniestria
"""


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


def _rows(text: str) -> list[str]:
    """The rows of a table; a line that starts with spaces continues the row before."""
    rows: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith(" ") and rows:
            rows[-1] += line.strip()
        elif line.strip():
            rows.append(line.strip())
    return rows


def _table(text: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in _rows(text):
        slug, name, forms = line.split("|")
        rows.append((slug, name, [f.strip() for f in forms.split(";") if f.strip()]))
    return rows


#: actor id -> display name.
ACTOR_NAMES: dict[str, str] = {}
#: actor id -> "state" or "group".
ACTOR_KINDS: dict[str, str] = {}
#: lower-case surface form -> actor id.
SURFACES: dict[str, str] = {}
#: lower-case surface form -> (region id, region name).
REGIONS: dict[str, tuple[str, str]] = {}

for _kind, _text in (("state", _STATES), ("group", _GROUPS)):
    for _slug, _name, _forms in _table(_text):
        ACTOR_NAMES[_slug] = _name
        ACTOR_KINDS[_slug] = _kind
        for _form in (_name.lower(), *_forms):
            SURFACES.setdefault(_form, _slug)
# The formal names of states, as communiqués, treaties and state media write them ("the
# Syrian Arab Republic", "the Hashemite Kingdom of Jordan"); "Republic of X" and "Kingdom of
# X" for a state whose name is X need no row, "X" inside them is matched anyway.
_FORMAL_NAMES = """
syria|syrian arab republic
egypt|arab republic of egypt;united arab republic
jordan|hashemite kingdom of jordan;hashemite kingdom
south-korea|republic of korea;rok
north-korea|democratic people's republic of korea;democratic people’s republic of korea
china|prc
taiwan|republic of china
greece|hellenic republic
soviet-union|union of soviet socialist republics
russia|russian federation
libya|libyan arab jamahiriya;great socialist people's libyan arab jamahiriya
laos|lao people's democratic republic;lao pdr
argentina|argentine republic
kyrgyzstan|kyrgyz republic
togo|togolese republic
somalia|somali republic;federal republic of somalia
switzerland|swiss confederation
mexico|united mexican states
united-states|united states of america
united-kingdom|united kingdom of great britain and northern ireland
holy-see|holy see
north-macedonia|former yugoslav republic of macedonia;fyrom;republic of macedonia
bosnia-and-herzegovina|bosnia and herzegovina;bosnia-herzegovina
ivory-coast|republic of cote d'ivoire;republic of côte d'ivoire
vietnam|socialist republic of vietnam;democratic republic of vietnam
israel|state of israel
qatar|state of qatar
kuwait|state of kuwait
eritrea|state of eritrea
libya|state of libya
palestine|state of palestine
oman|sultanate of oman
"""
#: British and American spellings of the same word in names ("Palestine Liberation
#: Organisation"): every form is known in both.
_SPELLINGS = (("organisation", "organization"), ("organization", "organisation"),
              ("centre", "center"), ("center", "centre"), ("defence", "defense"),
              ("defense", "defence"), ("labour", "labor"), ("labor", "labour"))
for _form, _slug in list(SURFACES.items()):
    for _a, _b in _SPELLINGS:
        if _a in _form:
            SURFACES.setdefault(_form.replace(_a, _b), _slug)
for _line in _rows(_FORMAL_NAMES):
    _slug, _formal = _line.split("|")
    for _form in _formal.split(";"):
        SURFACES.setdefault(_form, _slug)
for _slug, _name in ACTOR_NAMES.items():
    _demonym = _name.lower().removesuffix(" opposition")
    if _demonym != _name.lower() and ACTOR_KINDS.get(SURFACES.get(_demonym, "")) == "state":
        OPPOSITIONS[SURFACES[_demonym]] = _slug
for _slug, _name, _forms in _table(_REGIONS):
    for _form in (_name.lower(), *_forms):
        REGIONS.setdefault(_form, (_slug, _name))

#: Every surface form, longest first, as a case-insensitive pattern: a form stands alone (not
#: inside a word, nor before "-" and a letter: "Kosovo-wide" names Kosovo, "U.S.-backed" the
#: United States, but "Sudan-Abdel" is no form).
_FORMS = "|".join(re.escape(f) for f in sorted(SURFACES, key=len, reverse=True))
SURFACE = re.compile(r"(?<![\w-])(?:" + _FORMS + r")(?![\w]|-[A-Z0-9])", re.IGNORECASE)
_WORD_START = re.compile(r"(?<![\w-])\w+")
#: The first word of each surface form: where a match of :data:`SURFACE` may start.
_FIRST_WORDS = opening_words(SURFACES, _WORD_START)


#: A joint name of two actors, "the UN-Arab League envoy", "Russia-Ukraine talks", up to
#: its hyphen.
_JOINED = re.compile(r"(?<![\w-])[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}-(?=[A-Z])")


@functools.cache
def _joint_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a joint name's halves: a form that ends at the hyphen, and one that
    starts after it (:data:`SURFACE` without its check before, which sees the hyphen).
    Compiled when a text first has a hyphen, not at import."""
    return (re.compile(r"(?:" + _FORMS + r")", re.IGNORECASE),
            re.compile(r"(?:" + _FORMS + r")(?![\w]|-[A-Z0-9])", re.IGNORECASE))


def surfaces_in(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`SURFACE` in ``text``, as ``finditer`` gives them, trying the
    alternation only where a word that opens a form starts (a match starts at a word and
    ends before a non-word character, so its first word is a whole word of the text); and
    both halves of a joint name, when each is a form ("UN-Arab League": the UN and the Arab
    League; "Sudan-Abdel" is no joint name).

    >>> [m.group(0) for m in surfaces_in("Kyiv and the Kremlin met U.S. envoys")]
    ['Kyiv', 'Kremlin', 'U.S.']
    >>> [m.group(0) for m in surfaces_in("the UN-Arab League envoy and Sudan-Abdel")]
    ['UN', 'Arab League']
    >>> [m.group(0) for m in surfaces_in("Guinea-Bissau mediated")]
    ['Guinea-Bissau']
    """
    found = matches_at_words(SURFACE, text, word=_WORD_START, openings=_FIRST_WORDS)
    if "-" not in text:
        return found
    plain = list(found)
    joined: list[re.Match[str]] = []
    first_part, second_part = _joint_parts()
    for j in _JOINED.finditer(text):
        hyphen = j.end() - 1
        if any(m.start() < hyphen < m.end() for m in plain):
            continue  # one name with a hyphen: "Guinea-Bissau", "Bosnia-Herzegovina"
        starts = (w.start() for w in _WORD_START.finditer(text, j.start(), hyphen))
        first = next((f for s in starts if (f := first_part.fullmatch(text, s, hyphen))), None)
        second = second_part.match(text, hyphen + 1)
        if first is not None and second is not None:
            joined += [first, second]
    if not joined:
        return iter(plain)
    taken = [(m.start(), m.end()) for m in joined]
    kept = [m for m in plain if not any(s < m.end() and m.start() < e for s, e in taken)]
    return iter(sorted([*kept, *joined], key=lambda m: m.start()))


_ETHNIC = re.compile(r"\bethnic\s+([A-Z][\w-]+)")
#: A place, then a demonym: "Kosovo Albanian", "Bosnian Serb" (group 2 the people's).
_PLACED_PEOPLE = re.compile(r"\b([A-Z][\w-]+)\s+(?=([A-Z][\w-]*(?:an|ans|ese|ish|i|is|ch|s))\b)")


def communities(text: str) -> set[str]:
    """The states whose demonym ``text`` uses for a people, not a state: "ethnic Albanian
    parties" in a text that never names Albania (nor its capital) speaks of a community,
    and every "Albanian" of it does.

    >>> communities("Two ethnic Albanian parties met the Macedonian government.")
    {'albania'}
    >>> communities("Ethnic Albanian leaders flew to Tirana.")
    set()

    A demonym after a place names the people of that place: "the Kosovo Albanian
    delegation", "Bosnian Serb leaders".

    >>> communities("The Kosovo Albanian delegation met.")
    {'albania'}
    """
    out: set[str] = set()
    placed = [m for m in _PLACED_PEOPLE.finditer(text)
              if SURFACES.get(m.group(1).lower()) not in (None, SURFACES.get(m.group(2).lower()))]
    for m in [*_ETHNIC.finditer(text), *placed]:
        actor = SURFACES.get(m.group(m.lastindex or 1).lower())
        if actor is None or ACTOR_KINDS.get(actor) != "state":
            continue
        own = [f for f, a in SURFACES.items() if a == actor and (
            f == ACTOR_NAMES[actor].lower() or not re.search(r"(?:an|ans|ese|ish|i|is|ch)$", f))]
        if not any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w])", text, re.IGNORECASE)
                   for f in own):
            out.add(actor)
    return out


#: Words that make up official titles ("Turkish presidential spokesman", "chief negotiator").
TITLE_WORDS = words("""
president presidential vice prime minister ministers ministry foreign defence defense interior
finance deputy spokesman spokeswoman spokesperson spokespeople envoy special negotiator
negotiators chief lead senior top ambassador secretary state chancellor king queen emir sheikh
crown prince commander general lieutenant colonel field marshal leader leaders head adviser
advisor aide official officials chairman chairwoman chair mediator mediators representative
high commissioner delegate delegation delegations premier taoiseach mayor governor senator
lawmaker mp diplomat diplomats director secretary-general coordinator negotiating team
government administration cabinet council office presidency army military rebel rebels
commission commissioner co-chair facilitator security national director-general assistant
undersecretary under-secretary acting former first ministerial spokesmen officer
agencies agency groups sources analysts witnesses residents observers experts authorities
activists police organisations organizations monitors protesters movement party brigadier
colonel major captain sergeant admiral marshal vice-president speaker parliament
statement communique communiqué declaration readout
parliamentary attorney-general attorney solicitor-general justice
""")

#: Words that may stand inside a title without being one ("political bureau chief").
TITLE_MODIFIERS = words("""political bureau policy affairs intelligence military armed forces
party movement group union supreme regional federal national international general special
former opposition rebel separatist ruling exiled top senior chief deputy executive
presidential foreign defence defense security legal economic trade health justice
commerce economy energy water agriculture information culture education transport
industry labour labor environment development finance interior home interim transitional
caretaker external territorial administration planning oil petroleum mines""")

#: Heads of institutions that stand for the actor named with them ("Sudan's army" ... "the
#: army said").
INSTITUTIONS = words("""army government ministry party delegation movement group forces
military administration presidency cabinet office embassy side team council authorities
leadership junta parliament""")

# Well-known officials whose side a text often leaves unsaid ("Prime Minister Boris
# Johnson"): heads of state and government, foreign ministers, envoys and negotiators of
# major negotiations since the 1990s. Used only when the text names no side.
_OFFICIALS = """
united-states|Bill Clinton;George W. Bush;Barack Obama;Donald Trump;Joe Biden;
    Warren Christopher;James Baker;
    Madeleine Albright;Colin Powell;Condoleezza Rice;Hillary Clinton;John Kerry;Rex Tillerson;
    Mike Pompeo;Antony Blinken;Jake Sullivan;William Burns;Brett McGurk;Steve Witkoff;
    Marco Rubio;Dennis Ross;Wendy Sherman;Richard Holbrooke;Zalmay Khalilzad;Amos Hochstein;
    Kamala Harris;Mike Pence;John Bolton;Lloyd Austin;Tom Perriello;Matthew Miller;John Kirby
united-kingdom|Tony Blair;Gordon Brown;David Cameron;Theresa May;Boris Johnson;Liz Truss;
    Rishi Sunak;Keir Starmer;David Frost;Dominic Raab;Jeremy Hunt;William Hague;David Lammy;
    James Cleverly;Mo Mowlam;Olly Robbins;Stephen Barclay
ireland|Bertie Ahern;Leo Varadkar;Enda Kenny;Simon Coveney;Micheal Martin;Micheál Martin
france|Jacques Chirac;Nicolas Sarkozy;Francois Hollande;François Hollande;Emmanuel Macron;
    Laurent Fabius;Jean-Yves Le Drian;Catherine Colonna
germany|Gerhard Schroeder;Angela Merkel;Olaf Scholz;Frank-Walter Steinmeier;Heiko Maas;
    Annalena Baerbock;Friedrich Merz
russia|Boris Yeltsin;Vladimir Putin;Dmitry Medvedev;Sergei Lavrov;Sergey Lavrov;Dmitry Peskov;
    Maria Zakharova;Vladimir Medinsky;Yuri Ushakov;Sergei Ryabkov;Mikhail Ulyanov;
    Vasily Nebenzya
ukraine|Petro Poroshenko;Volodymyr Zelensky;Volodymyr Zelenskiy;Dmytro Kuleba;Andrii Sybiha;
    Mykhailo Podolyak;Mykhailo Podolyak;David Arakhamia;Andriy Yermak;Rustem Umerov;
    Pavlo Klimkin
turkey|Recep Tayyip Erdogan;Tayyip Erdogan;Mevlut Cavusoglu;Ibrahim Kalin;Hakan Fidan;
    Ahmet Davutoglu
iran|Hassan Rouhani;Ebrahim Raisi;Masoud Pezeshkian;Ali Khamenei;Mohammad Javad Zarif;
    Javad Zarif;Hossein Amir-Abdollahian;Abbas Araghchi;Ali Bagheri Kani;Ali Akbar Velayati;
    Ali Larijani;Ali Akbar Salehi;Saeed Jalili
israel|Ehud Barak;Ariel Sharon;Ehud Olmert;Benjamin Netanyahu;Naftali Bennett;Yair Lapid;
    Shimon Peres;Yitzhak Rabin;Isaac Herzog;Yoav Gallant;Eli Cohen;Israel Katz;Ron Dermer;
    David Barnea;Gideon Saar
palestine|Yasser Arafat;Mahmoud Abbas;Saeb Erekat;Mohammad Shtayyeh;Nabil Abu Rudeineh;
    Riyad al-Maliki;Ahmed Qurei;Hussein al-Sheikh
hamas|Ismail Haniyeh;Yahya Sinwar;Khaled Meshaal;Khalil al-Hayya;Basem Naim;Osama Hamdan;
    Mousa Abu Marzouk;Sami Abu Zuhri
qatar|Tamim bin Hamad Al Thani;Mohammed bin Abdulrahman Al Thani;Majed al-Ansari
egypt|Hosni Mubarak;Mohamed Morsi;Abdel Fattah al-Sisi;Abdel Fattah el-Sisi;Sameh Shoukry;
    Badr Abdelatty;Abbas Kamel;Hassan Rashad
saudi-arabia|Mohammed bin Salman;Faisal bin Farhan;King Salman
ethiopia|Abiy Ahmed;Meles Zenawi;Demeke Mekonnen;Redwan Hussien;Seleshi Bekele;Gedu Andargachew
tplf|Debretsion Gebremichael;Getachew Reda;Tsadkan Gebretensae
sudan|Omar al-Bashir;Abdalla Hamdok;Mariam al-Sadiq al-Mahdi;Mariam al-Mahdi
saf|Abdel Fattah al-Burhan;Shams al-Din Kabbashi;Yasser al-Atta
rsf|Mohamed Hamdan Dagalo;Hemedti;Abdelrahim Dagalo
colombia|Juan Manuel Santos;Alvaro Uribe;Álvaro Uribe;Ivan Duque;Iván Duque;Gustavo Petro;
    Humberto de la Calle;Sergio Jaramillo
farc|Ivan Marquez;Iván Márquez;Rodrigo Londono;Timochenko;Pablo Catatumbo;Jesus Santrich
serbia|Aleksandar Vucic;Aleksandar Vučić;Ivica Dacic;Ana Brnabic;Petar Petkovic;
    Slobodan Milosevic
kosovo|Albin Kurti;Vjosa Osmani;Hashim Thaci;Besnik Bislimi
european-union|Jean-Claude Juncker;Ursula von der Leyen;Donald Tusk;Charles Michel;
    Federica Mogherini;
    Catherine Ashton;Josep Borrell;Kaja Kallas;Michel Barnier;Miroslav Lajcak;Maros Sefcovic;
    Helga Schmid;Enrique Mora;Antonio Costa;Herman Van Rompuy
united-nations|Kofi Annan;Ban Ki-moon;Antonio Guterres;António Guterres;Martin Griffiths;
    Staffan de Mistura;
    Hans Grundberg;Volker Perthes;Stephane Dujarric;Ramtane Lamamra
african-union|Thabo Mbeki;Olusegun Obasanjo;Moussa Faki Mahamat;Moussa Faki;Uhuru Kenyatta;
    Phumzile Mlambo-Ngcuka
armenia|Nikol Pashinyan;Ararat Mirzoyan;Serzh Sargsyan;Robert Kocharyan
azerbaijan|Ilham Aliyev;Jeyhun Bayramov;Hikmet Hajiyev
china|Xi Jinping;Wang Yi;Li Keqiang;Qin Gang;Mao Ning;Wang Wenbin
india|Narendra Modi;Subrahmanyam Jaishankar;S. Jaishankar
pakistan|Imran Khan;Shehbaz Sharif;Nawaz Sharif
afghanistan|Ashraf Ghani;Hamid Karzai;Abdullah Abdullah
taliban|Zabihullah Mujahid;Abdul Ghani Baradar;Suhail Shaheen;Mullah Baradar
sinn-fein|Gerry Adams;Martin McGuinness;Mary Lou McDonald;Michelle O'Neill
uup|David Trimble;Reg Empey
dup|Ian Paisley;Arlene Foster;Jeffrey Donaldson;Peter Robinson
sdlp|John Hume;Seamus Mallon
norway|Jonas Gahr Store;Jonas Gahr Støre;Erna Solberg;Espen Barth Eide
cuba|Raul Castro;Raúl Castro;Bruno Rodriguez;Miguel Diaz-Canel
united-arab-emirates|Mohammed bin Zayed;Mohamed bin Zayed;Anwar Gargash;Abdullah bin Zayed
united-states|Jimmy Carter;Ronald Reagan;George H.W. Bush;George H. W. Bush;Cyrus Vance;
    Henry Kissinger;George Shultz;Alexander Haig;Lawrence Eagleburger;Strobe Talbott;
    George Mitchell;Martin Indyk;Aaron David Miller;Christopher Hill;Jared Kushner;
    Jason Greenblatt;Robert O'Brien;Stephen Biegun;Robert Malley;Rob Malley;
    Linda Thomas-Greenfield;Nikki Haley;Susan Rice;Samantha Power;Tom Barrack;Thomas Barrack;
    Keith Kellogg;Mike Waltz;JD Vance;J.D. Vance;Pete Hegseth;Karoline Leavitt;Tammy Bruce;
    Ned Price;Jen Psaki;Karine Jean-Pierre;Morgan Ortagus;Adam Boehler;Massad Boulos;J. Peter Pham;
    Donald Booth;David Satterfield;James Jeffrey;Jim Jeffrey;Victoria Nuland;Philip Reeker;
    James Dobbins;Robert Gates;Leon Panetta;Chuck Hagel;Ash Carter;James Mattis;Mark Esper;
    Dick Cheney;Al Gore;Elliott Abrams;Kurt Volker;Blinken;Pompeo;Tillerson;Witkoff;Kushner;
    Khalilzad;Hochstein;Holbrooke
united-kingdom|Margaret Thatcher;John Major;Douglas Hurd;Geoffrey Howe;Malcolm Rifkind;Robin Cook;
    Jack Straw;Margaret Beckett;David Miliband;Philip Hammond;Jonathan Powell;Peter Mandelson;
    Brandon Lewis;Chris Heaton-Harris;Hilary Benn;James Brokenshire;Karen Bradley;Peter Hain;
    Patrick Mayhew;Peter Brooke;Barbara Woodward;Yvette Cooper
ireland|Albert Reynolds;John Bruton;Garret FitzGerald;Charles Haughey;Brian Cowen;Dick Spring;
    Dermot Ahern;Eamon Gilmore;Charlie Flanagan;Simon Harris;Varadkar
france|Francois Mitterrand;François Mitterrand;Valery Giscard d'Estaing;Valéry Giscard d'Estaing;
    Roland Dumas;Alain Juppe;Alain Juppé;Hubert Vedrine;Hubert Védrine;Dominique de Villepin;
    Bernard Kouchner;Stephane Sejourne;Stéphane Séjourné;Jean-Noel Barrot;Jean-Noël Barrot;
    Emmanuel Bonne;Jean-Marc Ayrault;Sarkozy;Macron
germany|Helmut Kohl;Helmut Schmidt;Hans-Dietrich Genscher;Klaus Kinkel;Joschka Fischer;
    Guido Westerwelle;Sigmar Gabriel;Gerhard Schröder;Johann Wadephul;Christoph Heusgen;
    Jens Plötner;Jens Ploetner;Merkel;Scholz;Baerbock;Steinmeier
italy|Silvio Berlusconi;Matteo Renzi;Giorgia Meloni;Antonio Tajani;Massimo D'Alema;Franco Frattini;
    Paolo Gentiloni;Giuseppe Conte;Lamberto Dini;Meloni
spain|Felipe Gonzalez;Felipe González;Jose Maria Aznar;José María Aznar;
    Jose Luis Rodriguez Zapatero;José Luis Rodríguez Zapatero;Mariano Rajoy;Pedro Sanchez;
    Pedro Sánchez;Jose Manuel Albares;José Manuel Albares
poland|Radoslaw Sikorski;Radosław Sikorski;Andrzej Duda;Lech Walesa;Lech Wałęsa;Mateusz Morawiecki;
    Karol Nawrocki
hungary|Viktor Orban;Viktor Orbán;Peter Szijjarto;Péter Szijjártó
belarus|Alexander Lukashenko;Aleksandr Lukashenko;Lukashenko;Vladimir Makei;Maxim Ryzhenkov
soviet-union|Mikhail Gorbachev;Andrei Gromyko;Leonid Brezhnev;Yuri Andropov
russia|Andrei Kozyrev;Yevgeny Primakov;Igor Ivanov;Sergei Shoigu;
    Mikhail Mishustin;Viktor Chernomyrdin;Vitaly Churkin;Dmitry Kozak;Vladislav Surkov;
    Kirill Dmitriev;Grigory Karasin;Alexander Grushko;Nikolai Patrushev;Putin;Lavrov;Peskov;
    Zakharova;Gorbachev;Yeltsin;Medvedev;Shoigu;Medinsky;Ushakov;Nebenzia;Vassily Nebenzia
ukraine|Leonid Kravchuk;Leonid Kuchma;Viktor Yushchenko;Viktor Yanukovych;Yulia Tymoshenko;
    Arseniy Yatsenyuk;Denys Shmyhal;Yulia Svyrydenko;Kyrylo Budanov;Oleksii Reznikov;
    Oleksiy Reznikov;Serhiy Kyslytsya;Andrii Yermak;Volodymyr Zelenskyy;Olha Stefanishyna;
    Heorhiy Tykhyi;Iryna Vereshchuk;Dmytro Lubinets;Zelensky;Zelenskiy;Zelenskyy;Poroshenko;Kuleba;
    Sybiha;Yermak;Podolyak;Arakhamia;Umerov
dpr|Denis Pushilin;Alexander Zakharchenko
lpr|Leonid Pasechnik;Igor Plotnitsky;Vladislav Deinego
georgia|Mikheil Saakashvili;Zviad Gamsakhurdia;Bidzina Ivanishvili;Irakli Garibashvili;
    Irakli Kobakhidze;Salome Zourabichvili;Giorgi Margvelashvili;Ilia Darchiashvili;
    Maka Botchorishvili;David Zalkaliani;Saakashvili
abkhazia|Vladislav Ardzinba;Sergei Bagapsh;Raul Khajimba;Aslan Bzhania;Badra Gunba;Sergei Shamba;
    Inal Ardzinba
south-ossetia|Eduard Kokoity;Anatoly Bibilov;Alan Gagloev;Leonid Tibilov
armenia|Levon Ter-Petrosyan;Edward Nalbandian;Zohrab Mnatsakanyan;Vartan Oskanian;Pashinyan;
    Mirzoyan
karabakh-armenians|Arayik Harutyunyan;Bako Sahakyan;Samvel Shahramanyan;Ruben Vardanyan;
    Arkadi Ghukasyan
azerbaijan|Heydar Aliyev;Elmar Mammadyarov;Ali Asadov;Elchin Amirbayov;Ayhan Hajizada;Aliyev;
    Bayramov
moldova|Maia Sandu;Igor Dodon;Vladimir Voronin;Nicu Popescu;Mihai Popsoi;Oleg Serebrian;
    Natalia Gavrilita;Dorin Recean
transnistria|Igor Smirnov;Yevgeny Shevchuk;Vadim Krasnoselsky;Vitaly Ignatiev
serbia|Boris Tadic;Boris Tadić;Vojislav Kostunica;Vojislav Koštunica;Zoran Djindjic;Zoran Đinđić;
    Vuk Jeremic;Vuk Jeremić;Marko Djuric;Marko Đurić;Nikola Selakovic;Milos Vucevic;Miloš Vučević;
    Ivica Dačić;Slobodan Milošević;Vucic;Vučić;Milosevic
kosovo|Ibrahim Rugova;Fatmir Sejdiu;Isa Mustafa;Ramush Haradinaj;Edita Tahiri;Donika Gervalla;
    Donika Gervalla-Schwarz;Enver Hoxhaj;Behgjet Pacolli;Avdullah Hoti;Kurti;Thaci;Thaçi;
    Hashim Thaçi
bosnia-and-herzegovina|Alija Izetbegovic;Alija Izetbegović;Haris Silajdzic;Haris Silajdžić;
    Bakir Izetbegovic;
    Bakir Izetbegović;Denis Becirovic;Denis Bećirović
republika-srpska|Milorad Dodik;Radovan Karadzic;Radovan Karadžić;Ratko Mladic;Ratko Mladić;
    Momcilo Krajisnik;Dodik;Karadzic
croatia|Franjo Tudjman;Franjo Tuđman;Stjepan Mesic;Stjepan Mesić;Ivo Sanader;Andrej Plenkovic;
    Andrej Plenković;Zoran Milanovic;Zoran Milanović;Gordan Grlic Radman;Gordan Grlić Radman;
    Mate Granic;Tudjman
north-macedonia|Zoran Zaev;Nikola Dimitrov;Stevo Pendarovski;Gjorge Ivanov;Nikola Gruevski;
    Bujar Osmani;Hristijan Mickoski;Kiro Gligorov;Timco Mucunski;Zaev
greece|Alexis Tsipras;Tsipras;Kyriakos Mitsotakis;Mitsotakis;Nikos Kotzias;Andreas Papandreou;
    George Papandreou;Costas Simitis;Kostas Karamanlis;Costas Karamanlis;Konstantinos Karamanlis;
    Antonis Samaras;Nikos Dendias;Giorgos Gerapetritis;George Gerapetritis;Dora Bakoyannis;
    Yanis Varoufakis;Euclid Tsakalotos;Kotzias
cyprus|Glafcos Clerides;Glafkos Klerides;Tassos Papadopoulos;Demetris Christofias;
    Nicos Anastasiades;Nikos Anastasiadis;Nikos Christodoulides;Spyros Kyprianou;George Vassiliou;
    Ioannis Kasoulides;Constantinos Kombos;Andreas Mavroyiannis;Menelaos Menelaou;Anastasiades;
    Christodoulides
turkish-cypriots|Rauf Denktash;Rauf Denktas;Rauf Denktaş;Mehmet Ali Talat;Dervis Eroglu;
    Derviş Eroğlu;Mustafa Akinci;Mustafa Akıncı;Ersin Tatar;Tufan Erhurman;Tufan Erhürman;
    Ozdil Nami;Kudret Ozersay;Denktash;Akinci
norway|Gro Harlem Brundtland;Johan Jorgen Holst;Johan Jørgen Holst;Jan Petersen;
    Kjell Magne Bondevik;Erik Solheim;Vidar Helgesen;Dag Halvor Nylander;Anniken Huitfeldt;
    Ine Eriksen Soreide;Ine Eriksen Søreide;Dag Nylander
switzerland|Ignazio Cassis;Didier Burkhalter;Micheline Calmy-Rey;Viola Amherd;Karin Keller-Sutter
turkey|Turgut Ozal;Turgut Özal;Suleyman Demirel;Süleyman Demirel;Bulent Ecevit;Bülent Ecevit;
    Abdullah Gul;Abdullah Gül;Ali Babacan;Binali Yildirim;Binali Yıldırım;Omer Celik;Ömer Çelik;
    Numan Kurtulmus;Ahmet Davutoğlu;Recep Tayyip Erdoğan;Tayyip Erdoğan;Mevlüt Çavuşoğlu;
    Mevlut Çavuşoğlu;İbrahim Kalın;Erdogan;Erdoğan;Cavusoglu;Çavuşoğlu
israel|Menachem Begin;Yitzhak Shamir;Moshe Dayan;Tzipi Livni;Avigdor Lieberman;Benny Gantz;
    Moshe Yaalon;Moshe Ya'alon;Yossi Beilin;Uri Savir;Dore Gold;Yitzhak Molcho;Reuven Rivlin;
    Tzachi Hanegbi;Gilad Erdan;Danny Danon;Silvan Shalom;Gideon Sa'ar;Gal Hirsch;Nitzan Alon;
    Bibi Netanyahu;Netanyahu;Olmert;Barak;Peres;Rabin;Livni
palestine|Abu Mazen;Abu Ala;Abu Alaa;Hanan Ashrawi;Nabil Shaath;Salam Fayyad;Rami Hamdallah;
    Mohammad Mustafa;Majed Faraj;Majid Faraj;Riyad Mansour;Faisal Husseini;Saeb Erakat;
    Mohammed Shtayyeh;Mohammad Shtayyeh;Riad Malki;Riyad al-Malki;Arafat;Erekat;Erakat
fatah|Jibril Rajoub;Marwan Barghouti;Mohammed Dahlan;Mohammad Dahlan;Azzam al-Ahmad;
    Mahmoud al-Aloul
hamas|Mahmoud Zahar;Mahmoud al-Zahar;Ismail Radwan;Mohammed Deif;Mohammed Sinwar;Zaher Jabarin;
    Husam Badran;Hossam Badran;Hazem Qassem;Ghazi Hamad;Moussa Abu Marzouk;Musa Abu Marzouk;
    Khaled Mashal;Khaled Mashaal;Khalil al-Hayyah;Haniyeh;Sinwar;Meshaal;Mashaal
islamic-jihad|Ziad al-Nakhalah;Ziyad al-Nakhalah;Ramadan Shallah;Ramadan Abdullah Shallah
hezbollah|Hassan Nasrallah;Naim Qassem;Hashem Safieddine;Nasrallah
lebanon|Michel Aoun;Joseph Aoun;Najib Mikati;Saad Hariri;Rafik Hariri;Rafic Hariri;Nawaf Salam;
    Nabih Berri;Fouad Siniora;Tammam Salam;Emile Lahoud;Gebran Bassil;Elias Bou Saab;Youssef Rajji;
    Abdallah Bou Habib;Mikati;Berri
syria|Hafez al-Assad;Bashar al-Assad;Walid Muallem;Walid al-Muallem;Walid al-Moallem;Faisal Mekdad;
    Faisal al-Mekdad;Bashar Jaafari;Bashar al-Jaafari;Farouk al-Sharaa;Ahmed al-Sharaa;
    Ahmad al-Sharaa;Asaad al-Shaibani;Assad al-Shaibani;Assad
hts|Abu Mohammed al-Jolani;Abu Mohammad al-Julani;Abu Mohammed al-Golani
syrian-opposition|Nasr al-Hariri;Anas al-Abdah;Riyad Hijab;Riad Hijab;Hadi al-Bahra;
    Mohammad Alloush;Mohammed Alloush;Ahmad Jarba;Ahmad al-Jarba;Moaz al-Khatib;Burhan Ghalioun;
    Badr Jamous;Salem al-Meslet
iraq|Saddam Hussein;Tariq Aziz;Nouri al-Maliki;Haider al-Abadi;Mustafa al-Kadhimi;
    Mohammed Shia al-Sudani;Mohammed Shia' al-Sudani;Fuad Hussein;Hoshyar Zebari;
    Ibrahim al-Jaafari;Barham Salih;Jalal Talabani;Abdul Latif Rashid
krg|Masoud Barzani;Massoud Barzani;Nechirvan Barzani;Masrour Barzani
iran|Mohammad Khatami;Akbar Hashemi Rafsanjani;Ali Akbar Hashemi Rafsanjani;Mahmoud Ahmadinejad;
    Ruhollah Khomeini;Ayatollah Khomeini;Manouchehr Mottaki;Kamal Kharrazi;Esmaeil Baghaei;
    Esmail Baghaei;Majid Takht-Ravanchi;Abbas Araqchi;Mohammad Bagher Ghalibaf;
    Mohammad Baqer Qalibaf;Ali Shamkhani;Hossein Amir-Abdollahian;Ayatollah Ali Khamenei;Khamenei;
    Rouhani;Raisi;Pezeshkian;Zarif;Araghchi;Ahmadinejad
saudi-arabia|Khalid bin Salman;Faisal bin Farhan Al Saud;King Abdullah bin Abdulaziz;
    Saud al-Faisal;Adel al-Jubeir;Bandar bin Sultan;Turki al-Faisal;King Fahd;
    Crown Prince Mohammed bin Salman
qatar|Mohammed Al-Khulaifi;Mohammed bin Abdulaziz Al-Khulaifi;Mutlaq al-Qahtani;Hamad bin Jassim;
    Hamad bin Jassim Al Thani;Hamad bin Khalifa Al Thani;Khalid bin Mohammed Al Attiyah;
    Majed Al Ansari;Mohammed bin Abdulrahman al-Thani;Sheikh Tamim
kuwait|Sabah Al-Ahmad Al-Jaber Al-Sabah;Sabah al-Ahmad al-Sabah;Nawaf al-Ahmad al-Sabah;
    Mishal al-Ahmad al-Sabah;Sabah Al-Khalid Al-Sabah;Ahmad Nasser Al-Mohammad Al-Sabah;
    Abdullah Al-Yahya
oman|Sultan Qaboos;Qaboos bin Said;Haitham bin Tariq;Yusuf bin Alawi;Yusuf bin Alawi bin Abdullah;
    Badr Albusaidi;Badr al-Busaidi
bahrain|Hamad bin Isa Al Khalifa;Khalid bin Ahmed Al Khalifa;Abdullatif Al Zayani;
    Abdullatif bin Rashid Al Zayani
united-arab-emirates|Khalifa bin Zayed;Tahnoun bin Zayed;Lana Nusseibeh;Reem Al Hashimy;
    Khalifa Shaheen Almarar
jordan|King Abdullah II;Abdullah II;King Hussein;Ayman Safadi;Nasser Judeh;Marwan Muasher;
    Bisher Al-Khasawneh
egypt|Anwar Sadat;Anwar al-Sadat;Anwar el-Sadat;Omar Suleiman;Nabil Fahmy;Mohamed Kamel Amr;
    Mostafa Madbouly;Abdel Fattah al-Sissi;Sisi;el-Sisi;al-Sisi
arab-league|Ahmed Aboul Gheit;Nabil Elaraby;Nabil el-Araby;Hossam Zaki
yemen|Ali Abdullah Saleh;Abd Rabbuh Mansur Hadi;Abed Rabbo Mansour Hadi;Abdrabbuh Mansur Hadi;
    Rashad al-Alimi;Ahmed Awad bin Mubarak;Ahmed bin Mubarak;Khaled al-Yamani;
    Abdulmalik al-Mekhlafi;Maeen Abdulmalik;Salem bin Breik
houthis|Abdul-Malik al-Houthi;Abdulmalik al-Houthi;Abdel-Malek al-Houthi;Mohammed Abdulsalam;
    Mohammed Abdul Salam;Mahdi al-Mashat;Mohammed Ali al-Houthi;Saleh al-Sammad;
    Mohammed al-Bukhaiti;Hussein al-Ezzi;Abdulqader al-Murtada;Abdulkader al-Murtada;Yahya Saree
libya|Muammar Gaddafi;Moammar Gadhafi;Muammar Qaddafi;Muammar al-Gaddafi;Fayez al-Sarraj;
    Fayez Serraj;Abdul Hamid Dbeibah;Abdulhamid Dbeibah;Abdul Hamid Dbeibeh;Mohamed al-Menfi;
    Mohammed al-Menfi;Najla Mangoush;Mohamed Siala;Dbeibah;Gaddafi
lna|Khalifa Haftar;Khalifa Hifter;Saddam Haftar;Ahmed al-Mismari;Haftar;Hifter
algeria|Abdelaziz Bouteflika;Abdelmadjid Tebboune;Liamine Zeroual;Ahmed Attaf;Sabri Boukadoum;
    Mourad Medelci;Abdelkader Messahel;Houari Boumediene;Bouteflika;Tebboune
morocco|Nasser Bourita;King Mohammed VI;Mohammed VI;King Hassan II;Hassan II;
    Saad-Eddine El Othmani;Aziz Akhannouch;Abdelilah Benkirane;Omar Hilale;Bourita
polisario-front|Brahim Ghali;Mohamed Abdelaziz;Mohamed Sidati;Sidi Omar
tunisia|Zine El Abidine Ben Ali;Beji Caid Essebsi;Béji Caïd Essebsi;Kais Saied;Kaïs Saïed;
    Habib Bourguiba;Nabil Ammar
ethiopia|Mengistu Haile Mariam;Hailemariam Desalegn;Taye Atske Selassie;Taye Atske-Selassie;
    Gedion Timothewos;Billene Seyoum;Legesse Tulu;Mulatu Teshome;Sahle-Work Zewde;Sahle-Work Zewde;
    Abiy;Redwan Hussein
tplf|Tadesse Werede;Fetlework Gebregziabher
ola|Jaal Marroo;Kumsa Diriba;Odaa Tarbii
olf|Dawud Ibsa
eritrea|Isaias Afwerki;Isaias Afewerki;Osman Saleh;Yemane Gebreab;Yemane Gebremeskel;Afwerki;
    Afewerki
sudan|Gaafar Nimeiry;Jaafar Nimeiri;Sadiq al-Mahdi;Sadiq al-Mahdi;Omar Hassan al-Bashir;
    Ali Osman Taha;Ghazi Salahuddin;Ghazi Salah al-Din;Nafie Ali Nafie;Ibrahim Ghandour;
    Kamil Idris;Hamdok
saf|Abdel-Fattah Burhan;Abdel Fattah Burhan;Abdelfattah al-Burhan
rsf|Mohamed Hamdan Daglo;Hamdan Dagalo;Hemeti;Abdel Rahim Dagalo;Abdelrahim Hamdan Dagalo;Dagalo
south-sudan|Salva Kiir;Salva Kiir Mayardit;Kiir;Barnaba Marial Benjamin;Martin Elia Lomuro;
    Kuol Manyang;Kuol Manyang Juuk;Tut Gatluak;Michael Makuei;Michael Makuei Lueth;
    Mayiik Ayii Deng;Ramadan Mohamed Abdallah Goc;Nhial Deng Nhial
splm|John Garang;John Garang de Mabior;Pagan Amum;Garang
splm-io|Riek Machar;Machar;Puok Both Baluang;Taban Deng Gai
splm-n|Abdelaziz al-Hilu;Abdel Aziz al-Hilu;Yasir Arman;Yasser Arman
jem|Khalil Ibrahim;Jibril Ibrahim;Ahmed Tugod;Gibril Ibrahim
slm|Minni Minnawi;Minni Arko Minnawi;Minnawi
slm-aw|Abdul Wahid al-Nur;Abdelwahid Mohamed al-Nur;Abdel Wahid al-Nur;Abdel Wahid Mohamed Nur
kenya|Daniel arap Moi;Mwai Kibaki;Kibaki;William Ruto;Ruto;Raychelle Omamo;Alfred Mutua;
    Korir Sing'oei;Musalia Mudavadi
odm|Raila Odinga;Odinga;James Orengo
pnu|Martha Karua;Mutula Kilonzo;Sam Ongeri
uganda|Yoweri Museveni;Museveni;Sam Kutesa;Jeje Odongo;Ruhakana Rugunda;Henry Oryem Okello
lra|Joseph Kony;Vincent Otti;Martin Ojul;Kony
tanzania|Julius Nyerere;Jakaya Kikwete;John Magufuli;Samia Suluhu Hassan;Benjamin Mkapa;
    Bernard Membe;January Makamba;Mahmoud Thabit Kombo;Nyerere
rwanda|Paul Kagame;Kagame;Vincent Biruta;Olivier Nduhungirehe;Juvenal Habyarimana;
    Juvénal Habyarimana;Yolande Makolo
dr-congo|Felix Tshisekedi;Félix Tshisekedi;Tshisekedi;Joseph Kabila;Laurent-Desire Kabila;
    Laurent-Désiré Kabila;Laurent Kabila;Kabila;Mobutu Sese Seko;Mobutu;Therese Kayikwamba Wagner;
    Thérèse Kayikwamba Wagner;Christophe Lutundula;Patrick Muyaya;Leonard She Okitundu;
    Judith Suminwa;Sama Lukonde
m23|Sultani Makenga;Bertrand Bisimwa;Corneille Nangaa;Lawrence Kanyuka;Willy Ngoma;Makenga;Nangaa
cndp|Laurent Nkunda;Laurent Nkundabatware;Bosco Ntaganda;Nkunda
burundi|Pierre Nkurunziza;Evariste Ndayishimiye;Évariste Ndayishimiye;Pierre Buyoya;
    Albert Shingiro;Domitien Ndayizeye;Nkurunziza;Ndayishimiye
south-africa|Nelson Mandela;F.W. de Klerk;FW de Klerk;Frederik de Klerk;Jacob Zuma;Cyril Ramaphosa;
    Ramaphosa;Kgalema Motlanthe;Naledi Pandor;Ronald Lamola;Alfred Nzo;Pik Botha;Roelf Meyer;
    Mandela
nigeria|Goodluck Jonathan;Muhammadu Buhari;Bola Tinubu;Bola Ahmed Tinubu;Umaru Yar'Adua;
    Sani Abacha;Yusuf Tuggar;Geoffrey Onyeama;Ibrahim Babangida;Tinubu;Buhari
mali|Assimi Goita;Assimi Goïta;Ibrahim Boubacar Keita;Ibrahim Boubacar Keïta;Amadou Toumani Toure;
    Amadou Toumani Touré;Abdoulaye Diop;Choguel Maiga;Choguel Kokalla Maiga;Bah Ndaw;
    Dioncounda Traore;Tiebile Drame;Goita
cma|Bilal Ag Acherif;Alghabass Ag Intalla;Mohamed Ag Najem;Almou Ag Mohamed
chad|Idriss Deby;Idriss Déby;Idriss Deby Itno;Mahamat Idriss Deby;Mahamat Idriss Déby;Mahamat Deby;
    Mahamat Déby;Hissene Habre;Hissène Habré;Cherif Mahamat Zene;Abderaman Koulamallah
fact|Mahamat Mahdi Ali
niger|Mohamed Bazoum;Mahamadou Issoufou;Abdourahamane Tiani;Abdourahamane Tchiani;
    Bakary Yaou Sangare;Hassoumi Massoudou;Bazoum;Tiani;Tchiani
burkina-faso|Blaise Compaore;Blaise Compaoré;Ibrahim Traore;Ibrahim Traoré;
    Roch Marc Christian Kabore;Roch Marc Christian Kaboré;Paul-Henri Sandaogo Damiba;
    Karamoko Jean-Marie Traore;Olivia Rouamba;Compaore;Compaoré
central-african-republic|Faustin-Archange Touadera;Faustin-Archange Touadéra;Touadera;Touadéra;
    Catherine Samba-Panza;Sylvie Baipo-Temon;Ange-Felix Patasse;Ange-Félix Patassé
seleka|Michel Djotodia;Djotodia
fprc|Noureddine Adam;Nourredine Adam
upc|Ali Darassa
mpc|Mahamat Al-Khatim
3r|Sidiki Abbas;Bi Sidi Souleymane
anti-balaka|Patrice-Edouard Ngaissona;Maxime Mokom
mozambique|Joaquim Chissano;Armando Guebuza;Filipe Nyusi;Daniel Chapo;Samora Machel;Chissano;Nyusi
renamo|Afonso Dhlakama;Ossufo Momade;Dhlakama
angola|Jose Eduardo dos Santos;José Eduardo dos Santos;Joao Lourenco;João Lourenço;Tete Antonio;
    Téte António;Agostinho Neto
unita|Jonas Savimbi;Isaias Samakuva;Adalberto Costa Junior;Adalberto Costa Júnior;Savimbi
somalia|Hassan Sheikh Mohamud;Mohamed Abdullahi Farmajo;Mohamed Abdullahi Farmaajo;
    Mohamed Abdullahi Mohamed;Farmajo;Farmaajo;Sharif Sheikh Ahmed;Abdullahi Yusuf Ahmed;
    Hamza Abdi Barre;Mohamed Hussein Roble;Ahmed Moallim Fiqi;Abshir Omar Huruse;Siad Barre
al-shabaab|Ahmed Diriye;Ahmed Abdi Godane;Ali Dhere;Ali Mohamud Rage
zimbabwe|Robert Mugabe;Emmerson Mnangagwa;Mugabe;Mnangagwa;Frederick Shava;Simbarashe Mumbengegwi;
    Sibusiso Moyo
mdc|Morgan Tsvangirai;Tsvangirai;Nelson Chamisa;Tendai Biti;Arthur Mutambara
ruf|Foday Sankoh;Sam Bockarie;Issa Sesay;Sankoh
sierra-leone|Ahmad Tejan Kabbah;Julius Maada Bio;Ernest Bai Koroma
liberia|Charles Taylor;Ellen Johnson Sirleaf;George Weah;Joseph Boakai
lurd|Sekou Conneh;Sekou Damate Conneh
pkk|Abdullah Ocalan;Abdullah Öcalan;Ocalan;Öcalan;Murat Karayilan;Cemil Bayik;Duran Kalkan
sdf|Mazloum Abdi;Mazlum Abdi;Mazloum Kobani;Ilham Ahmed
sinn-fein|Gerry Kelly;Declan Kearney;Conor Murphy;Pat Doherty
ira|P. O'Neill;P O'Neill
eta|Josu Ternera;Josu Urrutikoetxea;Mikel Antza;David Pla
afghanistan|Mohammad Najibullah;Najibullah;Burhanuddin Rabbani;Zalmay Rassoul;Salahuddin Rabbani;
    Hanif Atmar;Mohammad Hanif Atmar;Rangin Dadfar Spanta;Masoom Stanekzai;
    Mohammad Masoom Stanekzai;Hamdullah Mohib;Amrullah Saleh;Fawzia Koofi;Karzai
taliban|Mullah Omar;Mullah Mohammad Omar;Haibatullah Akhundzada;Hibatullah Akhundzada;
    Mullah Haibatullah;Sirajuddin Haqqani;Amir Khan Muttaqi;Sher Mohammad Abbas Stanikzai;
    Abbas Stanikzai;Abdul Hakim Haqqani;Mohammad Hassan Akhund;Akhtar Mansour;
    Mullah Akhtar Mansour;Tayyab Agha;Abdul Salam Zaeef;Anas Haqqani;Abdul Qahar Balkhi;Baradar;
    Muttaqi
ttp|Noor Wali Mehsud;Hakimullah Mehsud;Baitullah Mehsud
pakistan|Zia-ul-Haq;Benazir Bhutto;Pervez Musharraf;Musharraf;Asif Ali Zardari;Zardari;
    Yousuf Raza Gilani;Shaukat Aziz;Shah Mehmood Qureshi;Bilawal Bhutto Zardari;Ishaq Dar;
    Khawaja Asif;Asim Munir;Qamar Javed Bajwa;Sartaj Aziz;Hina Rabbani Khar;Mumtaz Zahra Baloch;
    Shafqat Ali Khan;Khurshid Mahmud Kasuri;Shehbaz
india|Indira Gandhi;Rajiv Gandhi;P.V. Narasimha Rao;Atal Bihari Vajpayee;Vajpayee;Manmohan Singh;
    Inder Kumar Gujral;Jaswant Singh;Pranab Mukherjee;Sushma Swaraj;Natwar Singh;Yashwant Sinha;
    S.M. Krishna;Salman Khurshid;Ajit Doval;Randhir Jaiswal;Arindam Bagchi;Vikram Misri;
    Shivshankar Menon;Nirupama Rao;Rajnath Singh;Modi;Jaishankar
sri-lanka|Chandrika Kumaratunga;Chandrika Bandaranaike Kumaratunga;Kumaratunga;
    Ranil Wickremesinghe;Wickremesinghe;Mahinda Rajapaksa;Gotabaya Rajapaksa;Rajapaksa;
    Maithripala Sirisena;Sirisena;Anura Kumara Dissanayake;Ranasinghe Premadasa;J.R. Jayewardene;
    Lakshman Kadirgamar;G.L. Peiris;Rohitha Bogollagama;Ali Sabry;Vijitha Herath
ltte|Velupillai Prabhakaran;Prabhakaran;Anton Balasingham;S.P. Thamilselvan;S. P. Thamilselvan;
    Thamilselvan;Balasingham
nepal|Girija Prasad Koirala;G.P. Koirala;Sushil Koirala;Koirala;Sher Bahadur Deuba;Deuba;
    K.P. Sharma Oli;KP Sharma Oli;Khadga Prasad Oli;Madhav Kumar Nepal;King Gyanendra;Gyanendra;
    Krishna Prasad Sitaula;Ram Chandra Poudel;Ram Baran Yadav;Arzu Rana Deuba;Sushila Karki
cpn-maoist|Pushpa Kamal Dahal;Prachanda;Baburam Bhattarai;Krishna Bahadur Mahara;Mohan Baidya;
    Ram Bahadur Thapa
bangladesh|Sheikh Hasina;Khaleda Zia;Muhammad Yunus;Hussain Muhammad Ershad;A.K. Abdul Momen;
    Touhid Hossain;Ziaur Rahman
myanmar|Aung San Suu Kyi;Suu Kyi;Min Aung Hlaing;Than Shwe;Thein Sein;Win Myint;Htin Kyaw;
    Khin Nyunt;Wunna Maung Lwin;Zaw Min Tun;Kyaw Tint Swe
kio|N'Ban La;Gun Maw;Sumlut Gun Maw
knu|Saw Mutu Say Poe;Padoh Saw Kwe Htoo Win;Saw Kwe Htoo Win
arakan-army|Twan Mrat Naing;Khine Thu Kha
mndaa|Peng Jiasheng;Peng Daxun;Peng Deren
tnla|Tar Aik Bong;Tar Bone Kyaw
thailand|Thaksin Shinawatra;Yingluck Shinawatra;Paetongtarn Shinawatra;Prayuth Chan-ocha;
    Prayut Chan-o-cha;Srettha Thavisin;Anutin Charnvirakul;Abhisit Vejjajiva;Chuan Leekpai;
    Don Pramudwinai;Maris Sangiampongsa;Sihasak Phuangketkeow;Kasit Piromya;Thaksin;Prayuth;Anutin
cambodia|Hun Sen;Hun Manet;Norodom Sihanouk;Norodom Ranariddh;Prak Sokhonn;Hor Namhong;Sok An
malaysia|Mahathir Mohamad;Mahathir;Najib Razak;Anwar Ibrahim;Abdullah Ahmad Badawi;
    Muhyiddin Yassin;Ismail Sabri Yaakob;Saifuddin Abdullah;Zambry Abdul Kadir;Syed Hamid Albar
indonesia|Suharto;Soeharto;B.J. Habibie;Abdurrahman Wahid;Megawati Sukarnoputri;
    Susilo Bambang Yudhoyono;Yudhoyono;Joko Widodo;Jokowi;Prabowo Subianto;Prabowo;Retno Marsudi;
    Ali Alatas;Hassan Wirajuda;Marty Natalegawa;Jusuf Kalla;Hamid Awaluddin
gam|Hasan di Tiro;Hasan Tiro;Malik Mahmud;Zaini Abdullah;Irwandi Yusuf;Bakhtiar Abdullah
philippines|Ferdinand Marcos;Ferdinand Marcos Jr.;Bongbong Marcos;Corazon Aquino;Fidel Ramos;
    Fidel V. Ramos;Joseph Estrada;Gloria Macapagal Arroyo;Gloria Arroyo;Benigno Aquino;
    Benigno Aquino III;Rodrigo Duterte;Duterte;Teresita Quintos Deles;Jesus Dureza;Carlito Galvez;
    Miriam Coronel-Ferrer;Silvestre Bello;Enrique Manalo;Teodoro Locsin;Albert del Rosario
milf|Murad Ebrahim;Ahod Ebrahim;Al Haj Murad Ebrahim;Mohagher Iqbal;Hashim Salamat;Ghazali Jaafar
mnlf|Nur Misuari;Misuari;Muslimin Sema
ndfp|Jose Maria Sison;Joma Sison;Luis Jalandoni;Fidel Agcaoili;Benito Tiamzon
timor-leste|Xanana Gusmao;Xanana Gusmão;Jose Ramos-Horta;José Ramos-Horta;Ramos-Horta;
    Mari Alkatiri;Taur Matan Ruak;Francisco Guterres
papua-new-guinea|James Marape;Peter O'Neill;Michael Somare;Justin Tkatchenko;Marape
abg|Ishmael Toroama;John Momis;Joseph Kabui;Francis Ona
china|Deng Xiaoping;Jiang Zemin;Hu Jintao;Zhu Rongji;Wen Jiabao;Li Peng;Li Qiang;Qian Qichen;
    Tang Jiaxuan;Li Zhaoxing;Yang Jiechi;Wu Dawei;Zhai Jun;Zhao Lijian;Hua Chunying;Lin Jian;
    Guo Jiakun;Liu He;He Lifeng;Fu Cong;Xi
japan|Shinzo Abe;Fumio Kishida;Kishida;Yoshihide Suga;Junichiro Koizumi;Shigeru Ishiba;Ishiba;
    Sanae Takaichi;Takaichi;Taro Kono;Yoshimasa Hayashi;Yoko Kamikawa;Takeshi Iwaya;
    Toshimitsu Motegi;Naoto Kan;Yukio Hatoyama;Yoshihiko Noda;Tomiichi Murayama;Ryutaro Hashimoto;
    Keizo Obuchi;Yohei Kono
north-korea|Kim Il Sung;Kim Il-sung;Kim Jong Il;Kim Jong-il;Kim Jong Un;Kim Jong-un;Kim Yo Jong;
    Kim Yo-jong;Ri Yong Ho;Ri Yong-ho;Choe Son Hui;Choe Son-hui;Kim Kye Gwan;Kim Kye-gwan;
    Kim Yong Chol;Kim Yong-chol;Ri Son Gwon;Kim Hyok Chol;Kang Sok Ju
south-korea|Kim Dae-jung;Kim Dae Jung;Roh Moo-hyun;Lee Myung-bak;Park Geun-hye;Moon Jae-in;
    Moon Jae In;Yoon Suk Yeol;Yoon Suk-yeol;Lee Jae-myung;Kang Kyung-wha;Chung Eui-yong;
    Cho Tae-yul;Lim Dong-won;Chung Dong-young;Suh Hoon;Kim Young-sam;Roh Tae-woo;Chun Doo-hwan
vietnam|Nguyen Phu Trong;Pham Minh Chinh;Nguyen Xuan Phuc;Bui Thanh Son;Pham Binh Minh;
    Vo Van Thuong
colombia|Andres Pastrana;Andrés Pastrana;Cesar Gaviria;César Gaviria;Ernesto Samper;
    Belisario Betancur;Virgilio Barco;Frank Pearl;Otty Patiño;Otty Patino;Vera Grabe;Danilo Rueda;
    Alvaro Leyva;Álvaro Leyva;Luis Gilberto Murillo;Francia Marquez;Francia Márquez;
    Carlos Holmes Trujillo;Marta Lucia Ramirez;Marta Lucía Ramírez;Uribe
farc|Manuel Marulanda;Tirofijo;Alfonso Cano;Raul Reyes;Raúl Reyes;Rodrigo Londoño;Jesús Santrich;
    Carlos Antonio Lozada;Victoria Sandino;Joaquin Gomez;Joaquín Gómez
eln|Nicolas Rodriguez Bautista;Nicolás Rodríguez Bautista;Pablo Beltran;Pablo Beltrán;
    Aureliano Carbonell;Eliécer Herlinto Chamorro
m-19|Carlos Pizarro;Carlos Pizarro Leongomez;Antonio Navarro Wolff;Jaime Bateman
emc|Ivan Mordisco;Iván Mordisco;Andrey Avendaño
venezuela|Hugo Chavez;Hugo Chávez;Nicolas Maduro;Nicolás Maduro;Maduro;Delcy Rodriguez;
    Delcy Rodríguez;Jorge Rodriguez;Jorge Rodríguez;Jorge Arreaza;Yvan Gil;Diosdado Cabello;
    Carlos Andres Perez;Carlos Andrés Pérez;Rafael Caldera;Samuel Moncada;Vladimir Padrino Lopez;
    Vladimir Padrino López
unitary-platform|Juan Guaido;Juan Guaidó;Guaido;Guaidó;Gerardo Blyde;Maria Corina Machado;
    María Corina Machado;Edmundo Gonzalez Urrutia;Edmundo González Urrutia;Edmundo Gonzalez;
    Edmundo González;Leopoldo Lopez;Leopoldo López;Henrique Capriles;Julio Borges
cuba|Fidel Castro;Miguel Díaz-Canel;Bruno Rodríguez;Bruno Rodriguez Parrilla;
    Bruno Rodríguez Parrilla;Felipe Perez Roque;Felipe Pérez Roque;Josefina Vidal;
    Carlos Fernandez de Cossio;Carlos Fernández de Cossío;Ricardo Alarcon;Ricardo Alarcón
guatemala|Alvaro Arzu;Álvaro Arzú;Bernardo Arevalo;Bernardo Arévalo;Alejandro Giammattei;
    Jimmy Morales;Otto Perez Molina;Otto Pérez Molina;Ramiro de Leon Carpio;Ramiro de León Carpio;
    Gustavo Porras
urng|Rolando Moran;Rolando Morán;Pablo Monsanto;Gaspar Ilom;Rodrigo Asturias
el-salvador|Alfredo Cristiani;Jose Napoleon Duarte;José Napoleón Duarte;Nayib Bukele;Bukele;
    Armando Calderon Sol;Armando Calderón Sol;Mauricio Funes;David Escobar Galindo
fmln|Joaquin Villalobos;Joaquín Villalobos;Schafik Handal;Shafik Handal
nicaragua|Daniel Ortega;Violeta Chamorro;Violeta Barrios de Chamorro;Rosario Murillo;
    Arnoldo Aleman;Arnoldo Alemán;Denis Moncada;Miguel d'Escoto;Humberto Ortega
contras|Adolfo Calero;Enrique Bermudez;Enrique Bermúdez
peru|Alberto Fujimori;Fujimori;Alan Garcia;Alan García;Pedro Castillo;Dina Boluarte;Boluarte;
    Ollanta Humala;Alejandro Toledo;Martin Vizcarra;Martín Vizcarra;Pedro Pablo Kuczynski
ecuador|Rafael Correa;Lenin Moreno;Lenín Moreno;Guillermo Lasso;Daniel Noboa;Noboa;Jamil Mahuad;
    Gabriela Sommerfeld
brazil|Luiz Inacio Lula da Silva;Luiz Inácio Lula da Silva;Lula da Silva;Lula;Jair Bolsonaro;
    Bolsonaro;Dilma Rousseff;Fernando Henrique Cardoso;Celso Amorim;Mauro Vieira;Ernesto Araujo;
    Michel Temer
argentina|Javier Milei;Milei;Alberto Fernandez;Alberto Fernández;Mauricio Macri;Macri;
    Cristina Fernandez de Kirchner;Cristina Fernández de Kirchner;Cristina Kirchner;
    Nestor Kirchner;Néstor Kirchner;Carlos Menem;Raul Alfonsin;Raúl Alfonsín;Santiago Cafiero;
    Diana Mondino;Gerardo Werthein;Susana Malcorra;Guido Di Tella;Jorge Taiana
chile|Gabriel Boric;Boric;Sebastian Pinera;Sebastián Piñera;Michelle Bachelet;Ricardo Lagos;
    Augusto Pinochet;Pinochet;Patricio Aylwin;Heraldo Munoz;Heraldo Muñoz;Alberto van Klaveren
mexico|Andres Manuel Lopez Obrador;Andrés Manuel López Obrador;Lopez Obrador;López Obrador;
    Claudia Sheinbaum;Sheinbaum;Enrique Pena Nieto;Enrique Peña Nieto;Felipe Calderon;
    Felipe Calderón;Vicente Fox;Ernesto Zedillo;Carlos Salinas;Carlos Salinas de Gortari;
    Marcelo Ebrard;Ebrard;Juan Ramon de la Fuente;Juan Ramón de la Fuente;Luis Videgaray;
    Alicia Barcena;Alicia Bárcena;Jesus Seade;Jesús Seade;Ildefonso Guajardo
canada|Justin Trudeau;Trudeau;Stephen Harper;Jean Chretien;Jean Chrétien;Brian Mulroney;
    Mark Carney;Chrystia Freeland;Melanie Joly;Mélanie Joly;Lloyd Axworthy;Dominic LeBlanc;
    Anita Anand
haiti|Jean-Bertrand Aristide;Aristide;Rene Preval;René Préval;Michel Martelly;Jovenel Moise;
    Jovenel Moïse;Ariel Henry;Garry Conille;Alix Didier Fils-Aime;Alix Didier Fils-Aimé;
    Raoul Cedras;Raoul Cédras
united-nations|Kurt Waldheim;Javier Perez de Cuellar;Javier Pérez de Cuéllar;Boutros Boutros-Ghali;
    Lakhdar Brahimi;Brahimi;Geir Pedersen;Alvaro de Soto;Álvaro de Soto;
    Terje Roed-Larsen;Terje Rød-Larsen;Nickolay Mladenov;Tor Wennesland;Sigrid Kaag;Robert Serry;
    Jamal Benomar;Ismail Ould Cheikh Ahmed;Ghassan Salame;Ghassan Salamé;Stephanie Williams;
    Stephanie Turco Williams;Bernardino Leon;Bernardino León;Martin Kobler;Jan Kubis;Ján Kubiš;
    Abdoulaye Bathily;Hanna Tetteh;Hanna Serwaa Tetteh;Nicholas Haysom;Christopher Ross;
    Horst Kohler;Horst Köhler;Kai Eide;Tadamichi Yamamoto;Deborah Lyons;Roza Otunbayeva;
    Said Djinnit;Huang Xia;Xia Huang;Bintou Keita;Leila Zerrougui;Jane Holl Lute;Elizabeth Spehar;
    Jean Arnault;Carlos Ruiz Massieu;Miroslav Jenca;Noeleen Heyzer;Christine Schraner Burgener;
    Mohamed Ibn Chambas;Francois Lounceny Fall;Parfait Onanga-Anyanga;Valentine Rugwabiza;
    Rosemary DiCarlo;Farhan Haq;Philippe Lazzarini;Haile Menkerios;Ramtane Lamamra;Guterres;Annan;
    Ban Ki-moon;Grundberg;de Mistura;Staffan de Mistura;Dujarric;Pérez de Cuéllar;Boutros-Ghali;
    Nicholas Kay;James Swan;Catriona Laing;Ellen Margrethe Løj;David Shearer
iaea|Rafael Grossi;Rafael Mariano Grossi;Grossi;Mohamed ElBaradei;ElBaradei;Yukiya Amano;Hans Blix
icrc|Mirjana Spoljaric;Mirjana Spoljaric Egger;Peter Maurer;Jakob Kellenberger
african-union|Nkosazana Dlamini-Zuma;Jean Ping;Alpha Oumar Konare;Alpha Oumar Konaré;
    Mahmoud Ali Youssouf;
    Amara Essy;Salim Ahmed Salim;Smail Chergui;Bankole Adeoye;Mohamed El Hacen Lebatt;
    Moussa Faki Mahamat;Mbeki;Obasanjo
igad|Mahboub Maalim;Lazarus Sumbeiywo;Ismail Wais;Workneh Gebeyehu
ecowas|Omar Alieu Touray;Jean-Claude Kassi Brou
asean|Surin Pitsuwan;Lim Jock Hoi;Kao Kim Hourn
osce|Thomas Greminger;Feridun Sinirlioglu;Feridun Sinirlioğlu;Lamberto Zannier;
    Marc Perrin de Brichambaut;Martin Sajdik;Heidi Tagliavini;Ertugrul Apakan
nato|Manfred Woerner;Manfred Wörner;Willy Claes;George Robertson;Jaap de Hoop Scheffer;
    Anders Fogh Rasmussen;Jens Stoltenberg;Stoltenberg;Mark Rutte;Rutte
european-union|Javier Solana;Solana;Jacques Delors;Jose Manuel Barroso;José Manuel Barroso;
    Jacques Santer;
    Alexander Rondos;Annette Weber;Magdalena Grono;Toivo Klaar;Peter Stano;Nabila Massrali;
    Stefano Sannino;Sven Koopmans;Susanna Terstal;António Costa;Maroš Šefčovič;Miroslav Lajčák;
    Mogherini;Borrell;Barnier;Juncker;von der Leyen;Kallas
oic|Hissein Brahim Taha
gcc|Jasem Mohamed Albudaiwi;Nayef al-Hajraf
organization-of-american-states|Luis Almagro;Jose Miguel Insulza;José Miguel Insulza;Albert Ramdin
holy-see|Pope Francis;Pope Leo XIV;Pope Benedict XVI;Pope John Paul II;Pietro Parolin;
    Cardinal Pietro Parolin;Matteo Zuppi;Cardinal Matteo Zuppi;Paul Gallagher
community-of-sant-egidio|Andrea Riccardi;Marco Impagliazzo
hd-centre|David Harland
khmer-rouge|Khieu Samphan;Pol Pot;Ieng Sary;Nuon Chea
kpnlf|Son Sann
ldk|Fehmi Agani
vmro-dpmne|Ljubco Georgievski;Georgievski
sdsm|Branko Crvenkovski;Crvenkovski
dpa|Arben Xhaferi;Menduh Thaci;Xhaferi
dui|Ali Ahmeti;Ahmeti
ichkeria|Aslan Maskhadov;Dzhokhar Dudayev;Zelimkhan Yandarbiyev;Movladi Udugov;Shamil Basayev;
    Akhmed Zakayev;Maskhadov;Dudayev;Yandarbiyev;Udugov;Basayev
russia|Alexander Lebed;Aleksandr Lebed;Lebed
anc|Oliver Tambo
ifp|Mangosuthu Buthelezi;Buthelezi
slm|Minni Minawi;Minni Arcua Minawi;Minni Arko Minawi;Minawi
"""

# Heads of state and government, foreign ministers and chief negotiators of the Cold War and
# the decades since, for the historical negotiations a text recounts (Tashkent 1966, Camp
# David 1978, Lancaster House 1979): a separate table so that it never overrides the one
# above (a name listed there keeps its actor).
_HISTORICAL_OFFICIALS = """
bosnian-croats|Kresimir Zubak;Krešimir Zubak;Mate Boban
biafra|Odumegwu Ojukwu;Chukwuemeka Odumegwu Ojukwu;Louis Mbanefo
commonwealth|Arnold Smith;Shridath Ramphal;Emeka Anyaoku;Don McKinnon;Kamalesh Sharma
congo|Denis Sassou Nguesso;Denis Sassou-Nguesso;Sassou Nguesso;Pascal Lissouba
renamo|Evo Fernandes
israel|Gadi Baltiansky
ethiopia|Nebiat Getachew
nigeria|Anthony Enahoro
united-nations|Trygve Lie;Dag Hammarskjold;Dag Hammarskjöld;U Thant;Ralph Bunche;
    Folke Bernadotte;Gunnar Jarring;Diego Cordovez;Thorvald Stoltenberg;
    Ahmedou Ould-Abdallah;Ould-Abdallah;Ian Martin;Ibrahim Gambari;Jean-Marie Guehenno;
    Jean-Marie Guéhenno;Kofi Annan
united-states|Harry Truman;Harry S. Truman;Dwight Eisenhower;Dwight D. Eisenhower;
    John F. Kennedy;Lyndon Johnson;Lyndon B. Johnson;Richard Nixon;Gerald Ford;Jimmy Carter;
    Ronald Reagan;George H.W. Bush;George H. W. Bush;Dean Acheson;John Foster Dulles;
    Christian Herter;Dean Rusk;William Rogers;Henry Kissinger;Cyrus Vance;Edmund Muskie;
    Alexander Haig;George Shultz;Lawrence Eagleburger;Averell Harriman;Mark Clark;
    William Harrison;Chester Crocker;Warren Christopher;Robert McNamara;Zbigniew Brzezinski;
    Brent Scowcroft;Philip Habib;Ellsworth Bunker;Sol Linowitz;Paul Nitze;Max Kampelman;
    Warren M. Christopher;Edmund S. Muskie;Dick Cheney;Donald Rumsfeld;Robert Gates;
    Gabriel Escobar;Linda Thomas-Greenfield;Nikki Haley;Samantha Power;Susan Rice
soviet-union|Joseph Stalin;Georgy Malenkov;Nikita Khrushchev;Leonid Brezhnev;Alexei Kosygin;
    Aleksei Kosygin;Konstantin Chernenko;Vyacheslav Molotov;Andrei Vyshinsky;Dmitri Shepilov;
    Eduard Shevardnadze;Alexander Bessmertnykh;Aleksandr Bessmertnykh;Nikolai Ryzhkov;
    Anatoly Dobrynin;Yevgeny Primakov
russia|Andrei Kozyrev;Igor Ivanov;Viktor Chernomyrdin;Yevgeny Primakov;Sergei Kiriyenko;
    Mikhail Fradkov;Mikhail Mishustin;Vitaly Churkin;Alexander Lukashevich
united-kingdom|Clement Attlee;Winston Churchill;Anthony Eden;Harold Macmillan;
    Alec Douglas-Home;Harold Wilson;Edward Heath;James Callaghan;Margaret Thatcher;John Major;
    Ernest Bevin;Selwyn Lloyd;Peter Carrington;Francis Pym;
    Geoffrey Howe;Douglas Hurd;Malcolm Rifkind;Robin Cook;Jack Straw;David Miliband;
    Christopher Soames;Peter Mandelson;Jonathan Powell
france|Charles de Gaulle;Georges Pompidou;Valery Giscard d'Estaing;Valéry Giscard d'Estaing;
    Francois Mitterrand;François Mitterrand;Pierre Mendes France;Pierre Mendès France;
    Michel Debre;Michel Debré;Louis Joxe;Maurice Couve de Murville;Roland Dumas;Alain Juppe;
    Alain Juppé;Hubert Vedrine;Hubert Védrine;Dominique de Villepin;Bernard Kouchner;
    Pierre Mazeaud;Dominique Galouzeau de Villepin;Lionel Jospin;Edouard Balladur;
    Édouard Balladur;Michel Barnier
china|Mao Zedong;Mao Tse-tung;Zhou Enlai;Chou En-lai;Liu Shaoqi;Hua Guofeng;Zhao Ziyang;
    Hu Yaobang;Chen Yi;Huang Hua;Tang Jiaxuan;Li Zhaoxing;Yang Jiechi;Peng Dehuai;
    Wu Xueqian;Li Xiannian
taiwan|Chiang Kai-shek;Chiang Ching-kuo;Lee Teng-hui;Chen Shui-bian;Ma Ying-jeou;
    Tsai Ing-wen;Lai Ching-te
india|Jawaharlal Nehru;Lal Bahadur Shastri;Indira Gandhi;Morarji Desai;Rajiv Gandhi;
    P.V. Narasimha Rao;Narasimha Rao;Atal Bihari Vajpayee;Manmohan Singh;Swaran Singh;
    Sardar Swaran Singh;Jaswant Singh;Natwar Singh;Pranab Mukherjee;Y.B. Chavan;
    Sushma Swaraj;Subrahmanyam Jaishankar;S. Jaishankar;Krishna Menon;V.K. Krishna Menon
pakistan|Ayub Khan;Mohammad Ayub Khan;Muhammad Ayub Khan;Yahya Khan;Zulfikar Ali Bhutto;
    Zia-ul-Haq;Zia ul-Haq;Muhammad Zia-ul-Haq;Benazir Bhutto;Nawaz Sharif;Pervez Musharraf;
    Asif Ali Zardari;Shehbaz Sharif;Sahabzada Yaqub Khan;Yaqub Khan;Abdul Sattar;
    Khurshid Kasuri;Shah Mahmood Qureshi;Bilawal Bhutto Zardari;Ishaq Dar;Aziz Ahmed
bangladesh|Sheikh Mujibur Rahman;Mujibur Rahman;Ziaur Rahman;Hussain Muhammad Ershad;
    Sheikh Hasina;Khaleda Zia;Muhammad Yunus
israel|David Ben-Gurion;Moshe Sharett;Levi Eshkol;Golda Meir;Menachem Begin;Yitzhak Shamir;
    Moshe Dayan;Abba Eban;Yigal Allon;Ezer Weizman;Moshe Arens;David Levy;Shlomo Ben-Ami;
    Gilad Sher;Tzipi Livni;Silvan Shalom;Avigdor Lieberman;Uri Savir;Yossi Beilin;
    Elyakim Rubinstein
egypt|Gamal Abdel Nasser;Anwar Sadat;Anwar el-Sadat;Hosni Mubarak;Mohamed Morsi;
    Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;Boutros Ghali;Ismail Fahmy;Mohamed Ibrahim Kamel;
    Amr Moussa;Ahmed Aboul Gheit;Sameh Shoukry;Omar Suleiman;Badr Abdelatty;Esmat Abdel Meguid
jordan|Hussein bin Talal;Abdullah II;Zaid al-Rifai;
    Abdul Salam al-Majali;Ayman Safadi;Nasser Judeh;Marwan Muasher
syria|Hafez al-Assad;Hafez Assad;Bashar al-Assad;Farouk al-Sharaa;Walid al-Moualem;
    Walid Muallem;Bashar al-Jaafari;Bashar Jaafari;Abdul Halim Khaddam;Faisal Mekdad;
    Ahmed al-Sharaa;Asaad al-Shaibani
syrian-opposition|Ahmad Jarba;Ahmad al-Jarba;Louay Safi;Hadi al-Bahra;Riyad Hijab;
    Moaz al-Khatib;Nasr al-Hariri;Anas al-Abdah
iraq|Saddam Hussein;Ahmed Hassan al-Bakr;Tariq Aziz;Saadoun Hammadi;Nouri al-Maliki;
    Haider al-Abadi;Mustafa al-Kadhimi;Mohammed Shia al-Sudani;Hoshyar Zebari;Fuad Hussein
iran|Mohammad Reza Pahlavi;Ruhollah Khomeini;
    Akbar Hashemi Rafsanjani;Hashemi Rafsanjani;Ali Akbar Hashemi Rafsanjani;
    Mohammad Khatami;Mahmoud Ahmadinejad;Abolhassan Bani-Sadr;Mohammad Ali Rajai;
    Behzad Nabavi;Sadegh Ghotbzadeh;Kamal Kharrazi;Manouchehr Mottaki;Ali Akbar Velayati;
    Mir-Hossein Mousavi;Amir-Abbas Hoveyda
saudi-arabia|Mohammed bin Salman;
    Saud al-Faisal;Adel al-Jubeir;Faisal bin Farhan;
    Bandar bin Sultan
turkey|Adnan Menderes;Suleyman Demirel;Süleyman Demirel;Bulent Ecevit;Bülent Ecevit;
    Turgut Ozal;Turgut Özal;Tansu Ciller;Tansu Çiller;Ismail Cem;Abdullah Gul;Abdullah Gül
greece|Konstantinos Karamanlis;Constantine Karamanlis;Andreas Papandreou;George Papandreou;
    Costas Simitis;Kostas Karamanlis;Alexis Tsipras;Kyriakos Mitsotakis;Nikos Kotzias;
    Theodoros Pangalos
cyprus|Makarios III;Glafcos Clerides;Glafkos Clerides;Spyros Kyprianou;
    George Vassiliou;Tassos Papadopoulos;Demetris Christofias;Nicos Anastasiades;
    Nikos Christodoulides
turkish-cypriots|Rauf Denktash;Rauf Denktaş;Mehmet Ali Talat;Dervis Eroglu;Derviş Eroğlu;
    Mustafa Akinci;Mustafa Akıncı;Ersin Tatar
germany|Konrad Adenauer;Willy Brandt;Helmut Schmidt;Helmut Kohl;Hans-Dietrich Genscher;
    Klaus Kinkel;Joschka Fischer;Walter Scheel
japan|Shigeru Yoshida;Eisaku Sato;Kakuei Tanaka;Yasuhiro Nakasone;Junichiro Koizumi;
    Shinzo Abe;Fumio Kishida;Yoshihide Suga;Shigeru Ishiba;Taro Kono;Yoshimasa Hayashi
north-korea|Nam Il;Ri Yong Ho;Ri Yong-ho;Kang Sok Ju;Kang Sok-ju;Kim Kye Gwan;Kim Kye-gwan;
    Choe Son Hui;Choe Son-hui;Kim Yong Chol;Kim Yong-chol
south-korea|Syngman Rhee;Park Chung-hee;Chun Doo-hwan;Roh Tae-woo;Kim Young-sam;
    Ban Ki-moon;Yoon Suk Yeol;Yoon Suk-yeol;Lee Jae-myung;Pyun Yung-tai
vietnam|Ho Chi Minh;Pham Van Dong;Le Duc Tho;Xuan Thuy;Le Duan;Vo Nguyen Giap;
    Nguyen Duy Trinh;Nguyen Co Thach
indonesia|Sukarno;Suharto;B.J. Habibie;Abdurrahman Wahid;Megawati Sukarnoputri;
    Susilo Bambang Yudhoyono;Joko Widodo;Prabowo Subianto;Adam Malik;Mochtar Kusumaatmadja;
    Ali Alatas;Hassan Wirajuda;Marty Natalegawa;Retno Marsudi;Subandrio
philippines|Ferdinand Marcos;Corazon Aquino;Fidel Ramos;Joseph Estrada;Gloria Macapagal Arroyo;
    Benigno Aquino III;Rodrigo Duterte;Ferdinand Marcos Jr.;Imelda Marcos
cambodia|Norodom Sihanouk;Hun Sen;Hun Manet;Lon Nol
khmer-rouge|Pol Pot;Khieu Samphan;Ieng Sary
south-africa|Jan Smuts;Hendrik Verwoerd;John Vorster;P.W. Botha;Pik Botha;F.W. de Klerk;
    Frederik de Klerk;Nelson Mandela;Thabo Mbeki;Jacob Zuma;Cyril Ramaphosa;Roelf Meyer
zimbabwe|Emmerson Mnangagwa
zambia|Kenneth Kaunda;Frederick Chiluba;Levy Mwanawasa;Hakainde Hichilema
tanzania|Julius Nyerere;Ali Hassan Mwinyi;Salim Ahmed Salim
mozambique|Samora Machel;Joaquim Chissano;Armando Guebuza;Filipe Nyusi;Daniel Chapo
renamo|Afonso Dhlakama;Ossufo Momade;Raul Domingos
angola|Agostinho Neto;Jose Eduardo dos Santos;José Eduardo dos Santos;Joao Lourenco;
    João Lourenço;Lopo do Nascimento
unita|Jonas Savimbi;Savimbi;Isaias Samakuva;Adalberto Costa Junior;Adalberto Costa Júnior
portugal|Mario Soares;Mário Soares;Anibal Cavaco Silva;Aníbal Cavaco Silva;
    Jose Manuel Durao Barroso;José Manuel Durão Barroso;Durao Barroso;Durão Barroso;
    Antonio Guterres;Jaime Gama
ethiopia|Haile Selassie;Mengistu Haile Mariam;Meles Zenawi;Hailemariam Desalegn;Abiy Ahmed;
    Seyoum Mesfin
eritrea|Isaias Afwerki;Isaias Afewerki;Osman Saleh;Yemane Gebreab;Yemane Gebremeskel
somalia|Siad Barre;Mohamed Siad Barre;Abdullahi Yusuf Ahmed;Sharif Sheikh Ahmed;
    Hassan Sheikh Mohamud;Mohamed Abdullahi Farmaajo;Nur Hassan Hussein
algeria|Ahmed Ben Bella;Houari Boumediene;Chadli Bendjedid;Abdelaziz Bouteflika;
    Mohammed Benyahia;Mohamed Benyahia;Abdelmadjid Tebboune;Ramtane Lamamra;Ahmed Attaf
morocco|Hassan II;Mohammed VI;Nasser Bourita
libya|Muammar Gaddafi;Muammar Qaddafi;Moammar Gadhafi;Muammar al-Gaddafi;Abdessalam Jalloud
tunisia|Habib Bourguiba;Zine El Abidine Ben Ali;Beji Caid Essebsi;Kais Saied
sudan|Jaafar Nimeiri;Gaafar Nimeiry;Sadiq al-Mahdi;Omar al-Bashir;Omar Hassan al-Bashir;
    Abdel Fattah al-Burhan;Abdalla Hamdok;Ali Osman Taha;Ghazi Salahuddin
nigeria|Yakubu Gowon;Olusegun Obasanjo;Ibrahim Babangida;Sani Abacha;Umaru Yar'Adua;
    Goodluck Jonathan;Muhammadu Buhari;Bola Tinubu
ghana|Kwame Nkrumah;Jerry Rawlings;John Kufuor;John Mahama;Nana Akufo-Addo
senegal|Leopold Sedar Senghor;Léopold Sédar Senghor;Abdou Diouf;Abdoulaye Wade;Macky Sall
ivory-coast|Felix Houphouet-Boigny;Félix Houphouët-Boigny;Henri Konan Bedie;Henri Konan Bédié;
    Laurent Gbagbo;Alassane Ouattara;Guillaume Soro;Seydou Diarra
burkina-faso|Blaise Compaore;Blaise Compaoré;Djibrill Bassole;Djibrill Bassolé
gabon|Omar Bongo;Ali Bongo
cuba|Fidel Castro;Raul Castro;Raúl Castro;Miguel Diaz-Canel;Miguel Díaz-Canel;Isidoro Malmierca;
    Jorge Risquet
nicaragua|Anastasio Somoza;Daniel Ortega;Humberto Ortega;Violeta Chamorro;
    Violeta Barrios de Chamorro
costa-rica|Oscar Arias;Óscar Arias;Oscar Arias Sanchez;Óscar Arias Sánchez
el-salvador|Jose Napoleon Duarte;José Napoleón Duarte;Alfredo Cristiani
guatemala|Vinicio Cerezo;Alvaro Arzu;Álvaro Arzú
colombia|Belisario Betancur;Virgilio Barco;Cesar Gaviria;César Gaviria;Ernesto Samper;
    Andres Pastrana;Andrés Pastrana;Alvaro Uribe;Álvaro Uribe;Juan Manuel Santos;Ivan Duque;
    Iván Duque;Gustavo Petro;Humberto de la Calle;Sergio Jaramillo
venezuela|Carlos Andres Perez;Carlos Andrés Pérez;Hugo Chavez;Hugo Chávez;Nicolas Maduro;
    Nicolás Maduro;Jorge Rodriguez;Jorge Rodríguez;Delcy Rodriguez;Delcy Rodríguez
peru|Alberto Fujimori;Fernando de Trazegnies;Eduardo Ferrero
ecuador|Jamil Mahuad;Jose Ayala Lasso;José Ayala Lasso
yugoslavia|Josip Broz Tito;Slobodan Milosevic;Slobodan Milošević;
    Zoran Lilic;Milan Milutinovic
serbia|Aleksandar Vucic;Aleksandar Vučić;Boris Tadic;Boris Tadić;Ivica Dacic;Ivica Dačić;
    Petar Petkovic;Petar Petković;Zoran Djindjic;Zoran Đinđić;Vojislav Kostunica;
    Vojislav Koštunica;Marko Djuric;Marko Đurić;Ana Brnabic;Ana Brnabić
kosovo|Ibrahim Rugova;Hashim Thaci;Hashim Thaçi;Albin Kurti;Vjosa Osmani;Isa Mustafa;
    Ramush Haradinaj;Besnik Bislimi;Avdullah Hoti
croatia|Franjo Tudjman;Franjo Tuđman;Mate Granic;Mate Granić;Stjepan Mesic;Stjepan Mesić
bosnia-and-herzegovina|Alija Izetbegovic;Alija Izetbegović;Haris Silajdzic;Haris Silajdžić;
    Muhamed Sacirbey
republika-srpska|Radovan Karadzic;Radovan Karadžić;Ratko Mladic;Ratko Mladić;Momcilo Krajisnik;
    Momčilo Krajišnik;Milorad Dodik;Biljana Plavsic;Biljana Plavšić
afghanistan|Mohammed Najibullah;Najibullah;Babrak Karmal;Hafizullah Amin;Nur Muhammad Taraki;
    Burhanuddin Rabbani;Hamid Karzai;Ashraf Ghani;Abdullah Abdullah;Abdul Wakil
taliban|Mohammad Omar;Abdul Ghani Baradar;Zabihullah Mujahid;
    Suhail Shaheen;Hibatullah Akhundzada;Sher Mohammad Abbas Stanikzai;Amir Khan Muttaqi
lebanon|Camille Chamoun;Fuad Chehab;Amin Gemayel;Bashir Gemayel;Elias Hrawi;Rafic Hariri;
    Rafik Hariri;Selim al-Hoss;Salim al-Hoss;Michel Aoun;Fouad Siniora;Najib Mikati;
    Nabih Berri;Joseph Aoun;Nawaf Salam
plo|Yasser Arafat;Farouk Kaddoumi;Farouq Qaddoumi;Abu Jihad;Abu Iyad
norway|Johan Jorgen Holst;Johan Jørgen Holst;Thorvald Stoltenberg;Jens Stoltenberg;
    Jonas Gahr Store;Jonas Gahr Støre;Espen Barth Eide;Erik Solheim;Vidar Helgesen;Jan Egeland;
    Dag Nylander;Terje Rod-Larsen
finland|Martti Ahtisaari;Urho Kekkonen;Sauli Niinisto;Sauli Niinistö;Alexander Stubb;Pekka Haavisto
sweden|Olof Palme;Margot Wallstrom;Margot Wallström
switzerland|Micheline Calmy-Rey;Didier Burkhalter;Ignazio Cassis;Flavio Cotti
italy|Giulio Andreotti;Romano Prodi;Silvio Berlusconi;Gianni De Michelis;Emilio Colombo;
    Massimo D'Alema;Lamberto Dini;Mario Draghi;Giorgia Meloni
community-of-sant-egidio|Andrea Riccardi;Matteo Zuppi;Mario Giro;Marco Impagliazzo
holy-see|John Paul II;Pietro Parolin
european-union|Javier Solana;Catherine Ashton;Federica Mogherini;Josep Borrell;Kaja Kallas;
    Miroslav Lajcak;Miroslav Lajčák;Jose Manuel Barroso;José Manuel Barroso;Jacques Delors;
    Romano Prodi;Ursula von der Leyen;Charles Michel;Donald Tusk;Herman Van Rompuy;
    Jean-Claude Juncker;Antonio Costa;António Costa
nato|Javier Solana;George Robertson;Jaap de Hoop Scheffer;
    Anders Fogh Rasmussen;Jens Stoltenberg;Mark Rutte
african-union|Alpha Oumar Konare;Alpha Oumar Konaré;Jean Ping;Nkosazana Dlamini-Zuma;
    Moussa Faki Mahamat;Moussa Faki;Mahmoud Ali Youssouf
arab-league|Amr Moussa;Nabil Elaraby;Nabil el-Araby;Ahmed Aboul Gheit;Chedli Klibi;
    Esmat Abdel Meguid
"""

#: An official's full name or surname (lower case) -> the actor id they speak for.
OFFICIALS: dict[str, str] = {}
for _line in [*_rows(_OFFICIALS), *_rows(_HISTORICAL_OFFICIALS)]:
    _actor, _names = _line.split("|")
    for _person in _names.split(";"):
        OFFICIALS.setdefault(_person.lower(), _actor)


def official(name: str) -> str | None:
    """The actor a well-known official speaks for (:data:`OFFICIALS`), by their name as a
    text writes it: with or without middle initials and a suffix.

    >>> official("Henry A. Kissinger"), official("Henry Kissinger"), official("A. B. Nobody")
    ('united-states', 'united-states', None)
    """
    low = name.lower()
    found = OFFICIALS.get(low)
    if found is None:
        words = [w for w in low.split() if not re.fullmatch(r"[a-z]\.|jr\.?|sr\.?", w)]
        if len(words) >= 2:
            found = OFFICIALS.get(" ".join(words))
    return found


def _surnames(officials: dict[str, str]) -> dict[str, str]:
    """The surnames of the officials' full names that only officials of one actor bear,
    five letters or more ("calero" -> the Contras; not "kim", nor a surname two actors'
    officials share): a text often names an official by surname alone.

    >>> _surnames({"adolfo calero": "contras", "kim jong un": "north-korea",
    ...            "ban ki-moon": "united-nations", "ali khan": "a", "imran khan": "b"})
    {'calero': 'contras', 'ki-moon': 'united-nations'}
    """
    seen: dict[str, set[str]] = {}
    for name, actor in officials.items():
        parts = name.split()
        if len(parts) >= 2 and len(parts[-1]) >= 5:
            seen.setdefault(parts[-1], set()).add(actor)
    return {surname: actors.pop() for surname, actors in seen.items()
            if len(actors) == 1 and surname not in officials}


#: A surname only one actor's officials bear -> that actor (:func:`_surnames`).
OFFICIAL_SURNAMES = _surnames(OFFICIALS)


#: State news agencies -> their state: a dispatch "(Petra)" or "(SUNA)" from a place that
#: is no capital is that state's, as a capital's dateline is (wire copy leaves the home
#: country of its officials unsaid).
STATE_AGENCIES = {
    "xinhua": "china", "new china news agency": "china", "tass": "russia", "irna": "iran",
    "sana": "syria", "petra": "jordan", "jordan news agency": "jordan", "mena": "egypt",
    "wafa": "palestine", "kcna": "north-korea", "angop": "angola", "suna": "sudan",
    "qna": "qatar", "spa": "saudi-arabia", "saudi press agency": "saudi-arabia",
    "wam": "united-arab-emirates", "kuna": "kuwait", "bna": "bahrain", "ina": "iraq",
    "ena": "ethiopia", "nan": "nigeria", "bernama": "malaysia", "antara": "indonesia",
    "vna": "vietnam", "pna": "philippines", "yonhap": "south-korea", "anadolu": "turkey",
    "tanjug": "yugoslavia", "hina": "croatia", "armenpress": "armenia", "azertac": "azerbaijan",
    "belta": "belarus", "ukrinform": "ukraine", "app": "pakistan", "bss": "bangladesh",
    "rss": "nepal", "prensa latina": "cuba", "saba": "yemen", "nna": "lebanon",
    "jana": "libya", "tap": "tunisia", "acp": "dr-congo", "akp": "cambodia", "aps": "algeria",
}


#: A state's names that named another state before a day: in a text dated before the Soviet
#: Union's end (26 December 1991), "Moscow", "the Kremlin" and "the Russians" are the Soviet
#: Union's.
PREDECESSORS: dict[str, tuple[str, datetime.date]] = {
    "russia": ("soviet-union", datetime.date(1991, 12, 26)),
}


#: International organisations, churches and foundations: parties only where the text
#: sets them across the table ("talks between Britain and the EU"), never for what their
#: officials say (a UN envoy's view, an EU offer of support).
THIRD_PARTIES = words("""united-nations european-union african-union igad nato ecowas osce asean
arab-league gcc sadc eac organization-of-american-states oic iaea icrc world-bank imf opec csto
quartet community-of-sant-egidio hd-centre carter-center commonwealth eccas cis european-community
contadora-group""")

"""The reader's gazetteer: states, their demonyms, capitals and seats of power, organisations,
armed and political movements, and the words of official titles.

The small English spaCy pipeline misses many places ("Kyiv") and tags demonyms as NORP, so
the reader maps every surface form it knows to one actor id through :data:`SURFACES`:

>>> SURFACES["kremlin"], SURFACES["kiev"], SURFACES["turkish"]
('russia', 'ukraine', 'turkey')
>>> ACTOR_NAMES["eu"]
'European Union'
"""

from __future__ import annotations

__all__ = ["ACTOR_KINDS", "ACTOR_NAMES", "INSTITUTIONS", "MOVEMENTS", "OFFICIALS",
           "OPPOSITIONS", "REGIONS", "SURFACES", "TITLE_MODIFIERS",
           "TITLE_WORDS"]

# id | name | other surface forms (names, demonyms, capitals, seats of power), ";"-separated
_STATES = """
afghanistan|Afghanistan|afghan;kabul
albania|Albania|albanian;tirana
algeria|Algeria|algerian;algiers
armenia|Armenia|armenian;yerevan
australia|Australia|australian;canberra
austria|Austria|austrian;vienna
azerbaijan|Azerbaijan|azerbaijani;azeri;baku
bahrain|Bahrain|bahraini;manama
belarus|Belarus|belarusian;minsk
belgium|Belgium|belgian;brussels
bosnia|Bosnia and Herzegovina|bosnia;bosnian;sarajevo
brazil|Brazil|brazilian;brasilia
bulgaria|Bulgaria|bulgarian;sofia
canada|Canada|canadian;ottawa
chad|Chad|chadian;n'djamena
chile|Chile|chilean;santiago
china|China|chinese;beijing;people's republic of china
colombia|Colombia|colombian;bogota;bogotá;casa de nariño
croatia|Croatia|croatian;zagreb
cuba|Cuba|cuban;havana
cyprus|Cyprus|cypriot;nicosia
czechia|Czech Republic|czech;czechia;prague
denmark|Denmark|danish;copenhagen
egypt|Egypt|egyptian;cairo
eritrea|Eritrea|eritrean;asmara
estonia|Estonia|estonian;tallinn
ethiopia|Ethiopia|ethiopian;addis ababa
finland|Finland|finnish;helsinki
france|France|french;paris;elysee;élysée;elysee palace;quai d'orsay
georgia|Georgia|georgian;tbilisi
germany|Germany|german;berlin
greece|Greece|greek;athens
hungary|Hungary|hungarian;budapest
india|India|indian;new delhi
indonesia|Indonesia|indonesian;jakarta
iran|Iran|iranian;tehran;islamic republic;islamic republic of iran
iraq|Iraq|iraqi;baghdad
ireland|Ireland|irish;dublin;republic of ireland
israel|Israel|israeli;jerusalem;knesset
italy|Italy|italian;rome
japan|Japan|japanese;tokyo
jordan|Jordan|jordanian;amman
kazakhstan|Kazakhstan|kazakh;astana
kenya|Kenya|kenyan;nairobi
kosovo|Kosovo|kosovar;kosovan;pristina;prishtina
kuwait|Kuwait|kuwaiti
latvia|Latvia|latvian;riga
lebanon|Lebanon|lebanese;beirut
libya|Libya|libyan;tripoli
lithuania|Lithuania|lithuanian;vilnius
mexico|Mexico|mexican;mexico city
moldova|Moldova|moldovan;chisinau
montenegro|Montenegro|montenegrin;podgorica
morocco|Morocco|moroccan;rabat
netherlands|Netherlands|dutch;the hague;amsterdam;holland
nigeria|Nigeria|nigerian;abuja
north-korea|North Korea|north korean;pyongyang;dprk
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
saudi-arabia|Saudi Arabia|saudi;saudis;riyadh;kingdom of saudi arabia
serbia|Serbia|serbian;serb;serbs;belgrade
slovakia|Slovakia|slovak;bratislava
slovenia|Slovenia|slovenian;ljubljana
somalia|Somalia|somali;mogadishu
south-africa|South Africa|south african;pretoria;johannesburg
south-korea|South Korea|south korean;seoul
south-sudan|South Sudan|south sudanese;juba
spain|Spain|spanish;madrid
sudan|Sudan|sudanese;khartoum
sweden|Sweden|swedish;stockholm
switzerland|Switzerland|swiss;bern;geneva
syria|Syria|syrian;damascus
taiwan|Taiwan|taiwanese;taipei
turkey|Turkey|turkish;türkiye;turkiye;ankara
uganda|Uganda|ugandan;kampala
ukraine|Ukraine|ukrainian;ukrainians;kyiv;kiev
united-arab-emirates|United Arab Emirates|uae;emirati;abu dhabi;u.a.e.
united-kingdom|United Kingdom|uk;u.k.;britain;great britain;british;london;downing street;
    whitehall
united-states|United States|us;u.s.;usa;u.s.a.;america;american;americans;washington;
    white house;state department;pentagon;clinton administration;bush administration;
    obama administration;trump administration;biden administration
venezuela|Venezuela|venezuelan;caracas
vietnam|Vietnam|vietnamese;hanoi
yemen|Yemen|yemeni;sanaa
angola|Angola|angolan;luanda
argentina|Argentina|argentine;argentinian;buenos aires
bangladesh|Bangladesh|bangladeshi;dhaka
benin|Benin|beninese;porto-novo;cotonou
bolivia|Bolivia|bolivian;la paz
botswana|Botswana|botswanan;gaborone
burkina-faso|Burkina Faso|burkinabe;ouagadougou
burundi|Burundi|burundian;bujumbura;gitega
cambodia|Cambodia|cambodian;phnom penh
cameroon|Cameroon|cameroonian;yaounde;yaoundé
central-african-republic|Central African Republic|central african;bangui;car
congo|Republic of the Congo|congo-brazzaville;brazzaville
djibouti|Djibouti|djiboutian
dr-congo|Democratic Republic of the Congo|congo;drc;dr congo;democratic republic of congo;congolese;
    kinshasa
ecuador|Ecuador|ecuadorian;quito
el-salvador|El Salvador|salvadoran;san salvador
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
myanmar|Myanmar|burmese;burma;naypyidaw;yangon
namibia|Namibia|namibian;windhoek
nepal|Nepal|nepali;nepalese;kathmandu
new-zealand|New Zealand|new zealander;wellington
nicaragua|Nicaragua|nicaraguan;managua
niger|Niger|nigerien;niamey
north-macedonia|North Macedonia|macedonian;skopje;fyrom;former yugoslav republic of macedonia;
    republic of north macedonia;republic of macedonia
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
vatican|Holy See|vatican;holy see;pope;pontiff
western-sahara|Western Sahara|sahrawi;western sahara
zambia|Zambia|zambian;lusaka
zimbabwe|Zimbabwe|zimbabwean;harare
"""

# Organisations and movements: id | name | surface forms
_GROUPS = """
un|United Nations|un;u.n.;un security council;u.n. security council;secretary-general
eu|European Union|eu;e.u.;european union;brussels-based;european commission;european council;
    eu27;eu-27
nato|NATO|nato;north atlantic treaty organization
au|African Union|african union;au;au commission
igad|IGAD|igad;intergovernmental authority on development
arab-league|Arab League|arab league
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
oas|Organization of American States|oas;organization of american states
oic|Organisation of Islamic Cooperation|oic;organisation of islamic cooperation;
    organization of islamic cooperation
gcc|Gulf Cooperation Council|gcc;gulf cooperation council
csto|CSTO|csto;collective security treaty organization
quartet|Quartet|middle east quartet
santegidio|Community of Sant'Egidio|sant'egidio;community of sant'egidio
hd-centre|Centre for Humanitarian Dialogue|centre for humanitarian dialogue;hd centre
carter-center|Carter Center|carter center
milf|MILF|milf;moro islamic liberation front
mnlf|MNLF|mnlf;moro national liberation front
polisario|Polisario Front|polisario;polisario front
splm|SPLM|splm;sudan people's liberation movement;splm-n;splm-io
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
world-bank|World Bank|world bank
imf|IMF|imf;international monetary fund
"""

#: Armed and political movements and communities: the sides "the rebels", "the opposition"
#: or "the rebel delegation" may stand for.
_MOVEMENT_IDS = """farc eln hamas hezbollah islamic-jihad fatah plo taliban tplf rsf ira
sinn-fein houthis m23 milf mnlf polisario splm jem al-shabaab isis pkk sdf ltte eta fmln
renamo unita hts syrian-opposition lna krg"""
MOVEMENTS = frozenset(_MOVEMENT_IDS.split())
#: A state -> its opposition movement, from the names "<Demonym> opposition" (Syria -> the
#: Syrian opposition): the side of "the armed opposition" in a text that names no movement.
OPPOSITIONS: dict[str, str] = {}

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
zangezur|Zangezur corridor|zangezur;lachin corridor;lachin
north-kosovo|North Kosovo|north kosovo;northern kosovo
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
for _slug, _name in ACTOR_NAMES.items():
    _demonym = _name.lower().removesuffix(" opposition")
    if _demonym != _name.lower() and ACTOR_KINDS.get(SURFACES.get(_demonym, "")) == "state":
        OPPOSITIONS[SURFACES[_demonym]] = _slug
for _slug, _name, _forms in _table(_REGIONS):
    for _form in (_name.lower(), *_forms):
        REGIONS.setdefault(_form, (_slug, _name))

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
parliamentary
""")

#: Words that may stand inside a title without being one ("political bureau chief").
TITLE_MODIFIERS = words("""political bureau policy affairs intelligence military armed forces
party movement group union supreme regional federal national international general special
former opposition rebel separatist ruling exiled top senior chief deputy executive
presidential foreign defence defense security legal economic trade health justice
commerce economy energy water agriculture information culture education transport
industry labour labor environment development finance interior home interim transitional
caretaker""")

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
eu|Jean-Claude Juncker;Ursula von der Leyen;Donald Tusk;Charles Michel;Federica Mogherini;
    Catherine Ashton;Josep Borrell;Kaja Kallas;Michel Barnier;Miroslav Lajcak;Maros Sefcovic;
    Helga Schmid;Enrique Mora;Antonio Costa;Herman Van Rompuy
un|Kofi Annan;Ban Ki-moon;Antonio Guterres;António Guterres;Martin Griffiths;Staffan de Mistura;
    Hans Grundberg;Volker Perthes;Stephane Dujarric;Ramtane Lamamra
au|Thabo Mbeki;Olusegun Obasanjo;Moussa Faki Mahamat;Moussa Faki;Uhuru Kenyatta;
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
"""

#: An official's full name or surname (lower case) -> the actor id they speak for.
OFFICIALS: dict[str, str] = {}
for _line in _rows(_OFFICIALS):
    _actor, _names = _line.split("|")
    for _person in _names.split(";"):
        OFFICIALS.setdefault(_person.lower(), _actor)

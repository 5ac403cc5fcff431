//! The closed word classes the person detector needs besides names, as base forms. `build.rs`
//! compiles them (inflected, through the same engine as the names) into one matcher whose terms
//! are these lists in this order ([`terms`]).
//!
//! They are classes of words, not of examples: kinship and care relations, titles and
//! occupations written before a name, the heads of age adjectives, and the nouns after which a
//! genitive name names a place, a building or an event instead of a person, and the nouns
//! before which a name names a thing.

use crate::terms::Compounds;

/// Nouns for a person seen from someone else: kin, care, work, school and neighbourhood relations.
/// With a possessive suffix (`äitisi`, `potilaamme`) or after a person in the genitive (`hänen
/// isänsä`, `Aleksin äidille`) they point at one person. Matched also as the last part of a
/// compound (`kummi|poikani`, `iso|isämme`, `työn|tekijämme`).
pub(crate) const RELATIONS: &str = "\
äiti isä vanhempi veli sisko sisar poika tytär lapsi vauva esikoinen kuopus nuorimmainen keskimmäinen lukiolainen mummo mummi \
mummu isoäiti isoisä vaari ukki pappa täti setä eno serkku kummi anoppi appi miniä vävy \
vaimo mies puoliso kumppani kihlattu sulhanen morsian ystävä kaveri naapuri kollega toveri \
esihenkilö alainen työntekijä asiakas potilas oppilas opiskelija asukas valmentaja opettaja \
hoitaja omistaja huoltaja eskarilainen koululainen omainen sukulainen lapsenlapsi vanhus \
jäsen vapaaehtoinen ehdokas pelaaja talkoolainen seurakuntalainen kuorolainen urheilija \
harrastaja tyttö lanko käly iskä äiskä faija mutsi kämppis vuokralainen \
lukija seuraaja kävijä vierailija osallistuja matkustaja tukihenkilö ylioppilas \
tuutori alumni tilaaja päivänsankari syntymäpäiväsankari kaksonen \
epäilty syytetty vastaaja asianomistaja todistaja pyöräilijä jalankulkija veneilijä meloja \
autoilija mopoilija moottoripyöräilijä kaaso morsiusneito bestman";

/// Titles and occupations written before a name (`rehtori Turunen`, `rouva Lehtisen`). Matched
/// also as the last part of a compound (`koulu|kuraattori`, `hanke|päällikkö`).
pub(crate) const TITLES: &str = "\
rouva herra neiti tohtori professori dosentti rehtori kuraattori lääkäri kanttori pappi \
rovasti piispa diakoni komisario konstaapeli poliisi isännöitsijä johtaja päällikkö sihteeri \
ministeri edustaja valtuutettu pormestari toimittaja kapteeni eversti kenraali luutnantti \
kersantti ohjaaja avustaja asiantuntija suunnittelija koordinaattori emäntä isäntä tuomari \
asianajaja syyttäjä arkkitehti taiteilija kirjailija laulaja näyttelijä kuvaaja vetäjä \
juontaja puhuja kirjastonhoitaja sosiaalityöntekijä terapeutti psykologi neuvoja mestari \
hoitaja tarkastaja insinööri virkailija ope opo pastori kouluttaja terkkari sijainen \
kätilö ylläpitäjä tulkki lehtori tuottaja kanslisti amanuenssi intendentti tutkija akela hygienisti kauppias yrittäjä \
kuljettaja siivooja myyjä vahtimestari talonmies kokki tarjoilija vartija keittäjä vastaava \
yhteyshenkilö kuski tuutori assari talkkari inspehtori kirkkoherra suntio kirjanpitäjä esimies \
mekaanikko kampaaja asentaja kappalainen säveltäjä sanoittaja lauluntekijä muusikko runoilija \
kuvanveistäjä taidemaalari viulisti pianisti kitaristi rumpali leipuri dekaani harjoittelija \
arvostelija kriitikko teknikko solisti kapellimestari konsultti kehittäjä ohjelmoija";

/// Heads of adjectives that give an individual's age (`75-vuotias`, `kuusikymppinen`,
/// `keski-ikäinen`, `kolmeviikkoinen`); the part before the head must be a number.
pub(crate) const AGE_HEADS: &str = "\
vuotias kymppinen ikäinen kuukautinen viikkoinen";

/// Nouns after which a genitive name names a place, a building, an institution or an event
/// (`Lahden kaupunki`, `Sibeliuksen puistossa`, `Kuusiston linnanraunioilla`). Matched also
/// inside compounds (`kaupungin|johtaja`, `linnan|rauniot`), which a full name's genitive does
/// not name (see [`Group::EponymPart`]).
pub(crate) const EPONYM_HEADS: &str = "\
kaupunki kunta seutu pitäjä kylä sairaala kirkko kappeli puisto katu tie tori aukio patsas \
muistomerkki silta museo satama asema linna kartano kisat palkinto pokaali halli yliopisto \
säätiö rahasto katedraali torttu leivos suukko pizzeria sali ranta ostari ostoskeskus terminaali \
nuorisotila korjaamo bussilinja polku reitti puistikko kiusaus";

/// Institutions after which a genitive name names the institution (`Kallion koulun`,
/// `Aleksis Kiven lukiossa`, `Tapiolan kirjasto`), and works named after their place
/// (`Lehtoniemen konepajalla`, `Honkasalmen saha`). Matched as a whole word or the last part of
/// a compound only (`ala|koulu`), so `Eetun koulumatka` stays a person's.
pub(crate) const EPONYM_INSTITUTIONS: &str = "\
koulu lukio opisto päiväkoti kirjasto teatteri kenttä stadion areena tehdas paja telakka \
kaivos saha meijeri panimo leipomo hoivakoti palvelutalo ruukki torni rinne laituri apteekki";

/// Nouns written in their base form before a name that make it the name of a thing, not of a
/// person: a business or venue (`Kahvila Helmi`, `kukkakauppa Lilja`), a vessel or vehicle
/// (`jäänmurtaja Otso`), an animal (`hevonen Ruusu`), a storm, a work or a product
/// (`musikaali Annie`, `sovellus Wilma`), a room, a server or a tractor (`Neuvotteluhuone Minna
/// Canth`, `Palvelin Nuuskamuikkunen`; the eighty-ninth persons set's dev half), a dog's breed
/// or kennel, a club, and a plant whose variety is named like a person (`Beagle Hertta`,
/// `Kalastusseura Ahvenen`, `syreeni Michel Buchner`; the hundred-and-ninth's). Matched also as
/// the last part of a compound.
pub(crate) const THING_HEADS: &str = "\
kahvila ravintola baari pubi kuppila kioski kauppa myymälä puoti putiikki kampaamo parturi \
leipomo konditoria liike \
salonki hotelli hostelli majatalo huvila villa laiva alus lossi vene lautta murtaja juna veturi \
koira kissa hevonen poni ruuna tamma lehmä maskotti nukke robotti myrsky elokuva \
näytelmä musikaali ooppera romaani albumi sovellus järjestelmä auto bussi kuvaamo studio \
apteekki talo koti asema klinikka orkesteri kuoro yhtye bändi toimisto bio \
huone sali palvelin traktori neukkari lämminverinen kylmäverinen ravuri suomenhevonen \
beagle labradori noutaja spanieli terrieri pystykorva kennel seura tomaatti kärhö \
syreeni pioni lajike";

/// A farm's or a house's buildings and land, after which a lone genitive of a `-la`/`-lä` name
/// or of a place word's compound names the farm (`Niskalan talossa`, `Pöyhölän tilalla`,
/// `Onnelan lavalla`, `Lehtoniemen tilalla`; the persons sets' dev halves), and the stable, the
/// point, the hill and the way to it (`Kuusiston tallilta`, `Rantalan niemessä`, `Vehkalahden
/// mäessä`, `Mäkelän suunta aurataan`; the hundred-and-fifth's): the families' names are
/// another class (`Lahtisten rannassa`). Matched as a whole word or any part of a compound
/// (`Mäntylän kesä|mökki`, `Honkalan navetta|palossa`).
pub(crate) const FARM_HEADS: &str = "\
talo tila torppa pelto niitty lava piha mökki navetta aitta pirtti riihi sauna talli niemi mäki \
suunta";

/// Heads matched as whole words only: days named after a person (`Aleksis Kiven päivänä`), the
/// fairs held on a saint's day (`Jaakon markkinat`, `Heikin markkinoilla`; the eighty-ninth
/// persons set's dev half), an area or a camping site named after its place (`Myllymäen
/// aluetta`, `Huhtalan leirintäaluetta`; the ninety-ninth's) and a medal (`Koskelan mitali`).
/// As compounds they are a person's: `Holmströmin syntymäpäivää`, `Antti Näkkäläjärven
/// kalastusalueen`, `Janina Koskelan kultamitali` (the hundred-and-sixth's).
pub(crate) const EPONYM_WHOLE_WORDS: &str = "päivä markkina alue leirintäalue mitali";

/// The verb of turning an age (`täyttää 70`, `18 vuotta täyttänyt`).
pub(crate) const AGE_VERBS: &str = "\
täyttää";

/// Family words that name one's own grandparent, parent or sibling as a name does (`Mummo
/// sanoi`, `Pikkuveli meni`), compared whole in their base form (not part of the context
/// matcher: inflected or in a compound they are relations like any other).
pub(crate) const KIN_NAMES: &[&str] = &[
    "mummo",
    "mummu",
    "mummi",
    "mamma",
    "pappa",
    "vaari",
    "ukki",
    "faija",
    "mutsi",
    "iskä",
    "äiskä",
    "isi",
    "äippä",
    "pikkuveli",
    "pikkusisko",
    "isoveli",
    "isosisko",
    "broidi",
];

/// Family words that, bare and in their base form, name the writer's own relative when they
/// open a clause before a verb, as [`KIN_NAMES`] do (`Täti täyttää tänään 75`, `mut setä sano
/// et …`, `Äiti ja isä ovat nyt palvelutalossa`; the eightieth round's dev half); unlike those,
/// not before a modal verb and an infinitive, where they are anyone's (`Äiti voi hakea tukea`).
pub(crate) const KIN_SUBJECTS: &[&str] = &[
    "äiti",
    "isä",
    "täti",
    "setä",
    "eno",
    "tytär",
    "sisko",
    "serkku",
    "anoppi",
    "appi",
    "isoäiti",
    "isoisä",
    "kummitäti",
    "kummisetä",
    // the eighty-second round's dev half (Appiukko pääsi viimein kotiin)
    "appiukko",
];

/// The genitives of [`KIN_SUBJECTS`] and [`KIN_NAMES`] that own a thing in the writer's own
/// story (`Isän muisti on heikentynyt`, `enon tila on heikentynyt yön aikana`: the eighty-second
/// round's dev half), compared whole in small letters.
pub(crate) const KIN_GENITIVES: &[&str] = &[
    "isän",
    "äidin",
    "enon",
    "tädin",
    "sedän",
    "siskon",
    "serkun",
    "anopin",
    "apen",
    "mummon",
    "mummun",
    "mummin",
    "papan",
    "vaarin",
    "ukin",
    "isoäidin",
    "isoisän",
    "appiukon",
    "iskän",
    "äiskän",
    "faijan",
    "mutsin",
];

/// Animals a pet's name after `nimeltä` is told of (`uros nimeltä Pekka`), in small letters.
pub(crate) const PET_ANIMALS: &str = "kissa koira kolli uros naaras narttu pentu hevonen poni \
tamma ruuna kani marsu papukaija lehmä vasikka";

/// Possessive pronouns, standard and spoken, that make a relation noun after them one person
/// (`mun veli`, `sun poika`, `meiän mummo`), compared whole in small letters.
pub(crate) const OWNER_PRONOUNS: &[&str] = &[
    "minun", "sinun", "mun", "sun", "meidän", "teidän", "meiän", "teiän", "meirän", "teirän",
    "meijän", "teijän",
];

/// Households in the genitive that make a kin noun after them one person of a place everyone
/// knows (`talon poika`, `kioskin tyttö`, `Naapurin poika`), compared whole in small letters.
pub(crate) const HOUSEHOLDS: &[&str] = &[
    "talon",
    "tilan",
    "mökin",
    "torpan",
    "kartanon",
    "kioskin",
    "kaupan",
    "baarin",
    "pubin",
    "grillin",
    "huoltoaseman",
    "pajan",
    "naapurin",
];

/// Works of music, the stage, writing and art, after whose noun a genitive name is their maker
/// (`Haydnin C-duurikonsertosta`, `Brahmsin pianotrion`, `Chopinin balladit`; the ninety-first
/// persons set's dev half). Matched also as the last part of a compound (`viulu|konsertto`). Not
/// dances, which are named after places as often (`Säkkijärven polkka`).
pub(crate) const WORK_HEADS: &str = "\
konsertto sinfonia sonaatti trio kvartetti kvintetti balladi preludi etydi fuuga nokturno \
requiem oratorio kantaatti sävellys sävelmä ooppera operetti baletti näytelmä romaani novelli \
runo runoelma maalaus veistos teos serenadi rapsodia";

/// Trips, before a name in the allative or illative that is where they go (`Kanoottiretki
/// Unnukalle`, `matka Pallakselle`; the ninety-first drafts set's dev half). Matched also as the
/// last part of a compound (`kanootti|retki`).
pub(crate) const TRIP_HEADS: &str = "\
retki matka reissu vaellus risteily lento ekskursio kävelyretki patikointi";

/// Verbs of the stage, in a sentence that tells who plays a character (`Juhanina nähdään Antti
/// Lautamäki`, `Prinsessa Ruususena tanssii …`; the ninety-first persons set's dev half); with
/// [`PORTRAY_VERBS`], which are the stage's too.
pub(crate) const STAGE_VERBS: &str = "\
nähdä tanssia laulaa debytoida esiintyä";

/// Nouns of the stage in such a sentence (`Carmenin roolissa`, `ensi-illassa`). Matched also as
/// the last part of a compound (`pää|roolissa`).
pub(crate) const STAGE_NOUNS: &str = "rooli ensi-ilta";

/// Verbs of playing a part, after the partitive of the character (`Eskoa esittävä Ville`).
pub(crate) const PORTRAY_VERBS: &str = "esittää näytellä tulkita";

/// Verbs of being known by a name, before a nickname in the essive (`tunnetaan paremmin
/// Jopena`, `kutsuttiin Nikenä`).
pub(crate) const KNOWN_AS_VERBS: &str = "tuntea kutsua";

/// Verbs of passing a message on, before the role it goes to (`välitämme palautteen
/// osastonhoitajalle`, `toimitimme sen kirjailijalle`, `ohjaamme kysymyksen kuraattorille`).
pub(crate) const FORWARDING_VERBS: &str = "välittää toimittaa ohjata";

/// Verbs of heading somewhere, before where a trip goes (`Syysretki suuntautuu tänä vuonna
/// Kolille`, `suuntaamme Pallakselle`).
pub(crate) const HEADING_VERBS: &str = "suuntautua suunnata";

/// The list a term of the context matcher comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    /// [`RELATIONS`]
    Relation,
    /// [`TITLES`]
    Title,
    /// [`AGE_HEADS`]
    AgeHead,
    /// [`EPONYM_HEADS`] as a word or a compound's last part, [`EPONYM_INSTITUTIONS`],
    /// [`EPONYM_WHOLE_WORDS`]
    Eponym,
    /// [`EPONYM_HEADS`] anywhere in a compound, also as its first part (`kaupungin|johtaja`,
    /// `kylä|kävely`)
    EponymPart,
    /// [`AGE_VERBS`]
    AgeVerb,
    /// [`FARM_HEADS`], anywhere in a compound (`kesä|mökki`, `navetta|palo`)
    Farm,
    /// [`THING_HEADS`]
    Thing,
    /// [`WORK_HEADS`]
    Work,
    /// [`TRIP_HEADS`]
    Trip,
    /// [`STAGE_VERBS`], [`STAGE_NOUNS`], [`PORTRAY_VERBS`]
    Stage,
    /// [`PORTRAY_VERBS`]
    Portray,
    /// [`KNOWN_AS_VERBS`]
    KnownAs,
    /// [`FORWARDING_VERBS`]
    Forwarding,
    /// [`HEADING_VERBS`]
    Heading,
}

/// The lists in term order, each with its group and how it matches inside compounds.
pub(crate) const LISTS: [(&str, Group, Compounds); 19] = [
    (RELATIONS, Group::Relation, Compounds::Head),
    (TITLES, Group::Title, Compounds::Head),
    (AGE_HEADS, Group::AgeHead, Compounds::Head),
    (EPONYM_HEADS, Group::Eponym, Compounds::Head),
    (EPONYM_HEADS, Group::EponymPart, Compounds::Any),
    (EPONYM_INSTITUTIONS, Group::Eponym, Compounds::Head),
    (EPONYM_WHOLE_WORDS, Group::Eponym, Compounds::None),
    (AGE_VERBS, Group::AgeVerb, Compounds::None),
    (THING_HEADS, Group::Thing, Compounds::Head),
    (FARM_HEADS, Group::Farm, Compounds::Any),
    (WORK_HEADS, Group::Work, Compounds::Head),
    (TRIP_HEADS, Group::Trip, Compounds::Head),
    (STAGE_VERBS, Group::Stage, Compounds::None),
    (STAGE_NOUNS, Group::Stage, Compounds::Head),
    (PORTRAY_VERBS, Group::Stage, Compounds::None),
    (PORTRAY_VERBS, Group::Portray, Compounds::None),
    (KNOWN_AS_VERBS, Group::KnownAs, Compounds::None),
    (FORWARDING_VERBS, Group::Forwarding, Compounds::None),
    (HEADING_VERBS, Group::Heading, Compounds::None),
];

/// Every term of the context matcher in order: its base form, group and compound mode.
pub(crate) fn terms() -> impl Iterator<Item = (&'static str, Group, Compounds)> {
    LISTS
        .into_iter()
        .flat_map(|(list, g, c)| list.split_whitespace().map(move |w| (w, g, c)))
}

//! What a rule looks for: one [`Matcher`], of one kind, with that kind's typed options.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::config::ConfigList;

/// What a rule's `match` looks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Matcher {
    /// Terms, a config list, a pattern or a detector: fires on each match.
    Simple(Simple),
    /// Fires on a match of `first` when `of` matches within `within` words.
    Near {
        /// The rule's own matcher.
        first: Simple,
        /// The largest distance in words.
        within: usize,
        /// The other matcher.
        of: Simple,
        /// Whether a match of `of` inside the match of `first` also counts.
        inside: bool,
        /// How far apart in the text the two may be.
        across: Across,
        /// Which of the two must come first.
        order: Order,
    },
    /// A measured quantity out of bounds.
    Metric(Metric),
    /// Fires when the draft lacks something.
    Require {
        /// What must be there.
        what: Required,
        /// Where it must be.
        at: At,
    },
    /// Fires on each `wrong` term, offering its `right` as a fix.
    Swap(BTreeMap<String, String>),
}

/// A matcher that finds spans by itself: the kinds `unless`, `near` and `require` take.
#[derive(Debug, Clone, PartialEq)]
pub enum Simple {
    /// Words or phrases, Finnish-inflection-aware.
    Terms {
        /// The base forms as written.
        terms: Vec<String>,
        /// How they match.
        options: TermOptions,
    },
    /// The entries of a config list, matched as written (a `#tag` only as a hashtag).
    TermsFrom {
        /// Which list.
        list: ConfigList,
        /// How they match.
        options: TermOptions,
    },
    /// A Rust `regex` expression (borrowed from the program for a built-in pack's).
    Pattern(std::borrow::Cow<'static, str>),
    /// A built-in validating detector.
    Detector(DetectorSpec),
}

/// How terms match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermOptions {
    /// Match inflected forms (default true).
    pub inflect: bool,
    /// Match inside compound words.
    pub compounds: Compounds,
    /// Letter case.
    pub case: Case,
    /// Disguised forms (masked, spaced, leetspeak, stretched, misspelt, dialect) too, or only.
    pub disguise: Disguise,
}

impl TermOptions {
    /// How `swap` terms match: as written, any case.
    pub const EXACT: TermOptions = TermOptions {
        inflect: false,
        compounds: Compounds::None,
        case: Case::Insensitive,
        disguise: Disguise::Off,
    };

    /// The term matcher's spec of `text` matched this way.
    pub fn spec(&self, text: &str) -> somelint_fi::TermSpec {
        let (inflect, compounds, case_sensitive, disguise) = self.key();
        somelint_fi::TermSpec {
            text: text.to_string(),
            inflect,
            compounds,
            case_sensitive,
            disguise,
        }
    }

    /// How a term matches in the term matcher: `(inflect, compounds, case_sensitive,
    /// disguise)` of its [`TermOptions::spec`].
    pub fn key(&self) -> (bool, somelint_fi::Compounds, bool, bool) {
        let compounds = match self.compounds {
            // A rule's word of its own is that word also before a hyphen (`mamu-jengi`); a
            // swap's, compared as written, only alone.
            Compounds::None if self.inflect => somelint_fi::Compounds::Parts,
            Compounds::None => somelint_fi::Compounds::None,
            Compounds::Head => somelint_fi::Compounds::Head,
            Compounds::Any => somelint_fi::Compounds::Any,
            Compounds::HeadOnly => somelint_fi::Compounds::HeadOnly,
        };
        (
            self.inflect,
            compounds,
            self.case == Case::Sensitive,
            self.disguise != Disguise::Off,
        )
    }
}

impl Default for TermOptions {
    fn default() -> Self {
        TermOptions {
            inflect: true,
            compounds: Compounds::None,
            case: Case::Insensitive,
            disguise: Disguise::Off,
        }
    }
}

/// Whether a term is also matched inside compound words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Compounds {
    /// The term as a word of its own.
    #[default]
    None,
    /// Also as the last component of a compound.
    Head,
    /// Also as any component of a compound.
    Any,
    /// Only as the last component of a compound, never as a word of its own.
    #[serde(rename = "head_only")]
    HeadOnly,
}

/// Whether terms match disguised forms (`disguise:` of a matcher with terms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Disguise {
    /// As written (with inflection) only: `false`, the default.
    #[default]
    Off,
    /// As written and disguised (`v***u`, `helv3tti`, `vitttu`): `true`.
    On,
    /// Disguised only, never as written (`only`): for words with an ordinary sense that are
    /// also insults (`possu`, `nuija`, `lehmä`), whose disguise (`p0ssu`, `nu1ja`, `leHmÄ`,
    /// `Pä$$i`) shows the writer meant the insult. A match written the way an ordinary word is
    /// ([`somelint_fi::tokens::written_plainly`]) is dropped; a misspelling alone is no
    /// disguise.
    Only,
}

/// Letter case handling of terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    /// Any case (the default).
    #[default]
    Insensitive,
    /// Exactly as written.
    Sensitive,
}

/// What a `require` rule needs.
#[derive(Debug, Clone, PartialEq)]
pub enum Required {
    /// A match of this matcher.
    Match(Simple),
    /// A front-matter key with a value.
    FrontMatter(String),
}

/// How far from a match an exception (`unless`) reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// The exception must overlap the match.
    #[default]
    Match,
    /// The exception must be in the match's sentence (as `near` reads sentences: a full stop,
    /// `!` or `?` before a capital, or a blank line, ends one; a sentence opening with `hän`
    /// continues the one before).
    Sentence,
    /// The exception may be anywhere in the draft.
    Draft,
}

/// An exception: a match is dropped where this matcher matches within `scope`.
#[derive(Debug, Clone, PartialEq)]
pub struct Unless {
    /// What the exception looks for.
    pub matcher: Simple,
    /// How far from the match it reaches.
    pub scope: Scope,
}

/// What a `near` pair may span besides its `within` words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Across {
    /// One sentence; the next one too when it opens by referring back (`hän`, `he`, the
    /// family).
    #[default]
    Sentence,
    /// Sentences of one paragraph (no blank line between): a remark and what the next sentence
    /// does with it (`… pyydettiin pitämään meidän kesken. Sanon silti …`).
    Paragraph,
}

/// Which of a `near` pair must come first in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// Either.
    #[default]
    Any,
    /// The rule's own match before `of` (an insult before the noun it is said of: `pöljät
    /// päättäjät`).
    Before,
    /// The rule's own match after `of`.
    After,
}

/// Where a required match must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum At {
    /// In the first non-empty line.
    Start,
    /// In the last two non-empty lines, not counting trailing lines of only hashtags, links,
    /// mentions and emoji, photo credits and short lead-ins to a link.
    End,
    /// Anywhere.
    #[default]
    Anywhere,
}

/// A measured quantity of the draft, or of each sentence, line or paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// What to measure.
    pub measure: Measure,
    /// Fires when the value is above this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Fires when the value is below this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// With `max`: fires only while the value is at most this (for "close to the limit").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<f64>,
    /// What unit is measured (default the whole draft).
    #[serde(default)]
    pub per: Per,
}

/// The unit a metric measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    /// The whole draft.
    #[default]
    Draft,
    /// Each sentence.
    Sentence,
    /// Each line.
    Line,
    /// Each paragraph (blank-line separated).
    Paragraph,
}

/// A measurable quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// User-perceived characters (extended grapheme clusters), as Bluesky counts.
    Graphemes,
    /// Unicode scalar values.
    Chars,
    /// Words.
    Words,
    /// Words in the longest sentence (per draft) or in the sentence (per sentence).
    SentenceWords,
    /// Words of running text: hashtags, mentions and links left out.
    ProseWords,
    /// Share of letters in shouted words (all-caps words of six or more letters, or runs of
    /// three or more all-caps words); acronyms like `THL` or `KELA` do not count.
    CapsRatio,
    /// Exclamation marks.
    Exclamations,
    /// Lines.
    Lines,
    /// Paragraphs (blank-line separated).
    Paragraphs,
    /// X's weighted length as twitter-text v3 counts it (limit 280).
    XWeightedLength,
    /// Mastodon's length (limit 500): graphemes, every `http(s)://` URL counted as 23.
    MastodonLength,
    /// Hashtags (`#Suomussalmi`), as twitter-text finds them.
    Hashtags,
    /// Mentions (`@kunta`, `@kunta@some.fi`).
    Mentions,
    /// Links, with or without a protocol.
    Links,
    /// Emoji in the longest run of consecutive emoji (whitespace between them allowed).
    EmojiRun,
}

/// A built-in validating detector with its options.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DetectorSpec {
    /// Finnish personal identity codes.
    Hetu {
        /// Whether temporary numbers (900–999) count (default true).
        temporary: bool,
    },
    /// IBANs (mod-97).
    Iban {
        /// Only these countries (ISO codes, upper case); empty for all.
        countries: Vec<String>,
    },
    /// Luhn-valid payment card numbers.
    PaymentCard,
    /// Finnish and international phone numbers.
    Phone {
        /// The kinds of number found.
        kinds: Vec<PhoneKind>,
    },
    /// E-mail addresses outside the organisation's domains.
    Email {
        /// Only addresses at these domains or their subdomains (lower case); empty for all.
        domains: Vec<String>,
    },
    /// Passwords, PINs, API keys, private keys and high-entropy tokens.
    Secret {
        /// The kinds of secret found.
        kinds: Vec<SecretKind>,
    },
    /// Intranet, cloud-document, private-address and token-carrying links.
    InternalLink,
    /// Plain links.
    Url,
    /// The writer's personal signature at the end of the post (a name or initials, not a team's
    /// name); with `require`, fires when a post lacks one.
    Signature,
    /// Words in capitals inside ordinary text (emphasis read as shouting), not acronyms (a
    /// built-in list, the config's `organisation.acronyms`, words without a vowel, short words
    /// that are no frequent Finnish word), headings or event names at a line's start.
    Capitals,
    /// Street addresses (`Rantatie 5 B 12`), each of the kind the text gives it: a home, where
    /// a person is from, a house with its residents, or plainly a street.
    StreetAddress {
        /// The kinds of address found.
        kinds: Vec<AddressKind>,
    },
    /// Mentions of people: names in any inflected form, initials, relations, ages, `hän`, and
    /// the organisation's own staff (config `signature.names`).
    Person {
        /// The kinds of mention found.
        kinds: Vec<PersonKind>,
    },
    /// A text model's verdict on the whole draft (`tone`, `copyright`, `confidential`), at its
    /// sentence with the most weight.
    Classifier {
        /// The model.
        model: somelint_fi::classify::Model,
        /// The probability from which a draft is flagged, in thousandths.
        threshold_permille: u16,
    },
}

/// A kind of person mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// A first name and a surname (`Aarne Väisäsen`).
    FullName,
    /// A first name alone (`Sarille`).
    FirstName,
    /// A surname alone (`Niemisen perheelle`, `opettaja Mäkelä`).
    Surname,
    /// Initials (`M. Virtanen`, `/MK`).
    Initials,
    /// A relation pointing at one person (`äitisi`, `potilaamme`).
    Relation,
    /// An individual's age (`9-vuotias`, `(45)`).
    Age,
    /// A form of `hän`.
    Pronoun,
    /// A form of the plural `he` (`heidän`, `heille`): many people.
    PluralPronoun,
    /// One of the organisation's own people (config `signature.names`).
    Known,
    /// The person a reply answers, by a handle that is a first name (`@Niilo`).
    Addressee,
}

impl PersonKind {
    /// Every kind, in the documentation's order.
    pub const ALL: [PersonKind; 10] = [
        PersonKind::FullName,
        PersonKind::FirstName,
        PersonKind::Surname,
        PersonKind::Initials,
        PersonKind::Relation,
        PersonKind::Age,
        PersonKind::Pronoun,
        PersonKind::PluralPronoun,
        PersonKind::Known,
        PersonKind::Addressee,
    ];

    /// The position of the kind in [`PersonKind::ALL`].
    pub(crate) fn index(self) -> u8 {
        self as u8
    }

    /// The name rule files use.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonKind::FullName => "full_name",
            PersonKind::FirstName => "first_name",
            PersonKind::Surname => "surname",
            PersonKind::Initials => "initials",
            PersonKind::Relation => "relation",
            PersonKind::Age => "age",
            PersonKind::Pronoun => "pronoun",
            PersonKind::PluralPronoun => "plural_pronoun",
            PersonKind::Known => "known",
            PersonKind::Addressee => "addressee",
        }
    }
}

/// How the text introduces a street address (see [`somelint_fi::addresses::AddressKind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AddressKind {
    /// A home: with a staircase and flat, or after a word of living (`asuu Koivukuja 3:ssa`).
    Home,
    /// Where a person is from (`osoitteesta Haapatie 12`).
    From,
    /// A house or its resident (`Rantatie 12:n omakotitalon asukas`), or the home of the person
    /// spoken to or of (`teidän talon kohdalla Koivukuja 7:ssä`).
    Resident,
    /// An address and nothing more (`Koulutie 2`).
    Street,
}

impl AddressKind {
    /// Every kind, in the documentation's order.
    pub const ALL: [AddressKind; 4] = [
        AddressKind::Home,
        AddressKind::From,
        AddressKind::Resident,
        AddressKind::Street,
    ];

    /// The name rule files use.
    pub fn as_str(self) -> &'static str {
        match self {
            AddressKind::Home => "home",
            AddressKind::From => "from",
            AddressKind::Resident => "resident",
            AddressKind::Street => "street",
        }
    }
}

/// A kind of phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PhoneKind {
    /// Finnish mobile numbers.
    Mobile,
    /// Finnish landline numbers.
    Landline,
    /// Finnish service numbers (0100…, 0800…, 020…).
    Service,
    /// `+`-prefixed foreign numbers.
    International,
}

/// A kind of secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SecretKind {
    /// A password or PIN after a keyword (`salasana:`).
    Keyword,
    /// API keys and private keys of known formats.
    Key,
    /// High-entropy tokens.
    Entropy,
}

impl Matcher {
    /// The simple matchers inside (a swap's terms are not one).
    pub fn simples(&self) -> Vec<&Simple> {
        match self {
            Matcher::Simple(s) => vec![s],
            Matcher::Near { first, of, .. } => vec![first, of],
            Matcher::Require {
                what: Required::Match(s),
                ..
            } => vec![s],
            Matcher::Metric(_) | Matcher::Require { .. } | Matcher::Swap(_) => Vec::new(),
        }
    }

    /// Calls `f` with every simple matcher inside, and with a swap's terms as exact terms.
    pub fn for_each_simple(&self, mut f: impl FnMut(&Simple)) {
        self.simples().into_iter().for_each(&mut f);
        if let Matcher::Swap(pairs) = self {
            f(&Simple::Terms {
                terms: pairs.keys().cloned().collect(),
                options: TermOptions::EXACT,
            });
        }
    }
}

impl DetectorSpec {
    /// The names rule files use, in the order of the documentation.
    pub const NAMES: &'static [&'static str] = &[
        "hetu",
        "iban",
        "payment_card",
        "phone",
        "email",
        "secret",
        "internal_link",
        "url",
        "person",
        "street_address",
        "signature",
        "capitals",
        "classifier",
    ];

    /// The detector's name as rule files write it.
    pub fn name(&self) -> &'static str {
        match self {
            DetectorSpec::Hetu { .. } => "hetu",
            DetectorSpec::Iban { .. } => "iban",
            DetectorSpec::PaymentCard => "payment_card",
            DetectorSpec::Phone { .. } => "phone",
            DetectorSpec::Email { .. } => "email",
            DetectorSpec::Secret { .. } => "secret",
            DetectorSpec::InternalLink => "internal_link",
            DetectorSpec::Url => "url",
            DetectorSpec::Person { .. } => "person",
            DetectorSpec::StreetAddress { .. } => "street_address",
            DetectorSpec::Signature => "signature",
            DetectorSpec::Capitals => "capitals",
            DetectorSpec::Classifier { .. } => "classifier",
        }
    }
}

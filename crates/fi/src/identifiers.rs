//! Identifiers with check characters: validation only, no searching.
//!
//! Searching text for them (and deciding what is a leak) is the detectors' job in `somelint-core`.
//!
//! * [`hetu`]: the Finnish personal identity code (henkilötunnus), `DDMMYYCZZZQ`.
//! * [`iban`]: International Bank Account Numbers, with the registry's length per country and the
//!   ISO 7064 mod-97 check.
//! * [`luhn`]: the Luhn (mod-10) check used by payment card numbers.
//!
//! Every function takes any `&str` and never panics.

/// The Finnish personal identity code (henkilötunnus, HETU): `DDMMYYCZZZQ`.
///
/// * `DDMMYY`: date of birth;
/// * `C`: century sign: `+` 1800s; `-`, `Y`, `X`, `W`, `V`, `U` 1900s; `A`, `B`, `C`, `D`, `E`,
///   `F` 2000s (the letters other than `-` and `A` were added in 2023);
/// * `ZZZ`: individual number, 002–899, or 900–999 for temporary codes;
/// * `Q`: check character: the nine digits `DDMMYYZZZ` as a number modulo 31, looked up in
///   `0123456789ABCDEFHJKLMNPRSTUVWXY`.
///
/// Letters may be in lower case. This follows python-stdnum's `fi.hetu` module.
pub mod hetu {
    /// The check characters, indexed by the remainder modulo 31.
    pub const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// The century a sign stands for (`1800`, `1900` or `2000`), or `None` for any other character.
    /// Case-insensitive.
    pub fn century(sign: char) -> Option<u16> {
        match sign.to_ascii_uppercase() {
            '+' => Some(1800),
            '-' | 'Y' | 'X' | 'W' | 'V' | 'U' => Some(1900),
            'A' | 'B' | 'C' | 'D' | 'E' | 'F' => Some(2000),
            _ => None,
        }
    }

    /// The check character for the nine digits `DDMMYYZZZ` (upper case), or `None` when `digits` is
    /// not exactly nine ASCII digits.
    pub fn check_char(digits: &str) -> Option<char> {
        if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: u32 = digits.parse().ok()?;
        Some(CHECK_CHARS[(n % 31) as usize] as char)
    }

    /// What a valid code says about its holder.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Hetu {
        /// Year of birth (1800–2099).
        pub year: u16,
        /// Month of birth, 1–12.
        pub month: u8,
        /// Day of birth, 1–31.
        pub day: u8,
        /// The individual number, 2–999.
        pub individual: u16,
    }

    impl Hetu {
        /// Whether this is a temporary code (individual number 900–999).
        pub fn is_temporary(&self) -> bool {
            self.individual >= 900
        }
    }

    /// Parses and validates `code` (exactly 11 characters, no surrounding space). Temporary
    /// individual numbers (900–999) are accepted; check [`Hetu::is_temporary`] to refuse them.
    pub fn parse(code: &str) -> Option<Hetu> {
        let b = code.as_bytes();
        if b.len() != 11 || !code.is_ascii() {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if !digits(0..6) || !digits(7..10) {
            return None;
        }
        let num = |i: usize| u16::from(b[i] - b'0') * 10 + u16::from(b[i + 1] - b'0');
        let day = num(0);
        let month = num(2);
        let year = century(b[6] as char)? + num(4);
        let individual = num(7) * 10 + u16::from(b[9] - b'0');
        if individual < 2 {
            return None;
        }
        if month == 0 || month > 12 || day == 0 || day > days_in_month(year, month as u8) as u16 {
            return None;
        }
        let mut nine = String::with_capacity(9);
        nine.push_str(&code[0..6]);
        nine.push_str(&code[7..10]);
        if check_char(&nine)? != (b[10] as char).to_ascii_uppercase() {
            return None;
        }
        Some(Hetu {
            year,
            month: month as u8,
            day: day as u8,
            individual,
        })
    }

    /// Whether `code` is a valid personal identity code, temporary ones included.
    ///
    /// ```
    /// use somelint_fi::identifiers::hetu;
    /// assert!(hetu::is_valid("131052-308T"));
    /// assert!(hetu::is_valid("131052a308t"));
    /// assert!(!hetu::is_valid("131052-308U"));
    /// ```
    pub fn is_valid(code: &str) -> bool {
        parse(code).is_some()
    }

    /// Whether `code` is valid and not a temporary code.
    pub fn is_valid_permanent(code: &str) -> bool {
        parse(code).is_some_and(|h| !h.is_temporary())
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    pub fn is_leap_year(year: u16) -> bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` (1–12) of `year`; 0 for a month out of range.
    pub fn days_in_month(year: u16, month: u8) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if is_leap_year(year) => 29,
            2 => 28,
            _ => 0,
        }
    }
}

/// International Bank Account Numbers (ISO 13616).
///
/// A valid IBAN has a known country code, the length the IBAN registry gives for that country,
/// a BBAN of letters and digits (digits only where the country's format has no letters), and
/// passes the ISO 7064 mod-97-10 check. Spaces are ignored and letters may be in either case.
pub mod iban {
    /// `(country, length)` for every country in the IBAN registry, plus territories that use
    /// their parent's format (Åland `AX` uses Finland's).
    pub const LENGTHS: &[(&str, usize)] = &[
        ("AD", 24),
        ("AE", 23),
        ("AL", 28),
        ("AT", 20),
        ("AX", 18),
        ("AZ", 28),
        ("BA", 20),
        ("BE", 16),
        ("BG", 22),
        ("BH", 22),
        ("BI", 27),
        ("BL", 27),
        ("BR", 29),
        ("BY", 28),
        ("CH", 21),
        ("CR", 22),
        ("CY", 28),
        ("CZ", 24),
        ("DE", 22),
        ("DJ", 27),
        ("DK", 18),
        ("DO", 28),
        ("EE", 20),
        ("EG", 29),
        ("ES", 24),
        ("FI", 18),
        ("FK", 18),
        ("FO", 18),
        ("FR", 27),
        ("GB", 22),
        ("GE", 22),
        ("GF", 27),
        ("GI", 23),
        ("GL", 18),
        ("GP", 27),
        ("GR", 27),
        ("GT", 28),
        ("HN", 28),
        ("HR", 21),
        ("HU", 28),
        ("IE", 22),
        ("IL", 23),
        ("IQ", 23),
        ("IS", 26),
        ("IT", 27),
        ("JO", 30),
        ("KW", 30),
        ("KZ", 20),
        ("LB", 28),
        ("LC", 32),
        ("LI", 21),
        ("LT", 20),
        ("LU", 20),
        ("LV", 21),
        ("LY", 25),
        ("MC", 27),
        ("MD", 24),
        ("ME", 22),
        ("MF", 27),
        ("MK", 19),
        ("MN", 20),
        ("MQ", 27),
        ("MR", 27),
        ("MT", 31),
        ("MU", 30),
        ("NC", 27),
        ("NI", 28),
        ("NL", 18),
        ("NO", 15),
        ("OM", 23),
        ("PF", 27),
        ("PK", 24),
        ("PL", 28),
        ("PM", 27),
        ("PS", 29),
        ("PT", 25),
        ("QA", 29),
        ("RE", 27),
        ("RO", 24),
        ("RS", 22),
        ("RU", 33),
        ("SA", 24),
        ("SC", 31),
        ("SD", 18),
        ("SE", 24),
        ("SI", 19),
        ("SK", 24),
        ("SM", 27),
        ("SO", 23),
        ("ST", 25),
        ("SV", 28),
        ("TF", 27),
        ("TL", 23),
        ("TN", 24),
        ("TR", 26),
        ("UA", 29),
        ("VA", 22),
        ("VG", 24),
        ("WF", 27),
        ("XK", 20),
        ("YE", 30),
        ("YT", 27),
    ];

    /// Countries whose BBAN is digits only.
    const NUMERIC_BBAN: &[&str] = &[
        "AT", "AX", "BA", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "GL", "HR", "HU", "IL",
        "LT", "MK", "NO", "PL", "PT", "RS", "SE", "SI", "SK", "TN", "XK",
    ];

    /// The IBAN length for `country` (two letters, either case), or `None` for a country without
    /// IBANs.
    pub fn length(country: &str) -> Option<usize> {
        LENGTHS
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(country))
            .map(|&(_, len)| len)
    }

    /// `value` without spaces, in upper case (the electronic format).
    pub fn normalize(value: &str) -> String {
        value
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    }

    /// Whether the electronic-format IBAN (`normalize`d) passes the mod-97 check, whatever its
    /// country and length.
    pub fn checksum_ok(compact: &str) -> bool {
        let b = compact.as_bytes();
        if b.len() < 5 || !b.iter().all(u8::is_ascii_alphanumeric) {
            return false;
        }
        let mut rem: u32 = 0;
        for &c in b[4..].iter().chain(&b[..4]) {
            let c = c.to_ascii_uppercase();
            if c.is_ascii_digit() {
                rem = (rem * 10 + u32::from(c - b'0')) % 97;
            } else {
                rem = (rem * 100 + u32::from(c - b'A') + 10) % 97;
            }
        }
        rem == 1
    }

    /// Whether `value` is a valid IBAN. Spaces anywhere are ignored; letters may be in either
    /// case.
    ///
    /// ```
    /// use somelint_fi::identifiers::iban;
    /// assert!(iban::is_valid("FI21 1234 5600 0007 85"));
    /// assert!(iban::is_valid("fi2112345600000785"));
    /// assert!(!iban::is_valid("FI21 1234 5600 0007 86"));
    /// ```
    pub fn is_valid(value: &str) -> bool {
        let compact = normalize(value);
        let b = compact.as_bytes();
        if b.len() < 5
            || !b[..2].iter().all(u8::is_ascii_uppercase)
            || !b[2..4].iter().all(u8::is_ascii_digit)
            || !b.iter().all(u8::is_ascii_alphanumeric)
        {
            return false;
        }
        let country = &compact[..2];
        if length(country) != Some(b.len()) {
            return false;
        }
        if NUMERIC_BBAN.contains(&country) && !b[4..].iter().all(u8::is_ascii_digit) {
            return false;
        }
        checksum_ok(&compact)
    }
}

/// The Luhn (mod-10) check digit algorithm, used by payment card numbers.
pub mod luhn {
    /// Whether the digits of `value` pass the Luhn check. Spaces and hyphens are ignored; any
    /// other non-digit, or fewer than two digits, makes it invalid.
    ///
    /// ```
    /// use somelint_fi::identifiers::luhn;
    /// assert!(luhn::is_valid("4111 1111 1111 1111"));
    /// assert!(!luhn::is_valid("4111 1111 1111 1112"));
    /// ```
    pub fn is_valid(value: &str) -> bool {
        let mut sum = 0u32;
        let mut count = 0usize;
        for c in value.chars().rev() {
            let d = match c {
                '0'..='9' => c as u32 - '0' as u32,
                ' ' | '-' => continue,
                _ => return false,
            };
            let d = if count % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            };
            sum += d;
            count += 1;
        }
        count >= 2 && sum % 10 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hetu_table() {
        let cases: &[(&str, bool)] = &[
            ("131052-308T", true),
            ("131052+308T", true),
            ("131052A308T", true),
            ("131052a308t", true),
            ("131052Y308T", true),
            ("131052F308T", true),
            ("131052-308U", false),
            ("131052/308T", false),
            ("131052G308T", false),
            ("310252-308Y", false),
            ("130052-308R", false),
            ("131052-000V", false),
            ("131052-001W", false),
            ("131052-9993", true),
            ("290200A248A", true),  // 2000 is a leap year
            ("290200-101P", false), // 1900 is not
            ("290296-7808", true),
            ("10101-0101", false),
            ("010101-01012", false),
            ("", false),
            ("ää1052-308T", false),
            ("131052-30äT", false),
        ];
        for &(code, valid) in cases {
            assert_eq!(hetu::is_valid(code), valid, "{code}");
        }
        assert!(!hetu::is_valid_permanent("131052-9993"));
        assert!(hetu::is_valid_permanent("131052-308T"));
    }

    #[test]
    fn hetu_parts() {
        let h = hetu::parse("010114A173M").unwrap();
        assert_eq!((h.year, h.month, h.day, h.individual), (2014, 1, 1, 173));
        assert_eq!(hetu::check_char("131052308"), Some('T'));
        assert_eq!(hetu::check_char("13105230"), None);
        assert_eq!(hetu::century('+'), Some(1800));
        assert_eq!(hetu::century('u'), Some(1900));
        assert_eq!(hetu::century('G'), None);
        assert_eq!(hetu::days_in_month(2024, 2), 29);
        assert_eq!(hetu::days_in_month(1900, 2), 28);
        assert_eq!(hetu::days_in_month(2000, 2), 29);
        assert_eq!(hetu::days_in_month(2023, 13), 0);
    }

    #[test]
    fn iban_table() {
        let cases: &[(&str, bool)] = &[
            ("FI21 1234 5600 0007 85", true),
            ("FI2112345600000785", true),
            ("fi21 1234 5600 0007 85", true),
            ("FI21 1234 5600 0007 86", false),
            ("FI 268 000371024 1081", true),
            ("DE89 3704 0044 0532 0130 00", true),
            ("SE45 5000 0000 0583 9825 7466", true),
            ("GB82 WEST 1234 5698 7654 32", true),
            ("GB82 WEST 1234 5698 7654 3", false),
            ("FI9080002627761348A", false),
            ("AFI9080002627761348", false),
            ("XX21 1234 5600 0007 85", false),
            ("FIAB12345600000785", false),
            ("", false),
            ("FI21 1234 5600 0007 8ä", false),
        ];
        for &(value, valid) in cases {
            assert_eq!(iban::is_valid(value), valid, "{value}");
        }
        assert_eq!(iban::length("fi"), Some(18));
        assert_eq!(iban::length("US"), None);
        assert_eq!(iban::normalize(" fi21 1234 "), "FI211234");
    }

    #[test]
    fn luhn_table() {
        let cases: &[(&str, bool)] = &[
            ("4111111111111111", true),
            ("4111-1111-1111-1111", true),
            ("378282246310005", true),
            ("5555 5555 5555 4444", true),
            ("4111111111111112", false),
            ("0", false),
            ("00", true),
            ("79927398713", true),
            ("7992739871x", false),
            ("", false),
        ];
        for &(value, valid) in cases {
            assert_eq!(luhn::is_valid(value), valid, "{value}");
        }
    }
}

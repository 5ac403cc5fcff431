//! How Finnish posts end: the lines that may follow a writer's signature (tags, links, a photo
//! credit, a short lead-in to a link), so that a signature is looked for above them.

/// Whether a whitespace-separated token is a link (`https://…`, `www.…`, in any letter case).
pub(crate) fn is_link(tok: &str) -> bool {
    crate::tokens::starts_link(tok.as_bytes())
}

/// A line that may follow a signature: only hashtags, mentions, links and emoji; a photo or
/// video credit (`Kuva: Maija Meikäläinen`, `📸 Maija`); or a short lead-in to a link
/// (`Lue lisää: https://…`).
pub fn is_trailer(line: &str) -> bool {
    let decoration = |tok: &str| {
        tok.starts_with('#')
            || tok.starts_with('@')
            || is_link(tok)
            || !tok.chars().any(char::is_alphanumeric)
    };
    if line.split_whitespace().all(decoration) {
        return true;
    }
    if is_credit(line) {
        return true;
    }
    // "Lue lisää: https://…", "Ilmoittaudu 👉 https://…": a few words and a link, but not a
    // signature followed by a link ("-Maija https://…") or after it ("Pöytäkirja: https://… -ML").
    if !line.split_whitespace().any(is_link) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().filter(|t| !decoration(t)).collect();
    let marked = |w: &str| w.starts_with(['-', '–', '—', '~', '/', '^']);
    words.len() <= 3
        && !words.first().is_some_and(|w| marked(w))
        && !words.last().is_some_and(|w| marked(w))
        && words.iter().any(|w| w.ends_with(':'))
}

/// A credit line: `Kuva: …`, `Kuvat ja video: …`, `📸 …`, `Photo: …`, `Alkuperäinen resepti ja
/// kuvat: …`, `Sanat ja sävel: …`: before the colon (or `©`, `/`), only credit words, `ja` and
/// `alkuperäinen`.
pub fn is_credit(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with(['📸', '📷', '🎥', '📹', '©']) {
        return true;
    }
    // The words before the colon, at most as long as the longest credit phrase.
    let head_len = t
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() || *c == ' '))
        .map_or(t.len(), |(i, _)| i);
    if head_len > 40 || !t[head_len..].starts_with([':', '©', '/']) {
        return false;
    }
    const CREDITS: [&str; 22] = [
        "kuva",
        "kuvat",
        "valokuva",
        "valokuvat",
        "kuvaaja",
        "video",
        "videot",
        "kuvitus",
        "photo",
        "resepti",
        "reseptit",
        "lähde",
        "lähteet",
        "sanat",
        "sävel",
        "sävellys",
        "runo",
        "piirros",
        "piirrokset",
        "grafiikka",
        "grafiikat",
        "kuvitukset",
    ];
    let head = t[..head_len].to_lowercase();
    let mut credit = false;
    for w in head.split_whitespace() {
        if CREDITS.contains(&w) {
            credit = true;
        } else if !matches!(w, "ja" | "alkuperäinen" | "alkuperäiset") {
            return false;
        }
    }
    credit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_and_trailers() {
        assert!(is_credit("📸 Maija Meikäläinen"));
        assert!(is_credit("Kuvat ja video: Maija"));
        assert!(is_credit("Kuva: Jussi Virtanen"));
        assert!(is_credit(
            "Alkuperäinen resepti ja kuvat: Retkikeittiö.fi / Laura Vesterinen"
        ));
        assert!(is_credit("Sanat ja sävel: Maija Meikäläinen"));
        assert!(!is_credit("Terveisin: Maija"));
        assert!(!is_credit("Kuvat otti Maija: kiitos!"));
        assert!(!is_credit("Kuvassa vasemmalta Maija"));
        assert!(is_trailer("#Suomussalmi https://x.fi"));
        assert!(is_trailer("Lue lisää: https://x.fi"));
        assert!(!is_trailer("-Maija https://x.fi"));
        assert!(!is_trailer("Kiitos kaikille!"));
    }
}

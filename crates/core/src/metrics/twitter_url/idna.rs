//! twitter-text's domain checks: ASCII labels of a mixed-script domain, and the punycode length
//! its `idna.toAscii` check limits.

use super::chars::is_ascii_domain_label_char;
use super::{tld_at, Chars, MAX_DOMAIN_LABEL_LENGTH, NO_MATCH, UNKNOWN};

/// All matches of `validAsciiDomain` (global, leftmost) inside `cs[from..to]`.
pub(super) fn ascii_domains(cs: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    // Memo for `(label\.)+ TLD` anchored at a label start: end of match.
    let mut memo: Vec<usize> = vec![UNKNOWN; to - from + 1];
    let run_end = |p: usize| {
        let mut k = p;
        while k < to && is_ascii_domain_label_char(cs[k]) {
            k += 1;
        }
        k
    };
    // (label\.)+ TLD at p, greedy on the number of labels.
    let anchored = |p: usize, memo: &mut Vec<usize>| -> Option<usize> {
        let mut chain = Vec::new();
        let mut cur = p;
        loop {
            if memo[cur - from] != UNKNOWN {
                break;
            }
            let e = run_end(cur);
            if e == cur || e >= to || cs[e] != '.' {
                memo[cur - from] = NO_MATCH;
                break;
            }
            chain.push((cur, e + 1));
            cur = e + 1;
        }
        while let Some((p, q)) = chain.pop() {
            let more = match memo[q - from] {
                UNKNOWN | NO_MATCH => None,
                end => Some(end),
            };
            memo[p - from] = more.or_else(|| tld_at(cs, q, to)).unwrap_or(NO_MATCH);
        }
        match memo[p - from] {
            UNKNOWN | NO_MATCH => None,
            end => Some(end),
        }
    };
    let mut out = Vec::new();
    let mut a = from;
    while a < to {
        if !is_ascii_domain_label_char(cs[a]) {
            a += 1;
            continue;
        }
        match anchored(a, &mut memo) {
            Some(end) => {
                out.push((a, end));
                a = end;
            }
            // Every later start inside the same label run fails the same way.
            None => a = run_end(a).max(a + 1),
        }
    }
    out
}

/// Length of `punycode.toASCII(label)` (punycode.js 1.4.1) in UTF-16 code units, capped:
/// anything above 63 is reported as 64.
pub(super) fn punycode_ascii_len(label: &[u32]) -> usize {
    let mut total = 0;
    let mut first = true;
    for part in label.split(|&c| matches!(c, 0x2E | 0x3002 | 0xFF0E | 0xFF61)) {
        if !first {
            total += 1;
        }
        first = false;
        if part.iter().all(|&c| c <= 0x7E) {
            total += part.len();
            if total > MAX_DOMAIN_LABEL_LENGTH {
                return MAX_DOMAIN_LABEL_LENGTH + 1;
            }
            continue;
        }
        let cps = ucs2_decode(part);
        if cps.len() > MAX_DOMAIN_LABEL_LENGTH {
            // "xn--" plus at least one character per code point.
            return MAX_DOMAIN_LABEL_LENGTH + 1;
        }
        total += 4 + punycode_encoded_len(&cps);
        if total > MAX_DOMAIN_LABEL_LENGTH {
            return MAX_DOMAIN_LABEL_LENGTH + 1;
        }
    }
    total
}

/// UTF-16 units to code points as punycode.js does (valid pairs merged, lone surrogates
/// kept).
pub(super) fn ucs2_decode(units: &[u32]) -> Vec<u64> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if (0xD800..=0xDBFF).contains(&u) && i + 1 < units.len() {
            let lo = units[i + 1];
            if (0xDC00..=0xDFFF).contains(&lo) {
                out.push(0x10000 + ((u64::from(u) - 0xD800) << 10) + (u64::from(lo) - 0xDC00));
                i += 2;
                continue;
            }
        }
        out.push(u64::from(u));
        i += 1;
    }
    out
}

/// Length of the RFC 3492 encoding of the code points `cps` (without the `xn--` prefix).
pub(super) fn punycode_encoded_len(cps: &[u64]) -> usize {
    const BASE: u64 = 36;
    const T_MIN: u64 = 1;
    const T_MAX: u64 = 26;
    const SKEW: u64 = 38;
    const DAMP: u64 = 700;
    fn adapt(mut delta: u64, num_points: u64, first_time: bool) -> u64 {
        let mut k = 0;
        delta = if first_time { delta / DAMP } else { delta >> 1 };
        delta += delta / num_points;
        while delta > ((BASE - T_MIN) * T_MAX) >> 1 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
    }
    let basic = cps.iter().filter(|&&c| c < 0x80).count();
    let mut out = basic + usize::from(basic > 0);
    let mut n: u64 = 0x80;
    let mut delta: u64 = 0;
    let mut bias: u64 = 72;
    let mut h = basic;
    while h < cps.len() {
        let Some(m) = cps.iter().copied().filter(|&c| c >= n).min() else {
            break;
        };
        delta += (m - n) * (h as u64 + 1);
        n = m;
        for &c in cps {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out += 1;
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out += 1;
                bias = adapt(delta, h as u64 + 1, h == basic);
                delta = 0;
                h += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// twitter-text's `idna.toAscii` check: false when the domain would be rejected.
pub(super) fn idna_ok(t: &Chars, from: usize, to: usize) -> bool {
    let domain = &t.raw[from..to];
    if domain.len() >= 4
        && domain[..4] == [0x78, 0x6E, 0x2D, 0x2D] // "xn--", case-sensitive
        && ascii_domains(&t.cs, from, to).is_empty()
    {
        return false;
    }
    domain.split(|&c| c == 0x2E).all(|label| {
        let len = punycode_ascii_len(label);
        (1..=MAX_DOMAIN_LABEL_LENGTH).contains(&len)
    })
}

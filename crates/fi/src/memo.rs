//! The last answer about a text, kept per thread: the linter runs several rules and detectors
//! over the same draft one after another, and some of them ask the same question of it (the
//! three text models' n-grams, the writer's signature, the street addresses).

use std::cell::RefCell;
use std::thread::LocalKey;

/// The last text asked about, with the question's key and its answer.
pub(crate) struct Last<K, T> {
    text: String,
    answer: Option<(K, T)>,
}

impl<K, T> Last<K, T> {
    /// Nothing asked yet.
    pub(crate) const fn new() -> Self {
        Last {
            text: String::new(),
            answer: None,
        }
    }
}

/// The answer of `compute` for `text` under `key`, remembered in `last` for the next caller
/// on this thread that asks the same of the same text.
pub(crate) fn remembered<K: PartialEq + 'static, T: Clone + 'static>(
    last: &'static LocalKey<RefCell<Last<K, T>>>,
    key: K,
    text: &str,
    compute: impl FnOnce() -> T,
) -> T {
    let known = last.with_borrow(|l| match &l.answer {
        Some((k, answer)) if *k == key && l.text == text => Some(answer.clone()),
        _ => None,
    });
    if let Some(answer) = known {
        return answer;
    }
    // Computed with the cell released, so that `compute` may ask another question.
    let answer = compute();
    last.with_borrow_mut(|l| {
        l.text.clear();
        l.text.push_str(text);
        l.answer = Some((key, answer.clone()));
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LAST: RefCell<Last<u8, usize>> = const { RefCell::new(Last::new()) };
    }

    #[test]
    fn the_same_question_of_the_same_text_is_answered_once() {
        let mut computed = 0;
        let mut ask = |key: u8, text: &str| {
            remembered(&LAST, key, text, || {
                computed += 1;
                text.len() + usize::from(key)
            })
        };
        assert_eq!(ask(0, "abc"), 3);
        assert_eq!(ask(0, "abc"), 3);
        assert_eq!(ask(1, "abc"), 4);
        assert_eq!(ask(1, "abcd"), 5);
        assert_eq!(ask(1, "abc"), 4);
        assert_eq!(computed, 4);
    }
}

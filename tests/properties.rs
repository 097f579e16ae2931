//! Property tests: for any input — random articles assembled from the parts real explainers are
//! made of, and arbitrary strings — parsing never panics and the output is always valid: ids unique
//! and URL-safe, questions non-empty, no block invented, the same input giving the same output,
//! links only http(s) or relative, and the rendered HTML never carrying markup from the article.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use proptest::prelude::*;

#[path = "support/invariants.rs"]
mod invariants;
use invariants::check;

fn part() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){2,14}\\?",
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){3,30}\\.",
        "Q: [A-Z][a-z]{2,9}( [a-z]{2,9}){1,8}\\?",
        "A: [A-Z][a-z]{2,9}( [a-z]{2,9}){1,12}\\.",
        "[0-9]{1,2}[.)]? [A-Z][a-z]{2,9}( [a-z]{2,9}){1,8}\\?",
        "[A-Z]{2,8}( [A-Z]{2,8}){1,4}\\?",
        "\"[A-Z][a-z]{2,9}( [a-z]{2,9}){1,8}\\?\"",
        "¿[A-Z][a-z]{2,9}( [a-z]{2,9}){1,6}\\?",
        "(___|\\* \\* \\*|---)",
        "Copyright 20[0-9]{2} [A-Z][a-z]{2,8}\\.",
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){2,8} \\((AP|Reuters|Quelle: [A-Z]{3,6})\\)",
        "(EPA|Reuters|Media playback is unsupported on your device|FAQ|Related|— [A-Z][a-z]{3,8} [A-Z][a-z]{3,8})",
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){1,6}:",
        "# [A-Z][a-z]{2,9}( [a-z]{2,9}){1,5}\\?",
        "- [a-z]{2,9}( [a-z]{2,9}){0,4}",
        ".{0,40}",
    ]
}

fn html_part() -> impl Strategy<Value = String> {
    (
        part(),
        prop_oneof![
            Just("p"),
            Just("h2"),
            Just("h3"),
            Just("li"),
            Just("blockquote"),
            Just("figcaption"),
            Just("div"),
            Just("strong"),
            Just("dt"),
            Just("summary"),
            Just("aside"),
            Just("script"),
            Just("a"),
            Just("figure"),
            Just("img")
        ],
        any::<bool>(),
    )
        .prop_map(|(text, tag, close)| {
            let t = text.replace('<', "&lt;");
            let attrs = match tag {
                "a" => " href=\"javascript:alert(1)\" onclick=\"x()\"",
                // Photos with and without a caption next to them, safe and unsafe sources.
                "img" if close => {
                    " src=\"javascript:alert(1)\" onerror=\"x()\" width=\"800\" height=\"450\""
                }
                "img" => " src=\"/photo.jpg\" alt=\"&quot;><script>\" width=\"800\" height=\"450\"",
                _ => "",
            };
            if close {
                format!("<{tag}{attrs}>{t}</{tag}>")
            } else {
                format!("<{tag}{attrs}>{t}")
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn text_articles(title in "[A-Z][a-z]{2,9}( [a-z]{2,9}){1,6}", parts in prop::collection::vec(part(), 0..40), seps in prop::collection::vec(prop_oneof![Just("\n\n"), Just("\n"), Just("\n\n\n")], 40)) {
        let mut input = title;
        for (p, s) in parts.iter().zip(seps.iter().cycle()) {
            input.push_str(s);
            input.push_str(p);
        }
        if let Ok(ex) = qa_explainer::parse_text(&input) {
            check(&ex, input.len());
            prop_assert_eq!(&ex, &qa_explainer::parse_text(&input).unwrap(), "deterministic");
        }
    }

    #[test]
    fn html_articles(parts in prop::collection::vec(html_part(), 0..40), nest in 0usize..50) {
        let input = format!("<title>T</title><article><h1>T</h1>{}{}{}</article>", "<div>".repeat(nest), parts.concat(), "</div>".repeat(nest / 2));
        if let Ok(ex) = qa_explainer::parse_html(&input) {
            check(&ex, input.len());
        }
    }

    #[test]
    fn arbitrary_strings(s in ".{0,2000}") {
        for ex in [qa_explainer::parse_text(&s), qa_explainer::parse_html(&s)].into_iter().flatten() {
            check(&ex, s.len());
        }
    }

    #[test]
    fn arbitrary_bytes_as_lossy_text(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        let s = String::from_utf8_lossy(&bytes);
        for ex in [qa_explainer::parse_text(&s), qa_explainer::parse_html(&s)].into_iter().flatten() {
            check(&ex, s.len());
        }
    }
}

// The text scans that decode UTF-8 by hand (for the size-optimised wasm) agree with the standard
// library's versions they replace, on any string: mixed scripts, every kind of space, CJK.
fn scan_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9 .,:;!?|'-]{0,12}",
            "[ \t\n\r\u{0B}\u{0C}\u{85}\u{A0}\u{2007}\u{2009}\u{202F}\u{3000}\u{FEFF}]{1,3}",
            "[àÉßœŒΣσЖж一二日本語한국어？؟;՞፧﹖⸮—–―]{1,6}",
            "\\PC{0,6}",
        ],
        0..12,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn hand_decoded_scans_agree_with_std(s in scan_text(), cap in 0usize..12, needle in "[a-zß?—]{0,3}") {
        use qa_explainer::scan;
        prop_assert_eq!(scan::trim(&s), s.trim_matches(scan::is_space));
        prop_assert_eq!(scan::trim_start(&s), s.trim_start_matches(scan::is_space));
        prop_assert_eq!(scan::trim_end(&s), s.trim_end_matches(scan::is_space));
        prop_assert_eq!(
            scan::words(&s).collect::<Vec<_>>(),
            s.split(scan::is_space).filter(|w| !w.is_empty()).collect::<Vec<_>>()
        );
        // (Char by char, but a capital sigma at a word's end folds to the final "ς".)
        let chars: Vec<char> = s.chars().collect();
        let folded: String = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let end = chars.get(i + 1).is_none_or(|&n| scan::letter_case(n).is_none());
                if c == 'Σ' && end { 'ς' } else { scan::fold_char(c) }
            })
            .collect();
        prop_assert_eq!(scan::fold(&s), folded);
        prop_assert_eq!(scan::has_question_mark(&s), s.contains(scan::is_question_mark));
        prop_assert_eq!(scan::find_char(&s, |c| c == 'σ' || c == ':'), s.char_indices().find(|&(_, c)| c == 'σ' || c == ':'));
        prop_assert_eq!(scan::has_sub(&s, &needle), s.contains(needle.as_str()));
        // Words: whitespace-separated, CJK counted two characters to a word, stopping past `cap`.
        let (mut words, mut cjk, mut in_word) = (0usize, 0usize, false);
        for c in s.chars() {
            if scan::is_cjk(c) {
                cjk += 1;
                in_word = false;
            } else if scan::is_space(c) {
                in_word = false;
            } else if !in_word {
                in_word = true;
                words += 1;
            }
        }
        let total = words + cjk.div_ceil(2);
        prop_assert_eq!(scan::word_count(&s), total);
        prop_assert_eq!(scan::count_words(&s, cap), total.min(cap + 1));
        let list = scan::Words("a|ß|?|—x||ab");
        prop_assert_eq!(list.contains(&needle), list.iter().any(|w| w == needle));
        prop_assert_eq!(list.occur_in(&s), list.iter().any(|w| s.contains(w)));
        prop_assert_eq!(list.opens(&s), list.iter().any(|w| s.starts_with(w)));
        let b = s.as_bytes();
        let at_word = |i: usize| b[i] != b' ' && (i == 0 || b[i - 1] == b' ');
        prop_assert_eq!(
            list.occur_at_words(&s),
            (0..b.len()).any(|i| at_word(i) && list.iter().any(|w| b[i..].starts_with(w.as_bytes())))
        );
    }
}

//! Tests as data: the seed article with its full expected explainer, the tricky-pattern cases in
//! `tests/cases/`, and one case per bug found in `tests/regressions/`.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

#[path = "support/invariants.rs"]
mod invariants;
mod support;

use std::path::Path;

use qa_explainer::{Explainer, Kind};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

fn expected(name: &str) -> Explainer {
    serde_json::from_str(&fixture(name)).unwrap()
}

/// The seed article, as the product promises it: title, count 4, one caption with credit AP,
/// five intro paragraphs, four questions with 4, 5, 8 and 5 paragraphs, the colon lead-in kept with
/// its quote, and the two copyright lines as the footer.
fn assert_seed(ex: &Explainer) {
    assert_eq!(
        ex.title,
        "4 Questions Answered On The Syria Talks In Munich"
    );
    assert_eq!(ex.promised_count, Some(4));
    let media = ex.media.as_ref().expect("the photo caption");
    assert!(media
        .caption
        .starts_with("Russian Foreign Minister Sergey Lavrov (left)"));
    assert!(media.caption.ends_with("and other officials."));
    assert_eq!(media.credit.as_deref(), Some("AP"));
    assert_eq!(ex.intro.len(), 5);
    assert!(
        ex.intro
            .iter()
            .all(|b| !b.text.contains("Sergey Lavrov (left)")),
        "the caption is shown once"
    );
    let qs: Vec<&str> = ex.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(
        qs,
        [
            "Who is there and what are they discussing?",
            "Why do the U.S. and Russia differ so starkly?",
            "What do the U.S. and Russia want now?",
            "What happens if these talks fail?"
        ]
    );
    let counts: Vec<usize> = ex.questions.iter().map(|q| q.answer.len()).collect();
    assert_eq!(counts, [4, 5, 8, 5]);
    let a2 = &ex.questions[1].answer;
    assert!(a2[2].text.ends_with("she says:"));
    assert_eq!(
        a2[3].kind,
        Kind::Quote,
        "the paragraph after the colon is its quote"
    );
    let footer: Vec<&str> = ex.footer.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        footer,
        [
            "Copyright 2016 NPR. To see more, visit http://www.npr.org/.",
            "Copyright NPR. View this article on npr.org."
        ]
    );
    assert!(ex.questions[3]
        .answer
        .last()
        .unwrap()
        .text
        .starts_with("Talk of a world war is extreme."));
    assert!(ex.outro.is_empty() && ex.warnings.is_empty() && ex.not_qa_reason.is_none());
}

#[test]
fn seed_article_from_text() {
    let ex = qa_explainer::parse_text(&fixture("npr_syria_talks_4_questions.txt")).unwrap();
    assert_seed(&ex);
    assert_eq!(
        ex,
        expected("npr_syria_talks_4_questions.txt.expected.json")
    );
}

#[test]
fn seed_article_from_html() {
    let ex = qa_explainer::parse_html(&fixture("npr_syria_talks_4_questions.html")).unwrap();
    assert_seed(&ex);
    assert_eq!(
        ex,
        expected("npr_syria_talks_4_questions.html.expected.json")
    );
    // The footer keeps its link.
    assert_eq!(
        ex.footer[0].runs[1].href.as_deref(),
        Some("http://www.npr.org/")
    );
}

#[test]
fn seed_article_same_questions_and_answers_from_both_inputs() {
    let t = qa_explainer::parse_text(&fixture("npr_syria_talks_4_questions.txt")).unwrap();
    let h = qa_explainer::parse_html(&fixture("npr_syria_talks_4_questions.html")).unwrap();
    let strip = |ex: &Explainer| -> Vec<(String, Vec<String>)> {
        ex.questions
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    q.answer.iter().map(|b| b.text.clone()).collect(),
                )
            })
            .collect()
    };
    assert_eq!(strip(&t), strip(&h));
}

fn run_dir(dir: &str) {
    let cases = support::read_cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir));
    assert!(!cases.is_empty(), "no cases in {dir}");
    let mut failures = Vec::new();
    for case in &cases {
        let how = case
            .expect
            .get("input")
            .and_then(|v| v.as_str())
            .unwrap_or("auto");
        match support::parse(&case.input, how) {
            Ok(ex) => {
                let errs = support::check(&ex, &case.expect);
                if !errs.is_empty() {
                    failures.push(format!("{dir}/{}:\n  {}", case.name, errs.join("\n  ")));
                }
                // (And the invariants every output keeps, as the fuzz targets check them: safe
                // ids, no invented text, safe markup.)
                let held = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    invariants::check(&ex, case.input.len());
                }));
                if held.is_err() {
                    failures.push(format!("{dir}/{}: an invariant failed", case.name));
                }
            }
            Err(e) => failures.push(format!("{dir}/{}: error {e}", case.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    eprintln!("{dir}: {} cases passed", cases.len());
}

#[test]
fn tricky_pattern_cases() {
    run_dir("tests/cases");
}

#[test]
fn regression_cases() {
    run_dir("tests/regressions");
}

/// The browser tests (`tests/web.rs`) read every HTML case through the browser's DOM; their list
/// is written out there (the wasm test cannot list a directory), so it must name every HTML case.
#[test]
fn the_browser_tests_read_every_html_case() {
    let web = std::fs::read_to_string("tests/web.rs").unwrap();
    let missing: Vec<String> = support::read_cases(std::path::Path::new("tests/cases"))
        .into_iter()
        .filter(|c| c.expect.get("input").and_then(|v| v.as_str()) == Some("html"))
        .filter(|c| !web.contains(&format!("include_str!(\"cases/{}\")", c.name)))
        .map(|c| c.name)
        .collect();
    assert!(
        missing.is_empty(),
        "add to HTML_CASES in tests/web.rs: {missing:?}"
    );
    // (And it names no text case: the browser would read a text case's body as HTML.)
    let cases = support::read_cases(std::path::Path::new("tests/cases"));
    let text: Vec<&str> = cases
        .iter()
        .filter(|c| c.expect.get("input").and_then(|v| v.as_str()) != Some("html"))
        .filter(|c| web.contains(&format!("include_str!(\"cases/{}\")", c.name)))
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        text.is_empty(),
        "text cases listed in HTML_CASES in tests/web.rs: {text:?}"
    );
}

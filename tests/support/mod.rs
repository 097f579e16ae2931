//! Shared helpers for the integration tests: reading `.case` files and checking an explainer
//! against a partial expectation.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use qa_explainer::Explainer;
use serde_json::Value;

/// Parses an input as the CLI would (`input`: "text", "html" or "auto").
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub fn parse(input: &str, how: &str) -> Result<Explainer, qa_explainer::Error> {
    let html = match how {
        "html" => true,
        "text" => false,
        _ => qa_explainer::looks_like_html(input),
    };
    if html {
        qa_explainer::parse_html(input)
    } else {
        qa_explainer::parse_text(input)
    }
}

/// A `.case` file: a JSON expectation object, a line `---`, then the article.
pub struct Case {
    pub name: String,
    pub expect: Value,
    pub input: String,
}

pub fn read_cases(dir: &Path) -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "case"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let raw = std::fs::read_to_string(&p).unwrap();
            split_case(&p.file_name().unwrap().to_string_lossy(), &raw)
        })
        .collect()
}

/// A `.case` file's text split into its expectation and its article.
pub fn split_case(name: &str, raw: &str) -> Case {
    let (head, input) = raw
        .split_once("\n---\n")
        .unwrap_or_else(|| panic!("{name}: no '---' line after the expectation"));
    let expect: Value =
        serde_json::from_str(head).unwrap_or_else(|e| panic!("{name}: bad expectation JSON: {e}"));
    Case {
        name: name.to_owned(),
        expect,
        input: input.to_owned(),
    }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

/// Compares an explainer with a partial expectation. Returns the list of mismatches.
pub fn check(ex: &Explainer, expect: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    let obj = expect.as_object().expect("expectation must be an object");
    let questions: Vec<&str> = ex.questions.iter().map(|q| q.question.as_str()).collect();
    for (key, want) in obj {
        match key.as_str() {
            "input" | "note" => {}
            "is_qa" => {
                if ex.is_qa() != want.as_bool().unwrap() {
                    errs.push(format!(
                        "is_qa: want {want}, got {} (reason {:?})",
                        ex.is_qa(),
                        ex.not_qa_reason
                    ));
                }
            }
            "questions" => {
                let w = strs(want);
                if questions != w {
                    errs.push(format!("questions:\n   want {w:?}\n   got  {questions:?}"));
                }
            }
            "ids" => {
                let got: Vec<&str> = ex.questions.iter().map(|q| q.id.as_str()).collect();
                if got != strs(want) {
                    errs.push(format!("ids: want {:?}, got {got:?}", strs(want)));
                }
            }
            "answer_first" => {
                for (i, w) in strs(want).iter().enumerate() {
                    let got = ex
                        .questions
                        .get(i)
                        .and_then(|q| q.answer.first())
                        .map(|b| b.text.as_str())
                        .unwrap_or("");
                    if !got.starts_with(w.as_str()) {
                        errs.push(format!("answer {} starts: want {w:?}, got {got:?}", i + 1));
                    }
                }
            }
            "answer_speakers" => {
                // Who says each answer's first paragraph (several answerers), or null.
                let got: Vec<Option<&str>> = ex
                    .questions
                    .iter()
                    .map(|q| q.answer.first().and_then(|b| b.speaker.as_deref()))
                    .collect();
                let w: Vec<Option<&str>> =
                    want.as_array().unwrap().iter().map(Value::as_str).collect();
                if got != w {
                    errs.push(format!("answer_speakers: want {w:?}, got {got:?}"));
                }
            }
            "answer_counts" => {
                let got: Vec<usize> = ex.questions.iter().map(|q| q.answer.len()).collect();
                let w: Vec<usize> = want
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap() as usize)
                    .collect();
                if got != w {
                    errs.push(format!("answer_counts: want {w:?}, got {got:?}"));
                }
            }
            "list_items" => {
                // For each question, the number of top-level items of each list in its answer.
                let got: Vec<Vec<u64>> = ex
                    .questions
                    .iter()
                    .map(|q| {
                        q.answer
                            .iter()
                            .filter(|b| !b.items.is_empty())
                            .map(|b| b.items.len() as u64)
                            .collect()
                    })
                    .collect();
                let w: Vec<Vec<u64>> = serde_json::from_value(want.clone()).unwrap();
                if got != w {
                    errs.push(format!("list_items: want {w:?}, got {got:?}"));
                }
            }
            "answer_kinds" => {
                for (i, w) in want.as_array().unwrap().iter().enumerate() {
                    let got: Vec<String> = ex
                        .questions
                        .get(i)
                        .map(|q| {
                            q.answer
                                .iter()
                                .map(|b| {
                                    serde_json::to_value(b.kind)
                                        .unwrap()
                                        .as_str()
                                        .unwrap()
                                        .to_owned()
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    if got != strs(w) {
                        errs.push(format!(
                            "answer {} kinds: want {:?}, got {got:?}",
                            i + 1,
                            strs(w)
                        ));
                    }
                }
            }
            "intro" => {
                let got: Vec<&str> = ex.intro.iter().map(|b| b.text.as_str()).collect();
                let w = strs(want);
                let ok = got.len() == w.len()
                    && got.iter().zip(&w).all(|(g, w)| g.starts_with(w.as_str()));
                if !ok {
                    errs.push(format!("intro: want {w:?}, got {got:?}"));
                }
            }
            "outro" | "footer" => {
                let blocks = if key == "outro" {
                    &ex.outro
                } else {
                    &ex.footer
                };
                let got: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
                let w = strs(want);
                let ok = got.len() == w.len()
                    && got.iter().zip(&w).all(|(g, w)| g.starts_with(w.as_str()));
                if !ok {
                    errs.push(format!("{key}: want {w:?}, got {got:?}"));
                }
            }
            "title" | "kicker" | "byline" | "section" | "lang" | "dir" | "caption" | "credit" => {
                let got = match key.as_str() {
                    "title" => Some(ex.title.clone()),
                    "kicker" => ex.kicker.clone(),
                    "byline" => ex.byline.clone(),
                    "section" => ex.section.clone(),
                    "lang" => ex.lang.clone(),
                    "dir" => Some(ex.dir.clone()),
                    "caption" => ex.media.as_ref().map(|m| m.caption.clone()),
                    _ => ex.media.as_ref().and_then(|m| m.credit.clone()),
                };
                if got != opt_str(want) {
                    errs.push(format!("{key}: want {want}, got {got:?}"));
                }
            }
            "image" => {
                // The lead image as JSON ({"src", "alt", "width"?, "height"?}), or null.
                let got =
                    serde_json::to_value(ex.media.as_ref().and_then(|m| m.image.as_ref())).unwrap();
                if &got != want {
                    errs.push(format!("image: want {want}, got {got}"));
                }
            }
            "figures" => {
                // Every caption inside the text (intro, answers, closing, footer), in order, with
                // the photo it belongs to: [{"caption", "credit", "src"}] (credit and src may be null).
                let got: Vec<serde_json::Value> = ex
                    .intro
                    .iter()
                    .chain(ex.questions.iter().flat_map(|q| q.answer.iter()))
                    .chain(ex.outro.iter())
                    .chain(ex.footer.iter())
                    .filter(|b| b.kind == qa_explainer::Kind::Caption)
                    .map(|b| {
                        serde_json::json!({
                            "caption": b.text,
                            "credit": b.credit,
                            "src": b.image.as_ref().map(|i| i.src.as_str()),
                        })
                    })
                    .collect();
                if serde_json::Value::from(got.clone()) != *want {
                    errs.push(format!("figures: want {want}, got {got:?}"));
                }
            }
            "promised_count" => {
                let got = ex.promised_count.map(|n| n as u64);
                if got != want.as_u64() {
                    errs.push(format!("promised_count: want {want}, got {got:?}"));
                }
            }
            "warnings_contain" => {
                for w in strs(want) {
                    if !ex.warnings.iter().any(|x| x.contains(&w)) {
                        errs.push(format!("warnings: none contains {w:?} ({:?})", ex.warnings));
                    }
                }
            }
            "no_warnings" => {
                if want.as_bool() == Some(true) && !ex.warnings.is_empty() {
                    errs.push(format!("warnings: want none, got {:?}", ex.warnings));
                }
            }
            "absent" => {
                // Text that must appear nowhere in the explainer's intro, answers, outro or footer.
                let json = serde_json::to_string(ex).unwrap();
                for w in strs(want) {
                    let all: String = ex
                        .intro
                        .iter()
                        .chain(ex.questions.iter().flat_map(|q| q.answer.iter()))
                        .chain(ex.outro.iter())
                        .chain(ex.footer.iter())
                        .map(|b| b.text.as_str())
                        .collect::<Vec<_>>()
                        .join("\n");
                    if all.contains(&w) || questions.iter().any(|q| q.contains(&w)) {
                        errs.push(format!("absent: {w:?} appears in the explainer"));
                    }
                    let _ = &json;
                }
            }
            "json_absent" => {
                let json = serde_json::to_string(ex).unwrap();
                for w in strs(want) {
                    if json.contains(&w) {
                        errs.push(format!("json_absent: {w:?} appears in the JSON"));
                    }
                }
            }
            "links" => {
                let got: Vec<String> = ex
                    .intro
                    .iter()
                    .chain(ex.questions.iter().flat_map(|q| q.answer.iter()))
                    .chain(ex.footer.iter())
                    .flat_map(|b| {
                        b.runs
                            .iter()
                            .chain(b.items.iter().flat_map(|i| i.runs.iter()))
                    })
                    .filter_map(|r| r.href.clone())
                    .collect();
                if got != strs(want) {
                    errs.push(format!("links: want {:?}, got {got:?}", strs(want)));
                }
            }
            other => errs.push(format!("unknown expectation key {other:?}")),
        }
    }
    errs
}

/// The shared corpus beside the project (CI has it; a plain clone does not).
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

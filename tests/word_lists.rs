//! The classifier's word lists are `Words(concat!("a|b|", "c|d"))`: one string a line, each but
//! the last ending on `|`. A line that does not runs its last entry into the next line's first
//! ("…|risponde alle vostre domande" + "beantwoordt jullie vragen|…"), and neither ever matches.
//! This reads the sources and names every such line.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literal a line of a `concat!` holds alone (`"…",`), if it does.
fn literal(line: &str) -> Option<&str> {
    let t = line.trim();
    let t = t.strip_suffix(',').unwrap_or(t);
    t.strip_prefix('"')?.strip_suffix('"')
}

#[test]
fn no_word_list_line_runs_into_the_next() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut bad = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let mut in_concat = false;
        let mut prev: Option<(usize, &str)> = None;
        for (n, line) in text.lines().enumerate() {
            let t = line.trim();
            if t.contains("concat!(") {
                in_concat = true;
                prev = None;
                continue;
            }
            if !in_concat {
                continue;
            }
            if let Some(lit) = literal(t) {
                // (An entry list's line either ends on '|' or the next one opens on it: " covers
                // | is a staff writer" / "| is a freelance|…".)
                if let Some((pn, p)) = prev {
                    if !p.is_empty() && !p.ends_with('|') && !lit.starts_with('|') {
                        bad.push(format!("{}:{}: {p:?}", file.display(), pn + 1));
                    }
                }
                prev = Some((n, lit));
            } else if t.starts_with(')') {
                in_concat = false;
                prev = None;
            }
            // (Comments between the lines leave `prev` as it was.)
        }
    }
    assert!(
        bad.is_empty(),
        "word-list lines that run into the next (add a '|'):\n{}",
        bad.join("\n")
    );
}

//! Rules for the code compiled into the browser's wasm that a compiler will not check.

use std::path::Path;

/// Lines of the library code compiled into the wasm — outside the CLI (`src/bin/`), the
/// html5ever reader (`src/html.rs`) and test modules — that contain any of `bad`.
fn wasm_code_lines_with(bad: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new("src").to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("bin") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") || path.ends_with("html.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Test modules come last in a file.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (n, line) in code.lines().enumerate() {
                let l = line.trim_start();
                if l.starts_with("//") {
                    continue;
                }
                if bad.iter().any(|b| l.contains(b)) {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, l));
                }
            }
        }
    }
    found
}

/// The wasm links no formatting machinery (`core::fmt`, ~3 KB): the library code formats
/// nothing. Numbers go through `scan::num`, strings through `concat`.
#[test]
fn the_wasm_code_uses_no_formatting_machinery() {
    let found = wasm_code_lines_with(&["format!(", ".to_string()", "write!(", "writeln!(", "{:?}"]);
    // `Display for Error` (native callers) is the one place that may format: it prints
    // `Error::message`, which does not.
    assert!(
        found.is_empty(),
        "formatting in wasm code:\n{}",
        found.join("\n")
    );
}

/// The wasm links no sorting code: one `sort_unstable` of a `Vec<usize>` added 2.7 KB gzip
/// (ipnsort, its sorting networks, quicksort and heapsort). Indices are collected in page order
/// instead, and merged or read in any order.
#[test]
fn the_wasm_code_sorts_nothing() {
    let found = wasm_code_lines_with(&[".sort(", ".sort_unstable", ".sort_by"]);
    assert!(
        found.is_empty(),
        "sorting in wasm code:\n{}",
        found.join("\n")
    );
}

/// The wasm links none of Unicode's letter tables (`is_alphabetic`, case mappings: one call to
/// `char::is_alphabetic` added 1.7 KB gzip). Letters and case are read by `scan::letter_case`,
/// `scan::is_word_char` and `scan::fold`, over the scripts the rules look at.
#[test]
fn the_wasm_code_links_no_unicode_letter_tables() {
    let found = wasm_code_lines_with(&[
        "is_alphabetic",
        "is_alphanumeric()",
        ".is_numeric()",
        ".is_uppercase()",
        ".is_lowercase()",
        ".to_lowercase()",
        ".to_uppercase()",
        "char::is_alphanumeric",
    ]);
    assert!(
        found.is_empty(),
        "Unicode tables in wasm code:\n{}",
        found.join("\n")
    );
}

/// The wasm links no float parsing: one `parse::<f64>()` in a poll's shares added 15 KB gzip
/// (the decimal-to-float machinery). Figures are read as integers, in hundredths where a
/// decimal matters.
#[test]
fn the_wasm_code_parses_no_floats() {
    let found = wasm_code_lines_with(&[
        "parse::<f64>",
        "parse::<f32>",
        "f64::from_str",
        "f32::from_str",
    ]);
    assert!(
        found.is_empty(),
        "float parsing in wasm code:\n{}",
        found.join("\n")
    );
}

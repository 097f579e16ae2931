//! Rules for the code compiled into the browser's wasm that a compiler will not check.

use std::path::Path;

/// The wasm links no formatting machinery (`core::fmt`, ~3 KB): the library code outside the CLI
/// (`src/bin/`, the html5ever reader `src/html.rs`) and outside test modules formats nothing.
/// Numbers go through `scan::num`, strings through `concat`.
#[test]
fn the_wasm_code_uses_no_formatting_machinery() {
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
                for bad in ["format!(", ".to_string()", "write!(", "writeln!(", "{:?}"] {
                    if l.contains(bad) {
                        found.push(format!("{}:{}: {}", path.display(), n + 1, l));
                    }
                }
            }
        }
    }
    // `Display for Error` (native callers) is the one place that may format: it prints
    // `Error::message`, which does not.
    assert!(
        found.is_empty(),
        "formatting in wasm code:\n{}",
        found.join("\n")
    );
}

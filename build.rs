//! Minifies the widget's stylesheet (`src/render/style.css`) into `OUT_DIR` for `render::CSS`:
//! comments and layout whitespace cost the wasm bytes on every page and tell the browser nothing.
use std::{env, fs, path::Path};

fn main() {
    let src = "src/render/style.css";
    println!("cargo:rerun-if-changed={src}");
    let css = fs::read_to_string(src).expect("src/render/style.css");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("style.min.css");
    fs::write(out, minify(&css)).expect("writable OUT_DIR");
}

/// Drops comments, collapses whitespace, and removes it next to `{ } ; ,` and after `:` (never
/// before `:`, which would turn `a :focus` into `a:focus`). Quoted strings are kept as they are.
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                space = true;
            }
            '"' | '\'' => {
                flush(&mut out, &mut space, c);
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                flush(&mut out, &mut space, c);
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out
}

/// Writes one pending space before `next`, unless either side makes it meaningless.
fn flush(out: &mut String, space: &mut bool, next: char) {
    if std::mem::take(space)
        && !out.is_empty()
        && !out.ends_with(['{', '}', ';', ',', ':'])
        && !matches!(next, '{' | '}' | ';' | ',')
    {
        out.push(' ');
    }
}

//! `qa-explainer [--format json|html] [--input auto|text|html] [FILE|-]`
//!
//! Reads an article (a file, or stdin for `-` or no file) and prints its explainer as JSON or as
//! static, accessible HTML. Errors are one line on stderr and a non-zero exit; never a panic.

use std::io::{Read, Write};
use std::process::ExitCode;

use qa_explainer::{Labels, Open, Options, RenderOptions};

const USAGE: &str = "\
usage: qa-explainer [OPTIONS] [FILE|-]

Reads a question-and-answer article (plain text or HTML) and prints its explainer.
Reads standard input when FILE is '-' or missing.

options:
  --format json|html     output: the explainer JSON (default) or static accessible HTML
  --input auto|text|html how to read the input (default auto: sniffs for HTML tags)
  --open none|first|all|ID   answers open in --format html (default all, for readers without JS)
  --standalone           with --format html: a complete page with the default stylesheet
  --lang TAG             labels language for --format html (default: the article's, else en)
  --id-prefix PREFIX     prefix for every id in --format html
  --min-questions N      fewest questions that make an explainer (default 2; 1 allows
                         an article of one question)
  --no-faq-sections      only whole-article Q&A: no FAQ section after an ordinary article
  --compact              JSON on one line
  -h, --help             this help
  -V, --version          version

exit status: 0 explainer found, 0 with \"questions\": [] for an article that is not Q&A,
             1 unreadable input, 2 bad usage";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Html,
}
#[derive(Clone, Copy, PartialEq)]
enum Input {
    Auto,
    Text,
    Html,
}

struct Args {
    format: Format,
    input: Input,
    open: Open,
    standalone: bool,
    lang: Option<String>,
    id_prefix: String,
    compact: bool,
    min_questions: usize,
    faq_sections: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut a = Args {
        format: Format::Json,
        input: Input::Auto,
        open: Open::All,
        standalone: false,
        lang: None,
        id_prefix: String::new(),
        compact: false,
        min_questions: 2,
        faq_sections: true,
        file: None,
    };
    let mut it = std::env::args_os().skip(1);
    let mut only_files = false;
    while let Some(arg) = it.next() {
        let arg = arg
            .into_string()
            .map_err(|_| "arguments must be valid UTF-8".to_string())?;
        if only_files || arg == "-" || !arg.starts_with('-') {
            if a.file.replace(arg).is_some() {
                return Err("only one FILE may be given".into());
            }
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => it
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or_else(|| format!("{name} needs a value ({what})")),
            }
        };
        match name.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("qa-explainer {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--format" | "-f" => {
                a.format = match value("json or html")?.as_str() {
                    "json" => Format::Json,
                    "html" => Format::Html,
                    other => return Err(format!("unknown --format '{other}' (use json or html)")),
                }
            }
            "--input" | "-i" => {
                a.input = match value("auto, text or html")?.as_str() {
                    "auto" => Input::Auto,
                    "text" | "txt" => Input::Text,
                    "html" => Input::Html,
                    other => {
                        return Err(format!(
                            "unknown --input '{other}' (use auto, text or html)"
                        ))
                    }
                }
            }
            "--open" => {
                a.open = match value("none, first, all or a question id")?.as_str() {
                    "none" => Open::None,
                    "first" => Open::First,
                    "all" => Open::All,
                    id => Open::Id(id.to_string()),
                }
            }
            "--standalone" => a.standalone = true,
            "--compact" => a.compact = true,
            "--lang" => a.lang = Some(value("a language tag such as en or de")?),
            "--id-prefix" => a.id_prefix = value("a prefix such as qa1-")?,
            "--min-questions" => {
                let v = value("a number from 1 to 1000")?;
                a.min_questions = match v.parse::<usize>() {
                    Ok(n @ 1..=1000) => n,
                    _ => {
                        return Err(format!(
                            "unknown --min-questions '{v}' (use a number from 1 to 1000)"
                        ))
                    }
                }
            }
            "--no-faq-sections" => a.faq_sections = false,
            _ => return Err(format!("unknown option '{arg}' (see --help)")),
        }
    }
    Ok(Some(a))
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
        Some(path) => {
            let meta = std::fs::metadata(path)
                .map_err(|e| format!("cannot read '{path}': {}", describe(&e)))?;
            if meta.is_dir() {
                return Err(format!("cannot read '{path}': it is a directory"));
            }
            if meta.len() > qa_explainer::MAX_INPUT_BYTES as u64 {
                return Err(format!(
                    "cannot read '{path}': {} bytes is over the {} byte limit",
                    meta.len(),
                    qa_explainer::MAX_INPUT_BYTES
                ));
            }
            bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read '{path}': {}", describe(&e)))?;
        }
    }
    Ok(bytes)
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn run(a: &Args) -> Result<(), String> {
    let name = a
        .file
        .as_deref()
        .filter(|f| *f != "-")
        .unwrap_or("standard input");
    let bytes = read_input(a.file.as_deref())?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            return Err(format!(
                "{name} is not valid UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ))
        }
    };
    let html = match a.input {
        Input::Html => true,
        Input::Text => false,
        Input::Auto => qa_explainer::looks_like_html(text),
    };
    let opts = Options::default()
        .min_questions(a.min_questions)
        .faq_sections(a.faq_sections);
    let ex = if html {
        qa_explainer::parse_html_with(text, &opts)
    } else {
        qa_explainer::parse_text_with(text, &opts)
    }
    .map_err(|e| format!("{name}: {e}"))?;
    let out = match a.format {
        Format::Json => {
            let mut s = if a.compact {
                serde_json::to_string(&ex)
            } else {
                serde_json::to_string_pretty(&ex)
            }
            .map_err(|e| format!("cannot write JSON: {e}"))?;
            s.push('\n');
            s
        }
        Format::Html => {
            let lang = a
                .lang
                .clone()
                .or_else(|| ex.lang.clone())
                .unwrap_or_else(|| "en".into());
            let ropts = RenderOptions::default()
                .open(a.open.clone())
                .labels(Labels::for_lang(&lang))
                .id_prefix(&a.id_prefix);
            match qa_explainer::render::build(&ex, &ropts) {
                Some(el) if a.standalone => {
                    qa_explainer::render::html::page(&el, &ex.title, ex.lang.as_deref())
                }
                Some(el) => qa_explainer::render::html::to_html(&el) + "\n",
                None => {
                    // Not Q&A: nothing to render; say why on stderr, print nothing, succeed.
                    eprintln!(
                        "qa-explainer: {name}: not rendered: {}",
                        ex.not_qa_reason.as_deref().unwrap_or("no questions")
                    );
                    String::new()
                }
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("qa-explainer: {e}\n(see qa-explainer --help)");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("qa-explainer: {e}");
            ExitCode::from(1)
        }
    }
}

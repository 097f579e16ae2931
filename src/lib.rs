//! qa-explainer finds the structure of a news explainer written as questions and answers — headline,
//! photo caption and credit, intro, each question with its answer, closing lines and footer — in plain
//! text or HTML, and renders it as an accessible, collapsible Q&A explainer.
//!
//! ```
//! let article = "3 questions about the bridge\n\n\
//!     The bridge closes on Monday for repairs.\n\n\
//!     Why is it closing?\n\n\
//!     Engineers found cracks in two of its piers.\n\n\
//!     How long will it stay closed?\n\n\
//!     About six weeks, the city says.\n\n\
//!     What should drivers do?\n\n\
//!     Use the ring road; buses keep running.\n";
//! let ex = qa_explainer::parse_text(article).unwrap();
//! assert_eq!(ex.title, "3 questions about the bridge");
//! assert_eq!(ex.promised_count, Some(3));
//! assert_eq!(ex.questions.len(), 3);
//! assert_eq!(ex.questions[1].id, "how-long-will-it-stay-closed");
//! assert_eq!(ex.questions[1].answer[0].text, "About six weeks, the city says.");
//! assert_eq!(ex.intro[0].text, "The bridge closes on Monday for repairs.");
//!
//! // An ordinary news story gives no explainer, and says why.
//! let news = qa_explainer::parse_text("Storm hits coast\n\nThe storm arrived at dawn.\n").unwrap();
//! assert!(news.questions.is_empty() && news.not_qa_reason.is_some());
//! ```
//!
//! The pipeline has one seam, [`blocks::Block`]: the text front end ([`text`]), the native HTML
//! reader (`html`, feature `cli`) and the browser DOM (the wasm build) all emit blocks through the
//! same [`dom`] walker or the text reader, and [`classify`] turns blocks into the [`Explainer`]
//! model, which [`render`] turns into markup.
#![forbid(unsafe_code)]
#![warn(missing_debug_implementations)]

pub mod blocks;
pub mod classify;
pub mod dom;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod html;
pub mod model;
pub mod render;
pub mod scan;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;

use std::fmt;

pub use classify::Options;
pub use model::{Block, Explainer, Item, Kind, Media, Question, Run};
pub use render::{Labels, Open, RenderOptions};

/// Largest input accepted (64 MiB): bigger inputs are refused rather than processed slowly.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Why an input could not be read. Parsing itself never fails: an article that is not Q&A gives an
/// [`Explainer`] without questions and a [`Explainer::not_qa_reason`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or only whitespace.
    Empty,
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
    /// The input is not text (control characters throughout).
    Binary,
}

impl Error {
    /// What went wrong, in a sentence (what `Display` prints; built without the formatting
    /// machinery, which the browser build leaves out).
    pub fn message(&self) -> String {
        match self {
            Error::Empty => "the article is empty".into(),
            Error::TooLarge { bytes } => [
                "the article is ",
                &scan::num(*bytes),
                " bytes; the limit is ",
                &scan::num(MAX_INPUT_BYTES),
                " bytes",
            ]
            .concat(),
            Error::Binary => "the input is not text (it looks like binary data)".into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// Checks an input before reading it: not empty, not too large, not binary.
pub fn check_input(input: &str) -> Result<(), Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { bytes: input.len() });
    }
    if scan::trim(input).is_empty() {
        return Err(Error::Empty);
    }
    // Control characters (C0 but line breaks, tabs and form feeds; DEL; C1) and replacement
    // characters, counted on the bytes of a sample.
    let sample = &input.as_bytes()[..input.len().min(64 * 1024)];
    let (mut control, mut total) = (0usize, 0usize);
    for (i, &b) in sample.iter().enumerate() {
        let next = |k: usize| sample.get(i + k).copied().unwrap_or(0);
        total += usize::from(b & 0xC0 != 0x80);
        let bad = match b {
            b'\n' | b'\r' | b'\t' | 0x0C => false,
            0x00..=0x1F | 0x7F => true,
            0xC2 => (0x80..=0x9F).contains(&next(1)),
            0xEF => next(1) == 0xBF && next(2) == 0xBD,
            _ => false,
        };
        control += usize::from(bad);
    }
    if control * 10 > total {
        return Err(Error::Binary);
    }
    Ok(())
}

/// Reads a plain-text article (title on the first line, paragraphs separated by blank lines).
pub fn parse_text(input: &str) -> Result<Explainer, Error> {
    parse_text_with(input, &Options::default())
}

/// [`parse_text`] with options.
pub fn parse_text_with(input: &str, opts: &Options) -> Result<Explainer, Error> {
    check_input(input)?;
    Ok(classify::classify(text::read_text(input), opts))
}

/// Reads an HTML article or page with html5ever (native builds with the `cli` feature).
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub fn parse_html(input: &str) -> Result<Explainer, Error> {
    parse_html_with(input, &Options::default())
}

/// [`parse_html`] with options.
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub fn parse_html_with(input: &str, opts: &Options) -> Result<Explainer, Error> {
    check_input(input)?;
    Ok(classify::classify(html::read_html(input), opts))
}

/// Reads any DOM through the [`dom::DomNode`] abstraction (the browser's, in the wasm build).
pub fn parse_dom<N: dom::DomNode + Clone>(root: &N, opts: &Options) -> Explainer {
    classify::classify(dom::read(root), opts)
}

/// Guesses whether an input is HTML: it starts with a tag, or has several tags early on.
pub fn looks_like_html(input: &str) -> bool {
    let t = scan::trim_start(input);
    let head = t.get(..t.len().min(8192)).unwrap_or(t);
    // (A raw mail's multipart text holds its HTML part: read as a mail.)
    if text::opens_with_mail_header(head) {
        return false;
    }
    let starts_tag = head.starts_with('<')
        && head[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '?');
    if starts_tag {
        return true;
    }
    let lower = head.to_ascii_lowercase();
    // (Not the line breaks a Markdown table keeps in its cells: "| **Why?** | Because…<br><br>
    // And… |". Its rows' lines are left out of the count.)
    let text: String = if lower.as_bytes().contains(&b'|') && lower.contains("\n|") {
        lower
            .split('\n')
            .filter(|l| !l.trim_start().starts_with('|'))
            .flat_map(|l| [l, "\n"])
            .collect()
    } else {
        lower
    };
    [
        "<p>", "<p ", "</p>", "<br", "<div", "</div>", "<h2", "<h3", "<li>", "<article",
    ]
    .iter()
    .map(|tag| text.matches(tag).count())
    .sum::<usize>()
        >= 3
}

/// Renders an explainer as static HTML (the markup the widget builds); `None` when it has no questions.
pub fn render_html(ex: &Explainer, opts: &RenderOptions) -> Option<String> {
    render::build(ex, opts).map(|el| render::html::to_html(&el))
}

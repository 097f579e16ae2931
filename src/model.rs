//! The explainer model: the public JSON contract read by the widget, the CLI and users' own code.
//!
//! Every field is always present in the JSON (`null` or `[]` when empty), so consumers can rely on
//! the shape. See the README's "The explainer JSON" for an annotated example.

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;
use serde::Serialize;

/// A question-and-answer explainer found in an article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Explainer {
    /// The article's headline ("" when none was found).
    pub title: String,
    /// A short label shown above the headline ("USA stoppen Schattentanker").
    pub kicker: Option<String>,
    /// "By …" line.
    pub byline: Option<String>,
    /// The number of questions the headline promises ("4 Questions Answered …" → 4).
    pub promised_count: Option<u32>,
    /// Language of the article (`lang` attribute), when known.
    pub lang: Option<String>,
    /// `"rtl"` for right-to-left articles, `"ltr"` otherwise.
    pub dir: String,
    /// The lead photo: caption, credit and, from HTML, the image.
    pub media: Option<Media>,
    /// Paragraphs between the headline and the first question.
    pub intro: Vec<Block>,
    /// When only a section of the article is Q&A (an FAQ at the end of an ordinary article), its heading.
    pub section: Option<String>,
    /// The questions with their answers, in order. Empty when the article is not in Q&A form.
    pub questions: Vec<Question>,
    /// Closing paragraphs after the last answer that are not part of it.
    pub outro: Vec<Block>,
    /// Copyright lines, sources, sign-offs, related links and promos after the article.
    pub footer: Vec<Block>,
    /// Things a developer or editor should know (count mismatch, only an FAQ section was used…).
    pub warnings: Vec<String>,
    /// Why no explainer was made; `null` when `questions` is not empty.
    pub not_qa_reason: Option<String>,
}

impl Explainer {
    /// True when the article is in question-and-answer form (there is something to render).
    pub fn is_qa(&self) -> bool {
        !self.questions.is_empty()
    }
}

/// The lead photo or video.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Media {
    pub caption: String,
    /// "AP", "John Locher, AP", "IMAGO/…" — the credit split from the caption.
    pub credit: Option<String>,
    /// The image, from HTML input only (an http(s) or relative `src`).
    pub image: Option<Image>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Image {
    pub src: String,
    pub alt: String,
    /// The `width` and `height` attributes of the article's image, when it has both (CSS pixels,
    /// 1 to [`Image::MAX_SIDE`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
}

impl Image {
    /// The largest `width`/`height` kept, from HTML or from a model handed to the widget.
    pub const MAX_SIDE: u32 = 100_000;
}

/// One question and its answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Question {
    /// Stable, unique, URL-safe id (`[a-z0-9-]`, from the question's words) for deep links: `#id`.
    pub id: String,
    /// The question, markers such as `Q:` or `1.` removed.
    pub question: String,
    /// The answer's blocks, markers such as `A:` removed.
    pub answer: Vec<Block>,
}

/// The kind of a block of content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Paragraph,
    /// A quoted paragraph (a `<blockquote>`, or a paragraph wholly in quotation marks).
    Quote,
    /// A list; its entries are in `items`.
    List,
    /// A sub-heading inside the intro or an answer.
    Heading,
    /// A photo caption inside the text (with `credit`).
    Caption,
    /// Preformatted text.
    Preformatted,
    /// A data table; its cells are in `rows`.
    Table,
}

/// A block of content: a paragraph, quote, list, sub-heading or caption.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Block {
    pub kind: Kind,
    /// Plain text. For lists, the items joined by newlines.
    pub text: String,
    /// The text with its emphasis and links, when it has any (otherwise empty: use `text`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runs: Vec<Run>,
    /// The items of a list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// For lists: numbered or not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ordered: bool,
    /// For captions: the credit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// For a caption: the photo it belongs to (a figure inside the article's text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// For a table: its rows of cells.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Vec<Cell>>,
    /// In a transcript where several answer (a briefing's officials), who says this paragraph
    /// ("Presidente Ferrante"): the name that opened it, taken off its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// A table cell: its text (empty for an empty cell) and whether it is a header cell (`<th>`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Cell {
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runs: Vec<Run>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub header: bool,
}

/// One list item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Item {
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runs: Vec<Run>,
    /// A sub-list under this item (deeper levels join it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

/// A piece of inline text. `"\n"` is a line break.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct Run {
    pub text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub em: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub code: bool,
    /// An http(s) or relative link target; never any other scheme.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

impl Block {
    pub fn text(kind: Kind, text: impl Into<String>) -> Block {
        Block {
            kind,
            text: text.into(),
            ..Block::default()
        }
    }
}

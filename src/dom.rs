//! A small DOM-walking abstraction and the one walker that turns any DOM into [`Block`]s.
//!
//! [`DomNode`] has two implementations: a native one over html5ever's tree (the `cli` feature,
//! [`crate::html`]) and the browser's own DOM through web-sys (the wasm build). The walker is
//! iterative — its stack lives on the heap — so deeply nested markup cannot overflow the call stack,
//! and it visits every node once: linear in the size of the document.

use std::borrow::Cow;

use crate::blocks::{marks, safe_href, Block, BlockBuilder, BlockKind, Document, Flags};

/// What a node is, as far as reading an article is concerned.
#[derive(Debug)]
pub enum NodeKind<'a> {
    /// An element, with its lower-case local name.
    Element(Cow<'a, str>),
    /// A text node's data.
    Text(Cow<'a, str>),
    /// A document or fragment: only its children matter.
    Container,
    /// Comments, doctypes, processing instructions: ignored with everything in them.
    Other,
}

/// The few things the walker needs from a DOM node.
pub trait DomNode: Sized {
    fn kind(&self) -> NodeKind<'_>;
    /// An attribute of an element (`None` for other nodes or when absent).
    fn attr(&self, name: &'static str) -> Option<Cow<'_, str>>;
    fn first_child(&self) -> Option<Self>;
    fn next_sibling(&self) -> Option<Self>;
    /// False when an element has no attributes at all (the walker then asks for none). Asked of
    /// elements only.
    fn has_attributes(&self) -> bool {
        true
    }
    /// The children of a `<template>` live in its content fragment; both DOMs hide them here,
    /// and the walker skips templates anyway.
    fn is_template(&self) -> bool {
        false
    }
}

/// How the walker treats an element.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// Not read at all (scripts, styles, forms, embeds, navigation, hidden elements).
    Skip,
    /// The document's `<title>`.
    Title,
    /// Holds blocks: `<div>`, `<section>`, `<article>`, lists, tables…
    Container,
    /// Holds the text of one block.
    TextBlock(BlockKind),
    /// Inline formatting: adds marks to the text inside.
    Mark(u8),
    Link,
    LineBreak,
    Rule,
    Image,
    /// Any other element: read its text as inline content.
    Inline,
}

fn role_of(tag: &str) -> Role {
    match tag {
        "script" | "style" | "noscript" | "template" | "iframe" | "object" | "embed" | "svg"
        | "math" | "canvas" | "video" | "audio" | "map" | "form" | "button" | "input"
        | "select" | "textarea" | "option" | "optgroup" | "datalist" | "nav" | "dialog"
        | "meta" | "link" | "base" | "source" | "track" | "param" | "frameset" | "frame"
        | "applet" | "meter" | "progress" | "output" | "label" | "rp" | "portal"
        | "fencedframe" => Role::Skip,
        // A ruby's reading over its base text (`<ruby>殺陣<rt>たて</rt></ruby>`): not the
        // sentence's words, which the base text reads alone.
        "rt" => Role::Skip,
        "title" => Role::Title,
        "h1" => Role::TextBlock(BlockKind::Heading(1)),
        "h2" => Role::TextBlock(BlockKind::Heading(2)),
        "h3" => Role::TextBlock(BlockKind::Heading(3)),
        "h4" => Role::TextBlock(BlockKind::Heading(4)),
        "h5" => Role::TextBlock(BlockKind::Heading(5)),
        "h6" => Role::TextBlock(BlockKind::Heading(6)),
        // (A table's `<caption>` says what the table holds: the line over it, not a photo's.)
        "p" | "dd" | "address" | "legend" | "caption" => Role::TextBlock(BlockKind::Paragraph),
        "td" => Role::TextBlock(BlockKind::Cell(false)),
        "th" => Role::TextBlock(BlockKind::Cell(true)),
        "li" => Role::TextBlock(BlockKind::ListItem),
        "dt" | "summary" => Role::TextBlock(BlockKind::Term),
        "figcaption" => Role::TextBlock(BlockKind::Caption),
        "pre" | "listing" | "xmp" | "plaintext" => Role::TextBlock(BlockKind::Preformatted),
        "html" | "body" | "head" | "div" | "section" | "article" | "main" | "header" | "footer"
        | "aside" | "figure" | "blockquote" | "ul" | "ol" | "menu" | "dl" | "table" | "thead"
        | "tbody" | "tfoot" | "tr" | "colgroup" | "details" | "center" | "hgroup" | "fieldset"
        | "search" | "dir" => Role::Container,
        // (A `<slot>` in the page's own tree, outside any shadow root, shows what it holds, as
        // Salesforce's Lightning pages render their panels: `<slot><lightning-formatted-rich-text>
        // <p>…`.)
        "slot" => Role::Container,
        "strong" | "b" => Role::Mark(marks::STRONG),
        "em" | "i" | "cite" | "dfn" | "var" => Role::Mark(marks::EM),
        "code" | "kbd" | "samp" | "tt" => Role::Mark(marks::CODE),
        "a" => Role::Link,
        "br" => Role::LineBreak,
        "hr" => Role::Rule,
        "img" => Role::Image,
        "col" | "wbr" | "area" => Role::Skip,
        // AMP pages: their images and accordions are content; their ads, embeds, share bars and
        // trackers are not.
        "amp-img" | "amp-anim" => Role::Image,
        "amp-accordion" => Role::Container,
        // A Web Story: its pages and their layers hold the story's text, one card each.
        "amp-story" | "amp-story-page" | "amp-story-grid-layer" => Role::Container,
        "amp-fit-text" => Role::Inline,
        t if t.starts_with("amp-") => Role::Skip,
        _ => Role::Inline,
    }
}

/// The first element among `node` and up to three siblings after it (text nodes skipped).
fn first_element<N: DomNode>(mut node: Option<N>) -> Option<N> {
    for _ in 0..4 {
        let n = node?;
        if matches!(n.kind(), NodeKind::Element(_)) {
            return Some(n);
        }
        node = n.next_sibling();
    }
    None
}

fn is_tag<N: DomNode>(n: &N, names: &[&str]) -> bool {
    matches!(n.kind(), NodeKind::Element(t) if names.contains(&t.as_ref()))
}

/// A label whose first element is a checkbox (among its first few children).
fn holds_checkbox<N: DomNode>(label: &N) -> bool {
    first_element(label.first_child()).is_some_and(|n| {
        is_tag(&n, &["input"])
            && n.attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("checkbox"))
    })
}

/// The next element after `label` is a `<div>` or `<section>` (text nodes between skipped).
fn panel_follows<N: DomNode>(label: &N) -> bool {
    first_element(label.next_sibling()).is_some_and(|n| is_tag(&n, &["div", "section"]))
}

/// What a look through an element's first nodes does at each element it meets.
enum Look {
    /// What it looks for: stop.
    Found,
    /// Look inside it too.
    Descend,
    /// Not inside it.
    Skip,
}

/// Looks at the elements among the first `limit` nodes under `node`, depth first, each told to
/// `visit` with its tag; true as soon as one is `Found`.
fn find_under<N: DomNode + Clone>(
    node: &N,
    limit: usize,
    visit: impl FnMut(&N, &str) -> Look,
) -> bool {
    walk_under(node, limit, visit, |_| {})
}

/// The walk of [`find_under`], the text nodes met on the way handed to `text` (those inside
/// the elements `visit` skips are not met).
fn walk_under<N: DomNode + Clone>(
    node: &N,
    limit: usize,
    mut visit: impl FnMut(&N, &str) -> Look,
    mut text: impl FnMut(&str),
) -> bool {
    let mut stack: Vec<N> = node.first_child().into_iter().collect();
    let mut seen = 0;
    while let Some(n) = stack.pop() {
        seen += 1;
        if seen > limit {
            break;
        }
        if let Some(next) = n.next_sibling() {
            stack.push(next);
        }
        match n.kind() {
            NodeKind::Text(t) => text(&t),
            NodeKind::Element(tag) => {
                match visit(&n, tag.as_ref()) {
                    Look::Found => return true,
                    Look::Skip => continue,
                    Look::Descend => {}
                }
                if let Some(child) = n.first_child() {
                    stack.push(child);
                }
            }
            _ => {}
        }
    }
    false
}

/// Does a form hold a page's text: a headline (`<h1>`), an article or a main
/// element, or three paragraphs, among its first 300 nodes? (Forms do not nest: each node is
/// looked at for one form at most.)
fn holds_text<N: DomNode + Clone>(form: &N) -> bool {
    // (Its radio buttons and checkboxes counted too: an application form or a survey, four
    // choices at least, is filled in, not read, however many paragraphs its hints make.)
    let (mut paragraphs, mut choices) = (0, 0);
    let page = find_under(form, 300, |n, tag| match tag {
        "h1" | "article" | "main" => Look::Found,
        "p" => {
            paragraphs += 1;
            Look::Descend
        }
        "input" => {
            choices += usize::from(
                n.attr("type")
                    .is_some_and(|t| matches!(t.as_ref(), "radio" | "checkbox")),
            );
            Look::Descend
        }
        "script" | "style" | "svg" | "template" | "select" => Look::Skip,
        _ => Look::Descend,
    });
    page || paragraphs >= 3 && choices < 4
}

/// A Bootstrap collapse toggle: `data-toggle="collapse"` (Bootstrap 4) or `data-bs-toggle`
/// (Bootstrap 5).
fn collapse_toggle<N: DomNode>(node: &N) -> bool {
    node.attr("data-toggle")
        .or_else(|| node.attr("data-bs-toggle"))
        .is_some_and(|t| t.trim() == "collapse")
}

/// The words of the text under `node` among its first `limit` nodes, spaces collapsed (a tab's
/// label, read ahead of its panel).
fn text_under<N: DomNode + Clone>(node: &N, limit: usize) -> String {
    let mut words = String::new();
    walk_under(
        node,
        limit,
        |n, tag| {
            // (Not a screen reader's words, "(selected)", "tab 2 of 3", nor an icon's.)
            let hidden = matches!(tag, "script" | "style" | "svg")
                || n.attr("aria-hidden").is_some_and(|h| h.trim() == "true")
                || n.attr("class").is_some_and(|c| {
                    [
                        "sr-only",
                        "visually-hidden",
                        "screen-reader",
                        "visuallyhidden",
                    ]
                    .iter()
                    .any(|w| c.contains(w))
                });
            if hidden {
                Look::Skip
            } else {
                Look::Descend
            }
        },
        |t| words.push_str(t),
    );
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A class that names an FAQ's or an accordion's part (Vuetify's `v-expansion-panel-title`, a
/// "collapsible", a "disclosure").
fn accordion_class(c: &str) -> bool {
    [
        "faq",
        "accordion",
        "question",
        "expansion",
        "collapsible",
        "disclosure",
        // (SRF's "expandable-box__button", an "expander".)
        "expandable",
        "expander",
    ]
    .iter()
    .any(|w| c.contains(w))
}

/// Whether one of `tags` is among the first few dozen nodes under `node`.
fn holds_any<N: DomNode + Clone>(node: &N, tags: &[&str]) -> bool {
    find_under(node, 40, |_, tag| {
        if tags.contains(&tag) {
            Look::Found
        } else {
            Look::Descend
        }
    })
}

/// Class-name hints, from the words in a `class` attribute (already lower-cased).
fn class_hints(class: &str) -> u32 {
    let mut f = 0;
    // (Not WordPress's taxonomy classes on a post, "tag-tax-credits", "category-newsletter":
    // they name the article's subject, not the element's part in it.)
    let taxonomy = |w: &str| w.starts_with("tag-") || w.starts_with("category-");
    for w in class.split_ascii_whitespace().filter(|w| !taxonomy(w)) {
        let has = |s: &str| w.contains(s);
        if has("subhead")
            || has("headline")
            || has("heading")
            || has("question")
            || has("faq-q")
            || has("faq__q")
            || has("accordion-title")
            || has("accordion__title")
        {
            f |= Flags::CLASS_HEADING;
        }
        // "faq-question", "rank-math-question": the element is the question itself (not a
        // "questions" list or a "question-count"; nor a feedback widget's or a poll's,
        // "tpm-feedback__question": "Was this answer helpful?").
        // (Or a bare "q", as an interview's template pairs `<div class="q">` with `<div
        // class="a">`.)
        if (w.ends_with("question") || w == "q")
            && !has("feedback")
            && !has("poll")
            && !has("survey")
        {
            f |= Flags::MARKED_QUESTION;
        }
        // (Not a card's, an accordion's or a section's subtitle, nor "no-subtitle".)
        if has("standfirst")
            || (has("subtitle")
                && ["post", "article", "story", "entry", "pw-", "page", "header"]
                    .iter()
                    .any(|k| has(k))
                && !["section", "card", "accordion", "no-", "item", "panel"]
                    .iter()
                    .any(|k| has(k)))
            || w == "dek"
            || w.ends_with("-dek")
            || w.ends_with("__dek")
        {
            f |= Flags::CLASS_DEK;
        }
        // (Not Weebly's content wrapper, "wsite-not-footer".)
        // (And the article's notes, Substack's "footnote" boxes; not a note's number in the
        // text, "footnote-anchor".)
        if (has("footer") && !has("not-footer"))
            || (has("footnote") && !has("anchor"))
            || has("author-bio")
            || has("authorbio")
            || w == "bio"
            || has("tagline")
        {
            f |= Flags::FOOTER;
        }
        // The article's own title, as a CMS classes it when no `<h1>` carries it: "article-
        // head-title", "entry-title", "post_title" (not a card's, a widget's or a section's,
        // nor the site's name in its header, "header-title", "masthead-title").
        if w.ends_with("title")
            && ["article", "post", "entry", "story", "head", "page"]
                .iter()
                .any(|k| has(k))
            && ![
                "sub",
                "card",
                "widget",
                "section",
                "faq",
                "accordion",
                "related",
                "header",
                "masthead",
                "site",
                "logo",
                "brand",
            ]
            .iter()
            .any(|k| has(k))
        {
            f |= Flags::CLASS_TITLE;
        }
        // A utility class that sets the text bold, as Tailwind pages style their subheads: `<p
        // class="text-lg font-semibold mt-6">Un printemps trop doux</p>`.
        if matches!(
            w,
            "font-bold" | "font-semibold" | "font-extrabold" | "font-black"
        ) {
            f |= Flags::BOLD;
        }
        // (The BBC's photo credit is a "Copyright" span: `<span class="…-Copyright">`.)
        if has("credit") || has("copyright") {
            f |= Flags::CLASS_CREDIT;
        }
        if has("caption") {
            f |= Flags::CLASS_CAPTION;
        }
        // ("art_author", "post-author": the writer's name, in a site's own prefix.)
        if has("byline")
            || w == "author"
            || has("author-name")
            || w.ends_with("_author")
            || w.ends_with("-author")
        {
            f |= Flags::CLASS_BYLINE;
        }
        if has("related")
            || has("recirc")
            // (Not Drupal's `node--promoted`: an article promoted to the front page.)
            || (has("promo") && !w.ends_with("promoted"))
            || has("newsletter")
            || has("advert")
            || w == "ad"
            || w.starts_with("ad-")
            || w.starts_with("ads")
            || has("outbrain")
            || has("taboola")
            || has("most-read")
            || has("mostread")
            || has("read-more")
            || has("read-also")
            || has("also-read")
            || has("sponsored")
            // (A share bar — Jetpack's "sharedaddy" too — not a feed's "feed-shared-update"
            // post.)
            || (has("share") && !has("-shared"))
            || has("social")
            // (A reader poll's box, its question over a form of choices: "reader-poll",
            // "sc__encuesta", "sondage", "umfrage" — not an election's "polling" results.)
            // (Not a poll's report, its "poll-question" headings over their results.)
            || w == "poll"
            || w.ends_with("-poll")
            || w.ends_with("__poll")
            // (Or the box itself, "poll-widget", "poll-box" — not "poll-question" or
            // "poll-results".)
            || (w.starts_with("poll-")
                && (has("widget") || has("box") || has("form") || has("wrap") || has("module")))
            || ((has("encuesta") || has("sondage") || has("umfrage") || has("sondaggio"))
                && !has("result")
                && !has("ergebnis"))
            // (Substack's row of likes, comments and restacks: "post-ufi".)
            || w.starts_with("post-ufi")
            || has("teaser")
            // (A comment's bar of votes and buttons: "comment-actions", "comment__actions".)
            || (w.starts_with("comment") && has("action"))
            // (Readers' comments under the article, as LinkedIn wraps them: "comments-section".)
            // (Not WordPress's own, "comments-area", "comment-list": an "Ask the expert" post's
            // readers ask there, its author answering.)
            || matches!(w, "comments-section" | "comment-section")
            // A subscription pitch ("c-subscriber-message", "paywall-offer") — not the
            // article's own text behind the wall ("paywall-continue", "paywall-content"), nor
            // its last paragraph fading out before it ("paywall-fade").
            || has("subscriber")
            // (A fund drive's banner: "contribution-banner", "donate-box".)
            || has("contribution")
            || has("donate")
            || has("donation")
            // (Or a newsroom's appeal for readers' money, "support-box", "support-us" — not a
            // help centre's "support-article".)
            || (has("support")
                && (has("support-box") || has("support-us") || has("supportus")))
            // (A sign-up box: "subscribe-block", "subscription-box".)
            || w.starts_with("subscribe")
            || w.starts_with("subscription")
            // (Nor the bare word on each paragraph, as Bloomberg marks its text behind the
            // wall: `<p class="… paywall">`.)
            || (has("paywall")
                && w != "paywall"
                && !(has("continue")
                    || has("content")
                    || has("body")
                    || has("text")
                    || has("fade")
                    // (Nor the text the wall cuts short: "paywall--truncated", a "preview".)
                    || has("truncat")
                    || has("preview")))
            // A call to action ("cta-box", "wp-block-cta"): the firm's pitch between the
            // article's paragraphs. (Not GOV.UK's "call-to-action", the page's own instruction
            // set in a box.)
            || w == "cta"
            || w.starts_with("cta-")
            || w.starts_with("cta_")
            || w.ends_with("-cta")
            || has("-cta-")
            // A table of contents (Word's "MsoToc1", WordPress plugins' "ez-toc-…",
            // "wp-block-table-of-contents"): the page's navigation, its entries the questions
            // again.
            || w.starts_with("msotoc")
            || w == "toc"
            || w.starts_with("toc-")
            || w.starts_with("toc_")
            || w.ends_with("-toc")
            || w.starts_with("ez-toc")
            || has("table-of-contents")
        {
            f |= Flags::ASIDE;
        }
    }
    f
}

/// One open element on the walker's stack.
struct Frame<N> {
    node: N,
    role: Role,
    /// Flags this element adds to the blocks inside it.
    flags: u32,
    /// The group (list, quote, figure) this element opened, if any.
    group: Option<u32>,
    href_pushed: bool,
    pre: bool,
    /// This inline element raised the credit mark.
    credit: bool,
    /// A link to a place in the page (its words marked `ANCHOR`).
    anchor: bool,
    /// This element is a schema.org `Question` item (1) or an answer inside one (2).
    item: u8,
    /// The number of blocks read when it was entered.
    start: usize,
    /// The number of paragraphs of prose read when it was entered.
    prose: usize,
    /// This `<table>` pushed onto the walker's stack of tables.
    table: bool,
    /// A `<details>` element: its entry on [`Walker::details`] is popped on leaving.
    details: bool,
    /// This link wraps blocks (an FAQ plugin's `<a href><div><h4>Question?</h4></div></a>`).
    block_link: bool,
    /// A link into the page opening a heading: perhaps its permalink's glyph alone ("#").
    permalink: bool,
    /// A container its class calls an accordion (Tilda's `t585__accordion`; not a feedback
    /// box's `…prompt-questions`, whose buttons are its answers): counted on
    /// [`Walker::accordions`] while open.
    accordion: bool,
}

/// Reads a DOM subtree into a [`Document`]. `root` itself is read too (an `<article>`, a `<body>`,
/// or a whole document node).
pub fn read<N: DomNode + Clone>(root: &N) -> Document {
    let mut w = Walker {
        at_root: true,
        ..Walker::default()
    };
    w.doc.from_html = true;
    w.run(root.clone());
    w.flush();
    w.undo_asides();
    w.one_column_tables();
    w.doc
}

#[derive(Default)]
struct Walker {
    doc: Document,
    builder: BlockBuilder,
    /// Block kinds of the open text-block elements (innermost last).
    text_blocks: Vec<BlockKind>,
    /// Innermost container name class: true when loose text in it is not in a paragraph.
    loose_containers: Vec<bool>,
    marks_count: [u32; 5],
    hrefs: Vec<Option<String>>,
    flag_counts: [u32; 21],
    groups: Vec<u32>,
    next_group: u32,
    /// A `<tr>` was entered and its first cell is still to come.
    row_start: bool,
    /// The number of blocks when the innermost table cell was entered.
    cell_start: usize,
    /// For each `<details>` open, the index of its `<summary>`'s block once read.
    details: Vec<Option<usize>>,
    /// For each table entered, whether it is for layout only (`role="presentation"`, as email
    /// newsletters set theirs): its cells are then read as `<div>`s.
    tables: Vec<bool>,
    /// Ids of the panels the page's own accordion buttons control (`aria-controls`).
    panels: crate::classify::Strings,
    /// Ids of the rest of the article that a "Read more" button reveals (`aria-controls`).
    revealed: Vec<String>,
    pre_depth: u32,
    title_depth: u32,
    title_text: String,
    /// The next element entered is the root of the walk.
    at_root: bool,
    /// For each open container, the number of blocks when it was entered.
    box_starts: Vec<usize>,
    /// Blocks whose innermost container is still open (indices, ascending).
    pending: Vec<usize>,
    /// Blocks before this index have been numbered and put on `pending`.
    numbered: usize,
    /// For each block, how many aside elements held it when it was read (see `sync_asides`).
    aside_depth: Vec<u8>,
    /// Spans of blocks (from, to) that an element wrongly hinted as an aside held.
    unasided: Vec<(usize, usize)>,
    /// Paragraphs of prose read so far (80 bytes or more, a sentence, not only a link).
    prose: usize,
    /// The first `<h1>` (the headline) has been entered.
    headline_seen: bool,
    /// The page is a Google Docs export (`<body class="… doc-content">`).
    gdocs: bool,
    /// Open schema.org `Question` items, and answers inside them (`itemprop="acceptedAnswer"`).
    question_items: u32,
    answer_items: u32,
    /// Whether the innermost schema.org `Question` item has had its answer yet: its buttons
    /// after it ("Did this answer your question?") are not its trigger.
    item_answered: bool,
    /// The next block read is a question by the markup around it.
    mark_next: bool,
    /// Links entered outside any text block that are still open (see `Frame::block_link`).
    block_links: u32,
    /// Open containers classed as an accordion (see `Frame::accordion`).
    accordions: u32,
    /// The text block being read is a document's comment, not its text (see `enter`).
    comment: bool,
    /// An ARIA tab list's tabs whose panels are still to come: the panel's id, the tab's words,
    /// the level of the heading they make.
    tabs: Vec<(String, String, u8)>,
}

impl Walker {
    /// A panel of the page's own accordion (closed with `hidden`, `aria-hidden` or `display:none`,
    /// but content), right after its question: after a trigger read as a term, controlled by a
    /// button read as text (`aria-controls`), or classed as an answer or an FAQ's panel
    /// (`faq-answer`, `accordion-panel`).
    fn is_panel<N: DomNode>(&self, node: &N, class: Option<&str>) -> bool {
        let last = self.doc.blocks.last().filter(|_| self.builder.is_empty());
        let after_question = last.is_some_and(|b| {
            matches!(b.kind, BlockKind::Heading(_) | BlockKind::Term)
                && crate::scan::ends_with_question(&b.text)
        });
        // After a disclosure's trigger (a <summary>, a trigger button, a <dt>), the hidden
        // element that follows is its panel whatever it is called — and whatever the trigger
        // says ("Where can I get a printed schedule", without its question mark).
        let after_trigger = last.is_some_and(|b| b.kind == BlockKind::Term);
        let controlled = || {
            !self.panels.is_empty()
                && node
                    .attr("id")
                    .is_some_and(|id| self.panels.contains_key(id.as_ref()))
        };
        let classed = || {
            class.is_some_and(|c| {
                crate::scan::Words("answer|faq|accordion|panel|collapse|antwort|respuesta|réponse")
                    .iter()
                    .any(|w| c.contains(w))
            })
        };
        // (Or a section's panel under its heading's button, a nested accordion's group: "Si tu
        // vuelo se retrasa (2 preguntas)" controls the panel of its questions.)
        let after_heading = last.is_some_and(|b| matches!(b.kind, BlockKind::Heading(_)));
        ((after_question || after_trigger) && (after_trigger || controlled() || classed())
            || (after_heading && controlled())
            || !self.revealed.is_empty()
                && node
                    .attr("id")
                    .is_some_and(|id| self.revealed.iter().any(|r| *r == id.as_ref())))
            && node.attr("data-qa-skip").is_none()
    }

    fn current_marks(&self) -> u8 {
        let mut m = 0;
        for (i, bit) in [
            marks::STRONG,
            marks::EM,
            marks::CODE,
            marks::CREDIT,
            marks::ANCHOR,
        ]
        .iter()
        .enumerate()
        {
            if self.marks_count[i] > 0 {
                m |= bit;
            }
        }
        m
    }

    fn mark_index(bit: u8) -> usize {
        match bit {
            marks::STRONG => 0,
            marks::EM => 1,
            marks::CODE => 2,
            marks::ANCHOR => 4,
            _ => 3,
        }
    }

    fn current_flags(&self) -> Flags {
        let mut f = 0u32;
        for (i, &n) in self.flag_counts.iter().enumerate() {
            if n > 0 {
                f |= 1 << i;
            }
        }
        Flags(f)
    }

    fn add_flags(&mut self, flags: u32, delta: i32) {
        if flags & Flags::ASIDE != 0 {
            self.sync_asides();
        }
        for i in 0..self.flag_counts.len() {
            if flags & (1 << i) != 0 {
                let c = &mut self.flag_counts[i];
                *c = if delta > 0 {
                    c.saturating_add(1)
                } else {
                    c.saturating_sub(1)
                };
            }
        }
    }

    /// Closes the innermost container: the blocks read since it opened, and not already inside a
    /// container of their own, end their scope here.
    fn close_box(&mut self) {
        let len = self.doc.blocks.len();
        for j in self.numbered..len {
            self.doc.blocks[j].seq = u32::try_from(j + 1).unwrap_or(u32::MAX);
            self.pending.push(j);
        }
        self.numbered = len;
        let start = self.box_starts.pop().unwrap_or(0);
        let end = u32::try_from(len + 1).unwrap_or(u32::MAX);
        let first = u32::try_from(start + 1).unwrap_or(u32::MAX);
        while let Some(&j) = self.pending.last().filter(|&&j| j >= start) {
            self.doc.blocks[j].scope_end = end;
            self.doc.blocks[j].scope_start = first;
            self.pending.pop();
        }
    }

    /// The kind of block the text being read makes.
    fn current_kind(&self) -> BlockKind {
        let kind = self
            .text_blocks
            .last()
            .copied()
            .unwrap_or(BlockKind::Paragraph);
        // Heading and caption elements win over the paragraphs and divs nested inside them.
        self.text_blocks
            .iter()
            .rev()
            .find(|k| {
                matches!(
                    k,
                    BlockKind::Heading(_) | BlockKind::Caption | BlockKind::Term
                )
            })
            .copied()
            .unwrap_or(kind)
    }

    /// Ends the current block, if any text was collected.
    fn flush(&mut self) {
        // Taken first: a comment with no text of its own must not mark the next block.
        let comment = std::mem::take(&mut self.comment);
        if self.builder.is_empty() || comment {
            // Drop whitespace-only runs so they cannot leak into the next block.
            let _ = self
                .builder
                .finish(BlockKind::Paragraph, Flags::default(), 0);
            return;
        }
        let mut kind = self.current_kind();
        // A cell's text going on after a list or paragraph inside it ("Reasons:" / the list /
        // "You will get a notice…") is a box of an old page's layout, as a cell split by two
        // breaks is: a paragraph, not a cell of its row.
        if matches!(kind, BlockKind::Cell(_)) && self.doc.blocks.len() > self.cell_start {
            kind = BlockKind::Paragraph;
            if let Some(top) = self.text_blocks.last_mut() {
                *top = kind;
            }
        }
        let mut flags = self.current_flags();
        if self.text_blocks.is_empty() && self.loose_containers.last().copied().unwrap_or(true) {
            flags.set(Flags::LOOSE);
        }
        if matches!(kind, BlockKind::Cell(_)) && std::mem::take(&mut self.row_start) {
            flags.set(Flags::ROW_START);
        }
        if kind == BlockKind::ListItem
            && self
                .text_blocks
                .iter()
                .filter(|k| **k == BlockKind::ListItem)
                .nth(1)
                .is_some()
        {
            flags.set(Flags::NESTED);
        }
        let marked = std::mem::take(&mut self.mark_next);
        if marked {
            flags.set(Flags::MARKED_QUESTION);
        }
        let group = self.groups.last().copied().unwrap_or(0);
        if let Some(mut block) = self.builder.finish(kind, flags, group) {
            // A marked question's number in an element of its own before it ("01" over "Who
            // can get the shot?" in one marked box): the mark passes on to the question.
            // (Or who asked, over the question in the box: "cedar_and_14th · 112 upvotes" —
            // marked too, as the box's signature, which the classifier sets apart.)
            if marked && crate::scan::is_number_badge(&block.text) {
                block.flags.0 &= !Flags::MARKED_QUESTION;
                self.mark_next = true;
            } else if marked
                && (crate::scan::is_reader_signature(&block.text)
                    || crate::scan::is_post_header(&block.text))
            {
                self.mark_next = true;
            }
            // A heading inside a link that wraps it, as an FAQ plugin links each question to a
            // page of its own: the heading's words are the page's, not a link rail's.
            if self.block_links > 0 && matches!(block.kind, BlockKind::Heading(_)) {
                block.flags.0 &= !Flags::LINK_ONLY;
            }
            // A paragraph or a list item whose every word links to a place in the page may be
            // an entry of its contents (`prepare` looks for its words further down; the
            // entry's words are plain text: the mark goes).
            if block.runs.iter().any(|r| r.marks & marks::ANCHOR != 0) {
                if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
                    && block
                        .runs
                        .iter()
                        .all(|r| r.marks & marks::ANCHOR != 0 || r.text.trim().is_empty())
                {
                    block.flags.set(Flags::ANCHORED);
                }
                for r in &mut block.runs {
                    r.marks &= !marks::ANCHOR;
                }
            }
            // A paragraph whose every word is in an inline credit (`<span class="…-Copyright">`
            // under a photo) is a credit, as one so classed itself is.
            if block.kind == BlockKind::Paragraph
                && block.runs.iter().any(|r| r.marks & marks::CREDIT != 0)
                && block
                    .runs
                    .iter()
                    .all(|r| r.marks & marks::CREDIT != 0 || r.text.trim().is_empty())
            {
                block.flags.set(Flags::CLASS_CREDIT);
            }
            if block.kind == BlockKind::Paragraph
                && block.text.len() >= 80
                && !block.flags.has(Flags::LINK_ONLY)
                && crate::scan::is_sentence(&block.text)
            {
                self.prose += 1;
            }
            // A disclosure's label copied as a heading at the top of its panel, for print (a
            // Joomla slider's "Quali sono le scadenze?" over "Quali sono le scadenze?"): one
            // question, read once.
            if matches!(block.kind, BlockKind::Heading(_))
                && self
                    .doc
                    .blocks
                    .last()
                    .is_some_and(|l| l.kind == BlockKind::Term && l.text == block.text)
            {
                return;
            }
            self.doc.blocks.push(block);
        }
    }

    fn run<N: DomNode + Clone>(&mut self, root: N) {
        let Some(frame) = self.enter(&root) else {
            return;
        };
        let mut cur = if root.is_template() {
            None
        } else {
            root.first_child()
        };
        let mut stack = vec![frame];
        loop {
            match cur.take() {
                Some(node) => {
                    if let Some(mut frame) = self.enter(&node) {
                        if frame.role == Role::TextBlock(BlockKind::Heading(1))
                            && !std::mem::replace(&mut self.headline_seen, true)
                        {
                            self.not_asides(&mut stack);
                        }
                        if let Some(child) = node.first_child().filter(|_| !node.is_template()) {
                            stack.push(frame);
                            cur = Some(child);
                            continue;
                        }
                        self.exit(&mut frame);
                    }
                    cur = node.next_sibling();
                }
                None => {
                    let Some(mut frame) = stack.pop() else { break };
                    self.exit(&mut frame);
                    if stack.is_empty() {
                        break; // the root is closed; its siblings are not part of the article
                    }
                    cur = frame.node.next_sibling();
                }
            }
        }
    }

    /// Records, for the blocks read since the last change, how many aside elements hold them.
    fn sync_asides(&mut self) {
        let aside = Flags::ASIDE.trailing_zeros() as usize;
        let depth = u8::try_from(self.flag_counts[aside]).unwrap_or(u8::MAX);
        let len = self.doc.blocks.len();
        self.aside_depth
            .resize(len.max(self.aside_depth.len()), depth);
    }

    /// A frame's aside hint was wrong: the blocks read inside it so far lose the ASIDE flag
    /// (once reading is done: [`Walker::undo_asides`]), unless another aside holds them too.
    /// (An `<aside>` element is one whatever else it holds.)
    fn not_aside<N: DomNode>(&mut self, f: &mut Frame<N>) {
        if f.flags & Flags::ASIDE == 0
            || matches!(f.node.kind(), NodeKind::Element(t) if t == "aside")
        {
            return;
        }
        self.add_flags(Flags::ASIDE, -1); // (syncs first)
        f.flags &= !Flags::ASIDE;
        self.unasided.push((f.start, self.doc.blocks.len()));
    }

    /// Clears the ASIDE flag of the blocks that only wrongly hinted asides held, in one pass
    /// (every block counts the spans that cover it).
    fn undo_asides(&mut self) {
        if self.unasided.is_empty() {
            return;
        }
        self.sync_asides();
        let n = self.doc.blocks.len();
        let mut delta = vec![0i32; n + 1];
        for &(a, b) in &self.unasided {
            delta[a.min(n)] += 1;
            delta[b.min(n)] -= 1;
        }
        let mut cover = 0i32;
        for (j, b) in self.doc.blocks.iter_mut().enumerate() {
            cover += delta[j];
            let depth = i32::from(self.aside_depth.get(j).copied().unwrap_or(0));
            if cover > 0 && depth <= cover {
                b.flags.0 &= !Flags::ASIDE;
            }
        }
    }

    /// The elements around the headline are the article, whatever their classes say: a
    /// newsletter's post (`newsletter-post`), a page's `promo-story` wrapper.
    fn not_asides<N: DomNode>(&mut self, stack: &mut [Frame<N>]) {
        for f in stack.iter_mut() {
            self.not_aside(f);
        }
    }

    /// A box whose class names a question but whose first line is a label — a comment thread's
    /// `<div class="ama-item--question">` around "Penzance_Pete asked:", the question and its
    /// vote count — styles that label as its heading, not every block in it. (A box of a
    /// letter's paragraphs, with no label, is the question's all through.)
    fn heading_wrapper<N: DomNode>(&mut self, f: &Frame<N>) {
        if f.flags & Flags::CLASS_HEADING == 0
            || self.doc.blocks.len() < f.start + 3
            || !self.doc.blocks[f.start].text.ends_with(':')
        {
            return;
        }
        // (The question the label marks is the block under it.)
        if self.doc.blocks[f.start].flags.has(Flags::MARKED_QUESTION) {
            self.doc.blocks[f.start].flags.0 &= !Flags::MARKED_QUESTION;
            self.doc.blocks[f.start + 1]
                .flags
                .set(Flags::MARKED_QUESTION);
        }
        for b in &mut self.doc.blocks[f.start + 1..] {
            if !matches!(b.kind, BlockKind::Heading(_) | BlockKind::Term) {
                b.flags.0 &= !Flags::CLASS_HEADING;
            }
        }
    }

    /// An element classed like a promo that holds paragraphs of prose is the article's body (The
    /// Conversation's `inline-promos`: a body with promos in it), not a promo.
    fn body_not_aside<N: DomNode>(&mut self, f: &mut Frame<N>) {
        if self.prose - f.prose >= 4 {
            self.not_aside(f);
        }
    }

    /// Opens a node; returns the frame to push when its children should be read.
    fn enter<N: DomNode + Clone>(&mut self, node: &N) -> Option<Frame<N>> {
        let tag = match node.kind() {
            NodeKind::Text(t) => {
                if self.title_depth > 0 {
                    self.title_text.push_str(&t);
                } else {
                    let href = self.hrefs.last().cloned().flatten();
                    let m = self.current_marks();
                    self.builder.push_text(&t, m, href.as_deref());
                }
                return None;
            }
            NodeKind::Other => return None,
            NodeKind::Container => {
                self.at_root = false; // a document or fragment root: its elements are read as usual
                self.box_starts.push(self.doc.blocks.len());
                return Some(Frame {
                    node: node.clone(),
                    role: Role::Container,
                    flags: 0,
                    group: None,
                    href_pushed: false,
                    pre: false,
                    credit: false,
                    anchor: false,
                    item: 0,
                    start: self.doc.blocks.len(),
                    prose: self.prose,
                    table: false,
                    details: false,
                    block_link: false,
                    permalink: false,
                    accordion: false,
                });
            }
            NodeKind::Element(tag) => tag.into_owned(),
        };
        let mut role = role_of(&tag);
        // A custom element (a web component, its name with a dash: `<vp-notice>`, `<faq-item>`)
        // outside any paragraph is a box of the page, as its components are laid out: its text
        // ends where it ends. (Inside a paragraph it is inline, `<time-ago>`.)
        // (Nor one of text alone within a line of loose text, as a thread's header stamps the
        // comment's age: "u/marsh_harrier_fan · <faceplate-timeago>10h</faceplate-timeago>".)
        if role == Role::Inline
            && tag.contains('-')
            && !tag.starts_with("amp-")
            && self.text_blocks.is_empty()
            && (self.builder.is_empty() || first_element(node.first_child()).is_some())
        {
            role = Role::Container;
        }
        // Most elements of an article carry no attributes: then none is asked for (in the browser,
        // every question is a call into JavaScript).
        let attrs = node.has_attributes();
        // The class, lower-cased once for every rule that reads it.
        let class = if attrs {
            node.attr("class").map(|c| c.to_ascii_lowercase())
        } else {
            None
        };
        // A form that holds the page's text is read: ASP.NET wraps a whole page in one
        // (`<form id="aspnetForm">`), a forum each post's body (`<form class="usertext">`). A
        // sign-up box's, a poll's or a search's form is not.
        if tag == "form"
            && (class.as_deref().is_some_and(|c| c.contains("usertext")) || holds_text(node))
        {
            role = Role::Container;
        }
        // A dialog shown open on the page (`<dialog open>`, not modal), as a quick guide or a
        // short FAQ stands in one: read. (Closed, or opened by a script later, it is not the
        // page's text.)
        if tag == "dialog" && attrs && node.attr("open").is_some() {
            role = Role::Container;
        }
        // A dropdown's panel that holds an answer, as Webflow sets its FAQ (`<nav
        // class="faq-answer w-dropdown-list">`): the answer's text, not the site's navigation.
        // (Or the answer is a paragraph inside a `<nav class="faq-dropdown-list w-dropdown-list">`:
        // a menu's dropdown list holds links, never a paragraph.)
        if tag == "nav"
            && class.as_deref().is_some_and(|c| {
                c.contains("answer") || (c.contains("dropdown-list") && holds_any(node, &["p"]))
            })
        {
            role = Role::Container;
        }
        // A checklist's item is its checkbox's label (`<li><label><input type="checkbox"> Buy
        // two filters.</label></li>`): the label's words are the item's. (A form's labels stay
        // out, and a poll's options, each a radio button's.)
        if tag == "label"
            && self.text_blocks.last() == Some(&BlockKind::ListItem)
            && holds_checkbox(node)
        {
            role = Role::Inline;
        }
        // A CSS-only accordion's trigger: a checkbox's label with the panel right after it
        // (`<input type="checkbox" id="faq-1"><label for="faq-1">Which stations…?</label><div
        // class="faq__content">…`), a disclosure's summary as a <summary> is. (A form's labels
        // have no panel after them.)
        if tag == "label" && node.attr("for").is_some() && panel_follows(node) {
            role = Role::TextBlock(BlockKind::Term);
        }
        // A reader's question run in at a paragraph's start in a span of its own class (`<p><span
        // class="q">My car squeals… What is going on?</span> A light squeal…`): set apart as a
        // bold run-in is.
        if role == Role::Inline
            && tag == "span"
            && class.as_deref().is_some_and(|c| {
                c.split_ascii_whitespace().any(|w| {
                    matches!(w, "q" | "question" | "readerq")
                        || w.ends_with("__question")
                        || w.ends_with("-question")
                })
            })
        {
            role = Role::Mark(marks::STRONG);
        }
        // A Word document saved as a web page sets its title as a paragraph of class MsoTitle.
        if tag == "p" && class.as_deref() == Some("msotitle") {
            role = Role::TextBlock(BlockKind::Heading(1));
        }
        // The ARIA role, read once (in the browser each read is a call into JavaScript).
        let aria_role = if attrs { node.attr("role") } else { None };
        let aria = |r: &str| {
            aria_role
                .as_deref()
                .is_some_and(|a| a.trim().eq_ignore_ascii_case(r))
        };
        // An ARIA heading, as React accordions wrap their triggers (`<div role="heading"
        // aria-level="3"><button …>What is a credit freeze?</button></div>`): a heading of its
        // level (2 where it gives none).
        if role == Role::Container && aria("heading") {
            // (One digit, read by hand: `parse` would link its code for this alone.)
            let level = node
                .attr("aria-level")
                .and_then(|l| match l.trim().as_bytes() {
                    &[d @ b'1'..=b'6'] => Some(d - b'0'),
                    _ => None,
                })
                .unwrap_or(2);
            role = Role::TextBlock(BlockKind::Heading(level));
        }
        // Bold set by an inline style, as text pasted from Google Docs or Word carries it: a
        // `<span style="font-weight:700">` is bold, and a `<b style="font-weight:normal">` (Google
        // Docs wraps a whole paste in one) is not.
        // (The style read once, for this and for `is_hidden`: in the browser each read is a call
        // into JavaScript.)
        // (Not for an element already skipped: `script`, `svg`, a form control.)
        let style = if attrs && role != Role::Skip {
            node.attr("style")
        } else {
            None
        };
        if matches!(role, Role::Inline | Role::Mark(marks::STRONG)) {
            match style.as_deref().and_then(style_weight) {
                Some(true) if role == Role::Inline => role = Role::Mark(marks::STRONG),
                Some(false) if role != Role::Inline => role = Role::Inline,
                _ => {}
            }
        }
        // A page's own accordion: the trigger button holds the question (inside a heading, or on
        // its own), and the panel it controls is read even while the page keeps it closed.
        // An element acting as a button (`<div role="button">`, as page builders make their
        // accordions' triggers) is read as its text anyway; a disclosure one is a trigger too.
        // (So is a tab that expands, as Bootstrap's accordion sets its headers: `<div
        // role="tab" aria-expanded aria-controls>` around a plain `<button>`; a tab list's tabs
        // are selected, not expanded.)
        // (And a link that expands an accordion's item, `<a class="sf-accordion__link"
        // aria-expanded aria-controls>`, as Bootstrap's collapse and many CMS themes set it.)
        let expands = || attrs && node.attr("aria-expanded").is_some();
        // (Whether it is a Bootstrap collapse toggle, read once if asked: each read of an
        // attribute is a call into JavaScript in the browser.)
        let toggle_cell = std::cell::OnceCell::new();
        let toggle = || *toggle_cell.get_or_init(|| collapse_toggle(node));
        let role_button = tag != "button"
            && (aria("button")
                || aria("tab") && expands()
                || tag == "a" && class.as_deref().is_some_and(accordion_class) && expands());
        if tag == "button" || role_button {
            // (Holding the item's name: not its "Upvote" or "Follow" buttons.)
            let in_question = attrs
                && self.question_items > 0
                && self.answer_items == 0
                && !self.item_answered
                && find_under(node, 40, |n, _| {
                    if n.attr("itemprop").is_some_and(|p| p.trim() == "name") {
                        Look::Found
                    } else {
                        Look::Descend
                    }
                });
            if let Some(last @ (BlockKind::Heading(_) | BlockKind::Term)) =
                self.text_blocks.last_mut()
            {
                role = Role::Inline;
                // A heading holding a disclosure's button is that disclosure's trigger, a term
                // like a <summary>: an accordion's item whatever its words ("Accessible seating").
                if attrs
                    && (node.attr("aria-expanded").is_some()
                        || node.attr("aria-controls").is_some())
                {
                    *last = BlockKind::Term;
                }
            } else if attrs
                && (node.attr("aria-expanded").is_some()
                    // (Or Bootstrap 4's and 5's collapse toggle without ARIA: `<button
                    // data-toggle="collapse" data-target="#c2">` — one that names a question,
                    // four words or more or asking, not an answer's own "Show sources" or "Read
                    // more" toggle.)
                    || toggle() && {
                        let t = text_under(node, 24);
                        crate::scan::ends_with_question(&t) || !crate::scan::words_le(&t, 3)
                    }
                    // (Or one the page's script has not yet wired, as Kadence's accordion sets
                    // `aria-expanded` only once it runs: holding a schema.org `Question`'s name,
                    // or classed as an accordion's own inside an accordion.)
                    || in_question
                    || self.accordions > 0 && class.as_deref().is_some_and(accordion_class))
                // (Or the first thing in an item its class marks as the question, `<li
                // class="js-faq-question">`: its button, whatever the button's class. Or a
                // button around the question's heading, as Wix's FAQ sets it: a menu's or a
                // share button holds no heading. Or any button inside a container classed as an
                // accordion, as Tilda's `t585__trigger-button` in its `t585__accordion`.)
                && (role_button
                    || in_question
                    || self.accordions > 0
                    || self.mark_next
                    || self.current_flags().has(Flags::MARKED_QUESTION)
                    || class.as_deref().is_some_and(accordion_class)
                    || tag == "button" && holds_any(node, &["h2", "h3", "h4", "h5", "h6"]))
            {
                // An FAQ's disclosure button: its label, like a <summary>. (Other <button>
                // toggles — menu, share — stay out.)
                role = Role::TextBlock(BlockKind::Term);
            }
            if attrs && role != Role::Skip && self.panels.len() < 10_000 {
                // (Or the panel a Bootstrap toggle names by its selector: "#c2".)
                let target = || {
                    toggle()
                        .then(|| {
                            node.attr("data-target")
                                .or_else(|| node.attr("data-bs-target"))
                        })
                        .flatten()
                        .and_then(|t| t.trim().strip_prefix('#').map(|r| Cow::Owned(r.to_owned())))
                };
                if let Some(ids) = node.attr("aria-controls").or_else(target) {
                    self.panels
                        .extend(ids.split_ascii_whitespace().map(|id| (id.to_owned(), 0)));
                }
            }
            // A "Read more" button that shows the rest of a story the page cuts short (`<button
            // class="read-more-btn" aria-controls="story-continued">` over `<div
            // id="story-continued" hidden>`): the rest is the story's, for the reader to open.
            // (The button's own words stay out.)
            if attrs
                && role == Role::Skip
                && self.revealed.len() < 16
                && class.as_deref().is_some_and(|c| {
                    [
                        "read-more",
                        "readmore",
                        "show-more",
                        "continue-reading",
                        "expand-story",
                    ]
                    .iter()
                    .any(|w| c.contains(w))
                })
            {
                if let Some(ids) = node.attr("aria-controls") {
                    self.revealed
                        .extend(ids.split_ascii_whitespace().map(str::to_owned));
                }
            }
        }
        // The element we were asked to read is read even when it is hidden (a page may hide the
        // article it hands us); hidden elements inside it are not, except an accordion's panels.
        let is_root = std::mem::take(&mut self.at_root);
        if attrs
            && role != Role::Skip
            && !is_root
            && is_hidden(node, class.as_deref(), style.as_deref())
            && !self.is_panel(node, class.as_deref())
            // (Nor a tab's panel: hidden until its tab is chosen, content as the shown one is.)
            && !aria("tabpanel")
        {
            role = Role::Skip;
        }
        if role == Role::Title && self.doc.doc_title.is_some() {
            role = Role::Skip;
        }
        // The link's address, read once (in the browser each read is a call into JavaScript).
        let href = if role == Role::Link && attrs {
            node.attr("href")
        } else {
            None
        };
        // A Google Docs export's comments: the mark in the text (`<a href="#cmnt1">[a]</a>`) is
        // no word of it, and a comment, opened by its link back (`<a href="#cmnt_ref1">[a]</a>`
        // …), is the editors' note to each other, not the article's.
        if let Some(h) = href.as_deref().and_then(|h| h.trim().strip_prefix("#cmnt")) {
            self.comment |= h.starts_with("_ref");
            role = Role::Skip;
        }
        // A heading's own permalink ("¶", "#", a link icon), as documentation generators add it
        // (Sphinx and MkDocs, VitePress, AnchorJS, Docusaurus): not the heading's words. (Only
        // their classes, and a link into the page: a question that is itself a link stays.)
        if role == Role::Link
            && class.as_deref().is_some_and(|c| {
                [
                    "headerlink",
                    "header-anchor",
                    "heading-anchor",
                    "anchorjs-link",
                    "hash-link",
                ]
                .iter()
                .any(|w| c.contains(w))
            })
            && href
                .as_deref()
                .is_some_and(|h| h.trim_start().starts_with('#'))
            // (Its mark or a word for it, not the heading's own words inside it: "<h2><a
            // class="headerlink" href="#fast">Can I get one faster?</a></h2>".)
            && !holds_words(node)
        {
            role = Role::Skip;
        }
        // An accordion header's second line, a category or a badge beside the question
        // (Angular Material's `mat-panel-description`, "The basics"): not the question's words.
        // (Only after the question's own words: an element so classed that holds them stays.)
        if matches!(role, Role::Inline | Role::Mark(_))
            && self.text_blocks.last() == Some(&BlockKind::Term)
            && !self.builder.is_empty()
            && class.as_deref().is_some_and(|c| {
                ["description", "subtitle", "badge", "category"]
                    .iter()
                    .any(|w| c.contains(w))
            })
        {
            role = Role::Skip;
        }
        // An ARIA tab list's tabs, set together before their panels (`<button role="tab"
        // aria-controls="panel-2">¿A quién se aplica?</button>` … `<div role="tabpanel"
        // id="panel-2" hidden>`): each tab's words head its own panel, where a reader finds them
        // paired. (A tab that expands is an accordion's header, read above; a tab with no panel
        // named is a link or a day of a forecast, read as it stands.)
        if attrs && aria("tab") && !expands() && self.tabs.len() < 64 {
            if let Some(id) = node.attr("aria-controls") {
                let words = text_under(node, 40);
                if !words.is_empty() {
                    // A level below the last heading's (the tab list's own title, "What to
                    // know"), the same for all its tabs.
                    let level = self
                        .doc
                        .blocks
                        .iter()
                        .rev()
                        .take(64)
                        .find_map(|b| match b.kind {
                            BlockKind::Heading(l) => Some(l),
                            _ => None,
                        })
                        .map_or(3, |l| (l + 1).clamp(2, 6));
                    self.tabs.push((id.trim().to_owned(), words, level));
                    role = Role::Skip;
                }
            }
        }
        if attrs && role != Role::Skip && !self.tabs.is_empty() && aria("tabpanel") {
            let id = node.attr("id");
            let id = id.as_deref().map(str::trim);
            if let Some(at) = self
                .tabs
                .iter()
                .position(|(p, _, _)| Some(p.as_str()) == id)
            {
                let (panel, words, level) = self.tabs.remove(at);
                // (Not where tabs share one panel, the page filling it with the chosen tab's
                // content; nor over a panel that opens with the tab's words itself, in a
                // heading or in bold, as responsive tab widgets repeat them.)
                let shared = self.tabs.iter().any(|(p, _, _)| *p == panel);
                self.tabs.retain(|(p, _, _)| *p != panel);
                if !shared && !text_under(node, 24).starts_with(&words) {
                    self.flush();
                    self.text_blocks.push(BlockKind::Heading(level));
                    self.builder.push_text(&words, 0, None);
                    self.flush();
                    self.text_blocks.pop();
                }
            }
        }
        match role {
            Role::Skip => return None,
            Role::LineBreak => {
                // Two breaks in a row end a paragraph: what an editor without paragraphs (a live
                // blog's post, an old CMS) sets between them. (Not in headings, terms, captions,
                // cells or preformatted text.)
                if self.builder.ends_with_break()
                    && self.pre_depth == 0
                    && matches!(
                        self.current_kind(),
                        BlockKind::Paragraph | BlockKind::Cell(_)
                    )
                {
                    // A cell whose text is set in paragraphs this way is a box of an old page
                    // laid out with a table (the whole story in one `<td>`): its paragraphs are
                    // paragraphs, not cells of a table.
                    if let Some(top) = self.text_blocks.last_mut() {
                        if matches!(top, BlockKind::Cell(_)) {
                            *top = BlockKind::Paragraph;
                        }
                    }
                    self.flush();
                } else {
                    self.builder.line_break();
                }
                return None;
            }
            Role::Rule => {
                self.flush();
                self.doc.blocks.push(Block::separator());
                return None;
            }
            Role::Image => {
                if attrs {
                    self.image(node);
                }
                return None;
            }
            _ => {}
        }
        if attrs
            && matches!(
                tag.as_str(),
                "html" | "body" | "article" | "main" | "section"
            )
        {
            if self.doc.lang.is_none() {
                self.doc.lang = node
                    .attr("lang")
                    .map(|l| l.trim().to_owned())
                    .filter(|l| valid_lang(l));
            }
            if self.doc.dir.is_none() {
                self.doc.dir = node
                    .attr("dir")
                    .map(|d| d.trim().to_ascii_lowercase())
                    .filter(|d| d == "rtl" || d == "ltr");
            }
            // (Not a `<section>`: a poll's or a box's "opinion" class inside a news story.)
            if tag != "section" {
                self.doc.opinion_class |= class.as_deref().is_some_and(|c| {
                    c.split_ascii_whitespace()
                        .any(|w| w.contains("opinion") || w.contains("commentary"))
                });
                // (Or a critic's review, so typed for search engines: its subheads are the
                // critic's, "Vale i suoi 24,99 euro?")
                self.doc.opinion_class |= node.attr("itemtype").is_some_and(|t| {
                    t.ends_with("schema.org/Review") || t.ends_with("/CriticReview")
                });
            }
        }
        // A columnist's box over or under the text (Folha's "c-top-columnist": the columnist's
        // name and what they do): a column's page. One columnist's: not a rail of them,
        // "widget-columnists", nor anything inside an aside or a footer; nor the page's own
        // classes, on `<html>` or `<body>` (see below).
        if attrs
            && matches!(tag.as_str(), "div" | "header" | "section" | "p" | "span")
            && !self.current_flags().has(Flags::ASIDE | Flags::FOOTER)
        {
            self.doc.opinion_class |= class.as_deref().is_some_and(|c| {
                c.split_ascii_whitespace()
                    .any(|w| w.contains("columnist") && !w.contains("columnists"))
            });
        }
        // (Not the page's own classes, on `<html>` or `<body>`: they name its template and theme
        // settings — WordPress's "page-template-elementor_header_footer", Squarespace's
        // "tweak-blog-item-show-author-name" — not a part of the page.)
        if tag == "body" && class.as_deref().is_some_and(|c| c.contains("doc-content")) {
            self.gdocs = true;
        }
        let mut flags = class
            .as_deref()
            .filter(|_| !matches!(tag.as_str(), "html" | "body"))
            .map(class_hints)
            .unwrap_or(0);
        // A CSS-in-JS page's classes are hashes ("css-11u0kmq e1ub2fmx0"): its components name
        // their part in a data attribute instead (`data-component="newsletter-signup"`).
        // (Emotion's "css-…", styled-components' "sc-…", the Guardian's "dcr-…", the BBC's
        // "ssrcss-…"; only a box's plain names, a newsletter's or an advert's: a component's
        // name may say "read-more-expander" or "subscriber-content" of the article's text.)
        if class.as_deref().is_some_and(|c| {
            c.split_ascii_whitespace().any(|w| {
                ["css-", "sc-", "dcr-", "ssrcss-"]
                    .iter()
                    .any(|p| w.starts_with(p))
            })
        }) {
            if let Some(c) = node.attr("data-component") {
                let c = c.to_ascii_lowercase();
                if [
                    "newsletter",
                    "signup",
                    "sign-up",
                    "advert",
                    "email-capture",
                    "related",
                    "most-read",
                    "mostread",
                    "onward",
                    "promo",
                ]
                .iter()
                .any(|w| c.contains(w))
                {
                    flags |= Flags::ASIDE;
                }
            }
        }
        // A Google Docs export's title, a paragraph in the document's "Title" style (`<p
        // class="c10 title">`), before any headline: the headline.
        // (Or an older export's, its paragraph given a heading's id, "h.r7x1ka9d2w4m".)
        if tag == "p"
            && !self.headline_seen
            && class
                .as_deref()
                .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "title"))
            && (self.gdocs || node.attr("id").is_some_and(|i| i.starts_with("h.")))
        {
            role = Role::TextBlock(BlockKind::Heading(1));
        }
        // A paragraph that holds a button, Substack's "Leave a comment" between two exchanges in
        // `<p class="button-wrapper">`: a call, set apart from the text. (Only a `<p>`: Bootstrap
        // Italia wraps each accordion question in a "button-wrapper" `<div>` inside its button.)
        if tag == "p" && class.as_deref().is_some_and(|c| c.contains("button")) {
            flags |= Flags::ASIDE;
        }
        // A forum's reply under the topic's first post, as Discourse sets each (`<div
        // class="topic-post …" data-post-number="2">`): a reader's, as a comment is.
        if attrs
            && class
                .as_deref()
                .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "topic-post"))
            && node
                .attr("data-post-number")
                .is_some_and(|n| n.trim() != "1")
        {
            flags |= Flags::ASIDE;
        }
        // schema.org microdata: the `name` of a `Question` item (an FAQ page's `mainEntity`) is
        // its question, question mark or not (its answer, `acceptedAnswer`, holds names of its own).
        let mut item = 0;
        if let Some(prop) = if attrs { node.attr("itemprop") } else { None } {
            if prop.contains("Answer") {
                item = 2;
                self.answer_items += 1;
                self.item_answered = true;
            } else if prop.trim() == "name" && self.question_items > 0 && self.answer_items == 0 {
                flags |= Flags::MARKED_QUESTION;
            } else if node
                .attr("itemtype")
                .is_some_and(|t| t.trim_end().ends_with("/Question"))
            {
                item = 1;
                self.question_items += 1;
                self.item_answered = false;
            }
        }
        // A table for layout only (`role="presentation"` or `"none"`): its rows and cells are
        // boxes of the page, not data — and so are a cell's in it, up to a table of its own.
        let layout = tag == "table"
            && attrs
            && node
                .attr("role")
                .is_some_and(|r| matches!(r.trim(), "presentation" | "none"));
        if tag == "table" {
            self.tables.push(layout);
        }
        if matches!(tag.as_str(), "td" | "th" | "tr") && self.tables.last() == Some(&true) {
            role = Role::Container;
        }
        let mut group = None;
        match tag.as_str() {
            "blockquote" => flags |= Flags::QUOTE,
            "figure" => flags |= Flags::FIGURE,
            "aside" => flags |= Flags::ASIDE,
            "footer" => flags |= Flags::FOOTER,
            // HTML's element for the article's author: the byline, when it is near the headline.
            "address" => flags |= Flags::CLASS_BYLINE,
            "ol" => flags |= Flags::ORDERED,
            "tr" if self.tables.last() != Some(&true) => self.row_start = true,
            _ => {}
        }
        if matches!(
            tag.as_str(),
            "ul" | "ol" | "menu" | "dir" | "blockquote" | "figure" | "dl" | "table"
        ) && !layout
        {
            self.next_group = self.next_group.wrapping_add(1).max(1);
            group = Some(self.next_group);
        }
        let mut frame = Frame {
            node: node.clone(),
            role,
            flags,
            group,
            href_pushed: false,
            pre: false,
            credit: false,
            anchor: false,
            item,
            start: self.doc.blocks.len(),
            prose: self.prose,
            table: tag == "table",
            details: tag == "details",
            block_link: false,
            permalink: false,
            // (Or a web component named as one: `<faq-accordion>`, `<faq-item>`, their
            // `<faq-question><button …>` the triggers.)
            accordion: role == Role::Container
                && (class.as_deref().is_some_and(|c| c.contains("accordion"))
                    || tag.contains('-') && accordion_class(&tag)),
        };
        if frame.details {
            self.details.push(None);
        }
        if frame.accordion {
            self.accordions += 1;
        }
        match role {
            Role::Title => {
                self.title_depth += 1;
            }
            Role::Container => {
                self.flush();
                self.loose_containers
                    .push(!matches!(tag.as_str(), "div" | "center" | "td" | "th"));
                self.box_starts.push(self.doc.blocks.len());
            }
            Role::TextBlock(kind) => {
                self.flush();
                // A heading inside a disclosure's question (`<summary><h3>…</h3></summary>`, a
                // `<dt>`) is that question: set like the disclosure's other questions.
                let mut kind = match (kind, self.text_blocks.last()) {
                    (BlockKind::Heading(_), Some(BlockKind::Term)) => BlockKind::Term,
                    _ => kind,
                };
                if tag == "summary" {
                    kind = self.summary_kind();
                }
                self.text_blocks.push(kind);
                if matches!(kind, BlockKind::Cell(_)) {
                    self.cell_start = self.doc.blocks.len();
                }
                if kind == BlockKind::Preformatted {
                    self.pre_depth += 1;
                    self.builder.set_preformatted(true);
                    frame.pre = true;
                }
            }
            _ => {}
        }
        match role {
            Role::Mark(bit) => {
                self.marks_count[Self::mark_index(bit)] += 1;
            }
            Role::Link => {
                // A link to a place in the page (`#q1`, a footnote, a heading's own anchor) leads
                // nowhere once the explainer replaces the article: its text is plain text.
                let href = href.as_deref().and_then(safe_href);
                // (A heading's permalink before its words, "<a href="#what-does">#</a> What
                // does…?": its glyph is dropped on leaving it.)
                frame.permalink = href.as_deref().is_some_and(|h| h.starts_with('#'))
                    && matches!(self.text_blocks.last(), Some(BlockKind::Heading(_)))
                    && self.builder.is_empty();
                // (Its words marked for the while: a paragraph or an item wholly such a link
                // is an entry of the page's contents, "What first drew you to …?" over the
                // interview's own question further down.)
                if href
                    .as_deref()
                    .is_some_and(|h| h.starts_with('#') && h.len() > 1)
                    && !frame.permalink
                {
                    self.marks_count[4] += 1;
                    frame.anchor = true;
                }
                let href = href.filter(|h| !h.starts_with('#'));
                self.hrefs.push(href);
                frame.href_pushed = true;
                if self.text_blocks.is_empty() {
                    frame.block_link = true;
                    self.block_links += 1;
                }
            }
            _ => {}
        }
        // A question marked on a wrapper (an FAQ item's `<div class="faq-question">`, an inline
        // `<strong itemprop="name">`) is the first block read inside it, not all of them.
        // (So is one on a list item, `<li class="js-faq-question">`, that holds the item's
        // button and its answer's paragraphs.)
        if flags & Flags::MARKED_QUESTION != 0
            && !matches!(role, Role::TextBlock(k) if k != BlockKind::ListItem)
        {
            flags &= !Flags::MARKED_QUESTION;
            frame.flags = flags;
            self.mark_next = true;
        }
        if matches!(role, Role::Inline | Role::Mark(_) | Role::Link) {
            // Inline elements mark credits in their text; of their other hints only ASIDE passes on.
            if flags & Flags::CLASS_CREDIT != 0 {
                self.marks_count[3] += 1;
                frame.credit = true;
            }
            flags &= Flags::ASIDE;
            frame.flags = flags;
        }
        if let Some(g) = group {
            self.groups.push(g);
        }
        self.add_flags(frame.flags, 1);
        Some(frame)
    }

    /// A `<summary>` is a disclosure's question — but one inside the answer of a disclosure
    /// that asks ("What ID do I need?" / "See the full list of accepted ID") is a line of that
    /// answer. (Not under a category's disclosure, "Payments", whose disclosures are its
    /// questions.)
    fn summary_kind(&mut self) -> BlockKind {
        let n = self.details.len();
        let outer = n
            .checked_sub(2)
            .and_then(|i| self.details[i])
            .and_then(|b| self.doc.blocks.get(b));
        if outer.is_some_and(|b| crate::scan::ends_with_question(&b.text)) {
            return BlockKind::Paragraph;
        }
        if let Some(last) = self.details.last_mut() {
            last.get_or_insert(self.doc.blocks.len());
        }
        BlockKind::Term
    }

    fn exit<N: DomNode>(&mut self, frame: &mut Frame<N>) {
        if frame.table {
            self.tables.pop();
        }
        if frame.details {
            self.details.pop();
        }
        if frame.accordion {
            self.accordions = self.accordions.saturating_sub(1);
        }
        match frame.role {
            Role::Title => {
                self.title_depth = self.title_depth.saturating_sub(1);
                if self.title_depth == 0 {
                    let mut b = BlockBuilder::new(false);
                    b.push_text(&self.title_text, 0, None);
                    self.doc.doc_title = b
                        .finish(BlockKind::Paragraph, Flags::default(), 0)
                        .map(|b| b.text);
                    self.title_text.clear();
                }
            }
            Role::Container => {
                self.flush();
                self.loose_containers.pop();
                self.close_box();
                self.mark_next = false;
                self.heading_wrapper(frame);
            }
            Role::TextBlock(kind) => {
                self.flush();
                // An empty cell still holds its column.
                if matches!(kind, BlockKind::Cell(_)) && self.doc.blocks.len() == self.cell_start {
                    let mut flags = self.current_flags();
                    if std::mem::take(&mut self.row_start) {
                        flags.set(Flags::ROW_START);
                    }
                    let mut b = Block::empty(kind);
                    b.flags = flags;
                    b.group = self.groups.last().copied().unwrap_or(0);
                    self.doc.blocks.push(b);
                }
                self.text_blocks.pop();
                if frame.pre {
                    self.pre_depth = self.pre_depth.saturating_sub(1);
                    self.builder.set_preformatted(self.pre_depth > 0);
                }
            }
            Role::Mark(bit) => {
                let i = Self::mark_index(bit);
                self.marks_count[i] = self.marks_count[i].saturating_sub(1);
            }
            Role::Link if frame.href_pushed => {
                self.hrefs.pop();
                self.block_links -= u32::from(frame.block_link);
                if frame.permalink {
                    self.builder.drop_glyph();
                }
            }
            _ => {}
        }
        if frame.credit {
            self.marks_count[3] = self.marks_count[3].saturating_sub(1);
        }
        if frame.anchor {
            self.marks_count[4] = self.marks_count[4].saturating_sub(1);
        }
        if frame.group.is_some() {
            self.groups.pop();
        }
        match frame.item {
            1 => self.question_items = self.question_items.saturating_sub(1),
            2 => self.answer_items = self.answer_items.saturating_sub(1),
            _ => {}
        }
        if frame.role == Role::Container {
            self.body_not_aside(frame);
        }
        self.add_flags(frame.flags, -1);
    }

    /// A table whose every row holds one cell is an old page's column of boxes, an FAQ set out
    /// row by row ("Q. …" over "A. …"), not data: its cells are paragraphs, as a layout table's
    /// are. (Three cells at least. Each table's cells counted in one pass over the page, by the
    /// group every table's cells share.)
    fn one_column_tables(&mut self) {
        let blocks = &mut self.doc.blocks;
        if !blocks.iter().any(|b| matches!(b.kind, BlockKind::Cell(_))) {
            return;
        }
        // (Per group: its cells, and whether each opens its row.)
        let mut stats = vec![(0u32, true); self.next_group as usize + 1];
        for b in blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Cell(_)))
        {
            if let Some(t) = stats.get_mut(b.group as usize) {
                t.0 += 1;
                t.1 &= b.flags.has(Flags::ROW_START);
            }
        }
        for b in blocks.iter_mut() {
            let one = stats
                .get(b.group as usize)
                .is_some_and(|&(n, rows)| n >= 3 && rows);
            if b.group != 0 && one && matches!(b.kind, BlockKind::Cell(_)) {
                b.kind = BlockKind::Paragraph;
            }
        }
    }

    fn image<N: DomNode>(&mut self, node: &N) {
        let Some(src) = image_source(node) else {
            return;
        };
        let alt = node.attr("alt").map(|a| a.into_owned()).unwrap_or_default();
        // An emoji drawn as an image (WordPress's and Twemoji's `img.emoji` with the character
        // as its alt, a chat app's `:truck:`) is a character of the text around it: its alt
        // goes on in the text (a shortcode is left out), and the paragraph is not split.
        let shortcode = alt.len() > 2
            && alt.starts_with(':')
            && alt.ends_with(':')
            && alt[1..alt.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'));
        let pictograph =
            !alt.is_empty() && crate::scan::strip_pictographs(&[&alt, " x"].concat()) == "x";
        if shortcode
            || pictograph
            || node
                .attr("class")
                .is_some_and(|c| c.to_ascii_lowercase().contains("emoji"))
        {
            if !shortcode && self.title_depth == 0 {
                let href = self.hrefs.last().cloned().flatten();
                let m = self.current_marks();
                self.builder.push_text(&alt, m, href.as_deref());
            }
            return;
        }
        // Loose text around an image (a video player's title and loading label) is split by it;
        // inside a paragraph the image is inline and the paragraph goes on.
        if self.text_blocks.is_empty() {
            self.flush();
        }
        // Images are recorded between blocks; inline text around them stays in its paragraph.
        let mut flags = self.current_flags();
        flags.0 &= Flags::FIGURE | Flags::ASIDE | Flags::QUOTE;
        let group = self.groups.last().copied().unwrap_or(0);
        let mut b = BlockBuilder::new(false);
        b.push_text(&alt, 0, None);
        let mut block = b
            .finish(BlockKind::Image, flags, group)
            .unwrap_or_else(|| Block::empty(BlockKind::Image));
        block.flags = flags;
        block.group = group;
        block.kind = BlockKind::Image;
        block.src = Some(src);
        block.size = dimension(node, "width").zip(dimension(node, "height"));
        self.doc.blocks.push(block);
    }
}

/// Where an image's picture is: a lazy loader's source (`data-src`, `data-lazy-src`,
/// `data-original`: the `src` beside it is a placeholder until a script swaps them), else `src`,
/// else the first candidate of `srcset`/`data-srcset`. Only http(s) and relative addresses.
fn image_source<N: DomNode>(node: &N) -> Option<String> {
    let usable = |s: &str| safe_href(s).filter(|s| !s.starts_with('#'));
    // A candidate's address may hold commas ("w_300,h_200"); it ends at whitespace, or at the
    // comma that ends a candidate without a descriptor.
    let first_candidate = |set: &str| {
        let first = set.split_whitespace().next().unwrap_or("");
        usable(first.strip_suffix(',').unwrap_or(first))
    };
    ["data-src", "data-lazy-src", "data-original", "src"]
        .iter()
        .find_map(|name| node.attr(name).and_then(|v| usable(&v)))
        .or_else(|| {
            ["srcset", "data-srcset"]
                .iter()
                .find_map(|name| node.attr(name).and_then(|v| first_candidate(&v)))
        })
}

/// A `width`/`height` attribute: CSS pixels, digits only (`"1200"`), 1 to `Image::MAX_SIDE`.
fn dimension<N: DomNode>(node: &N, name: &'static str) -> Option<u32> {
    let v = node.attr(name)?;
    let v = v.trim();
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse()
        .ok()
        .filter(|n| (1..=crate::model::Image::MAX_SIDE).contains(n))
}

/// The words inside a link, as a permalink holds them: its first 16 text nodes, 200 bytes at
/// most, trimmed (zero-width spaces too).
fn link_text<N: DomNode>(node: &N) -> String {
    let mut text = String::new();
    let mut stack: Vec<N> = node.first_child().into_iter().collect();
    let mut seen = 0;
    while let Some(n) = stack.pop() {
        seen += 1;
        if seen > 16 || text.len() > 200 {
            break;
        }
        if let Some(next) = n.next_sibling() {
            stack.push(next);
        }
        match n.kind() {
            NodeKind::Text(d) => {
                text.push(' ');
                text.push_str(&d);
            }
            _ => stack.extend(n.first_child()),
        }
    }
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{200B}')
        .to_owned()
}

/// A permalink's mark or its own label, nothing of the page's: "¶", "#", "§", "Link", "Link to
/// this heading", "Permalien".
fn is_permalink_mark(t: &str) -> bool {
    matches!(t, "" | "¶" | "#" | "§" | "🔗")
        || matches!(
            t.to_ascii_lowercase().as_str(),
            "link"
                | "permalink"
                | "copy link"
                | "anchor"
                | "permalien"
                | "lien"
                | "enlace"
                | "link to this section"
                | "link to this heading"
                | "permalink to this headline"
                | "permalink to this heading"
                | "direct link to heading"
        )
}

/// Whether a permalink holds words of the page, not its mark or its own label: three words at
/// least, or a question ("Can I get one faster?") — not "¶", "#", "Link to this heading".
fn holds_words<N: DomNode>(node: &N) -> bool {
    let t = link_text(node);
    crate::scan::ends_with_question(&t) || !is_permalink_mark(&t) && !crate::scan::words_le(&t, 2)
}

/// `hidden` (but not `hidden="until-found"`), `aria-hidden="true"`, `display:none` inline styles,
/// screen-reader-only text (`sr-only`, `visually-hidden`), and elements a site marks with
/// `data-qa-skip` are not read. `class` is the lower-cased class attribute, `style` the style attribute.
fn is_hidden<N: DomNode>(node: &N, class: Option<&str>, style: Option<&str>) -> bool {
    if node.attr("data-qa-skip").is_some() {
        return true;
    }
    // `hidden="until-found"` is content the reader can find (a collapsed section), not hidden.
    if node
        .attr("hidden")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("until-found"))
    {
        return true;
    }
    // A carousel's slides: those not on screen are hidden from screen readers until swiped to
    // (slick, Swiper, Splide, Bootstrap), content as the one shown is; its loop's copies of
    // them are not.
    let words = || class.into_iter().flat_map(str::split_ascii_whitespace);
    if words().any(|w| w.ends_with("-cloned") || w.ends_with("slide-duplicate")) {
        return true;
    }
    if node
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        && !words().any(|w| w.ends_with("slide") || w == "carousel-item")
    {
        return true;
    }
    // Text for screen readers only ("Image caption, ", "opens in a new window"): the explainer
    // gives the same things semantics of its own.
    // (And the GOV.UK design system's accordion: a section's summary line and its "Show"/"Hide"
    // toggle inside the heading's button, beside the question itself.)
    // (And a wiki's "[edit]" link beside each section's heading, MediaWiki's "mw-editsection":
    // the page's tools, not the heading's words.)
    // (Korean sites' own, "blind": `<span class="blind">열기</span>` beside each question.)
    // (And a heading's own permalink, a pilcrow, as Jupyter and Sphinx set it: `<a
    // class="anchor-link" href="#…">¶</a>`, `<a class="headerlink">¶</a>`.)
    // (And a browser extension's translation set after each paragraph, Immersive Translate's
    // `<font class="notranslate immersive-translate-target-wrapper" lang="de">`: the reader's
    // tool, not the page.)
    // (A permalink's mark only, "¶", "#", "§", or its label, "Link", in a span of its own too:
    // a heading's own words may sit in the link.)
    // (And a wiki's hatnote over a section's text, "Main article: Inductions", "See also: …",
    // MediaWiki's `<div role="note" class="hatnote">` (older skins' "dablink", "rellink"):
    // a pointer to another page, not the section's first words.)
    if words().any(|w| matches!(w, "blind" | "hatnote" | "dablink" | "rellink"))
        || words().any(|w| matches!(w, "anchor-link" | "headerlink"))
            && is_permalink_mark(&link_text(node))
        || class.is_some_and(|c| {
            [
                "sr-only",
                "visually-hidden",
                "visuallyhidden",
                "screen-reader-",
                "screenreader",
                "accordion__section-summary",
                "accordion__section-toggle",
                "mw-editsection",
                "immersive-translate-target",
            ]
            .iter()
            .any(|w| c.contains(w))
        })
    {
        // (But a separator written for them alone, the headline's kicker and title on lines
        // of their own to the eye: "Schlafforschung" / `<span class="visually-hidden">: </span>`
        // / "„Wer nachts grübelt…“" reads as one line.)
        let separator = node.first_child().is_some_and(|t| {
            t.next_sibling().is_none()
                && matches!(t.kind(), NodeKind::Text(d) if d.len() <= 4
                    && d.chars().any(|c| !c.is_whitespace())
                    && d.chars().all(|c| c.is_whitespace() || matches!(c, ':' | '–' | '—' | '|')))
        });
        return !separator;
    }
    if let Some(style) = style {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// The weight an inline style gives its text: bold (`font-weight: 700`, `bold`, 600 and up) or
/// not (`normal`, 400 and less), if it sets one.
fn style_weight(style: &str) -> Option<bool> {
    // (By bytes, without parsing a number: this runs on every styled span of a paste.)
    let b = style.as_bytes();
    let at = b
        .windows(11)
        .position(|w| w.eq_ignore_ascii_case(b"font-weight"))?;
    let mut value = b[at + 11..].iter().copied().filter(|&c| c != b' ');
    if value.next()? != b':' {
        return None;
    }
    match value.next()?.to_ascii_lowercase() {
        b'b' => Some(true),         // bold, bolder
        b'n' | b'l' => Some(false), // normal, lighter
        // 100 to 900 (a value of three digits).
        c @ b'1'..=b'9' => Some(c >= b'6' && value.next().is_some_and(|d| d.is_ascii_digit())),
        _ => None,
    }
}

/// A BCP 47-looking language tag: letters, digits and hyphens, at most 35 characters.
pub fn valid_lang(l: &str) -> bool {
    !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::style_weight;

    /// A Google Docs comment with no words (only its link back) ends with its block: the
    /// paragraph after it is the article's, not the comment's.
    #[cfg(feature = "cli")]
    #[test]
    fn empty_comment_does_not_swallow_the_next_block() {
        let doc = crate::html::read_html(
            "<body><p>First paragraph of the article.</p>\
             <p><a href=\"#cmnt_ref1\" id=\"cmnt1\">[a]</a></p>\
             <p>Closing paragraph of the article.</p></body>",
        );
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "First paragraph of the article.",
                "Closing paragraph of the article."
            ]
        );
    }

    #[test]
    fn inline_font_weight() {
        assert_eq!(
            style_weight("font-size:11pt;font-weight:700;font-style:normal"),
            Some(true)
        );
        assert_eq!(style_weight("FONT-WEIGHT : Bold"), Some(true));
        assert_eq!(style_weight("font-weight:600 !important"), Some(true));
        assert_eq!(style_weight("font-weight:normal;"), Some(false));
        assert_eq!(style_weight("font-weight:400"), Some(false));
        assert_eq!(style_weight("font-weight: 9"), Some(false));
        assert_eq!(style_weight("color:red"), None);
        assert_eq!(style_weight("font-weight"), None);
        assert_eq!(style_weight("font-weight:inherit"), None);
    }
}

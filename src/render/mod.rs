//! Model → markup. [`build`] makes a small element tree following the WAI-ARIA APG accordion
//! pattern; [`html::to_html`] serialises it (CLI, pre-rendering, no-JS readers) and the widget
//! creates the same tree with `createElement`/`textContent`. Tags and attribute names are fixed in
//! this code; article text only ever becomes text nodes and attribute values (ids, allow-listed
//! link targets), so the markup is safe by construction.

pub mod html;
mod labels;
pub mod ld;

pub use labels::Labels;

use crate::model::{Block, Explainer, Image, Kind, Run};

/// A node of the rendered tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl Element {
    fn new(tag: &'static str) -> Self {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }
    fn attr(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }
    fn class(self, c: &'static str) -> Self {
        self.attr("class", c)
    }
    fn child(mut self, n: impl Into<Node>) -> Self {
        self.children.push(n.into());
        self
    }
    fn text(self, t: impl Into<String>) -> Self {
        self.child(Node::Text(t.into()))
    }
    fn children(mut self, ns: impl IntoIterator<Item = Node>) -> Self {
        self.children.extend(ns);
        self
    }
    /// The value of an attribute.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

/// Which answers start open.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Open {
    /// All closed (the widget's default).
    #[default]
    None,
    First,
    /// All open (the static HTML default, for readers without JavaScript).
    All,
    /// The question with this id.
    Id(String),
}

/// How to render. `RenderOptions::default()` gives the widget's markup with all answers closed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions {
    pub open: Open,
    /// Level of the explainer's title heading (2 by default; questions are one level below).
    pub heading_level: u8,
    /// Prefixed to every id in the markup (for several pre-rendered explainers on one page).
    pub id_prefix: String,
    pub labels: Labels,
    /// Show "Expand all / Collapse all" (default true).
    pub toolbar: bool,
    /// Show the title, byline, photo, intro and footer (default true); false renders only the questions.
    pub full: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            open: Open::None,
            heading_level: 2,
            id_prefix: String::new(),
            labels: Labels::default(),
            toolbar: true,
            full: true,
        }
    }
}

impl RenderOptions {
    #[must_use]
    pub fn open(mut self, open: Open) -> Self {
        self.open = open;
        self
    }
    #[must_use]
    pub fn heading_level(mut self, level: u8) -> Self {
        self.heading_level = level.clamp(1, 5);
        self
    }
    #[must_use]
    pub fn id_prefix(mut self, prefix: &str) -> Self {
        // Only characters that are safe in ids and fragments.
        self.id_prefix = prefix
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        self
    }
    #[must_use]
    pub fn labels(mut self, labels: Labels) -> Self {
        self.labels = labels;
        self
    }
    #[must_use]
    pub fn toolbar(mut self, yes: bool) -> Self {
        self.toolbar = yes;
        self
    }
    #[must_use]
    pub fn full(mut self, yes: bool) -> Self {
        self.full = yes;
        self
    }
}

fn heading_tag(level: u8) -> &'static str {
    match level {
        0 | 1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}

/// Ids used in the markup for question `id`: (heading, button, panel).
pub fn ids(prefix: &str, id: &str) -> (String, String, String) {
    (
        [prefix, id].concat(),
        [prefix, id, "-button"].concat(),
        [prefix, id, "-answer"].concat(),
    )
}

/// Builds the explainer's markup. An explainer without questions renders nothing (`None`):
/// the article must then be left as it is.
pub fn build(ex: &Explainer, opts: &RenderOptions) -> Option<Element> {
    if ex.questions.is_empty() {
        return None;
    }
    let l = &opts.labels;
    let level = opts.heading_level.clamp(1, 5);
    let mut root = Element::new("section")
        .class("qa-explainer")
        .attr("data-qa-root", "");
    if let Some(lang) = ex.lang.as_deref().filter(|l| crate::dom::valid_lang(l)) {
        root = root.attr("lang", lang);
    }
    root = root.attr("dir", if ex.dir == "rtl" { "rtl" } else { "ltr" });
    let title_id = [opts.id_prefix.as_str(), "qa-title"].concat();
    let title = ex.section.as_deref().unwrap_or(&ex.title);
    if !title.is_empty() {
        root = root.attr("aria-labelledby", title_id.clone());
    } else {
        root = root.attr("aria-label", l.explainer.clone());
    }

    if opts.full {
        let mut header = Element::new("header").class("qa-header");
        if let Some(k) = &ex.kicker {
            header = header.child(Element::new("p").class("qa-kicker").text(k));
        }
        if !title.is_empty() {
            header = header.child(
                Element::new(heading_tag(level))
                    .class("qa-title")
                    .attr("id", title_id)
                    .text(title),
            );
        }
        if let Some(b) = &ex.byline {
            header = header.child(Element::new("p").class("qa-byline").text(b));
        }
        header = header.child(Element::new("p").class("qa-count").text(count_text(ex, l)));
        root = root.child(header);
        if let Some(m) = &ex.media {
            let mut fig = Element::new("figure").class("qa-media");
            if let Some(img) = m.image.as_ref().and_then(|i| image(i, false)) {
                fig = fig.child(img);
            }
            if !m.caption.is_empty() || m.credit.is_some() {
                fig = fig.child(caption_children(
                    Element::new("figcaption"),
                    &m.caption,
                    m.credit.as_deref(),
                ));
            }
            root = root.child(fig);
        }
        if !ex.intro.is_empty() {
            root = root.child(
                Element::new("div")
                    .class("qa-intro")
                    .children(blocks(&ex.intro, level + 2)),
            );
        }
    }

    if opts.toolbar && ex.questions.len() > 1 {
        root = root.child(
            Element::new("div")
                .class("qa-toolbar")
                .child(
                    Element::new("button")
                        .attr("type", "button")
                        .class("qa-expand-all")
                        .attr("data-qa-action", "expand")
                        .text(&l.expand_all),
                )
                .child(
                    Element::new("button")
                        .attr("type", "button")
                        .class("qa-collapse-all")
                        .attr("data-qa-action", "collapse")
                        .text(&l.collapse_all),
                ),
        );
    }
    root = root.child(
        Element::new("p")
            .class("qa-status")
            .attr("role", "status")
            .attr("aria-live", "polite"),
    );

    let regions = ex.questions.len() <= 6; // the APG: avoid landmark proliferation
    let mut list = Element::new("div").class("qa-list");
    for (k, q) in ex.questions.iter().enumerate() {
        let (hid, bid, pid) = ids(&opts.id_prefix, &q.id);
        let open = match &opts.open {
            Open::None => false,
            Open::All => true,
            Open::First => k == 0,
            Open::Id(id) => *id == q.id,
        };
        let button = Element::new("button")
            .attr("type", "button")
            .class("qa-trigger")
            .attr("id", bid.clone())
            .attr("aria-expanded", if open { "true" } else { "false" })
            .attr("aria-controls", pid.clone())
            .child(
                Element::new("span")
                    .class("qa-number")
                    .text([crate::scan::num(k + 1).as_str(), "."].concat()),
            )
            .child(
                Element::new("span")
                    .class("qa-question-text")
                    .text(&q.question),
            )
            .child(
                Element::new("span")
                    .class("qa-icon")
                    .attr("aria-hidden", "true"),
            );
        let heading = Element::new(heading_tag(level + 1))
            .class("qa-question")
            .attr("id", hid)
            .child(button);
        let mut panel = Element::new("div").class("qa-answer").attr("id", pid);
        if regions {
            panel = panel.attr("role", "region");
        }
        panel = panel.attr("aria-labelledby", bid);
        if !open {
            panel = panel.attr("hidden", "until-found");
        }
        panel = panel.children(blocks(&q.answer, level + 2)).child(
            Element::new("p").class("qa-permalink").child(
                Element::new("a")
                    .attr("href", ["#", q.id.as_str()].concat())
                    .attr("data-qa-permalink", q.id.clone())
                    .text(&l.link_to_question),
            ),
        );
        list = list.child(
            Element::new("div")
                .class("qa-item")
                .attr("data-qa-id", q.id.clone())
                .child(heading)
                .child(panel),
        );
    }
    root = root.child(list);
    if opts.full {
        if !ex.outro.is_empty() {
            root = root.child(
                Element::new("div")
                    .class("qa-outro")
                    .children(blocks(&ex.outro, level + 2)),
            );
        }
        if !ex.footer.is_empty() {
            root = root.child(
                Element::new("footer")
                    .class("qa-footer")
                    .children(blocks(&ex.footer, level + 2)),
            );
        }
    }
    Some(root)
}

/// "4 questions", and honestly when the headline promised another number.
pub fn count_text(ex: &Explainer, l: &Labels) -> String {
    let n = ex.questions.len();
    let mut s = l.count(n);
    if let Some(p) = ex.promised_count {
        if p as usize != n && ex.section.is_none() {
            s.push_str(" · ");
            s.push_str(&l.promised(p as usize, n));
        }
    }
    s
}

/// An `<img>`: only an http(s) or relative source (re-checked: the model may come from anywhere);
/// its own proportions reserve its space before it loads. `lazy`: loaded once it is near the
/// viewport (a photo inside a collapsed answer is not downloaded until the answer opens).
fn image(img: &Image, lazy: bool) -> Option<Element> {
    let src = crate::blocks::safe_href(&img.src).filter(|s| !s.starts_with('#'))?;
    let mut el = Element::new("img")
        .attr("src", src)
        .attr("alt", img.alt.clone());
    if let (Some(w), Some(h)) = (img.width, img.height) {
        el = el
            .attr("width", crate::scan::num(w as usize))
            .attr("height", crate::scan::num(h as usize));
    }
    if lazy {
        el = el.attr("loading", "lazy");
    }
    Some(el)
}

fn caption_children(mut el: Element, caption: &str, credit: Option<&str>) -> Element {
    if !caption.is_empty() {
        el = el.child(Element::new("span").class("qa-caption-text").text(caption));
    }
    if let Some(c) = credit {
        if !caption.is_empty() {
            el = el.text(" ");
        }
        el = el.child(Element::new("span").class("qa-credit").text(c));
    }
    el
}

fn blocks(bs: &[Block], sub_level: u8) -> Vec<Node> {
    bs.iter().map(|b| block(b, sub_level).into()).collect()
}

fn block(b: &Block, sub_level: u8) -> Element {
    match b.kind {
        Kind::Paragraph => inline(spoken(Element::new("p"), b), &b.text, &b.runs),
        Kind::Quote => {
            Element::new("blockquote").child(inline(spoken(Element::new("p"), b), &b.text, &b.runs))
        }
        Kind::Heading => inline(
            Element::new(heading_tag(sub_level)).class("qa-subheading"),
            &b.text,
            &b.runs,
        ),
        Kind::Preformatted => Element::new("pre").text(&b.text),
        Kind::Caption => match b.image.as_ref().and_then(|i| image(i, true)) {
            // A photo inside the text, with its caption (loaded when its answer is opened).
            Some(img) => {
                Element::new("figure")
                    .class("qa-figure")
                    .child(img)
                    .child(caption_children(
                        Element::new("figcaption"),
                        &b.text,
                        b.credit.as_deref(),
                    ))
            }
            None => caption_children(
                Element::new("p").class("qa-caption"),
                &b.text,
                b.credit.as_deref(),
            ),
        },
        Kind::Table => table(b),
        Kind::List => {
            let mut list = Element::new(if b.ordered { "ol" } else { "ul" });
            if b.items.is_empty() {
                for line in b.text.split('\n').filter(|l| !l.trim().is_empty()) {
                    list = list.child(Element::new("li").text(line));
                }
            }
            for it in &b.items {
                let mut li = inline(Element::new("li"), &it.text, &it.runs);
                if !it.items.is_empty() {
                    li =
                        li.child(Element::new("ul").children(it.items.iter().map(|sub| {
                            Node::from(inline(Element::new("li"), &sub.text, &sub.runs))
                        })));
                }
                list = list.child(li);
            }
            list
        }
    }
}

/// A paragraph's speaker, where several answer, before its words: "**Presidente Ferrante:** …".
fn spoken(el: Element, b: &Block) -> Element {
    match b.speaker.as_deref() {
        Some(who) => el
            .child(
                Element::new("strong")
                    .class("qa-speaker")
                    .text([who, ":"].concat()),
            )
            .text(" "),
        None => el,
    }
}

/// A data table: a first row of header cells is the `<thead>` (`scope="col"`); a header cell
/// starting a body row heads that row (`scope="row"`).
fn table(b: &Block) -> Element {
    let head = b.rows.len() > 1 && b.rows[0].iter().all(|c| c.header);
    let mut table = Element::new("table");
    let mut body = Element::new("tbody");
    for (r, row) in b.rows.iter().enumerate() {
        let in_head = head && r == 0;
        let mut tr = Element::new("tr");
        for (k, c) in row.iter().enumerate() {
            let cell = if c.header {
                let scope = if in_head || k > 0 { "col" } else { "row" };
                Element::new("th").attr("scope", scope)
            } else {
                Element::new("td")
            };
            tr = tr.child(inline(cell, &c.text, &c.runs));
        }
        if in_head {
            table = table.child(Element::new("thead").child(tr));
        } else {
            body = body.child(tr);
        }
    }
    Element::new("div")
        .class("qa-table")
        .child(table.child(body))
}

/// Inline content: runs with emphasis and allow-listed links, or the plain text.
fn inline(mut el: Element, text: &str, runs: &[Run]) -> Element {
    if runs.is_empty() {
        return text_with_breaks(el, text);
    }
    for r in runs {
        if r.text == "\n" {
            el = el.child(Element::new("br"));
            continue;
        }
        let mut node: Node = Node::Text(r.text.clone());
        if r.code {
            node = Element::new("code").child(node).into();
        }
        if r.em {
            node = Element::new("em").child(node).into();
        }
        if r.strong {
            node = Element::new("strong").child(node).into();
        }
        // Links from a deserialised model are checked again: only http(s) and relative targets.
        if let Some(href) = r.href.as_deref().and_then(crate::blocks::safe_href) {
            node = Element::new("a").attr("href", href).child(node).into();
        }
        el = el.child(node);
    }
    el
}

fn text_with_breaks(mut el: Element, text: &str) -> Element {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            el = el.child(Element::new("br"));
        }
        if !line.is_empty() {
            el = el.text(line);
        }
    }
    el
}

/// The default stylesheet (used in the widget's shadow root and by `--standalone` pages).
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

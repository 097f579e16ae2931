//! Keeping the reader's place when the explainer replaces an article that is already on screen.
//!
//! The explainer is inserted in one step, so nothing flickers; what can still jump is the page
//! under the reader. Three cases, told apart just before the change:
//! - the article starts in or below the viewport: nothing above the reader changes (new content
//!   appearing is not a layout shift), so nothing is done;
//! - the article is wholly above the viewport (the reader scrolled past it, or the browser
//!   restored a scroll position): what the reader sees is kept where it was;
//! - the reader is inside the article: the paragraph at the top of the viewport is found again in
//!   the explainer, its answer opened, and it is put back where it was on screen.
//!
//! Scrolling is `behavior: "instant"` on the window (a page's `scroll-behavior: smooth` would
//! otherwise animate the correction); it is skipped when the difference is under a pixel, and when
//! the browser's own scroll anchoring already made it.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, ScrollBehavior, ScrollToOptions, ShadowRoot};

/// Elements that hold a reader's line of text, in the article and in the explainer.
const READING: &str = "p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,dt,dd,pre,summary";
const EXPLAINER_READING: &str =
    "p,li,blockquote,figcaption,pre,dt,dd,.qa-question-text,.qa-title,.qa-caption-text";
/// How much of a paragraph identifies it (its start; long enough not to collide by chance).
const KEY_CHARS: usize = 48;
const MIN_KEY_CHARS: usize = 12;

/// Where the reader was, just before the change.
pub enum Place {
    Unaffected,
    /// The bottom edge (viewport y) of the article, wholly above the viewport.
    Above {
        bottom: f64,
    },
    /// The reader is inside the article: the element at the top of the viewport and its viewport
    /// y, then every other element of the article on screen.
    Inside {
        el: Element,
        top: f64,
        on_screen: Vec<Element>,
    },
}

thread_local! {
    /// Whether the page has been scrolled (None: not looked yet). Until it has, the reader is at the
    /// top and nothing is measured: a layout read before each change would cost a layout per
    /// explainer (several on a page, or mounted again and again).
    static SCROLLED: Cell<Option<bool>> = const { Cell::new(None) };
    /// The one `scroll` listener that flips it (removed when it fires; one per page, not per item).
    static WATCH: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
}

fn page_scrolled() -> bool {
    if let Some(s) = SCROLLED.get() {
        return s;
    }
    let Some(w) = web_sys::window() else {
        return false;
    };
    if w.scroll_y().unwrap_or(0.0) != 0.0 {
        SCROLLED.set(Some(true));
        return true;
    }
    let watch = Closure::<dyn FnMut()>::new(|| {
        SCROLLED.set(Some(true));
        if let Some(w) = web_sys::window() {
            WATCH.with(|c| {
                if let Some(c) = c.borrow().as_ref() {
                    let _ =
                        w.remove_event_listener_with_callback("scroll", c.as_ref().unchecked_ref());
                }
            });
        }
    });
    let ok = w
        .add_event_listener_with_callback("scroll", watch.as_ref().unchecked_ref())
        .is_ok();
    WATCH.with(|c| *c.borrow_mut() = Some(watch));
    // Without the listener, measure every time rather than miss a scrolled reader.
    SCROLLED.set(Some(!ok));
    !ok
}

impl Place {
    /// Reads the reader's place relative to `article` (layout reads only; no change to the page).
    pub fn of(article: &Element) -> Place {
        if !page_scrolled() || !article.is_connected() {
            return Place::Unaffected;
        }
        let r = article.get_bounding_client_rect();
        if r.height() <= 0.0 || r.top() >= 0.0 {
            return Place::Unaffected;
        }
        if r.bottom() <= 0.0 {
            return Place::Above { bottom: r.bottom() };
        }
        let view = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let mut first: Option<(Element, f64)> = None;
        let mut on_screen = Vec::new();
        if let Ok(list) = article.query_selector_all(READING) {
            for i in 0..list.length() {
                let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                    continue;
                };
                let b = el.get_bounding_client_rect();
                if b.height() <= 0.0 || b.bottom() <= 0.0 {
                    continue;
                }
                if b.top() >= view {
                    break;
                }
                if first.is_none() {
                    first = Some((el.clone(), b.top()));
                }
                on_screen.push(el);
            }
        }
        let (el, top) = first.unwrap_or_else(|| (article.clone(), r.top()));
        Place::Inside { el, top, on_screen }
    }

    /// After the change: scrolls the window so the reader sees what they saw. `reveal` opens the
    /// answer holding an element of the explainer (if it is in one). Every answer that holds text
    /// the reader had on screen is opened, and the first such text is put back where it was.
    pub fn restore(
        self,
        article: &Element,
        host: &Element,
        shadow: &ShadowRoot,
        reveal: impl Fn(&Element),
    ) {
        let dy = match self {
            Place::Unaffected => return,
            Place::Above { bottom } => {
                // The bottom of what now stands where the article stood: the explainer, or the
                // article itself when it stays visible beside it.
                let now = [host, article]
                    .iter()
                    .filter_map(|e| rect_if_shown(e))
                    .map(|r| r.bottom())
                    .fold(f64::NEG_INFINITY, f64::max);
                now - bottom
            }
            Place::Inside { el, top, on_screen } => {
                if let Some(r) = rect_if_shown(&el) {
                    // Still on the page (the explainer went beside the article).
                    return scroll_by(r.top() - top);
                }
                let texts = Texts::of(shadow);
                let mut anchor = None;
                for seen in &on_screen {
                    let Some(found) = texts.find(seen) else {
                        continue;
                    };
                    reveal(found);
                    if anchor.is_none() && seen == &el {
                        anchor = Some(found.clone());
                    }
                }
                match anchor {
                    Some(found) => found.get_bounding_client_rect().top() - top,
                    // Not found again: the explainer's top at the top of the viewport.
                    None => host.get_bounding_client_rect().top(),
                }
            }
        };
        scroll_by(dy);
    }
}

/// Scrolls the window by `dy` at once (not animated by a page's `scroll-behavior: smooth`).
fn scroll_by(dy: f64) {
    if dy.abs() < 1.0 || !dy.is_finite() {
        return;
    }
    if let Some(w) = web_sys::window() {
        let o = ScrollToOptions::new();
        o.set_top(dy);
        o.set_behavior(ScrollBehavior::Instant);
        w.scroll_by_with_scroll_to_options(&o);
    }
}

/// The element's box, when it is rendered (not hidden, not `display: none`).
fn rect_if_shown(el: &Element) -> Option<DomRect> {
    let r = el.get_bounding_client_rect();
    (r.height() > 0.0 || r.width() > 0.0).then_some(r)
}

/// The start of a text, whitespace collapsed, at most `KEY_CHARS` characters.
fn key(text: &str) -> String {
    let mut out = String::new();
    let mut n = 0;
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
            n += 1;
        }
        for c in word.chars() {
            if n == KEY_CHARS {
                return out;
            }
            out.push(c);
            n += 1;
        }
    }
    out
}

/// The explainer's readable elements and the start of each one's text.
struct Texts(Vec<(Element, String)>);

impl Texts {
    fn of(shadow: &ShadowRoot) -> Texts {
        let mut out = Vec::new();
        if let Ok(list) = shadow.query_selector_all(EXPLAINER_READING) {
            for i in 0..list.length() {
                let Some(c) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                    continue;
                };
                let k = key(&c.text_content().unwrap_or_default());
                if k.chars().count() >= MIN_KEY_CHARS {
                    out.push((c, k));
                }
            }
        }
        Texts(out)
    }

    /// The element showing the same text as `el` (a paragraph, list item, question…): one starts
    /// with the other, or the article's text holds the explainer's (markers such as "Q:" or "1."
    /// are dropped in the explainer).
    fn find(&self, el: &Element) -> Option<&Element> {
        let text = el.text_content().unwrap_or_default();
        let want = key(&text);
        if want.chars().count() < MIN_KEY_CHARS {
            return None;
        }
        let full = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.0
            .iter()
            .find(|(_, have)| {
                have.starts_with(&want)
                    || want.starts_with(have.as_str())
                    || full.contains(have.as_str())
            })
            .map(|(c, _)| c)
    }
}

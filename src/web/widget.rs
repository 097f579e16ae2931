//! The live widget: the render tree built with `createElement`/`textContent` inside a shadow root,
//! and the WAI-ARIA APG accordion behaviour (click, Enter/Space through the native button,
//! Up/Down/Home/End between questions, find-in-page through `hidden="until-found"` and
//! `beforematch`, deep links, expand/collapse all announced in a live region).
//!
//! Every listener is held by the [`Mounted`] value and removed when it is dropped: a few delegated
//! listeners per explainer, never one per question, never `Closure::forget`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Document, Element, Event, EventTarget,
    HtmlElement, KeyboardEvent, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

use super::place::Place;
use crate::blocks::safe_href;
use crate::model::Explainer;
use crate::render::{self, Element as RElement, Labels, Node as RNode, Open, RenderOptions};

/// Where the explainer goes relative to the article it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Placement {
    /// The explainer takes the article's place; the article is hidden, not removed.
    #[default]
    Replace,
    Before,
    After,
}

/// Widget options, from `data-qa-*` attributes or from a JS options object.
#[derive(Clone, Debug)]
pub struct WidgetOptions {
    pub single: bool,
    pub open: Open,
    pub placement: Placement,
    pub lang: Option<String>,
    pub labels: Vec<(String, String)>,
    pub structured_data: bool,
    pub update_hash: bool,
    pub heading_level: u8,
    /// The page chose the heading level; otherwise it follows the article it replaces.
    pub heading_level_set: bool,
    pub toolbar: bool,
    pub full: bool,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        WidgetOptions {
            single: false,
            open: Open::None,
            placement: Placement::Replace,
            lang: None,
            labels: Vec::new(),
            structured_data: false,
            update_hash: false,
            heading_level: 2,
            heading_level_set: false,
            toolbar: true,
            full: true,
        }
    }
}

impl WidgetOptions {
    /// An explainer that takes the place of an article with an `<h1>` headline keeps the page's
    /// one `<h1>`: its title becomes the `<h1>`.
    pub fn follow_article_headings(&mut self, article: &Element) {
        if !self.heading_level_set
            && self.placement == Placement::Replace
            && article.query_selector("h1").ok().flatten().is_some()
        {
            self.heading_level = 1;
        }
    }

    pub fn labels_for(&self, ex: &Explainer, fallback_lang: Option<String>) -> Labels {
        let lang = self
            .lang
            .clone()
            .or_else(|| ex.lang.clone())
            .or(fallback_lang)
            .unwrap_or_default();
        let mut labels = Labels::for_lang(&lang);
        for (k, v) in &self.labels {
            labels.set(k, v);
        }
        labels
    }
}

struct Item {
    id: String,
    heading: Element,
    button: Element,
    panel: Element,
}

/// What the event handlers need; shared by the listeners of one explainer.
struct State {
    items: Vec<Item>,
    single: bool,
    update_hash: bool,
    /// Where events for the host page are dispatched (the article, or the `<qa-explainer>`).
    events: Element,
    status: Option<Element>,
    labels: Labels,
}

/// An event listener that removes itself when dropped.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    fn new(
        target: &EventTarget,
        kind: &'static str,
        f: impl FnMut(Event) + 'static,
    ) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        Ok(Listener {
            target: target.clone(),
            kind,
            closure,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// A mounted explainer. Dropping it (or calling [`Mounted::unmount`]) removes the explainer and its
/// listeners and shows the article again.
pub struct Mounted {
    state: Rc<RefCell<State>>,
    listeners: Vec<Listener>,
    /// The element holding the shadow root, and whether we created it (then it is removed).
    host: Element,
    created_host: bool,
    shadow: ShadowRoot,
    /// The article hidden in `Replace` placement.
    hidden: Option<HiddenArticle>,
    structured: Option<Element>,
    pub model: Explainer,
    mounted: bool,
}

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// One constructed stylesheet shared by every explainer (CSSOM: not blocked by a strict CSP).
fn stylesheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|s| {
        if let Some(sheet) = s.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(render::CSS)?;
        *s.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

#[wasm_bindgen(module = "/js/build.js")]
extern "C" {
    /// Builds the DOM of a [`Plan`] (js/build.js): one call for the whole explainer.
    #[wasm_bindgen(catch)]
    fn build(doc: &Document, ops: &[u32], text: &str) -> Result<Element, JsValue>;
    /// Sets a script element's text, through the page's Trusted Types where it has them
    /// (js/build.js).
    #[wasm_bindgen(catch, js_name = setScriptText)]
    fn set_script_text(script: &Element, text: &str) -> Result<(), JsValue>;
}

/// A render tree as one list of steps and one string, for [`build`]: crossing into JavaScript once
/// per explainer, and decoding its text once, costs far less than a call per node and attribute.
#[derive(Default)]
struct Plan {
    ops: Vec<u32>,
    text: String,
}

impl Plan {
    fn put(&mut self, s: &str) {
        // UTF-16 length from the bytes: one unit per character (every byte but a continuation
        // byte starts one), two for a character outside the BMP (a four-byte lead, 0xF0 up).
        let units: usize = s
            .bytes()
            .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum();
        self.ops.push(u32::try_from(units).unwrap_or(u32::MAX));
        self.text.push_str(s);
    }

    fn element(&mut self, el: &RElement) {
        self.ops.push(0);
        self.put(el.tag);
        for (name, value) in &el.attrs {
            // Defence in depth: link and image targets are checked once more here.
            if matches!(*name, "href" | "src") && safe_href(value).is_none() {
                continue;
            }
            self.attr(name, value);
        }
        if let Some(part) = part_name(el) {
            self.attr("part", part);
        }
        for child in &el.children {
            match child {
                RNode::Element(e) => self.element(e),
                RNode::Text(t) => {
                    self.ops.push(2);
                    self.put(t);
                }
            }
        }
        self.ops.push(3);
    }

    fn attr(&mut self, name: &str, value: &str) {
        self.ops.push(1);
        self.put(name);
        self.put(value);
    }
}

/// Creates the DOM for a render tree: elements, attributes, text nodes. No HTML parsing.
fn materialize(doc: &Document, el: &RElement) -> Result<Element, JsValue> {
    let mut plan = Plan::default();
    plan.element(el);
    build(doc, &plan.ops, &plan.text)
}

/// `::part()` names for theming from the host page.
fn part_name(el: &RElement) -> Option<&'static str> {
    Some(match el.get("class")? {
        "qa-explainer" => "root",
        "qa-header" => "header",
        "qa-title" => "title",
        "qa-count" => "count",
        "qa-media" => "media",
        "qa-figure" => "figure",
        "qa-table" => "table",
        "qa-intro" => "intro",
        "qa-toolbar" => "toolbar",
        "qa-list" => "list",
        "qa-item" => "item",
        "qa-question" => "question",
        "qa-trigger" => "trigger",
        "qa-answer" => "answer",
        "qa-footer" => "footer",
        _ => return None,
    })
}

impl State {
    fn index_of(&self, el: &Element, pick: impl Fn(&Item) -> &Element) -> Option<usize> {
        self.items.iter().position(|it| pick(it) == el)
    }

    fn is_open(&self, i: usize) -> bool {
        self.items
            .get(i)
            .is_some_and(|it| it.button.get_attribute("aria-expanded").as_deref() == Some("true"))
    }

    /// Opens or closes answer `i`. A user action first fires a cancelable `qa-explainer-toggle`.
    fn set_open(&self, i: usize, open: bool, user: bool) {
        let Some(it) = self.items.get(i) else { return };
        if self.is_open(i) == open {
            return;
        }
        if user && !self.dispatch_toggle(&it.id, open, true) {
            return;
        }
        let _ = it
            .button
            .set_attribute("aria-expanded", if open { "true" } else { "false" });
        if open {
            let _ = it.panel.remove_attribute("hidden");
            if self.single {
                for j in 0..self.items.len() {
                    if j != i {
                        self.set_open(j, false, false);
                    }
                }
            }
            if user && self.update_hash {
                if let Some(w) = web_sys::window() {
                    if let Ok(h) = w.history() {
                        let _ = h.replace_state_with_url(
                            &JsValue::NULL,
                            "",
                            Some(&["#", it.id.as_str()].concat()),
                        );
                    }
                }
            }
        } else {
            let _ = it.panel.set_attribute("hidden", "until-found");
        }
        if !user {
            let _ = self.dispatch_toggle(&it.id, open, false);
        }
    }

    fn set_all(&self, open: bool) {
        for i in 0..self.items.len() {
            if !(open && self.single && i > 0) {
                self.set_open(i, open, false);
            }
        }
        if let Some(status) = &self.status {
            let msg = if open {
                &self.labels.all_expanded
            } else {
                &self.labels.all_collapsed
            };
            status.set_text_content(Some(msg));
        }
    }

    /// Fires `qa-explainer-toggle` ({id, open, user}); returns false when a listener cancelled it.
    /// `user`: the reader did it (fired before the change, cancelable); otherwise the page or the
    /// widget did (expand all, a deep link, keeping the reader's place), fired after the change.
    fn dispatch_toggle(&self, id: &str, open: bool, user: bool) -> bool {
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &"id".into(), &id.into());
        let _ = js_sys::Reflect::set(&detail, &"open".into(), &open.into());
        let _ = js_sys::Reflect::set(&detail, &"user".into(), &user.into());
        dispatch(&self.events, "qa-explainer-toggle", &detail, user)
    }

    fn focus(&self, i: usize) {
        if let Some(b) = self
            .items
            .get(i)
            .and_then(|it| it.button.dyn_ref::<web_sys::HtmlElement>())
        {
            let _ = b.focus();
        }
    }

    /// Opens the question named by the page's fragment and scrolls it into view.
    fn follow_hash(&self) {
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
            return;
        };
        let id = hash.strip_prefix('#').unwrap_or(&hash);
        let id = js_sys::decode_uri_component(id)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| id.to_owned());
        if let Some(i) = self.items.iter().position(|it| it.id == id) {
            self.set_open(i, true, false);
            self.items[i].heading.scroll_into_view();
        }
    }
}

/// Dispatches a bubbling, composed custom event; returns false when it was cancelled.
pub fn dispatch(target: &Element, kind: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(kind, &init) {
        Ok(ev) => target.dispatch_event(&ev).unwrap_or(true),
        Err(_) => true,
    }
}

/// Everything needed to mount one explainer.
pub struct MountSpec<'a> {
    pub model: Explainer,
    pub opts: &'a WidgetOptions,
    /// The article it was read from (hidden in `Replace` placement), if it is on the page.
    pub article: Option<Element>,
    /// An element to hold the shadow root (a `<qa-explainer>`); otherwise one is created.
    pub container: Option<Element>,
    /// Append the created host to this element (instead of placing it beside the article).
    pub parent: Option<Element>,
    /// Where host-page events are dispatched.
    pub events: Element,
}

impl Mounted {
    /// Builds and inserts the explainer. On any error nothing on the page has changed.
    pub fn mount(spec: MountSpec<'_>) -> Result<Mounted, JsValue> {
        let doc = document()?;
        let opts = spec.opts;
        let fallback_lang = doc.document_element().and_then(|e| e.get_attribute("lang"));
        let mut model = spec.model;
        unique_ids(&doc, &mut model);
        let labels = opts.labels_for(&model, fallback_lang);
        let ropts = RenderOptions::default()
            .open(opts.open.clone())
            .heading_level(opts.heading_level)
            .labels(labels.clone())
            .toolbar(opts.toolbar)
            .full(opts.full);
        let tree = render::build(&model, &ropts).ok_or_else(|| JsValue::from_str("not-qa"))?;
        // Build everything detached first: the page changes in one step at the end.
        let root = materialize(&doc, &tree)?;
        let (host, created_host) = match spec.container {
            Some(c) => (c, false),
            None => {
                // (A tag of its own, never defined: a page's rules for `div` do not reach it.)
                let h = doc.create_element("qa-explainer-view")?;
                h.set_attribute("class", "qa-explainer-host")?;
                h.set_attribute("data-qa-explainer-host", "")?;
                (h, true)
            }
        };
        let shadow = match host.shadow_root() {
            Some(s) => {
                s.set_text_content(None);
                s
            }
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        let sheet: JsValue = stylesheet()?.into();
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        shadow.append_child(&root)?;

        let mut items = Vec::with_capacity(model.questions.len());
        for q in &model.questions {
            let (hid, bid, pid) = render::ids(&ropts.id_prefix, &q.id);
            let get = |id: &str| {
                shadow
                    .get_element_by_id(id)
                    .ok_or_else(|| JsValue::from_str("markup"))
            };
            items.push(Item {
                id: q.id.clone(),
                heading: get(&hid)?,
                button: get(&bid)?,
                panel: get(&pid)?,
            });
        }
        let status = root.query_selector(".qa-status").ok().flatten();
        let state = Rc::new(RefCell::new(State {
            items,
            single: opts.single,
            update_hash: opts.update_hash,
            events: spec.events.clone(),
            status,
            labels,
        }));
        if opts.single {
            // In a one-at-a-time accordion only the first of several "open" answers stays open.
            let s = state.borrow();
            if let Some(first) = (0..s.items.len()).find(|&i| s.is_open(i)) {
                for j in first + 1..s.items.len() {
                    s.set_open(j, false, false);
                }
            }
        }

        let listeners = listen(&shadow, &state)?;
        // From here on, dropping `mounted` (an error below) undoes every change made so far.
        let mut mounted = Mounted {
            state,
            listeners,
            host,
            created_host,
            shadow,
            hidden: None,
            structured: None,
            model,
            mounted: true,
        };
        claim_ids(&mounted.model);
        if opts.structured_data {
            mounted.structured = structured_data(&doc, &mounted.model).ok();
        }

        // Where the reader is, before the one visible change (a layout read; nothing changes yet).
        let reference = spec.article.clone().or_else(|| {
            // A `<qa-explainer>` holding its article: the element itself is what gets replaced.
            (!created_host).then(|| mounted.host.clone())
        });
        let place = reference.as_ref().map(Place::of);

        // The one visible change: insert the explainer and hide the article in the same task.
        if created_host {
            if let Some(parent) = &spec.parent {
                parent.append_child(&mounted.host)?;
            } else {
                let anchor = spec
                    .article
                    .as_ref()
                    .ok_or_else(|| JsValue::from_str("no article to place the explainer beside"))?;
                let parent = anchor
                    .parent_node()
                    .ok_or_else(|| JsValue::from_str("the article is not on the page"))?;
                let before: Option<web_sys::Node> = if opts.placement == Placement::After {
                    anchor.next_sibling()
                } else {
                    Some(anchor.clone().into())
                };
                parent.insert_before(&mounted.host, before.as_ref())?;
            }
        }
        if let Some(s) = &mounted.structured {
            if let Some(parent) = mounted.host.parent_node() {
                let _ = parent.insert_before(s, mounted.host.next_sibling().as_ref());
            }
        }
        if opts.placement == Placement::Replace {
            if let Some(article) = spec.article {
                mounted.hidden = Some(HiddenArticle::hide(article)?);
            }
        }
        if let (Some(place), Some(reference)) = (place, &reference) {
            let state = mounted.state.borrow();
            place.restore(reference, &mounted.host, &mounted.shadow, |el| {
                if let Some(i) = state
                    .items
                    .iter()
                    .position(|it| it.panel.contains(Some(el)))
                {
                    state.set_open(i, true, false);
                }
            });
        }
        mounted.state.borrow().follow_hash();
        Ok(mounted)
    }

    pub fn state_open(&self, id: &str, open: bool) -> bool {
        let s = self.state.borrow();
        match s.items.iter().position(|it| it.id == id) {
            Some(i) => {
                s.set_open(i, open, false);
                true
            }
            None => false,
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        let s = self.state.borrow();
        s.items
            .iter()
            .position(|it| it.id == id)
            .is_some_and(|i| s.is_open(i))
    }

    pub fn set_all(&self, open: bool) {
        self.state.borrow().set_all(open);
    }

    pub fn shadow_root(&self) -> ShadowRoot {
        self.shadow.clone()
    }

    /// Removes the explainer and its listeners and shows the article exactly as before.
    pub fn unmount(&mut self) {
        if !self.mounted {
            return;
        }
        self.mounted = false;
        self.listeners.clear();
        release_ids(&self.model);
        if self.created_host {
            self.host.remove();
        } else {
            // A shadow root cannot be detached: a bare <slot> renders the element's own content
            // again, exactly as before.
            self.shadow.set_adopted_style_sheets(&js_sys::Array::new());
            self.shadow.set_text_content(None);
            if let Ok(doc) = document() {
                if let Ok(slot) = doc.create_element("slot") {
                    let _ = self.shadow.append_child(&slot);
                }
            }
        }
        if let Some(s) = self.structured.take() {
            s.remove();
        }
        if let Some(h) = self.hidden.take() {
            h.show();
        }
    }
}

thread_local! {
    /// The question ids of the explainers mounted on the page.
    static IDS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Makes the questions' ids unique on the page, so that `#id` opens one question: an id that
/// another explainer or an element of the page already has gets `-2`, `-3`… (A link is the page's
/// URL and the id; each explainer's ids live in its own shadow root.) Claimed by [`claim_ids`]
/// once the explainer is mounted.
fn unique_ids(doc: &Document, model: &mut Explainer) {
    IDS.with(|ids| {
        let ids = ids.borrow();
        let mut mine: Vec<String> = Vec::with_capacity(model.questions.len());
        for q in &mut model.questions {
            let taken = |id: &str| {
                ids.iter().chain(&mine).any(|t| t == id) || doc.get_element_by_id(id).is_some()
            };
            if taken(&q.id) {
                let mut n = 2;
                q.id = loop {
                    let id = [q.id.as_str(), "-", &crate::scan::num(n)].concat();
                    if !taken(&id) {
                        break id;
                    }
                    n += 1;
                };
            }
            mine.push(q.id.clone());
        }
    });
}

fn claim_ids(model: &Explainer) {
    IDS.with(|ids| {
        ids.borrow_mut()
            .extend(model.questions.iter().map(|q| q.id.clone()))
    });
}

fn release_ids(model: &Explainer) {
    IDS.with(|ids| {
        ids.borrow_mut()
            .retain(|id| !model.questions.iter().any(|q| &q.id == id))
    });
}

/// The article an explainer replaces: hidden, not removed, and shown again exactly as it was.
struct HiddenArticle {
    el: Element,
    /// Its `hidden` and `style` attributes before.
    hidden: Option<String>,
    style: Option<String>,
}

impl HiddenArticle {
    /// `hidden`, and `display: none !important` in its own style (through the CSSOM, which a
    /// strict CSP allows): a page's `[hidden] { display: block !important }` or its own rule for
    /// the article cannot show it again under the explainer.
    fn hide(el: Element) -> Result<HiddenArticle, JsValue> {
        let h = HiddenArticle {
            hidden: el.get_attribute("hidden"),
            style: el.get_attribute("style"),
            el,
        };
        h.el.set_attribute("hidden", "")?;
        // (Best effort: should it fail, `hidden` still hides, and nothing is left half done.)
        if let Some(e) = h.el.dyn_ref::<HtmlElement>() {
            let _ = e
                .style()
                .set_property_with_priority("display", "none", "important");
        }
        Ok(h)
    }

    fn show(self) {
        // Chrome writes a CSSOM change to the `style` attribute lazily, on the next read of it: a
        // `removeAttribute("style")` before that would leave `style=""` behind. Read it first.
        let _ = self.el.get_attribute("style");
        let restore = |name: &str, v: &Option<String>| match v {
            Some(v) => self.el.set_attribute(name, v),
            None => self.el.remove_attribute(name),
        };
        let _ = restore("style", &self.style);
        let _ = restore("hidden", &self.hidden);
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// The delegated listeners of one explainer: click, keydown and beforematch on its shadow root,
/// hashchange on the window.
fn listen(shadow: &ShadowRoot, state: &Rc<RefCell<State>>) -> Result<Vec<Listener>, JsValue> {
    let mut out = Vec::with_capacity(4);
    let s = state.clone();
    out.push(Listener::new(shadow, "click", move |ev: Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let state = s.borrow();
        if let Ok(Some(button)) = target.closest(".qa-trigger") {
            if let Some(i) = state.index_of(&button, |it| &it.button) {
                let open = !state.is_open(i);
                state.set_open(i, open, true);
            }
        } else if let Ok(Some(action)) = target.closest("[data-qa-action]") {
            state.set_all(action.get_attribute("data-qa-action").as_deref() == Some("expand"));
        }
    })?);
    let s = state.clone();
    out.push(Listener::new(shadow, "keydown", move |ev: Event| {
        let Some(key) = ev.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if key.alt_key() || key.ctrl_key() || key.meta_key() {
            return;
        }
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let state = s.borrow();
        let Some(i) = state.index_of(&target, |it| &it.button) else {
            return;
        };
        let n = state.items.len();
        let next = match key.key().as_str() {
            "ArrowDown" | "Down" => (i + 1) % n,
            "ArrowUp" | "Up" => (i + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        state.focus(next);
    })?);
    let s = state.clone();
    out.push(Listener::new(shadow, "beforematch", move |ev: Event| {
        // Find-in-page found text in a closed answer: the browser reveals it; keep state in step.
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let state = s.borrow();
        let panel = target
            .closest(".qa-answer")
            .ok()
            .flatten()
            .unwrap_or(target);
        if let Some(i) = state.index_of(&panel, |it| &it.panel) {
            state.set_open(i, true, false);
        }
    })?);
    if let Some(w) = web_sys::window() {
        let s = state.clone();
        out.push(Listener::new(&w, "hashchange", move |_| {
            s.borrow().follow_hash()
        })?);
    }
    Ok(out)
}

/// `<script type="application/ld+json">` with schema.org FAQPage data (a data block: never run).
fn structured_data(doc: &Document, ex: &Explainer) -> Result<Element, JsValue> {
    let script = doc.create_element("script")?;
    script.set_attribute("type", "application/ld+json")?;
    set_script_text(&script, &render::ld::faq_page(ex))?;
    Ok(script)
}

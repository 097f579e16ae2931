//! The WebAssembly build: reads the article from the page through [`node::WebNode`] (the same
//! walker as the CLI), classifies it with the same core, and mounts the widget. Exported to
//! JavaScript with camelCase names; the loader in `js/` is a few lines around these.

mod js;
mod node;
mod place;
mod widget;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::model::Explainer;
use crate::render::Open;
pub use node::WebNode;
use widget::{dispatch, MountSpec, Mounted, Placement, WidgetOptions};

/// Options as a JS object (the npm API). Every field is optional.
#[derive(Default)]
struct JsOptions {
    single: Option<bool>,
    open: Option<String>,
    placement: Option<String>,
    lang: Option<String>,
    labels: Vec<(String, String)>,
    structured_data: Option<bool>,
    update_hash: Option<bool>,
    heading_level: Option<u8>,
    toolbar: Option<bool>,
    full: Option<bool>,
    /// "auto" | "text" | "html", for string sources.
    format: Option<String>,
    min_questions: Option<usize>,
    faq_sections: Option<bool>,
}

fn parse_open(s: &str) -> Open {
    match s.trim() {
        "" | "none" | "false" => Open::None,
        "first" => Open::First,
        "all" | "true" => Open::All,
        id => Open::Id(id.to_owned()),
    }
}

fn parse_placement(s: &str) -> Placement {
    match s.trim() {
        "before" | "beside" => Placement::Before,
        "after" => Placement::After,
        _ => Placement::Replace,
    }
}

fn flag(v: &str) -> bool {
    !matches!(v.trim(), "false" | "0" | "no" | "off")
}

/// camelCase JS label names to the kebab-case names of [`crate::render::Labels::set`].
fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl JsOptions {
    fn from_js(v: &JsValue) -> Result<JsOptions, JsValue> {
        if v.is_undefined() || v.is_null() {
            return Ok(JsOptions::default());
        }
        if !v.is_object() {
            return Err(JsValue::from_str("options must be an object"));
        }
        // (A misspelt choice is an error, not silently the default.)
        let one_of = |key: &str, choices: &str| -> Result<Option<String>, JsValue> {
            match js::string(v, key) {
                Some(s) if !choices.split(", ").any(|c| c == s) => Err(JsValue::from_str(
                    &[key, " must be one of: ", choices].concat(),
                )),
                s => Ok(s),
            }
        };
        let placement = one_of("placement", "replace, before, beside, after")?;
        let format = one_of("format", "text, txt, html")?;
        Ok(JsOptions {
            single: js::boolean(v, "single"),
            open: js::string(v, "open"),
            placement,
            lang: js::string(v, "lang"),
            labels: js::entries(v, "labels"),
            structured_data: js::boolean(v, "structuredData"),
            update_hash: js::boolean(v, "updateHash"),
            heading_level: js::number(v, "headingLevel").map(|n| n.clamp(1.0, 5.0) as u8),
            toolbar: js::boolean(v, "toolbar"),
            full: js::boolean(v, "full"),
            format,
            min_questions: js::number(v, "minQuestions").map(|n| n.clamp(1.0, 1000.0) as usize),
            faq_sections: js::boolean(v, "faqSections"),
        })
    }

    fn apply(self, o: &mut WidgetOptions) {
        if let Some(v) = self.single {
            o.single = v;
        }
        if let Some(v) = self.open {
            o.open = parse_open(&v);
        }
        if let Some(v) = self.placement {
            o.placement = parse_placement(&v);
        }
        if self.lang.is_some() {
            o.lang = self.lang;
        }
        o.labels
            .extend(self.labels.into_iter().map(|(k, v)| (kebab(&k), v)));
        if let Some(v) = self.structured_data {
            o.structured_data = v;
        }
        if let Some(v) = self.update_hash {
            o.update_hash = v;
        }
        if let Some(v) = self.heading_level {
            o.heading_level = v.clamp(1, 5);
            o.heading_level_set = true;
        }
        if let Some(v) = self.toolbar {
            o.toolbar = v;
        }
        if let Some(v) = self.full {
            o.full = v;
        }
    }

    fn classify_options(&self) -> crate::Options {
        let mut o = crate::Options::default();
        if let Some(n) = self.min_questions {
            o = o.min_questions(n);
        }
        if let Some(f) = self.faq_sections {
            o = o.faq_sections(f);
        }
        o
    }
}

/// Options from attributes: `data-qa-NAME` anywhere, or plain `NAME` on a `<qa-explainer>`.
fn options_from_element(el: &Element) -> WidgetOptions {
    let plain = el.local_name() == "qa-explainer";
    let get = |name: &str| {
        el.get_attribute(&["data-qa-", name].concat()).or_else(|| {
            if plain {
                el.get_attribute(name)
            } else {
                None
            }
        })
    };
    let mut o = WidgetOptions::default();
    if let Some(v) = get("single") {
        o.single = flag(&v);
    }
    if let Some(v) = get("open") {
        o.open = parse_open(&v);
    }
    if let Some(v) = get("placement") {
        o.placement = parse_placement(&v);
    }
    o.lang = get("lang").or_else(|| {
        el.closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .filter(|l| !l.is_empty())
    });
    if let Some(v) = get("structured-data") {
        o.structured_data = flag(&v);
    }
    if let Some(v) = get("update-hash") {
        o.update_hash = flag(&v);
    }
    if let Some(v) = get("heading-level") {
        o.heading_level = v.trim().parse().unwrap_or(2u8).clamp(1, 5);
        o.heading_level_set = true;
    }
    if let Some(v) = get("toolbar") {
        o.toolbar = flag(&v);
    }
    for name in [
        "explainer",
        "expand-all",
        "collapse-all",
        "all-expanded",
        "all-collapsed",
        "count",
        "count-one",
        "promised",
        "link",
        "link-copied",
    ] {
        if let Some(v) = get(&["label-", name].concat()) {
            o.labels.push((name.to_owned(), v));
        }
    }
    o
}

fn to_js(ex: &Explainer) -> JsValue {
    use serde::Serialize;
    ex.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn error_detail(reason: &str, message: &str) -> JsValue {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"reason".into(), &reason.into());
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &message.into());
    detail.into()
}

fn fail(target: &Element, reason: &str, message: &str) {
    dispatch(
        target,
        "qa-explainer-error",
        &error_detail(reason, message),
        false,
    );
}

/// True for a Q&A article; otherwise fires `qa-explainer-error` (`not-qa`, with the reason).
fn qa_or_report(model: &Explainer, target: &Element) -> bool {
    if !model.is_qa() {
        fail(
            target,
            "not-qa",
            model
                .not_qa_reason
                .as_deref()
                .unwrap_or("not a Q&A article"),
        );
    }
    model.is_qa()
}

fn ready(target: &Element, model: &Explainer) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"model".into(), &to_js(model));
    dispatch(target, "qa-explainer-ready", &detail, false);
}

fn read_node(node: &Node, opts: &crate::Options) -> Explainer {
    crate::parse_dom(&WebNode::new(node.clone()), opts)
}

/// Parses an HTML string with the browser's own parser (inert: no scripts run, nothing loads).
fn read_html_string(html: &str, opts: &crate::Options) -> Result<Explainer, JsValue> {
    crate::check_input(html).map_err(|e| JsValue::from_str(&e.message()))?;
    let doc = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
    Ok(read_node(&doc, opts))
}

fn read_string(
    source: &str,
    format: Option<&str>,
    opts: &crate::Options,
) -> Result<Explainer, JsValue> {
    let html = match format {
        Some("html") => true,
        Some("text") | Some("txt") => false,
        _ => crate::looks_like_html(source),
    };
    if html {
        read_html_string(source, opts)
    } else {
        crate::parse_text_with(source, opts).map_err(|e| JsValue::from_str(&e.message()))
    }
}

fn err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| "failed".into()))
}

/// Reads a plain-text article into the explainer model.
#[wasm_bindgen(js_name = parseText)]
pub fn parse_text(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let o = JsOptions::from_js(&options).map_err(err)?;
    let ex = crate::parse_text_with(text, &o.classify_options())
        .map_err(|e| JsError::new(&e.message()))?;
    Ok(to_js(&ex))
}

/// Reads an HTML string (parsed by the browser's DOMParser) into the explainer model.
#[wasm_bindgen(js_name = parseHtml)]
pub fn parse_html(html: &str, options: JsValue) -> Result<JsValue, JsError> {
    let o = JsOptions::from_js(&options).map_err(err)?;
    Ok(to_js(
        &read_html_string(html, &o.classify_options()).map_err(err)?,
    ))
}

/// Reads an element (or document) of the page into the explainer model, without changing it.
#[wasm_bindgen(js_name = parseElement)]
pub fn parse_element(node: &Node, options: JsValue) -> Result<JsValue, JsError> {
    let o = JsOptions::from_js(&options).map_err(err)?;
    Ok(to_js(&read_node(node, &o.classify_options())))
}

/// A mounted explainer: open and close answers, read the model, unmount.
#[wasm_bindgen]
pub struct Handle {
    inner: Option<Mounted>,
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handle")
            .field("mounted", &self.inner.is_some())
            .finish()
    }
}

#[wasm_bindgen]
impl Handle {
    /// Removes the explainer and its listeners; the article is shown exactly as before.
    pub fn unmount(&mut self) {
        if let Some(mut m) = self.inner.take() {
            m.unmount();
        }
    }
    /// Opens the answer to question `id`; false when there is no such question.
    pub fn open(&self, id: &str) -> bool {
        self.inner.as_ref().is_some_and(|m| m.state_open(id, true))
    }
    pub fn close(&self, id: &str) -> bool {
        self.inner.as_ref().is_some_and(|m| m.state_open(id, false))
    }
    #[wasm_bindgen(js_name = isOpen)]
    pub fn is_open(&self, id: &str) -> bool {
        self.inner.as_ref().is_some_and(|m| m.is_open(id))
    }
    #[wasm_bindgen(js_name = expandAll)]
    pub fn expand_all(&self) {
        if let Some(m) = &self.inner {
            m.set_all(true);
        }
    }
    #[wasm_bindgen(js_name = collapseAll)]
    pub fn collapse_all(&self) {
        if let Some(m) = &self.inner {
            m.set_all(false);
        }
    }
    /// The explainer model (the JSON contract).
    #[wasm_bindgen(getter)]
    pub fn model(&self) -> JsValue {
        self.inner
            .as_ref()
            .map(|m| to_js(&m.model))
            .unwrap_or(JsValue::NULL)
    }
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.inner.is_some()
    }
    /// The shadow root holding the explainer.
    #[wasm_bindgen(getter, js_name = shadowRoot)]
    pub fn shadow_root(&self) -> JsValue {
        self.inner
            .as_ref()
            .map(|m| m.shadow_root().into())
            .unwrap_or(JsValue::NULL)
    }
}

fn mount(spec: MountSpec<'_>, events: &Element) -> Option<Handle> {
    match Mounted::mount(spec) {
        Ok(m) => {
            ready(events, &m.model);
            Some(Handle { inner: Some(m) })
        }
        Err(e) => {
            let msg = e
                .as_string()
                .unwrap_or_else(|| "the explainer could not be built".into());
            fail(
                events,
                if msg == "not-qa" { "not-qa" } else { "render" },
                &msg,
            );
            None
        }
    }
}

/// Enhances an article on the page: reads it, and when it is Q&A puts the explainer in its place
/// (or beside it). Fires `qa-explainer-ready` or `qa-explainer-error` on the article. Returns the
/// handle, or `undefined` when the article was left as it is.
#[wasm_bindgen]
pub fn enhance(article: &Element, options: JsValue) -> Option<Handle> {
    let mut opts = options_from_element(article);
    let js = match JsOptions::from_js(&options) {
        Ok(js) => js,
        Err(e) => {
            fail(article, "options", &e.as_string().unwrap_or_default());
            return None;
        }
    };
    let copts = js.classify_options();
    js.apply(&mut opts);
    opts.follow_article_headings(article);
    let model = read_node(article, &copts);
    if !qa_or_report(&model, article) {
        return None;
    }
    let spec = MountSpec {
        model,
        opts: &opts,
        article: Some(article.clone()),
        container: None,
        parent: None,
        events: article.clone(),
    };
    mount(spec, article)
}

/// Renders a model (from `parse*`, or your own) into `target`, appended as its last child.
#[wasm_bindgen]
pub fn render(model: JsValue, target: &Element, options: JsValue) -> Result<Handle, JsError> {
    if !model.is_object() {
        return Err(JsError::new(
            "the model must be an object (from parseText, parseHtml or parseElement)",
        ));
    }
    let mut ex = js::explainer(&model);
    crate::classify::normalize_ids(&mut ex);
    let mut opts = WidgetOptions::default();
    JsOptions::from_js(&options).map_err(err)?.apply(&mut opts);
    let spec = MountSpec {
        model: ex,
        opts: &opts,
        article: None,
        container: None,
        parent: Some(target.clone()),
        events: target.clone(),
    };
    mount(spec, target).ok_or_else(|| {
        JsError::new("the model has no questions, or the explainer could not be built")
    })
}

/// The `<qa-explainer>` element: renders into its own shadow root the article named by its `for`
/// attribute (an id) or `target` (a selector), the fetched `src` text (`source`), or its own content.
#[wasm_bindgen]
pub fn connect(el: &Element, source: Option<String>, options: JsValue) -> Option<Handle> {
    let mut opts = options_from_element(el);
    let js = JsOptions::from_js(&options).unwrap_or_default();
    let format = js.format.clone().or_else(|| el.get_attribute("format"));
    let copts = js.classify_options();
    js.apply(&mut opts);
    let doc = web_sys::window().and_then(|w| w.document())?;
    let (article, named) = match (el.get_attribute("for"), el.get_attribute("target")) {
        (Some(id), _) if !id.is_empty() => (doc.get_element_by_id(&id), Some(("has the id", id))),
        (_, Some(sel)) if !sel.is_empty() => (
            doc.query_selector(&sel).ok().flatten(),
            Some(("matches the selector", sel)),
        ),
        _ => (None, None),
    };
    // An article named but not on the page (without a `src` to read instead).
    if let (None, Some((what, name)), None) = (&article, &named, &source) {
        let message = ["no element on the page ", what, " “", name, "”"].concat();
        fail(el, "read", &message);
        return None;
    }
    let model = if let Some(src) = source {
        read_string(&src, format.as_deref(), &copts)
    } else if let Some(a) = &article {
        Ok(read_node(a, &copts))
    } else if el.first_element_child().is_some() {
        Ok(read_node(el, &copts))
    } else {
        let text = el.text_content().unwrap_or_default();
        crate::parse_text_with(&text, &copts).map_err(|e| JsValue::from_str(&e.message()))
    };
    let model = match model {
        Ok(m) => m,
        Err(e) => {
            fail(el, "read", &e.as_string().unwrap_or_default());
            return None;
        }
    };
    if !qa_or_report(&model, el) {
        return None;
    }
    // The element holds the explainer; a referenced article is hidden only in "replace" placement.
    let hide = if opts.placement == Placement::Replace {
        article
    } else {
        None
    };
    if let Some(a) = &hide {
        opts.follow_article_headings(a);
    }
    let spec = MountSpec {
        model,
        opts: &opts,
        article: hide,
        container: Some(el.clone()),
        parent: None,
        events: el.clone(),
    };
    mount(spec, el)
}

/// The crate version, for diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}

// Keep `JsCast` in scope for downstream `dyn_into` uses in this module's children.
#[allow(unused_imports)]
use JsCast as _;

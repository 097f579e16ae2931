//! Reading plain JS objects (options, a model handed to `render`) without serde's deserializer,
//! whose visitors and error formatting would triple the size of the wasm. Rust → JS still goes
//! through `serde_wasm_bindgen::to_value`. Unknown or ill-typed fields are ignored (defaults).

use wasm_bindgen::JsValue;

use crate::model::{Block, Cell, Explainer, Image, Item, Kind, Media, Question, Run};

pub fn get(obj: &JsValue, key: &str) -> JsValue {
    if !obj.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub fn string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string()
}

pub fn boolean(obj: &JsValue, key: &str) -> Option<bool> {
    get(obj, key).as_bool()
}

pub fn number(obj: &JsValue, key: &str) -> Option<f64> {
    get(obj, key).as_f64().filter(|n| n.is_finite())
}

/// An image dimension: a whole number of CSS pixels, 1 to `Image::MAX_SIDE`.
fn dimension(obj: &JsValue, key: &str) -> Option<u32> {
    number(obj, key)
        .filter(|n| n.fract() == 0.0 && (1.0..=f64::from(Image::MAX_SIDE)).contains(n))
        .map(|n| n as u32)
}

/// An image object (`src`, `alt`, optional `width` and `height`); its source is re-checked when
/// rendered.
fn image(v: &JsValue) -> Option<Image> {
    v.is_object().then(|| Image {
        src: string(v, "src").unwrap_or_default(),
        alt: string(v, "alt").unwrap_or_default(),
        width: dimension(v, "width"),
        height: dimension(v, "height"),
    })
}

/// The elements of an array field (nothing when it is not an array).
pub fn array(obj: &JsValue, key: &str) -> Vec<JsValue> {
    elements(&get(obj, key))
}

/// The elements of an array (nothing when it is not one).
fn elements(v: &JsValue) -> Vec<JsValue> {
    if js_sys::Array::is_array(v) {
        js_sys::Array::from(v).iter().collect()
    } else {
        Vec::new()
    }
}

/// The own enumerable string-valued entries of an object field.
pub fn entries(obj: &JsValue, key: &str) -> Vec<(String, String)> {
    let v = get(obj, key);
    if !v.is_object() {
        return Vec::new();
    }
    let o = js_sys::Object::from(v);
    js_sys::Object::entries(&o)
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

fn runs(v: &JsValue) -> Vec<Run> {
    array(v, "runs")
        .iter()
        .map(|r| Run {
            text: string(r, "text").unwrap_or_default(),
            strong: boolean(r, "strong").unwrap_or(false),
            em: boolean(r, "em").unwrap_or(false),
            code: boolean(r, "code").unwrap_or(false),
            href: string(r, "href"),
        })
        .collect()
}

/// A list's items, and (one level down) their sub-items.
fn items(v: &JsValue, nested: bool) -> Vec<Item> {
    array(v, "items")
        .iter()
        .map(|it| Item {
            text: string(it, "text").unwrap_or_default(),
            runs: runs(it),
            items: if nested { items(it, false) } else { Vec::new() },
        })
        .collect()
}

fn blocks(v: &JsValue, key: &str) -> Vec<Block> {
    array(v, key)
        .iter()
        .map(|b| Block {
            kind: match string(b, "kind").as_deref() {
                Some("quote") => Kind::Quote,
                Some("list") => Kind::List,
                Some("heading") => Kind::Heading,
                Some("caption") => Kind::Caption,
                Some("preformatted") => Kind::Preformatted,
                Some("table") => Kind::Table,
                _ => Kind::Paragraph,
            },
            text: string(b, "text").unwrap_or_default(),
            runs: runs(b),
            items: items(b, true),
            ordered: boolean(b, "ordered").unwrap_or(false),
            credit: string(b, "credit"),
            image: image(&get(b, "image")),
            rows: array(b, "rows")
                .iter()
                .map(|r| {
                    elements(r)
                        .iter()
                        .map(|c| Cell {
                            text: string(c, "text").unwrap_or_default(),
                            runs: runs(c),
                            header: boolean(c, "header").unwrap_or(false),
                        })
                        .collect()
                })
                .collect(),
            speaker: string(b, "speaker"),
        })
        .collect()
}

/// A model object (the JSON contract) → [`Explainer`]. Links are re-checked when rendered.
pub fn explainer(v: &JsValue) -> Explainer {
    let media = get(v, "media");
    Explainer {
        title: string(v, "title").unwrap_or_default(),
        kicker: string(v, "kicker"),
        byline: string(v, "byline"),
        promised_count: number(v, "promised_count")
            .filter(|n| *n >= 0.0 && *n < 1e6)
            .map(|n| n as u32),
        lang: string(v, "lang"),
        dir: string(v, "dir")
            .filter(|d| d == "rtl")
            .unwrap_or_else(|| "ltr".into()),
        media: media.is_object().then(|| Media {
            caption: string(&media, "caption").unwrap_or_default(),
            credit: string(&media, "credit"),
            image: image(&get(&media, "image")),
        }),
        intro: blocks(v, "intro"),
        section: string(v, "section"),
        questions: array(v, "questions")
            .iter()
            .map(|q| Question {
                id: string(q, "id").unwrap_or_default(),
                question: string(q, "question").unwrap_or_default(),
                answer: blocks(q, "answer"),
            })
            .collect(),
        outro: blocks(v, "outro"),
        footer: blocks(v, "footer"),
        warnings: array(v, "warnings")
            .iter()
            .filter_map(JsValue::as_string)
            .collect(),
        not_qa_reason: string(v, "not_qa_reason"),
    }
}

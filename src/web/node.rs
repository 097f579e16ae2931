//! The browser's DOM as a [`DomNode`]: the same walker that reads html5ever's tree natively reads
//! the live page here. No HTML parser is compiled into the wasm.

use std::borrow::Cow;
use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::dom::{DomNode, NodeKind};

/// A node of the live DOM, with its node type read once (each read is a call into JavaScript).
#[derive(Clone, Debug)]
pub struct WebNode {
    node: Node,
    ty: u16,
}

impl WebNode {
    pub fn new(node: Node) -> WebNode {
        let ty = node.node_type();
        WebNode { node, ty }
    }

    /// The element, when this node is one (its type was checked when it was wrapped).
    fn element(&self) -> Option<&Element> {
        (self.ty == Node::ELEMENT_NODE).then(|| self.node.unchecked_ref::<Element>())
    }
}

impl DomNode for WebNode {
    fn kind(&self) -> NodeKind<'_> {
        match self.ty {
            // local_name is lower case for HTML elements; foreign (SVG) names keep their case
            // and are skipped by the walker anyway.
            Node::ELEMENT_NODE => match self.element() {
                Some(e) => NodeKind::Element(Cow::Owned(e.local_name())),
                None => NodeKind::Other,
            },
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                NodeKind::Text(Cow::Owned(self.node.node_value().unwrap_or_default()))
            }
            Node::DOCUMENT_NODE | Node::DOCUMENT_FRAGMENT_NODE => NodeKind::Container,
            _ => NodeKind::Other,
        }
    }

    fn attr(&self, name: &'static str) -> Option<Cow<'_, str>> {
        let el: &Attrs = self.element()?.unchecked_ref();
        with_js_name(name, |name| el.get_attribute_js(name)).map(Cow::Owned)
    }

    fn has_attributes(&self) -> bool {
        self.element().is_some_and(Element::has_attributes)
    }

    fn first_child(&self) -> Option<Self> {
        self.node.first_child().map(WebNode::new)
    }

    fn next_sibling(&self) -> Option<Self> {
        self.node.next_sibling().map(WebNode::new)
    }

    // `is_template`: false. A `<template>`'s children live in its content fragment, not among its
    // child nodes, and the walker skips templates anyway.
}

#[wasm_bindgen]
extern "C" {
    /// An element, its `getAttribute` taking the name as a JS string made once: each `&str`
    /// crossing into JS is decoded from UTF-8 again, and the walker asks every element for
    /// several attributes.
    type Attrs;
    #[wasm_bindgen(method, structural, js_name = getAttribute)]
    fn get_attribute_js(this: &Attrs, name: &js_sys::JsString) -> Option<String>;
}

thread_local! {
    /// JS strings for the walker's attribute names, found by address (a few dozen at most).
    static NAMES: RefCell<Vec<(&'static str, js_sys::JsString)>> = const { RefCell::new(Vec::new()) };
}

fn with_js_name<R>(name: &'static str, f: impl FnOnce(&js_sys::JsString) -> R) -> R {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        let i = match names
            .iter()
            .position(|(n, _)| std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len())
        {
            Some(i) => i,
            None => {
                names.push((name, js_sys::JsString::from(name)));
                names.len() - 1
            }
        };
        f(&names[i].1)
    })
}

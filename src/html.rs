//! The native HTML reader: html5ever (through `scraper`) builds a spec-compliant tree, and the
//! shared [`crate::dom`] walker reads it. Compiled with the `cli` feature only, never into the wasm,
//! where the browser's own parser and DOM take its place.

use std::borrow::Cow;

use scraper::{node::Node, Html};

use crate::blocks::Document;
use crate::dom::{self, DomNode, NodeKind};

/// A node of the parsed tree.
#[derive(Clone, Copy)]
pub struct NativeNode<'a>(ego_tree::NodeRef<'a, Node>);

impl std::fmt::Debug for NativeNode<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("NativeNode").field(self.0.value()).finish()
    }
}

impl DomNode for NativeNode<'_> {
    fn kind(&self) -> NodeKind<'_> {
        match self.0.value() {
            Node::Element(e) => NodeKind::Element(Cow::Borrowed(e.name())),
            Node::Text(t) => NodeKind::Text(Cow::Borrowed(&t.text)),
            Node::Document | Node::Fragment => NodeKind::Container,
            _ => NodeKind::Other,
        }
    }
    fn attr(&self, name: &'static str) -> Option<Cow<'_, str>> {
        match self.0.value() {
            Node::Element(e) => e.attr(name).map(Cow::Borrowed),
            _ => None,
        }
    }
    fn has_attributes(&self) -> bool {
        match self.0.value() {
            Node::Element(e) => e.attrs().next().is_some(),
            _ => false,
        }
    }
    fn first_child(&self) -> Option<Self> {
        self.0.first_child().map(NativeNode)
    }
    fn next_sibling(&self) -> Option<Self> {
        self.0.next_sibling().map(NativeNode)
    }
}

/// Parses an HTML document (or fragment) and reads it into blocks.
pub fn read_html(html: &str) -> Document {
    let doc = Html::parse_document(html);
    dom::read(&NativeNode(doc.tree.root()))
}

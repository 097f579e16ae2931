//! The browser's DOM as a [`DomNode`]: the same walker that reads html5ever's tree natively reads
//! the live page here. No HTML parser is compiled into the wasm.

use std::borrow::Cow;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::dom::{DomNode, NodeKind};

/// A node of the live DOM.
#[derive(Clone, Debug)]
pub struct WebNode(pub Node);

impl DomNode for WebNode {
    fn kind(&self) -> NodeKind<'_> {
        match self.0.node_type() {
            Node::ELEMENT_NODE => match self.0.dyn_ref::<Element>() {
                // local_name is lower case for HTML elements; foreign (SVG) names keep their case
                // and are skipped by the walker anyway.
                Some(e) => NodeKind::Element(Cow::Owned(e.local_name())),
                None => NodeKind::Other,
            },
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                NodeKind::Text(Cow::Owned(self.0.node_value().unwrap_or_default()))
            }
            Node::DOCUMENT_NODE | Node::DOCUMENT_FRAGMENT_NODE => NodeKind::Container,
            _ => NodeKind::Other,
        }
    }

    fn attr(&self, name: &str) -> Option<Cow<'_, str>> {
        self.0
            .dyn_ref::<Element>()?
            .get_attribute(name)
            .map(Cow::Owned)
    }

    fn first_child(&self) -> Option<Self> {
        self.0.first_child().map(WebNode)
    }

    fn next_sibling(&self) -> Option<Self> {
        self.0.next_sibling().map(WebNode)
    }

    fn is_template(&self) -> bool {
        self.0.node_name().eq_ignore_ascii_case("template")
    }
}

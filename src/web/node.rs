//! The browser's DOM as a [`DomNode`]: the same walker that reads html5ever's tree natively reads
//! the live page here. No HTML parser is compiled into the wasm.

use std::borrow::Cow;

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

    fn attr(&self, name: &str) -> Option<Cow<'_, str>> {
        self.element()?.get_attribute(name).map(Cow::Owned)
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

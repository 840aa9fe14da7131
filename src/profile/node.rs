//! Profile loading, first half: YAML text → a span-carrying node tree.
//!
//! serde-saphyr parses the YAML (syntax errors, duplicate keys, budgets against alias bombs) and
//! hands every node to us wrapped in `Spanned`, so each scalar, list and map keeps its line and
//! column. The tree is then deserialised into the typed profile by [`super::de`], which can
//! report *every* structural problem instead of stopping at the first.

use crate::ui::t;
use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// A position in the profile file (1-based line and column, 0-based byte offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line; 0 when unknown.
    pub line: u32,
    /// 1-based column in characters; 0 when unknown.
    pub column: u32,
    /// Byte offset of the node's first character.
    pub offset: usize,
    /// Length of the node's source text in bytes (0 for collections and synthetic nodes).
    pub len: usize,
}

/// One YAML node with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What the node holds.
    pub kind: NodeKind,
    /// Where the node starts in the source.
    pub pos: Pos,
    /// Inserted while repairing the tree for error recovery; never reported.
    pub synthetic: bool,
}

/// The shape of a YAML node. Scalars keep their source spelling so that a postal code `01067`
/// or a phone number `+4930123456` read into a string field exactly as written.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// `~`, `null` or an empty value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer; `raw` is its spelling in the file.
    Int(i64, String),
    /// A floating-point number with its spelling.
    Float(f64, String),
    /// A string scalar.
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping with string keys, in source order.
    Map(Vec<(Node, Node)>),
}

impl NodeKind {
    /// German description of the node type, used in error messages.
    pub fn describe(&self) -> &'static str {
        match self {
            NodeKind::Null => t("ein leerer Wert", "an empty value"),
            NodeKind::Bool(_) => t("ein Wahrheitswert (true/false)", "a boolean (true/false)"),
            NodeKind::Int(..) => t("eine Zahl", "a number"),
            NodeKind::Float(..) => t("eine Kommazahl", "a decimal number"),
            NodeKind::Str(_) => t("ein Text", "a text"),
            NodeKind::Seq(_) => t("eine Liste", "a list"),
            NodeKind::Map(_) => t("ein Abschnitt mit Schlüsseln", "a section with keys"),
        }
    }
}

impl Node {
    /// A node created during error recovery.
    pub fn synthetic(kind: NodeKind, pos: Pos) -> Node {
        Node {
            kind,
            pos,
            synthetic: true,
        }
    }

    /// The node at a dotted path (`whatsapp.provider.name`, `scenarios.2.kind`), if present.
    pub fn at_path(&self, path: &str) -> Option<&Node> {
        let mut node = self;
        for part in path.split('.').filter(|p| !p.is_empty()) {
            node = match &node.kind {
                NodeKind::Map(entries) => entries
                    .iter()
                    .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == part))
                    .map(|(_, v)| v)?,
                NodeKind::Seq(items) => items.get(part.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// The position to report for a path: the node itself, else its closest existing parent.
    pub fn pos_for_path(&self, path: &str) -> Pos {
        let mut parts: Vec<&str> = path.split('.').filter(|p| !p.is_empty()).collect();
        loop {
            if let Some(node) = self.at_path(&parts.join(".")) {
                return node.pos;
            }
            if parts.pop().is_none() {
                return self.pos;
            }
        }
    }

    /// The position of the key that introduces `path` (better for "this field is wrong").
    pub fn key_pos_for_path(&self, path: &str) -> Option<Pos> {
        let (parent, last) = match path.rsplit_once('.') {
            Some((p, l)) => (self.at_path(p)?, l),
            None => (self, path),
        };
        match &parent.kind {
            NodeKind::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == last))
                .map(|(k, _)| k.pos),
            _ => None,
        }
    }
}

/// Parses YAML text into a node tree. Errors are serde-saphyr's (syntax, duplicate keys,
/// budgets), which carry their own location.
pub fn parse(text: &str) -> Result<Node, serde_saphyr::Error> {
    let options = serde_saphyr::options! {
        strict_booleans: true,
    };
    let root: Spanned<RawNode> = serde_saphyr::from_str_with_options(text, options)?;
    Ok(root_to_node(root, text))
}

/// Intermediate form straight from serde; converted to [`Node`] once the source text is at hand.
enum RawNode {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<RawNode>>),
    Map(Vec<(Spanned<String>, Spanned<RawNode>)>),
}

fn pos_of(loc: &serde_saphyr::Location) -> Pos {
    let span = loc.span();
    Pos {
        line: u32::try_from(loc.line()).unwrap_or(u32::MAX),
        column: u32::try_from(loc.column()).unwrap_or(u32::MAX),
        offset: span
            .byte_offset()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
        len: span
            .byte_len()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
    }
}

fn raw_text(text: &str, pos: Pos, fallback: String) -> String {
    text.get(pos.offset..pos.offset + pos.len)
        .map(str::to_owned)
        .filter(|s| !s.is_empty())
        .unwrap_or(fallback)
}

fn root_to_node(raw: Spanned<RawNode>, text: &str) -> Node {
    let pos = pos_of(&raw.referenced);
    let kind = match raw.value {
        RawNode::Null => NodeKind::Null,
        RawNode::Bool(b) => NodeKind::Bool(b),
        RawNode::Int(i) => NodeKind::Int(i, raw_text(text, pos, i.to_string())),
        RawNode::Float(f) => NodeKind::Float(f, raw_text(text, pos, f.to_string())),
        RawNode::Str(s) => NodeKind::Str(s),
        RawNode::Seq(items) => {
            NodeKind::Seq(items.into_iter().map(|i| root_to_node(i, text)).collect())
        }
        RawNode::Map(entries) => NodeKind::Map(
            entries
                .into_iter()
                .map(|(k, v)| {
                    let key = Node {
                        kind: NodeKind::Str(k.value),
                        pos: pos_of(&k.referenced),
                        synthetic: false,
                    };
                    (key, root_to_node(v, text))
                })
                .collect(),
        ),
    };
    Node {
        kind,
        pos,
        synthetic: false,
    }
}

impl<'de> Deserialize<'de> for RawNode {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawNodeVisitor)
    }
}

struct RawNodeVisitor;

impl<'de> Visitor<'de> for RawNodeVisitor {
    type Value = RawNode;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_unit<E>(self) -> Result<RawNode, E> {
        Ok(RawNode::Null)
    }
    fn visit_none<E>(self) -> Result<RawNode, E> {
        Ok(RawNode::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<RawNode, D::Error> {
        d.deserialize_any(RawNodeVisitor)
    }
    fn visit_bool<E>(self, v: bool) -> Result<RawNode, E> {
        Ok(RawNode::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<RawNode, E> {
        Ok(RawNode::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawNode, E> {
        match i64::try_from(v) {
            Ok(i) => Ok(RawNode::Int(i)),
            Err(_) => Ok(RawNode::Float(v as f64)),
        }
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<RawNode, E> {
        Ok(RawNode::Float(v as f64))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<RawNode, E> {
        Ok(RawNode::Float(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<RawNode, E> {
        Ok(RawNode::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<RawNode, E> {
        Ok(RawNode::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<RawNode, E> {
        Ok(RawNode::Str(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<RawNode, E> {
        Ok(RawNode::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawNode, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<RawNode>>()? {
            items.push(item);
        }
        Ok(RawNode::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawNode, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            let value = map.next_value::<Spanned<RawNode>>()?;
            entries.push((key, value));
        }
        Ok(RawNode::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions_and_raw_scalars() {
        let text = "company:\n  name: Bäckerei\n  postal_code: 01067\n  phone: +4930123\nlist:\n  - a\n  - 2\n";
        let root = parse(text).expect("parses");
        let name = root.at_path("company.name").expect("name");
        assert_eq!(name.kind, NodeKind::Str("Bäckerei".into()));
        assert_eq!((name.pos.line, name.pos.column), (2, 9));
        let plz = root.at_path("company.postal_code").expect("plz");
        assert!(
            matches!(&plz.kind, NodeKind::Int(_, raw) | NodeKind::Float(_, raw) if raw == "01067")
        );
        let phone = root.at_path("company.phone").expect("phone");
        assert!(matches!(&phone.kind, NodeKind::Int(_, raw) if raw == "+4930123"));
        assert_eq!(root.at_path("list.1").map(|n| n.pos.line), Some(7));
        assert_eq!(
            root.key_pos_for_path("company.phone").map(|p| p.line),
            Some(4)
        );
        assert_eq!(root.pos_for_path("company.missing.deeper").line, 2);
    }

    #[test]
    fn syntax_error_has_location() {
        let err = parse("a: \"unclosed\nb: 1\n").expect_err("must fail");
        assert!(err.location().is_some());
    }
}

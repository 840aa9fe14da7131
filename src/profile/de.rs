//! Profile loading, second half: node tree → typed [`RawProfile`](super::model::RawProfile),
//! reporting every structural problem at once.
//!
//! serde stops at the first error. To report all of them we deserialise, record the error with
//! the path of the node it happened at, repair the tree at that spot (drop an unknown key, put a
//! placeholder of the expected type where the type was wrong, insert the missing key) and try
//! again, until the profile deserialises. Placeholders are marked synthetic, so problems that
//! only exist because of a repair are never reported.

use super::node::{Node, NodeKind, Pos};
use crate::diagnostic::quote;
use crate::tr;
use crate::ui::t;
use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use std::fmt;

/// A problem with the shape of the profile: unknown key, missing key, wrong type or value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructureError {
    /// Dotted path of the offending node (`company.email`, `scenarios.1.kind`).
    pub path: String,
    /// Where to point in the file.
    pub pos: Pos,
    /// What is wrong, in German.
    pub message: String,
    /// How to fix it, in German.
    pub hint: Option<String>,
    /// A required key is missing (after a syntax error, likely a follow-on of the repair).
    pub missing: bool,
}

/// Upper bound on repair rounds; a profile with more problems than this is reported partially.
const MAX_ROUNDS: usize = 200;

/// Deserialises `root` into `T`, collecting every structural problem.
pub fn from_node<T: DeserializeOwned>(root: &Node) -> Result<T, Vec<StructureError>> {
    let mut tree = root.clone();
    let mut errors: Vec<StructureError> = Vec::new();
    let mut applied: Vec<(Vec<Seg>, String)> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let result = T::deserialize(De {
            node: &tree,
            path: Vec::new(),
        });
        let err = match result {
            Ok(value) if errors.is_empty() => return Ok(value),
            Ok(_) => return Err(errors),
            Err(err) => err,
        };
        let path = err.path.clone().unwrap_or_default();
        let target = node_at(&tree, &path);
        let synthetic = target.is_none_or(|n| n.synthetic);
        if !synthetic {
            let report = describe(&err, &tree, &path);
            if !errors
                .iter()
                .any(|e| e.path == report.path && e.message == report.message)
            {
                errors.push(report);
            }
        }
        let repair = err.repair();
        let signature = (path.clone(), format!("{repair:?}"));
        if applied.contains(&signature) || !apply(&mut tree, &path, &repair) {
            break;
        }
        applied.push(signature);
    }
    if errors.is_empty() {
        errors.push(StructureError {
            path: String::new(),
            pos: root.pos,
            message: t(
                "das Profil konnte nicht gelesen werden",
                "the profile could not be read",
            )
            .into(),
            hint: None,
            missing: false,
        });
    }
    Err(errors)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Key(String),
    Index(usize),
}

fn dotted(path: &[Seg]) -> String {
    path.iter()
        .map(|s| match s {
            Seg::Key(k) => k.clone(),
            Seg::Index(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn node_at<'a>(root: &'a Node, path: &[Seg]) -> Option<&'a Node> {
    let mut node = root;
    for seg in path {
        node = match (&node.kind, seg) {
            (NodeKind::Map(entries), Seg::Key(k)) => entries
                .iter()
                .find(|(key, _)| matches!(&key.kind, NodeKind::Str(s) if s == k))
                .map(|(_, v)| v)?,
            (NodeKind::Seq(items), Seg::Index(i)) => items.get(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

fn node_at_mut<'a>(root: &'a mut Node, path: &[Seg]) -> Option<&'a mut Node> {
    let mut node = root;
    for seg in path {
        node = match (&mut node.kind, seg) {
            (NodeKind::Map(entries), Seg::Key(k)) => entries
                .iter_mut()
                .find(|(key, _)| matches!(&key.kind, NodeKind::Str(s) if s == k))
                .map(|(_, v)| v)?,
            (NodeKind::Seq(items), Seg::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

/// How to change the tree so that the next round gets past an error.
#[derive(Debug, Clone, PartialEq)]
enum Repair {
    /// Remove the map entry or list item at the path.
    Remove,
    /// Replace the node at the path by a placeholder.
    Replace(NodeKind),
    /// Insert `key: ~` into the map at the path.
    Insert(String),
}

fn apply(tree: &mut Node, path: &[Seg], repair: &Repair) -> bool {
    match repair {
        Repair::Replace(kind) => match node_at_mut(tree, path) {
            Some(node) => {
                *node = Node::synthetic(kind.clone(), node.pos);
                true
            }
            None => false,
        },
        Repair::Insert(key) => match node_at_mut(tree, path) {
            Some(node) => {
                let pos = node.pos;
                if !matches!(node.kind, NodeKind::Map(_)) {
                    node.kind = NodeKind::Map(Vec::new());
                }
                if let NodeKind::Map(entries) = &mut node.kind {
                    entries.push((
                        Node::synthetic(NodeKind::Str(key.clone()), pos),
                        Node::synthetic(NodeKind::Null, pos),
                    ));
                }
                node.synthetic = true;
                true
            }
            None => false,
        },
        Repair::Remove => {
            let Some((last, parent_path)) = path.split_last() else {
                return false;
            };
            let Some(parent) = node_at_mut(tree, parent_path) else {
                return false;
            };
            match (&mut parent.kind, last) {
                (NodeKind::Map(entries), Seg::Key(k)) => {
                    let before = entries.len();
                    entries.retain(|(key, _)| !matches!(&key.kind, NodeKind::Str(s) if s == k));
                    entries.len() != before
                }
                (NodeKind::Seq(items), Seg::Index(i)) if *i < items.len() => {
                    items.remove(*i);
                    true
                }
                _ => false,
            }
        }
    }
}

/// What kind of value a field expected; used for messages and placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Bool,
    Int,
    Float,
    Text,
    List,
    Section,
    Choice,
}

impl Expect {
    fn describe(self) -> &'static str {
        match self {
            Expect::Bool => t(
                "einen Wahrheitswert (true oder false)",
                "a boolean (true or false)",
            ),
            Expect::Int => t("eine ganze Zahl", "a whole number"),
            Expect::Float => t("eine Zahl", "a number"),
            Expect::Text => t("einen Text", "a text"),
            Expect::List => t(
                "eine Liste (Einträge mit `- `)",
                "a list (entries with `- `)",
            ),
            Expect::Section => t(
                "einen Abschnitt mit eingerückten Schlüsseln",
                "a section with indented keys",
            ),
            Expect::Choice => t("einen der erlaubten Werte", "one of the allowed values"),
        }
    }

    fn placeholder(self) -> NodeKind {
        match self {
            Expect::Bool => NodeKind::Bool(false),
            Expect::Int => NodeKind::Int(0, "0".into()),
            Expect::Float => NodeKind::Float(0.0, "0".into()),
            Expect::Text | Expect::Choice => NodeKind::Str(String::new()),
            Expect::List => NodeKind::Seq(Vec::new()),
            Expect::Section => NodeKind::Map(Vec::new()),
        }
    }
}

#[derive(Debug, Clone)]
enum Kind {
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    MissingField(&'static str),
    WrongType {
        expected: Expect,
        found: &'static str,
    },
    UnknownVariant {
        value: String,
        expected: &'static [&'static str],
    },
    OutOfRange {
        min: i128,
        max: i128,
    },
    Other(String),
}

/// The error type threaded through serde while deserialising from the node tree.
#[derive(Debug, Clone)]
pub struct DeError {
    kind: Kind,
    path: Option<Vec<Seg>>,
}

impl DeError {
    fn at(mut self, path: &[Seg]) -> Self {
        if self.path.is_none() {
            self.path = Some(path.to_vec());
        }
        self
    }

    fn repair(&self) -> Repair {
        match &self.kind {
            Kind::UnknownField { .. } | Kind::Other(_) => Repair::Remove,
            Kind::MissingField(field) => Repair::Insert((*field).to_owned()),
            Kind::WrongType { expected, .. } => Repair::Replace(expected.placeholder()),
            Kind::OutOfRange { .. } => Repair::Replace(Expect::Int.placeholder()),
            Kind::UnknownVariant { expected, .. } => match expected.first() {
                Some(first) => Repair::Replace(NodeKind::Str((*first).to_owned())),
                None => Repair::Remove,
            },
        }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError {
            kind: Kind::Other(msg.to_string()),
            path: None,
        }
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        DeError {
            kind: Kind::UnknownField {
                field: field.to_owned(),
                expected,
            },
            path: None,
        }
    }
    fn missing_field(field: &'static str) -> Self {
        DeError {
            kind: Kind::MissingField(field),
            path: None,
        }
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError {
            kind: Kind::UnknownVariant {
                value: variant.to_owned(),
                expected,
            },
            path: None,
        }
    }
    fn invalid_type(unexp: de::Unexpected<'_>, _exp: &dyn de::Expected) -> Self {
        DeError::custom(format_args!(
            "{}: {}",
            t("ungültiger Typ", "invalid type"),
            unexpected(&unexp)
        ))
    }
    fn invalid_value(unexp: de::Unexpected<'_>, _exp: &dyn de::Expected) -> Self {
        DeError::custom(format_args!(
            "{}: {}",
            t("ungültiger Wert", "invalid value"),
            unexpected(&unexp)
        ))
    }
}

/// German description of a value serde did not expect (serde's own text is English).
fn unexpected(u: &de::Unexpected<'_>) -> String {
    use de::Unexpected as U;
    match u {
        U::Bool(b) => tr!("Wahrheitswert {b}", "boolean {b}"),
        U::Unsigned(n) => tr!("Zahl {n}", "number {n}"),
        U::Signed(n) => tr!("Zahl {n}", "number {n}"),
        U::Float(f) => tr!("Zahl {f}", "number {f}"),
        U::Char(c) => tr!("Zeichen „{}“", "character “{}”", quote(&c.to_string())),
        U::Str(s) => tr!("Text „{}“", "text “{}”", quote(s)),
        U::Unit | U::Option => t("leerer Wert", "empty value").into(),
        U::Seq => t("Liste", "list").into(),
        U::Map => t("Abschnitt", "section").into(),
        _ => t("unerwarteter Wert", "unexpected value").into(),
    }
}

fn wrong_type(expected: Expect, node: &Node) -> DeError {
    DeError {
        kind: Kind::WrongType {
            expected,
            found: node.kind.describe(),
        },
        path: None,
    }
}

fn describe(err: &DeError, tree: &Node, path: &[Seg]) -> StructureError {
    let dotted_path = dotted(path);
    let parent = if path.is_empty() {
        t("der obersten Ebene", "the top level").to_owned()
    } else {
        format!("`{dotted_path}`")
    };
    let node_pos = node_at(tree, path).map_or(tree.pos, |n| n.pos);
    let name = if path.is_empty() {
        t("das Profil (oberste Ebene)", "the profile (top level)").to_owned()
    } else {
        format!("`{dotted_path}`")
    };
    match &err.kind {
        Kind::UnknownField { field, expected } => {
            let key_pos = key_pos(tree, path).unwrap_or(node_pos);
            let in_parent = match path.split_last() {
                Some((_, [])) | None => t("auf der obersten Ebene", "at the top level").to_owned(),
                Some((_, parent_path)) => format!("in `{}`", dotted(parent_path)),
            };
            StructureError {
                path: dotted_path,
                pos: key_pos,
                message: tr!(
                    "unbekannter Schlüssel `{}` {in_parent}",
                    "unknown key `{}` {in_parent}",
                    quote(field)
                ),
                hint: Some(suggest(
                    field,
                    expected,
                    t("erlaubte Schlüssel", "allowed keys"),
                )),
                missing: false,
            }
        }
        Kind::MissingField(field) => StructureError {
            path: if dotted_path.is_empty() {
                (*field).to_owned()
            } else {
                format!("{dotted_path}.{field}")
            },
            pos: key_pos(tree, path).unwrap_or(node_pos),
            message: tr!(
                "Pflichtangabe `{field}` fehlt in {parent}",
                "required key `{field}` is missing in {parent}"
            ),
            hint: Some(tr!(
                "ergänzen Sie `{field}: …` (siehe examples/minimal.yaml)",
                "add `{field}: …` (see examples/minimal.yaml)"
            )),
            missing: true,
        },
        Kind::WrongType { expected, found } => StructureError {
            path: dotted_path.clone(),
            pos: node_pos,
            message: tr!(
                "{name} erwartet {}, gefunden: {found}",
                "{name} expects {}, found: {found}",
                expected.describe()
            ),
            hint: Some(
                match expected {
                    Expect::Bool => t(
                        "schreiben Sie `true` oder `false`",
                        "write `true` or `false`",
                    ),
                    Expect::Int | Expect::Float => t(
                        "geben Sie eine Zahl ohne Anführungszeichen an",
                        "give a number without quotes",
                    ),
                    Expect::Text => t(
                        "setzen Sie den Text in Anführungszeichen, wenn er Sonderzeichen enthält",
                        "put the text in quotes when it contains special characters",
                    ),
                    Expect::List => t(
                        "schreiben Sie jeden Eintrag in eine eigene Zeile mit `- `",
                        "write each entry on a line of its own starting with `- `",
                    ),
                    Expect::Section | Expect::Choice => t(
                        "rücken Sie die Schlüssel dieses Abschnitts darunter ein",
                        "indent the keys of this section below it",
                    ),
                }
                .into(),
            ),
            missing: false,
        },
        Kind::UnknownVariant { value, expected } => StructureError {
            path: dotted_path.clone(),
            pos: node_pos,
            message: tr!(
                "{name}: unbekannter Wert `{}`",
                "{name}: unknown value `{}`",
                quote(value)
            ),
            hint: Some(suggest(
                value,
                expected,
                t("erlaubte Werte", "allowed values"),
            )),
            missing: false,
        },
        Kind::OutOfRange { min, max } => StructureError {
            path: dotted_path.clone(),
            pos: node_pos,
            message: tr!(
                "{name}: die Zahl liegt außerhalb von {min} bis {max}",
                "{name}: the number is outside {min} to {max}"
            ),
            hint: Some(
                t(
                    "geben Sie eine realistische ganze Zahl an",
                    "give a realistic whole number",
                )
                .into(),
            ),
            missing: false,
        },
        Kind::Other(msg) => StructureError {
            path: dotted_path.clone(),
            pos: node_pos,
            message: format!("{name}: {}", quote(msg)),
            hint: None,
            missing: false,
        },
    }
}

fn key_pos(tree: &Node, path: &[Seg]) -> Option<Pos> {
    let (last, parent_path) = path.split_last()?;
    let parent = node_at(tree, parent_path)?;
    match (&parent.kind, last) {
        (NodeKind::Map(entries), Seg::Key(k)) => entries
            .iter()
            .find(|(key, _)| matches!(&key.kind, NodeKind::Str(s) if s == k))
            .map(|(key, _)| key.pos),
        (NodeKind::Seq(items), Seg::Index(i)) => items.get(*i).map(|n| n.pos),
        _ => None,
    }
}

/// "meinten Sie `x`?" when a close match exists, else the list of allowed names.
fn suggest(given: &str, allowed: &[&str], what: &str) -> String {
    let best = allowed
        .iter()
        .map(|a| (crate::text::edit_distance(given, a), *a))
        .min();
    match best {
        Some((d, name)) if d <= 2.max(given.chars().count() / 3) => {
            tr!("meinten Sie `{name}`?", "did you mean `{name}`?")
        }
        _ if allowed.is_empty() => t("entfernen Sie diesen Eintrag", "remove this entry").into(),
        _ => format!("{what}: {}", allowed.join(", ")),
    }
}

/// serde `Deserializer` over one node.
struct De<'a> {
    node: &'a Node,
    path: Vec<Seg>,
}

impl<'a> De<'a> {
    fn child(&self, seg: Seg, node: &'a Node) -> De<'a> {
        let mut path = self.path.clone();
        path.push(seg);
        De { node, path }
    }

    fn scalar_text(&self) -> Option<String> {
        match &self.node.kind {
            NodeKind::Str(s) => Some(s.clone()),
            NodeKind::Int(_, raw) | NodeKind::Float(_, raw) => Some(raw.clone()),
            NodeKind::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
}

macro_rules! forward_int {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            let path = self.path.clone();
            let out_of_range = || DeError {
                kind: Kind::OutOfRange {
                    min: i128::from(<$ty>::MIN),
                    max: i128::from(<$ty>::MAX),
                },
                path: None,
            };
            match &self.node.kind {
                NodeKind::Int(i, _) if <$ty>::try_from(*i).is_ok() => visitor.visit_i64(*i),
                NodeKind::Int(..) => Err(out_of_range()),
                // Integers beyond 64 bits arrive as floats; they are still whole numbers.
                NodeKind::Float(_, raw) if is_whole_number(raw) => Err(out_of_range()),
                _ => Err(wrong_type(Expect::Int, self.node)),
            }
            .map_err(|e| e.at(&path))
        }
    )*};
}

fn is_whole_number(raw: &str) -> bool {
    let digits = raw.trim().trim_start_matches(['+', '-']);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
}

impl<'de, 'a> de::Deserializer<'de> for De<'a> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        match &self.node.kind {
            NodeKind::Null => visitor.visit_unit::<DeError>(),
            NodeKind::Bool(b) => visitor.visit_bool(*b),
            NodeKind::Int(i, _) => visitor.visit_i64(*i),
            NodeKind::Float(f, _) => visitor.visit_f64(*f),
            NodeKind::Str(s) => visitor.visit_str(s),
            NodeKind::Seq(_) => return self.deserialize_seq(visitor),
            NodeKind::Map(_) => return self.deserialize_map(visitor),
        }
        .map_err(|e| e.at(&path))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        match &self.node.kind {
            NodeKind::Bool(b) => visitor.visit_bool(*b),
            _ => Err(wrong_type(Expect::Bool, self.node)),
        }
        .map_err(|e| e.at(&path))
    }

    forward_int!(deserialize_i8: i8, deserialize_i16: i16, deserialize_i32: i32,
                 deserialize_i64: i64, deserialize_u8: u8, deserialize_u16: u16,
                 deserialize_u32: u32, deserialize_u64: u64);

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        match &self.node.kind {
            NodeKind::Int(i, _) => visitor.visit_f64(*i as f64),
            NodeKind::Float(f, _) => visitor.visit_f64(*f),
            _ => Err(wrong_type(Expect::Float, self.node)),
        }
        .map_err(|e| e.at(&path))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        match self.scalar_text() {
            Some(text) => visitor.visit_string(text),
            None => Err(wrong_type(Expect::Text, self.node)),
        }
        .map_err(|e| e.at(&path))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        match &self.node.kind {
            NodeKind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
        .map_err(|e| e.at(&path))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        let empty = Vec::new();
        let items = match &self.node.kind {
            NodeKind::Seq(items) => items,
            NodeKind::Null => &empty,
            _ => return Err(wrong_type(Expect::List, self.node).at(&path)),
        };
        visitor
            .visit_seq(SeqDe {
                parent: &self,
                items: items.iter().enumerate(),
            })
            .map_err(|e| e.at(&path))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        let empty = Vec::new();
        let entries = match &self.node.kind {
            NodeKind::Map(entries) => entries,
            NodeKind::Null => &empty,
            _ => return Err(wrong_type(Expect::Section, self.node).at(&path)),
        };
        visitor
            .visit_map(MapDe {
                parent: &self,
                entries: entries.iter(),
                value: None,
            })
            .map_err(|e| e.at(&path))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let path = self.path.clone();
        match self.scalar_text() {
            Some(text) => {
                let de: de::value::StringDeserializer<DeError> = text.into_deserializer();
                visitor.visit_enum(de)
            }
            None => Err(DeError {
                kind: Kind::WrongType {
                    expected: Expect::Choice,
                    found: self.node.kind.describe(),
                },
                path: None,
            }),
        }
        .map_err(|e| match e.kind {
            Kind::WrongType { found, .. } if variants.is_empty() => DeError {
                kind: Kind::WrongType {
                    expected: Expect::Text,
                    found,
                },
                path: e.path,
            },
            _ => e,
        })
        .map_err(|e| e.at(&path))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

struct SeqDe<'p, 'a, I> {
    parent: &'p De<'a>,
    items: I,
}

impl<'de, 'a, I> de::SeqAccess<'de> for SeqDe<'_, 'a, I>
where
    I: Iterator<Item = (usize, &'a Node)>,
{
    type Error = DeError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            Some((i, node)) => seed
                .deserialize(self.parent.child(Seg::Index(i), node))
                .map(Some),
            None => Ok(None),
        }
    }
}

struct MapDe<'p, 'a, I> {
    parent: &'p De<'a>,
    entries: I,
    value: Option<(String, &'a Node)>,
}

impl<'de, 'a, I> de::MapAccess<'de> for MapDe<'_, 'a, I>
where
    I: Iterator<Item = &'a (Node, Node)>,
{
    type Error = DeError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let name = match &key.kind {
            NodeKind::Str(s) => s.clone(),
            other => format!("{other:?}"),
        };
        let mut path = self.parent.path.clone();
        path.push(Seg::Key(name.clone()));
        self.value = Some((name.clone(), value));
        let key_de: de::value::StringDeserializer<DeError> = name.into_deserializer();
        seed.deserialize(key_de).map(Some).map_err(|e| e.at(&path))
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DeError> {
        match self.value.take() {
            Some((name, node)) => seed.deserialize(self.parent.child(Seg::Key(name), node)),
            None => Err(de::Error::custom("Wert ohne Schlüssel")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        name: String,
        count: u32,
        #[serde(default)]
        flag: bool,
        inner: Inner,
        #[serde(default)]
        items: Vec<Inner>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        color: Color,
        #[serde(default)]
        note: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Color {
        Red,
        DarkBlue,
    }

    fn load(text: &str) -> Result<Outer, Vec<StructureError>> {
        from_node(&crate::profile::node::parse(text).expect("valid yaml"))
    }

    #[test]
    fn valid_input_deserialises() {
        let out = load("name: 01067\ncount: 3\ninner:\n  color: dark_blue\n").expect("ok");
        assert_eq!(out.name, "01067");
        assert_eq!(out.inner.color, Color::DarkBlue);
    }

    #[test]
    fn reports_every_problem_with_its_line() {
        let text = "nmae: x\ncount: drei\nflag: yes\ninner:\n  color: dark_bleu\n  extra: 1\nitems:\n  - color: red\n  - note: n\n";
        let errors = load(text).expect_err("invalid");
        let lines: Vec<(u32, &str)> = errors
            .iter()
            .map(|e| (e.pos.line, e.message.as_str()))
            .collect();
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 1 && m.contains("unbekannter Schlüssel `nmae`")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 2 && m.contains("`count` erwartet eine ganze Zahl")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 3 && m.contains("`flag` erwartet einen Wahrheitswert")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 5 && m.contains("unbekannter Wert `dark_bleu`")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 6 && m.contains("unbekannter Schlüssel `extra`")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(_, m)| m.contains("Pflichtangabe `color` fehlt in `items.1`")),
            "{lines:?}"
        );
        // `name` was misspelled: reported once as unknown key, once as missing.
        assert!(
            lines
                .iter()
                .any(|(_, m)| m.contains("Pflichtangabe `name` fehlt")),
            "{lines:?}"
        );
        assert_eq!(errors.len(), 7, "{lines:?}");
        let typo = errors
            .iter()
            .find(|e| e.message.contains("nmae"))
            .expect("typo");
        assert_eq!(typo.hint.as_deref(), Some("meinten Sie `name`?"));
        let variant = errors
            .iter()
            .find(|e| e.message.contains("dark_bleu"))
            .expect("variant");
        assert_eq!(variant.hint.as_deref(), Some("meinten Sie `dark_blue`?"));
    }
}

//! Interview stage, `init --edit` writes back into the existing file: only what the answers
//! changed is edited in the text, so comments, blank lines, key order and everything the
//! interview does not ask about stay as they were.
//!
//! The changes are the difference between the profile the interview gives for the file's
//! own answers (`before`) and the one it gives after editing (`after`), as JSON. Each change
//! is applied to the text at the spans of the node tree ([`crate::profile::node`]): a scalar
//! is replaced in place, a list of scalars is written as a flow list (`[a, b]`), a missing
//! key is added after the last line of its section, a key that went away is removed with its
//! lines. Anything else (a list of sections that changed length, flow-style sections) is not
//! edited in place; the caller then writes the whole profile instead.

use super::write::{self, quoted};
use super::{prefill, session};
use crate::profile::load::load_str;
use crate::profile::model::RawProfile;
use crate::profile::node::{self, Node, NodeKind};
use serde_json::{Map, Value as Json};

/// The edited file.
#[derive(Debug, Clone, PartialEq)]
pub struct Edited {
    /// The new text.
    pub text: String,
    /// What it loads as.
    pub raw: RawProfile,
    /// False when the changes could not be made in place and the profile was written anew
    /// (comments are then lost).
    pub in_place: bool,
}

/// Writes the interview's result `after` back into the profile `text` that loaded as `file`:
/// the changes between what the interview gives for the file's own answers and `after` are
/// applied to the text, checked by loading it again, else the changed profile is written
/// anew. `None` if the changes do not make a profile.
pub fn write_back(text: &str, file: &RawProfile, after: &RawProfile) -> Option<Edited> {
    let json = |r: &RawProfile| serde_json::to_value(r).unwrap_or_default();
    let before = session::simulate(&prefill::answers_from(file)).unwrap_or_else(|| file.clone());
    let file = json(file);
    let ops = diff(&json(&before), &json(after), Some(&file));
    let mut expected = file;
    apply_json(&mut expected, &ops);
    let raw: RawProfile = serde_json::from_value(expected.clone()).ok()?;
    let in_place = apply_text(text, &ops).filter(|t| {
        load_str("edit", t)
            .profile
            .is_some_and(|p| json(&p.raw) == expected)
    });
    Some(match in_place {
        Some(text) => Edited {
            text,
            raw,
            in_place: true,
        },
        None => Edited {
            text: write::to_yaml(&raw, &write::Options::default()),
            raw,
            in_place: false,
        },
    })
}

/// One change at a path of keys and list indices.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Set the value at the path (adding the key if missing).
    Set(Vec<String>, Json),
    /// Remove the key at the path.
    Remove(Vec<String>),
}

/// The changes that turn `before` into `after`. `file` is what the file holds: lists of
/// sections are entered only where it has as many entries as both, so an index means the
/// same entry in all three.
pub fn diff(before: &Json, after: &Json, file: Option<&Json>) -> Vec<Op> {
    let mut out = Vec::new();
    walk(before, after, file, &mut Vec::new(), &mut out);
    out
}

fn walk(
    before: &Json,
    after: &Json,
    file: Option<&Json>,
    path: &mut Vec<String>,
    out: &mut Vec<Op>,
) {
    if before == after {
        return;
    }
    match (before, after) {
        (Json::Object(b), Json::Object(a)) => {
            for (k, av) in a {
                path.push(k.clone());
                match b.get(k) {
                    Some(bv) => walk(bv, av, file.and_then(|f| f.get(k)), path, out),
                    None => out.push(Op::Set(path.clone(), av.clone())),
                }
                path.pop();
            }
            for k in b.keys().filter(|k| !a.contains_key(*k)) {
                path.push(k.clone());
                out.push(Op::Remove(path.clone()));
                path.pop();
            }
        }
        (Json::Array(b), Json::Array(a))
            if a.len() == b.len()
                && a.iter().all(Json::is_object)
                && file
                    .and_then(Json::as_array)
                    .is_some_and(|f| f.len() == a.len()) =>
        {
            for (i, (bv, av)) in b.iter().zip(a).enumerate() {
                path.push(i.to_string());
                walk(bv, av, file.and_then(|f| f.get(i)), path, out);
                path.pop();
            }
        }
        _ => out.push(Op::Set(path.clone(), after.clone())),
    }
}

/// Applies `ops` to JSON (what the edited file must load as).
pub fn apply_json(json: &mut Json, ops: &[Op]) {
    for op in ops {
        let (path, last) = match op {
            Op::Set(p, _) | Op::Remove(p) => match p.split_last() {
                Some((last, parent)) => (parent, last),
                None => continue,
            },
        };
        let mut node = &mut *json;
        for k in path {
            if node.is_object() && node.get(k).is_none() {
                node[k.as_str()] = Json::Object(Map::new());
            }
            node = match node {
                Json::Object(m) => m.entry(k.clone()).or_insert(Json::Null),
                Json::Array(a) => match k.parse::<usize>().ok().and_then(|i| a.get_mut(i)) {
                    Some(n) => n,
                    None => return,
                },
                _ => return,
            };
        }
        match (op, node) {
            (Op::Set(_, v), Json::Object(m)) => {
                m.insert(last.clone(), v.clone());
            }
            (Op::Set(_, v), Json::Array(a)) => {
                if let Some(slot) = last.parse::<usize>().ok().and_then(|i| a.get_mut(i)) {
                    *slot = v.clone();
                }
            }
            (Op::Remove(_), Json::Object(m)) => {
                m.remove(last);
            }
            _ => {}
        }
    }
}

/// Applies `ops` to the YAML `text`; `None` if one cannot be applied in place.
pub fn apply_text(text: &str, ops: &[Op]) -> Option<String> {
    let mut text = text.to_owned();
    for op in ops {
        let tree = node::parse(&text).ok()?;
        text = match op {
            Op::Set(path, value) => set(&text, &tree, path, value)?,
            Op::Remove(path) => remove(&text, &tree, path)?,
        };
    }
    Some(text)
}

fn at<'a>(tree: &'a Node, path: &[String]) -> Option<&'a Node> {
    tree.at_path(&path.join("."))
}

/// The key node and the value node of `path`'s last key.
fn entry<'a>(tree: &'a Node, path: &[String]) -> Option<(&'a Node, &'a Node)> {
    let (last, parent) = path.split_last()?;
    let parent = if parent.is_empty() {
        tree
    } else {
        at(tree, parent)?
    };
    match &parent.kind {
        NodeKind::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == last))
            .map(|(k, v)| (k, v)),
        _ => None,
    }
}

/// Byte offset just after the last character of `n` (flow lists and maps: after the closing
/// bracket).
fn end(text: &str, n: &Node) -> usize {
    let inner = match &n.kind {
        NodeKind::Seq(items) => items.iter().map(|i| end(text, i)).max(),
        NodeKind::Map(entries) => entries
            .iter()
            .map(|(k, v)| end(text, k).max(end(text, v)))
            .max(),
        _ => None,
    }
    .unwrap_or(n.pos.offset + n.pos.len)
    .max(n.pos.offset + n.pos.len);
    let open = text[n.pos.offset..].chars().next();
    let close = match (open, &n.kind) {
        (Some('['), NodeKind::Seq(_)) => ']',
        (Some('{'), NodeKind::Map(_)) => '}',
        _ => return inner,
    };
    let from = inner.max(n.pos.offset + 1);
    text[from..].find(close).map_or(inner, |i| from + i + 1)
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn after_line(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

fn scalar(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(quoted(s)),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        Json::Null => Some("~".into()),
        _ => None,
    }
}

/// A scalar or a flow list of scalars.
fn inline(v: &Json) -> Option<String> {
    match v {
        Json::Array(items) => Some(format!(
            "[{}]",
            items
                .iter()
                .map(scalar)
                .collect::<Option<Vec<_>>>()?
                .join(", ")
        )),
        other => scalar(other),
    }
}

/// Block lines for `key: value` at `indent`.
fn block(key: &str, v: &Json, indent: usize) -> Option<String> {
    let pad = " ".repeat(indent);
    match v {
        Json::Object(m) => {
            let mut out = format!("{pad}{key}:\n");
            for (k, v) in m {
                out.push_str(&block(k, v, indent + 2)?);
            }
            Some(out)
        }
        other => Some(format!("{pad}{key}: {}\n", inline(other)?)),
    }
}

fn set(text: &str, tree: &Node, path: &[String], value: &Json) -> Option<String> {
    if let Some((key, node)) = entry(tree, path) {
        let new = inline(value)?;
        if matches!(node.kind, NodeKind::Map(_)) {
            return None;
        }
        let mut out = text.to_owned();
        let block_list = matches!(&node.kind, NodeKind::Seq(items) if !items.is_empty())
            && !items_flow(text, node);
        let empty = matches!(node.kind, NodeKind::Null) && node.pos.len == 0;
        if block_list || empty {
            // Written right after the key's colon (a block list becomes a flow list).
            let from = text[end(text, key)..].find(':')? + end(text, key) + 1;
            let stop = if empty { from } else { end(text, node) };
            out.replace_range(from..stop, &format!(" {new}"));
        } else {
            out.replace_range(node.pos.offset..end(text, node), &new);
        }
        return Some(out);
    }
    let (last, parent_path) = path.split_last()?;
    let parent = if parent_path.is_empty() {
        tree
    } else {
        match at(tree, parent_path) {
            Some(p) => p,
            None => {
                // Add the parent section with this value in it.
                let mut m = Map::new();
                m.insert(last.clone(), value.clone());
                return set(text, tree, parent_path, &Json::Object(m));
            }
        }
    };
    let NodeKind::Map(entries) = &parent.kind else {
        return None;
    };
    let (first_key, _) = entries.first()?;
    if items_flow(text, parent) {
        return None;
    }
    let indent = usize::try_from(first_key.pos.column).ok()?.checked_sub(1)?;
    let insert_at = after_line(text, end(text, parent));
    let mut out = text.to_owned();
    let mut lines = block(last, value, indent)?;
    if insert_at == out.len() && !out.ends_with('\n') {
        lines.insert(0, '\n');
    }
    out.insert_str(insert_at, &lines);
    Some(out)
}

fn items_flow(text: &str, n: &Node) -> bool {
    matches!(text[n.pos.offset..].chars().next(), Some('[' | '{'))
}

fn remove(text: &str, tree: &Node, path: &[String]) -> Option<String> {
    let (key, value) = entry(tree, path)?;
    let parent = at(tree, &path[..path.len() - 1]).unwrap_or(tree);
    if items_flow(text, parent) && !path[..path.len() - 1].is_empty() {
        return None;
    }
    let start = line_start(text, key.pos.offset);
    let stop = after_line(
        text,
        end(text, value)
            .max(end(text, key))
            .saturating_sub(1)
            .max(key.pos.offset),
    );
    let mut out = text.to_owned();
    out.replace_range(start..stop, "");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn edit(text: &str, before: Json, after: Json) -> String {
        let ops = diff(&before, &after, Some(&before));
        apply_text(text, &ops).expect("applies")
    }

    #[test]
    fn scalars_lists_keys() {
        let text = "# Kopf\na:\n  # Zahl\n  n: 8 # acht\n  s: \"x\"\n  l:\n    - eins\n    - zwei\n  f: [a]\nb: 1\n";
        let before = json!({"a": {"n": 8, "s": "x", "l": ["eins", "zwei"], "f": ["a"]}, "b": 1});
        let out = edit(
            text,
            before.clone(),
            json!({"a": {"n": 12, "s": "y", "l": ["drei"], "f": [], "neu": true}, "b": 1}),
        );
        assert_eq!(
            out,
            "# Kopf\na:\n  # Zahl\n  n: 12 # acht\n  s: \"y\"\n  l: [\"drei\"]\n  f: []\n  neu: true\nb: 1\n"
        );
        let out = edit(
            text,
            before,
            json!({"a": {"n": 8, "s": "x", "l": ["eins", "zwei"], "f": ["a"]}}),
        );
        assert_eq!(
            out,
            "# Kopf\na:\n  # Zahl\n  n: 8 # acht\n  s: \"x\"\n  l:\n    - eins\n    - zwei\n  f: [a]\n"
        );
    }

    /// An answer the interview changed is written in place; what it does not know (the
    /// number of persons working with data below 20 employees, a comment) stays.
    #[test]
    fn write_back_keeps_what_the_interview_does_not_ask() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
        let text = std::fs::read_to_string(format!("{dir}/elektro-wagner.yaml")).expect("example");
        let file = load_str("e", &text).profile.expect("loads").raw;
        let mut after = session::simulate(&prefill::answers_from(&file)).expect("replays");
        after.whatsapp.devices.as_mut().expect("devices").count += 1;
        after.withdrawal.keyword = "ABMELDEN".into();
        let edited = write_back(&text, &file, &after).expect("applies");
        assert!(edited.in_place);
        // Every other line of the file, comments included, is still there, in order; the
        // keyword (not in the file: the default applied) is added as a section.
        let mut new = edited.text.lines();
        for line in text.lines() {
            let expected = line.replace("count: 14", "count: 15");
            assert!(new.any(|l| l == expected), "lost: {line}");
        }
        assert!(
            edited
                .text
                .ends_with("withdrawal:\n  keyword: \"ABMELDEN\"\n"),
            "{}",
            edited.text
        );
    }

    #[test]
    fn missing_sections_are_added() {
        let text = "a:\n  n: 1\n";
        let out = edit(
            text,
            json!({"a": {"n": 1}}),
            json!({"a": {"n": 1}, "d": {"name": "X", "m": "y"}}),
        );
        assert_eq!(out, "a:\n  n: 1\nd:\n  m: \"y\"\n  name: \"X\"\n");
    }
}

//! Interview stage, the draft an interrupted interview leaves next to the profile
//! (`dsgvo.yaml.entwurf`): the answers given so far, in the format of an answers file, so it
//! can also be read with `--answers`. The next `dsgvo-gen init` offers to resume it.

use super::ids;
use super::session::{State, Value};
use super::write::quoted;
use crate::profile::node::{self, NodeKind};
use std::path::{Path, PathBuf};

/// The draft file for the profile `target`.
pub fn path_for(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dsgvo.yaml".into());
    target.with_file_name(format!("{name}.entwurf"))
}

/// The draft text for the answers given so far.
pub fn render(state: &State) -> String {
    let mut out = String::from(
        "# Entwurf von `dsgvo-gen init`: die bisher gegebenen Antworten eines unterbrochenen\n# Interviews. Das nächste `dsgvo-gen init` bietet an, hier weiterzumachen; die Datei\n# lässt sich auch mit `dsgvo-gen init --answers` lesen.\n",
    );
    for (id, value) in state.given() {
        let v = match value {
            Value::Text(t) => quoted(t),
            Value::Bool(b) => b.to_string(),
            Value::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(|i| quoted(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        out.push_str(&format!("{id}: {v}\n"));
    }
    out
}

/// The answers in a draft, in order; `None` if it is not a draft (not a map of known ids).
pub fn parse(text: &str) -> Option<Vec<(String, Value)>> {
    let NodeKind::Map(entries) = node::parse(text).ok()?.kind else {
        return None;
    };
    let scalar = |k: &NodeKind| match k {
        NodeKind::Str(s) => Some(s.clone()),
        NodeKind::Int(_, raw) | NodeKind::Float(_, raw) => Some(raw.clone()),
        NodeKind::Null => Some(String::new()),
        _ => None,
    };
    let mut out = Vec::new();
    for (k, v) in entries {
        let NodeKind::Str(id) = k.kind else {
            return None;
        };
        if !ids::is_known(&id) {
            return None;
        }
        let value = match &v.kind {
            NodeKind::Bool(b) => Value::Bool(*b),
            NodeKind::Seq(items) => Value::List(
                items
                    .iter()
                    .map(|i| scalar(&i.kind))
                    .collect::<Option<Vec<_>>>()?,
            ),
            other => Value::Text(scalar(other)?),
        };
        out.push((id, value));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut state = State::default();
        state.set("company.name", Value::Text("Bäckerei „Müller“ e.K.".into()));
        state.set("whatsapp.devices.mdm", Value::Bool(false));
        state.set("whatsapp.features", Value::List(vec!["labels".into()]));
        state.set("company.employees", Value::Text("8".into()));
        let text = render(&state);
        let back = parse(&text).expect("parses");
        let given: Vec<(String, Value)> = state
            .given()
            .into_iter()
            .map(|(id, v)| (id.to_owned(), v.clone()))
            .collect();
        assert_eq!(back, given);
        assert_eq!(parse("irgendwas: 1\n"), None);
        assert_eq!(
            path_for(Path::new("kunden/a.yaml")),
            Path::new("kunden/a.yaml.entwurf")
        );
    }
}

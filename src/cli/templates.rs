//! `dsgvo-gen templates list|export DIR`: the embedded templates as a starting point for
//! customisation.

use super::{Failure, eout, out, shown};
use crate::output::write_atomic;
use crate::render::EMBEDDED;
use crate::tr;
use std::path::PathBuf;

/// Arguments of `templates`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Namen der eingebauten Vorlagen ausgeben
    List,
    /// Eingebaute Vorlagen in ein Verzeichnis schreiben (zum Anpassen mit --templates)
    Export {
        /// Zielverzeichnis
        dir: PathBuf,
        /// Vorhandene Dateien überschreiben
        #[arg(long)]
        force: bool,
    },
}

/// Runs `templates`.
pub fn run(args: Args) -> Result<(), Failure> {
    match args.action {
        Action::List => {
            for (name, _) in EMBEDDED {
                out(name);
            }
            Ok(())
        }
        Action::Export { dir, force } => {
            let existing: Vec<String> = EMBEDDED
                .iter()
                .filter(|(name, _)| dir.join(name).exists())
                .map(|(name, _)| shown(&dir.join(name)))
                .collect();
            if !existing.is_empty() && !force {
                return Err(Failure::User(tr!(
                    "diese Dateien existieren bereits und werden nicht überschrieben:\n  {}\nHinweis: mit --force überschreiben",
                    "these files exist already and are not overwritten:\n  {}\nhelp: overwrite with --force",
                    existing.join("\n  ")
                )));
            }
            for (name, content) in EMBEDDED {
                write_atomic(&dir.join(name), content.as_bytes())
                    .map_err(|e| Failure::User(e.to_string()))?;
            }
            eout(&tr!(
                "{} Vorlagen nach {} geschrieben; anpassen und mit `dsgvo-gen build --templates {}` verwenden",
                "{} templates written to {}; adapt them and use them with `dsgvo-gen build --templates {}`",
                EMBEDDED.len(),
                shown(&dir),
                shown(&dir)
            ));
            Ok(())
        }
    }
}

//! `dsgvo-gen completions SHELL` and `dsgvo-gen manpage`: shell completion scripts and a man
//! page generated from the command definition.

use super::{Cli, Failure};
use clap::CommandFactory;

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Shell, für die das Skript erzeugt wird
    shell: clap_complete::Shell,
}

/// Runs `completions`.
pub fn run(args: Args) -> Result<(), Failure> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "dsgvo-gen", &mut std::io::stdout());
    Ok(())
}

/// Runs `manpage`: writes the roff man page to standard output.
pub fn manpage() -> Result<(), Failure> {
    let man = clap_mangen::Man::new(Cli::command());
    man.render(&mut std::io::stdout())
        .map_err(|e| Failure::Internal(e.to_string()))
}

//! `dsgvo-gen completions SHELL`: shell completion scripts generated from the command
//! definition.

use super::Failure;

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Shell, für die das Skript erzeugt wird
    shell: clap_complete::Shell,
}

/// Runs `completions`.
pub fn run(args: Args) -> Result<(), Failure> {
    let mut cmd = super::help::command(crate::ui::lang());
    clap_complete::generate(args.shell, &mut cmd, "dsgvo-gen", &mut std::io::stdout());
    Ok(())
}

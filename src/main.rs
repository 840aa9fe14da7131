//! Binary entry point: parse the command line, hand over to the library, map the outcome to an
//! exit code. Everything testable lives in `dsgvo_gen::cli`.

use std::process::ExitCode;

fn main() -> ExitCode {
    dsgvo_gen::cli::main()
}

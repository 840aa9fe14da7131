//! Writes the PDF fixtures to a directory: `cargo run --example pdf_sample -- OUT_DIR`.
//! Used by `.ci/pdf-checks` to inspect the output with qpdf and poppler.

#[path = "support/pdf_fixtures.rs"]
mod pdf_fixtures;

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: pdf_sample OUT_DIR");
        return ExitCode::from(2);
    };
    let dir = std::path::PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for (stem, markdown, meta) in pdf_fixtures::fixtures() {
        let bytes = match dsgvo_gen::backend::pdf::render(markdown, &meta) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {stem}: {e}");
                return ExitCode::from(1);
            }
        };
        let path = dir.join(format!("{stem}.pdf"));
        if let Err(e) = std::fs::write(&path, &bytes) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("{} ({} bytes)", path.display(), bytes.len());
    }
    ExitCode::SUCCESS
}

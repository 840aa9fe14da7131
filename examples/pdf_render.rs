//! Renders one Markdown file to PDF: `cargo run --example pdf_render -- IN.md OUT.pdf`.
//! Handy for looking at how a template's output is typeset.

use std::process::ExitCode;

use dsgvo_gen::backend::pdf::{PdfMeta, render};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: pdf_render IN.md OUT.pdf");
        return ExitCode::from(2);
    };
    let markdown = match std::fs::read_to_string(input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read {input}: {e}");
            return ExitCode::from(2);
        }
    };
    let meta = PdfMeta {
        title: "Beispieldokument".into(),
        company: "Beispiel GmbH".into(),
        subject: "DSGVO-Dokumentation".into(),
        version: "1.0".into(),
        stand: "01.01.2026".into(),
        date: (2026, 1, 1),
        keywords: Vec::new(),
        ..Default::default()
    };
    match render(&markdown, &meta) {
        Ok(bytes) => match std::fs::write(output, bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write {output}: {e}");
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

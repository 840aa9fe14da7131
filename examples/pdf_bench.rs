//! Times the PDF backend on the fixtures: `cargo run --release --example pdf_bench [ITERATIONS]`.
//!
//! Reports, per document, the cold first render (includes parsing the embedded fonts once per
//! process), then the median and minimum of layout alone and of the full render, with the
//! page count and the PDF size.

#[path = "support/pdf_fixtures.rs"]
mod pdf_fixtures;

use std::time::{Duration, Instant};

use dsgvo_gen::backend::pdf::{layout, render};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let iterations: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50)
        .max(1);
    let fixtures = pdf_fixtures::fixtures();
    let mut cold_total = Duration::ZERO;
    println!(
        "{:<26} {:>5} {:>9} {:>10} {:>13} {:>13} {:>11}",
        "document", "pages", "bytes", "cold", "layout (med)", "render (med)", "render (min)"
    );
    for (stem, markdown, meta) in &fixtures {
        let t = Instant::now();
        let bytes = match render(markdown, meta) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {stem}: {e}");
                std::process::exit(1);
            }
        };
        let cold = t.elapsed();
        cold_total += cold;
        let pages = layout(markdown, meta).pages.len();
        let mut lay = Vec::with_capacity(iterations);
        let mut full = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let t = Instant::now();
            std::hint::black_box(layout(markdown, meta));
            lay.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(render(markdown, meta).ok());
            full.push(t.elapsed());
        }
        let min = full.iter().min().copied().unwrap_or_default();
        println!(
            "{:<26} {:>5} {:>9} {:>10} {:>13} {:>13} {:>11}",
            stem,
            pages,
            bytes.len(),
            ms(cold),
            ms(median(lay)),
            ms(median(full)),
            ms(min)
        );
    }
    let t = Instant::now();
    for (_, markdown, meta) in &fixtures {
        std::hint::black_box(render(markdown, meta).ok());
    }
    println!(
        "all {} documents, warm: {} (cold first pass: {})",
        fixtures.len(),
        ms(t.elapsed()),
        ms(cold_total)
    );
}

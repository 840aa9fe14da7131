//! Output backends: rendered Markdown → bytes per output format (pure, no I/O).

pub mod pdf;

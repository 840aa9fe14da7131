//! Issue 12, inputs.

//! Interview stage, real terminal: dialoguer prompts in German. The only file that uses
//! dialoguer.
//!
//! Each question is printed by us (the question in bold, the reason dimmed, a hint on how to
//! answer), and dialoguer only draws the input line or the list below it. dialoguer redraws
//! and clears its own lines by counting line breaks, so long texts must not wrap inside its
//! area: questions stay outside it, and list labels are broken to the terminal width here.
//!
//! Ja/Nein questions are a two-item list ("Ja", "Nein") because dialoguer's `Confirm` only
//! accepts y/n. Invalid text is re-asked with the German message from
//! [`TextQuestion::accept`]; where a correction is proposed (phone number, web address),
//! Enter takes it. "Back" is [`BACK`] typed as text, or Esc in a list. A question with help
//! ([`Question::help`]) gets an extra "weiß ich nicht" choice that shows the help and asks
//! again.

use super::question::{Choice, NO_VALUE, Question, TextQuestion};
use super::{InterviewError, Prompter};
use dialoguer::console::{Term, style};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};
use std::io;

/// Typed instead of an answer: back to the previous question.
pub const BACK: &str = "<";

/// Prompts on the terminal's standard output.
pub struct TerminalPrompter {
    term: Term,
    theme: Marked,
}

/// dialoguer's colourful theme with the cursor of a multi-selection also shown by a marker
/// (`❯`), not only by colour, so it can be seen with `NO_COLOR` and by colour-blind users.
struct Marked(ColorfulTheme);

impl Theme for Marked {
    fn format_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        self.0.format_prompt(f, prompt)
    }
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        self.0.format_error(f, err)
    }
    fn format_input_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> std::fmt::Result {
        self.0.format_input_prompt(f, prompt, default)
    }
    fn format_input_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        self.0.format_input_prompt_selection(f, prompt, sel)
    }
    fn format_select_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        self.0.format_select_prompt(f, prompt)
    }
    fn format_select_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        self.0.format_select_prompt_selection(f, prompt, sel)
    }
    fn format_select_prompt_item(
        &self,
        f: &mut dyn std::fmt::Write,
        text: &str,
        active: bool,
    ) -> std::fmt::Result {
        self.0.format_select_prompt_item(f, text, active)
    }
    fn format_multi_select_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.0.format_multi_select_prompt(f, prompt)
    }
    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> std::fmt::Result {
        self.0
            .format_multi_select_prompt_selection(f, prompt, selections)
    }
    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn std::fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> std::fmt::Result {
        write!(f, "{}", if active { "❯ " } else { "  " })?;
        self.0
            .format_multi_select_prompt_item(f, text, checked, active)
    }
}

impl Default for TerminalPrompter {
    fn default() -> Self {
        Self::new()
    }
}

impl TerminalPrompter {
    /// A prompter drawing on standard output (reading keys from the terminal).
    pub fn new() -> Self {
        TerminalPrompter {
            term: Term::stdout(),
            theme: Marked(ColorfulTheme::default()),
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(40, 120)
    }

    fn write(&self, text: &str) -> Result<(), InterviewError> {
        self.term.write_line(text).map_err(io_error)
    }

    /// Question, reason and hint above the input.
    fn header(&self, q: &Question, hint: &str) -> Result<(), InterviewError> {
        self.write("")?;
        let mut mark = style("?").yellow().bold().to_string();
        for line in wrap(&q.prompt, self.width().saturating_sub(2)) {
            self.write(&format!("{mark} {}", style(line).bold()))?;
            mark = " ".to_owned();
        }
        for line in wrap(&q.why, self.width().saturating_sub(2)) {
            self.write(&format!("  {}", style(line).dim()))?;
        }
        for line in wrap(hint, self.width().saturating_sub(2)) {
            self.write(&format!("  {}", style(line).dim().italic()))?;
        }
        Ok(())
    }

    /// The accepted answer, one entry per line.
    fn echo(&self, answers: &[&str]) -> Result<(), InterviewError> {
        let mut mark = style("✔").green().to_string();
        for answer in answers {
            for line in wrap(answer, self.width().saturating_sub(6)) {
                self.write(&format!("  {mark} {}", style(line).cyan()))?;
                mark = " ".to_owned();
            }
        }
        Ok(())
    }

    /// A label broken into lines that fit next to dialoguer's two-character marker (and
    /// the cursor marker of multi-selections).
    fn fit(&self, label: &str) -> String {
        wrap(label, self.width().saturating_sub(10)).join("\n      ")
    }

    /// A list; Esc (or q) goes back. Without a proposal no entry is marked, so that nobody
    /// claims the first one by pressing Enter; the hint asks to choose.
    fn select_index(
        &self,
        items: &[String],
        default: Option<usize>,
    ) -> Result<usize, InterviewError> {
        let mut select = Select::with_theme(&self.theme).items(items);
        if let Some(d) = default {
            select = select.default(d);
        }
        select
            .interact_on_opt(&self.term)
            .map_err(dialoguer_error)?
            .ok_or(InterviewError::Back)
    }
}

/// Shows the cursor again (dialoguer hides it in lists); for when a prompt is left by Ctrl-C.
pub fn restore() {
    let _ = Term::stdout().show_cursor();
    let _ = Term::stderr().show_cursor();
}

fn io_error(e: io::Error) -> InterviewError {
    if e.kind() == io::ErrorKind::Interrupted {
        InterviewError::Interrupted
    } else {
        InterviewError::Terminal(e.to_string())
    }
}

fn dialoguer_error(e: dialoguer::Error) -> InterviewError {
    match e {
        dialoguer::Error::IO(e) => io_error(e),
    }
}

/// Greedy word wrap by characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(20);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

impl Prompter for TerminalPrompter {
    fn section(&mut self, title: &str, intro: &str) -> Result<(), InterviewError> {
        self.write("")?;
        self.write(&format!(
            "{}",
            style(format!("── {title} ──")).bold().blue()
        ))?;
        for line in wrap(intro, self.width()) {
            self.write(&line)?;
        }
        Ok(())
    }

    fn info(&mut self, text: &str) -> Result<(), InterviewError> {
        self.write("")?;
        let width = self.width().saturating_sub(2);
        for line in text.lines().flat_map(|l| {
            let lines = wrap(l, width);
            if lines.is_empty() {
                vec![String::new()]
            } else {
                lines
            }
        }) {
            self.write(&format!(
                "{} {}",
                style("!").yellow().bold(),
                style(line).yellow()
            ))?;
        }
        Ok(())
    }

    fn text(&mut self, q: &TextQuestion) -> Result<String, InterviewError> {
        let mut hints = Vec::new();
        if let (None, Some(example)) = (&q.default, &q.example) {
            hints.push(format!("Beispiel: {example}"));
        }
        if !q.required {
            hints.push(if q.default.is_some() {
                format!("„{NO_VALUE}“ = keine Angabe")
            } else {
                "leer lassen = keine Angabe".to_owned()
            });
        }
        if let Some(default) = &q.default {
            hints.push(format!("Enter übernimmt: {default}"));
        }
        hints.push(format!("„{BACK}“ = zurück"));
        self.header(&q.question, &hints.join(" · "))?;
        let mut default = q.default.clone();
        loop {
            let check = q.clone();
            // The message is broken into lines here: dialoguer clears by counting line breaks.
            let width = self.width().saturating_sub(4);
            let mut input = Input::<String>::with_theme(&self.theme)
                .allow_empty(true)
                .report(false)
                .validate_with(move |s: &String| {
                    if s.trim() == BACK || check.suggestion(s).is_some() {
                        return Ok(());
                    }
                    check
                        .accept(s)
                        .map(|_| ())
                        .map_err(|m| wrap(&m, width).join("\n  "))
                });
            if let Some(d) = &default {
                // Shown in the hint: a long default would wrap inside dialoguer's line.
                input = input.default(d.clone()).show_default(false);
            }
            let typed = input
                .interact_text_on(&self.term)
                .map_err(dialoguer_error)?;
            if typed.trim() == BACK {
                return Err(InterviewError::Back);
            }
            match q.accept(&typed) {
                Ok(accepted) => {
                    self.echo(&[if accepted.is_empty() {
                        "(keine Angabe)"
                    } else {
                        &accepted
                    }])?;
                    return Ok(accepted);
                }
                Err(message) => {
                    let Some(proposal) = q.suggestion(&typed) else {
                        return Err(InterviewError::Answer {
                            id: q.question.id.clone(),
                            location: None,
                            message,
                        });
                    };
                    for line in wrap(&message, self.width().saturating_sub(4)) {
                        self.write(&format!("  {}", style(line).yellow()))?;
                    }
                    self.write(&format!(
                        "  {}",
                        style(format!("Enter übernimmt: {proposal}")).dim().italic()
                    ))?;
                    default = Some(proposal);
                }
            }
        }
    }

    fn yes_no(&mut self, q: &Question, default: Option<bool>) -> Result<bool, InterviewError> {
        let hint = if default.is_some() {
            "↑↓ wählen, Enter bestätigt, Esc = zurück"
        } else {
            "↑↓ wählen (kein Vorschlag, bitte wählen), Enter bestätigt, Esc = zurück"
        };
        self.header(q, hint)?;
        let items = ["Ja".to_owned(), "Nein".to_owned()];
        let index = self.select_index(&items, default.map(|d| if d { 0 } else { 1 }))?;
        self.echo(&[&items[index]])?;
        Ok(index == 0)
    }

    fn select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        default: Option<usize>,
    ) -> Result<usize, InterviewError> {
        let hint = if default.is_some() {
            "↑↓ wählen, Enter bestätigt, Esc = zurück"
        } else {
            "↑↓ wählen (kein Vorschlag, bitte wählen), Enter bestätigt, Esc = zurück"
        };
        self.header(q, hint)?;
        let mut items: Vec<String> = choices.iter().map(|c| self.fit(&c.label)).collect();
        if q.help.is_some() {
            items.push("weiß ich nicht – so finden Sie es heraus".to_owned());
        }
        loop {
            let index = self.select_index(&items, default)?;
            match (choices.get(index), &q.help) {
                (Some(choice), _) => {
                    self.echo(&[&choice.label])?;
                    return Ok(index);
                }
                (None, Some(help)) => {
                    for line in wrap(help, self.width().saturating_sub(4)) {
                        self.write(&format!("  {}", style(line).yellow()))?;
                    }
                }
                (None, None) => return Err(InterviewError::Back),
            }
        }
    }

    fn multi_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        defaults: &[bool],
    ) -> Result<Vec<usize>, InterviewError> {
        self.header(
            q,
            "↑↓ bewegen, Leertaste wählt aus oder ab, Enter bestätigt, Esc = zurück",
        )?;
        let items: Vec<(String, bool)> = choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    self.fit(&c.label),
                    defaults.get(i).copied().unwrap_or(false),
                )
            })
            .collect();
        let picked = MultiSelect::with_theme(&self.theme)
            .items_checked(items)
            .interact_on_opt(&self.term)
            .map_err(dialoguer_error)?
            .ok_or(InterviewError::Back)?;
        let mut labels: Vec<&str> = picked.iter().map(|i| choices[*i].label.as_str()).collect();
        if labels.is_empty() {
            labels.push("(keine)");
        }
        self.echo(&labels)?;
        Ok(picked)
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_by_words() {
        assert_eq!(
            wrap(
                "eins zwei drei vier fünf sechs sieben acht neun zehn elf",
                20
            ),
            vec![
                "eins zwei drei vier",
                "fünf sechs sieben",
                "acht neun zehn elf"
            ]
        );
    }
}

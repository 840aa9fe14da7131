//! The cover letter (`anschreiben`): what is in the pack, what to publish where, what to
//! approve and sign, what to change, the open measures and the next review — from the consultant
//! when the build is branded, else as a note for the firm itself.
//!
//! Every fact comes from where the other files take it: the steps from [`super::next_steps`],
//! the changes and open measures from the checklist ([`super::first_layer::open_items`]), the
//! threshold result and decision from the risk assessment.

use serde::Serialize;

use super::RunInfo;
use super::first_layer::{CHECKLIST_STEM, CHECKLIST_TITLE, TEXTS_STEM, TEXTS_TITLE};
use crate::brand::Brand;
use crate::document::DocumentKind;
use crate::lang::Lang;
use crate::profile::validate::Profile;

/// File stem of the cover letter.
pub const STEM: &str = "anschreiben";
/// Template that renders it.
pub const TEMPLATE: &str = "anschreiben.md";
/// Its title.
pub const TITLE: &str = "Ihre Datenschutzunterlagen für die WhatsApp-Kommunikation";

/// One file of the pack as the letter lists it.
#[derive(Debug, Serialize)]
struct FileRow {
    /// File name (the PDF where there is one).
    name: String,
    /// What it is.
    what: String,
    /// Who reads it and what to do with it.
    #[serde(rename = "use")]
    use_: &'static str,
}

/// An open measure of the plan in document 2.
#[derive(Debug, Serialize)]
struct OpenMeasure {
    label: String,
    priority: String,
}

/// The sender of a branded letter.
#[derive(Debug, Serialize)]
struct Sender {
    name: String,
    signatory: Option<String>,
    contact: Vec<String>,
}

/// View model of `anschreiben.md`.
#[derive(Debug, Serialize)]
pub struct CoverView {
    title: &'static str,
    stand: String,
    company: String,
    address: String,
    variant: &'static str,
    sender: Option<Sender>,
    files: Vec<FileRow>,
    steps: Vec<String>,
    changes: Vec<String>,
    measures: Vec<OpenMeasure>,
    /// Open measures of lower priority, counted: recommended, supplementary, both.
    more_recommended: usize,
    more_supplementary: usize,
    more: usize,
    checklist: Option<String>,
    dpia_result: &'static str,
    decision: &'static str,
    /// High risks left after the measures (prior consultation), by title.
    high_risks: Vec<String>,
    /// Errors of a pack built despite them (a status report).
    errors: Vec<String>,
    authority: &'static str,
    approval_doc: String,
    next_review: Option<String>,
}

/// The documents and sheets in pack order with what they are for.
fn described(p: &Profile) -> Vec<(String, String, &'static str)> {
    let mut out: Vec<(String, String, &'static str)> = DocumentKind::ALL
        .iter()
        .map(|k| {
            let use_ = match k {
                DocumentKind::Verarbeitungsverzeichnis => {
                    "intern; ablegen und der Aufsichtsbehörde auf Anfrage vorlegen"
                }
                DocumentKind::Folgenabschaetzung => {
                    "intern; Grundlage der Entscheidung der Geschäftsleitung (Freigabeformular)"
                }
                DocumentKind::Einwilligung => {
                    "intern; Vorlagen für das Einholen und Nachweisen von Einwilligungen"
                }
                DocumentKind::Datenschutzhinweise => {
                    "öffentlich; auf der Website veröffentlichen und im WhatsApp-Profil verlinken"
                }
                DocumentKind::Auftragsverarbeitung if p.uses_provider() => {
                    "intern; Prüfung und Entwurf des Vertrags mit dem Dienstleister, zur Unterschrift an ihn geben"
                }
                DocumentKind::Auftragsverarbeitung => {
                    "intern; Prüfung der Bedingungen von Meta und der Verträge mit Dienstleistern"
                }
                DocumentKind::Widerruf => {
                    "Teil A öffentlich neben den Datenschutzhinweisen, Teil B intern"
                }
            };
            (k.stem().to_owned(), k.title_for(p).to_owned(), use_)
        })
        .collect();
    // English versions (`--lang de,en`) beside their German originals; listed only when built.
    for k in DocumentKind::ALL.iter().rev() {
        if !k.languages().contains(&Lang::En) {
            continue;
        }
        let use_ = match k {
            DocumentKind::Datenschutzhinweise => {
                "öffentlich; neben der deutschen Fassung veröffentlichen, maßgeblich bleibt die deutsche"
            }
            DocumentKind::Widerruf => {
                "öffentlich; nur Teil A, neben Teil A der deutschen Fassung veröffentlichen"
            }
            _ => "für Betroffene, die kein Deutsch lesen; maßgeblich bleibt die deutsche Fassung",
        };
        let at = out
            .iter()
            .position(|(stem, _, _)| stem == k.stem())
            .map_or(out.len(), |i| i + 1);
        out.insert(
            at,
            (
                Lang::En.stem(k.stem()),
                format!("{}, englische Fassung", k.title_for(p)),
                use_,
            ),
        );
    }
    out.push((
        TEXTS_STEM.to_owned(),
        TEXTS_TITLE.to_owned(),
        "intern; Begrüßung, Abwesenheitsnachricht und Profiltext zum Übernehmen in WhatsApp",
    ));
    out.push((
        CHECKLIST_STEM.to_owned(),
        CHECKLIST_TITLE.to_owned(),
        "intern; vor dem Start abhaken und ablegen",
    ));
    out.push((
        stem_of(crate::AUSHANG),
        "Aushang mit QR-Code".to_owned(),
        "zum Aushängen in Ihren Räumen",
    ));
    out.push((
        stem_of(crate::backend::qr::FILE_NAME),
        "QR-Code".to_owned(),
        "für Flyer, Drucksachen oder Website",
    ));
    out.push((
        stem_of(crate::backend::html::FILE_NAME),
        "Einwilligungsseite".to_owned(),
        "öffentlich; auf der Website veröffentlichen",
    ));
    out
}

/// The file of `stem` the reader should open: PDF, else Word, else Markdown, else another
/// format the build produced (SVG, HTML).
fn preferred(stem: &str, files: &[String]) -> Option<String> {
    super::next_steps::file_of(stem, &["pdf", "docx", "md", "svg", "html"], files)
}

/// The stem of a file name the pack writes under a fixed name (`aushang.pdf` → `aushang`).
fn stem_of(name: &'static str) -> String {
    name.rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .to_owned()
}

/// A step, change or checklist item as the client of a consultant reads it: the consultant
/// keeps the profile, so every clause that tells its reader to enter something in the profile
/// asks the client to tell the consultant instead.
pub(crate) fn for_client(item: &str) -> String {
    if let Some((before, rest)) = item.split_once(" und die Adresse als ")
        && let Some((_, after)) = rest.split_once(" eintragen")
    {
        return format!("{before} und uns die Adresse mitteilen{after}");
    }
    let reword = |clause: &str| -> String {
        if !clause.contains("im Profil") {
            clause.to_owned()
        } else if clause.contains("Adresse") || clause.contains("url") {
            "uns die Adresse mitteilen".to_owned()
        } else if clause.starts_with("danach") {
            "danach uns Bescheid geben".to_owned()
        } else {
            "uns Bescheid geben".to_owned()
        }
    };
    item.split("; ")
        .map(|clause| {
            clause
                .split(", ")
                .map(&reword)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Builds the letter's view model; `files` are the names of the files of the pack built so
/// far (the letter itself and the manifest not yet among them).
pub fn build(
    p: &Profile,
    run: &RunInfo,
    files: &[String],
    brand: Option<&Brand>,
    findings: &[crate::diagnostic::Diagnostic],
) -> CoverView {
    let stand = p.stand.unwrap_or(run.stand);
    let rows = described(p)
        .into_iter()
        .filter_map(|(stem, what, use_)| {
            preferred(&stem, files).map(|name| FileRow { name, what, use_ })
        })
        .collect();
    let open = super::first_layer::open_items(p, run);
    let measures = open.measures;
    let mut changes = open.settings;
    let mut steps = super::next_steps::steps(p, files);
    // Missing contracts come before the decision: nothing starts without them.
    let mut contracts: Vec<String> = open
        .contracts
        .iter()
        .map(|c| format!("Vor Beginn: {c}"))
        .collect();
    if brand.is_some() {
        for item in steps
            .iter_mut()
            .chain(changes.iter_mut())
            .chain(contracts.iter_mut())
        {
            *item = for_client(item);
        }
    }
    let assessment = crate::risk::assess(p);
    let summary = assessment.summary();
    let approval = DocumentKind::Folgenabschaetzung;
    let approval_doc =
        preferred(approval.stem(), files).unwrap_or_else(|| approval.stem().to_owned());
    let high_risks: Vec<String> = assessment
        .net_in(crate::legal::risks::RiskClass::Hoch)
        .iter()
        .map(|r| format!("{} {}", r.risk.id, r.risk.title))
        .collect();
    let authority = crate::legal::authorities::for_state(p.raw.company.state).name;
    // The duties and missing contracts come first, after the step that halts a processing
    // that may not go ahead; rules for the daily use come last, before the checklist.
    let at = usize::from(summary.decision == crate::risk::Decision::Reject).min(steps.len());
    let mut first = duties(p, &summary, &high_risks, authority, &approval_doc);
    first.extend(contracts);
    steps.splice(at..at, first);
    let end = steps.len() - usize::from(steps.last().is_some_and(|s| s.starts_with("Abhaken")));
    steps.splice(end..end, daily_rules(p, run, files));
    let (urgent, rest): (Vec<_>, Vec<_>) = measures
        .into_iter()
        .partition(|(_, priority)| priority == "vorrangig" || priority == "gesetzlich geboten");
    let more_recommended = rest.iter().filter(|(_, p)| p == "empfohlen").count();
    let co = &p.raw.company;
    CoverView {
        title: TITLE,
        stand: stand.german(),
        company: co.full_name(),
        address: format!("{}, {} {}", co.street, co.postal_code, co.city),
        variant: crate::legal::labels::variant(p.variant()),
        sender: brand.map(|b| Sender {
            name: b.name.clone(),
            signatory: b.signatory.clone(),
            contact: b.contact.clone(),
        }),
        files: rows,
        steps,
        changes,
        measures: urgent
            .into_iter()
            .map(|(label, priority)| OpenMeasure { label, priority })
            .collect(),
        more_recommended,
        more_supplementary: rest.len() - more_recommended,
        more: rest.len(),
        checklist: preferred(CHECKLIST_STEM, files),
        dpia_result: summary.dpia_result.label(),
        decision: summary.decision.label(),
        high_risks,
        errors: findings
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.clone())
            .collect(),
        authority,
        approval_doc,
        next_review: p.next_review.map(|d| d.german()),
    }
}

/// Rules for the daily use that the letter names because they are easy to get wrong: the
/// release from professional secrecy before the first substantive answer, and advertising
/// only with a recorded consent and after checking the block list.
fn daily_rules(p: &Profile, run: &RunInfo, files: &[String]) -> Vec<String> {
    let consent_doc = preferred(DocumentKind::Einwilligung.stem(), files)
        .unwrap_or_else(|| DocumentKind::Einwilligung.stem().to_owned());
    let mut out = Vec::new();
    if super::secrecy::build(p).active {
        out.push(format!(
            "Im Alltag – Berufsgeheimnis (§ 203 StGB): vor der ersten inhaltlichen Antwort über \
             WhatsApp die Schweigepflichtentbindung einholen und mit der Kennung ihres Textes \
             festhalten ({consent_doc}); „{}“ beendet die Kommunikation über WhatsApp insgesamt",
            p.raw.withdrawal.keyword
        ));
    }
    if super::consent::build(p, run).any_advertising() {
        let withdrawal = preferred(DocumentKind::Widerruf.stem(), files)
            .unwrap_or_else(|| DocumentKind::Widerruf.stem().to_owned());
        out.push(format!(
            "Im Alltag – Werbung: nur an Personen senden, deren Einwilligung mit der Kennung des \
             Textes festgehalten ist ({consent_doc}), und vor jeder Sendung die Sperrliste \
             abgleichen ({withdrawal}, Teil B)"
        ));
    }
    out
}

/// What must come before everything else: a processing that may not go ahead in this form,
/// a high risk that requires the supervisory authority (Art. 36 DSGVO), and the advice of a
/// designated DPO before the decision (Art. 35 Abs. 2 DSGVO).
fn duties(
    p: &Profile,
    summary: &crate::risk::Summary,
    high_risks: &[String],
    authority: &str,
    approval_doc: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    // A processing that may not go ahead has its own first step (`next_steps`).
    if summary.prior_consultation && summary.decision != crate::risk::Decision::Reject {
        out.push(format!(
            "Vor Beginn der Nutzung – läuft sie schon, unverzüglich: Nach den Maßnahmen bleibt \
             ein hohes Risiko ({}). Entweder die vorrangigen Maßnahmen unten umsetzen und die \
             Bewertung wiederholen (ergibt sie kein hohes Risiko mehr, entfällt die \
             Konsultation), oder vorher die Aufsichtsbehörde konsultieren (Art. 36 Abs. 1 \
             DSGVO; zuständig: {authority})",
            high_risks.join(", ")
        ));
    }
    if let Some(dpo) = &p.raw.dpo {
        out.push(
            if summary.dpia_result == crate::risk::threshold::DpiaResult::ThresholdMemo {
                format!(
                    "Vor der Entscheidung: {approval_doc} {} vorlegen und ihren Rat dort \
                     festhalten",
                    dpo.name
                )
            } else {
                format!(
                    "Vor der Entscheidung: den Rat von {} (benannte datenschutzbeauftragte \
                     Person) einholen und in {approval_doc} festhalten (Art. 35 Abs. 2 DSGVO)",
                    dpo.name
                )
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::for_client;

    #[test]
    fn profile_instructions_become_requests_to_the_consultant() {
        assert_eq!(
            for_client(
                "Veröffentlichen: 04.pdf auf Ihrer Website und die Adresse als consent.page_url eintragen (dann führt der QR-Code dorthin)"
            ),
            "Veröffentlichen: 04.pdf auf Ihrer Website und uns die Adresse mitteilen (dann führt der QR-Code dorthin)"
        );
        assert_eq!(
            for_client("Einschalten: X; danach im Profil unter „measures“ eintragen"),
            "Einschalten: X; danach uns Bescheid geben"
        );
        assert_eq!(
            for_client("Drucken und aushängen: aushang.pdf"),
            "Drucken und aushängen: aushang.pdf"
        );
    }
}

//! "Was jetzt?": the few things a firm does with a freshly built pack — which file to publish
//! where, which to print, which texts to copy into WhatsApp, what to sign. Printed after a
//! single build; derived from the profile and the files the build produced.

use crate::lang::Lang;
use crate::profile::model::Variant;
use crate::profile::validate::Profile;

use crate::context::first_layer::{CHECKLIST_STEM as CHECKLIST, TEXTS_STEM as TEXTS};
use crate::document::DocumentKind;

/// The artefacts the steps refer to, named where they are produced.
const PAGE: &str = crate::backend::html::FILE_NAME;
const POSTER: &str = crate::AUSHANG;
const QR: &str = crate::backend::qr::FILE_NAME;

/// The first of `stem` with one of `extensions` (in that order) among the built `files`.
pub(crate) fn file_of(stem: &str, extensions: &[&str], files: &[String]) -> Option<String> {
    extensions
        .iter()
        .map(|ext| format!("{stem}.{ext}"))
        .find(|name| files.iter().any(|f| f == name))
}

/// The steps, in the order a firm takes them, in German (the cover letter). `files` are the
/// names the build wrote (or left unchanged), relative to the output folder.
pub fn steps(profile: &Profile, files: &[String]) -> Vec<String> {
    steps_in(profile, files, Lang::De)
}

/// [`steps`] in `lang`: the command line prints them in the interface language.
pub fn steps_in(profile: &Profile, files: &[String], lang: Lang) -> Vec<String> {
    let has = |name: &str| files.iter().any(|f| f == name);
    // A document by its stem, preferring the PDF for people and the Markdown otherwise.
    let doc = |stem: &str| file_of(stem, &["pdf", "md"], files);
    let raw = &profile.raw;
    let summary = crate::risk::assess(profile).summary();
    // A processing that may not go ahead in this form is not published, copied or printed:
    // the steps are the decision and the checklist.
    let halted = summary.decision == crate::risk::Decision::Reject;
    let mut steps = Vec::new();
    if halted {
        steps.push(if raw.whatsapp.variant == Variant::Private {
            lang.pick("Zuerst wechseln: von der privaten WhatsApp-App zur WhatsApp Business-App oder zur Cloud API (Dokument 2); bis dahin nichts veröffentlichen, übernehmen oder aushängen", "Switch first: from the private WhatsApp app to the WhatsApp Business app or the Cloud API (document 2); until then publish, copy or print nothing").to_owned()
        } else {
            lang.pick("Zuerst die vorrangigen Maßnahmen umsetzen (Maßnahmenplan in Dokument 2); bis dahin nichts veröffentlichen, übernehmen oder aushängen", "First put the priority measures in place (measures plan in document 2); until then publish, copy or print nothing").to_owned()
        });
    }
    // Approval (and contracts) before anything goes out.
    let mut sign = vec![format!(
        "{} ({})",
        DocumentKind::Folgenabschaetzung.stem(),
        lang.pick("Freigabeformular", "approval form")
    )];
    if matches!(
        raw.whatsapp.variant,
        Variant::CloudApiBsp | Variant::BusinessAppCoexistence
    ) || !raw.processors.is_empty()
    {
        sign.push(format!(
            "{} ({})",
            DocumentKind::Auftragsverarbeitung.stem(),
            lang.pick(
                "Verträge mit den Dienstleistern",
                "contracts with the service providers"
            )
        ));
    }
    // With a high risk left (Art. 36 DSGVO) or a processing that may not go ahead, there is a
    // decision to take, not an approval to give.
    let verb = if summary.prior_consultation || halted {
        lang.pick("Prüfen und entscheiden", "Review and decide")
    } else {
        lang.pick("Prüfen und freigeben", "Review and approve")
    };
    steps.push(format!("{verb}: {}", sign.join(", ")));
    // Notices are published as a web page: the Markdown is the text to put there.
    let web = |stem: &str| file_of(stem, &["md", "pdf"], files);
    if let Some(notice) = web(DocumentKind::Datenschutzhinweise.stem()).filter(|_| !halted) {
        let withdrawal = web(DocumentKind::Widerruf.stem()).map_or(String::new(), |w| match lang {
            Lang::De => format!(" und daneben Teil A von {w} (nur Teil A; Teil B ist intern)"),
            Lang::En => format!(" and beside it part A of {w} (part A only; part B is internal)"),
        });
        steps.push(match (&raw.company.privacy_notice_url, lang) {
            (Some(url), Lang::De) => {
                format!("Als Seite Ihrer Website veröffentlichen: {notice}{withdrawal} unter {url}")
            }
            (Some(url), Lang::En) => {
                format!("Publish as a page of your website: {notice}{withdrawal} at {url}")
            }
            (None, Lang::De) => format!(
                "Als Seite Ihrer Website veröffentlichen: {notice}{withdrawal} und die Adresse als company.privacy_notice_url eintragen"
            ),
            (None, Lang::En) => format!(
                "Publish as a page of your website: {notice}{withdrawal}, and enter its address as company.privacy_notice_url"
            ),
        });
    }
    // English versions (`--lang de,en`): published beside the German ones.
    let english = |kind: DocumentKind| web(&crate::lang::Lang::En.stem(kind.stem()));
    if let Some(notice) = english(DocumentKind::Datenschutzhinweise).filter(|_| !halted) {
        let and = lang.pick("und", "and");
        let withdrawal =
            english(DocumentKind::Widerruf).map_or(String::new(), |w| format!(" {and} {w}"));
        steps.push(match lang {
            Lang::De => format!(
                "Die englische Fassung daneben veröffentlichen und von der deutschen Seite aus verlinken: {notice}{withdrawal}"
            ),
            Lang::En => format!(
                "Publish the English version beside it and link it from the German page: {notice}{withdrawal}"
            ),
        });
    }
    if has(PAGE) && !halted {
        steps.push(match (&raw.consent.page_url, lang) {
            (Some(url), Lang::De) => format!("Veröffentlichen: {PAGE} unter {url}"),
            (Some(url), Lang::En) => format!("Publish: {PAGE} at {url}"),
            (None, Lang::De) => format!(
                "Veröffentlichen: {PAGE} auf Ihrer Website und die Adresse als consent.page_url eintragen (dann führt der QR-Code dorthin)"
            ),
            (None, Lang::En) => format!(
                "Publish: {PAGE} on your website, and enter its address as consent.page_url (the QR code then leads there)"
            ),
        });
    }
    // Without the notice's address the texts and the notice carry a placeholder: they go out
    // only after the pack is built again with the address.
    let after = if raw.company.privacy_notice_url.is_none() {
        lang.pick(
            " – erst in der Fassung, die die Adresse der Datenschutzhinweise enthält",
            " – only in the version that contains the address of the privacy notice",
        )
    } else {
        ""
    };
    if let Some(texts) = doc(TEXTS).filter(|_| !halted) {
        steps.push(match lang {
            Lang::De => format!(
                "In WhatsApp übernehmen: Begrüßung, Abwesenheitsnachricht und Profiltext aus {texts}{after}"
            ),
            Lang::En => format!(
                "Copy into WhatsApp: greeting, away message and profile text from {texts}{after}"
            ),
        });
    }
    if has(POSTER) && !halted {
        steps.push(match lang {
            Lang::De => format!("Drucken und aushängen: {POSTER}{after}"),
            Lang::En => format!("Print and put up: {POSTER}{after}"),
        });
    } else if has(QR) && !halted {
        steps.push(match lang {
            Lang::De => format!("Auf Aushang, Flyer oder Drucksachen drucken: {QR}{after}"),
            Lang::En => format!("Print on notices, flyers or printed matter: {QR}{after}"),
        });
    }
    if let Some(checklist) = doc(CHECKLIST) {
        steps.push(match lang {
            Lang::De => format!("Abhaken: {checklist} – Einstellungen, Verträge, Ablage"),
            Lang::En => format!("Tick off: {checklist} – settings, contracts, filing"),
        });
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bakery() -> Profile {
        let text = include_str!("../../examples/baeckerei-sonnenschein.yaml");
        crate::profile::load::load_str("b.yaml", text)
            .profile
            .expect("example loads")
    }

    #[test]
    fn steps_name_the_files_and_where_they_go() {
        let files: Vec<String> = [
            "04-datenschutzhinweise.pdf",
            "04-datenschutzhinweise.md",
            "06-widerruf.pdf",
            "whatsapp-kontakt.html",
            "aushang.pdf",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let steps = steps(&bakery(), &files);
        assert!(steps[0].starts_with("Prüfen und freigeben"), "{steps:?}");
        assert!(
            steps[1]
                .starts_with("Als Seite Ihrer Website veröffentlichen: 04-datenschutzhinweise.md")
        );
        assert!(
            steps[1].contains("https://www.baeckerei-sonnenschein.example/datenschutz/whatsapp")
        );
        assert!(steps[2].contains("https://www.baeckerei-sonnenschein.example/whatsapp"));
        assert!(
            steps
                .iter()
                .any(|s| s == "Drucken und aushängen: aushang.pdf")
        );
        assert!(
            !steps.iter().any(|s| s.contains("05-")),
            "Business app without processors: nothing to sign in 05"
        );
    }

    #[test]
    fn a_processing_that_may_not_go_ahead_is_not_published() {
        let text = include_str!("../../examples/migration/friseur-privat.yaml");
        let profile = crate::profile::load::load_str("f.yaml", text)
            .profile
            .expect("example loads");
        let files: Vec<String> = [
            "04-datenschutzhinweise.pdf",
            "whatsapp-texte.pdf",
            "aushang.pdf",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let steps = steps(&profile, &files);
        assert!(steps[0].starts_with("Zuerst wechseln"), "{steps:?}");
        assert!(
            !steps
                .iter()
                .any(|s| s.starts_with("Veröffentlichen") || s.contains("aushang.pdf")),
            "{steps:?}"
        );
        assert!(
            steps
                .iter()
                .any(|s| s.starts_with("Prüfen und entscheiden"))
        );
    }

    fn steps_for(profile: &Profile, files: &[String]) -> Vec<String> {
        steps(profile, files)
            .into_iter()
            .filter(|s| !s.starts_with("Prüfen und"))
            .collect()
    }

    #[test]
    fn steps_follow_the_interface_language() {
        let files = [
            "04-datenschutzhinweise.md".to_owned(),
            "aushang.pdf".to_owned(),
        ];
        let steps = steps_in(&bakery(), &files, Lang::En);
        assert!(steps[0].starts_with("Review and approve: 02-"), "{steps:?}");
        assert!(steps[1].starts_with("Publish as a page of your website: 04-"));
        assert!(steps.iter().any(|s| s == "Print and put up: aushang.pdf"));
        assert_eq!(steps.len(), super::steps(&bakery(), &files).len());
    }

    #[test]
    fn steps_say_what_is_missing() {
        let mut profile = bakery();
        profile.raw.company.privacy_notice_url = None;
        let steps = steps(&profile, &["04-datenschutzhinweise.md".to_owned()]);
        assert!(
            steps[1].contains("company.privacy_notice_url eintragen"),
            "{steps:?}"
        );
        assert!(!steps.iter().any(|s| s.contains("aushang")));
        let files = ["whatsapp-texte.pdf".to_owned(), "aushang.pdf".to_owned()];
        let later = steps_for(&profile, &files);
        assert!(
            later.iter().all(|s| s.ends_with(
                " – erst in der Fassung, die die Adresse der Datenschutzhinweise enthält"
            )),
            "{later:?}"
        );
    }
}

//! The widget's own words, in the page's language. Every label can be overridden.

/// Labels shown by the explainer. `{n}` and `{p}` are replaced by numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Labels {
    pub explainer: String,
    pub expand_all: String,
    pub collapse_all: String,
    pub all_expanded: String,
    pub all_collapsed: String,
    /// "{n} questions".
    pub count_many: String,
    /// "1 question".
    pub count_one: String,
    /// "The headline promises {p}; {n} are answered here."
    pub promised: String,
    pub link_to_question: String,
    pub link_copied: String,
}

impl Default for Labels {
    fn default() -> Self {
        Labels::for_lang("en")
    }
}

impl Labels {
    /// Built-in labels for English, German, Spanish, French, Italian, Portuguese, Dutch and Arabic;
    /// other languages get English.
    pub fn for_lang(lang: &str) -> Labels {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // One string per language, labels separated by `|` (an array per language would cost the
        // wasm 8 bytes per label for its address and length).
        let t = match primary.as_str() {
            "de" => concat!(
                "Erklärstück|Alle öffnen|Alle schließen|Alle Antworten geöffnet|",
                "Alle Antworten geschlossen|{n} Fragen|1 Frage|",
                "Die Überschrift verspricht {p}; hier werden {n} beantwortet.|",
                "Link zu dieser Frage|Link kopiert",
            ),
            "es" => concat!(
                "Explicador|Abrir todas|Cerrar todas|Todas las respuestas abiertas|",
                "Todas las respuestas cerradas|{n} preguntas|1 pregunta|",
                "El titular promete {p}; aquí se responden {n}.|Enlace a esta pregunta|",
                "Enlace copiado",
            ),
            "fr" => concat!(
                "Questions-réponses|Tout ouvrir|Tout fermer|",
                "Toutes les réponses sont ouvertes|Toutes les réponses sont fermées|",
                "{n} questions|1 question|Le titre en promet {p} ; {n} trouvées ici.|",
                "Lien vers cette question|Lien copié",
            ),
            "it" => concat!(
                "Domande e risposte|Apri tutte|Chiudi tutte|Tutte le risposte aperte|",
                "Tutte le risposte chiuse|{n} domande|1 domanda|",
                "Il titolo ne promette {p}; qui ce ne sono {n}.|Link a questa domanda|",
                "Link copiato",
            ),
            "pt" => concat!(
                "Perguntas e respostas|Abrir todas|Fechar todas|",
                "Todas as respostas abertas|Todas as respostas fechadas|{n} perguntas|",
                "1 pergunta|O título promete {p}; aqui há {n}.|Link para esta pergunta|",
                "Link copiado",
            ),
            "nl" => concat!(
                "Vragen en antwoorden|Alles openen|Alles sluiten|Alle antwoorden open|",
                "Alle antwoorden gesloten|{n} vragen|1 vraag|",
                "De kop belooft {p}; hier staan er {n}.|Link naar deze vraag|",
                "Link gekopieerd",
            ),
            "ar" => concat!(
                "أسئلة وأجوبة|فتح الكل|إغلاق الكل|تم فتح كل الإجابات|",
                "تم إغلاق كل الإجابات|{n} أسئلة|سؤال واحد|",
                "يعد العنوان بـ {p}؛ وجدنا {n}.|رابط إلى هذا السؤال|تم نسخ الرابط",
            ),
            _ => concat!(
                "Explainer|Expand all|Collapse all|All answers expanded|",
                "All answers collapsed|{n} questions|1 question|",
                "The headline promises {p}; {n} are answered here.|",
                "Link to this question|Link copied",
            ),
        };
        let mut t = t.split('|').map(String::from);
        let mut next = || t.next().unwrap_or_default();
        Labels {
            explainer: next(),
            expand_all: next(),
            collapse_all: next(),
            all_expanded: next(),
            all_collapsed: next(),
            count_many: next(),
            count_one: next(),
            promised: next(),
            link_to_question: next(),
            link_copied: next(),
        }
    }

    pub fn count(&self, n: usize) -> String {
        if n == 1 {
            self.count_one.clone()
        } else {
            self.count_many.replace("{n}", &crate::scan::num(n))
        }
    }

    pub fn promised(&self, promised: usize, found: usize) -> String {
        self.promised
            .replace("{p}", &crate::scan::num(promised))
            .replace("{n}", &crate::scan::num(found))
    }

    /// Overrides one label by name (`expand-all`, `collapse-all`, `all-expanded`, `all-collapsed`,
    /// `count`, `count-one`, `promised`, `link`, `link-copied`, `explainer`). Returns false for an
    /// unknown name.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let slot = match name {
            "explainer" => &mut self.explainer,
            "expand-all" => &mut self.expand_all,
            "collapse-all" => &mut self.collapse_all,
            "all-expanded" => &mut self.all_expanded,
            "all-collapsed" => &mut self.all_collapsed,
            "count" => &mut self.count_many,
            "count-one" => &mut self.count_one,
            "promised" => &mut self.promised,
            "link" => &mut self.link_to_question,
            "link-copied" => &mut self.link_copied,
            _ => return false,
        };
        *slot = value.to_owned();
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_all_ten_labels() {
        for lang in ["en", "de", "es", "fr-CA", "it", "pt_BR", "nl", "ar", "xx"] {
            let l = Labels::for_lang(lang);
            let all = [
                &l.explainer,
                &l.expand_all,
                &l.collapse_all,
                &l.all_expanded,
                &l.all_collapsed,
                &l.count_many,
                &l.count_one,
                &l.promised,
                &l.link_to_question,
                &l.link_copied,
            ];
            assert!(all.iter().all(|s| !s.is_empty()), "{lang}: {l:?}");
            assert!(l.count_many.contains("{n}") && l.promised.contains("{p}"));
        }
        assert_eq!(Labels::for_lang("de").link_copied, "Link kopiert");
        assert_eq!(Labels::for_lang("fr-CA").expand_all, "Tout ouvrir");
        assert_eq!(Labels::for_lang("xx").count(3), "3 questions");
    }
}

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
        let t: [&str; 10] = match primary.as_str() {
            "de" => [
                "Erklärstück",
                "Alle öffnen",
                "Alle schließen",
                "Alle Antworten geöffnet",
                "Alle Antworten geschlossen",
                "{n} Fragen",
                "1 Frage",
                "Die Überschrift verspricht {p}; hier werden {n} beantwortet.",
                "Link zu dieser Frage",
                "Link kopiert",
            ],
            "es" => [
                "Explicador",
                "Abrir todas",
                "Cerrar todas",
                "Todas las respuestas abiertas",
                "Todas las respuestas cerradas",
                "{n} preguntas",
                "1 pregunta",
                "El titular promete {p}; aquí se responden {n}.",
                "Enlace a esta pregunta",
                "Enlace copiado",
            ],
            "fr" => [
                "Questions-réponses",
                "Tout ouvrir",
                "Tout fermer",
                "Toutes les réponses sont ouvertes",
                "Toutes les réponses sont fermées",
                "{n} questions",
                "1 question",
                "Le titre en promet {p} ; {n} trouvées ici.",
                "Lien vers cette question",
                "Lien copié",
            ],
            "it" => [
                "Domande e risposte",
                "Apri tutte",
                "Chiudi tutte",
                "Tutte le risposte aperte",
                "Tutte le risposte chiuse",
                "{n} domande",
                "1 domanda",
                "Il titolo ne promette {p}; qui ce ne sono {n}.",
                "Link a questa domanda",
                "Link copiato",
            ],
            "pt" => [
                "Perguntas e respostas",
                "Abrir todas",
                "Fechar todas",
                "Todas as respostas abertas",
                "Todas as respostas fechadas",
                "{n} perguntas",
                "1 pergunta",
                "O título promete {p}; aqui há {n}.",
                "Link para esta pergunta",
                "Link copiado",
            ],
            "nl" => [
                "Vragen en antwoorden",
                "Alles openen",
                "Alles sluiten",
                "Alle antwoorden open",
                "Alle antwoorden gesloten",
                "{n} vragen",
                "1 vraag",
                "De kop belooft {p}; hier staan er {n}.",
                "Link naar deze vraag",
                "Link gekopieerd",
            ],
            "ar" => [
                "أسئلة وأجوبة",
                "فتح الكل",
                "إغلاق الكل",
                "تم فتح كل الإجابات",
                "تم إغلاق كل الإجابات",
                "{n} أسئلة",
                "سؤال واحد",
                "يعد العنوان بـ {p}؛ وجدنا {n}.",
                "رابط إلى هذا السؤال",
                "تم نسخ الرابط",
            ],
            _ => [
                "Explainer",
                "Expand all",
                "Collapse all",
                "All answers expanded",
                "All answers collapsed",
                "{n} questions",
                "1 question",
                "The headline promises {p}; {n} are answered here.",
                "Link to this question",
                "Link copied",
            ],
        };
        Labels {
            explainer: t[0].into(),
            expand_all: t[1].into(),
            collapse_all: t[2].into(),
            all_expanded: t[3].into(),
            all_collapsed: t[4].into(),
            count_many: t[5].into(),
            count_one: t[6].into(),
            promised: t[7].into(),
            link_to_question: t[8].into(),
            link_copied: t[9].into(),
        }
    }

    pub fn count(&self, n: usize) -> String {
        if n == 1 {
            self.count_one.clone()
        } else {
            self.count_many.replace("{n}", &n.to_string())
        }
    }

    pub fn promised(&self, promised: usize, found: usize) -> String {
        self.promised
            .replace("{p}", &promised.to_string())
            .replace("{n}", &found.to_string())
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

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
    /// Built-in labels for English, German, Spanish, French, Italian, Portuguese, Dutch, Arabic,
    /// Polish, Swedish, Turkish, Russian, Japanese, Korean and Chinese (simplified; traditional
    /// for zh-Hant, -TW, -HK, -MO); other languages get English (a page can pass its own).
    pub fn for_lang(lang: &str) -> Labels {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // Chinese in traditional characters: zh-Hant, zh-TW, zh-HK, zh-MO.
        let region = lang.get(3..).unwrap_or("").to_ascii_lowercase();
        let traditional = ["hant", "tw", "hk", "mo"]
            .iter()
            .any(|r| region.split(['-', '_']).any(|x| x == *r));
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
            "pl" => concat!(
                "Pytania i odpowiedzi|Rozwiń wszystkie|Zwiń wszystkie|",
                "Wszystkie odpowiedzi rozwinięte|Wszystkie odpowiedzi zwinięte|Pytania: {n}|",
                "1 pytanie|Nagłówek zapowiada {p}, tutaj odpowiedzi: {n}.|Link do tego pytania|",
                "Link skopiowany",
            ),
            "sv" => concat!(
                "Frågor och svar|Öppna alla|Stäng alla|Alla svar öppnade|Alla svar stängda|",
                "{n} frågor|1 fråga|Rubriken utlovar {p}; här besvaras {n}.|",
                "Länk till den här frågan|Länken kopierad",
            ),
            "tr" => concat!(
                "Soru ve cevap|Tümünü aç|Tümünü kapat|Tüm cevaplar açıldı|Tüm cevaplar kapandı|",
                "{n} soru|1 soru|Başlık {p} soru vaat ediyor; burada {n} soru yanıtlanıyor.|",
                "Bu sorunun bağlantısı|Bağlantı kopyalandı",
            ),
            "ru" => concat!(
                "Вопросы и ответы|Раскрыть все|Свернуть все|Все ответы раскрыты|",
                "Все ответы свёрнуты|Вопросов: {n}|1 вопрос|",
                "В заголовке обещано {p}, здесь ответов: {n}.|Ссылка на этот вопрос|",
                "Ссылка скопирована",
            ),
            "ja" => concat!(
                "Q&A|すべて開く|すべて閉じる|すべての回答を開きました|すべての回答を閉じました|",
                "質問{n}件|質問1件|見出しでは{p}件、ここでの回答は{n}件です。|",
                "この質問へのリンク|リンクをコピーしました",
            ),
            "ko" => concat!(
                "질문과 답변|모두 펼치기|모두 접기|모든 답변을 펼쳤습니다|모든 답변을 접었습니다|",
                "질문 {n}개|질문 1개|제목에는 {p}개, 여기에는 답변 {n}개가 있습니다.|",
                "이 질문으로 가는 링크|링크가 복사되었습니다",
            ),
            "zh" if traditional => concat!(
                "問答|全部展開|全部收合|已展開全部回答|已收合全部回答|{n}個問題|1個問題|",
                "標題提到{p}個問題，此處回答了{n}個。|此問題的連結|連結已複製",
            ),
            "zh" => concat!(
                "问答|全部展开|全部收起|已展开全部回答|已收起全部回答|{n}个问题|1个问题|",
                "标题提到{p}个问题，此处回答了{n}个。|此问题的链接|链接已复制",
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
        for lang in [
            "en",
            "de",
            "es",
            "fr-CA",
            "it",
            "pt_BR",
            "nl",
            "ar",
            "pl",
            "cs",
            "sv",
            "da",
            "nb",
            "tr",
            "ru",
            "uk",
            "el",
            "he",
            "ja",
            "ko",
            "zh-CN",
            "zh-Hant-TW",
            "xx",
        ] {
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
        assert_eq!(Labels::for_lang("zh-TW").expand_all, "全部展開");
        assert_eq!(Labels::for_lang("zh").expand_all, "全部展开");
        assert_eq!(Labels::for_lang("ja-JP").count(4), "質問4件");
    }
}

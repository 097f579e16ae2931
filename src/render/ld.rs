//! schema.org `FAQPage` structured data for an explainer, as the text of a
//! `<script type="application/ld+json">` data block.
//!
//! Written directly as JSON (no serialiser round trip through JavaScript objects). Every `<` is
//! escaped as `\u003c`, so the text can never close its script element (`</script`) or open a
//! comment (`<!--`), whatever the article says.

use crate::model::Explainer;

/// The explainer's questions and answers (each answer's paragraphs joined by a blank line) as
/// schema.org `FAQPage` JSON.
pub fn faq_page(ex: &Explainer) -> String {
    let mut out = String::with_capacity(256);
    out.push_str(r#"{"@context":"https://schema.org","@type":"FAQPage","mainEntity":["#);
    for (i, q) in ex.questions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"@type":"Question","name":"#);
        string(&mut out, &q.question);
        out.push_str(r#","acceptedAnswer":{"@type":"Answer","text":""#);
        for (j, b) in q.answer.iter().enumerate() {
            if j > 0 {
                out.push_str("\\n\\n");
            }
            if let Some(who) = &b.speaker {
                escaped(&mut out, who);
                out.push_str(": ");
            }
            escaped(&mut out, &b.text);
        }
        out.push_str("\"}}");
    }
    out.push_str("]}");
    out
}

/// A JSON string literal.
fn string(out: &mut String, s: &str) {
    out.push('"');
    escaped(out, s);
    out.push('"');
}

/// `s` escaped for the inside of a JSON string literal (and for a script element's text).
fn escaped(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            b'<' | 0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        start = i + 1;
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        } else {
            out.push_str(esc);
        }
    }
    out.push_str(&s[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Question};

    fn question(q: &str, answer: &[&str]) -> Question {
        Question {
            question: q.into(),
            answer: answer
                .iter()
                .map(|t| Block {
                    text: (*t).to_string(),
                    ..Block::default()
                })
                .collect(),
            ..Question::default()
        }
    }

    #[test]
    fn faq_page_is_json_with_each_question_and_answer() {
        let ex = Explainer {
            questions: vec![
                question("Who said \"no\"?", &["First.", "Second\tline\\end."]),
                question("What's </script><!-- in it?", &["a\u{1}b\r\nc <b>é 中"]),
            ],
            ..Explainer::default()
        };
        let json = faq_page(&ex);
        assert!(!json.contains('<'), "{json}");
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(v["@context"], "https://schema.org");
        assert_eq!(v["@type"], "FAQPage");
        let main = v["mainEntity"].as_array().unwrap();
        assert_eq!(main.len(), 2);
        assert_eq!(main[0]["@type"], "Question");
        assert_eq!(main[0]["name"], "Who said \"no\"?");
        assert_eq!(main[0]["acceptedAnswer"]["@type"], "Answer");
        assert_eq!(
            main[0]["acceptedAnswer"]["text"],
            "First.\n\nSecond\tline\\end."
        );
        assert_eq!(main[1]["name"], "What's </script><!-- in it?");
        assert_eq!(main[1]["acceptedAnswer"]["text"], "a\u{1}b\r\nc <b>é 中");
    }

    #[test]
    fn a_speaker_opens_the_answer_text_and_the_rendered_paragraph() {
        let mut q = question("When?", &["Tomorrow.", "Or later."]);
        q.answer[0].speaker = Some("Valli <b>".into());
        let ex = Explainer {
            questions: vec![q],
            ..Explainer::default()
        };
        let v: serde_json::Value = serde_json::from_str(&faq_page(&ex)).unwrap();
        assert_eq!(
            v["mainEntity"][0]["acceptedAnswer"]["text"],
            "Valli <b>: Tomorrow.\n\nOr later."
        );
        let html = crate::render_html(&ex, &crate::RenderOptions::default()).unwrap();
        assert!(
            html.contains(
                "<p><strong class=\"qa-speaker\">Valli &lt;b&gt;:</strong> Tomorrow.</p>"
            ),
            "{html}"
        );
        assert!(html.contains("<p>Or later.</p>"), "{html}");
    }

    #[test]
    fn no_questions_is_an_empty_list() {
        let v: serde_json::Value = serde_json::from_str(&faq_page(&Explainer::default())).unwrap();
        assert_eq!(v["mainEntity"].as_array().map(Vec::len), Some(0));
    }
}

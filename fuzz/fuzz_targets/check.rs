// Invariants every output must satisfy (shared by the fuzz targets).
use std::collections::HashSet;

pub fn check(ex: &qa_explainer::Explainer, input_len: usize) {
    let mut ids = HashSet::new();
    for q in &ex.questions {
        assert!(!q.id.is_empty() && q.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        assert!(ids.insert(q.id.as_str()), "duplicate id");
    }
    assert_eq!(ex.questions.is_empty(), ex.not_qa_reason.is_some());
    let text: usize = ex
        .intro
        .iter()
        .chain(ex.questions.iter().flat_map(|q| q.answer.iter()))
        .chain(ex.outro.iter())
        .chain(ex.footer.iter())
        .map(|b| b.text.len())
        .sum();
    assert!(text <= input_len + 16, "text invented");
    if let Some(html) = qa_explainer::render_html(ex, &qa_explainer::RenderOptions::default()) {
        let lower = html.to_ascii_lowercase();
        for bad in ["<script", "<iframe", "<svg", "<math", "<object", "<form", " onerror=", "javascript:"] {
            assert!(!lower.contains(bad), "{bad} in rendered HTML");
        }
    }
}

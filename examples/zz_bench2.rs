fn main() {
    let text = std::fs::read_to_string("tests/fixtures/npr_syria_talks_4_questions.txt").unwrap();
    for _ in 0..20000 {
        let _ = qa_explainer::parse_text(&text);
    }
}

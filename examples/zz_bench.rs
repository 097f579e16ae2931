fn main() {
    let text = std::fs::read_to_string("tests/fixtures/npr_syria_talks_4_questions.txt").unwrap();
    for _ in 0..300 {
        let _ = qa_explainer::parse_text(&text);
    }
    let mut r = Vec::new();
    for _ in 0..7 {
        let t = std::time::Instant::now();
        for _ in 0..1000 {
            let _ = qa_explainer::parse_text(&text);
        }
        r.push(t.elapsed().as_secs_f64() * 1e6 / 1000.0);
    }
    r.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("median {:.1} µs best {:.1}", r[3], r[0]);
}

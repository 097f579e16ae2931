//! Parses a file N times without printing (for profiling): `cargo run --release --example parse_file -- FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("FILE");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let input = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let html = qa_explainer::looks_like_html(&input);
    let t = std::time::Instant::now();
    let mut q = 0;
    for _ in 0..n {
        let ex = if html {
            qa_explainer::parse_html(&input)
        } else {
            qa_explainer::parse_text(&input)
        };
        q += ex.map(|e| e.questions.len()).unwrap_or(0);
    }
    let dt = t.elapsed() / n as u32;
    eprintln!(
        "{path}: {} bytes, {q} questions, {:?} per parse, {:.0} MB/s",
        input.len(),
        dt,
        input.len() as f64 / dt.as_secs_f64() / 1e6
    );
}

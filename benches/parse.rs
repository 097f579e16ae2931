//! Parse throughput over real articles and pathological inputs, reported in bytes per second.
//!
//! `cargo bench --bench parse` (add `-- --quick` for a fast pass). Groups:
//! - `corpus/*`: every article of `../shared/corpus` (when present) and the seed fixture;
//! - `scaling/*`: the seed article repeated to ~1 MB and ~10 MB (10× the input should cost ~10× the time);
//! - `pathological/*`: 100,000 lines ending in "?", one 1 MB line, 10,000 nested elements, 30,000
//!   link rails in one answer, 10 MB.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn seed(ext: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/npr_syria_talks_4_questions.{ext}")),
    )
    .unwrap()
}

fn parse(input: &str, html: bool) -> usize {
    let ex = if html {
        qa_explainer::parse_html(input)
    } else {
        qa_explainer::parse_text(input)
    };
    ex.map(|e| e.questions.len()).unwrap_or(0)
}

/// The seed article's body repeated to about `bytes` (text: paragraphs; HTML: inside one article).
fn repeated(ext: &str, bytes: usize) -> String {
    let s = seed(ext);
    if ext == "txt" {
        let body = s.split_once("\n\n").map(|x| x.1).unwrap_or(&s);
        let mut out = s.clone();
        while out.len() < bytes {
            out.push_str("\n\n");
            out.push_str(body);
        }
        out
    } else {
        let body = s
            .split("<article class=\"story\">")
            .nth(1)
            .and_then(|b| b.split("</article>").next())
            .unwrap_or(&s);
        let mut out = String::from("<article>");
        while out.len() < bytes {
            out.push_str(body);
        }
        out + "</article>"
    }
}

fn corpus(c: &mut Criterion) {
    let mut g = c.benchmark_group("corpus");
    let mut inputs: Vec<(String, String, bool)> = vec![
        ("seed.txt".into(), seed("txt"), false),
        ("seed.html".into(), seed("html"), true),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let html = name.ends_with(".html");
            if html || name.ends_with(".txt") {
                inputs.push((name, std::fs::read_to_string(&p).unwrap(), html));
            }
        }
    } else {
        eprintln!(
            "corpus benchmarks: ../shared/corpus not found, only the seed fixture is measured"
        );
    }
    for (name, input, html) in &inputs {
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), input, |b, i| {
            b.iter(|| parse(black_box(i), *html))
        });
    }
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for ext in ["txt", "html"] {
        for mb in [1usize, 10] {
            let input = repeated(ext, mb * 1_000_000);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(ext, format!("{mb}MB")), &input, |b, i| {
                b.iter(|| parse(black_box(i), ext == "html"))
            });
        }
    }
    g.finish();
}

fn pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    let cases: Vec<(&str, String, bool)> = vec![
        (
            "100k-question-lines",
            "Title\n\n".to_string() + &"Is this a question?\n".repeat(100_000),
            false,
        ),
        (
            "100k-question-paragraphs",
            "Title\n\n".to_string()
                + &(0..100_000)
                    .map(|i| format!("Question {i} here?\n\nAnswer {i}.\n\n"))
                    .collect::<String>(),
            false,
        ),
        (
            "1MB-line",
            "Title\n\n".to_string() + &"word ".repeat(200_000) + "?\n",
            false,
        ),
        (
            "1MB-line-html",
            format!("<p>{}?</p>", "word ".repeat(200_000)),
            true,
        ),
        (
            "10k-nested-elements",
            format!(
                "<h1>T</h1>{}<h2>Why?</h2><p>B.</p><h2>How?</h2><p>C.</p>{}",
                "<div>".repeat(10_000),
                "</div>".repeat(10_000)
            ),
            true,
        ),
        (
            "30k-link-rails-in-one-answer",
            format!(
                "<h1>T</h1><h2>Why?</h2>{}<p>End.</p><h2>How?</h2><p>C.</p>",
                "<p>More.</p><ul><li><a href=\"/x\">Related</a></li></ul>".repeat(30_000)
            ),
            true,
        ),
        // A chat export of 20,000 stamped messages that ask, the last from a second sender
        // (review 68: the chat rules once read the page again per question).
        (
            "20k-chat-messages",
            (0..20_000)
                .map(|i| {
                    format!(
                        "[04-03-2025, 14:{:02}:00] Sanne: Wat kost het huisje {i}?\n",
                        i % 60
                    )
                })
                .collect::<String>()
                + "[04-03-2025, 15:00:00] Thijs: Geen idee?\n",
            false,
        ),
        ("10MB-text", repeated("txt", 10_000_000), false),
        ("10MB-html", repeated("html", 10_000_000), true),
    ];
    for (name, input, html) in &cases {
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), input, |b, i| {
            b.iter(|| parse(black_box(i), *html))
        });
    }
    g.finish();
}

criterion_group!(benches, corpus, scaling, pathological);
criterion_main!(benches);

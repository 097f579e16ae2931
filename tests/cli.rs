//! The CLI as users run it: formats, input sniffing, stdin, and a clear one-line error with a
//! non-zero exit for every bad input — never a panic.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_qa-explainer");
const SEED_TXT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/npr_syria_talks_4_questions.txt"
);
const SEED_HTML: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/npr_syria_talks_4_questions.html"
);

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut si = child.stdin.take().unwrap();
        if let Some(data) = stdin {
            si.write_all(data).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_clean_error(o: &Output, code: i32, contains: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(
        err.contains(contains),
        "stderr {err:?} should mention {contains:?}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn json_for_the_seed_article_from_a_file_and_from_stdin() {
    let o = run(&["--format", "json", SEED_TXT], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["questions"].as_array().unwrap().len(), 4);
    let o2 = run(&["-"], Some(&std::fs::read(SEED_TXT).unwrap()));
    assert_eq!(o.stdout, o2.stdout, "a file and stdin give the same JSON");
    let o3 = run(&[], Some(&std::fs::read(SEED_HTML).unwrap()));
    let v3: serde_json::Value = serde_json::from_slice(&o3.stdout).unwrap();
    assert_eq!(v3["lang"], "en", "HTML is sniffed without --input");
}

#[test]
fn html_output_is_the_accessible_accordion() {
    let o = run(&["--format", "html", SEED_HTML], None);
    assert!(o.status.success());
    let html = String::from_utf8(o.stdout).unwrap();
    assert_eq!(
        html.matches("<button type=\"button\" class=\"qa-trigger\"")
            .count(),
        4
    );
    assert!(
        html.contains("aria-expanded=\"true\""),
        "static output opens every answer for readers without JS"
    );
    assert!(html.contains("aria-controls=\"who-is-there-and-what-are-they-discussing-answer\""));
    assert!(html
        .contains("<h3 class=\"qa-question\" id=\"who-is-there-and-what-are-they-discussing\">"));
    assert!(html.contains("&quot;") || html.contains('"'));
    assert!(!html.contains("<script"));
    let closed =
        String::from_utf8(run(&["--format", "html", "--open", "none", SEED_HTML], None).stdout)
            .unwrap();
    assert_eq!(closed.matches("hidden=\"until-found\"").count(), 4);
    let page = String::from_utf8(run(&["--format", "html", "--standalone", SEED_TXT], None).stdout)
        .unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>")
            && page.contains("<style>")
            && page.contains(".qa-trigger")
    );
}

#[test]
fn html_output_escapes_article_text() {
    let article = "Two <b>questions</b> & more\n\nIntro <script>alert(1)</script>.\n\nWhy \"now\" & <i>why</i>?\n\nBecause <img src=x onerror=alert(1)>.\n\nHow?\n\nSlowly.\n";
    let o = run(
        &["--input", "text", "--format", "html", "-"],
        Some(article.as_bytes()),
    );
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(
        html.contains("Why &quot;now&quot; &amp; &lt;i&gt;why&lt;/i&gt;?")
            || html.contains("Why \"now\" &amp; &lt;i&gt;why&lt;/i&gt;?"),
        "{html}"
    );
    assert!(!html.contains("<script") && !html.contains("<img src=x") && !html.contains("<i>why"));
}

#[test]
fn not_qa_article_gives_empty_questions_and_a_reason() {
    let o = run(
        &["--input", "text", "-"],
        Some(b"Storm hits coast\n\nThe storm arrived at dawn.\n"),
    );
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["questions"], serde_json::json!([]));
    assert!(v["not_qa_reason"].as_str().unwrap().len() > 10);
    let h = run(
        &["--format", "html", "--input", "text", "-"],
        Some(b"Storm hits coast\n\nThe storm arrived at dawn.\n"),
    );
    assert!(h.status.success() && h.stdout.is_empty());
    assert!(stderr(&h).contains("not rendered"));
}

#[test]
fn bad_inputs_fail_cleanly() {
    assert_clean_error(&run(&["/no/such/file.txt"], None), 1, "no such file");
    assert_clean_error(&run(&[env!("CARGO_MANIFEST_DIR")], None), 1, "directory");
    assert_clean_error(&run(&["-"], Some(b"")), 1, "empty");
    assert_clean_error(&run(&["-"], Some(b"  \n\t \n")), 1, "empty");
    assert_clean_error(
        &run(&["-"], Some(b"Title\n\nbad \xff\xfe bytes\n")),
        1,
        "not valid UTF-8",
    );
    assert_clean_error(
        &run(
            &["-"],
            Some(&[1u8, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 14, 15, 16]),
        ),
        1,
        "binary",
    );
    let dir = std::env::temp_dir().join(format!("qa-explainer-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    assert_clean_error(&run(&[empty.to_str().unwrap()], None), 1, "empty");
}

#[test]
fn parse_options_as_the_widget_has_them() {
    // One marked question and its answer: below the default minimum of two questions.
    let letter: &[u8] = b"Ask the Doctor: can I keep taking my blood thinner?\n\nQ: Is it safe to keep taking my blood thinner after a fall?\n\nA: For most people, yes. A fall alone is rarely a reason to stop, but ask your doctor to look at why you fell.\n";
    let two = run(&["--input", "text", "-"], Some(letter));
    let v: serde_json::Value = serde_json::from_slice(&two.stdout).unwrap();
    assert_eq!(v["questions"], serde_json::json!([]));
    let one = run(
        &["--input", "text", "--min-questions", "1", "-"],
        Some(letter),
    );
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(
        v["questions"][0]["question"],
        "Is it safe to keep taking my blood thinner after a fall?"
    );
    // An ordinary story that ends with an FAQ section: read, or not.
    let story: &[u8] = b"Council approves new bus lanes\n\nThe council voted on Tuesday to add bus lanes on three roads into the city centre, after a year of consultation with residents and businesses.\n\nWork begins in March and should take about six months, the council said in a statement after the vote.\n\nCouncillors said the lanes would cut journey times for the 40,000 people who take the bus each day.\n\nOpponents said the plan would push traffic onto side streets, and some shops fear losing passing trade.\n\nThe scheme will cost \xc2\xa34.2m, most of it from a government grant for public transport.\n\nFAQ\n\nWhen do the works start?\nIn March.\n\nWill the roads close?\nOnly at night, one lane at a time.\n";
    let with = run(&["--input", "text", "-"], Some(story));
    let v: serde_json::Value = serde_json::from_slice(&with.stdout).unwrap();
    assert_eq!(v["questions"].as_array().map(Vec::len), Some(2));
    let without = run(&["--input", "text", "--no-faq-sections", "-"], Some(story));
    let v: serde_json::Value = serde_json::from_slice(&without.stdout).unwrap();
    assert_eq!(v["questions"], serde_json::json!([]));
    assert_clean_error(
        &run(&["--min-questions", "0", SEED_TXT], None),
        2,
        "unknown --min-questions",
    );
}

#[test]
fn bad_usage_exits_2() {
    assert_clean_error(
        &run(&["--format", "xml", SEED_TXT], None),
        2,
        "unknown --format",
    );
    assert_clean_error(&run(&["--frobnicate"], None), 2, "unknown option");
    assert_clean_error(&run(&["a.txt", "b.txt"], None), 2, "only one FILE");
    assert_clean_error(&run(&["--format"], None), 2, "needs a value");
    let help = run(&["--help"], None);
    assert!(
        help.status.success()
            && String::from_utf8_lossy(&help.stdout).contains("usage: qa-explainer")
    );
}

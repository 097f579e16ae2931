//! Inputs that once panicked or could — pathological shapes and sizes. Each must give a clear
//! outcome (an explainer, "not Q&A", or an error), never a panic. Timing is measured in the
//! benchmarks, not here.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

fn both(input: &str) {
    let _ = qa_explainer::parse_text(input);
    let _ = qa_explainer::parse_html(input);
}

#[test]
fn deeply_nested_elements() {
    let html = format!(
        "<h1>T</h1>{}<h2>Why?</h2><p>Because.</p><h2>How?</h2><p>So.</p>{}",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let ex = qa_explainer::parse_html(&html).unwrap();
    assert_eq!(ex.questions.len(), 2);
    let inline = format!(
        "<p>{}Why?{}</p>",
        "<b><i>".repeat(5_000),
        "</i></b>".repeat(5_000)
    );
    both(&inline);
}

/// Regression: 20,000 identical questions once made id generation quadratic (86 s in a debug build).
#[test]
fn many_question_lines() {
    let text = "Title\n\n".to_string() + &"Is this a question?\n".repeat(100_000);
    let ex = qa_explainer::parse_text(&text).unwrap();
    // Every line asks and none is answered: nothing to show.
    assert!(ex.questions.is_empty());
    // (Four questions in turn, 5,000 times each: where most are the same words, or two texts
    // make all of them, they are a template's labels, not an explainer's questions.)
    let text = "Title\n\n".to_string()
        + &"Is this a question?\n\nYes it is.\n\nIs this one too?\n\nYes.\n\nAnd this?\n\nNo.\n\nWhy?\n\nBecause.\n\n"
            .repeat(5_000);
    let ex = qa_explainer::parse_text(&text).unwrap();
    assert_eq!(ex.questions.len(), 20_000);
    let ids: std::collections::HashSet<&str> = ex.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), 20_000, "ids are unique");
}

/// 30,000 related-link lists between the paragraphs of one answer: each goes to the footer, in
/// one pass (removing them one at a time from the answer was quadratic).
#[test]
fn many_link_rails_in_one_answer() {
    let html = format!(
        "<h1>T</h1><h2>Why?</h2>{}<p>End.</p><h2>How?</h2><p>C.</p>",
        "<p>More.</p><ul><li><a href=\"/x\">Related</a></li></ul>".repeat(30_000)
    );
    let ex = qa_explainer::parse_html(&html).unwrap();
    assert_eq!(ex.questions.len(), 2);
    assert_eq!(ex.questions[0].answer.len(), 30_001);
    assert_eq!(ex.footer.len(), 30_000);
}

/// A headline, a long run of pictures, then thousands of long paragraphs that end asking: whether
/// each stands right under the headline (a teaser) is known once, not found by scanning back from
/// each of them (that was quadratic).
#[test]
fn many_long_question_paragraphs_after_many_pictures() {
    let html = format!(
        "<h1>T</h1>{}{}",
        "<img src=\"/a.jpg\" alt=\"\">".repeat(20_000),
        "<p>Several states helped to shoot the drones down over the weekend. How important was that help?</p><p>Very.</p>"
            .repeat(20_000)
    );
    let ex = qa_explainer::parse_html(&html).unwrap();
    // The first stands right under the headline: a teaser, so it and the line after it are the
    // intro.
    assert_eq!(ex.questions.len(), 19_999);
    assert_eq!(ex.intro.len(), 2);
}

#[test]
fn many_linked_faq_headings_under_a_long_headline() {
    // (Review 55: the page's headline read again for each linked heading made this input
    // quadratic — 28 s for 8,000 headings under a 200 KB headline. It is read once now.)
    let html = format!(
        "<h1>{} frequently asked questions</h1>{}",
        "Strike ".repeat(14_000),
        (0..4_000)
            .map(|k| format!(
                "<h4><a href=\"/faq/{k}\">Will bus {k} run?</a></h4><p>Yes. Bus {k} runs hourly.</p>"
            ))
            .collect::<String>()
    );
    let ex = qa_explainer::parse_html(&html).unwrap();
    assert_eq!(ex.questions.len(), 4_000);
}

#[test]
fn one_huge_line() {
    let line = "word ".repeat(200_000) + "?";
    both(&line);
    both(&format!("T\n\n{line}\n\nanswer\n"));
}

#[test]
fn empty_and_junk() {
    assert_eq!(
        qa_explainer::parse_text(""),
        Err(qa_explainer::Error::Empty)
    );
    assert_eq!(
        qa_explainer::parse_text(" \n\u{00A0}\t"),
        Err(qa_explainer::Error::Empty)
    );
    assert_eq!(
        qa_explainer::parse_text("\u{0}\u{1}\u{2}\u{3}"),
        Err(qa_explainer::Error::Binary)
    );
    for s in [
        "<",
        "<<<>>>",
        "</p></p></div>",
        "<!--",
        "<![CDATA[?]]>",
        "?",
        "\n\n\n?\n",
        "Q:",
        "Q: ?",
        "A:",
        "1.",
        "¿",
        "؟",
        "<p>?</p><p>?</p>",
        "<table><p>Why?<tr><td>x</table>",
    ] {
        both(s);
    }
}

#[test]
fn mixed_scripts_and_directions() {
    let text = "Q&A\n\nمقدمة.\n\nWhy? لماذا؟\n\nBecause. لأن.\n\n何ですか？\n\nそうです。\n\n\u{202E}reversed?\u{202C}\n\nok\n";
    let ex = qa_explainer::parse_text(text).unwrap();
    assert!(ex.questions.len() >= 2);
    // Ids keep the words of any script ("why-لماذا", "何ですか"), never punctuation, spaces or
    // direction controls; lower case where the script has case.
    for q in &ex.questions {
        assert!(
            !q.id.is_empty()
                && q.id.chars().all(|c| c == '-' || c.is_alphanumeric())
                && !q.id.chars().any(char::is_uppercase),
            "{}",
            q.id
        );
    }
}

/// Thousands of nested elements classed like promos around the article, each holding prose: their
/// aside hints are undone in one pass at the end (undoing them element by element, block by block,
/// was quadratic).
#[test]
fn many_nested_promo_wrappers() {
    let p = "<p>The council said the new rules would apply from March, after a consultation that drew many replies.</p>";
    let html = format!(
        "{}<h1>T</h1><h2>Why now?</h2><p>Because.</p><h2>What next?</h2><p>A vote.</p>{}",
        format!("<div class=\"promo\">{p}").repeat(5_000),
        "</div>".repeat(5_000)
    );
    let ex = qa_explainer::parse_html(&html).unwrap();
    assert_eq!(ex.questions.len(), 2);
}

/// One group of text lines (no blank line) holding 50,000 underlined headings, or 50,000
/// questions each over a hard-wrapped answer: read in a loop, not by recursing once per heading
/// or question (which would overflow the stack).
#[test]
fn many_headings_and_questions_in_one_group() {
    let text = "Title\n\n".to_string() + &"Why is this here?\n-----------------\n".repeat(50_000);
    let _ = qa_explainer::parse_text(&text);
    let wrapped = "Why is this here?\n".to_string()
        + &"This answer line is wrapped at about seventy characters wide ok\n".repeat(2)
        + "and it ends here.\n";
    let text = "Title\n\n".to_string() + &wrapped.repeat(50_000);
    let _ = qa_explainer::parse_text(&text);
    // 20,000 long question lines, then 40,000 wrapped lines, in one group: the question over a
    // wrapped answer is looked for once, not once per question line (which read the rest of the
    // group each time: quadratic).
    // (Each line its own: a line repeated is no wrapped paragraph.)
    let mut text = "Title\n\n".to_string();
    for i in 0..20_000 {
        text += &format!("Is this question line {i:05} longer than forty-five characters?\n");
    }
    for i in 0..40_000 {
        text += &format!("This answer line {i:05} is wrapped at about seventy characters wide\n");
    }
    let _ = qa_explainer::parse_text(&text);
}

/// The seed article pasted over and over (as the 10 MB browser test repeats it): its repeated
/// headline says "Questions Answered", but it is neither an FAQ section's heading at the end of
/// an ordinary article nor one that the questions before it are the intro's: every copy's
/// questions are read.
#[test]
fn repeated_article_keeps_every_copy() {
    let seed = include_str!("fixtures/npr_syria_talks_4_questions.txt");
    for copies in [3, 5, 50] {
        let text = vec![seed; copies].join("\n\n");
        let ex = qa_explainer::parse_text(&text).unwrap();
        assert_eq!(ex.questions.len(), 4 * copies, "{copies} copies");
        assert!(ex.section.is_none());
    }
}

//! Browser tests (`wasm-pack test --headless --chrome -- --no-default-features`): the browser's DOM
//! read by the same walker as the CLI, and the widget mounted, driven and unmounted in a real page.
#![cfg(target_arch = "wasm32")]

use qa_explainer::web::{enhance, WebNode};
use qa_explainer::Kind;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, DomParser, Element, HtmlElement, SupportedType};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/npr_syria_talks_4_questions.html");

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// An article element on the page, from markup written by this test (test-only innerHTML).
fn article(html: &str) -> Element {
    let d = doc();
    let a = d.create_element("article").unwrap();
    a.set_inner_html(html);
    d.body().unwrap().append_child(&a).unwrap();
    a
}

fn seed_body() -> String {
    SEED.split("<article class=\"story\">")
        .nth(1)
        .unwrap()
        .split("</article>")
        .next()
        .unwrap()
        .to_string()
}

#[wasm_bindgen_test]
fn the_browser_dom_reads_the_seed_article_like_the_cli() {
    let parsed = DomParser::new()
        .unwrap()
        .parse_from_string(SEED, SupportedType::TextHtml)
        .unwrap();
    let ex = qa_explainer::parse_dom(
        &WebNode::new(parsed.into()),
        &qa_explainer::Options::default(),
    );
    assert_eq!(
        ex.title,
        "4 Questions Answered On The Syria Talks In Munich"
    );
    assert_eq!(
        ex.questions
            .iter()
            .map(|q| q.answer.len())
            .collect::<Vec<_>>(),
        [4, 5, 8, 5]
    );
    assert_eq!(ex.media.as_ref().unwrap().credit.as_deref(), Some("AP"));
    assert_eq!(ex.intro.len(), 5);
    assert_eq!(ex.footer.len(), 2);
    assert_eq!(ex.questions[1].answer[3].kind, Kind::Quote);
    // Same as the native reader's expected output.
    let native: serde_json::Value = serde_json::from_str(include_str!(
        "fixtures/npr_syria_talks_4_questions.html.expected.json"
    ))
    .unwrap();
    assert_eq!(serde_json::to_value(&ex).unwrap(), native);
}

#[wasm_bindgen_test]
fn enhance_mounts_the_accordion_and_unmount_restores_the_article() {
    let a = article(&seed_body());
    let before = a.outer_html();
    let mut handle = enhance(&a, wasm_bindgen::JsValue::UNDEFINED).expect("mounted");
    assert!(
        a.has_attribute("hidden"),
        "the article is hidden, not removed"
    );
    let host = a.previous_element_sibling().unwrap();
    let shadow = host.shadow_root().unwrap();
    let triggers = shadow.query_selector_all(".qa-trigger").unwrap();
    assert_eq!(triggers.length(), 4);
    let first: HtmlElement = triggers.item(0).unwrap().dyn_into().unwrap();
    // The article's headline is an <h1>, so the explainer's title is the <h1> and questions are <h2>.
    let heading = first.parent_element().unwrap();
    assert_eq!(heading.local_name(), "h2");
    assert_eq!(
        heading.child_element_count(),
        1,
        "the button is alone in its heading"
    );
    assert!(shadow.query_selector("h1.qa-title").unwrap().is_some());
    let panel_id = first.get_attribute("aria-controls").unwrap();
    let panel = shadow.get_element_by_id(&panel_id).unwrap();
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );
    assert_eq!(panel.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(
        panel.get_attribute("aria-labelledby"),
        first.get_attribute("id")
    );
    first.click();
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(panel.get_attribute("hidden").is_none());
    assert!(handle.is_open("who-is-there-and-what-are-they-discussing"));
    first.click();
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    handle.expand_all();
    assert_eq!(
        shadow
            .query_selector_all("[aria-expanded=true]")
            .unwrap()
            .length(),
        4
    );
    handle.unmount();
    assert_eq!(a.outer_html(), before, "the article is exactly as it was");
    assert!(a
        .previous_element_sibling()
        .is_none_or(|e| !e.has_attribute("data-qa-explainer-host")));
    a.remove();
}

#[wasm_bindgen_test]
fn an_article_that_is_not_qa_is_left_exactly_as_it_was() {
    let a = article(
        "<h1>Council approves budget</h1><p>The council met on Monday.</p><p>It voted yes.</p>",
    );
    let before = a.outer_html();
    assert!(enhance(&a, wasm_bindgen::JsValue::UNDEFINED).is_none());
    assert_eq!(a.outer_html(), before);
    assert!(a
        .previous_element_sibling()
        .is_none_or(|e| !e.has_attribute("data-qa-explainer-host")));
    a.remove();
}

#[wasm_bindgen_test]
fn article_text_never_becomes_markup() {
    let a = article(
        "<h1>Two questions</h1><p>Intro &lt;img src=x onerror=alert(1)&gt;</p>\
         <h2>Why &lt;script&gt;alert(1)&lt;/script&gt;?</h2><p onclick=\"alert(2)\">Because <a href=\"javascript:alert(3)\">this</a>.</p>\
         <h2>How?</h2><p><a href=\"https://example.com/\" onmouseover=\"alert(4)\">Slowly</a>.</p>",
    );
    let mut handle = enhance(&a, wasm_bindgen::JsValue::UNDEFINED).expect("mounted");
    let shadow = a.previous_element_sibling().unwrap().shadow_root().unwrap();
    assert!(shadow
        .query_selector("script, img, [onclick], [onmouseover]")
        .unwrap()
        .is_none());
    let links = shadow.query_selector_all("a[href]").unwrap();
    for i in 0..links.length() {
        let href = links
            .item(i)
            .unwrap()
            .dyn_into::<Element>()
            .unwrap()
            .get_attribute("href")
            .unwrap();
        assert!(
            href.starts_with("https://") || href.starts_with('#'),
            "{href}"
        );
    }
    let q = shadow.query_selector(".qa-question-text").unwrap().unwrap();
    assert_eq!(q.text_content().unwrap(), "Why <script>alert(1)</script>?");
    handle.unmount();
    a.remove();
}

/// The DOM is built from one string and a list of lengths in UTF-16 units: text with accents,
/// CJK and characters outside the BMP (two units each) must come out exactly as written.
#[wasm_bindgen_test]
fn text_of_every_width_survives_the_build() {
    let a = article(
        "<h1>Fragen und Antworten</h1><p>Intro \u{e9}t\u{e9} \u{1f600}.</p>\
         <h2>Was kostet das \u{1f4b6}\u{1f4b6}?</h2><p>Vier \u{20ac}, \u{6ca1}\u{6709}\u{95ee}\u{9898} \u{1f44d}.</p>\
         <h2>\u{bf}Y despu\u{e9}s?</h2><p>Mehr \u{1f680} dazu.</p>",
    );
    let mut handle = enhance(&a, wasm_bindgen::JsValue::UNDEFINED).expect("mounted");
    let shadow = a.previous_element_sibling().unwrap().shadow_root().unwrap();
    let texts = shadow.query_selector_all(".qa-question-text").unwrap();
    let text = |i| texts.item(i).unwrap().text_content().unwrap();
    assert_eq!(text(0), "Was kostet das \u{1f4b6}\u{1f4b6}?");
    assert_eq!(text(1), "\u{bf}Y despu\u{e9}s?");
    let all = shadow.text_content().unwrap_or_default();
    assert!(
        all.contains("Vier \u{20ac}, \u{6ca1}\u{6709}\u{95ee}\u{9898} \u{1f44d}."),
        "{all}"
    );
    assert!(all.contains("Mehr \u{1f680} dazu."), "{all}");
    handle.unmount();
    a.remove();
}

/// Regression: `enhance()` on an article the page had hidden found nothing, because the walker
/// skipped the hidden root itself. The element handed over is read; hidden elements inside are not.
#[wasm_bindgen_test]
fn a_hidden_article_handed_over_is_read_but_hidden_parts_inside_are_not() {
    let a = article("<h1>Two questions</h1><p>Intro.</p><h2>Why?</h2><p>Because.</p><p hidden>Secret draft.</p><h2>How?</h2><p>Slowly.</p>");
    a.set_attribute("hidden", "").unwrap();
    let ex = qa_explainer::parse_dom(
        &WebNode::new(a.clone().into()),
        &qa_explainer::Options::default(),
    );
    assert_eq!(ex.questions.len(), 2);
    assert!(!serde_json::to_string(&ex).unwrap().contains("Secret"));
    a.remove();
}

/// Every HTML pattern case (`tests/cases/*.case` with `"input": "html"`), read by the browser's own
/// parser and DOM instead of html5ever: the same walker must give the same structure. A native
/// test (`fixtures.rs`) checks that this list names every HTML case.
const HTML_CASES: &[(&str, &str)] = &[
    (
        "negative-application-form-radio-questions-html.case",
        include_str!("cases/negative-application-form-radio-questions-html.case"),
    ),
    (
        "title-site-name-footer-heading-vs-h1-html.case",
        include_str!("cases/title-site-name-footer-heading-vs-h1-html.case"),
    ),
    (
        "negative-chart-titles-that-ask-html.case",
        include_str!("cases/negative-chart-titles-that-ask-html.case"),
    ),
    (
        "podcast-summary-headings-with-chapter-times-html.case",
        include_str!("cases/podcast-summary-headings-with-chapter-times-html.case"),
    ),
    (
        "question-headed-body-then-faq-section-html.case",
        include_str!("cases/question-headed-body-then-faq-section-html.case"),
    ),
    (
        "webflow-dropdown-faq-answers-in-nav-html.case",
        include_str!("cases/webflow-dropdown-faq-answers-in-nav-html.case"),
    ),
    (
        "affiliate-price-box-inside-one-answer-html.case",
        include_str!("cases/affiliate-price-box-inside-one-answer-html.case"),
    ),
    (
        "numbered-question-headings-beside-correction-newsletter-and-footer-headings-html.case",
        include_str!("cases/numbered-question-headings-beside-correction-newsletter-and-footer-headings-html.case"),
    ),
    (
        "carousel-slides-hidden-until-swiped.case",
        include_str!("cases/carousel-slides-hidden-until-swiped.case"),
    ),
    (
        "marker-table-inside-layout-table.case",
        include_str!("cases/marker-table-inside-layout-table.case"),
    ),
    (
        "feedback-widget-under-every-answer.case",
        include_str!("cases/feedback-widget-under-every-answer.case"),
    ),
    (
        "faq-plugin-linked-question-headings.case",
        include_str!("cases/faq-plugin-linked-question-headings.case"),
    ),
    (
        "two-qa-blocks-signed-bold-reader-questions.case",
        include_str!("cases/two-qa-blocks-signed-bold-reader-questions.case"),
    ),
    (
        "welsh-english-bilingual-faq-c-markers.case",
        include_str!("cases/welsh-english-bilingual-faq-c-markers.case"),
    ),
    (
        "statement-headings-explainer-named-in-page-title.case",
        include_str!("cases/statement-headings-explainer-named-in-page-title.case"),
    ),
    (
        "marked-reader-box-name-over-question.case",
        include_str!("cases/marked-reader-box-name-over-question.case"),
    ),
    (
        "site-builder-body-theme-classes-not-byline.case",
        include_str!("cases/site-builder-body-theme-classes-not-byline.case"),
    ),
    (
        "bold-request-answer-ending-on-question.case",
        include_str!("cases/bold-request-answer-ending-on-question.case"),
    ),
    (
        "call-to-action-box-between-answers.case",
        include_str!("cases/call-to-action-box-between-answers.case"),
    ),
    (
        "definition-list-faq-nested-price-list.case",
        include_str!("cases/definition-list-faq-nested-price-list.case"),
    ),
    (
        "word-processor-export-one-item-lists.case",
        include_str!("cases/word-processor-export-one-item-lists.case"),
    ),
    (
        "page-builder-body-template-class-not-footer.case",
        include_str!("cases/page-builder-body-template-class-not-footer.case"),
    ),
    (
        "same-question-heading-under-every-review-not-qa.case",
        include_str!("cases/same-question-heading-under-every-review-not-qa.case"),
    ),
    (
        "short-answer-long-answer-labels-stay.case",
        include_str!("cases/short-answer-long-answer-labels-stay.case"),
    ),
    (
        "card-stack-next-card-pager-lines.case",
        include_str!("cases/card-stack-next-card-pager-lines.case"),
    ),
    (
        "faq-block-marked-questions-callout-after.case",
        include_str!("cases/faq-block-marked-questions-callout-after.case"),
    ),
    (
        "title-longest-matching-heading-over-masthead-heading.case",
        include_str!("cases/title-longest-matching-heading-over-masthead-heading.case"),
    ),
    (
        "checkbox-accordion-labels-with-number-badges.case",
        include_str!("cases/checkbox-accordion-labels-with-number-badges.case"),
    ),
    (
        "faq-tabs-hidden-tabpanel-questions.case",
        include_str!("cases/faq-tabs-hidden-tabpanel-questions.case"),
    ),
    (
        "qa-table-row-headers-section-rows-list-in-cell.case",
        include_str!("cases/qa-table-row-headers-section-rows-list-in-cell.case"),
    ),
    (
        "quiz-show-named-in-explainer-headline.case",
        include_str!("cases/quiz-show-named-in-explainer-headline.case"),
    ),
    (
        "card-stack-byline-repeated-under-each-question.case",
        include_str!("cases/card-stack-byline-repeated-under-each-question.case"),
    ),
    (
        "title-heading-over-masthead-site-name.case",
        include_str!("cases/title-heading-over-masthead-site-name.case"),
    ),
    (
        "guidance-page-question-headings-among-template-boxes.case",
        include_str!("cases/guidance-page-question-headings-among-template-boxes.case"),
    ),
    (
        "direction-mark-opening-hebrew-questions.case",
        include_str!("cases/direction-mark-opening-hebrew-questions.case"),
    ),
    (
        "myth-badges-in-headings-fact-labels-apart.case",
        include_str!("cases/myth-badges-in-headings-fact-labels-apart.case"),
    ),
    (
        "read-also-run-in-bengali-column-not-qa.case",
        include_str!("cases/read-also-run-in-bengali-column-not-qa.case"),
    ),
    (
        "myth-label-kept-on-heading-questions.case",
        include_str!("cases/myth-label-kept-on-heading-questions.case"),
    ),
    (
        "interview-speaker-names-over-turns-paywall-fade.case",
        include_str!("cases/interview-speaker-names-over-turns-paywall-fade.case"),
    ),
    (
        "accordion-heading-buttons-item-without-question-mark.case",
        include_str!("cases/accordion-heading-buttons-item-without-question-mark.case"),
    ),
    (
        "faq-definition-list-last-term-without-question-html.case",
        include_str!("cases/faq-definition-list-last-term-without-question-html.case"),
    ),
    (
        "french-interview-stop-dash-labels.case",
        include_str!("cases/french-interview-stop-dash-labels.case"),
    ),
    (
        "layout-table-marker-cells-q-and-a.case",
        include_str!("cases/layout-table-marker-cells-q-and-a.case"),
    ),
    (
        "react-accordion-aria-heading-triggers.case",
        include_str!("cases/react-accordion-aria-heading-triggers.case"),
    ),
    (
        "live-chat-panel-takes-readers-questions.case",
        include_str!("cases/live-chat-panel-takes-readers-questions.case"),
    ),
    (
        "what-happens-next-among-question-headings-html.case",
        include_str!("cases/what-happens-next-among-question-headings-html.case"),
    ),
    (
        "one-dashed-reader-signature-under-a-marked-question-html.case",
        include_str!("cases/one-dashed-reader-signature-under-a-marked-question-html.case"),
    ),
    (
        "bare-q-and-bare-a-letters-html.case",
        include_str!("cases/bare-q-and-bare-a-letters-html.case"),
    ),
    (
        "callout-question-over-readers-pitch-html.case",
        include_str!("cases/callout-question-over-readers-pitch-html.case"),
    ),
    (
        "faq-definition-list-term-without-question-html.case",
        include_str!("cases/faq-definition-list-term-without-question-html.case"),
    ),
    (
        "dialogue-dash-turn-without-full-stop-html.case",
        include_str!("cases/dialogue-dash-turn-without-full-stop-html.case"),
    ),
    (
        "newsletter-briefs-list-and-sponsor-block-html.case",
        include_str!("cases/newsletter-briefs-list-and-sponsor-block-html.case"),
    ),
    (
        "armenian-question-mark-on-the-word-html.case",
        include_str!("cases/armenian-question-mark-on-the-word-html.case"),
    ),
    (
        "help-column-table-marker-cells-html.case",
        include_str!("cases/help-column-table-marker-cells-html.case"),
    ),
    (
        "ask-a-reporter-italic-letters-hyphen-signed-html.case",
        include_str!("cases/ask-a-reporter-italic-letters-hyphen-signed-html.case"),
    ),
    (
        "live-chat-named-reader-questions-html.case",
        include_str!("cases/live-chat-named-reader-questions-html.case"),
    ),
    (
        "quote-headline-interview-statement-prompt-html.case",
        include_str!("cases/quote-headline-interview-statement-prompt-html.case"),
    ),
    (
        "interview-d-r-markers-html.case",
        include_str!("cases/interview-d-r-markers-html.case"),
    ),
    (
        "senators-quiz-is-a-verb.case",
        include_str!("cases/senators-quiz-is-a-verb.case"),
    ),
    (
        "readers-named-over-heading-questions.case",
        include_str!("cases/readers-named-over-heading-questions.case"),
    ),
    (
        "mailbag-names-over-questions.case",
        include_str!("cases/mailbag-names-over-questions.case"),
    ),
    (
        "interview-named-in-headline-statement-prompt.case",
        include_str!("cases/interview-named-in-headline-statement-prompt.case"),
    ),
    (
        "negative-opinion-article-class.case",
        include_str!("cases/negative-opinion-article-class.case"),
    ),
    (
        "readers-questions-signed-in-brackets.case",
        include_str!("cases/readers-questions-signed-in-brackets.case"),
    ),
    (
        "negative-opinion-kicker-hebrew.case",
        include_str!("cases/negative-opinion-kicker-hebrew.case"),
    ),
    (
        "negative-quiz-choices-in-one-paragraph.case",
        include_str!("cases/negative-quiz-choices-in-one-paragraph.case"),
    ),
    (
        "negative-quiz-lowercase-choices-in-one-paragraph.case",
        include_str!("cases/negative-quiz-lowercase-choices-in-one-paragraph.case"),
    ),
    (
        "media-duration-before-question.case",
        include_str!("cases/media-duration-before-question.case"),
    ),
    (
        "signature-inside-styled-question.case",
        include_str!("cases/signature-inside-styled-question.case"),
    ),
    (
        "opinion-four-rhetorical-headings.case",
        include_str!("cases/opinion-four-rhetorical-headings.case"),
    ),
    (
        "interview-intro-statement-prompt.case",
        include_str!("cases/interview-intro-statement-prompt.case"),
    ),
    (
        "opinion-disclaimer-question-subheads.case",
        include_str!("cases/opinion-disclaimer-question-subheads.case"),
    ),
    (
        "forum-thread-replies.case",
        include_str!("cases/forum-thread-replies.case"),
    ),
    (
        "dash-interview-closing-prompt-ko.case",
        include_str!("cases/dash-interview-closing-prompt-ko.case"),
    ),
    (
        "speech-transcript-applause.case",
        include_str!("cases/speech-transcript-applause.case"),
    ),
    (
        "reaction-widget-after-last-answer.case",
        include_str!("cases/reaction-widget-after-last-answer.case"),
    ),
    (
        "drupal-promoted-node-accordion.case",
        include_str!("cases/drupal-promoted-node-accordion.case"),
    ),
    (
        "details-summary-mixed-headings.case",
        include_str!("cases/details-summary-mixed-headings.case"),
    ),
    (
        "double-break-paragraphs.case",
        include_str!("cases/double-break-paragraphs.case"),
    ),
    (
        "newsletter-mailbag-quoted-questions.case",
        include_str!("cases/newsletter-mailbag-quoted-questions.case"),
    ),
    (
        "negative-opinion-question-subheads.case",
        include_str!("cases/negative-opinion-question-subheads.case"),
    ),
    (
        "few-sub-questions-join.case",
        include_str!("cases/few-sub-questions-join.case"),
    ),
    (
        "body-classed-like-promos.case",
        include_str!("cases/body-classed-like-promos.case"),
    ),
    (
        "negative-tv-listings-question-titles.case",
        include_str!("cases/negative-tv-listings-question-titles.case"),
    ),
    (
        "questions-signed-after-unquoted.case",
        include_str!("cases/questions-signed-after-unquoted.case"),
    ),
    (
        "italic-questions-roman-titles.case",
        include_str!("cases/italic-questions-roman-titles.case"),
    ),
    (
        "table-of-questions-and-answers.case",
        include_str!("cases/table-of-questions-and-answers.case"),
    ),
    (
        "question-missing-its-mark.case",
        include_str!("cases/question-missing-its-mark.case"),
    ),
    (
        "accordion-toggle-glyphs.case",
        include_str!("cases/accordion-toggle-glyphs.case"),
    ),
    (
        "adjacent-spans-not-glued.case",
        include_str!("cases/adjacent-spans-not-glued.case"),
    ),
    (
        "address-byline-and-dateline.case",
        include_str!("cases/address-byline-and-dateline.case"),
    ),
    ("amp-page.case", include_str!("cases/amp-page.case")),
    (
        "body-in-chunks.case",
        include_str!("cases/body-in-chunks.case"),
    ),
    (
        "bold-answer-lead-between-answers.case",
        include_str!("cases/bold-answer-lead-between-answers.case"),
    ),
    (
        "bold-callout-between-answers.case",
        include_str!("cases/bold-callout-between-answers.case"),
    ),
    (
        "bold-label-after-last-answer.case",
        include_str!("cases/bold-label-after-last-answer.case"),
    ),
    (
        "bold-paragraph-questions.case",
        include_str!("cases/bold-paragraph-questions.case"),
    ),
    (
        "br-separated-qa.case",
        include_str!("cases/br-separated-qa.case"),
    ),
    (
        "caption-and-related-links.case",
        include_str!("cases/caption-and-related-links.case"),
    ),
    (
        "chunked-body-with-correction.case",
        include_str!("cases/chunked-body-with-correction.case"),
    ),
    (
        "component-blocks.case",
        include_str!("cases/component-blocks.case"),
    ),
    (
        "credit-with-licensing-link.case",
        include_str!("cases/credit-with-licensing-link.case"),
    ),
    ("data-table.case", include_str!("cases/data-table.case")),
    (
        "definition-list-and-details.case",
        include_str!("cases/definition-list-and-details.case"),
    ),
    (
        "details-summary.case",
        include_str!("cases/details-summary.case"),
    ),
    (
        "dialogue-dash-questions.case",
        include_str!("cases/dialogue-dash-questions.case"),
    ),
    (
        "explainer-with-background-heading.case",
        include_str!("cases/explainer-with-background-heading.case"),
    ),
    (
        "disclosure-without-controls.case",
        include_str!("cases/disclosure-without-controls.case"),
    ),
    (
        "faq-answers-hidden-inline.case",
        include_str!("cases/faq-answers-hidden-inline.case"),
    ),
    (
        "faq-plugin-blocks.case",
        include_str!("cases/faq-plugin-blocks.case"),
    ),
    (
        "faq-section-at-end.case",
        include_str!("cases/faq-section-at-end.case"),
    ),
    (
        "figures-in-answers.case",
        include_str!("cases/figures-in-answers.case"),
    ),
    (
        "footer-element-and-bio.case",
        include_str!("cases/footer-element-and-bio.case"),
    ),
    ("french-nbsp.case", include_str!("cases/french-nbsp.case")),
    (
        "greek-semicolon-questions.case",
        include_str!("cases/greek-semicolon-questions.case"),
    ),
    ("h2-questions.case", include_str!("cases/h2-questions.case")),
    (
        "headline-in-h2-without-h1.case",
        include_str!("cases/headline-in-h2-without-h1.case"),
    ),
    (
        "heading-anchors-and-contents.case",
        include_str!("cases/heading-anchors-and-contents.case"),
    ),
    (
        "image-dimensions-invalid.case",
        include_str!("cases/image-dimensions-invalid.case"),
    ),
    (
        "image-dimensions.case",
        include_str!("cases/image-dimensions.case"),
    ),
    (
        "interview-prompts.case",
        include_str!("cases/interview-prompts.case"),
    ),
    (
        "interview-full-names-html.case",
        include_str!("cases/interview-full-names-html.case"),
    ),
    (
        "interview-publication-prompt-and-named-answers.case",
        include_str!("cases/interview-publication-prompt-and-named-answers.case"),
    ),
    (
        "interview-pregunta-respuesta-html.case",
        include_str!("cases/interview-pregunta-respuesta-html.case"),
    ),
    (
        "interview-transcript-html.case",
        include_str!("cases/interview-transcript-html.case"),
    ),
    (
        "italic-interview-questions.case",
        include_str!("cases/italic-interview-questions.case"),
    ),
    ("layout-table.case", include_str!("cases/layout-table.case")),
    (
        "last-answer-ends-with-a-list.case",
        include_str!("cases/last-answer-ends-with-a-list.case"),
    ),
    (
        "lazy-loaded-images.case",
        include_str!("cases/lazy-loaded-images.case"),
    ),
    (
        "links-are-allow-listed.case",
        include_str!("cases/links-are-allow-listed.case"),
    ),
    (
        "list-items-question-line-break.case",
        include_str!("cases/list-items-question-line-break.case"),
    ),
    (
        "list-of-run-in-questions.case",
        include_str!("cases/list-of-run-in-questions.case"),
    ),
    (
        "microdata-questions.case",
        include_str!("cases/microdata-questions.case"),
    ),
    (
        "negative-as-many-statement-subheads.case",
        include_str!("cases/negative-as-many-statement-subheads.case"),
    ),
    (
        "negative-rhetorical-questions-in-an-essay.case",
        include_str!("cases/negative-rhetorical-questions-in-an-essay.case"),
    ),
    (
        "negative-bold-statement-subheads-and-asking-paragraphs.case",
        include_str!("cases/negative-bold-statement-subheads-and-asking-paragraphs.case"),
    ),
    (
        "unclosed-headings-swallow-answers.case",
        include_str!("cases/unclosed-headings-swallow-answers.case"),
    ),
    (
        "photo-between-question-and-answer.case",
        include_str!("cases/photo-between-question-and-answer.case"),
    ),
    (
        "guillemet-quoted-heading-questions.case",
        include_str!("cases/guillemet-quoted-heading-questions.case"),
    ),
    (
        "interview-opening-prompt.case",
        include_str!("cases/interview-opening-prompt.case"),
    ),
    (
        "cjk-photo-credits.case",
        include_str!("cases/cjk-photo-credits.case"),
    ),
    (
        "dialogue-dash-bold-prompts.case",
        include_str!("cases/dialogue-dash-bold-prompts.case"),
    ),
    (
        "korean-subheading-marks.case",
        include_str!("cases/korean-subheading-marks.case"),
    ),
    (
        "readers-letters-signed-with-initials.case",
        include_str!("cases/readers-letters-signed-with-initials.case"),
    ),
    (
        "interview-statement-prompt-without-you.case",
        include_str!("cases/interview-statement-prompt-without-you.case"),
    ),
    (
        "negative-pull-quote-subheads.case",
        include_str!("cases/negative-pull-quote-subheads.case"),
    ),
    (
        "japanese-headings-without-question-mark.case",
        include_str!("cases/japanese-headings-without-question-mark.case"),
    ),
    (
        "negative-reader-questions-post-in-live-page.case",
        include_str!("cases/negative-reader-questions-post-in-live-page.case"),
    ),
    (
        "section-heading-after-last-answer.case",
        include_str!("cases/section-heading-after-last-answer.case"),
    ),
    (
        "negative-letters-page.case",
        include_str!("cases/negative-letters-page.case"),
    ),
    (
        "negative-few-question-subheads.case",
        include_str!("cases/negative-few-question-subheads.case"),
    ),
    (
        "negative-question-subheads-among-statements.case",
        include_str!("cases/negative-question-subheads-among-statements.case"),
    ),
    (
        "negative-some-wh-subheads.case",
        include_str!("cases/negative-some-wh-subheads.case"),
    ),
    (
        "negative-wh-subheads-ordinary-headline.case",
        include_str!("cases/negative-wh-subheads-ordinary-headline.case"),
    ),
    (
        "nested-list-and-embedded-post.case",
        include_str!("cases/nested-list-and-embedded-post.case"),
    ),
    (
        "page-accordion-buttons.case",
        include_str!("cases/page-accordion-buttons.case"),
    ),
    (
        "page-accordion.case",
        include_str!("cases/page-accordion.case"),
    ),
    (
        "page-builder-accordion.case",
        include_str!("cases/page-builder-accordion.case"),
    ),
    (
        "qa-markers-html.case",
        include_str!("cases/qa-markers-html.case"),
    ),
    (
        "question-classed-wrappers.case",
        include_str!("cases/question-classed-wrappers.case"),
    ),
    (
        "question-heading-ornaments.case",
        include_str!("cases/question-heading-ornaments.case"),
    ),
    (
        "questions-with-sub-questions.case",
        include_str!("cases/questions-with-sub-questions.case"),
    ),
    (
        "related-rail-inside-answer.case",
        include_str!("cases/related-rail-inside-answer.case"),
    ),
    (
        "run-in-bold-questions.case",
        include_str!("cases/run-in-bold-questions.case"),
    ),
    (
        "scheme-like-text-in-relative-links.case",
        include_str!("cases/scheme-like-text-in-relative-links.case"),
    ),
    (
        "section-heading-between-answers.case",
        include_str!("cases/section-heading-between-answers.case"),
    ),
    (
        "statement-sections-with-questions.case",
        include_str!("cases/statement-sections-with-questions.case"),
    ),
    (
        "styled-div-questions.case",
        include_str!("cases/styled-div-questions.case"),
    ),
    (
        "summary-box-before-the-body.case",
        include_str!("cases/summary-box-before-the-body.case"),
    ),
    (
        "summary-questions-without-marks.case",
        include_str!("cases/summary-questions-without-marks.case"),
    ),
    (
        "title-from-page-title-keeps-explainer-tail.case",
        include_str!("cases/title-from-page-title-keeps-explainer-tail.case"),
    ),
    (
        "title-from-page-title.case",
        include_str!("cases/title-from-page-title.case"),
    ),
    (
        "what-we-know-unmarked-questions.case",
        include_str!("cases/what-we-know-unmarked-questions.case"),
    ),
    (
        "wordpress-taxonomy-classes-not-roles.case",
        include_str!("cases/wordpress-taxonomy-classes-not-roles.case"),
    ),
    (
        "korean-dash-interview-bold-turns-html.case",
        include_str!("cases/korean-dash-interview-bold-turns-html.case"),
    ),
    (
        "qa-table-in-wordpress-figure.case",
        include_str!("cases/qa-table-in-wordpress-figure.case"),
    ),
    (
        "interview-kicker-bold-statement-prompt.case",
        include_str!("cases/interview-kicker-bold-statement-prompt.case"),
    ),
    (
        "negative-analysis-label-question-subheads.case",
        include_str!("cases/negative-analysis-label-question-subheads.case"),
    ),
    (
        "italic-question-with-short-remark.case",
        include_str!("cases/italic-question-with-short-remark.case"),
    ),
    (
        "negative-travel-feature-question-subheads.case",
        include_str!("cases/negative-travel-feature-question-subheads.case"),
    ),
    (
        "govuk-accordion-toggle-labels.case",
        include_str!("cases/govuk-accordion-toggle-labels.case"),
    ),
    (
        "email-layout-tables-presentation-role.case",
        include_str!("cases/email-layout-tables-presentation-role.case"),
    ),
    (
        "google-docs-paste-inline-font-weight.case",
        include_str!("cases/google-docs-paste-inline-font-weight.case"),
    ),
    (
        "accordion-question-badges-and-more-on-rail.case",
        include_str!("cases/accordion-question-badges-and-more-on-rail.case"),
    ),
    (
        "numbered-faq-lettered-subquestions.case",
        include_str!("cases/numbered-faq-lettered-subquestions.case"),
    ),
    (
        "what-to-know-statement-heading-opening-with-when.case",
        include_str!("cases/what-to-know-statement-heading-opening-with-when.case"),
    ),
    (
        "negative-column-note-before-rail-pt.case",
        include_str!("cases/negative-column-note-before-rail-pt.case"),
    ),
    (
        "question-time-labels-with-party.case",
        include_str!("cases/question-time-labels-with-party.case"),
    ),
    (
        "japanese-dashed-interview-closing-turns.case",
        include_str!("cases/japanese-dashed-interview-closing-turns.case"),
    ),
    (
        "number-badges-callout-and-cta-banner.case",
        include_str!("cases/number-badges-callout-and-cta-banner.case"),
    ),
    (
        "list-items-holding-their-answers.case",
        include_str!("cases/list-items-holding-their-answers.case"),
    ),
    (
        "live-chat-archive.case",
        include_str!("cases/live-chat-archive.case"),
    ),
    (
        "korean-interview-prompts-between-line-breaks.case",
        include_str!("cases/korean-interview-prompts-between-line-breaks.case"),
    ),
    (
        "details-faq-sources-item-and-subscriber-pitch.case",
        include_str!("cases/details-faq-sources-item-and-subscriber-pitch.case"),
    ),
    (
        "negative-long-read-chapter-titles-that-ask.case",
        include_str!("cases/negative-long-read-chapter-titles-that-ask.case"),
    ),
    (
        "interview-headings-and-bold-questions.case",
        include_str!("cases/interview-headings-and-bold-questions.case"),
    ),
    (
        "accordion-items-one-without-question-mark.case",
        include_str!("cases/accordion-items-one-without-question-mark.case"),
    ),
    (
        "news-story-quoted-questions-set-off.case",
        include_str!("cases/news-story-quoted-questions-set-off.case"),
    ),
    (
        "photo-text-credit-sandwich-is-caption.case",
        include_str!("cases/photo-text-credit-sandwich-is-caption.case"),
    ),
    (
        "govuk-accordion-summary-and-toggle.case",
        include_str!("cases/govuk-accordion-summary-and-toggle.case"),
    ),
    (
        "interview-heading-request-opens.case",
        include_str!("cases/interview-heading-request-opens.case"),
    ),
    (
        "reportage-kicker-question-crossheads.case",
        include_str!("cases/reportage-kicker-question-crossheads.case"),
    ),
    (
        "reader-callout-tell-us-heading.case",
        include_str!("cases/reader-callout-tell-us-heading.case"),
    ),
    (
        "docs-heading-permalink-glyph.case",
        include_str!("cases/docs-heading-permalink-glyph.case"),
    ),
    (
        "whats-next-heading-among-question-headings.case",
        include_str!("cases/whats-next-heading-among-question-headings.case"),
    ),
    (
        "new-badge-emoji-and-more-topic-coverage-rail.case",
        include_str!("cases/new-badge-emoji-and-more-topic-coverage-rail.case"),
    ),
    (
        "chat-message-marked-questions-on-lines.case",
        include_str!("cases/chat-message-marked-questions-on-lines.case"),
    ),
    (
        "wordpress-emoji-images-inline.case",
        include_str!("cases/wordpress-emoji-images-inline.case"),
    ),
    (
        "bold-question-status-tag-html.case",
        include_str!("cases/bold-question-status-tag-html.case"),
    ),
    (
        "table-layout-cell-br-paragraphs.case",
        include_str!("cases/table-layout-cell-br-paragraphs.case"),
    ),
    (
        "answer-table-with-caption-and-help-box.case",
        include_str!("cases/answer-table-with-caption-and-help-box.case"),
    ),
    (
        "turkish-interview-echo-question-and-statement-prompt.case",
        include_str!("cases/turkish-interview-echo-question-and-statement-prompt.case"),
    ),
    (
        "heading-questions-bold-run-in-inside-answer.case",
        include_str!("cases/heading-questions-bold-run-in-inside-answer.case"),
    ),
    (
        "angular-material-panels-with-descriptions.case",
        include_str!("cases/angular-material-panels-with-descriptions.case"),
    ),
    (
        "vuetify-expansion-panels-hidden.case",
        include_str!("cases/vuetify-expansion-panels-hidden.case"),
    ),
    (
        "social-post-emoji-markers-html.case",
        include_str!("cases/social-post-emoji-markers-html.case"),
    ),
    (
        "word-html-table-of-contents-entries.case",
        include_str!("cases/word-html-table-of-contents-entries.case"),
    ),
    (
        "serbian-interview-statement-prompt.case",
        include_str!("cases/serbian-interview-statement-prompt.case"),
    ),
    (
        "readme-bold-markers-one-paragraph-html.case",
        include_str!("cases/readme-bold-markers-one-paragraph-html.case"),
    ),
    (
        "ask-box-asked-labels-in-blockquotes-html.case",
        include_str!("cases/ask-box-asked-labels-in-blockquotes-html.case"),
    ),
    (
        "hearing-details-box-in-news-story.case",
        include_str!("cases/hearing-details-box-in-news-story.case"),
    ),
    (
        "summary-question-in-subtitle-classed-span.case",
        include_str!("cases/summary-question-in-subtitle-classed-span.case"),
    ),
    (
        "what-we-know-bold-run-ins-then-heading-questions-html.case",
        include_str!("cases/what-we-know-bold-run-ins-then-heading-questions-html.case"),
    ),
    (
        "numbered-questions-two-ending-with-colon-html.case",
        include_str!("cases/numbered-questions-two-ending-with-colon-html.case"),
    ),
    (
        "standfirst-heading-with-questions-under-headline-html.case",
        include_str!("cases/standfirst-heading-with-questions-under-headline-html.case"),
    ),
    (
        "transcription-app-turn-headers-html.case",
        include_str!("cases/transcription-app-turn-headers-html.case"),
    ),
    (
        "interview-turns-set-as-block-quotes-html.case",
        include_str!("cases/interview-turns-set-as-block-quotes-html.case"),
    ),
    (
        "paywall-wrapper-holds-the-later-questions-html.case",
        include_str!("cases/paywall-wrapper-holds-the-later-questions-html.case"),
    ),
    (
        "columnist-mailbag-signed-letters-html.case",
        include_str!("cases/columnist-mailbag-signed-letters-html.case"),
    ),
    (
        "html-quoted-crosshead-in-a-news-story.case",
        include_str!("cases/html-quoted-crosshead-in-a-news-story.case"),
    ),
    (
        "html-subscribe-block-question.case",
        include_str!("cases/html-subscribe-block-question.case"),
    ),
    (
        "html-readers-signed-with-a-hyphen.case",
        include_str!("cases/html-readers-signed-with-a-hyphen.case"),
    ),
    (
        "html-forum-ama-bodies-in-forms.case",
        include_str!("cases/html-forum-ama-bodies-in-forms.case"),
    ),
    (
        "html-page-wrapped-in-a-form.case",
        include_str!("cases/html-page-wrapped-in-a-form.case"),
    ),
    (
        "html-interview-first-question-labelled-with-the-writers-name.case",
        include_str!("cases/html-interview-first-question-labelled-with-the-writers-name.case"),
    ),
    (
        "html-faq-item-in-the-readers-words.case",
        include_str!("cases/html-faq-item-in-the-readers-words.case"),
    ),
    (
        "numbered-list-items-each-a-question-answered-in-its-item.case",
        include_str!("cases/numbered-list-items-each-a-question-answered-in-its-item.case"),
    ),
    (
        "mailbag-signature-over-photo-html.case",
        include_str!("cases/mailbag-signature-over-photo-html.case"),
    ),
    (
        "afp-dash-crossheads-and-comments-link-in-byline.case",
        include_str!("cases/afp-dash-crossheads-and-comments-link-in-byline.case"),
    ),
    (
        "article-as-lines-of-spans-in-one-div.case",
        include_str!("cases/article-as-lines-of-spans-in-one-div.case"),
    ),
    (
        "ama-thread-comments-answered-by-op.case",
        include_str!("cases/ama-thread-comments-answered-by-op.case"),
    ),
    (
        "dashed-pull-quote-over-divs-of-questions.case",
        include_str!("cases/dashed-pull-quote-over-divs-of-questions.case"),
    ),
    (
        "headline-lists-questions-unmarked-headings.case",
        include_str!("cases/headline-lists-questions-unmarked-headings.case"),
    ),
    (
        "reader-chat-one-question-each.case",
        include_str!("cases/reader-chat-one-question-each.case"),
    ),
    (
        "bold-questions-some-signed-in-italics.case",
        include_str!("cases/bold-questions-some-signed-in-italics.case"),
    ),
    (
        "myth-or-fact-claims-answered-by-verdicts.case",
        include_str!("cases/myth-or-fact-claims-answered-by-verdicts.case"),
    ),
    (
        "nested-accordion-closed-group-panels.case",
        include_str!("cases/nested-accordion-closed-group-panels.case"),
    ),
    (
        "two-guests-names-closed-by-full-stop.case",
        include_str!("cases/two-guests-names-closed-by-full-stop.case"),
    ),
    (
        "table-with-topic-column-spanning-rows-html.case",
        include_str!("cases/table-with-topic-column-spanning-rows-html.case"),
    ),
    (
        "letters-signed-name-slash-city-html.case",
        include_str!("cases/letters-signed-name-slash-city-html.case"),
    ),
    (
        "reader-signature-name-uit-city-html.case",
        include_str!("cases/reader-signature-name-uit-city-html.case"),
    ),
    (
        "checklist-answers-checkbox-labels-html.case",
        include_str!("cases/checklist-answers-checkbox-labels-html.case"),
    ),
    (
        "membership-box-after-last-answer-html.case",
        include_str!("cases/membership-box-after-last-answer-html.case"),
    ),
    (
        "brevity-labelled-questions-not-qa.case",
        include_str!("cases/brevity-labelled-questions-not-qa.case"),
    ),
    (
        "live-chat-pen-name-greeted-by-answer.case",
        include_str!("cases/live-chat-pen-name-greeted-by-answer.case"),
    ),
    (
        "news-story-quoted-subhead-swedish-marks.case",
        include_str!("cases/news-story-quoted-subhead-swedish-marks.case"),
    ),
    (
        "bracketed-anchor-reporter-transcript-html.case",
        include_str!("cases/bracketed-anchor-reporter-transcript-html.case"),
    ),
    (
        "questionnaire-bold-prompts-without-question-mark-html.case",
        include_str!("cases/questionnaire-bold-prompts-without-question-mark-html.case"),
    ),
    (
        "match-report-bold-run-in-questions-under-statement-headings-html.case",
        include_str!("cases/match-report-bold-run-in-questions-under-statement-headings-html.case"),
    ),
    (
        "closing-lead-prompt-after-last-question-html.case",
        include_str!("cases/closing-lead-prompt-after-last-question-html.case"),
    ),
    (
        "mailbag-bold-questions-signed-with-initials-html.case",
        include_str!("cases/mailbag-bold-questions-signed-with-initials-html.case"),
    ),
    (
        "paywall-class-on-each-paragraph-html.case",
        include_str!("cases/paywall-class-on-each-paragraph-html.case"),
    ),
    (
        "product-review-question-headings-offers-not-qa-html.case",
        include_str!("cases/product-review-question-headings-offers-not-qa-html.case"),
    ),
    (
        "contribution-banner-question-heading-html.case",
        include_str!("cases/contribution-banner-question-heading-html.case"),
    ),
    (
        "rail-box-ends-before-question-heading.case",
        include_str!("cases/rail-box-ends-before-question-heading.case"),
    ),
    (
        "tailwind-news-report-bold-classes-and-pull-quote.case",
        include_str!("cases/tailwind-news-report-bold-classes-and-pull-quote.case"),
    ),
    (
        "czech-interview-bold-statement-prompts.case",
        include_str!("cases/czech-interview-bold-statement-prompts.case"),
    ),
    (
        "tv-recap-heading-trailing-off-counts.case",
        include_str!("cases/tv-recap-heading-trailing-off-counts.case"),
    ),
];

#[wasm_bindgen_test]
fn every_html_case_reads_the_same_from_the_browser_dom() {
    let mut failures = Vec::new();
    for (name, raw) in HTML_CASES {
        let case = support::split_case(name, raw);
        let parsed = DomParser::new()
            .unwrap()
            .parse_from_string(&case.input, SupportedType::TextHtml)
            .unwrap();
        let root = parsed.document_element().unwrap();
        let ex = qa_explainer::parse_dom(
            &WebNode::new(root.into()),
            &qa_explainer::Options::default(),
        );
        let errs = support::check(&ex, &case.expect);
        if !errs.is_empty() {
            failures.push(format!("{name}:\n  {}", errs.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

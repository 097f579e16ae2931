//! Blocks → [`Explainer`]: the same rules for plain text, the native HTML tree and the browser DOM.
//!
//! 1. [`prepare`] gives blocks their non-question roles (headline, byline, captions, credits…).
//! 2. [`questions`] finds the questions by the style the page sets them apart with, and decides
//!    whether the article is Q&A as a whole, ends with an FAQ section, or is not Q&A.
//! 3. This module assembles the model: intro, answers (quotes, lists, sub-headings), the closing
//!    paragraphs and footer split from the last answer, ids, the promised count and warnings.

pub mod prepare;
pub mod questions;

use crate::blocks::{marks, Block, BlockKind, Document, Flags};
use crate::model::{self, Explainer, Image, Kind, Media, Question};
use crate::scan::{self, Words};
use prepare::{flatten, Prep, Role};
use questions::Style;

/// Classification options. `Options::default()` is what the CLI and the widget use.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Fewest questions that make an explainer (default 2).
    pub min_questions: usize,
    /// Use the FAQ section at the end of an ordinary article (default true).
    pub faq_sections: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_questions: 2,
            faq_sections: true,
        }
    }
}

impl Options {
    /// Fewest questions that make an explainer.
    #[must_use]
    pub fn min_questions(mut self, n: usize) -> Self {
        self.min_questions = n.max(1);
        self
    }
    /// Whether an FAQ section at the end of an ordinary article is used.
    #[must_use]
    pub fn faq_sections(mut self, yes: bool) -> Self {
        self.faq_sections = yes;
        self
    }
}

/// Classifies a document's blocks into an explainer.
///
/// Takes the document by value: the model is built by moving the blocks' text, not copying it.
pub fn classify(mut doc: Document, opts: &Options) -> Explainer {
    repeated_copy(&mut doc);
    bilingual_heading_pairs(&mut doc);
    qa_tables(&mut doc);
    marker_tables(&mut doc);
    lower_case_asker(&mut doc);
    call_turns(&mut doc);
    transcript_turns(&mut doc);
    comment_header_lines(&mut doc);
    thread_comments(&mut doc);
    label_lines(&mut doc);
    page_breaks(&mut doc);
    period_labels(&mut doc);
    dash_and_triangle_turns(&mut doc);
    hangul_dash_turns(&mut doc);
    dashed_answers(&mut doc);
    explainer_boxes(&mut doc);
    classify_blocks(split_question_lines(doc), opts)
}

/// A page that prints its FAQ twice, a copy for wide screens and one for phones (Bootstrap's
/// `d-none d-md-block` over `d-md-none`), both in the markup: the second copy, question by
/// question the same text as the first, goes (its heading over it too). Two questions at
/// least in the run, four blocks at least.
fn repeated_copy(doc: &mut Document) {
    // (A page's markup only: a text pasted twice over is read whole, every copy's questions.)
    if !doc.from_html {
        return;
    }
    let b = &doc.blocks;
    let asking: Vec<usize> = (0..b.len())
        .filter(|&i| scan::ends_with_question(&b[i].text) && !scan::words_le(&b[i].text, 2))
        .collect();
    // (From one of the first few questions: a copy repeats the FAQ from its start.)
    for &a in asking.iter().take(6) {
        let Some(&i) = asking.iter().find(|&&i| i > a && b[i].text == b[a].text) else {
            continue;
        };
        let mut k = 0;
        while i + k < b.len() && a + k < i && b[a + k].text == b[i + k].text {
            k += 1;
        }
        let to = i + k;
        let questions = asking.iter().filter(|&&q| q >= i && q < to).count();
        // (Nor a whole article repeated, its headline over the copy too: each copy is read.)
        let headline = b.first().map(|x| x.text.as_str());
        // (The copy repeats everything from the first question up to itself, a heading or two
        // between at most: not two sections that open alike, a candidate's "Yes." as another's.)
        if k < 4
            || questions < 2
            || a + k + 3 < i
            || b[a + k..i]
                .iter()
                .any(|x| Some(x.text.as_str()) == headline)
        {
            continue;
        }
        // (And the heading the copy repeats over it, "Your questions answered": up to three
        // blocks before each copy alike.)
        let mut from = i;
        for m in 1..=3 {
            match (a.checked_sub(m), i.checked_sub(m)) {
                (Some(x), Some(y)) if y >= a + k && b[x].text == b[y].text => from = y,
                _ => break,
            }
        }
        doc.blocks.drain(from..to);
        return;
    }
}

/// A bilingual page's questions, each set as two headings alike, the question in one language
/// and then in the other, with the answers under the pair ("<h3 lang=cy>Faint fydd yr
/// ardoll?</h3><h3 lang=en>How much will the levy be?</h3>"): each pair is one question, as
/// a heading holding both after a line break is. Three pairs at least, most of the page's
/// question headings of that level in them.
fn bilingual_heading_pairs(doc: &mut Document) {
    if !doc.from_html {
        return;
    }
    let b = &doc.blocks;
    let heading = |i: usize| match b.get(i).map(|x| x.kind) {
        Some(BlockKind::Heading(l)) => Some(l),
        _ => None,
    };
    let asks = |i: usize| scan::one_bare_question(&b[i].text);
    // (Each level apart: a page's other question headings, "<h2>Any other questions?</h2>",
    // leave its pairs as they are.)
    let pairs_at = |level: u8| {
        let mut pairs = Vec::new();
        let mut asking = 0;
        let mut i = 0;
        while i < b.len() {
            if heading(i) != Some(level) || !asks(i) {
                i += 1;
                continue;
            }
            asking += 1;
            // (The pair, then the answer: not a run of three questions, a list of them.)
            if heading(i + 1) == Some(level)
                && asks(i + 1)
                && !(heading(i + 2).is_some() && asks(i + 2))
            {
                asking += 1;
                pairs.push(i);
                i += 2;
            } else {
                i += 1;
            }
        }
        (pairs.len() >= 3 && pairs.len() * 2 * 5 >= asking * 4).then_some(pairs)
    };
    let Some(pairs) = (1..=6).find_map(pairs_at) else {
        return;
    };
    // (Rebuilt once: a removal per pair would move the rest each time.)
    let mut pairs = pairs.into_iter().peekable();
    let mut blocks = Vec::with_capacity(doc.blocks.len());
    let mut old = std::mem::take(&mut doc.blocks).into_iter().enumerate();
    while let Some((i, mut b)) = old.next() {
        if pairs.next_if_eq(&i).is_some() {
            if let Some((_, second)) = old.next() {
                b.text = [b.text.as_str(), " ", second.text.as_str()].concat();
                b.runs.clear();
            }
        }
        blocks.push(b);
    }
    doc.blocks = blocks;
}

/// A box beside the story that says it explains, an `<aside>` headed "Explainer", "Q&A" or
/// "What we know" over two question headings at least: the article's, not a rail's, so its
/// blocks lose the aside's mark.
fn explainer_boxes(doc: &mut Document) {
    let b = &mut doc.blocks;
    let (mut i, mut run) = (0, 0);
    while i < b.len() {
        if !b[i].flags.has(Flags::ASIDE) {
            i += 1;
            continue;
        }
        // (The aside's run read once, its boxes one after another inside it.)
        if run <= i {
            run = i + 1;
            while run < b.len() && b[run].flags.has(Flags::ASIDE) {
                run += 1;
            }
        }
        // (Its heading may come under a picture or a label: each heading of the run is read.)
        let BlockKind::Heading(level) = b[i].kind else {
            i += 1;
            continue;
        };
        if !(scan::words_le(&b[i].text, 6) && scan::is_explainer_title(&b[i].text)) {
            i += 1;
            continue;
        }
        // (Up to the next heading of its rank: a rail's box may follow it at once, "You might
        // also like".)
        let end = (i + 1..run)
            .find(|&k| matches!(b[k].kind, BlockKind::Heading(l) if l <= level))
            .unwrap_or(run);
        let asking = || {
            b[i + 1..end]
                .iter()
                .filter(|x| {
                    matches!(x.kind, BlockKind::Heading(_)) && scan::ends_with_question(&x.text)
                })
                .nth(1)
                .is_some()
        };
        if asking() {
            for x in &mut b[i..end] {
                x.flags.0 &= !Flags::ASIDE;
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A transcription app's turns: a header line with the speaker's name and the time ("Ruth
/// Callan  00:01:48"), the words spoken in the paragraph under it. Each turn is labelled as
/// transcripts label their turns ("Ruth Callan: Marisol, welcome to the show…") and the header
/// line goes. (Where the headers name two speakers at least: one such line is any line.)
fn transcript_turns(doc: &mut Document) {
    // (Or the name alone, no colon, where such lines take turns: "INTERVIEWER" / "You grew
    // up…" / "CALLOWAY" / "Mostly it meant…", as literary magazines set their interviews.)
    // (Only the names that take turns: not the page's labels alone on their lines.)
    let speakers = bare_turns(&doc.blocks);
    let bare: &[String] = &speakers;
    // (Or the speaker's name alone before a colon, the words on the next line: "TOM WHELAN:" /
    // "Who's most at risk?", as a broadcaster's transcript page sets its turns.)
    fn head<'b>(b: &'b Block, bare: &[String]) -> Option<&'b str> {
        matches!(b.kind, BlockKind::Paragraph)
            .then(|| {
                scan::transcript_header(&b.text)
                    .or_else(|| scan::name_line(&b.text))
                    .or_else(|| scan::bare_name(&b.text).filter(|n| bare.iter().any(|s| s == n)))
            })
            .flatten()
    }
    // (Not the examiner's line over a testimony's marked turns, "BY MR. SALAZAR:" / "Q. When
    // did the lab results come back?": the marker opens the turn.)
    let is_turn = |b: &[Block], i: usize| {
        head(&b[i], bare).is_some()
            && b.get(i + 1).is_some_and(|n| {
                n.kind == BlockKind::Paragraph
                    && head(n, bare).is_none()
                    && scan::strip_question_marker(&n.text).is_none()
                    && scan::strip_answer_marker(&n.text, false).is_none()
            })
    };
    let b = &mut doc.blocks;
    // (Two speakers at least: "Updated 14:05" over each post of a live page names no one.)
    let mut names = (0..b.len())
        .filter(|&i| is_turn(b, i))
        .filter_map(|i| head(&b[i], bare));
    let first = names.next();
    if !names.any(|n| Some(n) != first) {
        return;
    }
    let mut drop = vec![false; b.len()];
    for i in 0..b.len().saturating_sub(1) {
        if !is_turn(b, i) {
            continue;
        }
        let name = head(&b[i], bare).unwrap_or_default().to_owned();
        prefix(&mut b[i + 1], &[name.as_str(), ": "].concat());
        drop[i] = true;
    }
    remove_marked(b, &drop);
}

/// The names alone on lines of their own that take turns over paragraphs, as an interview's
/// speakers do: six such lines at least, close together (a few paragraphs apart), the name
/// changing from one line to the next at least two times in three; two to four speakers (names
/// over two turns at least), up to three of the page's labels once each besides; one of them
/// asks (three turns at least, half of them ending on a question mark) and the others answer
/// (under one in three). Not a page's buttons ("Subscribe", "Share"), its labels ("Related
/// Story", a channel's credit) nor the sources' names over a search page's answers. Returns the
/// speakers' names; empty where no names take turns so.
fn bare_turns(b: &[Block]) -> Vec<String> {
    let name = |i: usize| {
        (b[i].kind == BlockKind::Paragraph)
            .then(|| scan::bare_name(&b[i].text))
            .flatten()
    };
    let lines: Vec<(usize, &str)> = (0..b.len().saturating_sub(1))
        .filter(|&i| name(i + 1).is_none() && b[i + 1].kind == BlockKind::Paragraph)
        .filter_map(|i| name(i).map(|n| (i, n)))
        .take(4096)
        .collect();
    if lines.len() < 6 {
        return Vec::new();
    }
    // Each name: its turns, and how many of them ask.
    let mut names: Vec<(&str, usize, usize)> = Vec::new();
    for &(i, l) in &lines {
        let asks = usize::from(scan::ends_with_question(&b[i + 1].text));
        match names.iter().position(|n| n.0 == l) {
            Some(k) => {
                names[k].1 += 1;
                names[k].2 += asks;
            }
            None if names.len() < 8 => names.push((l, 1, asks)),
            None => return Vec::new(),
        }
    }
    // (A few labels of the page's own, once each, may stand so too: the show's name under
    // the headline, "Chapters", "Transcript". They take no turns.)
    let speakers = names.iter().filter(|n| n.1 >= 2).count();
    if speakers > 4 || names.len() - speakers > 3 {
        return Vec::new();
    }
    let pairs = lines.len() - 1;
    let changes = lines.windows(2).filter(|w| w[0].1 != w[1].1).count();
    let close = lines.windows(2).filter(|w| w[1].0 - w[0].0 <= 8).count();
    let asking = names.iter().filter(|n| n.1 >= 3 && n.2 * 2 >= n.1).count();
    let answering = names.iter().filter(|n| n.2 * 3 < n.1).count();
    let turns = speakers >= 2
        && changes * 3 >= pairs * 2
        && close * 3 >= pairs * 2
        && asking == 1
        && answering == names.len() - 1;
    if turns {
        names
            .iter()
            .filter(|n| n.1 >= 2)
            .map(|n| n.0.to_owned())
            .collect()
    } else {
        Vec::new()
    }
}

/// An earnings call's transcript: each turn under a line naming the speaker and their post
/// ("Daniel Ruiz -- Halvorsen Securities -- Analyst" / the words). The analysts' turns are the
/// questions (marked "Q:" as an FAQ marks them), the executives' the answers (under their
/// names); the operator's hand-overs and the header lines go. Where two analysts' turns at
/// least follow such lines.
fn call_turns(doc: &mut Document) {
    let b = &mut doc.blocks;
    fn header(x: &Block) -> Option<(&str, bool)> {
        (x.kind == BlockKind::Paragraph)
            .then(|| scan::call_header(&x.text))
            .flatten()
    }
    let heads: Vec<(usize, bool)> = (0..b.len())
        .filter_map(|i| header(&b[i]).map(|(_, analyst)| (i, analyst)))
        .take(4096)
        .collect();
    if heads.iter().filter(|h| h.1).nth(1).is_none() {
        return;
    }
    let mut drop = vec![false; b.len()];
    for (k, &(h, analyst)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map_or(b.len(), |n| n.0);
        // (Not a list of the call's participants: a turn's words follow its line.)
        let Some(first) = (h + 1 < end)
            .then_some(h + 1)
            .filter(|&f| b[f].kind == BlockKind::Paragraph && !scan::words_le(&b[f].text, 4))
        else {
            continue;
        };
        drop[h] = true;
        let name = header(&b[h]).map_or("", |(n, _)| n).to_owned();
        if name == "Operator" {
            // (Up to the next speaker: the operator's lines are the call's, not an answer's.)
            drop[first..end].fill(true);
        } else if analyst {
            // (A question whether or not it ends asking: "… what it means for capex.")
            prefix(&mut b[first], "Q: ");
            b[first].flags.set(Flags::MARKED_QUESTION);
        } else {
            prefix(&mut b[first], &[name.as_str(), ": "].concat());
        }
    }
    remove_marked(b, &drop);
}

/// Removes the blocks marked in `drop` (one mark per block), keeping the others in order.
fn remove_marked(blocks: &mut Vec<Block>, drop: &[bool]) {
    let mut k = 0;
    blocks.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Puts `label` ("Ruth Callan: ", "Q: ") before a block's text, and before its runs if it has
/// them.
fn prefix(b: &mut Block, label: &str) {
    if !b.runs.is_empty() {
        b.runs.insert(
            0,
            crate::blocks::Run {
                text: label.to_owned(),
                marks: 0,
                href: None,
            },
        );
    }
    b.text.insert_str(0, label);
}

/// Two guests or more who take turns, each turn opening with the speaker's name and a full
/// stop, as Spanish papers set them ("Carmen. Nadie lo decidió…" / "Lucía. Yo trabajaba…"):
/// the names become the labels transcripts use ("Carmen: …"), so the answers carry their
/// speakers. A name counts when it opens two turns at least and the article names that person
/// before, inside a sentence ("Lucía (izquierda) y Carmen Ortega"): "Sí." opens turns too, but
/// is no one's name.
fn period_labels(doc: &mut Document) {
    fn label(x: &Block) -> Option<&str> {
        (x.kind == BlockKind::Paragraph)
            .then(|| scan::period_label(&x.text).map(|(l, _)| l))
            .flatten()
    }
    let b = &mut doc.blocks;
    let mut names: Vec<(&str, usize, usize)> = Vec::new();
    for (i, x) in b.iter().enumerate() {
        if let Some(l) = label(x) {
            match names.iter().position(|(n, _, _)| *n == l) {
                Some(k) => names[k].1 += 1,
                None if names.len() < 16 => names.push((l, 1, i)),
                None => {}
            }
        }
    }
    // (Named inside a sentence before its first turn: after a space, not after a sentence's
    // end.)
    let named_before = |name: &str, first: usize| {
        b[..first].iter().take(64).any(|x| {
            x.text.match_indices(name).take(8).any(|(k, _)| {
                let before = x.text[..k].trim_end_matches(' ');
                k > 0
                    && x.text[..k].ends_with(' ')
                    && !before.ends_with(['.', '?', '!', '¿', '¡', ':'])
                    && x.text[k + name.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !scan::is_word_char(c))
            })
        })
    };
    let speakers: Vec<String> = names
        .iter()
        .filter(|&&(n, count, first)| count >= 2 && named_before(n, first))
        .map(|&(n, _, _)| n.to_owned())
        .collect();
    let turns: usize = names
        .iter()
        .filter(|(n, _, _)| speakers.iter().any(|s| s == n))
        .map(|(_, c, _)| c)
        .sum();
    if speakers.len() < 2 && turns < 3 || speakers.is_empty() {
        return;
    }
    for x in b.iter_mut() {
        let Some(at) = label(x)
            .filter(|l| speakers.iter().any(|s| s == l))
            .map(str::len)
        else {
            continue;
        };
        // The full stop after the name, in the text and in its run (each replaced only where it
        // is that full stop: a byte of its own, never inside a character).
        let at = at + (x.text.len() - scan::trim_start(&x.text).len());
        if x.text.as_bytes().get(at) != Some(&b'.') {
            continue;
        }
        x.text.replace_range(at..at + 1, ":");
        let mut from = 0;
        for r in &mut x.runs {
            if (from..from + r.text.len()).contains(&at) {
                if r.text.as_bytes().get(at - from) == Some(&b'.') {
                    r.text.replace_range(at - from..at - from + 1, ":");
                }
                break;
            }
            from += r.text.len();
        }
    }
}

/// An interview whose asker is labelled by the outlet's name in lower case, as the brand
/// writes it ("kicker: Gibt es Gespräche?" / "Wendler: Es gibt Gespräche, ja.", "ge: O salário
/// pesou?"): the label is capitalised, so it reads as a speaker's. Where it opens three
/// paragraphs at least, each answered by another speaker's labelled turn.
fn lower_case_asker(doc: &mut Document) {
    fn label(t: &str) -> Option<&str> {
        let (w, rest) = t.split_once(": ")?;
        ((2..=12).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !scan::trim(rest).is_empty())
        .then_some(w)
    }
    let b = &doc.blocks;
    // (The cheap look first: a paragraph opening on a lower-case ASCII letter.)
    let Some(w) = b
        .iter()
        .filter(|x| x.text.starts_with(|c: char| c.is_ascii_lowercase()))
        .find_map(|x| label(&x.text))
        .map(str::to_owned)
    else {
        return;
    };
    // (Answered by one or two people, each turn under their name: not papers quoted in turn,
    // "FAZ:", "SZ:", "Welt:".)
    let mut answerers: Vec<&str> = Vec::new();
    let mut answered = 0;
    for i in 1..b.len() {
        if label(&b[i - 1].text) != Some(w.as_str()) || label(&b[i].text).is_some() {
            continue;
        }
        if let Some((who, _)) = scan::speaker_label(&b[i].text) {
            answered += 1;
            if !answerers.contains(&who) {
                answerers.push(who);
            }
            if answerers.len() > 2 {
                return;
            }
        }
    }
    // (Most of its turns ask, as an interviewer's do: not a press review quoting "taz:" among
    // the other papers.)
    let (mut turns, mut asking) = (0, 0);
    for x in b.iter().filter(|x| label(&x.text) == Some(w.as_str())) {
        turns += 1;
        asking += usize::from(scan::ends_with_question(&x.text));
    }
    if answered < 3 || asking * 2 < turns {
        return;
    }
    let mut cap = w.clone();
    cap[..1].make_ascii_uppercase();
    for x in doc.blocks.iter_mut() {
        if label(&x.text) == Some(w.as_str()) {
            x.text.replace_range(..1, &cap[..1]);
            if let Some(r) = x
                .runs
                .first_mut()
                .filter(|r| r.text.starts_with(w.as_str()))
            {
                r.text.replace_range(..1, &cap[..1]);
            }
        }
    }
}

/// Labels on lines of their own over each question and each answer ("Vraag 1" / "Bent u
/// bekend met …?" / "Antwoord 1" / "Ja."), as a parliament's record of written questions sets
/// them: each becomes the marker it stands for ("Q: Bent u bekend…", "A: Ja.") and the label's
/// line goes. Where two questions at least are labelled so, and an answer too.
fn label_lines(doc: &mut Document) {
    // (Or the label on the block's first line, the text after its break: "<p><strong>질문
    // </strong><br>결혼 후 …</p>" — the label's line split off first.)
    let inline = |x: &Block| {
        let i = x.runs.iter().position(|r| r.text == "\n")?;
        let first: String = x.runs[..i].iter().map(|r| r.text.as_str()).collect();
        scan::marker_line(&first)?;
        (i + 1 < x.runs.len()).then(|| x.runs[..=i].iter().map(|r| r.text.len()).sum::<usize>())
    };
    if doc
        .blocks
        .iter()
        .filter(|x| x.kind == BlockKind::Paragraph && inline(x).is_some())
        .nth(2)
        .is_some()
    {
        let old = std::mem::take(&mut doc.blocks);
        for x in old {
            match inline(&x)
                .filter(|_| x.kind == BlockKind::Paragraph)
                .and_then(|at| x.split_at_answer(at, BlockKind::Paragraph))
            {
                Some((label, rest)) => {
                    doc.blocks.push(label);
                    doc.blocks.push(rest);
                }
                None => doc.blocks.push(x),
            }
        }
    }
    let b = &mut doc.blocks;
    // (Or the answer's bare letter, an icon's text in a span of its own, as a ministry's FAQ
    // sets it under its numbered questions: "Q1-2 利用登録は…できますか。" / "A" / "次の…".)
    let bare = |t: &str| matches!(scan::trim(t), "A" | "Ａ" | "答" | "A." | "A:" | "Ａ．");
    let label = |x: &Block| {
        matches!(x.kind, BlockKind::Paragraph | BlockKind::Heading(_))
            .then(|| scan::marker_line(&x.text).or_else(|| bare(&x.text).then_some(false)))
            .flatten()
    };
    // (Each label over a block that is no label.)
    let labelled = |b: &[Block], i: usize| {
        label(&b[i]).filter(|_| {
            b.get(i + 1)
                .is_some_and(|n| label(n).is_none() && !n.text.is_empty())
        })
    };
    let (mut asked, mut answered) = (0, 0);
    for i in 0..b.len() {
        match labelled(b, i) {
            Some(true) => asked += 1,
            Some(false) => answered += 1,
            None => {}
        }
    }
    // (Questions marked in their own line count as labelled ones: "Q1-1 …", "Q: …".)
    let marked = || {
        b.iter()
            .filter(|x| {
                scan::strip_question_marker(&x.text).is_some()
                    || x.flags.has(Flags::CLASS_HEADING) && scan::ends_with_question(&x.text)
            })
            .nth(1)
            .is_some()
    };
    if answered == 0 || asked < 2 && !(answered >= 2 && marked()) {
        return;
    }
    let mut drop = vec![false; b.len()];
    for i in 0..b.len() {
        if let Some(q) = labelled(b, i) {
            drop[i] = true;
            let next = &mut b[i + 1];
            next.kind = BlockKind::Paragraph;
            prefix(next, if q { "Q: " } else { "A: " });
        }
    }
    remove_marked(b, &drop);
}

/// A printed document's page breaks, as a filing or a converted PDF keeps them: the page's
/// number on a line of its own ("3"), then the running line that opens each page ("Table of
/// Contents", a link back to it). Where two breaks at least are so set, the numbers and every
/// such running line go: they fall between a question and its answer.
fn page_breaks(doc: &mut Document) {
    let b = &mut doc.blocks;
    let number = |x: &Block| {
        x.kind == BlockKind::Paragraph
            && (1..=4).contains(&x.text.len())
            && x.text.bytes().all(|c| c.is_ascii_digit())
    };
    // (The first block after `i` that is not a rule nor the next page's picture.)
    let after = |b: &[Block], i: usize| {
        (i + 1..b.len().min(i + 4))
            .find(|&j| !matches!(b[j].kind, BlockKind::Separator | BlockKind::Image))
    };
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    for i in 0..b.len() {
        if !number(&b[i]) {
            continue;
        }
        let Some(h) = after(b, i) else {
            continue;
        };
        let line = &b[h].text;
        if !line.is_empty() && scan::words_le(line, 12) && !number(&b[h]) {
            breaks.push((i, h));
        }
        if breaks.len() > 4096 {
            return;
        }
    }
    // (The same running line after two numbers in a row at least: compared pair by pair,
    // linear in the breaks.)
    let Some(running) = breaks
        .windows(2)
        .find(|w| b[w[0].1].text == b[w[1].1].text)
        .map(|w| b[w[0].1].text.clone())
    else {
        return;
    };
    // (Numbered as pages are, each after the one before: not a thread's vote counts over its
    // "Reply" buttons.)
    let pages: Vec<usize> = breaks
        .iter()
        .filter(|&&(_, h)| b[h].text == running)
        .map(|&(i, _)| i)
        .collect();
    let value = |i: usize| {
        b[i].text
            .bytes()
            .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'))
    };
    if pages.windows(2).any(|w| value(w[1]) <= value(w[0])) {
        return;
    }
    let mut drop = vec![false; b.len()];
    for &i in &pages {
        drop[i] = true;
    }
    for (k, x) in b.iter().enumerate() {
        if x.text == running && x.kind != BlockKind::Image {
            drop[k] = true;
        }
    }
    remove_marked(b, &drop);
}

/// A thread's comment headers copied a part a line, as the old Reddit's page copies ("level 2" /
/// "ridgeline_lookout" / "OP" / "·" / "1 day ago"): each becomes the one line Reddit prints
/// ("ridgeline_lookout OP · 1 day ago") for `thread_comments` to read. Where two at least are so.
fn comment_header_lines(doc: &mut Document) {
    let b = &mut doc.blocks;
    let level = |x: &Block| {
        x.text
            .strip_prefix("level ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
    };
    // (The handle's line, its badge's, the dot's (a rule), the age's: from `i`.)
    let header = |b: &[Block], i: usize| -> Option<(String, usize)> {
        let handle = b.get(i).filter(|x| x.kind == BlockKind::Paragraph)?;
        let mut k = i + 1;
        let badge = b
            .get(k)
            .map(|x| x.text.as_str())
            .filter(|t| matches!(*t, "OP" | "MOD" | "Mod"));
        k += usize::from(badge.is_some());
        (b.get(k)?.kind == BlockKind::Separator).then_some(())?;
        let age = b.get(k + 1)?;
        let line = [
            handle.text.as_str(),
            badge.map_or("", |_| " "),
            badge.unwrap_or(""),
            " · ",
            age.text.as_str(),
        ]
        .concat();
        scan::comment_header(&line).is_some().then(|| (line, k + 2))
    };
    // (The new Reddit's page copies the same header without the level: "thames_tug_jo" / "OP" /
    // "•" / "9h ago".)
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() && found.len() < 4096 {
        let from = i + usize::from(level(&b[i]));
        if let Some((line, end)) = header(b, from) {
            found.push((i, from, line, end));
            i = end;
            continue;
        }
        i += 1;
    }
    if found.len() < 2 {
        return;
    }
    let mut drop = vec![false; b.len()];
    for (i, from, line, end) in found {
        // (The level's line goes with the rest; the handle's holds the header.)
        drop[i..end].fill(true);
        drop[from] = false;
        b[from].text = line;
        b[from].runs.clear();
    }
    remove_marked(b, &drop);
}

/// A discussion thread's questions and answers, as an "Ask Me Anything" page sets them: each
/// comment under its header ("quietbirch · 8h"), its score and buttons under it ("2.4K" /
/// "Reply" / "Share"). A comment that asks, answered by the original poster's next comment
/// ("towerwatch_marta OP · 7h"), is a question and its answer: they are marked "Q:" and "A:"
/// as an FAQ marks them, and the headers, scores and buttons go. The other comments — a
/// moderator's notice, a compliment the poster thanks for, a question only others answer —
/// are none of the poster's answers and go too, unless the poster goes on in a comment of
/// their own. Where two questions at least are answered so.
fn thread_comments(doc: &mut Document) {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Question,
        Answer,
        More,
        Gone,
    }
    let b = &mut doc.blocks;
    let heads: Vec<(usize, bool)> = b
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind == BlockKind::Paragraph)
        .filter_map(|(i, x)| scan::comment_header(&x.text).map(|(_, op)| (i, op)))
        .take(4096)
        .collect();
    if heads.iter().filter(|h| h.1).nth(1).is_none() {
        return;
    }
    // Each comment's words: from under its header up to its score, its buttons or the next
    // header.
    let n = b.len();
    let bodies: Vec<std::ops::Range<usize>> = heads
        .iter()
        .map(|&(h, _)| {
            let end = (h + 1..n)
                .find(|&j| {
                    scan::is_comment_furniture(&b[j].text)
                        || scan::comment_header(&b[j].text).is_some()
                })
                .unwrap_or(n);
            h + 1..end
        })
        .collect();
    let asks = |k: usize| {
        bodies[k]
            .clone()
            .any(|j| scan::has_question_mark(&b[j].text))
    };
    let pair = |k: usize| {
        !heads[k].1
            && heads.get(k + 1).is_some_and(|h| h.1)
            && asks(k)
            && !bodies[k].is_empty()
            && !bodies[k + 1].is_empty()
    };
    if (0..heads.len()).filter(|&k| pair(k)).nth(1).is_none() {
        return;
    }
    let mut parts = vec![Part::Gone; heads.len()];
    for k in 0..heads.len() {
        parts[k] = if pair(k) {
            Part::Question
        } else if k > 0 && parts[k - 1] == Part::Question {
            Part::Answer
        } else if heads[k].1 && k > 0 && matches!(parts[k - 1], Part::Answer | Part::More) {
            Part::More
        } else {
            Part::Gone
        };
    }
    let mut drop = vec![false; n];
    for (k, &(h, _)) in heads.iter().enumerate() {
        // (The comment's span: up to the next header, or past its own furniture.)
        let end = heads.get(k + 1).map_or_else(
            || {
                (bodies[k].end..n)
                    .find(|&j| !scan::is_comment_furniture(&b[j].text))
                    .unwrap_or(n)
            },
            |next| next.0,
        );
        // (A question's comment from its line that asks: the reader's preamble before it, "My
        // grandad worked on the lighters…", is no part of the question.)
        let asking = || {
            bodies[k]
                .clone()
                .find(|&j| scan::has_question_mark(&b[j].text))
                .unwrap_or(bodies[k].start)
        };
        let keep = match parts[k] {
            Part::Gone => 0..0,
            Part::Question => asking()..bodies[k].end,
            _ => bodies[k].clone(),
        };
        for (j, d) in drop.iter_mut().enumerate().take(end).skip(h) {
            *d = !keep.contains(&j);
        }
        match parts[k] {
            Part::Question => prefix(&mut b[keep.start], "Q: "),
            Part::Answer => prefix(&mut b[bodies[k].start], "A: "),
            _ => {}
        }
    }
    remove_marked(b, &drop);
}

/// A Korean news agency's transcript (일문일답): each question opens with "--", each answer with
/// "▲" and the answerer in brackets ("-- 예산은 얼마나 드나." / "▲ (이 차관) 연간 3천억원…").
/// Where two questions at least are answered so, the marks become the "Q:" and "A:" they stand
/// for, and a bracketed answerer the answer's speaker label ("이 차관: 연간…").
fn dash_and_triangle_turns(doc: &mut Document) {
    fn asked(t: &str) -> Option<&str> {
        // (Or one hyphen and a space before Hangul, as a portal's copy sets it: "- 주장은 누구에게
        // 맡길 생각인가?" / "▲ 아직 정하지 않았다.")
        if let Some(r) = scan::hangul_dash_prompt(t) {
            return Some(scan::trim(r));
        }
        let r = t.strip_prefix("--")?;
        (!r.starts_with('-')).then(|| scan::trim(r))
    }
    fn answered(t: &str) -> Option<&str> {
        t.strip_prefix('▲').map(scan::trim)
    }
    let b = &mut doc.blocks;
    let text = |b: &Block| scan::trim(&b.text).to_owned();
    let pairs = b
        .windows(2)
        .filter(|w| {
            asked(scan::trim(&w[0].text)).is_some() && answered(scan::trim(&w[1].text)).is_some()
        })
        .take(2)
        .count();
    if pairs < 2 {
        return;
    }
    for blk in b.iter_mut().filter(|x| x.runs.is_empty()) {
        let t = text(blk);
        if let Some(q) = asked(&t) {
            blk.text = ["Q: ", q].concat();
        } else if let Some(a) = answered(&t) {
            // (The answerer in brackets, a name and a title: "(이 차관)", "(최 정책관)".)
            let who = a
                .strip_prefix('(')
                .and_then(|r| r.split_once(')'))
                .filter(|(who, rest)| {
                    !who.is_empty() && who.chars().nth(16).is_none() && !scan::trim(rest).is_empty()
                });
            blk.text = match who {
                Some((who, rest)) => [scan::trim(who), ": ", scan::trim(rest)].concat(),
                None => ["A: ", a].concat(),
            };
        }
    }
}

/// A Korean portal's page of an agency's 일문일답, its turns in paragraphs of their own: the
/// interviewer's prompts after a hyphen and a space, asking or not, the answers undashed ("- 비중은
/// 어느 정도인가." / "전체의 약 40%를…"). The hyphens are the turns' dashes, not a list's bullets,
/// and are written as en dashes, as the plain text's are (`text::dash_turns`). Only where two
/// prompts at least are answered so, from the first one on.
fn hangul_dash_turns(doc: &mut Document) {
    let b = &mut doc.blocks;
    let plain = |x: &Block| x.kind == BlockKind::Paragraph && x.runs.is_empty();
    let mut pairs = (1..b.len()).filter(|&i| {
        plain(&b[i - 1])
            && plain(&b[i])
            && !b[i - 1].text.contains('\n')
            && scan::hangul_dash_pair(&b[i - 1].text, &b[i].text)
    });
    let Some(from) = pairs.next() else {
        return;
    };
    if pairs.next().is_none() {
        return;
    }
    for x in b[from - 1..].iter_mut() {
        if plain(x) && !x.text.contains('\n') {
            if let Some(r) = x.text.strip_prefix("- ").filter(|r| !r.is_empty()) {
                x.text = ["– ", r].concat();
            }
        }
    }
}

/// Minutes that set each question after a bullet and each answer after a dash ("• Will prices
/// go up?" / "– PD: Adult prices will rise…" / "– NF added that…"): the dash marks the answer,
/// as "A:" would, and leaves it, so the answerer's initials read as a speaker's label. Where
/// two questions at least that open with no dash are answered so, and few dashed paragraphs
/// ask (a dialogue-dash interview dashes both sides); only the dashed paragraphs right after
/// such a question lose it — elsewhere a dash may be a quotation's.
fn dashed_answers(doc: &mut Document) {
    let b = &mut doc.blocks;
    let plain = |x: &Block| x.kind == BlockKind::Paragraph && x.runs.is_empty();
    let opens_dash = |x: &Block| x.text.starts_with(['–', '—']);
    // (A sentence: not a reader's signature under the question, "— Tom, Leeds", "— loads of
    // you".)
    let dash = |x: &Block| {
        plain(x)
            && opens_dash(x)
            && matches!(scan::last_significant(&x.text), Some('.' | '!' | '…'))
            && scan::after_dialogue_dash(&x.text).is_some()
            && !scan::is_dash_signature(&x.text)
    };
    let asks = |x: &Block| scan::ends_with_question(&x.text);
    let (mut questions, mut asking_dashed) = (Vec::new(), 0);
    for i in 0..b.len() {
        if opens_dash(&b[i]) {
            asking_dashed += usize::from(asks(&b[i]));
        } else if plain(&b[i]) && b.get(i + 1).is_some_and(dash) && asks(&b[i]) {
            questions.push(i);
        }
    }
    if questions.len() < 2 || asking_dashed * 4 > questions.len() {
        return;
    }
    // (Each question's dashed paragraphs, up to the first without a dash.)
    for q in questions {
        let mut j = q + 1;
        while j < b.len() && dash(&b[j]) {
            if let Some(rest) = scan::after_dialogue_dash(&b[j].text) {
                b[j].text = rest.to_owned();
            }
            j += 1;
        }
    }
}

/// A two-column table whose rows are a question and its answer ("When will it start? | From
/// Monday…"), as council pages and FAQ tables set them, reads as Q&A: its questions become
/// terms, its answers paragraphs, its header row ("Question | Answer") goes. A table of
/// figures, or one whose first column mostly does not ask, stays a table.
///
/// So does one with a topic column before the questions, its cells spanning rows ("Kosten |
/// Wat kost het legen? | € 7,10"): the topics go, and a row that holds only the next part of an
/// answer (the question's cell spans two rows) goes on with that answer.
fn qa_tables(doc: &mut Document) {
    let b = &mut doc.blocks;
    let cell = |b: &Block| matches!(b.kind, BlockKind::Cell(_));
    let mut drop = Vec::new();
    // Each table: its blocks from the first cell on (a cell holding paragraphs gives
    // paragraphs), cut into rows where a row's first cell starts.
    for (i, end) in table_spans(b) {
        let mut rows: Vec<usize> = (i..end)
            .filter(|&j| b[j].flags.has(Flags::ROW_START))
            .collect();
        if rows.first() != Some(&i) {
            continue;
        }
        rows.push(end);
        let cells = |w: &[usize]| (w[0]..w[1]).filter(|&k| cell(&b[k])).count();
        let asks = |k: usize| scan::ends_with_question(&b[k].text);
        // The row's question: its first cell, with the answer after it; or its second after a
        // topic that is a label, not a question ("Afvalpas | Wanneer krijg ik…? | Alle…").
        // (A row's marker in a cell of its own, as an email's table sets them: "Q | Can I keep
        // hens?" over "A | Yes, but …".)
        let marker = |r: usize, q: bool| {
            let t = scan::trim(&b[r].text).trim_end_matches([':', '.']);
            cell(&b[r])
                && t.len() <= 9
                && Words(if q {
                    "q|question|f|frage|p|pregunta|domanda|vraag"
                } else {
                    "a|answer|response|reply|antwort|r|respuesta|réponse|risposta|antwoord"
                })
                .contains(&scan::fold(t))
        };
        let question = |w: &[usize]| {
            let after_topic = w[0] + 1;
            // (Not a header row of labels, "Question | Answer".)
            let marked = marker(w[0], true)
                && after_topic < w[1]
                && cells(w) == 2
                && !marker(after_topic, false);
            if marked
                || after_topic + 1 < w[1]
                    && scan::is_topic_label(&b[w[0]].text)
                    && cell(&b[after_topic])
                    && asks(after_topic)
                    && cells(&[after_topic, w[1]]) <= 2
            {
                Some(after_topic)
            } else {
                // (A row of one cell that asks is a question too, its answer's cell spanning
                // from the row over it: "Is the deposit refundable? | Yes, in full…" / "I've
                // decided not to enroll. Do I get my deposit back?". Not a marked one across
                // the table, "Q: Is parking free?": a table of marker rows is read apart.)
                (w[1] > w[0] + 1 && cells(w) <= 2
                    || w[1] == w[0] + 1
                        && cell(&b[w[0]])
                        && asks(w[0])
                        && scan::strip_question_marker(&b[w[0]].text).is_none())
                .then_some(w[0])
            }
        };
        let windows: Vec<&[usize]> = rows.windows(2).collect();
        // (Each row's question found once: the topics are read from the same list.)
        let all_qs: Vec<Option<usize>> = windows.iter().map(|w| question(w)).collect();
        // (A row's header cell that asks is the row's question, `<th scope="row">…?</th>`,
        // unless the cell beside it is a label too: "Myth or fact? | What our advisers say".)
        let label_beside = |r: usize| {
            b.get(r + 1).is_some_and(|x| {
                cell(x) && scan::words_le(&x.text, 5) && !scan::is_sentence(&x.text)
            })
        };
        let header = |r: usize| {
            (matches!(b[r].kind, BlockKind::Cell(true)) && (!asks(r) || label_beside(r)))
                || (!asks(r) && scan::words_le(&b[r].text, 2))
        };
        // (A header row is labels across: not a first row whose label cell heads its value,
        // "Minimum age | 13 (16 for direct messages)".)
        let skip = usize::from(
            windows.len() > 2
                && cells(windows[0]) <= 3
                && (windows[0][0]..windows[0][1]).all(|r| !cell(&b[r]) || header(r)),
        );
        let body = &windows[skip..];
        let qs = &all_qs[skip..];
        // (Read under the header row: its labels, "Question | Response", are no topic and its
        // question.)
        let topics = body
            .iter()
            .zip(qs)
            .any(|(w, q)| q.is_some_and(|q| q > w[0]));
        // Every row a question's, or (under topics) a row of one cell that goes on with the
        // answer before it.
        // (Or a section's row, a header cell across the table, "Starting to repay": a
        // heading between the questions.)
        let section = |w: &[usize]| {
            !topics
                && cells(w) == 1
                && !asks(w[0])
                && (matches!(b[w[0]].kind, BlockKind::Cell(true))
                    || scan::words_le(&b[w[0]].text, 6))
        };
        // (An answer's row under its marked question, "A | Yes, but …", read once a row.)
        let answers: Vec<bool> = body.iter().map(|w| marker(w[0], false)).collect();
        let two = (qs.first().is_some_and(Option::is_some)
            || body.first().is_some_and(|w| section(w)))
            && body.iter().zip(qs).zip(&answers).all(|((w, q), &answer)| {
                q.is_some() || (topics && cells(w) == 1 && !asks(w[0])) || section(w) || answer
            });
        let n = qs.iter().flatten().count();
        let asking = qs.iter().flatten().filter(|&&q| asks(q)).count();
        // (Not a ranking of questions, each by its rank and a figure beside it, "1 | Comment
        // est élu le pape ? | + 5 000 %", half the rows or more: no answers in words.)
        let figures = body
            .iter()
            .zip(qs)
            .filter(|(w, q)| {
                q.is_some_and(|q| {
                    // (Ranked: a number's cell before the question.)
                    let rank = scan::trim(&b[w[0]].text).trim_end_matches(['.', 'º', '°']);
                    q > w[0]
                        && !rank.is_empty()
                        && rank.bytes().all(|c| c.is_ascii_digit())
                        && q + 1 < w[1]
                        && (q + 1..w[1]).all(|k| {
                            !b[k]
                                .text
                                .chars()
                                .any(|c| scan::is_word_char(c) && !c.is_ascii_digit())
                        })
                })
            })
            .count();
        if two && n >= 3 && asking * 2 >= n && figures * 2 < n {
            // (A last row that does not ask under rows that all do, a summary's label, is the
            // table's summary, "The bottom line | Heavy players…": a heading over its text, not
            // a question — unlike an item stated, "I don't have room for another bin".)
            // (A summary's label only: not a topic, "Opting out", nor a question without its
            // mark, "Can I opt out".)
            let summary = qs.last().copied().flatten().filter(|&k| {
                n >= 4 && asking + 1 == n && !asks(k) && scan::is_short_answer_label(&b[k].text)
            });
            drop.extend(rows[0]..body[0][0]);
            let headings: Vec<bool> = body
                .iter()
                .zip(qs)
                .zip(&answers)
                .map(|((w, q), &answer)| q.is_none() && !answer && section(w))
                .collect();
            for (((w, &q), heading), answer) in body.iter().zip(qs).zip(headings).zip(answers) {
                if answer {
                    drop.push(w[0]);
                }
                for (k, x) in b[w[0]..w[1]].iter_mut().enumerate() {
                    let k = w[0] + k;
                    // (WordPress sets its tables in a <figure>: not a photo's.)
                    x.flags.0 &= !(Flags::ROW_START | Flags::FIGURE);
                    x.group = 0;
                    if summary == Some(k) {
                        x.kind = BlockKind::Heading(3);
                    } else if q == Some(k) {
                        // (The question column's cell is a question, with or without its mark.)
                        x.kind = BlockKind::Term;
                        x.flags.set(Flags::MARKED_QUESTION);
                    } else if q.is_some_and(|q| k < q) {
                        drop.push(k);
                    } else if heading {
                        x.kind = BlockKind::Heading(3);
                    } else if matches!(x.kind, BlockKind::Cell(_)) {
                        x.kind = BlockKind::Paragraph;
                    }
                }
            }
            if let Some(x) = b.get_mut(end) {
                x.flags.set(Flags::AFTER_TABLE);
            }
        }
    }
    remove_blocks(b, &drop);
}

/// Where a footnote's number in brackets glued to a word stands inside a question, before its
/// end: "Europea[3] con…?" (one such; one or two digits).
fn footnote_in(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
    let k = (1..b.len()).find(|&k| {
        b[k] == b'['
            && !matches!(b[k - 1], b' ' | b'[' | b'(')
            // (Not an index, "arr[0]": notes count from 1.)
            && digit(k + 1)
            && b[k + 1] != b'0'
            && (b.get(k + 2) == Some(&b']') || digit(k + 2) && b.get(k + 3) == Some(&b']'))
    })?;
    scan::ends_with_question(&t[k..]).then_some(k)
}

/// The tables among the blocks, each (its first block, the index past its last): a group's
/// blocks from a cell on. (Found before the passes change them: a pass takes a table's blocks
/// out of its group, never another table's.)
fn table_spans(b: &[Block]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let g = b[i].group;
        if matches!(b[i].kind, BlockKind::Cell(_)) && g != 0 {
            // (Past a list or a quote inside a cell, whose blocks are their own group: up to
            // the table's last block before a block in no group, 64 blocks at most between.)
            let (mut end, mut j) = (i + 1, i + 1);
            while j < b.len() && b[j].group != 0 && j - end < 64 {
                if b[j].group == g {
                    end = j + 1;
                }
                j += 1;
            }
            spans.push((i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// Removes the blocks at `drop` (ascending indices), in one pass.
fn remove_blocks(b: &mut Vec<Block>, drop: &[usize]) {
    if !drop.is_empty() {
        let mut k = 0;
        b.retain(|_| {
            k += 1;
            drop.binary_search(&(k - 1)).is_err()
        });
    }
}

/// A Q&A set in a table of marker rows, as older CMSes laid one out ("<tr><td><b>Q.</b></td>
/// <td>Our tomatoes …?</td></tr><tr><td><b>A.</b></td><td>Probably …</td></tr>"), reads as a
/// copy of the page reads it: the question's marker before its words ("Q. Our tomatoes …?"),
/// the answer's cells its paragraphs (its marker alone goes); the table goes. Where every row
/// of the table opens on a marker alone, a question's in one at least.
fn marker_tables(doc: &mut Document) {
    let b = &mut doc.blocks;
    let cell = |x: &Block| matches!(x.kind, BlockKind::Cell(_));
    let bare_letter = |t: &str| matches!(t, "Q" | "Ｑ" | "F" | "P" | "D" | "V");
    // (A label cell may hold the bare letter, no colon or stop: "Q" | "Four wins from six…?",
    // "A" | "Results-wise, probably, yes.")
    let row_marker = |x: &Block, questions: bool| {
        let t = scan::trim(&x.text);
        cell(x)
            && x.flags.has(Flags::ROW_START)
            && (scan::is_bare_marker(t, questions)
                // (Or "F" / "A" in German, "Q" / "R" in French, "P" / "R" in Spanish, "D" / "R"
                // in Italian, "V" / "A" in Dutch.)
                || questions && bare_letter(t)
                || matches!(t, "A" | "Ａ" | "R"))
    };
    let mut drop = Vec::new();
    for (i, end) in table_spans(b) {
        // (Each table of the span: a page laid out in tables holds the Q&A's in one of them.)
        let mut groups: Vec<u32> = Vec::new();
        for x in &b[i..end] {
            if cell(x) && x.flags.has(Flags::ROW_START) && !groups.contains(&x.group) {
                groups.push(x.group);
                if groups.len() == 8 {
                    break;
                }
            }
        }
        for g in groups {
            let rows = (i..end).filter(|&k| b[k].flags.has(Flags::ROW_START) && b[k].group == g);
            // (A bare letter's row asks in the cell beside it: not a table of grade or
            // attendance codes, "P" | "Pass", "F" | "Fail", "R" | "Resit".)
            let asked = rows.clone().any(|k| {
                row_marker(&b[k], true)
                    && !row_marker(&b[k], false)
                    && (!bare_letter(scan::trim(&b[k].text))
                        || b.get(k + 1)
                            .is_some_and(|n| n.group == g && scan::ends_with_question(&n.text)))
            });
            // (A marker may open the cell's words instead, "Q: Is there an ATM?", and a few rows
            // may hold something else between, a promo: "NEW FOR 2009: Tuesday is Dollar Day!")
            let (mut n, mut others) = (0, 0);
            for k in rows {
                n += 1;
                let x = &b[k];
                others += usize::from(
                    !row_marker(x, true)
                        && scan::strip_question_marker(&x.text).is_none()
                        && scan::strip_answer_marker(&x.text, false).is_none(),
                );
            }
            if asked && others * 4 <= n {
                for k in i..end {
                    if b[k].group != g {
                        continue;
                    }
                    let answer = row_marker(&b[k], false);
                    let question = !answer && row_marker(&b[k], true);
                    let words_next = b
                        .get(k + 1)
                        .is_some_and(|n| n.group == g && !n.text.is_empty());
                    // (The question's marker goes before the words in the next cell; a question's
                    // marker with no words after it stays.)
                    if question && words_next {
                        let mut m = std::mem::take(&mut b[k].text);
                        // (A bare letter, "F", reads as the marker it stands for.)
                        if !scan::is_bare_marker(&m, true) {
                            m = "Q:".into();
                        }
                        let n = &mut b[k + 1];
                        n.text = [m.as_str(), " ", &n.text].concat();
                        if let Some(r) = n.runs.first_mut() {
                            r.text = [m.as_str(), " ", &r.text].concat();
                        }
                    }
                    if answer || (question && words_next) {
                        drop.push(k);
                    }
                    let x = &mut b[k];
                    x.flags.0 &= !(Flags::ROW_START | Flags::FIGURE);
                    x.group = 0;
                    if cell(x) {
                        x.kind = BlockKind::Paragraph;
                    }
                }
                // (One table a span: the blocks to drop stay in order.)
                break;
            }
        }
    }
    remove_blocks(b, &drop);
}

/// `Q: Why?<br>A: Because.` in one paragraph becomes two blocks, and so does a plain run-in
/// question ("What is changing? From September, …") where [`plain_run_ins`] says so. The
/// document is rebuilt (by moving its blocks) only when some block splits; most documents pass
/// through untouched.
fn split_question_lines(mut doc: Document) -> Document {
    if doc.blocks.iter().any(|b| b.split_marked_lines().is_some()) {
        let old = std::mem::take(&mut doc.blocks);
        for b in old {
            match b.split_marked_lines() {
                Some(parts) => doc.blocks.extend(parts),
                None => doc.blocks.push(b),
            }
        }
    }
    // (Crossheads between dashes where the article sets two at least: one such line is any
    // line's.)
    let crossheads = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && scan::dash_crosshead(&b.text).is_some())
        .nth(1)
        .is_some();
    for b in &mut doc.blocks {
        if let Some(q) = b.without_status_tag() {
            *b = q;
        }
        // (A wiki's section link glued to its heading, copied as text: "Who runs this
        // wiki?[edit]".)
        if b.runs.is_empty() {
            if let Some(k) = scan::edit_link_at(&b.text) {
                b.text.truncate(k);
            }
        }
        if crossheads {
            b.make_dash_crosshead();
        }
    }
    let lists = run_in_lists(&doc);
    let plain = plain_run_ins(&doc, &lists);
    let quoted = quoted_answers(&doc);
    // (Not the headline: "What is a passkey? Why your bank wants you to ditch your password" is
    // one, in text its first line past any section labels.)
    let headline = (!doc.from_html).then(|| text_headline(&doc)).flatten();
    // (Nor a reader's letter that opens asking, signed on the line under it: "Is it too late to
    // plant garlic? I just bought some bulbs…" / "— Lise, Winnipeg" is the letter, whole.)
    // (Nor a photo's caption over its credit line: "Is it time to switch? Comparison sites say
    // …" / "Credit: Shutterstock"; nor an embedded post over its attribution, "¿Viajas el lunes?
    // Consulta…" / "— Metro de Valmira (@MetroValmira) March 6, 2025".)
    let signed = |next: Option<&Block>| {
        next.is_some_and(|n| {
            scan::is_dash_signature(&n.text)
                || scan::is_reader_signature(&n.text)
                || scan::strip_credit_label(&n.text).is_some()
                || scan::is_embed_attribution(&n.text)
        })
    };
    // Questions on lines of their own in a text, three at least (an explainer copied without
    // its bold): one run into its answer among them is a question too when the answer opens
    // with yes or no.
    let alone = !plain
        && !doc.from_html
        && doc
            .blocks
            .iter()
            // (Its last mark read by hand: this looks at every line.)
            .filter(|b| {
                scan::trim_end(&b.text).ends_with(['?', '？', '؟']) && scan::words_le(&b.text, 30)
            })
            .nth(2)
            .is_some();
    // (And where they are numbered, one numbered in their sequence, run into its answer: "4. Do
    // I need new equipment?" / "5. What happens in a power cut? This is the biggest…".)
    // (Numbered as they are, the byte after the digits the same: "1." questions make no "6
    // Şubat depremlerinin…" a sixth, a date opening the standfirst.)
    let mark = |t: &str| scan::trim_start(t).bytes().find(|c| !c.is_ascii_digit());
    let numbered: Vec<(u32, Option<u8>)> = if alone {
        doc.blocks
            .iter()
            .filter(|b| scan::trim_end(&b.text).ends_with(['?', '？']))
            .filter_map(|b| scan::strip_number(&b.text).map(|(n, _)| (n, mark(&b.text))))
            .take(64)
            .collect()
    } else {
        Vec::new()
    };
    let in_sequence = |b: &Block| {
        !numbered.is_empty()
            && scan::strip_number(&b.text).is_some_and(|(n, _)| {
                let m = mark(&b.text);
                numbered.contains(&(n.saturating_add(1), m))
                    || numbered.contains(&(n.saturating_sub(1), m))
            })
    };
    // (Which blocks follow a line that asks, where the questions stand alone.)
    let after_question: Vec<bool> = if alone {
        std::iter::once(false)
            .chain(doc.blocks.iter().map(|b| scan::ends_with_question(&b.text)))
            .collect()
    } else {
        Vec::new()
    };
    let first_run_in = (plain || quoted)
        .then(|| doc.blocks.iter().position(|b| run_in(b, &lists).is_some()))
        .flatten();
    // (An interview's quick-fire round, so labelled: each prompt and its answer of a few words
    // in one paragraph, "Knife you couldn't live without? Petty." — within the thirty blocks
    // after the label.)
    let round = doc.blocks.iter().position(|b| {
        matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading(_))
            && scan::words_le(&b.text, 4)
            && scan::is_quickfire_label(&b.text)
    });
    // (Up to the first paragraph that is no prompt and its answer: "Will there be a second
    // series? Nothing is confirmed yet…" after the round is the article's again.)
    let round_end = round.map_or(0, |r| {
        let last = doc.blocks.len().min(r + 31);
        (r + 1..last)
            .find(|&i| {
                let b = &doc.blocks[i];
                b.kind == BlockKind::Paragraph && scan::quickfire_answer(&b.text).is_none()
            })
            .unwrap_or(last)
    });
    let in_round = |i: usize| round.is_some_and(|r| i > r && i < round_end);
    // (The blocks under a line that introduces a reader's question, in order: looked up by
    // binary search, as every block may be asked.)
    let after_intro: Vec<usize> = if plain || quoted || alone {
        (1..doc.blocks.len())
            .filter(|&i| scan::is_reader_intro(&doc.blocks[i - 1].text))
            .collect()
    } else {
        Vec::new()
    };
    let split = |i: usize, b: &Block, next: Option<&Block>| {
        // (Not a call for questions after it: "Got a question for the Money Desk? Just hit
        // reply.")
        if in_round(i) && b.kind == BlockKind::Paragraph && !scan::calls_for_questions(&b.text) {
            if let Some(parts) = scan::quickfire_answer(&b.text)
                .and_then(|at| b.split_at_answer(at, BlockKind::Paragraph))
            {
                return Some(parts);
            }
        }
        b.split_question_line().or_else(|| {
            // (Where the questions stand alone, a yes or no after an early question mark looked
            // for first, by bytes: most paragraphs have neither.)
            let yes_no = || {
                scan::head(&b.text, 200)
                    .find('?')
                    .is_some_and(|k| b.text.get(k + 1..).is_some_and(scan::opens_yes_no))
            };
            // (Nor a feed's sign-off that names a post asking: "The post Flooded home? …
            // appeared first on …".)
            (plain || quoted || alone && (yes_no() || in_sequence(b)))
                .then(|| run_in(b, &lists))
                // (Nor a reader's question under who asks, "sunflowerreads asked:" / "Is the
                // branch closing for good? I've been going there since I was a kid.": the
                // letter, whole.)
                .filter(|_| {
                    Some(i) != headline
                        && !signed(next)
                        && !scan::is_media_boilerplate(&b.text)
                        && after_intro.binary_search(&i).is_err()
                })
                .flatten()
                // (Where the answers are quoted, only a quoted answer: "E i medici di famiglia?
                // «Sono il vero anello debole…»". Where the questions stand alone, only one
                // answered yes or no at once: "Can I shower? Yes, but…".)
                .filter(|&at| {
                    let a = b.text.get(at..);
                    plain
                        || quoted && a.is_some_and(|a| a.starts_with(['«', '„', '“']))
                        || alone
                            && in_sequence(b)
                            // (Not a question asked twice over: "5. A co z najemcami? Czy oni
                            // też dostaną pieniądze?")
                            && a.is_some_and(|a| !scan::ends_with_question(a))
                        || alone
                            && a.is_some_and(scan::opens_yes_no)
                            // (Not an answer's own turn, "So is reheated rice always risky?
                            // No. …", led by a connective.)
                            && !["So ", "And ", "But ", "Then ", "Now "]
                                .iter()
                                .any(|w| b.text.starts_with(w))
                            // (Nor the answer under a question standing alone, its words
                            // echoed first: "Q. Was it a penalty?" / "For me? No. I've seen
                            // it…".)
                            && !after_question.get(i).copied().unwrap_or(false)
                })
                // (Nor an intro that opens on the question everyone asks, the first run-in of
                // the text and unnumbered: "Com arribar a la feina…? És la pregunta que es
                // fan…")
                .filter(|&at| {
                    Some(i) != first_run_in
                        || scan::strip_number(&b.text).is_some()
                        || !b.text.get(at..).is_some_and(scan::names_the_question)
                })
                .and_then(|at| b.split_at_answer(at, BlockKind::Paragraph))
                .map(|(mut q, a)| {
                    q.flags.set(Flags::RAN_IN);
                    (q, a)
                })
        })
    };
    // A questionnaire, four items at least each a bold question over its answer in one
    // paragraph: a bold prompt set the same way is one of them, asking or not.
    let questionnaire = doc
        .blocks
        .iter()
        .filter(|b| {
            b.bold_line()
                .is_some_and(|(_, l)| scan::ends_with_question(&l))
        })
        .nth(3)
        .is_some();
    // A quick-fire box of prompts that trail off for the guest to finish, three in a row at
    // least ("Best advice I ever got… “Never fix a bike…”", "My first job… Saturday girl…"):
    // each prompt is a question, its answer the rest of the line.
    // (Only the prompts of such a run, most of its answers opening as a sentence does, on a
    // capital, a digit or a quotation mark: not a feature's lines that trail off into lower
    // case, "The monitors beep… the radiator knocks…".)
    // (A run may pass over one other line, a question run in among them: "Coffee or tea? Tea,
    // strong.")
    let prompts: Vec<(usize, bool)> = doc
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let answer = b.text.get(trailing_prompt(b)?..).unwrap_or("");
            let opens = answer.starts_with(|c: char| {
                scan::is_upper(c) || c.is_ascii_digit() || scan::starts_quote(c)
            });
            Some((i, opens))
        })
        .collect();
    let trailing = prompt_runs(&prompts, 3);
    // A questionnaire's prompts each set off from the answer by a spaced dash, five in a row at
    // least, most of them asking, a third of the text's paragraphs ("Your first job? —
    // Washing pans…"): the others are prompts too, set as they are ("The dish you'd never cook
    // again. — Foam."). (Not a news story's box of four, "What happened? — …".)
    let dashed_prompts: Vec<(usize, bool)> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem))
        .filter_map(|(i, b)| scan::dashed_prompt(&b.text).map(|(_, asks)| (i, asks)))
        .collect();
    let paragraphs = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .count();
    let dashed = prompt_runs(&dashed_prompts, 5.max(paragraphs.div_ceil(3)));
    // (Each such prompt the question, marked so, the rest of its line the answer.)
    let within = |runs: &[(usize, usize)], i: usize| runs.iter().any(|&(a, z)| (a..z).contains(&i));
    let marked = |b: &Block, at: usize| {
        let (mut q, a) = b.split_at_answer(at, b.kind)?;
        q.flags.set(Flags::MARKED_QUESTION);
        Some((q, a))
    };
    let split = |i: usize, b: &Block, next: Option<&Block>| {
        split(i, b, next)
            .or_else(|| questionnaire.then(|| b.split_bold_prompt()).flatten())
            .or_else(|| {
                let (at, _) = within(&dashed, i)
                    .then(|| scan::dashed_prompt(&b.text))
                    .flatten()?;
                marked(b, at)
            })
            .or_else(|| {
                let at = within(&trailing, i).then(|| trailing_prompt(b)).flatten()?;
                marked(b, at)
            })
    };
    let Some(first) = doc
        .blocks
        .iter()
        .enumerate()
        .position(|(i, b)| split(i, b, doc.blocks.get(i + 1)).is_some())
    else {
        return doc;
    };
    let old = std::mem::take(&mut doc.blocks);
    doc.blocks.reserve(old.len() + 8);
    let mut old = old.into_iter().enumerate().peekable();
    while let Some((i, b)) = old.next() {
        let next = old.peek().map(|(_, n)| n);
        match (i >= first).then(|| split(i, &b, next)).flatten() {
            Some((q, rest)) => {
                doc.blocks.push(q);
                doc.blocks.push(rest);
            }
            None => doc.blocks.push(b),
        }
    }
    doc
}

/// Runs of prompts (a block's index, whether it opens or asks as a prompt should), each a line
/// apart at most, `min` long at least and two thirds of them so: each run's range of blocks.
fn prompt_runs(prompts: &[(usize, bool)], min: usize) -> Vec<(usize, usize)> {
    prompts
        .chunk_by(|a, b| b.0 <= a.0 + 2)
        .filter(|run| {
            let so = run.iter().filter(|&&(_, o)| o).count();
            run.len() >= min && so * 3 >= run.len() * 2
        })
        .map(|run| (run[0].0, run[run.len() - 1].0 + 1))
        .collect()
}

/// Where the answer starts after a prompt that trails off at the line's start, two to ten words
/// to an ellipsis ("My first job… Saturday girl in my uncle's shop."); in bold, if the line sets
/// any, the prompt is the bold.
fn trailing_prompt(b: &Block) -> Option<usize> {
    if !matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem) {
        return None;
    }
    let t = b.text.as_str();
    if !t.starts_with(scan::is_upper) {
        return None;
    }
    // (The first '…' (E2 80 A6 in UTF-8) or "...", both three bytes, in one pass over the
    // bytes: most lines have neither near their start.)
    let h = scan::head(t, 80).as_bytes();
    let e = (0..h.len().saturating_sub(2)).find(|&i| match h[i] {
        b'.' => h[i + 1] == b'.' && h[i + 2] == b'.',
        0xE2 => h[i + 1] == 0x80 && h[i + 2] == 0xA6,
        _ => false,
    })?;
    let (prompt, rest) = (&t[..e], &t[e + 3..]);
    let answer = scan::trim_start(rest);
    let bold = b.runs.iter().any(|r| r.marks & marks::STRONG != 0);
    let bold_ok = || {
        let mut pos = 0;
        b.runs.iter().all(|r| {
            let inside = pos < e + 3;
            pos += r.text.len();
            !inside || r.marks & marks::STRONG != 0 || r.text.trim().is_empty()
        })
    };
    (prompt.starts_with(scan::is_upper)
        && !scan::words_le(prompt, 1)
        && scan::words_le(prompt, 10)
        && !prompt.contains([':', '?', '!'])
        && !scan::has_inner_sentence_end(prompt)
        && rest.starts_with(scan::is_space)
        && !scan::words_le(answer, 1)
        && (!bold || bold_ok()))
    .then(|| t.len() - answer.len())
}

/// Where a text's headline stands: its first line of five words or more among the first four
/// (past section labels such as "Your Money" / "Q&A").
fn text_headline(doc: &Document) -> Option<usize> {
    doc.blocks
        .iter()
        .take(4)
        .position(|b| !scan::words_le(&b.text, 4))
}

/// An interview whose answers are printed in quotation marks, as Italian papers print them: two
/// questions at least stand on lines of their own, each answered by a paragraph that opens with
/// «, „ or “.
fn quoted_answers(doc: &Document) -> bool {
    doc.blocks
        .windows(2)
        .filter(|w| {
            w[1].text.starts_with(['«', '„', '“'])
                && scan::words_le(&w[0].text, 30)
                && scan::ends_with_question(&w[0].text)
        })
        .nth(1)
        .is_some()
}

/// Where block `b`'s answer starts when it opens with a question and answers it at once: a
/// paragraph, or an item of one of `lists`.
fn run_in(b: &Block, lists: &RunIns) -> Option<usize> {
    if b.kind == BlockKind::ListItem && !lists.groups.contains(&b.group) {
        return None;
    }
    // (Not a promo's hook, its call after it: "Vous aimez Les Pages blanches ? Abonnez-vous à
    // notre lettre…".)
    b.plain_run_in(lists.letters, lists.talk.get())
        .filter(|&at| b.text.get(at..).is_some_and(|a| !scan::is_promo(a)))
}

/// What a document's run-in questions may be: the lists whose items each ask and answer
/// ([`run_in_lists`]), and whether a reader's letter of a few sentences may lead into the
/// question (only in a readers' column: "Our motoring expert answers your questions…").
struct RunIns {
    groups: Vec<u32>,
    letters: bool,
    /// The page says it is an interview in its first lines: it names the talk ("Falámos com
    /// ele…") or its editing ("Cette transcription a été légèrement éditée…"). Set by
    /// [`plain_run_ins`] where it reads them (a page that calls itself an explainer is not
    /// read for it): from then on a question may lead with the interviewer's sentences.
    talk: std::cell::Cell<bool>,
}

/// Lists (their groups) of two items or more, each of which opens with a question and answers
/// it ("<li>Who is affected? Every tenant…</li>"): a numbered list of questions answered in
/// their items, not a list of links of which one happens to ask ("Is solar worth it? We ran the
/// numbers").
fn run_in_lists(doc: &Document) -> RunIns {
    // (A list's items stand together in page order, a paragraph of an item among them at most:
    // one pass, each list's count and verdict kept while its items run.)
    let mut lists: Vec<(u32, usize, bool)> = Vec::new();
    for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::ListItem) {
        let yes = b.plain_run_in(false, false).is_some();
        match lists.last_mut() {
            Some((g, n, all)) if *g == b.group => {
                *n += 1;
                *all &= yes;
            }
            _ => lists.push((b.group, 1, yes)),
        }
    }
    let groups = lists
        .into_iter()
        .filter(|&(_, n, all)| n >= 2 && all)
        .map(|(g, _, _)| g)
        .take(64)
        .collect();
    // (A readers' column says so in its first lines.)
    let letters = doc
        .doc_title
        .as_deref()
        .into_iter()
        .chain(doc.blocks.iter().take(16).map(|b| b.text.as_str()))
        .any(|t| scan::words_le(t, 30) && scan::is_readers_column(t));
    RunIns {
        groups,
        letters,
        talk: std::cell::Cell::new(false),
    }
}

/// The blocks of the text itself from block `from` (at most 256): a label of links inside the
/// text ("Te puede interesar", "READ MORE") and the linked headlines under it are passed over up
/// to the paragraph where the text resumes; a label that no paragraph of prose follows within
/// a few lines heads the rail after the text, and ends it.
fn text_body(doc: &Document, from: usize) -> Vec<usize> {
    let label = |b: &Block| scan::words_le(&b.text, 6) && scan::is_trailer_heading(&b.text);
    let prose = |b: &Block| !scan::words_le(&b.text, 25) && !scan::ends_with_question(&b.text);
    let mut body = Vec::new();
    let mut i = from;
    while i < doc.blocks.len() && body.len() < 256 {
        if label(&doc.blocks[i]) {
            match (i + 1..doc.blocks.len().min(i + 6)).find(|&j| prose(&doc.blocks[j])) {
                Some(j) => i = j,
                None => break,
            }
        }
        body.push(i);
        i += 1;
    }
    body
}

/// An FAQ's items copied as text, run in under their heading, each asking the same way ("Courier
/// fraud: what should I do if…" / "What should I do if a courier turns up at my door? Do not
/// open the door…" / "What should I do if …? …"): three paragraphs at least in a row, each
/// opening on a question that starts with the same four words, under a short line that is no
/// sentence or trails into them ("…").
fn parallel_run_ins(doc: &Document, lists: &RunIns) -> bool {
    let b = &doc.blocks;
    let stem = |t: &str| {
        let mut w = scan::words(t);
        let s: Vec<String> = w.by_ref().take(4).map(scan::fold).collect();
        (s.len() == 4).then_some(s)
    };
    let (mut i, mut run_end) = (1, 0);
    while i < b.len() {
        let Some(first) = run_in(&b[i], lists).and_then(|_| stem(&b[i].text)) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < b.len()
            && run_in(&b[end], lists).is_some()
            && stem(&b[end].text).as_ref() == Some(&first)
        {
            end += 1;
        }
        // (A heading that trails into its items counts: "… what should I do if…".)
        let head = scan::trim(&b[i - 1].text);
        let lead_in = head.ends_with('…') || head.ends_with("...");
        if end - i >= 3 && scan::words_le(head, 12) && (lead_in || !scan::is_sentence(head)) {
            return true;
        }
        // (Or four at least in a row, whatever their words, under a box's heading that is no
        // sentence nor a question: "HOSEPIPE BAN: WHAT YOU CAN AND CAN'T DO" / "When does the
        // ban start? The restrictions…" / "Can I still wash my car? Yes, but…".)
        // (A heading or a line in capitals: not a cross link's headline, "Read more: …",
        // before a columnist's run of openings.)
        // (The run read once: where it was read on from an earlier start, its end is known.)
        if scan::words_le(head, 12)
            && (scan::is_all_caps(head) || matches!(b[i - 1].kind, BlockKind::Heading(_)))
            && !scan::is_sentence(head)
            && !scan::ends_with_question(head)
        {
            if run_end <= i {
                run_end = i + 1;
                while run_end < b.len() && run_in(&b[run_end], lists).is_some() {
                    run_end += 1;
                }
            }
            if run_end - i >= 4 {
                return true;
            }
        }
        i = end;
    }
    false
}

/// Three paragraphs at least that each open on a short question with every word capitalised, a
/// bold heading run in and copied as text: a notice's "What Happened? On August 14, we…" /
/// "What Information Was Involved? The information…".
fn capped_run_ins(doc: &Document, lists: &RunIns) -> bool {
    // (The text's first two words capitalised looked at first: the question's are they, and
    // most paragraphs fail there, before the run-in is looked for.)
    let capped = |w: Option<&str>| w.is_some_and(|w| w.starts_with(scan::is_upper));
    doc.blocks
        .iter()
        .filter(|b| {
            let mut ws = scan::words(&b.text);
            capped(ws.next()) && capped(ws.next())
        })
        .filter(|b| {
            run_in(b, lists).is_some_and(|at| {
                let q = b.text.get(..at).unwrap_or("");
                let n = scan::words(q).count();
                (2..=8).contains(&n)
                    && scan::words(q).all(|w| w.chars().next().is_some_and(scan::is_upper))
            })
        })
        .nth(2)
        .is_some()
}

/// Paragraphs that each open with a question and answer it at once ("What is changing? From
/// September, …") are the questions of an explainer copied without its bold — when the headline
/// calls the article an explainer or the intro promises answers ("Here's a look at what the law
/// means."), at least three paragraphs do it and no question stands on a line of its own
/// (otherwise they are rhetorical openings inside answers or an essay).
fn plain_run_ins(doc: &Document, lists: &RunIns) -> bool {
    let explainer = doc
        .doc_title
        .as_deref()
        .is_some_and(scan::is_explainer_title)
        // (The headline may come fourth, under the paper's name, its menu and its section:
        // "ITSASALDEA egunkaria" / "Gipuzkoa · Euskal Herria · …" / "EKONOMIA".)
        || doc
            .blocks
            .iter()
            .take(4)
            .any(|b| scan::is_explainer_title(&b.text))
        // (Or the first line of five words or more, under a whole page's masthead and menu
        // copied with it, a line an item: "iROZHLAS" / "Svět" / … / "… : otázky a odpovědi".)
        || doc
            .blocks
            .iter()
            .take(32)
            .find(|b| !scan::words_le(&b.text, 4))
            .is_some_and(|b| scan::is_explainer_title(&b.text))
        // Or the intro promises the answers: "Here's a look at what the law means." (In the
        // first sixteen blocks: a feed's copy opens on lines of its own, "Link: …", "Author: …".)
        // (Or in the first eight of more than five words: a whole page copied as text opens on
        // its menu, a line an item.)
        || doc
            .blocks
            .iter()
            .take(16)
            .any(|b| scan::announces_answers(&b.text))
        // (Or a readers' column says so: "Our motoring expert answers your questions every
        // Saturday.")
        || lists.letters
        || doc
            .blocks
            .iter()
            .skip(16)
            .take(64)
            .filter(|b| !scan::words_le(&b.text, 5))
            .take(8)
            .any(|b| scan::announces_answers(&b.text));
    // (The cheaper look first: a question standing alone rules it out — not a cross-link's
    // headline, "READ MORE: … when will it affect your street?", nor the rail's after the text.)
    // (Past the headline, under its section's labels if the page opens on them: "Your Money" /
    // "Q&A" / the headline.)
    let headline = text_headline(doc).map_or(1, |k| k + 1);
    // (Nor a card's kicker and headline: "Pricewatch: Are we all paying too much?")
    let card = |t: &str| {
        t.split_once(": ").is_some_and(|(kicker, _)| {
            scan::words_le(kicker, 3) && kicker.starts_with(scan::is_upper)
        })
    };
    // (Or an interview, so introduced, whose questions run into their answers, five at least:
    // "Falámos com ele em Vila Real…" / "É mesmo o último livro? É o último que tenciono…".)
    // (Or whose note on its editing says so: "Cette transcription a été légèrement éditée…".)
    let gated = explainer || parallel_run_ins(doc, lists) || capped_run_ins(doc, lists);
    // (Or whose headline quotes the guest, as an interview's does, "Ane Elizondo: «Oraindik
    // ere…»", "“I never planned to be a chef”: Rosa Martins on …" — not a news story's
    // rhetorical openers under a mayor's quote, "Did it help? Barely.": see below.)
    let (mut quoted_head, mut full_name) = (false, false);
    if !gated {
        let talk = doc
            .blocks
            .iter()
            .take(12)
            .any(|b| scan::introduces_conversation(&b.text) || scan::is_edit_note(&b.text));
        // (A guest's full name before the quote is enough, "Ane Elizondo: «…»"; a single name,
        // "Mayor: “…”", or the quote first, "“I never planned…”: Rosa Martins on …", a name
        // after it, needs its run-ins to speak to someone, below.)
        let quoted = |s: &str| scan::starts_with_quote(s) || s.starts_with(['\'', '"']);
        let capitalised = |s: &str| {
            scan::words(s)
                .take(4)
                .take_while(|w| w.starts_with(scan::is_upper))
                .count()
        };
        let head = text_headline(doc).map(|k| doc.blocks[k].text.as_str());
        let named = head
            .and_then(scan::speaker_label)
            .filter(|(_, said)| quoted(said));
        full_name = named.is_some_and(|(who, _)| capitalised(who) >= 2 && scan::words_le(who, 4));
        quoted_head = !talk
            && (named.is_some()
                || head.is_some_and(|t| {
                    quoted(t)
                        && t.rsplit_once(": ")
                            .is_some_and(|(_, rest)| capitalised(rest) >= 2)
                }));
        lists.talk.set(talk || quoted_head);
        if !talk && !quoted_head {
            return false;
        }
    }
    // (Both counted in the text itself: not a linked headline under a label of links in the
    // text, "Te puede interesar" / "¿Cuánto pagarás…? Estas son las nuevas tarifas", nor the
    // rail's after the text.)
    let body = text_body(doc, headline);
    // (Each run-in's question, to know a table of contents' entry that lists it again; the body
    // is 256 blocks at most.)
    let asked: Vec<&str> = body
        .iter()
        .filter_map(|&i| {
            let t = doc.blocks[i].text.as_str();
            run_in(&doc.blocks[i], lists)
                .and_then(|at| t.get(..at))
                .map(scan::trim)
        })
        .collect();
    let run_ins = asked.len();
    if run_ins < 3 || !gated && run_ins < 5 {
        return false;
    }
    if quoted_head
        && !full_name
        && asked.iter().filter(|q| scan::addresses_someone(q)).count() * 2 < run_ins
    {
        return false;
    }
    // (Questions on lines of their own, run-ins at least twice as many: an editor who set a few
    // questions apart and ran the others in, as a tabloid's page copied as text shows them.)
    let alone: Vec<usize> = body
        .iter()
        .map(|&i| (i, &doc.blocks[i]))
        .filter(|(_, b)| {
            b.kind != BlockKind::Caption
                && scan::ends_with_question(&b.text)
                && scan::words_le(&b.text, 30)
                && !scan::is_cross_link(&b.text)
                && !card(&b.text)
                // (Nor a list's dashed item quoting questions, "– Ali ste za …?", nor a call
                // for more, "Imate še kakšno vprašanje?")
                && !b.text.starts_with(['–', '-', '•', '—'])
                && b.kind != BlockKind::ListItem
                && !scan::calls_for_questions(&b.text)
                // (Nor a table of contents' entry, its question run in again below.)
                && !asked.contains(&scan::trim(&b.text))
        })
        .map(|(i, _)| i)
        .take(64)
        .collect();
    if alone.is_empty() || run_ins >= alone.len() * 2 {
        return true;
    }
    // A "What we know / What we don't know" explainer: the run-ins all in the first section, the
    // questions on lines of their own all in the next, each section under its label in capitals
    // ("WHAT WE KNOW").
    let label = |i: usize| {
        doc.blocks.get(i).is_some_and(|b| {
            scan::words_le(&b.text, 6)
                && scan::is_all_caps(&b.text)
                && !scan::ends_with_question(&b.text)
        })
    };
    let first_alone = alone[0];
    let mut ins = (0..first_alone).filter(|&i| run_in(&doc.blocks[i], lists).is_some());
    let (Some(first_in), last_in) = (ins.next(), ins.next_back()) else {
        return false;
    };
    let last_in = last_in.unwrap_or(first_in);
    // (None among the later questions' answers, up to the rail after the text.)
    let later = doc.blocks[first_alone..]
        .iter()
        .take(64)
        .take_while(|b| !(scan::words_le(&b.text, 6) && scan::is_trailer_heading(&b.text)))
        .any(|b| run_in(b, lists).is_some());
    !later && first_in > 0 && label(first_in - 1) && (last_in..first_alone).any(label)
}

/// Index lists that say which blocks go where; planned on borrowed blocks, then assembled by
/// moving the blocks' text into the model.
struct Plan {
    roles: Vec<Role>,
    captions: Vec<Option<(String, Option<String>)>>,
    intro: Vec<usize>,
    questions: Vec<(String, Vec<usize>)>,
    outro: Vec<usize>,
    footer: Vec<usize>,
    qmarker: bool,
    /// A bare `A` opens the answers under bare `Q` questions ([`scan::strip_bare_letter`]).
    bare_a: bool,
    dashed: bool,
    /// Readers' letters to one columnist ("DEAR MARGARET: …"), each answered "DEAR STEAMED: …":
    /// the salutations leave the questions and the answers' first paragraphs.
    letters: bool,
    /// In a two-person interview transcript, the one who answers: their name leaves the answers
    /// as the interviewer's leaves the questions.
    interviewee: Option<String>,
    /// Where several answer (a briefing's officials): their names, each taken off its turns
    /// into the paragraph's `speaker`.
    answerers: Vec<String>,
}

fn classify_blocks(doc: Document, opts: &Options) -> Explainer {
    let (mut ex, plan) = plan(&doc, opts);
    let Some(mut plan) = plan else { return ex };
    let mut blocks = doc.blocks;
    let mut cx = Assembly {
        roles: &plan.roles,
        captions: &mut plan.captions,
        blocks: &mut blocks,
        speaker: plan.interviewee.take(),
        answerers: std::mem::take(&mut plan.answerers),
        dashed: plan.dashed,
        letters: plan.letters,
        bare_a: plan.bare_a,
    };
    ex.intro = cx.convert(&plan.intro, None, false, false);
    let answer_marker = Some(!plan.qmarker);
    let mut ids = Ids::default();
    for (k, (text, range)) in plan.questions.into_iter().enumerate() {
        let mut answer = cx.convert(&range, answer_marker, false, true);
        // A photo a page sets between the question and its answer follows the answer's first
        // paragraph: the answer opens with what it says.
        if let Some(k) = answer.iter().position(|b| b.kind != Kind::Caption) {
            for i in (0..k).rev() {
                answer.swap(i, i + 1);
            }
        }
        let id = unique_id(&slug(&text), k + 1, &mut ids);
        ex.questions.push(Question {
            id,
            question: text,
            answer,
        });
    }
    ex.outro = cx.convert(&plan.outro, None, false, false);
    ex.footer = cx.convert(&plan.footer, None, true, false);
    if let Some(n) = ex.promised_count {
        let found = ex.questions.len();
        if n as usize != found && ex.section.is_none() {
            ex.warnings.push(
                [
                    "The headline promises ",
                    &scan::num(n as usize),
                    " but ",
                    &scan::num(found),
                    " questions were found.",
                ]
                .concat(),
            );
        }
    }
    ex
}

fn plan(doc: &Document, opts: &Options) -> (Explainer, Option<Plan>) {
    let mut p = prepare::prepare(doc);
    let mut sel = questions::select(&p, opts.min_questions, opts.faq_sections);
    // (Not the headline, none found, set in bold over its standfirst in one block and split off
    // it ("Tax season 2024: 8 questions readers asked us" / "A Millbrook enrolled agent…"): a
    // first "question" that asks nothing, no prose before it, is the headline.)
    let mut headline = None;
    if p.title.is_none() && p.title_text.is_empty() {
        if let Some(&q) = sel.questions.first() {
            let prose_before = (0..q).any(|j| {
                p.roles[j] == Role::Content && p.feats[j].sentence && p.feats[j].words >= 6
            });
            // (Nor a turn that asks in other words, a full stop after it: "Tell us about the
            // new children's ward.")
            let t = p.question_text(q);
            if !scan::has_question_mark(t)
                && !scan::trim(t).ends_with(['.', '!', ':'])
                && !scan::opens_with_request(t)
                && !p.feats[q].q_marker
                && !prose_before
                && sel.questions.len() > 2
            {
                headline = Some(flatten(p.question_text(q)));
                sel.questions.remove(0);
                p.roles[q] = Role::Title;
            }
        }
    }
    for &q in &sel.questions {
        p.roles[q] = Role::Question;
    }
    let mut ex = Explainer {
        title: headline.unwrap_or_else(|| p.title_text.clone()),
        kicker: p.kicker.map(|k| flatten(&p.blocks[k].text)),
        // The date goes with the byline ("By Jo Bloggs · 3 February 2026"), not into the intro.
        byline: match (p.byline, p.dateline) {
            (Some(b), Some(d)) => Some(
                [
                    flatten(&p.blocks[b].text).as_str(),
                    " · ",
                    &flatten(&p.blocks[d].text),
                ]
                .concat(),
            ),
            (b, d) => b.or(d).map(|i| flatten(&p.blocks[i].text)),
        },
        lang: doc.lang.clone(),
        ..Explainer::default()
    };
    ex.promised_count = promised_count(&ex.title);
    let start = p.title.map_or(0, |t| t + 1);
    let body_start = sel.section.map_or(start, |h| h + 1);
    let first_q = sel.questions.first().copied().unwrap_or(p.blocks.len());

    // Lead media: the first caption or image before the intro's text really starts.
    let mut seen = 0;
    let mut media: Option<Media> = None;
    // The lead photo's image and caption, shown as the explainer's media, not again in the intro.
    let mut lead = Vec::with_capacity(2);
    for j in start..first_q.min(p.blocks.len()) {
        match p.roles[j] {
            Role::Content => {
                seen += 1;
                if seen > 2 {
                    break;
                }
            }
            Role::Image => {
                let m = media.get_or_insert_with(Media::default);
                if m.image.is_none() && m.caption.is_empty() {
                    m.image = image_of(&p.blocks[j]);
                    if m.image.is_some() {
                        lead.push(j);
                    }
                }
            }
            Role::Caption
                if lead.len() < 2 && media.as_ref().is_none_or(|m| m.caption.is_empty()) =>
            {
                if let Some((caption, credit)) = p.captions[j].clone() {
                    let m = media.get_or_insert_with(Media::default);
                    m.caption = caption;
                    m.credit = credit.or(m.credit.take());
                    lead.push(j);
                }
            }
            // A caption that is only a credit ("Illustration: Aïda Amer/Axios") credits the photo.
            Role::Credit => {
                if let Some(m) = media
                    .as_mut()
                    .filter(|m| m.image.is_some() && m.credit.is_none())
                {
                    m.credit = scan::bare_credit(p.text(j)).map(str::to_owned);
                }
            }
            _ => {}
        }
    }
    // An FAQ section does not borrow the article's lead photo.
    ex.media =
        media.filter(|m| (!m.caption.is_empty() || m.image.is_some()) && sel.section.is_none());
    ex.dir = match doc.dir.as_deref() {
        Some("rtl") => "rtl".into(),
        Some(_) => "ltr".into(),
        None => infer_dir(&p, &sel.questions),
    };

    if sel.questions.is_empty() {
        ex.not_qa_reason = sel.reason.or_else(|| Some("No questions found.".into()));
        return (ex, None);
    }
    let qmarker = sel.style == Some(Style::QMarker);

    // Intro: the article's text before the first question (for an FAQ section, the section's).
    let mut intro: Vec<usize> = (body_start..first_q)
        .filter(|j| !lead.contains(j))
        .collect();

    // Answers.
    let most = |numbered: fn(&str) -> bool| {
        sel.questions
            .iter()
            .filter(|&&q| numbered(p.question_text(q)))
            .count()
            * 2
            > sel.questions.len()
    };
    let strip_numbers = most(|t| scan::strip_number(t).is_some());
    // (Or numbered in words, "One: what is changing?" … "Five, and the big one: will bills
    // ever come down?", most of them so.)
    let worded = most(|t| scan::strip_number_word(t).is_some());
    let mut ranges: Vec<Vec<usize>> = Vec::new();
    for (k, &q) in sel.questions.iter().enumerate() {
        let next = sel.questions.get(k + 1).copied().unwrap_or(p.blocks.len());
        ranges.push((q + 1..next).collect());
    }
    // A reader's letter opening on a salutation of its own line ("Dear Sarah," / "My mother
    // died in the spring…" / "My brother … Can he force me out…?" / "JT, Kidderminster"): the
    // salutation is not the answer above's last line, and the letter's paragraphs before the one
    // that asks (three at most) are the question's too.
    let bare_salutation = |t: &str| {
        scan::salutation(t).is_some()
            && scan::words_le(t, 5)
            && scan::trim_end(t).ends_with([',', ':'])
    };
    // (Each question's salutation, where it has one: usize::MAX where not.)
    let mut salutes = vec![usize::MAX; ranges.len()];
    for (k, &q) in sel.questions.iter().enumerate() {
        // (Back to the question before, a line at a time; a salutation may have been read as
        // a byline.)
        let floor = k
            .checked_sub(1)
            .map_or(body_start, |b| sel.questions[b] + 1);
        let mut paras = 0;
        for x in (floor..q).rev() {
            if !matches!(p.roles[x], Role::Content | Role::Byline) {
                continue;
            }
            if bare_salutation(p.text(x)) {
                salutes[k] = x;
                break;
            }
            if paras == 3
                || p.roles[x] != Role::Content
                || p.feats[x].asks
                || p.blocks[x].kind != BlockKind::Paragraph
                || p.feats[x].words > 150
            {
                break;
            }
            paras += 1;
        }
    }
    // (Two letters at least: a newsletter's "Dear parents," over its intro is no letter.)
    let letter_lines = salutes
        .iter()
        .filter(|&&s| s != usize::MAX)
        .nth(1)
        .is_some();
    if !letter_lines {
        salutes.fill(usize::MAX);
    }
    // A letter's paragraph before the one that asks is the question's too where both stand in
    // the element the page marks as the question ("vet-question": "Our tabby brings us a mouse every morning…" / "We feed
    // her well… Is she trying to tell us something?").
    for (k, &q) in sel.questions.iter().enumerate() {
        if let Some(x) = p.prev_content(q).filter(|&x| {
            let b = &p.blocks[x];
            salutes[k] == usize::MAX
                && b.flags.has(Flags::MARKED_QUESTION)
                && !p.blocks[q].flags.has(Flags::MARKED_QUESTION)
                && b.kind == BlockKind::Paragraph
                && b.scope_start == p.blocks[q].scope_start
                && !scan::ends_with_question(&b.text)
                && k.checked_sub(1).is_none_or(|b| sel.questions[b] < x)
        }) {
            salutes[k] = x;
        }
    }
    // A reader's letter signed on the line under the paragraph that asks ("… before he forgets
    // who I am?" / "Heartbroken Nan, Kent"), where the column signs two so: its paragraphs
    // before that one, from where the text resumes after a heading or the page's furniture and
    // opening in the first person ("My son married two years ago…"), are the question's too.
    let signed_under = |q: usize| p.feats[q].signed && p.roles.get(q + 1) == Some(&Role::Byline);
    if sel
        .questions
        .iter()
        .filter(|&&q| signed_under(q))
        .nth(1)
        .is_some()
    {
        for (k, &q) in sel.questions.iter().enumerate() {
            if salutes[k] != usize::MAX || !signed_under(q) {
                continue;
            }
            let floor = k
                .checked_sub(1)
                .map_or(body_start, |b| sel.questions[b] + 1);
            let (mut first, mut bounded) = (q, false);
            for x in (floor..q).rev() {
                // (A heading, the page's furniture, or a line set as one: "‘He snaps when I
                // mention jobs’" in text.)
                // (Not the question before's own signature, "Name withheld, Bristol": what
                // stands under it is that question's answer.)
                if p.roles[x] != Role::Content
                    || p.blocks[x].kind != BlockKind::Paragraph
                    || !p.feats[x].sentence
                    || p.feats[x].quote_start
                {
                    bounded = k == 0 || x > floor || p.roles[x] != Role::Byline;
                    break;
                }
                if q - x > 3 || p.feats[x].asks || p.feats[x].words > 150 {
                    break;
                }
                first = x;
            }
            // (Not the column's own word to its readers, "Our occasional column where we try to
            // answer the questions you put in the box…", "Here are this month’s picks, answered
            // by Dr Amara Nwosu…".)
            // (Before the first letter only, the column's word presenting the letters: "Here
            // are this month's picks, answered by…" — a later letter's opening may say "Here are
            // some of the figures".)
            let column = |t: &str| {
                scan::is_readers_column(t)
                    || scan::Words("column|kolumne|rubrique|columna|rubriek|rubrica")
                        .occur_in(&scan::fold(scan::head(t, 200)))
                    || k == 0
                        && scan::Words(concat!(
                            "here are this|here are some of|we answer|we’ve answered|",
                            "we've answered|we asked readers|we asked you|you sent us|",
                            "we invited readers|we invited you|i put out a call|",
                            "a selection below|a selection of your|have been edited for",
                        ))
                        .occur_in(&scan::fold(scan::head(t, 300)))
            };
            if bounded
                && first < q
                && scan::opens_first_person(p.text(first))
                && !column(p.text(first))
            {
                salutes[k] = first;
            }
        }
    }
    // (The letter's lines leave the answer above, or the intro.)
    for (k, &q) in sel.questions.iter().enumerate() {
        let s = salutes[k];
        if s == usize::MAX {
            continue;
        }
        match k.checked_sub(1) {
            Some(prev) => ranges[prev].retain(|j| !(s..q).contains(j)),
            None => intro.retain(|j| !(s..q).contains(j)),
        }
    }
    // Related-link rails between the paragraphs of an answer belong with the footer's links.
    let mut rails = Vec::new();
    let n_ranges = ranges.len();
    for (k, r) in ranges.iter_mut().enumerate() {
        take_rails(&p, r, &mut rails, k + 1 < n_ranges);
    }
    let (mut outro, mut footer) = (Vec::new(), Vec::new());
    let mut sectioned = false;
    if let Some(last) = ranges.pop() {
        let singles = ranges.iter().filter(|r| content_count(&p, r) == 1).count();
        // Every answer one wholly quoted paragraph (quoted from an agency, say): even with few
        // questions, what follows the last quote is not part of it.
        let quoted = !ranges.is_empty()
            && ranges.iter().all(|r| {
                let c: Vec<usize> = r
                    .iter()
                    .copied()
                    .filter(|&j| p.roles[j] == Role::Content)
                    .collect();
                c.len() == 1 && scan::is_wholly_quoted(p.text(c[0]))
            })
            && last
                .iter()
                .find(|&&j| p.roles[j] == Role::Content)
                .is_some_and(|&j| scan::is_wholly_quoted(p.text(j)));
        let uniform = (ranges.len() >= 3 && singles * 5 >= ranges.len() * 4) || quoted;
        let (mut answer, o, f) = split_tail(&p, &last, uniform);
        // What the markup puts after the element holding the questions and answers (or the last
        // question's own FAQ item) is not the last answer: it closes the article.
        if let Some(end) = markup_end(&p, &sel.questions) {
            if let Some(k) = answer.iter().position(|&j| p.blocks[j].seq >= end) {
                outro = answer.split_off(k);
            }
        }
        // (Nor what follows the FAQ section's end, the next section's label on: "WHAT'S ON".)
        if let Some(k) = sel
            .section_end
            .and_then(|e| answer.iter().position(|&j| j >= e))
        {
            let mut rest = answer.split_off(k);
            rest.append(&mut outro);
            outro = rest;
        }
        // A section heading after the last answer's text — any heading when the questions are
        // paragraphs, one at their own level or above when they are headings — starts what
        // follows the Q&A (a live page's next post, "How we reported this"), not the answer.
        if let Some(k) = section_break(&p, &answer, sel.style) {
            let mut rest = answer.split_off(k);
            // (A call for questions the answer ended on, "Got a question we didn't answer? Hit
            // reply", closes the Q&A with it.)
            let contents = answer
                .iter()
                .filter(|&&j| p.roles[j] == Role::Content)
                .count();
            if let Some(&j) = answer.last().filter(|&&j| {
                contents > 1 && p.roles[j] == Role::Content && scan::calls_for_questions(p.text(j))
            }) {
                answer.pop();
                rest.insert(0, j);
            }
            rest.append(&mut outro);
            outro = rest;
            sectioned = true;
        }
        outro.extend(o);
        ranges.push(answer);
        footer = rails;
        footer.extend(f);
    }
    // A category line under each question, as an accordion's header copied as text shows it
    // ("What is a power shutoff?" / "The basics" / the answer): the header's, not the answer's
    // first words — where most answers open so.
    let category = |r: &Vec<usize>| {
        let mut content = r
            .iter()
            .enumerate()
            .filter(|(_, &j)| p.roles[j] == Role::Content);
        let (k, &j) = content.next()?;
        let f = p.feats[j];
        let prose = content
            .next()
            .is_some_and(|(_, &n)| p.feats[n].sentence && p.feats[n].words >= 8);
        // (Not a verdict under its label, a myth-buster's "VERDICT: FICTION": the answer's
        // first words.)
        (p.text(j).len() <= 30
            && !f.sentence
            && !f.asks
            && !f.colon
            && p.blocks[j].kind == BlockKind::Paragraph
            && prose
            && !scan::under_verdict_label(p.text(j)))
        .then_some(k)
    };
    if ranges.len() >= 3
        && ranges.iter().filter(|r| category(r).is_some()).count() * 2 > ranges.len()
    {
        for r in &mut ranges {
            if let Some(k) = category(r) {
                r.remove(k);
            }
        }
    }
    // So is an item's date stamp under its question ("Will my fare change?" / "Updated Aug.
    // 12" / the answer).
    for r in &mut ranges {
        let mut content = r
            .iter()
            .enumerate()
            .filter(|(_, &j)| p.roles[j] == Role::Content);
        if let (Some((k, &j)), Some(_)) = (content.next(), content.next()) {
            // (Or a promo box set between them, no sentence: "Free guide: The landlord's MTD
            // checklist" / "Ten steps to take…" / "Download the checklist".)
            // (Labelled so, "Free guide:": not an answer's own link, "Download the blue badge
            // application form (PDF, 240KB)".)
            let promo = || {
                !p.feats[j].sentence
                    && p.feats[j].words <= 30
                    && p.text(j)
                        .split_once(':')
                        .is_some_and(|(l, _)| scan::words_le(l, 3))
                    && scan::is_promo(p.text(j))
            };
            // (Or the answer's badge alone on its line, its text in a box after it: "A" /
            // "아래 물품을 준비해 주십시오.")
            // (Or the expert's name alone over the reply, a label: "Fernanda Lobo:".)
            let badge = || {
                let t = scan::trim(p.text(j));
                t.len() <= 3
                    && (matches!(t, "A" | "Ａ" | "答")
                        || scan::strip_answer_marker(&[t, " x"].concat(), false) == Some("x"))
                    || p.feats[j].words <= 4
                        && t.strip_suffix([':', '：'])
                            .is_some_and(|n| scan::is_bare_name(scan::trim(n)))
            };
            if p.feats[j].words <= 4 && scan::is_dateline(p.text(j)) || promo() || badge() {
                r.remove(k);
            }
        }
    }
    // A reader's letter that runs on under its "Q." before the marked answer ("Q. We are flying
    // in December…" / "I thought airlines were no longer allowed… Is that true?" / "— Megan
    // Torres, Aurora" / "A. Not quite yet…"): where most answers are marked, the paragraphs
    // before the marker are the letter's, not the answer's.
    // (So do a letter's paragraphs before its marked reply, each letter opening on its
    // salutation: "DEAR MISS CIVILITY: My niece…" / "I did receive an email…" / "GENTLE
    // READER: …".)
    let mut more: Vec<Vec<usize>> = vec![Vec::new(); ranges.len()];
    let saluted = || {
        sel.questions.len() >= 2
            && sel
                .questions
                .iter()
                .all(|&q| scan::salutation(p.text(q)).is_some())
    };
    if sel.style == Some(Style::QMarker) || saluted() {
        let marked_at = |r: &[usize]| {
            r.iter().position(|&j| {
                p.roles[j] == Role::Content && scan::strip_answer_marker(p.text(j), false).is_some()
            })
        };
        let marked = ranges.iter().filter(|r| marked_at(r).is_some()).count();
        if marked >= 2 && marked * 2 > ranges.len() {
            for (r, extra) in ranges.iter_mut().zip(more.iter_mut()) {
                let Some(m) = marked_at(r) else { continue };
                // (Up to an interjection, which is the record's, not the question's: a stage
                // direction in brackets, "[Okafor hands the witness a document.]", or another
                // speaker's turn, "MR. DRAYTON: Objection." / "THE COURT: Overruled.")
                let interjection = |j: usize| {
                    let t = scan::trim(p.text(j));
                    (t.starts_with('[') && t.ends_with(']'))
                        || (t.starts_with('(') && t.ends_with(')'))
                        || scan::speaker_label(t).is_some()
                };
                // (Not an ad's box set between them, its link's words: dropped.)
                let ad = |j: usize| p.blocks[j].flags.has(Flags::ASIDE);
                let before: Vec<usize> = r[..m]
                    .iter()
                    .copied()
                    .filter(|&j| p.roles[j] == Role::Content && !ad(j))
                    .take_while(|&j| !interjection(j))
                    .collect();
                let cut = r[m];
                r.retain(|&j| j >= cut || !ad(j));
                if (1..=3).contains(&before.len())
                    && before.iter().all(|&j| {
                        p.blocks[j].kind == BlockKind::Paragraph && p.feats[j].words <= 150
                    })
                {
                    r.retain(|j| !before.contains(j));
                    // (The letter's signature under it, "— Running Late in Clear Fork", signs
                    // it: none of its words.)
                    *extra = before
                        .into_iter()
                        .filter(|&j| !scan::is_dash_signature(p.text(j)))
                        .collect();
                }
            }
        }
    }
    // A letter that runs on past its first paragraph to its writer's pen name after a dash
    // ("When my husband and I…" / "When I brought it up…" / "—Locked Out of My Own Kitchen" /
    // the reply): where most answers open so, the paragraphs before the pen name are the
    // letter's, and the pen name signs it.
    // (A reader's signature that ends on a full stop signs as well, "— Marc L., Trois-Rivières,
    // Que.": not the attribution of a post quoted in the answer under it, "— Nadia Ferreira
    // (@nferreira_wx) December 9, 2026", which would make the answer the letter's.)
    // (Not the attribution under a quotation in an answer, past the answer's own words: "Yes.
    // Trials found…" / "“There is no reason to wait,” one researcher told us." / "— Prof.
    // Samuel Otieno, Oxford" — a letter may end on a quotation of its own.)
    // (Nor a name under the whole of an answer, the next question after it: the answer signed
    // by who gave it, "More than you think…" / "— Dr. Maria Chen, Stanford Health" — a
    // letter's reply follows its signature.)
    let content = |j: &usize| p.roles[*j] == Role::Content;
    let signed_at = |r: &[usize]| {
        r.iter()
            .take(5)
            .enumerate()
            .position(|(k, &j)| {
                matches!(p.roles[j], Role::Content | Role::Byline)
                    && (questions::pen_name(&p, j)
                        // (Or, right under the letter's last paragraph, a pen name and town
                        // without a dash: "Cautious in Clementi".)
                        // (Under a letter that greets the columnist: not a critic's pick
                        // opening the answer to a reader's question, "Burnt Ends in Dempsey".)
                        || k == 0
                            && questions::placed_pen_name(&p, j)
                            && (0..j)
                                .rev()
                                .find(|&q| matches!(p.roles[q], Role::Content | Role::Question))
                                // (A letter greeting the columnist: "Dear Vanessa,".)
                                .is_some_and(|q| {
                                    q.checked_sub(1)
                                        .is_some_and(|g| scan::salutation(p.text(g)).is_some())
                                })
                        || p.feats[j].words <= 8
                            && p.text(j).starts_with(['—', '–'])
                            && scan::is_reader_signature(p.text(j)))
            })
            .filter(|&s| {
                let before = r[..s].iter().filter(|j| content(j)).count();
                let quoted = p
                    .prev_content(r[s])
                    .is_some_and(|k| scan::starts_with_quote(p.text(k)));
                // (A pen name and its place, "— Tired Host in Tacoma", signs a letter whatever
                // its last paragraph.)
                let pen = scan::has_sub(p.text(r[s]), " in ");
                !(quoted && before >= 2 && !pen) && r[s + 1..].iter().any(content)
            })
    };
    let signed = ranges.iter().filter(|r| signed_at(r).is_some()).count();
    if signed >= 2 && signed * 2 > ranges.len() {
        for (r, extra) in ranges.iter_mut().zip(more.iter_mut()) {
            let Some(s) = signed_at(r).filter(|_| extra.is_empty()) else {
                continue;
            };
            let before: Vec<usize> = r[..s]
                .iter()
                .copied()
                .filter(|&j| p.roles[j] == Role::Content)
                .collect();
            if before.len() <= 3
                && before
                    .iter()
                    .all(|&j| p.blocks[j].kind == BlockKind::Paragraph)
            {
                let sig = r[s];
                r.retain(|j| !before.contains(j) && *j != sig);
                *extra = before;
            }
        }
    }
    // (Read up to the last question that carries a label, three at least: a quick-fire round's
    // unlabelled prompts after the interview's labelled turns are the same interviewer's, put
    // to the same guest.)
    let labelled = sel
        .questions
        .iter()
        .rposition(|&q| scan::turn_label(p.text(q)).is_some())
        .map_or(0, |k| k + 1);
    let upto = if labelled >= 3 {
        labelled
    } else {
        sel.questions.len()
    };
    let (asked, told) = (&sel.questions[..upto], &ranges[..upto.min(ranges.len())]);
    let interviewer = interviewer(&p, asked, told);
    let interviewee = interviewee(&p, interviewer, asked, told);
    let answerers = match interviewee {
        None => answerers(&p, interviewer, asked, told),
        Some(_) => Vec::new(),
    };
    // A briefing: no one interviewer or interviewee, several officials who answer.
    let briefing = interviewer.is_none() && interviewee.is_none() && answerers.len() >= 2;
    // The interviewer's turn after the last answer ("Tom Becker, thank you.") closes the
    // interview: it and what follows are the outro.
    if let (Some(name), Some(last)) = (interviewer, ranges.last_mut()) {
        let first = last.iter().position(|&j| p.roles[j] == Role::Content);
        if let Some(k) = first.and_then(|f| {
            (f + 1..last.len()).find(|&k| {
                scan::turn_label(p.text(last[k])).is_some_and(|(l, _)| scan::same_speaker(l, name))
            })
        }) {
            let mut tail = last.split_off(k);
            tail.append(&mut outro);
            outro = tail;
        }
    }
    // Questions and answers that the sections after them outweigh are a box inside an ordinary
    // article (a live page's reader-questions post), not an explainer.
    let chars = |r: &[usize]| -> usize {
        r.iter()
            .filter(|&&j| p.roles[j] == Role::Content)
            .map(|&j| p.blocks[j].text.len())
            .sum()
    };
    let qa: usize = sel
        .questions
        .iter()
        .map(|&q| p.blocks[q].text.len())
        .chain(ranges.iter().map(|r| chars(r)))
        .sum();
    // A list of reviewed books whose titles ask ("1. ¿Por qué dormimos tan mal?" / "Marta
    // Olivares. Ediciones del Faro. 312 páginas. 21,90 euros." / the review): under most of
    // the titles, the book's details — a review each, not an answer.
    let detailed = ranges
        .iter()
        .filter(|r| {
            r.iter()
                .find(|&&j| p.roles[j] == Role::Content)
                .is_some_and(|&j| scan::is_book_details(p.text(j)))
        })
        .count();
    if detailed >= 2 && detailed * 2 >= ranges.len() {
        ex.not_qa_reason = Some(
            "The question-shaped lines are titles of books, each with its publication details \
             under it: a list of reviews, not Q&A."
                .into(),
        );
        return (ex, None);
    }
    // A live page's entries, a few of them readers' questions ("Reader question: Is the M60
    // open?" among "Metrolink suspends services…", "Didsbury residents told to leave…"): the
    // headings at the questions' level under them that do not ask outnumber them twice over —
    // a stream of updates or a report's sections, not Q&A.
    if let Some(BlockKind::Heading(level)) = sel.questions.first().map(|&q| p.blocks[q].kind) {
        // (Each its own: an FAQ's "The short answer" / "The longer answer" under every question
        // are its answers' parts, not updates.)
        let mut statements: Vec<&str> = Vec::new();
        for &j in ranges.iter().flatten().chain(&outro) {
            if p.roles[j] == Role::Content
                && p.blocks[j].kind == BlockKind::Heading(level)
                && !p.feats[j].asks
                && !statements.contains(&p.text(j))
                && statements.len() < 64
            {
                statements.push(p.text(j));
            }
        }
        let statements = statements.len();
        if statements >= 3
            && statements >= sel.questions.len() * 2
            && sel
                .questions
                .iter()
                .all(|&q| p.blocks[q].kind == BlockKind::Heading(level))
        {
            ex.not_qa_reason = Some(
                "Most headings at the questions' level are statements: the questions are a few \
                 entries among a live page's updates or a report's sections, not Q&A."
                    .into(),
            );
            return (ex, None);
        }
    }
    // A few lines of testimony quoted in a news story ("Q. Detective, your camera log shows…"
    // / "A. That's what the log shows, yes."), or a box of facts set as questions ("When is
    // it?" / "Tuesday, March 18, at 6:30 p.m."): every answer one short line, and the reporting
    // around them (the last answer's prose after its line, the intro) far longer than the
    // exchange — a report, not Q&A. (Marked lines are testimony; unmarked ones must each stand
    // alone between two questions, and the reporting be longer still.)
    if sel.questions.len() <= 8 {
        let marked = sel.style == Some(Style::QMarker);
        let content = |r: &[usize]| -> Vec<usize> {
            r.iter()
                .copied()
                .filter(|&j| p.roles[j] == Role::Content)
                .collect()
        };
        let answers: Vec<Vec<usize>> = ranges.iter().map(|r| content(r)).collect();
        let n = answers.len();
        let short_lines = answers.iter().enumerate().all(|(k, a)| {
            a.first().is_some_and(|&j| {
                let f = p.feats[j];
                if marked {
                    f.words <= 30 && scan::strip_answer_marker(p.text(j), false).is_some()
                } else {
                    f.words <= 25 && !f.asks && (a.len() == 1 || k + 1 == n)
                }
            })
        });
        let exchange: usize = sel
            .questions
            .iter()
            .chain(answers.iter().filter_map(|a| a.first()))
            .map(|&j| p.blocks[j].text.len())
            .sum();
        let after_last: usize = answers
            .last()
            .map(|a| a.iter().skip(1).map(|&j| p.blocks[j].text.len()).sum())
            .unwrap_or(0);
        let before = chars(&intro);
        // (And the story's prose past a rail of related links it runs on under: "Related
        // Stories" / two headlines / the reporting again.)
        let prose_after: usize = footer
            .iter()
            .filter(|&&j| {
                p.roles[j] == Role::Content && p.feats[j].sentence && p.feats[j].words > 15
            })
            .map(|&j| p.blocks[j].text.len())
            .sum();
        let after = after_last + chars(&outro) + prose_after;
        let (around, tail) = if marked { (3, 1) } else { (4, 2) };
        // (Marked testimony with the reporting longer than it on both sides: the exchange a
        // report quotes in its middle, "The exchange went as follows:" / "Q. … A. No." / the
        // trial's reporting again.)
        let sandwiched = marked && before > exchange;
        if short_lines
            && (before + after > exchange * around || sandwiched)
            && after > exchange * tail
        {
            ex.not_qa_reason = Some(
                "The questions and their one-line answers are a few quoted lines or a box of facts \
                 inside a news story: a report, not Q&A."
                    .into(),
            );
            return (ex, None);
        }
    }
    if sectioned && sel.section.is_none() && chars(&outro) > qa {
        ex.not_qa_reason = Some(
            "The text after the questions is longer than the questions and their answers: a \
             Q&A box inside an ordinary article."
                .into(),
        );
        return (ex, None);
    }
    // Dialogue-dash interviews ("—¿Cuándo…?" / "—Hace diez años…"): the dash opens every turn;
    // it leaves the answers as it leaves the questions.
    let dashed = sel
        .questions
        .iter()
        .all(|&q| scan::after_dialogue_dash(p.text(q)).is_some());
    let shared_label = match interviewee {
        None => answer_label(&p, &sel.questions, &ranges),
        Some(_) => None,
    };
    // Names that open two turns at least: speakers, counted by surname and by initials too
    // ("Ellen Park:" then "Park:", "Ravi Menon:" then "RM:"). (Read only when a question has a
    // label.)
    let keys = |l: &str| -> [String; 2] {
        // (The name without its outlet or role: "Lim Jia Hui (The Straits Times)".)
        let l = scan::speaker_without_role(l);
        let last = scan::fold(l.rsplit(' ').next().unwrap_or(l));
        // (A double-barrelled name's two: "Ruth Adeyemi-Kerr" then "RAK".)
        let initials: String = l
            .split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .collect();
        [last, scan::fold(&initials)]
    };
    let mut seen = Strings::default();
    if sel
        .questions
        .iter()
        .any(|&q| scan::turn_label(&flatten(p.question_text(q))).is_some())
    {
        for j in 0..p.blocks.len() {
            if let Some((l, _)) = scan::turn_label(p.text(j)) {
                let [a, b] = keys(l);
                *seen.entry(a.clone()).or_insert(0) += 1;
                if b != a {
                    *seen.entry(b).or_insert(0) += 1;
                }
            }
        }
    }
    let recurs = |l: &str| keys(l).iter().any(|k| seen.get(k).is_some_and(|&n| n >= 2));
    // Readers' letters to one columnist, two at least, the salutation ending in a colon
    // ("DEAR MARGARET: My sister-in-law…"): the salutation is the letters' marker, as "Q:"
    // would be.
    let to_columnist: Vec<&str> = sel
        .questions
        .iter()
        .filter_map(|&q| scan::after_salutation(p.text(q)))
        .filter(|(_, rest)| !rest.is_empty())
        .map(|(name, _)| name)
        .collect();
    let letters = to_columnist.len() >= 2 && to_columnist.iter().all(|n| *n == to_columnist[0]);
    // Readers who each put one question to a chat's guest, named before it ("Hanna: Warum…?",
    // "serienjunkie84: Welche…?"): where most questions carry a name that is not the guest's,
    // the names are the askers', however rarely each recurs.
    // (Or callers who each put one to a show's hosts, several answering: "Bev in Ridgefield:
    // …?" / "Walt: …", "Dan in Oakdale: …?" / "Ama: …".)
    let answerer = |l: &str| match interviewee.as_deref() {
        Some(guest) => scan::same_speaker(l, guest),
        None => answerers.iter().any(|a| scan::same_speaker(l, a)),
    };
    let askers_named = (interviewee.is_some() || briefing) && {
        let named = sel
            .questions
            .iter()
            .filter(|&&q| scan::speaker_label(p.text(q)).is_some_and(|(l, _)| !answerer(l)))
            .count();
        named >= 2 && named * 2 > sel.questions.len()
    };
    // A column whose readers sign their questions on the same line, most of them ("… Is
    // something wrong with the battery? – JH, Harrogate"): a letter signed so that ends on a
    // statement ("… before I hand over the money. – PM, Norwich") is signed too.
    let signed_column = sel
        .questions
        .iter()
        .filter(|&&q| p.feats[q].inline_signed)
        .count()
        * 2
        > sel.questions.len();
    let mut questions = Vec::with_capacity(sel.questions.len());
    for (((&q, range), extra), s) in sel.questions.iter().zip(ranges).zip(more).zip(salutes) {
        let mut text = String::new();
        // (The letter's paragraphs from its start, its salutation apart.)
        if s != usize::MAX {
            for j in (s..q).filter(|&j| p.roles[j] == Role::Content && !bare_salutation(p.text(j)))
            {
                text.push_str(&flatten(p.text(j)));
                text.push(' ');
            }
        }
        text.push_str(&flatten(p.question_text(q)));
        for j in extra {
            text.push(' ');
            text.push_str(&flatten(p.text(j)));
        }
        // A reader's signature after the question ("Can we force a sale? – Maura, Limerick",
        // "**Do heat pumps work?** — Carol, Duluth") is not its text, as one on a line of its
        // own is not.
        if let Some(k) = scan::signed_after(&text) {
            let q = text.get(..k).unwrap_or(&text);
            // (A footnote's number may stand between the question and its signature: "…in
            // 2022?1 — Gwen R., Hillcrest".)
            text = questions::without_footnote_mark(q).to_owned();
        } else if let Some(k) = (signed_column || scan::salutation(&text).is_some())
            .then(|| scan::dash_signed_at(&text))
            .flatten()
        {
            // (A letter that greets its columnist is signed so whatever it ends on: "Dear
            // Doctor, … Please advise me. – Mrs Blessing O., Port Harcourt".)
            text.truncate(k);
        }
        // (Nor a footnote's number in brackets glued to a word inside it: "¿Cumple España con la
        // Carta Social Europea[3] con esta subida?".)
        if let Some(k) = footnote_in(&text) {
            let end = text[k..].find(']').map_or(k, |e| k + e + 1);
            text.replace_range(k..end, "");
        }
        // (So is one after a quoted question, and the quotation marks: "“Can I use my ticket?”
        // asks Priya, from Bristol.")
        if let Some(w) = scan::signed_quote_words(&text) {
            text = w.to_owned();
        }
        // (And those of a question quoted whole, unsigned: "“Can I keep using my
        // spreadsheet?”".)
        if let Some(w) = scan::quoted_whole(&text) {
            text = w.to_owned();
        }
        // A myth's badge before its claim ("Myth The MMR vaccine causes autism") is the label
        // it is: "Myth: The MMR vaccine…".
        if !p.feats[q].asks {
            if let Some(k) = scan::myth_badge(&text) {
                text.insert(k, ':');
            }
        }
        if letters {
            if let Some((_, rest)) = scan::after_salutation(&text) {
                text = rest.to_owned();
            }
        }
        if worded {
            if let Some(rest) = scan::strip_number_word(&text) {
                text = rest.to_owned();
            }
        }
        if strip_numbers {
            if let Some(rest) = scan::strip_number(&text)
                .map(|(_, r)| r)
                .or_else(|| scan::strip_sub_letter(&text))
            {
                // (And a marker after the number: "一、问：出台的背景是什么？", "3. Q: Why?".)
                let rest = scan::strip_question_marker(rest)
                    .filter(|r| scan::ends_with_question(r))
                    .unwrap_or(rest);
                text = rest.to_owned();
            }
        }
        // The interviewer's name leaves the questions; so does any other name on a question when
        // one interviewee answers them all ("WIRED: How did this start?" / "Venkat: I bought…").
        // And a caller's the host hands over to ("KAREN (VOICEMAIL): … ?"), named before a colon
        // ("Junior – We are so excited…" addresses the guest).
        let caller = |l: &str| {
            interviewee
                .as_deref()
                .is_some_and(|guest| !scan::same_speaker(l, guest))
                && scan::speaker_label(&text).is_some_and(|(s, _)| s == l)
        };
        // (Or, where several officials answer a briefing's several reporters, any name on a
        // question that is none of the officials': "LOPEZ: Will there be…?", "REPORTER: …?".)
        // (And someone in a panel's audience the moderator hands over to, "AUDIENCE MEMBER: …?",
        // or anyone else none of the panellists: the label says only who asked.)
        let asker = |l: &str| match (interviewer, interviewee.as_deref()) {
            (Some(name), _) => {
                scan::same_speaker(l, name)
                    || caller(l)
                    || scan::is_audience_member(l)
                    || answerers.len() >= 2 && !answerers.iter().any(|a| scan::same_speaker(l, a))
            }
            (None, Some(guest)) => !scan::same_speaker(l, guest),
            (None, None) => briefing && !answerers.iter().any(|a| scan::same_speaker(l, a)),
        };
        // (A letter's salutation, "Dear Delia: …", is the letter's own; a label is a speaker's
        // only where it names turns elsewhere too, or is a name in capitals before a colon, as
        // a caller's: "Q On Detroit — will …?" is the reporter's question, and "Zum Schluss:
        // Sind Sie optimistisch?" the interviewer's.)
        // (Nor a myth's label, "Myth: The MMR vaccine causes autism": without it the page
        // would seem to claim what it refutes.)
        let label = scan::turn_label(&text)
            .filter(|_| scan::salutation(&text).is_none() && !scan::is_myth_label(&text))
            .filter(|&(l, _)| {
                // (Or a name with its outlet in brackets, as a briefing's transcript labels each
                // reporter once: "Farhan Ismail (CNA): …".)
                // (Or any speaker's label where several answer several askers: a hearing's
                // member who asks once, "M. Yann Morel. Combien…?".)
                // (Or a French paper's label on the first exchange, "LE FIGARO. - …?".)
                recurs(l)
                    || scan::stop_dash_label(&text).is_some()
                    || if scan::speaker_label(&text).is_some() {
                        askers_named || scan::is_capitals_label(l) || l.ends_with(')')
                    } else {
                        briefing
                    }
            });
        // (Or the writer's own name, on the first exchange only, as Polish and German papers
        // label it: "Tomasz Kowalczyk: Była pani…?" under the byline "Tomasz Kowalczyk".)
        let writer = |l: &str| {
            // (Or a line under the headline that opens with the name and goes on with the date,
            // unread as a byline: "Tomasz Nowak 22 kwietnia 2025 | 06:00 …".)
            let opens_line = || {
                let from = p.title.map_or(0, |t| t + 1);
                (from..p.blocks.len().min(from + 3)).any(|b| {
                    let t = scan::trim(p.text(b));
                    scan::words_le(t, 16)
                        && t.strip_prefix(l).is_some_and(|r| {
                            r.starts_with(' ') && r.bytes().any(|c| c.is_ascii_digit())
                        })
                })
            };
            // (Or credited under the headline with others, "Words by Marcus Hale Portrait by
            // Jun Takeda 14 May 2025".)
            let credited = || {
                let from = p.title.map_or(0, |t| t + 1);
                (from..p.blocks.len().min(from + 4)).any(|b| {
                    let t = p.text(b);
                    scan::words_le(t, 24)
                        && scan::find_sub(t, l).is_some_and(|k| t[..k].ends_with("by "))
                })
            };
            !scan::words_le(l, 1)
                && (opens_line()
                    || credited()
                    || p.byline.or(p.dateline).is_some_and(|b| {
                        // (Or opening a longer byline, its date and reading time after it:
                        // "Tomasz Nowak 22 kwietnia 2025 | 06:00 Czas czytania: 7 min".)
                        let t = scan::trim(p.text(b));
                        scan::has_sub(t, l) && scan::words_le(t, 8)
                            || t.strip_prefix(l).is_some_and(|r| r.starts_with(' '))
                    }))
        };
        // (Or a name its answer's other name replies to, on the first exchange only: "ANNA
        // KOWALCZYK: … Co się zmieniło?" / "EWA MALINOWSKA: Mniej, niż…".)
        let replied = |l: &str| {
            p.next_content(q)
                .and_then(|a| scan::turn_label(p.text(a)))
                .is_some_and(|(other, _)| !scan::same_speaker(l, other))
        };
        if let Some((_, rest)) = label
            .filter(|(l, _)| {
                asker(l) || replied(l) || scan::stop_dash_label(&text).is_some_and(|(x, _)| x == *l)
            })
            .or_else(|| scan::turn_label(&text).filter(|(l, _)| writer(l)))
            // (Or a reader's name and town in a readers' column, "Kees Meijer, Deventer: …",
            // whatever the letter ends on.)
            .or_else(|| scan::town_label(&text).filter(|_| p.readers_column))
        {
            // (A turn that takes up the sentence an interruption cut, "WEBB: -- about 40
            // minutes after… Why the delay?", as a transcript sets it: without its dashes.)
            let rest = rest
                .strip_prefix("--")
                .or_else(|| rest.strip_prefix("—"))
                .filter(|r| r.starts_with(' '))
                .map_or(rest, scan::trim);
            text = rest.to_owned();
        }
        questions.push((text, range));
    }
    if let Some(h) = sel.section {
        let heading = flatten(&p.blocks[h].text);
        ex.warnings.push(
            [
                "Only the section “",
                &heading,
                "” is in question-and-answer form; the rest of the article is not part of the explainer.",
            ]
            .concat(),
        );
        ex.section = Some(heading);
    }
    let intro = without_contents_list(&p, intro, &questions);
    // A bare `A` before the answers where a bare `Q` marks the questions ("Q My tomatoes…?" /
    // "A Please don't pull them out."): half the answers at least, two at least, open so.
    let bare_a = p.bare_q && {
        let opens = questions
            .iter()
            .filter(|(_, r)| {
                r.iter()
                    .find(|&&j| p.roles[j] == Role::Content)
                    .is_some_and(|&j| scan::strip_bare_letter(p.text(j), 'A').is_some())
            })
            .count();
        opens >= 2 && opens * 2 >= questions.len()
    };
    let plan = Plan {
        roles: p.roles,
        captions: p.captions,
        intro,
        questions,
        outro,
        footer,
        qmarker,
        bare_a,
        dashed,
        letters,
        // (A label the answers share names no one, and leaves the questions as they are.)
        interviewee: interviewee.or(shared_label),
        answerers,
    };
    (ex, Some(plan))
}

/// Where the markup closes the last answer (a `seq`): the questions and their answers fill one
/// element of their own (an FAQ list or section: nothing but a heading before the first
/// question), or each question and its answer have an element of their own (an FAQ block's
/// items) and the last item ends it. `None` when the markup does not say: plain text, headings
/// each wrapped alone, or an article body that also holds the intro — a page may cut its body
/// into chunks (for ads) and go on with the last answer in the next one.
fn markup_end(p: &Prep, qs: &[usize]) -> Option<u32> {
    // The end of a question's innermost element, when that element holds more than the question
    // (another block, or the answer split from the question's own paragraph or list item).
    let end = |q: usize| {
        let b = &p.blocks[q];
        let split = p.blocks.get(q + 1).is_some_and(|n| n.seq == b.seq);
        (b.seq > 0 && (split || b.scope_end > b.seq.saturating_add(1))).then_some(b.scope_end)
    };
    let first = *qs.first()?;
    let last = end(*qs.last()?)?;
    let start = p.blocks[first].scope_start;
    let shared = qs.iter().all(|&q| end(q) == Some(last))
        && p.blocks[..first]
            .iter()
            .zip(&p.roles)
            .rev()
            .take_while(|(b, _)| b.seq >= start)
            .all(|(b, &r)| r != Role::Content || matches!(b.kind, BlockKind::Heading(_)));
    // Items: each question's element closes before the next question, and holds all of its
    // answer.
    let items = || {
        qs.windows(2).all(|w| {
            end(w[0]).is_some_and(|e| {
                e <= p.blocks[w[1]].seq
                    && (w[0] + 1..w[1]).all(|j| p.blocks[j].seq < e || p.roles[j] != Role::Content)
            })
        })
    };
    (shared || items()).then_some(last)
}

/// Where a section heading (a statement) ends the last answer: see its use.
fn section_break(p: &Prep, answer: &[usize], style: Option<Style>) -> Option<usize> {
    let first = answer.iter().position(|&j| p.roles[j] == Role::Content)?;
    (first + 1..answer.len()).find(|&k| {
        let j = answer[k];
        // A line with only the time stamps a live page's next post ("Posted at 16:20").
        if scan::is_clock_line(p.text(j)) {
            return answer[k + 1..].iter().any(|&i| p.roles[i] == Role::Content);
        }
        let BlockKind::Heading(level) = p.blocks[j].kind else {
            return false;
        };
        // (A heading that asks starts a section only as a help box's does: "Need urgent help?"
        // over "If you need help overseas, call …".)
        let help_box = || {
            scan::is_cta_question(p.text(j))
                && p.next_content(j)
                    .is_some_and(|n| p.feats[n].words <= 40 && scan::calls_to_act(p.text(n)))
        };
        p.roles[j] == Role::Content
            && (!p.feats[j].asks || help_box())
            && match style {
                Some(Style::Heading(q)) => level <= q,
                _ => true,
            }
    })
}

/// Number of content blocks (not separators, captions or credits) in a range.
fn content_count(p: &Prep, range: &[usize]) -> usize {
    range
        .iter()
        .filter(|&&j| p.roles[j] == Role::Content)
        .count()
}

/// A table of contents in the intro (list items that repeat the questions, often links to them)
/// is left out: the explainer lists the questions itself, and the links pointed into the article.
fn without_contents_list(p: &Prep, intro: Vec<usize>, qs: &[(String, Vec<usize>)]) -> Vec<usize> {
    let key = |t: &str| {
        let t = flatten(t);
        let t = scan::strip_number(&t).map_or(t.as_str(), |(_, r)| r);
        scan::fold(scan::trim(t))
    };
    let asked: Strings = qs.iter().map(|(q, _)| (key(q), 0)).collect();
    let toc = |j: &usize| {
        p.blocks[*j].kind == BlockKind::ListItem && asked.contains_key(&key(p.text(*j)))
    };
    if intro.iter().filter(|j| toc(j)).count() < 2 {
        return intro;
    }
    intro.into_iter().filter(|j| !toc(j)).collect()
}

/// An interview transcript: (nearly) every question opens with one speaker's name ("HALE: Why…?")
/// and most answers with another's ("RUIZ: Because…"). The interviewer's name is then a marker,
/// like `Q:`, and is left out of the questions; the answers keep who is speaking.
fn interviewer<'p>(p: &'p Prep, qs: &[usize], ranges: &[Vec<usize>]) -> Option<&'p str> {
    if qs.len() < 2 {
        return None;
    }
    let name = scan::turn_label(p.text(qs[0]))?.0;
    let label = |j: usize| scan::turn_label(p.text(j)).map(|(l, _)| l);
    let mut asked = qs
        .iter()
        .filter(|&&q| label(q).is_some_and(|l| scan::same_speaker(l, name)))
        .count();
    let answer_labels: Vec<&str> = ranges
        .iter()
        .filter_map(|r| r.iter().find(|&&j| p.roles[j] == Role::Content))
        .filter_map(|&j| label(j))
        .filter(|l| !scan::same_speaker(l, name))
        .collect();
    let answered = answer_labels.len();
    // (A podcast's two hosts take turns to ask one guest, who answers every question under
    // their name: the co-host's name, on two questions at least and on no answer, is a marker
    // too.)
    if asked * 5 < qs.len() * 4 {
        let guest = answer_labels.first().copied();
        let one_guest = |g: &str| answer_labels.iter().all(|l| scan::same_speaker(l, g));
        let co = qs
            .iter()
            .filter_map(|&q| label(q))
            .find(|l| !scan::same_speaker(l, name))
            .filter(|co| guest.is_some_and(|g| !scan::same_speaker(co, g) && one_guest(g)));
        if let Some(co) = co {
            let theirs = qs
                .iter()
                .filter(|&&q| label(q).is_some_and(|l| scan::same_speaker(l, co)))
                .count();
            if theirs >= 2 {
                asked += theirs;
            }
        }
    }
    // The answers name their speaker too, or none does and the name is a publication's
    // (`unnamed_answers`: "SPIEGEL: …", "ZEIT ONLINE: …"; or one dashed name on every question,
    // "Folha – …?").
    let colon = scan::speaker_label(p.text(qs[0])).is_some();
    // (Or named only the first time, under the first question: "Mareike Lindner: Nein, …".)
    let named_once = answered == 1
        && ranges
            .first()
            .and_then(|r| r.iter().find(|&&j| p.roles[j] == Role::Content))
            .is_some_and(|&j| label(j).is_some());
    let sides = answered * 2 >= qs.len()
        || ((answered == 0 || named_once)
            && qs.len() >= 3
            && (colon || asked == qs.len())
            && questions::unnamed_answers(
                colon,
                name,
                asked,
                {
                    let said = |q: usize| scan::turn_label(p.text(q)).map_or("", |(_, s)| s);
                    qs.iter()
                        .filter(|&&q| label(q).is_some_and(|l| scan::same_speaker(l, name)))
                        .all(|&q| scan::opens_sentence(said(q)))
                },
                p.title.map(|t| p.text(t)),
            ));
    (asked * 5 >= qs.len() * 4 && sides).then_some(name)
}

/// The speaker label (not the interviewer's) that opens each answer's first paragraph, for the
/// answers that open with one.
fn answer_labels<'a>(
    p: &'a Prep,
    interviewer: Option<&'a str>,
    ranges: &'a [Vec<usize>],
) -> impl Iterator<Item = &'a str> + 'a {
    let first = |r: &Vec<usize>| r.iter().copied().find(|&j| p.roles[j] == Role::Content);
    // (A title and a surname before a full stop, "Mr. Rogers. Every afternoon…", names a speaker
    // only where it opens two answers at least: once, it may be the answer's own first words.)
    let titled = |j: usize| {
        scan::speaker_label(p.text(j)).is_none()
            && scan::US_CIVILITIES.iter().any(|c| p.text(j).starts_with(c))
    };
    let label = move |j: usize| {
        // (A verdict's label names no one: "VERDICT: FICTION" keeps its word; nor does a
        // reply's greeting, "Querida Itzel: tu situación…".)
        scan::turn_label(p.text(j))
            .filter(|(l, _)| !scan::under_verdict_label(p.text(j)) && !scan::is_greeting(l))
            .map(|(l, _)| l)
    };
    ranges.iter().filter_map(move |r| {
        let j = first(r)?;
        let l = label(j)?;
        let recurs = || {
            ranges
                .iter()
                .filter_map(first)
                .filter(|&k| k != j)
                .take(64)
                .any(|k| label(k).is_some_and(|m| scan::same_speaker(l, m)))
        };
        (interviewer.is_none_or(|i| !scan::same_speaker(l, i)) && (!titled(j) || recurs()))
            .then_some(l)
    })
}

/// The one speaker whose name opens the answers of a transcript (at least half of them, no
/// other name, and never on a question): a two-person interview, where the name says nothing
/// the question and answer do not. With several interviewees the names stay: they say who
/// answers. Full name first and surname later ("Marcus Liu:", "Liu:") are one speaker.
fn interviewee(
    p: &Prep,
    interviewer: Option<&str>,
    qs: &[usize],
    ranges: &[Vec<usize>],
) -> Option<String> {
    let mut name: Option<&str> = None;
    let mut answered = 0;
    for l in answer_labels(p, interviewer, ranges) {
        if name.is_some_and(|n| !scan::same_speaker(n, l)) {
            return None;
        }
        // The full form, when the answers give both.
        if name.is_none_or(|n| l.len() > n.len()) {
            name = Some(l);
        }
        answered += 1;
    }
    // (Or named on the first answer alone, as the person the headline names: "Minister Katrien
    // Verhulst: ‘…’" over an interview whose first answer opens "Katrien Verhulst: ‘…".)
    let first_only = || {
        answered == 1
            && ranges
                .first()
                .and_then(|r| r.iter().find(|&&j| p.roles[j] == Role::Content))
                .and_then(|&j| scan::turn_label(p.text(j)))
                .zip(name)
                .is_some_and(|((l, _), n)| l == n)
            && name.is_some_and(|n| scan::words(n).nth(1).is_some())
            && (p.title
                .is_some_and(|t| name.is_some_and(|n| p.text(t).contains(n)))
                // (Or the first exchange labelled both ways, the question by another name:
                // "ANNA KOWALCZYK: …?" / "EWA MALINOWSKA: Mniej, niż…".)
                || qs
                    .first()
                    .and_then(|&q| scan::turn_label(p.text(q)))
                    .zip(name)
                    .is_some_and(|((l, _), n)| {
                        !scan::same_speaker(l, n)
                            && scan::is_capitals_label(l)
                            && scan::is_capitals_label(n)
                    }))
    };
    let name = name.filter(|_| answered >= 2 && answered * 2 >= ranges.len() || first_only())?;
    (!on_questions(p, qs, |l| scan::same_speaker(l, name))).then(|| name.to_owned())
}

/// Whether a question's turn opens with a label `is` accepts (an answerer's name on a question
/// makes it no answerer's).
fn on_questions(p: &Prep, qs: &[usize], is: impl Fn(&str) -> bool) -> bool {
    qs.iter()
        .any(|&q| scan::turn_label(p.text(q)).is_some_and(|(l, _)| is(l)))
}

/// Where several speakers answer a transcript's questions ("Presidente Ferrante:", "Direttrice
/// generale Rinaldi:", as a briefing's officials take turns): their names, as they open answers
/// (half of the answers at least, two at least; none on a question). The names say who answers,
/// so they are kept, but as each paragraph's speaker rather than its first words.
fn answerers(
    p: &Prep,
    interviewer: Option<&str>,
    qs: &[usize],
    ranges: &[Vec<usize>],
) -> Vec<String> {
    let mut names: Vec<&str> = Vec::new();
    let mut answered = 0;
    for l in answer_labels(p, interviewer, ranges) {
        answered += 1;
        if names.len() < 16 && !names.iter().any(|n| scan::same_speaker(n, l)) {
            names.push(l);
        }
    }
    if names.len() < 2 || answered < 2 || answered * 2 < ranges.len() {
        return Vec::new();
    }
    if on_questions(p, qs, |l| names.iter().any(|n| scan::same_speaker(l, n))) {
        return Vec::new();
    }
    names.into_iter().map(str::to_owned).collect()
}

/// A label that opens every answer alike and says who answers, naming no one: a column's
/// answerer ("Luật sư trả lời: …", "Our expert replies: …"), left out as an interviewee's name
/// is ("The claim: …" over each fact check's answer stays, and "Short answer: …"). Two
/// answers at least, all of them, and never on a question.
fn answer_label(p: &Prep, qs: &[usize], ranges: &[Vec<usize>]) -> Option<String> {
    let mut label: Option<&str> = None;
    for r in ranges {
        let &j = r.iter().find(|&&j| p.roles[j] == Role::Content)?;
        // (Not a brief's "Short answer:", over its "Long answer:": it says how, not who.)
        let (l, _) = scan::colon_label(p.text(j))
            .filter(|(l, _)| scan::is_answerer_label(l) && !scan::is_short_answer_label(l))?;
        if label.is_some_and(|x| x != l) {
            return None;
        }
        label = Some(l);
    }
    let label = label.filter(|_| ranges.len() >= 2)?;
    let on_questions = qs
        .iter()
        .any(|&q| scan::colon_label(p.text(q)).is_some_and(|(l, _)| l == label));
    (!on_questions).then(|| label.to_owned())
}

/// An image block as the model's image (source, alt text, size).
fn image_of(b: &Block) -> Option<Image> {
    b.src.clone().map(|src| Image {
        src,
        alt: flatten(&b.text),
        width: b.size.map(|s| s.0),
        height: b.size.map(|s| s.1),
    })
}

/// The photo a caption belongs to, among the images since the text before it: in a `<figure>`,
/// the figure's first image (not a zoom icon after it); otherwise the first image.
fn figure_photo<'b>(blocks: &'b [Block], photos: &[usize], caption: usize) -> Option<&'b Block> {
    let c = blocks.get(caption)?;
    let in_figure = c.flags.has(Flags::FIGURE) && c.group != 0;
    photos
        .iter()
        .filter_map(|&i| blocks.get(i))
        .find(|b| !in_figure || b.group == c.group)
}

fn is_footerish(p: &Prep, j: usize) -> bool {
    let t = p.text(j);
    match p.roles[j] {
        Role::Separator | Role::Credit | Role::Boilerplate | Role::Image | Role::Duplicate => true,
        // The writer's sign-off under a closing note ("— Nadia").
        Role::Byline => true,
        Role::Content => {
            p.blocks[j].flags.has(Flags::FOOTER)
                || scan::is_copyright(t)
                || scan::is_signature(t)
                || scan::is_closing_credit(t)
                || scan::is_citation(t)
                || scan::is_editors_note(t)
                || scan::is_publish_stamp(t)
                || scan::is_promo(t)
                // A sign-up box: its email field, and the line over it ("Ready for more?").
                || scan::is_email_field(t)
                || p.before_email_field(j)
        }
        _ => false,
    }
}

/// Moves related-link rails out of an answer (into `rails`): a "Read more" / "Related" / "See also"
/// heading followed only by links (list items or link-only lines), or a list of nothing but links
/// after a paragraph that does not introduce it — each with more of the answer after it. A rail
/// at the very end is left to [`split_tail`]; such a heading followed by text is the answer's.
fn take_rails(p: &Prep, range: &mut Vec<usize>, rails: &mut Vec<usize>, next_question: bool) {
    let content = |j: usize| p.roles[j] == Role::Content;
    let link = |j: usize| content(j) && p.blocks[j].flags.has(Flags::LINK_ONLY);
    // In text the links are gone: a headline-like line (short, no sentence) is one, when the
    // answer goes on after the teasers with a paragraph of prose, or the next question follows
    // (in the last answer, a trailer and what follows it are the footer's: see `split_tail`).
    let teaser = |j: usize| {
        !p.from_html
            && content(j)
            && (!p.feats[j].sentence || p.feats[j].asks)
            && p.feats[j].words <= 15
    };
    let prose = |j: usize| content(j) && p.feats[j].sentence && p.feats[j].words > 15;
    // One pass, linear however many rails an answer holds: `goes_on[k]`, some content at k or
    // after; the kept blocks are collected, not removed one rail at a time.
    let n = range.len();
    let mut goes_on = vec![false; n + 1];
    for k in (0..n).rev() {
        goes_on[k] = goes_on[k + 1] || content(range[k]);
    }
    let mut kept = Vec::with_capacity(n);
    let mut last_content: Option<usize> = None;
    let mut k = 0;
    while k < n {
        let j = range[k];
        // A list of nothing but links dropped between two paragraphs (a "links block" of related
        // stories) — unless the paragraph before introduces it ("Find your council here:").
        let list_rail = link(j)
            && p.blocks[j].kind == BlockKind::ListItem
            && p.blocks[j].group != 0
            && last_content
                .is_some_and(|i| p.blocks[i].kind == BlockKind::Paragraph && !p.feats[i].colon);
        // Or a "Read more" / "Related" heading followed by links (and their thumbnails).
        let heading_rail = content(j) && p.feats[j].trailer_heading;
        let end = if list_rail {
            let group = p.blocks[j].group;
            let mut end = k;
            while end < n && link(range[end]) && p.blocks[range[end]].group == group {
                end += 1;
            }
            end
        } else if heading_rail {
            let mut end = k + 1;
            while end < n && (link(range[end]) || p.roles[range[end]] == Role::Image) {
                end += 1;
            }
            if end == k + 1 && next_question {
                while end < n && end < k + 5 && teaser(range[end]) {
                    end += 1;
                }
                let after = range[end..]
                    .iter()
                    .find(|&&j| content(j))
                    .map_or(next_question, |&j| prose(j));
                if end == k + 1 || !after {
                    end = k + 1;
                }
            }
            end
        } else {
            k + 1
        };
        let has_links = list_rail || range[k + 1..end].iter().any(|&i| link(i) || teaser(i));
        if (list_rail || heading_rail) && has_links && (goes_on[end] || next_question) {
            rails.extend_from_slice(&range[k..end]);
        } else {
            for &i in &range[k..end] {
                kept.push(i);
                if content(i) {
                    last_content = Some(i);
                }
            }
        }
        k = end;
    }
    *range = kept;
}

/// A cell with another cell of its table next to it (a lone cell is a page's layout).
fn in_table(p: &Prep, j: usize) -> bool {
    let cell = |i: usize| {
        p.blocks
            .get(i)
            .is_some_and(|b| matches!(b.kind, BlockKind::Cell(_)) && b.group == p.blocks[j].group)
    };
    matches!(p.blocks[j].kind, BlockKind::Cell(_)) && (cell(j.wrapping_sub(1)) || cell(j + 1))
}

/// Splits the last answer into (answer, closing paragraphs, footer).
fn split_tail(
    p: &Prep,
    range: &[usize],
    uniform_single: bool,
) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let Some(first) = range.iter().position(|&j| p.roles[j] == Role::Content) else {
        return (range.to_vec(), Vec::new(), Vec::new());
    };
    let mut cut = range.len();
    // (a) Sources, related stories, tags: a trailer heading starts the footer.
    if let Some(k) = range
        .iter()
        .enumerate()
        .skip(first + 1)
        .find(|(_, &j)| p.roles[j] == Role::Content && scan::is_trailer_heading(p.text(j)))
    {
        cut = k.0;
    }
    // (b) After the answer's closing separator ("___"), a short promo or note is not the answer.
    if let Some(k) = range[..cut]
        .iter()
        .rposition(|&j| p.roles[j] == Role::Separator)
    {
        if k > first {
            let rest = &range[k + 1..cut];
            let words: usize = rest.iter().map(|&j| scan::word_count(p.text(j))).sum();
            if rest.len() <= 2 && words <= 60 {
                cut = k;
            }
        }
    }
    // (c) Copyright lines, sign-offs, citations, promos at the end; a last short widget label.
    // (A poll's options after its question, "How did you like today's letter?" / "Loved it" /
    // "It was fine" / "Not for me", go with the call.)
    let short = |j: usize| {
        p.roles[j] == Role::Content
            && scan::words_le(p.text(j), 3)
            && !scan::is_sentence(p.text(j))
            && !in_table(p, j)
    };
    let options = range[first + 1..cut]
        .iter()
        .rev()
        .take(8)
        .take_while(|&&j| short(j))
        .count();
    if options >= 2 {
        let before = range[cut - options - 1];
        if before > range[first]
            && p.roles[before] == Role::Content
            && scan::calls_for_questions(p.text(before))
        {
            cut -= options;
        }
    }
    let mut at_end = true;
    while cut > first + 1 {
        let j = range[cut - 1];
        let t = p.text(j);
        // (Or a widget's label under its call, past the page's lines after it: "Was this page
        // helpful?" / "Yes No" / "Share this page: …".)
        let under_call = || {
            cut >= 2 && {
                let k = range[cut - 2];
                k > range[first]
                    && p.roles[k] == Role::Content
                    && scan::calls_for_questions(p.text(k))
            }
        };
        let label = short(j) && p.blocks[j].kind != BlockKind::ListItem && (at_end || under_call());
        let links =
            p.blocks[j].flags.has(Flags::LINK_ONLY) && p.blocks[j].kind == BlockKind::ListItem;
        // The attribution line of a quote (an embedded post's "— Name (@handle) date") is the
        // quote's, not a sign-off.
        let b = &p.blocks[j];
        let prev = p.blocks.get(j.wrapping_sub(1));
        let in_quote = b.flags.has(Flags::QUOTE)
            && b.group != 0
            && prev.is_some_and(|q| q.flags.has(Flags::QUOTE) && q.group == b.group);
        // A call for questions, tips or feedback ("Got a question? …", "Was this page
        // helpful?") closes the page; a widget's label may come after it ("Yes No").
        let call = p.roles[j] == Role::Content && scan::calls_for_questions(t);
        if !in_quote && (is_footerish(p, j) || label || links || call) {
            cut -= 1;
            at_end = call;
            // A banner's button ("Get started") closes the page with the banner: its question
            // and the line under it ("Ready to see where your money is held?" / "Open the app…").
            if p.roles[j] == Role::Content && scan::is_button_label(t) {
                if let Some(k) = (cut.saturating_sub(2).max(first + 1)..cut)
                    .find(|&k| p.roles[range[k]] == Role::Content && p.feats[range[k]].asks)
                {
                    cut = k;
                }
            }
        } else {
            break;
        }
    }
    let footer = range[cut..].to_vec();
    let mut answer = range[..cut].to_vec();
    // A closing section after the last answer ("Our ruling", "The bottom line: …", "Fazit")
    // is the article's conclusion, not the answer's.
    // (So is what follows a question-and-answer table: the answer's cell ended with it.)
    let closing = answer
        .iter()
        .position(|&j| {
            j > range[first]
                && (p.blocks[j].flags.has(Flags::AFTER_TABLE)
                    || p.roles[j] == Role::Content && scan::is_closing_section(p.text(j)))
        })
        .map(|k| answer.split_off(k))
        .unwrap_or_default();
    // (d) Answers that are each one paragraph: what follows the last one is a closing note.
    let mut outro = Vec::new();
    if uniform_single {
        let contents: Vec<usize> = answer
            .iter()
            .copied()
            .filter(|&j| p.roles[j] == Role::Content)
            .collect();
        if contents.len() > 1 {
            let mut keep = if scan::ends_with_colon(p.text(contents[0])) {
                2
            } else {
                1
            };
            // A list the answer ends with (announced by its lead-in, or the answer itself) is
            // kept whole.
            let item = |j: usize| p.blocks[j].kind == BlockKind::ListItem;
            if let Some(&last) = contents.get(keep - 1).filter(|&&j| item(j)) {
                let group = p.blocks[last].group;
                while contents
                    .get(keep)
                    .is_some_and(|&j| item(j) && p.blocks[j].group == group)
                {
                    keep += 1;
                }
            }
            let rest = &contents[keep.min(contents.len())..];
            if !rest.is_empty() && rest.iter().all(|&j| scan::words_le(p.text(j), 60)) {
                let boundary = rest[0];
                outro = answer.iter().copied().filter(|&j| j >= boundary).collect();
                answer.retain(|&j| j < boundary);
            }
        }
    }
    outro.extend(closing);
    (answer, outro, footer)
}

/// Moves a block's text (and runs) into the model, dropping the first `skip_bytes` (a marker).
fn model_runs(b: &mut Block, skip_bytes: usize) -> (String, Vec<model::Run>) {
    if b.runs.is_empty() {
        let mut t = std::mem::take(&mut b.text);
        let skip = (0..=skip_bytes.min(t.len()))
            .rev()
            .find(|&i| t.is_char_boundary(i))
            .unwrap_or(0);
        t.drain(..skip);
        let lead = t.len() - scan::trim_start(&t).len();
        t.drain(..lead);
        return (t, Vec::new());
    }
    let mut runs: Vec<model::Run> = Vec::with_capacity(b.runs.len());
    let mut skip = skip_bytes;
    for r in b.runs.iter_mut() {
        let mut t = std::mem::take(&mut r.text);
        if skip > 0 {
            let n = (0..=skip.min(t.len()))
                .rev()
                .find(|&i| t.is_char_boundary(i))
                .unwrap_or(0);
            let whole = n == t.len();
            t.drain(..n);
            skip = if whole { skip - n } else { 0 };
        }
        if t.is_empty() {
            continue;
        }
        runs.push(model::Run {
            strong: r.marks & marks::STRONG != 0,
            em: r.marks & marks::EM != 0,
            code: r.marks & marks::CODE != 0,
            href: r.href.take(),
            text: t,
        });
    }
    if let Some(first) = runs.first_mut() {
        let lead = first.text.len() - scan::trim_start(&first.text).len();
        first.text.drain(..lead);
    }
    runs.retain(|r| !r.text.is_empty());
    let text: String = runs.iter().map(|r| r.text.as_str()).collect();
    let plain = runs
        .iter()
        .all(|r| !r.strong && !r.em && !r.code && r.href.is_none() && r.text != "\n");
    (text, if plain { Vec::new() } else { runs })
}

/// Builds model blocks from planned indices, moving text out of the blocks (each block is used once).
struct Assembly<'a> {
    roles: &'a [Role],
    captions: &'a mut [Option<(String, Option<String>)>],
    blocks: &'a mut [Block],
    /// The interviewee's name, left out where it opens an answer.
    speaker: Option<String>,
    /// Several answerers' names, each taken off its turns into the block's `speaker`.
    answerers: Vec<String>,
    /// The answers' dialogue dashes are left out too.
    dashed: bool,
    /// So are the replies' salutations to the readers ("DEAR STEAMED:").
    letters: bool,
    /// A bare `A` opens the answers ([`Plan::bare_a`]).
    bare_a: bool,
}

impl Assembly<'_> {
    /// Converts blocks to model blocks: quotes, lists, sub-headings, captions.
    /// `answer_marker`: `Some(strict)` strips `A:` markers from an answer's paragraphs;
    /// `answer`: the blocks are an answer's.
    fn convert(
        &mut self,
        idx: &[usize],
        answer_marker: Option<bool>,
        footer_like: bool,
        answer: bool,
    ) -> Vec<model::Block> {
        let mut out: Vec<model::Block> = Vec::new();
        let mut list_group: Option<u32> = None;
        let mut first_content = true;
        // The answerer's label stood alone on the line before ("Answered by:"): their name next.
        let mut credit_next = false;
        // A photo inside the text: kept with the caption that follows it (a figure). Images with
        // no caption (icons, thumbnails, tracking pixels, ads) are left out.
        let mut photos: Vec<usize> = Vec::new();
        let mut table_group: Option<u32> = None;
        for &j in idx {
            let Some(b) = self.blocks.get_mut(j) else {
                continue;
            };
            match self.roles[j] {
                Role::Caption => {
                    list_group = None;
                    if let Some((caption, credit)) = self.captions[j].take() {
                        let mut m = model::Block::text(Kind::Caption, caption);
                        m.credit = credit;
                        m.image = figure_photo(self.blocks, &photos, j).and_then(image_of);
                        out.push(m);
                    }
                    photos.clear();
                    continue;
                }
                // Rails and boxes injected into the article (<aside>, related, promo, newsletter…).
                Role::Content if b.flags.has(Flags::ASIDE) && !footer_like => {
                    list_group = None;
                    continue;
                }
                Role::Content => {}
                // A bare credit line that ends up after the article is just a line of the footer.
                Role::Credit if answer_marker.is_none() && footer_like => {}
                // An image inside a list item (a thumbnail in a link list) does not end the list.
                Role::Image => {
                    let aside = b.flags.has(Flags::ASIDE) && !footer_like;
                    // Icons and tracking pixels: a declared side under 48 px.
                    let tiny = b.size.is_some_and(|(w, h)| w.min(h) < 48);
                    if !aside && !tiny && b.kind == BlockKind::Image && photos.len() < 8 {
                        photos.push(j);
                    }
                    continue;
                }
                // Credits, repeated lines and a player's labels may stand between a photo and its
                // caption.
                Role::Credit | Role::Duplicate | Role::Boilerplate => {
                    list_group = None;
                    continue;
                }
                _ => {
                    list_group = None;
                    photos.clear();
                    continue;
                }
            }
            photos.clear();
            // A box's label over the answer ("The short answer"): the answer says it first.
            if first_content && answer_marker.is_some() && scan::is_short_answer_label(&b.text) {
                continue;
            }
            // Who answers, credited over the answer ("Answered by: Constable Ryan Quinn,
            // Dungannon Neighbourhood Policing Team", or the label over the name on a line of
            // its own): not the answer's words.
            if first_content && answer_marker.is_some() {
                match scan::answered_by(&b.text) {
                    Some(true) => {
                        credit_next = true;
                        continue;
                    }
                    Some(false) => continue,
                    None if std::mem::take(&mut credit_next) && b.text.len() <= 120 => continue,
                    None => {}
                }
            }
            // A marker alone in a table cell or a paragraph of its own ("A." in a `<th>`, or
            // "A." over the answer's first paragraph and "Q." over the next question as a copy
            // leaves them) is no part of the answer.
            if scan::is_bare_marker(&b.text, true) {
                continue;
            }
            // Nor the reader's signature under their question ("Will my teenager's account be
            // deleted?" / "— Kerry, Ballarat"), though the page signs no other: the answer
            // starts under it.
            // (With the answer's words after it: not a short answer, "Monday, Sept. 1"; nor a
            // reply's greeting, "Bonjour Nadia,".)
            if answer
                && first_content
                && b.text.len() <= 60
                && b.kind == BlockKind::Paragraph
                && !b.text.ends_with(',')
                && idx.last() != Some(&j)
                && scan::is_reader_signature(&b.text)
            {
                continue;
            }
            let mut skip = 0;
            let mut speaker = None;
            if let Some(strict) = answer_marker {
                if first_content || !strict {
                    if let Some(rest) = scan::strip_answer_marker(&b.text, strict) {
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
                // (An emoji that marks the answer, as a social post sets them: "👉 Member
                // states have until …".)
                if first_content && skip == 0 {
                    let rest = scan::strip_pictographs(&b.text);
                    if rest.len() < b.text.len() {
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
                // (Where the reply runs on in lower case, the salutation is its sentence's
                // start and stays: "Querida Verónica: no existe una edad mágica…".)
                if first_content && skip == 0 && self.letters {
                    if let Some((_, rest)) = scan::after_salutation(&b.text)
                        .filter(|(_, r)| !r.is_empty() && !r.starts_with(scan::is_lower))
                    {
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
                if first_content && skip == 0 && self.bare_a {
                    if let Some(rest) = scan::strip_bare_letter(&b.text, 'A') {
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
                if first_content && skip == 0 && self.dashed {
                    if let Some(rest) = scan::after_dialogue_dash(&b.text) {
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
                // The interviewee's name (and a transcript's timestamp) leaves each of their
                // turns in the answer, the first and the ones after another speaker's.
                if let Some(s) = self.speaker.as_deref().filter(|_| skip == 0) {
                    if let Some((_, rest)) = scan::turn_label(&b.text)
                        .filter(|(l, _)| scan::same_speaker(l, s))
                        .or_else(|| scan::colon_label(&b.text).filter(|(l, _)| *l == s))
                    {
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
                // One of several answerers' names: it moves to the paragraph's speaker.
                if skip == 0 && !self.answerers.is_empty() && b.kind == BlockKind::Paragraph {
                    if let Some((l, rest)) = scan::turn_label(&b.text)
                        .filter(|(l, _)| self.answerers.iter().any(|a| scan::same_speaker(l, a)))
                    {
                        speaker = Some(l.to_owned());
                        skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                    }
                }
            }
            // (A French interview labels its first exchange, the answer too: "Hélène
            // DUVERNOY. - Il tient, …".)
            if skip == 0 && first_content {
                if let Some((_, rest)) = scan::stop_dash_label(&b.text) {
                    skip = (rest.as_ptr() as usize).saturating_sub(b.text.as_ptr() as usize);
                }
            }
            first_content = false;
            let (kind_in, flags, group) = (b.kind, b.flags, b.group);
            let (text, runs) = model_runs(b, skip);
            if let BlockKind::Cell(header) = kind_in {
                list_group = None;
                let cell = model::Cell { text, runs, header };
                match out.last_mut() {
                    Some(t) if t.kind == Kind::Table && table_group == Some(group) => {
                        if flags.has(Flags::ROW_START) || t.rows.is_empty() {
                            t.rows.push(vec![cell]);
                        } else if let Some(row) = t.rows.last_mut() {
                            row.push(cell);
                        }
                    }
                    _ => {
                        out.push(model::Block {
                            kind: Kind::Table,
                            rows: vec![vec![cell]],
                            ..model::Block::default()
                        });
                        table_group = Some(group);
                    }
                }
                continue;
            }
            table_group = None;
            if text.is_empty() {
                continue;
            }
            if kind_in == BlockKind::ListItem {
                let item = model::Item {
                    text,
                    runs,
                    items: Vec::new(),
                };
                // A sub-list's item goes under the last item of the list it is nested in. (Not
                // an item of the list that opened the answer, nested under its question's
                // item: those are the answer's own list.)
                if flags.has(Flags::NESTED) && list_group.is_some_and(|g| g != group) {
                    if let Some(last) = out.last_mut().filter(|l| l.kind == Kind::List) {
                        last.text.push('\n');
                        last.text.push_str(&item.text);
                        if let Some(parent) = last.items.last_mut() {
                            parent.items.push(item);
                            continue;
                        }
                    }
                }
                match (out.last_mut(), list_group) {
                    (Some(last), Some(g)) if last.kind == Kind::List && g == group => {
                        last.text.push('\n');
                        last.text.push_str(&item.text);
                        last.items.push(item);
                    }
                    _ => {
                        out.push(model::Block {
                            kind: Kind::List,
                            text: item.text.clone(),
                            items: vec![item],
                            ordered: flags.has(Flags::ORDERED),
                            ..model::Block::default()
                        });
                        list_group = Some(group);
                    }
                }
                continue;
            }
            list_group = None;
            let kind = match kind_in {
                BlockKind::Heading(_) => Kind::Heading,
                BlockKind::Preformatted => Kind::Preformatted,
                _ if flags.has(Flags::QUOTE) || scan::is_wholly_quoted(&text) => Kind::Quote,
                _ => Kind::Paragraph,
            };
            let text = if kind == Kind::Heading {
                flatten(&text)
            } else {
                text
            };
            out.push(model::Block {
                kind,
                text,
                runs,
                speaker,
                ..model::Block::default()
            });
        }
        settle_tables(&mut out);
        group_text_lists(&mut out);
        out
    }
}

/// A data table has short cells and more than one of them; anything else read from table cells
/// (a page laid out with a table) is paragraphs. A table's `text` is its rows, cells tab-separated.
fn settle_tables(blocks: &mut Vec<model::Block>) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].kind != Kind::Table {
            i += 1;
            continue;
        }
        let rows = std::mem::take(&mut blocks[i].rows);
        let cells = rows.iter().map(Vec::len).sum::<usize>();
        let short = rows.iter().flatten().all(|c| scan::words_le(&c.text, 40));
        if cells >= 2 && short {
            // Cells by tabs, rows by lines (built by hand: a join of owned strings would
            // instantiate a second join in the wasm).
            let mut text = String::new();
            for (k, r) in rows.iter().enumerate() {
                if k > 0 {
                    text.push('\n');
                }
                for (m, c) in r.iter().enumerate() {
                    if m > 0 {
                        text.push('\t');
                    }
                    text.push_str(&c.text);
                }
            }
            blocks[i].text = text;
            blocks[i].rows = rows;
            i += 1;
            continue;
        }
        let paragraphs: Vec<model::Block> = rows
            .into_iter()
            .flatten()
            .filter(|c| !c.text.is_empty())
            .map(|c| model::Block {
                kind: Kind::Paragraph,
                text: c.text,
                runs: c.runs,
                ..model::Block::default()
            })
            .collect();
        let n = paragraphs.len();
        blocks.splice(i..=i, paragraphs);
        i += n;
    }
}

/// In text, "The brands are:" followed by short lines without sentence punctuation is a list.
fn group_text_lists(blocks: &mut Vec<model::Block>) {
    let short_line = |b: &model::Block| {
        b.kind == Kind::Paragraph
            && !b.text.contains('\n')
            && scan::words_le(&b.text, 12)
            && !scan::is_sentence(&b.text)
    };
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].kind == Kind::Paragraph && scan::ends_with_colon(&blocks[i].text) {
            let run = blocks[i + 1..].iter().take_while(|b| short_line(b)).count();
            if run >= 2 {
                let items: Vec<model::Item> = blocks
                    .drain(i + 1..i + 1 + run)
                    .map(|b| model::Item {
                        text: b.text,
                        runs: b.runs,
                        items: Vec::new(),
                    })
                    .collect();
                let text = items
                    .iter()
                    .map(|it| it.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n");
                blocks.insert(
                    i + 1,
                    model::Block {
                        kind: Kind::List,
                        text,
                        items,
                        ..model::Block::default()
                    },
                );
                i += 1;
            }
        }
        i += 1;
    }
}

fn infer_dir(p: &Prep, qs: &[usize]) -> String {
    let mut rtl = 0usize;
    let mut letters = 0usize;
    let texts = std::iter::once(p.title_text.as_str()).chain(qs.iter().take(8).map(|&q| p.text(q)));
    for t in texts {
        for c in t.chars().take(400) {
            if scan::is_word_char(c) && !c.is_ascii_digit() {
                letters += 1;
                if scan::is_rtl_char(c) {
                    rtl += 1;
                }
            }
        }
    }
    if letters > 0 && rtl * 2 > letters {
        "rtl".into()
    } else {
        "ltr".into()
    }
}

/// The count a headline promises: "4 Questions Answered…", "7 key questions…", "Quick 5: 5 things…",
/// "Sieben Fragen…", "Cinco preguntas…".
pub fn promised_count(title: &str) -> Option<u32> {
    count_of(
        title,
        Words(concat!(
            "questions|question|answers|things|facts|q&as|faqs|myths|fragen|antworten|",
            "dinge|fakten|preguntas|respuestas|claves|cosas|réponses|choses|domande|",
            "risposte|cose|vragen|perguntas|coisas|",
            // (Central, Eastern and Northern Europe's: "Hét kérdés és válasz a felvételiről",
            // "5 pytań o podatek", "Pět otázek k důchodům", "Sju frågor om elpriset", "Beş
            // soruda asgari ücret", "Пять вопросов о пенсиях".)
            "pytania|pytań|odpowiedzi|otázky|otázek|otázok|odpovědi|odpovede|kérdés|kérdésben|",
            "kérdést|válasz|întrebări|răspunsuri|frågor|spørsmål|spørgsmål|kysymystä|soru|",
            "soruda|ερωτήσεις|ερωτήματα|απαντήσεις|вопроса|вопросов|ответа|ответов|питання|",
            "запитання|відповіді|pitanja|pitanje|vprašanja|vprašanj|въпроса|въпроси|питања|",
            "klausimai|klausimų|jautājumi|küsimust|küsimused|pyetje",
        )),
    )
}

/// The count a headline gives its items when it calls them signs, tips, ways or reasons
/// ("Seven warning signs that a text is a scam", "5 ways to cut your bills"): a listicle's, its
/// items' headings asking or not.
pub fn listed_count(title: &str) -> Option<u32> {
    // (Or a count of places or picks with its counter glued on, as Korean and Japanese write
    // them: "국내 명소 7곳", "冬の絶景スポット7選".)
    let glued = title.split(|c: char| !scan::is_word_char(c)).find_map(|w| {
        let n = w.trim_end_matches(['곳', '選']);
        let digits = &n[n.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        (n.len() < w.len() && !digits.is_empty())
            .then(|| digits.parse().ok())
            .flatten()
    });
    if glued.is_some() {
        return glued;
    }
    count_of(
        title,
        Words(concat!(
            "signs|tips|ways|reasons|mistakes|flags|tricks|habits|señales|consejos|razones|",
            "tipps|gründe|fehler|conseils|raisons|signes|erreurs|consigli|motivi|segnali|",
            // (Or places to go, a travel list's: "6 προορισμοί κοντά στην Αθήνα", each item
            // "Ναύπλιο: ποιος είπε ότι το έχετε δει όλο;".)
            "destinations|getaways|destinos|escapadas|reiseziele|ausflugsziele|destinazioni|",
            "bestemmingen|προορισμοί",
        )),
    )
}

/// The count in `title` before one of `nouns` (within three words, in one phrase).
fn count_of(title: &str, nouns: Words) -> Option<u32> {
    // Words, with an empty one where punctuation ends a phrase: the count and its noun share
    // one ("Quick 5: 5 things" counts 5 things; "dal 1° gennaio: le domande" counts nothing).
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in title.chars().take(400) {
        if scan::is_word_char(c) || c == '&' {
            word.push(scan::fold_char(c));
        } else {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if matches!(c, ':' | ';' | ',' | '.' | '|' | '–' | '—' | '?' | '!' | '°') {
                words.push(String::new());
            }
        }
    }
    words.push(word);
    for (i, w) in words.iter().enumerate() {
        let Some(n) = number_word(w) else {
            continue;
        };
        // (Hungarian "a hét kérdése" is the week's question, not seven.)
        if w == "hét" && i > 0 && matches!(words[i - 1].as_str(), "a" | "e" | "múlt" | "jövő") {
            continue;
        }
        // Portuguese "dos" is "of the": Spanish "dos" counts only right before its noun.
        let reach = if w == "dos" { 1 } else { 3 };
        if words
            .iter()
            .skip(i + 1)
            .take(reach)
            .take_while(|x| !x.is_empty())
            .any(|x| nouns.contains(x))
        {
            return Some(n);
        }
    }
    None
}

fn number_word(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit()) {
        return w.parse().ok().filter(|&n| n > 0);
    }
    // Number words by number, en/de/es/fr/it/pt/nl: each group is the number, then its words.
    const NUMBERS: Words = Words(concat!(
        "2 two zwei dos deux due dois duas twee|3 three drei tres trois tre três drie|",
        "4 four vier cuatro quatre quattro quatro|5 five fünf cinco cinq cinque vijf|",
        "6 six sechs seis sei zes|7 seven sieben siete sept sette sete zeven|",
        "8 eight acht ocho huit otto oito|9 nine neun nueve neuf nove negen|",
        "10 ten zehn diez dix dieci dez tien|11 eleven elf onze undici|",
        "12 twelve zwölf doce douze dodici twaalf|13 thirteen|15 fifteen|20 twenty|",
        // pl cs sk hu ro sv nb da fi tr el ru uk, with their case forms; none that is a common
        // word elsewhere ("sex", "fire", "to", "on", "ni", "hat", "opt": "Sex questions
        // answered"), and Hungarian "hét" only where it is not "the week" (`count_of`).
        "2 dwa dwie dvě dva dve két kettő două doi två kaksi iki δύο два две дві|",
        "3 trzy tři tri három trei kolme üç τρεις τρία три|",
        "4 cztery čtyři štyri négy patru fyra neljä dört τέσσερις τέσσερα четыре чотири|",
        "5 pięć pět päť öt cinci fem viisi beş πέντε пять|",
        "6 sześć šest šesť șase seks kuusi altı έξι шесть шість|",
        "7 siedem sedm sedem hét șapte sju syv seitsemän yedi επτά εφτά семь сім|",
        "8 osiem osm osem nyolc åtta åtte otte kahdeksan sekiz οκτώ οχτώ восемь вісім|",
        "9 dziewięć devět deväť kilenc nio yhdeksän dokuz εννέα εννιά девять|",
        "10 dziesięć deset desať tíz zece tio kymmenen δέκα десять|",
        // hr sr sl bg lt lv et (not "pet", English's word too, nor "du").
        "2 dvije dvi divi kaks|3 trys trīs kolm|4 četiri štiri четири keturi četri neli|",
        "5 пет penki pieci viis|6 шест šeši seši kuus|7 sedam седам седем septyni septiņi seitse|",
        "8 osam осам осем aštuoni astoņi kaheksa|9 девет devyni deviņi üheksa|",
        "10 десет dešimt desmit kümme",
    ));
    NUMBERS.iter().find_map(|group| {
        let mut words = group.split(' ');
        let n = words.next()?.parse().ok()?;
        words.any(|x| x == w).then_some(n)
    })
}

/// A slug for a question's id and link: its words joined by hyphens, lower case, Latin accents
/// folded ("wem-gehort-der-tanker"), other scripts kept as they are ("ما-هو-الاتفاق",
/// "что-изменится"; a browser shows them in the address bar and percent-encodes them in the URL),
/// at most 60 characters, cut at a word boundary.
pub fn slug(text: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    let (mut dash, mut chars) = (false, 0);
    for c in text.chars() {
        let mut buf = [0; 4];
        let word: &str = match fold_latin(c) {
            Some(s) => s,
            None if c.is_ascii_alphanumeric() => c.to_ascii_lowercase().encode_utf8(&mut buf),
            // Apostrophes join a word ("don't" → "dont"); so does a zero-width joiner, which
            // only shapes a script's letters ("ප්‍රශ්නය"), left out of the id.
            None if matches!(c, '\'' | '’' | '\u{200D}') => continue,
            // (Not an emoji, "🦠", its variation selector, a replacement character or a private
            // use one.)
            None if !c.is_ascii()
                && scan::is_word_char(c)
                && !matches!(
                    u32::from(c),
                    0xFE00..=0xFE0F | 0xFFF0..=0xFFFF | 0x1F000..=0x1FAFF | 0xE0000..
                ) =>
            {
                scan::fold_char(c).encode_utf8(&mut buf)
            }
            None => {
                dash = true;
                continue;
            }
        };
        if dash && !out.is_empty() {
            out.push('-');
            chars += 1;
        }
        dash = false;
        out.push_str(word);
        chars += word.chars().count();
        if chars >= MAX {
            break;
        }
    }
    if let Some((i, _)) = out.char_indices().nth(MAX) {
        out.truncate(i);
    }
    // A long slug ends at its last word boundary (when one is far enough in).
    if chars >= 50 {
        if let Some(pos) = out.rfind('-').filter(|&p| out[..p].chars().count() > 20) {
            out.truncate(pos);
        }
    }
    out.trim_matches('-').to_owned()
}

fn fold_latin(c: char) -> Option<&'static str> {
    Some(match scan::fold_char(c) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ž' | 'ż' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

/// Makes every question id non-empty, URL-safe (`[a-z0-9-]`) and unique, keeping valid ones:
/// for models built by hand before rendering.
pub fn normalize_ids(ex: &mut Explainer) {
    let mut ids = Ids::default();
    for (k, q) in ex.questions.iter_mut().enumerate() {
        let valid = !q.id.is_empty()
            && q.id.len() <= 80
            && q.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let base = if valid {
            q.id.clone()
        } else {
            slug(&q.question)
        };
        q.id = unique_id(&base, k + 1, &mut ids);
    }
}

/// Makes `base` unique among the ids so far by appending `-2`, `-3`… Linear overall: each base
/// remembers the next suffix to try.
fn unique_id(base: &str, n: usize, seen: &mut Ids) -> String {
    let base = if base.is_empty() {
        ["question-", &scan::num(n)].concat()
    } else {
        base.to_owned()
    };
    let Some(&start) = seen.0.get(&base) else {
        seen.0.insert(base.clone(), 2);
        return base;
    };
    let mut next = start;
    loop {
        let id = [base.as_str(), "-", &scan::num(next)].concat();
        next += 1;
        if !seen.0.contains_key(&id) {
            seen.0.insert(id.clone(), 2);
            seen.0.insert(base, next);
            return id;
        }
    }
}

/// The one map of strings in the crate (ids, questions, panel ids): each other key or value
/// type would add its own copy of the hash table's code to the wasm.
pub(crate) type Strings =
    std::collections::HashMap<String, usize, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a for the maps of one page's ids and texts: std's SipHash and its key setup cost the
/// wasm 0.9 KB gzip for no protection there — in the browser std seeds it from two allocation
/// addresses, which anyone can predict. (A page built to collide would slow only itself.)
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Ids given so far, each with the next suffix to try when it comes again as a base.
#[derive(Default)]
struct Ids(Strings);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promised_counts() {
        assert_eq!(
            promised_count("4 Questions Answered On The Syria Talks In Munich"),
            Some(4)
        );
        assert_eq!(
            promised_count("7 key questions heading into the 2020 Democratic debate"),
            Some(7)
        );
        assert_eq!(
            promised_count("Quick 5: 5 things to know about your tax refund"),
            Some(5)
        );
        assert_eq!(promised_count("Sieben Fragen zum Tanker"), Some(7));
        assert_eq!(
            listed_count("Seven warning signs that a text, call or email is a scam"),
            Some(7)
        );
        assert_eq!(
            listed_count("7 key questions heading into the debate"),
            None
        );
        assert_eq!(
            promised_count("Greve dos professores: perguntas e respostas"),
            None
        );
        assert_eq!(promised_count("Dos preguntas sobre la ley"), Some(2));
        assert_eq!(
            promised_count("Bonus dal 1° gennaio: le domande e le risposte"),
            None
        );
        assert_eq!(promised_count("Quick 5: 5 things to know"), Some(5));
        assert_eq!(promised_count("Cinque domande sul decreto"), Some(5));
        assert_eq!(promised_count("Três perguntas sobre o imposto"), Some(3));
        assert_eq!(promised_count("Vijf vragen over de wet"), Some(5));
        assert_eq!(
            promised_count("What happens once the questions are answered"),
            None
        );
        assert_eq!(
            promised_count("Acht Namen, vier Flaggen – und tonnenweise Öl für China"),
            None
        );
        assert_eq!(
            promised_count("Julian Assange: Sweden drops rape investigation"),
            None
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Who is there and what are they discussing?"),
            "who-is-there-and-what-are-they-discussing"
        );
        assert_eq!(
            slug("Don’t tariffs produce revenue?"),
            "dont-tariffs-produce-revenue"
        );
        assert_eq!(
            slug("¿Cuáles son las “ventajas”?"),
            "cuales-son-las-ventajas"
        );
        assert_eq!(slug("Wem gehört der Tanker?"), "wem-gehort-der-tanker");
        // (Polish and Czech letters whose capitals sit on odd code points.)
        assert_eq!(
            slug("Kto może wykupić abonament mieszkańca?"),
            "kto-moze-wykupic-abonament-mieszkanca"
        );
        assert_eq!(slug("Jak vážné je sucho?"), "jak-vazne-je-sucho");
        assert_eq!(slug("ما هو؟"), "ما-هو");
        assert_eq!(slug("Что изменится?"), "что-изменится");
        assert_eq!(slug("什么是医保？"), "什么是医保");
        // (A zero-width joiner shapes a Sinhala cluster; the id leaves it out.)
        assert_eq!(slug("ප්\u{200D}රශ්නය?"), "ප්රශ්නය");
        assert_eq!(slug("？！"), "");
        assert_eq!(slug("How contagious is it? 🦠"), "how-contagious-is-it");
        let cjk = slug(&"医".repeat(200));
        assert!(cjk.chars().count() <= 60, "{cjk}");
        let long = slug("What are the major products or sectors that have suffered negative impacts from tariffs?");
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
        let mut seen = Ids::default();
        assert_eq!(unique_id("why", 1, &mut seen), "why");
        assert_eq!(unique_id("why", 2, &mut seen), "why-2");
        assert_eq!(unique_id("", 3, &mut seen), "question-3");
    }
}

//! [`Block`]: what every front end emits and the classifier consumes.
//!
//! A front end (plain text, the native HTML tree, the browser DOM) turns an article into a flat
//! list of blocks in reading order: headings, paragraphs, list items, captions… each with its inline
//! runs (text with emphasis and safe links) and a few hints about the markup around it. The classifier
//! never sees markup, only blocks, so every front end is read by the same rules.

use crate::scan;

/// Inline emphasis and internal marks on a [`Run`].
pub mod marks {
    pub const STRONG: u8 = 1;
    pub const EM: u8 = 2;
    pub const CODE: u8 = 4;
    /// Inside an element whose class says "credit" (internal: splits captions from credits).
    pub const CREDIT: u8 = 8;
    /// Inside a link to a place in the page (`<a href="#q3">`) (internal: a block wholly so is an
    /// entry of the page's contents).
    pub const ANCHOR: u8 = 16;
}

/// A piece of inline text with its emphasis and, when inside a safe link, the link target.
/// A run whose text is `"\n"` is a hard line break.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Run {
    pub text: String,
    pub marks: u8,
    pub href: Option<String>,
}

/// What kind of element a block came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `<h1>`…`<h6>`, or a Markdown `#` line in text.
    Heading(u8),
    Paragraph,
    ListItem,
    /// `<dt>` and `<summary>`: the term of a definition list or a disclosure.
    Term,
    /// `<figcaption>` and `<caption>`.
    Caption,
    Preformatted,
    /// `<hr>` or a `___` / `* * *` line.
    Separator,
    /// `<img>` with a safe `src` (kept in [`Block::src`]; its `alt` is the text).
    Image,
    /// `<td>` (false) or `<th>` (true) holding its text directly (a data table's cell; a cell
    /// holding paragraphs, as layout tables do, gives paragraphs).
    Cell(bool),
}

/// Hints about the markup around a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Flags(pub u32);

impl Flags {
    /// Inside `<blockquote>` (or a `>` line in text).
    pub const QUOTE: u32 = 1;
    /// Inside `<figure>`.
    pub const FIGURE: u32 = 1 << 1;
    /// All of its text is bold.
    pub const BOLD: u32 = 1 << 2;
    /// All of its text is inside links (a related-story link, a link rail).
    pub const LINK_ONLY: u32 = 1 << 3;
    /// Text lying loose in a container (`<article>`, `<figure>`, `<section>`), not in a paragraph.
    pub const LOOSE: u32 = 1 << 4;
    /// A class such as `subheadline`, `question`, `faq-title` on an element styled as a heading.
    pub const CLASS_HEADING: u32 = 1 << 5;
    /// A class such as `credit`.
    pub const CLASS_CREDIT: u32 = 1 << 6;
    /// A class such as `caption`.
    pub const CLASS_CAPTION: u32 = 1 << 7;
    /// A class such as `byline` or `author`.
    pub const CLASS_BYLINE: u32 = 1 << 8;
    /// Inside `<aside>` or an element whose class says related, promo, newsletter, ad…
    pub const ASIDE: u32 = 1 << 9;
    /// A list item of an ordered list.
    pub const ORDERED: u32 = 1 << 10;
    /// The same caption appeared twice in a row (a page's duplicated caption), shown once.
    pub const DUPLICATED: u32 = 1 << 11;
    /// A list item inside another list item (a sub-list).
    pub const NESTED: u32 = 1 << 12;
    /// The first cell of a table row.
    pub const ROW_START: u32 = 1 << 13;
    /// The page's markup says this is a question, with or without a question mark: the name of a
    /// schema.org `Question`, or a class such as `faq-question`.
    pub const MARKED_QUESTION: u32 = 1 << 14;
    /// All of its text is in italics (an interview's questions, set in `<em>`).
    pub const ITALIC: u32 = 1 << 15;
    /// Inside `<footer>` or an element whose class says footer or author bio: the article's
    /// closing lines, never its questions or the end of its last answer.
    pub const FOOTER: u32 = 1 << 16;
    /// A class that names the article's own title: `article-head-title`, `entry-title`,
    /// `post-title`.
    pub const CLASS_TITLE: u32 = 1 << 17;
    /// The first block after a question-and-answer table: the last answer ended with the table.
    pub const AFTER_TABLE: u32 = 1 << 18;
    /// In text, the answer on the line under its question, the two lines a paragraph ("Is it
    /// better to give or to receive?" / "Receive. Who's asking?"): an answer, even when it asks.
    pub const ANSWER_LINE: u32 = 1 << 19;
    /// A class that names the article's standfirst under its headline: Medium's
    /// `pw-subtitle-paragraph`, "article-standfirst", "c-dek".
    pub const CLASS_DEK: u32 = 1 << 20;
    /// Wholly a link to a place in the page (`<a href="#q3">…</a>`): an entry of the page's
    /// contents where its words stand again further down.
    pub const ANCHORED: u32 = 1 << 21;
    /// A question run into its paragraph, split off it (`Some reasons? The …`).
    pub const RAN_IN: u32 = 1 << 22;

    pub fn has(self, f: u32) -> bool {
        self.0 & f != 0
    }
    pub fn set(&mut self, f: u32) {
        self.0 |= f;
    }
}

/// One block of the article in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The inline content when it has emphasis, links, credits or line breaks; empty for plain
    /// text (then `text` is all there is) and for separators.
    pub runs: Vec<Run>,
    /// The plain text of `runs`, whitespace collapsed and trimmed (`"\n"` for hard breaks).
    pub text: String,
    pub flags: Flags,
    /// The enclosing list, quote or figure (0: none): consecutive items of one list share it.
    pub group: u32,
    /// For [`BlockKind::Image`]: the sanitised image source.
    pub src: Option<String>,
    /// For [`BlockKind::Image`]: its `width` and `height` attributes, when both are plain numbers
    /// (the explainer reserves the image's space with them: no layout jump when it loads).
    pub size: Option<(u32, u32)>,
    /// Read from HTML: the block's place in reading order, from 1 (0: not known, as in text).
    pub seq: u32,
    /// Read from HTML: the `seq` just past the innermost element that holds this block (its
    /// `<div>`, `<section>`, list…), so blocks with a smaller `seq` after it are in the same
    /// element. 0: not known.
    pub scope_end: u32,
    /// Read from HTML: the first `seq` inside that element. 0: not known.
    pub scope_start: u32,
}

impl Block {
    /// A plain paragraph (used by tests and the text front end).
    pub fn paragraph(text: &str) -> Block {
        let mut b = BlockBuilder::new(false);
        b.push_text(text, 0, None);
        b.finish(BlockKind::Paragraph, Flags::default(), 0)
            .unwrap_or_else(|| Block::empty(BlockKind::Paragraph))
    }

    pub fn empty(kind: BlockKind) -> Block {
        Block {
            kind,
            runs: Vec::new(),
            text: String::new(),
            flags: Flags::default(),
            group: 0,
            src: None,
            size: None,
            seq: 0,
            scope_end: 0,
            scope_start: 0,
        }
    }

    pub fn separator() -> Block {
        Block::empty(BlockKind::Separator)
    }
}

impl Block {
    /// A first line set in bold, then a hard line break and more text: a questionnaire's item
    /// as a page sets it (`<p><strong>Tour-bus snack?</strong><br>Crisps.</p>`). Returns where
    /// the break run stands, and the bold line's text.
    pub fn bold_line(&self) -> Option<(usize, String)> {
        let i = self.runs.iter().position(|r| r.text == "\n")?;
        let first = &self.runs[..i];
        (i > 0 && i + 1 < self.runs.len() && all_strong(first))
            .then(|| (i, first.iter().map(|r| r.text.as_str()).collect()))
    }

    /// Splits a questionnaire's bold prompt that does not ask ("Describe Lantern Hours in three
    /// words.", "Last text message you sent.") off its answer, marked as the question it is
    /// set as: eight words at most, no label's colon, not every word capitalised.
    pub fn split_bold_prompt(&self) -> Option<(Block, Block)> {
        let (i, first) = self.bold_line()?;
        let first = scan::trim(&first);
        // (Not a box's label in capitals, every word of it: "Media Contact".)
        let label = scan::words(first).all(|w| w.starts_with(scan::is_upper));
        let asks = scan::ends_with_question(first);
        if asks || !scan::words_le(first, 8) || first.ends_with(':') || label {
            return None;
        }
        let mut q = self.rebuild(&self.runs[..i], self.kind, self.group)?;
        q.flags.set(Flags::MARKED_QUESTION);
        Some((q, self.rebuild(&self.runs[i + 1..], self.kind, self.group)?))
    }

    /// Splits a block at its first hard line break when the first line reads as a question
    /// (`<p><strong>Q: Why?</strong><br>A: Because.</p>`), or after a run-in question: bold
    /// words that ask, and the answer going on in the same paragraph
    /// (`<p><strong>Who can get one?</strong> Everyone over 65.</p>`). Returns `None` when it
    /// should stay whole.
    pub fn split_question_line(&self) -> Option<(Block, Block)> {
        if let Some(at) = self.inline_answer().or_else(|| self.caps_run_in()) {
            return self.split_at_answer(at, self.kind);
        }
        if let Some(parts) = self.split_mark_after_bold() {
            return Some(parts);
        }
        let (i, skip) = match self.runs.iter().position(|r| r.text == "\n") {
            Some(i) => (i, 1),
            None => (self.run_in_question()?, 0),
        };
        if i == 0 || i + skip >= self.runs.len() {
            return None;
        }
        let first: String = self.runs[..i].iter().map(|r| r.text.as_str()).collect();
        let rest = || -> String {
            self.runs[i + skip..]
                .iter()
                .map(|r| r.text.as_str())
                .collect()
        };
        // (Or a reader's question with a sentence after it, signed on the next line: "When will
        // the trams run? I keep hearing different dates." / "- Pauline, Harehills".)
        // (Not a marked question broken over two lines, its question mark on the second: "Q:
        // What is the<br>price cap?", "Q: I can't afford my bills.<br>Where can I get help?".)
        let wrapped = || {
            let rest = rest();
            scan::ends_with_question(&rest)
                && scan::words_le(&rest, 30)
                && scan::strip_answer_marker(&rest, false).is_none()
        };
        let asks = scan::ends_with_question(&first)
            || scan::strip_question_marker(&first).is_some() && !wrapped()
            // (Or an interviewer's prompt after the dialogue bar, asking or not, as Korean and
            // Japanese interviews print them: "― 9월 중순인데도 열대야가 이어지고 있다.")
            || (skip == 1 && first.starts_with('―') && scan::words_le(&first, 40))
            // (Or an interviewer's turn set in bold under their label, asking or not, the
            // answer unlabelled after the break: "TVLINE | Walk me through the decision." /
            // "It was the hardest call …"; or labelled with another name, "NS: The novel
            // started on a train. Tell me about that." / "MT: I was working…".)
            || (skip == 1
                && self.bold_line().is_some()
                && scan::speaker_label(&first).is_some_and(|(asker, _)| {
                    scan::speaker_label(&rest())
                        .is_none_or(|(answerer, _)| !scan::same_speaker(asker, answerer))
                }))
            || (skip == 1
                && scan::asks_at_end(&first)
                && scan::is_reader_signature(&rest())
                && scan::words_le(&first, 80))
            // (Or a reader's letter in bold that ends asking for advice, not asking, signed
            // after a dash on the line under it: "… Please advise." / "— Shalini M., Hyderabad".)
            // (Not a pull quote over its speaker: "“We never planned for this.”" / "— Mark
            // Evans".)
            || (skip == 1
                && self.bold_line().is_some()
                && scan::words_le(&first, 80)
                && !scan::words_le(&first, 8)
                && !scan::starts_with_quote(scan::trim(&first))
                && scan::is_dash_signature(&rest()));
        // A reader's name on the line over their question ("Renee Albright, Medina" / "My son
        // is a junior. … does he have to sit out?"): the name is a line of its own.
        let signed = || {
            let rest = rest();
            skip == 1
                && scan::is_reader_signature(&first)
                && scan::asks_at_end(&rest)
                && scan::words_le(&rest, 80)
        };
        if !((asks && scan::words_le(&first, 60)) || signed()) {
            return None;
        }
        // (Nor a bilingual heading, a question and its translation on the next line, set alike:
        // "Pam mae'r casgliadau'n newid?" / "Why are the collections changing?" — one question.
        // Not a bold question over its answer asking back, "**Cat or dog?**" / "Does a tortoise
        // count?". Text's blocks have no runs: there nothing tells the two apart.)
        if skip == 1
            && all_strong(&self.runs[..i]) == all_strong(&self.runs[i + 1..])
            && scan::one_bare_question(&first)
            && {
                let rest = rest();
                // (In a heading, the translation may lack its mark where it asks all the same,
                // its verb after its question word: "Sut ydw i'n archebu…?" / "How do I order
                // new containers" — not a label, "What engineers found", "How it works".)
                !rest.contains('\n')
                    && (scan::one_bare_question(&rest)
                        || matches!(self.kind, BlockKind::Heading(_) | BlockKind::Term)
                            && scan::terminal_punct(&rest).is_none()
                            && scan::words_le(&rest, 25)
                            && scan::asks_unmarked(&rest))
            }
        {
            return None;
        }
        let rebuild = |runs: &[Run], kind: BlockKind, group: u32| self.rebuild(runs, kind, group);
        let (rest_kind, rest_group) = self.answer_part();
        // A list item's question on a line of its own, its answer under it, is a question
        // paragraph (a run-in bold one stays the item: its bold sets it apart already).
        let (q_kind, q_group) = if self.kind == BlockKind::ListItem && skip == 1 {
            (BlockKind::Paragraph, 0)
        } else {
            (self.kind, self.group)
        };
        // (A bold prompt's answer after a spaced dash, "**Your first job?** — Washing pans…":
        // the answer without it.)
        let mut rest = self.runs[i + skip..].to_vec();
        if let Some(r) = rest.first_mut().filter(|r| r.marks & marks::STRONG == 0) {
            let t = r.text.trim_start();
            if let Some(after) = t.strip_prefix(['—', '–']).filter(|a| a.starts_with(' ')) {
                r.text = after.trim_start().to_owned();
            }
        }
        Some((
            rebuild(&self.runs[..i], q_kind, q_group)?,
            rebuild(&rest, rest_kind, rest_group)?,
        ))
    }

    /// A block made of some of this block's runs. (Each part keeps the block's place in the page;
    /// whether it is bold, italic or a link alone is read again.)
    fn rebuild(&self, runs: &[Run], kind: BlockKind, group: u32) -> Option<Block> {
        let mut b = BlockBuilder::new(self.kind == BlockKind::Preformatted);
        for r in runs {
            if r.text == "\n" {
                b.line_break();
            } else {
                b.push_text(&r.text, r.marks, r.href.as_deref());
            }
        }
        let mut flags = self.flags;
        flags.0 &= !(Flags::BOLD | Flags::ITALIC | Flags::LINK_ONLY);
        b.finish(kind, flags, group).map(|mut part| {
            (part.seq, part.scope_start, part.scope_end) =
                (self.seq, self.scope_start, self.scope_end);
            part
        })
    }

    /// A question with a status tag after it in runs of its own ("**How is Round 2 different?**
    /// *(Updated)*"): the question alone, set as it is set (bold stays bold). `None` otherwise.
    /// A crosshead between dashes, as AFP sets them ("- Why are prices so high? -"): made a
    /// sub-heading, its dashes dropped. (A paragraph of plain text only.)
    pub fn make_dash_crosshead(&mut self) {
        if self.kind != BlockKind::Paragraph || !self.runs.is_empty() {
            return;
        }
        if let Some(inner) = scan::dash_crosshead(&self.text) {
            let inner = inner.to_owned();
            self.kind = BlockKind::Heading(3);
            self.text = inner;
        }
    }

    pub fn without_status_tag(&self) -> Option<Block> {
        if self.runs.len() < 2 || self.kind == BlockKind::Preformatted {
            return None;
        }
        let kept = scan::strip_status_tag(&self.text);
        if kept.len() == scan::trim_end(&self.text).len() || !scan::ends_with_question(kept) {
            return None;
        }
        // The runs that hold the question, and nothing of the tag.
        let mut text = String::new();
        let mut n = 0;
        while n < self.runs.len() && scan::trim_end(&text).len() < kept.len() {
            text.push_str(&self.runs[n].text);
            n += 1;
        }
        (scan::trim(&text) == scan::trim(kept))
            .then(|| self.rebuild(&self.runs[..n], self.kind, self.group))?
    }

    /// Several marked questions in one paragraph, each on a line of its own with its answer
    /// under it (`Intro.<br><b>Q:</b> When?<br>A: Friday.<br><b>Q:</b> Where?<br>A: …`, as a
    /// chat app or an old CMS sets them): the paragraph split before each line that opens with
    /// a question marker. `None` when no such line follows the first.
    pub fn split_marked_lines(&self) -> Option<Vec<Block>> {
        if self.kind == BlockKind::Preformatted {
            return None;
        }
        // Where each line after a break starts, when it opens with a question marker.
        let mut cuts = Vec::new();
        let mut i = 0;
        while i < self.runs.len() {
            if self.runs[i].text == "\n" {
                let start = i + 1;
                let mut line = String::new();
                let mut k = start;
                // (Only the line's first runs: enough for a marker and the words after it.)
                while k < self.runs.len() && self.runs[k].text != "\n" && line.len() < 64 {
                    line.push_str(&self.runs[k].text);
                    k += 1;
                }
                if start < self.runs.len() && scan::strip_question_marker(&line).is_some() {
                    cuts.push(start);
                }
            }
            i += 1;
        }
        // Or a whole article set as lines in one element, as a phone's share sheet or a mail
        // app pastes it ("<span>…</span><br><span>¿Qué coches…?</span><br>…"): eight lines at
        // least, of which two ask, each line a paragraph (a Spanish question broken over two
        // lines, "¿Qué coches no podrán" / "entrar?", stays one).
        if cuts.is_empty() && self.runs.len() >= 15 && !scan::words_le(&self.text, 150) {
            let (mut starts, mut asking) = (Vec::new(), 0);
            // The current line: its last words and whether it opened an unclosed "¿".
            let (mut last, mut open) = ("", false);
            let mut line_start = true;
            for (k, r) in self.runs.iter().enumerate() {
                if r.text == "\n" {
                    asking += usize::from(scan::ends_with_question(last));
                    if k + 1 < self.runs.len() && self.runs[k + 1].text != "\n" && !open {
                        starts.push(k + 1);
                    }
                    line_start = true;
                    continue;
                }
                let t = scan::trim(&r.text);
                if t.is_empty() {
                    continue;
                }
                if line_start {
                    open = t.starts_with('¿');
                    line_start = false;
                }
                open &= !t.contains('?');
                last = t;
            }
            if starts.len() >= 7 && asking >= 2 {
                cuts = starts;
            }
        }
        // Or a reader's question under who asks, a break between ("<b>Question from Ken,
        // Wakefield</b><br>My passport expired. Will it…?"): the name a line of its own, as in
        // text, and the question the next.
        if cuts.is_empty() {
            if let Some(k) = self.runs.iter().take(8).position(|r| r.text == "\n") {
                let head: String = self.runs[..k].iter().map(|r| r.text.as_str()).collect();
                let rest = self.text.get(head.len()..).unwrap_or_default();
                if k > 0 && scan::is_reader_intro(&head) && scan::asks_at_end(rest) {
                    cuts.push(k + 1);
                }
            }
        }
        if cuts.is_empty() {
            return None;
        }
        let mut parts = Vec::with_capacity(cuts.len() + 1);
        let mut from = 0;
        for &c in cuts.iter().chain([&self.runs.len()]) {
            // (The break before a cut ends the part before it.)
            let end = if c < self.runs.len() { c - 1 } else { c };
            if end > from {
                parts.extend(self.rebuild(&self.runs[from..end], self.kind, self.group));
            }
            from = c;
        }
        (parts.len() > 1).then_some(parts)
    }

    /// The end of a run-in question: the paragraph's leading bold runs, when they end with a
    /// question mark and the paragraph goes on in plain text.
    /// In plain text, a marked question and its marked answer on one line ("Q: When? A: In May.",
    /// as an FAQ page copied as text gives them): where the answer starts.
    fn inline_answer(&self) -> Option<usize> {
        // (Or in a page's paragraph, the markers in bold: "**Q:** How do I …? **A:** Add it …".)
        if self.text.len() > 4000 {
            return None;
        }
        let t = self.text.as_str();
        scan::strip_question_marker(t)?;
        t.match_indices(['?', '？']).find_map(|(i, m)| {
            let rest = t.get(i + m.len()..)?;
            let answer = scan::trim_start(rest);
            if answer.len() == rest.len() && m != "？" {
                return None;
            }
            if scan::strip_answer_marker(answer, false).is_some() {
                return Some(t.len() - answer.len());
            }
            // (Or after the reader's signature: "ప్ర: …పడుతుంది? -కె.రాఘవరావు, విజయవాడ జ:
            // …", a name and a place, a few words.)
            if !answer.starts_with(['-', '—', '–']) {
                return None;
            }
            let sig = scan::head(answer, 120);
            sig.match_indices(' ').take(8).find_map(|(k, _)| {
                let a = scan::trim_start(&answer[k..]);
                (scan::strip_answer_marker(a, false).is_some()
                    && scan::is_reader_signature(scan::trim(&answer[..k])))
                .then(|| t.len() - a.len())
            })
        })
    }

    /// A plain paragraph that opens with a question and answers it at once ("Why now? Ministers
    /// point to a survey…"): where the answer starts. Bold run-in questions copied as text lose
    /// their bold; whether a document's run-ins are its questions is decided by the caller.
    /// `letters`: a readers' column, whose letters of a few sentences in the first person lead
    /// into their questions; `talk`: an interview, whose interviewer's few sentences put to the
    /// guest do ("Vous avez écrit ce livre sur six ans. Qu'est-ce qui a pris autant de temps ?").
    pub fn plain_run_in(&self, letters: bool, talk: bool) -> Option<usize> {
        // (A list's items too: "<li>Who is affected? Every tenant…</li>", a numbered list of
        // questions each answered in its item.)
        if !matches!(self.kind, BlockKind::Paragraph | BlockKind::ListItem)
            || self.runs.iter().any(|r| r.marks & marks::STRONG != 0)
            || self.text.len() > 4000
            || scan::starts_with_quote(&self.text)
        {
            return None;
        }
        let t = self.text.as_str();
        let end = |t: &str| {
            scan::find_char(t, |c| {
                matches!(c, '.' | '!' | ':' | '?') || (!c.is_ascii() && scan::is_question_mark(c))
            })
        };
        // (Past a number's own full stop: "5. …".)
        let numbered =
            scan::strip_number(t).map(|(_, rest)| rest.as_ptr() as usize - t.as_ptr() as usize);
        let from = numbered.unwrap_or(0);
        let (mut i, mut c) = end(&t[from..]).map(|(k, c)| (from + k, c))?;
        // A short statement may lead into the question: "I'm struggling to pay. What help is
        // there? Every water company…"; a numbered reader's question may open with a longer one
        // ("5. Compio 62 anni a febbraio e ho già 41 anni di contributi. Posso ancora…?").
        // So may a reader's situation, in the first person ("I don't have a smartphone or a
        // bank account. Can I still use TapPass?").
        let lead = if numbered.is_some() {
            16
        } else if scan::opens_first_person(t) {
            14
        } else {
            6
        };
        // (Or a short one before a colon: "Ho già il biglietto: posso avere il rimborso? Sì…".)
        // (Not a reader's name and town, "Mick, Ballarat: Why…? The game was fine…": a
        // letter's signature, its whole letter the question.)
        let clause =
            |l: &str| !l.contains(',') && scan::words(l).any(|w| w.starts_with(scan::is_lower));
        if (c == '.' || c == ':' && clause(&t[..i])) && scan::words_le(&t[..i], lead) {
            if let Some((k, d)) = end(&t[i + 1..]).filter(|&(_, d)| scan::is_question_mark(d)) {
                (i, c) = (i + 1 + k, d);
            }
        }
        // (Or a reader's letter of a few sentences in the first person before its question,
        // as a motoring column runs each in: "My 2016 Corsa squeals… The garage says the pads
        // are fine. What is going on? A light squeal…" — three sentences at most, forty-five
        // words.)
        // (The sentences looked at first; whether they speak as "I", only where one asks.)
        // (Only where a question mark comes soon: most paragraphs have none.)
        // (Or, in an interview, the interviewer's few sentences to the guest before the
        // question, "you" in them: "Élodie Varin, votre roman s'ouvre sur une scène très simple :
        // une femme … qui se tait. Pourquoi commencer par ce silence ? Parce que…".)
        let mut letter = false;
        let long_lead = (letters && c == '.') || (talk && matches!(c, '.' | ':'));
        if long_lead && !scan::is_question_mark(c) && scan::head(t, 400).contains('?') {
            let mut j = i;
            for _ in 0..3 {
                let Some((k, d)) = end(&t[j + 1..]) else {
                    break;
                };
                j += 1 + k;
                if !scan::words_le(&t[..j], 45) {
                    break;
                }
                if scan::is_question_mark(d) {
                    let lead = &t[..j];
                    if letters && scan::speaks_as_i(lead)
                        || talk && !letters && scan::addresses_someone(lead)
                    {
                        (i, c, letter) = (j, d, true);
                    }
                    break;
                }
                if !(d == '.' || talk && d == ':') {
                    break;
                }
            }
        }
        let tease_at = |i: usize| {
            scan::words_le(&t[..i], 2)
                && scan::words(&t[..i]).last().is_some_and(|w| {
                    scan::Words("haken|knackpunkt|catch|upshot|twist|kicker|hic|clou|pega|trampa")
                        .contains(&scan::fold(
                            w.trim_end_matches(|c: char| !scan::is_word_char(c)),
                        ))
                })
        };
        // (A short second question after it is the question's too, the answer after both: "Can
        // police search my car? What about my trunk? Officers can…" — one that goes on from
        // it, not the answer's own, "Are you a US citizen? Then no…", "Why wait?"; nor after
        // a writer's tease, "The catch? Day tickets?")
        if scan::is_question_mark(c) && !tease_at(i) {
            if let Some((k, d)) = end(&t[i + c.len_utf8()..]) {
                let j = i + c.len_utf8() + k;
                let follow = scan::trim(&t[i + c.len_utf8()..j]);
                // (Or the other way round: a short question on "and" leads into the question,
                // "And work? How do you fit it around rowing? I work shifts…", "Eta lana? Nola
                // uztartzen duzu…?", "Und die Familie? Wie…?"; Spanish's opening mark before
                // either, "¿Y la escuela? ¿Sigue abierta?".)
                // (Not the guest's echo of it, the answer's first words: "¿Y el miedo? ¿Miedo?
                // Siempre…", "¿Y el VAR? ¿El VAR? Ha mejorado…" — words of the lead again.)
                let and_lead = || {
                    scan::words_le(&t[..i], 3)
                        && scan::Words(concat!(
                            "and |et |y |e |und |en |eta |i |ja |og |och |ve |и |і |a |és |și |",
                            "agus |ac |ha |kaj "
                        ))
                        .opens(&scan::fold(t[..i].trim_start_matches('¿')))
                };
                if scan::is_question_mark(d)
                    && (scan::Words("what about |how about |and |or |what if |also |plus ")
                        .opens(&scan::fold(follow))
                        && scan::words_le(follow, 5)
                        || and_lead()
                            && follow.trim_start_matches('¿').starts_with(scan::is_upper)
                            && !echoes(&t[..i], follow))
                    && !scan::trim(&t[j + d.len_utf8()..]).is_empty()
                    && scan::words_le(&t[..j], 25)
                {
                    (i, c) = (j, d);
                }
            }
        }
        // (Nor a writer's tease of two words inside an answer, "Der Haken? Der zusätzliche Zug
        // hält nur …", "The catch? …": the tease's own nouns only — "Die Kosten? Der Eintritt
        // ist frei." asks.)
        let tease = || tease_at(i);
        if !scan::is_question_mark(c)
            || !(letter || scan::words_le(&t[..i], 25))
            || scan::calls_for_questions(t)
            || tease()
        {
            return None;
        }
        let rest = &t[i + c.len_utf8()..];
        let answer = scan::trim_start(rest);
        // (A document's mark of what changed after the question stays with it: "Will any
        // teachers lose their jobs? NEW" / "We cannot rule this out…".)
        let answer = scan::after_caps_status_tag(answer).unwrap_or(answer);
        // (Past a spaced dash, as a council's FAQ sets each answer after its question on one
        // line: "Is the festival free? – Yes. Entry…".)
        // (Not a reader's signature: "Will the club sign a striker? — Priya, Leeds".)
        let answer = answer
            .strip_prefix(['–', '—', '-'])
            .filter(|r| r.starts_with(' ') && scan::signed_after(t).is_none())
            .map_or(answer, scan::trim_start);
        // (Capitalised, or a capitalised quote: "E i medici di famiglia? «Sono il vero…»"; or
        // in a script without capitals, Georgian's: "ვის შეეხება? ცვლილება ეხება…".)
        let quoted = answer.strip_prefix(['«', '„', '“']).unwrap_or(answer);
        // (Or the guest's echo of it in Spanish's marks, "¿Y el miedo? ¿Miedo? Siempre…":
        // words of the question again.)
        let echoed = || {
            answer
                .strip_prefix('¿')
                .and_then(|r| r.split_once('?'))
                .is_some_and(|(e, after)| !scan::trim(after).is_empty() && echoes(&t[..i], e))
        };
        let opens = quoted
            .chars()
            .next()
            .is_some_and(|c| scan::is_upper(c) || c.is_ascii_digit() || scan::caseless(c))
            || echoed();
        // (A short answer only as a whole sentence: "Do bicycles travel free? Yes." in an FAQ
        // of one-line items, not "Why? Because" trailing on.)
        let short_ok = || {
            let a = scan::trim(answer);
            a.ends_with('.') && !a.ends_with("..") && !a.contains('?')
        };
        (answer.len() < rest.len() && opens && (!scan::words_le(answer, 3) || short_ok()))
            .then(|| t.len() - answer.len())
    }

    /// Splits a block at `at` (where its answer starts, a byte offset in its text): the question
    /// (of kind `q_kind`), then the answer as a paragraph, both in the block's place in the page
    /// and each keeping its runs' marks.
    pub fn split_at_answer(&self, at: usize, q_kind: BlockKind) -> Option<(Block, Block)> {
        if !self.runs.is_empty() {
            // Set in runs (bold, links, code): split them at `at`, each half keeping its marks.
            let (mut first, mut rest) = (Vec::new(), Vec::new());
            let mut pos = 0;
            for r in &self.runs {
                let end = pos + r.text.len();
                if end <= at {
                    first.push(r.clone());
                } else if pos >= at {
                    rest.push(r.clone());
                } else {
                    let k = at - pos;
                    let (a, b) = (r.text.get(..k)?, r.text.get(k..)?);
                    first.push(Run {
                        text: a.to_owned(),
                        ..r.clone()
                    });
                    rest.push(Run {
                        text: b.to_owned(),
                        ..r.clone()
                    });
                }
                pos = end;
            }
            if let Some(last) = first.last_mut() {
                let kept = without_dash_after(&last.text).len();
                last.text.truncate(kept);
            }
            return Some((
                self.rebuild(&first, q_kind, self.group)?,
                self.rebuild(&rest, BlockKind::Paragraph, self.group)?,
            ));
        }
        let half = |t: &str, kind: BlockKind| {
            let mut b = BlockBuilder::new(false);
            b.push_text(t, 0, None);
            b.finish(kind, self.flags, self.group).map(|mut h| {
                (h.seq, h.scope_start, h.scope_end) = (self.seq, self.scope_start, self.scope_end);
                h
            })
        };
        let (q, a) = self.text.split_at(at);
        Some((
            half(without_dash_after(q), q_kind)?,
            half(a, BlockKind::Paragraph)?,
        ))
    }

    /// A question in capitals run into its answer, as a factbox copied as text sets them:
    /// "WHERE IS THE STRAIT? The Strait of Hormuz lies…". Returns where the answer starts.
    fn caps_run_in(&self) -> Option<usize> {
        // (Set in bold as well, it is the bold run-in's: `run_in_question`.)
        if !matches!(self.kind, BlockKind::Paragraph | BlockKind::ListItem)
            || self.runs.iter().any(|r| r.marks & marks::STRONG != 0)
        {
            return None;
        }
        let t = self.text.as_str();
        let i = scan::head(t, 240).find('?')?;
        let (q, rest) = (&t[..=i], &t[i + 1..]);
        let answer = scan::trim_start(rest);
        (answer.len() < rest.len()
            && scan::is_all_caps(q)
            && !scan::words_le(q, 2)
            && answer.starts_with(scan::is_upper)
            && answer.contains(scan::is_lower)
            && !scan::words_le(answer, 3))
        .then(|| t.len() - answer.len())
    }

    /// A run-in question whose mark the page set after the bold ("<strong>Is this load
    /// shedding</strong>? No. Eskom has not…"): the question with its mark, set as the bold is,
    /// and the answer after it.
    fn split_mark_after_bold(&self) -> Option<(Block, Block)> {
        let i = self.bold_lead()?;
        let r = self.runs.get(i).filter(|r| r.href.is_none() && i > 0)?;
        let after = r
            .text
            .trim_start_matches([' ', '\u{a0}'])
            .strip_prefix(['?', '？'])?;
        // (A space after the mark, or a no-break one, "</strong>?&nbsp;Yes."; or a line break,
        // "</strong>?<br>Most homes…", the answer in the runs after it.)
        let broken = after.is_empty() && self.runs.get(i + 1).is_some_and(|n| n.text == "\n");
        let rest = if broken {
            ""
        } else {
            after
                .strip_prefix([' ', '\u{a0}'])?
                .trim_start_matches([' ', '\u{a0}'])
        };
        let bold: String = self.runs[..i].iter().map(|r| r.text.as_str()).collect();
        let bold = scan::trim(&bold);
        // (Opening as a question does: not a review's lead-in, "<strong>The good news</strong>?
        // It lasts two days." French asks with "Que" too: "Que faire si…".)
        let asking =
            scan::opens_asking(bold) || bold.starts_with("Que ") || bold.starts_with("Qu'");
        if rest.is_empty() && !broken
            || bold.ends_with(|c: char| !scan::is_word_char(c))
            || scan::words_le(bold, 1)
            || !scan::words_le(bold, 30)
            || !asking
        {
            return None;
        }
        let mut q = self.runs[..i].to_vec();
        // (The mark as the page sets it, French's space before it too: "Qui est concerné ?")
        q.push(Run {
            text: r.text[..r.text.len() - after.len()].to_owned(),
            marks: self.runs[i - 1].marks,
            href: None,
        });
        let mut a = Vec::with_capacity(self.runs.len() - i);
        if broken {
            a.extend_from_slice(self.runs.get(i + 2..).unwrap_or(&[]));
        } else {
            a.push(Run {
                text: rest.to_owned(),
                marks: r.marks,
                href: None,
            });
            a.extend_from_slice(&self.runs[i + 1..]);
        }
        let (rest_kind, rest_group) = self.answer_part();
        Some((
            self.rebuild(&q, self.kind, self.group)?,
            self.rebuild(&a, rest_kind, rest_group)?,
        ))
    }

    /// The kind and group of the answer split off this block's question: a paragraph of its own
    /// after a heading's or a list item's (a list of questions is not a list of answers).
    fn answer_part(&self) -> (BlockKind, u32) {
        if matches!(self.kind, BlockKind::Heading(_) | BlockKind::ListItem) {
            (BlockKind::Paragraph, 0)
        } else {
            (self.kind, self.group)
        }
    }

    /// Where a paragraph's or a list item's opening bold ends: its first run not set in bold,
    /// or its first line break.
    fn bold_lead(&self) -> Option<usize> {
        if !matches!(self.kind, BlockKind::Paragraph | BlockKind::ListItem) {
            return None;
        }
        self.runs
            .iter()
            .position(|r| r.marks & marks::STRONG == 0 || r.text == "\n")
    }

    fn run_in_question(&self) -> Option<usize> {
        let i = self.bold_lead()?;
        let last = self.runs[..i]
            .iter()
            .rev()
            .find(|r| !r.text.trim().is_empty())?;
        let rest = &self.runs[i..];
        // (A reader's signature after the question is not an answer: "— several of you".)
        let goes_on = rest.iter().any(|r| r.text.chars().any(scan::is_word_char))
            && scan::signed_after(&self.text).is_none();
        (scan::ends_with_question(&last.text) && goes_on).then_some(i)
    }
}

/// What a front end produces: the blocks plus what the page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The document's `<title>` (HTML) — used to recognise the headline among the headings.
    pub doc_title: Option<String>,
    /// The `lang` attribute of the article or page.
    pub lang: Option<String>,
    /// The `dir` attribute of the article or page.
    pub dir: Option<String>,
    /// The page or the article is classed as opinion (`article--opinion`, `opinion-piece`,
    /// `section-commentary` on `<html>`, `<body>`, `<main>` or `<article>`).
    pub opinion_class: bool,
    pub blocks: Vec<Block>,
    /// Whether the input was HTML (structure from markup) or plain text.
    pub from_html: bool,
}

/// Every run with words in it bold (blank runs count for nothing).
fn all_strong(runs: &[Run]) -> bool {
    runs.iter()
        .all(|r| r.marks & marks::STRONG != 0 || scan::trim(&r.text).is_empty())
}

/// `s` without a right-to-left mark (or Arabic letter mark) before a right-to-left letter, or a
/// left-to-right mark before a Latin letter, opening it.
fn redundant_direction_mark(s: &str) -> &str {
    let mut cs = s.chars();
    let (Some(mark), Some(next)) = (cs.next(), cs.next()) else {
        return s;
    };
    let redundant = match mark {
        '\u{200F}' | '\u{061C}' => scan::is_rtl_char(next),
        '\u{200E}' => next.is_ascii_alphabetic(),
        _ => false,
    };
    if redundant {
        &s[mark.len_utf8()..]
    } else {
        s
    }
}

/// Collects inline text into runs, collapsing whitespace as HTML does (or keeping it, in `<pre>`).
#[derive(Debug, Default)]
pub struct BlockBuilder {
    runs: Vec<Run>,
    /// The last character pushed was a (collapsed) space, or nothing has been pushed yet.
    pending_space: bool,
    preformatted: bool,
}

/// The plain letter or digit for one in Unicode's mathematical styles (bold, italic, script,
/// sans-serif, monospace…: U+1D400–U+1D6A3 in blocks of 52 letters, U+1D7CE–U+1D7FF in blocks
/// of 10 digits).
fn plain_letter(c: char) -> Option<char> {
    let u = u32::from(c);
    let plain = match u {
        0x1D400..=0x1D6A3 => {
            let i = (u - 0x1D400) % 52;
            if i < 26 {
                u32::from(b'A') + i
            } else {
                u32::from(b'a') + i - 26
            }
        }
        0x1D7CE..=0x1D7FF => u32::from(b'0') + (u - 0x1D7CE) % 10,
        _ => return None,
    };
    char::from_u32(plain)
}

impl BlockBuilder {
    pub fn new(preformatted: bool) -> Self {
        BlockBuilder {
            runs: Vec::new(),
            pending_space: false,
            preformatted,
        }
    }

    pub fn set_preformatted(&mut self, pre: bool) {
        self.preformatted = pre;
    }

    pub fn is_empty(&self) -> bool {
        self.runs.iter().all(|r| scan::trim(&r.text).is_empty())
    }

    /// Drops the text so far when it is a permalink's glyph alone: "#", "¶", "🔗".
    pub fn drop_glyph(&mut self) {
        let mut glyph = self.runs.iter().filter(|r| !scan::trim(&r.text).is_empty());
        if glyph
            .next()
            .is_some_and(|r| matches!(scan::trim(&r.text), "#" | "¶" | "🔗"))
            && glyph.next().is_none()
        {
            self.runs.clear();
            self.pending_space = false;
        }
    }

    /// Whether the text so far ends with a hard line break (whitespace after it aside).
    pub fn ends_with_break(&self) -> bool {
        self.runs
            .iter()
            .rev()
            .find(|r| r.text == "\n" || !scan::trim(&r.text).is_empty())
            .is_some_and(|r| r.text == "\n")
    }

    fn run_for(&mut self, marks: u8, href: Option<&str>) -> &mut Run {
        let same = self
            .runs
            .last()
            .is_some_and(|r| r.marks == marks && r.href.as_deref() == href && r.text != "\n");
        if !same {
            self.runs.push(Run {
                text: String::new(),
                marks,
                href: href.map(str::to_owned),
            });
        }
        // A run was just pushed or matched, so `last_mut` is always `Some`; stay total anyway.
        if self.runs.is_empty() {
            self.runs.push(Run::default());
        }
        let n = self.runs.len() - 1;
        &mut self.runs[n]
    }

    /// Appends text with the given marks and link.
    pub fn push_text(&mut self, text: &str, marks: u8, href: Option<&str>) {
        if text.is_empty() {
            return;
        }
        if self.preformatted {
            self.run_for(marks, href).text.push_str(text);
            return;
        }
        // Two elements' texts glued where a word ends and a capitalised one begins ("Nick
        // Triggle" and "Health correspondent" in adjacent spans a stylesheet shows as two lines):
        // a space between them, as the reader sees them apart.
        if !self.pending_space {
            let only_run = self.runs.len() == 1;
            if let Some(last) = self.runs.last_mut() {
                // Three lower-case letters at least end the run ("Mc" + "Donald", "i" + "Phone"
                // stay one word).
                let word = last
                    .text
                    .chars()
                    .rev()
                    .take_while(|&c| scan::is_lower(c))
                    .take(3);
                // (And after a question's mark: "…collections?" + "Hide", an accordion's
                // control label in the heading's next element.)
                let asked = last.text.ends_with(['?', '？']);
                // (And after a number badge that is all the block holds yet: "1" + "What does
                // it cover?", the badge and the heading's text in two elements.)
                // ("1." + "Which stations…?" too.)
                let badge = only_run && scan::is_number_badge(&last.text);
                // (Or after a question's marker letter in an element of its own, as NHK and
                // many FAQ templates set it: `<span class="q">Q</span>What…`, "Q" + "12月…".)
                let mut cs = text.chars();
                let (first, second) = (cs.next(), cs.next());
                // (Or numbered, "Q1-2" + "利用登録は…".)
                let numbered = || {
                    last.text.strip_prefix(['Q', 'Ｑ']).is_some_and(|n| {
                        let rest = n.trim_start_matches(|c: char| c.is_ascii_digit());
                        rest.len() < n.len()
                            && rest.strip_prefix('-').map_or(rest.is_empty(), |m| {
                                !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit())
                            })
                    })
                };
                let marker = only_run
                    && (matches!(last.text.as_str(), "Q" | "Ｑ" | "問" | "问") || numbered())
                    && first.is_some_and(|c| {
                        scan::is_cjk(c)
                            || c.is_ascii_digit()
                            || (scan::is_upper(c) && second.is_some_and(scan::is_lower))
                    });
                let glued = marker
                    || ((word.count() == 3 || asked || badge) && first.is_some_and(scan::is_upper));
                if glued {
                    last.text.push(' ');
                    self.pending_space = true;
                }
            }
        }
        // HTML collapses ASCII whitespace only; no-break spaces are content. Copy the segments
        // between whitespace runs in bulk (byte offsets at ASCII whitespace are char boundaries).
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        // `pending_space` here means "the last character emitted is a space (or nothing yet)":
        // a whitespace run becomes one space in the run where it occurs, and only if the text
        // before it does not already end with one.
        let mut space = self.pending_space || self.runs.is_empty();
        let mut i = 0;
        while i < bytes.len() {
            let ws = i;
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                i += 1;
            }
            if i > ws && !space {
                out.push(' ');
                space = true;
            }
            let seg_start = i;
            while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                i += 1;
            }
            let Some(seg) = text.get(seg_start..i) else {
                continue;
            };
            if seg.is_empty() {
                continue;
            }
            // (Most words are ASCII: the two looks below are for the others.)
            let ascii = seg.is_ascii();
            // Byte-order marks, soft hyphens and zero-width spaces carry no text.
            let invisible = !ascii
                && seg
                    .as_bytes()
                    .iter()
                    .any(|&b| b == 0xC2 || b == 0xE2 || b == 0xEF)
                && seg.contains(['\u{FEFF}', '\u{00AD}', '\u{200B}']);
            let seg_owned;
            let seg = if invisible {
                seg_owned = seg.replace(['\u{FEFF}', '\u{00AD}', '\u{200B}'], "");
                if seg_owned.is_empty() {
                    continue;
                }
                seg_owned.as_str()
            } else {
                seg
            };
            // A direction mark opening the block before a letter of its own direction
            // (`<strong>&rlm;מה משתנה?`) says nothing the letter does not: it leaves, as it would
            // otherwise open every question's text.
            let seg = if !ascii && self.runs.is_empty() && out.is_empty() {
                redundant_direction_mark(seg)
            } else {
                seg
            };
            space = false;
            // Letters and digits set in Unicode's mathematical styles, as social posts fake bold
            // and italics ("𝗤: 𝗦𝗵𝗼𝘂𝗹𝗱 𝗜 …"), are their plain letters: a screen reader spells
            // the styled ones out one by one, and no rule reads them. (Their four bytes open
            // F0 9D.)
            if !ascii && seg.as_bytes().windows(2).any(|w| w == [0xF0, 0x9D]) {
                out.extend(seg.chars().map(|c| plain_letter(c).unwrap_or(c)));
                continue;
            }
            out.push_str(seg);
        }
        self.pending_space = space;
        if !out.is_empty() {
            let run = self.run_for(marks, href);
            if run.text.is_empty() {
                run.text = out; // move, don't copy
            } else {
                run.text.push_str(&out);
            }
        }
    }

    /// A hard line break (`<br>`).
    pub fn line_break(&mut self) {
        if !self.runs.is_empty() {
            self.runs.push(Run {
                text: "\n".into(),
                marks: 0,
                href: None,
            });
            self.pending_space = true;
        }
    }

    /// Ends the block: trims, drops empty runs, computes the plain text and the BOLD / LINK_ONLY
    /// hints. Returns `None` when nothing but whitespace was collected.
    pub fn finish(&mut self, kind: BlockKind, mut flags: Flags, group: u32) -> Option<Block> {
        let mut runs = std::mem::take(&mut self.runs);
        self.pending_space = false;
        // Trailing and leading hard breaks carry nothing.
        while runs
            .last()
            .is_some_and(|r| r.text == "\n" || scan::trim(&r.text).is_empty())
        {
            runs.pop();
        }
        let lead = runs
            .iter()
            .take_while(|r| r.text == "\n" || scan::trim(&r.text).is_empty())
            .count();
        runs.drain(..lead);
        if runs.is_empty() {
            return None;
        }
        if !self.preformatted {
            if let Some(first) = runs.first_mut() {
                let lead = first.text.len() - scan::trim_start(&first.text).len();
                first.text.drain(..lead);
            }
            if let Some(last) = runs.last_mut() {
                // (And a thread's count of its post after the last sentence: "… it makes a
                // huge difference. 4/9" — the thread's, not the sentence's.)
                // (Nor a direction mark at the end, after the last word or mark: the block's
                // direction sets it. "…ב-1 בינואר?&rlm;" asks.)
                let t = scan::trim_end(&last.text);
                let t = scan::trim_end(t.trim_end_matches(['\u{200F}', '\u{200E}', '\u{061C}']));
                let keep = scan::without_thread_count(t).unwrap_or(t).len();
                last.text.truncate(keep);
            }
            // No space at either side of a hard break.
            for i in 0..runs.len() {
                if runs[i].text == "\n" {
                    if i > 0 {
                        let t = runs[i - 1].text.trim_end_matches(' ').to_owned();
                        runs[i - 1].text = t;
                    }
                    if i + 1 < runs.len() {
                        let t = runs[i + 1].text.trim_start_matches(' ').to_owned();
                        runs[i + 1].text = t;
                    }
                }
            }
            runs.retain(|r| !r.text.is_empty());
        }
        let mut all_bold = true;
        let mut all_em = true;
        let mut all_link = true;
        let mut any = false;
        // Italics set a book's title in roman ("<em>Do you think of </em>The Low
        // Country<em> as a climate novel?</em>"): roman words between italic ones, less than half
        // of the text, leave it all italic.
        let (mut em_first, mut em_last, mut roman) = (None, false, 0usize);
        let mut total = 0usize;
        for r in &runs {
            if r.text != "\n" && r.text.chars().any(|c| !scan::is_space(c)) {
                any = true;
                let em = r.marks & marks::EM != 0;
                all_bold &= r.marks & marks::STRONG != 0;
                all_em &= em;
                all_link &= r.href.is_some();
                em_first.get_or_insert(em);
                em_last = em;
                total += r.text.len();
                if !em {
                    roman += r.text.len();
                }
            }
        }
        if !any {
            return None;
        }
        all_em |= em_first == Some(true) && em_last && roman * 2 < total;
        // A bold question with its reader's signature after it, not bold ("<strong>Is it worth
        // the hassle?</strong> <em>— Dev, Rochester</em>"): set in bold as unsigned ones are.
        if !all_bold && runs.first().is_some_and(|r| r.marks & marks::STRONG != 0) {
            let k = runs
                .iter()
                .position(|r| r.marks & marks::STRONG == 0)
                .unwrap_or(runs.len());
            if runs[k..].iter().all(|r| r.marks & marks::STRONG == 0) {
                let tail: String = runs[k..].iter().map(|r| r.text.as_str()).collect();
                all_bold = scan::is_dash_signature(&tail);
            }
        }
        if all_bold {
            flags.set(Flags::BOLD);
        }
        if all_em && !all_bold {
            flags.set(Flags::ITALIC);
        }
        if all_link {
            flags.set(Flags::LINK_ONLY);
        }
        // Plain text needs no runs: move the one run's text instead of copying it.
        let text = if runs.len() == 1 && runs[0].marks == 0 && runs[0].href.is_none() {
            let text = runs.pop().map(|r| r.text).unwrap_or_default();
            runs = Vec::new();
            text
        } else {
            let mut text = String::with_capacity(runs.iter().map(|r| r.text.len()).sum());
            for r in &runs {
                text.push_str(&r.text);
            }
            text
        };
        Some(Block {
            kind,
            runs,
            text,
            flags,
            group,
            src: None,
            size: None,
            seq: 0,
            scope_end: 0,
            scope_start: 0,
        })
    }
}

/// Keeps a link target only when it is http(s), protocol-relative, or relative (path, query,
/// fragment). Removes the characters URL parsers ignore (tabs, newlines) before deciding, so
/// `java\tscript:` and entity-decoded tricks are caught. Returns the cleaned target.
pub fn safe_href(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .trim_matches(|c: char| c <= ' ' || scan::is_space(c))
        .to_owned();
    if cleaned.is_empty() || cleaned.len() > 4096 {
        return None;
    }
    if cleaned.chars().any(|c| c.is_control()) {
        return None;
    }
    // Backslashes are treated as slashes by browsers ("\\evil.com", "/\\evil.com"); refuse them.
    if cleaned.contains('\\') {
        return None;
    }
    let scheme_end = cleaned.find(':');
    let path_start = cleaned.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(c), p) if p.is_none_or(|p| c < p) => {
            let scheme = cleaned.get(..c)?.to_ascii_lowercase();
            (scheme == "http" || scheme == "https").then_some(cleaned)
        }
        _ => Some(cleaned),
    }
}

/// A question without the spaced dash that led from it into its answer on the same line: "Is
/// the festival free? –" (from "Is the festival free? – Yes.").
fn without_dash_after(q: &str) -> &str {
    let t = q.trim_end();
    match t.strip_suffix(['–', '—', '-']) {
        Some(r) if r.ends_with(' ') => r.trim_end(),
        _ => q,
    }
}

/// Words that say a question's own words again, as a guest echoes it before answering ("¿Miedo?"
/// after "¿Y el miedo?"), Spanish's marks aside; never no words.
fn echoes(question: &str, words: &str) -> bool {
    let w = scan::trim(words.trim_start_matches('¿').trim_end_matches(['?', '？']));
    !w.is_empty() && scan::fold(question).contains(&scan::fold(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_whitespace_like_html() {
        let mut b = BlockBuilder::new(false);
        b.push_text("  Hello \n  ", 0, None);
        b.push_text("world", marks::STRONG, None);
        b.push_text("  again\u{00A0}? ", 0, None);
        let block = b.finish(BlockKind::Paragraph, Flags::default(), 0).unwrap();
        assert_eq!(block.text, "Hello world again\u{00A0}?");
        assert_eq!(block.runs.len(), 3);
        assert!(!block.flags.has(Flags::BOLD));
    }

    #[test]
    fn direction_marks_opening_or_closing_a_block() {
        let mut b = BlockBuilder::new(false);
        b.push_text("\u{200F}מה משתנה? \u{200F}", marks::STRONG, None);
        let block = b.finish(BlockKind::Paragraph, Flags::default(), 0).unwrap();
        assert_eq!(block.text, "מה משתנה?");
        // (Not one that sets a Latin word's direction in a right-to-left block.)
        let mut b = BlockBuilder::new(false);
        b.push_text("\u{200F}iPhone חדש", 0, None);
        let block = b.finish(BlockKind::Paragraph, Flags::default(), 0).unwrap();
        assert_eq!(block.text, "\u{200F}iPhone חדש");
    }

    #[test]
    fn spaces_stay_in_their_run() {
        let mut b = BlockBuilder::new(false);
        b.push_text("found ", 0, None);
        b.push_text("cracks", 0, Some("https://example.com/"));
        b.push_text(" in  two ", 0, None);
        b.push_text(" piers", marks::EM, None);
        let block = b.finish(BlockKind::Paragraph, Flags::default(), 0).unwrap();
        let runs: Vec<&str> = block.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(runs, ["found ", "cracks", " in two ", "piers"]);
        assert_eq!(block.text, "found cracks in two piers");
    }

    #[test]
    fn bold_and_link_hints() {
        let mut b = BlockBuilder::new(false);
        b.push_text("Q: Why?", marks::STRONG, None);
        let block = b
            .finish(BlockKind::Heading(4), Flags::default(), 0)
            .unwrap();
        assert!(block.flags.has(Flags::BOLD));
        let mut b = BlockBuilder::new(false);
        b.push_text("Related story", 0, Some("https://example.com/"));
        assert!(b
            .finish(BlockKind::ListItem, Flags::default(), 0)
            .unwrap()
            .flags
            .has(Flags::LINK_ONLY));
        let mut b = BlockBuilder::new(false);
        b.push_text(" \n ", 0, None);
        assert!(b
            .finish(BlockKind::Paragraph, Flags::default(), 0)
            .is_none());
    }

    #[test]
    fn links_are_allow_listed() {
        assert_eq!(
            safe_href("https://example.com/a").as_deref(),
            Some("https://example.com/a")
        );
        assert_eq!(
            safe_href(" /truth-o-meter/ ").as_deref(),
            Some("/truth-o-meter/")
        );
        assert_eq!(safe_href("#focus-0").as_deref(), Some("#focus-0"));
        assert_eq!(
            safe_href("page.html?a=b:c").as_deref(),
            Some("page.html?a=b:c")
        );
        assert_eq!(
            safe_href("//cdn.example.com/x").as_deref(),
            Some("//cdn.example.com/x")
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " javascript:x",
            "data:text/html,<b>",
            "vbscript:x",
            "mailto:a@b.c",
            "\u{0001}javascript:x",
            "\\\\evil.com",
            "/\\evil.com",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }
}

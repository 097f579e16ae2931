//! First pass: give every block a role that is not about questions — the headline, kicker, byline,
//! captions and credits, media-widget leftovers, separators and duplicated lines.

use crate::blocks::{marks, Block, BlockKind, Document, Flags};
use crate::scan;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Text of the article: intro, answer or closing paragraph.
    Content,
    Title,
    Kicker,
    Byline,
    /// A photo or video caption (its credit in [`Prep::credits`]).
    Caption,
    /// A bare credit line, merged into the caption next to it.
    Credit,
    /// Media-widget text ("Media playback is unsupported on your device", "hide caption").
    Boilerplate,
    Separator,
    Image,
    /// A repeated line, shown once.
    Duplicate,
    /// One of the explainer's questions (set by the question pass).
    Question,
}

#[derive(Debug)]
pub struct Prep<'a> {
    pub blocks: &'a [Block],
    pub roles: Vec<Role>,
    /// For captions: (caption text, credit).
    pub captions: Vec<Option<(String, Option<String>)>>,
    pub title: Option<usize>,
    pub title_text: String,
    /// The page's `<title>` calls it an explainer ("Q&A: The Tenant Stability Act…"), whatever
    /// its headline says.
    pub doc_explainer: bool,
    /// The headline calls the page an explainer or an FAQ, in three words or more (not a
    /// section's index, "Explainers"): read once, for the linked headings `admissible` admits.
    pub faq_title: bool,
    pub kicker: Option<usize>,
    pub byline: Option<usize>,
    /// The article's date line near the headline ("Mon 3 Feb 2026 07.00 GMT", "Updated …").
    pub dateline: Option<usize>,
    pub from_html: bool,
    /// The article has subheadings that state rather than ask ("Versagen vor Ort"): headings, or
    /// in text short lines without sentence punctuation.
    pub statement_subheads: bool,
    /// The headline or standfirst says readers' questions are answered ("Ask the expert",
    /// "… answers your questions"): a reader's letter ending in its question may be long.
    pub readers_column: bool,
    /// The intro calls the questions below ones put to the writer ("We've collected the
    /// questions we are asked most"): a reader's situation told before its question may be long.
    pub asked_of_us: bool,
    /// A newsletter's brief in "smart brevity" (Axios and those who write like it): three
    /// paragraphs at least run in after its labels ("Why it matters:", "Zoom out:"). A question
    /// after such a label ("The big question: Will people use it?") is a point of the story.
    pub brevity: bool,
    /// The page's markup classes it as opinion ([`Document::opinion_class`]).
    pub opinion_class: bool,
    /// The first content block after the headline.
    pub first_content: Option<usize>,
    /// An Italian interview marks its questions `D.` and its answers `R.`: twice at least a
    /// block opens with `D.` and the next one with `R.`.
    pub d_marker: bool,
    /// A briefing's transcript marks reporters' questions with a bare `Q` ("Q    But is…?"):
    /// three blocks at least open so.
    pub bare_q: bool,
    /// The article's letters open with who wrote them and their place in brackets, each over a
    /// marked answer ("Lorena (Medina del Campo): …" / "Respuesta: …"): that is their marker.
    pub placed: bool,
    /// The first paragraph of prose after the headline (where a teaser stands).
    pub first_prose: Option<usize>,
    /// Per-block features, computed once.
    pub feats: Vec<Feat>,
    /// A live page's readers' questions, one opening each post (see `live_posts`).
    pub live_questions: Vec<usize>,
    /// A panel chat's questions: readers' posts headed so (see `panel_chat`).
    pub panel_questions: Vec<usize>,
    /// An interview that sets its questions as block quotes, each answered in the prose under
    /// it (see `quoted_turns`).
    pub quoted_turns: bool,
    /// A chat copied as text (see `chat_of`).
    pub chat: Chat<'a>,
}

/// A chat copied as text: the sender of its first message header (Slack's "Omar Haddad 11:04
/// AM", Teams' "[10:47] Tom Birch", Discord's "tess.v — Today at 14:02"), and whether its
/// stamped messages ("[04-03-2025, 14:06:03] Sanne: …") come from two senders at least. Read
/// once for the page.
#[derive(Clone, Copy, Debug, Default)]
pub struct Chat<'a> {
    pub first_header: Option<&'a str>,
    pub stamped_senders: bool,
}

fn chat_of(blocks: &[Block]) -> Chat<'_> {
    let mut chat = Chat::default();
    let mut stamped: Option<&str> = None;
    for b in blocks {
        if chat.first_header.is_none() {
            chat.first_header = scan::chat_header(&b.text);
        }
        if !chat.stamped_senders {
            if let Some((s, _)) = scan::chat_stamp(&b.text) {
                chat.stamped_senders = *stamped.get_or_insert(s) != s;
            }
        }
        if chat.first_header.is_some() && chat.stamped_senders {
            break;
        }
    }
    chat
}

/// What the rules need to know about a block's text, computed in one pass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Feat {
    /// Word count, capped at [`Feat::MAX_WORDS`] + 1.
    pub words: u16,
    /// Ends with a question mark (after a `Q:` marker, if any).
    pub asks: bool,
    /// Starts with a `Q:`-style marker.
    pub q_marker: bool,
    /// Ends with sentence punctuation (`. ! ? … :` and the like).
    pub sentence: bool,
    pub colon: bool,
    /// Starts with a quotation mark (after a `Q:` marker, if any).
    pub quote_start: bool,
    /// Starts with numbering ("1.", "2 ").
    pub numbered: bool,
    pub all_caps: bool,
    pub faq_heading: bool,
    pub trailer_heading: bool,
    /// A question without its question mark: "What happened", "Who is the suspect".
    pub wh_phrase: bool,
    /// A headline-like line under a "Read more" / "Mehr zum Thema" heading (set by `prepare`).
    pub teaser: bool,
    /// A reader's question signed on the line under it, or on its own line when the article
    /// signs two at least (set by `prepare`).
    pub signed: bool,
    /// Signed on its own line: "…? – Deirdre, Co Mayo", "“…?” — Denise, Oak Park".
    pub inline_signed: bool,
}

impl Feat {
    pub const MAX_WORDS: u16 = 120;

    /// The features of a block's text; `d_marker`, `bare_q`: the article marks its questions
    /// `D.` or `Q` (see [`Prep::d_marker`], [`Prep::bare_q`]).
    pub fn of(text: &str, d_marker: bool, bare_q: bool, placed: bool) -> Feat {
        // (Not an answer marked as one that quotes what someone asks: "A. The ballot paper
        // asks: “Do you support …?”".)
        let answered = || scan::strip_answer_marker(text, false).is_some();
        let marker = scan::strip_question_marker(text)
            .filter(|_| !answered())
            .or_else(|| d_marker.then(|| scan::strip_d_marker(text)).flatten())
            .or_else(|| bare_q.then(|| scan::strip_bare_letter(text, 'Q')).flatten())
            .or_else(|| placed.then(|| letter_label(text)).flatten());
        let q = marker.unwrap_or(text);
        let words = capped_words(text);
        let signed = scan::is_signed_question(q) || scan::signed_after(q).is_some();
        // "Your questions answered: What are my rights?" heads a section; it asks nothing.
        let faq_heading = words <= 10 && scan::is_faq_heading(text);
        Feat {
            words,
            // (Nor a download's link titled with a question, "Wie lese ich den Bescheid? (PDF,
            // 240 KB)": it asks nothing of the article; its brackets sign nothing.)
            // (Nor a quiz's title among the answers, "QUIZ: Caddy or not?": its questions are
            // the reader's to answer.)
            asks: ((scan::ends_with_question(scan::strip_toggle_glyph(q)) && !faq_heading)
                || signed
                || scan::asks_then_says(q)
                || scan::is_dash_prompt_asking(q)
                || scan::is_formal_ask(q))
                && !scan::is_download_link(text)
                && !(words <= 12 && scan::is_quiz_title(text)),
            q_marker: marker.is_some(),
            sentence: scan::is_sentence(text),
            colon: scan::ends_with_colon(text),
            // A reader's signed question is the column's question, not a quote; nor is a claim
            // quoted and then asked about ("“Natural immunity is better.” Is that true?").
            // (Nor a line that opens on a quoted title and goes on: "« Ndeysaan » est d'abord
            // paru en wolof… Pourquoi cet ordre ?")
            quote_start: scan::starts_with_quote(q)
                && !signed
                && !scan::asks_after_quote(q)
                && !scan::opens_on_quoted_name(q)
                // (Nor an interviewer's label, a publication's name in quotes: "«مصر الآن»: …؟".)
                && !scan::speaker_label(q).is_some_and(|(l, _)| scan::quoted_outlet(l)),
            numbered: scan::strip_number(text).is_some(),
            all_caps: scan::is_all_caps(text),
            faq_heading,
            trailer_heading: words <= 8 && scan::is_trailer_heading(text),
            wh_phrase: words <= 16 && scan::is_wh_phrase(text),
            teaser: false,
            signed: false,
            inline_signed: signed,
        }
    }
}

fn capped_words(s: &str) -> u16 {
    scan::count_words(s, usize::from(Feat::MAX_WORDS)) as u16
}

impl<'a> Prep<'a> {
    pub fn text(&self, i: usize) -> &'a str {
        self.blocks.get(i).map(|b| b.text.as_str()).unwrap_or("")
    }

    /// Whether the headline says its article answers or explains ("… your questions answered",
    /// "FAQ", "What to know"): see `scan::says_it_answers`.
    pub fn title_answers(&self) -> bool {
        self.title
            .is_some_and(|t| scan::says_it_answers(self.text(t)))
    }

    /// Block `i`'s text as a question: without its marker, toggle glyph or dialogue dash.
    pub fn question_text(&self, i: usize) -> &'a str {
        let t = self.text(i);
        let t = if self.d_marker {
            scan::strip_d_marker(t).unwrap_or(t)
        } else if self.bare_q {
            scan::strip_bare_letter(t, 'Q').unwrap_or(t)
        } else if self.placed {
            letter_label(t).unwrap_or(t)
        } else {
            t
        };
        super::questions::question_text(t)
    }

    /// Is block `i` a post's time stamp on a line of its own ("12:02 p.m.", "14:03"), as live
    /// pages and chats set them?
    pub fn is_stamp(&self, i: usize) -> bool {
        self.feats[i].words <= 4 && scan::is_clock_line(self.text(i))
    }

    /// Does an email field ("Type your email…") come next, after `i`: is `i` a sign-up box's
    /// line ("Ready for more?")?
    /// (Or after the box's pitch: "Want new recipes in your inbox?" / "Join 40,000 home
    /// bakers…" / "Email address".)
    pub fn before_email_field(&self, i: usize) -> bool {
        self.next_content(i).is_some_and(|k| {
            scan::is_email_field(self.text(k))
                || self.feats[k].words <= 30
                    && !self.feats[k].asks
                    && self
                        .next_content(k)
                        .is_some_and(|j| scan::is_email_field(self.text(j)))
        })
    }

    /// Does the paragraph after `i` open on a verdict ("Faux. …", "Myth. …"): is `i` a claim of a
    /// "true or false" page?
    pub fn judged_by_verdict(&self, i: usize) -> bool {
        self.next_content(i)
            .is_some_and(|k| scan::opens_verdict(self.text(k)))
    }

    /// Is block `q` numbered next after the last question before block `before` ("7. Haben Sie
    /// noch Fragen an uns?" after "6. …?"): one of the article's numbered series?
    pub fn numbered_next(&self, q: usize, before: usize) -> bool {
        let number = |k: usize| scan::strip_number(self.text(k)).map(|(n, _)| n);
        number(q).is_some_and(|n| {
            (0..before)
                .rev()
                .find(|&k| self.roles[k] == Role::Content && self.feats[k].asks)
                .and_then(number)
                .is_some_and(|m| m + 1 == n)
        })
    }

    /// The first content block after `i`.
    pub fn next_content(&self, i: usize) -> Option<usize> {
        (i + 1..self.blocks.len()).find(|&k| self.roles[k] == Role::Content)
    }

    pub fn prev_content(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&k| self.roles[k] == Role::Content)
    }

    /// A short line that is no section's heading for where it stands: under a question (the
    /// answer's first line, "Online, by phone or at a council office") or, in text, in a list —
    /// under a lead-in's colon or another item ("The 19 per cent rate drops to 16 per cent":
    /// items are lines without a full stop, short, or long after another such line).
    /// A section's verdict on a line of its own, a short label and its value: "Winner: Kestrel
    /// 14 Ultra", "Verdict: Draw".
    pub fn verdict_line(&self, k: usize) -> bool {
        self.feats[k].words <= 8
            && scan::colon_label(self.text(k))
                .is_some_and(|(l, v)| scan::words_le(l, 2) && !scan::trim(v).is_empty())
    }

    pub fn not_a_subhead_here(&self, i: usize) -> bool {
        // (A section's verdict over it ends the section: "Winner: Draw" / "Display".)
        let unstopped = |k: usize| !self.feats[k].sentence && !self.verdict_line(k);
        self.prev_content(i).is_some_and(|k| {
            let f = self.feats[k];
            f.asks
                || (!self.from_html
                    && (f.colon
                        || (unstopped(k)
                            && (f.words <= 15 || self.prev_content(k).is_some_and(unstopped)))))
        })
    }
}

/// Caption text and credit from a caption block: credit-classed runs first, then a trailing credit.
fn caption_parts(b: &Block) -> (String, Option<String>) {
    let credit_runs: String = b
        .runs
        .iter()
        .filter(|r| r.marks & marks::CREDIT != 0)
        .map(|r| r.text.as_str())
        .collect();
    if !scan::trim(&credit_runs).is_empty() {
        let caption: String = b
            .runs
            .iter()
            .filter(|r| r.marks & marks::CREDIT == 0)
            .map(|r| r.text.as_str())
            .collect();
        let credit = scan::trim(&credit_runs);
        let credit = credit
            .strip_prefix('(')
            .and_then(|c| c.strip_suffix(')'))
            .unwrap_or(credit);
        let wrapped = ["(", credit, ")"].concat();
        let credit = scan::split_credit(&wrapped).1.unwrap_or(credit);
        return (
            flatten(scan::trim(&caption)),
            Some(scan::trim(credit).to_owned()),
        );
    }
    let text = flatten(&b.text);
    // A picture agency's licensing link after the credit ("REUTERS/Issei Kato Purchase
    // Licensing Rights") is not part of it.
    let t = text.strip_suffix(", opens new tab").unwrap_or(&text);
    let text = scan::trim(t.strip_suffix("Purchase Licensing Rights").unwrap_or(t));
    let (caption, credit) = scan::split_credit(text);
    // BBC pages copied as text label their captions for screen readers: "Image caption, …".
    let caption = scan::strip_caption_label(caption).unwrap_or(caption);
    (caption.to_owned(), credit.map(str::to_owned))
}

/// Line breaks become spaces in one-line texts (questions, captions, titles).
pub fn flatten(s: &str) -> String {
    if s.contains('\n') {
        s.split('\n')
            .map(scan::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        s.to_owned()
    }
}

/// A table of contents copied as text, a blank line between its entries ("Indice" / "Design e
/// confezione" / "Aspirazione: quanto pulisce davvero?" / …): short lines under its label, most
/// of them found again further down as the sections' headings. The page's navigation, as the
/// HTML reader leaves a marked one out: neither questions nor subheadings.
fn text_contents(p: &mut Prep) {
    let n = p.blocks.len();
    let Some(label) = (0..n.min(80)).find(|&i| {
        p.roles[i] == Role::Content && p.feats[i].words <= 4 && scan::is_contents_label(p.text(i))
    }) else {
        return;
    };
    // (Found again numbered too: "How will I know …?" / "1. How will I know …?".)
    let bare = |k: usize| scan::strip_number(p.text(k)).map_or(p.text(k), |(_, r)| r);
    let mut entries: Vec<usize> = Vec::new();
    for j in label + 1..n.min(label + 41) {
        let t = p.text(j);
        let entry = p.roles[j] == Role::Content
            && p.feats[j].words <= 10
            && !scan::trim(t).ends_with('.')
            && !entries.iter().any(|&e| same_text(p.text(e), bare(j)));
        if !entry {
            break;
        }
        entries.push(j);
    }
    let Some(&end) = entries.last() else { return };
    let found = entries
        .iter()
        .filter(|&&e| (end + 1..n).any(|k| same_text(bare(k), p.text(e))))
        .count();
    // (Or its entries shortened, found nowhere again — "Sous-estimer ses revenus : quel
    // risque ?" over "Que se passe-t-il si je sous-estime mes revenus ?": the run then reaches
    // the first section's heading, the line over its prose, which is no entry.)
    let prose = |k: usize| p.feats[k].sentence && p.feats[k].words > 15;
    let shortened = found == 0
        && entries.len() >= 4
        && end + 1 < n
        && prose(end + 1)
        && entries.iter().all(|&e| p.feats[e].words <= 8);
    if shortened {
        entries.pop();
    }
    if entries.len() >= 3 && (shortened || found * 3 >= entries.len() * 2) {
        for i in std::iter::once(label).chain(entries) {
            p.roles[i] = Role::Boilerplate;
        }
    }
}

/// A card stack's index copied as text after (or before) the cards, numbered ("In this stack" /
/// "1 What is ultra-processed food?" / "2 Who came up with …?" / …): three entries at least,
/// numbered from 1 in order, most of them found again as lines of the page. The page's
/// navigation, like a table of contents: neither questions nor the last answer's lines; and
/// so is its label, a short line over the first entry.
fn numbered_index(p: &mut Prep) {
    let n = p.blocks.len();
    // (Three runs looked up at most: each look-up reads the page once.)
    let mut runs = 0;
    let mut i = 0;
    while i < n && runs < 3 {
        let entry = |p: &Prep, j: usize, k: u32| {
            p.roles[j] == Role::Content
                && p.feats[j].words <= 20
                && p.text(j).starts_with(|c: char| c.is_ascii_digit())
                && scan::strip_number(p.text(j)).is_some_and(|(m, _)| m == k)
        };
        if !entry(p, i, 1) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && end - i < 40 && entry(p, end, (end - i + 1) as u32) {
            end += 1;
        }
        if end - i >= 3 {
            runs += 1;
            let found = (i..end)
                .filter(|&j| {
                    let rest = scan::strip_number(p.text(j)).map_or("", |(_, r)| r);
                    (0..n).any(|k| {
                        !(i..end).contains(&k)
                            && p.roles[k] == Role::Content
                            && same_text(p.text(k), rest)
                    })
                })
                .count();
            if found * 3 >= (end - i) * 2 {
                p.roles[i..end].fill(Role::Boilerplate);
                if let Some(l) = i.checked_sub(1).filter(|&l| {
                    p.roles[l] == Role::Content
                        && p.feats[l].words <= 4
                        && !p.feats[l].sentence
                        && !p.feats[l].asks
                }) {
                    p.roles[l] = Role::Boilerplate;
                }
            }
        }
        i = end;
    }
}

fn same_text(a: &str, b: &str) -> bool {
    a.len().abs_diff(b.len()) < 8 && scan::words(a).eq(scan::words(b))
}

pub fn prepare(doc: &Document) -> Prep<'_> {
    let blocks = &doc.blocks[..];
    let n = blocks.len();
    let mut p = Prep {
        blocks,
        roles: vec![Role::Content; n],
        captions: vec![None; n],
        title: None,
        title_text: String::new(),
        doc_explainer: false,
        faq_title: false,
        kicker: None,
        byline: None,
        dateline: None,
        from_html: doc.from_html,
        statement_subheads: false,
        readers_column: false,
        asked_of_us: false,
        brevity: false,
        opinion_class: doc.opinion_class,
        first_content: None,
        d_marker: d_marker(blocks),
        bare_q: bare_q(blocks),
        placed: placed_letters(blocks),
        first_prose: None,
        feats: Vec::with_capacity(n),
        live_questions: Vec::new(),
        panel_questions: Vec::new(),
        quoted_turns: false,
        chat: chat_of(blocks),
    };

    // One pass while each block's text is hot in the cache: its features, then media leftovers,
    // separators, images, captions and credits, repeated lines, and captions that carry a credit.
    // Later rules read the features, not the text (at 10 MB, every pass over the texts is a pass
    // of cache misses).
    // Headings the markup marks as questions ("faq-list__question") that are all statements:
    // three or more, none with a question mark and most not opening as a question does ("The bridge
    // closes on 6 January", "Bus routes 14 and 27 will be diverted") — an information page's
    // collapsible sections, not questions, whatever the class says.
    let stated = {
        let (mut marked, mut asking, mut other) = (0usize, 0usize, false);
        for b in blocks
            .iter()
            .filter(|b| b.flags.has(Flags::MARKED_QUESTION) && !b.text.is_empty())
            .take(200)
        {
            marked += 1;
            // (Headings and terms only: a questionnaire's prompt split off its answer is marked
            // so too, "Describe yourself in three words", among prompts that ask.)
            // (Nor a reader's problem put as "I", as help pages put them, "I forgot my
            // password"; nor an item in Chinese, Japanese or Korean, whose asking words are not
            // read: "パスワードを忘れた場合".)
            let t = scan::trim(&b.text);
            if !matches!(b.kind, BlockKind::Heading(_) | BlockKind::Term)
                || scan::has_question_mark(t)
                || t.chars().any(scan::is_cjk)
                || scan::Words("i|i'm|i’m|i've|i’ve|my|we|our|ich|je|j'ai|j’ai|mi|yo|mijn|jag")
                    .contains(&scan::fold(scan::words(t).next().unwrap_or("")))
            {
                other = true;
                break;
            }
            asking += usize::from(scan::opens_asking(t));
        }
        !other && marked >= 3 && asking * 2 < marked
    };
    let mut after_media = false;
    // (The paragraphs read as captions by their credit, looked at again below.)
    let mut credited = Vec::new();
    let mut prev: Option<usize> = None;
    for (i, b) in blocks.iter().enumerate() {
        let t = b.text.as_str();
        let mut feat = Feat::of(t, p.d_marker, p.bare_q, p.placed);
        // The page's markup says it asks, question mark or not.
        // (Not its "Sources" item: a trailer's heading in the same markup.)
        let marked = b.flags.has(Flags::MARKED_QUESTION)
            && !t.is_empty()
            && !feat.trailer_heading
            && !stated;
        // (Not the asker's name over the question in the same marked box, "Aisha, Bradford" /
        // "My fixed deal ends in August. Can I…?": a signature, the question under it.)
        if feat.asks {
            if let Some(k) = i.checked_sub(1).filter(|&k| {
                blocks[k].flags.has(Flags::MARKED_QUESTION)
                    && p.feats[k].words <= 6
                    && !scan::ends_with_question(&blocks[k].text)
            }) {
                p.feats[k].asks = false;
                if p.roles[k] == Role::Content && scan::is_reader_signature(&blocks[k].text) {
                    p.roles[k] = Role::Byline;
                }
            }
        }
        feat.asks |= marked;
        // A question set apart in bold or italics may end with a short remark: "And what's
        // next? Please don't say eleven years." (So may a dialogue's turn behind its dash: "—
        // Vaksina xavfsizmi? Ota-onalar … qo‘rqishadi." — a new sentence, not the tag of a
        // question quoted in a report: "– Kan du garantere…? spurgte en journalist.")
        let dashed = || {
            t.starts_with(['—', '–'])
                && scan::after_dialogue_dash(t).is_some()
                && scan::after_last_question(t)
                    .map(scan::trim)
                    .is_some_and(|r| r.starts_with(scan::is_upper))
        };
        feat.asks |= !feat.asks
            && feat.words <= 40
            && (b.flags.0 & (Flags::BOLD | Flags::ITALIC) != 0 || dashed())
            && scan::asks_before_remark(t);
        // A Korean wire's prompt that states ("-선수 시절 동료들이 코치진에 합류했다.") is a
        // question where the answer's sign follows it ("=김태오 수석코치…").
        if let Some(k) = i.checked_sub(1) {
            if t.starts_with('=')
                && !p.feats[k].asks
                && scan::equals_answer(t).is_some()
                && scan::after_dialogue_dash(&blocks[k].text).is_some()
            {
                p.feats[k].asks = true;
            }
        }
        p.feats.push(feat);
        let role = match b.kind {
            BlockKind::Separator => Role::Separator,
            BlockKind::Image => Role::Image,
            // A table cell is the table's, whatever it says ("AP", "—", "Media").
            BlockKind::Cell(_) => Role::Content,
            _ if scan::is_separator(t) => Role::Separator,
            // (Not the answer to a question about the site's own cookies, right under it: "Do
            // you sell my personal data?" / "No. … when you have consented to advertising
            // cookies."; in text, a question that names them, "Do you use cookies for
            // advertising?" / "Yes, if you agree. With your consent…".)
            _ if scan::is_media_boilerplate(t)
                || scan::is_cross_link(t)
                || scan::is_breadcrumb(t)
                || scan::is_pager_link(t)
                || scan::is_consent_notice(t)
                    && !i
                        .checked_sub(1)
                        .and_then(|k| blocks.get(k))
                        .is_some_and(|q| {
                            scan::ends_with_question(&q.text)
                                && (matches!(q.kind, BlockKind::Heading(_) | BlockKind::Term)
                                    || i >= 2
                                        && scan::words_le(&q.text, 20)
                                        && scan::has_sub(&scan::fold(&q.text), "cookie")
                                        && scan::opens_yes_no(t))
                        }) =>
            {
                Role::Boilerplate
            }
            // A share bar's "X" (Twitter's button now), among its other buttons.
            _ if matches!(t, "X" | "𝕏")
                && [i.wrapping_sub(1), i + 1].iter().any(|&k| {
                    blocks
                        .get(k)
                        .is_some_and(|n| scan::is_media_boilerplate(&n.text))
                }) =>
            {
                Role::Boilerplate
            }
            // An answer's feedback widget, as FAQ plugins repeat it under every answer: its
            // question with its buttons under it ("Did you find this FAQ helpful?" / "Yes (14)"
            // / "No (2)"), its buttons after it.
            // (In any language, a short question over a row of yes and no alone: "Pomohol vám
            // tento článok?" / "Áno   Nie". Not a checklist's, each of its questions over its
            // own yes and no.)
            // (The short question looked for first: most lines are none.)
            _ if t.len() <= 64
                && (scan::ends_with_question(t) || scan::is_feedback_question(t))
                && blocks.get(i + 1).is_some_and(|n| {
                    let yes_no = |k: usize| {
                        blocks
                            .get(k)
                            .is_some_and(|b| scan::is_yes_no_buttons(&b.text))
                    };
                    scan::ends_with_question(t)
                        && yes_no(i + 1)
                        && !yes_no(i + 3)
                        && !(i > 0 && yes_no(i - 1))
                        || (scan::is_vote_button(&n.text) || yes_no(i + 1))
                            && scan::is_feedback_question(t)
                }) =>
            {
                Role::Boilerplate
            }
            _ if i > 0
                && p.roles[i - 1] == Role::Boilerplate
                && (scan::is_vote_button(t) || scan::is_yes_no_buttons(t))
                && (scan::is_vote_button(&blocks[i - 1].text)
                    || scan::is_feedback_question(&blocks[i - 1].text)) =>
            {
                Role::Boilerplate
            }
            _ if scan::is_category_line(t) => Role::Boilerplate,
            // A page's feedback form under its buttons, its fields' labels asking: "Was this
            // page helpful?" / "Yes No" / "What were you trying to do today?" / "What went
            // wrong?".
            _ if i >= 2 && t.len() <= 64 && scan::ends_with_question(t) && {
                // (Past the fields' labels before it.)
                let label = |j: usize| {
                    p.roles[j] == Role::Boilerplate && scan::ends_with_question(&blocks[j].text)
                };
                let fields_before = (1..i.min(5)).take_while(|&d| label(i - d)).count();
                let k = i - 1 - fields_before;
                // (The first field's label over the next's: not the next question of an FAQ
                // whose every answer has the widget, over its answer.)
                let fields = fields_before > 0
                    || blocks
                        .get(i + 1)
                        .is_some_and(|n| n.text.len() <= 64 && scan::ends_with_question(&n.text));
                fields
                    && k >= 1
                    && scan::is_yes_no_buttons(&blocks[k].text)
                    && scan::is_feedback_question(&blocks[k - 1].text)
            } =>
            {
                Role::Boilerplate
            }
            // A related story's card boxed beside the text, its headline a link and its label
            // under it ("Can rail strikes still go ahead…?" / "Read more"): the page's, not a
            // question under the heading before it.
            _ if b.flags.0 & (Flags::ASIDE | Flags::LINK_ONLY)
                == Flags::ASIDE | Flags::LINK_ONLY
                && blocks.get(i + 1).is_some_and(|n| {
                    n.flags.has(Flags::ASIDE)
                        && n.text.len() <= 40
                        && scan::is_trailer_heading(&n.text)
                }) =>
            {
                Role::Boilerplate
            }
            // (And its label.)
            _ if i > 0
                && p.roles[i - 1] == Role::Boilerplate
                && blocks[i - 1].flags.has(Flags::LINK_ONLY)
                && b.flags.has(Flags::ASIDE)
                && t.len() <= 40
                && p.feats[i].trailer_heading =>
            {
                Role::Boilerplate
            }
            // An icon font's glyph, alone in a link beside a question ("A" drawn as a plus).
            _ if b.flags.has(Flags::LINK_ONLY) && t.chars().nth(1).is_none() => Role::Boilerplate,
            _ if b.flags.has(Flags::CLASS_CREDIT) && p.feats[i].words <= 12 => Role::Credit,
            BlockKind::Caption if p.feats[i].words <= 4 && scan::bare_credit(t).is_some() => {
                Role::Credit
            }
            BlockKind::Caption => Role::Caption,
            // A caption that says so ("Image caption, …"), whatever its punctuation.
            _ if p.feats[i].words <= 80 && scan::strip_caption_label(t).is_some() => Role::Caption,
            _ if b.flags.has(Flags::CLASS_CAPTION) && !matches!(b.kind, BlockKind::Heading(_)) => {
                Role::Caption
            }
            _ if p.feats[i].words <= 12
                && scan::bare_credit(t).is_some()
                // (Not a path from the home page: "Home / News / Transport".)
                && !scan::is_home_path(t)
                && (b.flags.has(Flags::LOOSE)
                    || !p.from_html
                    || b.flags.has(Flags::FIGURE)
                    || p.feats[i].words <= 3) =>
            {
                Role::Credit
            }
            _ if b.flags.has(Flags::FIGURE) && b.flags.has(Flags::LOOSE) => Role::Caption,
            _ if (b.flags.has(Flags::LOOSE) || !p.from_html)
                && scan::strip_video_label(t).is_some() =>
            {
                Role::Caption
            }
            _ if after_media && p.feats[i].words <= 25 && !b.flags.has(Flags::FIGURE) => {
                Role::Caption
            }
            // (A picture's description in brackets, in text: "[Picture of a doctor]"; or in a
            // page's figure, a player's stand-in: "[Video player: News 6 launch coverage]".)
            _ if (!p.from_html || b.flags.has(Flags::FIGURE))
                && p.feats[i].words <= 30
                && scan::is_picture_line(t) =>
            {
                Role::Caption
            }
            _ => Role::Content,
        };
        after_media = role == Role::Boilerplate
            && t.len() < 80
            && t.to_ascii_lowercase().starts_with("media playback");
        p.roles[i] = role;
        if matches!(
            role,
            Role::Image | Role::Credit | Role::Boilerplate | Role::Separator
        ) {
            continue;
        }
        // (Not a table's cells: two columns may hold the same value, "16 GB" and "16 GB", and a
        // header cell may end in brackets, "Minimum (1080p / 30fps)".)
        if matches!(b.kind, BlockKind::Cell(_)) {
            prev = None;
            continue;
        }
        // Repeated lines: "caption (AP)" then "caption (AP)", or "caption Credit/AP" then "caption".
        if let Some(j) = prev {
            let a = blocks[j].text.as_str();
            let dup = same_text(a, t)
                || (a.len() > t.len() && a.starts_with(scan::trim(t)) && {
                    let (cap, credit) = scan::split_credit(a);
                    credit.is_some() && same_text(cap, t)
                });
            if dup && !a.is_empty() && b.kind != BlockKind::Heading(1) {
                p.roles[i] = Role::Duplicate;
                if p.roles[j] == Role::Content && p.feats[j].words <= 80 {
                    p.roles[j] = Role::Caption;
                }
                continue;
            }
        }
        prev = Some(i);
        // Text captions that carry a credit: "… (AP)", "… Photo: John Locher, AP", "(Quelle: …)".
        let f = p.feats[i];
        if role == Role::Content
            && !b.flags.has(Flags::QUOTE)
            && !f.sentence
            && !f.asks
            && f.words <= 80
        {
            if let (_, Some(_)) = scan::split_credit(t) {
                p.roles[i] = Role::Caption;
                credited.push(i);
            }
        }
    }
    // (Not the only text under a question, before the next or the end: that is its answer,
    // citing its source — "… Run your cold tap for two minutes first. (Drinking Water
    // Inspectorate)". A photo's caption under a question has the answer after it.)
    // (Plain loops: iterator chains here cost wasm bytes.)
    let text = |k: usize| matches!(p.roles[k], Role::Content | Role::Caption | Role::Title);
    let asking = |k: usize| p.roles[k] == Role::Content && p.feats[k].asks;
    let mut answers = Vec::new();
    for i in credited {
        let mut asked = false;
        for k in (i.saturating_sub(4)..i).rev() {
            if text(k) {
                asked = asking(k) && p.feats[k].words <= 30;
                break;
            }
        }
        let mut last = true;
        for k in i + 1..n.min(i + 5) {
            if text(k) {
                last = asking(k);
                break;
            }
        }
        if asked && last {
            answers.push(i);
        }
    }
    for i in answers {
        p.roles[i] = Role::Content;
    }

    // A publication's name in quotes before a colon is an interviewer's label only where it
    // labels two turns at least ("«مصر الآن»: …؟" again and again): a press review quoting a
    // different paper each time, "«Le Figaro» : …", quotes them.
    {
        let outlet = |i: usize| {
            scan::speaker_label(p.text(i))
                .map(|(l, _)| l)
                .filter(|l| scan::quoted_outlet(l))
        };
        let labelled: Vec<(usize, &str)> = (0..n)
            .filter(|&i| scan::starts_with_quote(p.text(i)))
            .filter_map(|i| outlet(i).map(|l| (i, l)))
            .take(256)
            .collect();
        for &(i, l) in &labelled {
            if labelled.iter().filter(|(_, m)| *m == l).nth(1).is_none() {
                p.feats[i].quote_start = !p.feats[i].signed && !scan::asks_after_quote(p.text(i));
            }
        }
    }

    // A story told in dialogue ("“No, Pip,” she said.", "“Yes!” said Pip.", three lines so
    // tagged at least): a line quoting a question someone asked ("“Walter, have you seen my
    // mitten?” asked Pip.") is its dialogue, not a reader's question signed.
    if (0..n)
        .filter(|&i| p.roles[i] == Role::Content && scan::tags_dialogue(p.text(i)))
        .nth(2)
        .is_some()
    {
        for i in 0..n {
            let t = p.text(i);
            if p.feats[i].inline_signed && scan::asked_after_quote(t) {
                let f = &mut p.feats[i];
                f.inline_signed = false;
                f.asks = scan::ends_with_question(t);
                f.quote_start = true;
            }
        }
    }

    // A consent notice's label and button on the lines around it ("Externer Inhalt" / the
    // notice / "Inhalt laden") are the notice's.
    for i in 0..n {
        if p.roles[i] == Role::Boilerplate
            && p.feats[i].words >= 12
            && scan::is_consent_notice(p.text(i))
        {
            // (Or its buttons on one line, set apart by bars: "Acceptar | Configurar | Rebutjar".)
            let bar = |t: &str| t.contains('|') && t.split('|').all(|w| scan::words_le(w, 2));
            for k in [i.wrapping_sub(1), i + 1] {
                if k < n
                    && p.roles[k] == Role::Content
                    && (p.feats[k].words <= 3 || p.feats[k].words <= 8 && bar(p.text(k)))
                    && !p.feats[k].asks
                    && !p.feats[k].sentence
                {
                    p.roles[k] = Role::Boilerplate;
                }
            }
        }
    }

    // The page's comments, under their heading ("2 Responses", "Leave a Reply"): readers' words
    // and questions, none of them the article's. (After the article's prose, three paragraphs
    // of it at least: the count of comments beside the byline, "12 Comments", heads nothing.)
    // (A button alone that calls for them, set apart from the text — Substack's "Leave a
    // comment" — heads them only where no heading does further down: the post may go on under
    // it.)
    let mut prose = 0;
    let mut button = None;
    let heading = (0..n).find(|&i| {
        prose += usize::from(p.roles[i] == Role::Content && p.feats[i].words > 20);
        // (With the post's title quoted: "3 respostas para “Febre amarela: …”".)
        let yes = prose >= 3
            && p.roles[i] == Role::Content
            && p.feats[i].words <= 30
            && (scan::is_comments_heading(p.text(i))
                || asks_for_comments(&p, i)
                // (Or its noun alone over the count on a line of its own, as a page copied as
                // text sets it: "Comentarios" / "31".)
                || (p.feats[i].words == 1
                    && blocks.get(i + 1).is_some_and(|b| {
                        !b.text.is_empty() && b.text.bytes().all(|c| c.is_ascii_digit())
                    })
                    && scan::is_comments_noun(&scan::fold(p.text(i)))));
        let lone = blocks[i].flags.0 & (Flags::ASIDE | Flags::LINK_ONLY)
            == Flags::ASIDE | Flags::LINK_ONLY;
        if yes && lone {
            button = button.or(Some(i));
        }
        yes && !lone
    });
    if let Some(c) = heading.or(button) {
        // (Not a thread whose posts carry their headers, four at least, "[–] quietmoth 1208
        // points 8 hours ago": an AMA's comments are its questions, its host's replies their
        // answers — the thread's own reading sorts them.)
        let headed = (c + 1..n)
            .filter(|&i| p.feats[i].words <= 12 && scan::is_post_header(p.text(i)))
            .nth(3)
            .is_some();
        let from = if headed { n } else { c };
        for r in &mut p.roles[from..] {
            *r = Role::Boilerplate;
        }
    }
    // A post's buttons set as a list, one word an item ("permalink" / "embed" / "save" /
    // "report" / "reply"): the page's controls, three items at least.
    let mut i = 0;
    while i < n {
        let g = blocks[i].group;
        let end = (i..n)
            .find(|&j| blocks[j].group != g || blocks[j].kind != BlockKind::ListItem)
            .unwrap_or(n);
        if g != 0
            && end >= i + 3
            && blocks[i].kind == BlockKind::ListItem
            && (i..end).all(|j| scan::is_action_word(&blocks[j].text))
        {
            p.roles[i..end].fill(Role::Boilerplate);
        }
        i = end.max(i + 1);
    }
    taped_segments(&mut p);
    caps_prompts(&mut p);
    gallery_slides(&mut p);
    dated_answers(&mut p);
    chat_headers(&mut p);
    thread_questions(&mut p);
    live_posts(&mut p);
    pull_quotes(&mut p);
    // A blog's pager copied as lines: "Previous" over the last post's title, "Next" over the next
    // one's. Both labels, two lines apart: the titles are links, not the article's lines.
    let pager = |i: usize| {
        // (Only a short line is read: this looks at every block.)
        if blocks[i].text.len() > 24 {
            return false;
        }
        let t = scan::fold(scan::trim(
            blocks[i]
                .text
                .trim_matches(['«', '»', '‹', '›', '←', '→', '<', '>', ' ']),
        ));
        scan::Words("previous|next|previous post|next post|previous article|next article")
            .contains(t.as_str())
    };
    for i in 0..n.saturating_sub(3) {
        if p.roles[i] == Role::Content
            && p.roles[i + 2] == Role::Content
            && pager(i)
            && pager(i + 2)
            && blocks[i].text != blocks[i + 2].text
            && p.feats[i + 1].words <= 15
            && p.feats[i + 3].words <= 15
        {
            for r in &mut p.roles[i..i + 4] {
                *r = Role::Boilerplate;
            }
        }
    }
    // A question's number on a line of its own ("7" / "How does it work?"): its badge, not text.
    for (i, b) in blocks.iter().enumerate().take(n.saturating_sub(1)) {
        let t = b.text.as_bytes();
        if (1..=2).contains(&t.len())
            && t.iter().all(u8::is_ascii_digit)
            && p.roles[i] == Role::Content
            && p.roles[i + 1] == Role::Content
            && p.feats[i + 1].asks
        {
            p.roles[i] = Role::Boilerplate;
        }
    }

    // Readers' letters that ask, each signed with a name and a place split by a slash ("… Bu
    // artışı kabul etmek zorunda mıyım?" / "Selin K. / İzmir" / the answer): signatures, two
    // at least, not a photo's caption and its credit ("Name / Agency" has their shape).
    let slashed: Vec<usize> = (1..n.saturating_sub(1))
        .filter(|&i| {
            let q = p.feats[i - 1];
            p.roles[i - 1] == Role::Content
                && p.roles[i + 1] == Role::Content
                && matches!(p.roles[i], Role::Content | Role::Credit | Role::Caption)
                && q.asks
                && q.words <= 150
                && p.feats[i].words <= 10
                && p.feats[i + 1].sentence
                && scan::has_question_mark(&blocks[i - 1].text)
                && scan::is_slash_signature(&blocks[i].text)
        })
        .take(64)
        .collect();
    let slashed = if slashed.len() >= 2 {
        slashed
    } else {
        Vec::new()
    };
    for &i in &slashed {
        p.roles[i] = Role::Content;
    }

    // A bare credit line ("EPA", "Reuters") directly before a line that is not a sentence: that line
    // is the photo's caption (the credit-first layout of many sites once the photo is gone).
    for i in 0..n.saturating_sub(1) {
        if p.roles[i] == Role::Credit
            && p.roles[i + 1] == Role::Content
            && scan::bare_credit(&blocks[i].text).is_some()
        {
            let t = blocks[i + 1].text.as_str();
            let credit_line = scan::trim(&blocks[i].text);
            // "Photo: X", "Fot. X": the label says what it credits; no caption is implied —
            // unless the line says it is one ("Image source, X" / "Image caption, …").
            let labelled = (credit_line.contains(':')
                || scan::bare_credit(credit_line).is_some_and(|c| c.len() < credit_line.len()))
                && scan::strip_caption_label(t).is_none();
            if !labelled
                && !scan::is_sentence(t)
                && scan::words_le(t, 30)
                && !matches!(blocks[i + 1].kind, BlockKind::Heading(_))
            {
                p.roles[i + 1] = Role::Caption;
            }
        }
    }

    // A short paragraph right over a screenshot's or a handout's credit is the caption it
    // credits, whatever its punctuation: "A post shared in the group claimed bills would
    // double. Is that right?" / "Screenshot via Facebook". (Copied as text, nothing else says
    // so. Not over any credit: some pages set the credit before the photo, after the text.)
    for i in 0..n.saturating_sub(1) {
        if !p.from_html
            && p.roles[i] == Role::Content
            && p.roles[i + 1] == Role::Credit
            && p.feats[i].words <= 40
            && !matches!(blocks[i].kind, BlockKind::Heading(_))
            && scan::is_handout_credit(&blocks[i + 1].text)
        {
            p.roles[i] = Role::Caption;
        }
    }
    // A short paragraph between a photo and its credit is the photo's caption, whatever its
    // markup ("<img>" / "Fahrgäste am Hauptbahnhof: …" / "Bild: dpa").
    for i in 1..n.saturating_sub(1) {
        if p.roles[i - 1] == Role::Image
            && p.roles[i] == Role::Content
            && p.roles[i + 1] == Role::Credit
            && p.feats[i].words <= 40
            && !p.feats[i].asks
        {
            p.roles[i] = Role::Caption;
        }
    }
    // In text, a photo's caption that ends asking ("A row of homes on Birch Street… Is your
    // street seeing similar jumps?"), its credit on the line under it ("Lauren Ochs, Tri-County
    // Courier"): a question is never credited so.
    // So is a line credited so above the article's second paragraph (the lead photo's caption:
    // "Crews install detour signs… " / "Marcus Bellamy / Riverbend Public Radio").
    if !p.from_html {
        let mut prose = 0;
        let named_once = (1..n)
            .filter(|&i| p.feats[i - 1].asks && scan::is_bare_name(&blocks[i].text))
            .nth(1)
            .is_none();
        for i in 0..n.saturating_sub(1) {
            let f = p.feats[i];
            if p.roles[i] != Role::Content || f.q_marker {
                continue;
            }
            // (Not a credit the caption under it carries: "Image source, …" / "Image caption, …".)
            let credited = || {
                slashed.binary_search(&(i + 1)).is_err()
                    && (p.roles[i + 1] == Role::Credit
                        || (p.roles[i + 1] == Role::Content
                            && scan::outlet_credit(&blocks[i + 1].text)))
                    && p.roles.get(i + 2) != Some(&Role::Caption)
            };
            let t = blocks[i].text.trim_end_matches(['?', '？', '؟']);
            // (Not the page's furniture over a byline, the site's sections or the date:
            // "Wessex Chronicle · Business · Property" / "By Tom Reddaway, Business Reporter".)
            let lead = prose <= 1
                && f.words <= 50
                && !scan::is_section_path(t)
                && !(f.words <= 10 && scan::is_dateline(t));
            // (A caption that asks may be credited in brackets, a line read as the page's
            // furniture: "(צילום: שאול גולן)", "(Photo: Dana Reyes)".)
            let bracketed = || {
                p.roles[i + 1] == Role::Boilerplate
                    && blocks[i + 1].text.starts_with('(')
                    && scan::bare_credit(&blocks[i + 1].text).is_some()
            };
            let asks = f.asks && (t.contains(". ") || t.contains('。'));
            // (Above the article's first paragraph, a photo's caption that asks may be credited
            // with the photographer's name alone: "Rua das Flores: ainda há lugar…?" / "Paulo
            // Pimenta" / the story — once; readers' letters signed so are several.)
            let named = || {
                f.asks
                    && named_once
                    && p.roles[i + 1] == Role::Content
                    && scan::is_bare_name(&blocks[i + 1].text)
                    && p.feats
                        .get(i + 2)
                        .is_some_and(|g| g.sentence && g.words >= 20)
            };
            // (Or a photo dropped between a question and its answer, credited on the line
            // under it: "How can I pay?" / "Taxpayers wait in line at …" / "Grace
            // Holloway/IndyStar" / the answer.)
            let between = || {
                i > 0
                    && p.feats[i - 1].asks
                    && p.roles[i - 1] == Role::Content
                    && f.words >= 8
                    && p.feats.get(i + 2).is_some_and(|g| g.sentence)
                    // (A photographer's credit, "Name/Outlet" or "Photo: …", not a source's
                    // line under an answer: "Quelle: t-online".)
                    && {
                        let c = scan::trim(&blocks[i + 1].text);
                        c.contains('/')
                            || ["photo", "foto", "credit", "image", "picture", "bild"]
                                .iter()
                                .any(|l| c.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)))
                    }
            };
            // (Or the outlet's name alone, crediting another photo of the page too: "Why did
            // Tom go back?" / "Daniel Rhys as Tom in the finale." / "ITV" / the answer.)
            let outlet_between = || {
                let c = scan::trim(&blocks[i + 1].text);
                i > 0
                    && p.feats[i - 1].asks
                    && p.roles[i - 1] == Role::Content
                    && matches!(p.roles[i + 1], Role::Content | Role::Credit)
                    && f.words >= 4
                    // (Not an interview's turn under its speaker's name, "Raman-Hollis: Smaller
                    // in some ways…", over the writer's name and bio at the end.)
                    && scan::speaker_label(p.text(i)).is_none()
                    // (The answer under it: not the next question under a section's name,
                    // "Getting help", which a table of contents repeats.)
                    && p.feats.get(i + 2).is_some_and(|g| g.sentence && !g.asks)
                    && scan::words_le(c, 3)
                    && c.starts_with(scan::is_upper)
                    && scan::terminal_punct(c).is_none()
                    && !p.feats[i + 1].trailer_heading
                    // (Looked for within 400 blocks: linear on any input.)
                    && (i.saturating_sub(400)..n.min(i + 400))
                        .filter(|&k| k != i + 1 && scan::trim(&blocks[k].text) == c)
                        .any(|k| matches!(p.roles[k], Role::Content | Role::Credit))
            };
            if ((lead || asks || between()) && credited())
                || outlet_between()
                || (asks && bracketed())
                || (lead && prose == 1 && named())
            {
                p.roles[i] = Role::Caption;
                p.roles[i + 1] = Role::Credit;
            } else if f.sentence && f.words >= 6 {
                prose += 1;
            }
        }
    }

    // Caption texts and credits; a bare credit line next to a caption becomes its credit.
    for i in 0..n {
        if p.roles[i] != Role::Caption {
            continue;
        }
        let b = &blocks[i];
        let (mut caption, mut credit) = match scan::strip_video_label(&b.text) {
            Some(title) => (title.to_owned(), None),
            None => caption_parts(b),
        };
        if credit.is_none() {
            // BBC style: the credit line comes just before the caption; elsewhere, just after.
            let before = i.checked_sub(1).filter(|&j| p.roles[j] == Role::Credit);
            let after = Some(i + 1).filter(|&j| j < n && p.roles[j] == Role::Credit);
            if let Some(j) = before.or(after) {
                credit = scan::bare_credit(&blocks[j].text)
                    .map(str::to_owned)
                    .or_else(|| Some(blocks[j].text.clone()));
            }
        }
        if caption.is_empty() {
            if let Some(c) = credit.take() {
                caption = c;
            }
        }
        // (A picture's description in text without its brackets and its label: "[Photo: Crews
        // replace…]", "[Photo caption: …]".)
        if scan::is_picture_line(&caption) {
            let inner = scan::trim(&caption[1..caption.len() - 1]);
            let bare = [
                "photo caption:",
                "image caption:",
                "photo:",
                "image:",
                "picture:",
            ]
            .iter()
            .find_map(|l| scan::strip_prefix_ci(inner, l))
            .map(scan::trim)
            .filter(|r| !r.is_empty());
            caption = bare.unwrap_or(inner).to_owned();
        }
        p.captions[i] = Some((caption, credit));
    }

    // An ad's card copied as lines: its label ("Sponsored", "Advertisement"), a headline, the
    // advertiser (or one short paragraph of its pitch), and its button ("Book Now") within four
    // lines — all of it the ad's.
    for i in 0..n {
        if !scan::is_ad_label(&blocks[i].text) {
            continue;
        }
        let mut pitch = false;
        let card = (i + 1..n.min(i + 6))
            .take_while(|&j| {
                let words = p.feats[j].words;
                words <= 15 || (words <= 80 && !std::mem::replace(&mut pitch, true))
            })
            .find(|&j| scan::is_button_label(&blocks[j].text));
        if let Some(end) = card.filter(|&e| e >= i + 2) {
            p.roles[i..=end].fill(Role::Boilerplate);
        } else if i + 1 < n
            && p.feats[i + 1].words <= 30
            && scan::ends_on_button(&blocks[i + 1].text)
        {
            // (Or its pitch and button on the label's next line: "Upgrade your Wi-Fi for less.
            // Meshtide Tri-Band from $89. Shop now".)
            p.roles[i..=i + 1].fill(Role::Boilerplate);
        }
    }
    // A printed story's jump, copied from its pages: "Continued on Page D6", then the page's
    // ads, its running head and the jump's headline, up to "Continued from Page D1" — all of it
    // the pages', between two halves of the text. (Within a dozen lines.)
    for i in 0..n {
        let jump = |k: usize| {
            (p.feats[k].words <= 6)
                .then(|| scan::jump_line(scan::trim(&blocks[k].text)))
                .flatten()
        };
        if jump(i) != Some(false) {
            continue;
        }
        let back = (i + 1..n.min(i + 14)).find(|&j| jump(j) == Some(true));
        if let Some(end) = back {
            p.roles[i..=end].fill(Role::Boilerplate);
        }
    }
    // A promotion the page lets readers skip: "skip past newsletter promotion", the box, then
    // "after newsletter promotion" — all of it left out.
    let mut i = 0;
    while i < n {
        let t = scan::trim(&blocks[i].text);
        let skipped = t
            .get(..10)
            .filter(|h| h.eq_ignore_ascii_case("skip past "))
            .map(|_| &t[10..])
            .filter(|what| scan::words_le(what, 5));
        if let Some(what) = skipped {
            let after = |j: &usize| {
                let u = scan::trim(&blocks[*j].text);
                u.len() == what.len() + 6
                    && u.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("after "))
                    && u.get(6..).is_some_and(|r| r.eq_ignore_ascii_case(what))
            };
            if let Some(end) = (i + 1..n.min(i + 12)).find(after) {
                p.roles[i..=end].fill(Role::Boilerplate);
                i = end;
            }
        }
        i += 1;
    }

    // A contact form copied with the page: its fields' labels, the required ones marked with a
    // glued asterisk ("Your name*", "How can we help?*"), and the choices under them ("Email",
    // "Phone"). From the first such label to a few lines after the last, the short lines are the
    // form's: its questions are its labels. (Two labels at least; the first two and the last
    // not all asking: a form asks for a name or an email.)
    let required = |i: usize| {
        let t = scan::trim(&blocks[i].text);
        p.roles[i] == Role::Content
            && p.feats[i].words <= 8
            && t.strip_suffix('*').is_some_and(|r| {
                r.ends_with(|c: char| scan::is_word_char(c) || matches!(c, '?' | ')'))
                    // (Not a chat's emphasis, its asterisks paired: "no app *Santa Aurora
                    // Digital*".)
                    && !r.contains('*')
            })
    };
    let mut labels = (0..n).filter(|&i| blocks[i].text.ends_with('*') && required(i));
    if let (Some(first), Some(second)) = (labels.next(), labels.next()) {
        let last = labels.next_back().unwrap_or(second);
        let asks_not = [first, second, last].iter().any(|&i| !p.feats[i].asks);
        if asks_not {
            for j in first..n.min(last + 5) {
                if p.roles[j] == Role::Content && p.feats[j].words <= 12 {
                    p.roles[j] = Role::Boilerplate;
                }
            }
        }
    }

    // Readers' questions signed on the line under them ("Can my supplier force a meter on me?" /
    // "Sarah, Leeds"), when the article does it at least twice: the signature is the question's,
    // neither a subheading nor its answer's first line.
    // A reader's letter may run to several sentences (up to 150 words) and end with a remark
    // after its question ("— Name withheld", "Ms R.O'C., Cork").
    // (A line with content on both sides, content itself: where a letter's signature stands.)
    // (An ad's label may come between the signature and the answer: "— Tired in Toledo" /
    // "ADVERTISEMENT" / the answer; or the expert's photo over her name.)
    // (Past a photo only to the answerer's name under it, a short line: not a vox pop's next
    // portrait and quote.)
    let among = |p: &Prep, i: usize| {
        let mut photo = false;
        p.roles[i - 1..=i] == [Role::Content; 2]
            && (i + 1..p.roles.len())
                .find(|&k| {
                    photo |= p.roles[k] == Role::Image;
                    !matches!(p.roles[k], Role::Boilerplate | Role::Image)
                })
                .is_some_and(|k| {
                    p.roles[k] == Role::Content
                        && (!photo || p.feats[k].words <= 8 && !p.feats[k].sentence)
                })
    };
    let signed: Vec<usize> = (1..n.saturating_sub(1))
        .filter(|&i| {
            let (q, t) = (p.feats[i - 1], &blocks[i].text);
            // (The answer may wait under a photo: "— Priya, Harbor Heights" / "Is this the
            // culprit? The lift station…" (a caption) / the answer; or under its credit alone,
            // "Photo: Owen Pritchard".)
            let stands = among(&p, i)
                || (q.asks
                    && p.roles[i - 1..=i] == [Role::Content; 2]
                    && matches!(p.roles[i + 1], Role::Caption | Role::Image | Role::Credit));
            stands
                && ((q.asks && q.words <= 25 && scan::is_reader_signature(t))
                    || (q.words <= 150
                        && (scan::is_dash_signature(t) || scan::is_reader_signature(t))
                        // (Or a letter that opens "DEAR JUDITH:", or marked "Q", asking or
                        // not.)
                        && (scan::has_question_mark(&blocks[i - 1].text)
                            || q.q_marker
                            || scan::salutation(&blocks[i - 1].text).is_some()))
                    // (Or a name or a pen name alone that the answer greets, as a live chat
                    // prints its readers: "Max75" / "Bonjour Max75, oui.")
                    || (q.words <= 150
                        && p.feats[i].words <= 3
                        && scan::has_question_mark(&blocks[i - 1].text)
                        && scan::greets(&blocks[i + 1].text, t)))
        })
        .collect();
    // Once two letters at least are signed so, a letter that asks without a question mark and is
    // signed the same way is one too ("… but I don't want to get it wrong." / "Sam Ortiz, Leeds").
    let mut signed = signed;
    if signed.len() >= 2 {
        // (A dashed one with a place or a source after the name, "— R.K., in the comments",
        // "— Out of Options in Omaha": a writer's own sign-off, "— Dr. Elaine Marsh", names no
        // place.)
        let placed =
            |t: &str| scan::is_dash_signature(t) && (t.contains(',') || scan::has_sub(t, " in "));
        let unmarked: Vec<usize> = (1..n.saturating_sub(1))
            .filter(|&i| {
                let q = p.feats[i - 1];
                among(&p, i)
                    && q.sentence
                    // (A short one asks by a request: "Give me one reason to be optimistic.")
                    // (A long one, its story, signed with a pen name and a place.)
                    && ((15..=80).contains(&q.words)
                        || (q.words >= 5 && scan::opens_with_request(&blocks[i - 1].text))
                        || (q.words > 80 && placed(&blocks[i].text)))
                    && signed.binary_search(&i).is_err()
                    && p.feats[i].words <= 6
                    && (scan::is_reader_signature(&blocks[i].text) || placed(&blocks[i].text))
            })
            .collect();
        // (No sort: `sign` reads them in any order, and a sort would add its code to the wasm.)
        signed.extend(unmarked);
        // Where two at least sign after a dash ("— Dave, Harbridge"), any short line after a
        // dash under a question signs it, whatever it says: "— Kerry M, season ticket holder
        // since 1989", "— loads of you".
        let dashed = |i: usize| {
            let t = &blocks[i].text;
            t.strip_prefix(['—', '–'])
                .is_some_and(|r| r.starts_with(' ') && scan::words_le(r, 10))
                && !t.ends_with(['.', '?', '!', ':'])
        };
        // (Those signed already come again: `sign` marks a line twice alike.)
        if signed.iter().filter(|&&i| dashed(i)).nth(1).is_some() {
            let more: Vec<usize> = (1..n.saturating_sub(1))
                .filter(|&i| {
                    among(&p, i) && dashed(i) && scan::has_question_mark(&blocks[i - 1].text)
                })
                .collect();
            signed.extend(more);
        }
    }
    // A column whose letters ask by their story, none with a question mark, each signed with a
    // pen name and a place ("… I'd rather wait until 67." / "- Deadlocked in Delaware, Ohio"):
    // two such at least.
    if signed.len() < 2 {
        // (A question set apart: a heading, or a short line that asks — not a reply's last
        // paragraph, "… Why leave free money on the table?".)
        let short_question = |k: usize| {
            matches!(blocks[k].kind, BlockKind::Heading(_))
                || p.feats[k].asks && p.feats[k].words <= 12
        };
        let placed: Vec<usize> = (1..n.saturating_sub(1))
            .filter(|&i| {
                let (q, t) = (p.feats[i - 1], &blocks[i].text);
                among(&p, i)
                    && p.feats[i].words <= 6
                    && q.sentence
                    && (15..=150).contains(&q.words)
                    && !q.quote_start
                    && scan::is_dash_signature(t)
                    && (t.contains(',') || scan::has_sub(t, " in "))
                    // (Not an answer signed by the expert who gave it, under its question, the
                    // next question or the page's end after it: "How much water should I
                    // drink?" / "More than you think…" / "— Dr. Maria Chen, Stanford Health" —
                    // a letter's reply follows its signature.)
                    && !(i >= 2 && short_question(i - 2) && p.next_content(i).is_none_or(short_question))
            })
            .collect();
        if placed.len() >= 2 {
            signed = placed;
        }
    }
    // (Letters signed with a slash, found above.)
    if signed.len() < 2 && !slashed.is_empty() {
        signed = slashed;
    }
    sign(&mut p, signed, |i| i - 1);
    // A player's card copied as lines: its label, the title, the programme and length
    // ("Listen" / "Why is measles making a comeback?" / "From “Morning Edition,” 4:52").
    for j in 1..n.saturating_sub(1) {
        let f = p.feats[j];
        if p.roles[j] == Role::Content
            && f.words <= 15
            && p.feats[j - 1].words <= 2
            && p.feats[j + 1].words <= 12
            && scan::is_media_label(&blocks[j - 1].text)
            && has_duration(&blocks[j + 1].text)
        {
            p.roles[j - 1..=j + 1].fill(Role::Boilerplate);
        }
    }
    // A video's title under the line that promotes it ("WATCH | Is the plan worth it? A
    // dentist explains:" / its thumbnail / "Is the plan worth it?"): the player's, not a
    // question.
    // (The teasers first, few on any page; then the block under each.)
    for j in 0..n.saturating_sub(1) {
        // (The teaser may already be boilerplate, "WATCH | …" being a promo line.)
        if matches!(p.roles[j], Role::Image | Role::Credit | Role::Separator)
            || p.feats[j].words > 40
            || !scan::is_media_teaser(&blocks[j].text)
        {
            continue;
        }
        let under = (j + 1..n.min(j + 4))
            .find(|&i| !matches!(p.roles[i], Role::Image | Role::Credit | Role::Separator));
        if let Some(i) = under.filter(|&i| {
            let t = scan::trim(&blocks[i].text);
            p.roles[i] == Role::Content && !t.is_empty() && blocks[j].text.contains(t)
        }) {
            p.roles[i] = Role::Duplicate;
        }
    }
    // Lines that only say an answer follows ("Antwort der Bundesregierung (…):"), where two at
    // least stand: like a byline, not the answer's first paragraph.
    // (Or the columnist's name over each reply, "Sian says", "Tom replies".)
    let says = |t: &str| {
        let t = scan::trim(t);
        // (A name before the verb, every word of it capitalised: not "Questions and answers".)
        scan::words_le(t, 4)
            && [" says", " replies", " answers", " responds"]
                .iter()
                .any(|w| {
                    t.strip_suffix(w)
                        .is_some_and(|who| scan::words(who).all(|x| x.starts_with(scan::is_upper)))
                })
    };
    let labels: Vec<usize> = (0..n)
        .filter(|&i| p.roles[i] == Role::Content && p.feats[i].words <= 12)
        .filter(|&i| {
            let t = &blocks[i].text;
            // (Or a parliament's record of who answered and when: "Answered on 24 March 2025"
            // / "Answered by Lucy Marchant, Parliamentary Under-Secretary of State".)
            // (Over the answer, right under the question or each other; not a store's
            // "Answered by seller" under it.)
            p.feats[i].colon && scan::is_answer_label(t) || says(t) || {
                let answered = |t: &str| {
                    let t = scan::trim(t);
                    t.starts_with("Answered on ") || t.starts_with("Answered by ")
                };
                answered(t)
                    && !p.feats[i].sentence
                    && i.checked_sub(1)
                        .is_some_and(|k| p.feats[k].asks || answered(&blocks[k].text))
            }
        })
        .collect();
    if labels.len() >= 2 {
        for i in labels {
            p.roles[i] = Role::Byline;
        }
    }
    // Who asks and who answers, each on a line of its own over their words, as a thread's
    // write-up sets them ("u/basalt_bro" / "…?" / "Dr Solvang:" / "Honestly, …"), where four
    // at least stand: like bylines, not statement subheads.
    let named = |t: &str| {
        let t = scan::trim(t);
        match t.strip_prefix("u/") {
            Some(handle) => scan::is_poster(handle),
            None => t
                .strip_suffix(':')
                .is_some_and(|name| scan::words_le(name, 4) && scan::is_bare_name(name)),
        }
    };
    let names: Vec<usize> = (0..n)
        .filter(|&i| p.roles[i] == Role::Content && p.feats[i].words <= 5 && !p.feats[i].asks)
        .filter(|&i| named(&blocks[i].text))
        .collect();
    if names.len() >= 4 {
        for i in names {
            p.roles[i] = Role::Byline;
        }
    }
    // A thread's post headers ("hraunfjall_88 · 14:03", "Sigrún Haraldsdóttir (guest) · 14:08"),
    // where two at least stand: who wrote and when, like a byline — neither a question nor an
    // answer's first line.
    let headers: Vec<usize> = (0..n)
        .filter(|&i| {
            p.roles[i] == Role::Content
                && p.feats[i].words <= 9
                && scan::is_post_header(&blocks[i].text)
        })
        .collect();
    if headers.len() >= 2 {
        for i in headers {
            p.roles[i] = Role::Byline;
        }
    }
    // The same headers copied as text: the time on one line, who on the next ("12:02 p.m." /
    // "tollroad_tina").
    let pairs: Vec<usize> = (0..n.saturating_sub(1))
        .filter(|&i| {
            p.roles[i] == Role::Content
                && p.roles[i + 1] == Role::Content
                && p.feats[i + 1].words <= 6
                && p.is_stamp(i)
                && scan::is_poster(&blocks[i + 1].text)
        })
        .collect();
    if pairs.len() >= 2 {
        for i in pairs {
            p.roles[i] = Role::Byline;
            p.roles[i + 1] = Role::Byline;
        }
    }
    panel_chat(&mut p);
    // A live chat's posts stamped with the time on a line of their own ("Question from Kayla
    // in Dayton" / "12:02 p.m." / the question): the stamps are the posts', like a byline, where
    // two at least stand so.
    let stamps: Vec<usize> = (0..n)
        .filter(|&i| p.roles[i] == Role::Content && p.is_stamp(i))
        .collect();
    if stamps.len() >= 2 {
        for i in stamps {
            p.roles[i] = Role::Byline;
        }
    }
    // (The question under the name, past its stamp.)
    let under = |p: &Prep, i: usize| {
        if i + 2 < n && p.roles[i + 1] == Role::Byline && p.is_stamp(i + 1) {
            i + 2
        } else {
            i + 1
        }
    };
    // Readers named on the line over their question ("Renee Albright, Medina" / "My son is a
    // junior. … does he have to sit out?"), when the article does it twice at least: each name
    // with its question, in order.
    let asked: Vec<(usize, usize)> = (0..n.saturating_sub(1))
        .map(|i| (i, under(&p, i)))
        .filter(|&(i, q)| {
            p.roles[i] == Role::Content
                && p.roles[q] == Role::Content
                && matches!(blocks[q].kind, BlockKind::Paragraph | BlockKind::Heading(_))
                && p.feats[q].words <= 80
                // (The cheap tests first: a name is a few words.)
                && !p.feats[i].asks
                && p.feats[i].words <= 8
                && scan::is_reader_signature(&blocks[i].text)
                && scan::asks_at_end(&blocks[q].text)
        })
        .collect();
    let named: Vec<usize> = asked.iter().map(|&(i, _)| i).collect();
    sign(&mut p, named, |i| {
        asked
            .binary_search_by_key(&i, |&(name, _)| name)
            .map_or(i + 1, |k| asked[k].1)
    });
    // Letters signed on their own last line ("… Is that right? – Deirdre, Co Mayo"), when the
    // article signs two at least: a reader's letter may be long.
    let inline: Vec<usize> = (0..n)
        .filter(|&i| p.roles[i] == Role::Content && p.feats[i].inline_signed)
        .collect();
    if inline.len() >= 2 {
        for i in inline {
            p.feats[i].signed = true;
        }
    }
    // A mailbag names the reader on the line before the question ("From Priya in Raleigh:"),
    // which may be long and quoted.
    // (Once two asking letters are introduced so, a shorter one that asks by a request is one
    // too: "Moana, Kaitāwa, asked:" / "Please explain why this is happening in autumn.")
    let mut unmarked = Vec::new();
    let mut introduced: Vec<usize> = Vec::new();
    for i in 0..n.saturating_sub(1) {
        if p.roles[i] == Role::Content
            && p.roles[i + 1] == Role::Content
            && p.feats[i + 1].words <= 80
            && scan::is_reader_intro(&blocks[i].text)
        {
            if scan::has_question_mark(&blocks[i + 1].text) {
                introduced.push(i);
            // (Or one typed without its mark, opening as a question does: "Anonymous asked:"
            // / "Are you getting rid of the local history room".)
            } else if (p.feats[i + 1].sentence || scan::opens_asking(&blocks[i + 1].text))
                && p.feats[i + 1].words <= 40
                && !scan::thanks(&blocks[i + 1].text)
            {
                unmarked.push(i);
            }
        }
    }
    if introduced.len() >= 2 && unmarked.len() < introduced.len() {
        introduced.extend(unmarked);
    }
    sign(&mut p, introduced, |i| i + 1);
    // The teasers under a "Read more" heading: short lines (headlines, some asking), up to six —
    // not a line a paragraph of prose follows (the next question, with its answer).
    let mut teasers: Vec<usize> = Vec::new();
    let mut popped: Vec<usize> = Vec::new();
    // Whether the page's questions are in sentence case (read once, when a rail asks in title
    // case): most lines of four words or more that ask are not in title case.
    let sentence_case = std::cell::OnceCell::new();
    for i in 0..n {
        if p.roles[i] != Role::Content || !p.feats[i].trailer_heading {
            continue;
        }
        teasers.clear();
        for j in i + 1..n {
            if p.roles[j] != Role::Content {
                continue;
            }
            // (Up to 20 words: a Japanese or Chinese headline of 30 to 40 characters counts 15
            // to 20.)
            let f = p.feats[j];
            // (A question marked as the article marks its own, "Ｑ　資格確認書が届かなかったら？",
            // ends the rail: no teaser carries a marker.)
            // (So does the first line out of the rail's box, where the page boxed it: a
            // question heading straight under the box, "<aside>Read More …</aside><h2>How
            // much …?</h2>".)
            let boxed_out = || {
                let aside = |k: usize| blocks[k].flags.has(Flags::ASIDE);
                !teasers.is_empty() && aside(i) && !aside(j)
            };
            if f.q_marker || boxed_out() {
                break;
            }
            // (A card's standfirst under its headline, its link's label after it: "Termin
            // online anmelden – …" / "Mehr erfahren".)
            // (Or its writer's byline: "… meet them halfway." / "By Hannah Leclerc"; or its
            // date: "… and one who went all in." / "Jan 30, 2025".)
            if !teasers.is_empty()
                && f.sentence
                && !f.asks
                && f.words <= 20
                && blocks.get(j + 1).is_some_and(|b| {
                    scan::is_card_link(&b.text)
                        || (b.text.len() <= 60
                            && (scan::is_byline(&b.text) || scan::is_dateline(&b.text)))
                })
            {
                continue;
            }
            // (A card's kicker that names its form, "Q. & A.", is no prose.)
            if !teasers.is_empty() && f.words <= 4 && scan::is_qa_label(p.text(j)) {
                continue;
            }
            // (So is its section and reading time under it: "Lokales · 4 Min.")
            if !teasers.is_empty() && f.words <= 6 && scan::is_reading_time(p.text(j)) {
                continue;
            }
            // (A headline that promises its story goes on the rail, whatever its full stop:
            // "States are rewriting child care rules. Here's what's changing in 2027.")
            if !teasers.is_empty()
                && teasers.len() < 6
                && f.words <= 20
                && scan::heres_teaser(p.text(j))
            {
                teasers.push(j);
                continue;
            }
            if f.words > 20 || f.trailer_heading || (f.sentence && !f.asks) {
                // The line that prose follows is a question or a subheading, not a teaser (a
                // copyright line or the writer's bio after the teasers is not prose, nor a
                // lead-in to the next question, "Many of you asked a version of this:").
                let lead_in = f.colon && p.next_content(j).is_some_and(|k| p.feats[k].asks);
                // (A box's label — "Quick Guide" — heads the box's own title, whatever follows it.)
                let boxed = teasers.len() == 1 && scan::fold(p.text(i).trim()) == "quick guide";
                // (A short headline that ends with a full stop, a label under it rather than
                // prose — "Cash isn't dead. Here's who still depends on it." / "Card 6 of 8" —
                // is the rail's last teaser.)
                // (So is a headline in title case that ends the page, "New Jersey Bet Big on
                // Clean Energy. Ratepayers Are Feeling It.": nothing follows it to answer.)
                // (Or a card run together with its meta: "… verzögert Verkehr · 3 Min.")
                // (Or one that carries the rail's kicker as the teasers over it do: "Ask
                // Marnie: Should I tell…?" / "Ask Marnie: My adult son moved home.")
                fn kicker(t: &str) -> Option<&str> {
                    scan::split_sub(t, ": ")
                        .map(|(k, _)| k)
                        .filter(|k| scan::words_le(k, 3))
                }
                let same_kicker = kicker(p.text(j)).is_some_and(|k| {
                    teasers
                        .first()
                        .is_some_and(|&t| kicker(p.text(t)) == Some(k))
                });
                let headline = scan::ends_with_reading_time(p.text(j))
                    || same_kicker
                    || !f.asks
                        && f.words <= 12
                        && match blocks.get(j + 1) {
                            Some(_) => {
                                let g = p.feats[j + 1];
                                p.roles[j + 1] == Role::Boilerplate || (!g.sentence && g.words <= 6)
                            }
                            None => scan::title_case(p.text(j)),
                        };
                // (A question numbered next after the article's last before the label is the
                // article's, whatever its answer holds — an email address is no writer's
                // credit there: "9. ¿…?" / "Más información" / "10. ¿Dónde…?" / "Escriba a …".)
                let next_in_series = || teasers.last().is_some_and(|&t| p.numbered_next(t, i));
                // (Nor the second of a rail's headlines in title case over the answer the box
                // interrupts, where the page's questions are in sentence case: "Related" / "Is
                // Low Tide the Best Show of the Year?" / "Why Does Every Prestige Drama Have a
                // Boat Now?" / the answer to the question before the box.)
                let title_cased = |k: usize| scan::headline_case(p.text(k));
                let cased_rail = || {
                    teasers.len() >= 2
                        && teasers.iter().all(|&t| title_cased(t))
                        && *sentence_case.get_or_init(|| {
                            let (mut title, mut other) = (0, 0);
                            for k in (0..n)
                                .filter(|&k| {
                                    p.roles[k] == Role::Content
                                        && p.feats[k].asks
                                        && p.feats[k].words >= 4
                                })
                                .take(40)
                            {
                                if title_cased(k) {
                                    title += 1;
                                } else {
                                    other += 1;
                                }
                            }
                            other >= 3 && other > title
                        })
                };
                // (Nor the site's bar of links at the page's foot: "Contact Us | Terms of Use |
                // Privacy Policy".)
                // (Nor a cookie banner after the rail: "We use essential cookies to make our
                // Help Centre work. …" answers nothing.)
                let banner = || {
                    f.words <= 60
                        && (scan::is_consent_notice(p.text(j))
                            || scan::has_sub(&scan::fold(scan::head(p.text(j), 120)), "cookie"))
                };
                if (f.words > 20 || f.sentence)
                    && !lead_in
                    && !banner()
                    && !boxed
                    && !headline
                    && !scan::is_link_bar(p.text(j))
                    && (!scan::is_copyright(p.text(j)) && !scan::is_closing_credit(p.text(j))
                        || next_in_series())
                    && !cased_rail()
                {
                    popped.extend(teasers.pop());
                }
                break;
            }
            // (A teaser's date line, "Published 3 February", is its own, not a teaser.)
            if f.words <= 6 && scan::is_dateline(p.text(j)) {
                continue;
            }
            if teasers.len() == 6 {
                break;
            }
            teasers.push(j);
        }
        for &j in &teasers {
            p.feats[j].teaser = true;
        }
    }
    // A sponsor's box: its label over its headline that asks and its pitch ("SPONSORED" / "Is
    // your pension working as hard as you are?" / "Compare fees across your old workplace
    // pots…"): the headline and the pitch are the sponsor's, not the article's question and
    // answer.
    for (i, b) in blocks.iter().enumerate().take(n.saturating_sub(2)) {
        // (A label, not a section's heading: "<h2>Sponsored</h2>" over an ads help page's
        // questions.)
        if p.feats[i].words <= 6
            && !matches!(b.kind, BlockKind::Heading(_))
            && scan::is_sponsor_label(&b.text)
        {
            let Some(j) = p.next_content(i) else { continue };
            let f = p.feats[j];
            // (NPR's "Sponsor Message" is as often its ad slot's label, the ad lost in a copy,
            // over the article's next question and its answer: a box only where its pitch is
            // all there is before the next question or the end.)
            // (Its pitch sends the reader somewhere: a link, or an address written out,
            // "Start yours at brightwater.example/check.")
            let slot = scan::fold(scan::trim(&b.text)) == "sponsor message";
            let addressed = |k: usize| {
                let x = &blocks[k];
                x.runs.iter().any(|r| r.href.is_some())
                    || x.text.split(' ').any(|w| {
                        let w = w.trim_end_matches(['.', ',', ')']);
                        w.starts_with("www.")
                            || w.starts_with("http")
                            // (A domain: "homeheat.example", "brightwater.example/check".)
                            || w.split_once('.').is_some_and(|(host, rest)| {
                                host.len() >= 3
                                    && host.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                                    && rest.len() >= 2
                                    && rest.bytes().take(2).all(|c| c.is_ascii_lowercase())
                            })
                    })
            };
            // (And it bids the reader act, a sentence opening on the verb: "Compare fixed tariffs
            // … at switchwise.example", "Sign up at homeheat.example today." — not an answer
            // that names where to read more, "The latest counts are at cdc.gov/bird-flu.")
            let bids = |k: usize| {
                blocks[k].text.split(". ").any(|sentence| {
                    scan::words(sentence).next().is_some_and(|w| {
                        scan::Words(concat!(
                            "compare|start|sign|book|get|try|switch|visit|call|claim|download|",
                            "shop|join|apply|order|discover|register|subscribe|save|grab",
                        ))
                        .contains(&scan::fold(w))
                    })
                })
            };
            let boxed = |k: usize| !slot || addressed(k) && bids(k);
            if let Some(k) = p
                .next_content(j)
                .filter(|&k| f.asks && f.words <= 15 && !f.q_marker && p.feats[k].words <= 40)
                .filter(|&k| !p.feats[k].asks && boxed(k))
            {
                p.roles[j] = Role::Boilerplate;
                p.roles[k] = Role::Boilerplate;
            }
        }
    }
    // An entry of the page's contents: a paragraph or an item wholly a link to a place in the
    // page, its words standing again further down ("What first drew you to …?" over the
    // interview's heading that asks it). (The page's first 64 such links.)
    let anchored: Vec<usize> = (0..n)
        .filter(|&i| blocks[i].flags.has(Flags::ANCHORED))
        .take(64)
        .collect();
    for &i in &anchored {
        if (i + 1..n).any(|j| {
            !blocks[j].flags.has(Flags::ANCHORED) && same_text(&blocks[j].text, &blocks[i].text)
        }) {
            p.roles[i] = Role::Boilerplate;
        }
    }
    // A headline that a "Related" rail lists is a teaser wherever else it stands: the same line
    // dropped between two sections ("Flight cancellations hit a five-year low. Will it last?").
    // (The rails' first 24 asking lines: a page has a few.)
    let listed: Vec<usize> = (0..n)
        .filter(|&i| p.feats[i].teaser && p.feats[i].asks)
        .take(24)
        .collect();
    if !listed.is_empty() {
        for i in 0..n {
            let f = p.feats[i];
            if p.roles[i] == Role::Content
                && f.asks
                && !f.teaser
                && listed
                    .iter()
                    .any(|&j| same_text(&blocks[j].text, &blocks[i].text))
            {
                p.feats[i].teaser = true;
            }
        }
    }
    find_title(doc, &mut p);
    p.faq_title = p.title.is_some_and(|t| {
        let t = &blocks[t].text;
        !scan::words_le(t, 2) && scan::is_explainer_title(t)
    });
    // …when the article is one of questions: its headline calls it an explainer, the line is an
    // interviewer's turn ("SPIEGEL: …"), or two more short lines ask elsewhere. Otherwise the
    // box's last teaser is one too, and the article goes on under it.
    if !popped.is_empty() && !p.title.is_some_and(|t| scan::is_explainer_title(p.text(t))) {
        let others = (0..n)
            .filter(|&i| {
                let f = p.feats[i];
                p.roles[i] == Role::Content && f.asks && !f.teaser && f.words <= 25
            })
            .count();
        if others < popped.len() + 2 {
            // (An interviewer's label is the article's most frequent one and comes on other
            // turns too; "The Lex Newsletter: …" does not.)
            let label = |i: usize| scan::speaker_label(&blocks[i].text).map(|(l, _)| l);
            let name = scan::majority_speaker((0..n).filter_map(label));
            let times = (0..n)
                .filter(|&i| label(i).is_some_and(|l| scan::same_speaker(l, name)))
                .count();
            // (Nor a claim its verdict answers, "« Dix minutes suffisent »" / "Plutôt vrai. …":
            // a "true or false" page's.)
            for j in popped {
                if !(p.judged_by_verdict(j)
                    || times >= 2 && label(j).is_some_and(|l| scan::same_speaker(l, name)))
                {
                    p.feats[j].teaser = true;
                }
            }
        }
    }
    if !p.from_html {
        text_contents(&mut p);
        numbered_index(&mut p);
    }
    find_kicker_and_byline(&mut p);
    repeated_bylines(&mut p);
    let start = p.title.map_or(0, |t| t + 1);
    // Statement subheadings from the first paragraph that asks on, each over a paragraph of
    // prose: the lines around the headline (a byline, a caption, a credit) and the page's lines
    // after the text ("Zur SZ-Startseite", a line of tags) are not.
    let asking = |i: &usize| p.roles[*i] == Role::Content && p.feats[*i].asks;
    let first_ask = (start..n).find(asking).unwrap_or(n);
    let over_prose = |i: usize| {
        p.next_content(i)
            .is_some_and(|j| p.feats[j].sentence && !p.feats[j].asks && p.feats[j].words > 8)
    };
    // (Not a question that lost its mark, "How do you handle criticism", a cross-link, "READ
    // ALSO: …", or a button, "Subscribe": none states a section's subject.)
    // (Nor a letter's signature over the reply, "Marco R. – Padova".)
    let states = |i: usize| {
        let t = &blocks[i].text;
        let unmarked = p.feats[i].wh_phrase && scan::asks_unmarked(t);
        !(unmarked
            || scan::is_cross_link(t)
            || scan::is_promo(t)
            || p.feats[i].words <= 8 && scan::is_reader_signature(t))
    };
    // (Up to the last paragraph that asks before the page's rails: a writer's bio under their
    // name, "The Slipway" over the site's blurb, are the page's, not the article's sections.)
    let rails = (first_ask..n)
        .find(|&i| p.feats[i].trailer_heading)
        .unwrap_or(n);
    // (Nor a promo box's question over its button: "Want to write?" / "Write an article and
    // join …" / "Register now".)
    let promo = |i: &usize| {
        (i + 1..n)
            .filter(|&j| p.roles[j] == Role::Content)
            .take(2)
            .any(|j| p.feats[j].words <= 4 && scan::is_button_label(&blocks[j].text))
    };
    let last_ask = (first_ask..rails)
        .rev()
        .find(|i| asking(i) && !promo(i))
        .map_or(n, |i| i + 1);
    p.statement_subheads = (first_ask..last_ask)
        .filter(|&i| {
            is_statement_subhead(&p, i) && over_prose(i) && states(i) && !p.not_a_subhead_here(i)
        })
        .nth(1)
        .is_some();
    p.first_content = (start..n).find(|&i| p.roles[i] == Role::Content);
    p.brevity = (start..n)
        .filter(|&i| p.roles[i] == Role::Content && scan::brevity_label(&blocks[i].text).is_some())
        .nth(2)
        .is_some();
    // (Past a column's name, its writer's and a comments link copied as lines: "Car Clinic" /
    // "with Gerry Vance" / "Comments" / "Our motoring expert answers your questions…".)
    // (Or in the section's name over the headline: "Familie › Spør eksperten".)
    p.readers_column = p
        .title
        .into_iter()
        .chain(p.kicker)
        .chain((start..n).filter(|&i| p.roles[i] == Role::Content).take(6))
        .any(|i| {
            let t = &blocks[i].text;
            // (Or a longer intro's first sentence: "Elke zaterdag beantwoordt
            // AD-voetbalcolumnist Sjoerd van Leeuwen vragen van lezers. Deze week: …")
            let first = || scan::find_sub(t, ". ").map(|k| &t[..k]);
            // (Its first sentence saying who answers them: not a lede that opens "Readers'
            // questions about the new levy keep coming, and…".)
            let answers = |f: &str| {
                let f = scan::fold(f);
                ["answer", "beantwoord", "répond", "respond", "rispond", "svar", "beantwort"]
                    .iter()
                    .any(|v| scan::has_sub(&f, v))
            };
            if p.feats[i].words <= 30 {
                scan::is_readers_column(t)
            } else {
                p.feats[i].words <= 80
                    && first().is_some_and(|f| scan::is_readers_column(f) && answers(f))
            }
        })
        // (Or its headline names the column for its writer: "Ask Wren: …".)
        || p.title.is_some_and(|t| scan::is_ask_column(&blocks[t].text));
    p.asked_of_us = (start..n)
        .filter(|&i| p.roles[i] == Role::Content)
        .take(6)
        .any(|i| {
            // (Of questions: "At the food bank we're often asked why…" opens an essay.)
            let t = &blocks[i].text;
            p.feats[i].words <= 80
                && scan::says_asked_of_us(t)
                && scan::has_sub(&scan::fold(scan::head(t, 600)), "question")
        });
    // Who answers, named on a line of their own between a reader's letter and the answer
    // ("Kari Bjørnstad svarer", "Dr Patel replies"): a label, not the answer's first paragraph.
    for (i, b) in blocks.iter().enumerate().take(n).skip(start) {
        let f = p.feats[i];
        if p.roles[i] == Role::Content
            && (2..=5).contains(&f.words)
            && !f.sentence
            && !f.asks
            && scan::names_answerer(&b.text)
        {
            let content = |k: &usize| p.roles[*k] == Role::Content;
            let asked = (start..i)
                .rev()
                .take(3)
                .find(content)
                .is_some_and(|k| p.feats[k].asks);
            let told = (i + 1..n)
                .take(3)
                .find(content)
                .is_some_and(|k| p.feats[k].sentence);
            if asked && told {
                p.roles[i] = Role::Boilerplate;
            }
        }
    }
    p.quoted_turns = quoted_turns(&p);
    // The teaser: the first paragraph of prose (past short lines such as "Kolumne. Name — role").
    p.first_prose = (start..n).find(|&i| {
        let f = p.feats[i];
        p.roles[i] == Role::Content && (f.sentence || f.asks) && f.words >= 6
    });
    p
}

/// Does the article mark its questions with a bare `Q` ("Q My landlord lets himself in…")?
/// Three at least do, or two that each a bare `A` answers within the next few blocks (past a
/// reader's signature).
fn bare_q(blocks: &[Block]) -> bool {
    let q = |b: &Block| b.text.starts_with('Q') && scan::strip_bare_letter(&b.text, 'Q').is_some();
    let a = |b: &Block| b.text.starts_with('A') && scan::strip_bare_letter(&b.text, 'A').is_some();
    let (mut marked, mut answered) = (0, 0);
    for (i, _) in blocks.iter().enumerate().filter(|(_, b)| q(b)) {
        marked += 1;
        answered += usize::from(blocks[i + 1..].iter().take(3).any(a));
        if marked >= 3 || answered >= 2 {
            return true;
        }
    }
    false
}

/// Do two letters at least open with who wrote them and their place in brackets, each with a
/// marked answer after it ("Lorena (Medina del Campo): …" / "Respuesta: …")?
fn placed_letters(blocks: &[Block]) -> bool {
    blocks
        .windows(2)
        .filter(|w| {
            scan::strip_placed_reader(&w[0].text).is_some()
                && scan::strip_answer_marker(&w[1].text, true).is_some()
        })
        .nth(1)
        .is_some()
        // (Or three at least opened "Lucía M., Toledo. …", each answered by a paragraph that
        // no one signs.)
        || blocks
            .windows(2)
            .filter(|w| {
                scan::strip_signed_reader(&w[0].text).is_some()
                    && scan::strip_signed_reader(&w[1].text).is_none()
            })
            .nth(2)
            .is_some()
}

/// A letter's label where letters are labelled so: "Lorena (Medina del Campo): …", "Lucía M.,
/// Toledo. …".
fn letter_label(t: &str) -> Option<&str> {
    scan::strip_placed_reader(t).or_else(|| scan::strip_signed_reader(t))
}

/// Do two blocks at least open with `D.` and the next non-empty one with `R.`? (An Italian
/// interview's markers: domanda, risposta.)
fn d_marker(blocks: &[Block]) -> bool {
    let mut pairs = 0;
    let mut asked = false;
    for b in blocks {
        let t = scan::trim(&b.text);
        if t.is_empty() {
            continue;
        }
        if asked && scan::starts_with_r_marker(t) {
            pairs += 1;
            if pairs == 2 {
                return true;
            }
        }
        asked = t.starts_with('D') && scan::strip_d_marker(t).is_some();
    }
    false
}

/// An interview that sets the interviewer's turns as block quotes (a newsletter's interview:
/// `<blockquote>` for each question, the answer in plain paragraphs under it): three quotes at
/// least that ask, each alone in its quote and answered by prose, most of them put to someone,
/// and more than the questions set any other way (headings, bold or italics).
fn quoted_turns(p: &Prep) -> bool {
    let n = p.blocks.len();
    let (mut quoted, mut styled, mut addressed) = (0, 0, 0);
    for i in 0..n {
        let (b, f) = (&p.blocks[i], p.feats[i]);
        if p.roles[i] != Role::Content || !f.asks {
            continue;
        }
        if b.flags.has(Flags::QUOTE) {
            let alone = b.group != 0
                && p.blocks.get(i + 1).is_none_or(|x| x.group != b.group)
                && (i == 0 || p.blocks[i - 1].group != b.group);
            let answered = p.blocks.get(i + 1).is_some_and(|x| {
                !x.flags.has(Flags::QUOTE) && x.kind == BlockKind::Paragraph && !x.text.is_empty()
            });
            // (A readers' column's letters may run longer.)
            let most = if p.readers_column { 120 } else { 60 };
            if alone && answered && f.words <= most {
                quoted += 1;
                addressed += usize::from(scan::addresses_someone(&b.text));
            }
        } else if matches!(b.kind, BlockKind::Heading(_))
            || b.flags.0 & (Flags::BOLD | Flags::ITALIC) != 0
        {
            styled += 1;
        }
    }
    // (Put to someone, most of them — "Do you worry…?", "Tell me about…" — not an essay's
    // quoted replies that it argues with.)
    // (Or a readers' column's letters, each quoted whole, asking no one in particular: "Ask
    // Wren: …" over "I started a studio with a friend… How do I even start?".)
    // (Or the intro says it is an interview, whatever the questions' words: "We spoke to her
    // between inspections.")
    let introduced = || {
        (0..n)
            .filter(|&i| p.roles[i] == Role::Content && p.blocks[i].kind == BlockKind::Paragraph)
            .take(6)
            // (Its words for a conversation, "We spoke to her…": not the bare word "interview",
            // "In an interview last month, the author said…".)
            .any(|i| scan::introduces_conversation(p.text(i)))
    };
    p.from_html
        && quoted > styled
        && (quoted >= 3 && (addressed * 2 >= quoted || introduced())
            || p.readers_column && quoted >= 2)
}

/// A pull quote: a line that asks, repeated word for word inside a quotation in a paragraph
/// near it ("Kdo zaplatí rozbité zrcátko, když koloběžkář ujede?" over „Kdo zaplatí rozbité
/// zrcátko, když koloběžkář ujede? Na tuhle otázku…“ uvedl mluvčí). Shown once, in the
/// paragraph. (Only an asking line: a pull quote that states is no question either way.)
fn pull_quotes(p: &mut Prep) {
    let n = p.blocks.len();
    for i in 0..n {
        let f = p.feats[i];
        if p.roles[i] != Role::Content || !f.asks || f.words < 4 || f.words > 40 {
            continue;
        }
        let q = scan::trim(
            p.text(i)
                .trim_matches(|c: char| scan::is_space(c) || "\"“”„«»‘’'".contains(c)),
        );
        // (Where a quotation opens in the paragraph, or a sentence inside it starts: the words
        // right after one of its first eight opening marks, or after one of its first forty
        // sentence ends once a quotation has opened. Each comparison is of the pull quote's
        // length, so the look is bounded however the page repeats itself.)
        let quoted_in = |j: usize| {
            let t = p.text(j);
            if j == i || p.roles[j] != Role::Content || t.len() <= q.len() + 10 || t.len() > 4000 {
                return false;
            }
            // (The quick look first, byte by byte: the pull quote's opening bytes anywhere.)
            let mut key = q.len().min(8);
            while !q.is_char_boundary(key) {
                key += 1;
            }
            if scan::find_sub(t, &q[..key]).is_none() {
                return false;
            }
            // (Not a pointer to the question further on, "… see “What if I don't have a
            // smartphone?” below.": the question itself, the answer under it.)
            let pointer = |k: usize| scan::points_to(t, k, q.len());
            let after = |k: usize| {
                t.get(k..)
                    .is_some_and(|r| scan::trim_start(r).starts_with(q))
                    && !pointer(k)
            };
            let opens = ['"', '“', '„', '«', '‘'];
            let Some(first) = t.find(opens) else {
                return false;
            };
            t.match_indices(opens)
                .take(8)
                .any(|(k, m)| after(k + m.len()))
                || t[first..]
                    .match_indices(['.', '?', '!'])
                    .take(40)
                    .any(|(k, _)| after(first + k + 1))
        };
        if (i.saturating_sub(4)..(i + 5).min(n)).any(quoted_in) {
            p.roles[i] = Role::Duplicate;
            // (With the speaker's name under it, "Marek Novák, city transport office".)
            if i + 1 < n
                && p.roles[i + 1] == Role::Content
                && p.feats[i + 1].words <= 8
                && !p.feats[i + 1].sentence
                && !p.feats[i + 1].asks
                && (p.text(i + 1).contains(',') || p.text(i + 1).starts_with(['—', '–', '-']))
            {
                p.roles[i + 1] = Role::Duplicate;
            }
        }
    }
}

/// A live chat whose readers' posts say so in their headers ("Question from Kayla in Dayton"
/// over the post's stamp, or "Question from Kayla in Dayton 12:02 p.m." on one line), answered
/// by whichever of a panel takes each ("Maria Okafor" / "12:04 p.m."). The headers are the
/// posts' bylines. The questions are the readers' posts that a panellist's post follows (the
/// line that asks, or the post's first: "Not sure whether filing jointly … makes sense for
/// us."), and a panellist's short post that asks after an answer, handing on to someone else
/// ("We're nearly out of time. Any last advice …?"); not the host's hand-off under a reader's
/// question ("Dev, can you take it?"), nor a welcome. Where two readers' posts and two of the
/// panel's stand at least, and three questions.
fn panel_chat(p: &mut Prep) {
    let blocks = p.blocks;
    let n = blocks.len();
    let short = |p: &Prep, i: usize| {
        matches!(p.roles[i], Role::Content | Role::Byline)
            && p.feats[i].words <= 8
            && !p.feats[i].sentence
            && !p.feats[i].asks
    };
    // (Each post's header: its first and last line, who posted, and whether a reader did.)
    let mut posts: Vec<(usize, usize, &str, bool)> = Vec::new();
    for j in 0..n {
        let t = &blocks[j].text;
        let stamp = matches!(p.roles[j], Role::Content | Role::Byline) && p.is_stamp(j);
        let header = if stamp {
            // (Who, on the line over the stamp — or under it, where that is a reader's.)
            if j + 1 < n && short(p, j + 1) && scan::is_reader_intro(&blocks[j + 1].text) {
                Some((j, j + 1, scan::trim(&blocks[j + 1].text)))
            } else {
                j.checked_sub(1)
                    .filter(|&i| short(p, i) && !scan::is_clock_line(&blocks[i].text))
                    .map(|i| (i, j, scan::trim(&blocks[i].text)))
            }
        } else if matches!(p.roles[j], Role::Content | Role::Byline) && p.feats[j].words <= 11 {
            scan::before_clock_time(t)
                .filter(|w| {
                    !w.is_empty() && scan::words_le(w, 7) && scan::terminal_punct(w).is_none()
                })
                .map(|w| (j, j, w))
        } else {
            None
        };
        if let Some((first, last, who)) = header {
            if posts.last().is_none_or(|x| x.1 < first) {
                posts.push((first, last, who, scan::is_reader_intro(who)));
            }
        }
    }
    let readers = posts.iter().filter(|x| x.3).count();
    if readers < 2 || posts.len() < readers + 2 {
        return;
    }
    let same = |a: &str, b: &str| scan::same_speaker(a, b) || a.starts_with(b) || b.starts_with(a);
    let mut qs = Vec::new();
    let mut handoffs = Vec::new();
    for k in 0..posts.len() - 1 {
        let (_, last, who, reader) = posts[k];
        let next = posts[k + 1];
        if next.3 {
            continue;
        }
        let body = || (last + 1..next.0).filter(|&i| p.roles[i] == Role::Content);
        // (A short post that asks, and someone else's next.)
        let asks_on = || {
            body()
                .next_back()
                .filter(|&i| scan::ends_with_question(&blocks[i].text))
                .filter(|_| !same(who, next.2) && body().count() <= 2)
        };
        if reader {
            qs.extend(body().find(|&i| p.feats[i].asks).or_else(|| body().next()));
        } else if k > 0 && posts[k - 1].3 {
            // (The host handing a reader's question on, "Tom, can you take it?": the answer is
            // the next post; this one is the chat's furniture, like its headers.)
            if asks_on().is_some() {
                handoffs.push((last + 1, next.0));
            }
        } else if k > 0 {
            qs.extend(asks_on());
        }
    }
    if qs.len() < 3 {
        return;
    }
    for &(first, last, _, _) in &posts {
        p.roles[first..=last].fill(Role::Byline);
    }
    for (from, to) in handoffs {
        for r in &mut p.roles[from..to] {
            if *r == Role::Content {
                *r = Role::Byline;
            }
        }
    }
    p.panel_questions = qs;
}

/// A live page of readers' questions: posts under clock stamps ("13:52"), most of them opening
/// on a reader's question (signed "Declan, Co Meath: …?", "Aoife in Cork asks: …", or on a line
/// of its own under the reader's name) that the rest of the post answers. The stamps are the
/// posts' furniture; a post between the questions that asks nothing (a reader's comment, the
/// opening welcome under the last answer on a page that puts the newest first) is none of the
/// answers'.
/// A live chat copied as text, each post under its time stamp: a reader's under "Comment From
/// Dave in Lowell", a host's under their name and role ("12:05 PM" / "Ray Delgado" / "Delgado
/// Comfort Systems"). The stamps and the hosts' names and roles are bylines, not the answers'
/// first lines — where two readers' posts at least stand among four stamps.
fn chat_headers(p: &mut Prep) {
    let n = p.blocks.len();
    let short = |p: &Prep, j: usize| {
        j < n
            && p.roles[j] == Role::Content
            && p.feats[j].words <= 5
            && !p.feats[j].sentence
            && !p.feats[j].asks
    };
    let stamps: Vec<usize> = (0..n.saturating_sub(1))
        .filter(|&j| short(p, j) && scan::is_clock_line(p.text(j)))
        .take(400)
        .collect();
    let readers = stamps
        .iter()
        .filter(|&&j| scan::is_reader_intro(p.text(j + 1)))
        .count();
    if stamps.len() < 4 || readers < 2 {
        return;
    }
    // (A page sets a host's stamp, name and role on one line: "12:05 PM Ray Delgado Delgado
    // Comfort Systems".)
    for j in 0..n {
        let t = p.text(j);
        if p.roles[j] == Role::Content
            && p.feats[j].words <= 9
            && !p.feats[j].sentence
            && !p.feats[j].asks
            && t.len() <= 90
        {
            let mut w = scan::words(t);
            let head = match (w.next(), w.next()) {
                (Some(a), Some(b)) if scan::Words("AM|PM|am|pm|a.m.|p.m.").contains(b) => {
                    [a, " ", b].concat()
                }
                (Some(a), _) => a.to_owned(),
                _ => continue,
            };
            if head.len() < t.len() && scan::is_clock_line(&head) {
                p.roles[j] = Role::Byline;
            }
        }
    }
    for &j in &stamps {
        p.roles[j] = Role::Byline;
        // (A host's post: a name, then perhaps a role, both short lines, before the words.)
        if !scan::is_reader_intro(p.text(j + 1))
            && short(p, j + 1)
            && scan::is_bare_name(p.text(j + 1))
        {
            p.roles[j + 1] = Role::Byline;
            if short(p, j + 2) && p.next_content(j + 2).is_some_and(|k| !short(p, k)) {
                p.roles[j + 2] = Role::Byline;
            }
        }
    }
}

/// A thread of posts under their headers ("u/basalt_betty · 4.1k points"), three at least, each
/// answered by a labelled reply ("Sigrún Hallsdóttir: Great question…"), as a paper reprints an
/// AMA: a post that asks before it goes on ("How do you know…? It seems like every time…")
/// asks, whatever it ends with.
fn thread_questions(p: &mut Prep) {
    let n = p.blocks.len();
    let posts: Vec<usize> = (0..n.saturating_sub(2))
        .filter(|&j| {
            p.roles[j] == Role::Content && p.feats[j].words <= 12 && scan::is_post_header(p.text(j))
        })
        .take(400)
        .collect();
    if posts.len() < 3 {
        return;
    }
    for j in posts {
        let Some(body) = p.next_content(j) else {
            continue;
        };
        let replied = p
            .next_content(body)
            .is_some_and(|r| scan::speaker_label(p.text(r)).is_some());
        let f = p.feats[body];
        if replied
            && !f.asks
            && f.words <= 60
            && scan::head(p.text(body), 400).contains(['?', '？'])
        {
            p.feats[body].asks = true;
        }
    }
}

fn live_posts(p: &mut Prep) {
    let n = p.blocks.len();
    let content = |p: &Prep, j: usize| p.roles[j] == Role::Content;
    let stamps: Vec<usize> = (0..n)
        .filter(|&j| content(p, j) && p.is_stamp(j))
        .take(400)
        .collect();
    if stamps.len() < 4 {
        return;
    }
    // Each post's range, and its question (where it opens on one that the post goes on to answer).
    let mut signatures = Vec::new();
    let posts: Vec<(usize, usize, Option<usize>)> = stamps
        .iter()
        .enumerate()
        .map(|(k, &s)| {
            let end = stamps.get(k + 1).copied().unwrap_or(n);
            let mut body = (s + 1..end).filter(|&j| content(p, j));
            let mut first = body.next();
            if let Some(f) = first.filter(|&f| {
                !p.feats[f].asks && p.feats[f].words <= 6 && scan::is_reader_signature(p.text(f))
            }) {
                signatures.push(f);
                first = body.next();
            }
            let q = first.filter(|&f| {
                let t = p.feats[f];
                (t.asks || (t.q_marker && scan::has_question_mark(p.text(f)))) && t.words <= 80
            });
            (s, end, q.filter(|_| body.next().is_some()))
        })
        .collect();
    let asked = posts.iter().filter(|(_, _, q)| q.is_some()).count();
    // (A third of the posts will do where the headline or standfirst says readers' questions
    // are answered, "Stock market sell-off: your questions answered – live", news posts between
    // them.)
    // (Each question marked as a reader's, "Question from Kwame, Leeds: …?"; the headline is
    // not found yet: the first lines before the first post.)
    let promised = || {
        posts
            .iter()
            .filter_map(|&(_, _, q)| q)
            .all(|q| p.feats[q].q_marker)
            && (0..stamps[0])
                .filter(|&j| content(p, j) && p.feats[j].words <= 30)
                .take(3)
                .any(|j| scan::is_readers_column(p.text(j)) || scan::is_explainer_title(p.text(j)))
    };
    if asked < 3 || asked * 2 < posts.len() && !(asked * 3 >= posts.len() && promised()) {
        return;
    }
    let (first_q, last_q) = (
        posts.iter().position(|(_, _, q)| q.is_some()).unwrap_or(0),
        posts.iter().rposition(|(_, _, q)| q.is_some()).unwrap_or(0),
    );
    p.live_questions = posts.iter().filter_map(|&(_, _, q)| q).collect();
    for j in signatures {
        p.roles[j] = Role::Byline;
    }
    for (k, &(s, end, q)) in posts.iter().enumerate() {
        p.roles[s] = Role::Byline;
        if q.is_none() && k > first_q && (k < last_q || k == posts.len() - 1) {
            for r in &mut p.roles[s..end] {
                *r = Role::Boilerplate;
            }
        }
    }
}

/// Answers' stamps of their last update right under their questions, as an FAQ view dates
/// each: "Will any buses run…?" / "Updated: 31 October 2025, 16:05" / the answer — two at least
/// (not one under a headline that asks, the article's own; nor a listing's "Published …" under
/// each headline).
fn dated_answers(p: &mut Prep) {
    let stamped: Vec<usize> = (1..p.blocks.len())
        .filter(|&i| {
            p.roles[i] == Role::Content
                && p.feats[i - 1].asks
                && p.roles[i - 1] == Role::Content
                && scan::is_update_stamp(&p.blocks[i].text)
        })
        .collect();
    if stamped.len() >= 2 {
        for i in stamped {
            p.roles[i] = Role::Boilerplate;
        }
    }
}

/// A gallery's slide copied between the paragraphs ("Photo 2 of 12" / its caption / its credit /
/// "Buy Now"): the slide's caption, its credit and the button to buy a print of it.
fn gallery_slides(p: &mut Prep) {
    let n = p.blocks.len();
    for i in 0..n {
        if p.roles[i] != Role::Boilerplate || p.feats[i].words > 6 || !scan::is_counter(p.text(i)) {
            continue;
        }
        let button = (i + 1..n.min(i + 5)).find(|&j| {
            p.feats[j].words <= 4
                && scan::Words("buy now|buy photo|buy this photo|buy a print|purchase photo")
                    .contains(&scan::fold(scan::trim(p.text(j))))
        });
        let Some(b) = button else { continue };
        for j in i + 1..b {
            if p.roles[j] == Role::Content && !p.feats[j].asks {
                p.roles[j] = Role::Caption;
            }
        }
        p.roles[b] = Role::Boilerplate;
    }
}

/// An interview whose prompts a print page sets in capitals without their question marks ("YOU
/// GREW UP ON A DAIRY AND LEFT FOR 12 YEARS. WHAT BROUGHT YOU BACK" / "My mom, first of
/// all…"): lines in capitals whose last sentence opens asking, each over an answer in prose;
/// three at least. They ask.
fn caps_prompts(p: &mut Prep) {
    let prompt = |p: &Prep, i: usize| {
        let (f, t) = (p.feats[i], p.text(i));
        p.roles[i] == Role::Content
            && !f.asks
            && (3..=40).contains(&f.words)
            && t.ends_with(scan::is_word_char)
            && {
                // (A question's: to the guest, "… WHAT BROUGHT YOU BACK"; or with its verb,
                // "WHAT DOES AN AGENT DO", "CAN ONE AGENT COVER 1,100 FARMS", "WHAT ABOUT
                // YOUNGER FARMERS"; or long, "WHAT SELLS BEST IN A TOWN OF FOUR THOUSAND PEOPLE"
                // — not a feature's short subhead, "WHERE IT ALL BEGAN", "HOW THE MONEY RAN
                // OUT".)
                let last = t.rsplit_once(". ").map_or(t, |(_, last)| last);
                let lower = scan::fold(last);
                scan::opens_asking(last)
                    && (scan::asks_unmarked(&lower)
                        || lower.starts_with("what about ")
                        || scan::addresses_someone(t)
                        || f.words >= 7)
            }
            && p.next_content(i).is_some_and(|a| {
                p.feats[a].sentence && !p.feats[a].all_caps && p.feats[a].words > 8
            })
    };
    // (Capitals first: most lines are turned away there.)
    let found: Vec<usize> = (0..p.blocks.len())
        .filter(|&i| p.feats[i].all_caps && prompt(p, i))
        .collect();
    if found.len() >= 3 {
        for i in found {
            p.feats[i].asks = true;
        }
    }
}

/// A broadcast transcript's taped package, between "(BEGIN VIDEOTAPE)" and "(END VIDEOTAPE)"
/// (or a video or audio clip's marks): what its people ask ("Who can afford two policies?") is
/// the report's, not the interview's questions.
fn taped_segments(p: &mut Prep) {
    // (A block's text is trimmed when the block is made: its bracket comes first or not at all.)
    let mark = |t: &str, edge: &str| {
        t.starts_with('(')
            && t.len() <= 32
            && t.ends_with(')')
            && t[1..].starts_with(edge)
            && ["VIDEOTAPE", "VIDEO CLIP", "AUDIO CLIP", "VIDEO", "CLIP"]
                .iter()
                .any(|w| scan::trim(&t[1 + edge.len()..t.len() - 1]) == *w)
    };
    let mut taped = false;
    for j in 0..p.blocks.len() {
        let t = p.blocks[j].text.as_str();
        if mark(t, "BEGIN ") {
            taped = true;
        } else if mark(t, "END ") {
            taped = false;
        } else if taped {
            p.feats[j].asks = false;
        }
    }
}

/// Readers' signatures (`lines`), when the article signs at least two questions: each is a
/// byline, and the question it signs (`question(line)`) asks, signed.
fn sign(p: &mut Prep, lines: Vec<usize>, question: impl Fn(usize) -> usize) {
    // (One is enough where it says so: "Asked by Ms Irene Goh, 41".)
    let says_so = |i: &usize| {
        scan::says_who_asked(scan::trim(
            p.blocks[*i].text.trim_start_matches(['—', '–', '-', ' ']),
        ))
    };
    // (Or a reader's name and town after a dash under a question marked as one: "Q: Why did
    // my neighbor's value go up…?" / "— Ray, Larchmont".)
    let dashed_under_marked = |i: &usize| {
        let t = &p.blocks[*i].text;
        p.feats[question(*i)].q_marker && t.contains(',') && scan::is_dash_signature(t)
    };
    if lines.len() < 2
        && !lines
            .first()
            .is_some_and(|i| says_so(i) || dashed_under_marked(i))
    {
        return;
    }
    for i in lines {
        p.roles[i] = Role::Byline;
        let q = &mut p.feats[question(i)];
        q.asks = true;
        q.signed = true;
    }
}

/// A comments section's heading that invites them ("Have your say", "Join the conversation"),
/// the call under it asking for comments: "Where was it? Tell us in the comments below."
fn asks_for_comments(p: &Prep, i: usize) -> bool {
    p.feats[i].words <= 3
        && scan::Words("have your say|join the conversation|join the discussion")
            .contains(&scan::fold(scan::trim(p.text(i))))
        && p.next_content(i)
            .is_some_and(|k| scan::has_sub(&scan::fold(scan::head(p.text(k), 300)), "comment"))
}

/// Whether two lines open with the same two words, whatever their case and the marks between.
fn same_two_words(a: &str, b: &str) -> bool {
    let (a, b) = (scan::fold(scan::head(a, 80)), scan::fold(scan::head(b, 80)));
    let mut x = a
        .split(|c: char| !scan::is_word_char(c))
        .filter(|w| !w.is_empty());
    let mut y = b
        .split(|c: char| !scan::is_word_char(c))
        .filter(|w| !w.is_empty());
    let first = x.next() == y.next();
    let second = x.next();
    first && second.is_some() && second == y.next()
}

fn find_title(doc: &Document, p: &mut Prep) {
    let blocks = p.blocks;
    if !p.from_html {
        // A site's masthead copied with the page: its name and its menu on short lines ("The
        // Ridgeline Dispatch" / "Home" / "Posts" / "Subscribe" / "Login"), two menu items at
        // least, then the headline.
        let menu = menu_item;
        // (Or the menu on one line, three items at least: "Menu   Search   Subscribe   Sign
        // in", its columns of spaces gone.)
        for (b, r) in blocks.iter().zip(p.roles.iter_mut()).take(8) {
            if *r == Role::Content && b.text.len() <= 80 && menu_line(&b.text) {
                *r = Role::Boilerplate;
            }
        }
        let short = |i: &usize| {
            p.roles[*i] != Role::Content
                || (p.feats[*i].words <= 3 && !p.feats[*i].sentence && !p.feats[*i].asks)
        };
        let run = |from: usize| {
            (from..blocks.len().min(from + 12))
                .take_while(short)
                .count()
        };
        // (Two menu items at least among the lines.)
        let menus = |r: std::ops::Range<usize>| {
            r.filter(|&i| p.roles[i] == Role::Content && menu(&blocks[i].text))
                .nth(1)
                .is_some()
        };
        let mut top = run(0);
        // (The site's name may be longer, the menu's items under it: "Riverside General
        // Hospital NHS Foundation Trust" / "Search" / "Menu" / "Our services".)
        if top < blocks.len() && p.feats[top].words <= 8 && !p.feats[top].sentence {
            let more = run(top + 1);
            if menus(top + 1..top + 1 + more) {
                top += 1 + more;
            }
        }
        if top >= 3 && top < blocks.len() && menus(0..top) {
            // (Unless prose follows the menu, no headline under it: then the first line is the
            // page's own headline over its menu, "Frequently Asked Questions" / "Weddings" / … /
            // "Planning a wedding comes with a hundred small decisions…".)
            // (Past a short line or two after it: "Call 0141 496 0832".)
            let prose = (top..blocks.len().min(top + 3)).find(|&k| p.feats[k].words > 4);
            let headline = prose.is_some_and(|k| p.feats[k].sentence && p.feats[k].words > 12)
                && p.roles[0] == Role::Content
                && !menu(&blocks[0].text)
                && !scan::is_dateline(&blocks[0].text);
            for r in &mut p.roles[usize::from(headline)..top] {
                if *r == Role::Content {
                    *r = Role::Boilerplate;
                }
            }
        }
    }
    let usable = |i: usize| {
        matches!(p.roles[i], Role::Content | Role::Caption)
            && !matches!(blocks[i].kind, BlockKind::Image | BlockKind::Separator)
    };
    let mut title = None;
    let mut labels = None;
    let mut masthead = None;
    if let Some(dt) = doc.doc_title.as_deref() {
        let dt = scan::trim(dt);
        let matches = |i: usize| {
            let t = scan::trim(&blocks[i].text);
            usable(i) && !t.is_empty() && (t == dt || title_affix(dt, t))
        };
        // (A heading first: the site's name, the `<title>`'s other part, is often a paragraph
        // above it, the masthead's link: "Headline - National Revenue Service".)
        // (Headings past a long menu too, the longest of those that match: a masthead's
        // heading, "Lakeshore Tribune", is the `<title>`'s shorter part. A paragraph only near
        // the top, and only as the `<title>`'s first part: the part after it is the site's.)
        let n = blocks.len().min(40);
        let lead = |i: usize| dt.starts_with(scan::trim(&blocks[i].text));
        // (A plain loop: `max_by_key` costs wasm bytes.)
        let mut best: Option<usize> = None;
        for i in 0..blocks.len().min(400) {
            if matches!(blocks[i].kind, BlockKind::Heading(_))
                && best.is_none_or(|b| blocks[i].text.len() > blocks[b].text.len())
                && matches(i)
            {
                best = Some(i);
            }
        }
        // (A heading that is only the `<title>`'s last part, the site's name, as a footer's
        // "Kingsmere University" under "Five questions with … | News | Kingsmere University",
        // gives way to the page's <h1>.)
        // (Only where the <h1> opens with the `<title>`'s first part, longer than the name, or
        // with its first two words, the rest worded for the page: "Bus changes 2026: FAQ" over
        // "Bus changes, 2026: your questions answered".)
        let first = SITE_SEPARATORS
            .iter()
            .filter_map(|s| dt.find(s))
            .min()
            .map_or(dt, |k| &dt[..k]);
        // (Longer than the name too: a blog's <h1>, its name, opens "Blog Name: Post title".)
        // (Or a name longer than the first part, where the heading is the whole last part:
        // "Cedar Ridge Fire – Evacuation FAQ | Alder County Office of Emergency Services".)
        let name = |b: usize| {
            let t = scan::trim(&blocks[b].text);
            !lead(b) && (t.len() < first.len() || (t.len() < dt.len() && dt.ends_with(t)))
        };
        if let Some(b) = best.filter(|&b| name(b)) {
            // (Or the <h1> is the first part exactly, shorter than the name, the name's heading
            // in the footer after it: "Your questions about your colonoscopy" under "… |
            // Northfield and Ashby Hospitals NHS Foundation Trust" — not a masthead's <h1>,
            // "Site | Headline".)
            if let Some(h1) = (0..blocks.len()).find(|&i| {
                blocks[i].kind == BlockKind::Heading(1)
                    && usable(i)
                    && (blocks[i].text.len() > blocks[b].text.len()
                        && (blocks[i].text.starts_with(first)
                            || same_two_words(&blocks[i].text, first))
                        || scan::trim(&blocks[i].text) == scan::trim(first)
                            && i < b
                            && blocks[b].flags.0 & (Flags::FOOTER | Flags::ASIDE) != 0)
            }) {
                best = Some(h1);
            }
        }
        // (A kicker the `<title>` opens with, set as a smaller heading right over the <h1>:
        // "<h2>Überlastete Strafjustiz</h2><h1>Strafrichterin Heike Anders: »…«</h1>" under
        // "Überlastete Strafjustiz: Richterin Heike Anders im Interview - DER SPIEGEL".)
        // (Not an <h1> that asks, the page's first question under its title: "<h2>Flu jab
        // FAQ</h2><h1>Who can get a free flu jab?</h1>".)
        if let Some(b) = best.filter(|&b| {
            matches!(blocks[b].kind, BlockKind::Heading(l) if l > 1)
                && scan::words_le(&blocks[b].text, 4)
                && dt.starts_with(scan::trim(&blocks[b].text))
        }) {
            if let Some(h1) = (b + 1..blocks.len().min(b + 3))
                .find(|&i| usable(i))
                .filter(|&i| {
                    blocks[i].kind == BlockKind::Heading(1)
                        && blocks[i].text.len() > blocks[b].text.len()
                        && !scan::ends_with_question(&blocks[i].text)
                })
            {
                best = Some(h1);
            }
        }
        // (Or the `<title>`'s part after a label's colon, where the label alone stands over the
        // <h1> as a vignette or a kicker's line: "Frågor och svar: Det här innebär visitationszonen i Granängen |
        // SVT Nyheter" over "Frågor och svar" / "<h1>Det här innebär …</h1>".)
        if best.is_none() {
            best = (0..blocks.len().min(40)).find(|&i| {
                let t = scan::trim(&blocks[i].text);
                blocks[i].kind == BlockKind::Heading(1)
                    && usable(i)
                    && scan::words_le(t, 40)
                    && !scan::words_le(t, 2)
                    && dt.split_once(": ").is_some_and(|(label, rest)| {
                        // (Or the <h1> opens with that part, its end worded for the page:
                        // "Hortensien, Kaffeesatz und Moos im Rasen - RNL 1" over "<h1>Hortensien,
                        // Kaffeesatz und Moos im Rasen: Ihre Fragen an …".)
                        let part = SITE_SEPARATORS
                            .iter()
                            .filter_map(|s| rest.find(s))
                            .min()
                            .map_or(rest, |k| &rest[..k]);
                        scan::words_le(label, 4)
                            && (rest.starts_with(t)
                                || !scan::words_le(part, 2) && t.starts_with(part))
                    })
            });
        }
        title = best.or_else(|| {
            (0..n).find(|&i| blocks[i].kind == BlockKind::Paragraph && matches(i) && lead(i))
        });
    }
    if title.is_none() && p.from_html {
        title = (0..blocks.len()).find(|&i| blocks[i].kind == BlockKind::Heading(1) && usable(i));
    }
    if title.is_none() && p.from_html {
        // No <h1>: a block the markup classes as the article's title, near the top.
        title = (0..blocks.len().min(12)).find(|&i| {
            blocks[i].flags.has(Flags::CLASS_TITLE)
                && usable(i)
                && scan::words_le(&blocks[i].text, 25)
                && !scan::trim(&blocks[i].text).ends_with('.')
        });
    }
    if title.is_none() && p.from_html {
        // No <h1>: a first block that is the only heading of its level, above all others
        // (`<h2 class="headline">` over `<h3>` subheads) is the headline.
        // (Past the post's date over it, as Blogger's and Joomla's templates set it: "Thursday,
        // 3 October 2024" / the headline.)
        // (Or past a badge, a short line that is no heading: "KOMPASS+" over the `<h2>`.)
        let dated = |i: usize| p.feats[i].words <= 8 && scan::is_dateline(&blocks[i].text);
        // (Or a kicker of a few words over it, no sentence: "Waldforscherin über den Harz" over
        // the `<h2>` that quotes the guest.)
        let badge = |i: usize| {
            !matches!(blocks[i].kind, BlockKind::Heading(_))
                && (p.feats[i].words <= 2
                    && blocks[i + 1..]
                        .iter()
                        .take(2)
                        .any(|b| matches!(b.kind, BlockKind::Heading(_)))
                    || p.feats[i].words <= 6
                        && !p.feats[i].sentence
                        && !p.feats[i].asks
                        && blocks
                            .get(i + 1)
                            .is_some_and(|b| matches!(b.kind, BlockKind::Heading(_)))
                        // (Not over an FAQ's heading: "Winter Fuel Payment 2025" over
                        // "Frequently asked questions" is the page's title.)
                        && !p.feats[i + 1].faq_heading)
        };
        if let Some(i) = (0..blocks.len())
            .find(|&i| usable(i) && !blocks[i].text.is_empty() && !dated(i) && !badge(i))
        {
            if let BlockKind::Heading(l) = blocks[i].kind {
                let top = blocks[i + 1..]
                    .iter()
                    .all(|b| !matches!(b.kind, BlockKind::Heading(m) if m <= l));
                let t = scan::trim(&blocks[i].text);
                if top && scan::words_le(t, 25) && !t.ends_with('.') {
                    title = Some(i);
                }
            }
        }
    }
    if title.is_none() && !p.from_html {
        // Plain text: the first line, when it reads like a headline.
        // (Past a page's furniture copied with it: "Skip to main content", a breadcrumb.)
        if let Some(mut i) =
            (0..blocks.len()).find(|&i| !matches!(p.roles[i], Role::Separator | Role::Boilerplate))
        {
            // (A copied page may open on its section's labels: "Opinion" / "Work" / the
            // headline, "Local Government" / the headline. The labels are the kicker; under a
            // section's name, the headline reads as one: no full stop, or a question.)
            let (roles, feats) = (&p.roles, &p.feats);
            // (Or a section's path: "News / South Africa / Local".)
            // (Or a place's initials, whose full stop ends no sentence: "B.C.", "U.S.".)
            let initials = |t: &str| {
                let b = scan::trim(t).as_bytes();
                (4..=8).contains(&b.len())
                    && b.chunks(2)
                        .all(|c| c[0].is_ascii_uppercase() && c.get(1) == Some(&b'.'))
            };
            // (Or a section's or a column's name in capitals, as a printed page sets it: "HOME &
            // GARDEN" / "ASK THE MASTER GARDENER".)
            let caps = |k: usize| feats[k].all_caps && scan::words_le(&blocks[k].text, 5);
            // (Or a menu on one line, "News | Sport | What's On | Family", or the site, section
            // and date so: "Meie Päev | Majandus | 20.02.2025".)
            // (Or with dots between, "Reviews · Buying Guides · Recipes · Deals", "Supreme Court
            // · Explainer".)
            let bar = |t: &str| {
                scan::is_link_bar(t)
                    || t.contains(['|', '·', '•'])
                        && t.split(['|', '·', '•']).all(|w| {
                            scan::words_le(w, 3) && scan::terminal_punct(scan::trim(w)).is_none()
                        })
            };
            let label = |k: usize| {
                roles[k] == Role::Content
                    && (scan::words_le(&blocks[k].text, 3)
                        || scan::is_section_path(&blocks[k].text)
                        || bar(&blocks[k].text)
                        || caps(k))
                    && (!feats[k].sentence || initials(&blocks[k].text))
                    && !feats[k].asks
            };
            // (A text that marks its headline, the one heading of the first level a few
            // lines down, under a masthead's lines: "THE AVON STANDARD | Money & Property" /
            // "=====" / "HARWOOD LETTINGS COLLAPSE: …" / "=====". The lines above are labels.)
            // (Not a mail's header, whose subject is its headline: below.)
            let mail = blocks[i].text.starts_with("From: ");
            let marked = (i + 1..blocks.len().min(i + 6))
                .find(|&k| blocks[k].kind == BlockKind::Heading(1))
                .filter(|&h| {
                    !mail
                        && (i..h).all(|k| feats[k].words <= 20 && !feats[k].asks)
                        && !blocks[h + 1..]
                            .iter()
                            .any(|b| b.kind == BlockKind::Heading(1))
                });
            if let Some(h) = marked {
                labels = Some(i..h);
                i = h;
            }
            let opinion =
                marked.is_none() && label(i) && scan::is_opinion_label(&blocks[i].text, false);
            // (A section named for explainers, "Explained", "Q&A", or a path with other
            // separators, "Money > Real Estate", is one only over a headline that does not ask:
            // over a question it may be the page's own title, an FAQ's.)
            let t0 = &blocks[i].text;
            let careful = !scan::is_slash_path(t0)
                && (scan::is_section_path(t0) || scan::is_explainer_title(t0));
            let section = || {
                let t = &blocks[i].text;
                scan::is_section_path(t) ||
                // (Two words, in a script that spaces them: "ถาม-ตอบ ลงทะเบียน…" is a
                // headline.)
                // (Nor "<topic> FAQs", a page's own title over its intro: "Visitor FAQs" /
                // "Planning a trip to TMAD? Here are answers…" — not a section's over a
                // headline, "Help FAQs" / "Delivery and returns: your questions answered".)
                scan::words_le(t, 2)
                    && t.len() <= 40
                    && !feats[i].colon
                    && !(feats[i].words == 2
                        && scan::has_sub(&scan::fold(t), "faq")
                        && (i + 1..blocks.len())
                            .find(|&k| roles[k] == Role::Content)
                            .is_some_and(|k| feats[k].words > 25))
                    // (Or the explainers' section in three words: "Fragen & Antworten".)
                    // (Not "<topic> FAQ", a page's own title: "Digital subscription FAQ"; nor
                    // "<topic>: …", "Bagagem: perguntas frequentes".)
                    || careful
                        && scan::words_le(t, 3)
                        && !t.contains(':')
                        && !scan::has_sub(&scan::fold(t), "faq")
                    || caps(i)
                    || bar(t)
            };
            // (Not a page's own title over its path, which ends on it: "Member FAQ" /
            // "Hearth Coworking / Member Handbook / Member FAQ", as Notion and wikis set them.)
            // (Two words at least: a section's one word over its path, "Politics" / "Home /
            // News / Politics", is the kicker over the headline under them.)
            let over_path = || {
                let t = scan::trim(&blocks[i].text);
                feats[i].words >= 2
                    && blocks.get(i + 1).is_some_and(|n| {
                        ["/ ", "> ", "› ", "» "]
                            .iter()
                            .any(|sep| scan::has_sub(&n.text, &[sep, t].concat()))
                    })
            };
            if marked.is_none() && label(i) && (opinion || section()) && !over_path() {
                // (A breadcrumb's last step is the page's own title, on the line under it:
                // "Home / Visit / Plan your visit" / "Plan your visit".)
                // (The path's end compared, no search: a reverse search costs wasm bytes.)
                let crumb = || {
                    let t = scan::trim(&blocks[i].text);
                    let k = i + 1;
                    let next = scan::trim(&blocks.get(k)?.text);
                    let path = t.strip_suffix(next).map(scan::trim_end)?;
                    (roles[k] == Role::Content
                        && next.len() > 3
                        && path.ends_with(['/', '>', '›', '»']))
                    .then_some(k)
                };
                // (Past a date line and the furniture between: "Friday 7 November 2025"; and
                // past a menu's lines, one a line: "Home" / "Iran" / "World" / …)
                let headline = crumb().or_else(|| {
                    (i + 1..blocks.len().min(i + 12))
                        .filter(|&k| {
                            let furniture = matches!(roles[k], Role::Separator | Role::Boilerplate);
                            let date = feats[k].words <= 6 && scan::is_dateline(&blocks[k].text);
                            !furniture && !date
                        })
                        // (Past a banner of more than 25 words too: "Need help now? Call our
                        // Support Line free on 0800…".)
                        // (And past a masthead's tagline over the site's menu: "Independent
                        // Rovers fan site since 2004" / "Home | News | Match reports | Forum".)
                        .find(|&k| {
                            let menu = |t: &str| {
                                bar(t)
                                    && t.split('|').nth(3).is_some()
                                    && !t.contains(|c: char| c.is_ascii_digit())
                            };
                            !label(k)
                                && feats[k].words <= 25
                                && !blocks.get(k + 1).is_some_and(|b| menu(&b.text))
                        })
                        .filter(|&k| {
                            let f = feats[k];
                            // (A headline that asks after a statement or a colon — "Košice
                            // spúšťajú plošné parkovanie. Koľko zaplatí rezident?", "Varna votes:
                            // will the building stop?" — is a news page's, not an FAQ's title.)
                            // (Or one dated after its question, as guides are: "Are High-Yield
                            // Savings Accounts Worth It? (Updated for 2025)".)
                            let headline_shaped = || {
                                let t = &blocks[k].text;
                                scan::has_inner_sentence_end(t)
                                    || scan::has_sub(t, ": ")
                                    || scan::dated_after_question(t)
                            };
                            // (Or one the page dates, a line or two under it: "Is it true
                            // that you lose most of your heat through your head?" / the
                            // standfirst / "Sunday 19 January 2025, 7:00am".)
                            let dated = || {
                                (k + 1..blocks.len().min(k + 5)).any(|m| {
                                    feats[m].words <= 10 && scan::is_dateline(&blocks[m].text)
                                })
                            };
                            // (Nor a contents line run in: "Jump to: Tickets and entry · …".)
                            let contents = || {
                                blocks[k]
                                    .text
                                    .split_once(':')
                                    .is_some_and(|(l, _)| scan::is_contents_label(l))
                            };
                            f.words >= 5
                                && !f.q_marker
                                && !contents()
                                && (!careful || !f.asks || headline_shaped() || dated())
                                && (opinion || (f.words <= 25 && (!f.sentence || f.asks)))
                        })
                });
                if let Some(h) = headline {
                    labels = Some(i..h);
                    i = h;
                }
            }
            // (A page copied whole: a short line taken for the headline, the site's name or a
            // section's, over more of its masthead and menu, short lines one a line ("Search" /
            // "Sign in" / "News" / "Weather" / …), six at least, a menu's item counting for three;
            // the headline is the first longer line under them.)
            // (Its date among them, and the lines of figures that may be one: "среда, 08. окт
            // 2025, 09:42 -> 12:15", half its words opening with a digit.)
            let figures = |t: &str| {
                let (mut n, mut d) = (0, 0);
                for w in scan::words(t) {
                    n += 1;
                    // (A time counts twice: "Health Jul 16, 2025 6:42 PM EDT".)
                    let digit = w.starts_with(|c: char| c.is_ascii_digit());
                    d += usize::from(digit) * (1 + usize::from(w.contains(':')));
                }
                d * 2 >= n
            };
            let short = |k: usize| {
                let t = &blocks[k].text;
                matches!(roles[k], Role::Separator | Role::Boilerplate)
                    || roles[k] == Role::Content
                        && !feats[k].asks
                        && (feats[k].words <= 4 && !feats[k].sentence
                            || bar(t)
                            || scan::is_slash_path(t)
                            || scan::is_section_path(t)
                            || feats[k].words <= 8 && figures(t))
            };
            // (Counted from the page's top: the lines above it set aside already as its
            // furniture — "Skip to main content", a menu's run — are of the masthead too.)
            if labels.is_none() && short(i) {
                let (mut lines, mut menus) = (0, 0);
                let mut k = 0;
                while k < blocks.len().min(i + 40) && short(k) {
                    lines += usize::from(roles[k] != Role::Separator);
                    menus += usize::from(menu_item(&blocks[k].text));
                    k += 1;
                }
                let f = feats.get(k).copied().unwrap_or_default();
                if lines + 2 * menus >= 6
                    && roles.get(k) == Some(&Role::Content)
                    && (5..=30).contains(&f.words)
                    && (!f.sentence || f.asks)
                    && !f.q_marker
                    && !f.numbered
                    && !scan::is_byline(&blocks[k].text)
                    // (Nor a photo's caption with its credit: "Eine Frau dreht an einem
                    // Heizungsthermostat. | dpa".)
                    && scan::split_credit(&blocks[k].text).1.is_none()
                    && blocks[k]
                        .text
                        .rsplit_once(" | ")
                        .is_none_or(|(_, credit)| !scan::words_le(credit, 3))
                    // (Nor a picture's place, "[Video thumbnail: …] Watch the briefing".)
                    && !blocks[k].text.strip_prefix('[').is_some_and(|r| {
                        r.split_once(']').is_some_and(|(inside, _)| inside.contains(':'))
                    })
                {
                    masthead = Some(i..k);
                    i = k;
                }
            }
            let t = &blocks[i].text;
            if usable(i) && scan::words_le(t, 30) && scan::strip_question_marker(t).is_none() {
                title = Some(i);
            }
        }
    }
    // (A mail's header copied with it, its fields on their lines: the subject is the headline,
    // "From: …" / "Sent: …" / "Subject: Strike ballot: your questions answered".)
    if let Some(i) = title.filter(|&i| !p.from_html && blocks[i].text.starts_with("From: ")) {
        if let Some(k) = (i + 1..blocks.len().min(i + 6))
            .find(|&k| scan::mail_subject(&blocks[k].text).is_some())
        {
            p.roles[i] = Role::Boilerplate;
            title = Some(k);
        }
    }
    if let Some(i) = title {
        for k in masthead.unwrap_or_default() {
            if p.roles[k] == Role::Content {
                p.roles[k] = Role::Boilerplate;
            }
        }
        if let Some(labels) = labels {
            p.kicker = Some(labels.start);
            for k in labels {
                if p.roles[k] == Role::Content {
                    p.roles[k] = Role::Kicker;
                }
            }
        }
        p.roles[i] = Role::Title;
        // (A feed's item copied with its fields names the headline so: "Title: Flooded home?
        // Your insurance questions answered" / "Link: https://…".)
        let t = scan::trim(&blocks[i].text);
        let t = t
            .strip_prefix("Title: ")
            .or_else(|| scan::mail_subject(t))
            .filter(|_| !p.from_html)
            .unwrap_or(t);
        p.title_text = flatten(t);
    } else if let Some(dt) = doc.doc_title.as_deref() {
        p.title_text = without_site(scan::trim(dt)).to_owned();
    }
    p.title = title;
    p.doc_explainer = doc
        .doc_title
        .as_deref()
        .is_some_and(scan::is_explainer_title);
}

/// A masthead's menu item on a line of its own: "Home", "Subscribe", "Log in", "Se connecter".
fn menu_item(t: &str) -> bool {
    scan::Words(concat!(
        "home|posts|subscribe|login|log in|sign in|sign up|archive|about|search|menu|",
        "newsletter|newsletters|podcasts|shop|account|register|contact|donate|",
        // (In the other languages a copied masthead brings: "Suscribite", "Ingresar",
        // "Kirjaudu", "Anmelden", "Se connecter"…)
        "suscribite|suscríbete|suscribirse|ingresar|iniciar sesión|inicio|buscar|",
        "mi cuenta|assine|entrar|abonnez-vous|se connecter|connexion|",
        "rechercher|anmelden|abonnieren|abo|suche|accedi|abbonati|cerca|",
        "inloggen|zoeken|logga in|sök|logg inn|søk|kirjaudu|valikko|haku",
    ))
    .contains(&scan::fold(scan::trim(t)))
}

/// A masthead's menu on one line, each of its words or pairs of words a menu item: "Menu
/// Search Subscribe Sign in".
fn menu_line(t: &str) -> bool {
    let w: Vec<&str> = scan::words(t).collect();
    let (mut k, mut items) = (0, 0);
    while k < w.len() {
        // (A pair first: "Sign in", "Log in", "Mi cuenta".)
        let pair = w.get(k + 1).is_some_and(|n| {
            let end = n.as_ptr() as usize - t.as_ptr() as usize + n.len();
            let start = w[k].as_ptr() as usize - t.as_ptr() as usize;
            t.get(start..end).is_some_and(menu_item)
        });
        if pair {
            k += 2;
        } else if menu_item(w[k]) {
            k += 1;
        } else {
            return false;
        }
        items += 1;
    }
    items >= 3
}

/// A `<title>` without the site name after it: "Strike: what you need to know - Daily Planet".
fn without_site(t: &str) -> &str {
    // The last separator: a byte scan (a reverse substring search would cost wasm bytes). Not
    // ": " — "Strike: what you need to know" is one headline.
    let last = (0..t.len()).rev().find_map(|k| {
        let rest = t.get(k..)?;
        SITE_SEPARATORS
            .iter()
            .find(|s| rest.starts_with(**s))
            .map(|s| (k, s.len()))
    });
    last.filter(|&(k, n)| {
        let site = &t[k + n..];
        let named = scan::words(site).all(|w| w.contains('.') || !w.starts_with(scan::is_lower));
        named
            && scan::words_le(site, 4)
            && !scan::is_explainer_title(site)
            && !scan::ends_with_question(site)
            && scan::count_words(&t[..k], 3) >= 3
    })
    .map_or(t, |(k, _)| scan::trim(&t[..k]))
}

/// A subheading that states rather than asks ("Versagen vor Ort"): a heading, in HTML an all-bold
/// or heading-classed paragraph without sentence punctuation, or in text a short line without it.
/// One that opens like a question without asking ("When in doubt, leave it out", "What happened")
/// counts too: headings of the questions' own style are counted the same way in HTML, and "What we
/// know" headings are questions only when they are headings under an explainer headline.
pub fn is_statement_subhead(p: &Prep, i: usize) -> bool {
    let (b, f) = (&p.blocks[i], p.feats[i]);
    let shaped = match b.kind {
        BlockKind::Heading(_) => true,
        // In HTML a paragraph is a subheading when it is set apart: all bold or classed so.
        BlockKind::Paragraph => {
            !f.sentence
                && !f.numbered
                && (!p.from_html || b.flags.has(Flags::BOLD) || b.flags.has(Flags::CLASS_HEADING))
        }
        _ => false,
    };
    shaped
        && p.roles[i] == Role::Content
        && (1..=12).contains(&f.words)
        && !f.asks
        && !f.q_marker
        && !f.trailer_heading
        && !f.teaser
        && !f.faq_heading
        && !b.flags.has(Flags::LINK_ONLY)
        // (Nor a quote's attribution under it: "— Marisol Vance, former TSA official".)
        && !b.text.starts_with(['—', '–'])
        // A fact-check's rating is a line of data, not a section's heading: "Our rating: Mostly
        // true", "Verdict: False".
        && b.text.split_once(':').is_none_or(|(label, value)| {
            let label = scan::fold(scan::trim(label));
            !(scan::words_le(value, 3)
                && [
                    "rating", "verdict", "ruling", "veredicto", "verdetto", "bewertung", "urteil",
                    // (Czech, Slovak, Polish, Hungarian, Dutch, Swedish: "Verdikt: Zavádějící".)
                    "verdikt", "werdykt", "ocena", "hodnocení", "hodnotenie", "ítélet", "oordeel",
                    "bedömning",
                ]
                    .iter()
                    .any(|w| label.ends_with(w)))
        })
}

/// A play length in a line: "From “Morning Edition,” 4:52", "Duration 12:05".
fn has_duration(s: &str) -> bool {
    scan::words(s).any(|w| {
        let w = w.trim_end_matches(['.', ',', ')']);
        w.split_once(':').is_some_and(|(m, sec)| {
            (1..=3).contains(&m.len())
                && sec.len() == 2
                && m.bytes().chain(sec.bytes()).all(|b| b.is_ascii_digit())
        })
    })
}

/// What stands between a headline and the site's name in a `<title>`.
const SITE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// The `<title>` often adds the site: "Headline | Site", "Site - Headline", "Headline: Site".
fn title_affix(doc_title: &str, heading: &str) -> bool {
    if heading.chars().count() < 8 {
        return false;
    }
    SITE_SEPARATORS.iter().chain(&[": "]).any(|s| {
        doc_title
            .strip_prefix(heading)
            .is_some_and(|r| r.starts_with(s))
            || doc_title
                .strip_suffix(heading)
                .is_some_and(|r| r.ends_with(s))
    })
}

/// A byline repeated: a card stack signs every card ("Updated by Dana Ruiz-Okoro Mar 4, 2025"
/// under each card's question). The same words as a line taken for a byline are a byline
/// wherever they stand, not an answer's first paragraph. (Compared with the first four bylines:
/// a thread's post headers are bylines by the hundred.)
fn repeated_bylines(p: &mut Prep) {
    let n = p.blocks.len();
    let bylines: Vec<usize> = (0..n)
        .filter(|&i| p.roles[i] == Role::Byline)
        .take(4)
        .collect();
    for i in 0..n {
        if p.roles[i] == Role::Content
            && p.feats[i].words <= 20
            && bylines.iter().any(|&b| {
                // (The first bytes first: most lines are no byline.)
                let (x, y) = (&p.blocks[b].text, &p.blocks[i].text);
                x.as_bytes().first() == y.as_bytes().first() && same_text(x, y)
            })
        {
            p.roles[i] = Role::Byline;
        }
    }
}

fn find_kicker_and_byline(p: &mut Prep) {
    let Some(t) = p.title else { return };
    let blocks = p.blocks;
    // Kicker: a short label just before the headline (the page's own markup puts it there).
    if let Some(k) = t.checked_sub(1).filter(|_| p.kicker.is_none()) {
        let text = &blocks[k].text;
        if p.roles[k] == Role::Content && scan::words_le(text, 8) && !scan::is_sentence(text) {
            p.roles[k] = Role::Kicker;
            p.kicker = Some(k);
        }
    }
    // In text, a short label line right after the headline followed by a byline.
    let next = |from: usize| (from + 1..blocks.len()).find(|&j| p.roles[j] != Role::Separator);
    if p.kicker.is_none() && !p.from_html {
        if let (Some(k), Some(after)) = (next(t), next(t).and_then(next)) {
            let text = &blocks[k].text;
            if p.roles[k] == Role::Content
                && scan::words_le(text, 6)
                && !scan::is_sentence(text)
                && !scan::is_byline(text)
                && (scan::is_byline(&blocks[after].text)
                    || blocks[after].flags.has(Flags::CLASS_BYLINE))
            {
                p.roles[k] = Role::Kicker;
                p.kicker = Some(k);
            }
        }
    }
    // Byline: among the first few blocks after the headline.
    let mut seen_content = 0;
    let mut i = t + 1;
    while i < blocks.len() && seen_content < 3 {
        if p.roles[i] == Role::Content {
            let text = &blocks[i].text;
            let first = seen_content == 0;
            if blocks[i].flags.has(Flags::CLASS_BYLINE)
                || scan::is_byline(text)
                || (first && scan::is_bare_name(text))
            {
                p.roles[i] = Role::Byline;
                if p.byline.is_none() {
                    p.byline = Some(i);
                }
            } else if scan::is_dateline(text) {
                p.roles[i] = Role::Byline;
                if p.dateline.is_none() {
                    p.dateline = Some(i);
                }
            } else {
                seen_content += 1;
            }
        }
        i += 1;
    }
}

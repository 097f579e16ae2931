//! Finding the explainer's questions.
//!
//! Every block that could be a question is a candidate with a *style*: how the page sets it apart
//! (a `Q:` marker, a heading level, a styled `<div>`, bold, italics, numbering, capitals, or
//! nothing). An explainer sets all its questions apart the same way, so the style shared by the most
//! question-shaped candidates wins; questions in other styles — rhetorical questions in answers,
//! captions, related links — stay text. Then the article must be Q&A as a whole: the chosen
//! questions outnumber its other headings of their style and do not all sit at its end; otherwise only a
//! trailing FAQ section is used, or nothing.

use super::prepare::{is_statement_subhead, Prep, Role};
use crate::blocks::{BlockKind, Flags};
use crate::scan;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    QMarker,
    Heading(u8),
    Term,
    ClassHeading,
    Bold,
    Italic,
    Numbered,
    AllCaps,
    Plain,
}

impl Style {
    /// Precedence when two styles have as many questions: stronger markup first.
    fn rank(self) -> u8 {
        match self {
            Style::QMarker => 0,
            Style::Heading(l) => l,
            Style::Term => 7,
            Style::ClassHeading => 8,
            Style::Bold => 9,
            Style::Italic => 10,
            Style::Numbered => 11,
            Style::AllCaps => 12,
            Style::Plain => 13,
        }
    }

    /// Longest question (in words) a block of this style may hold.
    fn word_limit(self) -> usize {
        match self {
            Style::QMarker => 90,
            Style::Numbered => 60,
            Style::Heading(_) | Style::Term | Style::ClassHeading | Style::Bold | Style::Italic => {
                50
            }
            Style::AllCaps => 25,
            Style::Plain => 30,
        }
    }

    fn describe(self) -> String {
        match self {
            Style::Heading(l) => ["<h", &scan::num(usize::from(l)), "> headings"].concat(),
            Style::ClassHeading => "styled subheadings".into(),
            Style::Bold => "bold paragraphs".into(),
            Style::Italic => "italic paragraphs".into(),
            Style::AllCaps => "capitalised lines".into(),
            Style::Term => "terms".into(),
            Style::QMarker => "Q: lines".into(),
            Style::Numbered => "numbered lines".into(),
            Style::Plain => "lines".into(),
        }
    }
}

pub fn style_of(p: &Prep, i: usize) -> Style {
    let b = &p.blocks[i];
    let f = p.feats[i];
    if f.q_marker {
        return Style::QMarker;
    }
    match b.kind {
        BlockKind::Heading(l) => return Style::Heading(l),
        BlockKind::Term => return Style::Term,
        _ => {}
    }
    // (An interview's questions set as block quotes are set apart as italics set them.)
    if p.quoted_turns && b.flags.has(Flags::QUOTE) {
        Style::Italic
    } else if b.flags.has(Flags::CLASS_HEADING) {
        Style::ClassHeading
    } else if b.flags.has(Flags::BOLD) {
        Style::Bold
    } else if b.flags.has(Flags::ITALIC) {
        Style::Italic
    } else if f.numbered {
        Style::Numbered
    } else if f.all_caps {
        Style::AllCaps
    } else {
        Style::Plain
    }
}

/// The question text of a candidate: its marker, toggle glyph and a leading dialogue dash
/// ("— What changes?", "-- Why?", Japanese interviews' "――就任の感想は？") removed, in HTML and
/// in text alike.
pub fn question_text(t: &str) -> &str {
    let t = scan::strip_toggle_glyph(scan::strip_question_marker(t).unwrap_or(t));
    // (A transcript's time stamp before a turn's line: "[00:01:38] Where does it go?".)
    let t = scan::strip_timestamp(t);
    // (A status tag after the question, "(Updated)", is not its words.)
    let t = if scan::ends_with_question(t) {
        scan::strip_status_tag(t)
    } else {
        t
    };
    // (Or an accordion's "+" before it, copied with the question: "+ Who is exempt?".)
    let t = t.strip_prefix("+ ").unwrap_or(t);
    let t2 = scan::strip_pictographs(t.strip_prefix("--").unwrap_or(t));
    // (A hyphen typed for the dialogue dash, "-소감은.")
    let t2 = match t2.strip_prefix('-') {
        Some(_) => scan::after_dialogue_dash(t2).unwrap_or(t2),
        None => t2,
    };
    // Korean and Japanese papers set a subheading's mark before it: "◇ 왜 도입됐나?", "■ …"; a
    // toggle copied as text keeps its triangle ("▸ Wie buche ich …?").
    let rest = scan::trim(t2.trim_start_matches([
        '—', '―', '–', '◇', '◆', '■', '□', '▲', '△', '▶', '▷', '▸', '▹', '►', '▻', '●', '○', '▼',
        '▾',
    ]));
    let rest = if rest.is_empty() { t } else { rest };
    without_footnote_mark(rest)
}

/// A question without a footnote's number glued to its mark: "… 'Dit kost levens'»?1", or
/// superscript as text keeps it, "What happens to my deposit?¹".
pub fn without_footnote_mark(rest: &str) -> &str {
    // (Two digits at most, each of one byte, or of two or three in superscript.)
    let ascii = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    let (bare, most) = if ascii.len() == rest.len() {
        // (By hand: another pattern's `trim_end_matches` costs wasm bytes.)
        let mut sup = rest;
        while let Some(c) = sup
            .chars()
            .next_back()
            .filter(|&c| matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹'))
        {
            sup = &sup[..sup.len() - c.len_utf8()];
        }
        (sup, 6)
    } else {
        (ascii, 2)
    };
    if (1..=most).contains(&(rest.len() - bare.len())) && bare.ends_with(['?', '？']) {
        bare
    } else {
        rest
    }
}

fn eligible(p: &Prep, i: usize, style: Style) -> bool {
    admissible(p, i, style, false)
}

/// A pull quote's attribution: whom it quotes, named and placed or described after a comma,
/// "Sophie Lardeux, apicultrice à Chemillé-en-Anjou".
fn attribution(p: &Prep, j: usize) -> bool {
    let (g, t) = (p.feats[j], scan::trim(p.text(j)));
    (3..=12).contains(&g.words)
        && !g.sentence
        && !g.asks
        && t.split_once(", ")
            .is_some_and(|(who, role)| scan::is_bare_name(who) && role.starts_with(scan::is_lower))
}

/// With `turn`, the block is a transcript's turn under the interviewer's name, which may be long
/// ("ANNA KOWALCHUK: Some residents have said… What do you say to them?").
fn admissible(p: &Prep, i: usize, style: Style, turn: bool) -> bool {
    let b = &p.blocks[i];
    if p.roles[i] != Role::Content {
        return false;
    }
    if matches!(
        b.kind,
        BlockKind::Caption
            | BlockKind::Separator
            | BlockKind::Image
            | BlockKind::Preformatted
            | BlockKind::Cell(_)
    ) {
        return false;
    }
    // Nor a transcript's question that was not heard, only its marker and a note in brackets:
    // "Q: (Off-mic.)", "Q: [inaudible]", a briefing's bare "Q (Inaudible.)".
    // (Nor the writer's own question to someone else, inside an answer: "We asked Heatwise:
    // Why was the claim rejected…?")
    if scan::unheard_question(&b.text) || scan::writer_asked(&b.text) {
        return false;
    }
    // Nor a customer review's title under the product page's reviews ("Customer Reviews" /
    // "Based on 212 reviews" / "Worth the price?" / "Absolutely. Wore it…").
    // (A shop's own words for them, not a bare "Reviews", an article's section as often; and
    // no FAQ's label between, "Questions & answers".)
    let reviews = |k: usize| {
        scan::words_le(p.text(k), 4)
            && scan::Words(concat!(
                "customer reviews|ratings & reviews|ratings and reviews|what customers say|",
                "what our customers say|customer ratings|kundenbewertungen|kundenmeinungen|",
                "kundenrezensionen|avis clients|avis des clients|opiniones de clientes|",
                "valoraciones de clientes",
            ))
            .contains(&scan::fold(scan::trim(p.text(k))))
    };
    if (0..i)
        .rev()
        .take(12)
        .take_while(|&k| !scan::is_faq_heading(p.text(k)))
        .find(|&k| matches!(p.blocks[k].kind, BlockKind::Heading(_)))
        .is_some_and(reviews)
    {
        return false;
    }
    // Nor a box's link mid-text, copied as its label over its headline: "Auch interessant" /
    // "Bitcoin-ETF oder echte Coins: Was lohnt sich…?" (Not after "Read more", an answer's
    // button as often, the next question under it — unless its teaser follows, a standfirst
    // without a full stop: "READ MORE" / "Is now the time to buy a used EV?" / "Second-hand
    // prices have fallen by a third… Our expert picks the bargains – and the ones to avoid".)
    let teaser = || {
        p.next_content(i)
            .is_some_and(|j| !p.feats[j].sentence && !p.feats[j].asks && p.feats[j].words >= 8)
    };
    if !p.from_html
        && i > 0
        && p.feats[i].words <= 30
        && !p.feats[i].q_marker
        && scan::is_cross_link_label(p.text(i - 1))
        && (!scan::is_read_more(p.text(i - 1)) || teaser())
    {
        return false;
    }
    // Nor the host's welcome that ends greeting the guest, greeted back: "… 윤상철 박사 연결돼
    // 있습니다. 박사님, 안녕하세요?" / "네, 안녕하세요."
    if scan::greets_back(scan::last_sentence(p.text(i)))
        && p.next_content(i)
            .is_some_and(|j| scan::greets_back(p.text(j)))
    {
        return false;
    }
    // Nor a police appeal's box: "Do you have information?" / "Anyone with information…"; nor
    // a paper's research question among its abstract's labels.
    if scan::is_appeal_box(&b.text)
        && p.next_content(i).is_some_and(|a| scan::is_appeal_call(p.text(a)))
        // (Among the abstract's labels: the line under it opens on one, "Results: …".)
        || scan::is_study_question(&b.text)
            && p.next_content(i).is_some_and(|a| scan::colon_label(p.text(a)).is_some())
    {
        return false;
    }
    // Nor a site's menu copied as one line, its last link asking: "Residents | Business |
    // Services | How Do I...?"
    if scan::is_link_bar(&b.text) {
        return false;
    }
    // Nor a question in a work chat's message by someone other than the one who opened it
    // ("Lina Berg 11:16 AM" / "ok thanks!" / "and what do we do with our monitors…?"): the
    // thread's replies, not the shared article's questions — nor a thread's own. (The message's
    // header looked for a few blocks back; the first header's sender read once for the page.)
    // (Nor a question that is itself a stamped message, among two senders' at least: "[04-03-2025,
    // 14:06:03] Sanne: Prima, dan pak je de boot van 9:30?" — the chat's, whoever sent it; the
    // shared article's questions stand on lines of their own.)
    if p.chat.stamped_senders && scan::chat_stamp(&b.text).is_some() {
        return false;
    }
    if let Some(first) = p.chat.first_header {
        let header = (i.saturating_sub(4)..=i)
            .rev()
            .find_map(|j| scan::chat_header(p.text(j)));
        if header.is_some_and(|s| s != first) {
            return false;
        }
    }
    // Nor the byline's count of the comments, "0 Comments": not an item numbered 0 among the
    // numbered questions.
    if !p.feats[i].asks && scan::is_comments_heading(&b.text) {
        return false;
    }
    // Nor the writer's lede that frames its own question after a colon, before anything else on
    // the page asks ("For millions of people, though, the more pressing question is a practical
    // one: what happens at work…?"): the intro's sentence — not a reader's or an interviewer's
    // later one.
    if !p.feats[i].q_marker
        && p.feats[i].words > 12
        && scan::frames_question(&b.text)
        && (0..i).all(|j| p.roles[j] != Role::Content || !p.feats[j].asks)
    {
        return false;
    }
    // Nor a quotation whose mark is the consumer group's name it ends on ("…," said Lucy Harlow
    // of the consumer group Which?").
    if !p.feats[i].q_marker && {
        let t = scan::trim_end(&b.text);
        t.ends_with(" Which?")
            && scan::Words("of|from|at|group|told|says|said|magazine|organisation|organization")
                .contains(t[..t.len() - 7].rsplit(' ').next().unwrap_or(""))
    } {
        return false;
    }
    // Nor a line of chess moves whose mark judges the last ("1.e4 e5 2.Cf3 Cc6 3.Ac4 Cd4
    // 4.Cxe5?"): two numbered moves at least, the mark glued to a move.
    if scan::is_chess_moves(&b.text) {
        return false;
    }
    // Nor a line of code whose mark is a placeholder ("WHERE state = ?", "WHERE name LIKE ?").
    if !p.feats[i].q_marker
        && b.text
            .trim_end()
            .strip_suffix(['?', '？'])
            .map(str::trim_end)
            .is_some_and(|r| r.ends_with(['=', '(', ',']) || r.ends_with(" LIKE"))
    {
        return false;
    }
    // Nor the label of the links after the text that asks, "Where to next?" over the page's
    // headlines — not an interview's last question answered in a sentence ("Where to next?" /
    // "Patagonia in March. It is a 250-kilometre race…").
    if p.feats[i].trailer_heading && p.next_content(i).is_none_or(|a| !p.feats[a].sentence) {
        return false;
    }
    // Nor a social post embedded in the page, copied as text under its author's name and
    // handle ("Mina Ferreira @minaferreira_pl" / "Beta 3 is out… What should we fix next?").
    // (Or under the handle on a line of its own: "Sam Pellow" / "@sampellow" / the post.)
    let handle = |k: usize| {
        let t = scan::trim(p.text(k));
        scan::is_social_handle(t) || p.feats[k].words == 1 && t.starts_with('@') && t.len() > 2
    };
    if p.prev_content(i).is_some_and(handle) {
        return false;
    }
    // Nor an editor's note that ends calling for questions ("Editor's note: This is part of
    // Plain Answers… Have a question you want us to tackle? Send it to…"), set as the questions.
    if b.text.starts_with(['E', 'e']) && scan::is_editors_note(&b.text) {
        return false;
    }
    // Bullet lists of questions and related-link lists are not the explainer's questions — but
    // an item that holds its answer's paragraphs under its text is ("<li>When does it start?
    // <p>Earlier than…</p></li>").
    // (Or its answer's own sub-list: "<li>Who can enter the ballot?<ul><li>Any full-time
    // undergraduate…</li></ul></li>".)
    let holds_answer = || {
        p.blocks.get(i + 1).is_some_and(|n| {
            n.kind == BlockKind::Paragraph && n.group == b.group && b.group != 0
                || n.kind == BlockKind::ListItem
                    && n.flags.has(Flags::NESTED)
                    && !b.flags.has(Flags::NESTED)
                    && !p.feats[i + 1].asks
        })
    };
    // Nor is one in a list of its own, answered in the paragraph under the list, as a word
    // processor's export numbers its questions (Google Docs: one `<ol start=…>` per question,
    // bold only through a stylesheet's class), another like it nearby.
    let lone = |j: usize| {
        let g = p.blocks[j].group;
        p.blocks[j].kind == BlockKind::ListItem
            && g != 0
            && p.feats[j].asks
            && p.blocks
                .get(j + 1)
                .is_some_and(|n| n.group != g && n.kind == BlockKind::Paragraph)
            && j.checked_sub(1).is_none_or(|k| p.blocks[k].group != g)
    };
    let lone_pair = || {
        lone(i)
            && (i.saturating_sub(12)..p.blocks.len().min(i + 13))
                .any(|j| j != i && p.roles[j] == Role::Content && lone(j))
    };
    if b.kind == BlockKind::ListItem
        && !b.flags.has(Flags::BOLD)
        && style != Style::QMarker
        && !holds_answer()
        && !lone_pair()
    {
        return false;
    }
    // Nor one bold question among a list's items that ask nothing, as a newsletter's briefs
    // ("Quick hits": "Sunday hours return…" / "**Who's running for school board?** Filing
    // closes Friday…").
    if b.kind == BlockKind::ListItem && b.group != 0 && style != Style::QMarker {
        let items = (i.saturating_sub(12)..p.blocks.len().min(i + 13))
            .filter(|&j| j != i && p.blocks[j].group == b.group)
            .filter(|&j| p.blocks[j].kind == BlockKind::ListItem);
        let (mut n, mut asking) = (0, false);
        for j in items {
            n += 1;
            asking |= p.feats[j].asks;
        }
        if n >= 2 && !asking {
            return false;
        }
    }
    let excluded = Flags::QUOTE
        | Flags::FIGURE
        | Flags::LINK_ONLY
        | Flags::CLASS_CAPTION
        | Flags::CLASS_CREDIT
        | Flags::CLASS_BYLINE
        | Flags::ASIDE
        | Flags::FOOTER;
    let f = p.feats[i];
    // (A reader's signed question may be set as a quote, and so may an ask box's marked one:
    // "Anonymous asked: …" in a Tumblr post's blockquote.)
    // (But not a reply's quote of a question asked above it, word for word: a forum's
    // "[quote]Q: Will my PBs still count?…" repeats the post's own.)
    let repeated = || {
        let t = p.text(i);
        p.blocks[..i]
            .iter()
            .rev()
            .take(500)
            .any(|x| !x.flags.has(Flags::QUOTE) && x.text == t)
    };
    // (Nor one the markup marks a question, set as a pull quote: `<figure class="wp-block-pullquote
    // is-style-question">`.)
    // (Nor one linked to a page of its own, as Drupal's FAQ module links each: `<div
    // class="faq-question"><a href="/faq-page/…">When is the museum open?</a></div>` over its
    // answer, which is no link.)
    let answered = || {
        p.next_content(i).is_some_and(|j| {
            !p.blocks[j]
                .flags
                .has(Flags::LINK_ONLY | Flags::MARKED_QUESTION)
        })
    };
    // (Or a heading linked so on a page that calls itself an FAQ, as a Drupal view lists its
    // nodes: "<h4><a href="/help/strike-faq/…">Will any buses run…?</a></h4>" / "Updated: …" /
    // the answer — not a blog's list of linked headlines, each over its teaser.)
    // (Read once, in `Prep::faq_title`: a page of thousands of links asks for each. Not a
    // section's index, "Explainers | The Herald": a headline of three words at least; and an
    // answer of two sentences, not a teaser's one.)
    let faq_page = || {
        matches!(b.kind, BlockKind::Heading(_))
            && p.faq_title
            && p.next_content(i).is_some_and(|j| {
                !p.blocks[j].flags.has(Flags::LINK_ONLY)
                    && scan::trim(p.text(j)).trim_end_matches('.').contains(". ")
            })
    };
    let excluded = if b.flags.has(Flags::MARKED_QUESTION) && !repeated() {
        let linked = if answered() { Flags::LINK_ONLY } else { 0 };
        excluded & !(Flags::QUOTE | Flags::FIGURE | linked)
    } else if b.flags.has(Flags::LINK_ONLY) && faq_page() {
        excluded & !Flags::LINK_ONLY
    } else if (f.signed || f.q_marker || p.quoted_turns)
        && !(b.flags.has(Flags::QUOTE) && repeated())
    {
        excluded & !Flags::QUOTE
    } else {
        excluded
    };
    if b.flags.0 & excluded != 0 {
        return false;
    }
    // Nor a callout's question, over its pitch for readers' stories; nor a video's title over
    // its player's "Show Caption". (Not a reader's own question, asked as "I": "How can I give
    // feedback?" / "We want to hear how the changes are working for you…".)
    if f.asks
        && (p
            .next_content(i)
            // (A pitch may end on its button's words, no full stop: "… Join Which? to unlock
            // our full results".)
            .is_some_and(|j| {
                (p.feats[j].sentence || p.feats[j].words >= 10)
                    && scan::is_callout_pitch(p.text(j))
                    && !scan::speaks_as_i(p.text(i))
            })
            || p.blocks.get(i + 1).is_some_and(|n| {
                let t = scan::trim(&n.text);
                t.eq_ignore_ascii_case("show caption") || t.eq_ignore_ascii_case("hide caption")
            }))
    {
        return false;
    }
    // A quoted question is someone's words, not the explainer's — unless the page made it a
    // heading: readers' questions are often headed in quotes.
    let heading = matches!(style, Style::Heading(_) | Style::ClassHeading);
    // In text, a reader's question alone in its paragraph, in quotes and answered in the
    // paragraphs under it (unquoted: a quoted reply makes it an exchange someone reports).
    let reader = || {
        style == Style::Plain
            && scan::is_quoted_question(&b.text)
            && p.next_content(i).is_some_and(|j| !p.feats[j].quote_start)
    };
    // (A reader's letter signed on the line under it may be quoted whole, whatever follows
    // its question: "“Where do I put it? We have no curb.”" / "— Gary F., Route 9".)
    // (Nor a claim quoted whole that its verdict answers: "« Dix minutes suffisent »" /
    // "Plutôt vrai. …".)
    let claim = || style == Style::Plain && quoted_claim(p, i) && p.judged_by_verdict(i);
    if b.text.is_empty()
        || (style != Style::QMarker
            && !heading
            && f.quote_start
            && !f.signed
            && !reader()
            && !claim())
    {
        return false;
    }
    // Nor a speaker's echo of the question they expect, answered at once with "Because …"
    // ("Neden mi?" / "Çünkü …", "Why, you ask?" / "Because …"): a turn of their answer. (A
    // plain "Why Margate?" answered "Because it was cheap" is the interviewer's.)
    if f.words <= 3
        && style == Style::Plain
        && scan::is_echo_question(&b.text)
        && p.next_content(i)
            .is_some_and(|j| scan::opens_because(p.text(j)))
    {
        return false;
    }
    // Nor a turn cut off before it asks ("Q    Ray — Ray —", "JD: But that's —"): an
    // interruption, its dash last and no question mark.
    let t = scan::trim(&b.text);
    if t.ends_with(['—', '–']) && !scan::has_question_mark(t) {
        return false;
    }
    // Nor an embedded post's words over its attribution ("Who's ready? 🌊" / "A post shared
    // by Saltgrass Festival (@saltgrassfest)").
    if p.blocks
        .get(i + 1)
        .is_some_and(|n| scan::is_embed_attribution(&n.text))
    {
        return false;
    }
    // Nor a carousel's item, its screen-reader marks around it ("list 3 of 4" / "What is the
    // GCC?" / "end of list").
    if p.blocks
        .get(i + 1)
        .is_some_and(|n| n.text.len() == 11 && n.text.eq_ignore_ascii_case("end of list"))
        || i.checked_sub(1).is_some_and(|k| {
            let t = p.text(k);
            t.len() <= 16 && t.starts_with("list ") && scan::is_counter(t)
        })
    {
        return false;
    }
    // Nor another user's reply under a thread's post ("Replying to @MaraOkaforNews" / "Q: can
    // I still put glass in the blue cart?"): the thread's questions are its writer's.
    if i.checked_sub(1).is_some_and(|k| {
        let t = scan::trim(p.text(k));
        t.len() <= 80 && scan::strip_prefix_ci(t, "replying to @").is_some()
    }) {
        return false;
    }
    // Nor a pull quote's question over whom it quotes, named last, another question straight
    // after it: "Why should someone in a one-bed flat pay the same…?" / "Fuel poverty
    // campaigner Ruth Okafor" / "Should I fix my tariff?".
    let quoted_by = |j: usize| {
        let (g, t) = (p.feats[j], scan::trim(p.text(j)));
        let b = t.as_bytes();
        let space = |end: usize| b[..end].iter().rposition(|&c| c == b' ');
        let name = space(b.len()).and_then(space).map_or(t, |k| &t[k + 1..]);
        (2..=8).contains(&g.words)
            && !g.sentence
            && !g.asks
            && scan::is_bare_name(name)
            && p.next_content(j).is_some_and(|k| p.feats[k].asks)
    };
    if style == Style::Plain && f.asks && p.next_content(i).is_some_and(quoted_by) {
        return false;
    }
    // (Nor, in any markup, a question quoted whole over the line that names and places whom it
    // quotes: "« Faut-il attendre …? »" / "Sophie Lardeux, apicultrice à Chemillé-en-Anjou".)
    if f.quote_start
        && !f.signed
        && scan::is_wholly_quoted(t)
        && p.next_content(i).is_some_and(|j| attribution(p, j))
    {
        return false;
    }
    // Nor a news story's lede under its dateline ("ALDER FALLS, Iowa — It's the question every
    // parent asks…: Will there be school tomorrow?"): the story's opening, whatever it asks.
    if f.words > 15 && scan::opens_with_dateline(t) {
        return false;
    }
    // Nor is a teaser under a "Read more" / "Mehr zum Thema" heading, a call for readers'
    // questions ("Got a question we haven't answered?") or a podcast's chapter.
    // (A transcript's line under its time stamp, "[00:01:38] Where does it go?", is a turn's.)
    // (A live Q&A's replay may stamp each question where the video reaches it, "01:12 What do
    // the numbers mean?", and answer it under it: not a chapter among chapters.)
    // (A bare stamp, not a transcript's bracketed one nor a long read's "Chapter 1".)
    let answered_below = || {
        let chapter = |j: usize| scan::is_chapter(p.text(j));
        b.text.starts_with(|c: char| c.is_ascii_digit())
            && scan::speaker_label(&b.text).is_none()
            && p.next_content(i).is_some_and(|j| {
                p.feats[j].sentence && p.feats[j].words >= 6 && !p.feats[j].asks && !chapter(j)
            })
            && !(0..i)
                .rev()
                .find(|&j| p.roles[j] == Role::Content)
                .is_some_and(chapter)
    };
    // (A question numbered next after the article's last one is one of its own, whatever it
    // asks: an interview guide's "7. Haben Sie noch Fragen an uns?" after "6. …?".)
    if p.feats[i].teaser
        || (p.brevity && scan::brevity_label(&b.text).is_some())
        || (scan::calls_for_questions(&b.text) && !p.numbered_next(i, i))
        // (Nor an appeal's "Can you help?" — unless a reader signs under it, the last line of
        // their letter.)
        || (scan::is_appeal(&b.text)
            && !(i + 1..p.blocks.len().min(i + 3)).any(|j| scan::is_reader_signature(p.text(j))))
        || (!turn && scan::is_chapter(&b.text) && !answered_below())
    {
        return false;
    }
    // Nor a reader's comment copied with the comments under the article: its "Reply" button
    // follows it.
    // Nor a question to readers that a call to comment answers ("Do you live in Harwood Vale?"
    // / "Tell us what you think in the comments below.").
    // (Not a reader's own question that the contact details answer: "How do I contact you or
    // complain?" / "Email us at …".)
    // (In the other languages too: "Hur kan jag lämna synpunkter?", "Hoe kan ik meepraten?")
    let readers = || {
        scan::words(&b.text).any(|w| {
            scan::Words("I|my|My|me|I'm|I’m|jag|ik|jeg|eg|ich|mig|mij|mich|mir|je|j'|yo|io|eu")
                .contains(w)
        })
    };
    // (Or a newsletter's sign-up: "Bạn muốn nhận thông báo…?" / "Đăng ký bản tin Kinh doanh
    // để nhận tin sớm nhất qua email.")
    // (Only under a teaser to the reader, "Want answers like these in your inbox?", "Bạn muốn
    // …?" — not an FAQ's own question that a sign-up answers, "How will residents hear about
    // changes?", "Làm sao để nhận cảnh báo…?".)
    let pitch = || {
        !scan::Words("how|what|when|where|who|why|which|làm|khi|ở|ai|tại|bao|cách")
            .contains(&scan::fold(scan::words(&b.text).next().unwrap_or("")))
    };
    let invites = |j: usize| {
        p.feats[j].words <= 30
            && (scan::invites_response(p.text(j)) || scan::is_newsletter_call(p.text(j)) && pitch())
    };
    if p.next_content(i).is_some_and(|j| {
        (scan::is_reply_button(p.text(j)) || invites(j) && !readers())
            // (Or two questions to readers over the call: "Hva synes du?" / "Har du utsatt
            // tannlegebesøk på grunn av prisen?" / "Si din mening i kommentarfeltet under.")
            || p.feats[j].asks
                && p.feats[j].words <= 15
                && !readers()
                && p.next_content(j).is_some_and(invites)
    }) {
        return false;
    }
    // Nor a feedback box's question, its two buttons under it ("¿Le resultó útil esta página?"
    // / "Sí No", "Was this answer helpful?" / "Yes · No").
    if p.next_content(i)
        .is_some_and(|j| p.feats[j].words <= 3 && scan::is_yes_no_buttons(p.text(j)))
    {
        return false;
    }
    // Nor a reader poll's question, under the poll's label or over its count of votes ("READER
    // POLL" / "Which option do you prefer?" / its choices / "2,314 votes so far.").
    // (Not an FAQ's question under a section so headed, answered in prose: "Have your say" /
    // "How can I give feedback on the trial?" / "The consultation is open until …".)
    // (A poll's choices may be a form's, left out of the text, the article carrying on under
    // it: only the section's label that is also an FAQ's, and a wh-question, not a poll's
    // "Should …?", "Would you …?".)
    let wh_opens = |t: &str| {
        scan::Words("how|what|where|when|who|why|which")
            .contains(&scan::fold(scan::words(t).next().unwrap_or("")))
    };
    let answered = |j: usize| {
        scan::fold(scan::trim(p.text(j))) == "have your say"
            && wh_opens(p.text(i))
            && p.next_content(i)
                .is_some_and(|k| p.feats[k].sentence && p.feats[k].words > 15 && !p.feats[k].asks)
    };
    // (Or its label run in before a colon: "Poll: Should the coach go?", "โหวต : …?",
    // "Have your say: Is the rule good for the game?" — a poll's own word, not a form's,
    // "Анкета: где взять бланк?", nor a section's over a wh-question or one answered in prose,
    // "Have your say: how can I comment…?", "Have your say: Can I respond by post?" / "Yes.
    // …" — a promo's line after it is no answer, "Watch every match … live on Kayo Sports.")
    let polled = p
        .prev_content(i)
        .is_some_and(|j| p.feats[j].words <= 3 && scan::is_poll_label(p.text(j)) && !answered(j))
        || scan::colon_label(&b.text).is_some_and(|(l, rest)| {
            let l = scan::fold(l);
            scan::Words("poll|reader poll|quick poll|umfrage|sondage|โหวต|โพล|bình chọn|thăm dò")
                .contains(&l)
                || l == "have your say"
                    && !wh_opens(rest)
                    && !p.next_content(i).is_some_and(|k| {
                        p.feats[k].sentence
                            && !p.feats[k].asks
                            && (p.feats[k].words > 25 || scan::opens_yes_no(p.text(k)))
                    })
        })
        || p.next_content(i)
            .is_some_and(|j| scan::counts_votes(p.text(j)));
    if polled {
        return false;
    }
    // Nor a step of a numbered list whose steps round it do not ask, the list inside an
    // answer ("1. File a claim notification…" / "2. Have you filed the form?" / "3. Keep
    // records…").
    let number = |j: usize| scan::strip_number(p.text(j)).map(|(n, _)| n);
    if let Some(n) = number(i).filter(|&n| n > 1) {
        let step =
            |j: Option<usize>, m: u32| j.is_some_and(|j| !p.feats[j].asks && number(j) == Some(m));
        if step(p.prev_content(i), n - 1) && step(p.next_content(i), n + 1) {
            return false;
        }
    }
    // Nor a gossip column's blind item, its label over the teasers ("GUESS WHO?" / "Which
    // soapie star has been …?" / a hint, no answer): the section's label the last short line
    // above it.
    let label = (0..i)
        .rev()
        .filter(|&j| p.roles[j] == Role::Content)
        .take(12)
        .find(|&j| p.feats[j].words <= 4);
    // (Over the teasers themselves, the next line asking: not a quiz page's "Guess who?" round
    // over its prose, the FAQ's questions after it.)
    // (Or a teaser set as a paragraph, a hint before it: "BLIND ITEM" / a hint / "Which …?" —
    // the quiz page's questions are headings.)
    if label.is_some_and(|j| {
        scan::is_blind_item_label(p.text(j))
            && (p.next_content(j).is_some_and(|k| p.feats[k].asks)
                || !matches!(b.kind, BlockKind::Heading(_)))
    }) {
        return false;
    }
    // Nor a sign-up box's question, an email field under it ("Ready for more?" / "Type your
    // email…" / "Subscribe").
    if p.before_email_field(i) {
        return false;
    }
    // Nor the page's last line over its copyright notice, nothing but the site's links after
    // it ("Ready for more?" / "© 2025 Nora Castellanos" / "Privacy ∙ Terms").
    if p.next_content(i).is_some_and(|j| {
        scan::is_copyright(p.text(j))
            && !(j + 1..p.blocks.len())
                .filter(|&k| p.roles[k] == Role::Content)
                .take(12)
                .any(|k| p.feats[k].sentence && p.feats[k].words > 15)
    }) {
        return false;
    }
    // Nor a banner's ("Ready to see where your money is held?" / a line / "Get started"), nor a
    // box's label ("Did you know?"). (Not a question that a reply answers, the page's button
    // after it: "Do you offer gift vouchers?" / "We do! …" / "Book Now".)
    // (Nor one answered at length before the button: "How do I join?" / "Fill in the online
    // membership form and pay… You'll get a welcome email…" (35 words) / "Join now".)
    let button = || {
        !(p.next_content(i)
            .is_some_and(|j| scan::opens_reply(p.text(j)))
            || answered_at_length(p, i))
            && (i + 1..p.blocks.len())
                .filter(|&j| p.roles[j] == Role::Content)
                .take(2)
                // (Or after the email field's placeholder: "Enter email  Sign up".)
                .any(|j| {
                    let t = p.text(j);
                    p.feats[j].words <= 4
                        && (scan::is_button_label(t)
                            || t.match_indices(' ')
                                .any(|(k, _)| scan::is_button_label(&t[k + 1..])))
                })
    };
    if (f.words <= 4 && scan::is_box_label(&b.text)) || button() {
        return false;
    }
    // Nor a poll's or a quiz's question, its choices under it ("A. 1,214 pounds", "Yes, once").
    // (One line each, or lines of one paragraph: "a) …<br>b) …".)
    let choices: Vec<&str> = (i + 1..p.blocks.len())
        .filter(|&j| p.roles[j] == Role::Content)
        .take(6)
        .map_while(|j| {
            let f = p.feats[j];
            // (However long a line of boxes to tick runs on: "☐ Agree ☐ Not sure …".)
            let boxes = || p.text(j).matches(['☐', '□']).nth(1).is_some();
            (!f.asks && (!f.sentence || f.words <= 12 || boxes())).then(|| p.text(j))
        })
        .flat_map(|t| t.split('\n').filter(|l| !scan::trim(l).is_empty()))
        .take(12)
        .collect();
    // (Or a form's line to write the answer on: "____________".)
    if scan::are_choices(&choices)
        || (scan::circled_choices(&choices) && p.title.is_some_and(|t| scan::names_quiz(p.text(t))))
        || p.blocks
            .get(i + 1)
            .is_some_and(|n| n.text.starts_with("_____"))
    {
        return false;
    }
    // Nor the headline again (a page copied with its menu above the headline), nor an entry of
    // a menu: a run of short labels around it ("Wetter", "Sport", "Sendung verpasst?", "Suche").
    // (Not the first of the questions headed alike below the intro, the headline asking it
    // too: "Why do the clocks go back?" over the body's first answer.)
    // (Or a forum's thread title with its state tagged before it: "[SOLVED] Laptop won't
    // wake…?")
    if p.title
        .is_some_and(|t| t != i && scan::untagged(p.text(t)) == scan::untagged(&b.text))
        && !(matches!(b.kind, BlockKind::Heading(_)) && p.first_prose.is_some_and(|j| j < i))
    {
        return false;
    }
    let label =
        |j: usize| p.roles[j] != Role::Content || (p.feats[j].words <= 3 && !p.feats[j].sentence);
    let around = |r: &mut dyn Iterator<Item = usize>| r.take(2).filter(|&j| label(j)).count();
    if f.words <= 3
        && around(&mut (i.saturating_sub(2)..i).rev()) == 2.min(i)
        && around(&mut (i + 1..p.blocks.len())) == 2
        && (i.saturating_sub(2)..i + 3)
            .filter(|&j| j != i && p.roles.get(j) == Some(&Role::Content))
            .count()
            >= 3
    {
        return false;
    }
    // Nor a link card's title: perhaps a line or two of its teaser ("A look back at …", its
    // writer and reading time), then its "Read more" (not a rail's heading over links).
    let read_more = |j: usize| {
        p.feats[j].words <= 5
            && scan::is_read_more(p.text(j))
            && !matches!(p.blocks[j].kind, BlockKind::Heading(_))
    };
    // (Its "Read more →" may already be set aside as a link's furniture, though not its
    // teaser: not a card set aside whole under the question, its answer after it.)
    let next: Vec<usize> = (i + 1..p.blocks.len())
        .filter(|&j| {
            p.roles[j] == Role::Content
                || p.roles[j] == Role::Boilerplate
                    && read_more(j)
                    && p.roles[j - 1] == Role::Content
        })
        .take(3)
        .collect();
    // (A rail's heading is followed by its links, or by teasers that no other "Read more"
    // follows: "Read More" / "The Critics" / "Is There Still Room…?" / its standfirst.)
    let card_button = |j: usize| {
        read_more(j)
            && p.next_content(j).is_none_or(|k| {
                !p.blocks[k].flags.has(Flags::LINK_ONLY)
                    && (!p.feats[k].teaser
                        || (k + 1..p.blocks.len())
                            .filter(|&m| p.roles[m] == Role::Content)
                            .take(4)
                            .any(read_more))
            })
    };
    // (Not a claim whose verdict a "Read more" follows: "“Closing apps saves battery”" /
    // "Myth. …" / "Read more".)
    // (A newsletter's teaser may run longer, one paragraph alone over its link: "Union
    // leaders … explains what each side wants." / "Read the full story →"; or end on its
    // link: "… Columnist Dee Harlan weighs the options. Read more →".)
    let points_on = |t: &str| scan::trim(t).ends_with(['→', '»', '›']);
    let ends_on_link = |j: usize| {
        let t = scan::trim(p.text(j));
        points_on(t)
            && t.rfind(". ")
                .is_some_and(|k| scan::words_le(&t[k + 2..], 5) && scan::is_read_more(&t[k + 2..]))
    };
    let card = (next
        .iter()
        .position(|&j| card_button(j))
        .is_some_and(|k| {
            next[..k].iter().all(|&j| p.feats[j].words <= 30)
                // (A longer teaser only over a link that points on, "Read the full story →":
                // an FAQ's answer may be followed by a plain "Read more".)
                || k == 1
                    && p.feats[next[0]].words <= 60
                    && points_on(p.text(next[1]))
        })
        || next
            .first()
            .is_some_and(|&j| p.feats[j].words <= 60 && ends_on_link(j))
        // (Or that teaser already set aside whole, as a link's furniture.)
        || p.blocks.get(i + 1).is_some_and(|_| {
            p.roles[i + 1] == Role::Boilerplate
                && p.feats[i + 1].words <= 60
                && ends_on_link(i + 1)
        }))
        && !p.judged_by_verdict(i);
    // Nor a teaser card's headline over its date ("Wer zahlt die Milliardenlücke?" /
    // "14.11.2026"): a question's answer never opens with a bare date.
    if card || next.first().is_some_and(|&j| scan::is_bare_date(p.text(j))) {
        return false;
    }
    // Nor a subheading quoting the text under it ("'Who else is going to do it?'").
    if let Some(quoted) = scan::pull_quote(&b.text) {
        let quoted = scan::fold(quoted);
        let below = (i + 1..p.blocks.len())
            .filter(|&j| p.roles[j] == Role::Content)
            .take(8)
            .any(|j| scan::fold(p.text(j)).contains(&quoted));
        if below {
            return false;
        }
    }
    // Nor a pull quote copied as text: a line that the paragraph over it says word for word
    // ("… It never gets old. Who else gets to watch the sun come up…?" / "Who else gets to
    // watch the sun come up…?").
    // (Its words as they stand, no folding, past its first letter: a pull quote capitalises
    // the words it takes from inside a sentence, "… “But would you rather …?”".)
    // (A short line in a paragraph of ordinary length: the search is by hand, and stays linear.)
    if !p.from_html && style == Style::Plain && f.words >= 5 && t.len() <= 300 {
        let line = t
            .get(t.chars().next().map_or(0, char::len_utf8)..)
            .unwrap_or(t);
        let above = (0..i)
            .rev()
            .filter(|&j| p.roles[j] == Role::Content)
            .take(2)
            .any(|j| {
                p.feats[j].words > f.words
                    && p.text(j).len() <= 10_000
                    && scan::find_sub(p.text(j), line).is_some_and(|k| {
                        // (Not a pointer to it: "… see “What if I don't have a smartphone?”
                        // below.")
                        let at = k.saturating_sub(t.len() - line.len());
                        !scan::points_to(p.text(j), at, t.len())
                    })
            });
        if above {
            return false;
        }
    }
    // Nor is a question quoted at the end of a statement ("…, saying, “Are there any left?”") —
    // unless the interviewer reads it out in their turn ("He writes, “… Is that reasonable?”").
    // (A reader's signed letter is the column's question, whatever it quotes: "‘My son says
    // school is “boring” every day. … Should I be worried?’" / "Sarah, Swindon".)
    if style != Style::QMarker && !heading && !turn && !f.signed && scan::reports_question(&b.text)
    {
        return false;
    }
    // An unstyled paragraph of several sentences and more than a dozen words that ends asking
    // ("… abgefangen. Wie wichtig war …?") is an interviewer's question in an article without
    // subheadings; where statement subheadings give the article its structure, or right under
    // the headline (the teaser), it is body text ending with a rhetorical question. A speaker's
    // name before it makes it a turn of an interview transcript either way.
    let teaser = || p.title.is_some() && (p.first_content == Some(i) || p.first_prose == Some(i));
    if style == Style::Plain
        && !f.signed
        && f.words > 12
        && scan::has_inner_sentence_end(&b.text)
        && scan::speaker_label(&b.text).is_none()
        // (Nor a transcript's turn labelled otherwise: "Chairwoman Bell. Thank you. … Mr.
        // Dorsey, how many …?")
        && !(turn && scan::turn_label(&b.text).is_some())
        && (p.statement_subheads || (teaser() && !p.readers_column))
    {
        return false;
    }
    // The marker counts as a word here; the limits are generous enough for it.
    // A reader's signed letter may be long (so may any in a readers' column), and so may an
    // interviewer's turn.
    // (One signed at its end, "… bushy again? Maureen Fisk, Bideford", is allowed its
    // signature's words.)
    // (So may a marked one that a marked answer follows, a reader's name perhaps between:
    // "Q I started a new job in October…" / "Tom, 31, Sheffield" / "A What you describe…".)
    let answered = || {
        let mut next =
            (i + 1..p.blocks.len().min(i + 6)).filter(|&j| p.roles[j] != Role::Separator);
        next.next().is_some_and(|j| {
            let marked = |j: usize| {
                let t = p.text(j);
                scan::strip_answer_marker(t, false).is_some()
                    || (p.bare_q && scan::strip_bare_letter(t, 'A').is_some())
            };
            marked(j) || (p.feats[j].words <= 8 && next.next().is_some_and(marked))
        })
    };
    let limit = if f.signed || (f.q_marker && answered()) {
        150
    } else if f.inline_signed {
        style.word_limit() + 6
    } else if f.asks && (turn || matches!(style, Style::Bold | Style::Italic)) {
        // (A broadcast's host opens on the story before the first question, in one turn; an
        // exchange of letters sets its long questions in bold.)
        100
    } else if turn
        || scan::is_formal_ask(&b.text)
        || ((p.readers_column || p.asked_of_us) && style == Style::Plain)
    {
        // (Or a parliament's written question, "To ask the Secretary of State …, what …".)
        // (Or a reader's, told with their situation, where the intro says readers' questions
        // are answered.)
        80
    } else {
        style.word_limit()
    };
    usize::from(f.words) <= limit + usize::from(f.q_marker)
}

/// The speaker's name in capitals a turn opens with: "BRENDA: …", "CALLER (DWAYNE, NEAR
/// LISTOWEL): …". (Not a news package's voice-over, "REPORTER (V/O): … So what happens to
/// them?", nor its narrator: their questions are the story's own.)
fn capitals_label(t: &str) -> Option<&str> {
    scan::speaker_label(t).map(|(l, _)| l).filter(|l| {
        l.len() >= 2
            && !l.bytes().any(|c| c.is_ascii_lowercase())
            && l.bytes().any(|c| c.is_ascii_uppercase())
            && !["REPORTER", "NARRATOR", "VOICE", "V/O", "VO)", "CAMERA"]
                .iter()
                .any(|w| scan::find_sub(l, w).is_some())
    })
}

/// A broadcast transcript whose asking turns run long under names in capitals, each answered by
/// another name's turn ("BRENDA: Marc, let's start with the big one. … What's the rule of
/// thumb…?" / "MARC: The number we like…"), three at least: such turns may be read with an
/// interviewer's longer limit.
fn long_capital_turns(p: &Prep, from: usize) -> bool {
    (from..p.blocks.len())
        .filter(|&j| {
            p.roles[j] == Role::Content
                && p.feats[j].asks
                && p.feats[j].words > 30
                && capitals_label(p.text(j)).is_some_and(|l| {
                    p.next_content(j)
                        .and_then(|k| capitals_label(p.text(k)))
                        .is_some_and(|m| !scan::same_speaker(l, m))
                })
        })
        .nth(2)
        .is_some()
}

/// A claim quoted whole on a line of its own in text, as a "true or false" page copied as text
/// sets its claims: "« Les plantes vertes purifient l'air intérieur »".
fn quoted_claim(p: &Prep, i: usize) -> bool {
    !p.from_html && p.feats[i].quote_start && scan::pull_quote(p.text(i)).is_some()
}

#[derive(Debug)]
pub struct Selection {
    pub questions: Vec<usize>,
    pub style: Option<Style>,
    /// Set when the article is not in question-and-answer form.
    pub reason: Option<String>,
    /// The heading of the FAQ section used, when only a section is Q&A.
    pub section: Option<usize>,
    /// Where that section ends, when another section's label follows it.
    pub section_end: Option<usize>,
}

impl Selection {
    /// No questions, and why: the article is not in question-and-answer form.
    fn not_qa(style: Option<Style>, reason: String) -> Self {
        Selection {
            questions: Vec::new(),
            style,
            reason: Some(reason),
            section: None,
            section_end: None,
        }
    }
}

/// In text, where nothing sets a heading apart: lines standing alone between paragraphs, four
/// at least, all opening on an interrogative word — "What the rebate covers" / "How to apply"
/// (not where one is a statement's, "The bigger picture").
fn text_wh_lines(p: &Prep, from: usize) -> bool {
    let alone = |i: usize| {
        p.roles[i] == Role::Content
            && short_plain_line(p, i)
            && [p.prev_content(i), p.next_content(i)]
                .iter()
                .all(|&k| k.is_some_and(|k| p.feats[k].sentence))
    };
    !p.from_html && {
        let heads: Vec<usize> = (from..p.blocks.len())
            .filter(|&i| alone(i))
            .take(64)
            .collect();
        heads.len() >= 4 && heads.iter().all(|&i| scan::is_wh_clause(p.text(i)))
    }
}

/// A short line set like the text, no sentence and not asking: in text, a subheading's shape.
fn short_plain_line(p: &Prep, i: usize) -> bool {
    let f = p.feats[i];
    style_of(p, i) == Style::Plain && !f.sentence && !f.asks && f.words <= 12
}

#[derive(Clone, Copy)]
struct Candidate {
    idx: usize,
    style: Style,
    shaped: bool,
}

/// The question-shaped blocks from `from` on. With `wh`, headings phrased as questions without
/// the question mark ("What happened") count as question-shaped too.
fn candidates(p: &Prep, from: usize, wh: bool) -> Vec<Candidate> {
    candidates_of(p, from, wh, false)
}

/// Is `i` one of two dashed lines at least in a row that ask, the line after them no dashed
/// turn: a list's items, not a dialogue's turns?
fn dashed_list(p: &Prep, i: usize) -> bool {
    // (Or a list's item, its bullet read off it: "- Ali ste za …?" in text.)
    let dashed = |j: usize| {
        p.text(j).starts_with(['–', '-', '—', '•']) || p.blocks[j].kind == BlockKind::ListItem
    };
    let asking = |j: usize| dashed(j) && p.feats[j].asks;
    if !asking(i) {
        return false;
    }
    // (The run's first and its end, sixteen lines each way at most: linear over the page. A
    // longer run is a list whatever follows it.)
    let mut first = i;
    for _ in 0..16 {
        match p.prev_content(first).filter(|&k| asking(k)) {
            Some(k) => first = k,
            None => break,
        }
    }
    let mut last = i;
    for _ in 0..16 {
        match p.next_content(last).filter(|&k| asking(k)) {
            Some(k) => last = k,
            None => break,
        }
    }
    first != last && p.next_content(last).is_none_or(|k| !dashed(k) || asking(k))
}

/// The candidates, `long_turns` reading turns under names in capitals as an interviewer's.
fn candidates_of(p: &Prep, from: usize, wh: bool, long_turns: bool) -> Vec<Candidate> {
    let mut out = Vec::new();
    // A "true or false" page: claims set apart as headings (or bold, or numbered), each
    // answered by a paragraph that opens on its verdict ("On perd la majeure partie de sa
    // chaleur par la tête" / "Faux. L'idée viendrait…"). Three at least: the claims are its
    // questions, asked without the mark.
    // (In text, a claim quoted whole on its line: "« Dix minutes par jour suffisent »".)
    let set_apart = |i: usize| {
        p.feats[i].words <= 25
            && !p.feats[i].asks
            && match style_of(p, i) {
                // (A disclosure's summary too: "Myth: Flu is just a bad cold" over its panel.)
                Style::Heading(_)
                | Style::ClassHeading
                | Style::Bold
                | Style::Numbered
                | Style::Term => true,
                // (Or labelled as a myth-buster labels its myths: "Myth: The MMR vaccine
                // causes autism" / "Fact: There is no link…".)
                // (Or on a line of its own, no full stop: "Fans are useless once it gets above
                // 35C" / "It depends. …".)
                Style::Plain => {
                    quoted_claim(p, i) || scan::is_myth_label(p.text(i)) || !p.feats[i].sentence
                }
                _ => false,
            }
    };
    // (Not a rating scale's line, itself a verdict: "Mostly correct: accurate but needs
    // clarification" over "Misleading: contains some truth…"; nor its heading over them, "How we
    // rate claims" / "Correct: …" / "Mostly correct: …". A myth's label is no verdict here.)
    let verdict = |k: usize| scan::opens_rating(p.text(k)) && !scan::is_myth_label(p.text(k));
    let judged = |i: usize| {
        p.roles[i] == Role::Content
            && set_apart(i)
            && p.judged_by_verdict(i)
            && !verdict(i)
            && !p
                .next_content(i)
                .and_then(|k| p.next_content(k))
                .is_some_and(verdict)
    };
    let claims = (from..p.blocks.len())
        .filter(|&i| judged(i))
        .nth(2)
        .is_some();
    // (Under an explainer's headline, headings of one level that all open on an interrogative
    // word, four at least, are its questions even as a title's noun clauses: "What the new law
    // means for renters", "When it comes into force", "Whether you can keep a pet".)
    // (Not the deck right under the headline, ten words at least, the byline under it: "What
    // happened, what was taken, and what patients should do this week" / "Kwesi Danquah" / "8
    // min read·Apr 22, 2026".)
    let deck = p.title.map(|t| t + 1).filter(|&d| {
        p.feats.get(d).is_some_and(|f| f.words >= 10)
            && (d + 1..p.blocks.len().min(d + 4))
                .take_while(|&j| p.feats[j].words <= 12)
                .any(|j| p.roles[j] == Role::Byline)
    });
    // (A heading's clause may end on a colon, as German subheads run into their text: "Wann
    // gestreikt wird:", "Welche Rechte Passagiere haben:".)
    let heading_clause = |t: &str| {
        let t = scan::trim(t);
        scan::is_wh_clause(t.strip_suffix([':', '：']).unwrap_or(t))
    };
    let clauses = wh && {
        let heads: Vec<usize> = (from..p.blocks.len())
            .filter(|&i| {
                p.roles[i] == Role::Content
                    && matches!(p.blocks[i].kind, BlockKind::Heading(_))
                    && !p.feats[i].trailer_heading
                    && Some(i) != deck
            })
            .take(64)
            .collect();
        let level = heads.first().map(|&i| p.blocks[i].kind);
        let same: Vec<usize> = heads
            .into_iter()
            .filter(|&i| Some(p.blocks[i].kind) == level)
            .collect();
        same.len() >= 4
            && same
                .iter()
                .all(|&i| p.feats[i].asks || heading_clause(p.text(i)))
    };
    let lines = wh && text_wh_lines(p, from);
    for i in from..p.blocks.len() {
        if p.roles[i] != Role::Content {
            continue;
        }
        // Most paragraphs neither ask nor carry a Q: marker.
        let f = p.feats[i];
        // (Once so set, one under a box of links too: "Related" / "Is a heat pump worth it…?".)
        let line = lines
            && short_plain_line(p, i)
            && scan::is_wh_clause(p.text(i))
            && p.next_content(i)
                .is_some_and(|k| p.feats[k].sentence && !p.feats[k].asks && p.feats[k].words > 8);
        let unmarked = wh
            && Some(i) != deck
            && (f.wh_phrase
                || line
                || clauses
                    && matches!(p.blocks[i].kind, BlockKind::Heading(_))
                    && heading_clause(p.text(i)));
        let claim = claims && judged(i);
        if !(f.asks || f.q_marker || unmarked || claim) {
            continue;
        }
        // (Nor an answer on the line under its question that asks back: "Receive. Who's
        // asking?"; nor one that opens asking under a reader's signed question, "“Why do
        // volcanoes erupt?”" / "Think about a fizzy drink. What happens if you shake it?")
        if !f.q_marker
            && (p.blocks[i].flags.has(Flags::ANSWER_LINE)
                || (f.asks && !f.signed && p.prev_content(i).is_some_and(|k| p.feats[k].signed)))
        {
            continue;
        }
        // (Nor one of a dashed list of questions, two asking in a row and no dashed turn
        // answering them: an answer quoting a ballot's questions, "– Jeste li za …?" / "– Jeste
        // li za …?" / "Rezultat … nije obvezujući." — a dialogue's turns alternate.)
        if f.asks && dashed_list(p, i) {
            continue;
        }
        let style = style_of(p, i);
        // A marked prompt that does not ask ("Ｑ　…のか。", "Q: Tell me about …") counts as
        // a question when a marked answer follows it.
        let answered = || {
            f.q_marker
                && p.next_content(i)
                    .is_some_and(|j| scan::strip_answer_marker(p.text(j), false).is_some())
        };
        // (A reporter's closing "Q Thank you, Marisol." asks nothing; nor does a chat reader's
        // "Gabi: Danke für den tollen Chat!", whatever the page's markup calls it.)
        if (f.q_marker && !f.asks && scan::thanks(p.text(i)))
            || (f.asks && {
                let said = scan::turn_label(p.text(i)).map_or(p.text(i), |(_, r)| r);
                // (Not a turn that thanks first and goes on to ask: "Hi, thanks. I wanted to
                // ask about …, and what it means for capex.")
                let goes_on = || {
                    scan::find_sub(said, ". ").is_some_and(|k| !scan::words_le(&said[k + 2..], 7))
                };
                !scan::has_question_mark(said) && scan::thanks(said) && !goes_on()
            })
        {
            continue;
        }
        // (Or a transcript's note of what was asked, in brackets after the marker: "Q.
        // (Question regarding Terrence Boyd's ankle.)".)
        let noted = || {
            f.q_marker && {
                let t = p.question_text(i);
                scan::is_noted_question(scan::strip_question_marker(t).unwrap_or(t))
            }
        };
        let shaped = f.asks
            || claim
            || answered()
            || noted()
            || (unmarked
                && matches!(
                    style,
                    Style::Heading(_)
                        | Style::ClassHeading
                        | Style::Term
                        | Style::AllCaps
                        | Style::Bold
                        | Style::Italic
                ))
            // (In text, where no markup sets a heading apart, a line that asks in its words
            // alone, "Miksi hinta nousee näin korkeaksi", between paragraphs of prose: a
            // subheading that lost its mark, as the explainer's others kept theirs.)
            || line
            || (unmarked
                && style == Style::Plain
                && !p.from_html
                && !f.sentence
                && scan::asks_unmarked(p.text(i))
                && [(p.prev_content(i), 4), (p.next_content(i), 8)].iter().all(|&(k, n)| {
                    k.is_some_and(|k| p.feats[k].sentence && !p.feats[k].asks && p.feats[k].words > n)
                }));
        let ok = if long_turns && capitals_label(p.text(i)).is_some() {
            admissible(p, i, style, true)
        } else {
            eligible(p, i, style)
        };
        if (shaped || f.q_marker) && ok {
            out.push(Candidate {
                idx: i,
                style,
                shaped,
            });
        }
    }
    // A table of contents that lists the questions, numbered ("In this guide" / "1. What is a
    // heat pump…?"), each asked again under it as the page sets its questions: the entries
    // are the contents', not questions of their own.
    if out.iter().any(|c| c.style == Style::Numbered) {
        let key = |i: usize| {
            let t = p.question_text(i);
            scan::fold(scan::strip_number(t).map_or(t, |(_, r)| r))
        };
        // (The last candidate with each text, and whether it is numbered: index * 2 + 1 if so.)
        let mut last: super::Strings = super::Strings::default();
        for c in &out {
            last.insert(
                key(c.idx),
                c.idx * 2 + usize::from(c.style == Style::Numbered),
            );
        }
        let later_unnumbered =
            |i: usize| last.get(&key(i)).is_some_and(|&v| v / 2 > i && v % 2 == 0);
        out.retain(|c| c.style != Style::Numbered || !later_unnumbered(c.idx));
    }
    out
}

/// Picks the style with the most question-shaped members; returns its members in order.
fn pick(p: &Prep, cands: &[Candidate]) -> (Option<Style>, Vec<usize>) {
    // A handful of styles at most: a list, not a map (a map's code would cost wasm bytes).
    let mut groups: Vec<(Style, (usize, Vec<usize>))> = Vec::new();
    for c in cands {
        let k = match groups.iter().position(|(s, _)| *s == c.style) {
            Some(k) => k,
            None => {
                groups.push((c.style, (0, Vec::new())));
                groups.len() - 1
            }
        };
        let g = &mut groups[k].1;
        if c.shaped {
            g.0 += 1;
        }
        if c.shaped || c.style == Style::QMarker {
            g.1.push(c.idx);
        }
    }
    let mut best: Option<(Style, usize, Vec<usize>)> = None;
    let mut headings: Vec<(u8, Vec<usize>)> = Vec::new();
    let mut terms: Vec<usize> = Vec::new();
    for (style, (shaped, members)) in groups {
        if let (Style::Heading(level), true) = (style, shaped > 0) {
            headings.push((level, members.clone()));
        }
        if style == Style::Term {
            terms.clone_from(&members);
        }
        if shaped == 0 && !(style == Style::QMarker && ruled_turns(p, &members)) {
            continue;
        }
        if style == Style::Numbered && !numbers_ascend(p, &members) {
            continue;
        }
        let better = match &best {
            None => true,
            Some((s, _, m)) => {
                members.len() > m.len() || (members.len() == m.len() && style.rank() < s.rank())
            }
        };
        if better {
            best = Some((style, shaped, members));
        }
    }
    // Questions with sub-questions: h2 questions whose answers hold h3 questions ("What changes for
    // workers?" → "Will I pay more tax?"). The sub-questions may be more, but the outer level is
    // the explainer's: the highest heading level that has questions from the start, is not a
    // minority among its own headings, and has at least two. (Not where most of them answer
    // nothing themselves, the next thing under each a question of the level below: sections
    // headed by questions, "What about money?" / "How much should I budget per month?".)
    if let Some((Style::Heading(level), _, m)) = &best {
        let first = m.first().copied().unwrap_or(usize::MAX);
        let labels = |members: &[usize]| {
            members
                .iter()
                .filter(|&&i| {
                    p.next_content(i)
                        .is_some_and(|j| m.binary_search(&j).is_ok())
                })
                .count()
                * 2
                > members.len()
        };
        // (Levels tried from the top by hand: a sort would add 4 KB of wasm.)
        let outer = (1..*level).find_map(|l| {
            headings.iter().position(|(hl, members)| {
                *hl == l
                    && members.len() >= 2
                    && members[0] < first
                    && same_style_others(p, Style::Heading(l), members) <= members.len()
                    && !labels(members)
            })
        });
        if let Some(k) = outer {
            let (l, members) = headings.swap_remove(k);
            return (
                Some(Style::Heading(l)),
                with_subquestions(p, &headings, l, members),
            );
        }
    }
    match best {
        Some((Style::Heading(l), _, m)) => (
            Some(Style::Heading(l)),
            with_subquestions(p, &headings, l, m),
        ),
        // Questions marked ("Gwen, Ballarat: Will I be fined…?", "Q: …"), each a heading of
        // one level or an accordion's term, among such that ask unmarked ("When will we know
        // the result?"): the same markup, the page's questions too — between the first marked
        // and the last, or the one alone after the last (not a teaser and a sponsor's box
        // after them), no more of them than the marked.
        Some((Style::QMarker, _, mut m)) => {
            let kind = m.first().map(|&q| p.blocks[q].kind);
            let peers = match kind {
                _ if !m.iter().all(|&q| Some(p.blocks[q].kind) == kind) => None,
                Some(BlockKind::Heading(l)) => headings
                    .iter()
                    .find(|(hl, _)| *hl == l)
                    .map(|(_, members)| members),
                Some(BlockKind::Term) => Some(&terms),
                _ => None,
            };
            if let Some(peers) = peers {
                let last = m[m.len() - 1];
                let after = peers.iter().filter(|&&j| j > last).count();
                let extra: Vec<usize> = peers
                    .iter()
                    .copied()
                    .filter(|&j| j > m[0] && (j < last || after == 1))
                    .collect();
                if extra.len() <= m.len() {
                    merge_in(&mut m, &extra);
                }
            }
            (Some(Style::QMarker), m)
        }
        // (And the other way round: a worded marker or two among an interview's questions set
        // as its terms, "Una última pregunta: ¿verano en la ciudad o en la playa?" in the
        // questions' cell — the same markup, one of them.)
        Some((Style::Term, _, mut m)) => {
            let worded: Vec<usize> = cands
                .iter()
                .filter(|c| {
                    c.style == Style::QMarker
                        && c.shaped
                        && p.blocks[c.idx].kind == BlockKind::Term
                        && m.first().is_some_and(|&f| c.idx > f)
                })
                .map(|c| c.idx)
                .collect();
            if (1..=2).contains(&worded.len()) && m.len() >= 3 {
                merge_in(&mut m, &worded);
            }
            (Some(Style::Term), m)
        }
        Some((s, _, m)) => (Some(s), m),
        None => (None, Vec::new()),
    }
}

/// A Japanese interviewer's turns under the double rule, three at least, need not ask:
/// "――受験生がAIを使って勉強するのは、もう止められません。", "――最後に、保護者へのメッセージ
/// を。" — the rule marks them, as "Q:" does, in a page that says it is an interview ("…に聞く",
/// "インタビュー", "一問一答"), not a story's remembered words ("――父はこの機械の前で倒れた。").
fn ruled_turns(p: &Prep, members: &[usize]) -> bool {
    let ruled = |q: &usize| {
        let t = scan::trim(p.text(*q));
        t.starts_with("――") || t.starts_with("──")
    };
    let says = |j: usize| {
        let t = p.text(j);
        ["に聞く", "に聞いた", "インタビュー", "一問一答"]
            .iter()
            .any(|w| scan::find_sub(t, w).is_some())
    };
    members.len() >= 3
        && members.iter().all(ruled)
        && p.title
            .into_iter()
            .chain((p.first_content.unwrap_or(0)..members[0]).take(4))
            .any(says)
}

/// A few questions a level below the explainer's ("Am I protected?" → "What if I don't know
/// whether I had both doses?"), at most one for every two: readers look for them among the
/// questions, not inside an answer. (Many are an answer's own sub-questions and stay in it.)
/// Those under a section's label, a heading above the questions' level nearer than any
/// question, are the questions' peers in a section of their own, however many: "Lightning
/// round" / "Favourite clay body?".
fn with_subquestions(
    p: &Prep,
    headings: &[(u8, Vec<usize>)],
    level: u8,
    qs: Vec<usize>,
) -> Vec<usize> {
    let first = qs.first().copied().unwrap_or(usize::MAX);
    let mut deeper = vec![false; p.blocks.len()];
    for (l, members) in headings {
        for &j in members.iter().filter(|&&j| *l > level && j > first) {
            if p.feats[j].asks {
                deeper[j] = true;
            }
        }
    }
    let mut taken = vec![false; p.blocks.len()];
    for &q in &qs {
        taken[q] = true;
    }
    let (mut subs, mut peers) = (Vec::new(), 0);
    let mut under_label = false;
    for j in first.min(p.blocks.len())..p.blocks.len() {
        if taken[j] {
            under_label = false;
        } else if deeper[j] {
            if under_label {
                taken[j] = true;
                peers += 1;
            } else {
                subs.push(j);
            }
        } else if matches!(p.blocks[j].kind, BlockKind::Heading(l) if l < level)
            && p.roles[j] == Role::Content
        {
            under_label = true;
        }
    }
    // (Not where the questions are numbered and the one below is not, "3. When and how do I
    // apply?" / "Applying online" / … / "What if I miss the deadline?": a sub-heading of the
    // answer's, with its statement peers.)
    let numbered = qs.iter().filter(|&&q| p.feats[q].numbered).count() * 2 > qs.len();
    subs.retain(|&j| !numbered || p.feats[j].numbered);
    if !subs.is_empty() && subs.len() * 2 <= qs.len() {
        for j in subs {
            taken[j] = true;
        }
    } else if peers < 2 {
        return qs;
    }
    // Merged in page order.
    (0..taken.len()).filter(|&j| taken[j]).collect()
}

/// A topic's label among question headings, set at their level, over questions of its own in
/// bold ("## Travel disruption" / "**Are trains running?**" / … / "**What about flights?**"):
/// those are the explainer's questions too, two at least under the label, each over a
/// sentence of its answer — not an answer's bold lead-ins. (Not more than the headings' own.)
fn labelled_bold_questions(p: &Prep, level: u8, qs: &mut Vec<usize>) {
    let (Some(&first), Some(&last)) = (qs.first(), qs.last()) else {
        return;
    };
    let heading_at =
        |j: usize, max: u8| matches!(p.blocks[j].kind, BlockKind::Heading(l) if l <= max);
    // (Not a rail's label over its headlines, "More from Money".)
    let label = |j: usize| {
        p.blocks[j].kind == BlockKind::Heading(level)
            && p.roles[j] == Role::Content
            && !p.feats[j].asks
            && !p.feats[j].trailer_heading
            && !scan::is_trailer_heading(p.text(j))
            && qs.binary_search(&j).is_err()
    };
    let mut extra = Vec::new();
    let mut j = first + 1;
    // (Labels between the questions, or right after the last one's answer.)
    let end = p.blocks.len().min(last + 64);
    while j < end {
        if !label(j) {
            j += 1;
            continue;
        }
        let stop = (j + 1..p.blocks.len())
            .find(|&k| heading_at(k, level))
            .unwrap_or(p.blocks.len());
        let bold: Vec<usize> = (j + 1..stop)
            .filter(|&k| {
                // (Not a quoted question, "What residents said" over their words; nor a
                // headline over its teaser: the answer is prose.)
                p.roles[k] == Role::Content
                    && p.feats[k].asks
                    && p.feats[k].words <= 25
                    && style_of(p, k) == Style::Bold
                    && !scan::starts_with_quote(p.text(k))
                    && !p.blocks[k].flags.has(Flags::LINK_ONLY)
                    && p.next_content(k).is_some_and(|a| {
                        a < stop
                            && p.feats[a].sentence
                            && !p.feats[a].asks
                            && p.feats[a].words >= 10
                    })
            })
            .collect();
        if bold.len() >= 2 {
            extra.extend_from_slice(&bold);
        }
        j = stop;
    }
    if !extra.is_empty() && extra.len() <= qs.len() {
        merge_in(qs, &extra);
    }
}

/// A list of the questions before them, as an old FAQ page links each to its place ("How do I
/// get a plot?" … "Is there water on site?"): where it names two of the questions found at
/// least, a question below that it names is one of them too, however the page sets it — a
/// hand-made page may drop its "Q." markers or its bold halfway.
fn contents_listed(p: &Prep, cands: &[Candidate], qs: &mut Vec<usize>) {
    let Some(&first) = qs.first() else {
        return;
    };
    let key = |i: usize| scan::fold(scan::trim(p.question_text(i)));
    // (64 entries at most, looked through: a list, not a map, costs fewer wasm bytes.)
    let listed: Vec<String> = (0..first)
        .filter(|&j| p.blocks[j].kind == BlockKind::ListItem && p.feats[j].asks)
        .take(64)
        .map(key)
        .collect();
    let named = |i: usize| listed.contains(&key(i));
    if listed.len() < 2 || qs.iter().filter(|&&q| named(q)).nth(1).is_none() {
        return;
    }
    // (The candidates stand in page order, and so do the questions.)
    let extra: Vec<usize> = cands
        .iter()
        .filter(|c| c.shaped && c.idx > first && qs.binary_search(&c.idx).is_err() && named(c.idx))
        .map(|c| c.idx)
        .collect();
    merge_in(qs, &extra);
}

/// Numbered questions count up: most numbers follow their predecessor.
fn numbers_ascend(p: &Prep, members: &[usize]) -> bool {
    let nums: Vec<u32> = members
        .iter()
        .filter_map(|&i| scan::strip_number(&p.blocks[i].text).map(|(n, _)| n))
        .collect();
    let steps = nums.windows(2).filter(|w| w[1] == w[0] + 1).count();
    nums.len() >= 2 && steps * 2 >= nums.len() - 1
}

/// Is there an answer (any content) between block `a` and block `b`?
fn has_content_between(p: &Prep, a: usize, b: usize) -> bool {
    (a + 1..b).any(|j| matches!(p.roles[j], Role::Content) && !p.feats[j].trailer_heading)
}

/// A podcast's episode list: most of the questions (three at least) under an episode's line
/// ("Episode 5 · 41 min · 14 Mar 2025"), or its teaser under one.
fn episode_list(p: &Prep, qs: &[usize]) -> bool {
    let episode = |j: usize| p.feats[j].words <= 12 && scan::is_episode_line(p.text(j));
    let under = |q: &usize| {
        p.prev_content(*q).is_some_and(|j| {
            episode(j)
                || p.prev_content(j)
                    .is_some_and(|i| p.feats[j].asks && episode(i))
        })
    };
    qs.len() >= 3 && qs.iter().filter(|q| under(q)).count() * 2 > qs.len()
}

/// Is the question answered only by a placeholder ("No answers yet"), past who asked it and
/// when ("Asked by Lou · 1 week ago"), as a store's community questions are?
fn placeholder_after(p: &Prep, q: usize) -> bool {
    let a = p.next_content(q).map(|a| {
        if scan::is_post_header(p.text(a)) {
            p.next_content(a).unwrap_or(a)
        } else {
            a
        }
    });
    a.is_some_and(|a| scan::is_placeholder(p.text(a)))
}

/// Drops questions with nothing after them before the next question (or the end).
/// (And the last of a list of them under a lead-in's colon: "Há várias perguntas a que os
/// investigadores ainda não responderam:" / "Quantas pessoas…?" / "O suspeito agiu sozinho?" /
/// "Onde está a arma?" / "As vítimas e o atirador conheciam-se?" / "O Jornal continuará a
/// acompanhar o caso…" — the line under the last answers none of them.)
fn drop_unanswered(p: &Prep, qs: &mut Vec<usize>) {
    let end = p.blocks.len();
    let mut keep = Vec::with_capacity(qs.len());
    // (How many questions in a row, each on the line right after the one before, end here.)
    let mut run = 0;
    for (k, &q) in qs.iter().enumerate() {
        let next = qs.get(k + 1).copied().unwrap_or(end);
        let listed = k > 0 && p.prev_content(q) == Some(qs[k - 1]);
        run = if listed { run + 1 } else { 0 };
        if has_content_between(p, q, next) {
            // (The page's last question, a closing line of its own under it: not an answer
            // to all of them, "Yes to all three…".)
            let first = k - run;
            let closing = || {
                p.next_content(q).is_some_and(|j| {
                    p.feats[j].words <= 25 && !p.feats[j].asks && !scan::opens_yes_no(p.text(j))
                })
            };
            let lead_in = run >= 2
                && next == end
                && p.prev_content(qs[first])
                    .is_some_and(|l| p.feats[l].colon && !p.feats[l].asks)
                && closing();
            if !lead_in {
                keep.push(q);
            }
        }
    }
    *qs = keep;
}

/// A meeting's agenda: an agenda's label near the page's top, and the questions mostly its
/// numbered items.
fn is_agenda(p: &Prep, qs: &[usize]) -> bool {
    // (Or numbered in a cell of its own before it, a line naming who asked between: "4.1" /
    // "Question from Mr D. Rowe, Wexcombe ward" / "Will the council reconsider…?")
    let item_number = |j: usize| {
        let t = scan::trim(p.text(j));
        (1..=6).contains(&t.len())
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    };
    let numbered = |q: usize| {
        p.feats[q].numbered
            || p.prev_content(q)
                .is_some_and(|a| item_number(a) || p.prev_content(a).is_some_and(item_number))
    };
    qs.len() >= 2
        && qs.iter().filter(|&&q| numbered(q)).count() * 2 > qs.len()
        && p.blocks
            .iter()
            .take(8)
            .any(|b| scan::is_agenda_label(&b.text))
}

/// Drops a question asked again, word for word, further down among the questions, where
/// nothing under the first reads as an answer (a sentence that does not ask): the
/// first is an entry of the page's contents ("Where do I report a security issue?" / "General"
/// / the first section's questions), the second the question.
fn drop_listed_again(p: &Prep, qs: &mut Vec<usize>) {
    if qs.len() < 3 {
        return;
    }
    let keys: Vec<String> = qs
        .iter()
        .map(|&q| scan::fold(scan::trim(p.question_text(q))))
        .collect();
    // (Each text's last question.)
    let mut last = super::Strings::default();
    for (k, key) in keys.iter().enumerate() {
        last.insert(key.clone(), k);
    }
    if last.len() == qs.len() {
        return;
    }
    // (Or a summary box's lines, each question answered in a line of its own, "L'essentiel" /
    // "Faut-il payer le nouveau compteur ? Non, ni l'appareil ni la pose.", three at least, each
    // asked once more further on, after the whole box, and answered there at greater length.)
    // (Each answer's length, first line and whether it reads as one — a sentence that does not
    // ask — worked out once: linear.)
    let n = qs.len();
    let (mut chars, mut first, mut answered) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut copies = super::Strings::default();
    for (k, &q) in qs.iter().enumerate() {
        let next = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
        chars.push(content_chars(p, q + 1..next));
        first.push((q + 1..next).find(|&j| p.roles[j] == Role::Content));
        answered.push(
            (q + 1..next)
                .any(|j| p.roles[j] == Role::Content && p.feats[j].sentence && !p.feats[j].asks),
        );
        *copies.entry(keys[k].clone()).or_insert(0) += 1;
    }
    // (Its first line short, the later answer twice as long at least; not a short "Why?" an
    // interviewer asks twice; nor a whole article pasted twice, its answers the same words
    // again; nor the same questions put to each candidate in turn, three times or more.)
    let briefly = |k: usize, l: usize| {
        let len = first[k].map_or(0, |j| p.blocks[j].text.len());
        copies.get(&keys[k]) == Some(&2)
            && p.question_text(qs[k]).len() >= 16
            && len <= 200
            && len * 2 < chars[l]
            && first[k].map(|j| p.text(j)) != first[l].map(|j| p.text(j))
    };
    let boxed: Vec<(usize, usize)> = (0..qs.len())
        .filter_map(|k| last.get(&keys[k]).map(|&l| (k, l)))
        .filter(|&(k, l)| l != k && briefly(k, l))
        .collect();
    let summary = boxed.len() >= 3
        && boxed.iter().map(|&(k, _)| k).max() < boxed.iter().map(|&(_, l)| l).min();
    let drop: Vec<bool> = (0..qs.len())
        .map(|k| {
            last.get(&keys[k])
                .is_some_and(|&l| l != k && (!answered[k] || summary && briefly(k, l)))
        })
        .collect();
    let mut k = 0;
    qs.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Drops the last question when it is one of a rail's short lines at the page's end, with no
/// answer after it.
fn drop_rail_end(p: &Prep, qs: &mut Vec<usize>) {
    if let [.., _, q] = qs[..] {
        if !answered_at_end(p, q) {
            qs.pop();
        }
    }
}

/// Is the question answered at length, more than thirty words, under it: an FAQ's own, not a
/// banner's line over the page's button ("How do I join?" / "Fill in the online membership
/// form…" / "Join now").
fn answered_at_length(p: &Prep, q: usize) -> bool {
    p.next_content(q).is_some_and(|a| p.feats[a].words > 30)
}

/// The last question, one of a rail's short lines (after another that asks nothing), is
/// answered only when something after it reads as an answer: a sentence, a longer line, a list
/// or a table — not only the rail's other headlines and buttons to the page's end ("From the
/// admissions blog" / "What is the Personal Profile?" / "Seven mistakes to avoid on your
/// application", "Seite drucken Teilen"). (A question alone after the previous answer may be
/// answered in a fragment: "Q: Favorite book" / "A: Moby-Dick".)
fn answered_at_end(p: &Prep, q: usize) -> bool {
    let in_rail = (0..q)
        .rev()
        .find(|&j| p.roles[j] == Role::Content)
        .is_some_and(|j| {
            let f = p.feats[j];
            !f.sentence && !f.asks && f.words <= 12 && p.blocks[j].text.len() <= 90
        });
    // (Up to the next rail's label: "Why are vaccination rates falling?" / "Published" / "14
    // January" / "Top stories" / the other rail's headlines and the page's footer.)
    !in_rail
        || (q + 1..p.blocks.len())
            .take_while(|&j| !(p.roles[j] == Role::Content && p.feats[j].trailer_heading))
            .any(|j| {
                let f = p.feats[j];
                p.roles[j] == Role::Content
                    && (f.sentence
                        || f.words > 12
                        || p.blocks[j].text.len() > 120
                        || matches!(p.blocks[j].kind, BlockKind::ListItem | BlockKind::Cell(_)))
            })
}

/// A "What we know / What we don't know" explainer sets each section's questions its own way:
/// bold run-ins under the first label ("**What happened?** The fire was reported…"), headings
/// under the second. Questions in bold or italics join the headings' when they all stand in a
/// section of their own before the first: a label heading that asks nothing opens it and
/// another closes it, and each is answered.
fn earlier_section(p: &Prep, cands: &[Candidate], level: u8, qs: &mut Vec<usize>) {
    let Some(&first) = qs.first() else {
        return;
    };
    if qs.len() < 2 {
        return;
    }
    let label = |j: usize| {
        matches!(p.blocks[j].kind, BlockKind::Heading(k) if k <= level)
            && p.roles[j] == Role::Content
            && !p.feats[j].asks
            && p.feats[j].words <= 8
    };
    for style in [Style::Bold, Style::Italic] {
        let mut g: Vec<usize> = cands
            .iter()
            .filter(|c| c.style == style && c.shaped && c.idx < first)
            .map(|c| c.idx)
            .collect();
        let n = g.len();
        drop_unanswered(p, &mut g);
        let (Some(&a), Some(&b)) = (g.first(), g.last()) else {
            continue;
        };
        if n < 2 || g.len() < n || !(b..first).any(label) {
            continue;
        }
        // (The section's own label: the nearest heading before its first question.)
        let opened = (0..a)
            .rev()
            .find(|&j| matches!(p.blocks[j].kind, BlockKind::Heading(_)))
            .is_some_and(|j| label(j) && Some(j) != p.title);
        if opened {
            g.extend_from_slice(qs);
            *qs = g;
            return;
        }
    }
}

/// A section of quick questions after the marked ones, under a label of its own ("Lightning
/// round" / "Is it too late to put money in an IRA for 2024?" / "No. You have until April
/// 15…"): each a short line that asks, its answer the one paragraph under it, two at least in a
/// row. (A call for more questions, "Got a question for the Money Desk?", ends them.)
fn later_section(p: &Prep, qs: &mut Vec<usize>) {
    let Some(&last) = qs.last() else {
        return;
    };
    if qs.len() < 2 {
        return;
    }
    let n = p.blocks.len();
    let content = |j: usize| p.roles[j] == Role::Content;
    let label = |j: usize| {
        content(j)
            && !p.feats[j].asks
            && !p.feats[j].sentence
            && p.feats[j].words <= 4
            && !p.feats[j].trailer_heading
            && (matches!(p.blocks[j].kind, BlockKind::Heading(_)) || !p.from_html)
    };
    // (The label after the last question's answer: its first paragraph, at least.)
    let Some(l) = (last + 2..n.min(last + 40)).find(|&j| label(j)) else {
        return;
    };
    let quick = |j: usize| {
        let f = p.feats[j];
        content(j)
            && f.asks
            && f.words <= 30
            && !f.teaser
            && !f.quote_start
            && !scan::calls_for_questions(p.text(j))
    };
    let answer = |j: usize| content(j) && !p.feats[j].asks && p.feats[j].sentence;
    let mut found = Vec::new();
    let mut j = l + 1;
    while j + 1 < n && quick(j) && answer(j + 1) {
        found.push(j);
        j += 2;
    }
    if found.len() >= 2 {
        qs.extend_from_slice(&found);
    }
}

/// A disclosure after the last question, its answer under it (a README's "<summary>I think a
/// number is wrong. What should I do?</summary>" under a later section's heading, after bold
/// questions): the FAQ's markup for a question, whatever sets the others apart.
fn later_disclosures(p: &Prep, qs: &mut Vec<usize>) {
    let Some(&last) = qs.last() else {
        return;
    };
    if qs.len() < 2 {
        return;
    }
    let answered = |j: usize| {
        p.next_content(j).is_some_and(|k| {
            p.blocks[k].kind == BlockKind::Paragraph && p.feats[k].sentence && !p.feats[k].asks
        })
    };
    // (In the article, under a section label of its own: not a cookie notice's, a newsletter
    // box's or the site's "Why trust our journalism?" after it.)
    let boxed = |j: usize| p.blocks[j].flags.has(Flags::ASIDE | Flags::FOOTER);
    let labelled = |j: usize| {
        p.prev_content(j).is_some_and(|h| {
            matches!(p.blocks[h].kind, BlockKind::Heading(_))
                && !p.feats[h].asks
                && p.feats[h].words <= 4
                && h > last
                && !p.feats[h].trailer_heading
        })
    };
    let found: Vec<usize> = (last + 1..rail_from(p, last + 1))
        .filter(|&j| {
            p.roles[j] == Role::Content
                && p.blocks[j].kind == BlockKind::Term
                && p.feats[j].asks
                && p.feats[j].words <= 30
                && !boxed(j)
                && !scan::calls_for_questions(p.text(j))
                && labelled(j)
                && answered(j)
        })
        .collect();
    merge_in(qs, &found);
}

fn content_chars(p: &Prep, range: std::ops::Range<usize>) -> usize {
    range
        .filter(|&j| matches!(p.roles[j], Role::Content | Role::Question))
        .map(|j| p.blocks[j].text.len())
        .sum()
}

/// An interviewer's prompts in the questions' bold or italics ("Tell me about the campaign."):
/// a whole sentence set apart like the questions, addressed to the interviewee ("you", "tell me"),
/// standing between two answers before the last
/// question, joins them — when there are at least three real questions and no more prompts than
/// questions. (After the last question such a sentence is more often closing advice.)
fn add_prompts(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    // A dialogue-dash interview ("— Зачем…?" / "— Чем шире…"): every turn set like the questions,
    // dash first, is the interviewer's, whatever it says.
    let dash = |j: usize| scan::after_dialogue_dash(p.text(j)).is_some();
    // A quoted question before the turns, every other one dashed, is the guest's words quoted
    // in the intro ("“…어떻게 살고 있을까?”"), not a turn.
    if qs.len() >= 3 && p.feats[qs[0]].quote_start && qs[1..].iter().all(|&q| dash(q)) {
        qs.remove(0);
    }
    // (Nor the lead set as the turns are but without their dash, asking what the interview will
    // cover: "… Чи варто чекати нових податків…?" over "\"Тиждень\" поговорив з…", where every
    // turn after it and its answer open on the dash.)
    let answered_dashed = |q: usize| p.next_content(q).is_some_and(dash);
    // (The lead: followed by more of it set the same way, "Ми поговорили з…" in bold too — not
    // a first exchange without dashes, answered in the text's own style.)
    let lead = |q: usize| {
        p.next_content(q)
            .is_some_and(|n| style_of(p, n) == style_of(p, q) && style_of(p, n) != Style::Plain)
    };
    if qs.len() >= 4
        && lead(qs[0])
        && !dash(qs[0])
        && !answered_dashed(qs[0])
        && qs[1..].iter().all(|&q| dash(q) && answered_dashed(q))
    {
        qs.remove(0);
    }
    // (A question without the dash among the dashed ones, after the first, is the guest's own,
    // asked inside an answer: "― 양자컴퓨터가 … 우려도 있다." / "… 풀어낸다면 어떻게 될까?" / "그래서
    // …". Where three dashed at least are most of them.)
    let dashed_count = qs.iter().filter(|&&q| dash(q)).count();
    if dashed_count >= 3 && dashed_count < qs.len() && dashed_count * 4 >= qs.len() * 3 {
        if let Some(first) = qs.iter().position(|&q| dash(q)) {
            let first = qs[first];
            qs.retain(|&q| q < first || dash(q));
        }
    }
    let dashed = qs.len() >= 2 && qs.iter().all(|&q| dash(q));
    // Readers' signed letters are a mailbag's questions: its answers' advice ("Talk to the
    // neighbor before the install.") is no interviewer's prompt.
    if qs.iter().filter(|&&q| p.feats[q].signed).count() * 2 > qs.len() {
        return;
    }
    // (Two dashed questions are enough in an article that says it is an interview: "다음은 윤
    // 감독과의 일문일답", where most prompts end in a full stop.)
    if style == Style::Plain && (qs.len() >= 3 || (dashed && is_interview(p, qs))) {
        if dashed {
            dash_prompts(p, qs, dash);
        } else {
            plain_prompts(p, qs);
        }
        return;
    }
    // (Headings too: an interview's questions set as headings, one of them a request that ends
    // with a full stop, "Tell me how the first repair café came together.")
    if !matches!(
        style,
        Style::Bold | Style::Italic | Style::AllCaps | Style::Heading(_) | Style::ClassHeading
    ) || (qs.len() < 3 && !dashed)
    {
        return;
    }
    let content = |j: usize| p.roles[j] == Role::Content;
    let answer = |j: usize| content(j) && style_of(p, j) != style;
    // (Read only when needed: it reads the intro's words.)
    let known = std::cell::OnceCell::new();
    let qs_now: &[usize] = qs;
    let interview = || *known.get_or_init(|| is_interview(p, qs_now));
    let mut prompts = Vec::new();
    let mut prev_answer = false;
    let mut next_q = 0;
    let last = qs[qs.len() - 1];
    // (In a dashed interview the prompts before the first question are turns too: "―첫 장편
    // 개봉을 앞둔 소감은." after the intro.)
    let from = if dashed && interview() {
        p.first_content.map_or(qs[0], |f| f.min(qs[0]))
    } else {
        qs[0]
    };
    // (And after the last question, a request announced as the last: "Last one. Describe the
    // house of 2050 in one sentence." over its answers.)
    let end = p.blocks.len().min(last + 24);
    for j in from..end {
        if !content(j) {
            continue;
        }
        while qs.get(next_q).is_some_and(|&q| q < j) {
            next_q += 1;
        }
        let is_q = qs.get(next_q) == Some(&j);
        let was_answer = prev_answer;
        prev_answer = answer(j);
        if is_q || !was_answer {
            continue;
        }
        let f = p.feats[j];
        // (Dashed, a turn is a prompt without its full stop: "— Eppure i pendolari raccontano
        // di bus in ritardo".)
        let prompt = style_of(p, j) == style
            && (j < last || scan::is_last_request(p.text(j)))
            && (f.sentence
                || (dashed && f.words >= 4)
                // (Or, in bold or italics in an interview, a statement the page left without
                // its full stop: "Ihre Trefferquote … liegt bei 94 Prozent. So gut waren Sie
                // noch nie".)
                || (f.words >= 6
                    && matches!(style, Style::Bold | Style::Italic)
                    && scan::terminal_punct(p.text(j)).is_none()
                    && interview()))
            && !f.asks
            && !f.colon
            && f.words <= 40
            && !f.trailer_heading
            && !f.faq_heading
            && !scan::is_editors_note(p.text(j))
            // A labelled callout ("Important: bring the original.", "Tip: …") is not a prompt
            // (a request before its colon is: "Finish this sentence: a good midwife is…").
            && p.text(j).split_once(':').is_none_or(|(head, _)| {
                !scan::words_le(head, 3) || scan::is_last_request(head)
            })
            && (if dashed {
                dash(j)
            } else {
                scan::addresses_someone(p.text(j)) || interview() || scan::is_last_request(p.text(j))
            })
            && eligible(p, j, style)
            // (An answer may end on its own question: "… So the brief became: how do we let
            // them stay?" — a long paragraph still answers.)
            && p.next_content(j)
                .is_some_and(|k| answer(k) && (!p.feats[k].asks || p.feats[k].words >= 30));
        if prompt {
            prompts.push(j);
        }
    }
    // The interview's opening prompt, between the intro and the first question ("Tell me about
    // the night the talks fell apart."): a request, set like the questions, answered before the
    // first question comes.
    let before = (0..qs[0]).rev().find(|&j| content(j) && !answer(j));
    if let Some(j) = before {
        let f = p.feats[j];
        let answered = (j + 1..qs[0]).any(&answer);
        if f.sentence
            && !f.asks
            && f.words <= 40
            && answered
            && (j + 1..qs[0]).all(|k| !content(k) || answer(k))
            && scan::opens_with_request(p.text(j))
            && eligible(p, j, style)
        {
            prompts.insert(0, j);
        }
    }
    // A dialogue-dash interview's closing turn, set like the questions after the last answer
    // ("— 마지막으로 독자들에게 하고 싶은 말씀이 있다면요.") and answered in prose.
    // (In an article that says it is an interview, every such turn to the end: "――転機になった
    // のは何だったのでしょう。", "――最後に、…お願いします。")
    if dashed {
        let prose = |k: usize| answer(k) && p.feats[k].sentence && p.feats[k].words >= 6;
        let turns = (last + 1..p.blocks.len()).filter(|&j| content(j) && !answer(j));
        for j in turns {
            let turn = dash(j)
                && p.feats[j].sentence
                && !scan::is_dash_signature(p.text(j))
                && p.next_content(j).is_some_and(prose)
                && eligible(p, j, style);
            if !turn {
                break;
            }
            prompts.push(j);
            if !interview() {
                break;
            }
        }
    }
    // A closing prompt after the last answer that says it is the last ("Zum Schluss noch: Ihr
    // Lieblingsplatz im Freibad.", "Finally: your favourite book."), set like the questions and
    // answered in prose.
    if !dashed {
        let next = (last + 1..p.blocks.len()).find(|&j| content(j) && !answer(j));
        if let Some(j) = next.filter(|&j| {
            style_of(p, j) == style
                && p.feats[j].sentence
                && !p.feats[j].asks
                && p.feats[j].words <= 30
                // (Or the same prompt put before, as a questionnaire puts its prompts to each
                // candidate in turn: "Name one issue on which you disagree with your party's
                // leadership.")
                && !prompts.contains(&j)
                && (scan::closing_lead(p.text(j))
                    || prompts.iter().any(|&k| p.text(k) == p.text(j)))
                && (last + 1..j).any(&answer)
                && p.next_content(j)
                    .is_some_and(|k| answer(k) && p.feats[k].sentence)
                && eligible(p, j, style)
        }) {
            prompts.push(j);
        }
    }
    // (More prompts than questions only where every turn is dashed in an article that says it
    // is an interview: there the dash, not the question mark, marks the interviewer.)
    if prompts.is_empty() || (prompts.len() > qs_now.len() && !(dashed && interview())) {
        return;
    }
    merge_in(qs, &prompts);
}

/// Questions set as headings, and some as whole bold paragraphs (a page moved between editors:
/// "<h4>Who brings you radios?</h4>" and "<p><strong>Last one. What's the radio you'll never
/// sell?</strong></p>"): a bold paragraph between two answers that asks — or, in an interview,
/// addresses the guest ("Tell me about the first radio you fixed.") — and that plain prose
/// answers is a question too. Only where bold sets nothing else apart among the answers, and
/// never more such paragraphs than headings. (Bold questions with a heading among them: see
/// `heading_turns`.)
fn bold_turns(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    if !matches!(style, Style::Heading(_) | Style::ClassHeading) || qs.len() < 3 {
        return;
    }
    let content = |j: usize| p.roles[j] == Role::Content;
    let bold = |j: usize| content(j) && style_of(p, j) == Style::Bold;
    let prose = |j: usize| {
        content(j) && style_of(p, j) == Style::Plain && p.feats[j].sentence && p.feats[j].words > 6
    };
    let known = std::cell::OnceCell::new();
    let interview = || *known.get_or_init(|| is_interview(p, qs));
    let mut found = Vec::new();
    let mut prev: Option<usize> = None;
    for j in qs[0] + 1..p.blocks.len() {
        if !content(j) {
            continue;
        }
        let after_answer = prev.is_some_and(|k| style_of(p, k) == Style::Plain && !p.feats[k].asks);
        prev = Some(j);
        if !bold(j) || qs.binary_search(&j).is_ok() {
            continue;
        }
        let f = p.feats[j];
        // (A bold question run into its answer's paragraph, "<p><b>Do I need a generator?</b>
        // No — …</p>", is a point inside the answer: bold is the answers' emphasis.)
        let run_in = p.blocks[j].seq != 0
            && p.blocks
                .get(j + 1)
                .is_some_and(|n| n.seq == p.blocks[j].seq);
        // (A reader's signature may close it: "<b>Will my bill go up?</b> – Dev, Queen Street".)
        let turn = (f.sentence || f.inline_signed)
            && !run_in
            && f.words <= 40
            && after_answer
            && p.next_content(j)
                .is_some_and(|k| prose(k) && !p.feats[k].asks)
            && (f.asks || (scan::addresses_someone(p.text(j)) && interview()))
            && eligible(p, j, Style::Bold);
        if !turn {
            // A bold statement among the answers: bold is the answers' emphasis here.
            return;
        }
        found.push(j);
    }
    if found.is_empty() || found.len() > qs.len() {
        return;
    }
    merge_in(qs, &found);
}

/// The other way round: questions set as whole bold paragraphs, and one as a heading ("<p><b>Кто
/// может получить субсидию?</b></p>" … "<h3>Как подать заявление на субсидию?</h3>"): a
/// heading between two answers that asks and that prose answers is a question too. Between
/// the first question and the last only, three bold ones at least, fewer headings than them.
fn heading_turns(p: &Prep, qs: &mut Vec<usize>) {
    if qs.len() < 3 {
        return;
    }
    let content = |j: usize| p.roles[j] == Role::Content;
    let plain = |j: usize| content(j) && style_of(p, j) == Style::Plain;
    // (Where the bold ones are numbered, the heading too: a callout's "Struggling to pay your
    // rent?" between "6. …?" and "7. …?" is the box's.)
    let numbered = qs.iter().filter(|&&q| p.feats[q].numbered).count() * 2 > qs.len();
    let mut found = Vec::new();
    for j in qs[0] + 1..qs[qs.len() - 1] {
        let f = p.feats[j];
        let turn = content(j)
            && matches!(p.blocks[j].kind, BlockKind::Heading(_))
            && f.asks
            && (f.numbered || !numbered)
            && f.words <= 30
            && p.prev_content(j)
                .is_some_and(|k| plain(k) && !p.feats[k].asks)
            && p.next_content(j)
                .is_some_and(|k| plain(k) && p.feats[k].sentence && !p.feats[k].asks)
            && qs.binary_search(&j).is_err()
            && eligible(p, j, style_of(p, j));
        if turn {
            found.push(j);
        }
    }
    if !found.is_empty() && found.len() < qs.len() {
        merge_in(qs, &found);
    }
}

/// Numbered questions ("2. ¿Cuál es tu mayor defecto?") whose series misses a number: the item
/// set like them that carries it is one of them, whatever it says ("1. Háblame de ti"), when a
/// paragraph of prose follows it. Only when every question is numbered, three at least.
fn numbered_gaps(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    let number = |j: usize| scan::strip_number(p.text(j)).map(|(n, _)| n);
    // (Numbers in page order, read once; all of them or none.)
    let numbers: Vec<u32> = qs.iter().map_while(|&q| number(q)).collect();
    if qs.len() < 3 || numbers.len() < qs.len() {
        return;
    }
    let (first, last) = (qs[0], qs[qs.len() - 1]);
    let start = p.first_content.unwrap_or(first);
    // (A gap is a number between two neighbours' or one before the first.)
    let fits = |k: usize, n: u32| {
        let before = numbers[..k].last().copied();
        let after = numbers.get(k).copied();
        let next = |x: u32| x.checked_add(1);
        match (before, after) {
            (None, Some(a)) => next(n) == Some(a),
            (Some(b), Some(a)) => next(b) == Some(n) && next(n) == Some(a),
            _ => false,
        }
    };
    let (mut gaps, mut items) = (Vec::new(), 0);
    let mut k = 0;
    for j in start..last {
        while qs.get(k).is_some_and(|&q| q <= j) {
            k += 1;
        }
        if qs.get(k.wrapping_sub(1)) == Some(&j) || p.roles[j] != Role::Content {
            continue;
        }
        let prose = || {
            p.next_content(j)
                .is_some_and(|x| p.feats[x].sentence && p.feats[x].words > 8)
        };
        // (Longer when its words ask and only the mark is a colon: "6. What if I have mobility
        // needs or am travelling with a pram:".)
        let asks = || {
            p.feats[j].colon
                && p.feats[j].words <= 25
                && scan::strip_number(p.text(j)).is_some_and(|(_, r)| scan::opens_asking(r))
        };
        if (p.feats[j].words <= 12 || asks())
            && number(j).is_some_and(|n| fits(k, n))
            && style_of(p, j) == style
            && eligible(p, j, style)
        {
            // An item that names a topic ("4) Eigentümer und Mieter") and asks under it in
            // lettered questions ("a) Muss ich …?", "b) Können …?"): those are its questions.
            // (Within forty blocks: linear on any input, however many items carry the number.)
            let next = qs.get(k).copied().unwrap_or(last).min(j + 40);
            let subs: Vec<usize> = (j + 1..next)
                .filter(|&x| {
                    p.roles[x] == Role::Content
                        && p.feats[x].asks
                        && p.feats[x].words <= 30
                        && scan::strip_sub_letter(p.text(x)).is_some()
                })
                .collect();
            if subs.len() >= 2 {
                gaps.extend_from_slice(&subs);
                items += 1;
            } else if prose() {
                gaps.push(j);
                // (An item whose words ask, its mark a colon, is no topic among the questions:
                // it does not count against them.)
                items += usize::from(!asks());
            }
        }
    }
    if !gaps.is_empty() && items * 3 <= qs.len() {
        merge_in(qs, &gaps);
    }
}

/// An accordion copied as text keeps each item's toggle before its words ("▼ Come si accede…?",
/// "▸ Wie buche ich…?"): an item between the questions with the same toggle is one of them, though
/// it names a topic without asking ("▼ Delega a un familiare o a una persona di fiducia"), as
/// the page's own accordion shows it. Short, over prose; one for every three questions at most.
fn toggle_gaps(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    // (Not a "+": a list of pros sets it before each item.)
    const TOGGLES: [&str; 5] = ["▼ ", "▾ ", "▸ ", "► ", "▶ "];
    // (The questions with it: all but one at most, a box's after them.)
    let Some(toggle) = qs
        .first()
        .and_then(|&q| TOGGLES.iter().find(|g| p.text(q).starts_with(**g)))
    else {
        return;
    };
    let marked: Vec<usize> = qs
        .iter()
        .copied()
        .filter(|&q| p.text(q).starts_with(toggle))
        .collect();
    let (Some(&first), Some(&last)) = (marked.first(), marked.last()) else {
        return;
    };
    if marked.len() < 3 || marked.len() + 1 < qs.len() {
        return;
    }
    let gaps: Vec<usize> = (first + 1..last)
        .filter(|&j| {
            p.roles[j] == Role::Content
                && p.text(j).starts_with(toggle)
                && p.feats[j].words <= 12
                && !p.feats[j].sentence
                && style_of(p, j) == style
                // (Over its answer's prose, not over another item: a category's header.)
                && p.next_content(j).is_some_and(|x| {
                    p.feats[x].sentence
                        && p.feats[x].words > 8
                        && !p.feats[x].asks
                        && !p.text(x).starts_with(toggle)
                })
        })
        .collect();
    if !gaps.is_empty() && gaps.len() * 3 <= marked.len() {
        merge_in(qs, &gaps);
    }
}

/// A numbered FAQ's lettered follow-ups under an answer ("2.1 How much do we need to earn?" …
/// "(a) Whose income counts?" / "(b) Can we use savings instead?"): each asks, in the
/// alphabet's order from "a" under its question, over a sentence of its answer. Readers look for
/// them among the questions, as for a heading level's below (`with_subquestions`): two at
/// least, and one for every two questions at most.
fn lettered_follow_ups(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    if style != Style::Numbered || qs.len() < 3 {
        return;
    }
    let end = (qs[qs.len() - 1] + 40).min(p.blocks.len());
    let (mut found, mut k, mut next) = (Vec::new(), 0, b'a');
    for j in qs[0] + 1..end {
        while qs.get(k).is_some_and(|&q| q <= j) {
            k += 1;
            next = b'a';
        }
        let f = p.feats[j];
        if p.roles[j] != Role::Content || !f.asks || f.words > 30 {
            continue;
        }
        if scan::sub_letter(p.text(j)).is_some_and(|(l, _)| l == next)
            && p.next_content(j)
                .is_some_and(|x| p.feats[x].sentence && !p.feats[x].asks)
        {
            found.push(j);
            next += 1;
        }
    }
    if found.len() >= 2 && found.len() * 2 <= qs.len() {
        merge_in(qs, &found);
    }
}

/// Is it an interview? When most questions speak to someone ("What did you do all day?"), the
/// intro says so ("I spoke with Okafor about …", "This interview has been edited") or the
/// headline quotes someone ("Núria Vilaseca: “Als pobles…”"). Then a prompt need not speak to
/// anyone ("Some readers have called the ending cruel.").
fn is_interview(p: &Prep, qs: &[usize]) -> bool {
    let Some(&first) = qs.first() else {
        return false;
    };
    qs.iter()
        .filter(|&&q| scan::addresses_someone(p.text(q)))
        .count()
        * 2
        > qs.len()
        || p.title.is_some_and(|t| {
            scan::introduces_interview(p.text(t)) || scan::is_quote_headline(p.text(t))
        })
        // (A kicker saying so: "Interview"; or the byline, "Propos recueillis par Julien
        // Marchal".)
        || p.kicker.is_some_and(|k| scan::introduces_interview(p.text(k)))
        || p.byline.is_some_and(|b| scan::introduces_conversation(p.text(b)))
        || (p.first_content.unwrap_or(0)..first)
            .any(|j| p.roles[j] == Role::Content && scan::introduces_interview(p.text(j)))
}

/// A live chat's archive: posts under headers ("12:02 p.m. tollroad_tina", or the time and
/// the name on two lines), most of them the host's. Its questions are the readers' posts that
/// the host's next post answers, whatever they end with ("Settle it for us."); the host's own
/// posts, a producer's note and a thank-you that nobody answers are not.
fn chat_posts(p: &Prep, start: usize) -> Option<Vec<usize>> {
    let n = p.blocks.len();
    // (Each post's header — its last line — and its author.)
    let mut posts: Vec<(usize, &str)> = Vec::new();
    let mut alone: Vec<(usize, &str)> = Vec::new();
    // (A copy's name line under its clock line, "12:31 p.m." / "James O., Dallas", may be read
    // as text, not as a byline, once the page has had its byline: a short line that is no
    // sentence; and so is a poster's name seen before, on a line of its own.)
    // (Not the page's byline, "By Laura Pennock", nor a links box's label, "Related Story".)
    let name_line = |j: usize| {
        matches!(p.roles[j], Role::Byline | Role::Content)
            && p.feats[j].words <= 6
            && !p.feats[j].sentence
            && !p.feats[j].trailer_heading
            && !p.text(j).starts_with("By ")
            && !scan::ends_with_question(p.text(j))
    };
    for j in start..n {
        let t = p.text(j);
        if p.roles[j] == Role::Byline {
            if let Some(a) = scan::post_author(t) {
                posts.push((j, scan::poster_name(a)));
                continue;
            }
        }
        if matches!(p.roles[j], Role::Byline | Role::Content)
            && j + 1 < n
            && name_line(j + 1)
            && scan::is_clock_line(t)
        {
            let name = scan::poster_name(p.text(j + 1));
            if !name.is_empty() {
                posts.push((j + 1, name));
            }
        } else if name_line(j)
            && p.blocks[j].kind == BlockKind::Paragraph
            && !j
                .checked_sub(1)
                .is_some_and(|i| scan::is_clock_line(p.text(i)))
        {
            let name = scan::poster_name(t);
            if !name.is_empty() {
                alone.push((j, name));
            }
        }
    }
    // (A name on a line of its own heads a post where it heads another too: the host's, over
    // each answer.)
    // (In the page's order: set by block, not sorted — no sort is linked into the wasm. Only
    // where a name could recur: most pages have no such line, and get no slots.)
    if (2..=200).contains(&alone.len()) {
        let mut by_block: Vec<Option<&str>> = vec![None; n];
        for &(j, name) in &posts {
            by_block[j] = Some(name);
        }
        for (k, &(j, name)) in alone.iter().enumerate() {
            if alone
                .iter()
                .enumerate()
                .any(|(i, &(_, a))| i != k && scan::same_speaker(a, name))
            {
                by_block[j] = Some(name);
            }
        }
        posts = (0..n).filter_map(|j| by_block[j].map(|a| (j, a))).collect();
    }
    if posts.len() < 4 {
        return None;
    }
    // (The moderator's welcome and farewell, "Sara Holm, moderator · 13:00", are no readers'
    // questions, and the moderator is not the host who answers.)
    // (Or the newsroom's staff, their desk in brackets after the name: "Priya Mendes (Culture
    // desk) · 1:58pm", "Eli Brandt (Producer)".)
    let moderator = |k: usize| {
        let header = scan::fold(p.text(posts[k].0));
        let name = header.split(" · ").next().unwrap_or_default();
        let staff = name
            .trim_end()
            .strip_suffix(')')
            .and_then(|n| n.rsplit_once('('));
        scan::Words(concat!(
            "moderator|moderatorn|moderador|moderadora|modérateur|modératrice|moderatore|",
            "moderatorin"
        ))
        .iter()
        .any(|w| header.contains(w))
            || staff.is_some_and(|(_, role)| {
                scan::Words("desk|editor|producer|staff|team|newsroom|redaktion|rédaction")
                    .iter()
                    .any(|w| role.contains(w))
            })
    };
    // (The most frequent: a majority's vote where the host wrote more than half the posts, or
    // else a count — at half, the vote may fall on a reader.)
    let names: Vec<&str> = (0..posts.len())
        .filter(|&k| !moderator(k))
        .map(|k| posts[k].1)
        .collect();
    let voted = scan::majority_speaker(names.iter().copied());
    let host = if names
        .iter()
        .filter(|&&a| scan::same_speaker(a, voted))
        .count()
        * 2
        > names.len()
    {
        voted
    } else {
        scan::top_speaker(&names)
    };
    let by_host = |k: usize| {
        posts
            .get(k)
            .is_some_and(|&(_, a)| scan::same_speaker(a, host))
    };
    if (0..posts.len()).filter(|&k| by_host(k)).count() * 3 < posts.len() {
        return None;
    }
    // (Readers who ask: two at least — one person asking another is a conversation.)
    let mut askers = posts
        .iter()
        .map(|&(_, a)| a)
        .filter(|a| !scan::same_speaker(a, host));
    let first = askers.next()?;
    if askers.all(|a| scan::same_speaker(a, first)) {
        return None;
    }
    // (Or readers' questions put together by the page, between two of the host's posts:
    // "Several readers asked" / "What's the deadline…?" over the host's reply.)
    let relayed = |k: usize| {
        let end = posts[k + 1].0;
        (posts[k].0 + 1..end.saturating_sub(1)).find_map(|j| {
            let t = p.text(j);
            let label = p.roles[j] == Role::Content
                && p.feats[j].words <= 5
                && !p.feats[j].sentence
                && [" asked", " ask", " asks"].iter().any(|w| t.ends_with(w));
            (label && p.roles[j + 1] == Role::Content && p.feats[j + 1].asks).then_some(j + 1)
        })
    };
    let qs: Vec<usize> = (0..posts.len() - 1)
        .filter(|&k| by_host(k + 1) && !moderator(k))
        .filter_map(|k| {
            if by_host(k) {
                return relayed(k);
            }
            // (The post's line that asks, past a greeting: "Quick one 🙂" / "Is the HMO …?".)
            let mut lines =
                (posts[k].0 + 1..posts[k + 1].0).filter(|&j| p.roles[j] == Role::Content);
            let first = lines.clone().next()?;
            // (A reader's thanks that asks nothing, "Thank you for doing what you do…", is no
            // question, though the host replies to it.)
            lines
                .find(|&j| p.feats[j].asks)
                .or_else(|| (!scan::thanks(p.text(first))).then_some(first))
        })
        .collect();
    // (Half of them at least ask somewhere: a live page's posts by two reporters, "Power grid
    // holding up – for now" over one's post and the other's next, are news, not readers'
    // questions; nor are a thread's replies, "It's all virtual now, no scratch cards…".)
    let asks = |j: usize| p.feats[j].asks || scan::has_question_mark(p.text(j));
    let asking = qs.iter().filter(|&&q| asks(q)).count();
    // (And half the others' posts at least ask: colleagues' chat copied into a report, "ok
    // raising it with platform" / "oof" / "Desk asking for an ETA, what do I tell them?", is a
    // conversation the most active of them leads, not readers' questions to a host.)
    let others = (0..posts.len()).filter(|&k| !by_host(k) && !moderator(k));
    let (mut said, mut asked) = (0, 0);
    // (Past a reader's thanks, "Thanks, that's reassuring.", and the staff's notes, "Eli
    // Brandt (Producer)".)
    for k in others {
        let end = posts.get(k + 1).map_or(n, |&(j, _)| j);
        let mut lines = (posts[k].0 + 1..end).filter(|&j| p.roles[j] == Role::Content);
        let staff = scan::trim(p.text(posts[k].0)).ends_with(')');
        if staff
            || lines
                .clone()
                .next()
                .is_some_and(|j| scan::thanks(p.text(j)))
        {
            continue;
        }
        said += 1;
        asked += usize::from(lines.any(asks));
    }
    // (A conversation: no readers' questions, and the caller leaves its posts out — unless the
    // page calls itself Q&A, "Live Q&A: Your questions … answered", its readers' comments among
    // their questions: then the posts that ask are the questions.)
    let mut qs = qs;
    if asked * 2 < said {
        if !p.title.is_some_and(|t| scan::is_explainer_title(p.text(t))) {
            return Some(Vec::new());
        }
        qs.retain(|&q| asks(q));
    }
    (qs.len() >= 2 && asking * 2 >= qs.len()).then_some(qs)
}

/// A forum thread: two replies or more under one subject ("Re: Home office deduction?"), or a
/// wiki's talk page, three posts or more signed with the time ("Slateroof (talk) 17:40, 4
/// January 2026 (UTC)").
fn forum_thread(p: &Prep, start: usize) -> bool {
    let mut subject: Option<&str> = None;
    let mut replies = 0;
    let (mut signed, mut voted, mut pushed, mut scored) = (0, 0, 0, 0);
    // (Or a link aggregator's thread, its comments' headers scored ("ledger_lady 623 points · 8
    // hours ago"), three at least — not an AMA's, whose host answers.)
    // (Named so in the headline, or in the intro a paper sets over the thread it reprints: "…
    // took part in an "Ask Me Anything" session on the forum…".)
    let ama = || {
        // (In the intro, its words: "AMA" there may be an association's initials.)
        let named = |j: usize, words: &'static str| {
            let f = scan::fold(scan::head(p.text(j), 600));
            scan::Words(words).occur_in(&f)
        };
        p.title
            .is_some_and(|t| named(t, "ama|iama|ask me anything|ask us anything"))
            || (start..p.blocks.len())
                .filter(|&j| p.roles[j] == Role::Content)
                .take(3)
                .any(|j| {
                    named(
                        j,
                        "iama|ask me anything|ask us anything|ama session|ama thread",
                    )
                })
    };
    // (Or a help desk's ticket, an email thread: its messages headed by their sender's name
    // over the date and time, "Hannah Price" / "6 January 2025 08:14", three at least from
    // two senders, the first among the page's first lines — not the comments under a recipe.)
    let stamp = |j: usize| {
        let t = scan::trim(p.text(j));
        let b = t.as_bytes();
        t.len() <= 40
            && b.windows(4)
                .any(|w| (w[0] == b'1' || w[0] == b'2') && w.iter().all(u8::is_ascii_digit))
            && b.windows(3)
                .any(|w| w[1] == b':' && w[0].is_ascii_digit() && w[2].is_ascii_digit())
    };
    // (Each message greeting or thanking, as people write to each other: "Hello," / "Hi
    // Hannah," / "Thanks Tom, …" — not a fixtures list's "Serbia v England" / "16 June 2024
    // 20:00", nor a live page's reporters' posts.)
    let greets = |k: usize| {
        k < p.blocks.len()
            && scan::Words(concat!(
                "hello|hi|hey|dear|thanks|thank you|good morning|good afternoon|bonjour|hallo|",
                "hola|ciao"
            ))
            .opens(&scan::fold(scan::head(p.text(k), 24)))
    };
    let (mut senders, mut headers): (Vec<&str>, usize) = (Vec::new(), 0);
    let top = (start..p.blocks.len())
        .filter(|&j| p.roles[j] == Role::Content)
        .nth(6)
        .unwrap_or(p.blocks.len());
    for j in start..p.blocks.len() {
        let t = scan::trim(p.text(j));
        if p.feats[j].words <= 6
            && (headers > 0 || j <= top)
            && !p.feats[j].sentence
            && !stamp(j)
            && (j + 1 < p.blocks.len() && stamp(j + 1))
            && greets(j + 2)
        {
            headers += 1;
            if !senders.contains(&t) && senders.len() < 8 {
                senders.push(t);
            }
            if headers >= 3 && senders.len() >= 2 {
                return true;
            }
        }
        // (Or a BBS thread's pushes, a line each: "推 bluefish77: 預估震度沒到4級不會發吧 …",
        // "→ sky0418: …", "噓 kuma5566: …" — five at least, two of them scored, 推 or 噓: "→
        // Tip:" lines are a list's.)
        for l in t.split('\n') {
            let pushes = ["推 ", "噓 ", "→ "].iter().position(|m| {
                l.strip_prefix(m)
                    .and_then(|r| r.split_once(':'))
                    .is_some_and(|(h, _)| {
                        !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                    })
            });
            pushed += usize::from(pushes.is_some());
            scored += usize::from(pushes.is_some_and(|m| m < 2));
        }
        if pushed >= 5 && scored >= 2 {
            return true;
        }
        if t.ends_with("(UTC)") && scan::find_sub(scan::tail(t, 80), "(talk").is_some() {
            signed += 1;
            if signed >= 3 {
                return true;
            }
        }
        if p.feats[j].words <= 12
            && scan::find_sub(t, " points").is_some()
            && scan::is_post_header(t)
        {
            voted += 1;
            if voted == 3 && !ama() {
                return true;
            }
        }
        let Some(s) = t
            .strip_prefix("Re:")
            .or_else(|| t.strip_prefix("RE:"))
            .or_else(|| t.strip_prefix("Aw:"))
            .map(scan::trim)
        else {
            continue;
        };
        if s.is_empty() || !scan::words_le(s, 20) {
            continue;
        }
        match subject {
            Some(x) if x == s => replies += 1,
            None => {
                subject = Some(s);
                replies = 1;
            }
            _ => {}
        }
    }
    replies >= 2
}

/// An advice column's letters ("Dear Delia: My husband and I … — Upstaged in Upland"), each
/// answered by the columnist's reply to its writer ("Dear Upstaged: …"): the letters are the
/// questions, whole, whether or not they end asking. The columnist is the name most letters
/// address; a letter counts when a reply to someone else (or "Gentle Reader:") comes next.
fn advice_letters(p: &Prep, start: usize) -> Option<Vec<usize>> {
    let content = |j: &usize| p.roles[*j] == Role::Content;
    // Each salutation with its addressee, folded once.
    let salutations: Vec<(usize, String)> = (start..p.blocks.len())
        .filter(content)
        .filter_map(|j| scan::salutation(p.text(j)).map(|name| (j, scan::fold(name))))
        .collect();
    // (An etiquette column replies "GENTLE READER:", not by the writer's name.)
    let gentle = |j: usize| scan::fold(scan::head(p.text(j), 14)) == "gentle reader:";
    let replies = (start..p.blocks.len())
        .filter(content)
        .filter(|&j| p.text(j).starts_with(['G', 'g']) && gentle(j))
        .count();
    if salutations.len() + replies < 4 {
        return None;
    }
    let columnist = scan::majority_speaker(salutations.iter().map(|(_, n)| n.as_str())).to_owned();
    let letters: Vec<usize> = salutations
        .iter()
        .filter(|(_, name)| *name == columnist)
        .map(|&(j, _)| j)
        .filter(|&j| {
            // (Past the letter's signature on a line of its own: "— STEAMED IN SPOKANE",
            // "— B.W.".)
            let mut k = p.next_content(j);
            if let Some(s) = k.filter(|&s| {
                p.feats[s].words <= 6
                    && (scan::is_dash_signature(p.text(s)) || scan::is_reader_signature(p.text(s)))
            }) {
                k = p.next_content(s);
            }
            let reply = |k: usize| {
                let t = p.text(k);
                scan::salutation(t).is_some_and(|n| scan::fold(n) != columnist) || gentle(k)
            };
            // (A letter may run on over a few paragraphs before the reply.)
            for _ in 0..3 {
                match k {
                    Some(x) if !reply(x) && scan::salutation(p.text(x)).is_none() => {
                        k = p.next_content(x);
                    }
                    _ => break,
                }
            }
            k.is_some_and(reply)
        })
        .collect();
    if letters.len() < 2 {
        return None;
    }
    // A box of quick questions after the letters, marked "Q:" / "A:", answered too.
    let mut letters = letters;
    let last = letters[letters.len() - 1];
    for j in last + 1..p.blocks.len() {
        if content(&j)
            && p.feats[j].q_marker
            && p.next_content(j).is_some_and(|k| !p.feats[k].q_marker)
        {
            letters.push(j);
        }
    }
    Some(letters)
}

/// A letter's pen name on a line of its own after a dash, its words in lower case too:
/// "—Locked Out of My Own Kitchen", "—Left on Read".
#[inline]
pub fn pen_name(p: &Prep, j: usize) -> bool {
    let f = p.feats[j];
    f.words <= 8
        && !f.sentence
        && !f.asks
        && p.text(j)
            .strip_prefix(['—', '–'])
            .map(scan::trim)
            .is_some_and(|r| r.starts_with(scan::is_upper))
}

/// A letter's pen name and town on a line of its own, no dash before it: "Sandwiched in
/// Sengkang", "Frustrated in Bukit Panjang", "Disgusted of Tunbridge Wells" — a mood of a word
/// or two, its town's words capitalised.
pub fn placed_pen_name(p: &Prep, j: usize) -> bool {
    let f = p.feats[j];
    if f.words > 5 || f.sentence || f.asks {
        return false;
    }
    let t = scan::trim(p.text(j));
    // ("Disgusted of Tunbridge Wells", "Angry of Mayfair", as British letters pages sign them
    // — not a job, "Head of Retirement Planning".)
    let split = t.split_once(" in ").or_else(|| {
        t.split_once(" of ").filter(|(mood, _)| {
            !scan::words(mood).next().is_some_and(|w| {
                scan::Words(concat!(
                    "head|director|chief|manager|member|professor|lecturer|president|secretary|",
                    "editor|partner|fellow|dean|minister|chair|officer|lead|deputy|principal|",
                    "master|doctor|friend|friends|department|school|university|institute",
                ))
                .contains(&scan::fold(w))
            })
        })
    });
    split.is_some_and(|(mood, town)| {
        scan::words_le(mood, 2)
            && mood.starts_with(scan::is_upper)
            && !scan::is_wh_phrase(mood)
            && !town.is_empty()
            && scan::words(town).all(|w| w.starts_with(scan::is_upper))
    })
}

/// An advice column's letters each greeting the columnist on a line of their own ("Dear
/// Prudence,") and signed under their last paragraph ("—Left on Read"), the reply after the
/// signature in its own words: the questions are the letters, from their first paragraph.
/// (Two at least, all to the same name.)
fn greeted_letters(p: &Prep, start: usize) -> Option<Vec<usize>> {
    let content = |j: &usize| p.roles[*j] == Role::Content;
    let mut letters = Vec::new();
    let mut columnist: Option<String> = None;
    for j in (start..p.blocks.len()).filter(content) {
        let Some(name) = scan::after_salutation(p.text(j))
            .filter(|(_, after)| after.is_empty() && p.feats[j].words <= 4)
            .map(|(n, _)| scan::fold(n))
        else {
            continue;
        };
        if columnist.get_or_insert_with(|| name.clone()) != &name {
            return None;
        }
        // The letter's paragraphs, up to its signature (which may be read as a byline
        // already), then the reply.
        let first = p.next_content(j)?;
        let mut k = first;
        let mut signed = false;
        for _ in 0..6 {
            if p.feats[k].words <= 8 && scan::is_dash_signature(p.text(k))
                || pen_name(p, k)
                || placed_pen_name(p, k)
            {
                signed = true;
                break;
            }
            match (k + 1..p.blocks.len())
                .find(|&n| matches!(p.roles[n], Role::Content | Role::Byline))
            {
                Some(n) => k = n,
                None => break,
            }
        }
        let replied = p
            .next_content(k)
            .is_some_and(|r| scan::salutation(p.text(r)).is_none() && p.feats[r].sentence);
        if !(signed && replied && k > first) {
            return None;
        }
        letters.push(first);
    }
    (letters.len() >= 2).then_some(letters)
}

/// A column's letters each opening on their greeting to the columnist and running on in the
/// same paragraph ("Dear Doctor, I am a 52-year-old civil servant. … What could be the cause?
/// – Olumide, Ibadan"), signed at their end after a dash, each answered in prose under it: the
/// questions are the letters, whole, whether or not they end asking ("… Please advise me. –
/// Mrs Blessing O., Port Harcourt"). (Two at least, all to the same name.)
fn inline_letters(p: &Prep, start: usize) -> Option<Vec<usize>> {
    // (In a column that says so: "Every Sunday, Dr Femi … answers readers' health questions."
    // Not a feature that prints children's letters to Santa, each with a reporter's note.)
    if !p.readers_column {
        return None;
    }
    let mut letters = Vec::new();
    let mut columnist: Option<String> = None;
    for j in (start..p.blocks.len()).filter(|&j| p.roles[j] == Role::Content) {
        let t = p.text(j);
        if p.feats[j].words < 12 {
            continue;
        }
        // (`after_salutation` turns most paragraphs away at their first letter.)
        let Some((name, _)) = scan::after_salutation(t) else {
            continue;
        };
        if scan::dash_signed_at(t).is_none() {
            continue;
        }
        let name = scan::fold(name);
        if columnist.get_or_insert_with(|| name.clone()) != &name {
            return None;
        }
        let replied = p.next_content(j).is_some_and(|r| {
            scan::salutation(p.text(r)).is_none() && p.feats[r].sentence && !p.feats[r].asks
        });
        if !replied {
            return None;
        }
        letters.push(j);
    }
    (letters.len() >= 2).then_some(letters)
}

/// A help page's item phrased as the reader's situation, not a question ("My cart was damaged,
/// stolen or never arrived", "I cannot take my bins to the kerb"): set like the questions,
/// between two of them, answered under it — among four questions at least, one in four at most.
fn first_person_items(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    if qs.len() < 4 || !matches!(style, Style::Heading(_) | Style::ClassHeading | Style::Term) {
        return;
    }
    let (first, last) = (qs[0], qs[qs.len() - 1]);
    let extra: Vec<usize> = (first + 1..last)
        .filter(|&j| {
            p.roles[j] == Role::Content
                && qs.binary_search(&j).is_err()
                && !p.feats[j].sentence
                && p.feats[j].words <= 20
                && scan::opens_first_person(p.text(j))
                // (Not the site's own section in its "our", a noun's few words: "Our birth
                // rooms", "Unsere Leistungen".)
                && !(p.feats[j].words <= 3
                    && ["Our ", "Unser"].iter().any(|o| p.text(j).starts_with(o)))
                && style_of(p, j) == style
                && p.next_content(j).is_some_and(|k| style_of(p, k) != style)
        })
        .collect();
    if !extra.is_empty() && extra.len() * 4 <= qs.len() {
        merge_in(qs, &extra);
    }
}

/// A help page's items put as requests to the site, set as its questions are (`<summary>`
/// "Tell me how to reset my PIN" among "How do I order a replacement card?"), each answered
/// under it: items too, whatever their number — among three questions at least.
fn help_requests(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    if qs.len() < 3 || !matches!(style, Style::Heading(_) | Style::ClassHeading | Style::Term) {
        return;
    }
    let (first, last) = (qs[0], qs[qs.len() - 1]);
    let from = first.saturating_sub(12);
    let to = p.blocks.len().min(last + 24);
    let extra: Vec<usize> = (from..to)
        .filter(|&j| {
            p.roles[j] == Role::Content
                && !p.feats[j].asks
                && qs.binary_search(&j).is_err()
                && scan::is_help_request(p.text(j))
                && style_of(p, j) == style
                && p.next_content(j)
                    .is_some_and(|k| style_of(p, k) != style && p.feats[k].sentence)
        })
        .collect();
    merge_in(qs, &extra);
}

/// A readers' column whose letters each open on their writer's name and town ("Ruud Verhagen,
/// Zwolle: Als ik … Waarom duurt het hier zo veel langer?"), two at least and all its
/// questions so: a letter so labelled that ends on no question ("Kees Meijer, Deventer: Vroeger
/// zongen we … Ik mis het, en ik ben vast niet de enige."), answered in prose under it, is one of
/// its letters too where the reply under it names its writer ("Dat klopt, Kees: …"), one for
/// two that ask at most.
fn placed_letters(p: &Prep, qs: &mut Vec<usize>) {
    let placed = |j: usize| scan::town_label(p.text(j)).is_some();
    if !p.readers_column || qs.len() < 2 || !qs.iter().all(|&q| placed(q)) {
        return;
    }
    let last = qs[qs.len() - 1];
    let end = p.blocks.len().min(last + 24);
    let extra: Vec<usize> = (qs[0] + 1..end)
        .filter(|&j| {
            p.roles[j] == Role::Content
                && !p.feats[j].asks
                && p.feats[j].words >= 12
                && p.blocks[j].kind == BlockKind::Paragraph
                && qs.binary_search(&j).is_err()
                && placed(j)
                && p.next_content(j).is_some_and(|k| {
                    // (Its reply names its writer, "Dat klopt, Kees: …": not a spokesperson
                    // quoted in an answer, "Anne Bos, Rijkswaterstaat: Na de zomer…".)
                    let first = scan::words(p.text(j)).next().unwrap_or("");
                    p.feats[k].sentence
                        && !p.feats[k].asks
                        && !placed(k)
                        && first.len() >= 2
                        && scan::has_sub(p.text(k), first)
                })
        })
        .collect();
    if extra.len() * 2 <= qs.len() {
        merge_in(qs, &extra);
    }
}

/// Merges `extra` (in page order) into the questions `qs`, keeping page order (a sort would cost
/// wasm bytes).
fn merge_in(qs: &mut Vec<usize>, extra: &[usize]) {
    let mut all = Vec::with_capacity(qs.len() + extra.len());
    let mut k = 0;
    for &q in qs.iter() {
        while let Some(&x) = extra.get(k).filter(|&&x| x < q) {
            all.push(x);
            k += 1;
        }
        all.push(q);
    }
    all.extend_from_slice(extra.get(k..).unwrap_or(&[]));
    *qs = all;
}

/// A dialogue-dash interview whose answers are not dashed ("― 첫 장편 이후 6년 만의 신작이다."
/// / "너무 오래 걸렸죠."): every dashed paragraph an undashed one answers is the interviewer's,
/// statement or question.
fn dash_prompts(p: &Prep, qs: &mut Vec<usize>, dash: impl Fn(usize) -> bool) {
    let content = |j: usize| p.roles[j] == Role::Content;
    let last = qs[qs.len() - 1];
    let n = p.blocks.len();
    let mut taken = vec![false; n];
    for &q in qs.iter() {
        taken[q] = true;
    }
    // Answers dashed too ("— Скільки учнів?" / "— Близько дев'ятисот."): turns alternate, so
    // where three or five dashed turns stand between two questions, the second (and fourth) is
    // the interviewer's ("— Учителі, мабуть, виснажені."). Only when every stretch between two
    // questions holds an odd number of dashed turns, up to seven: a page that dashes an
    // answer's later paragraphs too is not read this way.
    let dashed_between = |a: usize, b: usize| -> Vec<usize> {
        (a + 1..b).filter(|&j| content(j) && dash(j)).collect()
    };
    let stretches: Vec<Vec<usize>> = qs.windows(2).map(|w| dashed_between(w[0], w[1])).collect();
    // (Answered in dashed turns: the turn right after each question is dashed.)
    let answers_dashed = qs[..qs.len() - 1]
        .iter()
        .all(|&q| p.next_content(q).is_some_and(&dash));
    let alternating = answers_dashed && stretches.iter().all(|t| matches!(t.len(), 1 | 3 | 5 | 7));
    if alternating {
        for &j in stretches.iter().flat_map(|t| t.iter().skip(1).step_by(2)) {
            if p.feats[j].words <= 25 && eligible(p, j, Style::Plain) {
                taken[j] = true;
            }
        }
        // The turns before the first question alternate too ("— Як ви потрапили у
        // виноробство? Наскільки я знаю…" / "— Так, я закінчила…" / "— Розкажіть про свій
        // перший урожай." / "— Це був 2017 рік…"): an even number of them, each of the
        // interviewer's answered by a dashed turn, up to six.
        // (And after the last one, up to the page's rail: "- Lời khuyên của bác sĩ dành cho
        // người trẻ…" between the last answer and its own, each answer dashed.)
        // (A sentence over a longer answer, the turn before it no list's lead: not a list's
        // dashed items after the last answer, "Я советую всем пациентам:" / "— ложиться …;".)
        let after = dashed_between(last, rail_from(p, last + 1));
        if matches!(after.len(), 3 | 5 | 7) {
            for &j in after.iter().skip(1).step_by(2) {
                if p.feats[j].words <= 25
                    && scan::trim(p.text(j)).ends_with(['.', '?', '!', '…'])
                    && p.prev_content(j)
                        .is_some_and(|x| !scan::trim(p.text(x)).ends_with(':'))
                    && p.next_content(j).is_some_and(|k| {
                        dash(k)
                            && p.feats[k].sentence
                            && p.feats[k].words >= 8.max(p.feats[j].words * 2)
                    })
                    && eligible(p, j, Style::Plain)
                {
                    taken[j] = true;
                }
            }
        }
        let before = dashed_between(p.first_content.unwrap_or(qs[0]).saturating_sub(1), qs[0]);
        if before.len() % 2 == 0 && before.len() <= 6 {
            for &j in before.iter().step_by(2) {
                if p.next_content(j).is_some_and(&dash)
                    && p.feats[j].words <= 25
                    && eligible(p, j, Style::Plain)
                {
                    taken[j] = true;
                }
            }
        }
    }
    // (The dashed turn right after a question is its answer, whatever follows it: "– Er du
    // enig?" / "– Det stemmer kanskje i Oslo." / a caption and the reporter's prose.)
    let mut answer = vec![false; n];
    for k in qs.iter().filter_map(|&q| p.next_content(q)) {
        answer[k] = true;
    }
    for j in p.first_content.unwrap_or(last)..n {
        if taken[j] || answer[j] || !content(j) || !dash(j) || p.feats[j].words > 60 {
            continue;
        }
        // (Where the turns alternate, a dashed turn before the last question that is not the
        // interviewer's is an answer, whatever follows it.)
        if alternating && j < last {
            continue;
        }
        // After the last question, a dashed sentence answered by prose: the closing prompt
        // ("— 마지막으로 독자들에게 하고 싶은 말씀이 있다면요."), not a signature.
        let prose = |k: usize| p.feats[k].sentence && p.feats[k].words >= 6;
        // (Or, where the answers are dashed too, one announced as the last, a dashed answer
        // under it: "–Para terminar: si tuviera que dar un solo consejo…" / "–Que no esperen…".)
        let announced =
            || j > last && scan::after_dialogue_dash(p.text(j)).is_some_and(scan::is_last_request);
        let answered = p.next_content(j).is_some_and(|k| {
            !taken[k] && (!dash(k) && (j < last || prose(k)) || dash(k) && prose(k) && announced())
        });
        // (The turn right after the last question is its answer: "—¿Qué está escribiendo
        // ahora?" / "—Nada, y lo digo en serio.")
        let closing = || {
            p.feats[j].sentence
                && !scan::is_dash_signature(p.text(j))
                && p.next_content(last) != Some(j)
        };
        // (Nor the subject's words quoted in the intro, "– Jag äter den sen, säger hon.")
        if answered
            && (j < last || closing())
            && !scan::reports_speech(p.text(j))
            && eligible(p, j, Style::Plain)
        {
            taken[j] = true;
        }
    }
    *qs = (0..taken.len()).filter(|&j| taken[j]).collect();
}

/// In a plain-text interview, a short request standing alone between two answers ("Tell me
/// about the first winter on the ice."), or between the intro and the first answer, is a
/// question too: nothing sets it apart but its words.
fn plain_prompts(p: &Prep, qs: &mut Vec<usize>) {
    let content = |j: usize| p.roles[j] == Role::Content;
    // (Asked only of a candidate statement: it reads the intro's words.)
    let mut interview: Option<bool> = None;
    // (Asked only of a candidate turn: do names open the answers and not the questions?)
    let mut named: Option<bool> = None;
    // The answers in quotation marks, as Italian papers print them ("«Non voglio fare
    // promesse…»"): a statement between two answers, unquoted, answered in quotes, is a prompt.
    let quoted_answers = qs
        .iter()
        .filter(|&&q| p.next_content(q).is_some_and(|x| p.feats[x].quote_start))
        .count()
        * 2
        > qs.len();
    let last = qs[qs.len() - 1];
    // The interviewer's label, on the first question and most others ("BA: Where are you right
    // now?"): a turn under it is theirs, asking or not ("BA: Let's talk about “Copper Wire.”").
    let label = |x: usize| scan::speaker_label(p.text(x)).map(|(l, _)| l);
    let asker = label(qs[0]).filter(|&a| {
        qs.len() >= 3
            && qs
                .iter()
                .filter(|&&q| label(q).is_some_and(|l| scan::same_speaker(l, a)))
                .count()
                * 3
                >= qs.len() * 2
    });
    let mut all = Vec::with_capacity(qs.len() + 2);
    let mut k = 0;
    let mut prev: Option<usize> = None;
    // (The last turn's speaker since the last question: an answer of several paragraphs names
    // its speaker on its first only.)
    let mut speaking: Option<&str> = None;
    // From a few paragraphs before the first question: the interview may open with a request
    // ("Tell me about the night the talks fell apart.") answered before the first question.
    let from = (0..qs[0])
        .rev()
        .filter(|&j| content(j))
        .take(6)
        .last()
        .unwrap_or(qs[0]);
    // (And after the last question, a request announced as the last: "Last one. Describe the
    // house of 2050 in one sentence." over its answer.)
    let end = p.blocks.len().min(last + 24);
    for j in from..end {
        // (Nor a newsletter box's button between two turns, "Subscribe": the box is no turn.)
        if !content(j) || p.feats[j].words <= 3 && scan::is_button_label(p.text(j)) {
            continue;
        }
        let is_q = qs.get(k) == Some(&j);
        if is_q {
            all.push(j);
            k += 1;
        } else {
            let f = p.feats[j];
            let next = || p.next_content(j);
            // (qs is in page order: a binary search keeps this linear on any input.)
            let asked = |x: usize| qs.binary_search(&x).is_ok();
            let request = f.sentence
                && !f.asks
                && f.words <= 20
                && scan::opens_with_request(p.text(j))
                && prev.is_some_and(|x| !asked(x))
                && next().is_some_and(|x| !asked(x) && !p.feats[x].asks);
            // The first turn, right under the interview's note on its editing ("This
            // conversation has been edited for length and clarity."): a question that goes on
            // with a statement ("How did you end up running a hut? It isn't a job most people
            // apply for."), a longer answer under it.
            let first_turn = || {
                k == 0
                    && f.sentence
                    && !f.asks
                    && f.words <= 30
                    && p.text(j).contains('?')
                    && prev.is_some_and(|x| scan::is_edit_note(p.text(x)))
                    && next().is_some_and(|x| {
                        !asked(x) && !p.feats[x].asks && p.feats[x].words > f.words * 2
                    })
            };
            // In an interview, a short statement between two answers that the next paragraph
            // answers with a short sentence first ("Last year's escape set the field back." /
            // "It did. I know some…"; "Das klingt hart." / "Es ist auch hart. Aber…"): the answer
            // before it twice as long at least, the one after it longer. (Between the first
            // question and the last.)
            // (Not an editor's note in brackets: "[This reply has been shortened.]".)
            let statement = k > 0
                && f.sentence
                && !f.asks
                && !f.quote_start
                && !p.text(j).starts_with(['[', '('])
                && (4..=20).contains(&f.words)
                && prev.is_some_and(|x| !asked(x) && p.feats[x].words > f.words)
                && next().is_some_and(|x| {
                    !asked(x) && !p.feats[x].asks && p.feats[x].words > f.words
                })
                && ((prev.is_some_and(|x| p.feats[x].words >= 2 * f.words)
                    && next().is_some_and(|x| {
                        // (Not a pull quote, wholly quoted where the answers are not: "“Why
                        // count bees? Because …”" / "— Marta Olsen".)
                        let pull = p.feats[x].quote_start && scan::is_wholly_quoted(p.text(x));
                        (scan::first_sentence_words(p.text(x)) <= 7 && !pull)
                            || (quoted_answers && p.feats[x].quote_start)
                    }))
                    // (Or a statement that speaks to the guest from its first words, "You spent
                    // four summers there. That's a long time to stand on a pool deck.", whatever
                    // the answers' length.)
                    // (Or within its first words, capitalised as a turn is: "People who want
                    // to read in peace would say you've simply swapped…", not a list's item
                    // running on, "predictable memory use, … unless you ask for them;".)
                    // (Not the guest's own words, in the first person: "…what my old coach
                    // meant when he said you only get one.")
                    || scan::addresses_someone(scan::head(p.text(j), 40))
                    || p.text(j).starts_with(scan::is_upper)
                        && scan::addresses_someone(scan::head(p.text(j), 120))
                        && !scan::speaks_as_i(p.text(j))
                    || scan::is_completion_prompt(p.text(j))
                    || j > last && scan::is_last_request(p.text(j)))
                && *interview.get_or_insert_with(|| is_interview(p, qs))
                // (Thanks are no prompt: "Fascinating stuff, thanks for doing this." / "Thank
                // you, Pete!")
                && !scan::thanks(p.text(j));
            // In a transcript whose answers carry their speakers' names and whose questions
            // none ("NADIA: It is quite nearly nothing." / "The show has been criticised…" /
            // "NADIA: That criticism was fair…"): an unnamed sentence between two turns of
            // the same speaker is someone else's, the interviewer's. (Between two speakers it
            // may be the first one going on.)
            let mut turn = || {
                let speaker = label;
                k > 0
                    && f.sentence
                    && !f.asks
                    && !f.quote_start
                    && f.words <= 40
                    && !p.text(j).starts_with(['[', '('])
                    && *named.get_or_insert_with(|| {
                        // (The first answer's label looked at first: most pages have none.)
                        if p.next_content(qs[0]).and_then(speaker).is_none() {
                            return false;
                        }
                        let named_after = qs
                            .iter()
                            .filter(|&&q| p.next_content(q).and_then(speaker).is_some())
                            .count();
                        let unnamed = qs.iter().filter(|&&q| speaker(q).is_none()).count();
                        named_after * 3 >= qs.len() * 2 && unnamed * 3 >= qs.len() * 2
                    })
                    && speaker(j).is_none()
                    && speaking
                        .zip(next().and_then(speaker))
                        .is_some_and(|(a, b)| scan::same_speaker(a, b))
                    && !scan::thanks(p.text(j))
            };
            // (Answered by the next paragraph, not another turn of the interviewer's.)
            let labelled = || {
                asker.is_some_and(|a| {
                    let theirs = |x: usize| label(x).is_some_and(|l| scan::same_speaker(l, a));
                    // (Not the host's welcome, the guest greeting back: "◇ 박지현> 다음 달부터 …
                    // 바뀝니다." / "◆ 윤상철> 네, 안녕하세요.")
                    !f.asks
                        && f.words <= 60
                        && theirs(j)
                        && !scan::thanks(p.text(j))
                        && next().is_some_and(|x| {
                            !asked(x) && !theirs(x) && !scan::greets_back(p.text(x))
                        })
                })
            };
            let prompt = (request || statement || turn() || first_turn() || labelled())
                && (j < last || scan::is_last_request(p.text(j)))
                && style_of(p, j) == Style::Plain
                && eligible(p, j, Style::Plain);
            if prompt {
                all.push(j);
            }
        }
        // (A pull quote between two turns, "«Irgendwann wird man …»", is neither — where the
        // answers are not quoted themselves. An answer may open on a quoted title: "‘Jolene’.
        // Not even close.")
        let pulled = || p.feats[j].quote_start && scan::is_wholly_quoted(p.text(j));
        if quoted_answers || is_q || !pulled() {
            prev = Some(j);
        }
        if is_q || all.last() == Some(&j) {
            speaking = None;
        } else if let Some(l) = label(j) {
            speaking = Some(l);
        }
    }
    all.extend_from_slice(&qs[k..]);
    if all.len() > qs.len() && all.len() <= qs.len() * 2 {
        *qs = all;
    }
}

/// A transcript whose questions are marked ("Q: And Kwame?") and whose answers carry the
/// guest's name ("Halloran: Kwame's not going to make it."): a turn between two of the guest's
/// answers that is neither marked nor named is the interviewer's too, whatever it ends with
/// ("Talk us through the thinking on who replaces him."). Where the guest's name opens most
/// answers, two at least.
fn unmarked_turns(p: &Prep, qs: &mut Vec<usize>) {
    if qs.len() < 3 {
        return;
    }
    let label = |j: usize| scan::speaker_label(p.text(j)).map(|(l, _)| l);
    let Some(guest) = p.next_content(qs[0]).and_then(label) else {
        return;
    };
    let guest_says = |j: usize| label(j).is_some_and(|l| scan::same_speaker(l, guest));
    let answered = qs
        .iter()
        .filter(|&&q| p.next_content(q).is_some_and(guest_says))
        .count();
    if answered * 3 < qs.len() * 2 {
        return;
    }
    let content = |j: usize| p.roles[j] == Role::Content;
    let mut found = Vec::new();
    for j in qs[0] + 1..qs[qs.len() - 1] {
        let f = p.feats[j];
        // (Nor a note in brackets: "(Cross-talk.)".)
        if !content(j)
            || f.q_marker
            || !f.sentence
            || f.words > 40
            || label(j).is_some()
            || p.text(j).starts_with(['(', '['])
        {
            continue;
        }
        let before = (qs[0]..j).rev().find(|&k| content(k));
        if before.is_some_and(guest_says)
            && p.next_content(j).is_some_and(guest_says)
            && qs.binary_search(&j).is_err()
            && eligible(p, j, Style::Plain)
        {
            found.push(j);
        }
    }
    if found.len() < qs.len() {
        merge_in(qs, &found);
    }
}

/// A mailbag's letters, signed under them ("… Do we refinance now or wait?" / "— Priya,
/// Columbus, Ohio"), three at least: a question after one that names its writer ("So should
/// Priya wait?") is the columnist's, inside the reply.
fn follow_up_on_letter(p: &Prep, qs: &mut Vec<usize>) {
    if qs.iter().filter(|&&q| p.feats[q].signed).nth(2).is_none() {
        return;
    }
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !scan::is_word_char(c))
    }
    // (The writer's given name, the signature's first word: "Priya".)
    let writer = |q: usize| {
        // (Whatever role the signature was given: the block right after.)
        let s = p.blocks.get(q + 1).map(|b| b.text.as_str())?;
        scan::is_dash_signature(s).then_some(())?;
        // (A name: not "A reader in Tampa".)
        scan::words(s)
            .map(bare)
            .find(|w| !w.is_empty())
            .filter(|w| w.chars().count() >= 3 && w.starts_with(scan::is_upper))
    };
    let mut last: Option<&str> = None;
    qs.retain(|&q| {
        if p.feats[q].signed {
            last = writer(q);
            return true;
        }
        // (The first question after the letter only, its name past the first word — "Will my
        // pension be taxed?" after "— Will, Sacramento" is the next letter's; or "Priya's",
        // possessive.)
        let name = last.take();
        !(p.feats[q].words <= 12
            && name.is_some_and(|name| {
                scan::words(p.text(q)).skip(1).map(bare).any(|w| {
                    w.strip_prefix(name)
                        .is_some_and(|r| r.is_empty() || r == "'s" || r == "’s")
                })
            }))
    });
}

/// Marked questions ("D: Ci sono treni garantiti?" / "R: Sì. …") with a stretch between two of
/// them where the editor dropped the markers: two questions at least in a row, each a short
/// paragraph of its own that asks, over a paragraph of prose that does not ("E chi ha un
/// abbonamento?" / "Gli abbonati regionali non hanno diritto…"), no marked question among
/// them. (Rhetorical questions inside answers stand one to an answer, not in a row of their
/// own.)
fn unmarked_stretch(p: &Prep, qs: &mut Vec<usize>) {
    if qs.len() < 3 {
        return;
    }
    let asking = |j: usize| {
        let f = p.feats[j];
        p.roles[j] == Role::Content
            && f.asks
            && !f.q_marker
            && !f.quote_start
            && f.words <= 30
            && p.blocks[j].kind == BlockKind::Paragraph
            && p.next_content(j).is_some_and(|x| {
                let g = p.feats[x];
                g.sentence && !g.asks && g.words > 8 && !g.q_marker
            })
    };
    let mut found = Vec::new();
    for w in qs.windows(2) {
        let run: Vec<usize> = (w[0] + 1..w[1]).filter(|&j| asking(j)).take(8).collect();
        if run.len() >= 2 {
            found.extend(run);
        }
    }
    if !found.is_empty() && found.len() < qs.len() {
        merge_in(qs, &found);
    }
}

/// The one label on an interview's questions over answers named by no one: a publication's in
/// capitals before a colon ("SPIEGEL: …?"; "Brexit: who pays?" is a topic) or, as Brazilian
/// papers set it, its one name before a spaced dash on three questions at least ("Folha – Isso
/// é normal?").
pub fn unnamed_answers(
    colon: bool,
    name: &str,
    asked: usize,
    capitalised: bool,
    title: Option<&str>,
) -> bool {
    if colon {
        // (Or in quotation marks, as Arabic, French and German papers name themselves: "«مصر
        // الآن»: …؟" over unnamed answers.)
        // (Or one word on three questions at least, each turn a sentence of its own after it,
        // the outlet's name as Radio Liberty's services print it, "Свабода: Вы …?", "Азаттык:
        // …?", over unnamed answers — not a topic's, "Brexit: who pays the bill?", nor one the
        // headline names, "Brexit: your questions" over "Brexit: Who pays …?".)
        scan::is_capitals_label(name)
            || scan::quoted_outlet(name)
            || asked >= 3
                && capitalised
                && scan::words_le(name, 1)
                && !title.is_some_and(|t| scan::has_sub(&scan::fold(t), &scan::fold(name)))
    } else {
        asked >= 3 && scan::words_le(name, 1)
    }
}

/// An interview transcript that names its speakers ("TIME: …?", "Okafor: …", or before a spaced
/// dash, "DL – …?" / "MK – …"): the interviewer's
/// turns are its questions — those that ask and, between the first and the last of them, those
/// that do not ("TIME: Critics say sodium batteries will never match lithium.") — and no one
/// else's turn is one, even when it ends asking ("Zhao: … Where are they supposed to go?").
/// The interviewer is the name on most of the questions found; the other speakers must answer
/// under their names at least half as often as the interviewer asks.
fn speaker_turns(p: &Prep, qs: &mut Vec<usize>) {
    let label = |j: usize| scan::turn_label(p.text(j)).map(|(l, _)| l);
    // (The words spoken past the name; none where no one is named.)
    let said = |j: usize| scan::turn_label(p.text(j)).map_or("", |(_, s)| s);
    // The most frequent name on the questions — not someone in the audience, where another
    // asks: a moderator hands over to them ("Audience member: …?"), who ask as co-hosts do.
    let labels: Vec<&str> = qs.iter().filter_map(|&q| label(q)).collect();
    let named_asker: Vec<&str> = labels
        .iter()
        .copied()
        .filter(|&l| !scan::is_audience_member(l))
        .collect();
    let audience = named_asker.len() < labels.len() && !named_asker.is_empty();
    let mut name = scan::top_speaker(if audience { &named_asker } else { &labels });
    let mut titled_guest = false;
    // (A guest who answers with questions may ask as often as the interviewer: where the
    // headline names the one who asks most, "Vesper Lane Doesn't Want to Explain Anything" over
    // "VL: Do they have to mean anything?", and another asks half as often at least, the other
    // asks.)
    if let Some(t) = p.title.map(|t| p.text(t)) {
        // (Two words of the headline, the first capitalised, read as one name.)
        let in_title = |l: &str| {
            let (mut prev, mut at) = (None, 0);
            t.split(' ').any(|w| {
                let pair = prev.and_then(|s| t.get(s..at + w.len()));
                prev = w.starts_with(scan::is_upper).then_some(at);
                at += w.len() + 1;
                pair.is_some_and(|n| scan::same_speaker(l, n))
            })
        };
        if in_title(name) {
            let others: Vec<&str> = labels
                .iter()
                .copied()
                .filter(|&l| !scan::same_speaker(l, name) && !in_title(l))
                .collect();
            let other = scan::top_speaker(&others);
            let count = |n: &str| labels.iter().filter(|&&l| scan::same_speaker(l, n)).count();
            if !other.is_empty() && count(other) * 2 >= count(name) {
                name = other;
                titled_guest = true;
            }
        }
    }
    let is_name = |l: Option<&str>| l.is_some_and(|l| scan::same_speaker(l, name));
    let named: Vec<usize> = (p.first_content.unwrap_or(0)..p.blocks.len())
        .filter(|&j| p.roles[j] == Role::Content && label(j).is_some())
        .collect();
    // (A turn asks also when a short remark follows its question: "HOST: So what exactly is a
    // chlorine burn? Because it sounds alarming.")
    let asks =
        |j: usize| p.feats[j].asks || p.feats[j].words <= 60 && scan::asks_before_remark(said(j));
    let asking: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&j| is_name(label(j)) && asks(j))
        .collect();
    let (Some(&first), Some(&last)) = (asking.first(), asking.last()) else {
        return;
    };
    // (Where the audience asks, the moderator may ask once.)
    let asked_by_audience = || {
        named
            .iter()
            .filter(|&&j| label(j).is_some_and(scan::is_audience_member) && p.feats[j].asks)
            .nth(1)
            .is_some()
    };
    // The guest: the name on most turns right after the interviewer's.
    let after = |j: usize| p.next_content(j).filter(|&k| label(k).is_some());
    let labels: Vec<&str> = named
        .iter()
        .filter(|&&j| is_name(label(j)))
        .filter_map(|&j| after(j).and_then(label))
        .filter(|&l| !scan::same_speaker(l, name))
        .collect();
    let guest = scan::top_speaker(&labels);
    // (A turn the guest speaks.)
    let guest_turn = |k: usize| label(k).is_some_and(|l| scan::same_speaker(l, guest));
    // (On a call-in show the callers ask too: the questions are the guest's to answer.)
    let on_questions = qs
        .iter()
        .filter(|&&q| label(q).is_some_and(|l| !scan::same_speaker(l, guest)))
        .count();
    // The answers are named too (at least half as often), or never and the questions' name is
    // a publication's in capitals: "SPIEGEL: …" over unnamed answers.
    // (Counted on the turns right after the interviewer's: a cross-link "Wohngeld: Wer jetzt…"
    // is not an answer.)
    let (mut mine, mut others) = (0, 0);
    for &j in named.iter().filter(|&&j| is_name(label(j))) {
        mine += 1;
        let next = p.next_content(j);
        others += usize::from(next.is_some_and(|k| label(k).is_some() && !is_name(label(k))));
    }
    // (Or named only the first time, under the first question: "SZ: Frau Lindner, …?" /
    // "Mareike Lindner: Nein, …" / "SZ: Das klingt, als …" / "Nebensächlich nicht. …".)
    let named_once = others == 1 && after(first).is_some_and(|k| !is_name(label(k)));
    let sides = others * 2 >= mine
        || ((others == 0 || named_once)
            && unnamed_answers(
                scan::speaker_label(p.text(first)).is_some(),
                name,
                mine,
                named
                    .iter()
                    .filter(|&&j| is_name(label(j)))
                    .all(|&j| scan::opens_sentence(said(j))),
                p.title.map(|t| p.text(t)),
            ));
    // A documentary's script, not an interview: the host narrates, turn after turn of their
    // own, and asks in fewer than a third of them ("MAYA REYES: Frank Ostrowski was a
    // detective…" / "MAYA REYES: The first witness was…" / "MAYA REYES: What did you think…?").
    // Its questions are the story's, asked of whoever it is about.
    let runs_on = named
        .windows(2)
        .filter(|w| is_name(label(w[0])) && is_name(label(w[1])))
        .count();
    // (Asking several people in turn: two others at least answer the host's questions, an
    // interview's guest is one.)
    let mut others: Vec<&str> = Vec::new();
    for l in asking
        .iter()
        .filter_map(|&j| p.next_content(j).and_then(label))
    {
        if !is_name(Some(l))
            && others.len() < 2
            && !others.iter().any(|&o| scan::same_speaker(o, l))
        {
            others.push(l);
        }
    }
    if mine >= 8 && asking.len() * 3 < mine && runs_on * 2 >= mine && others.len() >= 2 {
        qs.clear();
        return;
    }
    if (asking.len() < 2 && !(audience && asked_by_audience()))
        || on_questions * 2 < qs.len() + usize::from(!titled_guest)
        || !sides
    {
        return;
    }
    // A co-host: another name whose questions the guest answers at least twice ("Maya
    // Sorensen: …?" / "Ben Achterberg: Fair. Okay, so walk us through an actual shift. What does
    // a Tuesday look like for you?" / the guest). Only the co-host's turns that ask are
    // questions; their remarks are the conversation's. (Two co-hosts at most.)
    // (A co-host's turn asks and may go on with a remark: "What about kids? My six-year-old
    // was bouncing off the walls last night.")
    let co_asks = |j: usize| {
        p.feats[j].asks
            || p.feats[j].words <= 60
                && scan::turn_label(p.text(j))
                    .is_some_and(|(_, said)| scan::has_question_mark(said))
    };
    let mut cohosts: Vec<&str> = Vec::new();
    let (mut first_cohost, mut last_cohost) = (None, None);
    for &j in &named {
        let Some(l) = label(j) else { continue };
        if scan::same_speaker(l, name)
            || scan::same_speaker(l, guest)
            || cohosts.iter().any(|&c| scan::same_speaker(l, c))
            || !co_asks(j)
        {
            continue;
        }
        let answers = |k: &usize| {
            label(*k).is_some_and(|x| scan::same_speaker(x, l))
                && co_asks(*k)
                && after(*k)
                    .and_then(label)
                    .is_some_and(|g| scan::same_speaker(g, guest))
        };
        let theirs: Vec<usize> = named.iter().copied().filter(answers).take(64).collect();
        if theirs.len() >= 2 && cohosts.len() < 2 {
            cohosts.push(l);
            last_cohost = last_cohost.max(theirs.last().copied());
            first_cohost = first_cohost
                .min(theirs.first().copied())
                .or(theirs.first().copied());
        }
    }
    let cohost = |j: usize| {
        label(j).is_some_and(|l| cohosts.iter().any(|&c| scan::same_speaker(l, c))) && co_asks(j)
    };
    // (A turn the interviewer follows with another of their own, "We're going to take a quick
    // break." / "[BREAK]" / "We're back…", is not one the guest answers: answered, another
    // speaker's turn comes next, or unnamed prose.)
    // (Nor one a co-host takes up, where it asks nothing: "Before we get into naps, a quick
    // break." / "This episode is supported by…" / "CO-HOST: And we're back.")
    let co_host =
        |j: usize| label(j).is_some_and(|l| cohosts.iter().any(|&c| scan::same_speaker(l, c)));
    let answered = |k: usize| {
        let next = named.get(named.partition_point(|&j| j <= k)).copied();
        next.is_none_or(|j| !is_name(label(j)) && (!co_host(j) || p.feats[k].asks))
            || (k + 1..next.unwrap_or(k + 1)).any(|i| {
                p.roles[i] == Role::Content && p.feats[i].sentence && p.feats[i].words >= 3
            })
    };
    // A caller the host hands over to ("… Here's Karen." / "KAREN (VOICEMAIL): … should we
    // keep the furnace?"): the caller's turn is the question the guest answers, asking or not
    // ("TOM: … And it has never bloomed. Not once." / "MORALES: Eight years. Oh, Tom. …").
    // (A panel's other guest, named right after the interviewer's turns twice at least, is no
    // caller: "HOST: …?" / "LUNDQVIST: We are. …" / "DR. OSEI: From the hospital side, …".)
    // (Counted once, eight names at most: the test runs for every turn.)
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for &l in &labels {
        match seen.iter().position(|(n, _)| scan::same_speaker(n, l)) {
            Some(k) => seen[k].1 += 1,
            None if seen.len() < 8 => seen.push((l, 1)),
            None => {}
        }
    }
    // (Not callers labelled alike, "CALLER: …", each handed over once.)
    let panel = |l: &str| {
        !scan::Words("caller|listener|viewer|anrufer|auditeur|auditrice|oyente")
            .opens(&scan::fold(l))
            && seen
                .iter()
                .any(|&(n, c)| c >= 2 && scan::same_speaker(n, l))
    };
    let caller = |k: usize| {
        let l = label(k).unwrap_or_default();
        !scan::same_speaker(l, name)
            && !scan::same_speaker(l, guest)
            && !panel(l)
            && !cohosts.iter().any(|&c| scan::same_speaker(l, c))
            && (scan::has_question_mark(p.text(k))
                || after(k)
                    .and_then(label)
                    .is_some_and(|g| scan::same_speaker(g, guest)))
            && admissible(p, k, style_of(p, k), true)
    };
    // (Not after the host's own question, which the next speaker answers: "Tomás, what does
    // that do to a performance…?" / "Tomás Aguilar: It's terrifying… did I lose him? …".)
    // (Unless the guest answers the caller, as a phone-in's host hands over with a question:
    // "Karen, what's your question?" / "KAREN: …" / "MORALES: …".)
    let handover = |j: usize| {
        after(j).filter(|&k| {
            caller(k) && (!scan::ends_with_question(p.text(j)) || after(k).is_some_and(guest_turn))
        })
    };
    // (Up to the last handover, after the host's last question of their own.)
    let last = named
        .iter()
        .rev()
        .find(|&&j| is_name(label(j)) && handover(j).is_some())
        .map_or(last, |&j| j.max(last))
        .max(last_cohost.unwrap_or(0));
    // An interviewer's turn that does not ask, three words at least and no thanks, that the
    // guest answers at length: ten words past the name ("DR. SAM WHITFIELD, ALLERGIST: Good
    // morning. Glad to be here." is a greeting), and no thanks ("Ruth, welcome." / "Thanks,
    // Dana. It's good to be here.").
    let prompt_answered = |j: usize| {
        !scan::words_le(said(j), 2)
            && !scan::thanks(said(j))
            && after(j).is_some_and(|k| {
                guest_turn(k) && !scan::words_le(said(k), 9) && !scan::thanks(said(k))
            })
    };
    // (Or to the interviewer's last prompt that does not ask, the guest answering it at length
    // before the sign-off: "[앵커] 요금을 줄일 수 있는 방법도 있을 텐데요." / "[기자] 네, 에너지
    // 캐시백 제도에 가입하면…" / "[앵커] 네, 말씀 잘 들었습니다.")
    let last = named
        .iter()
        .rev()
        .take_while(|&&j| j > last)
        .find(|&&j| is_name(label(j)) && prompt_answered(j))
        .map_or(last, |&j| j.max(last));
    // A statement of the interviewer's that answers the guest's question ("Guest: Do you bake
    // yourself?" / "Host: I do. Her name is Doris.") or that the guest answers with a question
    // ("Host: That's going on a T-shirt." / "Guest: Do you bake…?") is conversation, not a
    // question.
    // (A short question of the guest's to the host, not an answer ending in a rhetorical one:
    // "Cobalt is expensive … Where else would the car makers go?")
    let guest_asks = |k: usize| guest_turn(k) && p.feats[k].asks && p.feats[k].words <= 12;
    // (Nor a few words replying to a question the guest's longer turn ends with: "… have you
    // ever sat across from a buyer?" / "Host: I have not." / "Guest: You should try it.")
    let guest_ends_asking = |k: usize| guest_turn(k) && scan::ends_with_question(p.text(k));
    // (Nor a remark the guest replies to in a few words: "That's a lot of stairs." / "It is. My
    // knees would like a word.")
    // (Or a longer one the guest agrees with in five words or fewer: "That's such a good
    // example of a policy that sounds kind and isn't." / "Hospitals are full of those.")
    // (Not a request whose answer's few words open a turn that runs on, unnamed: "BA: Let's
    // talk about “Copper Wire.”" / "MQ: [Long pause] Sure." / "That's the one I almost cut. …".)
    let remark = |j: usize| {
        let said = said(j);
        let reply = after(j).filter(|&k| guest_turn(k));
        let runs_on = |k: usize| {
            scan::opens_with_request(said)
                && p.next_content(k).is_some_and(|n| {
                    label(n).is_none() && p.feats[n].sentence && p.feats[n].words >= 10
                })
        };
        !p.feats[j].asks
            && reply.is_some_and(|k| {
                // (The reply's words without the guest's name: "Hospitals are full of those.")
                let brief = scan::turn_label(p.text(k)).is_some_and(|(_, r)| scan::words_le(r, 5));
                !runs_on(k)
                    && ((p.feats[k].words <= 12 && scan::words_le(said, 8))
                        || (brief && scan::words_le(said, 25)))
            })
    };
    let banter = |j: usize| {
        let before = named[..named.partition_point(|&x| x < j)].last().copied();
        // (Up to eight words where it opens as a reply does: "I have, yeah. It smells
        // incredible.")
        let reply = !p.feats[j].asks
            && scan::turn_label(p.text(j)).is_some_and(|(_, said)| {
                scan::words_le(said, 5) || (scan::words_le(said, 8) && scan::opens_reply(said))
            });
        before.is_some_and(|k| {
            p.next_content(k) == Some(j) && (guest_asks(k) || reply && guest_ends_asking(k))
            // (A question the guest answers with one of theirs stays one: "Kende u het rapport?" /
            // "Bedoelt u het concept?")
        }) || (!p.feats[j].asks && after(j).is_some_and(guest_asks))
            || remark(j)
    };
    // An interviewer's turn that goes on without the name under the next time stamp and asks
    // only there ("Interviewer: Okay. So there's a century of sediment behind that wall." /
    // "[00:01:38] Where does all of it go once the dam is gone?"): the line that asks is the
    // question, the guest's turn after it the answer.
    let asks_later = |j: usize| {
        if p.feats[j].asks {
            return None;
        }
        let next = named
            .get(named.partition_point(|&x| x <= j))
            .copied()
            .filter(|&n| guest_turn(n))?;
        let rest: Vec<usize> = (j + 1..next)
            .filter(|&k| p.roles[k] == Role::Content)
            .collect();
        let &k = rest.last()?;
        // (Its question may have a remark after it: "Marisol, what about peat-free compost? I
        // get so many emails from people saying it just doesn't work for them.")
        (rest.len() <= 2
            && (p.feats[k].asks || scan::has_question_mark(p.text(k)))
            && p.feats[k].words <= 40
            && admissible(p, k, Style::Plain, true))
        .then_some(k)
    };
    // The interviewer's opening turn, before the first that asks ("KXVR: Let's start with
    // staffing. Give us the numbers."), answered so; or one that goes on past the name and asks
    // only there, right before the guest's turn, as a broadcast's transcript opens ("OKAFOR:
    // From Phoenix to Oklahoma City, …" / "For more, I'm joined by …" / "Dr. Whitfield, thanks
    // for being with us. What actually happens …?" / the guest).
    let opening = named
        .iter()
        .copied()
        .rev()
        .find(|&j| j < first && is_name(label(j)))
        .filter(|&j| prompt_answered(j) || asks_later(j).is_some());
    // (A co-host may ask first: an inquiry's members take turns, "Kramer: …?" before "De
    // Haan: …?".)
    let from = opening
        .unwrap_or(first)
        .min(first_cohost.unwrap_or(usize::MAX));
    // (Nor a remark that cuts in on the guest, who goes on: "FARROW: … because a false alarm
    // --" / "HOLLOWAY: But four days." / "FARROW: -- a false alarm undermines…")
    // (Or right after both spoke at once: "(CROSSTALK)" / "HOLLOWAY: Mayor -- Mayor, sorry,
    // the delay on our line. Go ahead.")
    let cuts_in = |j: usize| {
        let before = named[..named.partition_point(|&x| x < j)].last().copied();
        !p.feats[j].asks
            && (scan::words_le(said(j), 8)
                && (before.is_some_and(|k| guest_turn(k) && scan::breaks_off(p.text(k)))
                    || after(j).is_some_and(|k| guest_turn(k) && scan::takes_up(said(k))))
                || scan::words_le(said(j), 12)
                    && j.checked_sub(1)
                        .is_some_and(|i| scan::is_crosstalk(p.text(i))))
    };
    // (Nor the host's turn that brings on the guest, the guest thanking them: "Joining me now
    // … Mayor Farrow, thank you for being here." / "Thank you, Claire. …"; nor one that plays
    // a clip: "I want to play you something." / "(BEGIN VIDEO CLIP)".)
    // (Or one that bids the guest welcome in so many words, the guest's thanks run on: "My
    // guest today is … Ravi, welcome to the show." / "Thanks, Dana. Happy to be here. And …".)
    let welcome = |j: usize| {
        !p.feats[j].asks
            && (after(j).is_some_and(|k| {
                guest_turn(k)
                    && scan::thanks(said(k))
                    && (scan::words_le(said(k), 12)
                        || scan::words(said(j)).any(|w| {
                            scan::Words("welcome|willkommen|bienvenue|bienvenido|bienvenida")
                                .contains(&scan::fold(w.trim_end_matches(['.', ',', '!'])))
                        }))
            }) || p
                .blocks
                .get(j + 1)
                .is_some_and(|b| scan::clip_start(&b.text)))
    };
    // (Nor the host's sign-off after both have said goodbye: "Ravi Menon, thank you so much." /
    // "Thank you, Dana." / "That's our show. … What's confusing you this week?")
    let signed_off = |j: usize| {
        let k = named.partition_point(|&x| x < j);
        let thanked = |x: usize| scan::words_le(said(x), 8) && scan::thanks(said(x));
        k >= 2
            && guest_turn(named[k - 1])
            && thanked(named[k - 1])
            && is_name(label(named[k - 2]))
            && thanked(named[k - 2])
    };
    // The show's opening: the host's turns before the one another speaker first answers
    // ("Good evening. … How does a city in 2025 end up here?" / a clip / "Joining me now…" /
    // the guest). (The speakers in a clip the show plays answer no one.)
    // (None where no one else is named: "SPIEGEL: …?" over unnamed answers; and only a turn
    // right after the host's answers them, not a cross-link, "Wohngeld: Wer jetzt…".)
    let (mut host, mut before, mut opened, mut clip) = (None, None, 0, false);
    for j in p.first_content.unwrap_or(0)..p.blocks.len() {
        let t = p.text(j);
        clip = (clip || scan::clip_start(t)) && !scan::clip_end(t);
        if clip || p.roles[j] != Role::Content {
            continue;
        }
        match label(j) {
            Some(l) if scan::same_speaker(l, name) => host = Some(j),
            Some(_) if host.is_some() && before == host => {
                opened = host.unwrap_or(0);
                break;
            }
            _ => {}
        }
        before = Some(j);
    }
    // (The opening turn that asks past its name is the show's first question, not its opening.)
    if let Some(o) = opening.filter(|&o| asks_later(o).is_some()) {
        opened = opened.min(o);
    }
    let turns: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&j| {
            // (Not an interjection: "MAYA OKAFOR: Wow.")
            (is_name(label(j))
                && answered(j)
                && (from..=last).contains(&j)
                && (p.feats[j].asks
                    || scan::turn_label(p.text(j))
                        .is_some_and(|(_, said)| !scan::words_le(said, 2))
                        && !banter(j)
                        && !cuts_in(j)
                        && !welcome(j)
                        // (Nor one that breaks for an ad: "We're going to take a quick break.
                        // … Stay with us.")
                        && !scan::announces_break(said(j)))
                && !signed_off(j)
                && j >= opened
                || cohost(j) && (from..=last).contains(&j) && !banter(j))
                && admissible(p, j, style_of(p, j), true)
        })
        // (The caller's turn for the host's handing over.)
        .map(|j| handover(j).unwrap_or(j))
        .map(|j| asks_later(j).unwrap_or(j))
        .collect();
    *qs = turns;
    drop_unanswered(p, qs);
}

/// A press briefing's transcript: many reporters ask, each named on their turn ("KELSEY
/// RAMOS, KOZK: Tom, you said…?", "REPORTER: …?", "WELLS: Does that include…?"), and the
/// officials answer, each named too. Where three speakers at least ask turns that another
/// speaker answers at length, and none of those who ask answers, each such turn is a question
/// (one interviewer and a co-host are [`speaker_turns`]'s).
fn many_askers(p: &Prep, qs: &mut Vec<usize>) {
    // (The cheap look first: ten paragraphs at least with a colon among their first bytes, or
    // a French record's title, where a speaker's label would be.)
    let from = p.first_content.unwrap_or(0);
    let labelled = |j: usize| {
        let t = p.text(j);
        let b = t.as_bytes();
        b[..b.len().min(48)].contains(&b':')
            || t.starts_with("M. ")
            || t.starts_with("Mme ")
            || scan::US_CIVILITIES.iter().any(|c| t.starts_with(c))
    };
    if (from..p.blocks.len())
        .filter(|&j| p.roles[j] == Role::Content && labelled(j))
        .nth(7)
        .is_none()
    {
        return;
    }
    let label = |j: usize| scan::turn_label(p.text(j)).map(|(l, _)| l);
    let named: Vec<(usize, &str)> = (from..p.blocks.len())
        .filter(|&j| p.roles[j] == Role::Content)
        .filter_map(|j| label(j).map(|l| (j, l)))
        .take(4096)
        .collect();
    if named.len() < 8 {
        return;
    }
    fn add<'a>(who: &mut Vec<&'a str>, l: &'a str) {
        if !who.iter().any(|&w| scan::same_speaker(w, l)) {
            who.push(l);
        }
    }
    let (mut asked, mut askers, mut answerers) = (Vec::new(), Vec::new(), Vec::new());
    // (The answer may end on its own question: long, it still answers.)
    let answer = |k: usize| (!p.feats[k].asks && p.feats[k].words >= 12) || p.feats[k].words >= 30;
    // (A turn that answers the one before it may end handing over with a question, "…Good
    // question — Leon, do you have a rough figure?": an answerer's, not an asker's.)
    let mut answering = false;
    for w in named.windows(2) {
        let ((j, a), (k, b)) = (w[0], w[1]);
        // (A short turn that asks, whatever it ends with: "Dave, Northside: How long will the
        // repairs take? The last repair on the bridge ran to nine months.")
        let asks = (p.feats[j].asks
            || p.feats[j].words <= 45 && scan::head(p.text(j), 300).contains('?'))
            && !answering;
        answering = asks && !scan::same_speaker(a, b);
        if answering && answer(k) {
            asked.push(j);
            add(&mut askers, a);
            add(&mut answerers, b);
        }
    }
    let answers = |a: &str| answerers.iter().any(|&b| scan::same_speaker(a, b));
    if askers.len() < 3 || askers.iter().any(|&a| answers(a)) {
        return;
    }
    // (Then every turn of theirs an answerer takes up at length, asking or not: "Ellie
    // Fenwick (Sheffield Star): Talk us through the yellow card.", "Sorry. Any update on Lewis
    // Kerr? He went off holding his shoulder.")
    // (Between the first and the last that asks: an opening "We welcome this morning…" is
    // the chair's.)
    let asks = |a: &str| askers.iter().any(|&x| scan::same_speaker(x, a));
    let span = asked[0]..=asked[asked.len() - 1];
    asked.clear();
    for w in named.windows(2) {
        let ((j, a), (k, b)) = (w[0], w[1]);
        if span.contains(&j) && asks(a) && answers(b) && answer(k) {
            asked.push(j);
        }
    }
    if asked.len() <= qs.len() {
        return;
    }
    asked.retain(|&j| admissible(p, j, style_of(p, j), true));
    if asked.len() > qs.len() {
        *qs = asked;
        drop_unanswered(p, qs);
    }
}

/// Where the page's markup marks its questions (`class="schema-faq-question"`, schema.org's
/// `itemprop="name"` in a `Question`), three at least and most of them: a question it does not mark, before the
/// first marked one or after the last, is not the FAQ's — a callout's "Planning a trip? Grab my
/// free checklist" after a WordPress FAQ block.
fn marked_span(p: &Prep, qs: &mut Vec<usize>) {
    // (A letter of two paragraphs in an element marked as the question marks its first
    // paragraph: the one that asks, under it, is marked too.)
    let flag = |j: usize| p.blocks[j].flags.has(Flags::MARKED_QUESTION);
    let marked = |q: &usize| flag(*q) || p.prev_content(*q).is_some_and(flag);
    let (Some(first), Some(last)) = (
        qs.iter().copied().find(marked),
        qs.iter().copied().rfind(marked),
    ) else {
        return;
    };
    // (Most of them marked: a pass marks a questionnaire's prompts that do not ask.)
    let n = qs.iter().filter(|q| marked(q)).count();
    // (A disclosure's trigger is the FAQ's markup too, whatever its class: a government page's
    // last section of `<h3><button aria-expanded>` items after its `<details>` ones.)
    if n >= 3 && n * 2 > qs.len() {
        qs.retain(|&q| (first..=last).contains(&q) || p.blocks[q].kind == BlockKind::Term);
    }
}

/// The same words, case and spacing aside.
fn same_words(a: &str, b: &str) -> bool {
    a.len().abs_diff(b.len()) < 4 && scan::fold(scan::trim(a)) == scan::fold(scan::trim(b))
}

/// A panel's guest who asks another ("Étienne Marchal : Mais alors, que faut-il faire de ces
/// tablettes ?"), where the moderator's questions carry no name and the guests' answers open
/// with theirs: the guest's turn is the conversation's, not one of the moderator's questions.
fn guest_asks_guest(p: &Prep, qs: &mut Vec<usize>) {
    // (Each label with the word after its colon: a name and its subtitle, "Ironvale: Ashen Crown
    // launches…" in the answers and "Will Ironvale: Ashen Crown be on Steam Deck?", are a
    // title's, not a guest's turn.)
    let turn = |j: usize| scan::turn_label(p.text(j)).map(|(l, r)| (l, scan::words(r).next()));
    let unlabelled: Vec<usize> = qs.iter().copied().filter(|&q| turn(q).is_none()).collect();
    if qs.len() < 3 || unlabelled.len() * 2 <= qs.len() || unlabelled.len() == qs.len() {
        return;
    }
    let guests: Vec<(&str, Option<&str>)> = unlabelled
        .iter()
        .filter_map(|&q| p.next_content(q).and_then(turn))
        .take(64)
        .collect();
    if guests.len() < 2 {
        return;
    }
    qs.retain(|&q| {
        turn(q).is_none_or(|(l, w)| {
            !guests
                .iter()
                .any(|&(g, gw)| scan::same_speaker(l, g) && gw != w)
        })
    });
}

/// Non-question blocks styled like the questions, between the first and the last question.
fn same_style_others(p: &Prep, style: Style, qs: &[usize]) -> usize {
    let (Some(&first), Some(&last)) = (qs.first(), qs.last()) else {
        return 0;
    };
    same_style_in(p, style, qs, first, last + 1)
}

/// Non-question blocks styled like the questions in `from..to`.
fn same_style_in(p: &Prep, style: Style, qs: &[usize], from: usize, to: usize) -> usize {
    // (Plain loops: iterator chains here cost wasm bytes.)
    let (mut n, mut k) = (0, 0);
    // (Letters' lines only where a letter greets in that style, "Dear Dr Úna,": not a travel
    // piece's bold "Kinsale, Co Cork".)
    let letters = matches!(style, Style::Italic | Style::Bold)
        && (from..to.min(p.blocks.len())).any(|j| {
            p.feats[j].words <= 6
                && style_of(p, j) == style
                && scan::salutation(p.text(j)).is_some()
        });
    for j in from..to.min(p.blocks.len()) {
        while qs.get(k).is_some_and(|&q| q < j) {
            k += 1;
        }
        if qs.get(k) == Some(&j) || p.roles[j] != Role::Content {
            continue;
        }
        let (b, f) = (&p.blocks[j], p.feats[j]);
        // A full statement sentence set in the questions' style ("Engineers found cracks.", a
        // bold "The short answer is no.") is text, not a subheading.
        // (A heading that trails off is a subheading: "So, about that letter …".)
        let trails = matches!(b.kind, BlockKind::Heading(_)) && scan::trim(&b.text).ends_with('…');
        let statement = f.sentence && !f.colon && !f.asks && !trails;
        // (Nor a feedback box's "Is this page useful?": the page's furniture, not its text; nor
        // a newsletter box's title, "Sign up for the Up First newsletter", nor a note's label,
        // "Correction".)
        if !b.flags.has(Flags::LINK_ONLY)
            && !f.trailer_heading
            && !f.faq_heading
            && !statement
            && (!f.asks || !scan::calls_for_questions(&b.text))
            && f.words <= 20
            && style_of(p, j) == style
            && !scan::is_promo(&b.text)
            && !scan::is_note_label(&b.text)
            && !(style == Style::Term && spec_row(p, j))
            // (Nor a letter's own lines in its italics or bold, its salutation and signatures:
            // "Dear Dr Úna,", "Bernadette, Co Laois", "– Dr Úna".)
            && !(letters && f.words <= 6 && letter_line(&b.text))
            // (Nor a live page's post under its time stamp, "14:05" / "Drivers stuck on the
            // A55": a post's headline, not a subheading of the article's.)
            && !(j > 0
                && scan::is_clock_line(p.text(j - 1))
                && !p.blocks[j - 1].flags.has(Flags::FIGURE))
        {
            n += 1;
        }
    }
    n
}

/// A letter's salutation or signature line: "Dear Dr Úna,", "Bernadette, Co Laois", "– Dr Úna".
fn letter_line(t: &str) -> bool {
    scan::salutation(t).is_some() || scan::is_reader_signature(t) || scan::is_dash_signature(t)
}

/// A term over a value, a specification's row ("Room size" / "Up to 40 m²", "Weight" /
/// "4.1 kg"): a short term, its value under it short and no sentence.
fn spec_row(p: &Prep, j: usize) -> bool {
    p.feats[j].words <= 4
        && p.next_content(j)
            .is_some_and(|k| p.feats[k].words <= 12 && !p.feats[k].sentence)
}

/// The next section label of the kind of `h`'s: a heading of its level or above, or, where `h`
/// is a short line in capitals, another such line that asks nothing ("READER QUESTIONS" /
/// "WHAT'S ON").
fn next_label(p: &Prep, h: usize) -> Option<usize> {
    let caps = |j: usize| {
        p.blocks[j].kind == BlockKind::Paragraph
            && p.feats[j].words <= 6
            && scan::is_all_caps(p.text(j))
            && !p.feats[j].asks
    };
    let level = match p.blocks[h].kind {
        BlockKind::Heading(l) => Some(l),
        _ if caps(h) => None,
        _ => return None,
    };
    (h + 1..p.blocks.len()).find(|&j| {
        p.roles[j] == Role::Content
            && match (level, p.blocks[j].kind) {
                (Some(l), BlockKind::Heading(m)) => m <= l,
                (None, _) => caps(j),
                _ => false,
            }
    })
}

fn faq_heading(p: &Prep, from: usize) -> Option<usize> {
    (from..p.blocks.len()).find(|&j| is_faq_heading_at(p, j))
}

/// The "Frequently asked questions" heading that opens the section: the first, unless it is an
/// entry of a table of contents (a short line after another, "8. Pack an emergency kit" /
/// "Winter care: your questions answered"), which names the section again further on.
fn section_faq_heading(p: &Prep, from: usize) -> Option<usize> {
    let h = faq_heading(p, from)?;
    let listed = (from..h)
        .rev()
        .find(|&j| p.roles[j] == Role::Content)
        .is_some_and(|j| !p.feats[j].sentence && p.feats[j].words <= 12);
    if !listed {
        return Some(h);
    }
    // (The same words, past a permalink's glyph after the heading: "… questions #".)
    let words = |j: usize| p.text(j).trim_end_matches(['#', '¶', '§', ' ']);
    let again = (h + 1..p.blocks.len()).find(|&j| is_faq_heading_at(p, j) && words(j) == words(h));
    Some(again.unwrap_or(h))
}

fn is_faq_heading_at(p: &Prep, j: usize) -> bool {
    let b = &p.blocks[j];
    p.roles[j] == Role::Content
        && p.feats[j].faq_heading
        && (matches!(b.kind, BlockKind::Heading(_))
            || b.flags.has(Flags::BOLD)
            || b.flags.has(Flags::CLASS_HEADING)
            || (!p.from_html && !p.feats[j].sentence))
}

const SCHEDULE: &str =
    "A programme's schedule: its questions are sessions' titles under their times, not \
     questions it answers.";

/// A programme's schedule: its sessions under their time slots ("10:15 – 11:00" / "Panel" /
/// "Can remote work survive the next downturn?" / the speakers), three slots at least, a slot
/// before most questions since the last (not a timetable in one answer). Its sessions' titles
/// ask; nobody answers them here.
fn schedule(p: &Prep, qs: &[usize], start: usize) -> bool {
    let slot = |j: usize| scan::is_time_range(p.text(j));
    let timed = (0..qs.len())
        .filter(|&k| {
            let from = k
                .checked_sub(1)
                .map_or(qs[k].saturating_sub(3), |b| qs[b] + 1);
            (from..qs[k]).any(slot)
        })
        .count();
    timed >= 2
        && timed * 2 > qs.len()
        && (start..p.blocks.len())
            .filter(|&j| slot(j))
            .nth(2)
            .is_some()
}

pub fn select(p: &Prep, min_questions: usize, allow_sections: bool) -> Selection {
    let start = p.title.map_or(0, |t| t + 1);
    let min = min_questions.max(1);
    let mut conversation = false;
    // An exam paper, its questions' marks in brackets ("State two differences between active
    // transport and diffusion. (2 marks)"), three at least: questions for the reader to
    // answer, not an explainer's.
    // (Not where most are answered under them, as a revision guide's model answers are: "…?
    // (2 marks)" / "Diffusion is the net movement of particles…".)
    let marked: Vec<usize> = (start..p.blocks.len())
        .filter(|&j| p.roles[j] == Role::Content && scan::ends_with_marks(p.text(j)))
        .take(64)
        .collect();
    let answered = marked
        .iter()
        .filter(|&&j| {
            p.next_content(j).is_some_and(|k| {
                let f = p.feats[k];
                f.sentence && f.words >= 6 && !f.asks && !scan::ends_with_marks(p.text(k))
            })
        })
        .count();
    if marked.len() >= 3 && answered * 2 < marked.len() {
        return Selection::not_qa(
            None,
            "An exam paper (its questions' marks in brackets): questions for the reader to \
             answer, not an explainer."
                .into(),
        );
    }
    // A support chat's transcript, as a help page's widget prints it: the reader's own turns
    // headed "You 12:59", the agent's by name, the widget's notes around them ("You're now
    // chatting with Dami", "Dami has left the chat"): the agent's questions are the chat's.
    // (Its header on a line of its own, or joined to the turn as a speaker's label: "You:
    // Is there an outage…?".)
    let yours = |j: usize| {
        let t = scan::trim(p.text(j));
        // (In German, French and Spanish too: "Sie 09:15", "Vous 14:02", "Tú 10:30".)
        ["You", "Sie", "Vous", "Tú", "Usted"].iter().any(|w| {
            t.strip_prefix(w)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(scan::is_clock_line)
                || t.strip_prefix(w).is_some_and(|r| r.starts_with(':'))
                    && scan::speaker_label(t).is_some_and(|(l, _)| l == *w)
        })
    };
    let widget = |j: usize| {
        p.feats[j].words <= 16
            && scan::Words(concat!(
                "you're now chatting with|you’re now chatting with|you are now chatting with|",
                "has left the chat|has joined the chat|chat ended|the chat has ended|",
                "sie chatten jetzt mit|hat den chat verlassen|der chat wurde beendet|",
                "vous discutez avec|a quitté la conversation|a quitté le chat|",
                "estás chateando con|ha abandonado el chat|ha salido del chat",
            ))
            .occur_in(&scan::fold(p.text(j)))
    };
    let yours_word = |w: &str| matches!(w, "You" | "Sie" | "Vous" | "Tú" | "Usted");
    // (And an agent's turns too, two at least under one name, between the reader's: not a
    // help page quoting a sample line or two, "You: …".)
    let agent = |j: usize| {
        let t = scan::trim(p.text(j));
        // (The time after the name, on a 24-hour clock or a 12-hour one: "Sam 9:14 AM".)
        let header = t
            .char_indices()
            .rev()
            .find(|&(i, c)| c == ' ' && t[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
            .map(|(i, _)| (&t[..i], &t[i + 1..]))
            .filter(|(n, time)| {
                !yours_word(n) && scan::is_clock_line(time) && scan::words_le(n, 3)
            });
        let label = scan::speaker_label(t).filter(|(l, _)| !yours_word(l));
        header.map(|(n, _)| n).or(label.map(|(l, _)| l))
    };
    // (Read only where the reader's turns and the widget's note are there: the agent's names are
    // looked for in every block, most pages have neither.)
    let agent_turns = || {
        let agents: Vec<&str> = (start..p.blocks.len()).filter_map(agent).take(64).collect();
        let top = scan::top_speaker(&agents);
        agents
            .iter()
            .filter(|&&a| scan::same_speaker(a, top))
            .count()
    };
    // (And the chat running to the page's end: its last turn's message, a widget's note at
    // most after it — not a help page showing a sample chat between its questions.)
    // (Nor an FAQ's questions before the chat: a sample chat closing a help page's last
    // answer.)
    let turn = |j: usize| yours(j) || agent(j).is_some();
    // (A widget's footer may run to five short lines: "Chat ended at 9:24 AM", "How would you
    // rate this chat?", "Was your issue resolved? Yes / No", "Email me a copy", "Privacy".)
    let to_the_end = || {
        let n = p.blocks.len();
        (start..n)
            .rev()
            .take(7)
            .find(|&j| turn(j))
            .is_some_and(|last| n - last <= 4 || (last + 1..n).all(|j| p.feats[j].words <= 12))
            && (start..p.blocks.len())
                .take_while(|&j| !turn(j))
                .all(|j| !p.feats[j].asks)
    };
    if (start..p.blocks.len())
        .filter(|&j| yours(j))
        .nth(1)
        .is_some()
        && (start..p.blocks.len()).any(widget)
        && agent_turns() >= 2
        && to_the_end()
    {
        return Selection::not_qa(
            None,
            "A support chat's transcript: the agent's questions are the chat's, not an \
             explainer's."
                .into(),
        );
    }
    // An exported chat with an AI assistant ("User: … is that safe?" / "Assistant: In most
    // cases …"), two turns each at least, from the page's top: the user's questions are the
    // chat's, not an explainer's. (Not a sample exchange quoted inside an article, after its
    // own text.)
    // (In the tools' own labels too, "You said:" / "ChatGPT said:" over the turn, and in the
    // languages we read: "Usuario:" / "Asistente:", "Benutzer:" / "Assistent:".)
    let chat_label = |j: usize| -> Option<(bool, bool)> {
        let t = scan::trim(p.text(j));
        let (raw, rest) = scan::head(t, 24).split_once(':')?;
        // (ChatGPT's copy in Spanish, German, French, Portuguese: "Tú dijiste:", "ChatGPT
        // dijo:", "Du hast gesagt:", "ChatGPT hat gesagt:", "Vous avez dit :".)
        let label = [
            " said",
            " dijiste",
            " dijo",
            " hast gesagt",
            " hat gesagt",
            " avez dit",
            " as dit",
            " a dit",
            " disse",
        ]
        .iter()
        .find_map(|s| scan::trim(raw).strip_suffix(s))
        .unwrap_or(scan::trim(raw));
        let user = match label {
            "Tú" | "Du" | "Vous" | "Tu" | "Você" => true,
            "User"
            | "You"
            | "Human"
            | "Me"
            | "Usuario"
            | "Usuaria"
            | "Utilisateur"
            | "Utilisatrice"
            | "Benutzer"
            | "Nutzer"
            | "Utente"
            | "Usuário"
            | "Gebruiker"
            | "Пользователь"
            | "Користувач"
            | "Użytkownik" => true,
            "Assistant" | "ChatGPT" | "Claude" | "Gemini" | "Copilot" | "AI" | "Bot"
            | "Chatbot" | "Asistente" | "Assistent" | "Assistente" | "Ассистент" | "Асистент"
            | "Asystent" | "IA" | "KI" | "ИИ" => false,
            _ => return None,
        };
        Some((
            user,
            scan::trim(rest).is_empty() && t.len() <= raw.len() + 8,
        ))
    };
    let chat_turn = |j: usize| chat_label(j).map(|(user, _)| user);
    if (start..p.blocks.len().min(start + 5)).any(|j| chat_turn(j).is_some()) {
        let turns: Vec<bool> = (start..p.blocks.len()).filter_map(chat_turn).collect();
        let asks = turns.iter().filter(|&&h| h).count();
        // (The user's questions as many as the page's other asking lines: not an explainer
        // quoting an exchange over its own questions. A turn under a label standing alone is
        // the label's.)
        let under_label = |j: usize| j > start && chat_label(j - 1).is_some_and(|(_, alone)| alone);
        let others = (start..p.blocks.len())
            .filter(|&j| {
                chat_turn(j).is_none()
                    && !under_label(j)
                    && p.feats[j].asks
                    && p.feats[j].words <= 20
            })
            .count();
        if asks >= 2 && turns.len() - asks >= 2 && asks >= others {
            return Selection::not_qa(
                None,
                "A chat with an AI assistant, exported: the user's questions are the chat's, \
                 not an explainer's."
                    .into(),
            );
        }
    }
    // An advice column's letters, or a live chat's readers' posts (headed so, or not).
    // (A forum's thread before a chat's posts, which its posts may read as — but after the
    // letters, whose follow-ups may be headed "Re: …" too.)
    let forum = std::cell::OnceCell::new();
    let thread = || *forum.get_or_init(|| forum_thread(p, start));
    // (Not under a quiz's headline, its prompts a page's posts to the checks below: "Quiz:
    // Could you spot a scam text?" / "Question 1 of 6" / "Scam or legit?"; nor on a letters
    // page, its letters greeting the editor, "Sir — …", signed and answered by no one.)
    let quiz = p.title.is_some_and(|t| scan::is_quiz_title(p.text(t)));
    if let Some(questions) = advice_letters(p, start)
        .or_else(|| greeted_letters(p, start))
        .or_else(|| inline_letters(p, start))
        .filter(|l| l.len() >= min)
        .or_else(|| Some(p.panel_questions.clone()).filter(|q| q.len() >= min.max(3)))
        .or_else(|| {
            if thread() {
                return None;
            }
            let posts = chat_posts(p, start);
            conversation = posts.as_ref().is_some_and(Vec::is_empty);
            posts.filter(|q| q.len() >= min)
        })
        .or_else(|| Some(p.live_questions.clone()).filter(|q| !thread() && q.len() >= min.max(3)))
        .filter(|q| !quiz && !letters_page(p, q) && !episode_list(p, q))
    {
        let listed = schedule(p, &questions, start);
        return Selection {
            questions: if listed { Vec::new() } else { questions },
            style: Some(Style::Plain),
            reason: listed.then(|| SCHEDULE.into()),
            section: None,
            section_end: None,
        };
    }
    // A classified-ads page, so headlined ("Classifieds: Week of June 3"): its ads' teasers ask
    // ("Need firewood?"), their copy sells.
    // (The word alone before the headline's colon or bar, or after its last: not "Classified ads
    // scams are rising", "Clasificados al Mundial 2026".)
    let title = p.title.map(|t| scan::fold(p.text(t))).unwrap_or_default();
    let ads = scan::Words(
        "classifieds|classified ads|kleinanzeigen|petites annonces|clasificados|annunci",
    );
    let first = title.split([':', '|', '–', '—']).next().unwrap_or("");
    let last = title.rsplit([':', '|', '–', '—']).next().unwrap_or("");
    if ads.contains(scan::trim(first)) || ads.contains(scan::trim(last)) {
        return Selection::not_qa(
            None,
            "A page of classified ads: their teasers ask, their copy sells.".into(),
        );
    }
    if thread() {
        return Selection::not_qa(
            None,
            "A forum or message thread: its posts reply to one another, not an explainer.".into(),
        );
    }
    // (Or a site's search results, "Search results for "heat pumps"": its hits' headlines ask,
    // their stories answer elsewhere.)
    if scan::Words("search results|suchergebnisse|résultats de recherche|resultados de búsqueda|risultati della ricerca|zoekresultaten")
        .opens(&title)
    {
        return Selection::not_qa(
            None,
            "A site's search results: their headlines ask, their stories answer elsewhere.".into(),
        );
    }
    // A "What we know" explainer may drop the question marks from its headings ("What happened",
    // "Who is the suspect"). Such headings are its questions only when the headline calls the
    // article an explainer, there are at least three, and every heading styled like them between
    // the first and the last is one; otherwise only headings that ask are questions.
    let explainer = p.doc_explainer
        || [p.title, p.kicker]
            .iter()
            .flatten()
            .any(|&t| scan::is_explainer_title(p.text(t)));
    // (So may an FAQ, titled so, one of its items a task: "How to exclude folders from sync"
    // among "Is QuillSync free?" and the others.)
    let faq = p.title.is_some_and(|t| scan::is_faq_heading(p.text(t)));
    let mut cands = candidates(p, start, explainer || faq);
    let (mut style, mut qs) = pick(p, &cands);
    // None found where a phone-in's host and callers ask at length under names in capitals:
    // read again with their turns' longer limit.
    if qs.is_empty() && long_capital_turns(p, start) {
        cands = candidates_of(p, start, explainer || faq, true);
        (style, qs) = pick(p, &cands);
    }
    // A conversation's posts under their headers ("Mei Lin  6:20 AM" / "did anyone change…?"),
    // most of them asking nothing (`chat_posts`): those that ask are the conversation's, not
    // the article's questions — an FAQ after them on a live page still is.
    if conversation {
        let header =
            |j: usize| p.roles[j] == Role::Byline && scan::post_author(p.text(j)).is_some();
        qs.retain(|&q| !q.checked_sub(1).is_some_and(header));
    }
    // An interview's quick-fire round after its questions, so labelled ("Quick-fire round" /
    // "Knife you couldn't live without?" / "Petty."): the questions are picked from before the
    // label, and the round's prompts, set otherwise and answered in a few words, follow them.
    let quickfire = (start..p.blocks.len()).find(|&j| {
        p.roles[j] == Role::Content && p.feats[j].words <= 4 && scan::is_quickfire_label(p.text(j))
    });
    // (Or the questions before the label are picked already, set as the round's are not:
    // "MARQUEE: …?" turns, then "Quick-fire round" / "Coffee or tea?" / "Tea. Builder's.")
    // (The round's prompts that do not ask, and signed letters that do not: kept below, where
    // questions must ask.)
    let mut prompts: Vec<usize> = Vec::new();
    if let Some(l) = quickfire.filter(|&l| !qs.is_empty() && qs.iter().all(|&q| q != l)) {
        let mut round: Vec<usize> = cands
            .iter()
            .filter(|c| {
                c.idx > l
                    && c.idx <= l + 60
                    && c.shaped
                    && p.next_content(c.idx)
                        .is_some_and(|a| p.feats[a].words <= 20)
            })
            .map(|c| c.idx)
            .collect();
        // (Up to the first question answered at length: the interview goes on after the round,
        // "Back to the kitchen. Why did your first restaurant nearly close?")
        if let Some(stop) = cands.iter().find(|c| {
            c.idx > l && c.shaped && p.next_content(c.idx).is_some_and(|a| p.feats[a].words > 20)
        }) {
            round.retain(|&r| r < stop.idx);
        }
        // (And its prompts that do not ask, a line of a few words each, answered in a sentence
        // under it: "Last song before kick-off" / "Something by Stereophonics. Always.", "Um
        // ídolo" / "Marta.", "If you weren't a footballer..." — prompt and answer in turn, from
        // the label on.)
        let prompt = |j: usize| {
            let t = scan::trim(p.text(j));
            p.feats[j].words <= 8
                && !p.feats[j].asks
                && (scan::terminal_punct(t).is_none() || t.ends_with("...") || t.ends_with('…'))
        };
        let mut j = p.next_content(l);
        for _ in 0..30 {
            let Some(q) = j else { break };
            let Some(a) = p.next_content(q).filter(|&a| p.feats[a].words <= 25) else {
                break;
            };
            if p.feats[q].asks {
                j = p.next_content(a);
                continue;
            }
            if !prompt(q)
                || p.feats[q].trailer_heading
                || !p.feats[a].sentence
                || p.feats[a].asks
                || prompt(a)
            {
                break;
            }
            prompts.push(q);
            j = p.next_content(a);
        }
        // (Not a profile's fact box so labelled, "Fast five" / "Born" / "Kumasi, Ghana, in
        // 1997." / "Club" / …: its labels are fields, not prompts.)
        if prompts.iter().any(|&q| {
            scan::Words(concat!(
                "born|age|club|team|coach|height|weight|position|nationality|hometown|lives|",
                "personal best|next race|next match|education|family|career|debut|caps|goals"
            ))
            .contains(&scan::fold(scan::trim(p.text(q))))
        }) {
            prompts.clear();
        }
        merge_in(&mut round, &prompts);
        // (Where the round ends: questions after it are the interview's again.)
        let round_end = round.last().and_then(|&r| p.next_content(r)).unwrap_or(l);

        if qs[0] > l {
            let before: Vec<Candidate> = cands.iter().filter(|c| c.idx < l).copied().collect();
            let (s, mut q) = pick(p, &before);
            if q.len() >= 2 && round.len() >= 3 {
                q.extend(round);
                (style, qs) = (s, q);
            }
        } else {
            // (The questions before the label, and the round's: any picked after it are the
            // round's own that ask, "Seleção ou clube?".)
            let before = qs.iter().filter(|&&q| q < l).count();
            if before >= 2 && round.len() >= 3 {
                let after: Vec<usize> = qs.iter().copied().filter(|&q| q > round_end).collect();
                qs.truncate(before);
                qs.extend(round);
                qs.extend(after);
            }
        }
    }
    // A mailbag that marks its readers' questions by who asks ("Maria from Leeds asks: …?") may
    // name one on the line over it instead ("Question from Ken, Wakefield" / "…?"): one of them.
    // (And the other way round: readers named on the lines over their questions, "Sarah from
    // Ballarat asked:" / "…?", and one run in after the name, "Graham from Toowoomba asked:
    // …?".)
    let named_over =
        |i: usize| i > 0 && p.roles[i - 1] == Role::Byline && scan::is_reader_intro(p.text(i - 1));
    let named_in = |i: usize| {
        scan::colon_label(p.text(i)).is_some_and(|(l, _)| scan::is_reader_intro(&[l, ":"].concat()))
    };
    let other: Option<fn(&Candidate) -> bool> = match style {
        Some(Style::QMarker) => Some(|c| c.style != Style::QMarker),
        Some(_) if qs.iter().filter(|&&q| named_over(q)).nth(1).is_some() => {
            Some(|c| c.style == Style::QMarker)
        }
        _ => None,
    };
    if let Some(other) = other {
        let found: Vec<usize> = cands
            .iter()
            .filter(|c| {
                c.shaped
                    && other(c)
                    && (named_over(c.idx) || named_in(c.idx))
                    && qs.binary_search(&c.idx).is_err()
            })
            .map(|c| c.idx)
            .collect();
        merge_in(&mut qs, &found);
    }
    // A mailbag whose letters are each signed on the line under them ("Why was the goal given?"
    // / "– Tom, Leeds"), two at least: a letter so signed that does not ask is one of them
    // ("Handball. Please, just explain it once and for all." / "– John Pritchard, by email").
    // (Or without the dash, a name and a town alone on the line: "Franca, Lecce" — under a
    // letter that ends on a sentence.)
    let signed_under = |j: usize| {
        j + 1 < p.blocks.len()
            && p.feats[j + 1].words <= 8
            && (scan::is_dash_signature(p.text(j + 1))
                || p.feats[j + 1].words <= 4
                    && p.text(j + 1).contains(',')
                    && p.feats[j].sentence
                    && scan::is_reader_signature(p.text(j + 1)))
            && !scan::is_dash_signature(p.text(j))
    };
    if qs.len() >= 2 && qs.iter().filter(|&&q| signed_under(q)).nth(1).is_some() {
        let found: Vec<usize> = (qs[0] + 1..p.blocks.len().min(qs[qs.len() - 1] + 40))
            // (Each letter signed by its own reader: not the columnist's "– Monty" under every
            // answer.)
            .filter(|&j| {
                // (Or asks only in so many words, no mark: "Vorrei sapere se … Grazie.")
                p.roles[j] == Role::Content
                    && (!p.feats[j].asks || !scan::ends_with_question(p.text(j)))
                    && !scan::calls_for_questions(p.text(j))
                    && p.feats[j].words <= 60
                    && signed_under(j)
                    && qs.binary_search(&j).is_err()
                    && p.next_content(j + 1).is_some_and(|a| p.feats[a].sentence)
            })
            // (A few, each signature looked for once: the page is read once per letter.)
            .take(16)
            .filter(|&j| {
                (0..p.blocks.len())
                    .filter(|&k| p.text(k) == p.text(j + 1))
                    .nth(1)
                    .is_none()
            })
            .collect();
        merge_in(&mut qs, &found);
        merge_in(&mut prompts, &found);
    }
    // A readers' column whose answers are marked under the letters, the columnist's name
    // before each ("DR HELEN SAYS: …"), two at least: a letter that asks nothing over such an
    // answer is one of them ("… I'd be really grateful for your advice.").
    let marked_under = |j: usize| {
        p.next_content(j)
            .is_some_and(|a| scan::strip_answer_marker(p.text(a), false).is_some())
    };
    if p.readers_column && qs.len() >= 2 && qs.iter().filter(|&&q| marked_under(q)).nth(1).is_some()
    {
        let found: Vec<usize> = (start..p.blocks.len().min(qs[qs.len() - 1] + 40))
            .filter(|&j| {
                p.roles[j] == Role::Content
                    && p.blocks[j].kind == BlockKind::Paragraph
                    && !p.feats[j].asks
                    && (12..=100).contains(&p.feats[j].words)
                    && qs.binary_search(&j).is_err()
                    // (Not a photo's caption between a letter and its answer.)
                    && p.prev_content(j).is_none_or(|k| qs.binary_search(&k).is_err())
                    && scan::strip_answer_marker(p.text(j), false).is_none()
                    && marked_under(j)
            })
            .collect();
        merge_in(&mut qs, &found);
        merge_in(&mut prompts, &found);
    }
    // A reader's question the article quotes among its own, introduced on the line over it
    // ("One reader, Siobhán from Douglas in Cork, got in touch this week:" / "I rent a two-bed
    // apartment… Can he do that?") and answered under it: one of them, whatever sets it apart.
    if qs.len() >= 2 {
        let end = p.blocks.len().min(qs[qs.len() - 1] + 40);
        let found: Vec<usize> = (qs[0] + 1..end)
            .filter(|&j| {
                p.roles[j] == Role::Content
                    && p.feats[j].asks
                    && p.feats[j].words <= 80
                    && p.roles[j - 1] == Role::Content
                    && qs.binary_search(&j).is_err()
                    && scan::is_reader_intro(p.text(j - 1))
                    && p.next_content(j)
                        .is_some_and(|k| !p.feats[k].asks && p.feats[k].sentence)
            })
            .collect();
        merge_in(&mut qs, &found);
    }
    contents_listed(p, &cands, &mut qs);
    let picked = qs.len();
    drop_unanswered(p, &mut qs);
    // Most of them straight after one another, unanswered: a list of questions to ask ("10
    // questions to ask your doctor"), not their answers.
    if picked >= 4 && (picked - qs.len()) * 2 > picked {
        let reason = [
            &scan::num(picked - qs.len()),
            " of the ",
            &scan::num(picked),
            " questions follow one another with no answer: a list of questions, not an explainer.",
        ]
        .concat();
        return Selection::not_qa(style, reason);
    }
    // Each answered by a table of figures alone, its first line one: a poll's questions and
    // its results ("Q1. Do you support or oppose …?" / "Support | 68%"), not an explainer.
    let table = |q: &usize| {
        p.next_content(*q).is_some_and(|k| {
            matches!(p.blocks[k].kind, BlockKind::Cell(_))
                && p.blocks[k..]
                    .iter()
                    .take_while(|b| matches!(b.kind, BlockKind::Cell(_)))
                    .any(|b| b.text.ends_with('%'))
        })
    };
    // (Or most of them by one line of its results, shares that add up to the whole: "„Sollten
    // 16-Jährige …?“" / "Ja: 53 % · Nein: 42 % · Weiß nicht: 5 %" — not a rate's, "2-year fix:
    // 4.19% · 5-year fix: 4.05%".)
    let results = |q: &usize| {
        p.next_content(*q).is_some_and(|k| {
            !p.feats[k].sentence && p.feats[k].words <= 24 && scan::shares_of_whole(p.text(k))
        })
    };
    let polled = qs.iter().filter(|q| results(q)).count();
    if qs.len() >= 2 && (qs.iter().all(table) || polled >= 2 && polled * 2 > qs.len()) {
        return Selection::not_qa(
            style,
            "Each question is answered by its results alone (a table or a line of shares): a \
             poll's questions, not an explainer."
                .into(),
        );
    }
    // Most of them story cards, a teaser at most under each and its meta line ending on a
    // reading time ("Why is housing so expensive?" / "Three decades of under-building…" / "By
    // Fiona Achterberg · 8 min read"): a hub's links to explainers, not answers.
    let card = |k: usize| {
        let end = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
        let body: Vec<usize> = (qs[k] + 1..end)
            .filter(|&j| p.roles[j] == Role::Content)
            .take(3)
            .collect();
        // (A sponsor's box may follow the card before the next: "Together with Kindred Tea
        // Co." / its blurb.)
        let meta = |j: usize| {
            p.feats[j].words <= 12
                && (scan::is_reading_time(p.text(j)) || scan::ends_with_reading_time(p.text(j)))
        };
        // (Or the meta line alone second, "Harbor Ledger · 14 min read", more after it: not a
        // related story's headline and its time inside an answer.)
        body.len() <= 2 && body.last().is_some_and(|&j| meta(j))
            || body
                .get(1)
                .is_some_and(|&j| p.feats[j].words <= 12 && scan::is_reading_time(p.text(j)))
    };
    if qs.len() >= 2 && (0..qs.len()).filter(|&k| card(k)).count() * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "Most questions are story cards with their reading times: a hub of links, not an \
             explainer."
                .into(),
        );
    }
    // A listicle whose headline counts its items as signs, tips or ways, its numbered questions
    // as many: the items, each a question to ask oneself ("Seven warning signs…" / "1. Did they
    // contact you out of the blue?"), not questions the article answers.
    // (Or one fewer, of three at least, where the items set like them are as many: an item
    // whose heading does not ask, "5. Αράχωβα το καλοκαίρι; Ναι, γίνεται".)
    let numbered = qs.iter().filter(|&&q| p.feats[q].numbered).count();
    let items = || {
        let set = style_of(p, qs[0]);
        (qs[0]..p.blocks.len())
            .filter(|&j| {
                p.roles[j] == Role::Content
                    && p.feats[j].numbered
                    && p.feats[j].words <= 20
                    && style_of(p, j) == set
            })
            .count()
    };
    if numbered >= 2
        && p.title
            .and_then(|t| super::listed_count(p.text(t)))
            .is_some_and(|n| {
                let n = n as usize;
                n == numbered || (numbered >= 3 && n == numbered + 1 && n == items())
            })
    {
        return Selection::not_qa(
            style,
            "The headline counts signs, tips or ways, and the numbered questions are those \
             items: a listicle, not an explainer."
                .into(),
        );
    }
    // The questions people put, each quoted as they say it and short ("1. “Kapan nikah?”", "“So
    // when's the wedding?”"), three at least: the things people ask, which the article talks
    // about, not questions it answers. (Not readers' questions, signed or a column's; nor a
    // page whose headline says they are answered.)
    // (Numbered as a list's items, and none answered "Yes" or "No": an FAQ may quote its
    // questions, and answers them.)
    let quoted = |q: &usize| {
        let t = p.text(*q);
        let Some((_, t)) = scan::strip_number(t) else {
            return false;
        };
        p.feats[*q].words <= 10
            && !p.feats[*q].signed
            && !p.feats[*q].inline_signed
            && scan::is_quoted_question(t)
            && !p
                .next_content(*q)
                .is_some_and(|a| scan::opens_yes_no(p.text(a)))
    };
    if qs.len() >= 3
        && !p.readers_column
        && qs.iter().all(quoted)
        && !p.title.is_some_and(|t| {
            scan::Words(concat!(
                "answer|réponse|respuesta|antwort|risposta|resposta|antwoord|svar|odpowied|",
                "ответ|відповід"
            ))
            .occur_in(&scan::fold(p.text(t)))
        })
        && !(start..qs[0])
            .filter(|&j| p.roles[j] == Role::Content)
            .take(4)
            .any(|j| scan::says_asked_of_us(p.text(j)))
    {
        return Selection::not_qa(
            style,
            "Every question is quoted as someone says it (\"“When's the wedding?”\"): the \
             questions people ask, talked about, not questions the article answers."
                .into(),
        );
    }
    drop_rail_end(p, &mut qs);
    drop_listed_again(p, &mut qs);
    // Where most questions are readers' signed letters, an unsigned paragraph of several
    // sentences that ends asking is the answer's close ("Next time, keep a printed copy. Why
    // make life hard for yourself?"), not a letter.
    let signed = qs.iter().filter(|&&q| p.feats[q].signed).count();
    if signed >= 2 && signed * 2 > qs.len() && style == Some(Style::Plain) {
        // (A letter signed at its end, "… again? Maureen Fisk, Bideford", is one of them.)
        // (Nor one under a label of its own, set apart from the answer before: "Our
        // follow-up" / "Nurses' unions say… Isn't that just a matter of wording?")
        let labelled = |q: usize| {
            p.prev_content(q)
                .is_some_and(|l| p.feats[l].words <= 4 && !p.feats[l].sentence && !p.feats[l].asks)
        };
        qs.retain(|&q| {
            p.feats[q].signed
                || p.feats[q].inline_signed
                || !scan::has_inner_sentence_end(p.text(q))
                || labelled(q)
                || prompts.contains(&q)
        });
    }
    // (Nor, whatever sets them apart, an unsigned one that goes on from the reply before it,
    // "So what counts as a red flag?", "So what can she do?": the columnist's own turn.)
    if signed >= 2 && signed * 2 > qs.len() {
        qs.retain(|&q| {
            let t = scan::trim(p.text(q));
            p.feats[q].signed
                || p.feats[q].inline_signed
                || !(p.feats[q].words <= 12 && (t.starts_with("So ") || t.starts_with("So, ")))
        });
    }
    // A story that reports a conversation in dialogue dashes, the narrator's tags among the
    // turns ("—Esas son las que más cuestan —dice—.", "—Depende —le dice—."): its dashed
    // questions are the dialogue's, put by no interviewer. (Two tagged turns at least.)
    if style == Some(Style::Plain) {
        let dash = |j: usize| scan::after_dialogue_dash(p.text(j)).is_some();
        let tagged = (start..p.blocks.len())
            .filter(|&j| p.roles[j] == Role::Content && dash(j))
            .filter(|&j| scan::has_dialogue_tag(p.text(j)))
            .take(2)
            .count();
        if tagged >= 2 {
            qs.retain(|&q| !dash(q));
        }
    }
    // A pull quote with its speaker after a dash, whatever sets it apart ("«Perché un
    // ragazzo…?» – l'assessora alla Mobilità Chiara Deiana"), among questions that are not
    // quoted so (where most are, they are readers' questions signed so: "“Do I still have to
    // rinse my containers?” — Denise, Oak Park").
    let pulled = |q: &usize| scan::is_dashed_pull_quote(p.text(*q));
    if qs.iter().filter(|q| pulled(q)).count() * 2 < qs.len() {
        // (Though a reader signed so, by name and town, among the page's own questions asks
        // one of them: "“My license has no star. Can I still fly?” — Linda, Overland Park".)
        qs.retain(|&q| scan::dashed_speaker(p.text(q)).is_none_or(scan::is_reader_signature));
    }
    // A contact box's heading that asks, the way to reach someone under it ("Need help with a
    // bill?" / "Member Services: 1-800-555-0147 (TTY 711)"): the page's box, not its question.
    // (Answered in prose it is one: "Need help with your tax return?" / "HMRC's helpline is
    // open…".)
    qs.retain(|&q| {
        // (Its Spanish, French, German, Italian, Portuguese: "¿Necesita ayuda?".)
        // (Those a box's few words: not an FAQ's "¿Necesita ayuda para rellenar la
        // solicitud?".)
        let t = scan::fold(scan::head(p.text(q), 24)).replace(['¿', '¡'], "");
        !((t.starts_with("need help")
            || p.feats[q].words <= 4
                && scan::Words(concat!(
                    "necesita ayuda|necesitas ayuda|besoin d'aide|besoin d’aide|",
                    "brauchen sie hilfe|brauchst du hilfe|benötigen sie hilfe|hulp nodig|",
                    "hai bisogno di aiuto|precisa de ajuda",
                ))
                .opens(&t))
            && p.next_content(q)
                .is_some_and(|k| scan::is_contact_details(p.text(k))))
    });
    // A question the writer quotes after a sentence that introduces it, within an answer
    // ("Obscure specifics are another trap. We asked:" / "What did Judge Lowell rule in …?" /
    // "Neither the judge nor the case exists."): a prompt typed into a chatbot, a line of a
    // form — the answer's example, not a question of the page. (A run of them: "Follow-up
    // prompts such as these can help:" / "Are you sure?" / "Can you give me a source?")
    // (Not where most questions stand so: an interview whose prompts each follow "She asked:".)
    let typed = |q: usize| {
        let runs = &p.blocks[q].runs;
        runs.iter().any(|r| !scan::trim(&r.text).is_empty())
            && runs.iter().all(|r| {
                r.marks & crate::blocks::marks::CODE != 0 || scan::trim(&r.text).is_empty()
            })
    };
    let introduced = |q: usize| {
        let mut k = p.prev_content(q);
        for _ in 0..3 {
            match k {
                Some(j)
                    if p.feats[j].asks
                        && p.feats[j].words <= 15
                        && qs.binary_search(&j).is_err() =>
                {
                    k = p.prev_content(j);
                }
                _ => break,
            }
        }
        k.is_some_and(|j| {
            let f = p.feats[j];
            f.colon
                && f.words >= 3
                && !f.asks
                && !f.q_marker
                && !matches!(p.blocks[j].kind, BlockKind::Heading(_))
                && qs[0] < j
        }) && !p.feats[q].q_marker
            // (Set as typed input, or the sentence the colon began running on under it in
            // lower case: "…this spring:" / "Which presidents…?" / "two of them said none had.")
            // (A whole question, three words at least: not an interviewer's "Which was?" under
            // an answer that stops on a colon. And the run-on word in lower case throughout:
            // not a brand's, "eBay says…".)
            && (typed(q)
                || p.feats[q].words >= 3
                    // (Not an interviewer's cue that opens on a conjunction, "And what was
                    // that?" after "I said to them:".)
                    && !scan::words(p.text(q)).next().is_some_and(|w| {
                        scan::Words("and|but|so|or").contains(&scan::fold(w))
                    })
                    && p.next_content(q).is_some_and(|a| {
                        scan::words(p.text(a))
                            .next()
                            .is_some_and(|w| w.chars().all(|c| !scan::is_upper(c)))
                            && scan::trim(p.text(a)).starts_with(scan::is_lower)
                    }))
    };
    if qs.len() >= 3 {
        let quoted: Vec<usize> = qs.iter().copied().filter(|&q| introduced(q)).collect();
        if quoted.len() * 3 < qs.len() {
            qs.retain(|q| quoted.binary_search(q).is_err());
        }
    }
    // A listicle in sections: the headline's count ("12 small changes that really add up") is
    // that of the items numbered one after another under its question-shaped section heads
    // ("Bills creeping up?" / "1. Haggle with your broadband provider" / … / "Spending too
    // much at the supermarket?" / "4. …"), not of its questions.
    let counted = p.title.and_then(|t| {
        scan::words(p.text(t))
            .find_map(|w| w.parse::<u32>().ok())
            .filter(|n| (3..=99).contains(n))
    });
    if let Some(n) = counted.filter(|&n| qs.len() >= 2 && n as usize >= qs.len() + 3) {
        let end = p.blocks.len().min(qs[qs.len() - 1] + 60);
        let mut next = 1;
        for j in qs[0]..end {
            let f = p.feats[j];
            if p.roles[j] == Role::Content
                && f.numbered
                && !f.asks
                && f.words <= 15
                && scan::strip_number(p.text(j)).is_some_and(|(k, _)| k == next)
            {
                next += 1;
            }
        }
        if next - 1 == n {
            return Selection::not_qa(
                style,
                "A listicle: the headline counts the items numbered under its question-shaped \
                 section heads, not questions it answers."
                    .into(),
            );
        }
    }
    // The headline says they are questions for the reader to ask ("8 questions to ask your
    // doctor after a diabetes diagnosis"), and promises no answers: what follows each is why to
    // ask it, not its answer.
    // (Unless its intro says they are the questions put to the writer: "6 questions to ask
    // before you lock your savings away" / "Here are the questions we get asked most often.")
    // (Nor where most of them ask the reader about themselves, in the second person, as a
    // buyer's guide puts them and answers them: "Where will you store and charge it?", "How
    // much should you spend?" — not a list to put to a landlord or a surgeon.)
    let yours = |q: &usize| {
        scan::words(p.text(*q))
            .any(|w| scan::Words("you|your|you're|you’re|yourself").contains(&scan::fold(w)))
    };
    let own = |t: usize| {
        let f = scan::fold(p.text(t));
        (scan::has_sub(&f, "to ask before you") || scan::has_sub(&f, "to ask before buying"))
            && qs.iter().filter(|q| yours(q)).count() * 3 >= qs.len() * 2
    };
    if qs.len() >= 3
        && p.title.is_some_and(|t| {
            !own(t)
                && scan::is_questions_to_ask(p.text(t))
                && !(t + 1..qs[0])
                    .filter(|&i| p.roles[i] == Role::Content)
                    .take(8)
                    .any(|i| scan::says_asked_of_us(p.text(i)))
        })
    {
        return Selection::not_qa(
            style,
            "The headline lists questions for the reader to ask, or for someone to answer \
                 elsewhere, not questions it answers."
                .into(),
        );
    }
    // A phrase book's list: each line a question and its translation after a dash ("Kumain ka
    // na? — Have you eaten?", "Magkano ito? — How much is this?"), a note on its use at most
    // under it: phrases to learn, not questions answered.
    let glossed = |q: &usize| {
        let t = p.text(*q);
        ["? — ", "? – ", "？ — "].iter().any(|d| {
            t.split_once(d).is_some_and(|(_, gloss)| {
                scan::ends_with_question(gloss) && scan::words_le(gloss, 12)
            })
        })
    };
    // (Not a bilingual FAQ's, "Qui peut voter ? — Who can vote?", each answered in prose:
    // a phrase's note is short, or missing.)
    let noted = |q: &usize| {
        p.next_content(*q)
            .is_none_or(|k| p.feats[k].asks || p.feats[k].words <= 20)
    };
    let glossed_n = qs.iter().filter(|q| glossed(q)).count();
    if qs.len() >= 3
        && glossed_n * 3 >= qs.len() * 2
        && qs.iter().filter(|q| glossed(q) && noted(q)).count() * 3 >= glossed_n * 2
    {
        return Selection::not_qa(
            style,
            "A phrase list: each question is a phrase and its translation, not a question the \
             article answers."
                .into(),
        );
    }
    // Questions the writer says they leave to the reader ("Nine questions for the quiet week
    // between Christmas and New Year's. I'm not going to answer them for you."): prompts, with
    // a note on each, not answers.
    if qs.len() >= 3
        && (p.title.map_or(0, |t| t + 1)..qs[0])
            .filter(|&i| p.roles[i] == Role::Content)
            .take(8)
            .any(|i| scan::says_left_unanswered(p.text(i)))
    {
        return Selection::not_qa(
            style,
            "The intro says its questions are left for the reader to answer.".into(),
        );
    }
    // Trivia, every question a "Did you know …?" ("Did you know the bridge was almost never
    // built?" / how it nearly was not): facts told as questions, not questions answered.
    if qs.len() >= 2
        && qs
            .iter()
            .all(|&q| scan::is_did_you_know(p.question_text(q)))
    {
        return Selection::not_qa(
            style,
            "Trivia: every question is a \"Did you know …?\", a fact told as a question.".into(),
        );
    }
    // An email thread copied whole, the questions asked under the headers of two replies at
    // least ("On Tue, 4 Mar 2025 at 21:40, Marcus … wrote:" / "On Tue, 4 Mar 2025 at 09:12,
    // Dana Holt <…> wrote:" / "1. Do we need to pay the deposit by Friday?" / "Yes – £75…"):
    // correspondents' questions answered in each other's replies, not an article's. (One
    // reply answering the questions quoted in it is its writer's Q&A: "I've answered your
    // questions in line below.")
    // (Copied whole, the thread's subject first, "Re: Spring concert – venue questions": not
    // an FAQ page that quotes readers' emails.)
    let subject = |t: &str| {
        [
            "Re:", "RE:", "Fwd:", "FWD:", "Fw:", "FW:", "AW:", "WG:", "TR:", "RV:",
        ]
        .iter()
        .any(|s| t.starts_with(s))
    };
    if p.blocks.first().is_some_and(|b| subject(&b.text))
        && qs.first().is_some_and(|&f| {
            (0..f)
                .filter(|&i| scan::is_reply_header(p.text(i)))
                .nth(1)
                .is_some()
        })
    {
        return Selection::not_qa(
            style,
            "An email thread: its questions are its correspondents', answered in replies.".into(),
        );
    }
    // A "Contact us" page: its questions send readers to the right desk ("Spotted a mistake?",
    // "Looking to advertise?" / "Email …"), whatever a box of common questions on it answers.
    if qs.len() >= 2 && p.title.is_some_and(|t| scan::is_contact_title(p.text(t))) {
        return Selection::not_qa(
            style,
            "A contact page: its questions send readers to the right team, not questions it \
                 answers."
                .into(),
        );
    }
    // Most of them answered by a placeholder ("Answer coming soon."): an FAQ not yet written.
    // Or most of them a how-to's numbered steps put as questions to the reader ("Step 2. Is the
    // soil dry a finger's depth down?" / "Then water it."): a routine to follow, not Q&A.
    // (All counted in one plain loop: an iterator chain here costs wasm bytes.)
    let (mut pending, mut steps, mut signs, mut linked, mut teased) = (0, 0, 0, 0, 0);
    let (mut stats, mut tallied) = (0, 0);
    for (k, &q) in qs.iter().enumerate() {
        // (The line right under it, whatever it was read as: a byline, often.)
        tallied += usize::from(q + 1 < p.blocks.len() && scan::is_asked_tally(p.text(q + 1)));
        // (Answered by a link and nothing else, "Read our guide to joint accounts ›".)
        let next = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
        let mut answer = (q + 1..next.min(q + 8)).filter(|&j| p.roles[j] == Role::Content);
        // (Or by a feed's line of figures alone, "Economy · 4.2k asking · ▲ 38%", a link card
        // after it.)
        let mut lines = answer.clone();
        stats += usize::from(
            lines.next().is_some_and(|j| {
                p.feats[j].words <= 10 && !p.feats[j].sentence && p.text(j).contains(" · ")
            }) && lines.next().is_none(),
        );
        // (Or by a line of summary and a link to the story, "Read more: https://…", as a
        // newsletter's digest sets its headlines.)
        let (mut words, mut promo) = (0, false);
        for j in (q + 1..next.min(q + 6)).filter(|&j| p.roles[j] != Role::Separator) {
            // (A promo line is short: the long paragraph is counted, not read.)
            if p.feats[j].words <= 30 && scan::is_promo(p.text(j)) {
                promo = true;
            } else {
                words += usize::from(p.feats[j].words);
            }
        }
        teased += usize::from(promo && words <= 40);
        linked += usize::from(
            answer
                .next()
                .is_some_and(|j| p.blocks[j].flags.has(Flags::LINK_ONLY))
                && answer.all(|j| p.blocks[j].flags.has(Flags::LINK_ONLY)),
        );
        pending += usize::from(placeholder_after(p, q));
        steps += usize::from(scan::is_step_label(p.text(q)));
        // (Or the sign on the line over it, as a copy sets the heading's two parts: "Aries (21
        // March – 19 April)" / "Will love find you at last?".)
        // (Not a readers' column's, where an astrologer answers each reader under their
        // sign.)
        signs += usize::from(
            scan::opens_with_star_sign(p.text(q))
                || !p.readers_column
                    && p.prev_content(q).is_some_and(|k| {
                        p.feats[k].words <= 8 && scan::opens_with_star_sign(p.text(k))
                    }),
        );
    }
    // A song's lyrics, its parts labelled ("[Verse 1]", "[Chorus]", "[Bridge]"): the questions
    // are its lines.
    if (0..p.blocks.len())
        .filter(|&j| p.feats[j].words <= 4 && scan::is_song_part(p.text(j)))
        .nth(2)
        .is_some()
    {
        return Selection::not_qa(
            style,
            "A song's lyrics, its parts labelled (\"[Verse 1]\", \"[Chorus]\"): its questions \
                 are the song's lines."
                .into(),
        );
    }
    // A poem set in stanzas with `<br>` between their lines, some of them asking: most
    // questions are stanzas, their "answers" the next stanzas, not prose. (Not an FAQ's list
    // set with breaks under a question of its own, "You will need:<br>your old badge,<br>…",
    // nor a study guide's stanza quoted under its question.)
    if p.from_html && qs.len() >= 2 && {
        let verse = qs
            .iter()
            .filter(|&&q| {
                // (A stanza of a line or two asks as a plain paragraph: not an FAQ's heading
                // nor its bold line.)
                let stanza = scan::is_verse(&p.blocks[q].text)
                    || p.blocks[q].kind == BlockKind::Paragraph
                        && !p.blocks[q].flags.has(Flags::BOLD);
                stanza && p.next_content(q).is_some_and(|k| scan::is_verse(p.text(k)))
            })
            .count();
        verse * 2 > qs.len()
    } {
        return Selection::not_qa(
            style,
            "A poem: its questions are lines of verse, the stanzas after them no answers.".into(),
        );
    }
    // A police appeal whose every question asks the reader what they saw ("Did you see
    // anything?", "Can you help identify these people?"), on a page that says it appeals and
    // calls Crime Stoppers or quotes its reference after them: no FAQ. (Not Crime Stoppers' own
    // FAQ nor an interview with the officer, other questions among them.)
    if qs.len() >= 2
        && qs.iter().all(|&q| scan::is_witness_question(p.text(q)))
        && (qs[0].saturating_sub(30)..qs[0]).any(|k| scan::says_appeal(&scan::fold(p.text(k))))
        && (qs[0] + 1..p.blocks.len().min(qs[qs.len() - 1] + 40))
            .any(|k| scan::is_appeal_call(p.text(k)))
    {
        return Selection::not_qa(
            style,
            "A police appeal: its questions ask the reader what they saw, over its call for \
             information, not questions it answers."
                .into(),
        );
    }
    // A meeting's agenda, so labelled over its numbered items ("AGENDA – Committee Meeting" /
    // "6. Should we move the AGM…?"): items to decide, not questions it answers.
    if is_agenda(p, &qs) {
        return Selection::not_qa(
            style,
            "A meeting's agenda: its numbered items are matters to decide, not questions it \
                 answers."
                .into(),
        );
    }
    // Most of them over who asked and how many answered ("Asked by Dave_R · 3 March 2025 · 3
    // answers"): a shop's customer questions, not an article's.
    if qs.len() >= 2 && tallied * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "Most questions are followed by who asked them and how many answers they got: a \
                 shop's customer questions, not an article's Q&A."
                .into(),
        );
    }
    // Most of them over a line of figures and a link: a feed of what readers ask, not Q&A.
    if qs.len() >= 3 && stats * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "Most questions are followed only by a line of figures and a link: a feed of what \
                 readers ask, not Q&A."
                .into(),
        );
    }
    // Most of them a headline over a line of summary and its link: a digest, not Q&A.
    if qs.len() >= 3 && teased * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "Most questions are headlines over a line of summary and a link to the story: a \
                 digest of stories, not Q&A."
                .into(),
        );
    }
    // Most of them answered by a link alone: a help centre's index of its guides, not Q&A.
    if qs.len() >= 3 && linked * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "Most questions are answered only by a link to a guide elsewhere: an index of help \
                 pages, not Q&A."
                .into(),
        );
    }
    // Most of them a star sign's heading ("Leo (23 July - 22 August): Will love find you this
    // week?"): a horoscope, its questions the astrologer's teasers.
    // (Or the page's headings are the twelve signs', six at least, whatever the questions sit
    // under: "Baran (21.03–19.04)" / a reading that ends asking.)
    // (Each sign a heading over its reading, six different signs at least: not a list of the
    // signs and their dates in an explainer's answer, one under the other, nor a guest
    // labelled "Leo:" or "Ram:" in an interview, nor a page that says it answers questions.)
    let horoscope = || {
        let sign = |j: usize| {
            p.feats[j].words <= 8
                && scan::opens_with_star_sign(p.text(j))
                && scan::speaker_label(p.text(j)).is_none_or(|(_, said)| said.is_empty())
        };
        let mut seen: Vec<&str> = Vec::new();
        for j in (start..p.blocks.len()).filter(|&j| sign(j)) {
            if p.next_content(j).is_none_or(sign) {
                continue;
            }
            let name = p
                .text(j)
                .split(|c: char| !scan::is_word_char(c))
                .next()
                .unwrap_or("");
            if !seen.contains(&name) {
                seen.push(name);
            }
            if seen.len() >= 6 {
                break;
            }
        }
        !p.readers_column && seen.len() >= 6 && !p.title_answers()
    };
    // Most of them ending on Japanese "だろうか", the essayist's "I wonder" ("「壁」は本当に壁な
    // のだろうか"), unmarked: a column's rhetorical subheads, not questions it answers.
    let wonders = qs
        .iter()
        .filter(|&&q| {
            !p.feats[q].q_marker
                && scan::trim(p.text(q))
                    .trim_end_matches(['?', '？'])
                    .ends_with("だろうか")
        })
        .count();
    // (Not under a headline that asks or says it answers: an explainer's "…のだろうか" subheads,
    // each answered, "…何が変わる？".)
    let asking_title =
        p.title_answers() || p.title.is_some_and(|t| scan::ends_with_question(p.text(t)));
    if qs.len() >= 2 && wonders * 2 > qs.len() && !asking_title {
        return Selection::not_qa(
            style,
            "Most questions end on \"だろうか\" (I wonder): a column's rhetorical subheads, not \
                 questions it answers."
                .into(),
        );
    }
    if qs.len() >= 6 && signs * 2 > qs.len() || horoscope() {
        return Selection::not_qa(
            style,
            "The questions head a horoscope's star signs (\"Leo: …?\"), not questions it \
                 answers."
                .into(),
        );
    }
    if qs.len() >= 2 && pending * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "Most questions are answered by a placeholder (\"Answer coming soon\"): an FAQ \
                 not yet written."
                .into(),
        );
    }
    // (One or two of them so, "No answers yet" under a store's community question: not
    // answered, not questions of the explainer.)
    if pending > 0 {
        qs.retain(|&q| !placeholder_after(p, q));
    }
    if qs.len() >= 3 && steps * 2 > qs.len() {
        return Selection::not_qa(
            style,
            "The questions are a how-to's numbered steps (\"Step 1. …?\"), not questions it \
                 answers."
                .into(),
        );
    }
    // Where most questions keep their mark, a heading without one is a question only when its
    // words ask ("Who qualifies"), not a statement that opens like one ("When the clocks
    // spring forward again").
    let marked = |q: usize| p.feats[q].asks || p.feats[q].q_marker;
    if qs.iter().filter(|&&q| marked(q)).count() * 2 > qs.len() {
        // (Not a section's label in capitals, "WHAT ELSE I'M READING", among questions that are
        // not: where they are, "WHAT HAPPENS NEXT" is one of them.)
        let caps = qs.iter().filter(|&&q| p.feats[q].all_caps).count() * 2 > qs.len();
        // (Nor "What's next", a closing section's label — unless the questions are in capitals
        // too, as a wire explainer sets "WHAT HAPPENS NEXT" among them.)
        let (first, last) = (
            qs.iter().find(|&&q| marked(q)).copied().unwrap_or(0),
            qs.iter().rev().find(|&&q| marked(q)).copied().unwrap_or(0),
        );
        qs.retain(|&q| {
            let t = p.text(q);
            marked(q)
                || prompts.contains(&q)
                // (An FAQ's task between its questions: "How to exclude folders from sync".)
                || (faq && first < q && q < last && scan::strip_prefix_ci(t, "how to ").is_some())
                || (if caps {
                    scan::asks_unmarked(t)
                } else {
                    !p.feats[q].all_caps && scan::asks_unmarked(t) && !scan::is_closing_section(t)
                })
        });
    }
    let unmarked = qs
        .iter()
        .filter(|&&q| !marked(q) && !prompts.contains(&q))
        .count();
    // (In text, an explainer's lines that all open so, four at least, are its questions,
    // whatever other short lines stand between its paragraphs: a box's "Related" and its link.)
    let lines = explainer
        && !p.from_html
        && style == Some(Style::Plain)
        && unmarked >= 4
        && text_wh_lines(p, start);
    if unmarked > 0
        && !lines
        && (qs.len() < 3.max(min) || style.is_none_or(|s| same_style_others(p, s, &qs) > 0))
    {
        cands = candidates(p, start, false);
        (style, qs) = pick(p, &cands);
        drop_unanswered(p, &mut qs);
    }
    // "What we don't know", a "What we know" explainer's section among its questions, set as
    // they are and answered as they are, its paragraph under it: one of them.
    if let (true, Some(s), Some(&first)) = (explainer, style, qs.first()) {
        // (Not a list of what is still open, its first item asking: "Why did the main break?
        // The city has hired…".)
        let opens_asking = |a: usize| {
            scan::find_char(p.text(a), |c| matches!(c, '.' | '!' | '?'))
                .is_some_and(|(_, c)| c == '?')
        };
        let answered = |j: usize| {
            p.next_content(j).is_some_and(|a| {
                p.feats[a].sentence && !p.feats[a].asks && p.feats[a].words >= 8 && !opens_asking(a)
            })
        };
        let known: Vec<usize> = (first + 1..p.blocks.len())
            .filter(|&j| {
                p.roles[j] == Role::Content
                    && scan::is_known_section(p.text(j))
                    // (Not a label over its list, "What we don't know:", as "What we know:"
                    // over the first: over a paragraph it heads a section.)
                    && !(scan::trim_end(p.text(j)).ends_with(':')
                        && p.next_content(j)
                            .is_some_and(|a| p.blocks[a].kind == BlockKind::ListItem))
                    && style_of(p, j) == s
                    && answered(j)
                    && qs.binary_search(&j).is_err()
            })
            .collect();
        merge_in(&mut qs, &known);
    }
    // A standfirst set as a heading straight under the headline ("The Centre has proposed …
    // What do the draft guidelines say, and why …?"): a long heading of more than a sentence,
    // before the others, is the article's dek.
    if qs.len() >= 3
        && p.title.is_some_and(|t| qs[0] == t + 1)
        && matches!(p.blocks[qs[0]].kind, BlockKind::Heading(_))
        && p.feats[qs[0]].words > 25
        && qs[1..].iter().all(|&q| p.feats[q].words <= 25)
    {
        qs.remove(0);
    }
    // So is a question straight under the headline with the byline under it ("Who was really
    // on the boat … – and will there be more?" / "By Laura Pennock"): the body starts after.
    // (Or classed as the standfirst, Medium's `<h2 class="pw-subtitle-paragraph">`.)
    if qs.len() >= 3
        && p.title.is_some_and(|t| qs[0] == t + 1)
        && (p.byline.is_some_and(|b| b > qs[0] && b <= qs[0] + 2)
            || p.blocks[qs[0]].flags.has(Flags::CLASS_DEK))
    {
        qs.remove(0);
    }
    if let Some(Style::Heading(level)) = style {
        earlier_section(p, &cands, level, &mut qs);
        labelled_bold_questions(p, level, &mut qs);
    }
    if matches!(style, Some(Style::QMarker | Style::Heading(_))) {
        later_section(p, &mut qs);
    }
    if style != Some(Style::Term) {
        later_disclosures(p, &mut qs);
    }
    if let Some(s) = style {
        add_prompts(p, s, &mut qs);
        numbered_gaps(p, s, &mut qs);
        toggle_gaps(p, s, &mut qs);
        lettered_follow_ups(p, s, &mut qs);
        bold_turns(p, s, &mut qs);
        if s == Style::Bold {
            heading_turns(p, &mut qs);
        }
        first_person_items(p, s, &mut qs);
    }
    // A newsletter box's hook, its pitch under it: "Who's in, who's out?" / "Get The Touchline's
    // transfer briefing in your inbox at 7am…".
    // (Set apart from the questions, or its button after the pitch, "Sign me up": not an FAQ's
    // own question and answer, "How do I sign up?" / "Get it in your inbox every weekday…".)
    // (Or a hook that names the newsletter itself, a call to subscribe under it: "¿Ya conoces
    // nuestro newsletter de Ciencia y Salud?" / "Recibe cada semana … Suscríbete aquí".)
    qs.retain(|&q| {
        !p.next_content(q).is_some_and(|a| {
            p.feats[a].words <= 30
                && (scan::is_inbox_pitch(p.text(a))
                    && (Some(style_of(p, q)) != style
                        || p.blocks[a + 1..p.blocks.len().min(a + 3)]
                            .iter()
                            .any(|b| scan::is_button_label(&b.text)))
                    || p.feats[q].words <= 12
                        && scan::is_promo(p.text(q))
                        && scan::is_promo(p.text(a)))
        })
    });
    if style != Some(Style::QMarker) {
        speaker_turns(p, &mut qs);
        many_askers(p, &mut qs);
    } else {
        unmarked_turns(p, &mut qs);
        unmarked_stretch(p, &mut qs);
    }
    guest_asks_guest(p, &mut qs);
    marked_span(p, &mut qs);
    follow_up_on_letter(p, &mut qs);
    // A poll's question, its choices all its answer on one line ("Would you like to visit a
    // volcano one day?" / "Yes, it would be amazing | No way, too scary!"): the reader's to answer.
    // (Or a consultation's response options, with slashes: "Yes / No / Don't know", "Too high /
    // About right / Too low", perhaps a short instruction under them, "Please explain your
    // answer.")
    // (With slashes, one of them a reply's word: not a product's sizes, "S / M / L".)
    let reply = |c: &str| {
        scan::Words(concat!(
            "yes|no|don't know|don’t know|not sure|unsure|agree|disagree|neither|ja|nein|oui|",
            "non|sí|eens|oneens|geen mening|nee|nej|sim|não"
        ))
        .contains(&scan::fold(scan::trim(c)))
    };
    let choices = |j: usize| {
        let t = p.text(j);
        t.len() <= 200
            && (t.contains(" | ")
                && t.split(" | ")
                    .all(|c| scan::words_le(c, 6) && !c.ends_with('.'))
                || t.contains(" / ")
                    // (Two replies at least, or three options one of them a reply: not a
                    // quick-fire's "No / absolutely not", a product's "Yes / Gore-Tex lining".)
                    && {
                        let n = t.split(" / ").count();
                        let r = t.split(" / ").filter(|c| reply(c)).count();
                        r >= 2 || n >= 3 && r >= 1
                    }
                    && t.split(" / ")
                        .all(|c| scan::words_le(c, 4) && !c.ends_with('.')))
    };
    let polls: Vec<bool> = (0..qs.len())
        .map(|k| {
            let end = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
            let mut answer = (qs[k] + 1..end).filter(|&j| p.roles[j] == Role::Content);
            // (Or its buttons a line each, two replies at least: "Eens" / "Oneens" / "Geen
            // mening".)
            let button =
                |j: usize| p.feats[j].words <= 3 && !p.feats[j].sentence && reply(p.text(j));
            let mut lines = answer.clone();
            // (Or a poll's result, its options each with its share: "Zdecydowanie tak – 38
            // proc." / "Raczej tak – 24 proc.")
            // (All of them, a hundred in all: not a tax explainer's rates, "Basic rate: 20%" /
            // "Higher rate: 40%".)
            let share = |j: usize| {
                (p.feats[j].words <= 8)
                    .then(|| scan::ends_on_share(p.text(j)))
                    .flatten()
            };
            let (mut options, mut total) = (0, 0);
            for j in answer.clone().take(10) {
                match share(j) {
                    Some(v) => (options, total) = (options + 1, total + v),
                    None => break,
                }
            }
            options >= 2 && (97..=103).contains(&total)
                || lines.next().is_some_and(button) && lines.next().is_some_and(button)
                || answer.next().is_some_and(choices)
                    && answer
                        .next()
                        .is_none_or(|j| p.feats[j].trailer_heading || p.feats[j].words <= 6)
        })
        .collect();
    // Many of them so, two at least and a third of the questions: a questionnaire for the
    // reader, not Q&A.
    let polled = polls.iter().filter(|&&x| x).count();
    if polled >= 2 && polled * 3 >= qs.len() {
        return Selection::not_qa(
            style,
            "Its questions offer answers to choose (\"Yes / No / Don't know\"): a questionnaire \
             or a consultation for the reader, not Q&A."
                .into(),
        );
    }
    let mut polled = polls.into_iter();
    qs.retain(|_| !polled.next().unwrap_or(false));
    // An interviewer's turn that cuts in and asks nothing ("With respect, that wasn't my
    // question."), between an answer broken off ("… taxpayers' money—") and its taking up ("—and
    // I'll come to it."): the answer's, not a question.
    qs.retain(|&q| {
        p.feats[q].asks
            || !(p
                .prev_content(q)
                .is_some_and(|a| scan::breaks_off(p.text(a)))
                && p.next_content(q).is_some_and(|b| scan::takes_up(p.text(b))))
    });
    // An interview set in block quotes may quote someone else in its intro first (a patron's
    // letter, "Where am I supposed to go now to read a newspaper in peace?"): the turns start
    // with the first quote put to the interviewee.
    if p.quoted_turns {
        let to_guest = |q: usize| scan::addresses_someone(p.text(q));
        // (Before the first answer only: not the interview's own first questions, "How does
        // someone go from graphic design to keeping bees?", asked of no one by name.)
        let answered = |q: usize| {
            p.next_content(q).is_some_and(|a| {
                !p.feats[a].asks && p.feats[a].sentence && !p.blocks[a].flags.has(Flags::QUOTE)
            })
        };
        // (Nor an epigraph before any prose, the intro under it no answer.)
        // (The first such paragraph found once: each quote before the first addressed one is
        // compared with it, not searched back from.)
        let first_prose = (0..p.blocks.len()).find(|&j| {
            p.roles[j] == Role::Content
                && p.blocks[j].kind == BlockKind::Paragraph
                && p.feats[j].sentence
                && !p.feats[j].asks
                && p.feats[j].words >= 8
        });
        let prose_before = |q: usize| first_prose.is_some_and(|f| f < q);
        if let Some(k) = qs.iter().position(|&q| to_guest(q)) {
            let unanswered = qs[..k]
                .iter()
                .take_while(|&&q| !answered(q) || !prose_before(q))
                .count();
            qs.drain(..unanswered);
        }
    }
    // A show's opening turn, the host's welcome that ends on a pleasantry ("Hallo und herzlich
    // willkommen zu „Frag die Expertin“ … Frau Roth, schön, dass Sie da sind?" / "Sehr gerne."):
    // no question of the show's, when a short reply answers it.
    if qs.len() >= 3 {
        let turn = scan::turn_label(p.text(qs[0])).map_or(p.text(qs[0]), |(_, rest)| rest);
        // (The reply's words, its speaker's name not counted: "Priya Raman: Thanks, Dana. I've
        // been a listener for a long time, so this is a little surreal.")
        let reply_short = p.next_content(qs[0]).is_some_and(|j| {
            let said = scan::turn_label(p.text(j)).map_or(p.text(j), |(_, rest)| rest);
            scan::words_le(said, 15) || (scan::words_le(said, 30) && scan::thanks(said))
        });
        // (The guest's name may come first: "Nana, good morning and welcome to The Morning
        // Brief." — a welcome that asks nothing, however short.)
        let named = turn
            .split_once(", ")
            .filter(|(n, _)| scan::words_le(n, 2) && n.starts_with(scan::is_upper))
            .map_or(turn, |(_, r)| r);
        let asks = p.feats[qs[0]].asks;
        // (Or a greeting alone, "VILLAR: Magandang umaga po, Atty. Dimaculangan.")
        if (scan::opens_greeting(turn) && (p.feats[qs[0]].words >= 20 || !asks)
            || scan::opens_greeting(named) && !asks
            || scan::greets_back(turn))
            && reply_short
        {
            qs.remove(0);
        }
    }
    // A chart's title that asks ("Are grocery prices still going up?"), its credit line under
    // it or its subtitle ("Source: … • Chart: …"): the chart's, not a question the text answers.
    // (Straight under it: not past the answer's first paragraph, nor an image's alt text,
    // "Chart: sub-Saharan Eurobond issuance by year" over the chart the answer goes on to show.)
    let titles_chart = |q: usize| {
        (q + 1..p.blocks.len().min(q + 3))
            .take_while(|&j| !(p.blocks[j].kind == BlockKind::Paragraph && p.feats[j].sentence))
            .any(|j| p.blocks[j].kind != BlockKind::Image && scan::is_chart_credit(p.text(j)))
    };
    qs.retain(|&q| !titles_chart(q));
    // The story's tags in a run-in list ("Etiquetas: agricultura, pataca, pragas") end it: a
    // question after them, under an answer, is the page's (a fund drive's "Cres que o xornalismo
    // independente é necesario?"), not the article's.
    // (One such line only: an FAQ that tags each of its entries, "Tags: home office, tax
    // relief" under each answer, goes on past them.)
    if let Some(&q0) = qs.first() {
        let mut tags = (q0 + 1..p.blocks.len()).filter(|&j| {
            p.roles[j] == Role::Content && p.feats[j].words <= 12 && scan::is_tags_line(p.text(j))
        });
        if let (Some(t), None) = (tags.next(), tags.next()) {
            qs.retain(|&q| q < t);
        }
    }
    // Readers' questions in text are quoted all alike: one quoted among unquoted questions is
    // someone's words inside an answer.
    if style == Some(Style::Plain) {
        let quoted = qs.iter().filter(|&&q| p.feats[q].quote_start).count();
        if quoted * 2 < qs.len() {
            qs.retain(|&q| !p.feats[q].quote_start);
        }
    }
    // A summary box before the article's body ("In short:" with its points and a "What's
    // next?"): its question is the box's, not the first of the body's questions — when the box
    // holds a heading of its own before that question, closes before the next question, the
    // body's text goes on outside it, and the body holds all the other questions.
    // (Not the headline's: a notebook's first cell holds the headline, the intro and the first
    // question, "# Three questions about …" / … / "## 1. How late are buses?".)
    if qs.len() >= 3 {
        let (b0, b1) = (&p.blocks[qs[0]], &p.blocks[qs[1]]);
        let (start, end) = (b0.scope_start, b0.scope_end);
        let boxed = b0.seq > 0
            && end > 0
            && end <= b1.seq
            && (0..qs[0])
                .rev()
                .map_while(|j| p.blocks.get(j).filter(|b| b.seq >= start).map(|b| (j, b)))
                .any(|(j, b)| {
                    matches!(b.kind, BlockKind::Heading(_))
                        && !scan::ends_with_question(&b.text)
                        && p.title != Some(j)
                })
            && (qs[0] + 1..qs[1]).any(|j| p.roles[j] == Role::Content && p.blocks[j].seq >= end)
            && qs[1..]
                .iter()
                .all(|&q| p.blocks[q].scope_start == b1.scope_start);
        if boxed {
            qs.remove(0);
        }
    }
    // A summary box whose label asks in form only (Yle's "Mistä on kyse?" over its points):
    // the box's label, not the body's first question. (Over a paragraph of prose, it is the
    // explainer's first question: "Mistä on kyse?" / "Helsinki ottaa käyttöön…".)
    if qs.len() >= 3
        && p.feats[qs[0]].words <= 4
        && scan::is_summary_label(p.text(qs[0]))
        && p.next_content(qs[0])
            .is_some_and(|j| p.blocks[j].kind == BlockKind::ListItem)
    {
        qs.remove(0);
    }
    // The same box copied as text: its label ("In short:", "Key points:") a few lines before
    // the first question, its points between them, and the question a box closes with ("What's
    // next?") — not one of an explainer's, which would name its subject. (In HTML the box's
    // markup says where it ends, above: a heading that asks under a "Key points" list's
    // heading, as the page sets all its questions, is the body's first question.)
    // (Not a question numbered as the next is: "1. Når kommer skattemeldingen?" / "2. …".)
    let numbered = |q: usize| scan::strip_number(p.text(q)).is_some();
    // (Nor one on a card of its own, under its counter: "1 / 7" / "The short version" / … /
    // "2 / 7" / "What actually went wrong?".)
    let carded = |q: usize| {
        q.checked_sub(1)
            .is_some_and(|c| scan::is_counter(p.text(c)))
    };
    if qs.len() >= 3
        && p.feats[qs[0]].words <= 4
        && p.blocks[qs[0]].seq == 0
        && !(numbered(qs[0]) && numbered(qs[1]))
        && !carded(qs[0])
    {
        let before: Vec<usize> = (0..qs[0])
            .rev()
            .filter(|&j| p.roles[j] == Role::Content)
            .take(5)
            .collect();
        if let Some(k) = before
            .iter()
            .position(|&j| p.feats[j].words <= 6 && scan::is_summary_label(p.text(j)))
        {
            // (Unless the intro under the box announces the questions before it: "… with
            // questions. Here is what we know." / "What has changed?".)
            if k > 0
                && before[..k].iter().all(|&j| !p.feats[j].asks)
                && !(p.feats[before[0]].words >= 15
                    && scan::announces_answers(scan::last_sentence(p.text(before[0]))))
            {
                qs.remove(0);
            }
        }
    }
    // An intro paragraph that ends asking ("For many, El Niño recalls the floods of 1997. Could
    // history repeat itself?") before questions that are each a short line of their own: its
    // rhetorical close, not the explainer's first question.
    if qs.len() >= 3 && style == Some(Style::Plain) {
        let short = |q: usize| p.feats[q].words <= 15 && !scan::has_inner_sentence_end(p.text(q));
        let long = |q: usize| {
            p.feats[q].words >= 20
                && !p.feats[q].q_marker
                && !p.feats[q].signed
                && scan::has_inner_sentence_end(p.text(q))
                // (An interviewer's first question leads in so, addressing the guest: "Frau
                // Albers, in Köln … Sie waren …?")
                && !scan::addresses_someone(p.text(q))
                // (Nor one labelled as a turn: "Rep.: Ați avut deja … Este un sezon…?")
                && scan::speaker_label(p.text(q)).is_none()
        };
        if long(qs[0]) && qs[1..].iter().all(|&q| short(q)) && !is_interview(p, &qs) {
            qs.remove(0);
        }
    }
    // The intro's own question, answered only by the line that announces the explainer ("So
    // what does that mean for your deck?" / "Here's a look at the key questions."), or a summary
    // box's ("What's next?") whose "answer" runs on through the intro to that line: the
    // announcement comes before the explainer's first question, not at the end of an answer.
    if qs.len() >= 3 {
        let mut answer = (qs[0] + 1..qs[1]).filter(|&j| p.roles[j] == Role::Content);
        let first = answer.next();
        let last = answer.next_back();
        let intro = match (first, last) {
            // (Or its paragraph's last sentence, the lede's own answer ending on the promise:
            // "Addio alla cena in centro…? Non proprio, ma … Ecco cosa cambia, punto per punto.")
            (Some(j), None) => scan::announces(p.text(j)) || scan::announces_answers(p.text(j)),
            // (Not a host's line passing on the next question: "We've had lots of questions
            // about phones. Here's one from a student, RevisionRaccoon:".)
            (Some(_), Some(j)) => {
                scan::announces_answers(p.text(j)) && !scan::is_reader_intro(p.text(j))
            }
            _ => false,
        };
        if intro {
            qs.remove(0);
        }
    }
    // A broadcast's teaser after the last answer, the host's turn that says what comes next
    // ("ALANA GREER: Coming up after the break, … the question everyone's asking: is the Bank
    // of Canada done cutting?"): the show's, not a question put to the guest.
    if qs.len() >= 3 {
        let last = qs[qs.len() - 1];
        let said = scan::turn_label(p.text(last)).map_or(p.text(last), |(_, r)| r);
        if scan::is_teaser(said) {
            qs.pop();
        }
    }
    // A question after the writer's closing credit ("Sian Pritchard is The Chronicle's
    // education editor" / "IN BRIEF" / "Should pupils sit GCSEs on laptops?"): the page's next
    // item, not the article's.
    // (Once: not a column whose every answer ends on its answerer's bio.)
    if qs.len() >= 3 {
        let (prev, last) = (qs[qs.len() - 2], qs[qs.len() - 1]);
        // (The writer named before the questions, in the byline or the standfirst: "She tells
        // Sian Pritchard what happened next" — not a colleague the answer names.)
        let named_before = |t: &str| {
            let name: Vec<&str> = scan::words(t).take(2).collect();
            let name = name.join(" ");
            name.len() > 3 && (0..qs[0]).any(|k| scan::find_sub(p.text(k), &name).is_some())
        };
        let credit = |j: usize| {
            matches!(p.roles[j], Role::Content | Role::Byline)
                && p.feats[j].words <= 25
                && scan::is_writer_bio(p.text(j))
                && named_before(p.text(j))
        };
        // (The bio closes the answer: the question next, or a box's label of a few words
        // between them — not a line inside the answer, "Mark Hale is a senior chemist …".)
        let closing = |j: usize| {
            let mut after = (j + 1..last).filter(|&k| p.roles[k] == Role::Content);
            after.next().is_none_or(|k| {
                p.feats[k].words <= 4 && !p.feats[k].sentence && after.next().is_none()
            })
        };
        if p.next_content(prev)
            .is_some_and(|a| (a + 1..last).any(|j| credit(j) && closing(j)))
            && !(qs[0]..prev).any(credit)
        {
            qs.pop();
        }
    }
    // A box after the last answer that calls the reader to act ("Need help finding an
    // in-network doctor?" / "Our advocates are here to help. Call 555-0122."), its one short
    // paragraph followed by no more prose: the page's, not the explainer's last question.
    // (Two such boxes at most, one after the other: a newsletter's "Want more money tips?" and
    // a call for readers' stories, "Are you worried about your bills?" / "We would like to hear
    // from you. Share your experience…", a writer's bio after it.)
    for _ in 0..2 {
        let Some(&last) = qs.last().filter(|_| qs.len() >= 3) else {
            break;
        };
        let mut after = (last + 1..p.blocks.len()).filter(|&j| p.roles[j] == Role::Content);
        let text = after.next();
        let mut prose_after = || {
            // (A second box's call is no prose: "If you or someone you know has been affected
            // by a scam, contact IDCARE …".)
            after.next().is_some_and(|j| {
                p.feats[j].sentence
                    && p.feats[j].words > 15
                    && !scan::is_closing_credit(p.text(j))
                    && !scan::calls_to_act(p.text(j))
            })
        };
        let box_call = |j: usize| {
            p.feats[j].words <= 40
                && scan::calls_to_act(p.text(j))
                && (scan::is_cta_question(p.text(last))
                    || scan::is_subject_first_cta(p.text(last)) && scan::calls_us(p.text(j)))
        };
        if text.is_some_and(box_call) && !prose_after() {
            qs.pop();
        } else {
            break;
        }
    }
    // A box's question over its button ("Will you support the Guardian today?" / a pitch /
    // "Support the Guardian"; "Ready for more?" / "Subscribe"), copied as text: at most one short
    // paragraph, then a short label that is no sentence, and then the next question, or no more
    // prose to the end of the page.
    if qs.len() >= 3 {
        let content = |j: usize| p.roles[j] == Role::Content;
        // (Not a sign-up box's title, its description and email field under it: "Subscribe to
        // Dockside Dispatch" / "Shipping tips…" / "Email*" opens a box of its own.)
        let opens_signup = |j: usize| {
            (j + 1..p.blocks.len())
                .filter(|&k| p.roles[k] == Role::Content)
                .take(2)
                .any(|k| scan::is_email_field(p.text(k)))
        };
        let button = |j: usize| {
            let f = p.feats[j];
            f.words <= 4
                && !f.sentence
                && !f.asks
                && scan::is_box_button(p.text(j))
                && !opens_signup(j)
                // (Not a section's heading in the markup: "How were families consulted?" /
                // its answer / `<h2>Submit a question</h2>` over the page's form.)
                && (!p.from_html || !matches!(p.blocks[j].kind, BlockKind::Heading(_)))
        };
        // (A company's or a charity's legal line at the page's foot is no prose.)
        let prose = |j: usize| {
            content(j)
                && p.feats[j].sentence
                && p.feats[j].words > 15
                && !scan::is_copyright(p.text(j))
        };
        let mut keep = Vec::with_capacity(qs.len());
        for (k, &q) in qs.iter().enumerate() {
            let end = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
            let mut body = (q + 1..end).filter(|&j| content(j));
            // (An answer marked as one, "R. Por oficio, no. Por carácter, sí.", answers: the
            // paywall's button after it is not the question's.)
            // (A fund drive's pitch may be a ladder of gifts, a short line each: "£15 could
            // provide…" / "£30 could keep…" / "Donate now".)
            // (Not an answer that replies, "We do! Gift vouchers are…", over the page's own
            // button after the last item.)
            let label = match body.next() {
                Some(first) if button(first) => Some(first),
                Some(first)
                    if p.feats[first].words <= 60
                        && scan::strip_answer_marker(p.text(first), false).is_none()
                        && !scan::opens_reply(p.text(first)) =>
                {
                    // (Past the first line only while each line, the first too, is a rung.)
                    let rung =
                        |j: usize| p.feats[j].words <= 25 && scan::opens_on_amount(p.text(j));
                    let ladder = rung(first);
                    body.by_ref()
                        .take(3)
                        .find(|&j| button(j) || !(ladder && rung(j)))
                        .filter(|&j| button(j))
                }
                _ => None,
            };
            // (After the last one, a writer's bio may follow the box: its question then says
            // it is the box's, "Want more…?".)
            // (Nor, last, one answered at length before the page's button: "How do I join?" /
            // "Fill in the online membership form…" (35 words) / "Join now".)
            let long = || answered_at_length(p, q);
            let boxed = label.is_some_and(|l| {
                if k + 1 < qs.len() {
                    body.next().is_none()
                } else {
                    !(l + 1..end).any(prose) && !long() || scan::is_cta_question(p.text(q))
                }
            });
            if !boxed {
                keep.push(q);
            }
        }
        if keep.len() >= 2 {
            qs = keep;
        }
    }
    // A question or two before the page's "Frequently asked questions" heading, the FAQ's three
    // or more after it: the intro's or a caption's ("…refuse lorries at the depot. Spotted one on
    // your street yet?"), not one of the FAQ's. (Not a whole explainer before a repeated
    // headline that says "Questions Answered".)
    if let Some(h) = faq_heading(p, start) {
        let before = qs.iter().take_while(|&&q| q < h).count();
        let after = qs.len() - before;
        if (1..=2).contains(&before) && after >= 3 && before * 3 <= after {
            qs.drain(..before);
        }
    }
    // An interview's note ("This interview has been edited for length and clarity") stands
    // before its first question: a question before it is the intro's ("…she hears the same
    // questions. Do I have to file? What about my children?").
    while qs.len() >= 3
        && (qs[0] + 1..qs[1]).any(|j| {
            p.roles[j] == Role::Content && p.feats[j].words <= 60 && scan::is_edit_note(p.text(j))
        })
    {
        qs.remove(0);
    }
    // A table of contents before the questions ("Jump to:" and their list, copied as text): its
    // entries have no answers but the last, which the first answer's text follows; an entry that
    // comes right after another and again as a question is the contents', not the first question.
    let listed = |q: usize| {
        (0..q)
            .rev()
            .find(|&j| p.roles[j] == Role::Content)
            .is_some_and(|j| p.feats[j].asks)
    };
    if qs.len() >= 3 && listed(qs[0]) && !scan::words_le(p.text(qs[0]), 2) {
        let first = scan::fold(p.question_text(qs[0]));
        if qs[1..]
            .iter()
            .any(|&q| scan::fold(p.question_text(q)) == first)
        {
            qs.remove(0);
        }
    }
    // A live page's posts each open with a time stamp ("10:30", "11h45"): a question right
    // after one is a post's headline when most questions are not (they are one post's Q&A).
    // (Not a video's or a recording's duration, "2:14", in its figure or once on the page: a
    // live page stamps three posts at least.)
    let clock = |j: usize| !p.blocks[j].flags.has(Flags::FIGURE) && scan::is_clock_line(p.text(j));
    // (Or a post's label between, "3:41pm" / "Key Event" / "What happens to the Gabba?".)
    let label = |j: usize| {
        p.feats[j].words <= 2
            && scan::Words("key event|pinned|pinned post|breaking|update|important|just in")
                .contains(&scan::fold(scan::trim(p.text(j))))
    };
    // (Or the post's author between, "2:51 PM EDT" / "Renee Oduya" / "Wait, is this …?".)
    let author = |j: usize| p.feats[j].words <= 4 && scan::is_bare_name(p.text(j));
    let stamped = |q: &usize| {
        q.checked_sub(1).is_some_and(|j| {
            clock(j) || (label(j) || author(j)) && j.checked_sub(1).is_some_and(clock)
        })
    };
    // So are all the questions when they head fewer than half the posts: the other posts'
    // headlines state ("Is the portal down?" among "CS arrives", "Results cancelled"…).
    let mut posts = qs.iter().filter(|q| stamped(q)).count();
    // (A live page's head, over its first stamped post, holds no post's question: its "Key
    // events" list repeats the posts' headlines, "Who pays for bus franchising?", and its
    // pinned link asks for nothing answered there — where the posts hold most of the page's
    // questions, not a ticker of updates under an explainer.)
    // (The page's stamps looked for only where a question follows one.)
    let stamps: Vec<usize> = if posts > 0 {
        (start..p.blocks.len()).filter(|&j| clock(j)).collect()
    } else {
        Vec::new()
    };
    if stamps.len() >= 3 {
        let head = qs.partition_point(|&q| q < stamps[0]);
        if qs.len() - head > head {
            qs.drain(..head);
            posts = qs.iter().filter(|q| stamped(q)).count();
        }
    }
    // A listings page slots every title at a time on a channel ("20:15 Uhr | RTL" / "Wer wird
    // Millionär?"): its programmes' names ask nothing.
    let slot = |j: usize| scan::is_schedule_slot(p.text(j));
    if qs.len() >= 2
        && qs.iter().all(|&q| q.checked_sub(1).is_some_and(slot))
        && (start..p.blocks.len())
            .filter(|&j| slot(j))
            .nth(2)
            .is_some()
    {
        qs.clear();
    }
    // (Not a live Q&A's readers' questions, each a post marked as one: "13:03" / "Question
    // from Declan, Cork: …?".)
    if posts > 0 && (posts * 2 < qs.len() || posts == qs.len()) {
        let stamps = stamps.len();
        // (Nor a chat's reader, named on the turn, whom a host answers, named on theirs:
        // "10:32 AM" / "Priya (Bexley): … How is that possible?" / "10:34 AM" / "Dana
        // Whitfield: You're far from alone…".)
        // (A reader asks once: not a live page's reporters, each post under its author's name,
        // "Renee Oduya: Wait, is this …?" / "Jordan Pike: The livestream is up…"; nor an answer
        // opening "Yes: …".)
        let who = |j: usize| scan::speaker_label(p.text(j)).map(|(l, _)| l);
        // (The page's labels counted once, in the map the page's texts are counted in.)
        let mut labels = super::Strings::default();
        for l in (start..p.blocks.len()).filter_map(who) {
            *labels.entry(l.to_owned()).or_default() += 1;
        }
        let once = |a: &str| labels.get(a).is_none_or(|&n| n <= 1);
        let chat = |q: usize| {
            who(q).is_some_and(|a| {
                once(a)
                    && p.next_content(q).and_then(who).is_some_and(|b| {
                        !scan::same_speaker(a, b)
                            && !matches!(b, "Yes" | "No" | "Sí" | "Oui" | "Non" | "Ja" | "Nein")
                    })
            })
        };
        if stamps >= 3 && (posts < qs.len() || stamps > 2 * posts) {
            qs.retain(|&q| !stamped(&q) || p.feats[q].q_marker || chat(q));
        }
    }
    let total = content_chars(p, start..p.blocks.len()).max(1);
    // (A shop's customers' questions, under their own "Questions & Answers" heading too.)
    if !qs.is_empty() && customers_asked(p, start, &qs) {
        return Selection::not_qa(
            style,
            "A shop's product page: its questions are its customers', signed with who asked \
             and when, not an explainer."
                .into(),
        );
    }
    if gallery(p, &qs) {
        return Selection::not_qa(
            style,
            "A gallery: each question heads a photo, its credit or the picture right under it \
             and a line of caption after — the pictures' titles, not an explainer's questions."
                .into(),
        );
    }

    // An ordinary article that ends with an FAQ section: use just that section.
    // (Not an explainer whose own questions head its body, more of them than the statements
    // heading it, before the FAQ that ends it: "How much does it cost to run a heat pump?" …
    // "The bottom line" / "FAQs" / "How long do heat pumps last?". Its questions are the
    // body's and the FAQ's.)
    let mut section_alone = None;
    if allow_sections {
        if let Some(h) = section_faq_heading(p, start) {
            let before = content_chars(p, start..h);
            // (Or a section among others, as a newsletter sets "READER QUESTIONS" between "TOP
            // STORIES" and "WHAT'S ON": the next label of its kind closes it, the others
            // outweigh it, and no question comes after it — a live page's earlier "Your
            // questions answered" post is as much the page's. Not on a live page, its posts
            // stamped with their times: a post of readers' questions is a box in the page.)
            let live = || {
                (start..p.blocks.len())
                    .filter(|&j| clock(j))
                    .nth(2)
                    .is_some()
            };
            let end = (before * 2 <= total && !live())
                .then(|| next_label(p, h))
                .flatten()
                .filter(|&e| {
                    (before + content_chars(p, e..p.blocks.len())) * 2 > total
                        && qs.last().is_none_or(|&q| q < e)
                });
            if before * 2 > total || end.is_some() {
                let mut section: Vec<Candidate> = candidates(p, h + 1, false);
                if let Some(e) = end {
                    section.retain(|c| c.idx < e);
                }
                let (s_style, mut s_qs) = pick(p, &section);
                drop_unanswered(p, &mut s_qs);
                // (Nor a store's community question under "No answers yet".)
                s_qs.retain(|&q| !placeholder_after(p, q));
                let body = qs.partition_point(|&q| q < h);
                // (Or a column's letters marked "Q:", two at least, before its "Quick
                // questions".)
                // (Or an interview's bold questions, four at least, before the box of questions
                // and answers that ends it: "Frau Berger, wie viele …?" … "Fragen und Antworten
                // zur Nebenkostenabrechnung". An interview: not a column's rhetorical
                // questions, which the box's would carry past the opinion check.)
                let explainer = style.is_some_and(|s| {
                    (matches!(s, Style::Heading(_) | Style::ClassHeading) && body >= min.max(3)
                        || s == Style::QMarker && body >= 2
                        || (s == Style::Bold && body >= min.max(4)
                            // (Copied as text, five at least.)
                            || s == Style::Plain && body >= min.max(5))
                            && is_interview(p, &qs[..body]))
                        && same_style_in(p, s, &qs[..body], start, h) < body
                });
                if explainer && s_qs.len() >= 2 {
                    qs.truncate(body);
                    qs.extend(s_qs.iter().filter(|&&q| q > h));
                    // (Should the body's questions with the section's read as no Q&A below, for
                    // whatever reason — an essay's rhetorical questions over its FAQ — the
                    // section stands alone, as it would have without them.)
                    if s_qs.len() >= min {
                        section_alone = Some(Selection {
                            questions: s_qs,
                            style: s_style,
                            reason: None,
                            section: Some(h),
                            section_end: end,
                        });
                    }
                } else if s_qs.len() >= min {
                    return Selection {
                        questions: s_qs,
                        style: s_style,
                        reason: None,
                        section: Some(h),
                        section_end: end,
                    };
                }
            }
        }
    }

    let section_alone = std::cell::Cell::new(section_alone);
    let not_qa = |reason: String| {
        section_alone
            .take()
            .unwrap_or_else(|| Selection::not_qa(style, reason))
    };
    if qs.len() < min {
        return not_qa(match qs.len() {
            0 if cands.is_empty() && !(start..p.blocks.len()).any(|j| p.roles[j] == Role::Content && p.feats[j].asks) => "No questions found: no heading, marked line or paragraph reads as a question.".into(),
            0 => "No questions found that are set apart as the article's own (the question-shaped lines are captions, quotes, links or inside paragraphs).".into(),
            n => [
                "Only ",
                &scan::num(n),
                " question found; an explainer needs at least ",
                &scan::num(min),
                ".",
            ]
            .concat(),
        });
    }
    let Some(style) = style else {
        return not_qa("No questions found.".into());
    };
    // A witness questioned in court, so headed ("Cross-examined by MR ASHDOWN", "Defence
    // cross-examines former site manager"): counsel's questions test the evidence, they are
    // not questions the article answers.
    let first = qs.first().copied().unwrap_or(start);
    // (Not an explainer of the court's ways: "Cross-examination explained: your questions".)
    if p.title.is_some_and(|t| {
        scan::names_cross_examination(p.text(t)) && !scan::is_explainer_title(p.text(t))
    }) || (start..first).any(|j| {
        p.roles[j] == Role::Content
            && p.feats[j].words <= 8
            && scan::names_cross_examination(p.text(j))
    }) {
        return not_qa(
            "A witness's examination in court: counsel's questions test the evidence, not \
             questions the article answers."
                .into(),
        );
    }
    // A conversation set down turn by turn (a podcast's transcript, "[00:03:55] Marco: Were
    // they, though?"): its few questions are asked by different speakers, among many turns —
    // not an interviewer's questions, each answered in turn.
    let turn = |j: usize| scan::turn_label(p.text(j)).map(|(l, _)| l);
    if qs.len() <= 3 && qs.iter().all(|&q| turn(q).is_some()) {
        let turns = (start..p.blocks.len())
            .filter(|&j| p.roles[j] == Role::Content && turn(j).is_some())
            .take(64)
            .count();
        let askers = |a: usize, b: usize| {
            turn(a)
                .zip(turn(b))
                .is_some_and(|(a, b)| !scan::same_speaker(a, b))
        };
        if turns >= qs.len() * 6 && qs.windows(2).all(|w| askers(w[0], w[1])) {
            return not_qa(
                "A conversation set down turn by turn: its few questions are asked by different \
                 speakers, not an interviewer's."
                    .into(),
            );
        }
    }
    // The same words over most items ("Should you go?" under each of five reviews): a
    // template's label, not questions.
    let like = |k: usize| {
        qs.iter()
            .filter(|&&q| same_words(p.text(q), p.text(k)))
            .count()
    };
    let same = like(qs[0]).max(like(qs[qs.len() - 1]));
    // (Each under an item's own heading, the review's title: headings that are not the
    // questions stand between them.)
    let items = || {
        (qs[0]..qs[qs.len() - 1])
            .filter(|&j| {
                p.roles[j] == Role::Content
                    && matches!(p.blocks[j].kind, BlockKind::Heading(_))
                    && qs.binary_search(&j).is_err()
            })
            .count()
    };
    // (In text, where no heading marks an item, the same words over most are enough: "Is it
    // worth it?" under each of a round-up's deals.)
    // (Or two labels each item repeats, "What's the evidence?" and "Verdict" under each of a
    // fact check's claims: two texts in all.)
    let repeated = same >= 3
        && (same * 2 > qs.len() || {
            let mut texts = super::Strings::default();
            for &q in &qs {
                texts.insert(scan::fold(scan::trim(p.text(q))), 0);
            }
            texts.len() <= 2
        });
    // (Or, with no heading to each item, a short prompt five times at least and most of the
    // questions, as a quiz sets it under each statement: "1. You can catch up on sleep…" /
    // "Myth or fact?".)
    let prompt = || same >= 5 && same * 3 >= qs.len() * 2 && p.feats[qs[0]].words <= 6;
    if repeated && (!p.from_html || items() + 1 >= same || prompt()) {
        return not_qa(
            "The same question heads every item: a template's label, not the article's questions."
                .into(),
        );
    }
    // The page says its views are its writer's own ("Bu yazıda yer alan görüşler yazarın kişisel
    // görüşleridir", "The views expressed are the author's own"): a column, whose question
    // subheads are rhetorical — unless its questions are an interview's, named or marked.
    // (Or answered by name, most of them: a live Q&A's expert, "Neha Kapoor: For most salaried
    // people…", under "The views expressed by the expert are her own"; or a readers' column.)
    let named = |q: &usize| {
        p.next_content(*q)
            .is_some_and(|a| !p.feats[a].asks && scan::speaker_label(p.text(a)).is_some())
    };
    let interview = p.readers_column
        || qs
            .iter()
            .any(|&q| p.feats[q].q_marker || scan::speaker_label(p.text(q)).is_some())
        || qs.iter().filter(|q| named(q)).count() * 2 > qs.len();
    // (A short paragraph of its own: a sentence or two, as Folha's "Os artigos publicados com
    // assinatura não traduzem a opinião do jornal. Sua publicação obedece…".)
    let guide = || p.title_answers();
    let note = |j: usize| {
        let f = p.feats[j];
        p.roles[j] == Role::Content
            && f.words <= 45
            // (Or in brackets: "(ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں)".)
            && (f.sentence || scan::trim(p.text(j)).ends_with([')', '）'])
                // (Or a line without its full stop, as a template sets it: "Мнение редакции
                // может не совпадать с точкой зрения автора".)
                || f.words >= 6 && p.blocks[j].kind == BlockKind::Paragraph)
            && !f.asks
            && scan::is_opinion_disclaimer(p.text(j))
            && !(scan::is_travel_disclosure(p.text(j)) && guide())
    };
    // (Before the first question or after the last one: not among the answers.)
    let (first, last) = (
        qs.first().copied().unwrap_or(0),
        qs.last().copied().unwrap_or(0),
    );
    // (Among the first two paragraphs, short there, or the last three of the page, past a
    // rail's headings and items — the writer's other columns: where a note stands; the
    // answers' long paragraphs are not searched.)
    let para =
        |j: &usize| p.roles[*j] == Role::Content && p.blocks[*j].kind == BlockKind::Paragraph;
    if qs.len() <= 6
        && !interview
        && ((start..first)
            .filter(para)
            .take(2)
            .any(|j| p.feats[j].words <= 25 && note(j))
            || (last + 1..p.blocks.len())
                .rev()
                .filter(para)
                .take(3)
                .any(note)
            // (Or the last three before the page's rail: "Iritzi artikuluetan adierazitakoak
            // egilearen ardura dira." / "Gaiak: …" / "Iritzi gehiago" / its headlines — one
            // that names the writer, where the last answer's own words may stand: not "Early
            // polls do not necessarily reflect how people will vote.")
            || {
                let rail = rail_from(p, last + 1);
                let writer = |j: usize| {
                    let f = scan::fold(scan::head(p.text(j), 200));
                    ["author", "writer", " writes ", "автор", "opinion", "γνώμ", "auteur", "autor", "egile", "yazar", "columnist", "szerző", "συγγραφ", "kirjoittaja"]
                        .iter()
                        .any(|w| scan::has_sub(&f, w))
                };
                // (Or anywhere in the page's footer after them: a Medium export's "… Views are
                // her own." over "By … on March 2, 2025." / "Canonical link" / "Exported from
                // Medium …".)
                (last + 1..rail)
                    .rev()
                    .filter(para)
                    .take(3)
                    .any(|j| note(j) && writer(j))
                    // (A note that names its writer, "Rosa Delaney writes about…": not the
                    // site's own line for all its columnists.)
                    || (last + 1..p.blocks.len()).any(|j| {
                        p.blocks[j].flags.has(Flags::FOOTER)
                            && note(j)
                            && scan::has_sub(&scan::fold(scan::head(p.text(j), 200)), " writes ")
                    })
            }
            // (Or in brackets before the page's rail of the writer's other columns, "(ادارے کا
            // کالم نگار کی رائے سے متفق ہونا ضروری نہیں)" / … / "مزید کالمز": the paper's note,
            // not the last answer's words.)
            || (last + 1..p.blocks.len())
                .take_while(|&j| !p.feats[j].trailer_heading)
                .filter(para)
                .take(8)
                .any(|j| {
                    let t = scan::trim(p.text(j));
                    // (Or full-width: "（本文系作者个人观点，不代表本平台立场）".)
                    (t.starts_with('(') && t.ends_with(')')
                        || t.starts_with('（') && t.ends_with('）'))
                        && note(j)
                })
            // (Or a column's call for letters in reply anywhere after the last question, past
            // the page's rail: "Do you have an opinion on the issues raised in this article?")
            || (last + 1..p.blocks.len()).any(|j| {
                para(&j)
                    && p.text(j).starts_with("Do you have an opinion")
                    && scan::is_opinion_disclaimer(p.text(j))
            }))
        // (Unless the writer says before them that they will answer them: "… I have decided
        // to put the questions to myself, and answer them.")
        && !(start..first).any(|j| p.roles[j] == Role::Content && scan::says_will_answer(p.text(j)))
    {
        return not_qa(opinion_reason(qs.len()));
    }
    // A job advert: its question headings are the advert's stock sections ("What will you
    // do?", "Who are you?", "What's in it for you?", "Wer bist du?"), half of them at least.
    let stock = qs
        .iter()
        .filter(|&&q| p.feats[q].words <= 6 && scan::is_job_ad_heading(p.text(q)))
        .count();
    // (Or fewer of them, "Who are we?" among them, where the advert's own lines come before:
    // "Salary", "Closing date", "Apply now".)
    let advert = || {
        (start..first).any(|j| {
            p.roles[j] == Role::Content && p.feats[j].words <= 8 && scan::is_job_ad_field(p.text(j))
        })
    };
    let who = qs
        .iter()
        // (And German's: "Wer sind wir?" heads a food bank's FAQ as readily.)
        .filter(|&&q| {
            let t = scan::fold(p.text(q));
            t.starts_with("who are we?") || t.starts_with("wer sind wir?")
        })
        .count();
    if stock >= 2 && (stock * 2 >= qs.len() || (stock + who) * 2 >= qs.len() && advert()) {
        return not_qa(
            "A job advert: its questions are the advert's stock headings, not an explainer's."
                .into(),
        );
    }
    // A consultation's summary: under most questions the count of those who answered it ("371
    // respondents answered this question. 82% agreed…"), not the article's answer.
    // (Two of the first three looked at first: most pages are turned away there.)
    let tallied = |q: &usize| {
        p.next_content(*q)
            .is_some_and(|a| scan::tallies_responses(p.text(a)))
    };
    if qs.len() >= 2
        && qs.iter().take(3).filter(|q| tallied(q)).nth(1).is_some()
        && qs.iter().filter(|q| tallied(q)).count() * 3 >= qs.len() * 2
    {
        return not_qa(
            "A consultation's summary: under its questions, how many responded and what they \
             said, not an explainer's answers."
                .into(),
        );
    }
    // A press release, so labelled over its text ("ข่าวประชาสัมพันธ์", "Pressemitteilung"),
    // with a question or two of its own, unmarked: its marketing's ("Why choose our First Home
    // Loan?"), not an explainer's. (A release's marked Q&A with its chief executive stays.)
    let released = || {
        (start..qs[0])
            .filter(|&j| p.roles[j] != Role::Separator)
            .take(8)
            .any(|j| p.feats[j].words <= 8 && scan::is_press_release_label(p.text(j)))
    };
    // A betting tips page, its responsible-gambling notice on it ("+18 | Juega con
    // responsabilidad", "18+ | Gamble responsibly"): its question headings are its markets'
    // ("¿Habrá más de 2,5 goles?"), answered with a tip and its odds — not an explainer.
    // (Under a headline that names its tips or odds: not a fan's FAQ with a bookmaker's box.)
    if style != Style::QMarker
        && p.title.is_some_and(|t| {
            scan::Words(concat!(
            "pronóstico|pronósticos|apuestas|cuotas|betting|odds|tips|prediction|predictions|",
            "wett|wetten|quoten|prognose|palpite|palpites|prognóstico|scommesse|quote|pronostic",
        ))
            .occur_at_words(&scan::fold(p.text(t)))
        })
        && (start..p.blocks.len())
            .any(|j| p.feats[j].words <= 40 && scan::is_gambling_notice(p.text(j)))
    {
        return not_qa(
            "A betting tips page (its responsible-gambling notice): its questions are its \
             markets, not an explainer's."
                .into(),
        );
    }
    // (Its answers a marketing's: a list, a link, a line of a few words — not a council's
    // prose answers to its FAQ.)
    let marketing = || {
        qs.iter().all(|&q| {
            p.next_content(q).is_some_and(|a| {
                let t = p.text(a);
                p.blocks[a].kind == BlockKind::ListItem
                    || t.starts_with(['•', '-', '*', '·'])
                    || scan::has_sub(t, "www.")
                    || scan::has_sub(t, "http")
                    || p.feats[a].words <= 12
            })
        })
    };
    if qs.len() <= 3 && style != Style::QMarker && released() && marketing() {
        return not_qa(
            "A press release's own questions (its marketing's), not an explainer's.".into(),
        );
    }
    // A liturgy's versicles and responses ("V/ Que pouvais-je faire pour toi…?" / "R/ Ô mon
    // peuple, que t'ai-je fait ?"), two of each at least: the rite's words, not Q&A.
    // (The rite from before its first question: not an FAQ about the Mass that quotes a
    // dialogue in an answer.)
    let (mut versicles, mut responses) = (0, 0);
    let rite = (start..=qs[0]).any(|j| {
        let t = scan::trim(p.text(j));
        p.roles[j] == Role::Content && (t.starts_with("V/") || t.starts_with("R/"))
    });
    if rite {
        for j in (start..p.blocks.len()).filter(|&j| p.roles[j] == Role::Content) {
            let t = scan::trim(p.text(j));
            versicles += usize::from(t.starts_with("V/") || t.starts_with('℣'));
            responses += usize::from(t.starts_with("R/") || t.starts_with('℟'));
        }
    }
    if versicles >= 2 && responses >= 2 {
        return not_qa(
            "A liturgy's versicles and responses (\"V/\" and \"R/\"): the rite's words, not Q&A."
                .into(),
        );
    }
    if vox_pop(p, start) {
        return not_qa(
            "A vox pop: readers' quoted comments, each under their name, not questions it \
             answers."
                .into(),
        );
    }
    if letters_page(p, &qs) {
        return not_qa(
            "A page of readers' letters: its questions head letters their readers sign, and \
             no one answers them."
                .into(),
        );
    }
    help_requests(p, style, &mut qs);
    placed_letters(p, &mut qs);
    if matches!(
        style,
        Style::Heading(_)
            | Style::ClassHeading
            | Style::Bold
            | Style::Italic
            | Style::AllCaps
            | Style::Term
    ) {
        // The questions must outnumber the other headings of their style: an essay whose subheads
        // are half rhetorical questions ("Bad habit?") and half statements is not an explainer.
        // (Up to the rail after the text: "More Stories From PRN" and the footer's columns.)
        let rail = rail_from(p, qs[qs.len() - 1]);
        let others = same_style_in(p, style, &qs, start, rail);
        if opinion(p, &qs) && (others > 0 || !addressed(p, &qs) || personal_essay(p, &qs)) {
            return not_qa(opinion_reason(qs.len()));
        }
        // A heading that is someone's words in quotes ("‘Who will drive them?’") among the
        // statement headings is a news story's crosshead, not an explainer's question: where
        // the others are not quoted, it counts with the statements.
        let quoted = qs
            .iter()
            .filter(|&&q| !p.feats[q].signed && scan::is_quoted_question(p.text(q)))
            .count();
        let quoted = if others > 0 && quoted < qs.len() {
            quoted
        } else {
            0
        };
        // (Not where the headline promises as many questions as are found, "Why is the sky
        // blue? Five sky questions answered": the other headings are the page's boxes after
        // them, "Word check", "Quick quiz".)
        let promised = p
            .title
            .and_then(|t| super::promised_count(p.text(t)))
            .is_some_and(|n| n as usize == qs.len());
        // (Counting only the questions set in that style: an FAQ box's terms after the body's
        // two question subheads, "Key questions" over "Can the council force residents out?",
        // do not outnumber the body's statement subheads for it.)
        let own = qs.iter().filter(|&&q| style_of(p, q) == style).count();
        if others + quoted >= own.saturating_sub(quoted).max(1) && !promised {
            return not_qa(
                [
                    "Only ",
                    &scan::num(own.saturating_sub(quoted)),
                    " of the ",
                    &scan::num(own + others),
                    " ",
                    &style.describe(),
                    " in the article are questions the article answers",
                    if quoted > 0 {
                        " (a quotation set as a heading is someone's words)"
                    } else {
                        ""
                    },
                    ": an ordinary article with some question subheads.",
                ]
                .concat(),
            );
        }
        // Nor a few questions tucked one each into sections headed a level above them by
        // statements, three at least and more than the questions: a how-to's steps ("3. Check
        // whether the law covers your bill" / "Not sure your plan is included?").
        if let Style::Heading(level) = style {
            let outer: Vec<usize> = (start..rail)
                .filter(|&j| {
                    p.roles[j] == Role::Content
                        && matches!(p.blocks[j].kind, BlockKind::Heading(l) if l < level)
                        && !p.feats[j].asks
                        && !p.feats[j].trailer_heading
                })
                .take(64)
                .collect();
            // (Which section each question falls in; none two.)
            let section = |q: usize| outer.partition_point(|&h| h < q);
            // (Not an FAQ's or an explainer's, so headlined: its topics' sections, one
            // question each.)
            let titled = p.title.is_some_and(|t| {
                scan::is_faq_heading(p.text(t)) || scan::is_explainer_title(p.text(t))
            });
            if qs.len() <= 3
                && !titled
                && outer.len() >= 3
                && outer.len() > qs.len()
                && section(qs[0]) > 0
                && qs.windows(2).all(|w| section(w[0]) != section(w[1]))
            {
                return not_qa(
                    [
                        "Its ",
                        &scan::num(qs.len()),
                        " questions are asides inside sections headed by statements (",
                        &scan::num(outer.len()),
                        "): an ordinary article, not an explainer.",
                    ]
                    .concat(),
                );
            }
        }
    }
    // A shopping round-up or a product's review: its products' "Buy now £32, Lakeland" lines or
    // its shops' "1 899 € | Voir l'offre", three at least. Its questions are its buying guide's
    // headings. (Not a marked Q&A: a reader's "Q: …" is answered whatever the page sells.)
    // (Not one price box inside one answer of an explainer: "Home charger prices" and its three
    // "View deal" lines one after another between two of its questions — not products each
    // with its own review.)
    // (Not a gallery's button to buy a print of its slide: "Photo 2 of 12" / caption / credit /
    // "Buy Now".)
    let slide = |j: usize| {
        (j.saturating_sub(4)..j).any(|k| p.feats[k].words <= 6 && scan::is_counter(p.text(k)))
    };
    let buy = |j: &usize| {
        p.feats[*j].words <= 10
            && scan::is_buy_line(p.text(*j))
            && !(p.feats[*j].words <= 2 && slide(*j))
    };
    // (The first and the last, and how many: no list of them is kept.)
    let (mut first, mut last, mut buys) = (0, 0, 0);
    if style != Style::QMarker {
        for j in (start..p.blocks.len()).filter(buy) {
            if buys == 0 {
                first = j;
            }
            (last, buys) = (j, buys + 1);
        }
    }
    let gap = |j: usize| qs.partition_point(|&q| q < j);
    let boxed =
        last - first < buys && gap(first) > 0 && gap(first) == gap(last) && gap(last) < qs.len();
    if buys >= 3 && !boxed {
        return not_qa(
            "A shopping round-up (its products' \"Buy now\" lines): its question headings \
             are the buying guide's, not an explainer."
                .into(),
        );
    }
    // A shop's product page: its basket button before the first question ("Add to basket",
    // "Add to cart"). Its questions are the product's copy ("Why choose the Aero Pro V9?",
    // "What's in the box?") and its reviews' titles. (Not a marked Q&A.)
    if style != Style::QMarker && ((start..qs[0]).any(|j| basket(p, j)) || priced(p, start, qs[0]))
    {
        return not_qa(
            "A shop's product page (its price or basket button): its questions are the product's copy, \
             not an explainer."
                .into(),
        );
    }
    if schedule(p, &qs, start) {
        return not_qa(SCHEDULE.into());
    }
    // A comparison whose question headings are its rounds, each settled by its winner ("Which
    // app is cheapest?" / a table / "Winner: Pocketwise."), most of them: a product review's
    // sections, not an explainer's questions.
    let settled = qs
        .iter()
        .enumerate()
        .filter(|&(k, &q)| {
            let end = qs.get(k + 1).copied().unwrap_or(p.blocks.len()).min(q + 60);
            (q + 1..end).any(|j| {
                p.roles[j] == Role::Content
                    && p.feats[j].words <= 40
                    && scan::is_winner_line(p.text(j))
            })
        })
        .count();
    // (A comparison's: its headline sets the products against each other, "Echo Nova vs Home
    // Mini 3", or its questions ask which — not an awards explainer's "Who won best picture?"
    // / "Winner: …".)
    let versus = p.title.is_some_and(|t| {
        scan::words(p.text(t)).any(|w| matches!(w, "vs" | "vs." | "versus" | "v" | "VS"))
    });
    let which = || {
        qs.iter()
            .filter(|&&q| scan::fold(scan::head(p.text(q), 8)).starts_with("which "))
            .count()
            * 2
            >= qs.len()
    };
    if settled >= 2 && settled * 2 >= qs.len() && (versus || which()) {
        return not_qa(
            "A comparison: its question headings are rounds, each settled by a winner \
             (\"Winner: …\"), not an explainer's questions."
                .into(),
        );
    }
    // A study's structured abstract: paragraphs run in with its parts' labels, its methods and
    // results among three at least ("Background: …" / "Methods: …" / "Results: …"). Its
    // questions are the paper's ("Research question: …", a key messages box's "What does this
    // study add?"), not an explainer's.
    // (Before the first question, as a paper opens — or the second, where the first is the
    // paper's own labelled one, "Research question: …?": not an answer that quotes a study's
    // abstract, nor a sample write-up in one.)
    let labelled = scan::head(p.text(qs[0]), 40).contains(": ");
    let upto = if labelled { qs.get(1) } else { qs.first() };
    let mut parts = 0u8;
    for j in start..upto.copied().unwrap_or(p.blocks.len()) {
        if p.roles[j] == Role::Content
            && p.feats[j].words >= 4
            && !p.blocks[j].flags.has(Flags::QUOTE)
        {
            if let Some(k) = scan::abstract_part(p.text(j)) {
                parts |= 1 << k;
            }
        }
    }
    if parts & 0b110 == 0b110 && parts.count_ones() >= 3 {
        return not_qa(
            "A study's structured abstract (\"Methods:\", \"Results:\"): its questions are the \
             paper's, not an explainer."
                .into(),
        );
    }
    // A product's review, so titled and scored ("Kestrel Arno 1.5 Hybrid review: …" / "Our
    // rating: 3.5 out of 5"): its question subheads are the review's own sections ("What's it
    // like to drive?", "Should you buy one?"), not an explainer's. (Not a marked Q&A.)
    // (Or its verdict's "Pros" and "Cons", the stars drawn, not written.)
    let label = |j: usize, w: &str| p.feats[j].words == 1 && scan::trim(p.text(j)) == w;
    // (Or a critic's rating so labelled over its text, whatever the headline: "Calificación:
    // ★★★½" over "¿Otra casa embrujada?".)
    // (The text's own line: not a card's in a box beside it, "Read our review of Dune: Part
    // Two" / "Our rating: 4/5".)
    let rated = || {
        (start..qs[0]).any(|j| {
            p.roles[j] == Role::Content
                && !p.blocks[j].flags.has(Flags::ASIDE)
                && p.feats[j].words <= 8
                && scan::is_labelled_rating(p.text(j))
        })
    };
    // (Or the critic's verdict after the text, its stars under its label: "Notre avis" /
    // "★★★★☆", whatever the headline.)
    // (Not in a readers' column's box, "Hotel of the week", nor under a headline that says it
    // answers questions.)
    let verdict = || {
        !p.readers_column
            && !p.title_answers()
            && (qs[0]..p.blocks.len()).any(|j| {
                p.roles[j] == Role::Content
                    && !p.blocks[j].flags.has(Flags::ASIDE)
                    && scan::is_rating_line(p.text(j))
                    && p.prev_content(j)
                        .is_some_and(|k| p.feats[k].words <= 4 && scan::is_verdict_label(p.text(k)))
            })
    };
    if style != Style::QMarker
        && (p.title.is_some_and(|t| scan::is_review_title(p.text(t))) || rated() || verdict())
        && ((start..p.blocks.len()).any(|j| scan::is_rating_line(p.text(j)))
            // (Or a critic's letter grade under a headline labelled a review: "Salt Lines
            // review: …" / "Grade: C+" — not "how to ask for a review of your grade".)
            || p.title.is_some_and(|t| {
                let t = scan::fold(p.text(t));
                scan::has_sub(&t, "review:") || t.ends_with(" review")
            }) && (start..p.blocks.len()).any(|j| scan::is_letter_grade(p.text(j)))
            || (start..p.blocks.len()).any(|j| label(j, "Pros"))
                && (start..p.blocks.len()).any(|j| label(j, "Cons"))
            // (Or "The Good" and "The Bad", as gadget sites head their verdict's lists — under a
            // headline that does not say it answers: not "NHS pay review 2025: what nurses need
            // to know".)
            || p.title.is_some_and(|t| !scan::says_it_answers(p.text(t)))
                && (start..p.blocks.len()).any(|j| scan::trim(p.text(j)) == "The Good")
                && (start..p.blocks.len()).any(|j| scan::trim(p.text(j)) == "The Bad"))
    {
        return not_qa(
            "A product's review (titled so, with its rating): its question subheads are the \
             review's sections, not an explainer's questions."
                .into(),
        );
    }
    // Two bold questions at most in a report whose sections are headed by statements, two at
    // least ("Il rigore che fa discutere" / "**Era rigore?** Dalle immagini…"): the writer's
    // questions run into the text, not a Q&A.
    if style == Style::Bold && qs.len() <= 2 {
        let heads = (start..p.blocks.len())
            .filter(|&j| {
                matches!(p.blocks[j].kind, BlockKind::Heading(_))
                    && super::prepare::is_statement_subhead(p, j)
            })
            .take(2)
            .count();
        if heads >= 2 {
            return not_qa(
                [
                    "Only ",
                    &scan::num(qs.len()),
                    " bold questions in an article whose sections are headed by statements: \
                     the writer's questions, not a Q&A.",
                ]
                .concat(),
            );
        }
    }
    // Unstyled questions outnumbered by statement subheadings (each standing alone between
    // paragraphs — not a run of short lines such as a list of names or links): the subheadings
    // structure the article, as with headings.
    if style == Style::Plain {
        // A match report, its score in or under the headline ("Sheffield Wednesday 0 Coventry
        // City 3: …", "Arsenal 2-1 Chelsea"), its questions each run into a paragraph of the
        // story ("Could Lewicki have done more? Perhaps. His decision…"): the writer's, not an
        // explainer's.
        // (Not under a headline that promises answers: "Arsenal 2-1 Chelsea: three questions
        // answered after the derby".)
        let reported = p.title.is_some_and(|t| {
            !scan::is_explainer_title(p.text(t))
                && super::promised_count(p.text(t)).is_none()
                && (t..p.blocks.len().min(t + 4))
                    .any(|j| p.feats[j].words <= 60 && scan::is_score_line(p.text(j)))
        });
        if reported
            && qs.iter().all(|&q| {
                p.blocks[q].flags.has(Flags::RAN_IN)
                    && !p.feats[q].q_marker
                    && !p.feats[q].signed
                    && scan::speaker_label(p.text(q)).is_none()
            })
        {
            return not_qa(
                "A match report whose questions run into its paragraphs: the writer's, not an \
                 explainer's."
                    .into(),
            );
        }
        let prose = |j: usize| {
            p.roles[j] == Role::Content && (p.feats[j].sentence || p.feats[j].words > 15)
        };
        // (Past a "Lire aussi" link, an ad's label or a caption between them.)
        let content = |j: &usize| p.roles[*j] == Role::Content;
        let mut between = 0;
        // (Under a "What we know" headline, a heading worded as a question without its mark —
        // "What travelers should do" — is no statement against the questions.)
        let explainer = p.title.is_some_and(|t| scan::is_explainer_title(p.text(t)));
        // (Up to the rail after the text: "More from Local News" and its headlines.)
        let last = qs[qs.len() - 1];
        let end = rail_from(p, last);
        // (Where a table of contents lists the questions, three at least, only the headings
        // it lists are the article's sections: the others head parts of an answer.)
        let entries: Vec<usize> = (start..qs[0])
            // (Its label may be read as the page's furniture: "On this page".)
            .find(|&c| scan::is_contents_label(p.text(c)))
            .map(|c| {
                let g = p.blocks.get(c + 1).map_or(0, |b| b.group);
                (c + 1..qs[0])
                    .take_while(|&e| g != 0 && p.blocks[e].group == g)
                    .take(40)
                    .collect()
            })
            .unwrap_or_default();
        let listed = |j: usize| {
            entries
                .iter()
                .any(|&e| scan::trim(p.text(e)) == scan::trim(p.text(j)))
        };
        let contents = qs.iter().filter(|&&q| listed(q)).nth(2).is_some();
        let mut gaps: Option<(usize, bool)> = None;
        let mut opening = 0;
        let subheads = (start.max(1)..end.min(p.blocks.len().saturating_sub(1)))
            // (A label right over a question — "Card 2 of 7" — is the question's, not a subhead.)
            // (Each search stops at the next content block: linear over the article.)
            .filter(|&j| {
                // (In text, a line without its full stop under it is a list's item too.)
                let sentence = |k: usize| p.from_html || p.feats[k].sentence;
                // (Nor a newsletter box's title, "Get the Daily Briefing newsletter".)
                // (Nor an author's name over their bio, "Dana Whitcomb" / "Dana Whitcomb
                // covers…", nor a newsletter's name over its pitch.)
                // (Nor a claim of a "true or false" page: it is one of the questions.)
                is_statement_subhead(p, j)
                    && qs.binary_search(&j).is_err()
                    && (!contents || listed(j))
                    && !(explainer && (p.feats[j].wh_phrase || scan::is_explainer_title(p.text(j))))
                    && !scan::is_promo(p.text(j))
                    // (Nor an answer's own labels: "The short answer" / "The long answer";
                    // nor a reader's signature under their letter, "RT, Chelmsford".)
                    && !scan::is_short_answer_label(p.text(j))
                    && !scan::is_reader_signature(p.text(j))
                    // (Nor a writer's name over the byline's date, "Ria Mendoza" / "Published
                    // 3:15 PM, October 22, 2025".)
                    && !(p.feats[j].words <= 4
                        && p.blocks
                            .get(j + 1)
                            .is_some_and(|b| p.dateline == Some(j + 1) || scan::is_dateline(&b.text)))
                    // (Or a pull quote's attribution: "Sophie Lardeux, apicultrice à …"; or a
                    // section's verdict line, "Winner: Kestrel 14 Ultra".)
                    // (Past the links to other stories between: "MORE: Star breaks silence…".)
                    && (start..j)
                        .rev()
                        .find(|&k| content(&k) && !scan::is_cross_link(p.text(k)))
                        .is_some_and(|k| prose(k) || attribution(p, k) || p.verdict_line(k))
                    && !p.not_a_subhead_here(j)
                    && (j + 1..p.blocks.len()).find(content).is_some_and(|k| {
                        prose(k)
                            && sentence(k)
                            && qs.binary_search(&k).is_err()
                            && !p.text(k).starts_with(p.text(j))
                            && !scan::is_promo(p.text(k))
                    })
            })
            .inspect(|&j| {
                between += usize::from(qs[0] < j && j < qs[qs.len() - 1]);
                if j < qs[0] {
                    opening = j;
                }
                // (Which answer each falls in: the first question after it.)
                let gap = qs.partition_point(|&q| q < j);
                gaps = match gaps {
                    None => Some((gap, true)),
                    Some((g, one)) => Some((g, one && g == gap)),
                };
            })
            .count();
        // Statement subheadings all inside one answer (a long answer's own sections), with four
        // questions at least around them, are that answer's, not the article's.
        let one_answer = qs.len() >= 4
            && subheads <= 2 * qs.len()
            && gaps.is_some_and(|(g, one)| one && g > 0 && g < qs.len());
        // Nor where the intro promises to answer the questions ("We answer the main questions
        // – from how much more you'll pay…"), four at least, all asking, the first right after
        // that promise, no such subheading between: the answers' own sections ("Most
        // households will pay about £10 a month more").
        // (More of them than questions: not one section's label over each question in turn.)
        let promised = qs.len() >= 4
            && subheads > qs.len()
            && qs.iter().all(|&q| p.feats[q].asks)
            && (opening.max(start)..qs[0])
                .any(|j| content(&j) && scan::announces_answers(p.text(j)));
        if opinion(p, &qs) {
            return not_qa(opinion_reason(qs.len()));
        }
        // A speech's transcript marks its audience ("(Applause.)", "[Cheers]"): its questions
        // are the speaker's own, rhetorical. (A press conference's transcript marks it too, but
        // names its speakers or marks its questions: then the style is not plain.)
        // (Nor a broadcast interview that plays a clip with applause in it: most of its
        // questions are named turns, each with one guest's named turn after it — not a
        // debate's, whose candidates take turns to answer.)
        // (Read only where applause is marked.)
        let interview = || {
            let label = |j: usize| scan::turn_label(p.text(j)).map(|(l, _)| l);
            let replies: Vec<&str> = qs
                .iter()
                .filter_map(|&q| {
                    let (l, m) = (label(q)?, p.next_content(q).and_then(label)?);
                    (!scan::same_speaker(l, m)).then_some(m)
                })
                .collect();
            let guest = scan::top_speaker(&replies);
            // (Or a panel's: one moderator asks most of the questions, each answered by a
            // panellist's named turn, "RUIZ: Teresa, is Loup Valley typical?" / "HENDRICKS: …".)
            let askers: Vec<&str> = qs.iter().filter_map(|&q| label(q)).collect();
            let moderator = scan::top_speaker(&askers);
            let moderated = askers
                .iter()
                .filter(|&&l| scan::same_speaker(l, moderator))
                .count()
                * 3
                > qs.len() * 2;
            // (Replies by name, not a rally's crowd: "CROWD: No!", "AUDIENCE: Yes!".)
            let named = replies
                .iter()
                .filter(|&&m| {
                    !scan::is_audience_member(m)
                        && !scan::Words("crowd|audience|audience members|supporters|all")
                            .contains(&scan::fold(m))
                })
                .count();
            (replies
                .iter()
                .filter(|&&m| scan::same_speaker(m, guest))
                .count()
                * 3
                > qs.len() * 2)
                || moderated && named * 3 > qs.len() * 2
        };
        // (Or its opening words address its hearers, its questions put plainly: "Cari
        // fratelli e sorelle," — a homily, whose "Ma davvero…?" the preacher answers.)
        // (Or the headline names a homily or a speech: "Omelia del Santo Padre…".)
        let preached = || {
            p.title.is_some_and(|t| {
                scan::Words(concat!(
                    "omelia|homily|sermon|predigt|homélie|homilía|homilia|discorso|speech|",
                    "rede|discours|discurso|toespraak|kazanie|preken",
                ))
                .occur_in(&scan::fold(scan::head(p.text(t), 200)))
            })
        };
        // (The address alone on its line, as a homily is printed, "Cari fratelli e sorelle,":
        // not a bulletin's FAQ that opens "Brothers and sisters, since the agreement…", nor a
        // page whose headline says it answers questions.)
        let addressed = || {
            style == Style::Plain
                && !p.readers_column
                && !p.title_answers()
                && (start..qs[0])
                    .filter(|&j| p.roles[j] == Role::Content)
                    .take(8)
                    // (Past the fourth line only after short ones, a dateline's, a caption's,
                    // the readings': not a news story's paragraphs that quote the address.)
                    .take_while(|&j| p.feats[j].words <= 20 || j < start + 4)
                    .any(|j| {
                        (p.feats[j].words <= 6
                            && scan::trim_end(p.text(j)).ends_with([',', '!', ':'])
                            || preached())
                            && scan::addresses_hearers(p.text(j))
                            // (Not quoted after a line that introduces it: "He began with the
                            // customary greeting to the congregation:".)
                            && p.prev_content(j)
                                .is_none_or(|k| !scan::trim_end(p.text(k)).ends_with(':'))
                    })
        };
        let applause = (start..p.blocks.len()).any(|j| {
            matches!(p.roles[j], Role::Content | Role::Boilerplate)
                && scan::ends_with_audience(p.text(j))
        });
        if (applause || addressed()) && !interview() {
            return not_qa(
                if applause {
                    "A speech's transcript (the audience's applause is marked): its questions are \
                 the speaker's own, rhetorical."
                } else {
                    "A sermon's or a speech's text, addressed to its hearers at its start: its \
                 questions are the speaker's own, rhetorical."
                }
                .into(),
            );
        }
        // A play's scene: stage directions in brackets stand between its lines, two at least
        // ("(Él busca entre las sillas. Ella no se mueve.)"), or an act's and scene's heading
        // over them ("ACT ONE, SCENE TWO"): its characters' questions are the drama's. (Not a radio
        // transcript's "(SOUNDBITE OF MUSIC)", in capitals.)
        let content = |j: &usize| p.roles[*j] == Role::Content;
        if (start..p.blocks.len())
            .filter(content)
            .filter(|&j| scan::is_play_direction(p.text(j)))
            .nth(1)
            .is_some()
            // (The heading before the first question: an interview with a playwright may print
            // an extract after it.)
            || (start..qs.first().copied().unwrap_or(start))
                .filter(content)
                .any(|j| scan::is_scene_heading(p.text(j)))
        {
            return not_qa(
                "A play's scene (a scene's heading, or stage directions in brackets between \
                 the lines): its characters' questions are the drama's."
                    .into(),
            );
        }
        // A debate's transcript, so headlined ("Read the full transcript of Tuesday's mayoral
        // debate"): its moderator's questions are put to candidates who take turns to answer and
        // rebut, not questions the article answers. (Six named turns at least: an explainer
        // ahead of a debate, "7 key questions heading into the debate", names no speakers.)
        if p.title.is_some_and(|t| scan::names_debate(p.text(t)))
            && (start..p.blocks.len())
                .filter(|&j| {
                    p.roles[j] == Role::Content
                        && scan::turn_label(p.text(j)).is_some()
                        // (A fact check of the debate labels its verdicts, "Verdict: Accurate,
                        // but missing context.": no one's turn.)
                        && !scan::under_verdict_label(p.text(j))
                })
                .nth(5)
                .is_some()
        {
            return not_qa(
                "A debate's transcript: its candidates take turns to answer the moderator's \
                 questions, not an explainer."
                    .into(),
            );
        }
        // A group chat published word for word, each message under its app's stamp ("[14.02.25,
        // 21:16] Jens Harmsen: Und der Preis?"): its questions are the chat's messages.
        if qs
            .iter()
            .filter(|&&q| scan::chat_stamp(p.text(q)).is_some())
            .count()
            * 2
            > qs.len()
        {
            return not_qa(
                "A chat's messages published word for word (each under its app's time stamp): \
                 its questions are the chat's, not a Q&A."
                    .into(),
            );
        }
        // Every question a whole quotation ("“Where are our kids supposed to go?”"), signed by
        // no reader, in an article with statement subheadings whose headline announces no
        // questions: a news story setting off what people asked, not a Q&A.
        if subheads > 0
            && !p.readers_column
            && !p.title.is_some_and(|t| scan::is_explainer_title(p.text(t)))
            && qs.iter().all(|&q| {
                let f = p.feats[q];
                f.quote_start && !f.signed && scan::is_quoted_question(p.text(q))
            })
        {
            return not_qa(
                [
                    "Its ",
                    &scan::num(qs.len()),
                    " questions are quotations set off in a news story (statement subheadings, no headline announcing questions): what people asked, not a Q&A.",
                ]
                .concat(),
            );
        }
        // Statement subheadings among the questions, nearly as many: an essay's sections, some
        // titled with a rhetorical question.
        // (Nor readers' letters, each signed under it ("– Graham, Wollongong"): the
        // subheadings are the columnist's, inside the replies.)
        let letters = qs.len() >= 2 && qs.iter().all(|&q| p.feats[q].signed);
        if !one_answer
            && !letters
            && !promised
            && (subheads >= qs.len() || (between > 0 && subheads * 3 >= qs.len() * 2))
        {
            return not_qa(
                [
                    "Only ",
                    &scan::num(qs.len()),
                    " unstyled questions against ",
                    &scan::num(subheads),
                    " statement subheadings: an ordinary article with some questions in it.",
                ]
                .concat(),
            );
        }
        // Unstyled questions must cut the article into answers of Q&A size. When most of them
        // are followed by more than ten paragraphs before the next, they are an essayist's
        // rhetorical asides (typically reacting to the quote above), not an interviewer's
        // questions or an explainer's.
        let mut long = 0;
        for (k, &q) in qs.iter().enumerate() {
            let next = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
            // (A table's cells are not paragraphs: an answer may be a table of fees.)
            let paragraphs = (q + 1..next)
                .filter(|&j| {
                    p.roles[j] == Role::Content && !matches!(p.blocks[j].kind, BlockKind::Cell(_))
                })
                .count();
            if paragraphs > 10 {
                long += 1;
            }
        }
        // Two or three, half of them at least answered by a quote ("“Because it doesn't talk
        // back,” Hensley said."): a feature's rhetorical questions, answered by the person it is
        // about and by its narrative. (An interview whose answers are quoted has many more.)
        let quoted = qs
            .iter()
            .filter(|&&q| {
                p.next_content(q).is_some_and(|j| {
                    // Attributed ("…,” he said."): a reply wholly in quotes is an answer given.
                    p.feats[j].quote_start
                        && !p.feats[j].asks
                        && scan::is_attributed_quote(p.text(j))
                })
            })
            .count();
        if qs.len() <= 3 && quoted * 2 >= qs.len() && quoted > 0 {
            return not_qa(
                [
                    "Only ",
                    &scan::num(qs.len()),
                    " unstyled questions, half of them or more answered by a quote: a \
                     feature's rhetorical questions, not Q&A.",
                ]
                .concat(),
            );
        }
        // (Not readers' signed letters, each put to a panel whose experts answer in turn at
        // length: "… Should I salary sacrifice it?" / "– Tom, Parramatta" / three replies.)
        if long * 2 > qs.len() && !letters {
            return not_qa(
                [
                    "Only ",
                    &scan::num(qs.len()),
                    " unstyled question paragraphs, most followed by more than ten paragraphs: \
                     rhetorical questions in an essay, not Q&A.",
                ]
                .concat(),
            );
        }
    }
    let before = content_chars(p, start..qs[0]);
    if before * 100 > total * 60 {
        return not_qa(
            [
                "The questions start only after ",
                &scan::num(before * 100 / total),
                "% of the article's text: an ordinary article, not an explainer.",
            ]
            .concat(),
        );
    }
    // Nearly half the text before the questions, and more than three times what the questions
    // and their first answers hold: an exchange quoted in a report (a cross-examination "went
    // thus:"), not the article's own Q&A.
    let last = qs[qs.len() - 1];
    let exchange = content_chars(p, qs[0]..p.next_content(last).map_or(last + 1, |j| j + 1));
    if before * 100 > total * 45 && before > 3 * exchange {
        return not_qa(
            "The questions and answers are a short exchange inside a longer report, not its \
             own Q&A."
                .into(),
        );
    }
    // A book's excerpt, so headlined ("Read an excerpt: …"): its questions are its characters'.
    if p.title.is_some_and(|t| scan::is_excerpt_title(p.text(t))) {
        return not_qa(
            "The headline offers a book's excerpt: its questions are its characters', not an \
             explainer's."
                .into(),
        );
    }
    // A podcast's episode list: most questions under an episode's line, its number and length
    // ("Episode 5 · 41 min · 14 Mar 2025" / "Who was the man at the Cairnbaan Hotel?" / its
    // teaser): the episodes' titles, answered by listening, not by the page.
    if episode_list(p, &qs) {
        return not_qa(
            "A podcast's list of episodes: their titles ask, the episodes answer, not the page."
                .into(),
        );
    }
    // A debate page, its headline's question put to two writers ("Should cities ban cars? Yes
    // / No", "Pro und Contra", "Pour ou contre ?"): two essays, their questions rhetorical.
    // (Not a moderated debate's interview, its guests answering the questions: "Streitgespräch
    // zum Tempolimit: Pro und Contra" / "Frau Krüger, warum…?" / "Krüger: Weil…".)
    if style != Style::QMarker
        && p.title.is_some_and(|t| scan::is_debate_title(p.text(t)))
        && !is_interview(p, &qs)
        && qs
            .iter()
            .filter(|&&q| {
                p.next_content(q)
                    .is_some_and(|a| scan::speaker_label(p.text(a)).is_some())
            })
            .count()
            * 2
            <= qs.len()
    {
        return not_qa(
            "A debate: two writers argue the headline's question, their questions are \
             rhetorical, not an explainer's."
                .into(),
        );
    }
    // A quiz, so named in its headline ("The weekend quiz: …", "Kvíz: …", "Sommerquiz"): its
    // questions are the reader's to answer.
    if p.title.is_some_and(|t| scan::is_quiz_title(p.text(t))) {
        return not_qa(
            "The headline names a quiz: its questions are the reader's to answer.".into(),
        );
    }
    // A letters page: under each question headline a reader's letter, signed at its end
    // ("— Brian Holt, Eastfield") or written as one ("Sir, – …", "– Yours, etc"). A readers' Q&A
    // column signs the question, not the answer.
    // (Or most questions named so, a radio show's "Gareth, Presteigne" over each caller's
    // question and the panellist's reply under it.)
    let named_over =
        |q: usize| q > 0 && p.feats[q - 1].words <= 12 && scan::is_reader_signature(p.text(q - 1));
    let names_over = qs.first().is_some_and(|&q0| {
        q0 > 0
            && p.roles[q0 - 1] == Role::Byline
            && p.feats[q0].signed
            && scan::is_reader_signature(p.text(q0 - 1))
    }) || (qs.len() >= 3
        && qs.iter().filter(|&&q| named_over(q)).count() * 2 > qs.len());
    let signed = qs
        .iter()
        .enumerate()
        .filter(|&(k, &q)| {
            let next = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
            // (Not a reader's name over the next question, where the first question has one
            // too: "Renee Albright, Medina" / "My son is a junior. … does he have to sit out?".)
            let names_next = |j: usize| {
                names_over
                    && (p.roles[j] == Role::Byline && p.feats.get(j + 1).is_some_and(|f| f.signed)
                        || j + 1 == next)
            };
            (q + 2..next).any(|j| {
                matches!(p.roles[j], Role::Content | Role::Byline)
                    && !names_next(j)
                    && p.roles[j - 1] == Role::Content
                    && (j + 1 == next || matches!(p.blocks[j + 1].kind, BlockKind::Heading(_)))
                    && scan::is_reader_signature(p.text(j))
            }) || (q..next).any(|j| scan::is_letter_form(p.text(j)))
        })
        .count();
    if signed >= 2 && signed * 2 >= qs.len() {
        return not_qa(
            [
                "Each of ",
                &scan::num(signed),
                " question headlines is followed by a signed reader's letter: a letters page, \
                 not Q&A.",
            ]
            .concat(),
        );
    }
    // An index of articles: each question a card's headline, a line of teaser under it and the
    // card's reading time ("Why is the bypass still not finished?" / "Three contractors, two
    // redesigns…" / "12 Mar 2025 · 6 min read"), nothing more before the next.
    // (A reading list's blurbs name their sources: "… (Kirklees Cycle Forum blog)", under an
    // intro that says what it is, "Here's what I've been reading.")
    // (Read only when a card's blurb or caption asks for it: it folds the intro's words.)
    let known = std::cell::OnceCell::new();
    let reading = || {
        *known.get_or_init(|| {
            p.title
                .into_iter()
                .chain(
                    (start..qs[0])
                        .filter(|&j| p.roles[j] == Role::Content)
                        .take(4),
                )
                .any(|j| scan::is_reading_list_intro(p.text(j)))
        })
    };
    let cards = qs
        .iter()
        .enumerate()
        .filter(|&(k, &q)| {
            let next = qs.get(k + 1).copied().unwrap_or(p.blocks.len()).min(q + 6);
            let mut words = 0;
            let mut meta = false;
            // (A blurb that names its source may have been read as a caption: "… with a very
            // good map. (Northern Fares Project)". And a card whose headline was not taken ends
            // this one's.)
            for j in (q + 1..next).filter(|&j| {
                p.roles[j] == Role::Content || p.roles[j] == Role::Caption && reading()
            }) {
                let f = p.feats[j];
                if f.asks {
                    break;
                }
                // (Its reading time: a date alone under a short answer is the answer's, "18 Apr
                // 2025", "Published 18 Apr 2025".)
                let t = p.text(j);
                let last = t.rsplit(['·', '|', '•']).next().unwrap_or(t);
                if f.words <= 8 && scan::is_reading_time(last) {
                    meta = true;
                } else {
                    // (Or a reading list's blurb, its source in brackets at its end: "…
                    // written up by the people who run it. (Kirklees Cycle Forum blog)".)
                    meta |= scan::ends_with_source(t) && reading();
                    words += usize::from(f.words);
                }
            }
            meta && words <= 30
        })
        .count();
    if qs.len() >= 4 && cards * 2 > qs.len() {
        return not_qa(
            [
                "Most of the ",
                &scan::num(qs.len()),
                " questions are cards' headlines, each over a line of teaser and its date or \
                 reading time: an index of articles, not Q&A.",
            ]
            .concat(),
        );
    }
    // A listing: each title that asks ("Would I Lie to You?") is followed by a short label (its
    // time and channel, "8.30pm, BBC One"; a platform, "Netflix"), not by an answer.
    let labelled = qs
        .iter()
        .filter(|&&q| {
            // (A reader's question signed on the line under it is not a title.)
            // (Nor a live page's time under each, "Updated 14:18 GMT": the answer is past it.)
            // (Nor one marked as a question: "Q My oldest friend…" / "Priya, 44, Bristol".)
            // (Nor one the markup marks a question, `<div class="ama-question">`, over who
            // answers: "Priya Raman Ledger staff".)
            !p.feats[q].signed
                && !p.feats[q].q_marker
                && !p.blocks[q].flags.has(Flags::MARKED_QUESTION)
                && (q + 1..p.blocks.len())
                    .find(|&j| matches!(p.roles[j], Role::Content | Role::Byline) && !p.is_stamp(j))
                    .is_some_and(|j| {
                        let f = p.feats[j];
                        p.text(j).len() <= 30
                            && !f.sentence
                            && !f.asks
                            && !f.colon
                            && p.blocks[j].kind == BlockKind::Paragraph
                            // (A thread's post header names who answers: "Ana (guest) · 14:08".)
                            && !scan::is_post_header(p.text(j))
                            // (Nor a box's label over the answer, "The short answer", or
                            // its verdict's, a myth-buster's "Fact".)
                            && !scan::is_short_answer_label(p.text(j))
                            && !scan::opens_verdict(p.text(j))
                            // (Nor who answers, on a line of its own: "Kari Bjørnstad
                            // svarer", "Dr Patel replies".)
                            && !scan::names_answerer(p.text(j))
                            // (Nor a parliament's record of the answer's date: "Answered on
                            // 24 March 2025".)
                            && !p.text(j).starts_with("Answered ")
                            && (p.roles[j] == Role::Byline
                                || style == Style::Plain
                                || style_of(p, j) != style)
                    })
        })
        .count();
    // (Not under an FAQ's own heading: there the line under each question is its category,
    // "What is a power shutoff?" / "The basics", as an accordion's header shows it.)
    let faq = (0..qs[0]).any(|j| p.roles[j] == Role::Content && p.feats[j].faq_heading);
    if labelled * 2 > qs.len() && !faq {
        return not_qa(
            [
                "Most of the ",
                &scan::num(qs.len()),
                " question-shaped titles are followed by a short label, not an answer: a listing, \
                 not Q&A.",
            ]
            .concat(),
        );
    }
    add_unmarked(p, style, &mut qs);
    unasked_terms(p, &mut qs);
    marked_after(p, style, &mut qs);
    // A file to download, set as the questions are (a toggle's "📎 Printable house rules (PDF)"
    // among an FAQ's): a link, not a question.
    qs.retain(|&q| !scan::is_download_link(p.text(q)));
    if qs.len() < min {
        return not_qa("Too few questions once the links to files are set aside.".into());
    }
    Selection {
        questions: qs,
        style: Some(style),
        reason: None,
        section: None,
        section_end: None,
    }
}

/// Readers' questions marked "Q:" after the article's own questions, in a section of their own
/// ("## Your questions" / "**Q:** Will the caddy attract rats?"): two at least, each asking, no
/// subheading of the article's between them. They are the article's questions too.
fn marked_after(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    let Some(&last) = qs.last() else {
        return;
    };
    if style == Style::QMarker {
        return;
    }
    let mut found = Vec::new();
    for j in last + 1..p.blocks.len() {
        if p.roles[j] != Role::Content {
            continue;
        }
        let f = p.feats[j];
        if f.q_marker && f.asks && eligible(p, j, Style::QMarker) {
            found.push(j);
        } else if !found.is_empty()
            && style_of(p, j) == style
            // (Where the questions are plain lines, as a page copied as text has them, their
            // answers are plain too: only another unmarked question is the article's again.
            // "Seçim yasakları neler?" / … / "Soru: Seçmen kâğıdım gelmedi. …?" / "Cevap: …".)
            && (style != Style::Plain || f.asks)
        {
            break;
        }
    }
    if found.len() >= 2 {
        merge_in(qs, &found);
    }
}

/// An FAQ set as terms (`<dt>`, `<summary>`), every question one: a term between them that
/// does not ask ("Lost, stolen or damaged carts", over its answer) is one of its items, as the
/// markup says — up to one in three. (Or after them in the same list, `<dl>`, before the next
/// heading: its last item, "Signing up before the May 30 deadline"; or any term after them that
/// asks in its words alone.)
fn unasked_terms(p: &Prep, qs: &mut Vec<usize>) {
    let term = |j: usize| p.blocks[j].kind == BlockKind::Term;
    if qs.len() < 3 || !qs.iter().all(|&q| term(q)) {
        return;
    }
    let (first, last) = (qs[0], qs[qs.len() - 1]);
    // (Where the questions are one list's terms, not a list nested in an answer: "How much does
    // it cost?" / "Standard bin (240 litres)" / "£52 per year".)
    let group = p.blocks[first].group;
    let one_list = group != 0 && qs.iter().all(|&q| p.blocks[q].group == group);
    let end = (last + 1..p.blocks.len())
        .find(|&j| p.roles[j] == Role::Content && matches!(p.blocks[j].kind, BlockKind::Heading(_)))
        .unwrap_or(p.blocks.len());
    let found: Vec<usize> = (first + 1..end)
        .filter(|&j| {
            p.roles[j] == Role::Content
                && term(j)
                && (!one_list || p.blocks[j].group == group)
                && (j < last
                    || p.blocks[j].group != 0 && p.blocks[j].group == p.blocks[last].group
                    // (Or after them, one that asks in its words alone: a last `<summary>`,
                    // "What if I'm struggling with costs".)
                    || p.feats[j].wh_phrase)
                && (2..=15).contains(&p.feats[j].words)
                && !p.feats[j].all_caps
                && p.next_content(j)
                    .is_some_and(|k| k < if j < last { last } else { end } && !term(k))
                && qs.binary_search(&j).is_err()
                && eligible(p, j, Style::Term)
        })
        .collect();
    // (Those that ask in their words alone are not counted among the labels.)
    let labels = found.iter().filter(|&&j| !p.feats[j].wh_phrase).count();
    // (One item in three at most, of all of them: two labels among seven items.)
    if found.is_empty() || labels * 3 > qs.len() + labels {
        return;
    }
    merge_in(qs, &found);
}

/// Where the page's rail after the text starts, from `from` on: its first heading of the
/// material after an article ("More from Local News", "Related", "Tags: …"), or the page's end.
fn rail_from(p: &Prep, from: usize) -> usize {
    (from..p.blocks.len())
        .find(|&j| p.feats[j].trailer_heading && p.roles[j] == Role::Content)
        .unwrap_or(p.blocks.len())
}

/// A shop's basket button, on a line of its own: "Add to basket", "In den Warenkorb".
fn basket(p: &Prep, j: usize) -> bool {
    p.feats[j].words <= 4
        && scan::Words("add to basket|add to cart|add to bag|in den warenkorb|ajouter au panier|añadir a la cesta|aggiungi al carrello")
            .contains(&scan::fold(scan::trim(p.text(j))))
}

/// Where the page's reader left the basket button out: the product's price on a line of its
/// own, to the cent, with the shop's instalments ("$299.00 or 4 payments of $74.75") or under
/// its customers' star rating ("★★★★☆ 4.3 (1,128 reviews)") — not a figure an explainer sets
/// apart, "£12.21" over "Who gets the rise?", nor an ad's or a caption's.
fn priced(p: &Prep, start: usize, first: usize) -> bool {
    let line = |j: usize| {
        p.roles[j] == Role::Content
            && !p.blocks[j].flags.has(Flags::ASIDE)
            && p.feats[j].words <= 8
            && scan::is_price_line(p.text(j))
    };
    let rated = || {
        (start..first).any(|j| {
            p.roles[j] == Role::Content
                && p.feats[j].words <= 8
                && scan::is_rating_line(p.text(j))
                && scan::has_sub(&scan::fold(p.text(j)), "review")
        })
    };
    let instalments = |j: usize| {
        scan::Words("payments of|instalments of|installments of|interest-free|mensualités|rate da|cuotas de|raten à|x sem juros")
            .occur_in(&scan::fold(p.text(j)))
    };
    let prices: Vec<usize> = (start..first).filter(|&j| line(j)).take(3).collect();
    prices.iter().any(|&j| instalments(j)) || !prices.is_empty() && rated()
}

/// A shop's questions from its customers, two at least signed with who asked and when ("Q:
/// Will two wide pads fit side by side?" / "Asked by Marcus G. · 2 months ago"), on a product
/// page: its basket button before them, or its customers' answers signed as bought ("Answered
/// by PNWPete Verified Purchaser · 3 weeks ago"). Shoppers' posts, not the page's Q&A, however
/// they are marked — unlike an expert's live Q&A, "Answered by Dr Amira Osei · 35 minutes ago".
fn customers_asked(p: &Prep, start: usize, qs: &[usize]) -> bool {
    let line = |j: usize, by: &str| {
        let t = scan::trim(p.text(j));
        scan::fold(scan::head(t, by.len())) == by && t.ends_with(" ago")
    };
    let bought = |j: usize| {
        line(j, "answered by ")
            && scan::Words("verified purchaser|verified buyer|verified owner")
                .occur_in(&scan::fold(p.text(j)))
    };
    // (The line under each, whatever role it was given: a byline's, perhaps.)
    qs.iter()
        .filter(|&&q| line(q + 1, "asked by "))
        .nth(1)
        .is_some()
        && ((start..qs[0]).any(|j| basket(p, j)) || (qs[0]..p.blocks.len()).any(bought))
}

/// A photo gallery whose pictures are headed by questions, three at least: each question's
/// picture or credit right under it ("Pwy sydd angen Sbaen?" / `<img>` or "FFYNHONNELL Y LLUN,
/// Gareth Morgan"), no caption of its own but the few lines after it before the next question,
/// on a page that says it shows pictures. (A short explainer may set a credited photo under
/// each question too: nothing but the page's word tells them apart.)
fn gallery(p: &Prep, qs: &[usize]) -> bool {
    // (The page says it shows pictures, in its headline or over the first question: "… in
    // pictures", "mewn lluniau", "en images".)
    let cue = |j: usize| {
        scan::Words(concat!(
            "pictures|photos|photographs|gallery|lluniau|dealbhan|images|fotos|bildern|beeld|",
            "foto|fotografie|fotografías|fotografias|immagini|galería|galeria|galerie|",
            "fotogalerie|zdjęciach|kuvina|фото|фотографиях|写真|사진|图片|圖片"
        ))
        .occur_at_words(&scan::fold(p.text(j)))
    };
    let words = |from: usize, to: usize| {
        (from..to.min(p.blocks.len()))
            .filter(|&j| p.roles[j] == Role::Content)
            .map(|j| usize::from(p.feats[j].words))
            .sum::<usize>()
    };
    // (A photo credited, not an accordion's icon; no caption of its own: the text under it is
    // the caption.)
    // (A figure's caption that is only its credit counts: "FFYNHONNELL Y LLUN, Gareth Morgan";
    // not one with words of its own after it, "Image caption, …".)
    let credit = |j: usize| match p.roles.get(j) {
        Some(Role::Credit) => true,
        Some(Role::Caption) => {
            scan::strip_credit_label(p.text(j)).is_some_and(|c| scan::words_le(c, 4))
        }
        _ => false,
    };
    let captioned = |j: usize| p.roles.get(j) == Some(&Role::Caption) && !credit(j);
    let pictured = |q: &usize| {
        let k = if credit(q + 1) {
            q + 2
        } else if p.roles.get(q + 1) == Some(&Role::Image) && credit(q + 2) {
            q + 3
        } else {
            return false;
        };
        !captioned(k)
    };
    // (Each caption a line or two, the last one's too: its next content only.)
    let last = qs.last().map_or(0, |&q| q);
    qs.len() >= 3
        && qs.iter().all(pictured)
        && qs.windows(2).all(|w| words(w[0] + 1, w[1]) <= 60)
        && p.next_content(last).is_none_or(|j| p.feats[j].words <= 60)
        && (p
            .title
            .into_iter()
            .chain(p.first_content)
            .chain(qs.first().and_then(|&q| p.prev_content(q))))
        .any(cue)
}

/// An opinion piece (labelled so by its kicker, its byline or its lede's run-in) with two or three
/// questions among its subheadings: a columnist's rhetorical questions, not an explainer's.
fn opinion(p: &Prep, qs: &[usize]) -> bool {
    // (A readers' column — "Ask the expert", "answers your questions" — is signed by its
    // expert as a column is, and its questions are the readers'.)
    if qs.len() > 5 || p.readers_column {
        return false;
    }
    // (Nor a roundtable's: each question answered by named panellists in turn, "Aldana: Mostly,
    // yes…" — an opinion section's conversation, its questions put to them.)
    let answered_by_name = |q: &usize| {
        p.next_content(*q)
            .is_some_and(|a| !p.feats[a].asks && scan::speaker_label(p.text(a)).is_some())
    };
    if qs.iter().filter(|q| answered_by_name(q)).count() * 3 >= qs.len() * 2 {
        return false;
    }
    // (Nor a columnist's mailbag: most questions are letters that readers signed, "— Maureen,
    // Beverly".)
    if qs
        .iter()
        .filter(|&&q| p.feats[q].signed || p.feats[q].inline_signed)
        .count()
        * 2
        > qs.len()
    {
        return false;
    }
    // (The labels first: the questions' words are read only on a labelled page.)
    // (Or the headline's own label before a bar or a colon: "OPINION | Who will pay for it?",
    // "Meinung: Die Wehrdienst-Debatte braucht endlich ehrliche Antworten".)
    let title_label = || {
        p.title.is_some_and(|t| {
            let t = scan::trim(p.text(t));
            t.split_once(" | ")
                .or_else(|| t.split_once(": "))
                .is_some_and(|(head, _)| scan::is_opinion_label(head, false))
        })
    };
    // A line's first word, and the word after it where that is an article: the piece's kind,
    // "Eine Reportage von Hanna Lindqvist", "Une chronique de …", "Ein Kommentar".
    fn opening_words(t: &str) -> (Option<&str>, Option<&str>) {
        let mut ws = t
            .split(|c: char| !scan::is_word_char(c) && c != '-')
            .filter(|w| !w.is_empty());
        let first = ws.next();
        let second = first
            .filter(|a| scan::Words("eine|ein|a|an|une|un|una|uma|um|een").contains(&scan::fold(a)))
            .and_then(|_| ws.next());
        (first, second)
    }
    // (A piece's kind after its article, an opinion's word only: "Ein Kommentar", "Un
    // éditorial" — not "Eine Kolumne" nor "Eine Analyse", which may answer questions.)
    let label_words = |t: &str| {
        opening_words(t).1.is_some_and(|w| {
            scan::Words(concat!(
                "kommentar|meinungsbeitrag|glosse|leitartikel|commentary|editorial|",
                "opinion|commentaire|éditorial|editoriale|commento|opinión|opinião|",
                "commentaar|hoofdredactioneel",
            ))
            .contains(&scan::fold(w))
        })
    };
    // A line of labels whose first word is one, or its last after the section's ("MONEY |
    // COLUMN", "Opinion › Health").
    let label_line = |i: usize| {
        let t = p.text(i);
        let last = t
            .rsplit_once(" | ")
            .or_else(|| t.rsplit_once(" › "))
            .map(|(_, l)| l);
        // (Or after an article, the piece's kind credited to its writer: "A column by …".)
        let (first, second) = opening_words(t);
        first
            .into_iter()
            .chain(second)
            .chain(last)
            .any(|w| scan::is_opinion_label(w, false))
    };
    let labelled = p.opinion_class
        || title_label()
        || [p.kicker, p.byline]
            .iter()
            .flatten()
            .any(|&i| scan::is_opinion_label(p.text(i), false))
        // (Or any of the labels over the headline, past the site's name and menu: "Miðillinn.is"
        // / "Fréttir | Innlent | …" / "SKOÐUN".)
        || p.kicker.zip(p.title).is_some_and(|(k, t)| {
            (k + 1..t).any(|i| p.roles[i] == Role::Kicker && scan::is_opinion_label(p.text(i), false))
        })
        // (A byline run on into its date and counts: its first words name the role, "By Fiona
        // McLeod Guest columnist Published: …".)
        || p.byline.is_some_and(|i| {
            let t = p.text(i);
            let end = t.match_indices(' ').nth(6).map_or(t.len(), |(k, _)| k);
            scan::is_opinion_label(&t[..end], false)
        })
        || p.first_content.is_some_and(|i| {
            // A lede's run-in ("OPINION: …"), or a label under the headline ("OPINIA").
            let label = scan::words_le(p.text(i), 3) && !p.feats[i].sentence;
            scan::is_opinion_label(p.text(i), !label)
        })
        // A label line among the first lines under the headline (over or under the standfirst,
        // beside the byline and date: "Opinion", "Comment", "Editorial | Board").
        || p.first_content.is_some_and(|a| {
            // (Before the first question: "Analysis: a long road" between answers is a
            // subheading.)
            (a..qs.first().copied().unwrap_or(p.blocks.len()))
                .filter(|&i| p.roles[i] == Role::Content)
                .take(6)
                // (Its first word the label, or its last after a bar: "Our columnist replies
                // to your letters" only names who answers.)
                .any(|i| {
                    p.feats[i].words <= 6
                        && !p.feats[i].sentence
                        && (label_line(i) || scan::names_columnist(p.text(i)))
                })
        })
        // (Or a label of its own among the three lines right over the headline, whatever
        // stands between: "Analysis" / "2026 ELECTIONS" / the headline; the section's links,
        // "Komentáre Zdravotníctvo".)
        // (Not a menu's item among them, set aside with the masthead: "Esporte" / "Opinião" /
        // "Economia › Impostos" / the date / the headline.)
        || p.title.is_some_and(|t| {
            (t.saturating_sub(3)..t).any(|i| {
                p.feats[i].words <= 3 && p.roles[i] != Role::Boilerplate && label_line(i)
            })
        })
        || guest_writer(p)
        // (Or the standfirst's last words, a sentence of their own naming the piece's kind:
        // "… wird wieder einmal nur verwaltet statt gestaltet. Ein Kommentar.")
        || p.title.is_some_and(|t| {
            (t + 1..p.blocks.len().min(t + 4)).any(|i| {
                let last = scan::last_sentence(p.text(i));
                last.len() < p.text(i).len() && scan::words_le(last, 2) && label_words(last)
            })
        })
        // (Or the story's tags after it, before the rail, the first its section's: "Tags:
        // अग्रलेख मुंबई पाऊस" — not under an explainer's headline.)
        || qs.last().is_some_and(|&l| {
            !p.title.is_some_and(|t| scan::is_explainer_title(p.text(t)))
                && (l + 1..p.blocks.len())
                    // (Up to the rail after it, whose cards may carry tags of their own.)
                    .take_while(|&i| !p.feats[i].trailer_heading || scan::is_tags_line(p.text(i)))
                    .take(40)
                    .any(|i| p.feats[i].words <= 16 && scan::tags_opinion(p.text(i)))
        })
        // (Or a profile's kicker, "The Weekend Profile": its question subheads tease a story.
        // Only the kicker: "Profile: Julian Assange" is a link to one.)
        // (Not a reference page's, "Country profile": its questions are answered.)
        || p.kicker.is_some_and(|k| {
            let t = scan::fold(scan::trim(p.text(k)));
            matches!(t.as_str(), "profile" | "the profile" | "porträt" | "das porträt")
                || t.starts_with("the ") && t.ends_with(" profile") && scan::words_le(&t, 3)
        })
        // (Or a personal essay's headline: "I've woken at 3am every night for a year. I went
        // looking for the reason".)
        || p.title
            .is_some_and(|t| scan::is_first_person_story(p.text(t)));
    // (Not an analysis whose headline counts its questions, each one there: "Three big
    // questions after the election" over "No. 1: Can she form a government?" and two more;
    // "Juve-Napoli 0-1: cinque domande dopo la notte dello Stadium" under "L'analisi".)
    let counted = || {
        p.title.is_some_and(|t| {
            let t = p.text(t);
            super::promised_count(t) == u32::try_from(qs.len()).ok()
                && scan::Words(concat!(
                    "question|domand|frage|pregunta|pergunta|vragen|frågor|spørsmål|spørgsmål|",
                    "pytani|otázk|kysymy|soru|вопрос|питан|întrebă|kérdés|ερωτήσ",
                ))
                .occur_at_words(&scan::fold(t))
        })
    };
    // (A personal essay is one whatever its second-person question: `personal_essay`.)
    (labelled && (qs.len() <= 3 || (qs.len() <= 5 && !addressed(p, qs))) || personal_essay(p, qs))
        && !counted()
}

/// A personal essay's sections under its own questions ("Who is a city for after dark?" / "I
/// found myself wanting to say…"): the writer speaks as "I" under three questions in four at
/// least, and no question is a letter's (short, none saying "I" or "my" itself, unless the
/// writer does before them) nor put to anyone (an interviewer's, "Do you miss it?"). (Not a column that says it answers its
/// readers: "Readers' editor: your complaints …, answered".)
fn personal_essay(p: &Prep, qs: &[usize]) -> bool {
    let answers = |t: &str| scan::says_it_answers(t) || scan::addresses_someone(t);
    // (Put to anyone: an interview's, "Do you miss it?" — though an essay of four questions
    // or more may ask one of its own in the second person, "Can you optimise a person?".)
    let marked = |q: usize| p.feats[q].q_marker || scan::speaker_label(p.text(q)).is_some();
    let put = |q: usize| marked(q) || scan::addresses_someone(p.text(q));
    // (Not where the page says it is an interview, "We spoke to her about…", and only where the
    // writer speaks as "I" before the questions too: an interview's intro speaks of its guest.)
    let intro_as_i = || {
        let first = qs.first().copied().unwrap_or(0);
        (p.first_content.unwrap_or(first)..first).any(|j| {
            p.roles[j] == Role::Content && p.feats[j].sentence && scan::speaks_as_i(p.text(j))
        })
    };
    // (The costlier looks only where one question alone is put so.)
    // (Nor where that one is the first, as an interviewer opens: "What got you into coral?")
    let allowed = || {
        qs.len() >= 4
            && !put(qs[0])
            && qs.iter().filter(|&&q| put(q)).nth(1).is_none()
            && !qs.iter().any(|&q| marked(q))
            && intro_as_i()
            && !is_interview(p, qs)
    };
    let asked = addressed(p, qs) && !allowed();
    // (Nor where the intro says what the questions are: "… the same handful of practical
    // questions land in my inbox every week. Here they are.")
    let announced = || {
        let first = qs.first().copied().unwrap_or(0);
        (p.first_content.unwrap_or(first)..first).any(|j| {
            p.roles[j] == Role::Content
                && p.feats[j].words <= 80
                && scan::announces_answers(p.text(j))
        })
    };
    if p.readers_column
        || p.title.is_some_and(|t| answers(p.text(t)))
        || asked
        || qs.iter().any(|&q| p.feats[q].words > 20)
        || announced()
    {
        return false;
    }
    // (Questions that say "I" or "my" are a letter's, unless the writer speaks so before them
    // too: "In March, a developer I'll call Tomasz sent me…" / "Who is actually learning on my
    // team?".)
    if qs.iter().any(|&q| scan::speaks_as_i(p.text(q))) && !intro_as_i() {
        return false;
    }
    let mine = qs
        .iter()
        .enumerate()
        .filter(|&(k, &q)| {
            let end = qs.get(k + 1).copied().unwrap_or(p.blocks.len());
            (q + 1..end)
                .filter(|&j| p.roles[j] == Role::Content)
                .take(3)
                .any(|j| scan::speaks_as_i(p.text(j)))
        })
        .count();
    mine * 4 >= qs.len() * 3
}

/// Does any question speak to someone or carry a marker or a name — a reader's, an
/// interviewer's — rather than being the writer's own, asked of no one ("Who is the commute
/// really for?")?
/// (Not an essay's closing verdict, the last of three questions at least, put to its reader:
/// "So, should you go?")
fn addressed(p: &Prep, qs: &[usize]) -> bool {
    // (A speaker's label on two questions at least: not a sentence's first word before a
    // colon, "Gleichzeitig: Ein Trainerwechsel … Wie oft …?")
    let label = |q: usize| scan::speaker_label(p.text(q)).map(|(l, _)| l);
    let labelled = |q: usize| {
        label(q).is_some_and(|l| qs.iter().filter(|&&o| label(o) == Some(l)).nth(1).is_some())
    };
    qs.iter().enumerate().any(|(k, &q)| {
        let t = p.text(q);
        p.feats[q].q_marker
            || labelled(q)
            || (scan::addresses_someone(t)
                && !(k >= 2 && k + 1 == qs.len() && t.starts_with("So, ")))
    })
}

/// The writer introduced under the byline ("By Thomas R. Whitaker" … "Thomas R. Whitaker is a
/// former budget director …"): a guest's column — a reporter gets no such line.
fn guest_writer(p: &Prep) -> bool {
    let Some(b) = p.byline else {
        return false;
    };
    let byline = p.text(b);
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .unwrap_or(byline);
    let name_len = byline
        .split(' ')
        .take_while(|w| w.starts_with(scan::is_upper))
        .take(4)
        .map(|w| w.len() + 1)
        .sum::<usize>();
    let Some(name) = byline
        .get(..name_len.saturating_sub(1))
        .filter(|n| n.contains(' '))
    else {
        return false;
    };
    // Up to the first paragraph of prose after it, past a share bar or a reading time.
    for j in b + 1..p.blocks.len() {
        if p.roles[j] != Role::Content {
            continue;
        }
        let t = p.text(j);
        if t.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with(" is "))
        {
            return true;
        }
        if p.feats[j].sentence && p.feats[j].words >= 6 {
            return false;
        }
    }
    false
}

/// A letters-to-the-editor page ("Your letters", "Letters | Opinion", "Leserbriefe"): labelled
/// so in its headline or first lines, its letters signed ("Margaret Hendry, Millbrook") and the
/// next letter's headline after most signatures, twice at least. (An advice column signs its
/// letters too, but the columnist's reply follows the signature.)
/// A vox pop: readers' or passers-by's comments, each quoted under their name and age ("Jeroen
/// Visser (34), Rotterdam" / "“Ik rook zelf niet, maar dit gaat me te ver. … Waar houdt het
/// op?”"), the next name after it — three such at least. Their questions are their comments',
/// and no one answers them.
fn vox_pop(p: &Prep, start: usize) -> bool {
    // (The names may be read as signatures, bylines.)
    let kept = |j: &usize| matches!(p.roles[*j], Role::Content | Role::Byline);
    // (With an age: "Jeroen Visser (34), Rotterdam" — not an expert panel's "Sarah Whitfield,
    // Chief Economist, Halden Bank" over each answer.)
    let aged = |t: &str| {
        t.split([' ', '(', ')', ','])
            .any(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let name = |j: usize| {
        p.feats[j].words <= 8
            && !p.feats[j].asks
            && scan::is_reader_signature(p.text(j))
            && aged(p.text(j))
    };
    let next = |j: usize| (j + 1..p.blocks.len()).find(kept);
    let mut n = 0;
    for j in (start..p.blocks.len()).filter(kept) {
        if !name(j) {
            continue;
        }
        let Some(q) = next(j) else { break };
        if p.roles[q] == Role::Content
            && scan::starts_with_quote(p.text(q))
            && next(q).is_none_or(name)
        {
            n += 1;
            if n >= 3 {
                return true;
            }
        }
    }
    false
}

fn letters_page(p: &Prep, qs: &[usize]) -> bool {
    // (A part of the line is the label: "Opinion | Letters", "Your letters: Who is…".)
    let labelled = |i: usize| {
        p.text(i).split(['|', ':', '–', '—']).any(|part| {
            scan::Words(concat!(
                "letters|your letters|letters to the editor|readers' letters|readers’ letters|",
                "leserbriefe|cartas|cartas al director|cartas dos leitores|courrier des lecteurs|",
                "lettere|lettere al direttore|brieven|ingezonden brieven|insändare|læserbreve|",
                "leserbrev|listy|leserforum|leserpost|readers' forum|readers’ forum|your say|",
                "forum des lecteurs|tribuna dei lettori|foro de lectores|readers' mail|readers’ mail|",
                "letters to editor",
            ))
            // (Or opens it: "Leserbriefe zur Schließung des Hallenbads".)
            .opens(&scan::fold(scan::trim(part)))
        })
    };
    let first = qs.first().copied().unwrap_or(0);
    let label = p.title.into_iter().chain(p.kicker).any(labelled)
        || (p.first_content.unwrap_or(first)..first)
            .filter(|&i| p.roles[i] != Role::Boilerplate && p.feats[i].words <= 8)
            .take(6)
            .any(labelled);
    if !label || qs.len() < 2 {
        return false;
    }
    // Each letter signed, and the next letter's headline (a short line) after the signature,
    // not a reply.
    // (In text, a signature may take two lines: the name, then the place — "Alan Pryce" /
    // "Lidgate".)
    let name_line = |j: usize| {
        let f = p.feats[j];
        p.roles[j] == Role::Content
            && (1..=4).contains(&f.words)
            && !f.sentence
            && !f.asks
            && scan::words(p.text(j)).all(|w| w.starts_with(scan::is_upper))
    };
    let (mut signed, mut headed) = (0, 0);
    let mut j = first;
    while j < p.blocks.len() {
        let end = if p.feats[j].words <= 8 && scan::is_reader_signature(p.text(j)) {
            j
        } else if !p.from_html
            && j + 1 < p.blocks.len()
            && name_line(j)
            && name_line(j + 1)
            && p.prev_content(j).is_some_and(|k| p.feats[k].sentence)
        {
            j + 1
        } else {
            j += 1;
            continue;
        };
        signed += 1;
        // (A headline, not a reply's short first line: "Yes, up to the boundary.")
        headed += usize::from(p.next_content(end).is_some_and(|k| {
            p.feats[k].words <= 10 && !scan::trim(p.text(k)).ends_with(['.', '!'])
        }));
        j = end + 1;
    }
    headed >= 2 && headed * 2 >= signed
}

fn opinion_reason(n: usize) -> String {
    [
        "Only ",
        &scan::num(n),
        " questions in an opinion, analysis or reportage piece: its writer's rhetorical questions, not an explainer.",
    ]
    .concat()
}

/// In an explainer whose questions ask, a subheading set like them that lost its question mark
/// ("Hur nära ett hus får man gå", "Who is eligible") is one of them too: it opens with an
/// interrogative word followed by the question's verb (not "How to apply", "Why it matters",
/// "What the rules say"), stands between answers after the first question and is answered.
/// Only a few such: where most lack the mark, the article is a "What we know" piece, which the
/// headline must announce.
fn add_unmarked(p: &Prep, style: Style, qs: &mut Vec<usize>) {
    // (A transcript's questions are its speakers' turns ("Reporter: …"): a line that names no
    // speaker is a heading over what follows the transcript, "What's next".)
    let turns = qs
        .iter()
        .filter(|&&q| scan::speaker_label(p.text(q)).is_some())
        .count();
    if qs.len() < 3 || turns * 2 > qs.len() {
        return;
    }
    let content = |j: usize| p.roles[j] == Role::Content;
    let prose = |j: usize| content(j) && (p.feats[j].sentence || p.feats[j].words > 15);
    let numbered = qs
        .iter()
        .enumerate()
        .all(|(k, &q)| scan::strip_number(p.text(q)).map(|(n, _)| n) == Some(k as u32 + 1));
    // An FAQ whose items each have an element of their own, the question first in it (an
    // accordion's `<section><h4>…</h4><div>…</div></section>`, `<details>`): an item in the same
    // markup that opens like a question ("What to do if your bin is lost") is one of them,
    // whatever its verb.
    let item = |j: usize, next: Option<usize>| {
        let b = &p.blocks[j];
        p.from_html
            && b.seq != 0
            && b.scope_start == b.seq
            && next.is_none_or(|k| p.blocks[k].seq >= b.scope_end)
            && (j + 1..p.blocks.len())
                .take_while(|&k| p.blocks[k].seq < b.scope_end)
                .any(content)
    };
    let itemised = qs
        .iter()
        .enumerate()
        .all(|(k, &q)| item(q, qs.get(k + 1).copied()));
    // A card stack: most questions right under their card's counter ("Card 4 of 7"). Then
    // a card's heading under its counter is one of them, whatever its words ("What the best
    // study so far actually found").
    let counted = |j: usize| {
        j.checked_sub(1)
            .is_some_and(|c| p.roles[c] == Role::Boilerplate && scan::is_counter(p.text(c)))
    };
    let carded = qs.iter().filter(|&&q| counted(q)).count() * 3 >= qs.len() * 2;
    let card = |j: usize| carded && counted(j) && p.feats[j].words <= 12;
    // An interviewer's prompt set as the questions are, that asks by request ("Tell us about
    // the borehole itself") or after a closing lead ("Last question: what's the first thing you
    // did when you got home"), between the first question and the last.
    let prompt = |j: usize| {
        let t = p.text(j);
        // (The closing one may come after the last that asks.)
        let closing = || {
            scan::closing_lead(t)
                && t.split_once([':', '：'])
                    .is_some_and(|(_, r)| scan::asks_unmarked(scan::trim(r)))
        };
        // (A sentence too where the page sets the prompts apart, bold or as headings: "Explique
        // o método para quem nunca ouviu falar.")
        p.feats[j].words <= 20
            && (!p.feats[j].sentence || style != Style::Plain)
            && (j < qs[qs.len() - 1] && scan::opens_with_request(t) || closing())
    };
    // (An interview whose every answer is quoted, «…»: a line answered without the quote is a
    // box's label after it, "Chi è" over the guest's profile.)
    let quoted = |j: usize| {
        p.next_content(j)
            .is_some_and(|k| scan::starts_with_quote(p.text(k)))
    };
    let all_quoted = qs.iter().all(|&q| quoted(q));
    let mut found = Vec::new();
    for j in qs[0] + 1..p.blocks.len() {
        let f = p.feats[j];
        // (Not a section's label in capitals, "WHAT ELSE I'M READING", unless the questions are
        // set in capitals too.)
        let label = f.all_caps && style != Style::AllCaps;
        if !(content(j)
            && (f.wh_phrase || card(j) || prompt(j))
            && !f.asks
            && !f.trailer_heading
            && !label
            && qs.binary_search(&j).is_err())
        {
            continue;
        }
        let next = p.next_content(j);
        // (In text nothing sets a question apart: it stands alone between paragraphs of prose,
        // or under a box of links the page set between two answers, "Mirá también" / a teaser.)
        // (Or under a short label of the FAQ's own sections over it, after prose: "On the
        // day" / "How long will the procedure take" / "The test itself usually takes…".)
        let section_label = |i: usize| {
            content(i)
                && p.feats[i].words <= 6
                && !p.feats[i].sentence
                && !p.feats[i].asks
                && i.checked_sub(1).is_some_and(prose)
        };
        let answered = next.is_some_and(|k| {
            !p.feats[k].asks
                && (!all_quoted || quoted(j))
                && if style == Style::Plain {
                    prose(k)
                        && (prose(j - 1)
                            || p.feats[j - 1].teaser
                            || card(j)
                            || section_label(j - 1))
                } else {
                    style_of(p, k) != style
                }
        });
        // ("What's next", "Next steps" label the closing section, a statement's place; "What
        // happens next", its own verb after the interrogative, is a question that lost its mark.)
        if answered
            && style_of(p, j) == style
            && is_statement_subhead(p, j)
            && (scan::asks_unmarked(p.text(j))
                || card(j)
                || prompt(j)
                || (itemised && item(j, qs.get(qs.partition_point(|&q| q <= j)).copied())))
            // (Unless the page's counter numbers it: "Question 7 of 7" / "The bottom line".)
            && (card(j) || !scan::is_closing_section(p.text(j)))
            // (Nor a call for readers' questions, "Have a question for askST? Email us at …".)
            && !scan::calls_for_questions(p.text(j))
            // (Nor an unnumbered heading among questions numbered in order, "Що кажуть в уряді"
            // after "1. …?" … "5. …?"; nor a box's label over its list after the last
            // question, "Что важно помнить".)
            && !(numbered && scan::strip_number(p.text(j)).is_none())
            && !(j > qs[qs.len() - 1]
                && next.is_some_and(|k| p.blocks[k].kind == BlockKind::ListItem)
                // (Unless it asks as a question does, a wh-word and its verb: "How do I sign
                // up" over the steps.)
                && !scan::words(p.text(j)).nth(1).is_some_and(|w| {
                    scan::Words("do|does|did|can|could|is|are|will|should|would|much|many|long")
                        .contains(&scan::fold(w))
                }))
        {
            found.push(j);
        }
    }
    if found.is_empty() || found.len() * 2 > qs.len() {
        return;
    }
    merge_in(qs, &found);
}

//! Plain text → [`Block`]s.
//!
//! The article as a reader copies it: the title on the first line, paragraphs separated by blank
//! lines. Within a paragraph group, each line is its own block (captions, `Q:`/`A:` pairs and list
//! items are often one per line) unless the group reads as one hard-wrapped paragraph. A little
//! Markdown is understood because people paste it: `#` headings, `-`/`*`/`•` bullets, `>` quotes and
//! `**bold**` and `*italic*` lines.

use crate::blocks::{marks, Block, BlockBuilder, BlockKind, Document, Flags};
use crate::scan;

/// A text pasted twice by accident, the second copy the first again from its headline: the
/// first copy. (Not a text whose first copy repeats its headline further on.) (Looked for only
/// where the second would start, at the text's middle.)
fn pasted_twice(input: &str) -> Option<&str> {
    let t = input.trim_end();
    let first = scan::trim(t.split('\n').next()?);
    if !(12..=300).contains(&first.len()) || t.len() < 400 {
        return None;
    }
    let b = t.as_bytes();
    let (lo, hi) = (
        (t.len() / 2).saturating_sub(64),
        (t.len() / 2 + 64).min(t.len()),
    );
    (lo..hi).filter(|&i| b[i] == b'\n').find_map(|i| {
        let (a, rest) = (t[..i].trim_end(), t[i + 1..].trim_start());
        // (Twice only: a text repeated over and over, as a stress test pastes it, is read
        // whole.)
        (rest.starts_with(first)
            && a.trim_start() == rest
            && !scan::has_sub(&a.trim_start()[first.len()..], first))
        .then_some(a)
    })
}

/// A printed page's bare number, one to three digits: "7".
fn bare_number(t: &str) -> bool {
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A PDF's pages copied without their form feeds: each page's furniture is its bare number, the
/// running head with the paper and the date either side of a bar, the same on every page
/// ("Stadt-Anzeiger | Samstag, 15. März 2025"), and the section's name in capitals under it
/// ("WIRTSCHAFT"). They go, so that a paragraph the page's end splits reads on ("… sehr un-" /
/// "terschiedlich besteuert").
fn page_furniture(input: &str) -> Option<String> {
    if !input.contains(" | ") {
        return None;
    }
    let head = |l: &str| {
        let t = scan::trim(l);
        t.len() <= 120
            && t.split_once(" | ").is_some_and(|(paper, date)| {
                !paper.is_empty()
                    && scan::words_le(paper, 4)
                    && !date.contains('|')
                    && scan::is_dateline(scan::trim(date))
            })
    };
    // (Or a browser's printed header, its stamp before the page's title: "04/03/2025, 08:41
    // Teachers' strike: six questions… | The Midland Courier".)
    let printed = |l: &str| {
        let t = scan::trim(l);
        t.len() <= 200 && print_stamp(t).is_some_and(|rest| rest.contains(" | "))
    };
    let lines: Vec<&str> = input.split('\n').collect();
    let first = scan::trim(lines.iter().find(|l| head(l) || printed(l))?);
    let print = printed(first);
    lines.iter().filter(|l| scan::trim(l) == first).nth(1)?;
    let number = |l: &str| bare_number(scan::trim(l));
    let section = |l: &str| {
        let t = scan::trim(l);
        scan::words_le(t, 2)
            && t.chars().any(scan::is_upper)
            && t.chars().all(|c| scan::is_upper(c) || c == ' ' || c == '-')
    };
    let mut keep = vec![true; lines.len()];
    for k in 0..lines.len() {
        if scan::trim(lines[k]) == first {
            keep[k] = false;
            if k > 0 && number(lines[k - 1]) {
                keep[k - 1] = false;
            }
            // (Not under a browser's printed header: the line under it is the page's own,
            // "KEY POINTS".)
            if k + 1 < lines.len() && !print && section(lines[k + 1]) {
                keep[k + 1] = false;
            }
        }
    }
    let mut out = String::with_capacity(input.len());
    for (l, _) in lines.iter().zip(&keep).filter(|(_, &k)| k) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(l);
    }
    Some(out)
}

/// The rest of a browser's printed header after its stamp, a date and a time: "04/03/2025,
/// 08:41 Title | Site" gives "Title | Site"; "3/4/25, 8:41 AM Title" gives "Title".
fn print_stamp(t: &str) -> Option<&str> {
    let (date, rest) = t.split_once(", ")?;
    let mut parts = date.split('/');
    let digits = |d: &str| (1..=4).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit());
    let date_ok = (0..3).all(|_| parts.next().is_some_and(digits)) && parts.next().is_none();
    let (time, rest) = rest.split_once(' ')?;
    let time_ok = time
        .split_once(':')
        .is_some_and(|(h, m)| bare_number(h) && bare_number(m) && h.len() <= 2 && m.len() == 2);
    let rest = ["AM ", "PM ", "am ", "pm "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    (date_ok && time_ok && !scan::trim(rest).is_empty()).then_some(rest)
}

/// A word processor's or a notes app's second-level bullet, an "o" and a tab, as OneNote and
/// Word copy it under a first-level one ("•<TAB>¿Cuándo empieza…?" / "<TAB>o<TAB>El nuevo
/// sistema…"): the "o" goes, and the line reads as the paragraph under the item.
fn without_o_bullets(input: &str) -> Option<String> {
    if !input.contains("o\t") {
        return None;
    }
    let o = |l: &str| l.trim_start().strip_prefix("o\t").is_some();
    input.split('\n').filter(|l| o(l)).nth(1)?;
    let mut out = String::with_capacity(input.len());
    for (k, l) in input.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let t = l.trim_start();
        match t.strip_prefix("o\t") {
            Some(rest) => {
                out.push_str(&l[..l.len() - t.len()]);
                out.push_str(rest);
            }
            None => out.push_str(l),
        }
    }
    Some(out)
}

/// A raw mail's header at the text's top ("Return-Path: …", "Received: …" and its folded
/// lines, "MIME-Version: 1.0", … up to the first blank line; an mbox's "From " line over it):
/// four fields at least, one of them a mail's own. Read for the body under it, its subject and
/// how the body is written.
struct MailHeader<'a> {
    body: &'a str,
    subject: Option<String>,
    quoted_printable: bool,
    base64: bool,
    latin1: bool,
    /// Its text is HTML (a text/html mail, or a multipart one without a plain-text part): read
    /// by the HTML reader, as it was sent.
    html: bool,
}

fn mail_header(input: &str) -> Option<MailHeader<'_>> {
    let mut fields = 0;
    let mut own = false;
    let mut at = 0;
    let mut subject: Option<String> = None;
    let (mut in_subject, mut in_type) = (false, false);
    let (mut qp, mut b64, mut latin1, mut html) = (false, false, false, false);
    let mut boundary: Option<String> = None;
    for (k, line) in input.split_inclusive('\n').enumerate() {
        let l = line.trim_end();
        at += line.len();
        if l.is_empty() {
            if fields < 4 || !own {
                return None;
            }
            let mut body = &input[at..];
            // (A multipart mail: its plain-text part, whose own header says how it is written.)
            if let Some(b) = boundary {
                match plain_part(body, &b) {
                    Some(part) => {
                        body = part.body;
                        (qp, b64, latin1) = (part.quoted_printable, part.base64, part.latin1);
                    }
                    None => html = true,
                }
            }
            return Some(MailHeader {
                body,
                subject: subject.filter(|s| !s.is_empty()),
                quoted_printable: qp,
                base64: b64,
                latin1,
                html,
            });
        }
        // (An mbox's separator: "From jane@example.com Sat Mar 15 08:00:12 2025".)
        if k == 0 && l.starts_with("From ") {
            continue;
        }
        if l.starts_with([' ', '\t']) && fields > 0 {
            // (A folded Content-Type's boundary: "multipart/related;" / "\tboundary=\"…\"".)
            if in_type && boundary.is_none() {
                boundary = mime_boundary(l);
            }
            if in_subject {
                if let Some(s) = subject.as_mut() {
                    s.push(' ');
                    s.push_str(&encoded_words(scan::trim(l)));
                }
            }
            continue;
        }
        // (A field may be empty: "Cc:".)
        let (name, value) = l.split_once(':')?;
        if name.is_empty() || !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-') {
            return None;
        }
        let value = scan::trim(value);
        fields += 1;
        if fields > 200 {
            return None;
        }
        let name = name.to_ascii_lowercase();
        own |= matches!(
            name.as_str(),
            "return-path"
                | "received"
                | "mime-version"
                | "message-id"
                | "content-transfer-encoding"
                | "dkim-signature"
                | "delivered-to"
        );
        in_subject = name == "subject";
        if in_subject {
            subject = Some(encoded_words(value));
        }
        let v = value.to_ascii_lowercase();
        in_type = name == "content-type" && v.starts_with("multipart/");
        match name.as_str() {
            "content-transfer-encoding" => {
                qp |= v == "quoted-printable";
                b64 |= v == "base64";
            }
            "content-type" => {
                latin1 |= latin1_charset(&v);
                html |= v.starts_with("text/html");
                if v.starts_with("multipart/") {
                    boundary = mime_boundary(value);
                }
            }
            _ => {}
        }
    }
    None
}

/// A multipart mail's boundary, from its Content-Type: `multipart/alternative;
/// boundary="b1_7f3c"`.
fn mime_boundary(v: &str) -> Option<String> {
    let k = scan::find_sub(&v.to_ascii_lowercase(), "boundary=")?;
    let r = &v[k + "boundary=".len()..];
    let b = match r.strip_prefix('"') {
        Some(q) => q.split('"').next()?,
        None => r.split([';', ' ']).next()?,
    };
    (!b.is_empty()).then(|| b.to_owned())
}

/// A multipart body's first plain-text part (or the first part without a type): the text
/// between its own header and the next boundary line.
fn plain_part<'a>(body: &'a str, boundary: &str) -> Option<MailHeader<'a>> {
    let delim = ["--", boundary].concat();
    let mut parts = Vec::new();
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        if line.trim_end().starts_with(&delim) {
            parts.push(at);
        }
        at += line.len();
    }
    parts.windows(2).find_map(|w| {
        let part = &body[w[0]..w[1]];
        // (Its boundary line, its header up to a blank line, then its text.)
        let (head, text) = part
            .split_once("\n\n")
            .or_else(|| part.split_once("\r\n\r\n"))?;
        let head = head.to_ascii_lowercase();
        let typed = scan::has_sub(&head, "content-type:");
        (!typed || scan::has_sub(&head, "text/plain")).then(|| MailHeader {
            body: text,
            subject: None,
            quoted_printable: scan::has_sub(&head, "content-transfer-encoding: quoted-printable"),
            base64: scan::has_sub(&head, "content-transfer-encoding: base64"),
            latin1: latin1_charset(&head),
            html: false,
        })
    })
}

/// Whether the text opens on a raw mail's header (its parts, HTML among them, are read as its
/// text).
pub fn opens_with_mail_header(input: &str) -> bool {
    mail_header(input).is_some_and(|m| !m.html)
}

/// A charset read as Latin-1 ("charset=ISO-8859-1", "windows-1252"), in lower case.
fn latin1_charset(v: &str) -> bool {
    ["iso-8859-1", "iso-8859-15", "latin1", "windows-1252"]
        .iter()
        .any(|c| scan::has_sub(v, c))
}

/// A hexadecimal digit's value, in either case.
fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

/// The escaped byte at `i` ("=E2"), if one stands there.
fn qp_escape(b: &[u8], i: usize) -> Option<u8> {
    Some(hex_digit(*b.get(i + 1)?)? * 16 + hex_digit(*b.get(i + 2)?)?)
}

/// A decoded byte pushed as its charset reads it: as it is in UTF-8; in Latin-1, as Windows
/// writes it (its quotation marks and dashes at 0x80–0x9F), pushed as UTF-8.
fn push_decoded(out: &mut Vec<u8>, x: u8, latin1: bool) {
    if !latin1 || x < 0x80 {
        out.push(x);
        return;
    }
    let c = match x {
        0x80 => '€',
        0x85 => '…',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        0x97 => '—',
        _ => char::from(x),
    };
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// A mail's body in quoted-printable ("I=E2=80=99m 57 and my employer …", lines broken with
/// "=" at their end), decoded: its escapes as the bytes they stand for (in the charset the
/// header names: UTF-8, or Latin-1), its soft breaks joined. Linear.
fn quoted_printable(body: &str, latin1: bool) -> String {
    String::from_utf8_lossy(&qp_bytes(body.as_bytes(), latin1, false)).into_owned()
}

/// Quoted-printable's bytes: its escapes decoded (in the charset given), its soft breaks
/// joined; with `words`, as an RFC 2047 encoded word writes it, its "_" a space.
fn qp_bytes(b: &[u8], latin1: bool, words: bool) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if words && b[i] == b'_' {
            out.push(b' ');
            i += 1;
            continue;
        }
        if b[i] == b'=' {
            if b[i + 1..].starts_with(b"\r\n") {
                i += 3;
                continue;
            }
            if b[i + 1..].starts_with(b"\n") {
                i += 2;
                continue;
            }
            if let Some(x) = qp_escape(b, i) {
                push_decoded(&mut out, x, latin1);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// A header's value with its encoded words decoded ("=?UTF-8?Q?Money_Mailbag:_your_pension?=",
/// "=?utf-8?B?…?="), the space between two such words dropped. Others kept as they are.
fn encoded_words(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    let mut after_word = false;
    while let Some(k) = rest.find("=?") {
        let (before, from) = rest.split_at(k);
        let word = from[2..].split_once('?').and_then(|(charset, r)| {
            let (enc, r) = r.split_once('?')?;
            let end = r.find("?=")?;
            Some((
                charset,
                enc,
                &r[..end],
                2 + charset.len() + 1 + enc.len() + 1 + end + 2,
            ))
        });
        let Some((charset, enc, text, len)) = word else {
            break;
        };
        if !(after_word && scan::trim(before).is_empty()) {
            out.push_str(before);
        }
        let latin1 = latin1_charset(&charset.to_ascii_lowercase());
        let bytes = match enc {
            "Q" | "q" => qp_bytes(text.as_bytes(), latin1, true),
            "B" | "b" => base64(text, latin1),
            _ => from.as_bytes()[..len].to_vec(),
        };
        out.push_str(&String::from_utf8_lossy(&bytes));
        rest = &from[len..];
        after_word = true;
    }
    out.push_str(rest);
    out
}

/// Base64's bytes (padding and stray characters skipped), read in the charset given.
fn base64(s: &str, latin1: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut n) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => continue,
        };
        acc = acc << 6 | u32::from(v);
        n += 6;
        if n >= 8 {
            n -= 8;
            push_decoded(&mut out, (acc >> n) as u8, latin1);
            acc &= (1 << n) - 1;
        }
    }
    out
}

/// Reads plain text into blocks. Linear in the input.
pub fn read_text(input: &str) -> Document {
    // A raw mail: its header goes, its subject the headline, its body decoded as the header
    // says it is written.
    let mail = mail_header(input).filter(|m| !m.html).map(|m| {
        let body = if m.quoted_printable {
            std::borrow::Cow::Owned(quoted_printable(m.body, m.latin1))
        } else if m.base64 {
            std::borrow::Cow::Owned(String::from_utf8_lossy(&base64(m.body, m.latin1)).into_owned())
        } else {
            std::borrow::Cow::Borrowed(m.body)
        };
        match m.subject {
            // (Its headline set again in the body, under a masthead, goes: "THE LEDGER |
            // MONEY" … "Money Mailbag: your pension questions answered" — only above any prose:
            // not a reply's question, "Hi Sam," / "Thanks for writing." / the subject's words.)
            Some(s) => {
                let mut at = 0;
                let again = body
                    .split_inclusive('\n')
                    .take(40)
                    .take_while(|l| {
                        let t = scan::trim(l);
                        t == scan::trim(&s)
                            || scan::words_le(t, 8) && !t.ends_with(['.', ',', '?', ':', '!'])
                    })
                    .find_map(|l| {
                        at += l.len();
                        (scan::trim(l) == scan::trim(&s)).then(|| at - l.len()..at)
                    });
                match again {
                    Some(r) => [s.as_str(), "\n\n", &body[..r.start], &body[r.end..]].concat(),
                    None => [s.as_str(), "\n\n", &body].concat(),
                }
            }
            None => body.into_owned(),
        }
    });
    let input = mail.as_deref().unwrap_or(input);
    // A forwarded email: the forwarder's note and the header go; the subject is the headline.
    // (Forwarded on, a few times at most.)
    // (Or quoted in a forward, "> -----Original Message-----", ">> From: …": unquoted a level
    // at a time until the innermost message's header is read.)
    let mut body: Option<String> = None;
    for _ in 0..8 {
        let text = body.as_deref().unwrap_or(input);
        match forwarded_body(text).or_else(|| unquote_replies(text)) {
            Some(b) => body = Some(b),
            None => break,
        }
    }
    let input = body.as_deref().unwrap_or(input);
    let plain = unbbcode(input);
    let input = plain.as_deref().unwrap_or(input);
    let piped = unpipe_tables(input);
    let input = piped.as_deref().unwrap_or(input);
    let unquoted = unquote_replies(input);
    let input = unquoted.as_deref().unwrap_or(input);
    let renumbered = unnumber_transcript(input);
    let input = renumbered.as_deref().unwrap_or(input);
    let dashed = dash_turns(input);
    let input = dashed.as_deref().unwrap_or(input);
    let subtitled = subtitles(input);
    let input = subtitled.as_deref().unwrap_or(input);
    let ascii = asciidoc_headings(input);
    let input = ascii.as_deref().unwrap_or(input);
    let dumped = lynx_dump(input);
    let input = dumped.as_deref().unwrap_or(input);
    let spoken = screen_reader_copy(input);
    let input = spoken.as_deref().unwrap_or(input);
    let plain_icon = lone_question_emoji(input);
    let input = plain_icon.as_deref().unwrap_or(input);
    let marked = colon_bare_markers(input);
    let input = marked.as_deref().unwrap_or(input);
    let input = pasted_twice(input).unwrap_or(input);
    let input = forwarded_post(input).unwrap_or(input);
    let tracked = without_tracked_changes(input);
    let input = tracked.as_deref().unwrap_or(input);
    let unpaged = page_furniture(input);
    let input = unpaged.as_deref().unwrap_or(input);
    let unbulleted = without_o_bullets(input);
    let input = unbulleted.as_deref().unwrap_or(input);
    let mut doc = Document::default();
    doc.blocks.reserve(input.len() / 160);
    let mut group: Vec<&str> = Vec::new();
    let mut next_list = 0u32;
    let mut in_list = 0u32;
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    // (A printed page's footer, "… Page 2 of 4", and the running header beside it, set out in
    // columns of spaces, are the document's, not its text.)
    let mut page_break = false;
    // (Read only where a group could be a wrapped question: most texts never need it.)
    let wrap_cell = std::cell::OnceCell::new();
    let wrap = || *wrap_cell.get_or_init(|| wrap_width(input));
    // (Read once, where the first footer is met.)
    let after_footers = std::cell::OnceCell::new();
    // A question-and-answer table copied as text, two rows at least ("When does it
    // start?<TAB>Sunday, Aug. 17…"): a blank line the copy leaves after an answer cell's
    // paragraph does not end the table when another row follows.
    let all: Vec<&str> = if input.contains('\t') {
        input.split('\n').collect()
    } else {
        Vec::new()
    };
    let tab_rows = all.iter().filter_map(|l| tab_question(l)).nth(1).is_some();
    // (A few lines ahead only: the next row, or a paragraph and then the next row.)
    let row_follows = |k: usize| {
        let mut next = all[k + 1..]
            .iter()
            .take(6)
            .filter(|l| !scan::trim(l).is_empty());
        next.next().is_some_and(|l| tab_question(l).is_some())
            || next.next().is_some_and(|l| tab_question(l).is_some())
    };
    // Any table copied so, its rows a blank line apart: the next row, with as many cells as
    // the last, goes on the table ("Riverside Library<TAB>1455 River Road<TAB>9 a.m.–7 p.m.").
    let same_row_follows = |k: usize, cells: usize| {
        all[k + 1..]
            .iter()
            .take(3)
            .find(|l| !scan::trim(l).is_empty())
            .is_some_and(|l| row_cells(l) == cells)
    };
    let mut group_has_row = false;
    let mut last_cells = 0;
    // A channel's messages copied with their stamps, all from one sender ("[08:03, 14/03/2025]
    // Carrigmore Courier: ❓ *How long…?*"): the stamps go, and the article reads as posted. (A
    // group's chat keeps them: who said what is its text.)
    let mut sender: Option<&str> = None;
    let channel = input.starts_with('[')
        && input
            .split('\n')
            .filter_map(scan::chat_stamp)
            .all(|(s, _)| {
                let first = *sender.get_or_insert(s);
                first == s
            })
        && sender.is_some();
    // A documentation page's headings copied with their permalinks, "What databases does it
    // support?#", "General¶", or an accordion's questions with their icon's name, "What is REAL
    // ID?expand_less": where three lines at least end so, the mark goes.
    // (A byte search first: most texts hold none of the marks.)
    let anchored = (input.as_bytes().contains(&b'#')
        || input.as_bytes().contains(&b'_')
        || input.as_bytes().contains(&b'+')
        || input.contains('¶'))
        && input
            .split('\n')
            .filter_map(without_permalink)
            .nth(2)
            .is_some();
    // A PDF's text, its pages split by form feeds: each page's bare number on the line before
    // the break (or at the end), and the running header the break repeats ("\x0cGarden Waste
    // Collection Service 2025/26 – Frequently asked questions"), are the document's, not its text.
    let paged: Vec<&str> = if input.contains('\x0c') {
        input.split('\n').collect()
    } else {
        Vec::new()
    };
    fn header_of(l: &str) -> Option<&str> {
        l.strip_prefix('\x0c').map(scan::trim)
    }
    // (The first 200 pages' headers: each line's look-up stays short on any input.)
    let heads: Vec<&str> = paged
        .iter()
        .filter_map(|l| header_of(l))
        .take(200)
        .collect();
    let running = |h: &str| !h.is_empty() && heads.iter().filter(|&&x| x == h).nth(1).is_some();
    let page_end = |k: usize| {
        bare_number(scan::trim(paged[k]))
            && paged[k + 1..]
                .iter()
                .find(|l| !scan::trim(l).is_empty())
                .is_none_or(|l| l.starts_with('\x0c'))
    };
    // A wire factbox's question on a bullet of its own, the list under it, set with another
    // bullet, its answer: "* WHAT HAS THE EU AGREED?" / "- The package adds 52 tankers…". The
    // question is a line of its own, not a list of one.
    // (`rest` is the input after the blank line: the blank lines after it are read once, as
    // the group is empty at the next.)
    let lone_question = |group: &[&str], rest: &str| {
        let [q] = group else { return false };
        let q = scan::trim(q);
        bullet(q).is_some_and(scan::ends_with_question)
            && rest
                .split('\n')
                .map(scan::trim)
                .find(|l| !l.is_empty())
                .is_some_and(|n| bullet(n).is_some() && n.chars().next() != q.chars().next())
    };
    // (Where each line ends in the input: the rest after it is looked at by `lone_question`.)
    let mut end = 0;
    for (k, line) in input.split('\n').enumerate() {
        end += line.len() + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if !paged.is_empty() && (page_end(k) || header_of(line).is_some_and(running)) {
            continue;
        }
        let line = match without_permalink(line).filter(|_| anchored) {
            Some(heading) => heading,
            None => line,
        };
        let line = match scan::chat_stamp(line).filter(|_| channel && !is_forward_stamp(line)) {
            Some((_, msg)) => msg,
            None => line,
        };
        if scan::trim(line).is_empty()
            && ((group_has_row && row_follows(k))
                || (last_cells > 0 && same_row_follows(k, last_cells)))
        {
            continue;
        }
        last_cells = if all.is_empty() { 0 } else { row_cells(line) };
        if is_page_number(line) {
            page_break = true;
            continue;
        }
        if is_forward_stamp(line) || is_reaction_row(line) || is_reading_note(line) {
            continue;
        }
        // An accordion's glyph copied on a line of its own under its question ("Why does my
        // Wi-Fi drop out?" / "−"): the control's, not the answer's first line.
        if group.last().is_some_and(|q| scan::ends_with_question(q))
            && matches!(
                scan::trim(line),
                "+" | "−"
                    | "-"
                    | "–"
                    | "＋"
                    | "▼"
                    | "▲"
                    | "▾"
                    | "▴"
                    | "⊕"
                    | "⊖"
                    | "⌄"
                    | "⌃"
                    | "˅"
                    | "˄"
                    | "✚"
                    | "↓"
                    | "↑"
            )
        {
            continue;
        }
        // (The header may follow the footer after a blank line or two.)
        // (Set in columns, or a plain line that follows two footers at least: "Harrowfield
        // District Council" under "Garden Waste FAQ 2025/26      Page 3 of 4".)
        if page_break && !scan::trim(line).is_empty() {
            page_break = false;
            let headers = after_footers.get_or_init(|| lines_after_footers(input));
            let t = scan::trim(line);
            if line.contains("     ") || headers.iter().filter(|&&h| h == t).nth(1).is_some() {
                continue;
            }
        }
        if scan::trim(line).is_empty() {
            if lone_question(&group, input.get(end..).unwrap_or("")) {
                push_line(&mut doc, group[0], &mut next_list, &mut in_list, true);
            } else {
                emit_group(&mut doc, &group, &mut next_list, &mut in_list, &wrap);
            }
            group.clear();
            group_has_row = false;
        } else {
            group_has_row |= tab_rows && tab_question(line).is_some();
            group.push(line);
        }
    }
    emit_group(&mut doc, &group, &mut next_list, &mut in_list, &wrap);
    doc
}

/// A short line with a permalink's `#` or `¶` glued to its end ("Writing migrations#"), without
/// it; not a language's name ("Why learn C#", "in F#").
/// Or a question with an icon font's ligature copied as its name after it, the name in lower
/// case with an underscore: "What is REAL ID?expand_less", "Who can apply? keyboard_arrow_down".
fn without_permalink(l: &str) -> Option<&str> {
    let t = scan::trim(l);
    // (Or an accordion's "+" copied before its question, glued to it: "+When exactly do the
    // clocks go back?".)
    if let Some(r) = t.strip_prefix('+') {
        if r.starts_with(|c: char| scan::is_upper(c) || c == '¿' || c == '¡')
            && scan::ends_with_question(r)
        {
            return Some(r);
        }
    }
    if let Some(q) = t.rfind('?') {
        let icon = scan::trim(&t[q + 1..]);
        if icon.contains('_') && icon.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Some(&t[..=q]);
        }
    }
    let rest = t.strip_suffix('#').or_else(|| t.strip_suffix('¶'))?;
    let b = rest.as_bytes();
    let language = match b {
        [.., b' ', c] | [c] => c.is_ascii_uppercase(),
        _ => false,
    };
    (!language
        && b.last()
            .is_some_and(|&c| !c.is_ascii_whitespace() && c != b'#')
        && scan::words_le(rest, 20))
    .then_some(rest)
}

/// A table's row as a copy leaves it, its cells split by tabs: how many cells, or 0 when the
/// line is no row (one cell, an empty one, or a marker and its text: "Q:<TAB>Why?", as a word
/// processor sets an interview, or a list's number: "3.<TAB>¿Cuáles son…?").
fn row_cells(line: &str) -> usize {
    let t = scan::trim(line);
    if !t.contains('\t') {
        return 0;
    }
    // (Or a section's number, as a word processor's numbered headings have it: "1.1<TAB>What is
    // hybrid working?".)
    let numbered = |c: &str| {
        let d = c.trim_end_matches(['.', ')']);
        let section = d.contains('.') && d.len() <= 8;
        d.starts_with(|c: char| c.is_ascii_digit())
            && d.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && (section || (d.len() < c.len() && d.len() <= 3))
    };
    let mut n = 0;
    for c in t.split('\t').map(scan::trim) {
        // (Nor a bullet a word processor sets before a tab: "•<TAB>A free school bus…".)
        let bulleted = || {
            c.chars().nth(1).is_none()
                && c.starts_with(BULLET_MARKS)
                && t.matches('\t').nth(1).is_none()
        };
        // (A bare letter too, as a table of "Q" and "A" label cells copies: "Q<TAB>Four wins
        // from six. Has it gone better…?")
        // (Two cells only: a grade table's "A<TAB>80 to 100<TAB>Working above…" is a row.)
        let letter = || matches!(c, "Q" | "A" | "Ｑ" | "Ａ") && t.matches('\t').nth(1).is_none();
        if c.is_empty()
            || (n == 0 && (scan::is_bare_marker(c, true) || numbered(c) || bulleted() || letter()))
        {
            return 0;
        }
        n += 1;
    }
    n
}

/// A two-column table's row as a copy leaves it, its cells split by a tab: a question's cell and
/// its answer's ("When does the new network start?\tSunday, Aug. 17, …").
/// (Or its topic's before them, "Kosten<TAB>Wat kost het legen?<TAB>€ 7,10", and on the rows
/// the topic spans, nothing before them.)
fn tab_question(line: &str) -> Option<(&str, &str)> {
    let (q, a) = scan::trim(line).split_once('\t')?;
    let (q, a) = (scan::trim(q), scan::trim(a));
    let (q, a) = match a.split_once('\t') {
        Some((q2, a2)) if scan::is_topic_label(q) => (scan::trim(q2), scan::trim(a2)),
        _ => (q, a),
    };
    (!a.is_empty() && !a.contains('\t') && scan::words_le(q, 40) && scan::ends_with_question(q))
        .then_some((q, a))
}

/// A group of lines reads as one hard-wrapped paragraph when its lines (but the last) are of
/// similar, typical wrap widths and mostly do not end sentences.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    // (A heading's line is one line, as Markdown and AsciiDoc write them: "# Fees" or "= Fees"
    // over an author's line is no wrapped paragraph.)
    let first = scan::trim(lines[0]);
    let hashes = first.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && first[hashes..].starts_with(' ') {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let lens: Vec<usize> = body.iter().map(|l| l.trim_end().chars().count()).collect();
    let (min, max) = (
        lens.iter().copied().min().unwrap_or(0),
        lens.iter().copied().max().unwrap_or(0),
    );
    let ending = body.iter().filter(|l| scan::is_sentence(l)).count();
    let starts_marker = lines.iter().skip(1).any(|l| line_marker(l));
    // (Lines each set in emphasis, "*Title*" / "_Updated Thursday_", are lines of their own.)
    let emphasised = |l: &&str| {
        let t = scan::trim(l);
        ["**", "__", "*", "_"]
            .iter()
            .any(|m| t.len() > 2 * m.len() && t.starts_with(m) && t.ends_with(m))
    };
    if lines.iter().filter(|l| emphasised(l)).nth(1).is_some() {
        return false;
    }
    // A line indented by a tab after lines that are not starts a paragraph of its own (an
    // answer under its question: "6) What about the bin store doors," / "   are they being done
    // as well?" / "<TAB>Yes, in the same week …").
    if !lines[0].starts_with('\t') && lines[1..].iter().any(|l| l.starts_with('\t')) {
        return false;
    }
    // A page that repeats a line (a caption shown twice) is two lines, not one wrapped paragraph.
    if lines
        .windows(2)
        .any(|w| scan::trim(w[0]) == scan::trim(w[1]))
    {
        return false;
    }
    // (A mail app's label under the subject, "Inbox", is no wrapped line's end.)
    if lines
        .last()
        .is_some_and(|l| scan::words_le(l, 1) && scan::is_media_boilerplate(l))
    {
        return false;
    }
    // A reader's question over their signature is two lines: "Can I still get a permit if I
    // don't own a car?" / "Asked by Sue Langford, Old Town".
    if lines
        .windows(2)
        .any(|w| scan::ends_with_question(w[0]) && scan::is_reader_signature(w[1]))
    {
        return false;
    }
    // A headline's date and byline are lines of their own: "How does DRS work? …" /
    // "Published: 9 July 2027 06:00 BST | Cricket" / "By Arjun Mehta, cricket writer".
    // (So is a line of fields split by middle dots: "Riverside Court Tenants' Association ·
    // updated 3 February 2025".)
    if lines[1..].iter().any(|l| {
        scan::words_le(l, 10) && scan::is_byline(l)
            || scan::words_le(l, 16) && scan::has_sub(l, " · ")
    }) {
        return false;
    }
    // Fields, each on its line after its label, as a feed's item or a mail's header sets them:
    // "Title: Flooded home? …" / "Link: https://…" / "Published: Thu, 20 Nov 2025".
    let field = |l: &&str| {
        scan::trim(l).split_once(": ").is_some_and(|(k, _)| {
            scan::words_le(k, 2) && k.starts_with(scan::is_upper) && !k.contains(['.', ',', '"'])
        })
    };
    let fields = lines.iter().filter(|l| field(l)).count();
    if fields >= 2 && fields * 2 >= lines.len() {
        return false;
    }
    // A page's path is a line of its own ("CountyNet > Departments > …" over the title), and so
    // is a photo's credit under its caption ("Credit: Shutterstock").
    // (And so is a picture's label, "Image: Empty platform at Manchester Piccadilly".)
    if lines
        .iter()
        .any(|l| scan::is_breadcrumb(l) || scan::strip_caption_label(l).is_some())
        || lines
            .last()
            .is_some_and(|l| scan::strip_credit_label(scan::trim(l)).is_some())
    {
        return false;
    }
    // Lines that each end on a figure are records, not a wrapped sentence ("Yes, ban them: 41%
    // (527 votes)" / "No, leave things as they are: 13% (167 votes)").
    let figures = || {
        body.iter()
            .filter(|l| {
                l.trim_end()
                    .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | ')'))
            })
            .count()
    };
    // Short lines of which one asks are headlines, each on its line (a related box's teasers),
    // not a sentence wrapped at a column.
    // (Three lines at least, the last may be the one that asks: "Hosepipe ban lifted for
    // Sussex customers" / "Water firm fined over sewage spill" / "Why are pipes leaking?".)
    let asks = || {
        let asking = if lines.len() >= 3 { lines } else { body };
        asking
            .iter()
            // (With an accordion's glyph copied after the mark: "Do I need to book? +".)
            .any(|l| scan::ends_with_question(scan::strip_toggle_glyph(l)))
    };
    min >= 30
        && max <= 100
        && max - min <= 40
        && ending * 2 < body.len().max(1) + 1
        && !starts_marker
        // (Unless each runs on in lower case: "…the snowpack is, say, 85" / "percent of
        // normal.")
        && (figures() * 2 <= body.len() || runs_on(lines) == body.len())
        && !(max <= 60 && asks() && runs_on(lines) * 2 < body.len())
        || phrase_broken(lines)
}

/// Short lines broken at the phrase, as an Easy Read leaflet sets its sentences ("Please do not
/// visit" / "at meal times" / "from 12 to 1 o'clock."): none ends a sentence but the last,
/// which does, none asks or opens with a marker, each under 45 characters.
fn phrase_broken(lines: &[&str]) -> bool {
    let body = &lines[..lines.len().saturating_sub(1)];
    let ends = |l: &str| scan::trim(l).ends_with(['.', '!', '?', ':', ';', '…', ',']);
    lines.len() >= 2
        && lines.iter().all(|l| {
            let n = line_chars(l);
            (2..45).contains(&n) && !line_marker(l) && !scan::is_picture_line(l)
        })
        && body.iter().all(|l| !ends(l))
        && lines.last().is_some_and(|l| scan::trim(l).ends_with(['.', '!']))
        // (Each break inside the phrase: the next line runs on in lower case, or the line
        // ends on a word that cannot end one, "from", "the", "can have".)
        && lines.windows(2).all(|w| {
            scan::trim(w[1]).starts_with(scan::is_lower)
                || scan::trim(w[0]).rsplit(' ').next().is_some_and(|x| {
                    scan::Words(concat!(
                        "the|a|an|to|from|of|in|on|at|for|with|by|about|and|or|but|if|that|",
                        "is|are|was|be|can|must|will|have|has|you|your|our|their|its|my|not",
                    ))
                    .contains(&scan::fold(x))
                })
        })
}

/// A line that ends on an article or a preposition, where no sentence ends: a wrapped line,
/// whatever case the next one opens in ("… in einem Dorf in der" / "Uckermark. …").
fn ends_on_article(l: &str) -> bool {
    let t = scan::trim(l);
    t.rsplit(' ').next().is_some_and(|w| {
        scan::Words(concat!(
            "der|die|das|den|dem|des|ein|eine|einer|einem|einen|im|am|zum|zur|von|mit|für|",
            "the|a|an|of|le|la|les|du|un|une|el|los|las|del|il|lo|gli|della|het|een|van",
        ))
        .contains(w)
    })
}

/// A hard-wrapped paragraph's lines as one: joined by a space, or, where a word was broken at
/// the line's end ("raccordés au ré-" / "seau pour…"), joined without its hyphen.
fn join_wrapped(lines: &[&str]) -> String {
    let mut out = String::new();
    for l in lines {
        let l = scan::trim(l);
        // (Or at a soft hyphen a PDF keeps: "subven\u{AD}" / "tions".)
        let soft = out.ends_with('\u{AD}');
        let broken = out
            .strip_suffix('-')
            .and_then(|r| r.chars().next_back())
            .is_some_and(scan::is_lower)
            && l.starts_with(scan::is_lower);
        // (Or a drop cap on a line of its own: "T" / "he first thing you notice…".)
        let drop_cap = out.len() <= 4
            && out.chars().count() == 1
            && out.starts_with(scan::is_upper)
            && l.starts_with(scan::is_lower);
        if soft {
            out.truncate(out.len() - '\u{AD}'.len_utf8());
        } else if broken {
            out.pop();
        } else if !drop_cap && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(l);
    }
    out
}

/// Lines of three words at least and of much the same length, none in capitals, each broken
/// where the next line's first word would not have fitted within the longest line. (Not a
/// label over its value, "Autor: Мария Стоянова" / "публикувано на 12.11.25 в 09:45", nor a
/// column's name over its writer's, "MIND YOUR MANNERS" / "with Judith Crane".)
fn column_wrapped(lines: &[&str]) -> bool {
    let w = lines.iter().map(|l| line_chars(l)).max().unwrap_or(0);
    // (The last line, the paragraph's end, as short as it falls: "fewer services?" — under a
    // line that does not ask where there are only two: not a forum post's title over its
    // author, "Re: Une idée ?" / "par nico_44 » mar. 14 janv.".)
    // (Nor a headline over its byline: "Your questions about the rail strike answered" / "by
    // Jane Doe".)
    let body = match lines {
        [first, second] if scan::ends_with_question(first) || scan::is_byline(second) => lines,
        _ => &lines[..lines.len().saturating_sub(1)],
    };
    let shortest = body.iter().map(|l| line_chars(l)).min().unwrap_or(0);
    shortest * 4 >= w * 3
        && !lines.iter().any(|l| scan::is_all_caps(l))
        && lines
            .windows(2)
            .all(|p| !scan::words_le(p[0], 2) && !next_word_fits(p[0], p[1], w))
}

/// The width a text was hard-wrapped at, as an e-mail or a terminal wraps every paragraph at
/// 60 to 80 columns: the length a tenth of its lines reach, where few lines run past it and a
/// third at least come within 15 characters of it. `None` for text whose paragraphs are lines.
fn wrap_width(input: &str) -> Option<usize> {
    let mut widths = [0usize; 202];
    let mut n = 0;
    for l in input.split('\n') {
        let c = line_chars(l);
        if c > 0 {
            widths[c.min(201)] += 1;
            n += 1;
        }
    }
    if n < 12 {
        return None;
    }
    let w = tenth_width(&widths, n);
    let over: usize = widths[(w + 4).min(201)..].iter().sum();
    let near: usize = widths[w.saturating_sub(15)..=w].iter().sum();
    ((50..=100).contains(&w) && over * 25 <= n && near * 3 >= n).then_some(w)
}

/// The width a tenth of `n` lines reach, from a count of lines by width (`widths[k]` lines of
/// `k` characters): a column's width, the few longer lines aside. 0 when none is counted.
fn tenth_width(widths: &[usize], n: usize) -> usize {
    let mut reached = 0;
    (0..widths.len())
        .rev()
        .find(|&k| {
            reached += widths[k];
            reached * 10 >= n
        })
        .unwrap_or(0)
}

/// In a text hard-wrapped at `w` columns, a question wrapped after a full line that ends a
/// sentence, the next line's first word too long for it: one paragraph ("My landlord served a
/// section 21 notice in March, before the law changed." / "Is it still valid?"). (Two lines
/// only, the second asking; not a question, a label or a marker over the line under it.)
fn fills_column(lines: &[&str], w: usize) -> bool {
    let [a, b] = lines else {
        return false;
    };
    let t = scan::trim(a);
    line_chars(t) + 12 >= w
        && scan::is_sentence(t)
        && !scan::ends_with_question(t)
        && !t.ends_with([':', '：', ';'])
        && !line_marker(t)
        && !line_marker(b)
        && scan::ends_with_question(b)
        && !next_word_fits(a, b, w)
}

/// A line's length in characters, without its spaces at either end.
fn line_chars(l: &str) -> usize {
    scan::trim(l).chars().count()
}

/// Would line `b`'s first word have fitted at the end of line `a`, in a column `w` characters
/// wide? (Where it would, the line break was the writer's, not the column's.)
fn next_word_fits(a: &str, b: &str, w: usize) -> bool {
    let first = scan::words(b).next().map_or(0, |x| x.chars().count());
    line_chars(a) + 1 + first <= w
}

/// A print column copied line by line, no blank line between its paragraphs, as a newspaper's
/// replica edition or a PDF copies ("Q: My hydrangea is big and healthy," / "but it hasn’t
/// bloomed in two years." / … / "A: The fall haircut is almost" / "certainly the culprit. Bigleaf
/// hy-" / "drangeas, …"): its paragraphs, each joined. The column's width is the length a tenth
/// of its lines reach; most lines end where the next word would not have fitted, and some run
/// on in lower case. A paragraph ends where the next line's first word would have fitted on its
/// last line, before a marker ("A: …") and around a line far wider than the column (a pull
/// quote or a caption dropped in) or the page's furniture ("Continued on Page D6").
fn reflow_column(lines: &[&str]) -> Option<Vec<String>> {
    let n = lines.len();
    if n < 6 {
        return None;
    }
    let mut widths = [0usize; 121];
    for l in lines {
        widths[line_chars(l).min(120)] += 1;
    }
    let w = tenth_width(&widths, n);
    if !(20..=80).contains(&w) {
        return None;
    }
    let fits = |a: &str, b: &str| next_word_fits(a, b, w);
    let wrapped = lines
        .windows(2)
        .filter(|p| line_chars(p[0]) <= w && !fits(p[0], p[1]))
        .count();
    if wrapped * 2 < n - 1 || runs_on(lines) * 5 < n {
        return None;
    }
    let wide = |l: &str| line_chars(l) > w + w / 4;
    let alone = |l: &str| wide(l) || scan::is_media_boilerplate(l);
    // (A line that starts in lower case goes on the sentence before it, wherever that line
    // broke: a bold question set narrower, "… Comment avez-vous" / "vécu ces débuts ?".)
    let goes_on = |l: &str| scan::trim(l).starts_with(scan::is_lower);
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=n {
        let ends = i == n || {
            let (a, b) = (lines[i - 1], lines[i]);
            line_marker(b)
                || alone(a)
                || alone(b)
                || (!scan::trim(a).ends_with(['-', '\u{AD}']) && fits(a, b) && !goes_on(b))
        };
        if ends {
            out.push(join_wrapped(&lines[start..i]));
            start = i;
        }
    }
    Some(out)
}

/// Lines a sentence runs on from, line after line: the next one starts in lower case ("…qui
/// découvrent un an plus tard" / "qu’ils doivent…"), as a column's text wraps and a list of
/// headlines does not.
fn runs_on(lines: &[&str]) -> usize {
    lines
        .windows(2)
        .filter(|w| scan::trim(w[1]).starts_with(scan::is_lower))
        .count()
}

/// Lines that always start a new block: markers, numbers, bullets, headings, separators.
fn line_marker(l: &str) -> bool {
    let t = scan::trim(l);
    scan::strip_question_marker(t).is_some()
        || scan::strip_answer_marker(t, true).is_some()
        || bullet(t).is_some()
        || numbered_step(t).is_some()
        || t.starts_with('#')
        || t.starts_with('>')
        || scan::is_separator(t)
}

/// A step numbered with a bracket: "1) Log in", "12) Pay the fee".
fn numbered_step(t: &str) -> Option<&str> {
    let digits = t.bytes().take(3).take_while(u8::is_ascii_digit).count();
    let r = t.get(digits..)?.strip_prefix(") ")?;
    let r = scan::trim(r);
    ((1..=2).contains(&digits) && !r.is_empty()).then_some(r)
}

/// The characters a bullet opens on (`bullet`), the en dash before a tab only.
const BULLET_MARKS: [char; 12] = [
    '-', '*', '•', '·', '◦', '▪', '\u{f0b7}', '‣', '🔹', '🔸', '–', '●',
];

fn bullet(t: &str) -> Option<&str> {
    // (The cheap look first: most lines open on no bullet.)
    if !t.starts_with(BULLET_MARKS) {
        return None;
    }
    // (Not a crosshead between dashes: "- Why are prices so high? -".)
    if scan::dash_crosshead(t).is_some() {
        return None;
    }
    // (And the Symbol font's bullet a document copies from a private-use code point, "\u{f0b7}
    // Grass cuttings"; and a note tool's toggle, "‣ Who runs The Lantern?"; and a chat's
    // emoji bullets, "▪️ Every week: food caddy", "🔹 …".)
    for b in [
        "- ",
        "* ",
        "• ",
        "· ",
        "◦ ",
        "▪ ",
        "\u{f0b7} ",
        "‣ ",
        "▪\u{fe0f} ",
        "🔹 ",
        "🔸 ",
        // (A document's black circle, as Google Docs copies its bullets: "● Registration
        // opens…".)
        "● ",
    ] {
        // (Or the bullet and a tab, as a word processor copies its list: "▪<TAB>Pick-up
        // points: …".)
        let tabbed = || {
            t.strip_prefix(b.trim_end())
                .and_then(|r| r.strip_prefix('\t'))
        };
        if let Some(r) = t.strip_prefix(b).or_else(tabbed) {
            let r = scan::trim(r);
            if !r.is_empty() {
                return Some(r);
            }
        }
    }
    // (An en dash too, before a tab only: before a space it opens a turn, "– Jag äter…".)
    t.strip_prefix("–\t")
        .map(scan::trim)
        .filter(|r| !r.is_empty())
}

/// An interview whose turns each open on a hyphen, questions and answers alike, a paragraph
/// each ("- Bác sĩ có nhận thấy…?" / "- Có, và tăng khá rõ. …"), as Vietnamese and Eastern
/// European papers set them: the hyphens are the turns' dashes, not a list's bullets, and are
/// written as en dashes. Only where two questions at least are each answered so, in a
/// paragraph of prose.
fn dash_turns(input: &str) -> Option<String> {
    // (The cheap look first: most texts open no line on a hyphen.)
    input.matches("\n- ").nth(1)?;
    let paragraphs: Vec<&str> = input
        .split("\n\n")
        .map(scan::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let turn = |p: &str| p.starts_with("- ") && !p.contains('\n');
    let mut pairs = paragraphs.windows(2).filter(|w| {
        turn(w[0])
            && ((scan::ends_with_question(w[0])
                && turn(w[1])
                && !scan::has_question_mark(w[1])
                && !scan::words_le(w[1], 15))
                // (Or a Korean portal's copy of an agency's 일문일답.)
                || scan::hangul_dash_pair(w[0], w[1]))
    });
    // (From the first question so answered: a list's bullets in the intro stay a list.)
    // (Its offset in the input: the paragraph is a slice of it.)
    let from = pairs.next()?[0].as_ptr() as usize - input.as_ptr() as usize;
    pairs.next()?;
    // (A paragraph's one line only: a list's items, one under the other, stay a list.)
    let lines: Vec<&str> = input.split('\n').collect();
    let blank = |k: Option<&&str>| k.is_none_or(|l| scan::trim(l).is_empty());
    let mut out = String::with_capacity(input.len() + 64);
    let mut at = 0;
    for (k, l) in lines.iter().enumerate() {
        let alone = at >= from
            && blank(k.checked_sub(1).and_then(|i| lines.get(i)))
            && blank(lines.get(k + 1));
        at += l.len() + 1;
        match l.strip_prefix("- ").filter(|_| alone) {
            Some(r) if !r.is_empty() => {
                out.push_str("– ");
                out.push_str(r);
            }
            _ => out.push_str(l),
        }
        out.push('\n');
    }
    Some(out)
}

/// The speaker of a WebVTT voice tag opening `l`: "<v Ortiz>", "<v.loud Ortiz>".
fn voice(l: &str) -> Option<&str> {
    let tag = &l[..l.find('>').filter(|&e| e <= 40)?];
    let (_, who) = tag
        .strip_prefix("<v")
        .filter(|t| t.starts_with([' ', '.']))?
        .split_once(' ')?;
    Some(scan::trim(who)).filter(|w| !w.is_empty())
}

/// A subtitle file (SubRip's .srt, WebVTT): its cues' numbers and timings go, and each cue is
/// read with the next while its sentence runs on ("In some US cities, a carton now costs" /
/// "more than twice what it did…"), a paragraph where a sentence ends. Three timed cues at
/// least; their style tags go ("<i>…</i>").
fn subtitles(input: &str) -> Option<String> {
    // (The cheap look first: an arrow in the first cue.)
    if !scan::head(input, 400).contains(" --> ") {
        return None;
    }
    let stamp = |t: &str| {
        let t = scan::trim(t);
        t.len() >= 5
            && t.len() <= 14
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b',' | b'.'))
            && t.contains(':')
    };
    // (WebVTT may set the cue's settings after the end: "00:01.000 --> 00:04.000 line:0".)
    let timing = |l: &str| {
        l.split_once(" --> ")
            .is_some_and(|(a, b)| stamp(a) && stamp(b.split(' ').next().unwrap_or("")))
    };
    input.lines().filter(|l| timing(l)).nth(2)?;
    // (Not a drama's, two speakers' lines in a cue, each after a dash ("- Out where?" / "-
    // Does it matter?"): a play's dialogue, no explainer, left as it is.)
    // (Cues are the runs of lines between blank ones, a line of spaces blank too.)
    let mut cues: Vec<Vec<&str>> = Vec::new();
    let mut cue: Vec<&str> = Vec::new();
    for l in input.lines().map(scan::trim) {
        if !l.is_empty() {
            cue.push(l);
        } else if !cue.is_empty() {
            cues.push(std::mem::take(&mut cue));
        }
    }
    if !cue.is_empty() {
        cues.push(cue);
    }
    let dialogue = cues
        .iter()
        .filter(|c| c.iter().filter(|l| l.starts_with("- ")).nth(1).is_some())
        .nth(1)
        .is_some();
    if dialogue {
        return None;
    }
    // (Voices are kept where there are two or more: a lone narrator's name says nothing.)
    let mut named = cues.iter().flatten().filter_map(|l| voice(l));
    let voices = named
        .next()
        .is_some_and(|first| named.any(|other| other != first));
    let untag = |l: &str| {
        let mut out = String::with_capacity(l.len());
        let mut rest = l;
        while let Some(k) = rest.find('<') {
            out.push_str(&rest[..k]);
            match rest[k..].find('>') {
                Some(e) if e <= 40 => {
                    // (A WebVTT voice keeps its speaker: "<v Ortiz>…", "<v.loud Ortiz>…"
                    // are "Ortiz: …".)
                    if let Some(who) = voice(&rest[k..]).filter(|_| voices) {
                        out.push_str(who);
                        out.push_str(": ");
                    }
                    rest = &rest[k + e + 1..];
                }
                _ => {
                    out.push('<');
                    rest = &rest[k + 1..];
                }
            }
        }
        out.push_str(rest);
        out
    };
    let mut out = String::with_capacity(input.len());
    let mut open = false;
    let mut last_voice = None;
    for cue in &cues {
        let mut lines = cue.iter().copied().peekable();
        if lines
            .peek()
            .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
        {
            lines.next();
        }
        let Some(first) = lines.next() else { continue };
        if !timing(first) {
            // (The file's header and notes: "WEBVTT", "NOTE …"; other text stays. A header's
            // own words after a dash are the file's title: "WEBVTT - Council budget" — not an
            // old header's "WEBVTT FILE".)
            if let Some(rest) = first.strip_prefix("WEBVTT") {
                fn past_dash(r: &str) -> &str {
                    scan::trim(scan::trim_start(r).trim_start_matches(['-', '–']))
                }
                let name = past_dash(rest);
                // (Nor a tool's note, "WEBVTT Generated by Zoom"; past an old header's "FILE".)
                let name = name.strip_prefix("FILE").map_or(name, past_dash);
                let name = if [
                    "Generated ",
                    "Created ",
                    "Exported ",
                    "Kind:",
                    "X-TIMESTAMP",
                ]
                .iter()
                .any(|p| name.starts_with(p))
                {
                    ""
                } else {
                    name
                };
                if out.is_empty() && !name.is_empty() && rest.starts_with([' ', '\t']) {
                    out.push_str(name);
                }
                continue;
            }
            if first.starts_with("NOTE") {
                continue;
            }
            out.push_str(if out.is_empty() { "" } else { "\n\n" });
            out.push_str(first);
            for l in lines {
                out.push('\n');
                out.push_str(l);
            }
            open = false;
            continue;
        }
        let Some(&head) = lines.peek() else { continue };
        let who = voice(head).filter(|_| voices);
        let text: Vec<String> = lines.map(untag).collect();
        let mut joined = text.join(" ");
        // (The same voice going on from an open sentence loses its label again.)
        if let Some(w) = who.filter(|&w| open && last_voice == Some(w)) {
            if let Some(r) = joined.strip_prefix(w).and_then(|r| r.strip_prefix(": ")) {
                joined = r.to_owned();
            }
        }
        last_voice = who;
        // (A sound's description goes: "[upbeat music]".)
        let sound = joined.starts_with('[') && joined.ends_with(']') && !joined[1..].contains('[');
        if sound {
            continue;
        }
        // (A cue runs on from the last where that one's sentence did not end and this one
        // goes on in lower case: "… a carton now costs" / "more than twice …".)
        let runs_on = open && joined.starts_with(scan::is_lower);
        out.push_str(match (out.is_empty(), runs_on) {
            (true, _) => "",
            (false, true) => " ",
            (false, false) => "\n\n",
        });
        out.push_str(&joined);
        open = scan::terminal_punct(&joined).is_none_or(|c| c == ',');
    }
    Some(out)
}

/// A "❓" before fewer questions than the others each after an icon of its own ("📅 When
/// are the strikes?", "🚆 Which lines…?", "❓ Why are rail workers striking?"): an icon like
/// theirs, not the "Q:" that a "❓" before every question stands for. Those lines lose it.
fn lone_question_emoji(input: &str) -> Option<String> {
    // (The cheap look first: most texts hold no such mark.)
    if !input.contains(['❓', '❔']) {
        return None;
    }
    let opens = |l: &str| scan::trim_start(l).starts_with(['❓', '❔']);
    // (Questions after other icons: not a chat's "✅" answers under its "❓" questions.)
    let iconed = |l: &str| {
        !opens(l)
            && scan::strip_pictographs(scan::trim(l)).len() < scan::trim(l).len()
            && scan::ends_with_question(l)
    };
    let (mut marked, mut others) = (0, 0);
    for l in input.split('\n') {
        marked += usize::from(opens(l));
        others += usize::from(iconed(l));
    }
    if marked == 0 || others < 2 || others <= marked {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    for (n, l) in input.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if opens(l) {
            let rest = scan::trim_start(l).trim_start_matches(['❓', '❔', '\u{fe0f}']);
            out.push_str(scan::trim_start(rest));
        } else {
            out.push_str(l);
        }
    }
    Some(out)
}

/// A text browser's dump of a page (`lynx -dump`): each link's number in brackets glued to its
/// words ("according to the [6]Centers for Disease Control"), the numbers' addresses listed at
/// the end under "References". The numbers go, and the list with its heading. Only where the
/// list is there, its first entry numbered 1 and an address.
fn lynx_dump(input: &str) -> Option<String> {
    // (The cheap look first: the heading on a line of its own, at a line's start.)
    let at = input
        .match_indices("\nReferences")
        .map(|(k, _)| k + 1)
        .find(|&k| input[k + 10..].starts_with(['\n', '\r']))?;
    // (Everything after it the list: its addresses numbered from 1, the labels of its two
    // parts, blank lines — not a list of sources with an FAQ after it.)
    let mut numbered = 0;
    for l in input[at + 10..].split('\n').map(scan::trim) {
        if l.is_empty()
            || matches!(
                l,
                "Visible links:" | "Hidden links:" | "Visible links" | "Hidden links"
            )
        {
            continue;
        }
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        let address = l
            .get(digits..)
            .and_then(|r| r.strip_prefix(". "))
            .is_some_and(|a| {
                [
                    "http://", "https://", "file://", "mailto:", "ftp://", "tel:",
                ]
                .iter()
                .any(|s| a.starts_with(s))
            });
        if digits == 0 || !address {
            return None;
        }
        numbered += 1;
    }
    let body = &input[..at];
    // (A link's number glued to its words, after a space or a line's start: "the [6]Centers",
    // not a citation's year, "[2019] UKSC 41", nor a note's mark after a word.)
    let glued = |k: usize| {
        let r = &body[k + 1..];
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        (1..=4).contains(&digits)
            && r[digits..].starts_with(']')
            && r[digits + 1..].starts_with(|c: char| !c.is_whitespace() && c != '[')
            && (k == 0 || body[..k].ends_with([' ', '\n', '(', '\t', '"', '“']))
    };
    let marks: Vec<usize> = body
        .match_indices('[')
        .map(|(k, _)| k)
        .filter(|&k| glued(k))
        .collect();
    if numbered < 2 || marks.len() < 2 {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    let mut from = 0;
    for k in marks {
        out.push_str(&body[from..k]);
        from = k + 1 + body[k + 1..].find(']').map_or(0, |e| e + 1);
    }
    out.push_str(&body[from..]);
    Some(out)
}

/// A page copied from a screen reader's browse mode, each element on a line after its role
/// ("heading level 2 Qui peut en bénéficier ?", "link Actualité", "list 3 items" … "out of
/// list", "banner landmark", "button Partager"): the headings as Markdown's, the lists' links
/// and bullets as a list's items, the landmarks, regions and controls gone, each other line a
/// paragraph. Only where two headings at least are so announced.
fn screen_reader_copy(input: &str) -> Option<String> {
    // (Or as another reader speaks them, capitalised, a comma after the role: "Heading level 2,
    // Does it apply here?", "Link, Transport", "Bullet, Link, Heading level 3, …", "List with 3
    // items", "List end": read as the first.)
    if input.matches("Heading level ").nth(1).is_some() {
        let spoken: Vec<String> = input.split('\n').map(spoken_line).collect();
        return screen_reader_lines(&spoken.join("\n"));
    }
    screen_reader_lines(input)
}

/// A line as a screen reader that capitalises its roles speaks it ("Heading level 2, Why?",
/// "Button, Share"), written as the one `screen_reader_lines` reads ("heading level 2 Why?",
/// "button Share").
fn spoken_line(line: &str) -> String {
    let t = scan::trim(line);
    // (A list's item may be a link and a heading at once: "Bullet, Link, Heading level 3, …".)
    if let Some(r) = t.strip_prefix("Bullet, ") {
        let mut r = r;
        loop {
            if let Some(x) = r.strip_prefix("Link, ") {
                r = x;
            } else if let Some(x) = r
                .strip_prefix("Heading level ")
                .and_then(|x| x.get(1..))
                .and_then(|x| x.strip_prefix(", "))
            {
                r = x;
            } else {
                break;
            }
        }
        return ["bullet ", r].concat();
    }
    // (With its comma or without, as JAWS speaks it: "Heading level 2 Who can apply?", "Heading
    // level 2 iPhone trade-ins" — not a sentence about headings, "Heading level 1 is the page's
    // title.", ending with its full stop.)
    if let Some(r) = t.strip_prefix("Heading level ") {
        if let Some((n, rest)) = r.split_once(' ') {
            let comma = n.strip_suffix(',');
            if comma.is_some() || !scan::trim(rest).ends_with('.') {
                return ["heading level ", comma.unwrap_or(n), " ", rest].concat();
            }
        }
    }
    if let Some(r) = t.strip_prefix("List with ") {
        return ["list ", r].concat();
    }
    if matches!(t, "List end" | "End of list") {
        return "out of list".into();
    }
    if t == "End of region" {
        return "region end".into();
    }
    for (role, spoken) in [
        ("Link, ", "link "),
        ("Button, ", "button "),
        ("Graphic, ", "graphic "),
        ("Image, ", "graphic "),
        ("Region, ", "region "),
        ("Edit, ", "edit "),
        ("Check box, ", "check box "),
    ] {
        if let Some(r) = t.strip_prefix(role) {
            return [spoken, r].concat();
        }
    }
    t.to_owned()
}

fn screen_reader_lines(input: &str) -> Option<String> {
    // (The cheap look first.)
    input.matches("heading level ").nth(1)?;
    fn heading(t: &str) -> Option<(usize, &str)> {
        let r = t.strip_prefix("heading level ")?;
        let (n, rest) = r.split_once(' ')?;
        // (One digit, 1 to 6, read by hand: a parser costs the wasm its bytes.)
        let n = match n.as_bytes() {
            [d @ b'1'..=b'6'] => usize::from(d - b'0'),
            _ => return None,
        };
        Some((n, scan::trim(rest)))
    }
    let mut lines: Vec<&str> = input.split('\n').map(scan::trim).collect();
    lines.iter().filter(|l| heading(l).is_some()).nth(1)?;
    // (From the main landmark where it is announced: the site's banner and menu before it.)
    if let Some(k) = lines.iter().position(|l| *l == "main landmark") {
        lines.drain(..k);
    }
    // (A few words each, a control's name.)
    let control = |t: &str| {
        scan::words_le(t, 10)
            && (t.ends_with(" landmark")
                || t.contains(" landmark ")
                || t.starts_with("out of ")
                || matches!(
                    t,
                    "article" | "navigation" | "banner" | "main" | "separator"
                )
                || [
                    "button ",
                    "edit ",
                    "region ",
                    "graphic ",
                    "combo box ",
                    "check box ",
                ]
                .iter()
                .any(|p| t.starts_with(p)))
    };
    // (A quarter of the lines at least announced so: not an article that quotes a few.)
    let announced = lines
        .iter()
        .filter(|l| heading(l).is_some() || l.starts_with("link ") || control(l))
        .count();
    let written = lines.iter().filter(|l| !l.is_empty()).count();
    if announced * 4 < written {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut in_list = false;
    for t in lines {
        if let Some((n, rest)) = heading(t) {
            out.push('\n');
            out.push_str(&"#".repeat(n));
            out.push(' ');
            out.push_str(rest);
            out.push_str("\n\n");
        } else if t.starts_with("list ") && t.ends_with(" items") || t == "list 1 item" {
            in_list = true;
            out.push('\n');
        } else if t == "out of list" {
            in_list = false;
            out.push('\n');
        } else if control(t) || t.is_empty() {
        } else if let Some(r) = t.strip_prefix("bullet ") {
            out.push_str("- ");
            out.push_str(r);
            out.push('\n');
        } else if let Some(r) = t.strip_prefix("link ").filter(|_| in_list) {
            out.push_str("- ");
            out.push_str(r);
            out.push('\n');
        } else {
            let t = t.strip_prefix("link ").unwrap_or(t);
            out.push_str(t);
            out.push_str("\n\n");
        }
    }
    Some(out)
}

/// A printed column's bare markers, a capital letter and a space as papers set them in bold
/// ("Q My apple tree produced lots of" / … / "A There are several possible"): each question's
/// "Q", and the "A" of the first line after it that opens so, are written "Q:" and "A:". Only
/// where two questions at least, and two in three, are answered so: "A" opens many sentences.
fn colon_bare_markers(input: &str) -> Option<String> {
    let bare = |l: &str, c: u8| {
        let b = l.trim_start().as_bytes();
        b.len() > 3 && b[0] == c && b[1] == b' ' && b[2].is_ascii_uppercase()
    };
    // (The cheap look first: a line opening "Q ", found by its rare capital.)
    let b = input.as_bytes();
    if !input
        .match_indices('Q')
        .any(|(k, _)| (k == 0 || b[k - 1] == b'\n') && b.get(k + 1) == Some(&b' '))
    {
        return None;
    }
    // (One pass: the lines are written as they are counted, kept only if enough were.)
    let mut out = String::with_capacity(input.len() + 64);
    let (mut asked, mut answered, mut open) = (0usize, 0usize, false);
    for (n, l) in input.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let letter = if bare(l, b'Q') {
            asked += 1;
            open = true;
            'Q'
        } else if open && bare(l, b'A') {
            answered += 1;
            open = false;
            'A'
        } else {
            out.push_str(l);
            continue;
        };
        let k = l.len() - l.trim_start().len();
        out.push_str(&l[..k]);
        out.push(letter);
        out.push(':');
        out.push_str(&l[k + 1..]);
    }
    (answered >= 2 && answered * 3 >= asked * 2).then_some(out)
}

/// A court's or an inquiry's transcript, each page's lines numbered ("12   A. I do." / "13   Q. What
/// did you understand that to mean?" / "14   A. That the instruments that measure cloudiness
/// in the" / "15       filtered water could not…"): the numbers go, a turn's indented lines join
/// it, and the page's number and reporter's footer between the numbered lines go too. Twenty
/// numbered lines at least, most of the text's, most in sequence. `None` when the text is not
/// so numbered.
fn unnumber_transcript(input: &str) -> Option<String> {
    // (The line's number, up to three spaces before it, two at least after it: the number, the
    // spaces after it and the words. No integer parser: a byte loop.)
    fn numbered(l: &str) -> Option<(u32, usize, &str)> {
        let t = l.trim_start_matches(' ');
        let d = t.bytes().take_while(u8::is_ascii_digit).count();
        if l.len() - t.len() > 3 || !(1..=2).contains(&d) {
            return None;
        }
        let n = t
            .bytes()
            .take(d)
            .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
        let words = t[d..].trim_start_matches(' ');
        let gap = t.len() - d - words.len();
        (gap >= 2 && !words.is_empty()).then_some((n, gap, words.trim_end()))
    }
    // (The cheap look first: a numbered line among the first forty, the first page's, then
    // twenty in all.)
    let mut lines = input.split('\n');
    if !lines.by_ref().take(40).any(|l| numbered(l).is_some())
        || lines.filter(|l| numbered(l).is_some()).nth(18).is_none()
    {
        return None;
    }
    // Counted in one pass: the numbered lines, those in sequence, the others with words, the
    // turns' margin (the narrowest gap after the numbers) and the last numbered line.
    let (mut count, mut seq, mut other, mut base, mut last) = (0, 0, 0, usize::MAX, 0);
    let mut prev = 0;
    for (k, l) in input.split('\n').enumerate() {
        match numbered(l) {
            Some((n, gap, _)) => {
                count += 1;
                seq += usize::from(n == prev + 1 || n == 1);
                prev = n;
                base = base.min(gap);
                last = k;
            }
            None => other += usize::from(!scan::trim(l).is_empty()),
        }
    }
    if count <= other || seq * 5 < count * 4 {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut started = false;
    for (k, l) in input.split('\n').enumerate() {
        match numbered(l) {
            // (A turn's next line, indented a little more, runs on; a line set far in, a
            // heading's or a time's, stands alone.)
            Some((_, gap, words)) if gap > base && gap <= base + 12 && !out.ends_with("\n\n") => {
                out.pop();
                out.push(' ');
                out.push_str(words);
                out.push('\n');
            }
            Some((_, _, words)) => {
                if !started {
                    out.push('\n');
                }
                started = true;
                if !out.ends_with("\n\n") {
                    out.push('\n');
                }
                out.push_str(words);
                out.push('\n');
            }
            // (Between the numbered lines, the page's number and footer.)
            None if started && k < last => {}
            None => {
                out.push_str(l);
                out.push('\n');
            }
        }
    }
    Some(out)
}

/// An email's text quoted in a reply or a forward, paragraphs and all ("> Why is the county
/// reassessing now?" / ">" / "> State law requires…"): the quoted lines without their marks,
/// where a run of eight quoted lines at least holds two empty ones (its paragraphs' breaks). A
/// reader's letter quoted in one paragraph keeps its marks. `None` when nothing is so quoted.
fn unquote_replies(input: &str) -> Option<String> {
    // (The cheap look first: most texts quote no line, and most have no '>' at all.)
    if !input.as_bytes().contains(&b'>') || !input.starts_with('>') && !scan::has_sub(input, "\n>")
    {
        return None;
    }
    let quoted = |l: &str| l.starts_with('>');
    let empty = |l: &str| scan::trim(l.trim_start_matches('>')).is_empty();
    let lines: Vec<&str> = input.split('\n').collect();
    let mut unquote = vec![false; lines.len()];
    let mut any = false;
    let mut asked: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        if !quoted(lines[k]) {
            k += 1;
            continue;
        }
        let end = (k..lines.len())
            .find(|&j| !quoted(lines[j]))
            .unwrap_or(lines.len());
        let breaks = lines[k..end].iter().filter(|l| empty(l)).count();
        if end - k >= 8 && breaks >= 2 {
            unquote[k..end].fill(true);
            any = true;
        } else if lines[k..end]
            .iter()
            .rev()
            .find(|l| !empty(l))
            .is_some_and(|l| scan::has_question_mark(l))
            && lines[end..]
                .iter()
                .find(|l| !scan::trim(l).is_empty())
                .is_some_and(|l| !quoted(l))
        {
            asked.push((k, end));
        }
        k = end;
    }
    // Or questions quoted a few lines at a time, each answered under it unquoted, as a reply
    // answers an email in line ("> 2. Is the battery worth it?" / "Honestly, it's closer…"):
    // two such at least, and the quoted lines read as the text's own. (A quote that ends on
    // anything but its question, a forum reply's quoted question and answer, is not asked.)
    if asked.len() >= 2 {
        for (a, b) in asked {
            unquote[a..b].fill(true);
        }
        any = true;
    }
    if !any {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    for (l, u) in lines.iter().zip(unquote) {
        let l = if u {
            let r = &l[1..];
            r.strip_prefix(' ').unwrap_or(r)
        } else {
            l
        };
        out.push_str(l);
        out.push('\n');
    }
    Some(out)
}

/// A Markdown table ("| Question | Answer |" / "| --- | --- |" / "| **How much does it cost?** |
/// £94.50 online…<br><br>Fees rose… |"): its rows as a copy of a table leaves them, cells split
/// by a tab, one a line, so the table's reading takes them (a row of questions and answers is
/// one); the header and the rule under it go, a cell's line breaks ("<br>") are spaces, a cell's
/// bold around all of it and its links' addresses go. `None` when the text has no such table
/// (a header, then its rule).
fn unpipe_tables(input: &str) -> Option<String> {
    // (The cheap look first, by bytes: a bar, then a rule's "|---", "| ---" or "|:--" at one.)
    let b = input.as_bytes();
    if !b.contains(&b'|') {
        return None;
    }
    let rule_at = |i: usize| matches!(b.get(i + 1..i + 3), Some([b'-', _] | [b' ' | b':', b'-']));
    if !(0..b.len()).any(|i| b[i] == b'|' && rule_at(i)) {
        return None;
    }
    fn cells(line: &str) -> Option<Vec<&str>> {
        let t = scan::trim(line);
        let inner = t.strip_prefix('|')?;
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        Some(inner.split('|').map(scan::trim).collect())
    }
    fn is_rule(line: &str) -> bool {
        cells(line).is_some_and(|c| {
            c.len() >= 2
                && c.iter().all(|c| {
                    let d = c.trim_matches(':');
                    d.len() >= 3 && d.bytes().all(|b| b == b'-')
                })
        })
    }
    // A cell's words: its bold around the whole gone, its links as their words, its line breaks
    // as spaces.
    fn cell_text(c: &str, out: &mut String) {
        let c = c
            .strip_prefix("**")
            .and_then(|r| r.strip_suffix("**"))
            .filter(|r| !r.contains("**"))
            .unwrap_or(c);
        let mut rest = c;
        while let Some(i) = rest.find(['[', '<']) {
            out.push_str(&rest[..i]);
            let r = &rest[i..];
            if let Some(after) = ["<br>", "<br/>", "<br />"]
                .iter()
                .find_map(|b| r.strip_prefix(b))
            {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                rest = after.trim_start();
            } else if let Some((words, after)) = r
                .strip_prefix('[')
                .and_then(|x| x.split_once("]("))
                .filter(|(w, _)| !w.contains(['[', ']']) && w.len() <= 300)
                .and_then(|(w, a)| a.split_once(')').map(|(_, after)| (w, after)))
            {
                out.push_str(words);
                rest = after;
            } else {
                out.push_str(&r[..1]);
                rest = &r[1..];
            }
        }
        out.push_str(rest);
    }
    let lines: Vec<&str> = input.split('\n').collect();
    let mut out = String::with_capacity(input.len());
    let mut found = false;
    let mut i = 0;
    while i < lines.len() {
        let header = cells(lines[i]).filter(|c| c.len() >= 2);
        if let Some(width) = header
            .map(|c| c.len())
            .filter(|_| lines.get(i + 1).is_some_and(|l| is_rule(l)))
        {
            found = true;
            i += 2;
            out.push('\n');
            while let Some(row) = lines.get(i).and_then(|l| cells(l)) {
                // (A section's row, its one cell filled, "| **Name changes** | |": its line.)
                for (k, c) in row.iter().take(width).filter(|c| !c.is_empty()).enumerate() {
                    if k > 0 {
                        out.push('\t');
                    }
                    cell_text(c, &mut out);
                }
                out.push('\n');
                i += 1;
            }
            out.push('\n');
            continue;
        }
        out.push_str(lines[i]);
        out.push('\n');
        i += 1;
    }
    found.then_some(out)
}

/// A forum post's BBCode as its editor's source copies ("[b]Q:[/b] Why is the course
/// changing?", "[url=…]the map[/url]", "[quote=\"gazza\"]…[/quote]"): bold and italics that open a
/// line as "**…**" and "*…*" (as Markdown writes them), a quote's lines behind "> ", a list's items as bullets,
/// links as their words; pictures and the other tags go. Only where three closing tags at least
/// are BBCode's: a lone "[b]" is a footnote's letter. `None` when the text has none.
fn unbbcode(input: &str) -> Option<String> {
    // A tag's name: up to its value ("url=…", "quote=\"ann\"") or its end; `None` when the
    // bracket holds no BBCode tag (a footnote's "[a]", "[sic]").
    fn name(tag: &str) -> Option<&str> {
        let t = tag.strip_prefix('/').unwrap_or(tag);
        let end = t
            .bytes()
            .position(|b| b == b'=' || b == b' ')
            .unwrap_or(t.len());
        let n = &t[..end];
        scan::Words("b|i|u|s|url|img|quote|list|size|color|font|code|center|*")
            .contains(n)
            .then_some(n)
    }
    // The next tag: (the text before it, the tag, the rest). A '[' with no ']' within a tag's
    // length is text (each looked past once: linear however many there are).
    fn next_tag(s: &str) -> Option<(&str, &str, &str)> {
        let mut from = 0;
        loop {
            let i = from + s[from..].find('[')?;
            // (The tag's end, or another '[' that opens the tag instead.)
            let end = s.as_bytes()[i + 1..]
                .iter()
                .take(300)
                .position(|&b| b == b']' || b == b'[')
                .map(|j| i + 1 + j);
            match end {
                Some(j) if s.as_bytes()[j] == b']' => {
                    return Some((&s[..i], &s[i + 1..j], &s[j + 1..]));
                }
                Some(j) => from = j,
                None => from = i + 1,
            }
        }
    }
    let (mut closing, mut rest) = (0, input);
    // (By '[' first, which most texts never hold: a search for a char is memchr's.)
    while let Some((_, tag, r)) = next_tag(rest) {
        closing += usize::from(tag.starts_with('/') && name(tag).is_some());
        rest = r;
        if closing == 3 {
            break;
        }
    }
    if closing < 3 {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut quotes = 0u32;
    for line in input.split('\n') {
        let quoted = quotes > 0 || scan::trim(line).starts_with("[quote");
        let mut l = String::with_capacity(line.len());
        let mut rest = line;
        // Whether the open bold and italic tags were written as marks.
        let mut marked = [false; 2];
        while let Some((before, tag, after)) = next_tag(rest) {
            l.push_str(before);
            rest = after;
            let Some(n) = name(tag) else {
                l.push('[');
                l.push_str(tag);
                l.push(']');
                continue;
            };
            let close = tag.starts_with('/');
            match n {
                // (As Markdown marks where a line starts with them: inside a sentence the marks
                // would only be noise.)
                "b" | "i" => {
                    let k = usize::from(n == "i");
                    let mark = if k == 0 { "**" } else { "*" };
                    if close {
                        if std::mem::take(&mut marked[k]) {
                            l.push_str(mark);
                        }
                    } else {
                        marked[k] = scan::trim(&l).is_empty();
                        if marked[k] {
                            l.push_str(mark);
                        }
                    }
                }
                // (The picture's address, up to its closing tag, goes with it.)
                "img" if !close => {
                    if let Some(k) = scan::find_sub(rest, "[/img]") {
                        rest = &rest[k + 6..];
                    }
                }
                "quote" if close => quotes = quotes.saturating_sub(1),
                "quote" => quotes = quotes.saturating_add(1),
                "*" => l.push_str("• "),
                _ => {}
            }
        }
        l.push_str(rest);
        if quoted && !scan::trim(&l).is_empty() {
            out.push_str("> ");
        }
        out.push_str(&l);
        out.push('\n');
    }
    Some(out)
}

/// A forwarded email's body, its subject first: what follows the mail app's header
/// ("---------- Forwarded message ---------" / "From: …" / "Subject: Mailbag: …" / "To: …"),
/// looked for near the start. `None` when the text is no forward.
fn forwarded_body(input: &str) -> Option<String> {
    const MARKERS: scan::Words = scan::Words(concat!(
        "forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|",
        "message transféré|message d'origine|mensaje reenviado|mensaje original|",
        "messaggio inoltrato|messaggio originale|mensagem encaminhada|doorgestuurd bericht",
    ));
    // (Apple Mail's, no dashes: "Begin forwarded message:".)
    let start = scan::head(input, 3000);
    let mut offset = 0;
    let mut lines = start.split('\n');
    let marker = lines.by_ref().find(|l| {
        offset += l.len() + 1;
        let t = scan::trim(l);
        t.starts_with(['-', '—', '_']) && MARKERS.occur_in(&scan::fold(scan::head(t, 80)))
            || t == "Begin forwarded message:"
    });
    marker?;
    // The header: lines up to the first blank one. (Apple Mail leaves one between its marker
    // and the header.)
    let mut subject = None;
    let mut fields = 0;
    for l in input.get(offset..)?.split('\n').take(12) {
        offset += l.len() + 1;
        let t = scan::trim(l);
        if t.is_empty() {
            if fields == 0 {
                continue;
            }
            break;
        }
        fields += 1;
        if let Some(r) = scan::mail_subject(t) {
            subject = Some(r);
        }
    }
    let rest = input.get(offset.min(input.len())..)?;
    Some([subject?, "\n\n", rest].concat())
}

/// A printed page's number, alone or at the end of its footer: "Page 2 of 4", "Version 3 –
/// February 2025      Page 1 of 4".
fn is_page_number(l: &str) -> bool {
    let t = scan::trim(l);
    // (Or a footer set in columns, its page's bare number at one end: "www.ashworth.gov.uk/
    // gardenwaste          7", "8          BOROUGH MATTERS | Spring 2025".)
    // (Only where a number ends the line or opens it.)
    let numbered = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    if let Some(k) = (numbered(t.as_bytes().first()) || numbered(t.as_bytes().last()))
        .then(|| scan::find_sub(t, "          "))
        .flatten()
    {
        let (a, b) = (scan::trim(&t[..k]), scan::trim(&t[k..]));
        if (bare_number(a) || bare_number(b)) && !a.is_empty() && !b.is_empty() && t.len() <= 160 {
            return true;
        }
    }
    // (Or a browser's printed footer: the page's address, then its number of the pages, "https:
    // //www.example.co.uk/pensions/?print=1    2/3".)
    if (t.starts_with("http://") || t.starts_with("https://")) && t.len() <= 300 {
        // (Set apart by a space or by columns of them.)
        if let Some((url, n)) = t.split_once(' ') {
            let n = scan::trim(n);
            // (Page a of b: not a date, "14/6", nor "24/7".)
            let page = |a: &str, b: &str| {
                bare_number(a) && bare_number(b) && a.parse::<u16>().ok() <= b.parse::<u16>().ok()
            };
            if !url.contains(' ') && n.split_once('/').is_some_and(|(a, b)| page(a, b)) {
                return true;
            }
        }
    }
    // (Or "Page N of M" first, a reference set out after it: "Page 3 of 4          Ref:
    // WS/GW/0425".)
    if t.starts_with("Page ")
        && t.len() <= 160
        && scan::find_sub(t, "          ").is_some_and(|k| page_of(&t[..k]))
    {
        return true;
    }
    let Some(at) = t.len().checked_sub(20).map(|k| {
        // (From a char boundary near the end.)
        (k..t.len())
            .find(|&i| t.is_char_boundary(i))
            .unwrap_or(t.len())
    }) else {
        return page_of(t);
    };
    let tail = &t[at..];
    tail.find("Page ")
        .is_some_and(|i| page_of(&tail[i..]) && (at + i == 0 || t[..at + i].ends_with("  ")))
}

/// A reading app's or an editor's line among the text: a Kindle copy's place, "Location 96 of
/// 402 · 24%", and its citation, "Amos, Rachel. Heat pumps … (Kindle Locations 58-104). …
/// Kindle Edition."; a draft's comment balloon copied with its text, "[Comment JS1]: Legal have
/// asked…", "Commented [MP2]: OK?".
fn is_reading_note(l: &str) -> bool {
    let t = scan::trim(l);
    if t.len() > 600 {
        return false;
    }
    // (In the app's other languages too, "Position 96 von 402 · 24 %"; or its page where the
    // book has them, "Page 12 of 300 · 4%", the share then needed.)
    let location = || {
        let Some((word, r)) = t.split_once(' ') else {
            return false;
        };
        let paged = word == "Page";
        if !paged && !scan::Words("Location|Position|Posición|Emplacement|Posizione").contains(word)
        {
            return false;
        }
        let Some((at, rest)) = [" of ", " von ", " de ", " sur ", " di "]
            .iter()
            .find_map(|w| r.split_once(w))
        else {
            return false;
        };
        let (of, share) = rest.split_once(' ').unwrap_or((rest, ""));
        let share = share
            .strip_prefix(['·', '•', '|', '-', '–'])
            .map(scan::trim)
            .and_then(|p| p.strip_suffix('%'))
            .map(scan::trim);
        bare_number(at)
            && bare_number(of)
            && (share.is_some_and(bare_number) || !paged && rest.len() == of.len())
    };
    let comment = || {
        ["[Comment ", "Commented ["].iter().any(|p| {
            t.strip_prefix(p).is_some_and(|r| {
                r.find("]:").is_some_and(|k| {
                    (2..=8).contains(&k)
                        && r[..k].bytes().all(|b| b.is_ascii_alphanumeric())
                        && r[..k].bytes().any(|b| b.is_ascii_digit())
                })
            })
        })
    };
    location()
        || (t.ends_with("Kindle Edition.") && scan::has_sub(t, "(Kindle Location"))
        || comment()
}

/// A channel's post forwarded from another, copied from Telegram: its first lines name the
/// channel and the one forwarded from ("Сербия без паники" / "Forwarded from Релокейт в
/// Сербию 🇷🇸"), the post's own headline under them. The text after them.
fn forwarded_post(input: &str) -> Option<&str> {
    let t = input.trim_start_matches(['\u{FEFF}', '\n', '\r', ' ']);
    let (head, rest) = t.split_once("\n\n").or_else(|| t.split_once("\r\n\r\n"))?;
    let mut lines = head.lines().map(scan::trim);
    let (channel, from) = (lines.next()?, lines.next()?);
    let forwarded = [
        "Forwarded from ",
        "Переслано от ",
        "Пересланное сообщение от ",
        "Переслано від ",
        "Reenviado de ",
        "Weitergeleitet von ",
        "Encaminhado de ",
    ]
    .iter()
    .any(|p| from.strip_prefix(p).is_some_and(|r| scan::words_le(r, 8)));
    // (A channel's name, no sentence; the post's headline after it, a line of its own that
    // states or asks — not a question sheet's "Q: …", nor a forwarded mail's headline itself.)
    let headline = rest
        .split('\n')
        .map(scan::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            scan::words_le(l, 20)
                && scan::terminal_punct(l).is_none_or(scan::is_question_mark)
                && scan::strip_question_marker(l).is_none()
        });
    (forwarded
        && lines.next().is_none()
        && scan::words_le(channel, 8)
        && scan::terminal_punct(channel).is_none()
        && headline)
        .then_some(rest)
}

/// A draft copied with its tracked changes shown: "[Deleted: …]" goes (the words struck out),
/// "[Inserted: …]" keeps its words.
fn without_tracked_changes(input: &str) -> Option<String> {
    if !input.contains("[Deleted: ") && !input.contains("[Inserted: ") {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    // (One pass over the brackets: each change closes on its line, an unclosed one is text.)
    while let Some(k) = rest.find('[') {
        let after = &rest[k..];
        let change = ["[Deleted: ", "[Inserted: "]
            .iter()
            .find(|m| after.starts_with(**m))
            .map(|m| (m.len(), m.starts_with("[D")));
        let closed = change.and_then(|(len, deleted)| {
            let e = after[len..].find([']', '\n'])?;
            after[len + e..]
                .starts_with(']')
                .then_some((len, e, deleted))
        });
        match closed {
            Some((len, e, deleted)) => {
                out.push_str(&rest[..k]);
                if !deleted {
                    out.push_str(&after[len..len + e]);
                }
                rest = &after[len + e + 1..];
            }
            None => {
                out.push_str(&rest[..k + 1]);
                rest = &rest[k + 1..];
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// The first line after each printed page's footer (the first 200 footers): where the same
/// line follows two, it is the pages' running header.
fn lines_after_footers(input: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut footer = false;
    for line in input.split('\n') {
        let t = scan::trim(line);
        if is_page_number(line) {
            footer = true;
        } else if footer && !t.is_empty() {
            footer = false;
            found.push(t);
            if found.len() == 200 {
                break;
            }
        }
    }
    found
}

/// "Page N of M", whole.
fn page_of(t: &str) -> bool {
    let Some(r) = t.strip_prefix("Page ") else {
        return false;
    };
    let Some((n, m)) = r.split_once(" of ") else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    digits(n) && digits(m)
}

/// An emoji written as a chat's shortcode before a line, as Slack and Teams copy it: ":calendar:
/// When is open enrollment?". Returns the line after it.
fn after_shortcode(l: &str) -> &str {
    let t = scan::trim(l);
    let Some(r) = t.strip_prefix(':') else {
        return l;
    };
    match r.bytes().take(32).position(|b| b == b':') {
        Some(k)
            if k > 0
                && r.as_bytes()[..k].iter().all(|&b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b"_+-".contains(&b)
                })
                && r[k + 1..].starts_with(' ') =>
        {
            scan::trim(&r[k + 1..])
        }
        _ => l,
    }
}

/// A chat message's reactions copied as a line: ":white_check_mark: 41  :raised_hands: 12",
/// ":+1: 3" — shortcodes and their counts, nothing else.
fn is_reaction_row(l: &str) -> bool {
    let t = scan::trim(l);
    t.starts_with(':')
        && t.len() <= 200
        && t.split_ascii_whitespace().all(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || (w.len() > 2
                    && w.starts_with(':')
                    && w.ends_with(':')
                    && w[1..w.len() - 1].bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b"_+-".contains(&b)
                    }))
        })
}

/// A chat app's stamp over a forwarded message: "[07:48, 14/08/2025] Niamh Kelly: Forwarded".
fn is_forward_stamp(l: &str) -> bool {
    let t = scan::trim(l);
    // (Char searches: a reverse string search links a searcher of its own into the wasm.)
    t.starts_with('[')
        && t.len() <= 120
        && t.find(']').is_some_and(|k| {
            let (stamp, rest) = t.split_at(k);
            stamp.bytes().any(|b| b.is_ascii_digit())
                && rest.rfind(':').is_some_and(|c| {
                    scan::Words("Forwarded|Forwarded message|Weitergeleitet|Reenviado|Transféré")
                        .contains(scan::trim(&rest[c + 1..]))
                })
        })
}

/// An AsciiDoc document's or a wiki page's headings, written as Markdown's ("== Fees" →
/// "## Fees", the title "= Fees" on the first line → "# Fees"). Only where the text is one: its
/// first line such a title, or three such headings, or two closed by their signs as a wiki
/// closes them ("== Fees ==") — not a line of code in an answer, "== checks whether …".
fn asciidoc_headings(input: &str) -> Option<String> {
    // (The cheap look first.)
    if !input.contains("= ") {
        return None;
    }
    let first = input.split('\n').map(scan::trim).find(|l| !l.is_empty())?;
    let titled = equals_title(first).is_some_and(|(_, r)| r.starts_with(scan::is_upper));
    let (mut headings, mut closed) = (0, 0);
    for l in input.split('\n').map(scan::trim) {
        if equals_heading(l).is_some() {
            headings += 1;
            closed += usize::from(l.ends_with(" ="));
        }
    }
    if !(titled && headings >= 1 || headings >= 3 || closed >= 2) {
        return None;
    }
    let mut out = String::with_capacity(input.len() + 64);
    let mut title_done = !titled;
    for line in input.split('\n') {
        let l = scan::trim(line);
        if let Some((level, r)) = equals_heading(l) {
            out.push_str(&"#".repeat(usize::from(level)));
            out.push(' ');
            out.push_str(r);
        } else if let Some((_, r)) = equals_title(l).filter(|_| !title_done) {
            out.push_str("# ");
            out.push_str(r);
            title_done = true;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    Some(out)
}

/// An AsciiDoc or wiki heading, its level in equals signs before it, two to six ("== What can
/// my landlord deduct?", "=== Fees ===" with the wiki's closing signs): its level and text.
fn equals_heading(t: &str) -> Option<(u8, &str)> {
    let n = t.bytes().take_while(|&b| b == b'=').count();
    let rest = t[n..].strip_prefix(' ')?;
    let rest = scan::trim(rest);
    // (The wiki's closing signs, as many as opened it.)
    let rest = rest
        .strip_suffix(&t[..n])
        .filter(|r| r.ends_with(' '))
        .map_or(rest, scan::trim);
    ((2..=6).contains(&n) && !rest.is_empty() && !rest.starts_with('=')).then_some((n as u8, rest))
}

/// An AsciiDoc document's title on its first line, one equals sign before it: "= Getting your
/// deposit back".
fn equals_title(t: &str) -> Option<(u8, &str)> {
    let r = scan::trim(t.strip_prefix("= ")?);
    (!r.is_empty() && !r.starts_with('=')).then_some((1, r))
}

/// An ATX heading's text without what Markdown adds after it: the closing hashes ("## Why? ##")
/// and an attribute block naming its anchor ("### Can I renew a loan? {#renew}", as Pandoc,
/// kramdown and Hugo write it).
fn md_heading_text(t: &str) -> &str {
    let mut t = scan::trim(t);
    if let Some(i) = t.rfind(" {").filter(|_| t.ends_with('}')) {
        let attrs = &t[i + 2..t.len() - 1];
        if attrs
            .trim_start_matches(':')
            .trim_start()
            .starts_with(['#', '.'])
        {
            t = scan::trim(&t[..i]);
        }
    }
    let bare = t.trim_end_matches('#');
    if bare.len() < t.len() && bare.ends_with(' ') {
        t = scan::trim(bare);
    }
    t
}

/// A Markdown "setext" underline: a line of `=` (a heading) or `-` (a subheading) only.
fn underline(l: &str) -> Option<u8> {
    let t = scan::trim(l);
    let level = match t.as_bytes().first() {
        Some(b'=') => 1,
        Some(b'-') => 2,
        _ => return None,
    };
    (t.len() >= 3 && t.bytes().all(|b| b == t.as_bytes()[0])).then_some(level)
}

fn emit_group(
    doc: &mut Document,
    lines: &[&str],
    next_list: &mut u32,
    in_list: &mut u32,
    wrap: &dyn Fn() -> Option<usize>,
) {
    // (The cheap look first: two lines, the second asking.)
    if lines.len() == 2
        && scan::ends_with_question(lines[1])
        && wrap().is_some_and(|w| fills_column(lines, w))
    {
        *in_list = 0;
        push_line(doc, &join_wrapped(lines), next_list, in_list, false);
        return;
    }
    // A table set out in columns of spaces, three rows at least of as many cells, three at
    // least each ("Group     Average speed     Distance     Café stop?" / "A     28+ km/h …"):
    // read as the same table with its cells split by tabs.
    // (A row is short: a paragraph's long line is not searched.)
    let spaced = |l: &str| {
        let t = scan::trim(l);
        // (Three spaces looked for by bytes: a string search sets up a searcher per line.)
        if t.len() > 200 || t.contains('\t') || !t.as_bytes().windows(3).any(|w| w == b"   ") {
            return 0;
        }
        t.split("   ").filter(|c| !scan::trim(c).is_empty()).count()
    };
    let n = lines.first().map_or(0, |l| spaced(l));
    if n >= 3 && lines.len() >= 3 && lines.iter().all(|l| spaced(l) == n) {
        let rows: Vec<String> = lines
            .iter()
            .map(|l| {
                let mut row = String::new();
                for c in scan::trim(l)
                    .split("   ")
                    .map(scan::trim)
                    .filter(|c| !c.is_empty())
                {
                    if !row.is_empty() {
                        row.push('\t');
                    }
                    row.push_str(c);
                }
                row
            })
            .collect();
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        emit_lines_of(doc, &rows, next_list, in_list);
    } else {
        emit_lines_of(doc, lines, next_list, in_list);
    }
}

/// A group's lines, read.
fn emit_lines_of(doc: &mut Document, lines: &[&str], next_list: &mut u32, in_list: &mut u32) {
    // Lines read as a list's items, each as a bulleted line is.
    let items = |doc: &mut Document, lines: &[&str], next_list: &mut u32, in_list: &mut u32| {
        for l in lines {
            push_line(
                doc,
                &["- ", scan::trim(l)].concat(),
                next_list,
                in_list,
                false,
            );
        }
    };
    // A table of contents copied as lines under its label ("Contenido" / "¿Necesito
    // pasaporte?" / "La mejor época" / …): a list of its entries, whatever they ask.
    if lines.len() >= 3 && scan::is_contents_label(lines[0]) {
        let entries = &lines[1..];
        if entries.len() <= 40
            && entries
                .iter()
                .all(|l| scan::words_le(l, 20) && !scan::trim(l).ends_with('.'))
        {
            push_line(doc, lines[0], next_list, in_list, false);
            items(doc, entries, next_list, in_list);
            return;
        }
    }
    // A rail's box copied as lines under its label ("Lees ook" / "Waarom vindt een huisarts
    // geen opvolger?"; "Read next:" / three headlines): a list of its links, whatever they ask.
    // (Headlines only: none ends with a full stop, unless it promises its story, "… Here's
    // what's changing in 2027.")
    let headlines = |ls: &[&str]| {
        ls.iter().all(|l| {
            let t = scan::trim(l);
            scan::words_le(t, 20) && (!t.ends_with('.') || scan::heres_teaser(t))
        })
    };
    if (2..=7).contains(&lines.len())
        && scan::words_le(lines[0], 4)
        && scan::is_trailer_heading(lines[0])
        && headlines(&lines[1..])
    {
        push_line(doc, lines[0], next_list, in_list, false);
        items(doc, &lines[1..], next_list, in_list);
        return;
    }
    // (Or under the label set apart, a blank line between: "Meer weten?" / "" / three
    // headlines.)
    if (2..=6).contains(&lines.len())
        && headlines(lines)
        && doc.blocks.last().is_some_and(|b| {
            b.kind == BlockKind::Paragraph
                && scan::words_le(&b.text, 4)
                && scan::is_trailer_heading(&b.text)
        })
    {
        items(doc, lines, next_list, in_list);
        return;
    }
    // Steps numbered with full stops on lines of their own, one after another from the first
    // ("1. On an iPhone, go to Settings…" / "2. On Android, …"), none asking: an ordered list's
    // items, as a step numbered with a bracket is. (Numbered questions and crossheads stand
    // apart, a blank line between.)
    if (2..=99).contains(&lines.len()) && scan::trim(lines[0]).starts_with("1. ") {
        let step = |k: usize| {
            let t = scan::trim(lines[k]);
            let n = scan::num(k + 1);
            t.strip_prefix(n.as_str())
                .and_then(|r| r.strip_prefix(". "))
                .map(scan::trim)
                .filter(|r| !r.is_empty() && !scan::ends_with_question(r) && !r.contains('?'))
        };
        if (0..lines.len()).all(|k| step(k).is_some()) {
            for k in 0..lines.len() {
                let line = [&scan::num(k + 1), ") ", step(k).unwrap_or("")].concat();
                push_line(doc, &line, next_list, in_list, false);
            }
            return;
        }
    }
    // Questions on lines of their own after a lead-in that ends on a colon ("The ministry has
    // published sample questions, for example:" / "Who elects the President?" / "How many
    // official languages…?"): the lead-in's list, not questions the page answers.
    if lines.len() >= 2
        && doc
            .blocks
            .last()
            .is_some_and(|b| b.kind == BlockKind::Paragraph && scan::ends_with_colon(&b.text))
        && lines.iter().all(|l| {
            let t = scan::trim(l);
            scan::ends_with_question(t) && scan::words_le(t, 25) && !line_marker(l)
        })
    {
        items(doc, lines, next_list, in_list);
        return;
    }
    // (A loop, not recursion: a group may hold any number of headings. A question over a wrapped
    // answer is looked for once after the last heading: each look reads the rest of the group.)
    let mut rest = lines;
    let mut asked = false;
    loop {
        // A heading boxed between rules of '=', as a plain-text edition sets its headline in
        // capitals over two lines ("=====" / "HARWOOD LETTINGS COLLAPSE: WHAT TENANTS" / "NEED TO
        // KNOW" / "====="): one heading, its lines joined. (A line under it not in capitals as
        // it is, "Plain-text edition for the Parish News", is a line of its own.)
        if rest.first().and_then(|l| underline(l)) == Some(1) {
            if let Some(k) = (2..rest.len().min(5)).find(|&k| underline(rest[k]).is_some()) {
                let caps = scan::is_all_caps(rest[1]);
                let m = (2..k)
                    .find(|&m| scan::is_all_caps(rest[m]) != caps)
                    .unwrap_or(k);
                let joined = join_wrapped(&rest[1..m]);
                if underline(rest[k]) == Some(1) && scan::words_le(&joined, 25) {
                    push_line(doc, &["# ", &joined].concat(), next_list, in_list, false);
                    emit_lines(doc, &rest[m..k], next_list, in_list);
                    rest = &rest[k + 1..];
                    continue;
                }
            }
        }
        // Headings underlined as plain-text emails and Markdown set them ("Why is my stop going
        // away?" / "------"): the lines before, the heading, and then the lines after it.
        if let Some(k) = (0..rest.len().saturating_sub(1))
            .find(|&k| underline(rest[k + 1]).is_some() && underline(rest[k]).is_none())
        {
            emit_lines(doc, &rest[..k], next_list, in_list);
            let hashes = if underline(rest[k + 1]) == Some(1) {
                "# "
            } else {
                "## "
            };
            push_line(
                doc,
                // (Mailchimp's plain text marks its headings "** " too.)
                &[
                    hashes,
                    scan::trim(scan::trim(rest[k]).trim_start_matches("** ")),
                ]
                .concat(),
                next_list,
                in_list,
                false,
            );
            rest = &rest[k + 2..];
            continue;
        }
        // A question on the group's first line (or wrapped over its first two, after a "Q3."
        // marker), its answer hard-wrapped under it: the question, then the paragraph.
        let asks = |l: &str| scan::ends_with_question(scan::trim(l));
        let question_lines = if rest.len() >= 3 && asks(rest[0]) {
            1
        } else if rest.len() >= 4
            && (scan::strip_question_marker(scan::trim(rest[0])).is_some()
                // (Or numbered, as a PDF's FAQ wraps "5. My business was not damaged, but…" /
                // "    weeks because the road was closed. Am I eligible?" under its number.)
                || scan::strip_number(rest[0]).is_some()
                    && (rest[1].starts_with(scan::is_space)
                        // (Or flush, its end a short line: "9.5 What happens if my home is
                        // left unoccupied for more than" / "60 days in a row?".)
                        || scan::words_le(rest[1], 8) && scan::terminal_punct(rest[0]).is_none())
                // (Or set in capitals, as a newsletter's PDF wraps it: "WILL BREAKFAST CLUB
                // STILL OPEN AT 7.45AM AND WILL" / "THE PRICE CHANGE?".)
                || scan::is_all_caps(rest[0])
                    && scan::is_all_caps(rest[1])
                    && scan::terminal_punct(rest[0]).is_none())
            && !scan::is_sentence(rest[0])
            && asks(rest[1])
        {
            2
        } else {
            0
        };
        // (Wrapped at a column's width: not two short lines, "Request a new bin" / "Garden
        // waste", under a rail's question.)
        let answer = &rest[question_lines..];
        // (Or at a print column's narrower width, where the sentences run on from line to line
        // in lower case, as a newspaper's PDF copies.)
        // (Not a related box's headlines under a label, the first asking: "Imposto de Renda
        // 2026: quem … precisa declarar?" / "Salário mínimo … veja o cálculo" / "Câmara aprova
        // … texto vai ao Senado" — none runs on, and the last ends no sentence.)
        let wrapped = || {
            let body = &answer[..answer.len() - 1];
            let at_least = |w: usize| body.iter().all(|l| l.trim_end().chars().count() >= w);
            let headlines = || {
                runs_on(rest) == 0
                    && answer
                        .last()
                        .is_some_and(|l| scan::terminal_punct(scan::trim(l)).is_none())
                    && answer.iter().all(|l| l.trim_end().chars().count() <= 80)
            };
            // (Nor a table's rows, their cells split by tabs, under a header whose last cell
            // asks: "Category<TAB>…<TAB>Can I turn it off?".)
            is_hard_wrapped(answer)
                && (at_least(45) || (at_least(30) && runs_on(answer) * 2 >= body.len()))
                && !headlines()
                && answer.iter().all(|l| row_cells(l) < 2)
        };
        if question_lines > 0 && !std::mem::replace(&mut asked, true) && wrapped() {
            let question = rest[..question_lines]
                .iter()
                .map(|l| scan::trim(l))
                .collect::<Vec<_>>()
                .join(" ");
            push_line(doc, &question, next_list, in_list, false);
            rest = &rest[question_lines..];
            continue;
        }
        let before = doc.blocks.len();
        emit_lines(doc, rest, next_list, in_list);
        // A question and its one-line answer that asks back, the two lines a paragraph ("Is it
        // better to give or to receive?" / "Receive. Who's asking?"): the answer's line is no
        // question of the page's.
        if let [q, a] = rest {
            let a = scan::trim(a);
            if doc.blocks.len() == before + 2
                && asks(q)
                && asks(a)
                && scan::has_inner_sentence_end(a)
                && !line_marker(a)
            {
                if let Some(b) = doc.blocks.last_mut() {
                    b.flags.set(Flags::ANSWER_LINE);
                }
            }
        }
        return;
    }
}

/// A group of lines with no underlined heading in it, and no question over a wrapped answer.
fn emit_lines(doc: &mut Document, lines: &[&str], next_list: &mut u32, in_list: &mut u32) {
    if lines.is_empty() {
        return;
    }
    // A reader's name alone under their question, led by a hyphen ("- Deb", "- Colin, Mount
    // Barker"): a signature, not a one-item list.
    if let [l] = lines {
        let t = scan::trim(l);
        if t.starts_with("- ") && scan::is_dash_signature(t) {
            *in_list = 0;
            let mut b = BlockBuilder::new(false);
            b.push_text(t, 0, None);
            if let Some(block) = b.finish(BlockKind::Paragraph, Flags::default(), 0) {
                doc.blocks.push(block);
            }
            return;
        }
    }
    // A quoted letter, every line behind "> " as an email quotes it, hard-wrapped: one quoted
    // paragraph, and its signature ("> -- Priya, Gateshead") a line of its own.
    if lines.len() >= 3 && lines.iter().all(|l| scan::trim(l).starts_with('>')) {
        let inner: Vec<&str> = lines
            .iter()
            .map(|l| scan::trim(scan::trim(l).trim_start_matches('>')))
            .collect();
        let last = inner[inner.len() - 1];
        let signed = scan::is_dash_signature(last) || scan::is_reader_signature(last);
        let body = &inner[..inner.len() - usize::from(signed)];
        if body.len() >= 2 && is_hard_wrapped(body) {
            push_line(
                doc,
                &["> ", &body.join(" ")].concat(),
                next_list,
                in_list,
                false,
            );
            if signed {
                push_line(doc, last, next_list, in_list, false);
            }
            return;
        }
    }
    // A forum post's quote of an earlier post, copied as text under its header ("Quote:" /
    // "Originally Posted by sparkyDave" / the quoted lines): quoted lines, as "> " sets them —
    // not the thread's questions again.
    // (The header alone on its line, the poster's name after it: not a wrapped paragraph's
    // "Originally posted by the Trust on its blog, this…".)
    if let Some(h) = lines.iter().take(2).position(|l| {
        let t = scan::trim(l);
        t.len() > 20
            && t.is_char_boundary(20)
            && t[..20].eq_ignore_ascii_case("originally posted by")
            && scan::words_le(&t[20..], 3)
            && scan::terminal_punct(t).is_none()
            && !t.contains(',')
    }) {
        if h + 1 < lines.len() {
            for l in &lines[..=h] {
                push_line(doc, l, next_list, in_list, false);
            }
            for l in &lines[h + 1..] {
                push_line(
                    doc,
                    &["> ", scan::trim(l)].concat(),
                    next_list,
                    in_list,
                    false,
                );
            }
            return;
        }
    }
    // Rows of a table copied from a page, their cells split by tabs: a table again. A cell's
    // own line breaks come through as lines without a tab: a line that ends a sentence is the
    // last cell's next paragraph; one that does not, before a row, the start of that row's first
    // cell ("I requested a mail ballot but never" / "got it. Can I still vote?<TAB>Yes…"). Lines
    // before the first row stand before the table ("Voting basics").
    let cells = |l: &&str| row_cells(l) >= 2;
    let first = lines.iter().position(cells).unwrap_or(lines.len());
    let rest = &lines[first..];
    let rows = rest.iter().filter(|l| cells(l)).count();
    if rows >= 2 && rows * 2 >= rest.len() {
        for l in &lines[..first] {
            push_line(doc, l, next_list, in_list, false);
        }
        *next_list = next_list.wrapping_add(1).max(1);
        *in_list = 0;
        let table = *next_list;
        // (Its first row is the header where its last cell labels a column and the rows' last
        // cells are sentences: "Myth or fact?<TAB>What our advisers say" over "Does…?<TAB>Myth.
        // A furnace…".)
        fn last_cell(l: &str) -> &str {
            scan::trim(l.rsplit('\t').next().unwrap_or(""))
        }
        let header = rest.first().is_some_and(|l| {
            let c = last_cell(l);
            scan::words_le(c, 8) && scan::terminal_punct(c).is_none()
        }) && rest[1..]
            .iter()
            .filter(|l| cells(l))
            .all(|l| scan::terminal_punct(last_cell(l)).is_some());
        let mut lead: Option<&str> = None;
        for (k, l) in rest.iter().enumerate() {
            let row = cells(l);
            // (Not a group's label over its rows, whose first cell starts a sentence of its
            // own: "Prepayment meters" / "Do prepayment customers pay more?<TAB>No…".)
            let opens_row = !row
                && scan::terminal_punct(scan::trim(l)).is_none()
                && rest.get(k + 1).is_some_and(|next| {
                    cells(next)
                        && !scan::trim(next).starts_with(|c: char| scan::is_upper(c) || c == '¿')
                });
            if opens_row {
                lead = Some(scan::trim(l));
                continue;
            }
            let mut b = BlockBuilder::new(false);
            if !row {
                b.push_text(scan::trim(l), 0, None);
                if let Some(block) = b.finish(BlockKind::Paragraph, Flags::default(), table) {
                    doc.blocks.push(block);
                }
                continue;
            }
            for (c, cell) in scan::trim(l).split('\t').enumerate() {
                let mut b = BlockBuilder::new(false);
                if let Some(lead) = lead.take().filter(|_| c == 0) {
                    b.push_text(lead, 0, None);
                    b.push_text(" ", 0, None);
                }
                b.push_text(scan::trim(cell), 0, None);
                let mut flags = Flags::default();
                if c == 0 {
                    flags.set(Flags::ROW_START);
                }
                if let Some(block) = b.finish(BlockKind::Cell(header && k == 0), flags, table) {
                    doc.blocks.push(block);
                }
            }
        }
        return;
    }
    // The page's first lines may be its headline over a wrapped standfirst, no blank line
    // between them, as a PDF copies them ("Your pension questions answered" / "The changes to
    // the … come into" / "force on 1 July. …"): a short line at the text's start, with room left
    // for the next line's first word, and that word capitalised, the standfirst's next line
    // running on in lower case.
    // (Past a printed page's running head: "DIE WOCHENPOST | Donnerstag, 6. März 2025
    // REPORTAGE 3".)
    let at_start = doc.blocks.len() <= 2
        && doc
            .blocks
            .iter()
            .all(|b| scan::is_media_boilerplate(&b.text));
    if at_start && lines.len() >= 3 {
        let w = lines[1..].iter().map(|l| line_chars(l)).max().unwrap_or(0);
        let t = scan::trim(lines[0]);
        if scan::terminal_punct(t).is_none()
            && scan::words_le(t, 12)
            && line_chars(t) * 3 <= w * 2
            && scan::trim(lines[1]).starts_with(scan::is_upper)
            && (scan::trim(lines[2]).starts_with(scan::is_lower) && is_hard_wrapped(&lines[1..])
                || ends_on_article(lines[1]))
        {
            push_line(doc, t, next_list, in_list, false);
            // (The standfirst up to its line that ends a sentence; the rest line by line, as
            // the whole group would have been read: questions and answers may follow in it.)
            let end = (1..lines.len())
                .find(|&k| scan::trim(lines[k]).ends_with(['.', '!', '?']))
                .unwrap_or(lines.len() - 1);
            *in_list = 0;
            push_line(
                doc,
                &join_wrapped(&lines[1..=end]),
                next_list,
                in_list,
                false,
            );
            if end + 1 < lines.len() {
                emit_each(doc, &lines[end + 1..], next_list, in_list);
            }
            return;
        }
    }
    // A print column whose question ends a line inside the group, the answer on the next
    // line capitalised ("the school gates. Do they have a point?" / "Of course it does not
    // …"): the column's paragraphs, where its width says the line ended short.
    // (Read once: where it finds one paragraph only, the same reading serves below.)
    let mut reflowed = None;
    if lines.len() >= 6
        && lines[..lines.len() - 1]
            .iter()
            .zip(&lines[1..])
            .any(|(a, b)| scan::ends_with_question(a) && scan::trim(b).starts_with(scan::is_upper))
    {
        match reflow_column(lines) {
            Some(paragraphs) if paragraphs.len() > 1 => {
                for p in paragraphs {
                    push_line(doc, &p, next_list, in_list, false);
                }
                return;
            }
            other => reflowed = Some(other),
        }
    }
    if is_hard_wrapped(lines) {
        let joined = join_wrapped(lines);
        *in_list = 0;
        push_line(doc, &joined, next_list, in_list, false);
        return;
    }
    // A short paragraph or a headline broken over a few lines, each after the first running on
    // in lower case ("Why won’t my hydrangea" / "bloom? Readers’ spring" / "garden questions
    // answered"): one line — where each line ends as a column's would, the next line's first
    // word too long for it. (Not a list's lines, "Telford Way and Pytchley Road" / "the eastern
    // end of …", nor tags, "lunar eclipse" / "astronomy".)
    if (2..=5).contains(&lines.len())
        && lines.iter().map(|l| l.len()).sum::<usize>() <= 240
        && runs_on(lines) == lines.len() - 1
        && !lines.iter().any(|l| line_marker(l))
        // (Nor a chat's post under its header: "Tom Reyes  6:03 AM" / "yes stuck here too".)
        && scan::post_author(lines[0]).is_none()
        && column_wrapped(lines)
    {
        push_line(doc, &join_wrapped(lines), next_list, in_list, false);
        return;
    }
    if let Some(paragraphs) = reflowed.unwrap_or_else(|| reflow_column(lines)) {
        for p in paragraphs {
            push_line(doc, &p, next_list, in_list, false);
        }
        return;
    }
    emit_each(doc, lines, next_list, in_list);
}

/// A group's lines each a block of its own, but for the markers and the questions a line break
/// cuts, joined to what they belong to.
fn emit_each(doc: &mut Document, lines: &[&str], next_list: &mut u32, in_list: &mut u32) {
    let mut i = 0;
    // Whether the last marker read was an answer's.
    let mut in_answer = false;
    while i < lines.len() {
        let l = lines[i];
        // A marker on a line of its own ("Q." / "A." over the text) belongs to the next line;
        // so does a transcript's speaker in brackets ("[앵커]" over the anchor's turn).
        // (Not over a list: "A:" / "• Check your payslip" / "• Tell your employer" keeps its
        // first item.)
        // (So does a caption's label, as a BBC page copies it: "Image caption," / the caption.)
        // (And a question's number alone on its line, "Q1" / "When does the change start?": the
        // marker of the line under it, whatever that says, "Q6" / "Please explain …".)
        if let Some(next) = lines.get(i + 1).filter(|n| {
            (scan::is_bare_marker(l, true)
                || scan::is_bracketed_role_line(l)
                || scan::trim(l).eq_ignore_ascii_case("image caption,"))
                && bullet(scan::trim(n)).is_none()
                && numbered_step(scan::trim(n)).is_none()
                || scan::is_numbered_q(l) && !scan::trim(n).is_empty() && !line_marker(n)
        }) {
            let sep = if scan::is_numbered_q(l) { ": " } else { " " };
            let joined = [scan::trim(l), sep, scan::trim(next)].concat();
            push_line(doc, &joined, next_list, in_list, false);
            i += 2;
            continue;
        }
        // A myth-buster's labels on lines of their own, numbered or not ("Myth 1" / "Heat pumps
        // don't work when it's cold." / "Fact" / "They do…"): each label belongs to the line
        // under it, as "Myth: …" and "Fact: …" set it.
        if let Some((label, next)) = scan::lone_label(l).zip(lines.get(i + 1)) {
            let joined = [label, ": ", scan::trim(next)].concat();
            push_line(doc, &joined, next_list, in_list, false);
            i += 2;
            continue;
        }
        // A marked question broken over a printed column's lines ("Q My apple tree produced
        // lots of" / "blossom this spring but hardly any" / "fruit. What am I doing wrong?"):
        // one line, up to the line that asks, the reader's name under it apart.
        // (The cheap looks first: most groups are one line.)
        if i + 1 < lines.len()
            && !scan::ends_with_question(l)
            && scan::strip_question_marker(l).is_some()
        {
            if let Some(k) = (i + 1..lines.len().min(i + 6))
                .take_while(|&k| !line_marker(lines[k]))
                .find(|&k| scan::ends_with_question(lines[k]))
            {
                let answered = lines.get(k + 1).is_some_and(|n| !line_marker(n));
                push_line(
                    doc,
                    &join_wrapped(&lines[i..=k]),
                    next_list,
                    in_list,
                    answered,
                );
                i = k + 1;
                continue;
            }
        }
        // A Spanish question broken over two lines, as a phone's copy breaks them ("¿Qué
        // coches no podrán" / "entrar?"): one line.
        // So is a numbered question wrapped as a printed page wraps it ("4. Kan ik met de
        // fiets of te voet nog wel over de" / "brug?").
        // (Or at a comma, the next line running on in lower case: "6) What about the stairwell
        // windows and the bin store doors," / "   are they being done as well?".)
        let numbered = |t: &str, next: &str| {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
                && scan::strip_number(t).is_some_and(|(_, r)| {
                    !scan::words_le(r, 2)
                        && (!r.ends_with(['.', '?', '!', ':', ';', ',', '？'])
                            || r.ends_with(',') && next.starts_with(scan::is_lower))
                        && !r.contains(['?', '？'])
                })
        };
        // And a short question a line break cuts in two, a paragraph of its own ("What if my
        // child is" / "really behind?"): the second line runs on in lower case.
        // (Or a question a PDF's line breaks in two among the answers' lines, "Will I lose any
        // of the pension I have already" / "built up?" / "No. Benefits…": a line that opens a
        // sentence, the one under it running on to the question mark.)
        let cut = |t: &str, next: &str| {
            !t.ends_with(['.', '?', '!', ':', ';', ',', '？'])
                // (Not a chat's post under its header: "Mei Lin  6:20 AM" / "did anyone…?".)
                && scan::post_author(t).is_none()
                && next.starts_with(scan::is_lower)
                && (lines.len() == 2
                    || t.starts_with(scan::is_upper)
                        // (Four words at least: not a name over a chat's post, "Priya Shah" /
                        // "anyone know if…?".)
                        && !scan::words_le(t, 3)
                        && (i == 0
                            || scan::trim(lines[i - 1]).ends_with(['.', '?', '!', '"', '”'])))
        };
        let open = |t: &str, next: &str| {
            (t.starts_with(['¿', '¡']) && !t.contains(['?', '!']))
                || numbered(t, next)
                || cut(t, next)
        };
        // (Not a marked question under a numbered section's heading: "1.<TAB>About the move" /
        // "Q.<TAB>Why are we moving?".)
        let close = |t: &str| {
            t.ends_with(['?', '？'])
                && !t.contains('¿')
                && scan::words_le(t, 12)
                && scan::strip_number(t).is_none()
                && scan::strip_question_marker(t).is_none()
        };
        if let Some(next) = lines
            .get(i + 1)
            .filter(|n| close(scan::trim(n)) && open(scan::trim(l), scan::trim(n)))
        {
            let joined = [scan::trim(l), " ", scan::trim(next)].concat();
            let answered = lines.get(i + 2).is_some_and(|n| !line_marker(n));
            push_line(doc, &joined, next_list, in_list, answered);
            i += 2;
            continue;
        }
        // A marked answer hard-wrapped as a PDF copies it, no blank line before the next
        // question ("Ans. Krishi Bhandaran Protsahan Yojana is a Central Sector Scheme" /
        // "launched by the Department of Agriculture & Farmers Welfare to create" / … / "Q.2 …"):
        // one line, up to a line that ends a sentence short of the column's width, or a marker.
        // (And so is each of its paragraphs after the first, up to the next marker.)
        // (Looked for only where another line follows: most groups are one line.)
        if i + 1 < lines.len() {
            if scan::strip_answer_marker(l, true).is_some() {
                in_answer = true;
            } else if in_answer && scan::strip_question_marker(l).is_some() {
                in_answer = false;
            }
        }
        if in_answer && i + 1 < lines.len() {
            let wrapped = |k: usize| {
                let (a, b) = (scan::trim(lines[k - 1]), scan::trim(lines[k]));
                line_chars(a) >= 50
                    && !a.ends_with(['.', '?', '!', ':', ';'])
                    && !b.is_empty()
                    && !line_marker(b)
                    // (A lone word only where it ends the sentence: not a post's count of
                    // likes under it, "22".)
                    && (!scan::words_le(b, 1) || b.ends_with(['.', '?', '!']))
            };
            let end = (i + 1..lines.len())
                .find(|&k| !wrapped(k))
                .unwrap_or(lines.len());
            if end > i + 1 {
                push_line(
                    doc,
                    &join_wrapped(&lines[i..end]),
                    next_list,
                    in_list,
                    false,
                );
                i = end;
                continue;
            }
        }
        // A bulleted question with its answer on the lines under it ("• Who is at risk?" /
        // "Older people…") is a question line, not a one-item list.
        let answered = lines.get(i + 1).is_some_and(|n| !line_marker(n));
        push_line(doc, l, next_list, in_list, answered);
        i += 1;
    }
}

fn push_line(
    doc: &mut Document,
    line: &str,
    next_list: &mut u32,
    in_list: &mut u32,
    answered: bool,
) {
    let line = scan::trim(line);
    let t = scan::strip_pictographs(after_shortcode(line));
    // (An emoji after a line set in emphasis, as a chat posts its headline: "*Ask the Courier:
    // …, answered* 🚧".)
    // (Only a line that ends on a character outside ASCII can: most do not.)
    let pictured = t.as_bytes().last().is_some_and(|&b| b >= 0x80);
    let t = match t.rsplit_once(' ').filter(|_| pictured) {
        Some((head, tail))
            if head.ends_with(['*', '_'])
                && !tail.is_empty()
                && scan::strip_pictographs(&[tail, " x"].concat()) == "x" =>
        {
            head
        }
        _ => t,
    };
    if t.is_empty() {
        return;
    }
    // A question marked with "❓" is marked as "Q:" would mark it.
    // (Signed after it too: "❓ *Will the bus still stop?* (asked by Sinéad, Tagoat)".)
    let q_mark = line.starts_with(['❓', '❔'])
        && (scan::ends_with_question(t.trim_end_matches(['*', '_']))
            || t.strip_prefix('*')
                .and_then(|r| r.split_once("* ("))
                .is_some_and(|(q, _)| scan::ends_with_question(q)));
    if scan::is_separator(t) && !t.starts_with('#') {
        *in_list = 0;
        doc.blocks.push(Block::separator());
        return;
    }
    let mut kind = BlockKind::Paragraph;
    let mut flags = Flags::default();
    let mut text = t;
    let mut group = 0;
    // Markdown headings: "## What happens next?"
    let hashes = t.chars().take_while(|&c| c == '#').count();
    let asking = |r: &str| scan::ends_with_question(r) && !r.is_empty();
    // Raw HTML a Markdown file keeps for an accordion: "<details>" and "</details>" go, and
    // "<summary>Can I still buy a paper pass?</summary>" is a heading like the file's others.
    if matches!(t, "<details>" | "</details>" | "<details open>") {
        return;
    }
    if let Some(inner) = t
        .strip_prefix("<summary>")
        .and_then(|r| r.strip_suffix("</summary>"))
    {
        let level = doc.blocks[doc.blocks.len().saturating_sub(40)..]
            .iter()
            .rev()
            .find_map(|b| match b.kind {
                BlockKind::Heading(l) if l > 1 => Some(l),
                _ => None,
            })
            .unwrap_or(3);
        kind = BlockKind::Heading(level);
        // (Its words may be bold inside it: "<summary><b>Is it free?</b></summary>".)
        let inner = scan::trim(inner);
        text = ["b", "strong"]
            .iter()
            .find_map(|t| {
                inner
                    .strip_prefix(&["<", t, ">"].concat())
                    .and_then(|r| r.strip_suffix(&["</", t, ">"].concat()))
                    // (Bold throughout: not "<b>Who</b> can <b>apply?</b>".)
                    .filter(|r| !r.contains('<'))
            })
            .map_or(inner, scan::trim);
    } else if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        kind = BlockKind::Heading(hashes as u8);
        text = md_heading_text(&t[hashes..]);
    } else if let Some(r) = t.strip_prefix("** ").map(scan::trim).filter(|r| {
        // A heading in a newsletter's plain-text part, as Mailchimp writes it: "** Who pays
        // for the replacement?" (not bold, "**Why?**", nor a footnote's sentence).
        !r.is_empty() && !r.ends_with(['*', '.']) && scan::words_le(r, 20)
    }) {
        kind = BlockKind::Heading(2);
        text = r;
    } else if let Some(r) = ["» ", "▶ ", "► ", "➤ "]
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .map(scan::trim)
        .filter(|r| asking(r))
    {
        // An arrow before a question, as French and Spanish sites set their questions in
        // text: "» Quels véhicules sont concernés ?" (an arrow before a link stays).
        text = r;
    } else if let Some(r) = bullet(t).filter(|r| answered && asking(r)) {
        // (A dash before a question, "— What changes?", is the question's to drop:
        // `questions::question_text`.)
        text = r;
    } else if let Some((r, n)) = bullet(t)
        .map(|r| (r, false))
        .or_else(|| numbered_step(t).filter(|r| !asking(r)).map(|r| (r, true)))
    {
        // (A step numbered with a bracket, "1) Log in to your entry", is an ordered list's
        // item; numbered questions ask.)
        kind = BlockKind::ListItem;
        text = r;
        if n {
            flags.set(Flags::ORDERED);
        }
        if *in_list == 0 {
            *next_list = next_list.wrapping_add(1).max(1);
            *in_list = *next_list;
        }
        group = *in_list;
    } else if let Some(r) = t.strip_prefix('>') {
        flags.set(Flags::QUOTE);
        text = scan::trim(r);
    }
    if kind != BlockKind::ListItem {
        *in_list = 0;
    }
    let mut b = BlockBuilder::new(false);
    // "**Why now?**", "__Why now?__": a bold line; "*Why now?*", "_Why now?_": an italic one.
    let wrapped = |mark: &str| {
        text.strip_prefix(mark)
            .and_then(|r| r.strip_suffix(mark))
            .filter(|i| {
                !i.is_empty() && !i.contains(mark) && !i.starts_with(' ') && !i.ends_with(' ')
            })
    };
    // "**Why now?** Because…": a bold run-in, then the rest of the paragraph.
    // (A chat's single asterisks too, before who asked: "❓ *Will the bus still stop?* (asked
    // by Sinéad, Tagoat)".)
    // (And a speaker's label in single asterisks, as a browser saves a page as text: "*Brandes:*
    // Mehr, als …".)
    // (Or a chat's bold question, its answer on the same line: "*4. Do we still need to label
    // everything?* Please! …".)
    let run_in = || {
        let single = !text.starts_with("**");
        let mark = if single { "*" } else { "**" };
        let r = text.strip_prefix(mark)?;
        let (bold, rest) = r.split_once(mark)?;
        (!bold.is_empty()
            && !bold.starts_with(' ')
            && !bold.ends_with(' ')
            && rest.starts_with(' ')
            && (!single || q_mark || bold.ends_with(':') || bold.ends_with('?')))
        .then_some((bold, rest))
    };
    if q_mark {
        b.push_text("Q: ", 0, None);
    }
    if let Some(inner) = wrapped("**").or_else(|| wrapped("__")) {
        b.push_text(inner, marks::STRONG, None);
    } else if let Some(inner) = wrapped("*").or_else(|| wrapped("_")) {
        b.push_text(inner, marks::EM, None);
    } else if let Some((lead, inner, mark)) = emphasis_after_colon(text) {
        // (A lead-in, then the words it introduces in emphasis, as a chat sets a reader's
        // question: "Reader Tomás asks: _Does she need the RSV shot?_".)
        b.push_text(lead, 0, None);
        b.push_text(inner, mark, None);
    } else if let Some((bold, rest)) = run_in() {
        // (A chat's question in single asterisks is emphasis as its lines alone are.)
        let em = !text.starts_with("**") && !q_mark && bold.ends_with('?');
        b.push_text(bold, if em { marks::EM } else { marks::STRONG }, None);
        b.push_text(rest, 0, None);
    } else {
        push_md_inline(&mut b, text);
    }
    if let Some(block) = b.finish(kind, flags, group) {
        doc.blocks.push(block);
    }
}

/// Text with Markdown's bold runs inside it ("People born between **6 March 1961 and 5 March
/// 1963** fall into …"): each run's words in bold, its marks gone; a lone "**", or one with a
/// space inside it ("2 ** 8", "** note"), stays as written. Links as `push_md_links` reads them.
fn push_md_inline(b: &mut BlockBuilder, text: &str) {
    // (Not between a word's letters or digits: "3**2", "x**2 + y**2".)
    let glued = |c: Option<char>| c.is_some_and(scan::is_word_char);
    let mut rest = text;
    while let Some(i) = rest.find("**") {
        let after = &rest[i + 2..];
        let Some(k) = after.find("**") else {
            break;
        };
        let inner = &after[..k];
        if inner.is_empty()
            || inner.starts_with(char::is_whitespace)
            || inner.ends_with(char::is_whitespace)
            || glued(rest[..i].chars().next_back())
            || glued(after[k + 2..].chars().next())
        {
            push_md_links(b, &rest[..i + 2]);
            rest = after;
            continue;
        }
        push_md_links(b, &rest[..i]);
        b.push_text(inner, marks::STRONG, None);
        rest = &after[k + 2..];
    }
    push_md_links(b, rest);
}

/// Text with Markdown's inline links in it ("Do [air purifiers](https://…) actually work?"):
/// each link's words as a link to its address (a web or site-relative one; any other, its
/// words alone), the rest as it is.
fn push_md_links(b: &mut BlockBuilder, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        let Some(open) = rest[..i].rfind('[') else {
            break;
        };
        let words = &rest[open + 1..i];
        let after = &rest[i + 2..];
        // (The address ends at its bracket; a space or a line's end before it means none: the
        // search stops there, linear over the text.)
        let close = after.find([')', ' ', '\n', '\t']);
        let url = close.map_or("", |c| &after[..c]);
        if words.is_empty()
            || words.contains(']')
            || url.is_empty()
            || !close.is_some_and(|c| after[c..].starts_with(')'))
        {
            b.push_text(&rest[..i + 2], 0, None);
            rest = after;
            continue;
        }
        let close = close.unwrap_or(0);
        // (An image, "![A heat pump](pump.jpg)": its markup goes, its words are its alt text.)
        let image = rest[..open].ends_with('!');
        let safe =
            url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/');
        b.push_text(&rest[..open - usize::from(image)], 0, None);
        if !image {
            b.push_text(words, 0, safe.then_some(url));
        }
        rest = &after[close + 1..];
    }
    b.push_text(rest, 0, None);
}

/// A line's last words set in emphasis after a colon: "Reader Tomás asks: _Does she need the
/// RSV shot?_". Returns the lead-in with its colon and space, the words, and their mark.
fn emphasis_after_colon(text: &str) -> Option<(&str, &str, u8)> {
    let (mark, m) = match text.as_bytes().last()? {
        b'_' => (marks::EM, ": _"),
        b'*' if text.ends_with("**") => (marks::STRONG, ": **"),
        b'*' => (marks::EM, ": *"),
        _ => return None,
    };
    let close = &m[2..];
    let k = text.rfind(m)?;
    let inner = text.get(k + m.len()..text.len() - close.len())?;
    (!inner.is_empty()
        && !inner.contains(close)
        && !inner.starts_with(' ')
        && !inner.ends_with(' ')
        && k > 0)
        .then(|| (&text[..k + 2], inner, mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(d: &Document) -> Vec<&str> {
        d.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn bbcode() {
        let post = "[b]Q:[/b] Why?\n[b]A:[/b] See [url=https://x.example/]the map[/url] [img]a.gif[/img].\n\
                    [quote=\"ann\"]Was it [i]really[/i] [u]so[/u]?\nYes.[/quote]\n[list]\n[*]One\n[/list]\n";
        assert_eq!(
            unbbcode(post).as_deref(),
            Some("**Q:** Why?\n**A:** See the map .\n> Was it really so?\n> Yes.\n\n• One\n\n\n")
        );
        // Footnotes' letters, two closing tags, an unknown tag: not BBCode.
        assert_eq!(
            unbbcode("A claim.[a] Another.[b]\n[a] Source.\n[b] Source."),
            None
        );
        assert_eq!(unbbcode("[b]x[/b] [i]y[/i] [z]w[/z]"), None);
        // A stray bracket is text, and the tags after it are still read.
        assert_eq!(
            unbbcode("[b]a[/b] [ [i]b[/i] [u]c[/u]").as_deref(),
            Some("**a** [ b c\n")
        );
    }

    #[test]
    fn phrase_broken_lines() {
        assert!(phrase_broken(&[
            "You can visit every day",
            "from 11 in the morning",
            "until 8 at night."
        ]));
        assert!(phrase_broken(&[
            "This leaflet is from",
            "Kingsbridge General Hospital."
        ]));
        // A post's name and time over its text; a label over a sentence; one that asks.
        assert!(!phrase_broken(&[
            "Moderator",
            "10:32",
            "Welcome, everyone."
        ]));
        assert!(!phrase_broken(&["Opening hours", "We open at nine."]));
        assert!(!phrase_broken(&["Can I visit at", "other times?"]));
        assert!(!phrase_broken(&[]));
    }

    #[test]
    fn emphasis_after_a_colon() {
        assert_eq!(
            emphasis_after_colon("Reader asks: _Why now?_"),
            Some(("Reader asks: ", "Why now?", marks::EM))
        );
        assert_eq!(
            emphasis_after_colon("Note: **Read this**"),
            Some(("Note: ", "Read this", marks::STRONG))
        );
        for t in [
            ": _",
            ": **",
            "x: _",
            "a_b_",
            "Asks: _ Why?_",
            "snake_case_",
        ] {
            assert_eq!(emphasis_after_colon(t), None, "{t}");
        }
    }

    #[test]
    fn lines_and_paragraphs() {
        let d = read_text("Title\n\nCaption (AP)\nCaption (AP)\n\nQ: Why?\nA: Because.\n\n___\n");
        assert_eq!(
            texts(&d),
            [
                "Title",
                "Caption (AP)",
                "Caption (AP)",
                "Q: Why?",
                "A: Because.",
                ""
            ]
        );
        assert_eq!(d.blocks[5].kind, BlockKind::Separator);
    }

    #[test]
    fn an_emails_quoted_letter_is_one_paragraph_and_its_signature() {
        let d = read_text(
            "> We rent a two-bedroom flat in Gateshead. In September our landlord\n\
             > replaced the old boiler and has now written to say the rent will go\n\
             > up. Is he allowed to do this?\n\
             > -- Priya, Gateshead\n",
        );
        assert_eq!(
            texts(&d),
            [
                "We rent a two-bedroom flat in Gateshead. In September our landlord replaced \
                 the old boiler and has now written to say the rent will go up. Is he allowed \
                 to do this?",
                "-- Priya, Gateshead"
            ]
        );
        assert!(d.blocks[0].flags.has(Flags::QUOTE));
    }

    #[test]
    fn printed_page_footers_and_running_headers_are_dropped() {
        assert!(is_page_number("Page 2 of 4"));
        assert!(is_page_number(
            "Version 3 – February 2025          Page 1 of 14"
        ));
        assert!(!is_page_number("Turn to Page 2 of 4"));
        assert!(is_page_number(
            "Page 3 of 4                                  Ref: WS/GW/0425"
        ));
        assert!(!is_page_number(
            "Page 3 of the report          sets out the costs"
        ));
        assert!(!is_page_number("Page two of four"));
        let doc = read_text(
            "Title\n\nFirst paragraph.\n\nVersion 3        Page 1 of 2\n\
             Eastbridge Council        Bulky Waste FAQs\n\nSecond paragraph.",
        );
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title", "First paragraph.", "Second paragraph."]);
    }

    #[test]
    fn permalink_marks() {
        assert_eq!(without_permalink("General#"), Some("General"));
        assert_eq!(without_permalink("Is it stable?¶"), Some("Is it stable?"));
        assert_eq!(without_permalink("Why learn C#"), None);
        assert_eq!(without_permalink("F#"), None);
        assert_eq!(without_permalink("Heading #"), None);
        assert_eq!(without_permalink("##"), None);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let d = read_text(
            "This paragraph was wrapped at about seventy columns by an editor who\nlikes short lines in plain text email messages and it goes on for a\nwhile longer.\n",
        );
        assert_eq!(d.blocks.len(), 1);
        assert!(d.blocks[0].text.starts_with("This paragraph was wrapped"));
        assert!(d.blocks[0].text.ends_with("while longer."));
    }

    #[test]
    fn markdown_tables() {
        let md = "Intro.\n\n| Question | Answer |\n| --- | :---: |\n| **Why?** | Because [the law](https://x.example/a) says so.<br><br>bread rises. |\n| **Who?** | Everyone |\n\nAfter.\n";
        let out = unpipe_tables(md).unwrap();
        assert_eq!(
            out,
            "Intro.\n\n\nWhy?\tBecause the law says so. bread rises.\nWho?\tEveryone\n\n\nAfter.\n\n"
        );
        // (No rule under the first row: no table.)
        assert!(unpipe_tables("| a | b |\n| c | d |\n").is_none());
        assert!(unpipe_tables("x |-- y").is_none());
        // (A row of one cell filled is a line of its own, its bold gone; a row wider than the
        // header is cut to it.)
        let out = unpipe_tables("| Q | A |\n|---|---|\n| **Section** | |\n| Why? | No | extra |\n")
            .unwrap();
        assert_eq!(out, "\nSection\nWhy?\tNo\n\n\n");
        // (The reading takes the rows as a table's: each question over its answer.)
        let d = read_text(md);
        assert!(d.blocks.iter().any(|b| b.text == "Why?"));
        assert!(crate::looks_like_html("<p>a</p>") && !crate::looks_like_html(md));
        assert!(crate::looks_like_html("Text<br>more<br>and<br>more"));
    }

    #[test]
    fn markdown_bits() {
        assert_eq!(
            md_heading_text(" Can I renew a loan? {#renew}"),
            "Can I renew a loan?"
        );
        assert_eq!(md_heading_text(" Why now? {: #why .faq}"), "Why now?");
        assert_eq!(md_heading_text(" Why now? ##"), "Why now?");
        assert_eq!(md_heading_text(" C# or F#?"), "C# or F#?");
        assert_eq!(md_heading_text(" Sets {a, b}"), "Sets {a, b}");
        let d = read_text("## What now?\n\n- one\n- two\n\n**Why?**\n\n> quoted\r\n");
        assert_eq!(d.blocks[0].kind, BlockKind::Heading(2));
        assert_eq!(d.blocks[0].text, "What now?");
        assert_eq!(d.blocks[1].kind, BlockKind::ListItem);
        assert_eq!(d.blocks[1].group, d.blocks[2].group);
        assert!(d.blocks[3].flags.has(Flags::BOLD));
        assert_eq!(d.blocks[3].text, "Why?");
        assert!(d.blocks[4].flags.has(Flags::QUOTE));
        // A question on a bullet of its own over a list set with another bullet: a line.
        let d = read_text("* WHY NOW?\n\n- Because.\n\n- And so.\n\n* ONE\n\n- two\n");
        assert_eq!(d.blocks[0].kind, BlockKind::Paragraph);
        assert_eq!(d.blocks[0].text, "WHY NOW?");
        assert_eq!(d.blocks[1].kind, BlockKind::ListItem);
        assert_eq!(d.blocks[3].kind, BlockKind::ListItem);
    }

    #[test]
    fn bare_markers_only_where_questions_are_answered_so() {
        let column = "Q Is it too late\nto prune?\n\nA Not at all.\n\nQ Can I move it?\n\nA Yes.\n";
        assert_eq!(
            colon_bare_markers(column).as_deref(),
            Some(
                "Q: Is it too late\nto prune?\n\nA: Not at all.\n\nQ: Can I move it?\n\nA: Yes.\n"
            )
        );
        // One question so, or sentences that open "A": no markers.
        assert_eq!(
            colon_bare_markers("Q Street is closed.\nA spokesman said so.\n"),
            None
        );
        assert_eq!(
            colon_bare_markers("A man was hurt.\nA road was shut.\n"),
            None
        );
    }
}

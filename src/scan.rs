//! Little matchers over text: punctuation, question and answer markers, numbering, credits,
//! bylines and boilerplate. Every function is total (never panics) and linear in its input.

/// A word list kept as one string, its entries separated by `|`: an array of strings would cost
/// the wasm eight bytes per entry for its address and length, and these lists hold hundreds.
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static str);

impl Words {
    /// Whether `text` starts with one of the words (as lists of opening phrases are read).
    pub fn opens(self, text: &str) -> bool {
        self.index().opens_at(text.as_bytes())
    }

    /// The entries; never an empty one (a stray `|` at a list's end would match everything).
    pub fn iter(self) -> WordsIter {
        WordsIter(self.0)
    }

    /// Is `word` an entry?
    pub fn contains(self, word: &str) -> bool {
        let w = word.as_bytes();
        w.first()
            .is_some_and(|&b| self.index().bucket(b).iter().any(|e| e.as_bytes() == w))
    }

    /// Is `text` an entry, its ASCII letters in any case? (The entries are in lower case.)
    pub fn contains_ascii_ci(self, text: &str) -> bool {
        self.contains(&text.to_ascii_lowercase())
    }

    /// Does any entry occur in `text` (already folded)?
    pub fn occur_in(self, text: &str) -> bool {
        let (ix, b) = (self.index(), text.as_bytes());
        (0..b.len()).any(|i| ix.opens_at(&b[i..]))
    }

    /// Does any entry occur in `text` (already folded) at the start of a word? (Only the words'
    /// starts are looked at.)
    pub fn occur_at_words(self, text: &str) -> bool {
        let (ix, b) = (self.index(), text.as_bytes());
        (0..b.len()).any(|i| b[i] != b' ' && (i == 0 || b[i - 1] == b' ') && ix.opens_at(&b[i..]))
    }

    /// The list's entries grouped by first byte, made on first use: a list is looked up in it
    /// rather than read whole on every call (most lists are asked about every block, and some
    /// hold hundreds of entries). One index per list for the process, kept for its life (the
    /// lists are constants: a few hundred kilobytes in all).
    fn index(self) -> &'static Index {
        let key = (self.0.as_ptr() as usize, self.0.len());
        let mut all = INDEXES.lock().unwrap_or_else(|e| e.into_inner());
        match all.binary_search_by_key(&key, |(k, _)| *k) {
            Ok(i) => all[i].1,
            Err(i) => {
                let ix: &'static Index = Box::leak(Box::new(Index::of(self.0)));
                all.insert(i, (key, ix));
                ix
            }
        }
    }
}

/// The indexes of the word lists read so far, by the list's address and length.
#[allow(clippy::type_complexity)]
static INDEXES: std::sync::Mutex<Vec<((usize, usize), &'static Index)>> =
    std::sync::Mutex::new(Vec::new());

/// A word list's entries in order of their first byte; `starts[b]..starts[b + 1]` are those
/// that start with byte `b`.
struct Index {
    starts: [u16; 257],
    entries: Vec<&'static str>,
}

impl Index {
    fn of(list: &'static str) -> Index {
        let first = |w: &str| usize::from(w.as_bytes()[0]);
        let mut starts = [0u16; 257];
        for w in WordsIter(list) {
            starts[first(w) + 1] += 1;
        }
        for b in 0..256 {
            starts[b + 1] += starts[b];
        }
        let mut next = starts;
        let mut entries = vec![""; usize::from(starts[256])];
        for w in WordsIter(list) {
            entries[usize::from(next[first(w)])] = w;
            next[first(w)] += 1;
        }
        Index { starts, entries }
    }

    fn bucket(&self, first: u8) -> &[&'static str] {
        let b = usize::from(first);
        self.entries
            .get(usize::from(self.starts[b])..usize::from(self.starts[b + 1]))
            .unwrap_or(&[])
    }

    /// Does an entry start `text`?
    fn opens_at(&self, text: &[u8]) -> bool {
        text.first().is_some_and(|&b| {
            self.bucket(b)
                .iter()
                .any(|w| text.starts_with(w.as_bytes()))
        })
    }
}

/// The entries of a [`Words`] list. (A byte loop: the wasm is built for size, and there
/// `str::split` costs a call per character.)
#[derive(Clone, Debug)]
pub struct WordsIter(&'static str);

impl Iterator for WordsIter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        loop {
            let b = self.0.as_bytes();
            if b.is_empty() {
                return None;
            }
            let mut i = 0;
            while i < b.len() && b[i] != b'|' {
                i += 1;
            }
            // `|` is ASCII: both sides are on character boundaries.
            let word = self.0.get(..i).unwrap_or("");
            self.0 = self.0.get(i + 1..).unwrap_or("");
            if !word.is_empty() {
                return Some(word);
            }
        }
    }
}

/// `text.contains(needle)` for the short needles of word lists: a first-byte scan, linear in the
/// text for a needle of bounded length. (Cheaper than the general searcher's set-up, which is
/// paid again for every entry of a list.)
pub fn has_sub(text: &str, needle: &str) -> bool {
    find_sub(text, needle).is_some()
}

/// `text.split_once(needle)` by [`find_sub`]: the text before the needle's first occurrence and
/// after it.
pub fn split_sub<'a>(text: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    find_sub(text, needle).map(|i| (&text[..i], &text[i + needle.len()..]))
}

/// Where `needle` first occurs in `text` (a byte offset). Written by hand, like [`has_sub`]: the
/// standard library's two-way searcher costs the wasm a kilobyte.
pub fn find_sub(text: &str, needle: &str) -> Option<usize> {
    let (h, n) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    if n.len() > h.len() {
        return None;
    }
    let last = h.len() - n.len();
    let mut i = 0;
    while i <= last {
        if h[i] == first && h[i + 1..i + n.len()] == *rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A number in decimal digits. (Written by hand: the formatting machinery behind `format!` and
/// `to_string` would cost the wasm about 3 KB, and these are the only numbers it prints.)
pub fn num(mut n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[i..].iter().map(|&d| char::from(d)).collect()
}

/// Question marks of the scripts we read: Latin `?`, full-width `？` (CJK), Arabic `؟`,
/// Greek `;` (U+037E), Armenian `՞`, Ethiopic `፧`, small `﹖`, reversed `⸮`.
pub fn is_question_mark(c: char) -> bool {
    matches!(c, '?' | '？' | '؟' | '\u{037E}' | '՞' | '፧' | '﹖' | '⸮')
}

/// Characters that may close a sentence after its punctuation: quotes and brackets.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | '«'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '“'
            | '*'
            | '_'
            // (And a direction mark after the sentence's mark: "…ב-1 בינואר?&rlm;".)
            | '\u{200F}'
            | '\u{200E}'
            | '\u{061C}'
    )
}

/// Spaces including no-break and narrow no-break space (French puts one before `?`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace() || c == '\u{00A0}' || c == '\u{202F}' || c == '\u{2007}' || c == '\u{FEFF}'
}

// The browser build is optimised for size, and there each step of `str::chars`, `trim_matches`
// or `split` with a predicate is a call. The loops below decode UTF-8 themselves: the hottest
// text scans of the classifier run two to three times faster in the wasm.

/// The character that starts at byte `i` of `s` (a character boundary before its end), and its
/// length in bytes. ASCII is decoded in place; other characters by a call.
#[inline(always)]
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        b @ 0..0x80 => (char::from(b), 1),
        _ => wide_char_at(s, i),
    }
}

fn wide_char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes();
    let lead = u32::from(b[i]);
    let cont = |k: usize| b.get(i + k).map_or(0, |&c| u32::from(c & 0x3F));
    let (c, n) = if lead < 0xE0 {
        (((lead & 0x1F) << 6) | cont(1), 2)
    } else if lead < 0xF0 {
        (((lead & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    };
    (char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), n)
}

/// The start of the character that ends at byte `j` of `s` (`0 < j`, a character boundary).
#[inline(always)]
fn char_start_before(s: &str, j: usize) -> usize {
    let b = s.as_bytes();
    let mut k = j - 1;
    while k > 0 && b[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    k
}

/// Where `s` starts once spaces ([`is_space`]) are skipped.
fn space_end(s: &str, mut i: usize) -> usize {
    while i < s.len() {
        let (c, n) = char_at(s, i);
        if !is_space(c) {
            break;
        }
        i += n;
    }
    i
}

pub fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// `s.trim_start_matches(is_space)`, without a call per character.
pub fn trim_start(s: &str) -> &str {
    // (Most texts start with a letter: no character to decode.)
    if s.as_bytes().first().is_none_or(|&b| plain_ascii(b)) {
        return s;
    }
    s.get(space_end(s, 0)..).unwrap_or("")
}

/// An ASCII byte that is no space: neither trimmed nor the start of a longer character.
fn plain_ascii(b: u8) -> bool {
    b < 0x80 && !matches!(b, b' ' | b'\t'..=b'\r')
}

/// `s.trim_end_matches(is_space)`, without a call per character.
pub fn trim_end(s: &str) -> &str {
    if s.as_bytes().last().is_none_or(|&b| plain_ascii(b)) {
        return s;
    }
    let mut j = s.len();
    while j > 0 {
        let k = char_start_before(s, j);
        if !is_space(char_at(s, k).0) {
            break;
        }
        j = k;
    }
    s.get(..j).unwrap_or("")
}

/// The words of `s`: its runs of characters between spaces ([`is_space`]), never empty.
pub fn words(s: &str) -> WordsOf<'_> {
    WordsOf { s, i: 0 }
}

#[derive(Clone, Debug)]
pub struct WordsOf<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> WordsOf<'a> {
    /// What is left after the words read so far, without its leading spaces.
    pub fn rest(&self) -> &'a str {
        trim_start(self.s.get(self.i..).unwrap_or(""))
    }
}

impl<'a> Iterator for WordsOf<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let s = self.s;
        let start = space_end(s, self.i);
        let mut end = start;
        while end < s.len() {
            let (c, n) = char_at(s, end);
            if is_space(c) {
                break;
            }
            end += n;
        }
        self.i = end;
        (end > start).then(|| s.get(start..end).unwrap_or(""))
    }
}

/// Does `s` hold a question mark ([`is_question_mark`])?
pub fn has_question_mark(s: &str) -> bool {
    find_char(s, |c| c == '?' || (!c.is_ascii() && is_question_mark(c))).is_some()
}

/// The first character of `s` that `f` accepts, and where it is: `s.char_indices().find(…)`.
#[inline(always)]
pub fn find_char(s: &str, f: impl Fn(char) -> bool) -> Option<(usize, char)> {
    let mut i = 0;
    while i < s.len() {
        let (c, n) = char_at(s, i);
        if f(c) {
            return Some((i, c));
        }
        i += n;
    }
    None
}

/// The last meaningful character, skipping trailing spaces, closing quotes and brackets.
pub fn last_significant(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| !is_space(c) && !is_closer(c))
}

/// True when the text ends with a question mark (possibly followed by quotes, brackets, `!`, an
/// emoji or dagger, or a footnote number).
pub fn ends_with_question(s: &str) -> bool {
    // (Past a status tag after the mark: "Who is eligible? (Updated)".)
    let s = strip_status_tag(s);
    // Armenian marks the questioned word (՞, U+055E) and ends the sentence with its full stop:
    // "Որքա՞ն կլինի ուղեվարձը։". The mark asks in the last sentence, or in the first of a
    // reader's that explains after it ("Կարո՞ղ եմ վտարել վարձակալին առանց դատարանի։ Նա …։"),
    // a sentence ending at Armenian's full stop, "!", or a colon typed for it before a capital
    // (not an abbreviation's "2025 թ." nor "0.25").
    // (Not a short one opening an answer, "Ինչո՞ւ։ Որովհետև …", nor one between others, "Շատ
    // դժվար է։ Ո՞վ կգա …։ Մենք …"; nor inside a quote in a paragraph that does not open with
    // one: "«Հարցն այն է՝ որքա՞ն կարժենա հացը։ Եթե …»,– ասում է նա։".)
    if s.contains('\u{55E}') {
        let t = trim(s);
        let body = t.trim_end_matches(|c| is_space(c) || is_closer(c) || c == '։' || c == ':');
        let b = body.as_bytes();
        let ends = |k: usize| {
            body[k..].starts_with('։')
                || b[k] == b'!'
                || b[k] == b':'
                    && body[k + 1..].starts_with(' ')
                    && body[k + 2..].starts_with(is_upper)
        };
        let (mut first, mut last, mut n) = (body.len(), 0, 0);
        for (k, _) in body.char_indices() {
            if ends(k) {
                first = first.min(k);
                last = k;
                n += 1;
            }
        }
        let mark_outside_quotes = |part: &str| {
            let mut depth = 0u32;
            part.chars().any(|c| {
                match c {
                    '«' => depth += 1,
                    '»' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                c == '\u{55E}' && (depth == 0 || part.starts_with('«'))
            })
        };
        let tail = &body[last..];
        return mark_outside_quotes(if n == 0 { body } else { tail })
            || n <= 2 && !words_le(&body[..first], 3) && mark_outside_quotes(&body[..first]);
    }
    // Greek asks with ';' (the Greek question mark U+037E is rarely typed): "Τι αλλάζει;".
    let t = s.trim_end_matches(|c| is_space(c) || is_closer(c));
    if let Some(before) = t.strip_suffix(';') {
        let mut cs = before.chars().rev().skip_while(|&c| is_closer(c));
        if cs
            .next()
            .is_some_and(|c| matches!(u32::from(c), 0x0370..=0x03FF | 0x1F00..=0x1FFF))
        {
            return true;
        }
    }
    // Japanese headings often ask without a mark, with the particle か ("なぜ円安が進むのか") or
    // a topic left open ("家計への影響は": and the effect on households?); a sentence that ends
    // "…か。" is prose, as the full stop says.
    // (Not inside a closing bracket: a name's reading, "森山 遥（もりやま・はるか）"; nor a
    // list's "and others", "川村さやか、小西ひなた、ほか".)
    // (But a question put politely keeps its full stop, as an FAQ sets it: "…必要ですか。",
    // "…できますか。", "…でしょうか。".)
    if ["ですか。", "ますか。", "でしょうか。", "ませんか。"]
        .iter()
        .any(|e| t.ends_with(e))
    {
        return true;
    }
    let mut cs = t.chars().rev();
    if matches!(cs.next(), Some('か' | 'は'))
        && cs.next().is_some_and(is_cjk)
        && !trim(s).ends_with(['）', ')'])
        && !t.ends_with("ほか")
    {
        return true;
    }
    // (Or with its question word last: "「2024年問題」ってどういうこと" (what does it mean),
    // "運賃はどうなる" (what happens to), "開通はいつ" (when), "費用はいくら" (how much).)
    if [
        "どういうこと",
        "どうなる",
        "なぜ",
        "いつ",
        "いくら",
        "どのくらい",
        "どれくらい",
    ]
    .iter()
    .any(|w| t.len() > w.len() && t.ends_with(w))
    {
        return true;
    }
    // Thai asks with a closing word and no mark: "…ได้ที่ไหน" (where), "…อะไร" (what),
    // "…หรือไม่" (or not), "…บ้าง" (which ones).
    // (Before a polite particle: "…อย่างไรครับ", "…ไหมคะ".)
    let t = ["ครับ", "ค่ะ", "คะ", "คับ"]
        .iter()
        .find_map(|p| t.strip_suffix(p))
        .unwrap_or(t);
    // (Short lines only: a paragraph that ends "…ถามว่าอาหารมาจากไหน" reports a question.)
    // A heading may ask at its start too, "ใครบ้างที่เป็นกลุ่มเสี่ยง" (who…), "ทำไม…" (why…), or
    // ask "which" inside, "ฝุ่นระดับไหนที่…", "อาการแบบไหนควร…" (not "ไหนก็", whichever).
    if short_line_in(t, 0x0E01, 0x0E4E)
        && (Words(concat!(
            "ไหม|มั้ย|หรือไม่|หรือเปล่า|หรือยัง|หรือ|อะไร|ที่ไหน|ไหน|เมื่อไหร่|เมื่อไร|อย่างไร|ยังไง|",
            // ("…จะเกิดอะไรขึ้น", what will happen.)
            "เท่าไร|เท่าไหร่|บ้าง|ใคร|ทำไม|อะไรขึ้น",
        ))
        .iter()
        .any(|w| t.ends_with(w))
            // (After a numbered heading's number, or a clause before: "1. ใครมีสิทธิ์…",
            // "อยู่บ้านเช่า ใครเป็นคนได้รับเงิน" (renting: who gets the money).)
            // (Not "ใคร่ครวญ", consider; nor "ใครๆ", anyone.)
            || t.split(' ').any(|w| {
                w.starts_with("ทำไม")
                    || w.strip_prefix("ใคร").is_some_and(|r| !r.starts_with(['\u{E48}', '\u{E46}']))
            })
            // "สินค้าอะไรบ้างที่…" (which goods…): "what, which ones" inside.
            || t.contains("อะไรบ้าง")
            // "…มีกี่ระดับ", "ซื้อได้คนละกี่ใบ" (how many…): a word's start, not "เกี่ยว"
            // (related); not "ไม่กี่" (a few), "ไม่รู้กี่ครั้ง" (countless), "กี่ปีก็ตาม" (however
            // many).
            || t.match_indices("กี่").any(|(k, _)| {
                !t[..k].ends_with(['เ', 'แ', 'โ', 'ไ', 'ใ'])
                    && !t[..k].ends_with("ไม่")
                    && !t[..k].ends_with("ไม่รู้")
                    && !t[k..].contains("ก็")
            })
            || has_which(t))
    {
        return true;
    }
    // Lao alike, past a polite particle ("…ບໍ່ເຈົ້າ", "…ຫຍັງແດ່"): "…ບໍ່" (or not), "…ແນວໃດ"
    // (how), "…ຫຍັງ" (what), "…ໃຜ" (who), "…ເມື່ອໃດ" (when), "…ເທົ່າໃດ" (how much) — not
    // after a "ບໍ່" that negates, "ບໍ່ເປັນຫຍັງ" (it's fine), "ບໍ່ຫຼາຍເທົ່າໃດ" (not much); nor
    // "ໃສ", "ຈັກ", the ends of other words ("ແຈ່ມໃສ", clear; "ເຄື່ອງຈັກ", machine): "where" only
    // as "ຢູ່ໃສ" (at where), "ໄປໃສ" (to where), "ແຕ່ໃສ" (from where).
    let lao = ["ເຈົ້າ", "ແດ່", "ນໍ"]
        .iter()
        .find_map(|p| t.strip_suffix(p))
        .unwrap_or(t);
    if short_line_in(lao, 0x0E81, 0x0EDF)
        && Words("ບໍ່|ບໍ|ແນວໃດ|ຫຍັງ|ໃຜ|ເມື່ອໃດ|ເທົ່າໃດ|ແມ່ນບໍ|ຢູ່ໃສ|ໄປໃສ|ແຕ່ໃສ")
            .iter()
            .find(|w| lao.ends_with(*w))
            .is_some_and(|w| {
                let before = &lao[..lao.len() - w.len()];
                matches!(w, "ບໍ່" | "ບໍ" | "ແມ່ນບໍ") || !before.contains("ບໍ່")
            })
    {
        return true;
    }
    // Burmese asks with a closing particle before its full stop: "…ဘာလဲ။" (what), "…သွားသင့်
    // သလဲ။" (should … go?), "…ရမလား။" (yes or no), formally "…မည်သို့ … သနည်း။". "လဲ" and
    // "နည်း" end other words too ("ပြောင်းလဲ", change; "နည်း", few): they ask only after a
    // question word, "ဘာ", "ဘယ်" (what, which), "မည်", "အဘယ်" (formal). One short sentence,
    // past a numbered heading's number ("၁။ …").
    if let Some(body) = t
        .strip_suffix('။')
        .map(|b| b.trim_end_matches(is_space))
        .filter(|b| b.ends_with(['ဲ', 'း']) && b.len() <= 400)
    {
        let body = body
            .trim_start_matches(|c: char| ('\u{1040}'..='\u{1049}').contains(&c))
            .trim_start_matches('။')
            .trim_start_matches(is_space);
        // (Whole question words: not "ဘာ" in "ကမ္ဘာ" (world) or "ဘာသာ" (language), nor "မည်"
        // in "အမည်" (name) or as the future's marker — only as "မည်သည့်", "မည်သို့", "မည်မျှ"
        // (which, how, how much) or before "နည်း".)
        let asks_word = || {
            body.contains("ဘယ်")
                || body.match_indices("ဘာ").any(|(k, w)| {
                    !body[..k].ends_with('္') && !body[k + w.len()..].starts_with("သာ")
                })
                || ["မည်သည့်", "မည်သို့", "မည်မျှ", "မည်နည်း", "အဘယ်"]
                    .iter()
                    .any(|w| body.contains(w))
        };
        if !body.contains('။')
            && body.bytes().filter(|&b| b == b' ').count() <= 8
            && (body.ends_with("လား")
                || (body.ends_with("လဲ") || body.ends_with("နည်း")) && asks_word())
        {
            return true;
        }
    }
    // Read backwards: 0 trailing spaces, closers and ornaments; 1 a footnote number right after
    // the mark ("safe?1", "safe?[12]"); 2 its opening bracket read; 3 after a final '!'.
    let (mut state, mut digits) = (0u8, 0u8);
    for c in s.chars().rev() {
        if is_question_mark(c) {
            return true;
        }
        let junk = is_space(c) || is_closer(c);
        // A superscript footnote mark: "school?¹".
        let superscript = matches!(c, '¹' | '²' | '³' | '⁰'..='⁹' | '*');
        state = match state {
            0 if junk || is_ornament(c) || superscript => 0,
            0 | 1 if c.is_ascii_digit() && digits < 3 => {
                digits += 1;
                1
            }
            0 if c == '!' => 3,
            1 if c == '[' || c == '(' => 2,
            3 if junk => 3,
            _ => return false,
        };
    }
    false
}

/// Text without a bracketed status tag at its end, as FAQs mark what changed: "Who is eligible?
/// (Updated)", "… [New]", "… (updated 3 March)", "… (Neu)", or a comment's anchor after a
/// question's mark ("…?[a]"). Other brackets stay.
pub fn strip_status_tag(s: &str) -> &str {
    let t = trim_end(s);
    // (Or before it, with a colon, as a document marks what changed: "NEW: Can I get a
    // permit…?".)
    if let Some(k) = head(t, 16).find(':') {
        let rest = trim(&t[k + 1..]);
        if !rest.is_empty() && STATUS_TAGS.contains(&fold(trim(&t[..k]))) {
            return rest;
        }
    }
    let open = match t.as_bytes().last() {
        Some(b')') => '(',
        Some(b']') => '[',
        // (Or a document's change mark after the question's: "Is there a prayer room? *".)
        Some(b'*') if t.ends_with("? *") => return &t[..t.len() - 2],
        _ => return t,
    };
    let end = tail(t, 40);
    let Some(k) = end.rfind(open).map(|k| t.len() - end.len() + k) else {
        return t;
    };
    // (Or a comment's anchor glued to the mark, as a document exported as text keeps it:
    // "¿Habrá cuidado…?[a]".)
    let raw = &t[k + 1..t.len() - 1];
    if open == '['
        && (1..=2).contains(&raw.len())
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && t[..k].ends_with(['?', '？'])
    {
        return &t[..k];
    }
    let inner = fold(trim(raw));
    let before = trim_end(&t[..k]);
    let tag = STATUS_TAGS.iter().any(|w| {
        inner
            .strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    });
    // (Or a chapter's time after a question, as a podcast's page heads its summary: "Why is
    // rent so high? (04:12)".)
    let stamp = raw.contains(':')
        && (4..=8).contains(&raw.len())
        && raw.bytes().all(|b| b.is_ascii_digit() || b == b':')
        && before.ends_with(['?', '？']);
    if (words_le(&inner, 4) && tag || stamp) && !before.is_empty() {
        before
    } else {
        t
    }
}

/// What follows a status tag in capitals that opens `s` ("NEW We cannot rule this out…"), as a
/// document marks a question that changed at its end, the answer run on under it.
pub fn after_caps_status_tag(s: &str) -> Option<&str> {
    let (w, rest) = s.split_once(' ')?;
    (w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase()) && STATUS_TAGS.contains(&fold(w)))
        .then(|| trim_start(rest))
}

const STATUS_TAGS: Words = Words(
    "updated|update|new|added|revised|changed|amended|corrected|aktualisiert|neu|mis à jour|nouveau|nouvelle|\
     actualizado|nuevo|nueva|aggiornato|nuovo|nieuw|bijgewerkt|atualizado|novo|nowe|\
     zaktualizowano|uppdaterad|ny|opdateret|päivitetty|uusi",
);

/// A parliament's written question, in its formal words and ending on a full stop: "To ask the
/// Secretary of State for Transport, what assessment his Department has made of …", "To ask
/// His Majesty's Government whether they plan to …".
pub fn is_formal_ask(s: &str) -> bool {
    let t = trim(s);
    let Some(r) = t.strip_prefix("To ask ") else {
        return false;
    };
    ["the ", "His ", "Her "].iter().any(|w| r.starts_with(w)) && t.contains(',')
        || r.starts_with("His Majesty's Government ")
        || r.starts_with("Her Majesty's Government ")
}

/// A Korean or Japanese interviewer's dash-led prompt that asks with a full stop, as their papers
/// print them: "―AI가 정말 일자리를 없앨까요.", "―정부는 무엇을 해야 합니까." (interrogative
/// endings -까, -까요, -나요); "――家業を継ごうと決めたのはいつですか。" (the particle か, or かね),
/// "――経営の状況は。" (a topic left open). Only after the dialogue dash: in prose such an ending
/// is a rhetorical aside or a statement.
pub fn is_dash_prompt_asking(s: &str) -> bool {
    // (Or two hyphens typed for the dash, as a wire's Q&A sets its questions: "-- 스트레스
    // DSR이 뭔가.")
    // (Or the arrow a Korean paper's 일문일답 sets before each question: "▶ 향후 계획은.")
    // (With its full stop: not a report's noun subheads, "▶ 주가", "▶ 반도체 수출 21% 증가".)
    let arrowed = || {
        trim(s)
            .strip_prefix('▶')
            .map(trim)
            .filter(|r| r.starts_with(is_hangul) && r.ends_with('.'))
    };
    let Some(body) = after_dialogue_dash(s)
        .or_else(|| trim(s).strip_prefix("-- "))
        .or_else(arrowed)
    else {
        return false;
    };
    let body = trim(body.trim_end_matches(['.', '。']));
    let ends = |endings: &[&str], script: &dyn Fn(char) -> bool| {
        endings.iter().any(|e| {
            body.strip_suffix(e)
                .and_then(|b| b.chars().next_back())
                .is_some_and(script)
        })
    };
    // (Korean: also the plain interrogative -나 and -가, "해야 하나.", "끝인가."; hearsay left open,
    // "빨라지고 있다는데."; a topic left open, "소감은.", "앞으로 계획은.".)
    ends(
        &["까", "까요", "나요", "나", "가", "는데", "은", "는"],
        &is_hangul,
    ) || ends(&["か", "かね", "は"], &is_japanese)
}

/// The words after a dialogue dash that opens `s`: '—', '―', '–', or a hyphen typed for one
/// and set against the word ("-취임 1년을 맞았다.", as Korean papers' web copies print it; "- "
/// with a space is a list's bullet, "-5" a number).
pub fn after_dialogue_dash(s: &str) -> Option<&str> {
    let t = trim(s);
    // (Or two hyphens before a word of a script outside ASCII, as KBS and Yonhap copy their
    // transcripts: "--두 달 연속 기준금리를 내린 배경은.", "--“금리 인하가 너무 늦었다”는 …".)
    let doubled = t
        .strip_prefix("--")
        .filter(|r| r.starts_with(|c: char| is_word_char(c) && !c.is_ascii() || starts_quote(c)));
    let body = if let Some(r) = doubled {
        r
    } else if let Some(r) = t.strip_prefix('-') {
        // (A figure may open the turn, glued to a word of another script: "-1부 무대는 …" —
        // not a negative number, "-5", "-2.5%".)
        let figure = || {
            r.trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(|c: char| is_word_char(c) && !c.is_ascii())
        };
        (r.starts_with(|c: char| !is_space(c) && !c.is_ascii_digit() && !matches!(c, '-' | '.'))
            || r.starts_with(|c: char| c.is_ascii_digit()) && figure())
        .then_some(r)?
    } else {
        let r = t.trim_start_matches(['―', '—', '–']);
        (r.len() < t.len()).then_some(r)?
    };
    let body = trim(body);
    (!body.is_empty()).then_some(body)
}

/// A line of reported dialogue, as Spanish and Portuguese narratives set it: opened by a dash,
/// the narrator's tag inside it between dashes, a verb of saying after the inner dash
/// ("—Esas son las que más cuestan —dice—.", "—Depende —le dice—. ¿Qué tanto lo quieres?",
/// "—Não sei —responde ela."). An interview's dashed turns carry no narrator.
pub fn has_dialogue_tag(s: &str) -> bool {
    let Some(body) = after_dialogue_dash(s) else {
        return false;
    };
    if body.len() > 2000 {
        return false;
    }
    // (A story's turns are short: an interview's answer may quote someone, "«…», — сказал
    // он", "« Rien n'est joué », dit-il.")
    let short = words_le(body, 40);
    // (French inverts its tag with no dash before it, ending the sentence: "— Tu viens ?
    // demanda-t-il.", "— Non, dit-elle." — not a question's own inversion, "Que se passe-t-il
    // ?", "L'État a-t-il, selon vous, …".)
    if short
        && [
            "-t-il", "-t-elle", "dit-il", "dit-elle", "fit-il", "fit-elle",
        ]
        .iter()
        .any(|w| {
            body.match_indices(w).take(8).any(|(i, _)| {
                body.as_bytes().get(i + w.len()) == Some(&b'.') && !after_quote(&body[..i])
            })
        })
    {
        return true;
    }
    body.match_indices(" —").take(8).any(|(i, m)| {
        // (Italian, French and Russian set a space after the dash, "— disse.": read only in a
        // short turn, as their verbs are.)
        let rest = &body[i + m.len()..];
        let tag = rest.trim_start_matches(' ');
        if tag.len() < rest.len() && !short || after_quote(&body[..i]) {
            return false;
        }
        let tag = ["le ", "les ", "me ", "nos ", "se ", "lhe "]
            .iter()
            .find_map(|c| tag.strip_prefix(c))
            .unwrap_or(tag);
        SAYING.opens(tag) || short && SAYING_SHORT.opens(tag)
    })
}

/// Whether the words before a tag close a quotation: the tag is then a quotation's inside
/// the turn ("«Спасибо, учтём», — сказал мне тогда…", "« Rien n'est joué », dit-il."), not the
/// narrator's on the turn.
fn after_quote(before: &str) -> bool {
    before
        .trim_end_matches(|c: char| c == ',' || is_space(c))
        .ends_with(ends_quote)
}

/// Verbs of saying in a narrator's tag, Spanish and Portuguese (and Italian's "disse").
const SAYING: Words = Words(concat!(
    "dice|dijo|decía|responde|respondió|contesta|contestó|cuenta|contó|explica|explicó|",
    "pregunta|preguntó|añade|añadió|afirma|asegura|recuerda|insiste|comenta|comentó|murmura|",
    "susurra|ríe|diz|disse|dizia|conta|contou|explica|pergunta|perguntou|acrescenta|lembra|diu"
));

/// Italian's, French's and Russian's, read in a short turn only.
const SAYING_SHORT: Words = Words(concat!(
    "chiese|rispose|domandò|aggiunse|sussurrò|mormorò|dit|demanda|répondit|ajouta|murmura|",
    "сказал|сказала|спросил|спросила|ответил|ответила"
));

/// Thai "which" inside a line, "ฝุ่นระดับไหนที่…", not at its end nor as "ไหนก็" (whichever).
fn has_which(t: &str) -> bool {
    let (h, n) = (t.as_bytes(), "ไหน".as_bytes());
    (0..h.len().saturating_sub(n.len())).any(|i| {
        h[i..].starts_with(n) && {
            let r = &h[i + n.len()..];
            !r.is_empty() && !r.starts_with("ก็".as_bytes())
        }
    })
}

/// Emoji: the pictograph planes, symbols and dingbats, with the variation selector and joiner.
fn is_emoji(c: char) -> bool {
    let u = u32::from(c);
    (0x1F000..=0x1FAFF).contains(&u)
        || (0x2600..=0x27BF).contains(&u)
        || matches!(c, '\u{FE0F}' | '\u{200D}')
}

/// Emoji, pictographs, dingbats and daggers a heading may carry after its question.
fn is_ornament(c: char) -> bool {
    is_emoji(c) || matches!(c, '†' | '‡' | '⭐')
}

/// A heading's text without the toggle glyph an accordion puts after it ("Is school closed? +",
/// "… ▼"): a last word of one or two such symbols, after a space.
pub fn strip_toggle_glyph(s: &str) -> &str {
    let t = trim(s);
    // An accordion's controls copied with the question, as a screen reader or "select all"
    // gives them: "How do I apply? button collapsed Expand".
    if let Some(k) = t.rfind('?') {
        let after = trim(&t[k + 1..]);
        // (Or its label for the answer: "Show answer", "Mostrar respuesta", "Antwort
        // anzeigen", "Afficher la réponse".)
        const CONTROLS: Words = Words(concat!(
            "button|collapsed|expanded|expand|collapse|show|hide|toggle|accordion|answer|",
            "mostrar|ocultar|respuesta|resposta|antwort|anzeigen|ausblenden|afficher|masquer|",
            "la|réponse|mostra|nascondi|risposta|toon|antwoord|verberg|열기|닫기|펼치기|접기",
        ));
        if !after.is_empty()
            && words_le(after, 4)
            && words(after).all(|w| CONTROLS.contains(&fold(w)))
        {
            return trim(&t[..=k]);
        }
    }
    let Some(space) = t.rfind(is_space) else {
        return t;
    };
    let (head, tail) = (&t[..space], &t[space..]);
    let tail = trim(tail);
    // "« Qui paie ? »": the guillemet closes a quote.
    if tail.starts_with(['»', '›']) && head.contains(['«', '‹']) {
        return t;
    }
    let glyph = |c: char| {
        matches!(
            c,
            '+' | '-'
                | '−'
                | '–'
                | '＋'
                | '▼'
                | '▲'
                | '▾'
                | '▴'
                | '▸'
                | '▹'
                | '►'
                | '›'
                | '»'
                | '⌄'
                | '⌃'
                | '˅'
                | '˄'
                | '∨'
                | '∧'
                | '⊕'
                | '⊖'
                | '✚'
                | '↓'
                | '↑'
                | '⯆'
                | '🞃'
        )
    };
    let n = tail.chars().count();
    // An accordion's control label after the question, its texts glued by the markup ("Why is
    // the council changing collections? Hide"), or a badge ("Can I shower? Updated").
    // (The cheap tests first: this is asked of every block's last word.)
    let label = || {
        tail.starts_with(|c: char| c.is_ascii_uppercase())
            && Words(concat!(
                "show|hide|expand|collapse|ausblenden|einblenden|anzeigen|afficher|masquer|",
                "mostrar|ocultar|mostra|nascondi|tonen|verbergen|",
                "new|updated|update|neu|aktualisiert|nouveau|nuevo|nuovo|novo|nieuw"
            ))
            .iter()
            .any(|w| w.eq_ignore_ascii_case(tail))
            && ends_with_question(head)
    };
    // (Or an emoji after the mark, "How much can people win? 💷": decoration, not words.)
    let emoji = || n <= 4 && tail.chars().all(is_ornament) && ends_with_question(head);
    if ((1..=2).contains(&n) && tail.chars().all(glyph)) || (n <= 11 && label()) || emoji() {
        trim(head)
    } else {
        t
    }
}

/// Sentence-final punctuation (after closing quotes and brackets): `. ! ? … 。 ！ ？ ؟` and `:`/`;`.
pub fn terminal_punct(s: &str) -> Option<char> {
    let c = last_significant(s)?;
    if is_question_mark(c)
        || matches!(
            c,
            '.' | '!' | '…' | '。' | '！' | ':' | '：' | ';' | '۔' | '।'
        )
    {
        Some(c)
    } else {
        None
    }
}

/// Does a sentence end inside the text ("… COVID-19. Doch …", "… remarquable ? Et …")? A mark, a
/// space and a capital; a full stop only after a word of three letters or more without dots of
/// its own (not "Mr. Smith", "U.S. Army").
pub fn has_inner_sentence_end(s: &str) -> bool {
    let t = trim(s);
    let mut word = 0usize; // letters in the word before, or usize::MAX when it holds a dot
    for (i, c) in t.char_indices() {
        let end = is_question_mark(c)
            || matches!(c, '!' | '…' | '。' | '！')
            || (c == '.' && word >= 3 && word != usize::MAX);
        if end {
            let rest = trim(&t[i + c.len_utf8()..]);
            let next_starts = t[i + c.len_utf8()..].starts_with(is_space);
            if next_starts
                && rest
                    .chars()
                    .next()
                    .is_some_and(|n| is_upper(n) || matches!(n, '¿' | '¡' | '"' | '“' | '«'))
            {
                return true;
            }
        }
        word = if is_space(c) {
            0
        } else if c == '.' {
            usize::MAX
        } else if word == usize::MAX {
            word
        } else {
            word + 1
        };
    }
    false
}

/// A paragraph that ends like a sentence (not a label, credit, headline or list fragment).
pub fn is_sentence(s: &str) -> bool {
    terminal_punct(s).is_some()
}

pub fn ends_with_colon(s: &str) -> bool {
    matches!(terminal_punct(s), Some(':' | '：'))
}

pub fn starts_with_quote(s: &str) -> bool {
    trim(s).chars().next().is_some_and(starts_quote)
}

/// A headline that quotes someone, as interviews are headlined: "Núria Vilaseca: “Als pobles…”",
/// "«Бумага подорожала…»", "“The river taught me patience”: a conversation with …".
pub fn is_quote_headline(s: &str) -> bool {
    starts_with_quote(s) || speaker_label(s).is_some_and(|(_, said)| starts_with_quote(said))
}

/// A short line, as a heading is (four spaces at most), ending on a letter of the script
/// between code points `lo` and `hi`: where Thai and Lao ask with a closing word and no mark.
fn short_line_in(t: &str, lo: u32, hi: u32) -> bool {
    t.chars()
        .next_back()
        .is_some_and(|c| (lo..=hi).contains(&u32::from(c)))
        && t.len() <= 400
        && t.bytes().filter(|&b| b == b' ').count() <= 4
}

/// One short question and nothing else, unmarked and unnumbered: "Why are the collections
/// changing?" — not "Lateness. Is it really so hard…?", "Q: …?", "2. …?". (A bilingual page's
/// heading is two such lines, a question and its translation.)
pub fn one_bare_question(l: &str) -> bool {
    ends_with_question(l)
        && words_le(l, 25)
        && !l.contains(". ")
        && !l.contains("! ")
        && strip_question_marker(l).is_none()
        && strip_number(l).is_none()
}

/// Does the text open as a sentence does: a capital, or a quotation or a number opening one
/// ("«Эвакуация …»", "40 человек …") — not "who pays the bill?".
pub fn opens_sentence(s: &str) -> bool {
    let t = s.trim_start_matches(starts_quote);
    t.starts_with(is_upper) || t.starts_with(|c: char| c.is_ascii_digit())
}

pub fn starts_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '„' | '«' | '»' | '‹' | '›' | '「' | '『' | '‘' | '‚' | '״'
    )
}

/// A reader's question with a few words of their own after it, in the first person: "Why have
/// I been stopped? I wasn't doing anything wrong." It asks, whatever it ends with.
pub fn asks_then_says(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 400 || !t.ends_with('.') {
        return false;
    }
    let Some(k) = t.rfind('?') else {
        return false;
    };
    let tail = trim(&t[k + 1..]);
    // (Not the writer's aside on the questions: "Why a caravan? Why February? We had
    // questions.")
    words_le(t, 40)
        && words_le(tail, 8)
        && opens_first_person(tail)
        && !tail.contains(". ")
        && !fold(tail).contains("question")
}

/// A claim quoted, then asked about outside the quote, as a myth-buster sets its questions:
/// "“Natural immunity is better.” Is that true?", "« Le sucre rend hyperactif » : vrai ou
/// faux ?". The quote asks nothing; the writer's few words after it ask.
pub fn asks_after_quote(s: &str) -> bool {
    let t = trim(s);
    // (The cheap looks first: most quotes end on their mark, not on a question after it.)
    if t.len() > 600 || !t.starts_with(starts_quote) || !ends_with_question(t) {
        return false;
    }
    let Some((k, close)) = t
        .char_indices()
        .rev()
        .find(|&(i, c)| i > 0 && ends_quote(c) && c != '“')
    else {
        return false;
    };
    let (inner, tail) = (&t[..k], trim(&t[k + close.len_utf8()..]));
    !tail.is_empty()
        && words_le(tail, 8)
        && ends_with_question(tail)
        && !has_question_mark(inner)
        && !tail.starts_with(['—', '–', '-', '('])
}

/// A line that opens on a quoted name, a title of a few words, and goes on in the writer's
/// words: "« Ndeysaan » est d'abord paru en wolof… Pourquoi cet ordre ?", "“Dune” is back."
/// — not a quotation.
pub fn opens_on_quoted_name(s: &str) -> bool {
    let t = trim(s);
    let Some(open) = t.chars().next().filter(|&c| starts_quote(c)) else {
        return false;
    };
    let inner = &t[open.len_utf8()..];
    let Some((k, close)) = inner
        .char_indices()
        .take(60)
        .find(|&(_, c)| ends_quote(c) && c != '“')
    else {
        return false;
    };
    let (name, rest) = (trim(&inner[..k]), trim(&inner[k + close.len_utf8()..]));
    !name.is_empty()
        && words_le(name, 4)
        && !has_question_mark(name)
        && !rest.starts_with(['—', '–', '-', ',', '.', ':'])
        && !words_le(rest, 3)
}

/// A question quoted whole and unsigned, as a webinar's or a phone-in's write-up prints a
/// reader's: `“Can I keep using my spreadsheet?”` → `Can I keep using my spreadsheet?`, `‘My
/// cat is “fussy”. Should I worry?’`.
pub fn quoted_whole(s: &str) -> Option<&str> {
    let t = trim(s);
    let first = t.chars().next().filter(|&c| starts_quote(c))?;
    let last = t
        .chars()
        .next_back()
        .filter(|&c| matches!(c, '"' | '”' | '’' | '»' | '›' | '」' | '』'))?;
    let inner = trim(t.get(first.len_utf8()..t.len() - last.len_utf8())?);
    // (Its opening mark not again inside: "“Yes” or “no”?" is two quotes.)
    (!inner.contains(first) && has_question_mark(inner)).then_some(inner)
}

/// A reader's question quoted and signed, as "You asked, we answered" columns print them:
/// `"Do I still have to rinse my containers?" — Denise, Oak Park`, `“…?” (Tom, Eastgate)`.
pub fn is_signed_question(s: &str) -> bool {
    let t = trim(s);
    if !t.starts_with(starts_quote) || t.len() > 1000 {
        return false;
    }
    // The last question mark closed by a quote, then the signature.
    let Some(q) = t.rfind(is_question_mark) else {
        return false;
    };
    let after = &t[q..];
    let mut cs = after.chars();
    cs.next();
    let rest = cs.as_str();
    let sig = rest.trim_start_matches(|c| is_closer(c) && c != ')' && c != '(');
    if sig.len() == rest.len() {
        return false; // not closed by a quote
    }
    let sig = trim(sig);
    let name = sig
        .strip_prefix(['—', '–', '-', '―'])
        .or_else(|| sig.strip_prefix('(').and_then(|x| x.strip_suffix(')')));
    // (Or who asks after the quote: "“Will there be replacement buses?” asks Tom, from Derby.")
    let asked = || {
        [
            "asks ",
            "asked ",
            "wonders ",
            "writes ",
            "demande ",
            "pregunta ",
            "fragt ",
        ]
        .iter()
        .find_map(|v| sig.strip_prefix(v))
        .map(|n| trim(n.trim_end_matches('.')))
        .is_some_and(|n| n.starts_with(is_upper) && words_le(n, 8) && !is_sentence(n))
    };
    name.is_some_and(|n| {
        let n = trim(n);
        !n.is_empty() && words_le(n, 8) && !is_sentence(n)
    }) || asked()
}

/// A quotation's tag in dialogue: a closing mark after a comma, "!" or "?", then who spoke
/// within three words ("“No, Pip,” she said.", "“Yes!” said Pip.", "“Go on,” Walter replied").
pub fn tags_dialogue(s: &str) -> bool {
    let b = s.as_bytes();
    let mut at = 0;
    // (The closing marks found by their bytes: a search for a set of characters decodes every
    // one, and this looks at every paragraph.)
    let next = |from: usize| {
        (from..b.len()).find(|&i| {
            b[i] == b'"'
                || b[i] == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x9D)
        })
    };
    while let Some(k) = next(at) {
        let close = if b[k] == b'"' { 1 } else { '”'.len_utf8() };
        at = k + close;
        let before = s[..k].chars().next_back();
        if !matches!(before, Some(',' | '!' | '?')) || !s[at..].starts_with(' ') {
            continue;
        }
        let tagged = words(&s[at..]).take(3).any(|w| {
            Words("said|says|asked|replied|cried|shouted|whispered|answered|called")
                .contains(w.trim_end_matches(['.', ',', ';']))
        });
        if tagged {
            return true;
        }
    }
    false
}

/// A question quoted, then who asked it in the past tense: "“Have you seen it?” asked Pip."
pub fn asked_after_quote(s: &str) -> bool {
    let t = trim(s);
    t.rfind(is_question_mark).is_some_and(|q| {
        let after = t[q..].trim_start_matches(|c: char| is_question_mark(c) || is_closer(c));
        trim(after).starts_with("asked ")
    })
}

/// A signed question's words without their quotation marks and the signature:
/// "“Can I use my ticket?” asks Priya, from Bristol." → "Can I use my ticket?".
pub fn signed_quote_words(s: &str) -> Option<&str> {
    let t = trim(s);
    if !is_signed_question(t) {
        return None;
    }
    let open = t.chars().next()?.len_utf8();
    let q = t.rfind(is_question_mark)?;
    let end = q + t[q..].chars().next()?.len_utf8();
    t.get(open..end).map(trim).filter(|w| !w.is_empty())
}

/// A reader's question signed after it on the same line, unquoted: "Do heat pumps work when
/// it's 20 below? — Carol, Duluth", "How much will my bill go up? — several of you", "Is he
/// hurt? He looks lost at the plate. — Jenna W." (a sentence may follow the question). Returns
/// where the question ends.
pub fn signed_after(s: &str) -> Option<usize> {
    let t = trim(s);
    // (The signature is short: only the end of the text is read.)
    if t.len() > 1000 || starts_with_quote(t) {
        return None;
    }
    // Or in brackets: "… Is it too late? (Martin, Liberec)". (Sixty characters, not bytes:
    // "(Chị Nguyễn Thị Lan, Thuận An, Bình Dương)".)
    if let Some(at) = t.strip_suffix(')').and_then(|r| r.rfind('(')) {
        let (question, name) = (trim_end(&t[..at]), &t[at + 1..t.len() - 1]);
        // (A question's votes sign it whatever it ends on: "Please explain the new rota.
        // (Priya, Immingham, 41 votes)".)
        if t[at..].chars().nth(60).is_none()
            && !question.is_empty()
            && (is_reader_signature(name) && ends_with_question(question) || tallied(name))
        {
            return Some(s.len() - s.trim_start_matches(is_space).len() + question.len());
        }
    }
    let lead = s.len() - trim_start(s).len();
    // Or a Japanese reader's details in full-width brackets, place, sex and age set off by
    // middle dots: "…本当でしょうか。（兵庫県・女性・68歳）".
    // (After a sentence: not a name and its reading, as a profile box sets it, "佐藤美咲（さとう・
    // みさき）".)
    if let Some(at) = t.strip_suffix('）').and_then(|r| r.rfind('（')) {
        let inner = &t[at + '（'.len_utf8()..t.len() - '）'.len_utf8()];
        let asked = trim_end(&t[..at]);
        if inner.contains('・')
            && inner.chars().count() <= 20
            && !inner.contains('。')
            && (asked.ends_with('。') || ends_with_question(asked))
        {
            return Some(lead + trim_end(&t[..at]).len());
        }
    }
    // Or no dash: the signature straight after the question ("… like this? PW, Leeds"), or a
    // name kept back after the letter's last sentence ("… going round in circles. Name and
    // address supplied"). (Only where the text ends on a letter, as a name does: most
    // paragraphs end on their punctuation.)
    // (Or on a bracket closing a place: "… ¿Puedo exigir que lo arreglen ya? Lucía R.
    // (Zaragoza)".)
    let on_letter = t
        .as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80 || b == b')');
    if let Some(after) = after_last_question(tail(t, 60))
        .map(trim)
        .filter(|_| on_letter)
    {
        if !after.is_empty() && is_reader_signature(after) {
            return Some(lead + trim_end(&t[..t.len() - after.len()]).len());
        }
    }
    // Or a shop's question widget's line after it, whatever the question ends on: "is the
    // inside all stainless asked by mkw · 2 months ago", "How loud is it? Baby sleeps next
    // door. asked by Jess P. · 2 months ago".
    // (Only where the text ends on "ago", as those lines do: most are not searched.)
    if let Some(k) = t
        .ends_with(" ago")
        .then(|| find_sub(tail(t, 80), " asked by "))
        .flatten()
    {
        let after = trim(&t[t.len() - tail(t, 80).len() + k..]);
        let question = trim_end(&t[..t.len() - after.len()]);
        if after.contains(" ago") && !question.is_empty() && is_reader_signature(after) {
            return Some(lead + question.len());
        }
    }
    if let Some(k) = find_sub(tail(t, 40), ". Name ").filter(|_| on_letter) {
        let after = trim(&t[t.len() - tail(t, 40).len() + k + 1..]);
        if is_reader_signature(after) {
            return Some(lead + trim_end(&t[..t.len() - after.len()]).len());
        }
    }
    // (Eighty bytes, or more in a script of three bytes a letter: "— ജോസഫ് മാത്യു, കോട്ടയം".)
    let end = tail(t, if t.is_ascii() { 80 } else { 160 }).as_bytes();
    // The last '–', '—' or '―' (E2 80 93..95 in UTF-8), else a hyphen typed for one, spaced
    // ("… different dates. - Pauline, Harehills").
    let at = (0..end.len().saturating_sub(2))
        .rev()
        .find(|&i| end[i] == 0xE2 && end[i + 1] == 0x80 && matches!(end[i + 2], 0x93..=0x95))
        .or_else(|| {
            // (Followed by a capital: "- Pauline", not "a - b"; or two typed for a dash, as a
            // plain-text newsletter sets it: "-- Harold, Manitowoc".)
            (1..end.len().saturating_sub(2)).rev().find(|&i| {
                // (Or glued to a name in another script, as Indian papers sign their readers'
                // letters: "… చెల్లించాలి? -పి.వెంకటేశ్వర్లు, వరంగల్".)
                end[i] == b'-'
                    && end[i - 1].is_ascii_whitespace()
                    && (end[i + 1] == b' ' && end[i + 2].is_ascii_uppercase()
                        || end[i + 1] >= 0xC0 && i >= 2 && end[i - 2] == b'?'
                        || end[i + 1] == b'-'
                            && end.get(i + 2) == Some(&b' ')
                            && end.get(i + 3).is_some_and(u8::is_ascii_uppercase))
            })
        })?;
    let dash = t.len() - end.len() + at;
    let question = trim_end(&t[..dash]);
    if question.len() == dash {
        return None;
    }
    let name = trim(t[dash..].strip_prefix(['—', '–', '―', '-'])?);
    let name = trim(name.strip_prefix("- ").unwrap_or(name));
    let first = fold(words(name).next().unwrap_or(""));
    // (Or a pen name with a place, after the dash: "—Marv in Mesa", "— Worried in Leeds", or
    // a street: "— Uneasy on Elm".)
    let placed = || {
        let mut ws = words(name).peekable();
        let mut at = false;
        while let Some(w) = ws.next() {
            at |= matches!(w, "in" | "from" | "IN" | "FROM")
                || (w == "on" && ws.peek().is_some_and(|n| n.starts_with(is_upper)));
        }
        // ("Left Holding the Bill on Elm": six words.)
        words_le(name, 6) && name.starts_with(is_upper) && terminal_punct(name).is_none() && at
    };
    // (Or an advice column's pen name in capitals, placed nowhere: "-- LEFT OFF THE LIST",
    // "— HEARTBROKEN".)
    let capitals = || {
        words_le(name, 6)
            && terminal_punct(name).is_none()
            && name
                .chars()
                .filter(|&c| letter_case(c) == Some(true))
                .count()
                >= 5
            && !name.chars().any(|c| letter_case(c) == Some(false))
    };
    let signature = is_reader_signature(name)
        || placed()
        || capitals()
        || (words_le(name, 5)
            && terminal_punct(name).is_none()
            && Words("several|many|lots|some|readers|a|an").contains(&first))
        // (Or a name and a place in a script without capitals, straight after the question
        // mark: "…വരുമോ? — അനിൽ കുമാർ, കൊല്ലം".)
        || (name.starts_with(caseless)
            && has_sub(name, ", ")
            && words_le(name, 8)
            && terminal_punct(name).is_none()
            && ends_with_question(question));
    (signature && asks_at_end(question)).then_some(lead + question.len())
}

/// The text ends with its question, or one short sentence after it does ("… Wouldn't eight
/// per region be better? I've seen more of it this year than ever.").
pub fn asks_at_end(s: &str) -> bool {
    ends_with_question(s)
        || after_last_question(s)
            .is_some_and(|after| words_le(after, 20) && !has_inner_sentence_end(after))
}

/// What follows the last question mark, if there is one.
pub fn after_last_question(s: &str) -> Option<&str> {
    let q = s.rfind(is_question_mark)?;
    let after = &s[q..];
    Some(
        after
            .get(after.chars().next().map_or(0, char::len_utf8)..)
            .unwrap_or(""),
    )
}

/// A question and one short remark after it, of eight words at most: "And what's next? Please
/// don't say eleven years."
pub fn asks_before_remark(s: &str) -> bool {
    after_last_question(trim(s)).map(trim).is_some_and(|after| {
        !after.is_empty()
            && words_le(after, 8)
            && !has_inner_sentence_end(after)
            // (Not a standfirst's promise after its questions: "Qui est concerné, où se faire
            // vacciner ? On fait le point.")
            && !announces_answers(after)
            && !Words(concat!(
                "on fait le point|faisons le point|le point|explications|nos explications|",
                "décryptage|we explain|explained|wir erklären|ein überblick|",
                "te lo explicamos|lo explicamos|ti spieghiamo|vi spieghiamo|explicamos|",
                "o que se sabe|lo que se sabe|ce que l'on sait|ce que l’on sait|was wir wissen"
            ))
            .contains(&fold(after.trim_end_matches(['.', '!', '…'])))
    })
}

/// The first `n` bytes of `s` or a little less (to a character boundary).
pub fn head(s: &str, n: usize) -> &str {
    let mut i = s.len().min(n);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// The last `n` bytes of `s` or a little more (from a character boundary).
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[i..]
}

/// A signature without the note in brackets after it on how the question came: "Sandra,
/// Swanscombe (voice note)", "Megan (by email)".
fn without_note(s: &str) -> &str {
    // (A byte look for the bracket: a string pattern searched from the end costs its own
    // searcher in the wasm.)
    let Some(r) = s.strip_suffix(')') else {
        return s;
    };
    match r
        .rfind('(')
        .filter(|&k| k > 0 && r.as_bytes()[k - 1] == b' ')
    {
        Some(k) if words_le(&r[k + 1..], 3) && !trim(&r[..k]).is_empty() => trim(&r[..k]),
        _ => s,
    }
}

/// A social handle signing a question, and where it was posted: "@FleetTilIDie on X",
/// "@kestrel_notes".
fn is_handle_signature(s: &str) -> bool {
    let Some(h) = s.strip_prefix('@') else {
        return false;
    };
    let (handle, place) = h.split_once(' ').unwrap_or((h, ""));
    let place_ok = place.is_empty()
        || place
            .strip_prefix("on ")
            .or_else(|| place.strip_prefix("via "))
            .is_some_and(|w| words_le(w, 2) && w.starts_with(is_upper));
    at_handle(handle, 2) && place_ok
}

/// A social network's handle after its "@": `min` to 30 letters, digits, "_" or ".".
fn at_handle(h: &str, min: usize) -> bool {
    (min..=30).contains(&h.len())
        && h.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
}

/// A reader's signature under their question: "Sarah, Leeds", "— Tom, 54, Cardiff" — two to
/// six capitalised words (or numbers) with a comma, no sentence punctuation; or a handle
/// ("@FleetTilIDie on X"); a note in brackets after it may say how it came ("(voice note)").
pub fn is_reader_signature(s: &str) -> bool {
    let t = trim(trim(s).trim_start_matches(['—', '–', '-']));
    // Or who asked, as a parish newsletter credits its readers, "(Asked by Jean C., Fore
    // Street)", "(Asked by several people)", or Libération's CheckNews: "Question posée par
    // Bernard le 02/01/2025", "Questions posées par Nadia et Louis entre le 3 et le 9 janvier".
    let inner = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t);
    // (Its first letter looked at first: most lines are turned away there.)
    let who = inner
        .starts_with(['a', 'A', 'q', 'Q', 'p', 'P', 'd', 'D', 'f', 'F', 'v', 'V'])
        .then(|| {
            Words(concat!(
                "asked by|question asked by|question posée par|questions posées par|",
                // (Spanish, Portuguese, Italian, German, Dutch: "Pregunta enviada por Marta,
                // de Valladolid".)
                "pregunta enviada por|pergunta enviada por|domanda inviata da|",
                "pergunta enviada pela|pergunta enviada pelo|consulta enviada por|",
                "domanda inviata dal|domanda inviata dalla|",
                "frage eingesandt von|vraag ingestuurd door",
            ))
            .iter()
            .find_map(|w| strip_prefix_ci(inner, w)?.strip_prefix(' '))
        })
        .flatten();
    // (Its end may exclaim over more who asked: "Asked by Arjun, 9, from Glasgow, and lots of
    // you!" — not "Asked by reporters, she said nothing!")
    fn more(w: &str) -> Option<&str> {
        w.strip_suffix('!').filter(|r| {
            r.rsplit_once(", ")
                .is_some_and(|(_, last)| last.starts_with("and "))
        })
    }
    if let Some(who) = who.map(|w| more(w).unwrap_or(w)) {
        return !who.is_empty() && words_le(who, 12) && !who.contains(['?', '!']);
    }
    // (A signature in brackets: "(Chị Thu Hương, TP Thủ Đức)".)
    if inner.len() < t.len() && reader_signature(inner) {
        return true;
    }
    // (Or an advice column's pen name in capitals, the reader's town after "in": "SLEEPLESS IN
    // LEEDS", "WORRIED IN WICHITA" — not a heading, "WHAT TO DO IN AN EMERGENCY".)
    if t.len() <= 60
        && !t.bytes().any(|b| b.is_ascii_lowercase())
        && !t.contains(['?', '!', ':', '.'])
    {
        if let Some((mood, town)) = t.split_once(" IN ") {
            let first = mood.split(' ').next().unwrap_or("");
            if !mood.is_empty()
                && words_le(mood, 3)
                && !town.is_empty()
                && words_le(town, 2)
                && town.starts_with(is_upper)
                && !Words("A|AN|THE|YOUR|OUR|MY|HIS|HER|THEIR|THIS")
                    .contains(town.split(' ').next().unwrap_or(""))
                && !Words("WHAT|HOW|WHY|WHEN|WHERE|WHO|WHICH|LIFE|LIVING|MADE|BORN|MORE|NEWS")
                    .contains(first)
            {
                return true;
            }
        }
    }
    let bare = without_note(t);
    (reader_signature(t)
        || is_handle_signature(bare)
        || (bare.len() < t.len() && reader_signature(bare))
        || tallied(t))
        // (Not the next letter's salutation on its line: "Dear Anna,".)
        && salutation(t).is_none()
}

/// Who asked and the votes their question got, as a town hall's or a live Q&A's list signs it:
/// "Anonymous, 96 votes", "Marek, Felixstowe night shift, 29 votes", "Tomasz, 12 upvotes".
fn tallied(t: &str) -> bool {
    // (Short, and ending on its unit's letter: most lines are turned away here.)
    if t.len() > 80 || !t.ends_with(['s', 'e', 't']) {
        return false;
    }
    // (The last ", " found by bytes: a string pattern searched from the end costs the wasm a
    // searcher of its own.)
    // (Or a widget's middle dot, as an AMA thread signs its questions: "cedar_and_14th · 112
    // upvotes", "DeShawn W. · 58 upvotes" — a handle or a name with its initial.)
    let b = t.as_bytes();
    let dot = b.windows(4).rposition(|w| w == " · ".as_bytes());
    let Some((k, len)) = dot
        .map(|k| (k, 4))
        .or_else(|| b.windows(2).rposition(|w| w == b", ").map(|k| (k, 2)))
    else {
        return false;
    };
    let (who, tally) = (&t[..k], &t[k + len..]);
    let (n, unit) = tally.split_once(' ').unwrap_or((tally, ""));
    let named = if dot.is_some() {
        words_le(who, 4) && !who.is_empty() && !who.contains(['?', ':', ','])
    } else {
        words(who.split(',').next().unwrap_or(who)).all(|w| w.starts_with(is_upper))
            && words_le(who, 6)
            && !who.contains(['?', ':', '.'])
    };
    // (With the dot, votes only: "Reply · 41 likes" is a comment's button row.)
    !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && (matches!(unit, "votes" | "vote" | "upvotes" | "points")
            || unit == "likes" && dot.is_none())
        && named
}

/// `is_reader_signature` on the trimmed text, without the handle and the note.
fn reader_signature(t: &str) -> bool {
    // (Not the writer's byline: "By Priya Raman, B.Pharm, MPS".)
    if t.starts_with("By ") {
        return false;
    }
    // (A live chat's post stamps the time after the name: "Question from Kayla in Dayton
    // 12:02 p.m.".)
    let t = before_clock_time(t).filter(|r| !r.is_empty()).unwrap_or(t);
    // (Past the word for a reader before the name: "Bạn đọc Nguyễn Thị Lan (Hà Nội)".)
    let read = ["Bạn đọc ", "Độc giả ", "Pembaca "]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .filter(|r| r.starts_with(is_upper));
    let reader_word = read.is_some();
    let t = read.unwrap_or(t);
    // "Asked by Dana R., Northside", "Asked by several night-shift readers, including Tomás",
    // "Sent by a supporter in Bristol".
    // (Not a sentence that ends on a word in lower case: "Sent by post, it arrived late.")
    let ends_sentence = || {
        t.ends_with('.')
            && words(t)
                .last()
                .is_some_and(|w| w.starts_with(is_lower) && w.len() > 3)
    };
    if t.starts_with(['a', 'A', 's', 'S', 'k', 'K'])
        && says_who_asked(t)
        && words_le(t, 14)
        && !ends_sentence()
    {
        return true;
    }
    // "Question de Yannick, chauffeur-livreur à Pacé", "Question d’Anne, de Vezin", "Frage von
    // Jonas aus Kiel": the question's word, who asked, no colon (that is a marker's, "Question
    // de Marc : …") and no question.
    // (The cheap looks first: a short line whose second word is such a preposition.)
    if t.len() <= 120 {
        let (word, rest) = t.split_once(' ').unwrap_or((t, ""));
        let named = ASKER_PREPOSITIONS
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .is_some_and(|name| name.starts_with(is_upper));
        // (Or the asker's name straight after the word, then an age or a place: "Pregunta
        // Lucía, 8 años, de Dos Hermanas", "Question Tom, 9, from Leeds".)
        let aged = || {
            rest.starts_with(is_upper)
                && rest.find(", ").is_some_and(|k| {
                    words_le(&rest[..k], 2)
                        && (rest[k + 2..].starts_with(|c: char| c.is_ascii_digit())
                            || ASKER_PREPOSITIONS
                                .iter()
                                .any(|p| rest[k + 2..].starts_with(p)))
                })
        };
        if (named || aged())
            && word.len() <= 24
            && Q_WORDS.contains(&fold(word))
            && words_le(t, 12)
            && !t.contains([':', '?', '？'])
        {
            return true;
        }
    }
    // A letter's closing greeting and how its writer signs: "Hilsen student i Trondheim", "Mvh
    // Kari", "Med vänlig hälsning, Anna", "Signed, Frustrated in Phoenix".
    // (Folded only when it could be one.)
    if t.len() <= 90
        && t.as_bytes()
            .first()
            .is_some_and(|b| b"hvmtglusr".contains(&(b | 0x20)))
        && words_le(t, 10)
        && !ends_with_question(t)
    {
        let lower = fold(t);
        if let Some(w) = Words(concat!(
            "hilsen |hilsen, |vennlig hilsen |med vennlig hilsen |venlig hilsen |mvh |",
            "hälsningar |hälsningar, |med vänlig hälsning |vänliga hälsningar |",
            "terveisin |groeten |groeten, |met vriendelijke groet |viele grüße |liebe grüße |",
            "viele grüße, |liebe grüße, |un saludo |saludos, |signed, |sincerely, |regards, ",
        ))
        .iter()
        .find(|w| lower.starts_with(w))
        {
            return !trim(&lower[w.len()..]).is_empty();
        }
    }
    let w = count_words(t, 6);
    // A first name and an initial: "Greg P.".
    let mut ws = words(t);
    if let (Some(name), Some(initial), None) = (ws.next(), ws.next(), ws.next()) {
        let i = initial.as_bytes();
        if name.starts_with(is_upper)
            && name.len() > 1
            && i[0].is_ascii_uppercase()
            && (i.len() == 1 || (i.len() == 2 && i[1] == b'.'))
        {
            return true;
        }
    }
    // (A state in brackets, "Renata, de Contagem (MG)"; a place's particle, "do Recife".)
    // (A script without capitals names as it writes: "সালমা আক্তার, মিরপুর, ঢাকা".)
    let cap = |c: char| is_upper(c) || caseless(c);
    let word_ok = |w: &str| {
        w.strip_prefix('(')
            .filter(|r| r.ends_with(')'))
            .unwrap_or(w)
            .starts_with(|c: char| cap(c) || c.is_ascii_digit())
            || Words(concat!(
                "from|in|of|by|via|email|e-mail|and|withheld|supplied|address|",
                // ("Monique et Alain R., Vannes", "Anna und Tim, Graz".)
                "et|und|y|e|og|och|&|",
                "de|do|da|dos|das|del|di|du|aus|von|",
                // ("Talavera de la Reina", "Alcalá de los Gazules".)
                "la|las|los|le|les|",
                // (Vietnamese places' kinds: "quận Bình Thạnh", "huyện Gia Lâm".)
                "quận|huyện|phường|xã|tỉnh|thị|trấn|",
                // (A child's age: "Maya, 7 anos, Recife (PE)", "Lucía, 8 años", "Tom, 9 years".)
                "years|anos|años|ans|anni|jahre|jaar|år|lat|lata|roky|rokov|",
                // (A region's kind after its name, in lower case: "Sardor Qodirov, Fargʻona
                // viloyati", "Айгүл, Алматы облысы", "Ivan, Lvivska oblast".)
                "viloyati|tumani|shahri|oblysy|облысы|ауданы|қаласы|облусу|району|вилояти|",
                "ноҳияи|тумани|шаҳри|районы|район|область|край|аймаг|oblast|oblasti|bölgesi|",
                "ilçesi|megye|județul",
            ))
            .contains(w.trim_end_matches([',', '.']))
            // (The address after "email", masked as papers print it, where the line says it is
            // a reader's: "Bạn đọc Phạm Quốc Huy, email huy.pq***@gmail.com".)
            || reader_word
                && w.split_once('@').is_some_and(|(a, d)| !a.is_empty() && d.contains('.'))
    };
    // A reader who keeps their name back: "Name withheld", "Name and address supplied"; an
    // Italian paper's "Lettera firmata, Napoli" (a signed letter, the name left out).
    // (Folded only when it could be one.)
    // (In other languages too: "Nombre reservado a petición del lector", "Name der Redaktion
    // bekannt", "Naam bij de redactie bekend".)
    // (In brackets too: "(meno a adresa známe redakcii)".)
    let kept = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t);
    if kept.len() <= 60
        && kept
            .as_bytes()
            .first()
            .is_some_and(|b| matches!(b | 0x20, b'n' | b'm' | b'j'))
        && Words(concat!(
            "name withheld|name supplied|name and address withheld|name and address supplied|",
            // (An Irish paper's "Name and address with editor".)
            "name and address with editor|name and address with the editor|name with editor|",
            "nombre reservado|nombre omitido|nome riservato|nome omesso|nom masqué|",
            "nom non communiqué|name der redaktion bekannt|naam bij de redactie bekend|",
            "meno a adresa známe redakcii|meno známe redakcii|jméno a adresa známy redakci|",
            "jméno známo redakci",
        ))
        .opens(&fold(kept.trim_end_matches('.')))
    {
        return true;
    }
    // (Or signs as no one: "Anonym", "Anonymous", "Anónimo".)
    if kept.len() <= 12
        && kept.as_bytes().first().is_some_and(|b| b | 0x20 == b'a')
        && Words(concat!(
            "anonym|anonymous|anonyme|anonymt|anónimo|anónima|anonimo|anonima|anoniem|",
            "anônimo|anônima|anonimowy|anonimowa"
        ))
        .contains(&fold(kept.trim_end_matches('.')))
    {
        return true;
    }
    if t.len() <= 60
        && t.as_bytes()
            .first()
            .is_some_and(|b| matches!(b | 0x20, b'l' | b'c'))
        && Words("lettera firmata|carta firmada|lettre signée").opens(&fold(t))
    {
        return true;
    }
    // A reader named by no more than where they write from: "Reader in Harrogate", "A
    // subscriber from Co Cork", "Listener in Dunedin".
    // (Its first word's length looked at first, by bytes: most short lines are turned away.)
    if t.len() <= 60
        && t.starts_with(['r', 'R', 's', 'S', 'l', 'L', 'v', 'V', 'a', 'A'])
        && t.bytes()
            .position(|b| b == b' ')
            .is_some_and(|k| k == 1 || (6..=10).contains(&k))
    {
        let lower = fold(t);
        let lower = lower.strip_prefix("a ").unwrap_or(&lower);
        if let Some(place) = ["reader ", "subscriber ", "listener ", "viewer "]
            .iter()
            .find_map(|w| lower.strip_prefix(w))
            .and_then(|r| r.strip_prefix("in ").or_else(|| r.strip_prefix("from ")))
        {
            // (The place as written, capitalised: folding keeps every byte where it was.)
            let place = t.get(t.len() - place.len()..).unwrap_or_default();
            return place.starts_with(is_upper)
                && words_le(place, 4)
                && words(place).all(|w| w.starts_with(is_upper) || w == "of");
        }
    }
    // "Katrien uit Brugge", "Jonas en Sien uit Gent", "Lena aus Graz": names, a word for
    // "from" and a place, no comma. (Not a rail's "Mehr aus Bayern", "Meer uit de regio"; nor
    // English "from", "More from Local News".)
    if (3..=7).contains(&w) && terminal_punct(t).is_none() && t.starts_with(is_upper) {
        // (By hand: a pattern of a string costs the wasm a searcher and each call its set-up.)
        let from = [" uit ", " aus ", " från ", " fra ", " z ", " ze "]
            .iter()
            .find_map(|k| split_sub(t, k));
        if let Some((names, place)) = from {
            let and = |w: &str| Words("en|und|og|och|et|i|a").contains(w);
            // (With an age in brackets: "Kristof (41) uit Sint-Niklaas".)
            let cap = |w: &str| {
                w.starts_with(is_upper)
                    || w.strip_prefix('(')
                        .and_then(|r| r.strip_suffix(')'))
                        .is_some_and(|n| {
                            (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
                        })
            };
            let more = Words("mehr|meer|mer|mere|więcej|víc|weitere|nieuws|nachrichten|nyheter|nytt|artikel|artikelen|videos|video");
            if words(names).all(|w| cap(w) || and(w))
                && words(names)
                    .next()
                    .is_some_and(|w| !more.contains(&fold(w)))
                && words_le(names, 4)
                && words_le(place, 3)
                && words(place).all(|w| cap(w) || matches!(w, "am" | "an" | "der" | "de"))
            {
                return true;
            }
        }
    }
    // "Minh Tuấn (TP HCM)": the place in brackets, as Vietnamese and other papers sign letters.
    let bracketed = t
        .strip_suffix(')')
        .and_then(|r| r.split_once(" ("))
        .filter(|(_, place)| !place.is_empty() && !place.contains(['(', ')']));
    // (Or a spaced dash between them, as Italian papers sign: "Marco R. – Padova".)
    // (A name of two words at least, each capitalised: not a crosshead, "Weather – Sunny".)
    let dashed = || {
        // (A signature is short: a longer line is not searched.)
        (t.len() <= 60).then_some(())?;
        split_sub(t, " – ")
            .or_else(|| split_sub(t, " — "))
            .filter(|(name, _)| {
                words(name).nth(1).is_some() && words(name).all(|w| w.starts_with(is_upper))
            })
    };
    // (A Vietnamese place in brackets, its kind first, may hold a comma: "Trần Minh Tuấn (quận
    // Bình Thạnh, TP.HCM)", "Phạm Thị Lan (huyện Gia Lâm, Hà Nội)" — not "Tuesday 14 May (Room
    // 4, Town Hall)".)
    // (Or any place so where the line says it is a reader's, "Bạn đọc … (Cầu Giấy, Hà Nội)";
    // or a place and an age, "Lucía Gómez (Sevilla, 42 años)".)
    let comma_place = bracketed.is_some_and(|(_, place)| {
        words(place)
            .next()
            .is_some_and(|w| Words("quận|huyện|phường|xã|tỉnh|thị|TP|TP.").contains(w))
            || reader_word
            || words(place)
                .last()
                .is_some_and(|w| Words("años|anos|ans|anni|years|jahre|jaar|år|lat").contains(w))
                && place.bytes().any(|b| b.is_ascii_digit())
    });
    let comma = t.split_once(',').filter(|_| !comma_place);
    let Some((name, place)) = comma.or(bracketed).or_else(dashed) else {
        return false;
    };
    // (After a first name's comma, a place may be lower-case, "Dev, city centre" — not after a
    // reply's first word, "No, not really".)
    let lower_place = || {
        words_le(place, 2)
            && words_le(name, 1)
            && !place.bytes().any(|b| b.is_ascii_digit())
            && !Words("yes|no|well|ok|okay|sure|so|but|and|oh|right|maybe|thanks|sorry|please")
                .contains(&fold(name))
    };
    // (Up to eight words where a name, a town and a region are set apart by commas, as
    // Vietnamese signs them in syllables: "Chị Nguyễn Thị Lan, Thuận An, Bình Dương".)
    // (Each word capitalised: not a list, "Bleacher Report, Uber Eats, and ParkMobile".)
    let regional = || {
        t.len() <= 120
            && t.bytes().filter(|&b| b == b',').count() >= 2
            && count_words(t, 8) <= 8
            && words(t).all(|w| w.starts_with(|c: char| cap(c) || c.is_ascii_digit()))
    };
    // (Or a name of four words and such a place of five.)
    let named_place = || comma_place && words_le(name, 4) && words_le(place, 5);
    ((2..=6).contains(&w) || regional() || named_place())
        && (terminal_punct(t).is_none() || place_abbreviation_at_end(t))
        // (A name first: "8.30pm, BBC One" is a listing's time and channel.)
        && t.starts_with(cap)
        && words(name).all(word_ok)
        && (words(place).all(word_ok) || lower_place())
        // (Nor a date under a rail's headline, "Nov. 2, 2025", "Correction: Nov. 25, 2025".)
        && !is_dateline(t)
}

/// A headline that tells the writer's own story in the past: "I've woken at 3am every night
/// for a year. I went looking for the reason", "I quit sugar for a month", "I tried every
/// sleep tracker". A personal essay's, whose question subheads are its stages, not an FAQ —
/// unless it says it answers questions ("I asked a GP your questions about …").
pub fn is_first_person_story(s: &str) -> bool {
    let t = trim(s);
    let mut w = words(t);
    let story = match w.next() {
        Some("I've" | "I’ve" | "I'd" | "I’d") => true,
        Some("I") => w.next().is_some_and(|v| {
            (v.len() > 3 && v.ends_with("ed"))
                || Words(concat!(
                    "was|went|spent|took|gave|lost|left|quit|made|had|have|got|found|thought|",
                    "ran|wrote|kept|lived|swam|ate|drank|slept|sold|bought|broke|fell|",
                    "became|grew|felt|saw|met|won|flew|drove|rode|cut|let|put",
                ))
                .contains(v)
        }),
        _ => false,
    };
    story && !says_it_answers(t)
}

/// A headline that says its article answers or explains: "… your questions answered", "…
/// explained", "I asked a GP …", "FAQ", "Everything you need to know before visiting Kotor".
pub fn says_it_answers(s: &str) -> bool {
    let f = fold(s);
    [
        "question",
        "answer",
        "explain",
        "faq",
        "asked",
        "ask ",
        "need to know",
        "what to know",
    ]
    .iter()
    .any(|k| f.contains(k))
}

/// A label that makes an article an opinion piece: a kicker ("Opinion", "Kommentar Debat"), a
/// byline's role ("Kate Ngata, Columnist"), a lede's run-in ("OPINION: There is…").
/// With `run_in`, only a lede's run-in label counts.
pub fn is_opinion_label(s: &str, run_in: bool) -> bool {
    let t = trim(s);
    let head = match t.split_once(':') {
        Some((h, _)) if words_le(h, 2) => h,
        _ if !run_in && t.len() <= 200 && words_le(t, 12) => t,
        _ => return false,
    };
    // (Not a comments link's word: "Leave a comment", "Add your comment".)
    let mut prev = "";
    head.split(|c: char| !is_word_char(c) && c != '-')
        .filter(|w| !w.is_empty())
        .any(|w| {
            let after = std::mem::replace(&mut prev, w);
            if matches!(after, "a" | "A" | "your" | "Your") && fold(w) == "comment" {
                return false;
            }
            // (Sesotho's and Setswana's "opinions", Swahili's, Kinyarwanda's: their comments'
            // word too, "Maikutlo a 4", "Maoni (12)" — a label alone on its line only; and Tok
            // Pisin's "TINGTING", a thought, a common word.)
            if Words("maikutlo|megopolo|maoni|imibono|ibitekerezo").contains(&fold(w)) {
                return words_le(head, 1);
            }
            // (In capitals: a comments link reads "Tingting".)
            if fold(w) == "tingting" {
                return head == "TINGTING";
            }
            Words(concat!(
                "opinion|comment|commentary|column|columnist|op-ed|analysis|analyse|análisis|analisi|análise|",
                // A reportage's label: its crossheads are a story's, not an explainer's.
                "reportage|reportagem|reportaje|reportáž|reportaż|reportasje|reportaasi|longread|",
                "kommentar|kommentator|kolumne|glosse|leitartikel|",
                "kommentatorin|meinung|gastbeitrag|debatte|debat|tribune|chronique|éditorial|édito|",
                // A parliamentary sketch: a columnist's view of the day's debate.
                "sketch|",
                "editorial|opinión|columna|columnista|opinione|commento|opinião|coluna|opinie|",
                "columnist|felieton|publicystyka|мнение|колонка|opinia|komentarz|ledare|krönika|",
                "kronikk|kolumni|mielipide|pääkirjoitus|opini|kolom|görüş|názor|komentář|",
                // (Swedish leader writers, Slovak and Czech comment sections, Urdu's column.)
                "ledarskribent|ledartext|ledarsida|komentár|komentáre|komentáře|کالم|",
                "vélemény|γνώμη|άποψη|думка|коментар|opinie|editoriale|editorial|köşe|",
                // Serbian (both scripts), Croatian, Bulgarian.
                "погледи|ставови|колумна|мишљење|pogledi|stavovi|kolumna|komentar|mišljenje|",
                "позиция|мнение|коментар|skoðun|pistill|leiðari|arvamus|kommentaar|",
                // Afrikaans: Maroela Media's columns, "RUBRIEKE".
                "rubrieke|menings|",
                // Basque, Catalan, Lithuanian, Latvian, Maltese.
                "iritzia|opinió|nuomonė|nuomonės|viedoklis|viedokļi|opinjoni|",
                // Hebrew, Arabic, Hindi, Japanese, Chinese, Korean; Persian ("note", "view").
                "דעות|דעה|رأي|राय|社説|オピニオン|コラム|社论|社論|评论|評論|观点|觀點|칼럼|사설|오피니언|",
                "یادداشت|دیدگاه|سرمقاله|",
                // Marathi and Hindi, Bengali, Tamil, Gujarati, Urdu editorials; Bengali opinion.
                "अग्रलेख|संपादकीय|সম্পাদকীয়|মতামত|தலையங்கம்|તંત્રીલેખ|اداریہ|",
                // isiZulu, isiXhosa, Shona, Igbo, Yoruba, Kinyarwanda, Somali, Amharic,
                // Swahili's editorial.
                "uhariri|umbono|uluvo|pfungwa|echiche|èrò|igitekerezo|aragti|fikrad|አስተያየት",
            ))
            .contains(fold(w).as_str())
        })
}

/// A writer's line naming their role as a commentator, anywhere in it: "Martina Krajčovičová
/// komentátorka SME", "Jane Doe, Columnist".
pub fn names_columnist(s: &str) -> bool {
    // (After the name, two words at least, or after a comma: not "Our columnist replies to
    // your letters", which names who answers. Only the words for a columnist: a
    // "commentator" or an "обозреватель" reports or commentates as often.)
    let mut comma = false;
    words(s).enumerate().any(|(k, w)| {
        let role = (k >= 2 || comma)
            && Words(concat!(
                "columnist|columnista|chroniqueur|chroniqueuse|editorialista|kolumnist|",
                "kolumnistin|komentátor|komentátorka|felietonista|publicysta|publicystka|",
                "kolumnista|kolumnistka|колумнист|колумнистка",
            ))
            .contains(&fold(w.trim_matches(|c: char| !is_word_char(c))));
        comma |= w.ends_with(',');
        role
    })
}

/// Which part of a study's structured abstract a paragraph's run-in label names: 0 its
/// background or aim ("Background: …", "Objetivo: …"), 1 its methods, 2 its results, 3 its
/// conclusion.
pub fn abstract_part(s: &str) -> Option<usize> {
    let (label, rest) = head(s, 48).split_once(':')?;
    if rest.is_empty() || label.len() > 40 {
        return None;
    }
    let l = fold(trim(label));
    [
        concat!(
            "background|importance|objective|objectives|antecedentes|objetivo|objetivos|",
            "objectif|objectifs|hintergrund|obiettivo|obiettivi"
        ),
        concat!(
            "methods|methodology|materials and methods|patients and methods|",
            "design, setting, and participants|design, setting and participants|",
            "métodos|material y métodos|méthodes|methoden|methodik|metodi"
        ),
        "results|resultados|résultats|ergebnisse|risultati",
        concat!(
            "conclusion|conclusions|conclusions and relevance|interpretation|conclusión|",
            "conclusiones|conclusão|conclusões|schlussfolgerung|schlussfolgerungen|conclusioni"
        ),
    ]
    .iter()
    .position(|w| Words(w).contains(&l))
}

/// A disclaimer that the views are the writer's own: "The views expressed are the author's
/// own", "Bu yazıda yer alan görüşler yazarın kişisel görüşleridir", "Die Meinung des Autors …";
/// or a travel writer's disclosure, "The writer travelled as a guest of …".
pub fn is_opinion_disclaimer(s: &str) -> bool {
    // (A note says so in its first words: a long paragraph is not folded or searched whole.)
    let lower = fold(head(s, 160));
    // (Not a masthead's note on its writers, plural, under every page: "Opinions expressed by
    // our columnists and guest writers are their own", "… с точкой зрения авторов
    // публикаций".)
    if [
        "авторов",
        "авторів",
        "columnists",
        "contributors",
        "writers",
    ]
    .iter()
    .any(|w| has_sub(&lower, w))
    {
        return false;
    }
    Words(concat!(
        "views expressed|opinions expressed|the author's own|the writer's own|",
        "the author’s own|the writer’s own|",
        "görüşler yazarın|yazarın kişisel görüş|meinung des autors|meinung der autorin|",
        "opiniones expresadas|opinión del autor|n'engagent que leur auteur|opinion de l'auteur|",
        "opinioni espresse|opiniões expressas|opinião do autor|mening van de auteur|",
        "нису нужно и ставови редакције|nisu nužno i stavovi redakcije|nisu nužno stavovi|",
        // "… do not necessarily reflect the paper's opinion", Folha's "não traduzem a opinião".
        "do not necessarily reflect|does not necessarily reflect|don't necessarily reflect|",
        "não traduzem a opinião|não refletem a opinião|não refletem necessariamente|",
        "no reflejan necesariamente|no necesariamente reflejan|ne reflètent pas nécessairement|",
        "non riflettono necessariamente|spiegeln nicht unbedingt|",
        // (Basque, Catalan, Galician, Romanian, Hungarian, Baltic, Finnish, Greek, Croatian.)
        // (In their "do not necessarily reflect" words: the bare "the author's opinion" is
        // any article's phrase.)
        "egilearen ardura|no reflecteixen necessàriament|non reflicten necesariamente|",
        "nu reflectă neapărat|nu reprezintă neapărat|nem feltétlenül tükrözi|nebūtinai atspindi|",
        "ne vienmēr atspoguļo|ei pruugi kattuda|eivät välttämättä edusta|",
        "δεν εκφράζουν απαραίτητα|δεν απηχούν απαραίτητα|ne odražavaju nužno|ne izražavaju nužno|",
        // (Urdu, Hindi, Arabic: "(ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں)".)
        "کالم نگار کی رائے|مصنف کی رائے|लेखक के निजी विचार|लेखक के अपने विचार|",
        "لا تعبر بالضرورة|تعبر عن رأي كاتبها|",
        // (Russian and Ukrainian: "Мнение редакции может не совпадать с точкой зрения автора".)
        "мнение редакции может не совпадать|думка редакції може не збігатися|",
        // ("This piece expresses the views of its author(s), separate from those of this
        // publication.")
        "expresses the views of|express the views of|",
        // (Korean: "이 글은 필자 개인의 의견이며 본지의 편집 방향과 다를 수 있습니다.")
        "필자 개인의 의견|필자의 개인 의견|본지의 편집 방향과 다를 수|",
        // (A column's call for letters in reply: "Do you have an opinion on the issues raised
        // in this article? If you would like to submit a response…")
        "do you have an opinion on the issues raised",
    ))
    .occur_at_words(&lower)
        // (Chinese and Japanese, anywhere, no spaces between words: "（本文系作者个人观点，不代表本
        // 平台立场）", "本稿は筆者個人の見解であり…".)
        || lower.starts_with(['（', '(', '本', '※', '＊', '*'])
            && Words(concat!(
                "作者个人观点|作者個人觀點|作者个人意见|不代表本平台立场|不代表本报立场|",
                "不代表本網立場|不代表本台立場|筆者個人の見解|筆者の個人的な見解|",
                "仅代表作者本人|僅代表作者本人|不代表本站立场|不代表本站立場|不代表本网立场",
            ))
            .occur_in(&lower)
        || TRAVEL_DISCLOSURES.occur_at_words(&lower)
        // (Or a writer's bio that says so, "Rosa Delaney writes about money. Views are her
        // own." — not an answer's "her profile said her views are her own".)
        || has_sub(&lower, " writes ")
            && Words(concat!(
                "views are my own|views are her own|views are his own|views are their own|",
                "opinions are my own|opinions are her own|opinions are his own|",
                "opinions are their own",
            ))
            .occur_at_words(&lower)
        // (Or a bio's last words, after the writer's posts: "Dr Clodagh Breen is a lecturer …
        // She writes in a personal capacity." — not an official's "speaking in a personal
        // capacity".)
        || Words("writes in a personal capacity|writing in a personal capacity")
            .occur_in(&fold(tail(s, 48)))
}

/// A travel writer's disclosure: the feature is their own account, its questions too (unless
/// its headline says it answers them: "Everything you need to know before visiting Kotor").
pub fn is_travel_disclosure(s: &str) -> bool {
    TRAVEL_DISCLOSURES.occur_at_words(&fold(head(s, 160)))
}

const TRAVEL_DISCLOSURES: Words = Words(concat!(
    "travelled as a guest of|traveled as a guest of|",
    "was a guest of|were guests of|trip was provided by|travel was provided by|",
    "travelled courtesy of|traveled courtesy of|war auf einladung|reiste auf einladung|",
    "viajó invitado por|viajó invitada por|a voyagé à l'invitation de",
));

/// A letter to the editor's form: its salutation ("Sir, – The news that…", "Dear Editor,") or
/// its close ("… – Yours, etc,", "Yours faithfully").
pub fn is_letter_form(s: &str) -> bool {
    let t = trim(s);
    let opens = [
        "Sir, ",
        "Sir –",
        "Madam, ",
        "Dear Editor",
        "Dear Sir",
        "A chara",
    ]
    .iter()
    .any(|w| t.starts_with(w));
    opens || t.contains("Yours, etc") || t.contains("Yours faithfully")
}

/// The name on most of `labels`, counted among the first eight names seen (a transcript has a
/// few speakers; a call-in's callers speak once each): "WHITFIELD" of "WHITFIELD", "RAY",
/// "MORALES", "WHITFIELD", where a majority vote would end on whoever came last. The first seen
/// wins a tie. Empty when there are none.
pub fn top_speaker<'a>(labels: &[&'a str]) -> &'a str {
    let mut seen: [(&str, usize); 8] = [("", 0); 8];
    let mut n = 0;
    for &l in labels {
        match seen[..n].iter_mut().find(|(name, _)| same_speaker(l, name)) {
            Some(s) => s.1 += 1,
            None if n < 8 => {
                seen[n] = (l, 1);
                n += 1;
            }
            None => {}
        }
    }
    // (The first of the most frequent: `max_by_key` would keep the last.)
    let top = seen[..n].iter().map(|s| s.1).max().unwrap_or(0);
    seen[..n].iter().find(|s| s.1 == top).map_or("", |s| s.0)
}

/// The most frequent of speakers' names (`same_speaker` decides who is one): a majority vote,
/// one pass, no map. Empty when there are none.
pub fn majority_speaker<'a>(labels: impl Iterator<Item = &'a str>) -> &'a str {
    let (mut name, mut votes) = ("", 0usize);
    for l in labels {
        if votes == 0 {
            name = l;
        }
        votes = if same_speaker(l, name) {
            votes + 1
        } else {
            votes - 1
        };
    }
    name
}

/// The line that introduces a reader's question in a mailbag: "From Priya in Raleigh:", "From
/// Marcus, a paid subscriber in Ohio:", "Von Anna aus Köln:", "Sam writes:", "Lena fragt:".
pub fn is_reader_intro(s: &str) -> bool {
    let t = trim(s);
    // A live chat's reader box, no colon: "Comment From Dave in Lowell", "Question from Guest".
    if let Some(r) =
        strip_prefix_ci(t, "comment from ").or_else(|| strip_prefix_ci(t, "question from "))
    {
        if !r.is_empty() && words_le(r, 6) && terminal_punct(r).is_none() && !r.ends_with(':') {
            return true;
        }
    }
    let Some(head) = t.strip_suffix([':', '：']) else {
        return false;
    };
    let head = trim(head);
    // (A live chat's host passing one on, in the last sentence of their turn: "Emma Clarke
    // (host): We've had lots of questions about phones. Here's one from a student,
    // RevisionRaccoon:".)
    if let Some(k) = head.rfind(". ").filter(|_| t.len() <= 400) {
        let last = fold(trim(&head[k + 2..]));
        if words_le(&last, 12)
            && terminal_punct(&last).is_none()
            && Words(concat!(
                "here's one from |here’s one from |here is one from |here's a question from |",
                "here’s a question from |this one is from |this one comes from |",
                "this one's from |this one’s from |next, from |next up, from ",
            ))
            .opens(&last)
        {
            return true;
        }
    }
    if !words_le(head, 14) || terminal_punct(head).is_some() {
        return false;
    }
    // (After a connective and its comma: "Finally, from Aisha in Chicago:", "Next, Tom
    // writes:".)
    let head = head
        .split_once(", ")
        .filter(|(c, _)| {
            Words("finally|lastly|next|and finally|also|first|first up").contains(&fold(c))
        })
        .map_or(head, |(_, r)| r);
    let mut ws = words(head);
    let first = ws.next().map(fold).unwrap_or_default();
    let from = Words("from|von|de|da|van|från|fra").contains(first.as_str())
        && ws
            .next()
            .is_some_and(|w| w.starts_with(is_upper) || matches!(w, "a" | "an"));
    // (Or a first name and the reader's town, described after it: "And finally, Priya in
    // Raleigh, who opened a dog-grooming business in the spring:"; or a reader not named, "A
    // reader who sells vintage clothing online asked not to be named:".)
    // (The town then a comma or the end: not "Shoppers in Manchester were unimpressed:".)
    let mut ws2 = words(head);
    let placed = ws2.next().is_some_and(|w| {
        w.starts_with(is_upper) && w.chars().skip(1).all(|c| letter_case(c) == Some(false))
    }) && ws2.next().is_some_and(|w| matches!(w, "in" | "from"))
        && {
            let mut last = None;
            let mut comma = false;
            for w in ws2.by_ref() {
                if !w.starts_with(is_upper) {
                    break;
                }
                last = Some(w);
                if w.ends_with(',') {
                    comma = true;
                    break;
                }
            }
            last.is_some() && (comma || ws2.next().is_none())
        };
    if placed
        || Words(concat!(
            "a reader |one reader |another reader |a listener |one listener |a viewer |",
            "a subscriber |one subscriber |a longtime reader |a long-time reader ",
        ))
        .opens(&fold(head))
    {
        return true;
    }
    let last = head.rsplit(is_space).next().map(fold).unwrap_or_default();
    // "Sue from Toowoomba asked:", "And Aaron wanted to know:", "Many of you asked a version
    // of this:".
    let asking = Words(concat!(
        "asks|asked|writes|wrote|wonders|wondered|know|fragt|fragte|schreibt|schrieb|demande|",
        "écrit|pregunta|preguntó|escribe|chiede|vraagt|vroeg",
    ))
    .contains(last.as_str())
        || (words_le(head, 10) && fold(head).contains(" asked "))
        // ("One reader, Siobhán from Douglas in Cork, got in touch this week:")
        || Words("got in touch|wrote in |wrote to us|emailed us|emailed in|sent us|sent in ")
            .occur_in(&fold(head));
    // (A Reddit user's handle leads in lower case: "u/crampon_carl asked:"; so does a Tumblr
    // ask's, the handle alone before the verb, "sunflowerreads asked:", "paperback-raccoon
    // asked:".)
    let blog = || {
        let mut ws = head.split(' ');
        let h = ws.next().unwrap_or("");
        ws.next().is_some()
            && ws.next().is_none()
            && (3..=32).contains(&h.len())
            && h.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    from || ((head.starts_with(is_upper)
        || head.split(' ').next().is_some_and(is_user_handle)
        || blog())
        && asking)
}

/// Whether the words at `at..at + len` of `t` are named as a pointer to a part further on or
/// before: "see" before them ("… see “What if I don't have a smartphone?” below."), or "below" /
/// "above" after them, past their quotation marks.
pub fn points_to(t: &str, at: usize, len: usize) -> bool {
    let before = t
        .get(..at)
        .unwrap_or("")
        .trim_end_matches(['"', '“', '„', '«', '‘', ' ']);
    let after = t
        .get(at..)
        .map(trim_start)
        .and_then(|r| r.get(len.min(r.len())..))
        .unwrap_or("")
        .trim_start_matches(['"', '”', '»', '’', '\'']);
    // ("see" a word of its own, not "foresee"; "below" or "above" in lower case, the same
    // sentence going on — not a new one, "…?” Above all, …".)
    let before = fold(tail(before, 12));
    let see = ["see", "see:"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|r| r.is_empty() || r.ends_with([' ', '(', '—', '–']))
    });
    see || [" below", " above"].iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|r| !r.starts_with(is_word_char) && !r.starts_with(" all"))
    })
}

/// A subheading that is a phrase quoted from the text under it, as the BBC sets them ("'Who else
/// is going to do it?'" over a paragraph quoting "… who else is going to do it?"): the words, in
/// quotes (straight single quotes too), without their closing punctuation.
pub fn pull_quote(s: &str) -> Option<&str> {
    let t = trim(s);
    // (Swedish and Finnish papers open with the closing mark: "”Vart ska barnen ta vägen?”";
    // Danish with »…«.)
    let inner = t
        .strip_prefix(['\'', '‘', '"', '“', '«', '”', '»'])?
        .strip_suffix(['\'', '’', '"', '”', '»', '«'])?;
    let inner =
        trim(inner).trim_end_matches(|c: char| is_question_mark(c) || matches!(c, '.' | '!'));
    (inner.len() >= 12).then_some(inner)
}

/// Where a paragraph's writer's signature after a spaced dash starts (the dash), the text
/// before it a sentence's end: "… Please advise me. – Mrs Blessing O., Port Harcourt", "… Is
/// something wrong with him? — Worried father, Abuja".
pub fn dash_signed_at(s: &str) -> Option<usize> {
    let t = trim(s);
    let end = tail(t, 80);
    // (The last spaced en or em dash: its bytes looked for, not a char searcher.)
    let at = [" – ", " — "].iter().filter_map(|d| end.rfind(d)).max()?;
    let before = trim_end(&t[..t.len() - end.len() + at]);
    let lead = s.len() - trim_start(s).len();
    (before.ends_with(['.', '!', '?', '…']) && is_dash_signature(&end[at + 1..]))
        .then_some(lead + before.len())
}

/// A signature led by a dash under a reader's letter: "— Sharon, Geelong", "— Name withheld",
/// "– Dev": one to five words, capitalised, no sentence punctuation.
pub fn is_dash_signature(s: &str) -> bool {
    let t = trim(s);
    // (Or a hyphen and a space, as a live page types it: "- Colin, Mount Barker".)
    let Some(rest) = t
        .strip_prefix(['—', '–'])
        .or_else(|| t.strip_prefix("- "))
        .or_else(|| t.strip_prefix("-- "))
    else {
        return false;
    };
    let rest = trim(rest);
    if is_handle_signature(without_note(rest)) {
        return true;
    }
    // (Or no one by name: "— several readers", "— a reader".)
    let readers = || {
        Words("several readers|many readers|multiple readers|a reader|several of you|many of you")
            .contains(&fold(rest))
    };
    // (Or a reader described at more length: "— A reader who asked me not to use their name".)
    if Words("a reader who |a reader in |a reader from |an anonymous reader|a longtime reader|a long-time reader")
        .opens(&fold(head(rest, 24)))
    {
        return words_le(rest, 12) && terminal_punct(rest).is_none();
    }
    // (Or who sent it in: "— submitted by 11 students", "— from the editors".)
    if says_who_asked(rest)
        || Words("from the |from a |from an |from our ").opens(&fold(head(rest, 16)))
    {
        return words_le(rest, 10) && !rest.ends_with(['.', '?', '!', ':']);
    }
    // (Or a name and a note in brackets after it, at some length: "— Mark (no town given, but
    // I'm guessing somewhere cold)".)
    if let Some((name, _)) = rest.strip_suffix(')').and_then(|r| r.split_once(" (")) {
        if words_le(name, 3)
            && name.starts_with(is_upper)
            && terminal_punct(name).is_none()
            && words_le(rest, 16)
        {
            return true;
        }
    }
    // (Or initials: "— B.W.")
    let initials = || {
        rest.len() <= 12
            && rest.ends_with('.')
            && rest.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
    };
    // (Or a name and who they are: "— Devon, a junior at Harmon High".)
    let described = || {
        rest.find(", ").is_some_and(|k| {
            words_le(&rest[..k], 2)
                && Words("a |an |the ").opens(&fold(head(&rest[k + 2..], 8)))
                && words_le(rest, 10)
        })
    };
    (rest.starts_with(is_upper) || readers())
        && !rest.ends_with(['-', '—', '–'])
        && ((1..=5).contains(&word_count(rest)) || described())
        && (terminal_punct(rest).is_none()
            || place_abbreviation_at_end(rest)
            || initials()
            || surname_initial(rest))
}

/// A first name and the surname's initial: "Alan W.", "Tom K.", "Priya N." — the full stop is the
/// initial's.
fn surname_initial(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4
        && b[b.len() - 1] == b'.'
        && b[b.len() - 2].is_ascii_uppercase()
        && b[b.len() - 3] == b' '
        && words_le(s, 3)
}

/// A table's topic cell before its questions: a label of four words at most, not a question
/// ("Afvalpas", "Kosten" before "Wat kost het legen?").
pub fn is_topic_label(s: &str) -> bool {
    !ends_with_question(s) && words_le(s, 4)
}

/// Who sent a question in, at the start of its attribution: "Asked by Ms Irene Goh, 41",
/// "submitted by 11 students".
pub fn says_who_asked(s: &str) -> bool {
    // (Estonian and Finnish put the verb first: "Küsib Toomas Viljandist", "Kysyy Matti
    // Tampereelta".)
    // (A label's colon too: "Submitted by: Carla M., Ridgecrest".)
    // (Or a mailbag's line over the question: "Question from Ken, Wakefield".)
    Words("asked by |submitted by |sent in by |sent by |küsib |kysyy |asked by: |submitted by: |question from ")
        .opens(&fold(head(s, 16)))
        // (Or with an aside before who: "asked, in some form, by eleven of you".)
        || strip_prefix_ci(s, "asked, ").is_some_and(|r| {
            find_sub(head(r, 40), ", by ").is_some_and(|k| words_le(&r[..k], 4) && r.len() > k + 5)
        })
}

/// A reader's name and place split by a slash, as Turkish and Greek papers sign letters
/// ("Selin K. / İzmir", "İsminin yazılmasını istemeyen okurumuz / Bursa"): a capitalised
/// name of eight words at most, a capitalised place of three at most. (A photo's credit has
/// the same shape, "Ali Demir / AA": the caller asks for two letters at least signed so.)
pub fn is_slash_signature(s: &str) -> bool {
    let t = trim(s);
    let Some((name, place)) = split_sub(t, " / ") else {
        return false;
    };
    let (name, place) = (trim(name), trim(place));
    t.len() <= 90
        && name.starts_with(is_upper)
        && place.starts_with(is_upper)
        && (1..=8).contains(&word_count(name))
        && (1..=3).contains(&word_count(place))
        && !place.contains('/')
        && terminal_punct(place).is_none()
        && !name.ends_with([',', ':', ';', '?', '!'])
        // (Not a photographer and their agency, "Dominik Baur / Keystone".)
        && !is_agency(place)
}

/// A signature that ends on an abbreviated place after a comma: "Ray, Asheville, N.C.", "Tom,
/// Hermantown, Minn.", "Dev, Toowoomba, Qld." — the full stop is the abbreviation's, not a
/// sentence's.
fn place_abbreviation_at_end(t: &str) -> bool {
    let Some((_, place)) = t.rsplit_once(',') else {
        return false;
    };
    let last = trim(place).rsplit(is_space).next().unwrap_or_default();
    let stem = last.trim_end_matches('.');
    last.len() > stem.len()
        && (2..=6).contains(&stem.len())
        && stem.starts_with(|c: char| c.is_ascii_uppercase())
        && stem.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
}

/// A paragraph that ends by quoting someone's question after a statement ("Emery retweeted it,
/// saying, “Are there any calm supporters left?”", "… asking if there were “any left at all?”"):
/// it reports a question of four words or more rather than asking one. A lead-in that itself
/// asks ("Is this the start of a “new cold war for tech?”") keeps it a question.
pub fn reports_question(s: &str) -> bool {
    // (A list's number before the quote reports nothing: "4. “Do I need a booster every
    // year?”" is the fourth of the readers' questions, quoted as they sent it.)
    let t = strip_number(s).map_or(trim(s), |(_, r)| r);
    // Back over the closing quotes and brackets to the question mark.
    let mut closed = false;
    let mut end = t.len();
    for (i, c) in t.char_indices().rev() {
        if is_question_mark(c) {
            end = i;
            break;
        }
        // ("… reading “Are you serious?!”")
        if !(is_space(c) || is_closer(c) || c == '!') {
            return false;
        }
        closed |= ends_quote(c);
    }
    if !closed || end == t.len() {
        return false;
    }
    let asked = &t[..end];
    let Some((open, _)) = asked.char_indices().rev().find(|&(_, c)| starts_quote(c)) else {
        return false;
    };
    let lead = trim(&asked[..open]);
    !lead.is_empty() && !opens_asking(lead) && count_words(&asked[open..], 2) > 2
}

/// A quote and then who said it: "“Because it doesn't talk back,” Hensley said." — words
/// outside the quote right after it closes.
pub fn is_attributed_quote(s: &str) -> bool {
    let t = trim(s);
    let mut cs = t.chars();
    if !cs.next().is_some_and(starts_quote) {
        return false;
    }
    // The closing quote: not an apostrophe inside a word ("doesn’t").
    let mut chars = cs.peekable();
    while let Some(c) = chars.next() {
        let apostrophe = c == '’' && chars.peek().is_some_and(|&n| is_word_char(n));
        if ends_quote(c) && !apostrophe {
            return chars
                .take_while(|&c| !starts_quote(c))
                .any(|c| is_word_char(c) && !c.is_ascii_digit());
        }
    }
    false
}

/// Opening quote at the start and closing quote at the end: the whole paragraph is quoted.
pub fn is_wholly_quoted(s: &str) -> bool {
    let t = trim(s);
    starts_with_quote(t) && t.chars().next_back().is_some_and(ends_quote) && t.chars().count() > 2
}

/// A paragraph that is one quoted question and nothing else: "« Qui paie l’installation ? »",
/// "“Can I still drive?”" (readers' questions as a column prints them; no one is said to ask).
pub fn is_quoted_question(s: &str) -> bool {
    let t = trim(s);
    let mut cs = t.chars();
    let (Some(open), Some(close)) = (cs.next(), cs.next_back()) else {
        return false;
    };
    let inner = trim(cs.as_str());
    starts_quote(open)
        && ends_quote(close)
        && inner.chars().next_back().is_some_and(is_question_mark)
        && !inner.contains(['"', '“', '”', '«', '»', '„'])
}

/// A quotation with its speaker after a dash, as a pull quote sets it: "«Perché un ragazzo di
/// 16 anni dovrebbe prendere lo scooter…?» – l'assessora alla Mobilità Chiara Deiana".
pub fn is_dashed_pull_quote(s: &str) -> bool {
    dashed_speaker(s).is_some()
}

/// Who a dashed quotation names after it ("l'assessora alla Mobilità Chiara Deiana", or a
/// reader's "Linda, Overland Park").
pub fn dashed_speaker(s: &str) -> Option<&str> {
    let t = trim(s);
    if t.len() > 800 || !t.starts_with(starts_quote) {
        return None;
    }
    let (k, close) = t
        .char_indices()
        .skip(1)
        .filter(|&(_, c)| ends_quote(c))
        .last()?;
    let who = trim(&t[k + close.len_utf8()..]);
    who.strip_prefix(['–', '—', '-', '―'])
        .map(trim)
        .filter(|who| !who.is_empty() && words_le(who, 12) && !has_question_mark(who))
}

fn ends_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '“' | '«' | '»' | '‹' | '›' | '」' | '』' | '’'
    )
}

/// Whitespace-separated words; CJK text without spaces counts two characters as a word.
pub fn word_count(s: &str) -> usize {
    count_words(s, usize::MAX)
}

/// Counts words as [`word_count`] does, stopping once the count exceeds `cap` (then `cap + 1`).
/// ASCII text takes a byte-level fast path.
pub fn count_words(s: &str, cap: usize) -> usize {
    let b = s.as_bytes();
    let (mut words, mut cjk) = (0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        // Spaces up to the next word (or a CJK character, which counts on its own).
        let c = b[i];
        if c < 0x80 {
            i += 1;
            if matches!(c, b' ' | b'\t'..=b'\r') {
                continue;
            }
        } else {
            let (ch, n) = wide_char_at(s, i);
            i += n;
            if is_cjk(ch) {
                cjk += 1;
                if words + cjk.div_ceil(2) > cap {
                    return cap.saturating_add(1);
                }
                continue;
            }
            if is_space(ch) {
                continue;
            }
        }
        words += 1;
        if words + cjk.div_ceil(2) > cap {
            return cap.saturating_add(1);
        }
        // The rest of the word: ASCII letters without decoding.
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if matches!(c, b' ' | b'\t'..=b'\r') {
                    break;
                }
                i += 1;
            } else {
                let (ch, n) = wide_char_at(s, i);
                if is_cjk(ch) || is_space(ch) {
                    break;
                }
                i += n;
            }
        }
    }
    words + cjk.div_ceil(2)
}

/// Case of a letter, without Unicode's tables (they would dominate the wasm): ASCII, Latin-1,
/// Latin Extended-A, Greek and Cyrillic — the scripts with case that the rules look at.
/// `Some(true)` upper, `Some(false)` lower, `None` no case.
pub fn letter_case(c: char) -> Option<bool> {
    let u = c as u32;
    match u {
        0x41..=0x5A => Some(true),
        0x61..=0x7A => Some(false),
        0xC0..=0xDE if u != 0xD7 => Some(true),
        0xDF..=0xFF if u != 0xF7 => Some(false),
        // Latin Extended-A pairs each capital with the small letter after it, the capitals
        // on even code points, then on odd ones from Ĺ to ň and from Ź to ž ("Łódź",
        // "także"); ĸ, ŉ and ſ are small letters without a capital, Ÿ a capital.
        0x138 | 0x149 | 0x17F => Some(false),
        0x178 => Some(true),
        0x139..=0x148 | 0x179..=0x17E => Some(u % 2 == 1),
        0x100..=0x17F => Some(u % 2 == 0),
        // Latin Extended-B's letters of Vietnamese, Hausa and Azerbaijani ("Ư", "Ɓ", "Ɗ", "Ƙ",
        // "Ə") and their small ones; Latin Extended Additional's pairs, capitals on even code
        // points ("Ọ̀gbẹ́ni", "Đặng", "Ẩm"), and its small letters without a capital.
        // (And Akan's and Ewe's "Ɛ", "Ɔ", "Ʋ"; pinyin's "Ǎ" … "ǜ", capitals on odd code points.)
        0x181 | 0x186 | 0x18A | 0x18F | 0x190 | 0x198 | 0x1A0 | 0x1AF | 0x1B2 | 0x1B3 => Some(true),
        0x199 | 0x1A1 | 0x1B0 | 0x1B4 | 0x253 | 0x254 | 0x257 | 0x259 | 0x25B | 0x28B => {
            Some(false)
        }
        0x1CD..=0x1DC => Some(u % 2 == 1),
        0x1E96..=0x1E9D | 0x1E9F => Some(false),
        0x1E9E => Some(true),
        0x1E00..=0x1EFF => Some(u % 2 == 0),
        0x391..=0x3A9 => Some(true),
        0x3AC..=0x3CE => Some(false),
        0x400..=0x42F => Some(true),
        0x430..=0x45F => Some(false),
        // Cyrillic Supplement's letters of Kazakh, Bashkir, Tatar, Chechen, Abkhaz …, pairs
        // with capitals on even code points ("Әминева", "Ҡурай", "Ғалым"), but on odd ones from
        // Ӂ to ӎ; the palochka Ӏ a capital, ӏ its small letter; the thousands sign and the
        // combining marks between them no letters.
        0x482..=0x489 => None,
        0x4C0 => Some(true),
        0x4CF => Some(false),
        0x4C1..=0x4CE => Some(u % 2 == 1),
        0x460..=0x52F => Some(u % 2 == 0),
        // Armenian's capitals and small letters ("Արմեն", "Սարգսյան").
        0x531..=0x556 => Some(true),
        0x560..=0x588 => Some(false),
        _ => None,
    }
}

pub fn is_upper(c: char) -> bool {
    letter_case(c) == Some(true)
}

pub fn is_lower(c: char) -> bool {
    letter_case(c) == Some(false)
}

/// A letter or digit of any script, approximately: ASCII letters and digits, and every non-ASCII
/// character outside the punctuation, symbol and space blocks.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let u = c as u32;
    !(is_space(c)
        || matches!(u, 0x80..=0xBF | 0xD7 | 0xF7 | 0x17D4..=0x17DA | 0x2000..=0x200C | 0x200E..=0x2BFF | 0x3000..=0x303F | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x060C | 0x061B | 0x061F
            | 0x066A..=0x066D | 0x06D4))
}

/// Lower case for matching keywords: the same scripts as [`letter_case`], other characters as they are.
pub fn fold(s: &str) -> String {
    // Folding changes characters each into one of the same length (see `fold_char`), so the
    // bytes are rewritten in place.
    let mut out = s.as_bytes().to_vec();
    let mut i = 0;
    while i < s.len() {
        let b = out[i];
        if b.is_ascii() {
            out[i] = b.to_ascii_lowercase();
            i += 1;
            continue;
        }
        let (c, n) = char_at(s, i);
        let mut f = u32::from(fold_char(c));
        // (A capital sigma at a word's end folds to the final form, as lower case writes it:
        // "ΕΠΙΣΗΣ" → "επισης".)
        if c == 'Σ' && !s[i + n..].starts_with(|c: char| letter_case(c).is_some()) {
            f = u32::from('ς');
        }
        match n {
            1 => out[i] = f as u8,
            2 => {
                out[i] = 0xC0 | (f >> 6) as u8;
                out[i + 1] = 0x80 | (f & 0x3F) as u8;
            }
            // (Latin Extended Additional's capitals, three bytes as their small letters are.)
            3 if (0x800..=0xFFFF).contains(&f) => {
                out[i] = 0xE0 | (f >> 12) as u8;
                out[i + 1] = 0x80 | ((f >> 6) & 0x3F) as u8;
                out[i + 2] = 0x80 | (f & 0x3F) as u8;
            }
            _ => {}
        }
        i += n;
    }
    // (Cannot fail: every character was replaced by one of the same length.)
    String::from_utf8(out).unwrap_or_default()
}

pub fn fold_char(c: char) -> char {
    let u = c as u32;
    let l = match letter_case(c) {
        Some(true) => match u {
            0x41..=0x5A | 0xC0..=0xDE | 0x391..=0x3A9 => u + 0x20,
            0x178 => 0xFF,
            0x100..=0x17F => u + 1,
            // (Latin Extended-B's and Extended Additional's capitals, `letter_case`'s:
            // "Ṣé" → "ṣé", "Ɓ" → "ɓ".)
            0x181 => 0x253,
            0x186 => 0x254,
            0x190 => 0x25B,
            0x1B2 => 0x28B,
            0x1CD..=0x1DC => u + 1,
            0x18A => 0x257,
            0x18F => 0x259,
            0x198 | 0x1A0 | 0x1AF | 0x1B3 => u + 1,
            // (Not "ẞ": its small letter, "ß", is two bytes, and `fold` keeps lengths.)
            0x1E9E => u,
            0x1E00..=0x1EFF => u + 1,
            0x400..=0x40F => u + 0x50,
            0x410..=0x42F => u + 0x20,
            0x4C0 => 0x4CF,
            0x460..=0x52F => u + 1,
            0x531..=0x556 => u + 0x30,
            _ => u,
        },
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `word_count(s) <= n`, stopping as soon as the answer is known (guards on long paragraphs).
pub fn words_le(s: &str, n: usize) -> bool {
    count_words(s, n) <= n
}

/// A Hangul syllable.
pub fn is_hangul(c: char) -> bool {
    matches!(u32::from(c), 0xAC00..=0xD7AF)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Japanese's kana and the common ideographs (no Hangul, unlike [`is_cjk`]).
fn is_japanese(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x4E00..=0x9FFF)
}

/// Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
pub fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// At least two words, at least four cased letters, and no lowercase letter.
/// A speaker label in capitals: "SPIEGEL", "ZEIT ONLINE", "WIRED" (a publication interviewing).
pub fn is_capitals_label(s: &str) -> bool {
    !s.chars().any(is_lower) && s.chars().filter(|&c| is_upper(c)).count() >= 2
}

pub fn is_all_caps(s: &str) -> bool {
    // (Letters of a script without case — Thai, Chinese, Arabic — are not capitals: "ค่า AQI
    // กับค่า PM2.5 ต่างกันอย่างไร" is not set in capitals.)
    let (mut upper, mut caseless) = (0, 0);
    for c in s.chars() {
        if is_lower(c) {
            return false;
        }
        if is_upper(c) {
            upper += 1;
        } else if !c.is_ascii() && is_word_char(c) {
            caseless += 1;
        }
    }
    upper >= 4 && upper > caseless && word_count(s) >= 2
}

/// Strip a leading ASCII-case-insensitive `prefix`; returns the rest.
/// `s` without `prefix`, ignoring case ([`fold_char`]: Latin, Greek and Cyrillic letters).
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    // (Folding keeps each character's length, so equal texts have equal lengths.)
    let same = head.eq_ignore_ascii_case(prefix)
        || head
            .chars()
            .map(fold_char)
            .eq(prefix.chars().map(fold_char));
    if same {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// After a marker word: optional spaces, an optional number, then `:` `.` `)` `-` `–` `—`, then spaces.
/// Returns the rest only when something follows.
fn after_marker_punct(rest: &str, allow_number: bool, allow_dot: bool) -> Option<&str> {
    let mut r = trim_start(rest);
    if allow_number {
        // (ASCII or full-width digits: "Q1．" in a Japanese explainer; or a script's own:
        // "प्रश्न १:", "প্রশ্ন ৩:", "سوال ۲:", "คำถาม ๔:".)
        let digit = |c: char| wide_digit(c) || script_digit(c);
        // (A number may follow a hash: "Question #3:".)
        if let Some(d) = r.strip_prefix('#').filter(|d| d.starts_with(digit)) {
            r = d;
        }
        let (mut n, mut len) = (0, 0);
        for c in r.chars().take_while(|&c| digit(c)) {
            n += 1;
            len += c.len_utf8();
        }
        if n > 2 {
            return None;
        }
        r = r.get(len..)?;
        // (An ordinal's ending: "Gaaffii 1ffaa:", "ጥያቄ 1ኛ:".)
        if n > 0 {
            r = past_ordinal(r);
        }
        r = trim_start(r);
    }
    let mut chars = r.chars();
    let p = chars.next()?;
    // (Or Khmer's colon, "សំណួរ៖"; or Burmese's full stop, spaced, "မေး ။".)
    let ok = matches!(p, ':' | '：' | ')' | '–' | '—' | '៖' | '။')
        || (matches!(p, '.' | '．') && allow_dot)
        || p == '-';
    if !ok {
        return None;
    }
    let rest = chars.as_str();
    // (Or a note's field, its colon doubled, as Obsidian and Logseq write them: "Q:: Why…?",
    // "A:: Because…".)
    // (Its words may follow at once, "Q::What …" — a word, not a name's part: "A::B names a
    // member of …" is C++, no marker.)
    let rest = match rest.strip_prefix(':') {
        Some(r) if p == ':' => {
            if !r.starts_with(is_space)
                && r.chars().take_while(|&c| is_word_char(c)).nth(1).is_none()
            {
                return None;
            }
            r
        }
        _ => rest,
    };
    // (A dash after the full stop, as Spanish interviews mark their turns: "P.- ¿Cuándo…?",
    // "R.- En 1974.")
    let rest = match rest.strip_prefix(['-', '–', '—']) {
        Some(r) if p == '.' && allow_dot => r,
        _ => rest,
    };
    // "Q.E.D." or "A.I." are words, not markers: a marker is followed by a space (full-width
    // punctuation carries its own, and so does text without spaces: "Q1.旧NISAで…").
    // (Nor before a quotation mark: "Q.“103万円の壁”とは？".)
    if !rest.starts_with(is_space)
        && !matches!(p, ':' | '：' | '．' | '៖' | '။')
        && !rest.starts_with(|c: char| is_cjk(c) || starts_quote(c))
    {
        return None;
    }
    let rest = trim(rest);
    (!rest.is_empty()).then_some(rest)
}

/// A note's field named by `letter` in lower case, its colon doubled: "q:: Why…?", "a::
/// Because…" (see `after_marker_punct`). Returns the words after it.
fn lower_field(t: &str, letter: char) -> Option<&str> {
    let r = t.strip_prefix(letter).filter(|r| r.starts_with("::"))?;
    after_marker_punct(r, false, false)
}

/// A marker's full stop run into a capitalised word, as some papers set them: "Q.Pourquoi le
/// taux…?", "R.Le taux…", "R.C’est possible." — not "Q.E.D.", "A.I." nor "R.J. Smith". Returns
/// the words after it.
fn unspaced_after_dot(r: &str) -> Option<&str> {
    let rest = r.strip_prefix('.')?;
    let mut cs = rest.chars();
    // (Or an elided article or pronoun: "R.L'inflation…".)
    (cs.next().is_some_and(is_upper)
        && cs
            .next()
            .is_some_and(|c| is_lower(c) || matches!(c, '’' | '\'')))
    .then_some(rest)
}

/// A question's or an answer's label on a line of its own, numbered or not, as a parliament's
/// record of written questions sets them: "Vraag 1" / "Antwoord 1", "Question 3", "Frage:",
/// "Answer". Returns whether it labels a question (else an answer).
pub fn marker_line(s: &str) -> Option<bool> {
    let t = trim(trim(s).trim_end_matches([':', '.', '：']));
    if t.len() > 40 {
        return None;
    }
    // (One word, or a word and its number: the word looked up in the lists' indexes.)
    let (word, number) = t.split_once(' ').unwrap_or((t, ""));
    if number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let word = fold(word);
    if Q_WORDS.contains(&word) {
        Some(true)
    } else if A_WORDS.contains(&word) {
        Some(false)
    } else {
        None
    }
}

/// `Q:`, `Q.`, `Q1:`, `Question:`, `Question 3:`, `Frage:`, `F:`, `Pregunta.`, `P:`, `D:`,
/// `Question :`, `Fråga:`, `Вопрос:`, `问：`, `Ｑ　`, `س:` … at the start of a block. Returns the
/// text after the marker.
pub fn strip_question_marker(s: &str) -> Option<&str> {
    let t = trim(s);
    // (After a transcript's time stamp: "[00:21:52] Question from Dilip, Leicester: …", or a
    // live chat's, "13:01 Comment From Kev in Wakefield: …".)
    if t.starts_with('[') || t.starts_with(|c: char| c.is_ascii_digit()) {
        let r = strip_timestamp(t);
        // (Not a chat's header, its reader in brackets: "12:02 [Comment From Dave, Stanton]".)
        if r.len() < t.len() && (t.starts_with('[') || !r.starts_with('[')) {
            return strip_question_marker(r);
        }
    }
    // (A note's field in lower case, as Logseq writes its properties: "q:: Why…?".)
    if let Some(rest) = lower_field(t, 'q') {
        return Some(rest);
    }
    if let Some((probe, rest)) = emphasised_marker(t) {
        return (strip_question_marker(&probe) == Some("x")).then_some(rest);
    }
    if let Some((probes, rest)) = paired_marker(t) {
        if paired_ok(&probes, |p| strip_question_marker(p) == Some("x")) {
            return Some(rest);
        }
    }
    if let Some(rest) = bracket_label(t, &["質問", "問", "Q", "Ｑ", "相談", "질문", "问"])
    {
        return Some(rest);
    }
    if let Some(rest) = noted_marker(t, 'Q') {
        return Some(rest);
    }
    // A Latin "Q" before an ideographic space, as a Japanese paper sets it: "Q　何が終わるの？".
    if let Some(r) = t.strip_prefix("Q\u{3000}") {
        let r = trim(r);
        if !r.is_empty() {
            return Some(r);
        }
    }
    // A Japanese interviewer's turn, opened by a double rule, "──どういうことですか？", asking or
    // not ("──アルバム完成おめでとうございます。"): Japanese words or a number straight after it.
    if let Some(r) = t
        .strip_prefix("──")
        .or_else(|| t.strip_prefix("――"))
        .map(|r| r.trim_start_matches(['─', '―']))
    {
        if r.starts_with(|c: char| is_cjk(c) || wide_digit(c)) || r.starts_with(['「', '『']) {
            return Some(r);
        }
    }
    // A Chinese paper's numbered asks: "一问：哪些老人可以…？", "五問：…".
    if t.starts_with(is_cjk) {
        let digits = t
            .char_indices()
            .take(4)
            .find(|&(_, c)| !"一二三四五六七八九十".contains(c))
            .map_or(0, |(k, _)| k);
        let mut rest = t[digits..].chars();
        if (1..=9).contains(&digits)
            && matches!(rest.next(), Some('问' | '問'))
            && matches!(rest.next(), Some('：' | ':'))
        {
            // (Ending on its question mark: "三问：新个税法如何影响你的工资" is a headline.)
            let r = trim(rest.as_str());
            if r.ends_with(['？', '?']) {
                return Some(r);
            }
        }
    }
    // A press conference's reporter named in brackets: "Reporter (Ana Dumitru, Radio
    // Actualitatea): …", "Periodista (Luis Gil, EFE): …" — not a broadcast's "REPORTER:" over
    // the voice-over, which names no one.
    if head(t, 14).contains('(') {
        let press = Words(concat!(
            "reporter|reportera|reporterin|journalist|journalistin|journaliste|jurnalist|",
            "jurnalistă|periodista|giornalista|dziennikarz|dziennikarka|novinář|novinářka|",
            "újságíró|toimittaja|journalisti",
        ));
        // (Named with the outlet after a comma: not a broadcast's "REPORTER (V/O):".)
        let named = |r: &str| {
            let r = r.trim_start();
            r.starts_with('(')
                && head(r, 80)
                    .split(')')
                    .next()
                    .is_some_and(|b| b.contains(','))
        };
        if let Some(r) = press
            .iter()
            .filter_map(|w| strip_prefix_ci(t, w))
            .find(|r| named(r))
        {
            if let Some(rest) = after_bracketed_asker(r) {
                return Some(rest);
            }
        }
    }
    // Most paragraphs are ruled out here, before the word lists are read.
    // (Swahili numbers its questions after a connective: "Swali la 1: …".)
    // (And Vietnamese its in two words: "Câu hỏi 1: …".)
    let swali = || {
        t.starts_with(['S', 's']) && strip_prefix_ci(t, "swali la ").is_some()
            || t.starts_with(['C', 'c']) && strip_prefix_ci(t, "câu hỏi").is_some()
    };
    if let Some(rest) = the_label(t, "question") {
        return Some(rest);
    }
    // (Vietnamese "Câu" and its number alone, "Câu 5: Em là thí sinh…?", "Câu số 5: …?", where
    // it asks: not an exam's item quoted, "Câu 1: Xác định phương thức…".)
    // (Or asking in words without the mark: "Câu 2: Tôi muốn biết … hay không.")
    // (A reader's words, "Tôi muốn biết…", "Xin hỏi…": an exam item's "… hay không." asks
    // too, but of the candidate.)
    let asks_vi = || ends_with_question(t) || Words("muốn biết|cho hỏi|xin hỏi").occur_in(&fold(t));
    if t.starts_with(['C', 'c']) && asks_vi() {
        if let Some(r) = strip_prefix_ci(t, "câu ") {
            let r = r.strip_prefix("số ").unwrap_or(r);
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&n) {
                // (A space may come before the colon: "Câu 1 : …".)
                if let Some(rest) = r[n..].trim_start_matches(' ').strip_prefix([':', '.']) {
                    let rest = trim(rest);
                    if !rest.is_empty() {
                        return Some(rest);
                    }
                }
            }
        }
    }
    if !marker_shaped(t) && !asker_shaped(t) && !swali() {
        return worded_marker(t)
            .or_else(|| asking_reader(t))
            .or_else(|| comment_from(t));
    }
    for word in Q_WORDS.iter() {
        if let Some(r) = strip_prefix_ci(t, word) {
            // (A records office's "Request 2:" / "Request:", capitalised: not a wrapped line's
            // "request. Call …".)
            if word == "request"
                && !(t.starts_with('R')
                    && r.trim_start_matches([
                        ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                    ])
                    .starts_with(':'))
            {
                continue;
            }
            // (A case note's numbered issue, when it asks: "Issue 2: Does the guarantor have
            // standing …?" — not "Issue: the council's budget".)
            if word == "issue"
                && !(t.starts_with('I')
                    && r.strip_prefix(' ').is_some_and(|n| {
                        n.starts_with(|c: char| c.is_ascii_digit())
                            && n.trim_start_matches(|c: char| c.is_ascii_digit())
                                .starts_with(':')
                    })
                    && ends_with_question(t))
            {
                continue;
            }
            // (Numbered with a hyphen: "सवाल-1:", "Question-3:".)
            let r = r
                .strip_prefix('-')
                .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                .unwrap_or(r);
            // (Not the form's name, "Hỏi - đáp về …", "Frage – Antwort": an answer's word
            // after the question's.)
            if let Some(rest) = after_marker_punct(r, true, true) {
                if A_WORDS.iter().any(|a| strip_prefix_ci(rest, a).is_some()) {
                    return None;
                }
                return Some(rest);
            }
            // A reader's question in a live chat, named: "Question de Marc :", "Question
            // d'Antoine :", "Question from Priya:", "Frage von Jonas:".
            if let Some(rest) = after_asker(r).and_then(|r| after_marker_punct(r, false, false)) {
                return Some(rest);
            }
            if let Some(rest) = after_bracketed_asker(r) {
                return Some(rest);
            }
            // A press conference's transcript in capitals: "FRAGE KRÜGER:", "ZUSATZFRAGE DR.
            // HALBACH:", "QUESTION PATEL:" — the reporter's name, no preposition.
            let marker = &t[..t.len() - r.len()];
            if !marker.contains(is_lower) {
                if let Some(rest) = after_caps_name(r) {
                    return Some(rest);
                }
            }
        }
    }
    // (Welsh marks its questions "C:", cwestiwn: with a colon only, "C. S. Lewis" is a name.)
    for letter in ["Q", "F", "P", "D", "Ｑ", "C"] {
        if let Some(r) = t.strip_prefix(letter) {
            let numbered = matches!(letter, "Q" | "Ｑ");
            // (Numbered after its full stop, as Indian government FAQs set it: "Q.1 What is
            // the scheme?", "Q.12. Who can apply?")
            if let Some(d) = r
                .strip_prefix('.')
                .filter(|d| numbered && d.starts_with(|c: char| c.is_ascii_digit()))
            {
                let rest = d.trim_start_matches(|c: char| c.is_ascii_digit());
                if d.len() - rest.len() <= 2 {
                    if let Some(rest) = after_marker_punct(rest, false, true).or_else(|| {
                        rest.starts_with(' ')
                            .then(|| trim(rest))
                            .filter(|r| !r.is_empty())
                    }) {
                        return Some(rest);
                    }
                }
            }
            // (Numbered before the member who asks, as a parliament's committee prints its
            // evidence: "Q3 The Chair: When were you…?", "Q14 Mr Sadiq: …".)
            if numbered {
                let rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
                // (Numbered in its section, as a ministry's FAQ sets it: "Q1-2 利用登録は…
                // できますか。".)
                let rest = match rest.strip_prefix('-') {
                    Some(n)
                        if rest.len() < r.len() && n.starts_with(|c: char| c.is_ascii_digit()) =>
                    {
                        let after = n.trim_start_matches(|c: char| c.is_ascii_digit());
                        if n.len() - after.len() <= 2 && after.starts_with(' ') {
                            after
                        } else {
                            rest
                        }
                    }
                    _ => rest,
                };
                // (Or numbered before the question itself, as a health agency's FAQ sets it:
                // "Q1 什麼是呼吸道融合病毒？" — it asks, and no label's colon comes first, as in a
                // quarter's "Q3 earnings: what to expect?".)
                let asked = trim(rest);
                let first = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if (1..=2).contains(&first)
                    && (rest.starts_with([' ', '\u{3000}']) || rest.starts_with(is_cjk))
                    && ends_with_question(asked)
                    && !head(asked, 40).contains([':', '：'])
                {
                    return Some(asked);
                }
                if (1..=3).contains(&(r.len() - rest.len())) && rest.starts_with(' ') {
                    // (Not a quarter's heading, "Q3 Revenue: Sales rose 4%": a member by their
                    // title, or a turn that asks.)
                    if let Some((l, said)) = speaker_label(rest) {
                        let member = Words(
                            "the chair|chair|mr |mrs |ms |miss |dr |lord |lady |baroness |sir |dame |hon ",
                        )
                        .opens(&fold(head(l, 12)));
                        if words_le(l, 4) && (member || has_question_mark(said)) {
                            return Some(said);
                        }
                    }
                }
            }
            // (Not a section's label, "Q. & A.", "Q. and A.".)
            if let Some(rest) = after_marker_punct(r, numbered, !matches!(letter, "D" | "C"))
                .filter(|rest| !rest.starts_with('&') && !rest.starts_with("and A"))
            {
                return Some(rest);
            }
            // (Run into the question, one sentence that asks: "Q.Pourquoi le taux baisse-t-il ?"
            // — not a name's initial, "P.Chidambaram said …".)
            if let Some(rest) = unspaced_after_dot(r)
                .filter(|rest| ends_with_question(rest) && !rest.contains(". "))
            {
                return Some(rest);
            }
        }
    }
    // Malay's and Indonesian's letters, numbered, on a question that asks in those languages:
    // "S1. Siapakah yang layak …?" (soalan), "T3. Apakah …?" (tanya) — not a line's name, "T1 :
    // le tram circulera-t-il ?", "S1: Fährt die S-Bahn …?".
    if let Some(r) = t
        .strip_prefix(['S', 'T'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        if let Some(rest) = after_marker_punct(r, true, true).filter(|r| {
            ends_with_question(r) && words(r).take(40).any(|w| MALAY_ASKING.contains(&fold(w)))
        }) {
            return Some(rest);
        }
    }
    // (Or "S:" unnumbered, where the question asks in Malay or opens on its question word
    // without the mark: "S: Apa beza Standard Plan, Basic Plan dan Escalating Plan", or on
    // its second after a preposition, "S: Pukul berapa pusat mengundi dibuka", "Di mana …".)
    if let Some(r) = t.strip_prefix("S:").filter(|r| r.starts_with(' ')) {
        let r = trim(r);
        // (The second word only after a preposition: not a witness's "S: Saya boleh nampak…"
        // under a prosecutor's "P:".)
        let mut ws = words(r).map(fold);
        let first = ws.next().unwrap_or_default();
        let second = ws.next().unwrap_or_default();
        if MALAY_ASKING.contains(&first)
            || Words("di|ke|dari|pukul|jam|sampai|hingga|sejak|untuk|dengan|oleh|yang")
                .contains(&first)
                && MALAY_ASKING.contains(&second)
            || ends_with_question(r) && words(r).take(40).any(|w| MALAY_ASKING.contains(&fold(w)))
        {
            return Some(r);
        }
    }
    cjk_marker(t, &['Ｑ', '问', '問', 'س']).or_else(|| asking_reader(t))
}

/// Malay's and Indonesian's question words ("Siapakah …", "Apa beza …").
const MALAY_ASKING: Words = Words(concat!(
    "apakah|siapakah|bilakah|berapakah|bolehkah|adakah|bagaimanakah|mengapakah|",
    "manakah|mana|apa|siapa|bila|berapa|boleh|bagaimana|mengapa|kenapa|kapan|bisakah|",
    "haruskah|perlukah|dapatkah"
));

/// A live chat's reader's post with its header, as CoverItLive copies it: "12:03 [Comment From
/// Sian, Llanelli] Why has …?". Returns the comment.
fn comment_from(t: &str) -> Option<&str> {
    // (The cheap look first: a clock's digit.)
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (clock, rest) = t.split_once(' ')?;
    let rest = rest.strip_prefix("[Comment From ")?;
    let k = rest.find(']')?;
    let said = trim(&rest[k + 1..]);
    (is_clock_line(clock) && k <= 60 && !said.is_empty()).then_some(said)
}

/// The word between a question's marker and who asked: "Question de Marc", "Frage von Jonas",
/// "Question from Priya".
const ASKER_PREPOSITIONS: [&str; 11] = [
    "de ", "d'", "d’", "from ", "von ", "di ", "da ", "du ", "van ", "fra ", "från ",
];

/// What makes a question or an answer a follow-up: "Supplementary question:", "Follow-up
/// question:", "Supplementary response:".
const FOLLOW_UPS: Words = Words("supplementary|follow-up|additional");
/// Whose a question is, before its marker word: "Reader question:", "Olvasónk kérdése:" (our
/// reader's question).
const READERS: Words = Words(concat!(
    "reader|reader's|reader’s|readers'|readers’|olvasónk|olvasói|olvasó|leser|leserin|",
    "lector|lectora|lecteur|lectrice|lettore|lettrice|leitor|leitora|lezer|czytelnika|",
    "czytelniczki|čtenáře|čtenářky|cititor|cititorului|lukijan",
));
/// Whose an answer is, before its marker word: "Expert answer:", "Szakértőnk válasza:" (our
/// expert's answer).
const EXPERTS: Words = Words(concat!(
    "expert|expert's|expert’s|szakértőnk|szakértő|szakértői|experte|expertin|experto|experta|",
    "esperto|esperta|ekspert|ekspertka|eksperta|asiantuntija|asiantuntijan|specialist"
));

/// Where the colon of a label near a text's start stands, within its first `n` bytes (the
/// cheap look, memchr first, that most paragraphs fail).
fn colon_near(t: &str, n: usize) -> Option<usize> {
    let near = t.as_bytes().get(..t.len().min(n)).unwrap_or_default();
    if !near.contains(&b':') {
        return None;
    }
    near.iter().position(|&b| b == b':')
}

/// A question's marker with its number in words, as a mailbag numbers its letters: "First
/// question:", "Question two:", "And finally, question five:", "Zweite Frage:", "Troisième
/// question :". Returns the question after it. (An interviewer's "Last question: what…?" has no
/// number: a lead-in, the question's own words.)
fn worded_marker(t: &str) -> Option<&str> {
    // (The cheap look first: a colon near the start, after four words at most.)
    let colon = colon_near(t, 48)?;
    if t.as_bytes()[..colon].iter().filter(|&&b| b == b' ').count() > 4 {
        return None;
    }
    let label = fold(t.get(..colon)?);
    const NUMBERS: Words = Words(concat!(
        "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|",
        "five|six|seven|eight|nine|ten|erste|zweite|dritte|vierte|fünfte|première|deuxième|",
        "troisième|quatrième|cinquième|primera|segunda|tercera|cuarta|quinta|prima|seconda|terza",
    ));
    const FILLERS: Words = Words("and|finally|lastly|final|last|letzte|dernière|última|ultima");
    // (Or a council's "Supplementary question:", a live page's "Follow-up question:".)
    // (Or whose it is, "Reader question:", "Olvasónk kérdése:".)
    let (mut asks, mut numbered, mut words) = (false, false, 0);
    for w in label.split([' ', ',']).filter(|w| !w.is_empty()) {
        words += 1;
        if words > 4 {
            return None;
        }
        if !asks && Q_WORDS.contains(w) {
            asks = true;
        } else if NUMBERS.contains(w)
            || FOLLOW_UPS.contains(w)
            || (words == 1 && READERS.contains(w))
        {
            numbered = true;
        } else if !FILLERS.contains(w) {
            return None;
        }
    }
    let rest = trim(t.get(colon + 1..)?);
    (asks && numbered && !rest.is_empty()).then_some(rest)
}

/// A column's labels with their article, each run in before its part: "The question: I've
/// been waiting 14 months…", "The answer: Yes, and more people should ask." Returns the words
/// after the label.
fn the_label<'a>(t: &'a str, noun: &str) -> Option<&'a str> {
    let r = t.strip_prefix("The ").or_else(|| t.strip_prefix("THE "))?;
    let rest = trim(strip_prefix_ci(r, noun)?.strip_prefix(':')?);
    (!rest.is_empty()).then_some(rest)
}

/// A reader's question in an advice column, introduced by who asks: "Petra W. aus Neuss fragt:",
/// "Sandra und Tim K. fragen:", "Mark from Leeds asks:", "Julie, 34, asks:", "Marie (Lyon)
/// demande :". A name first, up to eight words, the verb last, then the colon. Returns the
/// question after it.
fn asking_reader(t: &str) -> Option<&str> {
    // (The cheap look first: a colon near the start.)
    let near = t.as_bytes().get(..t.len().min(280)).unwrap_or_default();
    if !near.contains(&b':') {
        return None;
    }
    let (b, mut chars) = (t.as_bytes(), 0);
    let i = (0..b.len()).find(|&i| {
        chars += usize::from(b[i] & 0xC0 != 0x80);
        chars > 160 || b[i] == b':'
    })?;
    // (Not a clock's colon: "Question from Kayla in Dayton 12:02 p.m." is a post's header.)
    if i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (label, rest) = (trim(t.get(..i)?), trim(t.get(i + 1..)?));
    // (After a lead-in sentence of the writer's: "Plenty of you asking about this one. Steve in
    // Formby puts it best: …" — not a name's initial, "Petra W. aus Neuss fragt:".)
    // (A full stop after a word of three letters or more: "Sandra and Tim K. ask:" is a name.)
    let lb = label.as_bytes();
    let ends_sentence = |k: usize| {
        let word = lb[..k]
            .iter()
            .rposition(|&c| c == b' ')
            .map_or(0, |s| s + 1);
        k - word >= 3 && !words_le(&label[..k], 3)
    };
    let label = match lb.windows(2).rposition(|w| w == b". ") {
        Some(k) if ends_sentence(k) => trim(&label[k + 2..]),
        _ => label,
    };
    let chars = label.chars().count();
    if chars > 70 {
        return None;
    }
    // (A live page's reader by their handle: "@ToffeeLad92 on X: …", "First up, from
    // @blue_since_84: …"; or quoted as best put: "Steve in Formby puts it best: …".)
    let posted = || {
        let ws: Vec<&str> = words(label).collect();
        let handle = |w: &str| w.len() > 1 && w.starts_with('@');
        let platform = Words("x|twitter|facebook|instagram|threads|bluesky|tiktok|reddit");
        match ws.as_slice() {
            [.., from, h] if handle(h) && from.eq_ignore_ascii_case("from") => true,
            // (Or the handle alone, as a mailbag runs them in: "@RoversGirl_92: Be honest. Are
            // we going down?")
            [h] => handle(h),
            [h, on, p] if handle(h) && *on == "on" => platform.contains(&fold(p)),
            _ => label
                .strip_suffix(" puts it best")
                .is_some_and(|who| who.starts_with(is_upper) && words_le(who, 5)),
        }
    };
    if has_question_mark(rest) && words(rest).nth(2).is_some() && posted() {
        return Some(rest);
    }
    let verb = label.rsplit(is_space).next()?;
    let asks = Words(concat!(
        "asks|fragt|demande|pregunta|chiede|vraagt|pergunta|pyta|spør|frågar|spørger|kysyy|",
        "hỏi|bertanya|спрашивает|питає|întreabă|ρωτά|ρωτάει|kérdezi|soruyor|arabaza|anauliza|weydiiyey|weydiisay|tambaya|beere",
    ));
    // (A plural verb after two names: "Sandra and Tim K. ask:" — "Critics ask:" is a reporter's
    // lead-in.)
    let ask = Words("ask|fragen|demandent|preguntan|chiedono|vragen|perguntam|pytają");
    // (Not the noun after a possessive: "Dierenarts Eva beantwoordt jullie vragen:" is a
    // headline's "your questions".)
    let names = || {
        words(label)
            .filter(|w| w.starts_with(is_upper))
            .nth(1)
            .is_some()
            && !label.rsplit(is_space).nth(1).is_some_and(|w| {
                Words("jullie|uw|je|onze|ihre|eure|unsere|deine|vos|nos|your|our")
                    .contains(&fold(w))
            })
    };
    // (Or the reader signed before their letter, a mailbag's run-in: "Dave, Wagga Wagga: Why
    // are Thursday games so scrappy?" — a name, a comma, a place, and a letter that asks.)
    // (With how they wrote in, "Tom, Geelong (via X):".)
    let signed = || {
        let name = label
            .strip_suffix(')')
            .and_then(|l| l.rfind('(').map(|k| trim(&l[..k])))
            .unwrap_or(label);
        // (Or with what they do between, "Tom, small employer, Co Kerry".)
        let described = || {
            let parts: Vec<&str> = name.split(',').map(trim).collect();
            parts.len() == 3
                && parts.iter().all(|p| !p.is_empty() && words_le(p, 3))
                && parts[0].starts_with(is_upper)
                && parts[2].starts_with(is_upper)
        };
        name.contains(',') && has_question_mark(rest) && (is_reader_signature(name) || described())
    };
    // (Or a live page's "Question from Mark in Dublin 7: …".)
    // (And a thread's "Follow-up from u/throwaway_calder: …", a user's handle for a name.)
    let from = [
        "question from ",
        "follow-up from ",
        "follow-up question from ",
        // (A live chat's reader box run in, "Comment From Kev in Wakefield: Why …?".)
        "comment from ",
    ]
    .iter()
    .find_map(|p| strip_prefix_ci(label, p));
    if let Some(r) = from {
        let named = r.starts_with(is_upper) || reddit_user(r).is_some() || r.starts_with('@');
        if chars <= 70 && named && words_le(r, 8) && !rest.is_empty() {
            return Some(rest);
        }
    }
    // (Or an ask box's "Anonymous asked: …", "woolgathering-ash asked: …": one name, any case.)
    let ask_box = || {
        verb == "asked"
            && words(label).count() == 2
            && label.split(is_space).next().is_some_and(|n| {
                n.len() >= 3
                    // ("You asked: your Route 9 questions, answered" is a headline.)
                    && !Words("you|they|she|someone|people").contains(&fold(n))
                    && n.chars()
                        .all(|c| is_word_char(c) || matches!(c, '-' | '_' | '.' | '/'))
            })
    };
    if chars <= 70 && !rest.is_empty() && ask_box() {
        return Some(rest);
    }
    // (Or a Reddit user's handle before how they asked: "u/kolkata_kaalbela wanted to know:
    // How much of Meenu is you?" — not what they wrote, quoted in a news story.)
    let handle_asked = || {
        label.split_once(' ').is_some_and(|(who, how)| {
            reddit_user(who).is_some()
                && is_user_handle(who)
                && Words("wanted to know|wants to know|wondered|wonders|asked|asks")
                    .contains(&fold(how))
        })
    };
    if chars <= 70 && has_question_mark(rest) && handle_asked() {
        return Some(rest);
    }
    // (Or readers unnamed, as a mailbag runs in the question many sent: "Several readers ask:
    // Why is this strike happening…?")
    if chars <= 30
        && has_question_mark(rest)
        && Words(concat!(
            "several readers ask|many readers ask|a reader asks|one reader asks|readers ask|",
            "several of you ask|many of you ask|lots of you ask|several readers asked|",
            "many readers asked|a reader asked|lots of you asked|many of you asked"
        ))
        .contains(&fold(label))
    {
        return Some(rest);
    }
    // (Or asked, in the past, by a reader and their place: "Graham from Toowoomba asked: …",
    // "Sue, Ballarat, asked: …", a phone-in's "Dave in Launceston asked: …" — "Critics asked:"
    // names no one.)
    let asked_from = || {
        verb == "asked"
            && label.starts_with(is_upper)
            && (find_sub(label, " from ").is_some()
                || find_sub(label, " in ").is_some()
                || label.contains(", "))
            && words_le(label, 8)
    };
    if chars <= 70 && !rest.is_empty() && asked_from() {
        return Some(rest);
    }
    // (Arabic and Hebrew put the verb first: "تسأل سلمى من إربد:", "يسأل خالد من عمّان:",
    // "שואלת מיכל מחיפה:"; and a Baltic or Slavic column before a name: "Klausia Tomas:",
    // "Jautā Anna:", "Pyta pani Ewa:", "Спрашивает Ольга:".)
    let verb_first = || {
        let mut ws = words(label);
        let (verb, name) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
        Words("يسأل|تسأل|سأل|سألت|يسألون|שואל|שואלת|שואלים").contains(verb)
            || Words("Klausia|Jautā|Pyta|Pita|Ptá|Спрашивает|Питає|Пита").contains(verb)
                && (name.starts_with(is_upper) || Words("pani|pan|se").contains(name))
    };
    if chars <= 70 && !rest.is_empty() && words_le(label, 8) && verb_first() {
        return Some(rest);
    }
    // (Up to twelve words with the place in brackets: "Bạn đọc Trần Thị Lan (TP Cần Thơ) hỏi".)
    // (Or with ages, each a word: "Grace, 11, and her friend Tolu, 10, from Milton Keynes,
    // ask".)
    let most = if label.contains('(') || label.bytes().any(|b| b.is_ascii_digit()) {
        12
    } else {
        8
    };
    // (Or a handle for a name: "@SodoMojoMike asks:", "u/ThreeTrueOutcomes asks:".)
    let handle = || {
        label
            .strip_prefix('@')
            .or_else(|| reddit_user(label))
            .is_some_and(|r| r.starts_with(is_word_char))
    };
    (chars <= 70
        && !rest.is_empty()
        && (label.starts_with(is_upper) || handle())
        && words_le(label, most)
        && ((label.len() > verb.len() && (asks.contains(verb) || (ask.contains(verb) && names())))
            || signed()))
    .then_some(rest)
}

/// A reader's letter opened by their name and town before a colon, as a readers' column labels
/// its letters: "Kees Meijer, Deventer: Vroeger zongen we…" → ("Kees Meijer, Deventer",
/// "Vroeger zongen we…").
pub fn town_label(s: &str) -> Option<(&str, &str)> {
    let t = trim(s);
    let near = head(t, 64).as_bytes();
    let k = near.windows(2).position(|w| w == b": ")?;
    let (label, rest) = (&t[..k], trim(&t[k + 2..]));
    (!rest.is_empty() && has_sub(label, ", ") && words_le(label, 6) && is_reader_signature(label))
        .then_some((label, rest))
}

/// A reader's letter opened by who wrote it with their place in brackets, as a Spanish column
/// signs its letters: "Lorena (Medina del Campo): …", "Marcos, 16 años (Tordesillas): …", "Un
/// padre que prefiere no dar su nombre (Valladolid): …". Returns the letter. Only read as a
/// marker where marked answers follow such letters (the caller asks): alone, "Rachel Koh
/// (Mothership): …" is a reporter's turn.
pub fn strip_placed_reader(s: &str) -> Option<&str> {
    let t = trim(s);
    // (The cheap look first: a bracket closed before a colon near the start.)
    let near = t.as_bytes().get(..t.len().min(100)).unwrap_or_default();
    if !near.contains(&b')') {
        return None;
    }
    let colon = near.iter().position(|&b| b == b':')?;
    let label = trim(t.get(..colon)?);
    // (The last " (" by hand: the standard library's reverse searcher costs the wasm half a
    // kilobyte.)
    let inner = label.strip_suffix(')')?;
    let k = inner.as_bytes().windows(2).rposition(|w| w == b" (")?;
    let (who, place) = (&inner[..k], &inner[k + 2..]);
    let rest = trim(t.get(colon + 1..)?);
    (!rest.is_empty()
        && who.starts_with(is_upper)
        && who.contains(is_lower)
        && words_le(label, 12)
        && place.starts_with(is_upper)
        && words_le(place, 4)
        && !place.contains(['(', ')']))
    .then_some(rest)
}

/// A reader's letter opened by who wrote it and where, then a full stop, as a column prints
/// its letters run in: "Lucía M., Toledo. He sacado un 11,2…", "Pablo, Sonseca. ¿Cuántas…?".
/// Returns the letter. Only read as a marker where three letters at least open so (the caller
/// asks): alone, "Paris, France. The city…" is a dateline.
pub fn strip_signed_reader(s: &str) -> Option<&str> {
    let t = trim(s);
    let near = t.as_bytes().get(..t.len().min(80)).unwrap_or_default();
    let comma = near.windows(2).position(|w| w == b", ")?;
    let stop = comma + 2 + near[comma + 2..].windows(2).position(|w| w == b". ")?;
    let (label, rest) = (t.get(..stop)?, trim(t.get(stop + 2..)?));
    // (Its place named as a place is, with a capital, an age or "de"/"from" before it: not an
    // answer's first words, "Good, touch wood. I've bowled…", "Yeah, it is. It was…".)
    let place = label.get(comma + 2..).unwrap_or_default();
    let placed = place.starts_with(|c: char| is_upper(c) || c.is_ascii_digit())
        || Words("de |da |di |do |from |aus |van |à |a |via |por correo|by email|by e-mail")
            .opens(place)
        // ("Mark, in Leeds", "Lucía, en Sevilla": the place capitalised after it.)
        || ["in ", "en ", "em ", "aus "]
            .iter()
            .find_map(|p| place.strip_prefix(p))
            .is_some_and(|r| r.starts_with(is_upper));
    (!rest.is_empty()
        && placed
        && words_le(label, 7)
        && rest.starts_with(|c: char| is_upper(c) || c == '¿')
        // (Not after a transcript's label: "QUESTION: Raj Patel, Railway Week. Two questions…"
        // is a reporter naming herself within her turn.)
        && !label.contains(':')
        && is_reader_signature(label))
    .then_some(rest)
}

/// Italian interviews' `D.` (domanda) before a question: "D. Come ha cominciato?". Only read as
/// a marker where the answers open with `R.` (risposta) — alone, "D. Trump" is a name.
pub fn strip_d_marker(s: &str) -> Option<&str> {
    after_marker_punct(trim(s).strip_prefix('D')?, false, true)
}

/// A transcript's bare `Q` before a reporter's question, as government briefings print them:
/// "Q    But is that off the table?" — the letter, spaces, a capital; and a column's bare `A`
/// before the answer under such a question ("A Please don't pull them out."). Only read as a
/// marker where three turns at least open so ("Q Street" is a street, "A New York judge" a
/// sentence).
pub fn strip_bare_letter(s: &str, letter: char) -> Option<&str> {
    let t = trim(s);
    // (Who asked in brackets, then the colon: "Q (Reuters): …".)
    if let Some(rest) = noted_marker(t, letter) {
        return Some(rest);
    }
    let r = t.strip_prefix(letter)?;
    if !r.chars().next().is_some_and(is_space) {
        return None;
    }
    let rest = trim_start(r);
    // (Or text without capitals, "Q 利用率は…？", and a question opening with its number, "Q 12月2日
    // を過ぎたら…？" — not "A 2019 study", which opens sentences.)
    rest.chars()
        .next()
        .is_some_and(|c| {
            is_upper(c)
                || starts_quote(c)
                || is_cjk(c)
                // (Or a briefing's note of what was not heard: "Q (Inaudible) — was the
                // Secretary briefed?")
                || (letter == 'Q' && (c.is_ascii_digit() || c == '('))
        })
        .then_some(rest)
}

/// An answer's `R.` (risposta, respuesta) or `R:` at the start of a block.
pub fn starts_with_r_marker(s: &str) -> bool {
    trim(s)
        .strip_prefix('R')
        .is_some_and(|r| after_marker_punct(r, false, true).is_some())
}

/// The shape of a named marker, "Question de Marc :", "FRAGE KRÜGER:": a word of up to 16
/// letters, a space, then what [`after_asker`] (or, in capitals, [`after_caps_name`]) reads.
fn asker_shaped(t: &str) -> bool {
    let n = t
        .char_indices()
        .take(17)
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, _)| i);
    // (A marker word of two letters at least: "A …" and "I …" open sentences.)
    let caps = || n >= 2 && !t[..n].contains(is_lower);
    n > 0
        && t.get(n..).is_some_and(|r| {
            after_asker(r).is_some()
                || (caps() && after_caps_name(r).is_some())
                || after_bracketed_asker(r).is_some()
        })
}

/// After a question marker's word, who asks in brackets, as a briefing's transcript names the
/// reporter: " (Dan Pruitt, WKMB News 8): Chief, …", " (dpa): …". Returns what follows.
fn after_bracketed_asker(r: &str) -> Option<&str> {
    let inner = r.strip_prefix(' ').unwrap_or(r).strip_prefix('(')?;
    let k = inner.bytes().take(80).position(|b| b == b')')?;
    let who = trim(&inner[..k]);
    (!who.is_empty() && words_le(who, 10) && who.starts_with(is_upper)).then_some(())?;
    after_marker_punct(&inner[k + 1..], false, false)
}

/// After a question marker's word, the asker's name: " de Marc", " d'Antoine", " from Priya K.",
/// " von Jonas" — a preposition, then one to three capitalised words. Returns what follows.
fn after_asker(r: &str) -> Option<&str> {
    let r = r.strip_prefix(' ')?;
    let mut rest = ASKER_PREPOSITIONS.iter().find_map(|p| r.strip_prefix(p))?;
    let (mut names, mut words, mut after_a, mut clause) = (0, 0, false, false);
    loop {
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_space(c) || c == ':' || c == '：')
            .map_or(rest.len(), |(i, _)| i);
        let name = &rest[..end];
        // (Or a reader described, not named: "Question from a parent in Durham:", the word
        // after "a" in lower case. Or where they write from: "Frage von Heike aus
        // Neunkirchen:", "Vraag van Sien uit Gent:", "Question de Léa à Rennes :".)
        // (And what it says of them after "who": "Question from a reader who asked to stay
        // anonymous:".)
        clause = clause || words == 2 && matches!(name, "who" | "that") && names == 0;
        let described = words < 6
            && (Words("a|an|in|from|aus|uit|à|från").contains(name) || after_a)
            || clause && words < 10;
        after_a = matches!(name, "a" | "an");
        words += 1;
        if described {
            rest = trim_start(&rest[end..]);
            if rest.starts_with([':', '：']) {
                return Some(rest);
            }
            continue;
        }
        if !name.chars().next().is_some_and(is_upper) || names == 3 {
            return None;
        }
        names += 1;
        rest = &rest[end..];
        let mut after = trim_start(rest);
        // (A party or a role in brackets after the name: "Frage von Tobias Brandt (SPD):".)
        if let Some(inner) = after.strip_prefix('(') {
            let close = head(inner, 60).find(')')?;
            rest = &inner[close + 1..];
            after = trim_start(rest);
        }
        if after.starts_with([':', '：']) {
            return Some(rest);
        }
        rest = after;
    }
}

/// After a marker word in capitals, a name in capitals (one to three words) and its colon:
/// " KRÜGER: …", " DR. HALBACH: …". Returns what follows.
fn after_caps_name(r: &str) -> Option<&str> {
    let r = r.strip_prefix(' ')?;
    // (The colon within a name's length: a long paragraph is not searched.)
    let i = head(r, 48).find(':')?;
    let (name, rest) = (&r[..i], trim(&r[i + 1..]));
    let name_word = |w: &str| {
        w.starts_with(is_upper)
            && w.chars()
                .all(|c| is_upper(c) || matches!(c, '.' | '-' | '\'' | '’'))
    };
    (!rest.is_empty() && name.len() <= 40 && words_le(name, 3) && words(name).all(name_word))
        .then_some(rest)
}

/// Marker punctuation (`:` `.` `)` dashes `|`) or a full-width marker letter among the first
/// characters: the cheap test before any marker word is compared.
fn marker_punct_near_start(t: &str) -> bool {
    t.chars().take(24).any(|c| {
        matches!(
            c,
            ':' | '：' | '.' | ')' | '-' | '–' | '—' | '|' | '．' | 'Ｑ' | 'Ａ' | '\u{55D}'
        )
    })
}

/// An ASCII digit or a full-width one, as Chinese and Japanese set numbers: "1", "１".
fn wide_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A digit of a script's own: Arabic-Indic, Persian and Urdu, Devanagari, Bengali, Thai ("१",
/// "৩", "۲", "๔").
fn script_digit(c: char) -> bool {
    matches!(c as u32, 0x0660..=0x0669 | 0x06F0..=0x06F9 | 0x0966..=0x096F | 0x09E6..=0x09EF | 0x0E50..=0x0E59)
}

/// The shape of a one-word marker: a word of letters (or one full-width letter or ideograph),
/// optional spaces and a number of up to two digits, then the marker's punctuation or a space
/// ("Question 3:", "Pregunta.", "问：", "Ｑ　"). Rules out most paragraphs at their first
/// non-letter.
fn marker_shaped(t: &str) -> bool {
    // (Full-width digits are digits: "Ｑ１　そもそもどんな仕組み？".)
    let letter = |c: char| is_word_char(c) && !wide_digit(c) && !script_digit(c);
    let (mut at, mut letters) = (0, 0);
    for c in t.chars().take_while(|&c| letter(c)).take(16) {
        at += c.len_utf8();
        letters += 1;
    }
    // (A number may follow a hash: "Question #3:".)
    let number = t[at..]
        .chars()
        .take_while(|&c| is_space(c) || wide_digit(c) || script_digit(c) || c == '#')
        .map(char::len_utf8)
        .sum::<usize>();
    let spaced = number > 0;
    // (Or an ordinal's ending after the number: Oromo's "Gaaffii 1ffaa:", Amharic's "ጥያቄ 1ኛ:".)
    let rest = &t[at + number..];
    let rest = if spaced { past_ordinal(rest) } else { rest };
    letters > 0
        && (letters == 1 && spaced
            || rest.chars().next().is_some_and(|c| {
                matches!(
                    c,
                    ':' | '：' | '.' | ')' | '-' | '–' | '—' | '．' | '៖' | '။'
                )
            }))
}

/// `r` past an ordinal's ending at its start, after a number: Oromo's "ffaa" ("Gaaffii 1ffaa:",
/// "FFAA" in capitals), Amharic's "ኛ" ("ጥያቄ 1ኛ:").
fn past_ordinal(r: &str) -> &str {
    r.strip_prefix("ffaa")
        .or_else(|| r.strip_prefix("FFAA"))
        .or_else(|| r.strip_prefix('ኛ'))
        .unwrap_or(r)
}

/// Question markers spelled out, in the languages' own words (capitalised too where the first
/// letter is not ASCII: the comparison folds ASCII case only).
const Q_WORDS: Words = Words(
    "question|request|issue|frage|zusatzfrage|nachfrage|pregunta|repregunta|domanda|vraag|pergunta|fråga|spørgsmål|spørsmål|soru|pytanie|\
     otázka|вопрос|Вопрос|питання|Питання|ερώτηση|Ερώτηση|kysymys|kérdés|kérdése|întrebare|Întrebare|gaaffii|askim|fesili|pātai|Pātai|kwestin|nīnau|Nīnau|\
     सवाल|प्रश्न|سوال|প্রশ্ন|கேள்வி|ప్రశ్న|ಪ್ರಶ್ನೆ|ചോദ്യം|પ્રશ્ન|ਸਵਾਲ|swali|swali la|câu hỏi|tanong|tanya|soalan|\
     คำถาม|ถาม|שאלה|پرسش|سؤال|ጥያቄ|hỏi|Hỏi|motuna|ikibazo|fanontaniana|umbuzo|tambaya|su'aal|\
     klausimas|jautājums|pyetje|pyetja|сұрақ|Сұрақ|კითხვა|հարց|Հարց|ප්‍රශ්නය|សំណួរ|မေး|\
     질문|相談|質問|ప్ర",
);
/// Answer markers spelled out.
const A_WORDS: Words = Words(
    "answer|response|antwort|respuesta|réponse|risposta|antwoord|resposta|svar|cevap|yanıt|odpowiedź|\
     odpověď|ответ|Ответ|відповідь|Відповідь|απάντηση|Απάντηση|vastaus|válasz|válasza|răspuns|deebii|bekim|tali|whakautu|ansa|pane|\
     जवाब|उत्तर|جواب|উত্তর|பதில்|జవాబు|ಉತ್ತರ|ഉത്തരം|જવાબ|ਜਵਾਬ|jibu|sagot|jawab|jawapan|\
     คำตอบ|ตอบ|תשובה|پاسخ|መልስ|trả lời|Trả lời|đáp|Đáp|ans|eyano|igisubizo|valiny|impendulo|amsa|jawaab|\
     atsakymas|përgjigje|përgjigja|cavab|жауап|Жауап|პასუხი|պատասխան|Պատասխան|පිළිතුර|ចម្លើយ|ဖြေ|\
     답변|回答|జ",
);

/// A marker letter with who asked or answered in brackets before its colon, as a briefing's or
/// an all-hands' record sets them: "Q (Reuters): …", "Q (Anonymous · 318 votes): …", "A
/// (Priya): …". Returns the words after the colon.
/// (French spaces the colon: "Q (Radio-Canada) : …".)
fn noted_marker(t: &str, letter: char) -> Option<&str> {
    let r = t.strip_prefix(letter)?.strip_prefix(" (")?;
    let k = head(r, 60).find(')')?;
    let rest = trim(trim_start(&r[k + 1..]).strip_prefix(':')?);
    (!r[..k].contains('(') && !rest.is_empty()).then_some(rest)
}

/// A label in lenticular brackets, as Japanese papers mark a reader's question and its answer:
/// "【質問】70歳の夫と…", "【回答】公的年金の…". Returns what follows.
/// (Or in full-width angle brackets, as Yomiuri sets its 一問一答: "＜問＞　紙の保険証は…のか。".)
fn bracket_label<'a>(t: &'a str, labels: &[&str]) -> Option<&'a str> {
    let (inner, rest) = match t.strip_prefix('【') {
        Some(r) => r.split_once('】')?,
        None => t.strip_prefix('＜')?.split_once('＞')?,
    };
    let rest = trim(rest);
    (labels.contains(&trim(inner)) && !rest.is_empty()).then_some(rest)
}

/// A one-character marker of Chinese, Japanese or Arabic interviews: `问：`, `答:`, `Ｑ　`, `Ａ．`,
/// `س:`. The full-width letters may stand before a plain (ideographic) space.
fn cjk_marker<'a>(t: &'a str, marks: &[char]) -> Option<&'a str> {
    let mut cs = t.chars();
    let m = cs.next().filter(|c| marks.contains(c))?;
    // (A space may come before the colon, typed so: "س : ما الذي…؟"; or the item's number,
    // "س1:", "س١:".)
    let r = cs.as_str();
    let digits = r
        .char_indices()
        .find(|&(_, c)| !(wide_digit(c) || ('٠'..='٩').contains(&c)))
        .map_or(r.len(), |(k, _)| k);
    let r = if r[..digits].chars().count() <= 2 {
        &r[digits..]
    } else {
        r
    };
    let r = r
        .strip_prefix(' ')
        .filter(|x| x.starts_with([':', '：']))
        .unwrap_or(r);
    let mut cs = r.chars();
    let p = cs.next()?;
    // (Or an ideographic space after a Chinese or Japanese mark, as a weather agency's FAQ sets
    // it: "問1　特別警報と…？" / "答　警報は…".)
    let ok = matches!(p, ':' | '：')
        || (matches!(m, 'Ｑ' | 'Ａ') && (p == '．' || is_space(p)))
        || (matches!(m, '問' | '问' | '答') && p == '\u{3000}');
    let rest = trim(cs.as_str());
    (ok && !rest.is_empty()).then_some(rest)
}

/// A speaker's label at the start of an interview turn: `HALE: …`, `Tom Hale: …` — one to three
/// capitalised words (letters, `.`, `'`, `-`), a colon, a space, and the words spoken.
/// Returns (label, the words spoken).
pub fn speaker_label(s: &str) -> Option<(&str, &str)> {
    let t = strip_timestamp(trim(s));
    if let Some(turn) = bracketed_role(t) {
        return Some(turn);
    }
    // (Or a Korean broadcast's transcript, its speakers' names before a '>', marked with a
    // diamond: "◇ 박지현> 이번에 …?" / "◆ 윤상철> 가장 큰 건 …".)
    // (The diamond may be gone, a copy's bullet: the name then runs into its '>', a space
    // after it — not a menu's path, "설정 > 알림".)
    let marked = trim(t.trim_start_matches(['◇', '◆']));
    if let Some((label, _)) = head(marked, 41).split_once('>') {
        let rest = &marked[label.len() + 1..];
        // (The name may carry a role after a space, in Hangul or Latin capitals: "박지현 PD>",
        // "김민수 기자>".)
        let (name, role) = label.split_once(' ').unwrap_or((label, ""));
        let role_ok = role.is_empty()
            || role.chars().nth(6).is_none()
                && (role.chars().all(is_hangul) || role.bytes().all(|b| b.is_ascii_uppercase()));
        if !name.is_empty()
            && name.chars().all(is_hangul)
            && role_ok
            && label.chars().nth(12).is_none()
            && rest.starts_with(' ')
            && !trim(rest).is_empty()
        {
            return Some((label, trim(rest)));
        }
    }
    // (Or a publication's name in capitals before a bar, as TVLine sets its questions:
    // "TVLINE | Let's start with the fire. …".)
    // (The byte looked for first: most turns have no bar.)
    // (The label's second letter a capital too, or outside ASCII: most turns open "He…".)
    let b = t.as_bytes();
    let bar =
        b.get(1).is_some_and(|c| !c.is_ascii_lowercase()) && b[..b.len().min(160)].contains(&b'|');
    if let Some(k) = bar.then(|| find_sub(head(t, 40), " | ")).flatten() {
        let (label, rest) = (trim(&t[..k]), trim(&t[k + 3..]));
        if words_le(label, 2)
            && label.chars().any(|c| letter_case(c) == Some(true))
            && !label.chars().any(|c| letter_case(c) == Some(false))
            && !rest.is_empty()
        {
            return Some((label, rest));
        }
    }
    // (Or a Japanese transcript's name before an ideographic space, a roundtable's reporter with
    // the outlet in brackets: "河合　学生時代…", "佐藤（シネマウィーク）　まず…". Two
    // characters at least: not a marker's "問　".)
    if let Some(k) = head(t, 72).find('\u{3000}') {
        let (label, rest) = (&t[..k], trim(&t[k + 3..]));
        let name = label.split('（').next().unwrap_or(label);
        let bracket =
            name.len() == label.len() || label.ends_with('）') && label.chars().count() <= 24;
        if !rest.is_empty()
            && (2..=8).contains(&name.chars().count())
            && name.chars().all(is_japanese)
            && bracket
        {
            return Some((label, rest));
        }
    }
    // The first colon among the first 40 characters.
    // (Or a full-width colon, as Chinese and Japanese transcripts set it, no space after it:
    // "記者：醫療券…", "黃志明：最大的問題…".)
    // (Or Amharic's, the word space and a hyphen or the preface colon: "ሪፖርተር፡- …", "አቶ ግርማ፦ …".)
    let (b, mut chars) = (t.as_bytes(), 0);
    let wide_len = |i: usize| {
        let r = &b[i..];
        match b[i] {
            0xEF if r.starts_with("：".as_bytes()) => 3,
            0xE1 if r.starts_with("፦".as_bytes()) => 3,
            0xE1 if r.starts_with("፡-".as_bytes()) => 4,
            _ => 0,
        }
    };
    let wide = |i: usize| b[i] >= 0xE1 && wide_len(i) > 0;
    // (Or up to 72 for a broadcast transcript's first turn of a guest, the name and post in
    // capitals after a comma: "CHIEF MARISOL ORTEGA, PIÑON COUNTY FIRE AUTHORITY: …".)
    // (Past 40 only while no lower-case letter has come: most paragraphs stop there.)
    let mut lower = false;
    let mut i = (0..b.len()).find(|&i| {
        chars += usize::from(b[i] & 0xC0 != 0x80);
        lower |= b[i].is_ascii_lowercase();
        chars > 72 || chars > 40 && lower || b[i] == b':' || wide(i)
    })?;
    let caps_post =
        || b[..i].contains(&b',') && !t[..i].chars().any(|c| letter_case(c) == Some(false));
    if chars > 72 || chars > 40 && !caps_post() {
        return None;
    }
    // (Not a colon in brackets after the name: a text message's time, "Okonjo (4:12 p.m.): …".)
    if let Some(open) = b[..i].iter().rposition(|&c| c == b'(') {
        if !b[open..i].contains(&b')') {
            let close = open + b[open..].iter().take(24).position(|&c| c == b')')?;
            if b.get(close + 1) != Some(&b':') {
                return None;
            }
            i = close + 1;
        }
    }
    let (label, rest) = if wide(i) {
        (trim(t.get(..i)?), t.get(i + wide_len(i)..)?)
    } else {
        (trim(t.get(..i)?), t.get(i + 1..)?)
    };
    // (A one-letter label may be glued to the turn, as a hasty copy sets it: "J:Cukai ini
    // bermula …".)
    let glued = || {
        label.len() == 1
            && label.starts_with(|c: char| c.is_ascii_uppercase())
            && rest.starts_with(is_upper)
    };
    if !(rest.starts_with(is_space) || wide(i) || glued()) || trim(rest).is_empty() {
        return None;
    }
    let who = speaker_without_role(label);
    // (A podcast's transcript sets the time after the name: "Sam Oduya: [00:01:03] So…".)
    let rest = match trim(rest).as_bytes().first() {
        Some(b'[' | b'(') => strip_timestamp(trim(rest)),
        _ => trim(rest),
    };
    // (Not a player's rating, "Cucurella, Defender: 7 – …", a caller's name and place in
    // form.)
    let rated = || who.contains(", ") && rest.starts_with(|c: char| c.is_ascii_digit());
    (is_speaker_name(who)
        || is_user_handle(who)
        || is_caller(who) && !rated()
        || quoted_outlet(who))
    .then_some((label, rest))
}

/// A publication's name in quotation marks, as an interviewer's label: "«مصر الآن»", "„Die
/// Presse“", "«Le Monde»" — four words at most, each capitalised (or in a script without
/// capitals): not a quotation before a colon, "«Non mi arrendo»: …".
pub fn quoted_outlet(who: &str) -> bool {
    let Some(inner) = who
        .strip_prefix(['«', '„', '“', '"'])
        .and_then(|r| r.strip_suffix(['»', '“', '”', '"']))
    else {
        return false;
    };
    let inner = trim(inner);
    !inner.is_empty()
        && words_le(inner, 4)
        && !inner.contains(['.', ',', '!', '?', '؟', ':', '«', '»', '“', '”', '"'])
        && words(inner).all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| letter_case(c) != Some(false))
        })
}

/// A call-in show's caller, a first name and where they call from: "Bev in Ridgefield",
/// "Joanne in Pleasant Hill", "Tom from Leeds", "Marcus, Eastgate".
fn is_caller(label: &str) -> bool {
    // (Or after a comma, as a chat labels its readers: "Marcus, Eastgate".)
    if let Some((name, place)) = label.split_once(", ") {
        return !name.contains(' ')
            && is_speaker_name(name)
            && words_le(place, 3)
            && place.split(' ').all(|p| p.starts_with(is_upper));
    }
    let mut w = label.split(' ');
    let (name, prep) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
    let mut places = 0;
    (prep == "in" || prep == "from")
        && w.all(|p| {
            places += 1;
            p.starts_with(is_upper)
        })
        && (1..=3).contains(&places)
        && is_speaker_name(name)
}

/// A broadcast transcript's speaker named by role in brackets, as Korean news sets its anchor
/// and reporter: "[앵커] 기존 가입자들도…?", "[기자] 네, 말씀하신 대로…", "[ANCHOR] …". Returns
/// (the role, the turn); the turn may start on the next line.
fn bracketed_role(t: &str) -> Option<(&str, &str)> {
    bracketed(t).filter(|(_, rest)| !rest.is_empty())
}

/// A transcript's role in brackets at a line's start ("앵커", "기자", "ANCHOR"), and what
/// follows it, perhaps nothing.
fn bracketed(t: &str) -> Option<(&str, &str)> {
    let inner = trim(t).strip_prefix('[')?;
    let k = inner.bytes().take(24).position(|b| b == b']')?;
    let (role, rest) = (trim(&inner[..k]), trim(&inner[k + 1..]));
    Words(concat!(
        "앵커|기자|진행자|사회자|anchor|reporter|host|presenter|interviewer|moderator|",
        "correspondent",
    ))
    .contains(&fold(role))
    .then_some((role, rest))
}

/// A bracketed role alone on its line, over the turn it labels: "[앵커]".
pub fn is_bracketed_role_line(s: &str) -> bool {
    bracketed(s).is_some_and(|(_, rest)| rest.is_empty())
}

/// A speaker's label without the role or outlet in brackets after the name: "KAREN
/// (VOICEMAIL)", "Ana Sig (guest)", "Lim Jia Hui (The Straits Times)" — up to three words.
/// (Searched by characters, not for " (": a pattern of a string costs the wasm a searcher.)
pub fn speaker_without_role(label: &str) -> &str {
    let bracketed = label
        .strip_suffix(')')
        .and_then(|l| l.rfind('(').map(|k| (&l[..k], &l[k + 1..])))
        .filter(|(name, role)| name.ends_with(' ') && words_le(role, 3))
        .map(|(name, _)| trim(name));
    // (Or, in a broadcast transcript's capitals, the post after a comma: "MARK DAWES, ANCHOR",
    // "DR. PRIYA RAMAN, SLEEP RESEARCHER, NORTHFIELD SLEEP INSTITUTE".)
    bracketed.unwrap_or_else(|| {
        let name = before_post(label);
        // (Or, in title case, a full name and a unit or post of a few capitalised words, as a
        // town hall's write-up names an officer who answers once: "Lt. Marcus Brandt, Traffic
        // Unit".)
        let post = label.get(name.len() + 2..).unwrap_or_default();
        // (A unit's word last, or a rank first: not a place, "Town Hall, Market Square".)
        let unit = || {
            words(post).last().is_some_and(|w| {
                Words("unit|division|department|office|bureau|team|desk|section|service|services|command|squad|agency|ministry|council")
                    .contains(&fold(w))
            }) || words(name)
                .next()
                .is_some_and(|w| OFFICES.contains(&fold(w.trim_end_matches('.'))))
        };
        let titled = || {
            words(name).nth(1).is_some()
                && unit()
                && words_le(post, 4)
                && words(post).all(|w| {
                    w.starts_with(is_upper)
                        && !w.contains(|c: char| !is_word_char(c) || c.is_ascii_digit())
                })
        };
        if name.len() < label.len()
            && (!label.chars().any(|c| letter_case(c) == Some(false)) || titled())
            && words_le(name, 4)
        {
            name
        } else {
            label
        }
    })
}

/// A speaker's name without the post after its comma: "MARK DAWES, ANCHOR" → "MARK DAWES".
/// (A byte search: a pattern of a string costs the wasm a searcher.)
fn before_post(label: &str) -> &str {
    label
        .find(',')
        .filter(|&k| label[k + 1..].starts_with(' '))
        .map_or(label, |k| &label[..k])
}

/// A short label before a colon opening a paragraph, whatever its words: "Luật sư trả lời: …",
/// "Expert answer: …" — one to four words of letters, the first capitalised (or of a script
/// without capitals), then a colon, a space and text. Returns (label, rest).
pub fn colon_label(s: &str) -> Option<(&str, &str)> {
    let t = trim(s);
    let i = head(t, 48).find(':')?;
    let (label, rest) = (trim(&t[..i]), &t[i + 1..]);
    let letters = label
        .chars()
        .all(|c| (is_word_char(c) && !c.is_ascii_digit()) || is_space(c));
    (letters
        && rest.starts_with(is_space)
        && !trim(rest).is_empty()
        && (1..=4).contains(&words(label).count())
        && label
            .chars()
            .next()
            .is_some_and(|c| is_upper(c) || caseless(c)))
    .then(|| (label, trim(rest)))
}

/// A label that says who answers ("Luật sư trả lời", "Our expert replies", "Expert answer"): an
/// answer word or an answering verb among its words.
pub fn is_answerer_label(label: &str) -> bool {
    let f = fold(label);
    A_WORDS.occur_at_words(&f) || ANSWERING.occur_at_words(&f)
}

/// Who answers, named before the verb at the end of a short line of its own: "Kari Bjørnstad
/// svarer", "Dr Patel replies", "Our expert answers" — capitalised words before it.
pub fn names_answerer(s: &str) -> bool {
    let t = trim(s).trim_end_matches(':');
    let Some((who, verb)) = t.rsplit_once(' ') else {
        return false;
    };
    Words(concat!(
        "replies|answers|responds|svarer|svarar|antwortet|répond|responde|risponde|antwoordt|",
        "odpowiada|vastaa|odpovídá|válaszol|răspunde|отвечает|відповідає",
    ))
    .contains(&fold(verb))
        && words(who).next().is_some_and(|w| w.starts_with(is_upper))
        && words(who)
            .skip(1)
            .all(|w| w.starts_with(is_upper) || w.len() <= 3)
}

const ANSWERING: Words = Words(
    "repl|respond|says|said|trả lời|đáp|antwortet|répond|responde|risponde|antwoordt|svarer|svarar|\
     odpowiada|отвечает|відповідає",
);

/// An answer that opens on a verdict about the claim over it, as a "true or false" page sets
/// its answers: "Faux.", "Plutôt vrai.", "Myth:", "False, and dangerous.", "Stimmt nicht."
pub fn opens_verdict(s: &str) -> bool {
    // (The cheap look first: a verdict's mark among the first bytes.)
    let t = trim(s);
    // (Or the verdict alone, a label set apart above the paragraphs that give it: "Fact".)
    let alone = t.len() <= 16;
    if !alone
        && !t.as_bytes()[..t.len().min(24)]
            .iter()
            .any(|b| matches!(b, b'.' | b',' | b'!' | b':' | 0xE2))
    {
        return false;
    }
    // (Or the verdict under its label: "VERDICT: MOSTLY FICTION".)
    if under_verdict_label(t) {
        return true;
    }
    let t = fold(head(t, 40));
    const VERDICTS: Words = Words(concat!(
        "plutôt vrai|plutôt faux|vrai|faux|true|false|mostly true|mostly false|partly true|",
        "myth|fact|it's a myth|verdadero|falso|bulo|mito|verdade|mentira|vero|richtig|falsch|",
        "stimmt nicht|stimmt|eher richtig|eher falsch|waar|niet waar|onwaar|fabel|feit|",
        "it depends|partly false|half true|misleading|unproven|not true",
    ));
    VERDICTS.iter().any(|v| {
        t.strip_prefix(v).is_some_and(|r| {
            (alone && r.is_empty())
                || r.starts_with(['.', ',', '!', ':'])
                || r.starts_with(" —")
                || r.starts_with(" –")
        })
    }) || stopped_verdict(&t, false)
}

/// A verdict in a word that a usage guide also puts before its colon ("Correct: fewer than 20
/// people…"): a fact check's only with its full stop ("Correct. The figure…"); with `colon`, a
/// rating scale's line too ("Mostly correct: accurate but needs context"). (`t`: folded.)
fn stopped_verdict(t: &str, colon: bool) -> bool {
    Words(concat!(
        "correct|incorrect|mostly correct|partly correct|accurate|inaccurate|mostly accurate|",
        "exaggerated|needs context|missing context|unsupported",
    ))
    .iter()
    .any(|v| {
        t.strip_prefix(v)
            .is_some_and(|r| r.starts_with('.') || colon && r.starts_with(':'))
    })
}

/// A rating scale's line or a verdict: "Mostly correct: accurate but…", "Misleading. …".
pub fn opens_rating(s: &str) -> bool {
    opens_verdict(s) || stopped_verdict(&fold(head(trim(s), 40)), true)
}

/// A mail header's subject line: "Subject: …", "Betreff: …", "Objet : …". Returns the subject.
pub fn mail_subject(t: &str) -> Option<&str> {
    Words("subject:|betreff:|objet :|objet:|asunto:|oggetto:|assunto:|onderwerp:")
        .iter()
        .find_map(|w| strip_prefix_ci(t, w))
        .map(trim)
}

/// A verdict under its label: "VERDICT: MOSTLY FICTION", "Our verdict: true".
pub fn under_verdict_label(s: &str) -> bool {
    Words("verdict:|our verdict:|the verdict:|urteil:|verdetto:|veredicto:")
        .opens(&fold(head(trim(s), 40)))
}

/// A round's winner named under its label, as a comparison settles each of its questions:
/// "Winner: Pocketwise.", "Our pick: Ledgerly", "Gagnant : …", "Ganador: …".
pub fn is_winner_line(s: &str) -> bool {
    Words(concat!(
        "winner:|the winner:|our winner:|our pick:|winner –|winner -|gagnant :|gagnant:|",
        "ganador:|vencedor:|sieger:|gewinner:|vincitore:|winnaar:|zwycięzca:"
    ))
    .opens(&fold(head(trim(s), 40)))
}

/// A table of contents' label: "Contents", "In this article", "Contenido", "Inhalt",
/// "Sommaire", "Jump to:".
pub fn is_contents_label(s: &str) -> bool {
    let t = trim(trim(s).trim_end_matches([':', '：']));
    t.len() <= 40
        && Words(concat!(
            "contents|table of contents|in this article|in this guide|in this story|on this page|",
            "jump to|jump to a question|skip to|contenido|contenidos|índice|indice|tabla de contenidos|en este artículo|",
            "inhalt|inhaltsverzeichnis|in diesem artikel|sommaire|au sommaire|dans cet article|dans ce guide|",
            "table des matières|sommario|in questo articolo|conteúdo|neste artigo|inhoud|",
            "in dit artikel|innehåll|indhold|innhold|sisällys|spis treści|obsah|tartalom|",
            "içindekiler|cuprins|目次|目录|目錄|목차",
        ))
        .contains(&fold(t))
}

/// A reading list's headline or intro: "Here's what I've been reading", "Six things we read
/// this week", "Worth your time".
pub fn is_reading_list_intro(s: &str) -> bool {
    Words(concat!(
        "what i've been reading|what we've been reading|what i’ve been reading|",
        "what we’ve been reading|what i'm reading|what i’m reading|things we read|things i read|",
        "we read this week|i read this week|reading list|worth reading|worth your time|",
        "around the web|links of the week|link roundup|good reads|recommended reads|must-reads",
    ))
    .occur_in(&fold(head(s, 400)))
}

/// A link's blurb in a reading list, ending on its source in brackets after its last sentence:
/// "… behind the missing early train. (Yorkshire Rail Watch, 6 min read)", "… (The Atlantic)".
pub fn ends_with_source(s: &str) -> bool {
    let t = trim(s);
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(k) = body.rfind(" (") else {
        return false;
    };
    let inner = &body[k + 2..];
    body[..k].ends_with(['.', '!', '?'])
        && inner.starts_with(is_upper)
        && words_le(inner, 8)
        && !inner.contains(['(', '.', ':'])
}

/// A card's line of meta under its headline, ending on a reading time: "Lokales · 4 Min.",
/// "Politics · 5 min read", "3 minutes".
pub fn is_reading_time(s: &str) -> bool {
    if !words_le(s, 6) {
        return false;
    }
    let t = fold(trim(s));
    let t = t.trim_end_matches('.');
    let t = t
        .strip_suffix(" read")
        .or_else(|| t.strip_suffix(" lesezeit"))
        .unwrap_or(t);
    let mut w = t.rsplit(' ');
    let (Some(unit), Some(n)) = (w.next(), w.next()) else {
        return false;
    };
    let unit = unit.trim_end_matches('.');
    !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && Words("min|mins|minute|minutes|minuten|minuti|minutos|minuter|minutter|minuty|perc")
            .contains(unit)
}

/// A line that ends on a card's reading time, its headline and meta run together as a copy
/// joins them: "Neues Parkhaus am Bahnhof: Warum … verzögert Verkehr · 3 Min."
pub fn ends_with_reading_time(s: &str) -> bool {
    let t = trim(s);
    let cut = t.len().saturating_sub(24);
    let mut k = cut;
    while !t.is_char_boundary(k) {
        k += 1;
    }
    // (From the last space before the number: "· 3 Min." → "3 Min.")
    let end = &t[k..];
    let digits = end.bytes().position(|b| b.is_ascii_digit());
    // (After the meta's separator: "… Verkehr · 3 Min.", not "… lasted 45 minutes.")
    digits.is_some_and(|d| {
        is_reading_time(&end[d..]) && trim_end(&end[..d]).ends_with(['·', '|', '•'])
    })
}

/// One pass over the bytes for the words every consent notice holds one of.
fn consent_bytes(b: &[u8]) -> bool {
    (0..b.len()).any(|i| {
        let at = |k: &[u8]| b[i..].starts_with(k);
        match b[i] {
            b'o' => at(b"ookie"),
            b'O' => at(b"OOKIE"),
            b'x' => at(b"xtern"),
            b'k' => at(b"kstern") || at(b"kapsler"),
            b's' => at(b"sterno"),
            b't' => at(b"tiers") || at(b"third-p"),
            b'u' => at(b"ulkoi"),
            b'z' => at(b"zewn"),
            // (Catalan's word: "Aquest web utilitza galetes…".)
            b'g' => at(b"galetes"),
            _ => false,
        }
    })
}

/// A consent notice standing where an embed would be, or a cookie banner copied with the page:
/// "An dieser Stelle befindet sich ein externer Inhalt … benötigen wir Ihre Einwilligung.
/// Möchten Sie externe Inhalte laden?", "Indholdet kan ikke vises, fordi du ikke har
/// accepteret cookies … Vil du se det alligevel?" — twelve words at least, naming cookies or
/// external content and consent, or saying the site uses cookies; and the banner's buttons
/// ("Cookie Settings  Reject All  Accept All Cookies").
pub fn is_consent_notice(s: &str) -> bool {
    // (A quick look at the bytes first, as this is asked of every block: each entry below
    // holds one of these — "cookie", "extern", "ekstern", "esterno", "tiers", "third-party",
    // "ulkoi…", "zewnętrzn", "informasjonskapsler".)
    // (Within its first words: "An dieser Stelle befindet sich ein externer Inhalt…", "We use
    // cookies…", "Diese Website verwendet Cookies.")
    if s.len() > 800 || !consent_bytes(head(s, 160).as_bytes()) {
        return false;
    }
    let lower = fold(s);
    if words_le(s, 11) {
        // (A banner's button or title; not a site's FAQ asking about its cookies, "What happens
        // if I reject all cookies?", though a banner may ask "Accept cookies?".)
        return words_le(s, 8)
            && (words_le(s, 4) || !has_question_mark(s))
            && has_sub(&lower, "cookie")
            && Words(concat!(
                "accept|reject|settings|preferences|einstellungen|akzeptieren|ablehnen|",
                "accepter|refuser|paramètres|aceptar|rechazar|configurar|accetta|rifiuta|",
                "accepteren|weigeren|instellingen|godkend|afvis|acceptera|avvisa|godta|avvis",
            ))
            .occur_in(&lower);
    }
    let consent = Words(concat!(
        "einwilligung|zustimmung|consent|samtykke|samtycke|toestemming|consentement|",
        "consentimiento|consenso|suostumu|zgod|accepteret cookies|accept cookies|",
        "accepter les cookies|aceptar las cookies|akzeptieren sie cookies|",
    ));
    let content = Words(concat!(
        "cookie|externe inhalt|externer inhalt|externen inhalt|external content|",
        "third-party content|eksternt indhold|eksternt innhold|externt innehåll|",
        "externe content|externe inhoud|contenu externe|contenu tiers|contenido externo|",
        "contenuto esterno|ulkoinen sisältö|ulkoista sisältöä|treści zewnętrzn",
    ));
    let uses = Words(concat!(
        "we use cookies|uses cookies|use of cookies|called cookies|verwendet cookies|",
        "verwenden cookies|nutzt cookies|utilise des cookies|utilisons des cookies|",
        "utiliza cookies|utilizamos cookies|utilizza cookie|bruger cookies|använder cookies|",
        "bruker informasjonskapsler|gebruikt cookies|maakt gebruik van cookies|",
        "utilitza galetes|utilitzem galetes|fem servir galetes",
    ));
    (consent.occur_in(&lower) && content.occur_in(&lower)) || uses.occur_in(&lower)
}

/// A blog's pager link, its label and the post's title on one line: "Próximo post Calor
/// extremo: como proteger os idosos?", "Previous post Mutirão recolhe 3 toneladas de lixo".
pub fn is_pager_link(s: &str) -> bool {
    let t = trim(s);
    // (The cheap look first: every label opens with one of a few letters; its first word is
    // one of a few, folded on its own.)
    if !t
        .as_bytes()
        .first()
        .is_some_and(|b| b"NnPpOoAaSsVv".contains(b))
    {
        return false;
    }
    let first = t.split(' ').next().unwrap_or("");
    if t.len() > 300
        || first.len() > 10
        || !Words(concat!(
            "next|previous|older|newer|próximo|post|artigo|artículo|siguiente|article|",
            "articolo|nächster|vorheriger|volgend|vorig"
        ))
        .contains(&fold(first))
    {
        return false;
    }
    const LABELS: Words = Words(concat!(
        "next post |previous post |older post |newer post |next article |previous article |",
        "próximo post |post anterior |próximo artigo |artigo anterior |artículo siguiente |",
        "artículo anterior |siguiente artículo |article suivant |article précédent |",
        "articolo successivo |articolo precedente |nächster artikel |vorheriger artikel |",
        "volgend artikel |vorig artikel "
    ));
    let head = fold(head(t, 24));
    LABELS
        .iter()
        .find(|l| head.starts_with(l))
        .is_some_and(|l| t.len() > l.len() + 2 && words_le(t, 30))
}

/// A discussion thread's comment header, as Reddit prints it over each comment: the user's
/// handle, a badge, a dot and the comment's age ("quietbirch · 8h", "towerwatch_marta OP · 7h",
/// "AutoModerator MOD · 8h Stickied comment", "u/kestrel_notes · 3 hr. ago"). Returns the
/// handle and whether the badge is the original poster's ("OP").
pub fn comment_header(s: &str) -> Option<(&str, bool)> {
    let t = trim(s);
    if t.len() > 80 {
        return None;
    }
    // (Or old Reddit's, copied as text: "[–]quietbrowser 2312 points 9 hours ago", the poster's
    // handle marked "[S]", the submitter: "[–]steno_sharon[S] 1893 points 9 hours ago".)
    if let Some(r) = t
        .strip_prefix("[–]")
        .or_else(|| t.strip_prefix("[-]"))
        .or_else(|| t.strip_prefix("[+]"))
    {
        let (handle, rest) = r.split_once(' ')?;
        let (name, op) = match handle.strip_suffix("[S]") {
            Some(n) => (n, true),
            None => (handle, false),
        };
        let mut w = rest.split(' ');
        let scored = w
            .next()
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            && matches!(w.next(), Some("point" | "points"));
        return (scored && is_handle(name) && rest.ends_with(" ago")).then_some((name, op));
    }
    let (who, when) = t.split_once(" · ")?;
    let mut parts = who.split(' ');
    let handle = parts.next()?;
    let name = reddit_user(handle).unwrap_or(handle);
    let badge = |b: Option<&str>| match b {
        Some("OP") => Some(true),
        Some("MOD" | "Mod") => Some(false),
        _ => None,
    };
    let (op, when) = match (parts.next(), parts.next()) {
        (None, _) => {
            // (Or its badge between dots: "u/vixen_and_kits · OP · 9h".)
            match when.split_once(" · ") {
                Some((b, rest)) => (badge(Some(b))?, rest),
                None => (false, when),
            }
        }
        (b @ Some(_), None) => (badge(b)?, when),
        _ => return None,
    };
    let handle_ok = is_handle(name);
    // The age: a number and its unit, run together or not ("8h", "3 hr. ago", "2mo").
    let digits = when.bytes().take_while(u8::is_ascii_digit).count();
    let rest = when[digits..].trim_start_matches(' ');
    let unit_len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let unit = &rest[..unit_len];
    // (Then nothing, "ago", or the comment's state: "Stickied comment", "Edited".)
    let after = trim(rest[unit_len..].trim_start_matches('.'));
    let after_ok = after.is_empty()
        || after == "ago"
        || after.starts_with("Stickied")
        || after.starts_with("Edited")
        || after.starts_with("edited");
    let age_ok = digits > 0
        && after_ok
        && Words("s|m|min|h|hr|hrs|d|w|mo|y|yr|yrs|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years").contains(unit);
    (handle_ok && age_ok).then_some((name, op))
}

/// A forum user's handle: three to 24 letters, digits, `_` or `-`.
fn is_handle(name: &str) -> bool {
    (3..=24).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A discussion thread's furniture between its comments: a comment's score ("2.4K", "611"),
/// its buttons ("Reply", "Share"), a removed comment's line.
pub fn is_comment_furniture(s: &str) -> bool {
    let t = trim(s);
    const BUTTONS: Words = Words("Reply|Share|Report|Award|Save|Follow|Vote|Reply Share");
    // (Its score between vote arrows, "▲ 2.1k ▼"; its buttons set apart by dots, "Reply ·
    // Share".)
    let voted = t
        .strip_prefix(['▲', '⬆', '↑'])
        .map(|r| trim(r.trim_end_matches(['▼', '⬇', '↓'])));
    // (Old Reddit's links under a comment, run together when copied:
    // "permalinkembedsavereportgive awardreply".)
    let links = t.len() <= 80
        && t.starts_with("permalink")
        && t.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
    is_score(t)
        || links
        || voted.is_some_and(is_score)
        || BUTTONS.contains(t)
        || (t.len() <= 40
            && find_sub(t, " · ").is_some()
            && t.split(" · ").all(|w| BUTTONS.contains(w)))
        || COMMENT_GONE.contains(&fold(t))
}

/// A post's score: "2.4K", "611", "4.2k".
fn is_score(t: &str) -> bool {
    let score = t.strip_suffix(['K', 'k']).unwrap_or(t);
    !score.is_empty()
        && score.len() <= 6
        && score.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && score.starts_with(|c: char| c.is_ascii_digit())
}

const COMMENT_GONE: Words = Words(
    "comment removed by moderator|comment deleted by user|[deleted]|[removed]|deleted by user",
);

/// A transcription app's turn header, the speaker's name then the time on a line of their own,
/// the words on the lines under it: "Ruth Callan  00:01:48", "Speaker 2  4:09". Returns the
/// name.
pub fn transcript_header(s: &str) -> Option<&str> {
    let t = trim(s);
    if t.len() > 70 {
        return None;
    }
    let (name, stamp) = t.rsplit_once(is_space)?;
    let name = trim(name);
    // (Or the time in brackets, as podcast pages set it: "Maya Sorensen [00:00:04]".)
    let stamp = stamp
        .strip_prefix('[')
        .and_then(|s| s.strip_suffix(']'))
        .or_else(|| stamp.strip_prefix('(').and_then(|s| s.strip_suffix(')')))
        .unwrap_or(stamp);
    let parts: Vec<&str> = stamp.split(':').collect();
    let clock = (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[1..].iter().all(|p| p.len() == 2);
    // ("Speaker 2": an unnamed voice, numbered.)
    let numbered = name
        .rsplit_once(' ')
        .is_some_and(|(n, d)| is_speaker_name(n) && d.bytes().all(|b| b.is_ascii_digit()));
    // (A role in brackets after the name: "Theo (voicemail) [00:14:48]".)
    let bare = speaker_without_role(name);
    (clock && !name.is_empty() && words_le(bare, 4) && (is_speaker_name(bare) || numbered))
        .then_some(name)
}

/// A call transcript's speaker line, the name and the post or firm after double hyphens or a
/// dash: "Daniel Ruiz -- Halvorsen Securities -- Analyst", "Grant Oyelaran -- Chief Executive
/// Officer" — or the call's "Operator" alone. Returns the name and whether the post is an
/// analyst's (who asks).
pub fn call_header(s: &str) -> Option<(&str, bool)> {
    let t = trim(s);
    if t.len() > 120 {
        return None;
    }
    if t == "Operator" {
        return Some((t, false));
    }
    // (Most lines have neither a hyphen nor a dash: one byte search rules them out.)
    if !t.bytes().any(|b| b == b'-' || b == 0xE2) {
        return None;
    }
    let (name, post) = [" -- ", " — "].iter().find_map(|k| split_sub(t, k))?;
    let (name, post) = (trim(name), trim(post));
    let last = post.rsplit(['-', '—']).next().map_or(post, trim);
    (words_le(name, 4)
        && is_speaker_name(name)
        && !post.is_empty()
        && words_le(post, 10)
        && terminal_punct(post).is_none())
    .then(|| (name, fold(last) == "analyst"))
}

/// A speaker's name alone before a colon, on a line of its own: "TOM WHELAN:", "Dr Anjali Rao:".
/// Returns the name.
pub fn name_line(s: &str) -> Option<&str> {
    let t = trim(s);
    let name = trim(t.strip_suffix([':', '：'])?);
    // (With the time in brackets after it, as transcription services set it: "Nadia Ferris
    // (00:00:04):".)
    let name = match name
        .strip_suffix([')', ']'])
        .and_then(|n| n.rsplit_once(['(', '[']))
    {
        Some((who, time))
            if time.contains(':') && time.bytes().all(|b| b.is_ascii_digit() || b == b':') =>
        {
            trim(who)
        }
        _ => name,
    };
    // (Or with their post after a comma, as a broadcaster's transcript names a guest on their
    // first turn: "Dr. Marcus Whitfield, Emergency Physician:"; not a reader and their town
    // before what they asked, "Jim, Te Awa, asked:".)
    // (The line's 48 bytes bound the name and its time, as before; a post may add 24 more.)
    let (name, room) = match name.split_once(", ") {
        Some((who, post))
            if words_le(post, 4)
                && post.starts_with(is_upper)
                && !post.contains(',')
                && !words(post).last().is_some_and(|w| w.starts_with(is_lower)) =>
        {
            (trim(who), 72)
        }
        _ => (name, 48),
    };
    (t.len() <= room
        && name.len() <= 48
        && !name.is_empty()
        && words_le(name, 4)
        && is_speaker_name(name))
    .then_some(name)
}

/// A speaker's name alone on a line of its own, without a colon: "INTERVIEWER", "Calloway",
/// "Ruth Okafor". (Any name-like line: the caller asks that such lines take turns.)
pub fn bare_name(s: &str) -> Option<&str> {
    let t = trim(s);
    (t.len() <= 40
        && words_le(t, 3)
        && t.chars().next_back().is_some_and(is_word_char)
        && is_speaker_name(t))
    .then_some(t)
}

/// A transcript turn's speaker: a name before a colon (`speaker_label`), a French record's or
/// paper's label before a full stop (`civility_label`, `stop_dash_label`) or, as some papers set
/// their interviews, before a spaced dash ("Mukanda – O Governo…?", "Ana Lima — Sim."). Read
/// only once the questions are chosen: a dash after a name is also a headline's ("Brexit – who
/// pays?"), so a dashed name is a speaker only where the answers carry names too.
pub fn turn_label(s: &str) -> Option<(&str, &str)> {
    speaker_label(s)
        .or_else(|| civility_label(s))
        .or_else(|| stop_dash_label(s))
        .or_else(|| spaced_cjk_label(s))
        .or_else(|| {
            // The first dash: an en or em dash between spaces.
            let t = trim(s);
            // (Within a name's length of the start, by its bytes: a long paragraph is not
            // searched, and no character is decoded.)
            let i = head(t, 170)
                .as_bytes()
                .windows(3)
                .position(|w| w[0] == 0xE2 && w[1] == 0x80 && matches!(w[2], 0x93 | 0x94))?;
            let (label, rest) = (t.get(..i)?, t.get(i + '–'.len_utf8()..)?);
            (label.ends_with(' ')
                && rest.starts_with(' ')
                && label.chars().nth(41).is_none()
                && !trim(rest).is_empty()
                && is_speaker_name(trim(label)))
            .then(|| (trim(label), trim(rest)))
        })
}

/// A Japanese or Chinese interview's speaker set apart by an ideographic space, no colon: "藤井　いえ、
/// 初稿は…" (the name in bold in print). Two to six CJK characters, then U+3000 and the turn.
fn spaced_cjk_label(s: &str) -> Option<(&str, &str)> {
    // (A block's text is trimmed when it is made: its first character is looked at untrimmed,
    // as this runs on most paragraphs.)
    if !s.starts_with(is_cjk) {
        return None;
    }
    let t = trim(s);
    let (k, _) = t.char_indices().take(7).find(|&(_, c)| c == '\u{3000}')?;
    let (label, rest) = (&t[..k], trim(&t[k + '\u{3000}'.len_utf8()..]));
    // (With the iteration mark, "佐々木"; or a one-character surname, "森　いや、…" — a kanji
    // that numbers, marks or heads nothing: not "一　総則", "問　…", "注　…".)
    // (Nor a field's name spaced out, "日　時　11月9日", "定　員　30人".)
    let spaced_field = rest.chars().nth(1) == Some('\u{3000}');
    let single = || {
        let mut cs = label.chars();
        !spaced_field
            && cs.next().is_some_and(|c| {
                ('\u{4E00}'..='\u{9FFF}').contains(&c)
                    && !"一二三四五六七八九十百問答注例図表第附甲乙丙".contains(c)
            })
            && cs.next().is_none()
    };
    ((label.chars().nth(1).is_some() || single())
        && label.chars().all(|c| is_cjk(c) || c == '々')
        && !rest.is_empty())
    .then_some((label, rest))
}

/// A French interview's label, a full stop and a dash after it, the name in capitals: "LE
/// FIGARO. - Les assureurs …?", "Hélène DUVERNOY. – Il tient…". Returns (the label, the turn).
pub fn stop_dash_label(s: &str) -> Option<(&str, &str)> {
    let t = trim(s);
    // (Its full stop, a space and a dash's first byte looked for by hand among the first 48
    // bytes: this runs on most paragraphs.)
    let b = t.as_bytes();
    let k = b[..b.len().min(48)]
        .windows(3)
        .position(|w| w[0] == b'.' && w[1] == b' ' && matches!(w[2], b'-' | 0xE2))?;
    let label = &t[..k];
    let rest = t[k + 2..]
        .strip_prefix(['-', '–', '—'])?
        .strip_prefix(' ')?;
    let caps = |w: &str| w.chars().filter(|&c| is_upper(c)).count() >= 2 && !w.contains(is_lower);
    (words_le(label, 4)
        && words(label).all(|w| w.starts_with(is_upper))
        && words(label).any(caps)
        && !trim(rest).is_empty())
    .then(|| (label, trim(rest)))
}

/// A message as a chat app exports it, its date and time in brackets before the sender:
/// "[14.02.25, 21:16] Jens Harmsen: …", "[08:03, 12/03/2024] Tia Lúcia: …". Returns (the
/// sender, the message).
pub fn chat_stamp(l: &str) -> Option<(&str, &str)> {
    let t = trim(l);
    // (Or as a phone exports it, no brackets, a dash before the sender: "03/04/2025, 08:47 -
    // Priyanka: …".)
    let (stamp, rest) = match t.strip_prefix('[') {
        Some(inner) => {
            let k = inner.bytes().take(32).position(|b| b == b']')?;
            (&inner[..k], &inner[k + 1..])
        }
        None if t.starts_with(|c: char| c.is_ascii_digit()) => {
            let k = find_sub(head(t, 32), " - ")?;
            (&t[..k], &t[k + 2..])
        }
        None => return None,
    };
    let has = |c: u8| stamp.bytes().any(|b| b == c);
    // (Its date with slashes, dots or hyphens: "[04-03-2025, 14:06:03]".)
    // (Or an ISO date and time without a comma, as a Swedish export writes them: "2025-03-04
    // 14:06 - Sanna: …".)
    let iso = stamp.len() >= 15
        && stamp.as_bytes()[4] == b'-'
        && stamp.as_bytes()[7] == b'-'
        && stamp.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let clock = has(b':') && (has(b',') && (has(b'/') || has(b'.') || has(b'-')) || iso);
    let c = rest.bytes().take(48).position(|b| b == b':')?;
    let sender = trim(&rest[..c]);
    (clock && !sender.is_empty())
        .then(|| rest[c + 1..].strip_prefix(' '))
        .flatten()
        .map(|msg| (sender, msg))
}

/// A work chat's message header copied as text, its sender and time: "Omar Haddad 11:04 AM"
/// (Slack), "[10:47] Tom Birch" (Teams), the message after it on the same line or the next.
/// Returns the sender.
pub fn chat_header(l: &str) -> Option<&str> {
    let t = trim(l);
    let clock = |c: &str| {
        let (h, m) = c.split_once(':')?;
        ((1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()))
        .then_some(())
    };
    // (Teams: the time in brackets, the sender after it, alone on the line.)
    if let Some(inner) = t.strip_prefix('[') {
        let (c, name) = inner.split_once(']')?;
        clock(c)?;
        let name = trim(name);
        return (!name.is_empty()
            && words_le(name, 5)
            && name.starts_with(is_upper)
            && !name.contains([':', '?', '.']))
        .then_some(name);
    }
    // (Discord: the sender's handle, a dash, and when: "tess.v — Today at 14:02".)
    // (Only the time after "Today at": not an aside, "El consejero — ayer a las 20.00, en una
    // entrevista… —", nor a page's "Updated — Today at 07:15".)
    if let Some((who, when)) = t.split_once(" — ") {
        let when = fold(head(when, 40));
        let time_only = |r: &str| {
            let r = trim(r);
            let r = r
                .strip_suffix(" am")
                .or_else(|| r.strip_suffix(" pm"))
                .unwrap_or(r);
            !r.is_empty() && r.len() <= 5 && r.bytes().all(|b| b.is_ascii_digit() || b == b':')
        };
        let at = [
            "today at ",
            "yesterday at ",
            "heute um ",
            "gestern um ",
            "hoy a las ",
            "ayer a las ",
            "hoje às ",
            "ontem às ",
            "vandaag om ",
            "gisteren om ",
            "aujourd'hui à ",
            "aujourd’hui à ",
            "hier à ",
        ]
        .iter()
        .find_map(|a| when.strip_prefix(a));
        if at.is_some_and(time_only)
            && !Words(concat!(
                "published|updated|posted|edited|veröffentlicht|aktualisiert|publicado|",
                "actualizado|publié|mis à jour",
            ))
            .contains(&fold(trim(who)))
            && !who.is_empty()
            && words_le(who, 3)
            && !who.contains([':', '?'])
        {
            return Some(trim(who));
        }
    }
    // (Slack: the sender, then the time and its half of the day, a few words in at most.)
    if !t.starts_with(is_upper) {
        return None;
    }
    let b = head(t, 80);
    let k = [" AM", " PM"].iter().filter_map(|m| find_sub(b, m)).min()?;
    let (before, _) = b[..k].rsplit_once(' ')?;
    clock(&b[before.len() + 1..k])?;
    let name = trim(before);
    // (A name, each word capitalised, a role in brackets after it: not "Doors open at 7:30 PM".)
    (!name.is_empty()
        && words_le(name, 6)
        && !name.contains([':', '?', '.', ','])
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| is_upper(c) || c == '(')))
    .then_some(name)
}

/// A transcript's question that was not heard: only its marker ("Q:", or a briefing's bare "Q")
/// and a note in brackets, "Q: (Off-mic.)", "Q: [inaudible]", "Q (Inaudible.)".
pub fn unheard_question(s: &str) -> bool {
    let t = trim(s);
    strip_question_marker(t)
        .or_else(|| t.strip_prefix('Q').filter(|r| r.starts_with(is_space)))
        .is_some_and(|r| {
            let r = trim(r);
            r.starts_with(['(', '['])
                && r.ends_with([')', ']'])
                && !r.contains('?')
                && !is_noted_question(r)
        })
}

/// A play's stage direction on a line of its own, in brackets, of three words at least and in
/// sentence case: "(Pausa. DOMINGO se sienta en el borde de la mesa.)", "(She crosses to the
/// window.)" — not a radio transcript's "(SOUNDBITE OF MUSIC)", nor a question.
pub fn is_play_direction(s: &str) -> bool {
    let t = trim(s);
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    !words_le(inner, 2)
        && inner.len() <= 600
        && !inner.contains(['(', ')'])
        && !has_question_mark(inner)
        && inner.contains(is_lower)
        // (Not a note under its label: "(Editor's note: The line is from BetMGM.)", "(Top photo
        // of Luis Ortega: Ryan Ocampo / Getty Images)".)
        && !inner.split_once(':').is_some_and(|(head, _)| words_le(head, 6))
}

/// A bar of the site's links copied as one line, three bars at least between short links:
/// "WHCR Contact Us | Terms of Use | Privacy Policy | Go to full site © 2024 WHCR" (the first
/// and the last may run into the lines around the bar).
pub fn is_link_bar(s: &str) -> bool {
    let t = trim(s);
    let bars = t.bytes().filter(|&b| b == b'|').count();
    bars >= 3
        && t.len() <= 300
        && t.split('|').skip(1).take(bars - 1).all(|l| {
            let l = trim(l);
            !l.is_empty() && words_le(l, 5) && terminal_punct(l).is_none()
        })
}

/// A French parliamentary record's speaker, a title before the name and a full stop after it
/// (a post after a comma, the first time): "M. Hervé Castaing, directeur général d'Hydro-Sud.",
/// "Mme Claire Dumont, rapporteure.", "M. le président Xavier Lemoine." Returns (name, the words
/// spoken), the name without its post.
fn civility_label(s: &str) -> Option<(&str, &str)> {
    let t = trim(s);
    // (Or a US hearing's record, its members and witnesses labelled alike: "Chairman
    // Halvorsen. …", "Ms. Okafor-Reyes. …", "Dr. Sandoval. …".)
    // (There the surname alone before its full stop: "Ms. Romero, thank you for joining us."
    // addresses her.)
    let (after, us) = match t
        .strip_prefix("M. ")
        .or_else(|| t.strip_prefix("Mme "))
        .or_else(|| t.strip_prefix("MM. "))
    {
        Some(after) => (after, false),
        None => (US_CIVILITIES.iter().find_map(|c| t.strip_prefix(c))?, true),
    };
    // (The label's full stop among the first bytes, a space after it.)
    let k = head(after, 100)
        .as_bytes()
        .windows(2)
        .position(|w| w == b". ")?;
    let label = &t[..t.len() - after.len() + k];
    let rest = trim(&after[k + 2..]);
    let name = before_post(label);
    let post = trim(label[name.len()..].trim_start_matches(','));
    // (The name's words capitalised, or a title's: "le président", "la ministre".)
    let titled = |w: &str| {
        w.starts_with(is_upper)
            || Words("le|la|de|du|d'|président|présidente|ministre|rapporteur|rapporteure")
                .contains(w)
    };
    (!rest.is_empty()
        && rest.starts_with(is_upper)
        && !(us && (label.contains(',') || !words_le(label, 3)))
        && words_le(name, 6)
        && words(name).skip(1).all(titled)
        && words(name).skip(1).any(|w| w.starts_with(is_upper))
        && words_le(post, 7)
        && !post.contains(['?', '!', ':', ';']))
    .then_some((name, rest))
}

/// The titles a US hearing's record names its speakers by, before the surname and its full
/// stop.
pub const US_CIVILITIES: [&str; 9] = [
    "Mr. ",
    "Ms. ",
    "Mrs. ",
    "Dr. ",
    "Chairman ",
    "Chairwoman ",
    "Senator ",
    "Secretary ",
    "General ",
];

/// A speaker's name closed by a full stop at the start of a turn, as Spanish papers label an
/// interview with two guests: "Carmen. Nadie lo decidió…" (`<strong>Carmen.</strong>`). Only a
/// candidate: a sentence may open on a capitalised word too ("Sí. …"); the caller asks that the
/// name be the article's. Returns (name, the words spoken).
pub fn period_label(s: &str) -> Option<(&str, &str)> {
    let t = trim(s);
    // (The cheap look first: a capital, and a full stop and a space among the first bytes.)
    if !t.starts_with(is_upper) {
        return None;
    }
    let k = t.as_bytes()[..t.len().min(32)]
        .windows(2)
        .position(|w| w == b". ")?;
    let (name, rest) = (&t[..k], trim(&t[k + 2..]));
    // (Not a marker: "Q. …", "A. …", "P. …", "R. …" — nor an initial.)
    (!rest.is_empty()
        && name.chars().nth(2).is_some()
        && words_le(name, 3)
        && !name.bytes().any(|b| b.is_ascii_digit())
        && is_speaker_name(name)
        && strip_question_marker(t).is_none()
        && strip_answer_marker(t, false).is_none())
    .then_some((name, rest))
}

/// A Reddit user's name after its "u/" or "/u/": "u/kestrel_notes", "/u/SaltyMcBrine".
fn reddit_user(s: &str) -> Option<&str> {
    s.strip_prefix("u/").or_else(|| s.strip_prefix("/u/"))
}

/// A reader's user name in a chat or a comment thread, one word of letters with digits or
/// underscores: "serienjunkie84", "Kurt_aus_Kassel" (lower-case letters among them: "H1N1" is
/// no one).
fn is_user_handle(s: &str) -> bool {
    // (Or a Reddit user's, "u/" before it: "u/anglerfish_enjoyer", "u/SaltyMcBrine",
    // "/u/SaltyMcBrine".)
    if let Some(h) = reddit_user(s) {
        return (3..=24).contains(&h.len())
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    }
    (3..=24).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        && s.bytes().any(|b| b.is_ascii_digit() || b == b'_')
        && s.bytes().filter(u8::is_ascii_lowercase).nth(1).is_some()
}

/// Up to three capitalised words, and a name's lower-case particles between them ("Monitorul
/// de Cluj", "Corriere della Sera", "Jan van Dijk").
fn is_speaker_name(label: &str) -> bool {
    // (Or someone in the audience, unnamed: "Une spectatrice", "Audience member".)
    // (The cheap look first: two words or more, opening as those labels do.)
    let opens = |b: &u8| b"uUaAmMeE".contains(b);
    if label.len() <= 32
        && label.as_bytes().first().is_some_and(opens)
        && label.contains(' ')
        && is_audience_member(label)
    {
        return true;
    }
    // (Or a website's name, as an online outlet labels its questions: "science.ORF.at:",
    // "derStandard.at:", "golem.de:".)
    if is_site_name(label) {
        return true;
    }
    // (Or an automatic transcript's numbered voice: "Speaker 1", "SPEAKER 2".)
    if let Some((w, n)) = label.split_once(' ') {
        if matches!(w, "Speaker" | "SPEAKER")
            && (1..=2).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
    }
    let (mut n, mut particles, mut titles, mut last_particle) = (0usize, 0, 0, false);
    // (A capitalised Gaelic particle last is a name: "Ryan Mac".)
    let mut last_capital = false;
    for w in words(label) {
        // (Amharic shortens its honorifics with a slash: "ወ/ሮ" (Mrs), "ዶ/ር" (Dr).)
        let slashed = w.starts_with(caseless);
        // (A paper's initials with an ampersand, "P&J:", as the Press and Journal asks.)
        // (Not "Q&A:", a kicker's.)
        let initials = || {
            w.len() <= 6
                && w.bytes().all(|b| b == b'&' || b.is_ascii_uppercase())
                && !w.contains("Q&A")
        };
        let letters = w.chars().all(|c| {
            (is_word_char(c) && !c.is_ascii_digit())
                || matches!(c, '.' | '\'' | '’' | '-')
                || c == '/' && slashed
                || c == '&' && initials()
        });
        // (A publication's name with its ampersand asks as the interviewer: "Harbor & Vine:".)
        if n > 0 && (NAME_PARTICLES.contains(w) || w == "&") {
            particles += 1;
            last_particle = true;
            last_capital = w.starts_with(is_upper);
        } else if n > 0 && TITLE_WORDS.contains(w) {
            // (An office's lower-case word before the name: "Direttrice generale Rinaldi".)
            titles += 1;
            last_particle = true;
            last_capital = false;
        } else if (letters && w.chars().next().is_some_and(|c| is_upper(c) || caseless(c)))
            // (A Chinese or Japanese name or role, a few characters: "黃志明", "記者"; a Korean
            // one up to six syllables, "출제위원장".)
            || (w.chars().all(is_cjk) && {
                // (A reporter's outlet or an official's post before the role, as a press
                // conference's record names them: "新华社记者", "教育部高校学生司负责人".)
                // (Not a story's "一位家长告诉记者：", a parent telling the reporter.)
                let role = ["记者", "記者", "负责人", "負責人", "发言人", "發言人"]
                    .iter()
                    .any(|r| w.ends_with(r))
                    && !["告诉", "告訴", "接受", "对", "對", "向"].iter().any(|v| w.contains(v));
                let most = if role {
                    14
                } else if w.starts_with(is_hangul) {
                    6
                } else {
                    4
                };
                w.chars().nth(most).is_none()
            })
        {
            n += 1;
            last_particle = false;
        } else {
            return false;
        }
        if n > 5 || particles > 1 || titles > 1 {
            return false;
        }
    }
    // (Four or five words where an office comes before a full name: "Records Supervisor Janet
    // Pires", "Public Works Director Sam Osei".)
    let office = || {
        words(label)
            .take(n.saturating_sub(2))
            .any(|w| OFFICES.contains(&fold(w.trim_end_matches('.'))))
    };
    let n = n + usize::from(last_particle && last_capital);
    n > 0 && (!last_particle || last_capital) && (n <= 3 || office())
}

/// A website's name, one word of ASCII letters, digits, dots and hyphens ending on a dot and a
/// two- to four-letter lower-case domain: "science.ORF.at", "t-online.de", "Watson.ch".
fn is_site_name(w: &str) -> bool {
    let Some((host, tld)) = w.rsplit_once('.') else {
        return false;
    };
    (2..=4).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && host.len() >= 2
        && host.bytes().any(|b| b.is_ascii_alphabetic())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
}

/// An office's word before a name, in capitals as a title: "Police Chief …", "Records
/// Supervisor …", "Deputy Mayor …".
const OFFICES: Words = Words(concat!(
    "chief|supervisor|director|deputy|mayor|commissioner|superintendent|sergeant|sgt|captain|",
    "capt|lieutenant|lt|detective|inspector|officer|manager|councillor|councilor|minister|",
    "secretary|senator|judge|professor|prof|coordinator|spokesperson|spokeswoman|spokesman|",
    "president|governor|dr|doctor|nurse|sheriff|constable|principal|dean|",
    // Vietnamese degrees and honorifics before a full name: "TS Lê Minh Khoa", "PGS.TS …",
    // "Ông Trần Văn Hải".
    "ts|ths|pgs|gs|bs|ls|ks|pgs.ts|gs.ts|ông|bà"
));

/// A speaker a transcript names only as one of the audience: "Un spectateur", "Une
/// spectatrice", "Audience member", "Eine Zuschauerin".
pub fn is_audience_member(label: &str) -> bool {
    Words(concat!(
        "un spectateur|une spectatrice|un participant|une participante|un auditeur|une auditrice|",
        "audience member|a member of the audience|member of the audience|",
        // (An AMA's roundup, a question many asked: "Multiple users: Do you ever …?")
        "multiple users|many users|multiple readers|many readers|multiple commenters|",
        // (Or the question itself so labelled, as a festival's write-up sets it.)
        "audience question|question from the audience|question from the floor|",
        "ein zuschauer|eine zuschauerin|ein teilnehmer|eine teilnehmerin|",
        "un asistente|una asistente|un espectador|una espectadora|",
        "uno spettatore|una spettatrice|un partecipante|una partecipante",
    ))
    .contains(&fold(label))
}

/// The lower-case words of an office's name before a speaker's: "Direttrice generale",
/// "Secretario general", "Directeur adjoint", "Procuratore aggiunto".
const TITLE_WORDS: Words = Words(concat!(
    "generale|general|général|générale|adjunto|adjunta|adjoint|adjointe|aggiunto|aggiunta|",
    "delegato|delegata|delegado|delegada|délégué|déléguée|executivo|executiva|esecutivo"
));

/// A letter of a script without capitals (Arabic, Hebrew, Devanagari, Bengali), where a name
/// starts as any word does: "شفق: …", "ڈاکٹر عائشہ: …".
pub fn caseless(c: char) -> bool {
    // (Right-to-left scripts; the Indic scripts, Thai and Lao, Myanmar, Georgian, Ethiopic and
    // Khmer.)
    is_rtl_char(c)
        || matches!(
            u32::from(c),
            0x0900..=0x0EFF | 0x1000..=0x109F | 0x10D0..=0x10FF | 0x1200..=0x137F | 0x1780..=0x17FF
        )
}

/// The lower-case words inside names of people and papers: "Monitorul de Cluj", "Jan van Dijk".
/// (And Irish and Scottish Gaelic's, capitalised: "Colm Mac Giolla Phádraig", "Seán Ó Mainnín".)
const NAME_PARTICLES: Words = Words(concat!(
    "de|da|di|do|du|dos|das|del|della|dello|des|van|von|der|den|la|le|y|e|al|el|bin|ibn|",
    "Mac|Nic|Mhic|Ó|Ní|Uí"
));

/// What comes before a time of day that ends `s`, as a live chat stamps a post after its
/// author: "Kayla in Dayton 12:02 p.m." gives "Kayla in Dayton". `None` when `s` ends with no
/// time, hours and minutes split by a colon (see [`is_clock_line`]).
pub fn before_clock_time(s: &str) -> Option<&str> {
    let t = trim(s);
    // (A short line with a clock's colon near its end: most lines are ruled out here.)
    if t.len() > 120 || !tail(t, 16).as_bytes().contains(&b':') {
        return None;
    }
    // (The time and a word or two after it: "12:02", "12:02 p.m.", "12:02 p.m. ET".)
    let mut end = t.len();
    for _ in 0..3 {
        end = t.as_bytes()[..end].iter().rposition(|&b| b == b' ')?;
        if is_clock_line(&t[end + 1..]) {
            return Some(trim(&t[..end]));
        }
    }
    None
}

/// A transcript's timestamp before a turn: "[00:02:10] ", "(12:04) ", "00:02:10 ".
pub fn strip_timestamp(t: &str) -> &str {
    let inner = t.strip_prefix(['[', '(']).unwrap_or(t);
    let end = inner
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(inner.len());
    let stamp = &inner[..end];
    if stamp.len() < 4 || !stamp.contains(':') || stamp.starts_with(':') {
        return t;
    }
    let rest = inner[end..]
        .strip_prefix([']', ')'])
        .unwrap_or(&inner[end..]);
    // (Not a time of day: "12:09 p.m." is a post's time, "p.m." no turn.)
    let after = trim_start(rest);
    let word = &after[..after.bytes().position(|b| b == b' ').unwrap_or(after.len())];
    let meridiem = ["a.m.", "p.m.", "am", "pm", "AM", "PM"].contains(&word);
    if rest.starts_with(is_space) && !meridiem {
        trim(rest)
    } else {
        t
    }
}

/// A line's leading emoji, as a forwarded message marks its questions and answers ("❓ *Who is
/// affected?*", "✅ All customers…", "💡 Tip: …") or a page its new items ("🆕 Does the plan…?"):
/// decoration, not words. (Symbols, dingbats, arrows and the emoji planes, with their
/// variation selector and joiner.)
pub fn strip_pictographs(t: &str) -> &str {
    // (And the arrows and stars of Miscellaneous Symbols and Arrows: "⬇", "⭐".)
    let pictograph = |c: char| is_emoji(c) || matches!(u32::from(c), 0x2B00..=0x2BFF);
    let rest = t.trim_start_matches(pictograph);
    // (Or glued to the line's first word, as a channel's post sets a marker: "❓А пенсионерам?".)
    if rest.len() < t.len() && (rest.starts_with(' ') || rest.starts_with(is_word_char)) {
        trim(rest)
    } else {
        t
    }
}

/// The marks a transcript sets where a turn is cut off and where it is taken up again.
const BREAKS: [&str; 5] = ["--", "\u{2014}", "\u{2013}", "\u{2026}", "..."];

/// A spoken turn that breaks off, cut short by the other speaker: it ends on a dash ("… because
/// a false alarm --", "… and—") or an ellipsis.
pub fn breaks_off(s: &str) -> bool {
    let t = trim(s);
    BREAKS.iter().any(|d| t.ends_with(d))
}

/// A spoken turn that takes up where its speaker was cut off: it opens on a dash or an
/// ellipsis ("-- a false alarm undermines trust…").
pub fn takes_up(s: &str) -> bool {
    let t = trim(s);
    BREAKS.iter().any(|d| t.starts_with(d))
}

/// Two speaker labels name the same person: the same, or one the other's last words (a
/// transcript names someone in full first, "Ellen Park:" or "Dr. Ellen Park:", then shorter,
/// "Park:", "Ellen Park:").
pub fn same_speaker(a: &str, b: &str) -> bool {
    fn ends_in(long: &str, short: &str) -> bool {
        // (Or a press conference's reporter with the outlet before the role, no space between:
        // "央视记者" after "记者".)
        long.len() > short.len()
            && long.ends_with(short)
            && (long[..long.len() - short.len()]
                .chars()
                .next_back()
                .is_some_and(is_space)
                || matches!(short, "记者" | "記者"))
    }
    // Initials for the full name, as transcripts shorten it after the first turn: "Ravi Menon"
    // then "RM" (a double-barrelled name's two: "Ruth Adeyemi-Kerr" then "RAK").
    // (With full stops too, spaced or not: "Ioana Munteanu" then "I.M.", "M. V.".)
    fn initials_of(short: &str, long: &str) -> bool {
        let parts = || {
            long.split(|c: char| is_space(c) || c == '-')
                .filter(|w| !w.is_empty())
        };
        let letters = || short.chars().filter(|&c| c != '.' && c != ' ');
        (2..=4).contains(&letters().count())
            && short
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'.' || b == b' ')
            && (!short.contains(' ') || short.contains('.'))
            && parts().count() == letters().count()
            && parts().zip(letters()).all(|(w, c)| w.starts_with(c))
    }
    // A word cut short with a full stop: "Reporter" then "Rep.".
    fn abbreviates(short: &str, long: &str) -> bool {
        // (Three letters at least: "Dr." is a title, not "Drake" cut short.)
        short.strip_suffix('.').is_some_and(|s| {
            s.len() >= 3
                && long.len() > s.len() + 1
                && long.starts_with(s)
                && !long.contains(' ')
                && !s.contains('.')
        })
    }
    // (A broadcast transcript names someone with their post the first time: "MARK DAWES,
    // ANCHOR" then "DAWES".)
    let (a, b) = (before_post(a), before_post(b));
    a == b
        || ends_in(a, b)
        || ends_in(b, a)
        || initials_of(a, b)
        || initials_of(b, a)
        || abbreviates(a, b)
        || abbreviates(b, a)
}

/// A marker with nothing after it: "A.", "Q:", "Answer:" on a line or in a table cell of its
/// own (`questions`: question markers count too).
pub fn is_bare_marker(s: &str, questions: bool) -> bool {
    let t = trim(s);
    // (Counted in characters: "જવાબ :" is 14 bytes.)
    if t.is_empty() || t.len() > 48 || t.chars().count() > 12 {
        return false;
    }
    let probe = [t, " x"].concat();
    (questions && strip_question_marker(&probe) == Some("x"))
        || strip_answer_marker(&probe, false) == Some("x")
}

/// A marker in two languages, a slash between: "Q/Tanong: Sino ang …?", "A/Sagot: …",
/// "C/Q: …" — each side as a probe (its word, a colon and "x") for the marker readers, and the
/// words after the colon.
fn paired_marker(t: &str) -> Option<([String; 2], &str)> {
    let lead = head(t, 32);
    let slash = lead.find('/')?;
    let colon = lead.find([':', '：']).filter(|&c| c > slash)?;
    let (a, b) = (trim(&t[..slash]), trim(&t[slash + 1..colon]));
    let word = |w: &str| !w.is_empty() && !w.contains(' ') && w.chars().all(is_word_char);
    let rest = trim(t[colon..].trim_start_matches([':', '：']));
    (word(a) && word(b) && !rest.is_empty())
        .then(|| ([[a, ": x"].concat(), [b, ": x"].concat()], rest))
}

/// Both sides of a paired marker are markers of one kind ("C/Q:"), or one is and the other is
/// its word in another language, three letters at least ("Q/Tanong:") — not "P/E: Are stocks
/// too expensive?", "Q/A:", "R/D:".
fn paired_ok(probes: &[String; 2], marker: impl Fn(&str) -> bool) -> bool {
    let word = |p: &String| p.len() >= 3 + ": x".len();
    let (a, b) = (marker(&probes[0]), marker(&probes[1]));
    (a && (b || word(&probes[1]))) || (b && word(&probes[0]))
}

/// `A:`, `A.`, `Answer:`, `Antwort:`, `Respuesta:`, `Réponse :`, `R:` at the start of a block.
/// `strict` (used outside Q/A-marker articles) accepts only the unambiguous word markers and `A:`.
pub fn strip_answer_marker(s: &str, strict: bool) -> Option<&str> {
    let t = trim(s);
    if let Some(rest) = lower_field(t, 'a') {
        return Some(rest);
    }
    if let Some((probe, rest)) = emphasised_marker(t) {
        return (strip_answer_marker(&probe, strict) == Some("x")).then_some(rest);
    }
    if let Some((probes, rest)) = paired_marker(t) {
        if paired_ok(&probes, |p| strip_answer_marker(p, strict) == Some("x")) {
            return Some(rest);
        }
    }
    if let Some(rest) = equals_answer(t) {
        return Some(rest);
    }
    if let Some(rest) = bracket_label(t, &["回答", "答", "A", "Ａ", "答え", "답변", "答复"])
    {
        return Some(rest);
    }
    if let Some(rest) = noted_marker(t, 'A') {
        return Some(rest);
    }
    // (An arrow before the answer, as a list of questions copied as text sets it: "→ From July
    // 1, the speed limit…".)
    if let Some(r) = t.strip_prefix(['→', '➜', '➡', '⇒']) {
        let rest = trim(r.strip_prefix('\u{FE0F}').unwrap_or(r));
        if r.starts_with(is_space) && rest.starts_with(is_upper) {
            return Some(rest);
        }
    }
    // (A syndicated etiquette column's reply: "GENTLE READER: Miss Civility is afraid …".)
    if let Some(r) = strip_prefix_ci(t, "gentle reader:") {
        return Some(trim(r)).filter(|r| !r.is_empty());
    }
    if let Some(rest) = the_label(t, "answer") {
        return Some(rest);
    }
    // (Vietnamese's in two words: "Trả lời: …".)
    let tra_loi = || t.starts_with(['T', 't']) && strip_prefix_ci(t, "trả lời").is_some();
    if !marker_shaped(t) && !tra_loi() {
        return answering_expert(t).or_else(|| named_answer(t));
    }
    for word in A_WORDS.iter() {
        if let Some(r) = strip_prefix_ci(t, word) {
            if let Some(rest) = after_marker_punct(r, false, true) {
                return Some(rest);
            }
        }
    }
    if let Some(r) = t.strip_prefix('A') {
        // (Or a space alone before words in Chinese, Japanese or Korean, as a Japanese paper
        // sets its replies under "Q1 …？": "A 値上げに応じるかどうかは…". No English "A" runs
        // into those scripts.)
        // (After an ideographic space, a number too: "A　2001年に始まった…" — not "A 2001
        // study found…".)
        // (Japanese only, kana among its first words: not Chinese "A 股" (A-shares) nor
        // Korean "A 씨" (Mr A).)
        let kana = |t: &str| {
            t.chars()
                .take(8)
                .any(|c| ('\u{3040}'..='\u{30FF}').contains(&c))
        };
        if let Some(rest) = r.strip_prefix([' ', '\u{3000}']) {
            if rest.starts_with(is_cjk) && kana(rest)
                || r.starts_with('\u{3000}') && rest.starts_with(wide_digit)
            {
                return Some(trim(rest));
            }
        }
        if let Some(rest) = after_marker_punct(r, !strict, !strict) {
            if !strict || trim_start(r).starts_with(':') {
                return Some(rest);
            }
        }
        // (Under a marked question only: "A.Yes, from July." See `unspaced_after_dot`.)
        if let Some(rest) = unspaced_after_dot(r).filter(|_| !strict) {
            return Some(rest);
        }
    }
    if !strict {
        if let Some(r) = t.strip_prefix('R') {
            if let Some(rest) = after_marker_punct(r, false, true).or_else(|| unspaced_after_dot(r))
            {
                return Some(rest);
            }
        }
        // (Malay's and Indonesian's, numbered: "J1. Calon yang layak …" (jawapan, jawab).)
        if let Some(r) = t
            .strip_prefix('J')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            if let Some(rest) = after_marker_punct(r, true, true) {
                return Some(rest);
            }
        }
    }
    cjk_marker(t, &['Ａ', '答', 'ج'])
}

/// An answer's word and who gives it, as a column labels its expert's reply: "La réponse de
/// Me Lemoine : Pas forcément…", "Réponse de Marc :", "The answer from Dr Patel: …", "Antwort
/// von Jonas:". Returns the reply.
fn named_answer(t: &str) -> Option<&str> {
    // (The cheap look first: a colon near the start.)
    let colon = colon_near(t, 160)?;
    let t = ["la ", "le ", "l'", "l’", "the ", "die ", "de "]
        .iter()
        .find_map(|a| strip_prefix_ci(t, a))
        .unwrap_or(t);
    let r = A_WORDS.iter().find_map(|w| strip_prefix_ci(t, w))?;
    if colon <= 60 {
        if let Some(after) = after_asker(r) {
            let rest = trim(trim_start(after).trim_start_matches([':', '：']));
            return (!rest.is_empty()).then_some(rest);
        }
    }
    // (Or the expert with a title and their field after a comma, as a legal column labels the
    // reply: "Antwort von Rechtsanwältin Dr. Sabine Kröger, Fachanwältin für Mietrecht:".)
    let r = ASKER_PREPOSITIONS
        .iter()
        .find_map(|p| r.strip_prefix(' ')?.strip_prefix(p))?;
    let (label, rest) = r.split_once(':')?;
    let (name, role) = label.split_once(", ")?;
    let rest = trim(rest);
    (!rest.is_empty()
        && words_le(name, 5)
        && words_le(role, 8)
        && words(name).all(|w| w.starts_with(is_upper)))
    .then_some(rest)
}

/// A Korean wire interview's answer, under its dash-led question: "=솔직히 아직 실감이 잘 안
/// 난다." (the sign against a letter of a script other than Latin: "=SUM(A1:A3)" is a formula).
pub fn equals_answer(t: &str) -> Option<&str> {
    let rest = trim_start(t.strip_prefix('=')?);
    rest.starts_with(|c: char| is_word_char(c) && !c.is_ascii())
        .then_some(rest)
}

/// The expert's reply in a live Q&A, under the reader's "Gerard in Mayo asks:", introduced by
/// their name: "Niamh says:", "Dr Patel replies:", "Sophie Martin répond :". Returns what
/// follows.
fn answering_expert(t: &str) -> Option<&str> {
    // (A Baltic or Slavic column sets the verb first, the expert's role and name after it:
    // "Atsako VLK Klientų aptarnavimo skyriaus vedėja Greta Mikalauskienė:", "Odpowiada …:",
    // "Отвечает …:".)
    let (first, who) = t.split_once(' ')?;
    if Words("Atsako|Atbild|Odpowiada|Odpovídá|Odpovedá|Odgovara|Отвечает|Відповідає|Отговаря")
        .contains(first)
        && who.starts_with(is_upper)
    {
        let colon = colon_near(t, 160)?;
        let rest = trim(t.get(colon + 1..)?);
        return (!rest.is_empty() && words_le(t.get(..colon)?, 12)).then_some(rest);
    }
    // (The cheap look first: a colon near the start.)
    let colon = colon_near(t, 60)?;
    let label = trim(t.get(..colon)?);
    let (name, verb) = label.rsplit_once(' ')?;
    let says = Words(concat!(
        "says|replies|answers|responds|writes|antwortet|répond|responde|risponde|antwoordt|",
        "svarar|svarer|vastaa|odpowiada|replied|answered|responded",
    ));
    let rest = trim(t.get(colon + 1..)?);
    // (Or German's verb before who answers: "Das sagt die Expertin:", "Dazu rät der Anwalt:",
    // "Es antwortet Dr. Lena Vogt:".)
    // (Who: a name, or "der", "die", "unser…" before one, past a pronoun for the reader ("Das
    // sagt uns die Expertin:") — not "Das sagt alles:", nor "Das sagt Ihnen keiner:".)
    let who = words(label)
        .skip(2)
        .find(|w| !Words("uns|euch|dir|mir|ihnen|Ihnen|dazu").contains(w))
        .is_some_and(|w| {
            (w.starts_with(is_upper) || Words("der|die|unser|unsere|unserer|eine|ein").contains(w))
                && !Words("Keiner|Niemand|Jeder|Alles").contains(w)
        });
    if Words("das sagt |dazu sagt |das rät |dazu rät |es antwortet |hier antwortet |es rät ")
        .opens(&fold(head(label, 16)))
        && who
        && words_le(label, 7)
        && !rest.is_empty()
    {
        return Some(rest);
    }
    // (Or a council's "Supplementary response:", an expert's "Szakértőnk válasza:".)
    let whose = fold(name);
    if (FOLLOW_UPS.contains(&whose) || EXPERTS.contains(&whose))
        && A_WORDS.contains(&fold(verb))
        && !rest.is_empty()
    {
        return Some(rest);
    }
    (!rest.is_empty()
        && says.contains(&fold(verb))
        && words_le(name, 4)
        && words(name).next().is_some()
        && words(name).all(|w| w.starts_with(is_upper)))
    .then_some(rest)
}

/// A marker in Markdown's or a chat app's emphasis, copied as text: "*Q:* When …?", "**A:**
/// Friday …", "_Q._ …". Returns the marker with a word after it (for the marker's own test:
/// "Q: x") and what follows the emphasis; `None` when the text opens with no emphasis.
fn emphasised_marker(t: &str) -> Option<(String, &str)> {
    let d = match t.as_bytes() {
        [b'*', b'*', ..] | [b'_', b'_', ..] => &t[..2],
        [b'*' | b'_', ..] => &t[..1],
        _ => return None,
    };
    let inner = &t[d.len()..];
    let j = head(inner, 24).find(d)?;
    let (marker, rest) = (&inner[..j], &inner[j + d.len()..]);
    (!marker.starts_with(['*', '_', ' ']) && rest.starts_with(is_space) && !trim(rest).is_empty())
        .then(|| ([marker, " x"].concat(), trim(rest)))
}

/// A sub-question's letter under a numbered item: "a) Muss ich …?", "(b) Können …?". Returns
/// the rest.
pub fn strip_sub_letter(s: &str) -> Option<&str> {
    sub_letter(s).map(|(_, r)| r)
}

/// A sub-item's letter and what follows it: "a) Muss ich …?", "(b) Can we use savings…?".
pub fn sub_letter(s: &str) -> Option<(u8, &str)> {
    let t = trim(s);
    let t = t.strip_prefix('(').unwrap_or(t);
    let b = t.as_bytes();
    (b.len() > 3 && matches!(b[0], b'a'..=b'h') && b[1] == b')' && b[2] == b' ')
        .then(|| (b[0], trim(&t[3..])))
}

/// A line that only says an answer follows, and whose: "Antwort der Bundesregierung
/// (Parlamentarischer Staatssekretär …):", "Answer from the minister:" — an answer word first,
/// a colon last, a dozen words at most; or who answers, "Dev Sandhu answers:", as a live Q&A
/// sets it over each answer.
pub fn is_answer_label(s: &str) -> bool {
    let t = trim(s);
    // (Not a marked answer's lead-in to a list, "Answer: It depends on the system's size:",
    // its marker's colon straight after the word and its words after that.)
    let label = |r: &str| {
        trim_start(r)
            .strip_prefix([':', '：'])
            .is_none_or(|rest| trim(rest).is_empty())
    };
    t.ends_with([':', '：'])
        && words_le(t, 12)
        && (A_WORDS.iter().any(|w| {
            strip_prefix_ci(t, w).is_some_and(|r| r.starts_with([' ', ':', '：']) && label(r))
        }) || answering_expert(&[t, " x"].concat()) == Some("x"))
}

/// A leading number: `1.`, `1)`, `1 `, `(1)`, `#1`, `1/`, `1:`, `1 -` followed by a letter or a quote.
/// Returns the number and the rest.
pub fn strip_number(s: &str) -> Option<(u32, &str)> {
    let t = trim(s);
    // (Or after "No.", as a countdown numbers them: "No. 1: Can she form a government?". Not
    // "No 10", Downing Street.)
    let t = t
        .strip_prefix("No. ")
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(t);
    let (t, paren) = match t.strip_prefix('(') {
        Some(r) => (r, true),
        None => (t.strip_prefix('#').unwrap_or(t), false),
    };
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 && !paren {
        return native_number(t)
            .or_else(|| cjk_number(t))
            .or_else(|| roman_number(t))
            .or_else(|| circled_number(t));
    }
    if digits == 0 || digits > 2 {
        return None;
    }
    let n: u32 = t.get(..digits)?.parse().ok()?;
    let r = t.get(digits..)?;
    // (A keycap emoji, as a social post numbers them: "1️⃣ What's changing?".)
    if let Some(rest) = r
        .strip_prefix("\u{FE0F}\u{20E3}")
        .or_else(|| r.strip_prefix('\u{20E3}'))
    {
        let rest = trim(rest);
        return (!rest.is_empty() && !paren).then_some((n, rest));
    }
    // (A thread's post count: "2/7 Why did the river keep rising?"; not "24/7".)
    // (A bare slash, "2/ Q: …", is a number's mark: `numbered_rest`.)
    if let Some(rest) = r
        .strip_prefix('/')
        .filter(|x| x.starts_with(|c: char| c.is_ascii_digit()))
    {
        let d = rest.bytes().take_while(u8::is_ascii_digit).count();
        let of: u32 = rest.get(..d)?.parse().ok()?;
        let rest = rest.get(d..)?;
        return (rest.starts_with(' ') && n <= of && trim(rest).starts_with(is_upper) && !paren)
            .then(|| (n, trim(rest)));
    }
    numbered_rest(n, r, paren)
}

/// A number in another script's decimal digits, as Persian, Arabic, Hindi or Bengali pages
/// number their questions ("۱- ساعت تابستانی چه بود؟", "٢. ما الذي حدث؟", "३. …"): read as
/// [`strip_number`] reads ASCII digits (the marks after it alike).
fn native_number(t: &str) -> Option<(u32, &str)> {
    // (These digits are two or three bytes, the first 0xD9..0xE1.)
    if !t
        .as_bytes()
        .first()
        .is_some_and(|b| (0xD9..=0xE1).contains(b))
    {
        return None;
    }
    // (Ethiopic numerals, not positional: a ten's sign, then a unit's, "፩." 1, "፲፪." 12.)
    let (mut e, mut elen) = (0u32, 0);
    for c in t.chars().take(2) {
        match c as u32 {
            u @ 0x1372..=0x137A if e == 0 => e = (u - 0x1371) * 10,
            u @ 0x1369..=0x1371 if e % 10 == 0 => e += u - 0x1368,
            _ => break,
        }
        elen += c.len_utf8();
    }
    if e > 0 {
        // (Its mark a full stop, Ethiopic's too, "፩።", a bracket or a dash.)
        let rest = t.get(elen..)?;
        let r = trim(rest.trim_start_matches(['.', ')', '።', '-', ':', '፡']));
        return (rest.starts_with(['.', ')', '።', '-', ':', '፡']) && !r.is_empty())
            .then_some((e, r));
    }
    let (mut n, mut len, mut count, mut newer) = (0u32, 0, 0, false);
    for c in t.chars().take(3) {
        let zero = match c as u32 {
            0x0660..=0x0669 => 0x0660,
            0x06F0..=0x06F9 => 0x06F0,
            0x0966..=0x096F => 0x0966,
            0x09E6..=0x09EF => 0x09E6,
            0x0E50..=0x0E59 => 0x0E50,
            // (Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Lao, Burmese,
            // Khmer.)
            0x0A66..=0x0A6F => 0x0A66,
            0x0AE6..=0x0AEF => 0x0AE6,
            0x0B66..=0x0B6F => 0x0B66,
            0x0BE6..=0x0BEF => 0x0BE6,
            0x0C66..=0x0C6F => 0x0C66,
            0x0CE6..=0x0CEF => 0x0CE6,
            0x0D66..=0x0D6F => 0x0D66,
            0x0ED0..=0x0ED9 => 0x0ED0,
            0x1040..=0x1049 => 0x1040,
            0x17E0..=0x17E9 => 0x17E0,
            _ => break,
        };
        newer |= !matches!(zero, 0x0660 | 0x06F0 | 0x0966 | 0x09E6 | 0x0E50);
        n = n * 10 + (c as u32 - zero);
        len += c.len_utf8();
        count += 1;
    }
    if count == 0 || count > 2 {
        return None;
    }
    let rest = t.get(len..)?;
    // (In the scripts whose digits figures use as often — "૧૦ વર્ષમાં …?", "១៥ ភាគរយ …" — a
    // number of a question's has its mark after it.)
    if newer && !rest.starts_with(['.', ')', '۔', '।', '။', '-', '–', ':']) {
        return None;
    }
    numbered_rest(n, rest, false)
}

/// What follows a question's number: its mark (`.`, `)`, `-`…), a space, then words.
fn numbered_rest(n: u32, mut r: &str, paren: bool) -> Option<(u32, &str)> {
    // A section's number, as a policy booklet numbers its questions: "9.1 What is an excess?",
    // "2.3. Who pays?" — the last part counts. (Capitalised after it: "1.5 million people" is
    // a figure.)
    if !paren {
        if let Some(x) = r.strip_prefix('.') {
            let minor = x.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=2).contains(&minor) {
                let m: u32 = x.get(..minor)?.parse().ok()?;
                let after = x.get(minor..)?;
                let after = after.strip_prefix('.').unwrap_or(after);
                let rest = trim(after);
                return (after.starts_with(is_space)
                    && rest
                        .chars()
                        .next()
                        .is_some_and(|c| is_upper(c) || matches!(c, '¿' | '¡'))
                    || starts_with_quote(rest) && after.starts_with(is_space))
                .then_some((m, rest));
            }
        }
    }
    let (mut marked, mut pointed) = (true, false);
    if paren {
        r = r.strip_prefix(')')?;
    // (Or Urdu's full stop and Burmese's section mark: "۱۔ فکسڈ چارجز ہیں کیا؟", "၁။ …".)
    } else if let Some(x) = r.strip_prefix(['.', ')', '/', ':', '：', '、', '．', '۔', '။']) {
        // (A Spanish page's point and dash: "1.- ¿Desde cuándo se aplica la ley?".)
        r = x.strip_prefix(['-', '–']).unwrap_or(x);
        pointed = true;
    } else if let Some(x) = trim_start(r).strip_prefix(['-', '–', '—']) {
        r = x; // "1 - What is in it?", "2 — Who gains?"
    } else {
        marked = false;
    }
    // A space must separate the number from the words ("1.5 million" and "2020s" are not
    // numbering) — but for Chinese and Japanese, written without spaces: "1.延迟退休从什么时候开始？".
    let cjk = marked && r.chars().next().is_some_and(is_cjk);
    if !r.starts_with(is_space) && !cjk {
        return None;
    }
    let rest = trim(r);
    let first = rest.chars().next()?;
    // (Or, after a number's mark, a figure or a sum: "3. ₹12 lakh tak income tax-free kaise
    // hai?", "2. 40% of drivers: who are they?".)
    if (is_word_char(first) && !first.is_ascii_digit())
        || starts_with_quote(rest)
        || first == '¿'
        || first == '¡'
        || pointed && (first.is_ascii_digit() || matches!(first, '₹' | '$' | '€' | '£' | '¥'))
    {
        Some((n, rest))
    } else {
        None
    }
}

/// Chinese numbering, up to ninety-nine, before an enumeration comma: "一、誰可以申請？",
/// "十二、…" (no space after the mark).
fn cjk_number(t: &str) -> Option<(u32, &str)> {
    const DIGITS: &str = "一二三四五六七八九";
    // (CJK ideographs: three bytes from 0xE4.)
    if t.as_bytes().first().is_none_or(|&b| b < 0xE4) {
        return None;
    }
    let (mut n, mut tens) = (0u32, false);
    for (i, c) in t.char_indices().take(4) {
        if c == '十' && !tens {
            n = n.max(1) * 10;
            tens = true;
        } else if let Some(d) = DIGITS.chars().position(|x| x == c) {
            n = if tens {
                n + d as u32 + 1
            } else {
                n * 10 + d as u32 + 1
            };
        } else {
            let rest = trim(t[i..].strip_prefix('、')?);
            return (i > 0 && n < 100 && !rest.is_empty()).then_some((n, rest));
        }
    }
    None
}

/// A count of a consultation's or a survey's answers opening a paragraph: "371 respondents
/// answered this question.", "Of the 212 responses, 64% …", "82% of respondents agreed".
pub fn tallies_responses(s: &str) -> bool {
    let t = head(trim(s), 60);
    t.bytes().any(|b| b.is_ascii_digit())
        && Words("respondents|responses|répondants|befragten|encuestados|intervistati")
            .occur_at_words(&fold(t))
}

/// A job advert's stock section heading put as a question: "What will you do?", "Who are
/// you?", "What's in it for you?", "Why join us?", "Wer bist du?", "Was bieten wir?".
pub fn is_job_ad_heading(s: &str) -> bool {
    let t = fold(trim(s).trim_start_matches('¿').trim_end_matches(['?', ' ']));
    Words(concat!(
        "what will you do|what you'll do|what you’ll do|who are you|who you are|",
        "what's in it for you|what’s in it for you|why join us|what we offer|what do we offer|",
        "what will you be doing|who are we looking for|who we're looking for|",
        "who we’re looking for|wer bist du|wer sind sie|was erwartet dich|was erwartet sie|",
        "was bieten wir|was wir bieten|was du mitbringst|was bieten wir dir|was bieten wir ihnen|",
        "was wirst du tun|wie läuft der bewerbungsprozess ab|",
        "qui êtes-vous|qui es-tu|",
        "quién eres|qué harás|qué ofrecemos|",
        // Dutch, Italian, Portuguese, the Nordic languages, Polish.
        "wat ga je doen|wie ben jij|wat bieden wij|wat bieden we|wat wij bieden|",
        "wat vragen wij|wat wij vragen|wat breng je mee|cosa farai|cosa offriamo|",
        "o que você vai fazer|o que vais fazer|o que oferecemos|",
        "vad kommer du att göra|vad erbjuder vi|hva skal du gjøre|",
        "hva tilbyr vi|hvad skal du lave|hvad tilbyder vi|co oferujemy|",
        "czym będziesz się zajmować",
    ))
    .contains(&t)
}

/// A job advert's field or button over its text: "Salary", "Closing date", "Apply now".
pub fn is_job_ad_field(s: &str) -> bool {
    Words(concat!(
        "salary|closing date|apply now|application deadline|contract|hours|job reference|",
        "gehalt|bewerbungsfrist|jetzt bewerben|salaire|date limite|postuler|salario|",
        "fecha límite|postúlate|salaris|solliciteren",
    ))
    .contains(&fold(trim(s.split_once(':').map_or(s, |(l, _)| l))))
}

/// A circled number, as a Chinese post numbers its questions glued to them: "①今年的缴费时间是
/// 什么时候？", "❷ …" (① to ⑳, ❶ to ❿).
fn circled_number(t: &str) -> Option<(u32, &str)> {
    let c = t.chars().next()?;
    let n = match c as u32 {
        k @ 0x2460..=0x2473 => k - 0x2460 + 1,
        k @ 0x2776..=0x277F => k - 0x2776 + 1,
        _ => return None,
    };
    let rest = trim(&t[c.len_utf8()..]);
    (!rest.is_empty()).then_some((n, rest))
}

/// A Roman numeral up to XXXIX with its point or bracket, as a French or Italian page numbers its
/// questions ("IV. Les locataires sont-ils concernés ?"), a capitalised word after it. Not a
/// name's initials, "I. M. Pei" (another initial after it); "V. Putin" is read as numbered, and
/// the callers' other tests (a question, numbered in sequence) turn it away.
fn roman_number(t: &str) -> Option<(u32, &str)> {
    let len = t
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    if len == 0 || len > 6 {
        return None;
    }
    let (mut n, mut prev) = (0u32, 0u32);
    for b in t.bytes().take(len).rev() {
        let v = match b {
            b'I' => 1,
            b'V' => 5,
            _ => 10,
        };
        if v < prev {
            n = n.checked_sub(v)?;
        } else {
            n += v;
            prev = v;
        }
    }
    let r = t.get(len..)?.strip_prefix(['.', ')'])?;
    let rest = trim(r);
    // (Canonical only: "IIII" or "VX" is no numeral; another initial after it is a name.)
    let canonical = to_roman(n).is_some_and(|c| c == t[..len]);
    let initial = rest.as_bytes().get(1) == Some(&b'.');
    (canonical && !initial && r.starts_with(is_space) && rest.starts_with(is_upper))
        .then_some((n, rest))
}

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n >= 40 {
        return None;
    }
    let mut s = String::new();
    for (v, r) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    Some(s)
}

/// Separator paragraphs: `___`, `***`, `* * *`, `---`, `•••`, `###`, `~~~`, `—`.
/// (A plain-text page's rule may run as wide as its lines, 80; a long run of `_` is a form's
/// blank to fill in.)
pub fn is_separator(s: &str) -> bool {
    if s.len() > 160 {
        return false;
    }
    let t = trim(s);
    let n = t.chars().count();
    !t.is_empty()
        && (n <= 40 || (n <= 80 && !t.contains('_')))
        && t.chars().all(|c| {
            is_space(c)
                || matches!(
                    c,
                    '_' | '*' | '-' | '–' | '—' | '•' | '·' | '#' | '~' | '=' | '+'
                )
        })
}

/// Wire services and picture agencies that appear as bare credit lines.
const AGENCIES: Words = Words(concat!(
    "ap|afp|epa|epa-efe|reuters|getty images|getty|pa|pa media|pa wire|dpa|",
    "shutterstock|alamy|anp|efe|xinhua|bloomberg|aap|keystone|ansa|kyodo|yonhap|",
    "imago|picture alliance|picture-alliance|ap photo|afp via getty images|",
    "the associated press|associated press|sipa|abaca|tass|ria novosti|eyevine|",
    "rex|rex features|science photo library|nasa|bbc|npr|supplied|anadolu|pti|ians|",
    "apa|ctk|čtk|pap|ntb|ritzau|belga|lusa|agência brasil|europa press|ap images|",
    "رويترز|أ ف ب|فرانس برس|أسوشيتد برس|الأناضول|رويترز/أرشيف",
));

fn is_agency(s: &str) -> bool {
    let t = trim(s).trim_end_matches('.');
    AGENCIES.contains_ascii_ci(t)
}

/// Labels that introduce a credit: "Photo: X", "Quelle: X", "Credit: X", "Image copyright X".
const CREDIT_LABELS: Words = Words(concat!(
    "image copyright|image source,|image source:|photo credit|photograph:|",
    "photos:|photo:|picture:|credit:|credits:|image:|quelle:|foto:|fotos:|bild:|",
    "fuente:|crédito:|crédit :|crédit:|source:|via:|illustration:|video:|",
    "graphic:|map:|chart:|grafik:|karte:|mapa:|gráfico:|carte :|carte:|photo :|",
    "photographie :|illustration :|foto :|fotografia:|fotografía:|fotoğraf:|fot.|fot:|",
    "beeld:|kuva:|zdjęcie:|snímek:|фото:|Фото:|фото :|Фото :|φωτογραφία:|Φωτογραφία:|",
    "צילום:|صورة:|图／|圖／|图/|圖/|写真：|写真:|사진=|사진:|photo illustration:|",
    "photo by |photograph by |photos by |pictured by |bild: |kredit:|फ़ोटो:|फोटो:|",
    "photo by:|photos by:|image by:|video by:|",
    // A stock or file photo's: "Photo d'illustration : …", "Symbolbild: …".
    "photo d'illustration :|photo d’illustration :|photo d'illustration:|photo d’illustration:|",
    "image d'illustration :|image d’illustration :|symbolbild:|symbolfoto:|archivbild:|",
    "archivfoto:|foto de archivo:|foto d'archivio:|file photo:|stock photo:|",
    // The "Image source, …" line of pages in other languages of the same layout (Persian,
    // Arabic, Urdu, Russian and Ukrainian, Spanish, Portuguese, Turkish, Hindi, Chinese,
    // Indonesian, Swahili).
    "منبع تصویر،|صدر الصورة،|تصویر کا ذریعہ،|автор фото,|fuente de la imagen,|crédito,|",
    "fotoğraf kaynağı,|इमेज स्रोत,|图像来源，|sumber gambar,|chanzo cha picha,|",
    // (Welsh, Scottish Gaelic.)
    "ffynhonnell y llun,|tùs an deilbh,",
));

pub fn strip_credit_label(s: &str) -> Option<&str> {
    let t = trim(s);
    // (The cheap look first, in the list's index: most lines open with no label. Every label
    // with capitals has its folded twin in the list.)
    if !CREDIT_LABELS.opens(&fold(head(t, 48))) {
        return None;
    }
    for label in CREDIT_LABELS.iter() {
        if let Some(r) = strip_prefix_ci(t, label) {
            let r = trim(r);
            if !r.is_empty() {
                return Some(r);
            }
        }
    }
    None
}

/// A whole block that is only a credit: "EPA", "Reuters", "Chuck Burton/AP", "Credit: Minky",
/// "Quelle: t-online", "Image copyright Getty Images". Returns the credit.
pub fn bare_credit(s: &str) -> Option<&str> {
    let t = trim(s);
    // A credit is a short line: never scan a paragraph.
    // (Nor a card's or a slide's counter, "3 / 7".)
    if t.is_empty() || t.len() > 160 || ends_with_question(t) || is_counter(t) {
        return None;
    }
    // (A labelled one may be longer, with no sentence's end: "Photo d'illustration : Franck
    // Dubray / L'Écho de l'Estuaire".)
    if !words_le(t, 8) {
        let photo = Words("photo|foto|image|bild|symbol|archiv|file photo|stock photo|picture")
            .opens(&fold(head(t, 12)));
        if !photo || !words_le(t, 12) || terminal_punct(t).is_some() {
            return None;
        }
        // (Names, not a gallery's headline: "Photos: Floods leave thousands homeless in …".)
        let named = |r: &str| {
            words(r)
                .filter(|w| w.starts_with(is_lower))
                .nth(2)
                .is_none()
        };
        return strip_credit_label(t).filter(|&r| named(r));
    }
    if let Some(c) = strip_credit_label(t) {
        return Some(c);
    }
    // (Or in brackets, as Reach's sites set it under a photo: "(Image: Rob Browne / Media
    // Wales)".)
    if let Some(c) = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .and_then(strip_credit_label)
    {
        return Some(c);
    }
    // (Or the word and a name, no colon, as Italian papers set it: "Foto Nicoletti", "Foto
    // Ansa", "Ph. Rossi".)
    if let Some(r) = ["foto ", "ph. "].iter().find_map(|p| strip_prefix_ci(t, p)) {
        if words_le(r, 3) && words(r).all(|w| w.starts_with(is_upper)) {
            return Some(r);
        }
    }
    if is_handout_credit(t) || outlet_photo_by(t) {
        return Some(t);
    }
    if is_agency(t) {
        return Some(t);
    }
    if words_le(t, 5) && terminal_punct(t).is_none() {
        // (A year's range or a date is no credit's slash: "Garden Waste Collection Service
        // 2025/26".)
        if let Some((_, last)) = t
            .rsplit_once('/')
            .filter(|(_, l)| !l.starts_with(|c: char| c.is_ascii_digit()))
        {
            if is_agency(last) || looks_like_name_credit(t) {
                return Some(t);
            }
        }
    }
    None
}

/// A paper's photo credited with its own name before it: "Ledger file photo by Dan Pruitt",
/// "Herald staff photo by Ana Ruiz" — capitalised words, "photo by", a name of two to four
/// capitalised words, no sentence's end.
fn outlet_photo_by(t: &str) -> bool {
    let Some(k) = find_sub(head(t, 80), " photo by ") else {
        return false;
    };
    let (before, name) = (&t[..k], trim(&t[k + 10..]));
    let caps = |w: &str| w.starts_with(is_upper);
    words_le(t, 10)
        && terminal_punct(t).is_none()
        && words(before).all(|w| caps(w) || w == "file" || w == "staff")
        && words(before).next().is_some_and(caps)
        // (A paper's file or staff photo: not a crosshead, "Last Year's Winning photo by …".)
        && (before.ends_with(" file") || before.ends_with(" staff"))
        && (2..=4).contains(&words(name).count())
        && words(name).all(caps)
}

/// A screenshot's or a handout's credit, under the caption it credits, kept whole: "Screenshot
/// via Facebook", "Photo courtesy of the family".
pub fn is_handout_credit(s: &str) -> bool {
    let t = trim(s);
    [
        "screenshot via ",
        "screenshot from ",
        "image via ",
        "photo via ",
        "photo courtesy ",
        "image courtesy ",
    ]
    .iter()
    .any(|l| strip_prefix_ci(t, l).is_some_and(|r| !trim(r).is_empty()))
        && words_le(t, 10)
}

/// A photographer's credit naming the outlet, on its own line: "Óscar Villalobos / El Correo
/// del Valle", "Lauren Ochs, Tri-County Courier". A capitalised name of two to four words, then a
/// slash, or a comma and a newspaper's name ("… Courier", "… Times").
pub fn outlet_credit(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 80 || terminal_punct(t).is_some() {
        return false;
    }
    let (name, outlet, comma) = match t.split_once('/') {
        Some((a, b)) => (a, b, false),
        None => match t.split_once(", ") {
            Some((a, b)) => (a, b, true),
            None => return false,
        },
    };
    const PARTICLES: Words =
        Words("de|del|la|las|los|da|do|dos|di|du|des|van|von|der|den|of|the|y");
    let capitalised = |part: &str, min: usize, max: usize| {
        let mut n = 0;
        words(part).all(|w| {
            n += 1;
            w.starts_with(is_upper) || (n > 1 && PARTICLES.contains(w))
        }) && (min..=max).contains(&n)
    };
    const PAPERS: Words = Words(concat!(
        "courier|times|news|post|herald|tribune|journal|gazette|press|star|globe|chronicle|",
        "review|daily|telegraph|guardian|observer|independent|record|register|dispatch|",
        "bulletin|examiner|sentinel|enquirer|inquirer|ledger|monitor|citizen|standard|mail|",
        "express|reporter|leader|advocate|democrat|eagle|beacon|pilot|weekly"
    ));
    capitalised(name, 2, 4)
        && capitalised(outlet, 1, 5)
        && (!comma
            || words(outlet)
                .last()
                .is_some_and(|w| PAPERS.contains(fold(w).as_str())))
}

/// "Chuck Burton/AP", "Win McNamee/Getty Images": capitalised words around a slash.
/// (Not a section's path, one word in capitals on each side: "ΟΙΚΟΝΟΜΙΑ / ΕΡΓΑΣΙΑ", "NEWS /
/// WORLD". A name has two words: "ANSA/LUCA ZENNARO".)
fn looks_like_name_credit(t: &str) -> bool {
    let section = || {
        t.split('/').all(|part| {
            let w = trim(part);
            words_le(w, 1) && !w.contains(is_lower) && !w.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    t.contains('/')
        && !t.contains("://")
        && !section()
        && t.split(|c: char| c == '/' || is_space(c))
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| is_upper(c) || c.is_ascii_digit())
            })
}

/// Splits a trailing credit off a caption: "… officials. (AP)", "… Las Vegas. Photo: John Locher, AP",
/// "… (Archivbild) (Quelle: IMAGO/…)", "… 2015. Chuck Burton/AP". Returns (caption, credit).
pub fn split_credit(s: &str) -> (&str, Option<&str>) {
    let t = trim(s);
    // Captions are short; never scan a long paragraph for credit labels.
    if t.len() > 1200 {
        return (t, None);
    }
    // A trailing parenthesis that holds a credit.
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = t.get(open + 1..t.len() - 1).unwrap_or("");
            let credit = strip_credit_label(inner).or_else(|| {
                let w = word_count(inner);
                // "(ABC News: Dan Irvine)": an agency or outlet, a colon, a name.
                let outlet = inner.split_once(':').is_some_and(|(o, name)| {
                    (is_agency(o) || o.ends_with(" News"))
                        && words_le(name, 4)
                        && name.trim_start().starts_with(is_upper)
                });
                // "(Foto Ansa)": a label word without its colon, then an agency or a name.
                let bare = ["foto ", "photo ", "bild "]
                    .iter()
                    .find_map(|l| strip_prefix_ci(inner, l))
                    .filter(|r| is_agency(r) || looks_like_name_credit(r));
                // After the caption's last sentence, whoever supplied the picture: "(Submitted
                // by Carla Beaulieu)", "(Courtesy of the family)", "(Clement County Emergency
                // Management)" — capitalised words, "of", "and", "the" aside.
                let head = trim(t.get(..open).unwrap_or(""));
                let supplied = terminal_punct(head).is_some()
                    && (["submitted by ", "courtesy of ", "courtesy "]
                        .iter()
                        .any(|l| strip_prefix_ci(inner, l).is_some())
                        || (w >= 2
                            && words(inner).all(|x| {
                                x.starts_with(is_upper) || matches!(x, "of" | "and" | "the" | "&")
                            })));
                bare.or_else(|| {
                    (w > 0
                        && w <= 6
                        && (is_agency(inner)
                            || looks_like_name_credit(inner)
                            || outlet
                            || supplied))
                        .then_some(inner)
                })
            });
            if let Some(c) = credit {
                let caption = trim(t.get(..open).unwrap_or(""));
                return (caption, Some(trim(c)));
            }
        }
    }
    // Japanese papers credit after a full-width equals sign ("…（東京都内で）＝読売新聞社"),
    // Chinese ones end with the photographer and 摄 ("…业务。新华社记者 李鑫 摄").
    if let Some((head, tail)) = t.rsplit_once('＝') {
        let tail = trim(tail);
        // (Not a rate: "1ドル＝150円".)
        let credit_like = head.ends_with(['）', ')']) || tail.ends_with(['社', '影', '供']);
        if credit_like && !tail.is_empty() && tail.chars().count() <= 30 && !tail.contains('。') {
            return (trim(head), Some(tail));
        }
    }
    if let Some(body) = t.strip_suffix('摄') {
        let start = body
            .rfind(['。', '；', '，'])
            .map_or(0, |i| i + '。'.len_utf8());
        let credit = trim(&body[start..]);
        if !credit.is_empty() && credit.chars().count() <= 30 {
            return (trim(&t[..start]), Some(credit));
        }
    }
    // "… . Photo: X" after the last sentence.
    // The label follows the caption's last sentence, or a separator ("… | Bild: dpa",
    // "… — Foto: X").
    let lower_ok = |i: usize| {
        t.get(..i).is_some_and(|head| {
            let h = trim(head);
            is_sentence(head)
                || h.is_empty()
                || h.ends_with(['|', '—', '–', '-', '/', ')'])
                || h.chars().next_back().is_some_and(ends_quote)
                || t[i..].strip_prefix('©').is_some_and(|after| {
                    // A photographer ("© Uli Deck/dpa"), not a rights line ("© 2025 …",
                    // "Riproduzione riservata © Copyright ANSA").
                    let after = trim(after);
                    !after.starts_with(|c: char| c.is_ascii_digit())
                        && !fold(after).starts_with("copyright")
                        && !rights_reserved(&fold(head))
                })
        })
    };
    // Where a label can start: after a sentence's end or a separator (one pass over the text,
    // then the labels tried there only), the last such place first.
    let mut starts = Vec::new();
    let mut prev = ' ';
    let mut gap = false;
    for (i, c) in t.char_indices() {
        if is_space(c) {
            gap = true;
            continue;
        }
        if i > 0
            && (gap && (matches!(prev, '.' | '!' | '?' | '-' | '/' | ')') || ends_quote(prev))
                || matches!(prev, '|' | '—' | '–')
                || (gap && c == '©'))
        {
            starts.push(i);
        }
        prev = c;
        gap = false;
    }
    for &pos in starts.iter().rev() {
        let rest = &t[pos..];
        let Some(label) = CREDIT_LABELS
            .iter()
            .chain(["©"])
            .find(|l| strip_prefix_ci(rest, l).is_some())
        else {
            continue;
        };
        if lower_ok(pos) {
            let credit = trim(&rest[label.len()..]);
            if !credit.is_empty() && words_le(credit, 10) && terminal_punct(credit) != Some('.') {
                let caption = trim(&t[..pos]);
                let caption = trim(caption.trim_end_matches(['|', '—', '–', '-', '/']));
                return (caption, Some(credit));
            }
        }
    }
    // "… 2015. Chuck Burton/AP": a short name/agency fragment after the last sentence end.
    if terminal_punct(t).is_none() {
        if let Some(pos) = t.rfind(['.', '!', '?']) {
            let tail = trim(t.get(pos + 1..).unwrap_or(""));
            // (El País and Le Monde print the photographer in capitals: "PACO PUENTES",
            // "BRUNO AMSELLEM POUR « LE MONDE »" — after a caption that is not in capitals
            // itself, as a print interview's prompt is: "… FOR 12 YEARS. WHAT BROUGHT YOU BACK".)
            if !tail.is_empty()
                && (bare_credit(tail).is_some()
                    || (is_all_caps(tail) && words_le(tail, 6) && !is_all_caps(&t[..pos])))
                && t.get(pos + 1..).is_some_and(|x| x.starts_with(is_space))
            {
                return (trim(t.get(..=pos).unwrap_or(t)), Some(tail));
            }
        }
    }
    (t, None)
}

/// A cross-link dropped between paragraphs: "Related: Storm Babet leaves three dead",
/// "READ MORE | …", "Lesen Sie auch: …", "Lire aussi : …" — a label, then a headline.
/// The heading of a page's comments, after which nothing is the article's: "2 Responses",
/// "14 Comments", "3 thoughts on “…”", "Comments (27)", "Leave a Reply".
pub fn is_comments_heading(s: &str) -> bool {
    let t = trim(s);
    // (The cheap look first: every such heading opens with a count or one of a few letters, or,
    // short, with a letter of another script.)
    if t.len() > 160
        || !t.as_bytes().first().is_some_and(|&b| {
            b.is_ascii_digit()
                || b"aAcCdDkKlLnNoOpPrRyY".contains(&b)
                || (b"sSvV".contains(&b)
                    && ["view all ", "see all ", "show all "]
                        .iter()
                        .any(|p| strip_prefix_ci(t, p).is_some()))
                || (b >= 0xC0 && t.len() <= 32)
        })
    {
        return false;
    }
    let lower = fold(t);
    if Words(concat!(
        "leave a reply|leave a comment|post a comment|add a comment|comments are closed|",
        // (Substack's, over its comments.)
        "discussion about this post|",
        "kommentar schreiben|deja un comentario|deja una respuesta|laisser un commentaire|",
        "lascia un commento|laat een reactie achter",
    ))
    .contains(&lower)
    {
        return true;
    }
    const NOUNS: Words = Words(concat!(
        // (Not "14 replies": a chat thread's count, its replies the thread's own.)
        "comment|comments|response|responses|thought on|thoughts on|",
        "kommentar|kommentare|comentario|comentarios|commentaire|commentaires|commento|",
        "commenti|reactie|reacties|respuesta|respuestas|comentário|comentários|resposta|",
        // "2 respostas para “Dengue: …”", "3 responses to “…”", "2 réponses à « … »".
        "respostas para|resposta para|responses to|response to|respuestas a|réponses à|",
        "réponse à|risposte a|comentários em|comentários sobre|comentaris|comentari|kommentaarid|",
        // Mongolian, Uzbek, Swahili.
        "сэтгэгдэл|izoh|izohlar|maoni|",
        // (The count first in the other languages [`is_comments_noun`] reads after it: "7
        // comentarii", "12 komentarzy", "5 комментариев".)
        "comentarii|comentariu|komentari|komentarji|komentarze|komentarzy|komentáře|komentářů|",
        "komentáre|komentárov|kommentit|kommentarer|kommentar|yorum|yorumlar|комментарии|",
        "комментариев|комментария|коментарі|коментарів|σχόλια|reacties|réactions|reacciones",
    ));
    // "14 Comments", "One response", "3 thoughts on “The title”"; a social post's "View all 126
    // comments", "See all 12 comments".
    let counted_line = ["view all ", "see all ", "show all ", "read all "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    if let Some((count, rest)) = counted_line.split_once(' ') {
        let counted = (!count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()))
            || matches!(count, "one" | "no");
        // (The nouns read only after a count: most lines open on none.)
        let noun = || {
            NOUNS.iter().any(|w| {
                rest.strip_prefix(w)
                    .is_some_and(|r| r.is_empty() || (w.contains(' ') && r.starts_with(' ')))
            })
        };
        if counted && noun() {
            return true;
        }
    }
    // "Comments (27)", "Comments 27", "댓글 7", "コメント（3）": the noun, then the count.
    let body = lower.strip_suffix([')', '）']).unwrap_or(&lower);
    let noun = body.trim_end_matches(|c: char| c.is_ascii_digit());
    noun.len() < body.len() && is_comments_noun(noun.trim_end_matches(['(', '（', ' ']))
}

/// The noun that heads a page's comments over or before their count, folded: "comments",
/// "yorumlar", "комментарии", "댓글" (see `is_comments_heading`).
pub fn is_comments_noun(lower: &str) -> bool {
    Words(concat!(
        "comments|responses|kommentare|comentarios|commentaires|commenti|comentaris|",
        "kommentaarid|reacties|comentários|kommentarer|yorumlar|комментарии|коментарі|댓글|",
        // (Croatian, Slovene, Polish, Czech, Slovak, Lithuanian, Latvian, Finnish, Romanian,
        // Bulgarian, Greek, Indonesian, Arabic, Hebrew: "Komentari 347".)
        "komentari|komentarji|komentarze|komentáře|komentáre|komentarai|komentāri|kommentit|",
        "comentarii|коментари|σχόλια|komentar|تعليقات|תגובות|",
        // (Armenian, Georgian, Kazakh, Belarusian.)
        "մեկնաբանություններ|კომენტარები|пікірлер|каментары|",
        // (Mongolian, Uzbek, Swahili; readers' reactions in French, Spanish, Portuguese,
        // Italian.)
        "сэтгэгдэл|izohlar|maoni|réactions|reacciones|reações|reazioni|",
        "コメント|评论|評論|留言",
    ))
    .contains(trim_end(lower))
}

/// An answer not yet written: "Answer coming soon.", "Coming soon", "To be confirmed", "TBC".
pub fn is_placeholder(s: &str) -> bool {
    let t = trim(s).trim_end_matches(['.', '!', '…', ' ']);
    // (A store's community questions: "No answers yet · Be the first to answer this question".)
    // (Or its count of none: "0 answers · Answer this question".)
    if t.len() <= 80
        && Words(concat!(
            "no answers yet|no answer yet|be the first to answer|0 answers · answer this|",
            // (In other languages: "Aún no hay respuesta", "Sé el primero en responder".)
            "aún no hay respuesta|todavía no hay respuesta|sé el primero en responder|",
            "ainda não há resposta|seja o primeiro a responder|sei der erste, der antwortet|",
            "aucune réponse pour le moment|soyez le premier à répondre|ancora nessuna risposta",
        ))
        .opens(&fold(t))
    {
        return true;
    }
    // (Or a line that says no more: "Sin respuesta", "Noch keine Antwort" — not an answer that
    // opens so, "Sin respuesta del ayuntamiento, los vecinos…".)
    if t.len() <= 40
        && Words(concat!(
            "sin respuesta|ainda sem resposta|noch keine antwort|noch keine antworten|",
            "pas encore de réponse|nessuna risposta|nog geen antwoord|nog geen antwoorden",
        ))
        .contains(&fold(t))
    {
        return true;
    }
    t.len() <= 40
        && Words(concat!(
            "answer coming soon|coming soon|answer to follow|details to follow|to follow|",
            "to be confirmed|tbc|tba|answer pending|more details soon|more information soon|",
            "more details coming soon|more information coming soon",
        ))
        .contains(&fold(t))
}

/// A horoscope's heading that opens with a star sign, its dates or a colon after it: "Leo (23
/// July - 22 August): …", "Aries: …", "Widder (21.3.-20.4.): …", "Bélier : …".
pub fn opens_with_star_sign(s: &str) -> bool {
    let t = trim(s);
    // (The cheap look first: a capital, then a bracket or a colon within the first 40 bytes.)
    if !t.starts_with(is_upper) || !head(t, 40).contains(['(', ':']) {
        return false;
    }
    let word = t
        .split(|c: char| !is_word_char(c))
        .next()
        .unwrap_or_default();
    Words(concat!(
        "aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces|",
        "widder|stier|zwillinge|krebs|löwe|jungfrau|waage|skorpion|schütze|steinbock|wassermann|",
        "fische|bélier|taureau|gémeaux|lion|vierge|balance|scorpion|sagittaire|capricorne|verseau|",
        "poissons|tauro|géminis|cáncer|escorpio|sagitario|capricornio|acuario|piscis|",
        // (Polish, Italian, Portuguese, Dutch.)
        "baran|byk|bliźnięta|rak|lew|panna|waga|strzelec|koziorożec|wodnik|ryby|",
        "ariete|toro|gemelli|cancro|leone|vergine|bilancia|scorpione|capricorno|acquario|pesci|",
        "áries|touro|gêmeos|gémeos|câncer|caranguejo|leão|virgem|libra|escorpião|sagitário|",
        "capricórnio|aquário|peixes|ram|tweelingen|kreeft|leeuw|maagd|weegschaal|schorpioen|",
        "boogschutter|steenbok|waterman|vissen|",
        // (Turkish.)
        "koç|boğa|ikizler|yengeç|aslan|başak|terazi|akrep|yay|oğlak|kova|balık",
    ))
    .contains(&fold(word))
        && t[word.len()..].trim_start().starts_with(['(', ':'])
}

/// A how-to's step label before the words: "Step 1. Is the soil dry?", "STEP 3: …", "Schritt
/// 2 – …", "Paso 4) …" — the step word, a number and a mark after it.
pub fn is_step_label(s: &str) -> bool {
    let Some((word, rest)) = trim(s).split_once(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(rest.as_bytes().get(digits), Some(b'.' | b':' | b')' | b' '))
        && Words(
            "step|stap|schritt|paso|étape|etapa|passo|krok|steg|trin|vaihe|lépés|adım|bước|langkah",
        )
        .contains(&fold(word))
}

/// A "What we know" explainer's section of its own, short: "What we don't know", "What we
/// know so far".
pub fn is_known_section(t: &str) -> bool {
    // (The cheap looks first: this runs on every line after the first question.)
    let t = trim(t);
    t.len() <= 60
        && t.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("what "))
        && words_le(t, 6)
        && is_explainer_title(t)
}

/// A question numbered in words before a colon: "One: what is changing?" → "what is
/// changing?", "Five, and the big one: will bills come down?" → "will bills come down?".
pub fn strip_number_word(s: &str) -> Option<&str> {
    let t = trim(s);
    let k = head(t, 40).find(": ")?;
    let lead = &t[..k];
    let first = lead.split([' ', ',']).next()?;
    let rest = trim(&t[k + 2..]);
    (words_le(lead, 5)
        && !rest.is_empty()
        && [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w)))
    .then_some(rest)
}

/// A contact page's headline, the whole of it: "Contact us", "Get in touch", "Kontakt".
pub fn is_contact_title(s: &str) -> bool {
    Words(concat!(
        "contact us|contact|get in touch|contact the newsroom|how to contact us|kontakt|",
        "kontaktieren sie uns|contacto|contáctenos|contacta con nosotros|contactez-nous|",
        "nous contacter|contatti|contattaci|contact opnemen|yhteystiedot|kontakta oss|",
        "kontakt oss|kontakt os|contacte-nos|fale conosco|kontakt z nami",
    ))
    .contains(&fold(trim(s).trim_end_matches(['.', '!'])))
}

/// A fact told as a question: "Did you know the bridge was almost never built?", "Wussten Sie,
/// dass …?", "¿Sabías que …?", "Saviez-vous que …?".
pub fn is_did_you_know(s: &str) -> bool {
    let t = trim(s).trim_start_matches('¿');
    [
        "Did you know",
        "Wussten Sie",
        "Sabías que",
        "Sabia que",
        "Saviez-vous",
        "Lo sapevi",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// An intro that calls the questions below ones put to the writer: "Here are the questions we
/// get asked most often", "… the questions you sent us"; or says it answers them, "We have
/// answered each one". (Not "You've asked us which questions
/// are worth taking to your GP": a checklist's.) (Then the article answers
/// them, whatever its headline says about asking.)
pub fn says_asked_of_us(s: &str) -> bool {
    // (The cheap look first: every phrase holds "ask" or "sent us", in any case.)
    let h = head(s, 600);
    let b = h.as_bytes();
    // (Each byte's first letter looked at before the words: most bytes are neither.)
    let at = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    if !(0..b.len()).any(|i| match b[i] | 0x20 {
        b'a' => at(i, b"ask") || at(i, b"answer"),
        b's' => at(i, b"sent us"),
        _ => false,
    }) {
        return false;
    }
    Words(concat!(
        "questions we get asked|questions we're asked|questions we are asked|",
        "we get asked most|we're often asked|we are often asked|we often get asked|",
        "questions you sent us|questions you've sent us|questions readers ask us|",
        // (Or says it answers them itself: "Before you spend, run through these questions. We
        // have answered each one.")
        "we have answered each|we've answered each|we answer each|we have answered them|",
        "we've answered them|we answer them|here are the answers|here are our answers|",
        "with our answers|and our answers|answered below"
    ))
    .occur_in(&fold(h).replace('’', "'"))
}

/// The writer says they leave the questions to the reader: "I'm not going to answer them for
/// you.", "I'm deliberately not sharing my own answers."
pub fn says_left_unanswered(s: &str) -> bool {
    // (The cheap look first: every phrase holds "answer" in lower case.)
    let h = head(s, 600);
    find_sub(h, "answer").is_some()
        && Words(concat!(
            "i'm not going to answer them|i am not going to answer them|i won't answer them|",
            "i will not answer them|not sharing my own answers|not sharing my answers|",
            "we won't answer them|we will not answer them|we're not going to answer them|",
            "i won't share my answers|i won't be sharing my answers|no answers from me"
        ))
        .occur_in(&fold(h).replace('’', "'"))
}

/// An email's reply header, as a thread copied whole quotes the message before: "On Tue, 4 Mar
/// 2025 at 09:12, Dana Holt <dana@…> wrote:", "Am 4. März 2025 um 09:12 schrieb …:", "-----Original
/// Message-----".
pub fn is_reply_header(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 240 {
        return false;
    }
    let t = t.trim_end_matches(' ');
    [
        ("On ", "wrote:"),
        ("Am ", "schrieb:"),
        ("Le ", "a écrit :"),
        ("Le ", "a écrit:"),
        ("El ", "escribió:"),
        ("Il ", "ha scritto:"),
        ("Em ", "escreveu:"),
        ("Op ", "geschreven:"),
    ]
    .iter()
    .any(|(a, b)| t.starts_with(a) && t.ends_with(b))
        || t.len() <= 40
            && t.starts_with('-')
            && fold(t).trim_matches('-').trim() == "original message"
}

/// A help page's item put as a request to the site, not a question: "Tell me how to reset my
/// PIN", "Show me how to set up a standing order", "Help me dispute a card payment", "Explain
/// the foreign transaction fee", "Send me a copy of my statement".
pub fn is_help_request(s: &str) -> bool {
    let t = trim(s);
    // (The first letter looked at first: most lines open on none of the requests'.)
    t.starts_with(['T', 'S', 'H', 'R', 'E', 't', 's', 'h', 'r', 'e'])
        && words_le(t, 16)
        && !ends_with_question(t)
        && Words(concat!(
            "tell me how |tell me what |tell me why |tell me when |tell me where |tell me if |",
            "show me how |show me where |show me what |help me |send me |remind me |explain ",
        ))
        .opens(&fold(head(t, 24)))
}

/// A contact box's short line of how to reach someone: a telephone number ("Member Services:
/// 1-800-555-0147 (TTY 711)", seven digits at least in one number, spaces, dots, dashes and
/// brackets between) or an email address.
pub fn is_contact_details(s: &str) -> bool {
    let t = trim(s);
    if !words_le(t, 25) {
        return false;
    }
    let (mut digits, mut most) = (0, 0);
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            most = most.max(digits);
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            digits = 0;
        }
    }
    most >= 7
        || t.split(' ')
            .any(|w| w.contains('@') && w.contains('.') && w.len() > 5)
}

/// A headline of questions for the reader to ask someone, promising no answers: "8 questions
/// to ask your doctor", "Questions you should ask before signing a lease", "Fragen, die Sie
/// Ihrem Arzt stellen sollten".
pub fn is_questions_to_ask(s: &str) -> bool {
    let t = fold(head(trim(s), 200));
    // (Not where no one else is named to ask, the article answering them itself: "Should I get
    // solar panels? 8 questions to ask", "… questions to ask yourself".)
    let bare = t.trim_end_matches(['.', '!', ':', ' ']);
    if [
        "questions to ask",
        "questions to ask yourself",
        "questions you should ask yourself",
    ]
    .iter()
    .any(|e| bare.ends_with(e))
        // (The other languages' "yourself": "4 pytania, które warto zadać sobie przed zakupem".)
        || Words("sobie|себе|sebi|sebe|sev|itseltäsi|endale|să-ți").occur_at_words(&t)
    {
        return false;
    }
    (Words(concat!(
        "questions to ask|questions you should ask|questions you need to ask|",
        "questions worth asking|questions to put to|fragen, die sie|fragen sie ihren|",
        // ("Diese zehn Fragen sollten Sie Ihrem Arzt stellen", "Fragen an Ihren Vermieter".)
        "fragen sollten sie|fragen an ihren|fragen an ihre|preguntas que debe hacer|",
        "preguntas que debes hacer|preguntas que hacer|questions à poser|domande da fare|",
        "preguntas que deberías hacer|preguntas que debería hacer|preguntas que hay que hacer|",
        "questions you should be asking|questions que vous devriez poser|domande che dovresti fare|",
        "fragen, die du|perguntas que você deve fazer|perguntas para fazer|",
        // (Turkish, Dutch, Swedish, Italian: "ev sahibine sormanız gereken 10 soru".)
        "sormanız gereken|sorulması gereken|vragen die je moet stellen|",
        "vragen die u moet stellen|vragen om te stellen|frågor att ställa|frågor du bör ställa|",
        "domande da porre|",
        // (Latvian, Lithuanian, Estonian, Finnish, Polish, Czech, Romanian, Croatian and
        // Serbian, Russian, Ukrainian, Greek: "8 jautājumi, kas jāuzdod izīrētājam".)
        "jautājumi, kas jāuzdod|jautājumus, kas jāuzdod|klausimai, kuriuos verta užduoti|",
        "klausimų, kuriuos reikia užduoti|küsimust, mida küsida|kysymystä, jotka kannattaa kysyä|",
        "pytań, które warto zadać|pytania, które warto zadać|otázek, které byste měli položit|",
        "otázok, ktoré by ste mali položiť|otázky, ktoré by ste mali položiť|",
        "întrebări pe care să le pui|întrebări pe care trebuie să le pui|",
        "pitanja koja trebate postaviti|pitanja koja treba postaviti|",
        "вопросов, которые нужно задать|вопросы, которые нужно задать|питань, які варто поставити|",
        "ερωτήσεις που πρέπει να κάνετε|",
        // (Or questions the writer is left with: "7 questions we still have after that
        // ending".)
        "questions we still have|questions we have after|questions we're left with|",
        "questions we are left with",
    ))
    .occur_in(&t)
        // (Or who is to ask, between: "10 questions every parent should ask before paying
        // school fees".)
        || find_sub(&t, "questions every ").is_some_and(|k| {
            Words(" should ask| must ask| needs to ask| ought to ask").occur_in(head(&t[k..], 60))
        }))
        // (Answered by the article, "… and the answers"; not by the one asked, "… and what
        // the answers tell you".)
        && (!Words(concat!(
            "answer|antwort|respuesta|réponse|rispost|cevap|yanıt|antwoord|",
            "ответ|відповід|odpowied|atbild|atsakym|vastau|vastus|odpověd|odpoveď|răspuns|odgovor|απάντησ",
        ))
        .occur_in(&t)
            || Words("what the answers|what their answers|what the answer").occur_in(&t))
        // (Or a job interview's, the reader to answer them there: "10 common job interview
        // questions and how to answer them".)
        // ("10 questions you will be asked at a job interview – and how to answer them".)
        || Words(concat!(
            "interview questions|questions interviewers ask|questions employers ask|",
            "questions you will be asked|questions you'll be asked|questions you’ll be asked|",
            "questions you may be asked|questions you might be asked|",
            // (Spanish, French, Italian, Portuguese, German: "Las 8 preguntas que te harán en
            // una entrevista de trabajo", "questions qu'on vous posera en entretien".)
            // (A job's interview named so: not "les questions d'entretien de votre chaudière",
            // its servicing, nor "las preguntas de una entrevista con Rosalía".)
            "preguntas que te harán|preguntas que te van a hacer|preguntas que le harán|",
            "preguntas de entrevista de trabajo|preguntas en una entrevista de trabajo|",
            "preguntas de una entrevista de trabajo|questions d'entretien d'embauche|",
            "questions d’entretien d’embauche|questions en entretien d'embauche|",
            "questions qu'on vous posera|questions qu’on vous posera|colloquio di lavoro|",
            "domande che ti faranno|entrevista de emprego|perguntas que vão te fazer|",
            "perguntas que te farão|fragen im vorstellungsgespräch|fragen beim vorstellungsgespräch",
        ))
        .occur_in(&t)
            // (Unless the article answers them itself: "… answered in a mock interview", "…
            // with sample answers" — not "… unanswered".)
            && !Words("answered|sample answer|sample answers|model answer|model answers|example answer")
                .occur_at_words(&t)
        // (Or questions put to someone who will answer them elsewhere: "Six questions the
        // candidates must answer before Nov. 5".)
        || Words("questions|fragen|preguntas|domande|perguntas|vragen|שאלות|أسئلة|الأسئلة|вопрос|pytani")
            .occur_in(&t)
            && Words(concat!(
                "must answer|need to answer|needs to answer|should answer|have to answer|",
                // (Or that they leave unanswered: "Five questions the minister still hasn't
                // answered".)
                "hasn't answered|hasn’t answered|has not answered|haven't answered|",
                "haven’t answered|have not answered|won't answer|won’t answer|refuses to answer|",
                "remain unanswered|still unanswered|left unanswered|",
                // (Or want answered: "Six questions we want the candidates to answer".)
                "questions we want|questions we'd like|questions we’d like|",
                "has to answer|beantworten müssen|beantworten muss|deben responder|",
                "debe responder|doivent répondre|doit répondre|devono rispondere|deve rispondere|",
                // (In Hebrew, that no one asked will answer: "השאלות שאף שר שיכון לא מוכן
                // לענות עליהן" — not a bare "unanswered", which an explainer of what is known
                // so far and a Q&A on an unanswered complaint use as well.)
                "לא מוכן לענות|לא מוכנה לענות|לא מוכנים לענות",
            ))
            .occur_in(&t)
}

/// A host's welcome opening a show: "Hello and welcome to …", "Hallo und herzlich willkommen",
/// "Bienvenue dans …", "Good morning, and welcome".
pub fn opens_greeting(s: &str) -> bool {
    let t = fold(head(trim(strip_timestamp(trim(s))), 40));
    Words(concat!(
        "hello and welcome|welcome to|welcome back|good morning and welcome|",
        "good morning, and welcome|good evening and welcome|good evening, and welcome|",
        "hi and welcome|hi, and welcome|hello, and welcome|hallo und herzlich willkommen|",
        "herzlich willkommen|willkommen zu|guten tag und herzlich willkommen|bienvenue|",
        "bonjour et bienvenue|hola y bienvenidos|bienvenidos|bienvenidas|benvenuti|",
        "buongiorno e benvenuti|welkom bij|bem-vindos",
    ))
    .opens(&t)
}

/// The words a reply greets its reader with.
const GREETINGS: Words = Words(concat!(
    "bonjour|bonsoir|salut|hello|hi|hey|dear|hallo|liebe|lieber|hola|buongiorno|ciao|olá|",
    "hej|hei|hoi|beste|cher|chère|querida|querido|queridos|queridas|caro|cara",
));

/// A label that greets someone, not a speaker's name: "Querida Itzel", "Dear Tom", "Hola
/// Verónica". (Not the words that are first names too: "Cara Russo:", "Cher Wang:" speak.)
pub fn is_greeting(label: &str) -> bool {
    label.split_once(' ').is_some_and(|(w, rest)| {
        let w = fold(w);
        rest.starts_with(is_upper)
            && GREETINGS.contains(&w)
            && !Words("cara|caro|cher|chère|hei|hoi").contains(&w)
    })
}

/// A greeting and nothing more, but a name or a "yes" before it, or a name after it: "네,
/// 안녕하세요.", "박사님, 안녕하세요?", "Good morning, Dr Lee." — a welcome or its return, no
/// question nor answer ("Good morning. What's changing?" asks on).
pub fn greets_back(s: &str) -> bool {
    // (The cheap look first, in bytes: a label of up to 72 characters and 48 bytes of greeting
    // at most. It is asked of every candidate question's last sentence.)
    if trim(s).len() > 300 {
        return false;
    }
    // (Past the speaker's label: "◆ 윤상철> 네, 안녕하세요.")
    let s = speaker_label(s).map_or(s, |(_, r)| r);
    let t = fold(trim(s).trim_end_matches(['.', '!', '?', '？', '。']));
    // (Short in bytes: Hangul's syllables count as words.)
    const GREETING: Words = Words(concat!(
        "안녕하세요|hello|good morning|good evening|good afternoon|bonjour|guten morgen|",
        "guten tag|buenos días|buongiorno|bom dia|こんにちは|おはようございます|你好|大家好|",
        // (Tagalog's, "po" for respect, "rin" returning it: "Magandang umaga rin po".)
        "magandang umaga|magandang hapon|magandang gabi|magandang umaga po|",
        "magandang hapon po|magandang gabi po|magandang umaga rin po|magandang hapon rin po|",
        "magandang gabi rin po"
    ));
    let greeting = |g: &str| GREETING.contains(trim(g));
    // (The name beside it may be abbreviated: "Magandang umaga po, Atty. Dimaculangan.")
    t.len() <= 48
        && !t.contains(['?', '!'])
        && (greeting(&t) && !t.contains('.')
            || t.split_once(',').is_some_and(|(a, b)| {
                a.len() <= 24
                    && b.len() <= 24
                    && (greeting(a) && !a.contains('.') || greeting(b) && !b.contains('.'))
            }))
}

/// The last sentence of a paragraph: what follows its last sentence's end ("… 연결돼
/// 있습니다. 박사님, 안녕하세요?" gives "박사님, 안녕하세요?").
pub fn last_sentence(s: &str) -> &str {
    let t = trim(s);
    let body = t.trim_end_matches(['.', '!', '?', '？', '。']);
    body.char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '?' | '!' | '。' | '？'))
        .map_or(t, |(k, c)| trim(&t[k + c.len_utf8()..]))
}

/// An answer that opens by greeting the reader who signed `name`: "Bonjour Hélène,", "Hi
/// Max75, yes.", "Liebe Inès".
pub fn greets(answer: &str, name: &str) -> bool {
    let name = trim(name);
    let first = name.split(is_space).next().unwrap_or_default();
    if first.is_empty() || terminal_punct(name).is_some() || name.len() > 40 {
        return false;
    }
    let a = trim(answer);
    let (hello, rest) = a.split_once(' ').unwrap_or((a, ""));
    GREETINGS.contains(&fold(hello.trim_end_matches(',')))
        && rest
            .strip_prefix(first)
            .is_some_and(|r| r.is_empty() || r.starts_with([',', ' ', '!', '.']))
}

/// An embedded post's attribution line, copied as text under the post: "— Metro de Valmira
/// (@MetroValmira) March 6, 2025".
pub fn is_embed_attribution(s: &str) -> bool {
    let t = trim(s);
    // (Or Instagram's: "A post shared by Saltgrass Festival (@saltgrassfest)".)
    t.len() <= 160
        && (t.starts_with(['—', '–', '-']) || t.starts_with("A post shared by "))
        && t.contains("(@")
        && words_le(t, 14)
}

/// A download's link, its file type and size in brackets after its title: "Merkblatt: Wie lese
/// ich meinen Bescheid? (PDF, 240 KB)", "Application form [DOCX]".
pub fn is_download_link(s: &str) -> bool {
    let t = trim(s);
    let Some(inner) = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('(').map(|(_, i)| i))
        .or_else(|| {
            t.strip_suffix(']')
                .and_then(|r| r.rsplit_once('[').map(|(_, i)| i))
        })
    else {
        return false;
    };
    let kind = fold(inner.split([',', ' ', ';']).next().unwrap_or(""));
    words_le(t, 30)
        && words_le(inner, 4)
        && Words("pdf|doc|docx|xls|xlsx|ppt|pptx|odt|ods|csv|zip|rtf|epub").contains(&kind)
}

/// Cross-links' labels (each one's folded form is an entry too: see `is_cross_link`).
/// The "see also" labels among [`CROSS_LINK_LABELS`] that run into a sentence as readily as
/// into a link ("Katso myös Kelan laskuri, jolla voit…", "Ver también los requisitos…"): labels
/// only before a colon.
const SEE_ALSO: Words = Words(concat!(
    "bekijk ook|kijk ook|sjá frétt|sjá einnig|se også|se även|katso myös|guarda anche|",
    "ver también|veja também|voir aussi|regardez aussi|sehen sie auch|",
    // (Kinyarwanda's "read also", which may run into an answer's advice: "Soma nanone Itegeko
    // No 23/2021 … mbere yo gusinya.")
    "soma nanone|soma na none|",
    // (Georgian's "on this topic", which opens a sentence in prose as often: "ამ თემაზე
    // ბევრი კამათია.")
    "ამ თემაზე|",
    // (A wiki's hatnote copied as text: "Main article: Livestock rules".)
    "main article|hauptartikel|article principal|artículo principal|",
    // (Odia's "read more", which is also "study more": "ଆହୁରି ପଢ଼ନ୍ତୁ ଏବଂ ପ୍ରତିଦିନ … ଅଭ୍ୟାସ
    // କରନ୍ତୁ।")
    "ଆହୁରି ପଢ଼ନ୍ତୁ",
));

const CROSS_LINK_LABELS: Words = Words(concat!(
    "related|read more|read also|also read|read next|see also|watch|listen|more on this|",
    // (A column's teaser for its next question: "Next month: Why is the sky blue?")
    "next month|next week|next time|in the next issue|coming up next|",
    // (A pager's: "Previous episode: Ep. 211 — Are annuities ever a good idea?")
    "previous episode|next episode|previous post|next post|previous article|next article|",
    "previous story|next story|older post|newer post|",
    // (A guide site's link to its other guides: "Más guías: ¿Cuántos finales tiene…?")
    "más guías|more guides|plus de guides|mais guias|altre guide|weitere ratgeber|",
    "lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|",
    "à lire aussi|À lire aussi|a lire aussi|leer más|lea también|lee también|te puede interesar|",
    "te recomendamos|le recomendamos|también te puede interesar|le puede interesar|",
    "también le puede interesar|",
    "leggi anche|llegiu també|llegeix també|leia também|leia mais|lees ook|czytaj też|czytaj także|",
    "przeczytaj też|przeczytaj także|zobacz też|zobacz także|",
    "читайте также|читайте також|อ่านข่าว|อ่านข่าวเพิ่ม|อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|",
    // (Uzbek's and Kazakh's: "Mavzuga oid", "Мавзуга оид", "Тақырыпқа қатысты".)
    "mavzuga oid|мавзуга оид|тақырыпқа қатысты|",
    // (Assamese's and Odia's: "লগতে পঢ়ক", "ଆହୁରି ପଢ଼ନ୍ତୁ".)
    "লগতে পঢ়ক|আৰু পঢ়ক|ଆହୁରି ପଢ଼ନ୍ତୁ|ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ|",
    // Czech, Slovak, Romanian, Greek, Swedish, Danish, Norwegian, Finnish, Indonesian,
    // Vietnamese, Hindi.
    "čtěte také|čtěte též|přečtěte si také|čítajte aj|čítajte tiež|prečítajte si aj|citește și|citeste si|διαβάστε επίσης|",
    "läs också|läs även|læs også|les også|lue myös|baca juga|xem thêm|ये भी पढ़ें|यह भी पढ़ें|",
    // Bengali; Tagalog ("BASAHIN: Bakit …?").
    "basahin|basahin din|basahin rin|",
    "আরও পড়ুন|আরো পড়ুন|",
    // Hebrew ("read also", "read more").
    "קראו גם|קראו עוד|",
    // Bulgarian, Serbian, Estonian, Icelandic, Swahili, Zulu, Somali, Hausa, Yoruba.
    "прочетете още|прочетете също|вижте още|прочитајте још|pročitajte još|loe ka|lestu einnig|",
    // Maltese.
    "aqra wkoll|aqra iktar|",
    // Malayalam, Telugu, Marathi, Gujarati, Punjabi, Kannada, Odia.
    "ഇതും വായിക്കുക|ഇതുകൂടി വായിക്കാം|ഇതുകൂടി വായിക്കുക|ఇది కూడా చదవండి|ఇవి కూడా చదవండి|",
    "हेही वाचा|हे पण वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|ಇದನ್ನೂ ಓದಿ|ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ|",
    // Igbo, Sorani.
    "gụọkwa|gụkwuo|هەروەها بخوێنەوە|",
    // Malagasy, Shona, Oromo ("related news"), Luganda, Lingala, isiXhosa, Sesotho, Setswana,
    // Amharic, Tigrinya.
    "vakio koa|vakio ihany koa|verenga zvimwe|verenga zvakare|oduu walqabatan|oduu kana ilaalaa|",
    "soma ne bino|tanga lisusu|tánga lisusu|funda kwakhona|bala hape|bala gape|",
    "ተጨማሪ ያንብቡ|ይህንንም ያንብቡ|ተወሳኺ ኣንብቡ|",
    // ("Read more", "read also" in Basque, Welsh, Irish, Scottish Gaelic, Galician, West
    // Frisian, Luxembourgish, Romansh, Northern Sami, Faroese, Breton, Corsican.)
    "irakurri gehiago|irakurri ere|gehiago irakurri|darllen mwy|darllenwch fwy|léigh tuilleadh|",
    "léigh freisin|leugh tuilleadh|leugh cuideachd|le tamén|ler máis|lês ek|lês mear|liest och|",
    "liest méi|legia er|legia dapli|loga maid|loga eambbo|les eisini|les meira|lenn ivez|",
    "leghjite dinò|",
    // (And the Pacific's: Fijian, Tok Pisin, Samoan, Tongan, Māori.)
    "wilika talega|ritim tu|ritim moa|faitau foʻi|faitau fo'i|faitau foi|lau foki|",
    "pānui hoki|panui hoki|",
    // (And "related articles" in Romansh, Welsh, Irish, Basque.)
    "artitgels correspundents|straeon perthnasol|erthyglau perthnasol|scéalta gaolmhara|",
    "lotutako albisteak|",
    // ("Related stories" in Setswana, Sesotho, isiZulu, isiXhosa, Swahili, Kinyarwanda, Igbo.)
    "dikgang tse di amanang|lipale tse amanang|litaba tse amanang|izindaba ezihlobene|",
    "amabali ahambelanayo|habari zinazohusiana|inkuru bifitanye isano|isiokwu ndị yiri ya|",
    // (Or a video's or page's "see also", "Bekijk ook: Hoe lang…?", "Sjá frétt: Hvað vilja…?",
    // before a colon only: see `SEE_ALSO`.)
    "bekijk ook|kijk ook|sjá frétt|sjá einnig|se også|se även|katso myös|guarda anche|",
    "ver también|veja também|voir aussi|regardez aussi|sehen sie auch|",
    "soma pia|funda nalokhu|funda futhi|akhri sidoo kale|karanta kuma|ẹ tún ka|e tun ka|",
    "կարդացեք նաև|կարդացեք նաեւ|",
    // Slovenian, Croatian, Serbian, Albanian, Lithuanian, Latvian, Afrikaans, Nepali, Sinhala,
    // Khmer.
    "preberite tudi|preberite še|pročitajte i|прочитајте и|lexo edhe|lexoni edhe|lexo më shumë|",
    "taip pat skaitykite|skaitykite taip pat|lasiet arī|lasi arī|lees ook|lees meer|",
    "यो पनि पढ्नुहोस्|यो पनि पढ्नुस्|මෙයත් කියවන්න|អានបន្ថែម|",
    // Tajik, Uzbek, Kazakh, Kyrgyz, Mongolian, Azerbaijani, Turkish, Georgian.
    "инчунин хонед|шунингдек ўқинг|shuningdek o'qing|shuningdek oʻqing|тағы оқыңыз|",
    "дагы окуңуз|мөн уншаарай|həmçinin oxuyun|oxu həmçinin|ayrıca okuyun|bunu da okuyun|ასევე წაიკითხეთ|",
    // (Georgian's "on this topic" and a wiki's hatnote label, before a colon only: see
    // `SEE_ALSO`.)
    "ამ თემაზე|main article|hauptartikel|article principal|artículo principal|",
    "оқи отырыңыз|oxşar xəbərlər|mavzuga oid|ilgili haberler|benzer haberler|",
    // Arabic "read also" (before a headline that asks only: see `is_cross_link`).
    "اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|",
    // Persian and Urdu "read more", "read this too".
    "بیشتر بخوانید|بیشتر بخوانيد|بیش\u{200c}تر بخوانید|این را هم بخوانید|مزید پڑھیں|یہ بھی پڑھیں|",
    // Japanese, Chinese, Korean.
    "関連記事|関連ニュース|あわせて読みたい|相关阅读|延伸阅读|相關閱讀|延伸閱讀|관련기사|관련 기사|관련 뉴스|관련뉴스",
));

/// A label that a "smart brevity" brief runs its paragraphs in after, as Axios and those who
/// write like it set them: "Why it matters:", "Driving the news:", "Zoom out:", "Yes, but:",
/// "The big question:". Returns what follows it.
pub fn brevity_label(s: &str) -> Option<&str> {
    let t = trim(s);
    // (The cheap look first: a colon near the start.)
    let colon = colon_near(t, 28)?;
    const LABELS: Words = Words(concat!(
        "why it matters|driving the news|the big picture|zoom in|zoom out|by the numbers|",
        "what they're saying|what they’re saying|yes, but|what's next|what’s next|",
        "between the lines|the bottom line|go deeper|catch up quick|state of play|flashback|",
        "reality check|the intrigue|be smart|the backstory|what to watch|what we're watching|",
        "what we’re watching|the big question|follow the money|the other side|",
        "our thought bubble|threat level|the fine print|the latest|how it works|the catch",
    ));
    let label = fold(t.get(..colon)?);
    let rest = trim(t.get(colon + 1..)?);
    (LABELS.contains(&label) && !rest.is_empty()).then_some(rest)
}

/// A cross-link's label alone, as a text copy sets a box of one link on the line over its
/// headline: "Auch interessant", "Read more:".
pub fn is_cross_link_label(s: &str) -> bool {
    // (Past the arrow a paper sets before it: "► Auch interessant"; not a video's label,
    // "Watch", left over the next question.)
    // (`is_label` first: it folds only a short line, and most lines over a question are long.)
    let t = trim(trim(s).trim_start_matches(['▶', '►', '▷', '▸']));
    is_label(t, &[':', '：'], CROSS_LINK_LABELS) && !Words("watch|listen").contains(&fold(t))
}

pub fn is_cross_link(s: &str) -> bool {
    // (Past the arrow a paper sets before it: "▶ 관련기사: …", "► Read more: …".)
    let t = trim(trim(s).trim_start_matches(['▶', '►', '▷', '▸']));
    if t.len() > 300 {
        return false;
    }
    // A card's label run into its headline: "Related article Why do airline systems fail?"
    if let Some(after) = t.strip_prefix("Related ") {
        let run_in = [
            "Related article ",
            "Related story ",
            "Related Article ",
            "Related Story ",
        ]
        .iter()
        .find_map(|l| t.strip_prefix(l));
        if run_in.is_some_and(|r| r.starts_with(is_upper) && !words_le(r, 2) && words_le(r, 30)) {
            return true;
        }
        // (Or one word naming what they are, then a colon: "Related QuickTakes: Why AI Data
        // Centers…?", "Related coverage: …".)
        let named = after
            .split_once(':')
            .filter(|(w, rest)| !w.contains(' ') && w.len() <= 24 && !trim(rest).is_empty())
            // (Not the story's tags: "Related topics: Budget 2027, Pensions, Tax".)
            .filter(|(w, _)| !Words("topics|tags|themes|subjects").contains(&fold(w)));
        if named.is_some() && words_le(t, 40) {
            return true;
        }
    }
    // A series' or a pager's link, its arrow pointing the way: "← Part 2: Who still tunes
    // pianos?", "Next: Why did the shop close? →".
    // (Not an answer that ends on its link, "A: Not yet. Check the live advisory map →".)
    if (t.starts_with('←') || t.ends_with('→'))
        && words_le(t, 30)
        && strip_answer_marker(t, true).is_none()
    {
        return true;
    }
    if !words_le(t, 30) {
        return false;
    }
    // A label of two words or more run into the headline, no colon between: "Te puede
    // interesar ¿Cuánto cuesta alquilar…?", "Lesen Sie auch Warum steigen die Preise?"
    // (A look in the list's index first, on the folded opening: `strip_prefix_ci` compares
    // folded characters, and each label's folded form is in the list.)
    // (Looked up once: the fold costs more than the look.)
    let known = std::cell::OnceCell::new();
    // (Arabic's "read also" is advice in an answer as often, "اقرأ أيضاً العقد بعناية", or a
    // pointer to a law's article: a link's label only after its colon, before a headline that
    // asks.)
    // (So is Hebrew's, "קראו גם את תנאי הפוליסה בעיון".)
    let asks_only = |l: &str| l.starts_with(['ا', 'ק']);
    let labelled = || *known.get_or_init(|| CROSS_LINK_LABELS.opens(&fold(head(t, 64))));
    let run_in = || {
        labelled()
            && CROSS_LINK_LABELS
                .iter()
                .filter(|l| l.contains(' '))
                .any(|l| {
                    strip_prefix_ci(t, l).is_some_and(|r| {
                        r.starts_with(' ')
                    && !asks_only(l)
                    && !SEE_ALSO.contains(l)
                    // (Or a year: "Oxşar xəbərlər 2026-cı ildə hansı vergilər artacaq?")
                    && trim_start(r).starts_with(|c: char| {
                        is_upper(c) || caseless(c) || matches!(c, '¿' | '¡') || c.is_ascii_digit()
                    })
                    && !words_le(r, 2)
                    // ("READ MORE ON ENERGY BILLS" heads a box of links.)
                    && !is_all_caps(r)
                    })
                })
    };
    if !marker_punct_near_start(t) {
        return t.starts_with(|c: char| is_upper(c) || caseless(c)) && run_in();
    }
    // (A bare "READ:" in capitals, as Philippine papers set it, or "Read:" over a capitalised
    // headline, as Kenyan and Nigerian papers do: "Read: the mayor's address" may be a headline.)
    // (Or "MORE:", as British tabloids set theirs, over a headline without its full stop:
    // "MORE: Star breaks silence on …" — not a speaker's turn, "MORE: Well, I think…", nor a
    // sentence, "MORE: Trains will start later.")
    // ("MORE |" too; a headline may ask.)
    let more = t
        .strip_prefix("MORE:")
        .or_else(|| t.strip_prefix("MORE |"))
        .is_some_and(|r| {
            let r = trim(r);
            r.starts_with(is_upper)
                && words_le(r, 20)
                && terminal_punct(r).is_none_or(is_question_mark)
        });
    let caps_read = t
        .strip_prefix("READ")
        .or_else(|| t.strip_prefix("Read"))
        .map(trim_start)
        .is_some_and(|r| {
            r.strip_prefix([':', '|']).map(trim).is_some_and(|rest| {
                rest.starts_with(is_upper) || (t.starts_with("READ") && !rest.is_empty())
            })
        });
    // (Or run in, the headline's own colon after it: "Read More Auto-enrolment one year on:
    // Is My Future Fund worth staying in?")
    caps_read
        || more
        || t.starts_with(|c: char| is_upper(c) || caseless(c)) && run_in()
        || labelled()
            && CROSS_LINK_LABELS.iter().any(|l| {
                strip_prefix_ci(t, l).is_some_and(|r| {
                    let r = trim_start(r);
                    // (Armenian separates with its own comma, "՝".)
                    // (A label that is advice as often, "Te recomendamos:", "Zobacz też:", is a
                    // link's before a headline only: not "Te recomendamos: beber agua…".)
                    r.strip_prefix([':', '|', '：', '\u{55D}'])
                        .is_some_and(|rest| {
                            let rest = trim(rest);
                            let advice =
                                Words("te recomendamos|le recomendamos|zobacz też|zobacz także");
                            !rest.is_empty()
                                && if asks_only(l) {
                                    rest.ends_with(['؟', '?'])
                                } else if advice.contains(l) {
                                    rest.starts_with(|c: char| {
                                        is_upper(c) || c.is_ascii_digit() || matches!(c, '¿' | '¡')
                                    })
                                } else {
                                    true
                                }
                        })
                })
            })
}

/// A breadcrumb trail: "Home › Self-Help Library › Housing › Know your rights", "News » World".
/// Two separators at least, between short steps.
/// A section's path with slashes, as a copied page opens on it: "News / South Africa / Local",
/// "Fernway Journal / Money basics" — two to five short capitalised steps, no sentence.
pub fn is_slash_path(s: &str) -> bool {
    path_steps(s, '/')
}

/// A site's path from its home page, with slashes: "Home / News / Transport", "Startseite /
/// Politik" — no photo's credit ("Jane Doe / AP"), whatever its slashes.
pub fn is_home_path(s: &str) -> bool {
    let t = trim(s);
    t.split_once(" / ").is_some_and(|(first, _)| {
        is_slash_path(t)
            && Words(concat!(
                "home|startseite|inicio|início|accueil|hem|forside|etusivu|strona główna|",
                "trang chủ|beranda|anasayfa|ana sayfa|homepage",
            ))
            .contains(&fold(first))
    })
}

/// A section's path with another separator, "Money > Real Estate", "BUSINESS | ENERGY | THE
/// C-SUITE INTERVIEW": the same short capitalised steps.
pub fn is_section_path(s: &str) -> bool {
    ['/', '>', '›', '»', '|', '·']
        .iter()
        .any(|&sep| path_steps(s, sep))
}

/// Two to five short capitalised steps, `sep` between them with a space each side.
fn path_steps(s: &str, sep: char) -> bool {
    let t = trim(s);
    if t.len() > 120 || terminal_punct(t).is_some() {
        return false;
    }
    let steps = t.split(sep).count();
    (2..=5).contains(&steps)
        && t.split(sep).enumerate().all(|(k, w)| {
            let spaced = (k == 0 || w.starts_with(' ')) && (k + 1 == steps || w.ends_with(' '));
            let w = trim(w);
            spaced && words_le(w, 4) && w.chars().next().is_some_and(|c| is_upper(c) || caseless(c))
        })
}

pub fn is_breadcrumb(s: &str) -> bool {
    let t = trim(s);
    // (A byte scan of the first steps first: '>', or the last byte of '›', '»' or '‹', phpBB's
    // "Board index ‹ Clubs ‹ …".)
    if t.len() > 300
        || !head(t, 60)
            .bytes()
            .any(|b| matches!(b, b'>' | 0xB9 | 0xBA | 0xBB))
    {
        return false;
    }
    // (Each step a name: capitalised, or in a script without case — not "5% in May,".)
    let named = |w: &str| {
        let w = trim(w);
        w.chars()
            .next()
            .is_some_and(|c| is_word_char(c) && !is_lower(c) && !c.is_ascii_digit())
            && !w.ends_with(',')
            && words_le(w, 4)
    };
    // (Every step but the last, the page itself, which may be long.)
    let mut steps = 0;
    let mut prev: Option<&str> = None;
    for w in t.split(['›', '»', '>', '‹']) {
        if prev.is_some_and(|p| !named(p)) {
            return false;
        }
        prev = Some(w);
        steps += 1;
    }
    // (Not a menu's path in an instruction, the sentence going on after it: "Go to Settings >
    // System > Software update and tap Check. If the update is there, …".)
    steps >= 3 && words_le(t, 30) && !prev.is_some_and(has_inner_sentence_end)
}

/// The label screen readers get before a caption: "Image caption, …", "Caption: …".
pub fn strip_caption_label(s: &str) -> Option<&str> {
    let t = trim(s);
    // (Every label opens with one of a few letters and ends with a comma or a colon: most
    // lines are turned away by a look at their first byte.)
    let first = t.bytes().next()?.to_ascii_lowercase();
    if first.is_ascii() && !matches!(first, b'i' | b'c' | b'b' | b'l' | b'p' | b'f' | b'k' | b'm') {
        return None;
    }
    find_char(head(t, 48), |c| matches!(c, ',' | ':' | '،' | '，'))?;
    [
        "image caption,",
        "image caption",
        // (A video's, "Media caption, Watch: How does a heat pump work?".)
        "media caption,",
        "video caption,",
        "pie de video,",
        "legenda do vídeo,",
        "caption:",
        // (A news app's copy names the picture by its alt text: "Image: Empty platform at …".)
        "image:",
        "bildunterschrift:",
        "bildbeschreibung:",
        "légende :",
        // "Image caption, …" in other languages (as for the credit labels).
        "توضیح تصویر،",
        "التعليق على الصورة،",
        "تصویر کا کیپشن،",
        "подпись к фото,",
        "підпис до фото,",
        "pie de foto,",
        "legenda da foto,",
        "fotoğraf altı yazısı,",
        "इमेज कैप्शन,",
        "图像加注文字，",
        "keterangan gambar,",
        "maelezo ya picha,",
    ]
    .into_iter()
    .find_map(|l| strip_prefix_ci(t, l))
    .map(trim)
    .filter(|r| !r.is_empty())
}

/// Text left behind by video and image widgets, ad slots and share buttons: "Media playback is
/// unsupported on your device", "hide caption", "Player wird geladen", "Story continues below
/// advertisement", "Share".
pub fn is_media_boilerplate(s: &str) -> bool {
    // An email's link to its web copy, address and all: "View this email in your browser
    // (https://…)".
    if s.len() <= 300 {
        let t = trim(s);
        // A card stack's pager, the next card's question after its label: "Next card: How did
        // microplastics get everywhere?".
        if ["next card:", "next question:", "up next:"]
            .iter()
            .any(|p| strip_prefix_ci(t, p).is_some_and(|r| !trim(r).is_empty() && words_le(r, 25)))
        {
            return true;
        }
        if [
            "View this email in your browser",
            "View in browser",
            "View this email online",
        ]
        .iter()
        .any(|p| {
            strip_prefix_ci(t, p).is_some_and(|r| {
                // (Or after a colon, the address bare: "View this email in your browser:
                // https://…".)
                r.is_empty() || r.starts_with(" (") || r.starts_with(": http")
            })
        }) {
            return true;
        }
        // (Substack's: "View this post on the web at https://….substack.com/p/…".)
        if strip_prefix_ci(t, "View this post on the web at ")
            .is_some_and(|r| r.starts_with("http"))
        {
            return true;
        }
        // (Naver's note under an outlet's top stories: "해당 언론사에서 선정하며 언론사
        // 페이지(아웃링크)로 이동해 볼 수 있습니다.")
        if t.starts_with("해당 언론사에서 선정") {
            return true;
        }
        // (A US government site's banner: "An official website of the State of Vermont".)
        if strip_prefix_ci(t, "An official website of the ").is_some_and(|r| words_le(r, 5)) {
            return true;
        }
        // (And its line for whoever got it forwarded: "Forwarded this email? Subscribe here",
        // or on a line of its own, "Was this email forwarded to you?" over a sign-up link.)
        if strip_prefix_ci(t, "Forwarded this email? ").is_some_and(|r| words_le(r, 8))
            || t.len() <= 48
                && Words(concat!(
                    "forwarded this email?|was this email forwarded to you?|",
                    "was this forwarded to you?|did someone forward you this email?|",
                    "did a friend forward you this?|got this from a friend?",
                ))
                .contains(&fold(t))
        {
            return true;
        }
        // A blog's feed signs each post's copy: "The post Flooded home? Your questions
        // answered appeared first on Northern Courier."
        if t.starts_with("The post ") && has_sub(t, " appeared first on ") {
            return true;
        }
    }
    // (A running head may be wide, its corners far apart: "DIE WOCHENPOST | Donnerstag, 6.
    // März 2025          REPORTAGE 3".)
    if s.len() <= 120 && is_running_head(trim(s)) {
        return true;
    }
    if s.len() > 64 {
        return false;
    }
    let t = trim(s);
    if jump_line(t).is_some() {
        return true;
    }
    // "Listen to this article 5 min", the player's label with the reading's length.
    // (The cheap look first: a share bar's label ends on a colon near the start.)
    let share = head(t, 40).contains(':');
    // A share bar's line: "Share this page: Facebook X Email Print"; in other languages,
    // "Teilen: …", "Partager : …", "Compartir: …", "Condividi: …", "Delen: …", "Dela: …",
    // "Udostępnij: …", "Chia sẻ: …", "Bagikan: …", "Paylaş: …", "Поделиться: …".
    // (Past another language's label, a network's name among the buttons: "DEL: Not a chance"
    // is a speaker's turn.)
    let networks = |r: &str| {
        words(r).any(|w| {
            Words(concat!(
                "facebook|x|twitter|whatsapp|email|e-mail|mail|linkedin|telegram|zalo|messenger|",
                "pinterest|reddit|bluesky|threads|viber|line|kakaotalk|vk|print",
            ))
            .contains(&fold(w))
        })
    };
    if let Some((k, r)) = [
        "share this page",
        "share this article",
        "share this story",
        "share",
        "teilen",
        "partager",
        "compartir",
        "compartilhar",
        "partilhar",
        "condividi",
        "delen",
        "udostępnij",
        "chia sẻ",
        "bagikan",
        "paylaş",
        "поделиться",
        "поділитися",
        "sdílet",
        "zdieľať",
        "megosztás",
    ]
    .iter()
    .enumerate()
    .find_map(|(k, p)| {
        share
            .then(|| strip_prefix_ci(t, p))
            .flatten()
            .and_then(|r| r.strip_prefix(':').or_else(|| r.strip_prefix(" :")))
            .map(|r| (k, r))
    }) {
        if !trim(r).is_empty()
            && words_le(r, 6)
            && !r.contains(['.', '?', ','])
            && (k < 4 || networks(r))
        {
            return true;
        }
    }
    if let Some(r) = strip_prefix_ci(t, "listen to this article ") {
        if words_le(r, 3) && r.bytes().any(|b| b.is_ascii_digit()) {
            return true;
        }
    }
    const EXACT: Words = Words(concat!(
        "media playback is unsupported on your device|hide caption|toggle caption|",
        "skip to main content|skip to content|skip navigation|jump to content|",
        // (A US government site's banner: "An official website of the United States
        // government" / "Here's how you know".)
        "here's how you know|here’s how you know|",
        // (The same link in other languages.)
        "zum inhalt springen|zum hauptinhalt springen|direkt zum inhalt|aller au contenu principal|",
        "aller au contenu|passer au contenu|ir al contenido principal|saltar al contenido principal|",
        "ir al contenido|vai al contenuto principale|salta al contenuto principale|",
        "ir para o conteúdo principal|saltar para o conteúdo principal|naar hoofdinhoud|",
        "ga naar de inhoud|перейти к основному содержанию|перейти к содержанию|",
        "перейти до основного вмісту|رفتن به محتوای اصلی|انتقل إلى المحتوى الرئيسي|",
        "تخطى إلى المحتوى الرئيسي|דלג לתוכן הראשי|מעבר לתוכן הראשי|मुख्य सामग्री पर जाएं|",
        "ana içeriğe atla|przejdź do treści|hoppa till innehållet|siirry sisältöön|",
        // An ad's or a box's "why this" link, and a paywall's notice of a shared login.
        "why am i seeing this?|why am i seeing this ad?|why this ad?|¿por qué estás viendo esto?|",
        "¿por qué veo este anuncio?|pourquoi je vois cette publicité ?|warum sehe ich diese werbung?|",
        "¿quieres añadir otro usuario a tu suscripción?|tu suscripción se está usando en otro dispositivo|",
        "your subscription is being used on another device|",
        // A news app's back button, copied with the story: "< Back".
        "< back|‹ back|← back|« back|",
        // A chat message's marks: "Edited", "(edited)".
        "edited|(edited)|",
        // A mail app's label beside the subject line.
        "inbox|",
        // A fact check's label over its question, as VERIFY sets it ("THE QUESTION").
        "the question|",

        // An email newsletter's footer (Mailchimp's words).
        "want to change how you receive these emails?|",
        "möchten sie ändern, wie sie diese e-mails erhalten?|",
        "wilt u wijzigen hoe u deze e-mails ontvangt?|wil je wijzigen hoe je deze e-mails ontvangt?|",
        "quer mudar a forma como recebe estes e-mails?|",
        "enlarge this image|image caption|video|watch|play video|player wird geladen|",
        "video lädt|vergrößern des bildes|bild vergrößern|advertisement|anzeige|",
        "publicidad|publicité|skip advertisement|watch video|play|close|replay|",
        "loading video|loading…|loading...|story continues below advertisement|",
        "loading comments… trouble loading?|loading comments... trouble loading?|loading comments…|",
        "article continues below advertisement|article continues below|story continues below|",
        "story continues below this ad|article continues below this ad|",
        "story continues below video|article continues below video|image caption,|",
        // (Turkish and German pages' ad breaks: "Haberin Devamı", "Weiter nach der Anzeige".)
        "haberin devamı|haberin devamı için|weiter nach der anzeige|weiterlesen nach der anzeige|",
        "continue reading below|continue reading|scroll to continue with content|",
        "advertisement - scroll to continue|share|save|copy link|link copied|",
        "share this article|listen to this article|article continues after this advertisement|",
        "video ad feedback|ad feedback|end of list|",
        "reklama|pubblicità|werbung|reclame|annons|mainos|реклама|광고|広告|广告|إعلان|",
        "विज्ञापन|reklam|iklan|annonse|advertentie|publicidade|διαφήμιση|פרסומת|",
        "article continues after advertisement|story continues after advertisement|",
        // A share bar's buttons, one per line.
        "facebook|twitter|email|e-mail|print|whatsapp|linkedin|reddit|pinterest|telegram|",
        "bluesky|flipboard|messenger|imprimir|drucken|imprimer|stampa|correo electrónico|",
        // (Portuguese pages' ad marker and share bar: "PUB", "Partilhar no X", "Copiar link".)
        "pub|partilhar|partilhar no facebook|partilhar no x|partilhar no whatsapp|copiar link|",
        "compartilhar|ouvir este artigo|escuchar este artículo|escuchar artículo|",
        "story continues after this advertisement|continue reading after the advertisement|",
        // (A public radio station's underwriting slot, its sponsor's logo not copied.)
        "support comes from|",
        "conforme a los criterios de|conforme a los criterios de the trust project|saber más|",
        // An accordion's controls, copied as lines: "Hide all sections", "Show".
        "show|hide|show all|hide all|show all sections|hide all sections|expand all|collapse all|",
        "open all|close all|alle öffnen|alle schließen|alle anzeigen|alle ausblenden|",
        // (SRF's boxes: "Box aufklappen" / "Box zuklappen", the toggle under each question.)
        "box aufklappen|box zuklappen|aufklappen|zuklappen|ausklappen|einklappen|",
        "tout afficher|tout masquer|mostrar todo|ocultar todo|alles tonen|alles verbergen|",
        "show more|show less|mehr anzeigen|weniger anzeigen|voir plus|voir moins|ver más|",
        // (An app's toggle under each question: "Tap to expand".)
        "tap to expand|tap to collapse|click to expand|click to collapse|tap to read more|",
        // (Confluence's expand macro left untitled: "Click here to expand...".)
        "click here to expand|click here to expand...|click here to expand…|click to expand...|",
        "click here to collapse|click here to collapse...|",
        "ver menos|mostra di più|mostra meno|toon meer|toon minder|",
        // A site's AI question box: its input's label and its disclaimer.
        "ask a question|ask a follow-up question|ai can make mistakes. check important info.|",
        "ai can make mistakes.|ai can make mistakes|",
        // A paywall's label over the text: "Article réservé aux abonnés".
        "article réservé aux abonnés|réservé aux abonnés|article for subscribers|",
        "subscribers only|subscriber exclusive|for subscribers|exclusive for subscribers|",
        "nur für abonnenten|abo|plus|exclusivo para suscriptores|solo para suscriptores|",
        "contenido exclusivo para suscriptores|riservato agli abbonati|articolo riservato agli abbonati|",
        "exclusivo para assinantes|conteúdo exclusivo para assinantes|alleen voor abonnees|",
        "premium",
    ));
    // A comment's or a post's row of buttons, copied as words: "permalink embed save report
    // reply", "Reply · Share · Report".
    // (Or after the post's score: "4.2k · Reply · Award · Share".)
    if t.len() <= 64
        && t.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
        && t.bytes().filter(|&b| b == b' ').nth(1).is_some()
    {
        let mut n = 0;
        let row = words(t)
            .filter(|w| !matches!(*w, "·" | "|" | "•"))
            .all(|w| {
                n += 1;
                is_action_word(w) || n == 1 && is_score(w)
            });
        if row && n >= 3 {
            return true;
        }
    }
    // (Between dashes too: "- Advertisement -".)
    let bare = if t.starts_with(['-', '—', '–']) || t.ends_with(['-', '—', '–']) {
        t.trim_matches(['-', '—', '–', ' '])
    } else {
        t
    };
    // A long page's link back up, its arrow and all; an embedded post's frame; a parliament
    // record's links beside each speech. (A list of its own, read only for lines that open as
    // its entries do.)
    const FRAMES: Words = Words(concat!(
        "back to top|back to top ↑|↑ back to top|back to top ▲|back to top ^|return to top|",
        "top of page|nach oben|nach oben ↑|↑ nach oben|zurück nach oben|zum seitenanfang|",
        "retour en haut|haut de page|↑ haut de page|volver arriba|ir arriba|torna su|",
        "naar boven|terug naar boven|voltar ao topo|tillbaka till toppen|til toppen|",
        "tilbage til toppen|takaisin ylös|",
        "view this post on instagram|view this post on tiktok|view on instagram|view on threads|",
        "watch on tiktok|watch on youtube|view on x|view on twitter|",
        "link to this speech|hansard source|link to this speech hansard source",
    ));
    let framed = || {
        t.as_bytes()
            .first()
            .is_some_and(|b| b"bBrRtTnNzZhHvVwWiIlL\xe2".contains(b))
            && FRAMES.contains_ascii_ci(t)
    };
    EXACT.contains_ascii_ci(bare)
        || framed()
        // (An ad's label in any of its languages: "Quảng cáo", "Реклама", "Iklan".)
        || is_ad_label(bare)
        || is_counter(t)
        || is_stage_direction(t)
        || is_card_link(t)
}

/// A line that opens in the first person, as a help page words a reader's situation: "My cart
/// was damaged…", "I cannot take my bins…", "Ich habe meine Karte verloren".
pub fn opens_first_person(s: &str) -> bool {
    let first = words(trim(s)).next().unwrap_or("");
    first.len() <= 6
        && Words(concat!(
            "I|I'm|I’m|I've|I’ve|I'd|I’d|My|We|We're|We’re|Our|Ich|Mein|Meine|Wir|Unser|Unsere|",
            "Je|J'ai|J’ai|Mon|Ma|Mes|Nous|Mi|Mis|Tengo|Mio|Mia|Ik|Mijn|Wij",
        ))
        .contains(first)
}

/// A turn that opens as a reply to a question does: "Yes, …", "No.", "I have, yeah.", "We
/// did.", "Never."
pub fn opens_reply(s: &str) -> bool {
    let t = fold(head(trim(s), 24));
    Words(concat!(
        "yes|yeah|yep|no|nope|never|not yet|of course|absolutely|definitely|sure|",
        "i have|i do|i did|i haven't|i haven’t|i don't|i don’t|i didn't|i didn’t|i am|i'm|i’m|",
        "we have|we do|we did|i was|i wasn't|i wasn’t",
    ))
    .iter()
    .any(|w| {
        t.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', '!', ';']))
    })
        // (In the other languages FAQs answer in, a sentence or a clause of its own: "Bien
        // sûr.", "Ja, gerne.", "Oui, vous pouvez…" — not "Non perderti…", nor a box's "Ja, dann
        // unterstützen Sie uns…".)
        || Words(concat!(
            "oui|non|bien sûr|évidemment|ja|nein|natürlich|selbstverständlich|sí|claro|",
            "por supuesto|sim|não|com certeza|sì|certo|certamente|nee|natuurlijk|zeker",
        ))
        .iter()
        .any(|w| {
            t.strip_prefix(w).is_some_and(|r| {
                r.starts_with(['.', '!'])
                    || r.strip_prefix(", ").is_some_and(|r| {
                        !Words("dann|alors|entonces|allora|então|dan").opens(r)
                    })
            })
        })
}

/// A news story's lede under its dateline: "ALDER FALLS, Iowa — It's the question every
/// parent asks…", "WASHINGTON (AP) — …": a place in capitals (its state or the agency after
/// it), a dash, and a paragraph of prose — not "EU — Will prices rise?", a short question under
/// a label.
pub fn opens_with_dateline(s: &str) -> bool {
    let t = trim(s);
    // (The place's words, up to a comma or a bracket: capitals, no digits.)
    let (mut place, mut placed, mut stop) = (true, 0, false);
    for (n, w) in words(head(t, 80)).enumerate() {
        if matches!(w, "—" | "–" | "-") {
            // (Not a French interview's label, a full stop before its dash: "LE FIGARO. - Les
            // assureurs …?", "Hélène DUVERNOY. - Il tient…".)
            return placed >= 3 && !(place && stop) && !words_le(t, n + 16);
        }
        stop = w.ends_with('.');
        if n >= 6 {
            return false;
        }
        place &= !w.starts_with('(');
        if place {
            if w.contains(is_lower)
                || !w.contains(is_upper)
                || w.bytes().any(|b| b.is_ascii_digit())
            {
                return false;
            }
            placed += w.len();
            place = !w.ends_with(',');
        }
    }
    false
}

/// One of a comment's or a post's buttons: "permalink", "embed", "save", "report", "reply".
pub fn is_action_word(w: &str) -> bool {
    let w = trim(w).trim_end_matches([',', '.']);
    // (Compared without folding: no allocation for each short line's first word.)
    w.len() <= 12
        && Words(concat!(
            "permalink|embed|save|report|reply|share|hide|edit|delete|flag|like|quote|",
            "upvote|downvote|award|give|follow|unfollow|copy|link|parent|context|source|",
            // (A news app's text-size button: "Aa Share Save".)
            "aa",
        ))
        .iter()
        .any(|e| e.eq_ignore_ascii_case(w))
}

/// A line without the thread's count of its post after its last sentence: "… flatten your
/// boxes. 4/9" → "… flatten your boxes.", "(2/7)" too — a count no larger than the thread's.
pub fn without_thread_count(t: &str) -> Option<&str> {
    if !t.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return None;
    }
    let k = t.as_bytes().iter().rposition(|&b| b == b' ')?;
    let (head, count) = (trim_end(&t[..k]), &t[k + 1..]);
    let count = count
        .strip_prefix('(')
        .and_then(|c| c.strip_suffix(')'))
        .unwrap_or(count);
    let (n, of) = count.split_once('/')?;
    let num = |x: &str| {
        (1..=3).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit()) && !x.starts_with('0')
    };
    let le = n.len() < of.len() || (n.len() == of.len() && n <= of);
    (num(n) && num(of) && le && terminal_punct(head).is_some() && !words_le(head, 3))
        .then_some(head)
}

/// A printed page's running head, copied from its replica or PDF: the paper, the date and the
/// page between bars, "THE DAILY SENTINEL | SUNDAY, APRIL 13, 2025 | D1".
fn is_running_head(t: &str) -> bool {
    let number = |x: &str| {
        let d = x
            .strip_prefix(|c: char| c.is_ascii_uppercase())
            .unwrap_or(x);
        (1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
    };
    if !t.contains('|') {
        // (Or without bars, the paper's name in capitals, then the date and the page: "THE
        // CALDER COURIER Thursday, 5 March 2026 17".)
        if t.len() > 100 {
            return false;
        }
        let caps = |w: &str| w.len() >= 2 && w.chars().all(|c| is_upper(c) || c == '\'');
        let name = words(t).take_while(|w| caps(w)).count();
        let Some((before, page)) = t.rsplit_once(' ') else {
            return false;
        };
        return name >= 2
            && number(page)
            && !words_le(before, name + 2)
            && words_le(before, name + 5)
            && words(before)
                .nth(name)
                .and_then(|d| before.find(d))
                .is_some_and(|k| is_dateline(&before[k..]));
    }
    // (Or the section's name in capitals before it: "REPORTAGE 3".)
    let page = |x: &str| {
        number(x)
            || x.rsplit_once(' ').is_some_and(|(section, n)| {
                number(n)
                    && words_le(section, 2)
                    && section.len() >= 2
                    && section.chars().all(|c| is_upper(c) || c == ' ')
            })
    };
    // (The bars, or the gap a PDF keeps between the page's corners, collapsed to a space in
    // the text: "DIE WOCHENPOST | Donnerstag, 6. März 2025          REPORTAGE 3".)
    let mut parts: Vec<&str> = Vec::with_capacity(4);
    for x in t.split('|').map(trim) {
        let cornered = x.rsplit_once(' ').and_then(|(a, _)| {
            let (date, section) = a.rsplit_once(' ')?;
            let corner = &x[date.len() + 1..];
            (page(corner) && !number(section) && is_dateline(date)).then_some((trim(date), corner))
        });
        match cornered {
            Some((date, corner)) => parts.extend([date, corner]),
            None => parts.push(x),
        }
    }
    (3..=4).contains(&parts.len())
        && parts.iter().any(|x| page(x))
        && parts.iter().any(|x| !page(x) && is_dateline(x))
}

/// A printed page's jump line, copied from its PDF: "Continued on page 5", "Lire la suite page
/// 5", "Suite de la page 4", "Fortsetzung auf Seite 3" — the words and a page's number, nothing
/// more. Returns whether it is the line where the text comes back ("Continued from Page D1"),
/// else the one where it leaves.
pub fn jump_line(t: &str) -> Option<bool> {
    let n = t.trim_end_matches(['.', ')']).rsplit(' ').next()?;
    // (A section's letter before the number: "Continued on Page D6".)
    let n = n
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .unwrap_or(n);
    if n.is_empty() || n.len() > 3 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let lead = fold(t.trim_start_matches('('));
    const LEAVES: Words = Words(concat!(
        "continued on page |continued on |suite page |suite en page |lire la suite page |",
        "lire la suite en page |fortsetzung auf seite |continúa en la página |",
        "continua a pagina |segue a pagina |continua na página |vervolg op pagina ",
    ));
    const COMES_BACK: Words = Words(concat!(
        "continued from page |continued from |suite de la page |fortsetzung von seite |",
        "viene de la página |vervolg van pagina ",
    ));
    if LEAVES.opens(&lead) {
        Some(false)
    } else {
        COMES_BACK.opens(&lead).then_some(true)
    }
}

/// A card's link label under its teaser: "Learn more", "Mehr erfahren", "En savoir plus".
pub fn is_card_link(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 24
        && Words("learn more|mehr erfahren|en savoir plus|saiba mais|scopri di più|lees meer|weiterlesen")
            .contains(&fold(t))
}

/// A transcript's stage direction: "[MUSIC BREAK]", "(LAUGHTER)", "[Crosstalk]".
fn is_stage_direction(t: &str) -> bool {
    let inner = t
        .strip_prefix('[')
        .and_then(|x| x.strip_suffix(']'))
        .or_else(|| {
            t.strip_prefix('(')
                .and_then(|x| x.strip_suffix(')'))
                .filter(|x| !x.chars().any(is_lower))
        });
    // (Not a credit: "(AP)".)
    inner.is_some_and(|x| {
        !x.is_empty() && words_le(x, 4) && !x.contains(['[', ']']) && !is_agency(x)
    })
}

/// A broadcast transcript's mark where a recording starts playing: "(BEGIN VIDEO CLIP)",
/// "[BEGIN AUDIO CLIP]", "(BEGIN VIDEOTAPE)".
pub fn clip_start(s: &str) -> bool {
    stage_opens(s, "begin")
}

/// A stage direction whose first word is `word` (folded), past its bracket: "(BEGIN VIDEO
/// CLIP)" opens on "begin".
fn stage_opens(s: &str, word: &str) -> bool {
    let t = trim(s);
    is_stage_direction(t) && words(t).next().is_some_and(|w| fold(w).ends_with(word))
}

/// A broadcast transcript's mark where a recording stops: "(END VIDEO CLIP)", "[END AUDIO
/// CLIP]".
pub fn clip_end(s: &str) -> bool {
    stage_opens(s, "end")
}

/// A transcript's mark of two speaking at once: "(CROSSTALK)", "[crosstalk]", "(OVERLAPPING)".
pub fn is_crosstalk(s: &str) -> bool {
    let t = trim(s);
    is_stage_direction(t) && {
        let f = fold(t);
        f.contains("crosstalk") || f.contains("overlapping")
    }
}

/// A card stack's or gallery's counter: "Card 2 of 7", "1 of 12", "Slide 3/10", "Bild 2 von 5".
pub fn is_counter(t: &str) -> bool {
    let num = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let mut ws = words(t).peekable();
    // An optional label first ("Card", "Slide").
    if ws.peek().is_some_and(|w| !num(w) && !w.contains('/')) {
        ws.next();
    }
    match (ws.next(), ws.next(), ws.next(), ws.next()) {
        (Some(a), Some(of), Some(b), None) => {
            num(a)
                && num(b)
                && (of == "/" || Words("of|von|de|sur|di|van|z|из").contains(fold(of).as_str()))
        }
        (Some(ab), None, ..) => ab.split_once('/').is_some_and(|(a, b)| num(a) && num(b)),
        _ => false,
    }
}

/// A video title left as text: "Video | US‑Truppen …", "WATCH: …", "Video: …".
pub fn strip_video_label(s: &str) -> Option<&str> {
    let t = trim(s);
    if !matches!(t.as_bytes().first(), Some(b'v' | b'V' | b'w' | b'W')) {
        return None;
    }
    for label in [
        "video |",
        "video:",
        "watch:",
        "video –",
        "video -",
        "vídeo:",
        "vidéo :",
        "vidéo:",
    ] {
        if let Some(r) = strip_prefix_ci(t, label) {
            let r = trim(r);
            if !r.is_empty() {
                return Some(r);
            }
        }
    }
    None
}

/// Bylines: "By X", "Von X", "Por X", "Par X", "Steve Peoples, AP National Political Writer".
pub fn is_byline(s: &str) -> bool {
    let t = trim(s);
    let w = word_count(t);
    if w == 0 || w > 30 || ends_with_question(t) {
        return false;
    }
    // (Or the name and then, past a dash, when: "Par Camille Roussel - Le 2 avril 2025 à 18h30,
    // modifié le 3 avril 2025 à 08h12".)
    if w > 8 {
        if let Some((name, when)) = [" - ", " – ", " — ", " | "]
            .iter()
            .find_map(|d| t.split_once(d))
        {
            let when = when.split(',').next().unwrap_or(when);
            if word_count(name) <= 8 && is_dateline(when) && is_byline(name) {
                return true;
            }
        }
    }
    if w > 16 {
        return false;
    }
    for p in [
        "by ",
        "von ",
        "por ",
        "par ",
        "door ",
        "di ",
        "av ",
        "af ",
        "de ",
        "van ",
        // Who did the interview: "Interview by Joe Castellano", "Ein Interview von …".
        "interview by ",
        "interviewed by ",
        "as told to ",
        // A magazine's credits: "Words by Marcus Hale", "Words and pictures by …".
        "words by ",
        "words and pictures by ",
        "text by ",
        "ein interview von ",
        // A column's: "Ein Kommentar von Jana Krüger", "A column by …", "Une chronique de …".
        "ein kommentar von ",
        "kommentar von ",
        "a column by ",
        "column by ",
        "opinion by ",
        "une chronique de ",
        "un éditorial de ",
        "una columna de ",
        "interview: ",
        "entrevista de ",
        "propos recueillis par ",
        "intervista di ",
    ] {
        if let Some(r) = strip_prefix_ci(t, p) {
            if r.chars().next().is_some_and(is_upper) && (p != "de " && p != "di " || w <= 4) {
                return true;
            }
        }
    }
    // A labelled byline: "By: Jane Smith", "Texto: …", "Текст: …", "מאת: …", "记者 王磊".
    const LABELS: Words = Words(concat!(
        "by:|por:|par :|par:|von:|door:|av:|text:|texto:|testo:|texte :|autor:|autorin:|",
        "author:|auteur :|autore:|Текст:|Автор:|текст:|автор:|מאת:|מאת |بقلم|記者|记者|",
        // A labelled name and role, one per line: "Author, Jane Smith" / "Role, Health reporter".
        "author,|role,|نویسنده،|نقش،",
    ));
    if w <= 8 && LABELS.iter().any(|l| strip_prefix_ci(t, l).is_some()) {
        return true;
    }
    // Korean: "홍길동 기자" (reporter).
    if w <= 4 && (t.ends_with("기자") || t.contains("기자 =")) {
        return true;
    }
    let lower = fold(t);
    const ROLES: Words = Words(concat!(
        "writer|correspondent|reporter|editor|redakteur|korrespondent|corresponsal|",
        "journalist|columnist",
    ));
    // "Steve Peoples, AP National Political Writer"; the role on its own line under the name:
    // "Staff writer", "Senior correspondent".
    (w <= 10
        && t.contains(',')
        && ROLES
            .iter()
            .any(|r| lower.ends_with(r) || lower.contains(&[r, ","].concat())))
        || (w <= 3
            && ROLES.iter().any(|r| lower.ends_with(r))
            && !["the ", "a ", "an ", "our ", "my "]
                .iter()
                .any(|w| lower.starts_with(w)))
}

/// "Rebecca Hersher": two to four capitalised words and nothing else (a byline under a headline).
pub fn is_bare_name(s: &str) -> bool {
    let t = trim(s);
    let words: Vec<&str> = words(t).collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(is_upper)
                && cs.all(|c| is_lower(c) || c == '-' || c == '\'' || c == '’' || c == '.')
        })
}

/// "Copyright 2016 NPR.", "© 2024 …", "All rights reserved.", "Riproduzione riservata".
pub fn is_copyright(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 500 || !words_le(t, 40) {
        return false;
    }
    let lower = fold(t.trim_start_matches('('));
    // A © anywhere in a short line ("Riproduzione riservata © Copyright ANSA").
    (lower.contains(['©', 'ⓒ', 'Ⓒ']) && words_le(t, 15))
        || lower.starts_with("copyright")
        // (Or opening on it, the company's details after: "© Motorists' Guild 2025. Registered
        // in England and Wales. Company no. …".)
        || lower.starts_with(['©', 'ⓒ'])
        || lower.starts_with("(c) ")
        || rights_reserved(&lower)
        // A bank's or credit union's legal line: "Federally insured by NCUA.", "Member FDIC."
        || Words("federally insured by ncua|member fdic|equal housing").opens(&lower)
        // An organisation's registration: "… is a registered charity in England and Wales (No.
        // 1150234) and a company limited by guarantee", "Registered office: …".
        // (Looked for only where "regist" or "guarantee" stands: most lines have neither.)
        || (find_sub(&lower, "regist").is_some() || find_sub(&lower, "guarantee").is_some())
            && Words(concat!(
                "is a registered charity|registered charity no|registered charity number|",
                "company limited by guarantee|registered in england|registered in scotland|",
                "registered office:|charity registration number|",
            ))
            .occur_in(&lower)
}

/// "All rights reserved" in the languages we read (`lower`: folded text).
fn rights_reserved(lower: &str) -> bool {
    Words(concat!(
        "all rights reserved|alle rechte vorbehalten|derechos reservados|",
        "droits réservés|diritti riservati|riproduzione riservata|",
        "direitos reservados|alle rechten voorbehouden|무단 전재|무단전재|無断転載|版权所有|",
        "未经授权不得转载|版權所有",
    ))
    .occur_in(lower)
}

const TAGS: Words = Words(
    "tags|topics|themen|schlagworte|etiquetas|tags relacionados|sujets|argomenti|gaiak|แท็ก|filed under",
);

/// A run-in list of a story's tags: "Tags: Ask Delia, Family", "Themen: Bahn".
pub fn is_tags_line(s: &str) -> bool {
    run_in_list(trim(s), TAGS).is_some()
}

/// A story's tags whose first names an opinion section: "Tags: अग्रलेख मुंबई पाऊस", "Tags:
/// Opinion, Housing".
pub fn tags_opinion(s: &str) -> bool {
    // (The first tag whole where commas or bars part them — "Opinion polls, …" is a topic —
    // else its first word.)
    run_in_list(trim(s), TAGS).is_some_and(|l| {
        let first = if l.contains([',', '|', '·']) {
            trim(l.split([',', '|', '·']).next().unwrap_or(""))
        } else {
            words(l).next().unwrap_or("")
        };
        !first.contains(' ') && !first.is_empty() && is_opinion_label(first, false)
    })
}

/// Section headings that start the material after an article: sources, related stories, tags.
pub fn is_trailer_heading(s: &str) -> bool {
    // (With its label's colon or ellipsis: "You Might Also Like …".)
    let t = trim(trim(s).trim_end_matches([':', '：', '…']));
    if is_tags_line(t) {
        return true;
    }
    if t.len() > 120 || !words_le(t, 8) {
        return false;
    }
    // A label after a teaser's question, with its colon: "Planning a trip? Read next:".
    if trim(s).ends_with([':', '：'])
        && t.rsplit_once("? ")
            .is_some_and(|(_, label)| is_trailer_heading(label))
    {
        return true;
    }
    // (Seven or eight words only as "More from <writer> and <publication>": the other labels
    // are shorter, and this runs on every short line.)
    if !words_le(t, 6) && !t.starts_with(['M', 'm', 'R', 'r', 'P', 'p', 'A', 'a']) {
        return false;
    }
    let lower = fold(t);
    // A paper's list of the works citing it, with their count: "Cited by (3)", "Cited by".
    if lower.strip_prefix("cited by").is_some_and(|r| {
        let r = trim(r);
        r.is_empty()
            || r.strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    }) {
        return true;
    }
    // A links box's label for screen readers, copied with it: "list of 3 items".
    if lower
        .strip_prefix("list of ")
        .and_then(|r| r.strip_suffix(" items"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return true;
    }
    // A rail's label in capitals, "MORE" and the column or section: "MORE ASK THE EXPERT",
    // "MORE FROM ARTS".
    if t.strip_prefix("MORE ")
        .is_some_and(|r| words_le(r, 4) && is_all_caps(r) && !r.contains(['?', ':', '.']))
    {
        return true;
    }
    // "More in" and the section's name, in the languages' words: "More in Business", "Más en
    // Móviles", "Mais em Economia".
    if [
        "more in ",
        "más en ",
        "más noticias de ",
        "mais em ",
        "mehr aus ",
        "meer in ",
        "plus dans ",
        "altro in ",
    ]
    .iter()
    .filter_map(|p| strip_prefix_ci(t, p))
    .any(|r| words_le(r, 2) && r.starts_with(is_upper) && !r.contains(['?', ':', '.']))
    {
        return true;
    }
    // A box of links to the site's other answers on the subject: "Andere vragen over paspoort
    // en identiteitskaart", "Other questions about parking".
    if [
        "other questions about ",
        "more questions about ",
        "andere vragen over ",
        "meer vragen over ",
        "weitere fragen zu ",
        "weitere fragen zum ",
        "weitere fragen zur ",
        "autres questions sur ",
        "otras preguntas sobre ",
        "altre domande su ",
        "outras perguntas sobre ",
        "andra frågor om ",
        "andre spørsmål om ",
        "andre spørgsmål om ",
    ]
    .iter()
    .filter_map(|p| strip_prefix_ci(t, p))
    .any(|r| words_le(r, 5) && !r.contains(['?', '.']))
    {
        return true;
    }
    // "More" and what kind of pieces: "More chef interviews", "More explainers", "More
    // stories like this" is listed below.
    if lower.strip_prefix("more ").is_some_and(|r| {
        words_le(r, 3)
            && !r.contains(['?', ':', '.'])
            && words(r).last().is_some_and(|w| {
                Words("interviews|stories|articles|features|explainers|columns|reviews|recipes|podcasts|videos|guides|q&as|letters|mailbags")
                    .contains(w)
            })
    }) {
        return true;
    }
    // An outlet's top stories, its name first, as Naver sets the box: "한빛일보 주요뉴스"; a
    // newsletter's "THIS WEEK IN THE COURIER".
    if words_le(t, 4) && (t.ends_with("주요뉴스") || t.ends_with("주요 뉴스"))
        || words_le(t, 6)
            && !t.contains(['?', ':', '.', ','])
            && ["this week in ", "this week on "]
                .iter()
                .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // A topic's pieces: "Health & wellness articles", "Travel guides", "Parenting stories".
    // (In lower case: "Fairlet Legal Guides" is a site's name.)
    if words_le(t, 4)
        && !t.contains(['?', ':', '.', ','])
        && t.starts_with(is_upper)
        && words(t).nth(1).is_some()
        && words(t)
            .last()
            .is_some_and(|w| Words("articles|stories|guides|explainers").contains(w))
    {
        return true;
    }
    // "Related" and what: "Related information", "Related services", "Related guidance".
    if lower
        .strip_prefix("related ")
        .is_some_and(|r| words_le(r, 2) && !r.contains(['?', ':']))
    {
        return true;
    }
    const HEADS: Words = Words(concat!(
        "sources|source|sources used|our sources|verwendete quellen|quellen|fuentes|références|",
        "sources et méthode|sources and methodology|methodology|méthodologie|méthode|",
        "quellen und methodik|methodik|fuentes y metodología|metodología|metodologia|",
        "references|related|related stories|related story|related articles|related links|",
        // (A charity's or a service's links under its page: "Find out more".)
        "find out more|useful links|further information|",
        // (A forum's links to other threads.)
        "similar threads|related threads|similar discussions|related discussions|",
        "similar questions|related questions|similar topics|",
        "gerelateerde vragen|vergelijkbare vragen|ähnliche fragen|verwandte fragen|",
        "questions similaires|questions connexes|preguntas relacionadas|domande correlate|",
        "perguntas relacionadas|relaterade frågor|relaterte spørsmål|relaterede spørgsmål|",
        "read more|read next|",
        "related help articles|related help topics|related resources|",
        "dans la même rubrique|sur le même thème|dans la même catégorie|",
        "en la misma sección|sobre el mismo tema|nella stessa sezione|sullo stesso tema|",
        "aus dem ressort|mehr aus dem ressort|mais nesta secção|mais nesta seção|",
        "related coverage|related reading|related news|further reading|related pages|",
        "more on this story|more on this|more stories|te puede interesar|",
        "lee también|lea también|leer también|te recomendamos|también te puede interesar|",
        "mehr zum thema|lesen sie auch|das könnte sie auch interessieren|also read|",
        // (A box of further links that asks: "Meer weten?", "Want to know more?")
        "meer weten?|wil je meer weten?|wilt u meer weten?|want to know more?|mehr wissen?|",
        // (A French public service's box of its other pages' questions.)
        // (With the no-break or narrow no-break space French sets before the marks.)
        "questions ? réponses !|questions ? réponses|questions? réponses!|",
        "questions\u{a0}? réponses\u{a0}!|questions\u{202f}? réponses\u{202f}!|",
        // Welsh: "More on this story", "Related stories", "Read more".
        "mwy ar y stori hon|straeon perthnasol|darllen mwy|hefyd o ddiddordeb|",
        "passend zum artikel|das könnte sie interessieren|geselecteerd door de redactie|",
        "read also|see also|más información|à lire aussi|lire aussi|recommended|",
        "recommended reading|recommended stories|recommended articles|",
        "most read|most popular|you may also like|you might also like|topics|",
        // (Russian "more on the topic"; Latvian, Lithuanian, Estonian "related articles".)
        "еще по теме|ещё по теме|другие новости по теме|saistītie raksti|saistītās ziņas|",
        "susiję straipsniai|susijusios naujienos|seotud artiklid|seotud lood|",
        // (Croatian, Serbian, Bosnian, Slovene: "related articles", "read this too".)
        "povezani članci|povezane vijesti|povezane vesti|повезане вести|povezani članki|",
        "pročitajte i ovo|pročitajte i|прочитајте и ово|preberite tudi|",
        // (The Nordic languages' "most read" and "related information".)
        "mest læste|mest lest|mest lästa|mest delte|relaterad information|relateret information|",
        "relatert informasjon|relaterade artiklar|relaterede artikler|relaterte artikler|",
        // (Hungarian: "Have you read this?", "Related", "Most read".)
        "ezt olvasta már?|ezt olvastad már?|kapcsolódó cikkek|legolvasottabb|",
        "you may also be interested in|you might also be interested in|",
        "trending|trending now|trending stories|trending articles|most viewed|most shared|",
        // (And a blog pager's label over the last post's title, "Previous".)
        "previous|popular now|top stories|top explained|top news|editor's picks|",
        // (Hindi's "most read", Urdu's "more columns".)
        "सबसे ज्यादा पढ़े गए|सबसे ज़्यादा पढ़े गए|सबसे अधिक पढ़े गए|مزید کالمز|مزید کالم|",
        // (A French site's top stories, "À la une"; Spanish "Lo último".)
        "à la une|a la une|lo último|",
        "editor’s picks|meistgelesen|meistgelesene artikel|meistgelesene|meist gelesen|lo más leído|les plus lus|i più letti|mais lidas|",
        "las más leídas|los más leídos|más leídas|más leídos|lo más visto|",
        "en çok okunanlar|yazarın diğer yazıları|ilgili haberler|benzer haberler|",
        // (Turkish's dotted capital folds to the dotless small letter, its one of two bytes:
        // "İlgili Haberler" → "ılgili haberler".)
        "ılgili haberler|ılgili içerikler|",
        "bunlar da ilginizi çekebilir|самое читаемое|الأكثر قراءة|الأكثر مشاهدة|人気記事|アクセスランキング|",
        // "Most read" on the BBC's and others' pages in Hindi, Urdu, Persian, Vietnamese,
        // Indonesian, Korean, Dutch, Polish, Ukrainian.
        "सबसे अधिक पढ़ी गईं|सबसे ज़्यादा पढ़ी गईं|سب سے زیادہ پڑھی جانے والی|پربیننده‌ترین|",
        "đọc nhiều nhất|terpopuler|많이 본 뉴스|meest gelezen|najczęściej czytane|найпопулярніше|",
        "related topics|explore more|explore more on these topics|explore more on this topic|",
        "more on this topic|more on these topics|related content|",
        // (A government guidance page's closing boxes: its change log and its topic links.)
        "updates to this page|explore the topic|page history|",
        "more from this section|more coverage|tags|themen|etiquetas|",
        "share this article|comments|kommentare|comentarios|newsletter|about the author|",
        "comentários|commenti|commentaires|reacties|kommentarer|mais populares|más populares|",
        "les plus populaires|più popolari|meest populair|tópicos|temas relacionados|",
        "about the authors|über den autor|über die autorin|sobre el autor|zur person|",
        // (A profile's box after an interview: "Chi è", "Bio express", "Perfil".)
        "chi è|bio express|perfil|profilo|",
        "more from this series|more in this series|more from the series|more interviews|",
        "quick guide|go further|more episodes|other episodes|recent episodes|more q&as|more q. & a.s|more q&a|more explainers|more faqs|",
        // Related stories elsewhere: Vietnamese, Hebrew, Persian, Arabic, Urdu, Hindi,
        // Indonesian, Czech, Greek, Romanian, Finnish, Danish, Swedish, Norwegian, Dutch,
        // Italian, Portuguese, Spanish, French, Polish, Ukrainian, Russian, Swahili, Catalan,
        // Japanese, Chinese, Korean, Thai.
        "tin liên quan|tin cùng chuyên mục|xem thêm|עוד בנושא|כתבות נוספות|קראו עוד|קראו גם|مطالب پیشنهادی|مطالب مرتبط|",
        "موضوعات مرتبط|بیشتر بخوانید|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|اقرأ المزيد|مواضيع ذات صلة|قد يهمك|",
        // (Persian "related news"; Hausa "related stories", "top stories".)
        "اخبار مرتبط|خبرهای مرتبط|labarai masu alaƙa|labarai masu alaka|labarai masu muhimmanci|",
        "متعلقہ عنوانات|مزید پڑھیں|یہ بھی پڑھیے|یہ بھی پڑھیں|ये भी पढ़ें|यह भी पढ़ें|baca juga|berita terkait|artikel terkait|",
        "আরও পড়ুন|আরো পড়ুন|",
        // (Tamil's, Bengali's, Hindi's, Urdu's "Related news", Tagalog's "Read also".)
        "தொடர்புடைய செய்திகள்|தொடர்புடைய கட்டுரைகள்|সম্পর্কিত খবর|संबंधित खबरें|",
        // (Tamil's "Read this too", "Read more".)
        "இதையும் படியுங்கள்|இதையும் படிக்க|மேலும் படிக்க|",
        "संबंधित ख़बरें|متعلقہ خبریں|basahin din|",
        "инчунин хонед|шунингдек ўқинг|shuningdek o'qing|тағы оқыңыз|дагы окуңуз|мөн уншаарай|",
        "həmçinin oxuyun|ayrıca okuyun|bunu da okuyun|ასევე წაიკითხეთ|",
        "čtěte také|přečtěte si také|související články|související|súvisiace články|",
        "nejčtenější|nejčtenější články|najčítanejšie|",
        "veel sellel teemal|loe ka|loe lisaks|",
        "mohlo by vás zajímat|mohlo by vás také zajímat|mohlo by vás zaujímať|další články|",
        "לכתבות נוספות|עוד כתבות|",
        "ամենաընթերցվածը|ամենաընթերցված|կարդացեք նաև|",
        "још из рубрике|još iz rubrike|прочитајте још|pročitajte još|повезане вести|povezane vesti|",
        "още по темата|свързани новини|fleiri skoðanir|tengdar fréttir|seotud uudised|",
        "mest lesið|nýjast|fleiri fréttir|tengt efni|lesa meira|",
        "διαβάστε επίσης|διαβάστε ακόμη|σχετικά άρθρα|σχετικά θέματα|περισσότερες γνώμες|",
        // (Greek capitals drop the accents: "ΣΧΕΤΙΚΑ ΑΡΘΡΑ".)
        "διαβαστε επισης|διαβαστε ακομη|σχετικα αρθρα|σχετικα θεματα|περισσοτερες γνωμες|kapcsolódó cikkeink|kapcsolódó cikkek|ezt is ajánljuk|",
        "gerelateerde onderwerpen|gerelateerde artikelen|verwante onderwerpen|",
        "seguí leyendo|sigue leyendo|seguir leyendo|keep reading|",
        "بابەتی پەیوەندیدار|بابەتە پەیوەندیدارەکان|gụọkwa|gụọkwa ihe ndị a|",
        "ഇതുകൂടി വായിക്കാം|ഇതും വായിക്കുക|ఇవి కూడా చదవండి|हेही वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|ಇದನ್ನೂ ಓದಿ|",
        "more opinion|iritzi gehiago|albiste gehiago|irakurri ere|aqra wkoll|aqra iktar|citește și|citește mai mult|citeste mai mult|mai multe opinii|lue myös|lue lisää|læs også|läs också|läs mer|les også|lees ook|",
        "leggi anche|potrebbe interessarti|leia também|noticias relacionadas|mirá también|",
        "potrebbe interessarti anche|ti potrebbe interessare|ti potrebbero interessare|",
        "también te puede interesar|también le puede interesar|",
        "voir aussi|à voir aussi|a voir aussi|",
        "relacionadas|relacionados|notícias relacionadas|matérias relacionadas|veja também|",
        "leia mais|posts relacionados|artigos relacionados|artículos relacionados|",
        "entradas relacionadas|publicaciones relacionadas|notas relacionadas|",
        "sur le même sujet|czytaj też|czytaj także|читайте також|читайте также|по теме|",
        "mavzuga oid|мавзуга оид|тақырыпқа қатысты|",
        "вам может быть интересно|вас может заинтересовать|вам може бути цікаво|",
        "більше на цю тему|більше за темою|больше по теме|ещё по теме|еще по теме|",
        "bekijk ook|kijk ook|zobacz też|zobacz także|zobacz również|czytaj również|przeczytaj również|przeczytaj też|se også|se även|katso myös|guarda anche|",
        "veja também|ver también|regardez aussi|à voir aussi|sehen sie auch|",
        "більше новин|інші новини|новини на тему|больше новостей|другие новости|more news|",
        "weitere nachrichten|más noticias|plus d'actualités|altre notizie|mais notícias|",
        // (Chinese "you may also want to read", "recommended reading", "related articles".)
        "你可能也想看|你可能也會想看|你可能也会想看|推薦閱讀|推荐阅读|猜你喜歡|猜你喜欢|相關文章|相关文章|",
        "你可能也喜歡|你可能也喜欢|相關報導|相关报道|【你可能也想看】|【延伸閱讀】|【延伸阅读】|【相關新聞】|",
        "延伸閱讀|相關閱讀|相關新聞|recent posts|recent articles|latest posts|latest articles|",
        "entradas recientes|publicaciones recientes|artículos recientes|articles récents|",
        "articoli recenti|neueste beiträge|posts recentes|recente berichten|",
        "previous post|next post|previous article|next article|older post|newer post|",
        // A blog's pager, its labels on lines of their own over the posts' titles.
        "",
        "soma pia|soma zaidi|unaweza pia kusoma|iliyosomwa zaidi|habari zaidi|habari nyingine|llegiu també|llegeix també|notícies relacionades|関連記事|関連ニュース|あわせて読みたい|この記事を書いた人|相关阅读|延伸阅读|相关新闻|관련기사|관련 기사|관련 뉴스|관련뉴스|",
        "ข่าวที่เกี่ยวข้อง|อ่านข่าวเพิ่ม|แท็กที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|อ่านเพิ่มเติม|",
        "อ่านข่าวอื่น ๆ|อ่านข่าวอื่นๆ|پربیننده‌ترین‌ها|پربیننده ترین ها|",
        "verwandte seiten|verwandte artikel|verwandte themen|ähnliche seiten|siehe auch|",
        // Blogs' and help centres' rails (HubSpot, Zendesk).
        "related posts|articles in this section|recently viewed articles|popular articles|",
        "from the blog|from our blog|latest from the blog|more from the blog|other news|",
        "must read|must-read|don't miss|don’t miss|where to next?|where to next|what to read next|",
        "sponsored stories|sponsored content|sponsored links|promoted stories|paid content|",
        "from our partners|partner content|around the web|",
        "máis información|tamén che pode interesar|tamén pode interesarche|",
        "més informació|també et pot interessar|et pot interessar|més llegides|més llegits|el més llegit|lo més llegit|",
        "ces articles peuvent vous intéresser|ces articles pourraient vous intéresser|",
        "vous aimerez aussi|vous aimerez peut-être aussi|à découvrir aussi|",
        "estos artículos te pueden interesar|te puede interesar también|",
        "weiterführende links|weiterführende informationen|call participants",
    ));
    // "More from Politics", "Mehr aus Wirtschaft", "Meer over de storm", "Mer om barnehage":
    // other stories.
    let more = Words(concat!(
        "more from |more in |more about |more on |mehr aus |mehr zu |mehr über |más de |más sobre |",
        "plus de |plus sur |altro da |altro su |mais de |mais sobre |meer uit |meer over |",
        // (A LinkedIn author's other pieces: "More articles by Sanne de Vries".)
        "more articles by |more articles from |meer artikelen van |weitere artikel von |",
        "plus d'articles de |plus d’articles de |más artículos de |",
        "recommended from |recommended for |read more |other news in |other stories in |",
        // "Most viewed in Money", "Most read in Sport": the section's rail.
        "most viewed in |most read in |most popular in |trending in |",
        // ("Popular on NPR.org", "Trending on CNN": the site's rail.)
        "popular on |trending on |popular in |",
        "mer om |mer fra |mer från |mere om |mere fra |lisää aiheesta |więcej o |więcej z |",
        // (Icelandic: "Nýjast í Skoðun", "Meira um …", "Mest lesið í …".)
        "nýjast í |meira um |meira úr |mest lesið í |",
    ))
    .iter()
    // (Up to eight words: "More from Jen Alvarado and Valley Makers".)
    .any(|m| lower.starts_with(m) && terminal_punct(t).is_none())
        // (Bengali sets the section first: "অর্থনীতি থেকে আরও পড়ুন", more from the economy
        // desk.)
        || ["থেকে আরও পড়ুন", "থেকে আরো পড়ুন"].iter().any(|e| lower.ends_with(e));
    // "More AFL draft coverage", "More election news": a rail of other stories on the topic.
    // (Or a section's name alone: "More travel", "More sport" — not "More questions".)
    let more_on_topic = lower.starts_with("more ")
        && terminal_punct(t).is_none()
        && ([" coverage", " stories", " news", " articles", " headlines", " galleries", " videos"]
            .iter()
            .any(|e| lower.ends_with(e))
            || (words_le(t, 2)
                && !Words("more questions|more answers|more faqs|more information|more info|more help|more details")
                    .contains(&lower)));
    // "Ouest-France vous recommande", "Die Redaktion empfiehlt", "La redazione consiglia": a
    // newsroom's picks.
    // (Not a lead-in to a list: "Other steps experts recommend:".)
    let recommends = terminal_punct(t).is_none()
        && !trim(s).ends_with([':', '：'])
        && [
            " vous recommande",
            " empfiehlt",
            " recommends",
            " consiglia",
            " recomienda",
            " recomenda",
        ]
        .iter()
        .any(|e| lower.ends_with(e));
    more || more_on_topic || recommends || HEADS.contains(lower.as_str())
}

/// The heading or run-in label of an article's closing section: "Our ruling", "The verdict",
/// "The bottom line: …", "Fazit", "Conclusión".
pub fn is_closing_section(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 600 {
        return false;
    }
    // The label: the whole block, or what comes before its colon; three words at most.
    let head = t.split_once([':', '：']).map_or(t, |(h, _)| h);
    if !words_le(head, 3) {
        return false;
    }
    let lower = fold(t);
    const HEADS: Words = Words(concat!(
        "our ruling|the ruling|our verdict|the verdict|verdict|the bottom line|bottom line|",
        "conclusion|in conclusion|conclusions|the takeaway|the upshot|fazit|unser fazit|",
        "conclusión|conclusiones|en conclusion|conclusione|conclusão|conclusie|",
        // A heading over what comes next, without a question mark.
        "what's next|what’s next|next steps|",
        "wie es weitergeht|qué sigue|la suite|e adesso|o que vem a seguir",
    ));
    let head = lower
        .split_once([':', '：'])
        .map_or(lower.as_str(), |(h, _)| h);
    let whole = head.len() + 1 >= lower.len();
    HEADS.contains(trim(head)) && (whole || words_le(head, 3))
}

/// A heading phrased as a question without its question mark — "What happened", "Who is the
/// suspect", "Can I travel while I wait", "Wie es weitergeht" — as "What we know" explainers set
/// them: it opens with an interrogative word or a yes-no question's verb and does not end like a
/// sentence.
pub fn is_wh_phrase(s: &str) -> bool {
    let t = trim(s);
    let t = strip_number(t).map_or(t, |(_, rest)| rest);
    if t.len() > 120 || !words_le(t, 16) || ends_with_question(t) {
        return false;
    }
    if matches!(t.chars().last(), Some('.' | '!' | ':' | ';' | ',' | '…')) {
        return false;
    }
    // (Or a statement and then the question after a dash, the mark dropped with the others':
    // "I already have a permit near the hospital – do I need to do anything".)
    let dashed = t.as_bytes().contains(&0xE2);
    let t = [" – ", " — "]
        .iter()
        .filter(|_| dashed)
        .find_map(|d| t.rfind(d).map(|k| trim(&t[k + d.len()..])))
        .filter(|r| opens_asking(r))
        .unwrap_or(t);
    // (Or a Chinese question's closing particle: "外籍看護工適用嗎".)
    t.ends_with(['嗎', '吗']) || opens_asking(t) && !noun_clause(t) && !imperative(t)
}

/// A heading that opens on an interrogative word, a question's or a title's noun clause, no mark
/// after it: "Who is not covered", "What the new law means for renters", "Whether you can keep
/// a pet" (see [`is_wh_phrase`] for the ones that ask).
pub fn is_wh_clause(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 120
        && words_le(t, 16)
        && !matches!(
            t.chars().last(),
            Some('.' | '!' | ':' | ';' | ',' | '…' | '?')
        )
        && (opens_asking(t) || t.starts_with("Whether "))
}

/// A heading asking without its question mark, phrased as a question: the interrogative word is
/// followed by the question's verb ("Who is eligible", "Hur nära ett hus får man gå"), not by
/// "to", a pronoun or an article as in a title's noun clause ("How to apply", "Why it matters",
/// "What the rules say", "Wie es weitergeht"); or a yes-no question's verb opens it ("Can I
/// travel while I wait").
pub fn asks_unmarked(s: &str) -> bool {
    let t = trim(s);
    if !is_wh_phrase(t) || starts_with_quote(t) {
        return false;
    }
    let t = strip_number(t).map_or(t, |(_, rest)| rest);
    if t.ends_with(['嗎', '吗']) {
        return true;
    }
    let mut ws = t
        .split(|c: char| !is_word_char(c) && !matches!(c, '\'' | '’' | '-'))
        .filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (ws.next(), ws.next()) else {
        return false;
    };
    let (first, next) = (fold(first), fold(second));
    // "What's next", "Can I travel…": the verb is already there.
    if first.ends_with("'s") || first.ends_with("’s") || YES_NO_VERBS.contains(&first) {
        return true;
    }
    // English puts the verb (or "much", "long"…) right after the interrogative word.
    if Words("what|who|whom|whose|when|where|why|how|which").contains(first.as_str()) {
        return Words(concat!(
            "is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|",
            "might|must|happens|happened|changes|comes|counts|qualifies|pays|much|many|long|far|",
            "often|soon|else|exactly|next|now",
        ))
        .contains(next.as_str());
    }
    // Spanish marks its interrogatives with the accent, asking directly or not: "Qué es el
    // aguinaldo", "Cuándo se cobra", "Cuánto cobro si…" (its "es" and "se" are verbs and
    // pronouns of the question, not a noun clause's).
    // (Not a task's title, the interrogative word then an infinitive, "How to" in the Romance
    // languages: "Cómo solicitarla, paso a paso", "Dónde presentar la solicitud", "Comment
    // demander l'aide", "Que faire si…", "Come richiedere il bonus", "Como pedir o auxílio".)
    // (After "qué", "que", "cosa", only "to do": a noun so ending follows them as often, "Qué
    // alquiler cuenta…", "Qué familiar da derecho…".)
    if Words("cómo|como|comment|come|dónde|onde|où|dove").contains(&first) && is_infinitive(&next)
        || Words("qué|que|cosa|quoi").contains(&first)
            && Words("hacer|faire|fare|fazer").contains(&next)
    {
        return false;
    }
    if Words("qué|cuándo|cuánto|cuánta|cuántos|cuántas|cómo|dónde|quién|quiénes|cuál|cuáles")
        .contains(&first)
    {
        return true;
    }
    // Elsewhere, not a pronoun or an article (a noun clause: "Wie es weitergeht", "Hur man
    // ansöker") nor a capitalised noun (German verb-last: "Was Kritiker sagen").
    !second.starts_with(is_upper)
        && !Words(concat!(
            "es|er|sie|man|wir|ich|du|der|die|das|den|dem|ein|eine|",
            "il|elle|ils|elles|on|ça|le|la|les|un|une|el|los|las|lo|se|",
            "det|de|han|hon|vi|jag|ni|en|ett|het|ze|hij|zij|je|gli|o|os|as",
        ))
        .contains(next.as_str())
}

/// A Romance infinitive, folded, perhaps with its pronoun glued on: "solicitar", "solicitarla",
/// "faire", "obtenir", "richiedere", "pedir". (Not the nouns so ending that follow "qué" or
/// "que": "Qué lugar…", "Qué poder tiene…".)
fn is_infinitive(w: &str) -> bool {
    let stem = [
        "nos", "las", "los", "les", "la", "lo", "le", "se", "me", "te", "lhe",
    ]
    .iter()
    .find_map(|c| w.strip_suffix(c).filter(|s| s.ends_with(['r'])))
    .unwrap_or(w);
    stem.chars().count() >= 4
        && ["ar", "er", "ir", "ír", "re", "oir"].iter().any(|e| stem.ends_with(e))
        && !Words("lugar|mujer|hogar|poder|deber|placer|militar|particular|popular|nivel|autre|entre|notre|votre|contre|livre|centre|offre|ordre|titre|genre|nombre|hombre|padre|madre|sobre|libre|mayor|menor|mejor|peor|valor|color|favor|amor|sector|mercado")
            .contains(w)
}

/// A poll's or a quiz's choices under a question: short lines (no prose), at least two of them
/// lettered in order from the first ("A. 1,214 pounds", "B. …"; then, say, the answers' line),
/// or answering yes and no ("Yes, more than once", "No").
pub fn are_choices(lines: &[&str]) -> bool {
    let (mut lettered, mut yes, mut no, mut boxed) = (0, false, false, 0);
    // (The first bracketed letter's code point, and how many lines in a row follow it.)
    let mut bracket: Option<(u32, u32)> = None;
    // (Four at least where the letter has no opening bracket: a list lettered "क)", "ख)",
    // "ग)" answers as readily as a quiz offers four.)
    let mut bare = false;
    for (k, l) in lines.iter().enumerate() {
        // (A poll's radio buttons copied as text: "( ) Teilweise", "○ Yes", "[ ] No".)
        let t = trim(l);
        // (Or all on one line, as a questionnaire prints them: "[ ] Daily  [ ] Weekly",
        // "☐ Agree ☐ Not sure".)
        if t.as_bytes().windows(3).filter(|w| *w == b"[ ]").count() + t.matches(['☐', '□']).count()
            >= 2
            || inline_choices(t)
        {
            return true;
        }
        let t = match ["( )", "()", "[ ]", "○", "◯", "☐", "□"]
            .iter()
            .find_map(|b| t.strip_prefix(b))
        {
            Some(r) => {
                boxed += 1;
                trim(r)
            }
            None => t,
        };
        if !words_le(t, 12) {
            return false;
        }
        // (Or the poll's button under two choices at least: "Yes, more often" / "About the
        // same" / "Vote".)
        if k >= 2 && t.len() <= 16 && POLL_BUTTONS.contains(&fold(t)) {
            return true;
        }
        // (Or a letter in brackets, in any script whose letters run in consecutive code points:
        // "(a) CO₂", Sinhala's "(අ)" / "(ආ)" / "(ඇ)".)
        // (A choice of a few words, not a list's sentence: "(a) Your current passport.")
        // (Or the letter before its bracket only, as Tamil sets them: "அ) 1975", "ஆ) 1983".)
        let mut cs = t.strip_prefix('(').unwrap_or(t).chars();
        if let (Some(c), Some(')')) = (cs.next(), cs.next()) {
            let short = words_le(t, 8) && !t.ends_with('.');
            let (letter, c) = (is_word_char(c) && !c.is_ascii_digit(), u32::from(c));
            let k = u32::try_from(k).unwrap_or(0);
            bracket = match bracket {
                Some((first, n)) if short && n == k && c == first + k => Some((first, n + 1)),
                None if short && k == 0 && letter => {
                    bare = !t.starts_with('(');
                    Some((c, 1))
                }
                other => other,
            };
        }
        // Lettered in the alphabet's order: Latin "a)", Greek "Α.", Cyrillic "А." (both in
        // consecutive code points for their first letters).
        let mut cs = t.chars();
        let (c, mark) = (cs.next().map_or(0, u32::from), cs.next());
        let index = match c {
            0x41..=0x5A => c - 0x41,
            0x61..=0x7A => c - 0x61,
            0x391..=0x3A1 => c - 0x391,
            0x3B1..=0x3C1 => c - 0x3B1,
            0x410..=0x42F => c - 0x410,
            0x430..=0x44F => c - 0x430,
            _ => u32::MAX,
        };
        if lettered == k
            && usize::try_from(index).is_ok_and(|i| i == k)
            && matches!(mark, Some('.' | ')' | ':'))
        {
            lettered += 1;
        }
        // (A choice, not a sentence: "Sì." / "Non sempre." answer in a few words.)
        let sentence = t.ends_with('.');
        let first = fold(t.split([' ', ',', '.', '!']).next().unwrap_or(""));
        yes |= !sentence
            && Words(
            "yes|ja|oui|sí|sì|si|sim|tak|да|так|kyllä|igen|ano|evet|jo|ναι|כן|نعم|بله|はい|네|是|có|ya|taip|jā|jah|áno|da",
        )
        .contains(&first);
        no |= !sentence
            && Words(
            "no|nein|non|nie|não|nao|нет|ні|ei|nem|ne|nee|nej|nei|όχι|לא|لا|خیر|いいえ|아니요|否|không|tidak|hayır",
        )
        .contains(&first);
    }
    lettered >= 2
        || boxed >= 2
        || bracket.is_some_and(|(_, n)| n >= 3 + u32::from(bare))
        || (lines.len() >= 2 && yes && no)
}

/// A quiz's lettered choices all on one line, as an exam paper prints them: "அ) 1935 ஆ) 1947
/// இ) 1949 ஈ) 1969", "a) CO2 b) O2 c) N2 d) H2" — four at least (an answer lists three ways
/// so, "a) online b) by phone c) at the library"), the first opening the line, their letters
/// in the alphabet's order (consecutive code points), each a few words, no sentence's end.
fn inline_choices(t: &str) -> bool {
    let letter = |w: &str| {
        let mut cs = w.chars();
        match (cs.next(), cs.next(), cs.next()) {
            (Some(c), Some(')'), None) if is_word_char(c) && !c.is_ascii_digit() => {
                Some(u32::from(c))
            }
            _ => None,
        }
    };
    let (mut n, mut first, mut since) = (0u32, 0u32, 0usize);
    // (Three will do for a poll's "a) Yes b) No c) Not sure": a choice's first word answers
    // yes and another's no.)
    let (mut yes, mut no, mut after) = (false, false, false);
    for (k, w) in words(t).enumerate() {
        if after {
            let f = fold(w.trim_end_matches([',', ';']));
            yes |= Words("yes|ja|oui|sí|sì|sim|tak|да|так").contains(&f);
            no |= Words("no|nein|non|nie|não|нет|ні").contains(&f);
            after = false;
        }
        match letter(w) {
            Some(c) if k == 0 => {
                first = c;
                n = 1;
                since = 0;
                after = true;
            }
            Some(c) if n > 0 && c == first + n => {
                n += 1;
                since = 0;
                after = true;
            }
            _ if k == 0 => return false,
            _ => {
                since += 1;
                if since > 8 {
                    return false;
                }
            }
        }
    }
    (n >= 4 || n == 3 && yes && no) && !t.ends_with('.')
}

/// A quiz's choices numbered in circles, as Korean and Japanese quizzes print them: on one line,
/// "① 대구 ② 경북 경산 ③ 강원 강릉", or a line each from "①" — fragments, no sentence's end.
/// (An answer lists so too: read only on a page that calls itself a quiz.)
pub fn circled_choices(lines: &[&str]) -> bool {
    let fragment = |t: &str| !t.ends_with(['.', '。']);
    let first = lines.first().map_or("", |l| trim(l));
    (first.starts_with('①') && first.contains('②') && first.contains('③') && fragment(first))
        || lines.len() >= 3
            && ['①', '②', '③']
                .iter()
                .zip(lines)
                .all(|(c, l)| trim(l).starts_with(*c) && fragment(trim(l)))
}

/// A page that calls itself a quiz in Korean, Japanese or Chinese ("[주간 뉴스 퀴즈]", "ニュース
/// クイズ", "新闻测验"), or by the words `is_quiz_title` reads.
pub fn names_quiz(s: &str) -> bool {
    ["퀴즈", "クイズ", "测验", "測驗"]
        .iter()
        .any(|w| find_sub(s, w).is_some())
        || is_quiz_title(s)
}

const POLL_BUTTONS: Words = Words(
    "vote|vote now|submit|submit vote|see results|view results|abstimmen|jetzt abstimmen|votar|\
     voter|votare|stemmen|stem nu|głosuj|rösta|äänestä|balsuoti|balsot|hääleta|hlasovat|\
     hlasovať|szavazás|szavazok|votează|votați|glasaj|glasajte|glasuj|гласај|гласувай|\
     голосовать|проголосовать|голосувати|проголосувати|oy ver|ψηφίστε",
);

/// "Have your say", "Do your part": a verb that could ask, then "your" — a request, not a question.
fn imperative(t: &str) -> bool {
    let mut ws = words(t);
    matches!(
        (
            ws.next().map(fold).as_deref(),
            ws.next().map(fold).as_deref()
        ),
        (Some("have" | "do" | "take"), Some("your"))
    )
}

/// A wh-word then "I" or "we" is the writer's own label, not a question: "How we reported this",
/// "How I tested", "What we know", "Was wir wissen" (a question puts the verb second: "What happens
/// next", "Was ist passiert"; "Wie es weitergeht" stays one of a "what we know" piece's questions).
fn noun_clause(t: &str) -> bool {
    let mut ws = t
        .split(|c: char| !is_word_char(c) && !matches!(c, '\'' | '’'))
        .filter(|w| !w.is_empty());
    let (Some(wh), Some(subject)) = (ws.next(), ws.next()) else {
        return false;
    };
    Words("what|how|why|where|when|who|which|was|wie|warum|wo|wer|wann").contains(fold(wh).as_str())
        && Words("i|we|wir|ich").contains(fold(subject).as_str())
}

/// Does the text open with an interrogative word or a yes-no question's verb ("What…", "Can I…",
/// "Wie…", "¿Cuándo…")?
pub fn opens_asking(t: &str) -> bool {
    let first = t
        .split(|c: char| !is_word_char(c) && !matches!(c, '\'' | '’' | '-'))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    const WH: Words = Words(concat!(
        "what|what's|what’s|who|who's|who’s|whom|whose|when|where|why|how|which|was|",
        "wer|wen|wem|wann|wo|woher|wohin|warum|wieso|weshalb|wie|welche|welcher|",
        "welches|qué|quién|quiénes|cuándo|dónde|cómo|cuál|cuáles|cuánto|cuánta|cuántos|",
        "cuántas|pourquoi|comment|",
        "quand|où|qui|quel|quelle|quels|quelles|combien|est-ce|",
        // (French's inverted verbs: "Peut-on la cumuler…", "Faut-il déclarer…".)
        "peut-on|faut-il|doit-on|peut-il|peut-elle|doit-il|doit-elle|dois-je|puis-je|",
        "faudra-t-il|pourra-t-on|",
        "vad|vem|när|hur|varför|vilken|vilka|hva|hvem|hvor|hvordan|hvorfor|hvilken|",
        "wat|waar|wanneer|hoe|waarom|welke|cosa|chi|dove|quando|perché|quale|quanto|",
        "quem|onde|como|qual|",
        // Finnish: "Miksi hinta nousee", "Kuinka kallista sähkö on", "Onko…".
        "mikä|mitä|mitkä|miksi|miten|kuinka|kuka|ketkä|ketä|kenen|kenelle|milloin|missä|",
        "mistä|mihin|minne|paljonko|montako|kumpi|millainen|millä|mille|onko|ovatko|voiko|",
        "saako|tuleeko|joutuuko|kannattaako|maksaako|tarvitseeko|koskeeko|kuuluuko|",
        // Russian, Ukrainian, Polish, Czech: "Что предлагается", "Кого это коснется",
        // "Чи зросте тариф", "Czy trzeba płacić", "Kdo má nárok".
        "что|кто|кого|кому|какой|какая|какое|какие|каких|как|где|когда|почему|зачем|",
        "сколько|куда|откуда|можно|що|хто|кому|який|яка|яке|які|як|де|коли|чому|",
        "навіщо|скільки|куди|чи|co|kto|kogo|komu|jak|gdzie|kiedy|dlaczego|ile|jaki|jaka|",
        "jakie|czy|kdo|koho|kde|kdy|proč|kolik|jaký|jaká|jaké|který|která|které|",
        // Georgian, and more in Cyrillic (Belarusian, Bulgarian, Serbian, Kazakh, Kyrgyz,
        // Uzbek, Mongolian): words of their own scripts, none a word of another language
        // ("რა დოკუმენტი უნდა წავიღო", "Колькі каштуе", "Кога ще").
        // (Not Armenian's: a question marks its word, "Ինչո՞ւ է", and "Ինչ են ասում
        // փորձագետները", what the experts say, is a section's label.)
        "რა|როგორ|როდის|სად|ვინ|ვის|რატომ|რამდენი|რამდენ|რომელი|რომელ|საიდან|რისთვის|შეიძლება|",
        "што|дзе|калі|чаму|колькі|ці|навошта|адкуль|какво|какъв|каква|какви|кой|коя|кое|кои|",
        "къде|кога|защо|",
        "колко|дали|шта|ко|како|када|зашто|колико|који|која|које|қандай|қашан|неге|қайда|кім|",
        // (And Serbian, Croatian and Bosnian in Latin letters; not "ko", a knockout.)
        "šta|što|kada|koliko|kako|gde|gdje|zašto|koji|koja|koje|kakav|kakva|čemu|odakle|",
        "қалай|қанша|кандай|качан|эмне|эмнеге|ким|кайда|канча|кантип|нима|қачон|қаерда|нега|",
        "юу|хэн|хэзээ|хаана|яагаад|ямар|хэд|хэрхэн|",
        // Uzbek and Kazakh in Latin letters ("Qachon kuchga kiradi", "Qanday hujjat kerak";
        // not "kim", a Korean surname, nor "nega", a Portuguese and Italian verb).
        "kimlar|nima|nimaga|nimalar|qachon|qayerda|qayerdan|qanday|qancha|qaysi|nechta|nechanchi|",
        "qashan|qaida|qalai|qansha|qandai|qaisy|nege",
    ));
    let first = fold(first);
    WH.contains(&first)
        || YES_NO_VERBS.contains(&first)
        // (And a Finnish verb asking with its "-kö": "Riittääkö sähkö", "Pitääkö…".)
        || first.chars().count() >= 5 && first.ends_with("kö")
        // (Portuguese "what" is two words: "O que é o Auxílio", "O que fazer se…".)
        || (first == "o" && strip_prefix_ci(trim(t), "o que ").is_some())
}

/// The verbs that open a yes-no question: "Can I travel while I wait", "Is it safe", "Kann ich
/// reisen".
const YES_NO_VERBS: Words = Words(concat!(
    "can|could|is|are|were|do|does|did|will|would|should|shall|has|have|may|must|ist|sind|",
    "kann|können|muss|müssen|gibt|wird|werden|soll|sollte|darf|hat|haben",
));

/// Words an interviewer's prompt addresses someone with ("Tell me about…", "Your opponent says…",
/// "Erzählen Sie…", "Hábleme de…"), in the languages we read: the second person and verbs that ask
/// for an account.
pub fn addresses_someone(s: &str) -> bool {
    const ADDRESS: Words = Words(concat!(
        "you|your|yours|yourself|",
        "sie|ihnen|ihr|ihre|ihrer|du|dir|dich|dein|deine|erzählen|erklären|beschreiben|",
        "usted|ustedes|tú|cuéntenos|cuénteme|hábleme|háblenos|explíquenos|háblame|cuéntame|",
        "vous|votre|vos|tu|toi|racontez|parlez|expliquez|décrivez|",
        "lei|voi|racconti|parli|você|vocês|conte|fale|jij|jou|uw|vostè|vostès|",
        // (Dutch's requests: "Vertel eens over…", "Beschrijf…"; its "je" is French's "I".)
        "vertel|beschrijf|",
        "вы|вам|вас|ваш|ваша|ваше|ваши|вашей|вашего|ви|вами|ваші|",
        // Turkish, the Nordic languages.
        // ("size", "dig", "er" and "ni" are words of English or Danish too.)
        "siz|sizi|sizin|sizce|sen|seni|sana|senin|anlatın|anlatır|deg|dere|jer|",
        // Serbian, Croatian, Bosnian (Cyrillic and Latin): "you say", "tell us", "you think".
        "кажете|кажите|реците|објасните|опишите|мислите|сматрате|ваше|вашу|вашој|испричајте|",
        // (And "tell us" in Russian, Ukrainian, Bulgarian.)
        "расскажите|розкажіть|разкажете|ispričajte|",
        "kažete|kažite|recite|objasnite|opišite|mislite|smatrate|vas|vam|vaš|vaša|vaše|vašu|",
        // Czech, Slovak, Polish: "to you", "you would", "tell us"; Swedish "you" (object).
        "vám|vás|váš|vaše|vašeho|byste|jste|řekněte|popište|vysvětlete|vaša|ste|povedzte|",
        "opíšte|vysvetlite|pana|panu|pani|państwo|ditt|dina|",
        // Welsh: "your", "describe", "tell", "explain".
        "eich|disgrifiwch|dywedwch|esboniwch|",
        // Basque: "you", "to you", "you have", "you are", "you were"; Irish and Scottish Gaelic
        // "you"; Catalan's and Galician's polite "you".
        "zuk|zuri|zuen|zure|zuek|zuei|zuretzat|zaizu|duzu|duzue|dituzu|dituzue|zaudete|zara|",
        "zarete|zinen|zenuen|",
        "sibh|thusa|sibhse|vostè|vostede",
    ));
    // (English requests only as the first word: "Tell me about…", not "What would I tell my
    // younger self?")
    const REQUESTS: Words = Words("tell|talk|describe|explain|walk");
    let folded = fold(s);
    let words = || {
        folded
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
    };
    // ("tu" is French's and Spanish's "you", but West Slavic's "here": "Kto tu koho vydiera?")
    let slavic = || {
        words()
            .any(|w| Words("kto|koho|čo|co|ako|kde|kedy|prečo|kdo|proč|gdzie|czy|jak").contains(w))
    };
    // (German's polite "you" is capitalised: "sie", "ihre" in small letters are "she", "her" or
    // "they", "their" — "Beim zweiten Anruf hat sie gefragt…" tells, it addresses no one.)
    let polite = |w: &str| {
        let cap = |c: &str| {
            s.split(|c: char| !is_word_char(c))
                .any(|o| o.len() == w.len() && o.starts_with(c) && o[1..] == w[1..])
        };
        match w {
            "sie" => cap("S"),
            "ihnen" | "ihre" | "ihrer" => cap("I"),
            _ => true,
        }
    };
    // ("du" is "you" in German and the Nordic languages, "Hast du…?", "Saknar du tävlandet?";
    // but French's "of the" among French words, "Quel est le rôle du maire ?", and a Basque
    // auxiliary after its verb's participle, "Nork ordaintzen du zarata?".)
    let german_du = || {
        let french = words().any(|x| {
            Words("le|les|des|est|que|qui|quel|quelle|quels|quelles|pour|une|aux|cette|sont|avec")
                .contains(x)
        });
        let basque = words()
            .zip(words().skip(1))
            .any(|(before, w)| w == "du" && (before.ends_with("tzen") || before.ends_with("ten")));
        !french && !basque
    };
    let address = |w: &str| {
        ADDRESS.contains(w) && !(w == "tu" && slavic()) && (w != "du" || german_du()) && polite(w)
    };
    let mut ws = words();
    ws.next()
        .is_some_and(|w| REQUESTS.contains(w) || address(w))
        || ws.any(address)
}

/// A sentence for the guest to finish: "Finish this sentence: a good midwife is…".
pub fn is_completion_prompt(s: &str) -> bool {
    let t = trim(s);
    t.starts_with(['F', 'C'])
        && Words(
            "finish this sentence|complete this sentence|finish the sentence|complete the sentence",
        )
        .opens(&fold(head(t, 24)))
}

/// An interview's last prompt, a request after a lead of three words at most ("Last one.
/// Describe the suburban house of 2050 in one sentence.", "Final question. Tell me…"), or a
/// sentence to finish.
pub fn is_last_request(s: &str) -> bool {
    let t = trim(s);
    if is_completion_prompt(t) {
        return true;
    }
    // (The lead says it is the last: "Last one.", "One more.", "Final question." — not "It's
    // simple. Talk to every customer…"; nor a call to the readers, "… by emailing us@…".)
    let lead_last = |lead: &str| {
        words(lead).any(|w| Words("last|final|finally|lastly|more|one").contains(&fold(w)))
    };
    // (Or the other languages' "to finish": "Para terminar: si tuviera que dar un solo
    // consejo…", "Zum Schluss: …", "Pour finir : …".)
    if let Some((lead, rest)) = t.split_once(':').filter(|(lead, _)| lead.len() <= 24) {
        if Words("para terminar|para cerrar|para finalizar|por último|zum schluss|zum abschluss|pour finir|pour terminer|per finire|per chiudere|tot slot")
            .contains(&fold(trim(lead)))
            && !words_le(rest, 3)
        {
            return true;
        }
    }
    // (Or a colon and the prompt, whatever its words, where the lead names the question:
    // "Last one: your favourite thing to eat after a Saturday service.")
    let colon = || {
        find_sub(head(t, 24), ": ").is_some_and(|k| {
            Words("last one|one more|final one|last question|final question|one last question|one more question")
                .contains(&fold(&t[..k]))
                && !words_le(&t[k + 2..], 2)
        })
    };
    !t.contains('@')
        && (colon()
            || find_sub(head(t, 24), ". ").is_some_and(|k| {
                words_le(&t[..k], 3)
                    && lead_last(&t[..k])
                    && words(&t[k + 2..]).next().is_some_and(|w| {
                        Words("tell|talk|describe|explain|walk|name|finish|complete")
                            .contains(&fold(w))
                    })
            }))
}

/// Does the writer speak in the first person singular ("I", "my", "me") outside quotation
/// marks? (English, and French's "je", "j’ai": a personal essay's voice, not a quoted
/// source's.)
pub fn speaks_as_i(s: &str) -> bool {
    let mut quoted = false;
    let mut word_start: Option<usize> = None;
    // (French's "je" only in French: where the paragraph elides an article or a pronoun, "l’",
    // "d’", "qu’"… — Dutch's "je" is "you". Looked for once, where a "je" is met.)
    let french = std::cell::OnceCell::new();
    let is_i = |w: &str| {
        Words("I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|My|me|myself").contains(w)
            || ["j’", "j'", "J’", "J'"]
                .iter()
                .any(|p| w.len() > 2 && w.starts_with(p))
            || matches!(w, "je" | "Je")
                && *french.get_or_init(|| {
                    [
                        " l’", " d’", " qu’", " c’", " n’", " l'", " d'", " qu'", " c'", " n'",
                    ]
                    .iter()
                    .any(|e| has_sub(s, e))
                })
    };
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if is_word_char(c) || matches!(c, '\'' | '’') {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            if !quoted && s.get(start..i).is_some_and(is_i) {
                return true;
            }
        }
        match c {
            '“' | '«' | '„' => quoted = true,
            '”' | '»' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
    }
    false
}

/// The words a myth-buster labels its myths with, in the languages seen: "Myth", "Mito",
/// "Mythos".
const MYTH_LABELS: Words = Words("myth|mythe|mythos|mito|mit|fabel");

/// A claim labelled as a myth-buster labels its myths: "Myth: The MMR vaccine causes autism",
/// "Mito: …", "Mythos: …".
pub fn is_myth_label(s: &str) -> bool {
    trim(s).split_once(':').is_some_and(|(label, rest)| {
        label.len() <= 8 && !trim(rest).is_empty() && MYTH_LABELS.contains(&fold(label))
    })
}

/// A number alone in an element of its own, a badge before a question: "1", "01", "1.", "2)".
pub fn is_number_badge(t: &str) -> bool {
    let digits = t.trim_end_matches(['.', ')']);
    (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A question's number alone: "Q1", "Q12".
pub fn is_numbered_q(s: &str) -> bool {
    let b = trim(s).as_bytes();
    (2..=4).contains(&b.len()) && b[0] == b'Q' && b[1..].iter().all(u8::is_ascii_digit)
}

/// A myth-buster's label alone on its line, numbered or not: "Myth 1", "MYTH #2:", "Fact",
/// "The facts:". Returns the label's word as written ("Myth", "MYTH", "Fact").
pub fn lone_label(s: &str) -> Option<&str> {
    let t = trim(trim(s).trim_end_matches([':', '.']));
    if t.len() > 16 {
        return None;
    }
    let word = t.split(' ').next()?;
    let rest = trim(&t[word.len()..]).trim_start_matches(['#', '№']);
    let numbered = rest.is_empty() || rest.bytes().all(|b| b.is_ascii_digit());
    (numbered && MYTH_LABELS.contains(&fold(word)))
        .then_some(word)
        .or_else(|| {
            Words("fact|facts|the facts|the fact|truth|the truth|reality|fakt|fakten|realidad|réalité|feit")
                .contains(&fold(t))
                .then_some(t)
        })
}

/// A myth's label set apart as a badge before its claim, with no colon between:
/// "Myth The MMR vaccine causes autism" (`<span>Myth</span> The MMR…`). Returns where the label
/// ends.
pub fn myth_badge(s: &str) -> Option<usize> {
    let (label, rest) = s.split_once(' ')?;
    (label.len() <= 8
        && rest.chars().next().is_some_and(is_upper)
        && MYTH_LABELS.contains(&fold(label)))
    .then_some(label.len())
}

/// A speaker's echo of a question put to them, before they answer it: Turkish "Neden mi?"
/// (why, you ask?), "Nasıl mı?"; "Why, you ask?".
pub fn is_echo_question(s: &str) -> bool {
    let t = fold(trim(s));
    let t = t.trim_end_matches(['?', ' ']);
    t.ends_with(" mi") || t.ends_with(" mı") || t.ends_with(", you ask") || t.ends_with(" you ask")
}

/// A paragraph that opens with "because": "Because …", "Çünkü …", "Weil …", "Parce que …".
pub fn opens_because(s: &str) -> bool {
    let t = fold(head(trim(s), 24));
    Words(concat!(
        "because |çünkü |weil |denn |parce que |porque |perché |omdat |ponieważ |bo |",
        "protože |потому что |тому що |koska |fordi |eftersom |διότι |επειδή ",
    ))
    .opens(&t)
}

/// The words of a paragraph's first sentence ("It did. I know…" → 2), up to the first word
/// that ends one (`.` `!` `?` `…`, before closing quotes).
pub fn first_sentence_words(s: &str) -> usize {
    let mut n = 0;
    for w in words(s) {
        n += 1;
        // (Char loops: the wasm is built for size, and each std pattern type adds a searcher.)
        let last = w.chars().rev().find(|&c| !is_closer(c));
        if last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | '。' | '？' | '！')) {
            break;
        }
    }
    n
}

/// An intro that presents what follows as an interview: "I spoke with Okafor about …", "This
/// interview has been edited for length", "sprach mit", "habló con".
pub fn introduces_interview(s: &str) -> bool {
    let lower = fold(head(s, 600));
    conversation_in(&lower)
        || Words(concat!(
        // The word "interview" itself (a headline's "– interjú egy hidrológussal"), and "we
        // asked him/her about".
        "interview|interjú|wywiad|rozhovor|intervista|entrevista|интервью|інтерв'ю|інтерв’ю|",
        "frågade honom|frågade henne|",
        // (Serbian, Croatian and the Nordic languages' word, and "we talked with" in Serbian.)
        "intervju|интервју|разговарали смо|razgovarali smo|",
        "haastattelu|mahojiano|مصاحبه|گفت\u{200c}وگو|گفتگو|مقابلة|حوار|kérdeztük|we asked him|",
        "we asked her|인터뷰|일문일답|インタビュー|一問一答|专访|專訪|采访|採訪|röportaj|söyleşi|",
        // (Māori, Tok Pisin, Samoan.)
        "uiuinga|intaviu|faatalanoaga|fa'atalanoaga",
    ))
        .occur_in(&lower)
}

/// An intro that says the writer talked with someone: "We spoke with Okafor …", "sat down
/// with", "Falámos com ele", "This conversation has been edited" — not the word "interview"
/// alone, which an essay may use ("I have said this in so many interviews"), nor a column's
/// rounds among many, "Last week I spoke with a dozen parents".
pub fn introduces_conversation(s: &str) -> bool {
    conversation_in(&fold(head(s, 600)))
}

/// [`introduces_conversation`] over the intro's text already folded.
fn conversation_in(lower: &str) -> bool {
    // (Or the interviewer's credit: "Propos recueillis par Julien Marchal", "Das Gespräch
    // führte …".)
    if Words("this interview|this conversation has been|edited for length|edited and condensed")
        .occur_in(lower)
        || Words("propos recueillis par|das interview führte|das gespräch führte|entrevista realizada por")
            .opens(lower)
    {
        return true;
    }
    const WITH: Words = Words(concat!(
        "i spoke with|we spoke with|i spoke to|we spoke to|i talked with|we talked with|",
        "sat down with|sprach mit|im gespräch mit|habló con|conversó con|",
        "s'est entretenu avec|ha parlato con|conversou com|falámos com|falamos com|",
        "conversámos com|hablamos con|charlamos con|abbiamo parlato con|wir sprachen mit|",
        "spraken met",
    ));
    // (The list's index looked at first, one pass over the text: most intros name no such
    // talk, and each phrase searched for apart is a pass of its own.)
    if !WITH.occur_in(lower) {
        return false;
    }
    let many = Words("a|an|some|several|many|dozens|hundreds|lots|all|more|other|people");
    WITH.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(k, _)| {
            let next = words(&lower[k + phrase.len()..]).next().unwrap_or("");
            !next.is_empty()
                && !many.contains(next)
                && !next.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// An interview's note on its editing: "This interview has been edited for length and
/// clarity", "La entrevista ha sido editada por extensión", "Das Gespräch wurde gekürzt".
pub fn is_edit_note(s: &str) -> bool {
    // (A note is short; its phrases start at words: a few comparisons per word.)
    if !words_le(s, 30) {
        return false;
    }
    Words(concat!(
        "edited for length|edited and condensed|condensed and edited|lightly edited|",
        "edited for clarity|condensed for clarity|ha sido editada|ha sido editado|fue editada|",
        "fue editado|a été éditée|a été édité|a été raccourci|a été condensé|wurde gekürzt|",
        "gekürzt und redigiert|è stata editata|è stata modificata|foi editada|foi editado|",
        "is ingekort|został skrócony|została skrócona|har redigerats|",
        // (An adverb between: "Cette transcription a été légèrement éditée".)
        "légèrement éditée|légèrement édité|légèrement raccourcie|légèrement raccourci|",
        "ligeramente editada|ligeramente editado|leggermente editata|leggermente modificata|",
        "ligeiramente editada|ligeiramente editado|leicht gekürzt|licht ingekort",
    ))
    .occur_at_words(&fold(head(s, 300)))
}

/// A newsroom's call for readers' stories under a question ("Have you lost a home to a tax
/// sale?" / "We'd like to hear from you. Fill out our questionnaire."): a callout, not an answer.
pub fn is_callout_pitch(s: &str) -> bool {
    // (Byte searches for the phrases' telling words first: most paragraphs have none, and are
    // not folded.)
    let h = head(s, 240);
    let telling = [
        "hear ",
        "hare your",
        "ell us your",
        "ill out",
        "take our survey",
        "elp us report",
        "unlock ",
        "ecome a member",
        // (Past their first letter, which a sentence may capitalise: "Umfrage", "Encuesta".)
        "urvey",
        "nkät",
        "mfrage",
        "ncuesta",
        "ondage",
    ]
    .iter()
    .any(|w| has_sub(h, w));
    if !telling || !words_le(s, 80) {
        return false;
    }
    Words(concat!(
        "like to hear from you|want to hear from you|love to hear from you|",
        "we want to hear|we'd like to hear|we’d like to hear|share your story|",
        "share your experience|tell us your story|fill out our questionnaire|",
        "fill out our survey|fill out this form|take our survey|help us report|",
        // (Or a membership's: "… Join Which? to unlock our full results".)
        "to unlock our|to unlock the full|to unlock full|to unlock all|become a member to|",
        "become a member and|",
        // (Or a reader survey's: "Svara på vår korta enkät – det tar två minuter.")
        "answer our survey|answer our short survey|complete our survey|take our short survey|",
        "take our quick survey|svara på vår enkät|svara på vår korta enkät|svara på enkäten|",
        "an unserer umfrage teil|an unserer kurzen umfrage teil|responde nuestra encuesta|",
        "responde a nuestra encuesta|participa en nuestra encuesta|répondez à notre sondage|",
        "participez à notre sondage",
    ))
    .occur_in(&fold(h))
}

/// An interviewer's closing prompt, led by words that say it is the last: "Zum Schluss noch:
/// Ihr Lieblingsplatz im Freibad.", "Finally: your favourite book.", "Pour finir : …".
pub fn closing_lead(s: &str) -> bool {
    let t = trim(s);
    let Some(k) = colon_near(t, 40) else {
        return false;
    };
    Words(concat!(
        "zum schluss|zum schluss noch|zum abschluss|letzte frage|und zum schluss|finally|",
        "and finally|last question|one last question|last one|pour finir|pour terminer|",
        "dernière question|para terminar|para acabar|última pregunta|per finire|ultima domanda|",
        "tot slot|laatste vraag|na koniec|ostatnie pytanie",
    ))
    .contains(trim(&fold(&t[..k])))
}

/// An interviewer's prompt that opens with a request: "Tell me about…", "Walk us through…",
/// "Erzählen Sie…", "Cuéntenos…", "Racontez-nous…".
pub fn opens_with_request(s: &str) -> bool {
    const ASK: Words = Words(concat!(
        "tell|talk|describe|explain|walk|take|give|",
        "erzählen|erklären|beschreiben|schildern|",
        "cuéntenos|cuénteme|hábleme|háblenos|explíquenos|describa|háblame|cuéntame|explícame|",
        "descríbeme|",
        "racontez|parlez|expliquez|décrivez|racconti|parli|conte|fale|vertel|",
        // (Portuguese, Spanish, Italian, French in the familiar form: "Explique o método para
        // quem nunca ouviu falar.")
        "explique|descreva|comente|explica|cuente|spieghi|spiega|descrivi|raconte|décris|",
        // (Serbian, Russian, Ukrainian, Bulgarian: "Испричајте нам како сте почели…".)
        "испричајте|ispričajte|расскажите|розкажіть|разкажете",
    ));
    let mut ws = s
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    let Some(first) = ws.next().map(fold) else {
        return false;
    };
    // (In English, "tell", "talk", "walk", "take" and "give" ask the one interviewed only: "Tell
    // me…", "Walk us through…" — not "Tell the nurse if you are scared", an instruction.)
    let mut to_us = || {
        ws.next()
            .is_some_and(|w| w.eq_ignore_ascii_case("me") || w.eq_ignore_ascii_case("us"))
    };
    // (Or an interviewer's opening, "Let's start with the caravan.", "Let's talk about money.")
    if first == "let" {
        return ws.next() == Some("s")
            && ws
                .next()
                .is_some_and(|w| Words("start|begin|talk|go|turn").contains(&fold(w)));
    }
    ASK.contains(&first) && (!Words("tell|talk|walk|take|give").contains(first.as_str()) || to_us())
}

/// A crosshead set between dashes, as AFP sets its subheadings: "- Why are prices so high? -",
/// "– 'Shrinkflation' –". Returns the words between.
pub fn dash_crosshead(s: &str) -> Option<&str> {
    let t = trim(s);
    let inner = t
        .strip_prefix(['-', '–', '—'])?
        .strip_suffix(['-', '–', '—'])?;
    (inner.starts_with(' ') && inner.ends_with(' '))
        .then(|| trim(inner))
        .filter(|i| !i.is_empty() && words_le(i, 12) && !i.starts_with(['-', '–', '—']))
}

/// A feedback box's two buttons copied as a line: "Yes No", "Sí · No", "Ja Nein", "👍 Yes 👎 No".
pub fn is_yes_no_buttons(s: &str) -> bool {
    // (Words with a letter: not a thumb's emoji, "👍 Yes 👎 No". No Unicode table: letters of
    // the scripts the lists hold.)
    let letter = |c: char| c.is_ascii_alphabetic() || letter_case(c).is_some() || is_cjk(c);
    let mut w = words(s).filter(|w| w.chars().any(letter));
    match (w.next(), w.next(), w.next()) {
        (Some(yes), Some(no), None) => YES.contains(&fold(yes)) && NO.contains(&fold(no)),
        _ => false,
    }
}

/// A book's details under its title in a review: "Marta Olivares. Ediciones del Faro. 312
/// páginas. 21,90 euros.", "Penguin, 320 pages, $28", "Suhrkamp, 256 Seiten, 24 Euro": a page
/// count in a short line.
pub fn is_book_details(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 240 || !words_le(t, 30) {
        return false;
    }
    // (The count a part of its own between stops or commas: "312 páginas", not "The report
    // runs to 300 pages".)
    t.split(['.', ',', ';', '·', '|']).any(|part| {
        let mut w = words(part);
        match (w.next(), w.next(), w.next()) {
            (Some(n), Some(unit), None) => n.bytes().all(|b| b.is_ascii_digit())
                && Words(
                    "páginas|pages|pp|seiten|pagine|pagina's|pàgines|sider|sidor|stron|stran|oldal",
                )
                .contains(&fold(unit)),
            _ => false,
        }
    })
}

/// A call for readers' questions, not a question of the explainer: "Got a question we haven't
/// answered?", "Do you have a question?", "Haben Sie Fragen?", "¿Tienes preguntas?".
/// An appeal's heading, a charity's or the police's, alone on its line over how to give or
/// call: "Can you help?" — not a reader's question that ends so, "My bank closed my account.
/// Can you help?"
pub fn is_appeal(s: &str) -> bool {
    let s = trim(s);
    s.len() <= 20
        && s.starts_with(['C', 'c'])
        && Words("can you help?|could you help?|can you help us?|could you help us?")
            .contains(&fold(s))
}

/// A police appeal's question to whoever saw something, its heading over the call: "Did you
/// see anything?", "Can you help identify these people?", "Do you recognise this man?", "Were
/// you in the area?" — the reader asked, in the second person, about what they saw or know.
pub fn is_witness_question(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 80
        && ends_with_question(t)
        && Words("did you |can you |could you |have you |do you |were you |are you ")
            .opens(&fold(head(t, 12)))
        && words(t).any(|w| {
            Words(concat!(
                "see|seen|saw|witness|witnessed|recognise|recognize|identify|know|dashcam|",
                "footage|area|information|anything|help",
            ))
            .contains(&fold(w.trim_end_matches(|c: char| !is_word_char(c))))
        })
}

/// A police appeal's own words for what it is: "Police are appealing for information…",
/// "…an appeal for witnesses", "Witness appeal" (`t` folded).
pub fn says_appeal(t: &str) -> bool {
    Words(concat!(
        "appealing for|appeal for information|appeal for witnesses|appeals for information|",
        "appeals for witnesses|witness appeal|renewed appeal|appealing to anyone|",
        "appeal to anyone",
    ))
    .occur_in(t)
}

pub fn calls_for_questions(s: &str) -> bool {
    let s = trim(s);
    if opens_call(s) {
        return true;
    }

    // (A bank's promo box: "Schon an Ihre Steuererklärung gedacht?", a short line whole.)
    if s.starts_with("Schon an ") && s.ends_with("gedacht?") && words_le(s, 8) {
        return true;
    }
    // (A Finnish comment section's prompt closing a story: "Mitä ajatuksia lintuinfluenssa
    // herättää?" — not an answered question, "… herättää asiantuntijoissa?")
    if s.starts_with("Mitä ajatuksia ")
        && (s.ends_with("herättää?") || s.ends_with("herättää sinussa?"))
        && words_le(s, 7)
    {
        return true;
    }
    // Or after a short closing sentence: "That's it for this month. Got a question for the
    // next mailbag? Hit reply…"
    // (One that asks: "Got a question…?" A byte loop: a substring search costs its set-up on
    // every paragraph.)
    let b = s.as_bytes();
    let after_first = (0..b.len().min(48).saturating_sub(1))
        .find(|&i| matches!(b[i], b'.' | b'!') && b[i + 1] == b' ')
        .and_then(|k| s.get(k + 2..))
        .map(trim_start)
        .is_some_and(|rest| has_question_mark(head(rest, 60)) && opens_call(rest));
    // Or a newsletter's box whose last sentence asks the reader if they subscribe: "Checkpoint
    // – der Newsletter für Berlin. Jeden Morgen das Wichtigste aus der Hauptstadt. Schon
    // abonniert?" (Only where the paragraph ends asking: most are turned away there.)
    after_first
        || ends_with_question(s) && {
            let end = tail(s, 48);
            let e = end.as_bytes();
            (0..e.len().saturating_sub(1))
                .rev()
                .find(|&i| matches!(e[i], b'.' | b'!') && e[i + 1] == b' ')
                .and_then(|k| end.get(k + 2..))
                .is_some_and(|last| {
                    Words(concat!(
                        "schon abonniert?|already subscribed?|déjà abonné ?|déjà abonné?|",
                        "¿ya estás suscrito?|sei già iscritto?|al geabonneerd?",
                    ))
                    .contains(&fold(trim(last)))
                })
                && has_sub(&fold(head(s, 400)), "newsletter")
        }
}

/// A feedback widget's question about the page, whatever it calls it (`t` folded): "Was this
/// FAQ useful?", "Did this explainer help you?", "Was this article helpful?", "Did you find this
/// FAQ helpful?".
fn asks_feedback(t: &str) -> bool {
    [
        ("was this ", "helpful|useful"),
        ("is this ", "helpful|useful"),
        ("did this ", "help"),
        ("did you find this ", "helpful|useful"),
    ]
    .iter()
    .any(|(lead, verdict)| {
        t.strip_prefix(lead)
            .and_then(|r| r.split_once(' '))
            .is_some_and(|(w, rest)| !w.is_empty() && Words(verdict).opens(rest))
    })
}

/// An answer's feedback widget, as FAQ plugins repeat it under every answer: its question
/// ("Was this answer helpful?", "Did you find this FAQ helpful?"), short.
pub fn is_feedback_question(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 64 && asks_feedback(&fold(t))
}

/// A feedback widget's button, with its count or without: "Yes (14)", "No (2)", "Sí", "Nein 3".
pub fn is_vote_button(s: &str) -> bool {
    let t = trim(s);
    let t = trim(t.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')')));
    t.len() <= 12 && (YES.contains(&fold(t)) || NO.contains(&fold(t)))
}

/// A run-in line of an item's categories, as an FAQ plugin sets it under every answer:
/// "Categories: Grants", "Kategorie: Förderung".
pub fn is_category_line(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 120
        && run_in_list(
            t,
            Words("categories|category|kategorie|kategorien|catégorie|catégories|categoría|categorías|categoria|categorie"),
        )
        .is_some_and(|rest| words_le(rest, 8))
}

/// A run-in list under one of `labels` before its colon ("Tags: Ask Delia, Family"): the list.
fn run_in_list(t: &str, labels: Words) -> Option<&str> {
    t.split_once(':')
        .filter(|(label, _)| labels.contains(&fold(label)))
        .map(|(_, list)| list)
}

const YES: Words =
    Words("yes|sí|si|sì|ja|oui|sim|tak|ano|áno|igen|kyllä|ναι|да|так|evet|ya|có|はい|예");
const NO: Words =
    Words("no|nein|non|não|nee|nie|ne|nem|ei|όχι|нет|ні|hayır|tidak|không|いいえ|아니요");

/// An answer that opens with a plain yes or no and a stop or a comma: "Yes, but try not to…",
/// "No. The ban…" ("No one knows" is no reply).
pub fn opens_yes_no(s: &str) -> bool {
    let t = trim_start(s);
    let k = t
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(t.len(), |(k, _)| k);
    // (The mark after the word first: most paragraphs are turned away before any folding.)
    (1..=10).contains(&k) && matches!(t.as_bytes().get(k), Some(b',' | b'.' | b'!' | b';')) && {
        let w = fold(&t[..k]);
        YES.contains(&w) || NO.contains(&w)
    }
}

fn opens_call(s: &str) -> bool {
    // (Only the opening words are compared: fold no more of a long paragraph than they need.)
    let t = fold(head(s.trim_start_matches(['¿', '¡']), 48));
    // "Have a gardening question?", "Got a money question for Joan?": one word between; or a
    // problem, a query, a tip for the desk ("Have a consumer problem? Get in touch…").
    if let Some(r) = ["have a ", "got a ", "do you have a "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        // (Or a story to share: "Do you have a Ramadan story to share? Email …".)
        let asked_for = |w: &str| {
            [
                "question",
                "problem",
                "query",
                "story tip",
                "tip",
                "story to share",
            ]
            .iter()
            .any(|n| w.starts_with(n))
        };
        if r.split_once(' ')
            .is_some_and(|(w, rest)| !w.is_empty() && asked_for(rest))
        {
            return true;
        }
    }
    // (Portuguese, Spanish, Italian: "Tem uma dúvida sobre fé e vida cristã?", "¿Tienes una
    // duda?", "Hai una domanda?")
    if Words(concat!(
        "tem uma dúvida|tem alguma dúvida|tem uma pergunta|ficou com alguma dúvida|",
        "tienes una duda|tiene una duda|tienes alguna duda|tiene alguna pregunta|",
        "tienes una pregunta|tiene una pregunta|hai una domanda|hai un dubbio|avete una domanda|",
        // (Central and Eastern Europe's: "Imate še kakšno vprašanje?", "Imate li pitanje?",
        // "Máte další otázky?", "Masz pytanie?", "Van kérdése?", "Aveți o întrebare?")
        "imate še kakšno vprašanje|imate vprašanje|imate li pitanje|imate li još pitanja|",
        "имате ли питање|имате ли још питања|máte další otázky|máte otázku|máte dotaz|",
        "máte ďalšie otázky|máte otázku|masz pytanie|macie pytania|masz pytania|van kérdése|",
        "van kérdésed|aveți o întrebare|aveți întrebări|ai o întrebare|имате ли въпрос|",
        "имате въпрос|onko sinulla kysyttävää|har du en fråga|har du frågor|har du et spørsmål",
    ))
    .opens(&t)
    {
        return true;
    }
    // (Or a story of theirs, short: "Got a rollover horror story?", "Have a story about your
    // landlord?")
    if (t.starts_with("got a ") || t.starts_with("have a ") || t.starts_with("got any "))
        && t.find('?').is_some_and(|k| {
            words_le(&t[..k], 7) && (has_sub(&t[..k], " story") || has_sub(&t[..k], " stories"))
        })
    {
        return true;
    }
    // (Or the page in another form, or a hand with the matter: "Need this leaflet in another
    // language or format?", "Need a hand with your claim?")
    if Words(concat!(
        "need this leaflet in|need this information in|need this document in|",
        "need this page in|need this in another|need a hand with|need a hand?",
    ))
    .opens(&t)
    {
        return true;
    }
    // (Or the latest of them, to the reader's inbox: "Want the latest Eastbridge news straight
    // to your inbox?")
    if t.starts_with("want the latest ") && (has_sub(&t, " inbox") || has_sub(&t, " news")) {
        return true;
    }
    // "Want more soccer news?" over a newsletter's sign-up; "Got a picture you'd like to
    // share?" over where to send it. (Not "Want more legroom?", "Have a photo ID?".)
    if let Some(r) = t.strip_prefix("want more ") {
        if r.split('?').next().is_some_and(|w| {
            words_le(w, 3)
                && Words("news|stories|updates|newsletters")
                    .iter()
                    .any(|n| w.ends_with(n))
        }) {
            return true;
        }
    }
    if [
        "got a picture",
        "got a photo",
        "have a picture",
        "have a photo",
        "got any",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        && (has_sub(&t, "share") || has_sub(&t, "send"))
    {
        return true;
    }
    // (Or with words between in Czech, Slovak and Polish: "Máte k poplatkům další dotaz?",
    // "Masz jeszcze pytania?")
    if let Some(r) = ["máte ", "máš ", "masz ", "macie "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        if r.split_once('?').is_some_and(|(q, _)| {
            words_le(q, 5) && ["dotaz", "otázk", "pytani"].iter().any(|n| has_sub(q, n))
        }) {
            return true;
        }
    }
    // "Questions about Pressline?" over where to send them, or before it ("Questions about the
    // valley? Reply to this email…"): a call, short.
    // (The same in other languages: "Vragen over uw belastingaangifte?", "Fragen zur
    // Steuererklärung?", "Des questions sur vos impôts ?")
    if [
        "questions about ",
        "vragen over ",
        "fragen zu ",
        "fragen zum ",
        "fragen zur ",
        "des questions sur ",
        "preguntas sobre ",
        "domande su",
        "perguntas sobre ",
        "frågor om ",
        "spørsmål om ",
        "spørgsmål om ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        && s.find('?').is_some_and(|k| k < 48 && words_le(&s[..k], 5))
    {
        return true;
    }
    if asks_feedback(&t) {
        return true;
    }
    // A publisher's box on its own standards: "Why trust CentsibleMoney?", "Why you can trust
    // Tom's Guide?", "Why trust us?" — the name capitalised ("Why trust the polls?" asks).
    if let Some(k) = ["why trust ", "why you can trust ", "why should you trust "]
        .iter()
        .find(|p| t.starts_with(*p))
        .map(|p| p.len())
    {
        let who = s
            .get(k..)
            .and_then(|r| r.split_once('?'))
            .map(|(w, _)| trim(w));
        if who.is_some_and(|w| {
            w == "us" || (words_le(w, 3) && words(w).all(|x| x.starts_with(is_upper)))
        }) {
            return true;
        }
    }
    const CALLS: Words = Words(concat!(
        "got a question|have a question|do you have a question|any questions|still have questions|",
        "still got questions|have you got a question|have you got any questions|got questions|",
        // (Chinese: "Still unsure?", "Any more questions?")
        "还有疑问|还有问题|還有疑問|還有問題|",
        // (Malagasy, Lingala: a comment form's "What do you think?", "Any other question?")
        "inona no hevitrao|bozali na motuna|",
        // A talk's last slide or a session's close: "Questions?", "Fragen?"
        "questions?|fragen?|",
        // A reader form's heading: "What do you want to know about the CPS budget?"
        "what do you want to know|what would you like to know|was möchten sie wissen|",
        "was wollen sie wissen|qué quieres saber|qué le gustaría saber|que voulez-vous savoir|",
        "qu'aimeriez-vous savoir|cosa vorresti sapere|wat wil je weten|wat wilt u weten|",
        // A call-out to readers: "Tell us: have you been affected by the fire?"
        "tell us:|",
        "still have a question|still got a question|any other questions|still stuck?|",
        // (An ombudsman's box after its FAQ: "Still unhappy with your insurer?" over "Lodge a
        // complaint".)
        "still unhappy with|still not happy with|still not satisfied with|",
        // (A letters page's call under a column: "Want to share your thoughts? Submit a letter".)
        "want to share your thoughts|share your thoughts?|",
        "still need help?|need more help?|can't find what you're looking for?|",
        "can't find what you need?|can’t find what you need?|cannot find what you need?|",
        "can’t find what you're looking for?|can’t find what you’re looking for?|",
        "need help?|",
        // (A help centre's search box, an urgent-care box: the site asks the reader.)
        "how can we help?|how can we help you|what can we help you with|need help now?|",
        "need urgent help?|wie können wir helfen|wie können wir ihnen helfen|",
        "comment pouvons-nous vous aider|en qué podemos ayudarte|¿en qué podemos ayudarte|",
        "come possiamo aiutarti|como podemos ajudar|",
        "didn't find your answer?|didn’t find your answer?|did not find your answer?|",
        // (The same in other languages: "Nenašli jste odpověď?", "Nie znalazłeś odpowiedzi?")
        "nenašli jste odpověď|nenašli jste, co|nenašli ste odpoveď|nie znalazłeś odpowiedzi|",
        "nie znalazłeś|nie znalazłaś|keine antwort gefunden|nicht fündig geworden|",
        "vous n'avez pas trouvé|didn't find what you were looking for|",
        "vous n’avez pas trouvé|¿no encontraste|no encontraste|non hai trovato|não encontrou|",
        "geen antwoord gevonden|hittade du inte|fandt du ikke|fant du ikke|",
        // (Finnish, Hungarian, Greek, Indonesian, Turkish: "Etkö löytänyt vastausta?" — the
        // whole phrase: "Etkö löytänyt asuntoa…, mitä voit tehdä?" asks.)
        "etkö löytänyt vastausta|etkö löytänyt etsimääsi|ettekö löytäneet vastausta|",
        "nem találta a választ|nem találtad a választ|δεν βρήκατε απάντηση|",
        "δεν βρήκατε αυτό που ψάχνατε|δε βρήκατε απάντηση|tidak menemukan jawaban|",
        "aradığınızı bulamadınız|aradığın cevabı bulamadın|",
        // (Estonian, Latvian, Lithuanian: "Ei leidnud vastust?", "Neatradāt atbildi?",
        // "Neradote atsakymo?")
        "ei leidnud vastust|ei leidnud vajalikku|ei leidnud otsitut|neatradāt atbildi|",
        "neatradi atbildi|neradote atsakymo|neradai atsakymo|",
        // (A comment form's "What is your opinion of this article?", Tamil, Hindi, Bengali.)
        // (Its first words only: 48 bytes are compared.)
        "இந்தக் கட்டுரை|इस लेख पर आपकी|এই লেখা সম্পর্কে|",
        "if you have a question|if you have questions|send us your questions|send your questions|",
        "do you have an opinion on|would you like to respond|",
        "have more questions|got more questions|do you have questions|haben sie fragen|",
        // ("Have questions about voting? Text VOTE to …")
        "have questions about|have questions?|",
        // (Croatian, Serbian, Slovenian, Czech, Slovak, Polish: "Imate pitanje za naše
        // stručnjake?", "Máte otázku?", "Masz pytanie?")
        "imate pitanje|imate li pitanje|imate vprašanje|máte otázku|máte dotaz|masz pytanie|",
        "haben sie eine frage|noch fragen|tiene preguntas|tienes preguntas|tiene alguna pregunta|",
        "vous avez des questions|une question|hai domande|heeft u vragen|heb je vragen|",
        "nog vragen|nog een vraag|zelf een vraag|heb je zelf een vraag|heeft u zelf een vraag|",
        "hebt u ook een vraag|heeft u ook een vraag|heb je ook een vraag|hebt u een vraag|heb je een vraag|",
        "vous avez une question|avez-vous une question|avez-vous des questions|hai una domanda|",
        "vous avez une autre question|vous avez d'autres questions|vous avez d’autres questions|",
        "une autre question|d'autres questions|d’autres questions|have another question|",
        "got another question|any more questions|haben sie weitere fragen|weitere fragen|",
        "¿tienes más preguntas|¿tiene más preguntas|altre domande|hai altre domande|",
        "avete altri dubbi|avete dubbi|hai dubbi|hai altri dubbi|¿tienes dudas|¿tiene dudas|",
        // (The same without its '¿', which is trimmed before these are compared: a box's
        // "una duda", not an interview's "¿Tienes dudas sobre tu continuidad…?")
        "tienes una duda|tiene una duda|",
        "hai un dubbio|avete un dubbio|¿tienes una duda|¿tiene una duda|vous avez un doute|",
        "¿tenés dudas|tenés dudas|¿tenés alguna duda|",
        // (A helpline's box beside a hard story: "Need to talk? Counselors will be at …".)
        "need to talk?|need someone to talk to?|",
        // (The same in Norwegian, Swedish, Danish, Finnish.)
        "trenger du noen å snakke med|behöver du någon att prata med|behøver du nogen at tale med|",
        "har du brug for nogen at tale med|tarvitsetko jonkun jolle puhua|",
        "tarvitsetko jonkun, jolle puhua|",
        "tarvitsetko keskusteluapua|behöver du prata med någon|",
        // (A paywall's login prompt: "Already a subscriber?", in Greek "Είστε ήδη συνδρομητής;")
        "already a subscriber|είστε ήδη συνδρομητής|είσαι ήδη συνδρομητής|déjà abonné|",
        "bereits abonnent|schon abonnent|ya eres suscriptor|já é assinante|sei già abbonato|",
        "уже подписчик|вже передплатник|ви вже передплатник|вы уже подписчик|вы уже подписаны|",
        "är du redan prenumerant|er du allerede abonnent|",
        // (A paywall's pitch between the story and its rail: "Ist Ihnen guter Journalismus
        // etwas wert?")
        "ist ihnen guter journalismus etwas wert|ist ihnen unabhängiger journalismus etwas wert|",
        "do you value independent journalism|do you value our journalism|",
        // (Or its question on what subscribers get: "Você já conhece as vantagens de ser
        // assinante da Folha?")
        "você já conhece as vantagens|conhece as vantagens de ser assinante|",
        "¿conoces las ventajas de ser suscriptor|conoces las ventajas de ser suscriptor|",
        "цінуєте незалежну журналістику|цените независимую журналистику|",
        "vous aimez notre journalisme|le journalisme de qualité a un prix|",
        // (A leaflet's offer of itself in other forms: "Do you need this leaflet in another
        // format?", "Would you like this in large print?")
        "do you need this leaflet|do you need this information|would you like this leaflet|",
        "would you like this information|need this in another|need this in a different|",
        "vous avez des doutes|tem dúvidas|ficou com dúvidas|",
        "tem alguma dúvida|masz pytanie|máte otázku|har du en fråga|har du spørsmål|",
        "har du frågor|har ni frågor|har du spørgsmål|har du et spørgsmål|har du et spørsmål|",
        "ai o întrebare|aveți o întrebare|ai întrebări|aveți întrebări|máte dotaz|",
        "onko sinulla kysyttävää|tem uma pergunta|",
        "imate li pitanje|imate li pitanja|имате ли питање|имате ли питања|kérdése van|",
        "van kérdése|turite klausimų|turite klausimą|kas teil on küsimusi|имате ли въпрос|имате въпрос|",
        // (A report's call for corrections: "Spotted a bug? Tell us …".)
        "spotted a bug?|spotted an error?|spotted a mistake?|found a bug?|",
        "יש לכם שאלה|יש לך שאלה|יש לכם שאלות|יש לך שאלות|هل لديك سؤال|هل لديكم سؤال|",
        "لديك سؤال|لديكم سؤال|есть вопрос|у вас есть вопрос|остались вопросы|маєте запитання|",
        "є запитання|έχετε ερώτηση|Έχετε ερώτηση|έχετε ερωτήσεις|Έχετε ερωτήσεις|",
        "sorunuz mu var|bir sorunuz mu var|sorularınız mı var|հարցեր ունե՞ք|հարց ունե՞ք|zer iritzi duzu?|",
        // Feedback and reaction widgets, calls for tips: "Was this page helpful?", "How does this
        // make you feel?", "Are you affected?"
        "was this helpful|",
        // (A shop's answer's vote row, "Helpful? 👍 9 👎 0".)
        "helpful?|",
        // (A call for comments, "What do you think? Should phones be allowed…? Let us know".)
        "what do you think?|what do you reckon?|",
        // (And in South Asian languages: "What is your opinion on this?" in Sinhala, Hindi,
        // Bengali, Tamil, Telugu, Malayalam, Kannada, Gujarati, Punjabi, Urdu.)
        "මේ ගැන ඔබේ අදහස|ඔබේ අදහස කුමක්ද|इस पर आपकी क्या राय|आपकी क्या राय है|আপনার মতামত কী|",
        "உங்கள் கருத்து என்ன|మీ అభిప్రాయం ఏమిటి|നിങ്ങളുടെ അഭിപ്രായം എന്താണ്|ನಿಮ್ಮ ಅಭಿಪ್ರಾಯವೇನು|",
        "તમારો અભિપ્રાય શું છે|ਤੁਹਾਡੀ ਕੀ ਰਾਏ ਹੈ|آپ کی کیا رائے ہے|اس بارے میں آپ کی کیا رائے|",
        "esta página foi útil|esta página fue útil|esta página te ha resultado útil|",
        "encontraste lo que buscabas|encontró lo que buscaba|did you find what you were looking for|",
        "cette page vous a-t-elle été utile|war diese seite hilfreich|questa pagina ti è stata utile|",
        "how does this make you feel|how did this story make you feel|what's your reaction|",
        "what’s your reaction|what is your reaction|",
        "did you find this|do you have a story|got a story|have a news tip|have a story|",
        "are you affected|have you been affected|war dieser artikel hilfreich|",
        "cet article vous a-t-il été utile|te ha resultado útil|le ha resultado útil|",
        "te resultó útil|questo articolo ti è stato utile|este artigo foi útil|",
        "did this help you|",
        // A children's news page's box for a reader upset by a story.
        "feeling worried about the news|feeling upset about the news|upset by the news|",
        "worried about the news|feeling sad about the news|",
        // A sign-up box that asks whether the story pleased: "¿Te gustó este texto?"
        "te gustó este|le gustó este|te ha gustado este|did you like this|did you enjoy this|",
        "te gustó esta|le gustó esta|te ha gustado esta|",
        "enjoyed this|enjoying this|liked this|like this story|like this article|",
        "vous aimez cette lettre|vous aimez cette newsletter|vous aimez ce que vous lisez|",
        "tu aimes cette lettre|tu aimes cette newsletter|",
        "cet article vous a plu|ce texte vous a plu|ti è piaciuto|vi è piaciuto|gostou deste|",
        // (A recipe's rating prompt: "Ti è piaciuta questa ricetta?", "Did you make this
        // recipe?")
        // (The recipe named: an interview's "Did you make this album…?" is a question.)
        "ti è piaciuta questa ricetta|vi è piaciuta questa ricetta|did you make this recipe|",
        "did you try this recipe|made this recipe|tried this recipe|",
        "vous avez aimé cette recette|tu as aimé cette recette|vous avez testé cette recette|",
        "hat dir das rezept|hat ihnen das rezept|hast du das rezept ausprobiert|",
        "haben sie das rezept ausprobiert|",
        "vous avez aimé cet article|tu as aimé cet article|vous avez apprécié cet article|",
        "vous avez aimé cette lettre|vous avez aimé cette newsletter|",
        "vond je dit artikel|vond u dit artikel|gillade du artikeln|tetszett a cikk|",
        "spodobał ci się ten artykuł|líbil se vám článek|páčil sa vám článok|",
        "gostou desta|hat ihnen dieser|hat ihnen der|hat dir dieser|gefällt ihnen dieser|",
        "sie haben fragen|haben sie noch fragen|sie haben noch fragen|",
        "did this answer your question|was this answer helpful|",
        // (French, German, Dutch, Spanish, Italian: "Cela a-t-il répondu à votre question ?")
        "cela a-t-il répondu à votre question|cela répond-il à votre question|",
        "hat dies ihre frage beantwortet|hat das ihre frage beantwortet|heeft dit je vraag beantwoord|",
        "heeft dit uw vraag beantwoord|¿esto respondió tu pregunta|questo ha risposto alla tua domanda|",
        // (The same under each answer of a help page in other languages.)
        "war diese antwort hilfreich|cette réponse vous a-t-elle été utile|",
        "cette réponse vous a été utile|¿te ha sido útil esta respuesta|te ha sido útil esta respuesta|",
        "was dit antwoord nuttig|is dit antwoord nuttig|var svaret till hjälp|var svaret användbart|",
        "var dette svar nyttigt|var dette svaret nyttig|questa risposta ti è stata utile|",
        "byla tato odpověď užitečná|pomohla vám tato odpověď|",
        "adakah maklumat ini membantu|apakah informasi ini membantu|apakah artikel ini membantu|",
        // "Is your question not listed?", on help pages in other languages.
        "staat uw vraag er niet bij|staat je vraag er niet bij|ist ihre frage nicht dabei|",
        "ihre frage war nicht dabei|deine frage war nicht dabei|war ihre frage nicht dabei|",
        "ihre frage ist nicht dabei|votre question n'est pas|votre question n’est pas|",
        "no encuentra su pregunta|¿no encuentra su pregunta|was deze informatie nuttig|",
        "was deze pagina nuttig|war diese information hilfreich|",
        "staat je vraag er niet tussen|staat uw vraag er niet tussen|staat jouw vraag er niet|",
        // A newsletter box's question: "Quer receber nossas notícias?"
        "quer receber|want to receive|¿quieres recibir|quieres recibir|voulez-vous recevoir|",
        // (European Portuguese: "Já subscreveu a newsletter de Política?")
        "já subscreveu a newsletter|já subscreveu a nossa newsletter|já assinou a newsletter|",
        "quiere recibir las noticias|quiere recibir nuestro|quiere recibir nuestras|",
        "desea recibir las noticias|desea recibir nuestro|desea recibir nuestras|",
        "quiere recibir más consejos|quiere recibir más noticias|quiere recibir más información|",
        "quieres recibir más consejos|quieres recibir más noticias|desea recibir más información|",
        "vuoi ricevere|wil je op de hoogte blijven|lust auf mehr|hungry for more|",
        "chcesz być na bieżąco|chcesz być na czasie|chceš být v obraze|",
        // A help page's box after its questions: "Ainda tem dúvidas?", "¿Aún tienes dudas?"
        "ainda tem dúvidas|ainda tens dúvidas|aún tienes dudas|todavía tienes dudas|",
        "aún tiene dudas|todavía tiene dudas|nu ai găsit răspunsul|nu ați găsit răspunsul|",
        // A box of further links: "Meer weten?", "Want to know more?"
        "meer weten?|wil je meer weten|wilt u meer weten|want to know more?|mehr wissen?|",
        // (A rail's label that asks, Hungarian's "Have you read this?".)
        "ezt olvasta már?|ezt olvastad már?|",
        "möchten sie mehr wissen|vous voulez en savoir plus|envie d'en savoir plus|",
        "envie d’en savoir plus|¿quieres saber más|vuoi saperne di più|quer saber mais|",

        // A fact box's label: "Schon gewusst?", "Le saviez-vous ?", "Did you know?"
        "schon gewusst|wussten sie schon|wusstest du|did you know?|le saviez-vous|saviez-vous|",
        "lo sapevi|¿sabías que|sabías que|wist je dat|wist u dat|você sabia|",
        // A newsletter's poll on itself: "How did you like today's Ask the Dispatch?"
        "how did you like today|how did you like this|how would you rate today|",
        "how would you rate this|what did you think of today|",
        // A corrections box: "Found a mistake in this article?", "Fehler gefunden?"
        "found a mistake|spotted a mistake|found an error|spotted an error|see a mistake|",
        "fehler gefunden|fehler entdeckt|vous avez repéré une erreur|¿has visto un error|",
        "¿viste un error|hai trovato un errore|encontrou um erro|",
        "нашли ошибку|заметили ошибку|знайшли помилку|помітили помилку|xatolik topdingizmi|",
        "хатолик топдингизми|қате таптыңыз ба|",
    ));
    CALLS.opens(&t)
}

/// An answer that says its question is everyone's, as an intro opens on one: "… si el tren no
/// passa? És la pregunta que es fan…", "… ? That's the question many are asking."
pub fn names_the_question(s: &str) -> bool {
    Words(concat!(
        "és la pregunta|es la pregunta|esa es la pregunta|that's the question|that’s the question|",
        "that is the question|this is the question|c'est la question|c’est la question|",
        "è la domanda|é a pergunta|das ist die frage|diese frage stellen",
    ))
    .opens(&fold(head(trim(s), 40)))
}

/// A headline that calls its article an explainer: "What we know", "Explained", "Key questions",
/// "Everything you need to know", "Was wir wissen", "Lo que sabemos", "Ce que l'on sait".
pub fn is_explainer_title(s: &str) -> bool {
    let mut lower = fold(trim(s)).replace('’', "'");
    // (Not questions a headline reports someone asking or facing: "Late collapse leaves Mayhew
    // asking questions of his defence", "Report raises questions over …" answer none.)
    // (By bytes, each replaced only where it stands: most headlines hold none.)
    if has_sub(&lower, " questions") {
        for idiom in [
            "asking questions",
            "asks questions",
            "raises questions",
            "raising questions",
            "raised questions",
            "faces questions",
            "facing questions",
        ] {
            if has_sub(&lower, idiom) {
                lower = lower.replace(idiom, "");
            }
        }
    }
    Words(concat!(
        "what we know|what we don't know|what you need to know|what to know|",
        "things to know|need to know|explained|explainer|questions|q&a|q+a|q & a|your guide|",
        "at a glance|means for you|mean for you|means for me|mean for me|was wir wissen|was sie wissen müssen|was bekannt ist|",
        "die wichtigsten fragen|fragen und antworten|fragen & antworten|lo que sabemos|",
        "lo que hay que saber|qué tenés que saber|qué tienes que saber|lo que tenés que saber|",
        "lo que tienes que saber|lo que debes saber|lo que debe saber|lo que necesitas saber|",
        "lo que necesita saber|lo que usted debe saber|o que você precisa saber|o que precisa saber|",
        "claves|preguntas|ce que l'on sait|ce que l'on sait|",
        "ce qu'il faut savoir|questions-réponses|domande|risposte|cosa sapere|",
        // ("Tour de France : tout comprendre aux règles", "Tout comprendre sur la réforme".)
        "tout comprendre|tout savoir sur|",
        "cosa c'è da sapere|perguntas|respostas|entenda|o que se sabe|vragen en antwoorden|",
        "wat we weten|vragen & antwoorden|frågor och svar|spørsmål og svar|spørgsmål og svar|",
        "pytania i odpowiedzi|pytania|вопросы и ответы|",
        "soru-cevap|soru cevap|",
        // Catalan, Galician, Basque.
        "preguntes i respostes|preguntes|què cal saber|el que cal saber|el que sabem|",
        "preguntas e respostas|o que hai que saber|galderak eta erantzunak|galdera-erantzun|",
        // "Questions and answers", "what you need to know" in Central and Eastern European,
        // Baltic, Nordic, Greek, Arabic, Hebrew, Hindi, Vietnamese and Indonesian.
        "întrebări și răspunsuri|intrebari si raspunsuri|ce trebuie să știi|ce trebuie sa stii|",
        "otázky a odpovede|otázky a odpovědi|co potřebujete vědět|kérdések és válaszok|",
        "pitanja i odgovori|питања и одговори|питання і відповіді|въпроси и отговори|",
        "co musisz wiedzieć|klausimai ir atsakymai|jautājumi un atbildes|küsimused ja vastused|",
        "kysymykset ja vastaukset|wat je moet weten|ερωτήσεις και απαντήσεις|ερωτήσεις-απαντήσεις|",
        "أسئلة وأجوبة|سؤال وجواب|שאלות ותשובות|प्रश्न और उत्तर|सवाल-जवाब|câu hỏi và trả lời|",
        "hỏi đáp|tanya jawab|",
        // Malayalam, Tamil, Telugu, Kannada, Bengali, Marathi, Gujarati, Punjabi, Urdu,
        // Persian: "questions and answers", "everything to know".
        "അറിയേണ്ടതെല്ലാം|ചോദ്യോത്തരം|கேள்வி-பதில்|கேள்வி பதில்|ప్రశ్నలు-జవాబులు|ಪ್ರಶ್ನೋತ್ತರ|",
        "প্রশ্নোত্তর|প্রশ্ন ও উত্তর|प्रश्नोत्तरे|સવાલ-જવાબ|ਸਵਾਲ-ਜਵਾਬ|سوال و جواب|سوال جواب|",
        "پرسش و پاسخ|",
        // Slovenian, Macedonian, Albanian, Georgian, Armenian, Azerbaijani, Kazakh, Nepali,
        // Sinhala, Khmer, Afrikaans, Icelandic, Swahili, Tagalog, Hausa, Malay.
        "vprašanja in odgovori|kaj morate vedeti|kaj vse morate vedeti|kaj je treba vedeti|kaj moramo vedeti|",
        "прашања и одговори|pyetje dhe përgjigje|pyetje e përgjigje|",
        "კითხვები და პასუხები|კითხვა-პასუხი|հարցեր և պատասխաններ|հարց ու պատասխան|",
        "suallar və cavablar|sual-cavab|сұрақтар мен жауаптар|сұрақ-жауап|प्रश्न र उत्तर|",
        "ප්‍රශ්න සහ පිළිතුරු|សំណួរ-ចម្លើយ|សំណួរ និង ចម្លើយ|vrae en antwoorde|spurningar og svör|",
        "maswali na majibu|mga tanong at sagot|tambayoyi da amsoshi|soal jawab|soalan lazim|",
        // Shona, Igbo, Kinyarwanda, Kirundi, Luganda, Oromo, Wolof, Lingala, Malagasy,
        // isiXhosa, isiZulu, Sesotho, Setswana, Yoruba, Amharic, Tigrinya: "questions and
        // answers", "what you need to know".
        "mibvunzo nemhinduro|zvaunoda kuziva|zvamunoda kuziva|ajụjụ na azịza|ihe ị kwesịrị ịma|",
        "ibibazo n'ibisubizo|ibyo ukwiye kumenya|ibibazo n'inyishu|ebibuuzo n'okuddamu|",
        "gaaffii fi deebii|gaaffiilee fi deebii|laaj ak tontu|mituna mpe biyano|mituna na biyano|",
        "fanontaniana sy valiny|imibuzo neempendulo|imibuzo nezimpendulo|lipotso le likarabo|",
        "dipotso le dikarabo|ìbéèrè àti ìdáhùn|ጥያቄና መልስ|ጥያቄዎችና መልሶች|ሕቶን መልስን|",
        // (Tagalog's "things to know", "what you should know" and its label "ALAMIN:".)
        "mga dapat malaman|dapat mong malaman|",
        // "What we know" in the Nordic languages, Finnish, Polish, Czech, Romanian, Ukrainian
        // and Russian: "… – tätä tiedetään nyt", "Dette vet vi om …", "Що відомо про …".
        "tätä tiedetään|mitä tiedetään|mitä tiedämme|dette vet vi|det här vet vi|detta vet vi|",
        "dette ved vi|hvad vi ved|co wiemy|co víme|ce știm|що відомо|что известно|",
        // "What will change", "what you need to know" in Russian and Ukrainian: "Закон о
        // маркировке ИИ-контента: что изменится для пользователей".
        "что изменится|что меняется|что нужно знать|що зміниться|що змінюється|що потрібно знати|",
        "що треба знати|",
        // ... in Serbian, Croatian, Bosnian, Bulgarian and Belarusian: "Нови закон о становању:
        // шта треба да знате", "Какво трябва да знаем за …", "Što se zna o …".
        "шта треба да знате|шта треба знати|šta treba da znate|šta treba znati|što trebate znati|",
        "što treba znati|što morate znati|шта се зна|šta se zna|što se zna|шта знамо|šta znamo|",
        "što znamo|какво трябва да знаем|какво трябва да знаете|какво се знае|какво знаем|",
        "што трэба ведаць|што вядома|",
        // (Uzbek's and Kazakh's: "Yangi pensiya tizimi: bilishingiz kerak bo‘lgan narsalar".)
        "bilishingiz kerak|bilishingiz lozim|билишингиз керак|білуіңіз керек",
    ))
    .occur_in(&lower)
        || lists_questions(&lower)
        || faq_label(&lower)
        // (Tagalog's label "ALAMIN:" or "ALAMIN |" ("find out") opening it: not the name
        // Alamin, nor "salamin".)
        || ["alamin:", "alamin |", "alamin —", "alamin –", "alamin - ", "alamin ang "]
            .iter()
            .any(|l| lower.starts_with(l))
        // (German names who needs to know: "Was Passagiere jetzt wissen müssen", "Was Eltern
        // wissen sollten".)
        || (has_sub(&lower, "was ")
            && (has_sub(&lower, " wissen müssen") || has_sub(&lower, " wissen sollten")))
}

/// "FAQ" as a headline's label, folded: at its end ("Volunteering FAQs") or before a colon or a
/// dash ("Fall 2026 vaccine FAQ: flu…", "FAQ – Parking") — not a headline about one ("Council's
/// bin collection FAQ contradicts its leaflet"), nor a menu's item ("Shop · FAQ · Contact", a
/// bare "FAQ").
fn faq_label(lower: &str) -> bool {
    let t = trim(lower);
    if words_le(t, 1) || t.contains(['|', '·', '•', '/']) {
        return false;
    }
    ["faq", "faqs"].iter().any(|f| {
        t.match_indices(f).any(|(k, _)| {
            let before = t[..k].chars().next_back().is_none_or(|c| !is_word_char(c));
            let after = trim(&t[k + f.len()..]);
            before && (after.is_empty() || after.starts_with([':', '–', '—', '-', '(', '[']))
        })
    })
}

/// A turn that reports who spoke after its first words, as a feature quotes its subject with a
/// dash: "– Jag äter den sen, säger hon.", "– Ikke nå, sier han.", "— Not yet, she says." (The
/// inquit within the first 120 bytes.)
pub fn reports_speech(s: &str) -> bool {
    let t = head(trim(s), 120);
    [
        ", säger ",
        ", sier ",
        ", siger ",
        ", sagt ",
        ", says ",
        ", said ",
        " she says",
        " he says",
        ", dit-",
        ", dice ",
        ", diz ",
        ", zegt ",
        ", sanoo ",
        ", kaže ",
        ", mówi ",
        ", říká ",
    ]
    .iter()
    .any(|w| has_sub(t, w))
}

/// A teaser's headline that promises its story after a statement or a question: "States are
/// rewriting child care rules. Here's what's changing in 2027.", "Are You Paying a Facility
/// Fee? Here's How to Tell."
pub fn heres_teaser(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 160 || !words_le(t, 20) {
        return false;
    }
    let lower = fold(t).replace('’', "'");
    lower.starts_with("here's ") || has_sub(&lower, ". here's ") || has_sub(&lower, "? here's ")
}

/// A headline that lists the questions its article answers after its subject: "Flood grant:
/// who qualifies, how much is paid and when the money arrives", "Auxílio Recomeçar: quem tem
/// direito, quanto é pago e quando o dinheiro cai" — two interrogative words at least past the
/// colon, each opening a clause. (Folded text.)
fn lists_questions(lower: &str) -> bool {
    let Some((_, list)) = lower.split_once(": ") else {
        return false;
    };
    if list.len() > 200 || ends_with_question(list) {
        return false;
    }
    const WH: Words = Words(concat!(
        "who|what|when|where|why|how|which|quem|quanto|quanta|quando|onde|como|qual|quién|qué|",
        "cuánto|cuánta|cuándo|dónde|cómo|cuál|qui|quoi|quand|où|comment|combien|wer|was|wann|",
        "wo|wie|warum|welche|chi|cosa|dove|come|perché|wie|wat|wanneer|waar|hoe|waarom"
    ));
    // (Czech, Slovak and Polish: "Nový jízdní řád: co se mění a na co si dát pozor" — their
    // "and" and a preposition before the next clause's word read only once one of theirs is.)
    const SLAVIC: Words =
        Words("co|kdy|kde|jak|proč|kdo|kolik|čo|kedy|prečo|kto|koľko|kiedy|gdzie|dlaczego|ile");
    let (mut n, mut slavic) = (0, false);
    let mut at_start = true;
    for w in list.split(' ') {
        let word = w.trim_end_matches([',', ';']);
        let slav = SLAVIC.contains(word);
        if at_start && (slav || WH.contains(word)) {
            n += 1;
            slavic |= slav;
        }
        at_start = w.ends_with([',', ';'])
            || Words("and|e|y|et|und|en|ed|or|ou|o").contains(word)
            || slavic
                && (Words("a|i|oraz|alebo|nebo").contains(word)
                    || at_start && Words("na|o|za|do|po|od|s|z|w|v|u").contains(word));
    }
    n >= 2
}

/// Headings that open an FAQ section: "FAQ", "Heated clothes airer FAQ", "Frequently asked questions",
/// "Questions and answers", "Q&A", "Häufige Fragen", "Preguntas frecuentes", "Foire aux questions".
pub fn is_faq_heading(s: &str) -> bool {
    let mut t = trim(s);
    // A label before a question names the section, not a question of it: "Your questions
    // answered: What are my rights?".
    if ends_with_question(t) {
        match t.split_once(':') {
            Some((head, _)) => t = head,
            None => return false,
        }
    }
    if t.len() > 200 || !words_le(t, 10) {
        return false;
    }
    let lower = fold(t);
    let has_word = |w: &str| {
        lower
            .split(|c: char| !is_word_char(c) && c != '&')
            .any(|x| x == w)
    };
    // (Not a line of the story's tags: "Filed Under: Fast Casual, Executive Q&A, Labor".)
    if Words("filed under|tags:|tagged:|tagged with|topics:|categories:|category:|themen:|schlagworte:|mots-clés|temas:|argomenti:")
        .opens(&lower)
    {
        return false;
    }
    has_word("faq")
        || has_word("faqs")
        || has_word("q&a")
        || has_word("q&as")
        || Words(concat!(
            "frequently asked questions|questions and answers|questions & answers|",
            "questions answered|readers' questions|reader questions|quick questions|",
            "common questions|",
            "häufige fragen|häufig gestellte fragen|fragen und antworten|",
            "preguntas frecuentes|preguntas y respuestas|foire aux questions|",
            "questions fréquentes|domande frequenti|veelgestelde vragen|",
            "perguntas frequentes|perguntas e respostas|domande e risposte|",
            "vragen en antwoorden|pytania i odpowiedzi|najczęściej zadawane pytania|",
            "vanliga frågor|sık sorulan sorular|часто задаваемые вопросы|",
            "questions-réponses|الأسئلة الشائعة|よくある質問|常见问题|常見問題|자주 묻는 질문|",
            "묻고 답하기|",
            // Setswana, Sesotho, Swahili, isiZulu, isiXhosa, Afrikaans, Kinyarwanda, Hausa,
            // Amharic.
            "dipotso tse di botswang gantsi|lipotso tse botsoang khafetsa|",
            "maswali yanayoulizwa mara kwa mara|imibuzo evame ukubuzwa|imibuzo ebuzwa rhoqo|",
            "algemene vrae|gereelde vrae|ibibazo bikunze kubazwa|tambayoyin da ake yawan yi|",
            "ተደጋግመው የሚጠየቁ ጥያቄዎች",
        ))
        .occur_in(&lower)
}

/// The writer's question put to someone else, labelled so inside an answer: "We asked Heatwise:
/// Why was the claim rejected…?", "I asked the council: …".
pub fn writer_asked(s: &str) -> bool {
    let t = trim(s);
    (t.starts_with("We asked ") || t.starts_with("I asked ")) && head(t, 60).contains(':')
}

/// A transcript's note in brackets of what a question it does not give word for word was about:
/// "(Question regarding Terrence Boyd's ankle.)", "(Frage zur Aufstellung.)" — not one unheard,
/// "(Inaudible question.)".
pub fn is_noted_question(s: &str) -> bool {
    let Some(inner) = trim(s).strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    let f = fold(head(inner, 48));
    !inner.contains(['(', ')'])
        && words_le(inner, 20)
        && Words(concat!(
            "question regarding |question about |question on |question concerning |",
            "frage zu|frage nach |frage zum |pregunta sobre |domanda su"
        ))
        .opens(&f)
}

/// A picture's place in text, its description in square brackets, as a text browser or an
/// Easy Read page copies it: "[Picture of a nurse giving an injection]", "[Image: a flooded
/// street]", "[Westmere Health logo]"; or a player's stand-in, "[Video player: launch coverage]".
pub fn is_picture_line(s: &str) -> bool {
    let Some(inner) = trim(s).strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return false;
    };
    let f = fold(head(inner, 120));
    !inner.contains(['[', ']'])
        && (Words("picture|image|photo|illustration|drawing|graphic|diagram|icon|bild|foto|imagen")
            .opens(&f)
            || f.ends_with(" logo")
            || Words("video|audio|map|chart").contains(
                f.split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or_default(),
            ))
}

/// A headline dated in brackets after its question: "Are High-Yield Savings Accounts Worth
/// It? (Updated for 2025)", "Is it worth it? [2025]".
pub fn dated_after_question(s: &str) -> bool {
    let t = trim(s);
    let Some(q) = t.rfind('?') else { return false };
    let note = trim(&t[q + 1..]);
    note.starts_with(['(', '['])
        && note.ends_with([')', ']'])
        && note.len() <= 30
        && note
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(w[0], b'1' | b'2'))
}

/// A review's score: "Our rating: 3.5 out of 5", "Verdict: 4/5", "Rating: ★★★★☆", "8/10" — a
/// short line whose last words are a number out of five or ten, or three stars at least.
pub fn is_rating_line(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 60 || !words_le(t, 8) {
        return false;
    }
    let stars = t.chars().filter(|&c| matches!(c, '★' | '☆' | '⭐')).count();
    // (Its end read by suffixes: no word list, no search.)
    let end = fold(t.trim_end_matches(['.', ')']));
    // (A score of ten at most before its scale, "4/5", "8.5/10": not a cricket score, "287/5",
    // nor a date, "31/10".)
    let score = |r: &str| {
        let n = r
            .rsplit(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .next()
            .unwrap_or("");
        let whole = n.split(['.', ',']).next().unwrap_or("");
        !whole.is_empty() && whole.len() <= 2 && whole.parse::<u8>().is_ok_and(|v| v <= 10)
    };
    stars >= 3
        || ["/5", "/10", " out of 5", " out of 10"].iter().any(|d| {
            end.strip_suffix(d)
                .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()) && score(r))
        })
}

/// A sermon's or a speech's address to its hearers, before its first comma: "Cari fratelli e
/// sorelle,", "Dear brothers and sisters, …", "Ladies and gentlemen, …", "Liebe Gemeinde!".
pub fn addresses_hearers(s: &str) -> bool {
    let t = trim(s);
    let Some(end) = head(t, 60).find([',', '!', ':']) else {
        return false;
    };
    Words(concat!(
        "dear brothers and sisters|dear sisters and brothers|brothers and sisters|",
        "my dear brothers and sisters|dear friends in christ|ladies and gentlemen|",
        "my fellow americans|my fellow citizens|fellow citizens|",
        "cari fratelli e sorelle|carissimi fratelli e sorelle|fratelli e sorelle|",
        "care sorelle e cari fratelli|carissimi|signore e signori|",
        "liebe schwestern und brüder|liebe brüder und schwestern|liebe gemeinde|",
        "meine damen und herren|chers frères et sœurs|mes chers frères et sœurs|",
        "frères et sœurs|mesdames et messieurs|queridos hermanos|queridos hermanos y hermanas|",
        "hermanos y hermanas|señoras y señores|caros irmãos|queridos irmãos|irmãos e irmãs|",
        "senhoras e senhores|drodzy bracia i siostry|umiłowani bracia i siostry|",
        "beste broeders en zusters|dames en heren|sehr geehrte damen und herren|",
        "liebe mitbürgerinnen und mitbürger",
    ))
    .contains(&fold(trim(&t[..end])))
}

/// A sentence of the writer's that frames the question it asks after a colon: "For millions of
/// people, though, the more pressing question is a practical one: what happens at work…?",
/// "La vraie question est ailleurs : …?" — the lede's, not a question of the page's.
pub fn frames_question(s: &str) -> bool {
    let t = trim(s);
    let Some(colon) = head(t, 300).find(':') else {
        return false;
    };
    let lead = fold(&t[..colon]);
    // (The writer's, not a reader's own: "… and my question is this: am I entitled…?")
    !words_le(&lead, 5)
        && Words(concat!(
            "question is|question remains|questions are|pregunta es|question est|frage ist|",
            "domanda è|pergunta é|vraag is|fråga är|spørsmål er|spørgsmål er|",
            "question on everyone's lips is|question on everyone’s lips is",
        ))
        .occur_in(&lead)
        && !words(&lead).any(|w| Words("i|my|our").contains(w))
}

/// A press release's label on a line of its own: "Press release", "Pressemitteilung",
/// "ข่าวประชาสัมพันธ์", "新闻稿".
pub fn is_press_release_label(s: &str) -> bool {
    // (Its first four words at most, up to a dash or a bar before its date: "Press Release –
    // 15 January 2025".)
    let t = trim(s);
    let end: usize = t
        .split(' ')
        .take(4)
        // (Or before its date in brackets or after "vom", "du": "Press Release (3 March
        // 2025)", "Pressemitteilung vom 12. Februar 2025".)
        .take_while(|w| {
            !matches!(*w, "–" | "-" | "—" | "|" | "vom" | "du" | "del" | "dated")
                && !w.starts_with('(')
        })
        .map(|w| w.len() + 1)
        .sum();
    let label = &t[..end.saturating_sub(1).min(t.len())];
    Words(concat!(
        "press release|news release|media release|for immediate release|pressemitteilung|",
        "pressemeldung|communiqué de presse|comunicado de prensa|nota de prensa|",
        "comunicato stampa|comunicado de imprensa|nota à imprensa|persbericht|pressmeddelande|",
        "pressemelding|pressemeddelelse|informacja prasowa|tisková zpráva|tlačová správa|",
        "ข่าวประชาสัมพันธ์|新闻稿|新聞稿|プレスリリース|보도자료|siaran pers|thông cáo báo chí|",
        "basın bülteni|δελτίο τύπου|пресс-релиз|прес-реліз|nota stampa|komunikat prasowy|",
        "communiqué",
    ))
    .contains(&fold(trim(label.trim_end_matches([':', '.']))))
}

/// A line of chess moves ending on a move judged with a mark: "1.e4 e5 2.Cf3 Cc6 3.Ac4 Cd4
/// 4.Cxe5?", "23...Qxh2+??" — two numbered moves at least, the last word a move.
pub fn is_chess_moves(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 300 || !t.ends_with('?') {
        return false;
    }
    let last = t
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(['?', '!']);
    let last = last.rsplit('.').next().unwrap_or(last);
    let mv = |w: &str| {
        w.len() <= 7
            && w.bytes().any(|b| (b'1'..=b'8').contains(&b))
            && w.bytes().any(|b| (b'a'..=b'h').contains(&b))
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'#' | b'=' | b'x'))
    };
    // (Most of the line's words moves, one at least a numbered move with the move attached,
    // "4.Cxe5?": not "ab dem 1. Januar … nach § 35a?", nor "from 1.4b to 2.1c?".)
    let (mut words, mut moves, mut attached) = (0, 0, false);
    for w in t.split(' ').filter(|w| !w.is_empty()) {
        words += 1;
        let w = w.trim_end_matches(['?', '!']);
        match w.split_once('.') {
            Some((n, m))
                if !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) =>
            {
                let m = m.trim_start_matches('.');
                if m.is_empty() {
                    moves += 1;
                } else if mv(m) && m.bytes().any(|b| b.is_ascii_lowercase()) {
                    moves += 1;
                    attached = true;
                }
            }
            _ if mv(w) => moves += 1,
            _ => {}
        }
    }
    attached && moves * 4 >= words * 3 && mv(last)
}

/// A betting page's responsible-gambling notice: "+18 | Juega con responsabilidad", "18+ |
/// BeGambleAware.org", "Gamble responsibly", "Spiele verantwortungsbewusst", "Jogue com
/// responsabilidade".
pub fn is_gambling_notice(s: &str) -> bool {
    let f = fold(head(trim(s), 300));
    Words(concat!(
        "juega con responsabilidad|juego responsable|gamble responsibly|begambleaware|",
        "please gamble responsibly|spiele verantwortungsbewusst|verantwortungsvolles spielen|",
        "jogue com responsabilidade|jogo responsável|gioca responsabilmente|gioco responsabile|",
        "jouez de manière responsable|jeu responsable|speel bewust|when the fun stops",
    ))
    .occur_in(&f)
}

/// A critic's verdict's label on a line of its own, over the stars: "Notre avis", "Our
/// verdict", "Unser Fazit".
pub fn is_verdict_label(s: &str) -> bool {
    Words(concat!(
        "our verdict|the verdict|verdict|our rating|rating|notre avis|notre verdict|notre note|",
        "unser urteil|unser fazit|fazit|nuestra opinión|nuestro veredicto|veredicto|",
        "il nostro giudizio|il nostro voto|giudizio|a nossa opinião|o nosso veredicto|",
        "nosso veredito|veredito|ons oordeel|oordeel",
    ))
    .contains(&fold(trim(trim(s).trim_end_matches(':'))))
}

/// A critic's rating under its label: "Calificación: ★★★½", "Our rating: 4/5", "Note : 3/5".
pub fn is_labelled_rating(s: &str) -> bool {
    is_rating_line(s)
        && s.split_once(':').is_some_and(|(label, _)| {
            Words(concat!(
            "rating|our rating|verdict|calificación|valoración|puntuación|nota|note|notre note|",
            "bewertung|wertung|voto|valutazione|giudizio|avaliação|cotação|beoordeling|oordeel|",
            "betyg|ocena|hodnocení|hodnotenie|puan|értékelés",
        ))
            .contains(&fold(trim(label)))
        })
}

/// An exam question's marks in brackets at its end: "… diffusion. (2 marks)", "(1 mark)",
/// "[3 mks]", "(4 Punkte)".
pub fn ends_with_marks(s: &str) -> bool {
    let t = trim(s);
    let Some(body) = t.strip_suffix([')', ']']) else {
        return false;
    };
    let Some(k) = body.rfind(['(', '[']) else {
        return false;
    };
    let inner = trim(&body[k + 1..]);
    let Some((n, unit)) = inner.split_once(' ') else {
        return false;
    };
    // (After a sentence's end or a part's label, "… diffusion. (2 marks)", "(a) Diaphragm (1
    // mark)": not a league table's "Liverpool (71 points)".)
    let before = trim(&body[..k]);
    (1..=2).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && (before.ends_with(['.', '?', '？']) || before.starts_with('('))
        && Words("mark|marks|mk|mks|punkte|puntos|pontos|punti").contains(&fold(trim(unit)))
}

/// A critic's letter grade on a line of its own: "Grade: C+", "Our grade: B–".
pub fn is_letter_grade(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 16 || !t.starts_with(['G', 'g', 'O', 'o']) {
        return false;
    }
    let f = fold(t);
    f.strip_prefix("our ")
        .unwrap_or(&f)
        .strip_prefix("grade:")
        .map(trim)
        .is_some_and(|g| {
            let mut cs = g.chars();
            cs.next().is_some_and(|c| ('a'..='f').contains(&c))
                && cs.all(|c| matches!(c, '+' | '-' | '–' | '−'))
                && g.chars().count() <= 2
        })
}

/// A review's headline: "Kestrel Arno 1.5 Hybrid review: …", "Review: …", "… road test"; or a
/// TV episode's recap, scored as reviews are: "Lowtide Recap: Who Gets the Boat?".
pub fn is_review_title(s: &str) -> bool {
    let f = fold(head(trim(s), 200));
    Words(concat!(
        "review|road test|first drive|tested:|reseña|recensione|im test|",
        "रिव्यू|inceleme|recensie|recenzja|recenze|レビュー|리뷰|评测",
    ))
    .occur_at_words(&f)
        // ("Recap" a word of its own: not "recapitalisation".)
        || f.match_indices("recap").any(|(k, _)| {
            f[..k].chars().next_back().is_none_or(|c| !is_word_char(c))
                && f[k + 5..].chars().next().is_none_or(|c| !is_word_char(c))
        })
}

/// A chart's credit line under its title: "Source: U.S. Bureau of Labor Statistics • Chart:
/// Ben Whitlock", "Chart: Lena Ortiz / Cascade", "Graphic: …".
pub fn is_chart_credit(s: &str) -> bool {
    let t = trim(s);
    // (Its label read without folding: most lines are turned away by their first letter.)
    t.len() <= 300
        && matches!(
            t.as_bytes().first(),
            Some(b's' | b'S' | b'c' | b'C' | b'g' | b'G')
        )
        && ["source:", "sources:", "chart:", "graphic:"]
            .iter()
            .any(|l| strip_prefix_ci(t, l).is_some())
        && {
            let f = fold(t);
            f.contains("chart:") || f.contains("graphic:")
        }
}

/// A note's label over the text: "Correction", "Clarification", "Editor's note".
pub fn is_note_label(s: &str) -> bool {
    let t = trim(trim(s).trim_end_matches([':', '.']));
    t.len() <= 40
        && Words(concat!(
            "correction|corrections|clarification|correction and clarification|",
            "corrections and clarifications|editor's note|editor’s note|editors' note|",
            "richtigstellung|korrektur|berichtigung|rectificatif|rectification|fe de errores|",
            "rectificación|correzione|rettifica|correção|rectificação"
        ))
        .contains(&fold(t))
}

/// "View the latest deals", "Sign up for …", "Catch up on …": calls to action after an article.
pub fn is_promo(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 400 || !words_le(t, 30) {
        return false;
    }
    let lower = fold(t);
    const VERBS: Words = Words(concat!(
        "view the latest|shop |buy |sign up|subscribe|follow us|follow our|",
        "catch up on|listen to|download |click here|get the latest|don't miss|",
        "don’t miss|read more|read the full|see more|watch more|join us|join our|",
        "support our|abonnieren|jetzt |suscríbete|abonnez-vous|want more|like us on|",
        "puedes seguir a|síguenos|folgen sie uns|suivez-nous|seguici|volg ons|siga-nos|",
        "participe do canal|purchase |start your free trial|start your subscription|",
        "get unlimited access|",
        // (A newsletter's in Vietnamese, Thai, Indonesian: "Đăng ký bản tin Kinh doanh…".)
        "đăng ký bản tin|đăng ký nhận tin|สมัครรับข่าวสาร|berlangganan newsletter|",
        // ("Читайте РБН в Telegram — коротко о главном", "Підписуйтесь на наш Telegram".)
        "читайте |подписывайтесь|подпишитесь|підписуйтесь|",
    ));
    // (Or its last sentence is a short call: "Recibe cada viernes nuestra selección de
    // crónicas. Suscríbete aquí")
    // (A byte search: a pattern of a string searched backwards costs the wasm a searcher.)
    let body = lower.trim_end_matches(['.', '!', ' ']).as_bytes();
    let last_call = body
        .windows(2)
        .rposition(|w| w == b". ")
        .and_then(|k| lower.get(k + 2..body.len()))
        .is_some_and(|last| words_le(last, 4) && VERBS.opens(last));
    // (Or a feed's link to a question's coverage: "See 12 stories →", "See all stories".)
    let coverage = lower.strip_prefix("see ").is_some_and(|r| {
        let r = r.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let r = r.strip_prefix("all ").unwrap_or(r);
        ["stories", "story", "articles", "updates"]
            .iter()
            .any(|w| r.starts_with(w))
            && words_le(t, 5)
    });
    // A row of arrowed links ("▶ Support us ▶ More on the climate"); a newsletter's sign-up.
    coverage
        || VERBS.opens(&lower)
        || last_call
        || t.matches(['▶', '►']).count() >= 2
        || (words_le(t, 12) && lower.contains("newsletter"))
        // (A newsletter's pitch: "Get … in your inbox every morning.")
        || is_inbox_pitch(t)
}

/// A call to sign up to a newsletter: "Sign up for our newsletter…", "Subscribe to our daily
/// briefing", "Đăng ký bản tin Kinh doanh…".
pub fn is_newsletter_call(s: &str) -> bool {
    let t = fold(head(trim(s), 120));
    Words(concat!(
        "sign up for our|sign up to our|subscribe to our|đăng ký bản tin|đăng ký nhận tin|",
        "join our mailing list|get our free weekly|get our free daily|",
        "สมัครรับข่าวสาร|berlangganan newsletter|melden sie sich für unseren newsletter|",
        "abonnez-vous à notre|suscríbete a nuestro|iscriviti alla nostra",
    ))
    .opens(&t)
}

/// A newsletter's pitch: "Get … in your inbox every morning."
pub fn is_inbox_pitch(s: &str) -> bool {
    let t = trim(s);
    t.starts_with(['G', 'g']) && {
        let lower = fold(head(t, 200));
        lower.starts_with("get ") && find_sub(&lower, " your inbox").is_some()
    }
}

/// Words of thanks: "Fascinating stuff, thanks for doing this.", "Danke für das Gespräch."
pub fn thanks(s: &str) -> bool {
    let t = fold(head(s, 200));
    // (Words that begin so — "commercianti" holds no "merci", "attack" no "tack" — the stems
    // with any ending, the whole words with none: "tackle" is not "tack".)
    let stems = Words("thank|danke|obrigad|bedankt|dziękuj|děkuj|teşekkür");
    let whole = Words("merci|gracias|grazie|tack|takk");
    words(&t).any(|w| {
        // (Past an opening quote or bracket.)
        let w = w.strip_prefix(|c: char| !is_word_char(c)).unwrap_or(w);
        stems.opens(w)
            || whole.iter().any(|x| {
                w.strip_prefix(x)
                    .is_some_and(|r| !r.starts_with(is_word_char))
            })
    })
}

/// A line that promotes a video or a recording: "WATCH | …", "VIDEO: …", "LISTEN | …",
/// "Vídeo: …" — a label of one word before a bar or a colon.
pub fn is_media_teaser(s: &str) -> bool {
    let t = trim(s);
    let Some(k) = head(t, 24).find(['|', ':']) else {
        return false;
    };
    Words("watch|video|listen|vídeo|ver|mira|regarder|écouter|guarda|ascolta|bekijk|luister")
        .contains(&fold(trim(&t[..k])))
}

/// A date and nothing else, as a teaser card prints it: "14.11.2026", "2026-11-14", "11/14/2026",
/// "14.11.2026, 09:30".
pub fn is_bare_date(s: &str) -> bool {
    let t = trim(s);
    let date = t.split([',', ' ']).next().unwrap_or("");
    let parts: Vec<&str> = date.split(['.', '-', '/']).collect();
    t.len() <= 24
        && parts.len() == 3
        && parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4)
        && (t.len() == date.len()
            || is_clock_line(trim(t[date.len()..].trim_start_matches(',')))
            || trim(t[date.len()..].trim_start_matches(',')).is_empty())
}

/// A player's label on a line of its own: "Listen", "Watch", "Podcast", "Écouter".
pub fn is_media_label(s: &str) -> bool {
    Words(concat!(
        "listen|watch|audio|video|podcast|listen now|watch now|play|hören|anhören|ansehen|",
        "escuchar|escucha|écouter|ascolta|ouvir|luister",
    ))
    .contains(&fold(trim(s).trim_end_matches([':', '|'])))
}

/// A thread's post header: who posted and when, after a middle dot — "hraunfjall_88 · 14:03",
/// "Sigrún Haraldsdóttir (guest) · 14:08", "Mika · 2 hours ago".
pub fn is_post_header(s: &str) -> bool {
    post_author(s).is_some()
}

/// Who wrote the post a header heads ([`is_post_header`]): "tollroad_tina", "Nadia Farouk
/// (Host)".
pub fn post_author(s: &str) -> Option<&str> {
    let t = trim(s);
    if t.len() > 90 {
        return None;
    }
    // A chat's: the time, then who ("12:02 p.m. tollroad_tina", "12:04 Nadia Farouk (Host)").
    let mut w = words(t);
    if w.next().is_some_and(is_clock_line) {
        let mut rest = w.rest();
        if let Some(r) = ["a.m. ", "p.m. ", "am ", "pm ", "AM ", "PM ", "Uhr ", "h "]
            .iter()
            .find_map(|l| rest.strip_prefix(l))
        {
            rest = r;
        }
        // (A middle dot or a bar between, as a German live chat heads its posts: "14:02 Uhr ·
        // Petra aus Kassel".)
        if let Some(r) = ["· ", "| ", "– "].iter().find_map(|l| rest.strip_prefix(l)) {
            rest = r;
        }
        // (A live chat's reader, as CoverItLive heads the post: "12:03 [Comment From Sian,
        // Llanelli]"; its host with a colon: "12:05 Rhys Pritchard:".)
        if let Some(who) = rest
            .strip_prefix("[Comment From ")
            .and_then(|r| r.strip_suffix(']'))
        {
            return (!trim(who).is_empty()).then(|| trim(who));
        }
        let rest = rest.strip_suffix(':').unwrap_or(rest);
        return is_poster(rest).then_some(rest);
    }
    // A work chat's: who, then the time ("Marcus Bell 9:14 AM", as Teams and Slack copy).
    let bare = ["AM", "PM", "a.m.", "p.m.", "am", "pm"]
        .iter()
        .find_map(|l| t.strip_suffix(l))
        .map(trim_end);
    if let Some(b) = bare {
        if let Some(k) = b.rfind(' ') {
            let (who, when) = (trim(&b[..k]), &b[k + 1..]);
            // (Not a messenger's receipt, "Read 9:16 AM", "Delivered 2:52 PM".)
            if is_clock_line(when)
                && words_le(who, 4)
                && is_poster(who)
                && !Words("read|delivered|seen|sent|edited|today|yesterday").contains(&fold(who))
            {
                return Some(who);
            }
        }
    }
    // A forum's comment header as old Reddit copies it: "[–] quietmoth 1208 points 8 hours
    // ago", "dispatch_nights[S] 981 points 8 hours ago".
    if t.ends_with(" ago") {
        let r = ["[–]", "[-]", "[+]"]
            .iter()
            .find_map(|p| t.strip_prefix(p))
            .map_or(t, trim);
        let mut w = words(r);
        if let (Some(who), Some(n), Some(points)) = (w.next(), w.next(), w.next()) {
            let who = who.strip_suffix("[S]").unwrap_or(who);
            let score = n
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'k'))
                && matches!(points, "points" | "point");
            if score && is_poster(who) {
                return Some(who);
            }
        }
    }
    let k = t.rfind('·')?;
    let (who, when) = (trim(&t[..k]), trim(&t[k + '·'.len_utf8()..]));
    // (A clock time, "14:03", "9.41pm", as a live page stamps its posts.)
    let clock = is_clock_line(when);
    let ago = words_le(when, 3) && when.ends_with(" ago");
    // (Or its score, as a forum's thread reprinted heads each comment: "u/basalt_betty · 4.1k
    // points".)
    let scored = || {
        let mut w = words(when);
        let (n, unit) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
        w.next().is_none()
            && !n.is_empty()
            && n.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'k'))
            && Words("points|point|votes|upvotes").contains(unit)
            // (A handle's shape: not a league table's "Liverpool · 78 points".)
            && (reddit_user(who).is_some()
                || who.contains('_')
                || who.contains(|c: char| c.is_ascii_digit()))
            && is_poster(reddit_user(who).unwrap_or(who))
    };
    (!who.is_empty() && words_le(who, 5) && (clock || ago || scored())).then_some(who)
}

/// Who wrote a post, on its header: a handle ("tollroad_tina", "kcoyle_88") or a name, with
/// a badge in brackets or not ("Nadia Farouk (Host)").
pub fn is_poster(s: &str) -> bool {
    !poster_name(s).is_empty()
}

/// The poster's name without its badge: "Nadia Farouk (Host)" → "Nadia Farouk"; empty when
/// `s` is no poster ([`is_poster`]).
pub fn poster_name(s: &str) -> &str {
    let t = trim(s);
    let name = match t.find(" (") {
        Some(k) if t.ends_with(')') && words_le(&t[k..], 3) => trim(&t[..k]),
        _ => t,
    };
    let handle = !name.is_empty()
        && name.len() <= 30
        && name
            .chars()
            .all(|c| is_word_char(c) || matches!(c, '_' | '-' | '.'))
        && !name.ends_with('.')
        && name.chars().any(|c| is_word_char(c) && !c.is_ascii_digit());
    if handle || is_bare_name(name) {
        return name;
    }
    // A reader's name and town, as a live chat heads each reader's post: "Dolores M., Garland",
    // "James O., Dallas (Lake Highlands)".
    // (Or described, "Tobias, Student in Göttingen"; or placed without a comma, "Petra aus
    // Kassel", "Maria from Leeds".)
    let someone = |who: &str| {
        is_bare_name(who) || (!who.contains(' ') && who.starts_with(is_upper) && who.len() <= 20)
    };
    let linking = |w: &str| Words("in|aus|from|bei|near|de|di|da|van|från|fra|z|ze").contains(w);
    if let Some((who, town)) = name.split_once(", ") {
        return if someone(who)
            && words_le(town, 4)
            && words(town).all(|w| w.starts_with(is_upper) || linking(w))
            && town.starts_with(is_upper)
        {
            who
        } else {
            ""
        };
    }
    let mut ws = words(name);
    match (ws.next(), ws.next()) {
        (Some(who), Some(w))
            if linking(w)
                && someone(who)
                && words_le(name, 5)
                && ws.clone().next().is_some()
                && ws.all(|w| w.starts_with(is_upper) || linking(w)) =>
        {
            who
        }
        _ => "",
    }
}

/// A comment's "Reply" button, copied with the comments under an article: "Reply",
/// "Antworten", "Répondre", "Responder", "Rispondi", "Odpowiedz", "Svara", "返信", "回复", "답글".
pub fn is_reply_button(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 40
        && Words(concat!(
            "reply|reply ↓|reply to this comment|antworten|auf diesen kommentar antworten|",
            "répondre|responder|rispondi|odpowiedz|beantwoorden|reageer|svara|svar|vastaa|",
            "ответить|відповісти|返信|回复|답글|답글달기|cevapla|yanıtla|απάντηση|odpovědět",
        ))
        .contains(&fold(t))
}

/// A call for readers' views after a question to them ("Do you live in Harwood Vale?" / "Tell
/// us what you think in the comments below."): the question is the call's, not the article's.
pub fn invites_response(s: &str) -> bool {
    let t = fold(head(trim(s), 48));
    // (Not an answer's instruction of when to tell: "Tell us at least 14 days before your
    // moving date", "Let us know before you travel".)
    let when = Words("at least|before|within|as soon as|by |in advance|no later than");
    if ["tell us ", "let us know "]
        .iter()
        .any(|c| t.strip_prefix(c).is_some_and(|r| when.opens(r)))
    {
        return false;
    }
    Words(concat!(
        "tell us|let us know|share your|email us|e-mail us|write to us|comment below|",
        "leave a comment|join the conversation|have your say|send us|get in touch|",
        "schreiben sie uns|teilen sie|sagen sie uns|diskutieren sie|cuéntanos|escríbenos|",
        "dites-nous|écrivez-nous|partagez|scrivici|diteci|laat het ons weten|conta-nos|",
        "escreva-nos|deixe seu comentário|napisz do nas|",
        // ("Tell us your story": "Racontez-nous votre expérience en quelques lignes.")
        "racontez-nous|raconte-nous|erzählen sie uns|erzähl uns|vertel ons|raccontateci|",
        "raccontaci|conte-nos|cuéntenos|berätta för oss|fortell oss|fortæl os|",
        // (The Nordic languages' and Dutch "say what you think" in the comments.)
        "si din mening|si di meining|skriv i kommentarfeltet|säg vad du tycker|tyck till|",
        "sig din mening|skriv din mening|del din mening|geef je mening|geef uw mening|",
        // A call for suggestions: "Who should we ask next?" / "Send your suggestions to …".
        "send your suggestions|send us your suggestions|send suggestions|send your ideas|",
        "send us your ideas|send your nominations",
    ))
    .opens(&t)
}

/// A meeting agenda's label near the top of the page: "AGENDA – Committee Meeting",
/// "Tagesordnung", "Ordre du jour".
pub fn is_agenda_label(s: &str) -> bool {
    let t = fold(trim(s));
    words_le(s, 8)
        && Words("agenda|tagesordnung|ordre du jour|orden del día|ordine del giorno|agendă")
            .opens(&t)
        // (A council's committee page names its meeting and date: "Agenda for Transport and
        // Highways Committee on Tuesday, 11th March, 2025, 6.30 pm".)
        // (Naming its meeting and its date: not "Agenda for Change pay award 2025: …",
        // "Agenda for the new council: five questions…".)
        || words_le(s, 24)
            && Words("agenda for|agenda of|tagesordnung der|tagesordnung für|ordre du jour de|ordre du jour du")
                .opens(&t)
            // (A meeting's body named, a date after it: "… Planning Committee on 14 May 2025",
            // "… Sub-Committee on Wednesday, 12th March", "Tagesordnung der
            // Stadtverordnetenversammlung am 27.03.2025".)
            && Words(concat!(
                "committee|meeting|council|cabinet|board|panel|sitting|session|assembly|forum|",
                "ausschuss|sitzung|versammlung|gemeinderat|stadtrat|réunion|conseil|séance|comité",
            ))
            .occur_in(&t)
            && words(&t).any(|w| {
                let w = w.trim_end_matches([',', '.', ')']).trim_start_matches('(');
                Words(concat!(
                    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|",
                    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|",
                    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|",
                    "january|february|march|april|may|june|july|august|september|october|",
                    "november|december|januar|februar|märz|juni|juli|oktober|dezember|",
                    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|",
                    "novembre|décembre",
                ))
                .contains(w)
                    || w.len() >= 8
                        && w.bytes().filter(|&b| b == b'.' || b == b'/').count() == 2
                        && w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'/')
            })
}

/// A headline that offers a book's excerpt: "Read an excerpt: The Lodger at Number Nine",
/// "Extract: …", "Leseprobe: …", "Extrait : …".
pub fn is_excerpt_title(s: &str) -> bool {
    Words(concat!(
        "read an excerpt|an excerpt from|excerpt:|book excerpt|read an extract|an extract from|",
        "extract:|exclusive extract|leseprobe|extrait :|extrait:|fragmento:|lee un fragmento|",
        "estratto:|leggi un estratto",
    ))
    .opens(&fold(trim(s)))
}

/// A headline that names a debate ("Read the full transcript of Tuesday's mayoral debate",
/// "TV-Debatte im Wortlaut", "Le débat en intégralité").
pub fn names_debate(s: &str) -> bool {
    // (The noun, not the verb: "trois spécialistes en débattent" heads a paper's panel
    // interview.)
    let mut f = fold(s);
    f.push(' ');
    Words("debate|debatte|débat |débats |dibattito|debata |debatt |дебаты").occur_in(&f)
}

/// A podcast's line over an episode's title, its number and length: "Episode 5 · 41 min · 14
/// Mar 2025", "Folge 12 | 38 Min.", "Bonus · 22 min", "Ep. 211 — 1:02:14".
pub fn is_episode_line(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 80 {
        return false;
    }
    let f = fold(t);
    let named = Words(concat!(
        "episode|ep.|ep|folge|épisode|episodio|episódio|aflevering|avsnitt|afsnit|jakso|",
        "odcinek|epizoda|bonus|trailer",
    ))
    .contains(words(&f).next().unwrap_or(""));
    // (Its length: "41 min", "38 Min.", "1:02:14".)
    let timed = has_sub(&f, " min") || {
        let b = f.as_bytes();
        (1..b.len().saturating_sub(2))
            .any(|i| b[i] == b':' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
    };
    named && timed
}

/// A debate page's headline, the question put to two writers, its sides named at its end:
/// "Should cities ban cars? Yes / No", "Tempo 30 in der Stadt: Pro und Contra", "Faut-il
/// taxer les SUV ? Pour ou contre".
pub fn is_debate_title(s: &str) -> bool {
    let t = fold(trim(s));
    let t = t.trim_end_matches(['?', '.', ' ', '\u{a0}']);
    // (The sides alone after the headline's question or colon: not "… if Australians vote Yes
    // or No", "the arguments for and against", nor an FAQ's "Fragen und Antworten, Pro und
    // Contra".)
    let Some(k) = t.rfind(['?', ':', '|', '–', '—']) else {
        return false;
    };
    if says_it_answers(&t[..k]) {
        return false;
    }
    let tail = trim(t[k..].trim_start_matches(['?', ':', '|', '–', '—']));
    [
        "yes / no",
        "yes/no",
        "yes | no",
        "yes or no",
        "for and against",
        "for or against",
        "pro und contra",
        "pro und kontra",
        "pro & contra",
        "pour ou contre",
        "sí o no",
        "a favor y en contra",
        "a favor o en contra",
        "pro e contro",
        "sim ou não",
        "a favor ou contra",
        "voor of tegen",
    ]
    .iter()
    .any(|e| tail == *e && k > 8)
}

/// A line that names a witness's examination in court: "Cross-examined by MR ASHDOWN",
/// "Defence cross-examines site manager", "Examination-in-chief", "Kreuzverhör".
pub fn names_cross_examination(s: &str) -> bool {
    Words(concat!(
        "cross-examin|cross examin|examination-in-chief|examination in chief|re-examined by|",
        "kreuzverhör|contre-interrogatoire|contrainterrogatorio|controinterrogatorio",
    ))
    .occur_in(&fold(head(s, 200)))
}

/// A headline that names a quiz: "The weekend quiz: …", "News quiz: Were you paying
/// attention?", "Kvíz: …", "Κουίζ: …", "Sommerquiz" — the noun, not the verb ("Senators quiz Fed
/// chief"): the headline's first word, a word before a colon, a compound, or after "the",
/// "news", "weekly" and the like.
pub fn is_quiz_title(s: &str) -> bool {
    let lower = fold(head(trim(s), 200));
    let ws: Vec<&str> = lower
        .split(|c: char| !is_word_char(c) && c != ':')
        .filter(|w| !w.is_empty())
        .collect();
    const QUIZ: Words = Words("quiz|quizz|kvíz|kviz|κουίζ|kuis|викторина|вікторина");
    ws.iter().enumerate().any(|(k, w)| {
        let bare = w.trim_end_matches(':');
        // (Or a test's label that opens the headline, as Russian and Central Asian sites title
        // their quizzes: "ТЕСТ: Қазақ әдебиетін қаншалықты жақсы білесіз?".)
        // (Only where it asks the reader what they know: "Test: Roborock S8 MaxV Ultra – lohnt
        // sich der teure Saugroboter?" is a product's test.)
        let knows = || {
            trim(s).ends_with(['?', '？'])
                && Words(concat!(
                    "білесіз|білесің|знаете|знаешь|ismered|ismeri|ismeri-e|tiedätkö|tunnetko|",
                    "угадаете|угадайте|сможете|помните|проверьте|muistatko|pamiętasz|znasz|",
                    "emlékszel|kennst|kennen sie|wissen sie|weißt du|erinnern sie sich|",
                    "do you know|how well do you know|can you|do you remember"
                ))
                .occur_at_words(&lower)
        };
        let noun = QUIZ.contains(bare)
            || k == 0
                && w.ends_with(':')
                && Words("test|тест|teszt|testi").contains(bare)
                && knows();
        let compound = bare.len() > 6 && bare.ends_with("quiz");
        // (Not a quiz show, its host or a quiz night: "six questions about the quiz show's
        // return".)
        let named_thing = || {
            ws.get(k + 1).is_some_and(|n| {
                Words("show|shows|master|masters|host|hosts|night|nights|team|teams|programme|program|league")
                    .contains(n)
            })
        };
        (noun || compound)
            && !named_thing()
            && (k == 0
                || compound
                || w.ends_with(':')
                || ws.get(k + 1).is_some_and(|n| n.starts_with(':'))
                || Words(
                    "the|a|our|news|weekly|weekend|daily|sports|christmas|summer|holiday|friday",
                )
                .contains(ws[k - 1]))
    })
}

/// An email field's placeholder or label, as a sign-up box copies: "Type your email…",
/// "Enter your email address", "Your email", "E-Mail-Adresse".
pub fn is_email_field(s: &str) -> bool {
    let t = trim(s);
    if !words_le(t, 5) {
        return false;
    }
    let lower = fold(t);
    // (A form's label alone, "Email*", "E-mail:".)
    let bare = lower.trim_end_matches(['*', ':', ' ']);
    Words("email|e-mail|courriel|correo electrónico").contains(bare)
        || Words(concat!(
            "type your email|enter your email|your email|email address|e-mail address|",
            "e-mail-adresse|ihre e-mail|votre e-mail|votre adresse e-mail|tu correo|tu email|",
            "il tuo indirizzo email|seu e-mail|uw e-mailadres",
        ))
        .opens(&lower)
}

/// An ad's label on a line of its own: "Sponsored", "Advertisement", "Anzeige".
pub fn is_ad_label(s: &str) -> bool {
    s.len() <= 40
        && Words(concat!(
            "sponsored|advertisement|ad|paid content|promoted|anzeige|werbung|gesponsert|",
            // A newsletter's: "A MESSAGE FROM OUR SPONSOR".
            "a message from our sponsor|a message from our sponsors|a word from our sponsor|",
            "a word from our sponsors|from our sponsor|from our sponsors|sponsor message|",
            "sponsored message|",
            "publicité|sponsorisé|publicidad|patrocinado|pubblicità|sponsorizzato|advertentie|",
            "publicidade|publicitat|publicitate|reklam|reklama|reklame|реклама|annons|annonse|",
            "annonce|mainos|hirdetés|διαφήμιση|quảng cáo|iklan|إعلان|פרסומת|تبلیغات|विज्ञापन|",
            "โฆษณา|広告|广告|廣告|광고|",
            // Swahili, Zulu, Amharic, Pashto and Urdu, Punjabi, Marathi, Gujarati, Telugu,
            // Burmese, Lao, Mongolian, Welsh, Icelandic.
            "tangazo|isikhangiso|ማስታወቂያ|اعلان|ਇਸ਼ਤਿਹਾਰ|जाहिरात|જાહેરાત|ప్రకటన|ကြော်ငြာ|",
            "ໂຄສະນາ|сурталчилгаа|hysbyseb|auglýsing",
        ))
        .contains(&fold(trim(s)))
}

/// A sponsor's label over its box, not an ad slot's ("Advertisement", whose ad the copy has
/// lost, may stand over the article's own next question): "SPONSORED", "A message from our
/// sponsor", "Paid content".
pub fn is_sponsor_label(s: &str) -> bool {
    let t = trim(s);
    // (Its first letter looked at first: most lines are turned away there.)
    t.len() <= 40
        && t.starts_with(['S', 's', 'P', 'p', 'A', 'a', 'F', 'f', 'G', 'g'])
        && Words(concat!(
            "sponsored|sponsored content|paid content|paid post|partner content|",
            "a message from our sponsor|a message from our sponsors|from our sponsor|",
            "from our sponsors|sponsor message|sponsored message|gesponsert|sponsorisé|",
            "patrocinado|sponsorizzato|gesponsord|sponsrad|sponset",
        ))
        .contains(&fold(t))
}

/// A call-to-action button's label on a line of its own: "Get started", "Sign up".
pub fn is_button_label(s: &str) -> bool {
    let t = fold(trim(s).trim_end_matches(['→', '›', '»', '>', ' ']));
    Words(concat!(
        "get started|sign up|sign up now|sign up free|try it free|try for free|start free trial|",
        "start your free trial|open an account|download the app|get the app|join now|join today|",
        "book now|book a demo|request a demo|get a quote|apply now|shop now|buy now|",
        "book today|schedule now|schedule today|claim your offer|claim offer|",
        "register now|register today|register for free|sign up today|",
        "subscribe now|start now|see plans|view plans|compare plans|jetzt starten|jetzt testen|",
        // A newsletter's sign-up button.
        "subscribe|je m'inscris|je m’inscris|s'inscrire|s’inscrire|abonnieren|jetzt abonnieren|",
        "je m'abonne|je m’abonne|m'abonner|m’abonner|",
        "suscríbete|suscribirse|iscriviti|inscreva-se|aanmelden|prenumerera|tilaa|",
        "zum newsletter|newsletter abonnieren|εγγραφή|εγγραφη|εγγραφείτε|zapisz się|",
        "jetzt anmelden|jetzt registrieren|inscrivez-vous|inscríbete|regístrate|registrati|",
        "cadastre-se|sign me up|",
        // A fund drive's.
        "donate|donate now|give now|make a gift|support us|jetzt spenden|spenden|faire un don|dona|doar",
        // (Not "Learn more", "Más información": a rail's heading as often as a button.)
    ))
    .contains(t.as_str())
        || tool_button(&t)
        || gift_button(&t)
}

/// A social post's author line, a name then its handle: "Mina Ferreira @minaferreira_pl",
/// "NWS Boston @NWSBoston".
pub fn is_social_handle(s: &str) -> bool {
    let t = trim(s);
    let Some((name, handle)) = t.rsplit_once(' ') else {
        return false;
    };
    handle.strip_prefix('@').is_some_and(|h| at_handle(h, 1))
        && !name.is_empty()
        && words_le(name, 5)
        && !name.contains(['@', '?', ':'])
}

/// A line whose last words, after its sentences, are a button's: "… from $89. Shop now".
pub fn ends_on_button(s: &str) -> bool {
    let t = trim(s).trim_end_matches(['.', '!']);
    t.rsplit_once(['.', '!'])
        .is_some_and(|(pitch, button)| !trim(pitch).is_empty() && is_button_label(button))
}

/// A stanza, as a page sets a poem with `<br>` between its lines: three lines at least (or two
/// over a comma), each short, and one sentence at least running on over a break into a line in
/// lower case
/// ("¿Por qué gritas, pájaro," / "cuando el sol aún no sale?"). Not an address or opening
/// hours, whose lines start with capitals or figures.
pub fn is_verse(s: &str) -> bool {
    let mut lines = s.split('\n').map(trim).filter(|l| !l.is_empty());
    let (mut n, mut run_on, mut comma) = (0, false, false);
    let mut prev: Option<&str> = None;
    for l in lines.by_ref() {
        // (An alexandrine runs to a dozen words: "Les enfants qui jouent sur la place à l'heure
        // du soir,".)
        if !words_le(l, 12) {
            return false;
        }
        if let Some(p) = prev {
            let lower = l
                .trim_start_matches(['¿', '¡', '«', '“', '"'])
                .starts_with(is_lower);
            run_on |= !p.ends_with(['.', '!', '?', '…', ':', ';', '»', '"', '”']) && lower;
            comma |= p.ends_with(',') && lower;
        }
        prev = Some(l);
        n += 1;
    }
    // (Or two lines, the first ending on a comma and the second running on in lower case: a
    // stanza's answer under its question line, "Vò ind'è i pastori, in cima di e muntagne,
    // / duve u ventu parla sempre cum'è nanzu.")
    n >= 3 && run_on || n == 2 && comma
}

/// A song's part labelled in brackets, as lyrics pages set them: "[Verse 1]", "[Chorus]",
/// "[Pre-Chorus]", "[Bridge: Joel Abara]".
pub fn is_song_part(s: &str) -> bool {
    let Some(inner) = trim(s).strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return false;
    };
    let name = inner.split([':', ' ']).next().unwrap_or("");
    Words("verse|chorus|pre-chorus|post-chorus|bridge|outro|intro|hook|refrain|strophe|couplet|refrão|estribillo|ritornello")
        .contains(&fold(name))
}

/// A line without the tag in brackets before it, one or two words: "[SOLVED] Laptop won't
/// wake…?" → "Laptop won't wake…?".
pub fn untagged(s: &str) -> &str {
    let s = trim(s);
    // (Its closing bracket looked for near the start only: a long line is not searched.)
    s.strip_prefix('[')
        .and_then(|r| head(r, 24).find(']').map(|k| (&r[..k], &r[k + 1..])))
        .filter(|(tag, _)| words_le(tag, 2))
        .map_or(s, |(_, r)| trim(r))
}

/// An interview's closing round of quick questions, so labelled: "Quick-fire round",
/// "Rapid fire", "Lightning round", "Kurz gefragt".
pub fn is_quickfire_label(s: &str) -> bool {
    let t = fold(trim(s).trim_end_matches([':', '.']));
    Words(concat!(
        "quick-fire round|quickfire round|quick fire round|quick-fire|quickfire|quick fire|",
        "quick-fire questions|quickfire questions|rapid fire|rapid-fire|rapid fire round|",
        "rapid-fire round|lightning round|speed round|quick questions|fast five|",
        "kurz gefragt|schnellfragen|questions express|preguntas rápidas|ping-pong|",
        "domande veloci|snelle vragen|snabba frågor|bate-bola|bate bola|pingue-pongue",
    ))
    .contains(&t)
}

/// Where a quick-fire round's answer starts after its prompt in one line: "Tea or coffee?
/// Tea." → the offset of "Tea.". The prompt twelve words at most, the answer twenty (a sentence
/// or two: "Dream co-star? Olivia Colman. She can have any part, I'll make the tea.").
pub fn quickfire_answer(s: &str) -> Option<usize> {
    let q = s.find(is_question_mark)?;
    let at = q + s[q..].chars().next()?.len_utf8();
    let answer = trim(&s[at..]);
    (!answer.is_empty()
        && !trim(&s[..q]).is_empty()
        && words_le(&s[..q], 12)
        && words_le(answer, 20)
        && !answer.contains(is_question_mark))
    .then(|| s.len() - s[at..].trim_start().len())
}

/// Where the answer starts after a prompt set off by a spaced dash, as a quick-fire
/// questionnaire runs each into its answer: "Your first job? — Washing pans…", "The dish you'd
/// never cook again. — Foam." The prompt twelve words at most, ending with a question mark or
/// a full stop; the answer capitalised (or quoted). Returns (the answer's offset, whether the
/// prompt asks).
pub fn dashed_prompt(s: &str) -> Option<(usize, bool)> {
    // (Not a dialogue's turn, itself opening on a dash: "— Vous venez tous les jours ? — Oui…".)
    if s.starts_with(['—', '–', '-']) {
        return None;
    }
    let h = head(s, 160);
    // (The first spaced dash, "? — ", ". – ", found by its bytes, E2 80 94 or 93: this looks
    // at every paragraph, and most have none.)
    let b = h.as_bytes();
    let at = (1..b.len().saturating_sub(3)).find(|&i| {
        b[i] == 0xE2
            && b[i + 1] == 0x80
            && matches!(b[i + 2], 0x93 | 0x94)
            && b[i - 1] == b' '
            && b[i + 3] == b' '
    })?;
    let prompt = trim_end(&h[..at]);
    let mark = prompt.chars().next_back()?;
    let asks = is_question_mark(mark);
    if !(asks || mark == '.') || prompt.ends_with("..") || !words_le(prompt, 12) {
        return None;
    }
    // (One sentence: not a paragraph's second sentence set off, "It rained. — Anna".)
    let body = &prompt[..prompt.len() - mark.len_utf8()];
    if body.contains(['.', '?', '!']) {
        return None;
    }
    let rest = &s[at..];
    let answer = trim_start(rest.get(rest.chars().next()?.len_utf8()..)?);
    let first = answer
        .strip_prefix(['"', '“', '«', '‘'])
        .unwrap_or(answer)
        .chars()
        .next()?;
    // (Nor a letter's signature after its dash: "— Pat Hughes, Exeter".)
    let signed = words_le(answer, 4) && terminal_punct(trim(answer)).is_none()
        || is_reader_signature(answer);
    ((is_upper(first) || first.is_ascii_digit()) && !signed).then(|| (s.len() - answer.len(), asks))
}

/// A play script's heading of an act and a scene: "ACT ONE, SCENE TWO", "Act 2, Scene 1",
/// "ACT I. SCENE III." (not "Scene 4" alone: a Q&A's sections may be so headed).
pub fn is_scene_heading(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 40 || !t.starts_with('A') {
        return false;
    }
    let lower = fold(t);
    let mut ws = lower
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    let numeral = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || w.bytes().all(|b| b"ivx".contains(&b))
                || Words("one|two|three|four|five|six|seven|eight|nine|ten").contains(w)
        })
    };
    ws.next() == Some("act")
        && numeral(ws.next())
        && ws.next() == Some("scene")
        && numeral(ws.next())
        && ws.next().is_none()
}

/// Where a wiki's section link glued to a heading starts: "Who runs this wiki?[edit]",
/// "Geschichte[bearbeiten | Quelltext bearbeiten]". Only on a short line.
pub fn edit_link_at(s: &str) -> Option<usize> {
    let t = trim_end(s);
    let (head, tag) = t.strip_suffix(']')?.rsplit_once('[')?;
    // (Glued to the heading, as a browser copies it: "Press [Edit]" is an instruction.)
    (words_le(head, 20)
        && !trim(head).is_empty()
        && !head.ends_with(is_space)
        && Words("edit|edit source|bearbeiten|quelltext bearbeiten|modifier|editar|modifica|править|編集")
            .contains(&fold(tag.split(" | ").next().unwrap_or(tag))))
    .then_some(trim_end(head).len())
}

/// A line opening on a sum of money: "£15 could provide…", "$25 buys…", "€10 pays for…".
pub fn opens_on_amount(s: &str) -> bool {
    let t = trim(s);
    t.strip_prefix(['$', '€', '£'])
        .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
}

/// A fund drive's button naming the gift: "Yes, I'll give $5/month", "Give €10 once", "$8 per
/// month" (`t`: folded) — an amount and how often or a word for giving.
fn gift_button(t: &str) -> bool {
    let amount = t.char_indices().any(|(i, c)| {
        matches!(c, '$' | '€' | '£')
            && t[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    });
    amount
        && words_le(t, 6)
        && [
            "give",
            "/month",
            "/mo",
            "a month",
            "per month",
            "monthly",
            "once",
            "/mois",
            "par mois",
        ]
        .iter()
        .any(|w| has_sub(t, w))
}

/// A button that opens the page's tool, a verb and the tool's name: "Try the calculator", "Take
/// our quiz", "Use the checker", "Explore the map" (`t`: folded).
fn tool_button(t: &str) -> bool {
    let mut w = t.split(' ');
    let verb = w.next().unwrap_or("");
    let last = t
        .bytes()
        .rposition(|b| b == b' ')
        .map_or("", |k| &t[k + 1..]);
    // (Or a calculator's own button, its verb and what it works out, with no full stop:
    // "Calculate your payment", "Calcula tu cuota", "Berechnen Sie Ihre Rate".)
    let calculate = || {
        Words(concat!(
            "calculate your|calcula tu|calcula su|calcule su|calcule seu|calcule sua|",
            "calculez votre|berechnen sie ihre|berechnen sie ihren|calcola la tua|calcola il tuo|",
            "bereken je|bereken uw",
        ))
        .opens(t)
            && !t.ends_with(['.', '!', '?'])
    };
    words_le(t, 4)
        && (Words("try|take|use|open|play|launch|explore|start|see").contains(verb)
            && Words("calculator|quiz|tool|map|checker|tracker|game|interactive").contains(last)
            && w.next().is_some_and(|d| Words("the|our|this").contains(d))
            || calculate())
}

/// A label naming the question-and-answer form alone: "Q&A", "Q. & A.", "Q and A".
pub fn is_qa_label(s: &str) -> bool {
    Words("q&a|q & a|q. & a.|q. and a.|q and a|q+a|q & a:|q&a:").contains(&fold(trim(s)))
}

/// A headline in title case, its short words left small ("Is Low Tide the Best Show of the
/// Year?"): every word of four letters or more capitalised, three at least.
pub fn headline_case(s: &str) -> bool {
    let mut long = 0;
    for w in words(s) {
        let mut letters = w.chars().filter(|&c| is_word_char(c));
        let Some(first) = letters.next() else {
            continue;
        };
        if letters.count() >= 3 {
            if !is_upper(first) {
                return false;
            }
            long += 1;
        }
    }
    long >= 3
}

/// A line in title case: most of its words capitalised ("New Jersey Bet Big on Clean Energy.
/// Ratepayers Are Feeling It."), three at least.
pub fn title_case(s: &str) -> bool {
    let (mut n, mut upper) = (0, 0);
    for w in words(s) {
        n += 1;
        if w.chars().find(|&c| is_word_char(c)).is_some_and(is_upper) {
            upper += 1;
        }
    }
    n >= 3 && upper * 4 >= n * 3
}

/// A reader box's button, alone on its line: "Support the Guardian", "Subscribe", "Share with
/// the Guardian", "Támogatom a Telexet", "Email address / Sign up".
pub fn is_box_button(s: &str) -> bool {
    let t = fold(head(trim(s), 40));
    is_button_label(s)
        || Words(concat!(
            "support |subscribe|donate|contribute|share with |share your |sign up|join |",
            "become a |email address|e-mail address|submit|send us|tell us|give now|",
            "e-mail-adresse|ihre e-mail-adresse|adresse e-mail|votre adresse e-mail|",
            "correo electrónico|tu correo|jetzt abonnieren|",
            "unterstützen|jetzt unterstützen|abonnieren|spenden|soutenir|je soutiens|",
            "s'abonner|faire un don|suscríbete|apoya |donar|dona |abbonati|sostieni|",
            "assine|apoie|steun |abonneer|wesprzyj|subskrybuj|podpořte|předplaťte|",
            "támogat|fizess elő|tue |tilaa|støtt |stöd |abonner|",
            // A union's or a club's: "Adhérer en ligne", "Mitglied werden", "Hazte socio".
            "adhérer|adhérez|devenir membre|mitglied werden|hazte socio|hazte miembro|",
            "diventa socio|torne-se sócio|word lid|bli medlem|bliv medlem|become a member|",
            // One that puts the reader in touch: "Talk to an Agent", "Speak with an adviser".
            "talk to |talk with |speak to |speak with |chat with |contact us|get in touch|",
        ))
        .opens(&t)
}

/// A product's buying line in a shopping round-up: "Buy now £32, Lakeland.co.uk", "Buy from
/// Amazon", "£79.99, Lakeland", "Check price at Argos".
pub fn is_buy_line(s: &str) -> bool {
    let t = trim(s);
    let lower = fold(head(t, 24));
    [
        "buy now",
        "buy from",
        "buy it from",
        "check price",
        "shop now at",
        "view at ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        // (In other languages' words: "ดูราคาที่ Shopee", "Cek harga di Tokopedia", "Xem giá tại
        // Shopee", "최저가 보기".)
        || Words("ดูราคา|เช็คราคา|cek harga|lihat harga|xem giá|최저가 보기|価格をチェック")
            .opens(&fold(head(t, 40)))
        // (Or a shop's price and its deal button after it: "Velora.fr : 1 899 € | Voir l'offre",
        // "Amazon: $129 | View deal".)
        || (t.len() <= 120
            && words_le(t, 14)
            && t.contains(['£', '€', '$'])
            && Words("voir l'offre|voir l’offre|view deal|see deal|see price|zum angebot|ver oferta|vedi offerta|bekijk aanbieding")
                .occur_in(&fold(t)))
        || (t.starts_with(['£', '€', '$'])
            && t.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
            && t.contains(", ")
            && words_le(t, 4)
            && terminal_punct(t).is_none())
}

/// A study's question under its label, as a paper's structured abstract sets it among
/// "Background:", "Methods:" and "Results:": "Research question: Can a fall in FEV1 …?",
/// "Study Question: …", "Fragestellung: …".
pub fn is_study_question(s: &str) -> bool {
    let t = fold(head(trim(s), 40));
    Words(concat!(
        "research question:|research questions:|study question:|study questions:|",
        "question addressed:|",
        "forschungsfrage:|fragestellung:|question de recherche :|question de recherche:|",
        "pregunta de investigación:|domanda di ricerca:|onderzoeksvraag:",
    ))
    .opens(&t)
}

/// A shop's line under a customer's question: who asked, when, and how many answered — "Asked
/// by Dave_R · 3 March 2025 · 3 answers", "Gefragt von Jana · 2 Antworten".
pub fn is_asked_tally(s: &str) -> bool {
    let t = trim(s);
    if !words_le(t, 16) || !t.contains(['·', '|']) {
        return false;
    }
    let lower = fold(t);
    Words("asked by |gefragt von |question posée par |pregunta de |domanda di ").opens(&lower)
        && lower.rsplit(['·', '|']).next().is_some_and(|last| {
            let mut w = words(last);
            w.next().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
                && w.next().is_some_and(|a| {
                    Words("answer|answers|antwort|antworten|réponse|réponses|respuesta|respuestas|risposta|risposte")
                        .contains(a)
                })
        })
}

/// A line that ends on a share, as a poll's options do: "Raczej tak – 24 proc.", "Yes 38%",
/// "Nein: 41 Prozent". Returns the share, in whole percent.
pub fn ends_on_share(s: &str) -> Option<u32> {
    let t = trim(s).trim_end_matches('.');
    let body = t
        .strip_suffix('%')
        .or_else(|| {
            [
                "proc",
                "procent",
                "percent",
                "per cent",
                "prozent",
                "pour cent",
                "por ciento",
                "por cento",
                "per cento",
            ]
            .iter()
            .find_map(|w| t.strip_suffix(w))
        })
        .map(trim_end)?;
    // (Its whole part, read by hand: past a decimal comma or point, "38,5 %".)
    let digits = body.trim_end_matches(|c: char| c.is_ascii_digit());
    let whole = match digits.strip_suffix([',', '.']) {
        Some(w) if digits.len() < body.len() => w,
        _ => body,
    };
    let n = whole.len() - whole.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if n == 0 || n > 3 {
        return None;
    }
    Some(
        whole[whole.len() - n..]
            .bytes()
            .fold(0, |v, b| v * 10 + u32::from(b - b'0')),
    )
}

/// A Korean interviewer's prompt after one hyphen and a space, in Hangul: "- 주장은 누구에게
/// 맡길 생각인가?". Returns the prompt.
pub fn hangul_dash_prompt(t: &str) -> Option<&str> {
    t.strip_prefix("- ").filter(|r| r.starts_with(is_hangul))
}

/// A Korean portal's copy of an agency's 일문일답, a turn and the one under it: the interviewer's
/// prompt after a hyphen and a space, in Hangul, asking or not, and its answer undashed, in
/// Hangul or opening on a figure, more than eight words ("- 비중은 어느 정도인가." / "전체의 약
/// 40%를…"). Read in text (`text::dash_turns`) and in a page's paragraphs alike.
pub fn hangul_dash_pair(prompt: &str, answer: &str) -> bool {
    hangul_dash_prompt(prompt).is_some()
        && answer.starts_with(|c: char| is_hangul(c) || c.is_ascii_digit())
        && !words_le(answer, 8)
}

/// A police appeal's box over its call: "Do you have information?", "Can't speak to police?"
/// — a few words.
pub fn is_appeal_box(s: &str) -> bool {
    let t = trim(s);
    words_le(t, 6)
        && Words(concat!(
            "do you have information|have you got information|",
            "can't speak to police|can’t speak to police|cannot speak to police|",
            "can't speak to the police|can’t speak to the police|cannot speak to the police",
        ))
        .opens(&fold(head(t, 32)))
}

/// A police appeal's call under its box: to call quoting a reference, or Crimestoppers —
/// "…call 101, quoting reference 5225054321", "…anonymously to the independent charity
/// Crimestoppers".
pub fn is_appeal_call(s: &str) -> bool {
    Words("quoting|crimestoppers|crime stoppers|crime reference|incident number|log number")
        .occur_in(&fold(head(s, 400)))
}

/// A box's call to action phrased as an elliptical question, after the questions: "Need help
/// finding a doctor?", "Facing an eviction hearing this week?", "Looking for more?" — no
/// interrogative word or verb before its subject.
pub fn is_cta_question(s: &str) -> bool {
    // (German newsletter boxes ask "Keine Ratgeber-Tipps mehr verpassen?": miss nothing more.)
    if trim(s).ends_with("mehr verpassen?") {
        return true;
    }
    let t = fold(head(trim(s), 24));
    Words(concat!(
        "need |facing |looking for |want to |want more|interested in |planning to |planning a |",
        "thinking of |thinking about |struggling |worried about |unsure |having trouble |",
        // (A charity's appeal: "Could you help a hedgehog this winter?")
        "could you help |can you help |will you help |would you help |",
        "can't find |cannot find |ready to |ready for |are you worried|are you struggling|",
        "are you affected|have you been affected|were you affected|",
        // (A reporter's call for sources: "Do you work at Corvane, or were you affected…?",
        // "Do you have information about …?")
        "do you have information|",
        "do you know more|have a tip|got a tip|",
        // (Spanish, Portuguese, French, German, Italian, asking for help: "¿Necesitas ayuda?",
        // "Besoin d'aide ?", not "¿Necesita el bono una foto?".)
        "¿necesitas ayuda|¿necesita ayuda|¿tienes dudas|¿tiene dudas|precisa de ajuda|",
        "besoin d'aide|vous avez besoin d'aide|brauchen sie hilfe|hai bisogno di aiuto|",
        // (Italian's "Hai bisogno di assistenza?", need support.)
        // (The first 24 bytes only are compared.)
        "hai bisogno di assisten|ha bisogno di assistenza|avete bisogno di assist|",
        // (Indonesian's "Masih butuh bantuan?", still need help.)
        "masih butuh bantuan|butuh bantuan|perlu bantuan|",
    ))
    .opens(&t)
        // (A reporter's, asking those at a named place: "Do you work at Corvane…?" — not an
        // FAQ's "Do you work at weekends?".)
        || Words("do you work at |do you work for |did you work at |did you work for ")
            .iter()
            .find_map(|w| strip_prefix_ci(trim(s), w))
            .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
        // (Or a newsletter's, wanting it in the inbox: "Want the Ledger in your inbox?")
        || Words("want |get |like |enjoy |love ").opens(&t)
            && Words("in your inbox|to your inbox").occur_in(&fold(head(trim(s), 80)))
}

/// A box's situation put as a question with its subject first, as a lawyer's box puts the
/// reader's case: "Sie haben eine Kündigung erhalten?", "Vous avez reçu un avis ?", "You've
/// been made redundant?" — one sentence. (A box only over a call to contact the firm itself:
/// the caller asks.)
pub fn is_subject_first_cta(s: &str) -> bool {
    let t = trim(s);
    !has_inner_sentence_end(t)
        && words_le(t, 12)
        && Words(concat!(
            "sie haben |sie sind |sie möchten |sie suchen |sie brauchen |du hast |du bist |",
            "vous avez |vous êtes |vous souhaitez |vous cherchez |u heeft |je hebt |u bent |",
            "you have |you've |you're |you are ",
        ))
        .opens(&fold(head(t, 24)))
}

/// A call to contact the page's own people: "Rufen Sie uns an", "Contactez-nous", "Call us on
/// …" — a first person plural among its words.
pub fn calls_us(s: &str) -> bool {
    Words("us|uns|nous|ons|nos|noi|kami").occur_at_words(&fold(head(s, 400)).replace('-', " "))
}

/// A broadcast's teaser for what comes next: "Coming up after the break, …", "Still to come:
/// …", "Next week on the show: …".
pub fn is_teaser(s: &str) -> bool {
    Words(concat!(
        "coming up|still to come|after the break|up next|next week on|next time on|",
        "nach der pause|gleich im anschluss|après la pause|tras la pausa|después de la pausa|",
    ))
    .opens(&fold(head(trim(s), 40)))
}

/// A match's result as a report heads it: "Arsenal 2-1 Chelsea", "Sheffield Wednesday 0
/// Coventry City 3: …" — a capitalised name, the score, the other name (its goals after it,
/// then a colon or the line's end). Goals of two digits at most.
pub fn is_score_line(s: &str) -> bool {
    let t = head(trim(s), 300);
    let ws: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).take(40).collect();
    let goals = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // (A team's name, capitalised: not a headline's Title Case verb or preposition around a
    // vote or a range, "Court Rules 6-3 On …", "Kids Ages 5-11: Your …", nor a series' parts,
    // "Season 2 Episode 10".)
    let name = |w: &str| {
        w.starts_with(is_upper)
            && !Words(concat!(
                "on|in|at|for|of|to|by|with|from|the|a|an|and|or|as|your|our|my|his|her|their|",
                "its|what|how|why|who|when|where|which|rules|ruled|rule|votes|voted|vote|ages|",
                "aged|age|season|episode|series|chapter|part|round|match|game|week|day|days|",
                "page|step|phase|grade|year|years|level|stage|act|scene|volume|vol|issue|no|",
                "number|top|best|under|over|between|after|before|about|into|vs|v",
            ))
            .contains(&fold(w.trim_end_matches([':', ',', '.'])))
    };
    (1..ws.len()).any(|i| {
        let w = ws[i];
        // "2-1", "0–3" between two names.
        let dashed = w
            .split_once(['-', '–'])
            .is_some_and(|(a, b)| goals(a) && goals(b.trim_end_matches([':', ','])));
        if dashed {
            return name(ws[i - 1]) && ws.get(i + 1).is_some_and(|n| name(n));
        }
        // "0 Coventry City 3:": the name of one to three words, its goals at the end or before a
        // colon.
        goals(w)
            && name(ws[i - 1])
            && (i + 2..ws.len().min(i + 5)).any(|j| {
                let g = ws[j];
                let bare = g.trim_end_matches(':');
                (ws[i + 1..j].iter().all(|n| name(n)))
                    && goals(bare)
                    && (bare.len() < g.len() || j + 1 == ws.len())
            })
    })
}

/// A host's turn that breaks for an ad: "We're going to take a quick break.", "Stay with us.",
/// "We'll be right back."
pub fn announces_break(s: &str) -> bool {
    Words(concat!(
        "quick break|short break|take a break|be right back|stay with us|after the break|",
        "after this break|back after this|kurze pause|petite pause|pausa breve",
    ))
    .occur_in(&fold(head(s, 200)).replace('’', "'"))
}

/// A call to act in a box's text: a sentence that opens with "Call", "Email", "Contact", "Visit",
/// "Come to", "Get in touch", "Sign up", "Apply".
pub fn calls_to_act(s: &str) -> bool {
    const ACT: Words = Words(concat!(
        "call |email |e-mail |contact |visit |come to |get in touch|sign up|apply |talk to |",
        "speak to |find out more|ring |text |write to |book |share your |tell us |send us |",
        // (Or how to reach someone: "Find out how to contact our nurses.", "Reach Maya
        // securely on Signal at …".)
        "reach |message us|message me|",
        "find out how to contact|find out how to reach|find out how to get in touch|",
        "let us know|email us|we would like to hear|we'd like to hear|we want to hear|",
        // (Or a helpline's number under its label: "Helpline: 0800 …", "Línea de atención
        // gratuita: 900 …"; and the same calls in Spanish, French, German, Italian.)
        "helpline|hotline|freephone|línea de atención|teléfono|llama |llámanos|escríbenos|",
        "contacta |appelez|contactez|rufen sie|kontaktieren sie|chiama |contatta |hubungi |",
        // (A charity's appeal: "Donate today.", "Give now".)
        "donate|give now|give today|jetzt spenden|faire un don|dona ora|",
    ));
    let t = fold(head(s, 400));
    let mut rest = t.as_str();
    loop {
        // (Or after a condition: "If you need urgent help overseas, call +64 …".)
        let after_if = || {
            rest.strip_prefix("if ")
                .and_then(|r| r.find(", ").map(|k| &r[k + 2..]))
                .is_some_and(|r| ACT.opens(r))
        };
        if ACT.opens(rest) || after_if() {
            return true;
        }
        match rest.find(". ") {
            Some(k) => rest = &rest[k + 2..],
            None => return false,
        }
    }
}

/// A gossip column's label over its blind items, teasers whose answers are the reader's to
/// guess: "GUESS WHO?", "Blind item", "Blind item #3", "¿Adivina quién?".
pub fn is_blind_item_label(s: &str) -> bool {
    let t = fold(trim(s).trim_end_matches([':', '?', '!', '.']));
    let t = trim(t.trim_start_matches(['¿', '¡']));
    let t = t.split(" #").next().unwrap_or(t);
    Words(concat!(
        "guess who|blind item|blind items|blind gossip|",
        "adivina quién|adivinen quién|adivinhe quem|indovina chi|rate mal|devinez qui|raad eens",
    ))
    .contains(trim(t))
}

/// A reader poll's label over its question: "READER POLL", "Quick poll", "Umfrage".
pub fn is_poll_label(s: &str) -> bool {
    Words(concat!(
        "poll|reader poll|readers' poll|quick poll|our poll|today's poll|poll of the day|",
        "have your say|umfrage|sondage|encuesta|sondaggio|enquete|peiling|ankieta|",
        // (Croatian, Serbian, Bosnian, Czech, Slovak, Slovene, Hungarian, Romanian, Bulgarian,
        // Swedish, Danish, Norwegian, Finnish.)
        "anketa|анкета|anketă|sondaj|szavazás|omröstning|afstemning|avstemning|kysely|äänestys|",
        // (Thai's and Vietnamese's "vote", "poll".)
        "โหวต|โพล|bình chọn|thăm dò",
    ))
    .contains(&fold(trim(s).trim_end_matches(':')))
}

/// A line of a poll's results, two shares at least that add up to the whole (95 to 101 per
/// cent, rounded): "Ja: 53 % · Nein: 42 % · Weiß nicht: 5 %", "Yes 61% / No 33% / Don't know 6%".
pub fn shares_of_whole(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 200 {
        return false;
    }
    // (Each figure read up to its sign, a space between or not, "53 %", "53%", in hundredths:
    // a decimal's comma or point kept, "4,19 %", so a rate never rounds into a share. No float
    // parsing: its code would cost the wasm kilobytes.)
    let (mut n, mut sum) = (0u32, 0u32);
    let (mut whole, mut frac, mut places, mut seen, mut point) = (0u32, 0u32, 0u32, false, false);
    for c in t.chars() {
        match c {
            '0'..='9' => {
                let d = c as u32 - '0' as u32;
                seen = true;
                if point {
                    if places < 2 {
                        frac = frac * 10 + d;
                        places += 1;
                    }
                } else {
                    whole = whole.saturating_mul(10).saturating_add(d);
                }
            }
            '.' | ',' if seen && !point => point = true,
            '%' if seen => {
                let hundredths = if places == 1 { frac * 10 } else { frac };
                n += 1;
                sum = sum.saturating_add(whole.saturating_mul(100).saturating_add(hundredths));
                (whole, frac, places, seen, point) = (0, 0, 0, false, false);
            }
            _ if is_space(c) && seen => {}
            _ => (whole, frac, places, seen, point) = (0, 0, 0, false, false),
        }
    }
    n >= 2 && (9_500..=10_100).contains(&sum)
}

/// A poll's count of votes opening a line: "2,314 votes so far.", "1.204 Stimmen".
pub fn counts_votes(s: &str) -> bool {
    let t = trim(s);
    let digits = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    digits.len() < t.len()
        // (" vote" opens " votes" and " votes so far" too.)
        && [" vote", " Stimmen", " votos", " voti"]
            .iter()
            .any(|w| digits.starts_with(w))
}

/// A box's label phrased as a question: "Did you know?", "Wussten Sie schon?".
pub fn is_box_label(s: &str) -> bool {
    let t = fold(trim(s));
    Words(concat!(
        "did you know?|wussten sie?|wussten sie schon?|¿sabías que?|¿sabía que?|",
        "le saviez-vous ?|le saviez-vous?|lo sapevi?|sabia?|você sabia?|wist je dat?|",
        "wist u dat?|visste du?|vidste du?|tiesitkö?|הידעת?|biliyor musunuz?|",
        "знаете ли вы?|чи знаєте ви?|czy wiesz?|",
        // (Hungarian, Czech, Slovak, Romanian, Greek, Norwegian, Swedish.)
        "tudta?|tudtad?|věděli jste?|víte, že?|vedeli ste?|știați că?|ştiaţi că?|ξέρατε ότι;|",
        "visste du at?|visste du att?",
    ))
    .contains(t.as_str())
}

/// An article's date line: "Published 14 July 2026", "Updated: 3 Feb 2026, 10:04",
/// "Mon 3 Feb 2026 07.00 GMT", "First published on Sun 2 Feb", "Aktualisiert am 3. Februar 2026".
/// A short line with a digit that opens with publishing words, or that names a month and a year.
pub fn is_dateline(s: &str) -> bool {
    let t = trim(s);
    if !short_dated(t, 10) {
        return false;
    }
    let lower = fold(t);
    if stamped(&lower) {
        return true;
    }
    const MONTHS: Words = Words(concat!(
        "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|",
        "april|june|july|august|september|october|november|december|januar|februar|",
        "märz|mai|juni|juli|okt|oktober|dez|dezember|enero|febrero|marzo|abril|mayo|",
        "junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janv|janvier|févr|",
        "février|mars|avril|juin|juil|juillet|août|septembre|octobre|novembre|déc|",
        "décembre",
    ));
    let mut month = false;
    let mut year = false;
    for w in lower
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        month |= MONTHS.contains(w);
        year |= w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit());
    }
    month && year && !is_sentence(t)
}

/// A dateline's label: "Published …", "Originally Published: …", "Updated …" (`lower` folded).
fn stamped(lower: &str) -> bool {
    Words(concat!(
        "published|updated|first published|last updated|last modified|posted|",
        "originally published|originally posted|",
        "veröffentlicht|aktualisiert|stand:|publicado|actualizado|publié|mis à jour|",
        "modifié",
    ))
    .opens(lower)
}

/// The page's stamp of when the article was published or updated, a short line with its date
/// ("Originally Published: March 3, 2025 at 5:00 AM PST"), as a page may set it under the
/// article.
pub fn is_publish_stamp(s: &str) -> bool {
    let t = trim(s);
    if short_dated(t, 12) && stamped(&fold(t)) {
        return true;
    }
    // (Or a health page's review stamp, its source named after it: "Page last reviewed: March
    // 14, 2025. Content source: Marlow County Health Department, …".)
    t.len() <= 300
        && t.starts_with(['p', 'P', 'l', 'L', 'c', 'C', 'n', 'N'])
        && t.contains(|c: char| c.is_ascii_digit())
        && Words("page last reviewed|last reviewed|page last updated|content last reviewed|next review due")
            .opens(&fold(head(t, 24)))
}

/// An answer's stamp of its last update, a short line with its date: "Updated: 31 October
/// 2025, 16:05", "Aktualisiert 3.11.2025" — not a listing's "Published …".
pub fn is_update_stamp(s: &str) -> bool {
    let t = trim(s);
    short_dated(t, 12)
        && Words("updated|last updated|aktualisiert|mis à jour|actualizado|stand:").opens(&fold(t))
}

/// A short line with a figure in it that asks nothing, as a date's line is: up to 120 bytes and
/// `most` words (`t` trimmed).
fn short_dated(t: &str, most: usize) -> bool {
    t.len() <= 120
        && words_le(t, most)
        && !ends_with_question(t)
        && t.contains(|c: char| c.is_ascii_digit())
}

/// A line that is only a clock time, as a live page stamps each post: "16:41", "4:41pm",
/// "Posted at 16:41", "16.41 BST", "Updated 4:41 p.m. ET".
pub fn is_clock_line(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 40 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut clock = false;
    for w in words(t) {
        let digits = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
        let time = w.trim_end_matches(['a', 'm', 'p', 'A', 'M', 'P', '.']);
        if let Some((h, m)) = time.split_once([':', '.', 'h']) {
            if digits(h) && m.len() == 2 && digits(m) && !clock {
                clock = true;
                continue;
            }
        }
        // (ASCII words: compared without folding the line.)
        let label = Words(concat!(
            "posted|updated|at|am|pm|a.m.|p.m.|gmt|bst|utc|et|pt|cet|cest|uhr|h|",
            // (And the zones of other live pages: "2:51 PM EDT", "11:05 AEST".)
            "edt|est|ct|cdt|cst|mt|mdt|mst|pdt|pst|aest|aedt|acst|awst|nzst|nzdt|ist|sast|",
            "wat|eat|cat|hkt|sgt|jst|kst|eet|eest|wet|west"
        ));
        if !label.iter().any(|l| l.eq_ignore_ascii_case(w)) {
            return false;
        }
    }
    clock
}

/// A time slot on a line of its own, as a programme lists its sessions: "10:15 – 11:00",
/// "9:30am - 10:15am".
pub fn is_time_range(s: &str) -> bool {
    let t = trim(s);
    t.len() <= 40
        && t.split_once(['–', '—', '-'])
            .is_some_and(|(a, b)| is_clock_line(a) && is_clock_line(b))
}

/// A listing's slot: a clock time, then a channel or a venue after a bar or a dot ("20:15 Uhr |
/// Das Erste", "9pm · BBC Two", "19.30 | Studio 2").
pub fn is_schedule_slot(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 60 {
        return false;
    }
    let Some(at) = t.find(['|', '·', '•']) else {
        return false;
    };
    let (time, place) = (
        trim(&t[..at]),
        trim(t[at..].trim_start_matches(['|', '·', '•'])),
    );
    // (Or an hour alone: "8pm", "9 p.m.")
    let hour = {
        let digits = time.bytes().take_while(u8::is_ascii_digit).count();
        let rest = fold(trim(&time[digits..])).replace('.', "");
        (1..=2).contains(&digits) && matches!(rest.as_str(), "am" | "pm")
    };
    (hour || is_clock_line(time))
        && !place.is_empty()
        && words_le(place, 4)
        && terminal_punct(place).is_none()
}

/// An editor's note on the article itself: "Correction: …", "A correction was made on …",
/// "An earlier version of this article …", "This story has been updated …".
pub fn is_editors_note(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 800 || !words_le(t, 80) {
        return false;
    }
    let lower = fold(t);
    Words(concat!(
        "correction:|corrections:|clarification:|editor's note:|editor’s note:|",
        "a correction was made|an earlier version of this|",
        "this article has been updated|this article was updated|",
        "this story has been updated|this story was updated|",
        "this article has been amended|this interview has been|this interview was|",
        "this transcript was|this transcript has been|this is a rush transcript|",
        "this conversation has been|this conversation was|the interview has been|",
        "interview edited|dieses interview wurde|esta entrevista ha sido|",
        "cette interview a été|cet entretien a été|this article was amended|",
        "korrektur:|fe de errores|rectificatif|",
        // Where the article comes from: "This article is a translation …", "… first appeared in".
        "this article is a translation|",
        "this article was translated|this article was originally published|",
        "this story was originally published|this article originally appeared|",
        "this story originally appeared|a version of this article|",
        "a version of this story|dieser artikel ist eine übersetzung|",
        "dieser text ist eine übersetzung|dieser artikel erschien zuerst|",
        "dieser text erschien zuerst|dieser beitrag erschien zuerst|",
        "este artículo se publicó originalmente|",
        "este artículo fue publicado originalmente|cet article a été publié|",
        "cet article est paru",
    ))
    .opens(&lower)
}

/// Lines that cite a source: "foxnews.com: Title (Englisch)", "Eigene Recherchen", "Reuters: …".
pub fn is_citation(s: &str) -> bool {
    let t = trim(s);
    let t = t.strip_prefix('(').unwrap_or(t);
    if let Some((head, _)) = t.split_once(':') {
        let head = trim(head);
        if !head.contains(is_space) && head.contains('.') && head.len() <= 40 {
            let tld = head.rsplit('.').next().unwrap_or("");
            return (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic());
        }
    }
    let lower = fold(t);
    Words(concat!(
        "eigene recherchen|own research|mit material von|with material from|",
        "additional reporting by|",
        // Staff credits: "Reporting by …; Editing by …", "Übersetzung: …, Redaktion: …".
        "reporting by|writing by|editing by|compiled by|",
        "übersetzung:|redaktion:|schlussredaktion:",
    ))
    .opens(&lower)
}

/// Sign-offs such as "— Ronn Rowland" or "– Compiled by Jane Doe".
/// A line that announces what follows: a lead-in ending with a colon, or a short sentence
/// such as "Here's what we know.", "We've got answers.", "Voici ce que l'on sait.", "Hier die
/// wichtigsten Fragen und Antworten."
pub fn announces(s: &str) -> bool {
    let t = trim(s);
    if !words_le(t, 20) {
        return false;
    }
    ends_with_colon(t) || announces_answers(t)
}

/// A headline or standfirst of a column answering readers' questions: "Ask the expert: …",
/// "Each week Helen Marsh answers your questions about money", "Leserfragen".
pub fn is_readers_column(s: &str) -> bool {
    let lower = fold(head(trim(s), 160));
    // (Not a column's complaint that no one answers them: "Why politicians never answer your
    // questions".)
    if Words("never answer|never answers|don't answer|don’t answer|won't answer|won’t answer|doesn't answer|doesn’t answer|not answer")
        .occur_in(&lower)
    {
        return false;
    }
    Words(concat!(
        "ask the expert|ask our expert|ask the doctor|ask the lawyer|ask the vet|",
        "ask the psychologist|fråga experten|fråga psykologen|fråga doktorn|fråga juristen|",
        "spør eksperten|spør psykologen|spør legen|spørg eksperten|spørg psykologen|",
        "spørg lægen|vraag het de expert|frag den experten|fragen sie den experten|",
        // (German's column names: "Fragen Sie die Anwältin". Not "Leser fragen", which a
        // sentence says: "Viele Leser fragen sich, …".)
        "fragen sie den|fragen sie die|",
        "answers your questions|answer your questions|answers readers' questions|",
        "answers readers’ questions|readers' questions|readers’ questions|you ask, we answer|",
        // ("… answers readers' health questions.")
        "answers readers'|answers readers’|",
        "leserfragen|beantwortet ihre fragen|responde a sus preguntas|preguntas de los lectores|",
        "répond à vos questions|questions des lecteurs|risponde alle vostre domande|",
        // (Dutch, Swedish, Norwegian, Danish.)
        "beantwoordt jullie vragen|beantwoordt uw vragen|beantwoordt je vragen|lezersvragen|",
        "vragen van lezers|läsarnas frågor|svarar på dina frågor|svarar på era frågor|",
        "lesernes spørsmål|svarer på dine spørsmål|læsernes spørgsmål|svarer på dine spørgsmål|",
        "spørsmål fra leserne|spørgsmål fra læserne|frågor från läsarna|fragen von lesern",
    ))
    .occur_in(&lower)
        // (Or the questions named for their field, a word or two between: "Our resident GP
        // answers your health questions", "… answers your money questions".)
        || ["answers your ", "answer your "].iter().any(|a| {
            lower.match_indices(a).any(|(k, _)| {
                lower[k + a.len()..]
                    .split(' ')
                    .take(3)
                    .skip(1)
                    .any(|w| w.trim_end_matches([',', '.', ':']) == "questions")
            })
        })
}

/// An advice column's headline, named for its writer: "Ask Wren: My co-founder wants out…",
/// "Ask Dr. Ruth: …" — not a headline that asks after its colon, "Ask Google: why did search
/// get so bad?".
pub fn is_ask_column(s: &str) -> bool {
    let t = trim(s);
    let Some(rest) = t.strip_prefix("Ask ") else {
        return false;
    };
    let mut ws = rest.split(' ').take(3);
    ws.clone().next().is_some_and(|w| w.starts_with(is_upper))
        && ws.any(|w| w.len() > 1 && w.ends_with(':'))
        && !ends_with_question(t)
}

/// A transcript's note of an audience at the end of a paragraph: "(Applause.)", "[Cheers]",
/// "(Beifall)". (Not laughter: an interview notes its guest's "(laughs)".)
pub fn ends_with_audience(s: &str) -> bool {
    let t = trim(s);
    let Some(inner) = t
        .strip_suffix([')', ']'])
        .and_then(|t| t.rfind(['(', '[']).map(|i| &t[i + 1..]))
    else {
        return false;
    };
    let inner = fold(trim(inner).trim_end_matches('.'));
    Words(concat!(
        "applause|cheers|cheering|beifall|applaus|aplausos|applaudissements|applausi|",
        "oklaski|aplodismenter|applåder|bifall",
    ))
    .contains(&inner)
}

/// The addressee of a letter's or a reply's salutation: "Dear Delia: …" → "Delia", "DEAR
/// UPSTAGED: …", "Liebe Frau Berg, …", "Querida Ana: …".
pub fn salutation(s: &str) -> Option<&str> {
    after_salutation(s).map(|(name, _)| name)
}

/// A salutation's addressee and what follows it, when the salutation ends with a colon, as
/// syndicated columns print them: "DEAR MARGARET: My sister-in-law…" → ("MARGARET", "My
/// sister-in-law…"). (After a comma the letter goes on in lower case: "Dear Dr Gallagher, for
/// the past few months…"; then the text after it is empty here.)
pub fn after_salutation(s: &str) -> Option<(&str, &str)> {
    let t = trim(s);
    // (Its first letter looked at first: most paragraphs are turned away there.)
    if !t.starts_with(['D', 'L', 'Q', 'C']) {
        return None;
    }
    let rest = [
        "Dear ", "DEAR ", "Liebe ", "Lieber ", "Querida ", "Querido ", "Chère ", "Cher ",
    ]
    .iter()
    .find_map(|d| t.strip_prefix(d))?;
    let k = rest.find([':', ','])?;
    let name = trim(&rest[..k]);
    // (Capitalised, or a pen name that only starts so: "Dear Worried wife,".)
    let letters = |w: &str| {
        w.chars()
            .all(|c| is_word_char(c) || matches!(c, '.' | '\'' | '’' | '-'))
    };
    let after = if rest.as_bytes()[k] == b':' {
        trim(&rest[k + 1..])
    } else {
        ""
    };
    (!name.is_empty()
        && words_le(name, 4)
        && name.starts_with(is_upper)
        && name.split(is_space).all(letters))
    .then_some((name, after))
}

/// The label of a summary box over an article: "In short:", "Key points:", "At a glance",
/// "Das Wichtigste in Kürze", "En bref"; Yle's "Mistä on kyse?" (what is it about?), a
/// question only in form.
pub fn is_summary_label(s: &str) -> bool {
    let list = Words(concat!(
        "in short|key points|at a glance|the short version|the big picture|quick read|",
        "das wichtigste in kürze|kurz gesagt|in kürze|en bref|l'essentiel|en resumen|",
        "lo esencial|in breve|in het kort|i korthet|kort fortalt|w skrócie|özetle|",
        "mistä on kyse|mistä on kysymys",
    ));
    is_label(s, &[':', '：', '?'], list)
}

/// A short line that is one of `list`'s labels, whole, once `trail` is off its end.
fn is_label(s: &str, trail: &[char], list: Words) -> bool {
    let t = trim(trim(s).trim_end_matches(trail));
    t.len() <= 60 && list.contains(&fold(t))
}

/// A line crediting who answers a reader's question: "Answered by: Constable Ryan Quinn,
/// Dungannon Neighbourhood Policing Team" (`Some(false)`), or its label alone, the name on the
/// next line (`Some(true)`).
pub fn answered_by(s: &str) -> Option<bool> {
    let t = trim(s);
    if t.len() > 160 || !t.starts_with(['A', 'B', 'E', 'O', 'R', 'a', 'b', 'e', 'o', 'r']) {
        return None;
    }
    // (A Central European column sets the verb first, the expert's title and name after it,
    // without a colon: "Odpovídá MUDr. Tomáš Král, sportovní lékař", "Odpowiada dr Anna Nowak".)
    if let Some((verb, who)) = t.split_once(' ') {
        if Words(concat!(
            "Odpovídá|Odpovídal|Odpovídala|Odpovedá|Odpovedal|Odpovedala|Odpowiada|",
            "Odpowiadał|Odpowiadała|Odgovara|Atsako|Atbild",
        ))
        .contains(verb)
            && (who.starts_with(is_upper)
                || who.split(' ').next().is_some_and(|w| {
                    Words("dr|prof|mgr|doc|ing|lek").contains(w.trim_end_matches('.'))
                }))
            && !who.contains(':')
        {
            return (words_le(who, 14) && !is_sentence(who)).then_some(false);
        }
    }
    let rest = [
        "answered by",
        "beantwortet von",
        "es antwortet",
        "répond",
        "réponse de",
        "responde",
        "respondida por",
    ]
    .iter()
    .find_map(|l| strip_prefix_ci(t, l))?;
    let rest = trim(rest.trim_start_matches([' ', ':', '\u{a0}']));
    if rest.is_empty() {
        return Some(true);
    }
    (rest.starts_with(is_upper) && words_le(rest, 14) && !is_sentence(rest)).then_some(false)
}

/// A box's label over an answer's first lines: "The short answer", "Bottom line:", "Kurz
/// gesagt"; or over its rest, "The long answer".
pub fn is_short_answer_label(s: &str) -> bool {
    let list = Words(concat!(
        "the short answer|short answer|the quick answer|quick answer|the bottom line|",
        "the long answer|long answer|the longer answer|the full answer|die lange antwort|",
        "la réponse longue|la respuesta larga|",
        "bottom line|in a nutshell|die kurze antwort|kurz gesagt|la réponse courte|",
        "en bref|la respuesta corta|en resumen|in breve|de korte versie|kort sagt|",
        // A fact check's labels around its answer, as VERIFY sets them: "THE ANSWER" / the
        // verdict / "WHAT WE FOUND".
        "the answer|what we found",
    ));
    is_label(s, &[':', '.'], list)
}

/// A shop's price on a line of its own, to the cent, its currency's sign before or after it:
/// "$299.00", "$299.00 or 4 payments of $74.75", "£12.99", "49,99 €", "€ 1.299,00".
pub fn is_price_line(s: &str) -> bool {
    let t = trim(s);
    let (sign, rest) = match t.strip_prefix(['$', '£', '€']) {
        Some(r) => (true, r.trim_start()),
        None => (false, t),
    };
    let amount = rest
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '*']);
    let b = amount.as_bytes();
    let cents = b.len() >= 4
        && b[0].is_ascii_digit()
        && matches!(b[b.len() - 3], b'.' | b',')
        && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b','));
    let after = rest[amount.len()..].trim_start();
    cents && (sign || after.starts_with('€') || after.starts_with('£'))
}

/// A link's "Read more" label, alone on its line.
pub fn is_read_more(s: &str) -> bool {
    let list = Words(concat!(
        "read more|continue reading|read the full story|read full story|weiterlesen|",
        "mehr lesen|leer más|seguir leyendo|lire la suite|leggi di più|leia mais|lees meer|",
        "czytaj więcej|läs mer|les mer|læs mere|devamını oku|baca selengkapnya|",
        "прочитајте више|pročitajte više|опширније|opširnije|детаљније|detaljnije|číst dál|",
        "čítať ďalej|citește mai mult|tovább olvasom|lue lisää|διαβάστε περισσότερα|",
        // (Hindi, Urdu, Arabic, Persian, Hebrew, Russian, Ukrainian, Vietnamese, Thai,
        // Japanese, Chinese, Korean.)
        "पूरी खबर पढ़ें|पूरी ख़बर पढ़ें|और पढ़ें|आगे पढ़ें|مزید پڑھیں|اقرأ المزيد|بیشتر بخوانید|",
        "قراءة المزيد|اقرأ التفاصيل|קראו עוד|להמשך קריאה|читать далее|подробнее|читати далі|детальніше|đọc tiếp|",
        "อ่านต่อ|อ่านเพิ่มเติม|続きを読む|阅读全文|閱讀全文|查看全文|기사 더보기|더보기",
    ));
    // (Or "Read the" and the kind of piece, pointing on: "Read the story →", "Read the op-ed →"
    // — not "Read the guidance →", an answer's own link.)
    let t = trim(s);
    let pointed = trim(t.trim_end_matches(['»', '›', '→']));
    is_label(s, &['»', '›', '→', '>', '.', '…'], list)
        || pointed.len() < t.len()
            && strip_prefix_ci(pointed, "read the ").is_some_and(|r| {
                let r = fold(r);
                Words("story|article|op-ed|analysis|interview|report|review|essay|column|piece")
                    .contains(r.strip_prefix("full ").unwrap_or(&r))
            })
}

/// A podcast's or video's chapter: a time stamp, then its title ("(09:30) Do algorithms set
/// your rent?", "12:04 – Why now?"), not a transcript's turn ("[12:04] RUIZ: …").
pub fn is_chapter(s: &str) -> bool {
    let t = trim(s);
    // A long read's chapter title under its number: "Chapter 1 “Is anyone coming?”".
    let mut w = words(t);
    let numbered = w.next().is_some_and(|c| {
        Words("chapter|part|kapitel|teil|capítulo|chapitre|capitolo|hoofdstuk|rozdział")
            .contains(&fold(c))
    }) && w.next().is_some_and(|n| {
        let n = n.trim_end_matches(['.', ':']);
        !n.is_empty()
            && (n.bytes().all(|b| b.is_ascii_digit())
                || n.bytes().all(|b| b"IVXLivxl".contains(&b)))
    });
    if numbered {
        return true;
    }
    let inner = t.trim_start_matches(['(', '[']);
    let digits = inner
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b':')
        .count();
    let stamp = &inner[..digits];
    let rest = trim(inner[digits..].trim_start_matches([')', ']', '–', '-', '—']));
    stamp.contains(':')
        && (4..=8).contains(&stamp.len())
        && stamp.starts_with(|c: char| c.is_ascii_digit())
        && !rest.is_empty()
        && speaker_label(rest).is_none()
        // (Nor a marked question: "[00:21:52] Question from Dilip, Leicester: …?".)
        && strip_question_marker(rest).is_none()
}

/// A line that promises the questions and answers in words: "Here's what we know so far.",
/// "We answer the key questions.", "Voici ce que l'on sait."
pub fn announces_answers(s: &str) -> bool {
    let t = trim(s);
    const OPENERS: Words = Words(concat!(
        "here's|here’s|here is|here are|here they are|here, |let's|let’s|below|read on|we answer|we've got|",
        "we’ve got|we have|we explain|we break|this is what|hier |voici|voilà|esto es|aquí|",
        "te lo explicamos|te explicamos|ecco|eis |aqui|dit is|wir erklären|wir beantworten|",
        // (Rioplatense: "Acá van las respuestas a las dudas más frecuentes.")
        "acá van|aquí van|acá están|aquí están|",
        // "Estas son las claves para saber cómo te afecta.", "These are the key questions."
        "these are|estas son|estos son|das sind|ce sont|queste sono|estas são|estes são|",
        // "Resolvemos las dudas más frecuentes.", "Rispondiamo ai vostri dubbi."
        "resolvemos|respondemos|rispondiamo|nous répondons|we've answered|we’ve answered|",
        // Norwegian, Swedish, Danish: "Vi har sett nærmere på hva husleieloven sier.", "Här är
        // svaren på de vanligaste frågorna."
        "vi har sett|vi har sjekket|vi har samlet|vi svarer|vi forklarer|her er|her får du|",
        "vi har tittat|vi har kollat|vi svarar|vi reder ut|här är|vi har kigget|vi har set|",
        // Tagalog: "Narito ang mga karaniwang tanong tungkol sa programa."
        "narito ang|heto ang|",
        // Central and Eastern Europe's: "Összegyűjtöttük a legfontosabb tudnivalókat.", "Oto
        // odpowiedzi na najważniejsze pytania.", "Přinášíme odpovědi na nejčastější otázky.",
        // "Iată ce trebuie să știi.", "Kokosimme vastaukset yleisimpiin kysymyksiin.", "İşte
        // merak edilen sorular ve yanıtları.", "Рассказываем, что нужно знать."
        "összegyűjtöttük|íme|mutatjuk|elmagyarázzuk|válaszolunk|oto |wyjaśniamy|odpowiadamy|",
        "zebraliśmy|přinášíme|vysvětlujeme|odpovídáme|shrnujeme|prinášame|",
        "vysvetľujeme|odpovedáme|iată|vă explicăm|explicăm|răspundem|am adunat|tässä |",
        "kokosimme|vastaamme|selvitimme|işte |ışte |derledik|yanıtladık|cevapladık|",
        "δείτε |απαντάμε|εξηγούμε|συγκεντρώσαμε|рассказываем|объясняем|отвечаем|собрали|",
        "розповідаємо|пояснюємо|відповідаємо|зібрали",
    ));
    const ABOUT: Words = Words(concat!(
        "question|answer|know|explain|look|need|guide|detail|frage|antwort|wissen|überblick|",
        "pregunta|respuesta|sabemos|clave|réponse|sait|savoir|domand|rispost|sappiamo|pergunta|",
        "resposta|saber|vragen|weten|duda|dubbi|doute|dúvida|",
        // "Ecco cosa cambia, punto per punto.", "Here's what changes."
        "chang|cambi|punto per punto|point by point|punto por punto|",
        "nærmere|närmare|spørsmål|frågor|spørgsmål|svaret|svarene|svaren|svar på|",
        "tanong|sagot|dapat malaman",
    ));
    // (Central and Eastern Europe's, at a word's start: not "знать" in "узнать", nor "soru"
    // in "sorun".)
    const ABOUT_WORDS: Words = Words(concat!(
        "tudnivaló|kérdés|válasz|pytan|pytań|odpowied|wiedzieć|otázk|odpověd|odpoved|vědět|",
        "vedieť|întrebă|răspuns|să știi|kysymy|vastau|tietää|sorular|soruları|sorulara|",
        "cevap|yanıt|bilmeniz|ερωτήσ|απαντήσ|πρέπει να ξέρ|вопрос|ответ|знать|питан|",
        "відповід|знати",
    ));
    const QUESTIONS: Words =
        Words("question|frage|pregunta|domand|pergunta|vragen|duda|dubbi|doute|dúvida");
    // (Or the paragraph's last sentence does: "… unos 310.000 viajeros. Estas son las claves
    // para saber cómo te afecta.")
    let last_sentence = || {
        let body = t.trim_end_matches(['.', '!', ':']);
        body.as_bytes()
            .windows(2)
            .rposition(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ')
            .and_then(|k| t.get(k + 2..))
            .is_some_and(|l| {
                l.len() < t.len()
                    && (announces_answers(l)
                        // (Or it opens as one after the paragraph spoke of questions: "…
                        // plenty of people still have questions. … Here's what they told us.")
                        || OPENERS.opens(&fold(head(l, 40))) && {
                            let all = fold(t);
                            QUESTIONS.iter().any(|q| all.contains(q))
                        })
            })
    };
    // (Or the writer says they will answer them: `says_will_answer`.)
    // (Or it says so in so many words: "Calendrier, recours, travaux : nos réponses à vos
    // questions.")
    // (The cheap look first, by bytes: the questions' word in its languages.)
    let yours = || {
        let end = tail(t, 120);
        // (The Slavic languages' "answers to the questions": "Donosimo odgovore na pitanja
        // koja su nam čitaoci slali.", "… ответы на самые частые вопросы.")
        [
            "uest",
            "gunt",
            "ragen",
            "omand",
            "pitanj",
            "otázk",
            "pytan",
            "вопрос",
            "питањ",
        ]
        .iter()
        .any(|w| has_sub(end, w))
            && Words(concat!(
            "answers to your questions|réponses à vos questions|respuestas a sus preguntas|",
            "respuestas a tus preguntas|risposte alle vostre domande|antworten auf ihre fragen|",
            "respostas às suas perguntas|antwoorden op uw vragen|antwoorden op je vragen|",
            // (Announced or addressed: not "nismo dobili odgovore na pitanja", no answers
            // given.)
            "donosimo odgovore|pripremili smo odgovore|odgovore na vaša pitanja|",
            "odgovore na najvažnija pitanja|odgovore na najčešća pitanja|odpovede na vaše otázky|",
            "odpovědi na vaše otázky|odpowiedzi na wasze pytania|отвечаем на|",
            "ответы на ваши вопросы|ответы на самые частые вопросы|одговоре на ваша питања",
        ))
            .occur_in(&fold(end))
    };
    if !words_le(t, 20) {
        return last_sentence() || says_will_answer(t) || yours();
    }
    let lower = fold(t);
    // (Or a short line that names what follows: "Die wichtigsten Antworten im Überblick.")
    // (The phrase alone, or with its "at a glance": not "Alle Antworten blieb der
    // Bürgermeister schuldig.")
    let named = || {
        let l = lower.trim_end_matches(['.', ':']);
        words_le(t, 8)
            && [
                "die wichtigsten antworten",
                "die wichtigsten fragen",
                "the key questions",
                "the main questions",
                "les principales questions",
                "las preguntas clave",
                "le domande principali",
            ]
            .iter()
            .any(|p| {
                l.strip_prefix(p).is_some_and(|r| {
                    let r = trim(r);
                    r.is_empty()
                        || Words(
                            "im überblick|auf einen blick|at a glance|en bref|en resumen|in breve",
                        )
                        .contains(r)
                })
            })
    };
    (OPENERS.opens(&lower)
        && (ABOUT.iter().any(|a| lower.contains(a)) || ABOUT_WORDS.occur_at_words(&lower)))
        || named()
        || last_sentence()
        || says_will_answer(t)
        || yours()
}

/// The writer says they will answer the questions, anywhere in the paragraph's first 1,200
/// bytes: "… that I have decided to put the questions to myself, and answer them."
pub fn says_will_answer(t: &str) -> bool {
    let h = head(t, 1200);
    // (A byte search first: most paragraphs say neither word.)
    (has_sub(h, "answer") || has_sub(h, "to myself") || has_sub(h, "to ourselves"))
        && Words(concat!(
            "and answer them|i'll answer|i’ll answer|i will answer|let me answer|",
            "questions to myself|questions to ourselves|",
            "i'll try to answer|i’ll try to answer|i will try to answer",
        ))
        .occur_in(&fold(h))
}

/// A closing line about who made the article: "Jane Doe contributed to this report.",
/// "Contributing: …", "Propos recueillis par …", a reporter's bio ("Jeanna Holt covers the Fed
/// for The Times.", "… is a staff writer …"), a way to reach them (an email address), a
/// disclosure ("… does not work for, consult, own shares in …") or where it is republished from.
pub fn is_closing_credit(s: &str) -> bool {
    let t = trim(s);
    if t.len() > 600 || !words_le(t, 70) {
        return false;
    }
    let lower = fold(t);
    let lower = lower.strip_prefix('(').unwrap_or(&lower);
    const STARTS: Words = Words(concat!(
        "contributing:|with reporting by|mit informationen von|",
        "propos recueillis par|das interview führte|das gespräch führte|entrevista realizada por|",
        "our standards:|this article is republished|this article was republished|",
        "this story is republished|this article was produced|this story was produced|",
        "contact the reporter|contact reporter|email the reporter|write to |",
        "top photo|top image|lead photo|photo illustration:",
    ));
    const INSIDE: Words = Words(concat!(
        "contributed to this report|contributed to this story|contributed reporting|",
        "contributed to this article|solely responsible for all content|",
        "does not work for, consult|under a creative commons license",
    ));
    if STARTS.opens(lower) || INSIDE.occur_in(lower) {
        return true;
    }
    // An email address in a short closing line: "Reach him at jl@example.com."
    let email = words(t).any(|w| {
        w.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'))
    });
    is_writer_bio(t) || (email && words_le(t, 40))
}

/// A line on who the writer is, naming them first: "Jeanna Holt covers the Fed for The
/// Times.", "… is a staff writer …", "Helen Marsh is the Western Chronicle's consumer champion".
pub fn is_writer_bio(t: &str) -> bool {
    let t = trim(t);
    const BIO: Words = Words(concat!(
        " covers | is a staff writer| is a reporter| is a correspondent| is a senior",
        "| is a freelance| is a columnist| is an editor| is a contributing| writes about ",
        "| receives funding from| has received funding from",
    ));
    // A bio names its subject first: two or three capitalised words before the verb.
    // Between `min` and `max` words, each capitalised: a name ("Helen Marsh"), an outlet.
    let capitalised = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.split(is_space).count())
            && s.split(is_space).all(|w| w.starts_with(is_upper))
    };
    let bio = BIO
        .iter()
        .any(|p| t.find(p).is_some_and(|i| capitalised(&t[..i], 2, 3)));
    // "Helen Marsh is the Western Chronicle's consumer champion …": a post at the outlet.
    // (The outlet's article may be its name's: "… is The Chronicle's education editor".)
    let post = t
        .find(" is the ")
        .or_else(|| t.find(" is The "))
        .is_some_and(|i| {
            let (name, rest) = (&t[..i], &t[i + 8..]);
            let outlet = rest
                .char_indices()
                .find(|&(_, c)| c == '\'' || c == '’')
                .and_then(|(k, c)| {
                    rest[k + c.len_utf8()..]
                        .starts_with("s ")
                        .then(|| &rest[..k])
                });
            capitalised(name, 2, 3) && outlet.is_some_and(|o| capitalised(o, 1, 4))
        });
    bio || post
}

pub fn is_signature(s: &str) -> bool {
    let t = trim(s);
    let Some(rest) = t.strip_prefix(['—', '–', '-', '―']) else {
        return false;
    };
    let rest = trim(rest);
    let w = word_count(rest);
    (1..=6).contains(&w) && !is_sentence(rest) && rest.chars().next().is_some_and(is_upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_link_labels_fold_to_entries() {
        for l in CROSS_LINK_LABELS.iter() {
            assert!(CROSS_LINK_LABELS.contains(&fold(l)), "{l}");
        }
    }

    #[test]
    fn latin_extended_a_case() {
        // Capitals on odd code points from Ĺ to ň and from Ź to ž.
        for (upper, lower) in [
            ('Ł', 'ł'),
            ('Ń', 'ń'),
            ('Ż', 'ż'),
            ('Ž', 'ž'),
            ('Ą', 'ą'),
            ('Ś', 'ś'),
        ] {
            assert_eq!(letter_case(upper), Some(true), "{upper}");
            assert_eq!(letter_case(lower), Some(false), "{lower}");
            assert_eq!(fold_char(upper), lower);
            assert_eq!(fold_char(lower), lower);
        }
        assert_eq!(fold("Czytaj TAKŻE"), "czytaj także");
        assert_eq!(fold("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), "διαβαστε επισης");
        assert_eq!(fold("ΣΑΣ, Σοφία"), "σας, σοφία");
        assert_eq!(fold_char('Ÿ'), 'ÿ');
    }

    #[test]
    fn section_rails_in_more_languages() {
        for yes in [
            "Dans la même rubrique",
            "Nella stessa sezione",
            "Mehr aus dem Ressort",
        ] {
            assert!(is_trailer_heading(yes), "{yes}");
        }
    }

    #[test]
    fn newsletter_buttons() {
        for yes in ["Zum Newsletter", "ΕΓΓΡΑΦΗ", "Εγγραφή", "Subscribe →"] {
            assert!(is_button_label(yes), "{yes}");
        }
        assert!(!is_button_label("Newsletter"));
    }

    #[test]
    fn polls_and_calls_in_more_languages() {
        assert!(are_choices(&["Có", "Không", "Ý kiến khác", "Bình chọn"]));
        assert!(are_choices(&["Ya", "Tidak"]));
        // (An exam paper's choices on one line, four at least: not an answer's three ways.)
        assert!(are_choices(&["அ) 1935 ஆ) 1947 இ) 1949 ஈ) 1969"]));
        assert!(are_choices(&["a) CO2 b) O2 c) N2 d) H2"]));
        assert!(!are_choices(&["a) online b) by phone c) at the library"]));
        assert!(are_choices(&["a) Yes b) No c) Not sure"]));
        assert!(!are_choices(&["a) The first point, then b) the second."]));
        assert!(!are_choices(&[
            "See a) and c) below for the rules on d) visits"
        ]));
        assert!(are_choices(&[
            "( ) Ja, voll und ganz",
            "( ) Teilweise",
            "( ) Nein"
        ]));
        assert!(are_choices(&["○ Always", "○ Sometimes"]));
        assert!(!are_choices(&["Có thể", "Bình chọn"]));
        assert!(invites_response(
            "Send your suggestions to newsroom@example.com."
        ));
        assert!(!invites_response(
            "Send your application to the council by March 1."
        ));
    }

    #[test]
    fn dash_crossheads() {
        assert_eq!(
            dash_crosshead("- Why are prices so high? -"),
            Some("Why are prices so high?")
        );
        assert_eq!(
            dash_crosshead("– 'Shrinkflation' –"),
            Some("'Shrinkflation'")
        );
        for no in ["- item", "-- x --", "-x-", "- -", "Price - 3 -"] {
            assert_eq!(dash_crosshead(no), None, "{no}");
        }
        assert!(!is_opinion_label(
            "By AFP Published May 2 Leave a comment",
            false
        ));
        assert!(is_opinion_label("Comment | The Observer", false));
    }

    #[test]
    fn yes_no_buttons() {
        for yes in [
            "Yes No",
            "Sí · No",
            "Ja  Nein",
            "👍 Yes 👎 No",
            "Oui | Non",
            "Áno   Nie",
        ] {
            assert!(is_yes_no_buttons(yes), "{yes}");
        }
        for no in ["No", "Yes, no", "Yes no maybe", "Yes. No."] {
            assert!(!is_yes_no_buttons(no), "{no}");
        }
    }

    #[test]
    fn book_details() {
        for yes in [
            "Marta Olivares. Ediciones del Faro. 312 páginas. 21,90 euros.",
            "Penguin, 320 pages, $28",
            "Suhrkamp, 256 Seiten, 24 Euro",
        ] {
            assert!(is_book_details(yes), "{yes}");
        }
        for no in [
            "The report runs to 300 pages.",
            "Pages 4 and 5",
            "312 people came.",
        ] {
            assert!(!is_book_details(no), "{no}");
        }
    }

    /// The indexed look-ups answer as reading the list entry by entry does.
    #[test]
    fn word_list_index_matches_reading_the_list() {
        const L: Words = Words("a|ab|abc|b c|ça va|über|x y z|zz|é|read more|more");
        let texts = [
            "",
            "a",
            "ab",
            "abd",
            "b",
            "b c",
            "b cd",
            " b c",
            "ça",
            "ça va",
            "ça vax",
            "Über",
            "über",
            "read more",
            "please read more now",
            "more or less",
            "zz top",
            "yzz",
            "x y",
            "é",
            "e",
            "q",
            "hello ab world",
            "hello  zz",
        ];
        for t in texts {
            let entries = || L.iter();
            assert_eq!(
                L.opens(t),
                entries().any(|w| t.starts_with(w)),
                "opens {t:?}"
            );
            assert_eq!(L.contains(t), entries().any(|w| w == t), "contains {t:?}");
            assert_eq!(
                L.contains_ascii_ci(t),
                entries().any(|w| t.eq_ignore_ascii_case(w)),
                "contains_ascii_ci {t:?}"
            );
            assert_eq!(
                L.occur_in(t),
                entries().any(|w| t.contains(w)),
                "occur_in {t:?}"
            );
            let at_words = entries().any(|w| {
                t.match_indices(w)
                    .any(|(i, _)| i == 0 || t.as_bytes()[i - 1] == b' ')
            });
            assert_eq!(L.occur_at_words(t), at_words, "occur_at_words {t:?}");
        }
        assert!(L.contains_ascii_ci("READ MORE") && !L.contains_ascii_ci("ÜBER"));
    }

    #[test]
    fn a_polls_shares_add_up_to_the_whole() {
        for yes in [
            "Ja: 53 % · Nein: 42 % · Weiß nicht/keine Angabe: 5 %",
            "Yes: 61% · No: 33% · Don't know: 6%",
            "Oui 48,5 % / Non 51,5 %",
        ] {
            assert!(shares_of_whole(yes), "{yes:?}");
        }
        for no in [
            "2-year fix (60% LTV): 4.19% · 5-year fix (90% LTV): 4.89%",
            "Basic rate: 20% · Higher rate: 40%",
            "Turnout: 67%",
        ] {
            assert!(!shares_of_whole(no), "{no:?}");
        }
    }

    #[test]
    fn reported_questions() {
        for yes in [
            "Emery retweeted the story, saying, “Are there calm supporters left?”",
            "He posted on Friday asking if there were “any calm supporters left?”",
            "Sie fragte: „Wer bezahlt das eigentlich am Ende?“",
            "Il a demandé : « Qui va payer pour tout cela ? »",
            "One parent put it simply: \"Why didn't they fix it sooner?\"",
            "3. One parent put it simply: “Why didn't they fix it sooner?”",
        ] {
            assert!(reports_question(yes), "{yes:?}");
        }
        for no in [
            "Why is it called “Black Friday?”",
            "Is this the start of a “new cold war for tech?”",
            "What does “net zero” mean?",
            "“Why now, in the middle of the year?”",
            "Where will pupils go?",
            "She said “no” and left.",
            "He asked “why?” and left.",
            "4. “Do I need a booster every year, like the flu shot?”",
        ] {
            assert!(!reports_question(no), "{no:?}");
        }
    }

    #[test]
    fn a_price_line_is_an_amount_to_the_cent_with_its_currency() {
        assert!(is_price_line("$299.00 or 4 payments of $74.75"));
        assert!(is_price_line("£12.99"));
        assert!(is_price_line("49,99 €"));
        assert!(is_price_line("€ 1.299,00"));
        assert!(!is_price_line("$2,000 cap on drug costs"));
        assert!(!is_price_line("12.50"));
        assert!(!is_price_line("$"));
        assert!(!is_price_line("€é,99"));
        assert!(!is_price_line("2025: what changes?"));
    }

    #[test]
    fn native_digits_number_a_question_only_with_their_mark_and_never_overflow() {
        assert_eq!(
            strip_number("۱۔ فکسڈ چارجز ہیں کیا؟"),
            Some((1, "فکسڈ چارجز ہیں کیا؟"))
        );
        assert_eq!(strip_number("၁။ ရွှေဈေး ဘယ်လောက်လဲ"), Some((1, "ရွှေဈေး ဘယ်လောက်လဲ")));
        assert_eq!(strip_number("૧૦ વર્ષમાં રોકડનો ઉપયોગ ઘટ્યો?"), None);
        assert_eq!(strip_number("၁၂၃၄၅၆၇၈၉၀၁၂၃ ကြိမ်"), None);
        assert_eq!(strip_number("١٢٣٤٥٦٧٨٩٠١٢٣ x"), None);
    }

    #[test]
    fn a_critics_rating_is_labelled() {
        assert!(is_labelled_rating("Calificación: ★★★½"));
        assert!(is_labelled_rating("Our rating: 4/5"));
        assert!(!is_labelled_rating("★★★★☆ 4.3 (1,128 reviews)"));
        assert!(!is_labelled_rating("Score: 287/5"));
    }

    #[test]
    fn du_addresses_someone_only_beside_a_german_verb_of_the_second_person() {
        assert!(addresses_someone("Was machst du nach dem Studium?"));
        assert!(addresses_someone("Hast du Angst?"));
        assert!(addresses_someone("Weißt du noch, wie es anfing?"));
        assert!(addresses_someone("Und du?"));
        assert!(addresses_someone("Du sa länge att du aldrig skulle sluta."));
        assert!(addresses_someone("Du har åpnet et bakeri."));
        assert!(!addresses_someone("Que dit le test du permis ?"));
        assert!(!addresses_someone("Quel est le rôle du maire ?"));
        assert!(!addresses_someone("Nork ordaintzen du zarata?"));
    }

    #[test]
    fn a_speakers_label_ends_within_forty_characters() {
        // 39 characters before the colon: the colon is the 40th.
        let label = "Maximiliana Oberhausen-Wittgenstein Jr.";
        assert_eq!(label.chars().count(), 39);
        let line = format!("{label}: We never said that.");
        assert_eq!(speaker_label(&line).map(|(l, _)| l), Some(label));
        // One more (a two-byte letter): the colon is the 41st.
        let longer = format!("Ö{label}: We never said that.");
        assert_eq!(speaker_label(&longer), None);
    }

    #[test]
    fn clock_lines() {
        for yes in [
            "16:41",
            "Posted at 16:41",
            "4:41pm",
            "16.41 BST",
            "Updated 4:41 p.m. ET",
        ] {
            assert!(is_clock_line(yes), "{yes}");
        }
        for no in [
            "Map",
            "16:41 and counting",
            "At 16:41 the lights went out.",
            "2026",
            "Posted at",
        ] {
            assert!(!is_clock_line(no), "{no}");
        }
        assert_eq!(
            before_clock_time("Question from Kayla in Dayton 12:02 p.m."),
            Some("Question from Kayla in Dayton")
        );
        assert_eq!(before_clock_time("Sam Ortiz 12:04"), Some("Sam Ortiz"));
        // A post's header with its time: no marker before a question ("02 p.m.").
        assert_eq!(
            strip_question_marker("Question from Kayla in Dayton 12:02 p.m."),
            None
        );
        assert_eq!(before_clock_time("Sam Ortiz, Denver"), None);
        // A transcript's stamp leaves the turn; a time of day is no stamp.
        assert_eq!(strip_timestamp("00:01:03 So why?"), "So why?");
        assert_eq!(strip_timestamp("12:09 p.m."), "12:09 p.m.");
        assert_eq!(strip_timestamp("12:09 pm"), "12:09 pm");
    }

    #[test]
    fn readers_columns_and_bios() {
        assert!(is_readers_column(
            "Each week Helen Marsh answers your questions about money"
        ));
        assert!(is_readers_column("Ask the expert: 'Can they do that?'"));
        assert!(!is_readers_column("What we know about the flooding"));
        assert!(is_closing_credit(
            "Helen Marsh is the Western Chronicle’s consumer champion and a former officer."
        ));
        assert!(!is_closing_credit(
            "Jane Doe is the mayor's choice for the job."
        ));
        assert!(!is_closing_credit("The plan is the council's best hope."));
        assert!(is_closing_credit("(Top photo: Ana Ruiz / Getty Images)"));
        assert!(is_closing_credit("Write to Ana Ruiz at ana@example.com"));
    }

    #[test]
    fn audience_notes() {
        assert!(ends_with_audience("(Applause.)"));
        assert!(ends_with_audience(
            "And congratulations, Class of 2025. (Applause.)"
        ));
        assert!(ends_with_audience("Wir schaffen das. (Beifall)"));
        assert!(!ends_with_audience("The vote was 5-4 (Smith dissenting)"));
        assert!(!ends_with_audience("Applause"));
        assert!(!ends_with_audience("I never wanted to act. (Laughs.)"));
    }

    #[test]
    fn salutations() {
        assert_eq!(salutation("Dear Delia: My husband …"), Some("Delia"));
        assert_eq!(salutation("DEAR UPSTAGED: I'm sorry"), Some("UPSTAGED"));
        assert_eq!(salutation("Liebe Frau Berg, danke"), Some("Frau Berg"));
        assert_eq!(
            salutation("Dear Worried wife, your instinct"),
            Some("Worried wife")
        );
        assert_eq!(salutation("Dear readers, this week"), None);
        assert_eq!(salutation("Dear me, what a week it was, and more"), None);
        assert_eq!(salutation("Dear reader, this is long"), None);
        assert_eq!(salutation("Dear Delia"), None);
        assert!(is_trailer_heading("Tags: Advice, Neighbours"));
        assert!(is_trailer_heading("Popular on NPR.org"));
        assert!(is_trailer_heading("Nejčtenější"));
        assert!(is_trailer_heading("Més llegides"));
        assert!(is_trailer_heading("இதையும் படியுங்கள்"));
        assert!(!is_trailer_heading("Popular on campus, but is it safe?"));
        assert!(is_trailer_heading("Meer over de storm"));
        assert!(is_trailer_heading("Zobacz również"));
        assert!(is_trailer_heading("Przeczytaj też"));
        assert!(is_trailer_heading("Articles in this section"));
        assert!(is_trailer_heading("From the blog"));
        assert!(is_slash_path("Fernway Journal / Money basics"));
        assert!(!is_slash_path("Q&A / Interview: what we know."));
        assert!(!is_slash_path("prices rose 3 / 4 of the time"));
        assert!(is_trailer_heading("MORE AFL DRAFT COVERAGE"));
        assert!(is_trailer_heading("MORE PHOTO GALLERIES"));
        assert!(unheard_question("Q (Inaudible.)"));
        assert!(unheard_question("Q: [crosstalk]"));
        assert!(!unheard_question("Q (Inaudible.) And the tariffs?"));
        assert!(is_trailer_heading("More local videos"));
        assert!(is_trailer_heading("More election news"));
        assert!(!is_trailer_heading("More news is expected on Friday."));
        assert!(is_trailer_heading("Verwandte Seiten"));
        assert!(is_trailer_heading("Mehr aus Wirtschaft"));
        assert!(is_trailer_heading("関連ニュース"));
        assert!(is_trailer_heading("Mohlo by vás zajímat"));
        assert!(is_trailer_heading("לכתבות נוספות:"));
        assert!(!is_trailer_heading("More from the minister: we will act."));
        assert!(is_trailer_heading("延伸閱讀"));
        assert!(is_trailer_heading("Recent Posts"));
        assert!(is_trailer_heading(
            "More from Jen Alvarado and Valley Makers"
        ));
        assert!(is_trailer_heading("list of 3 items"));
        assert!(!is_trailer_heading(
            "Recent posts show a rise in complaints"
        ));
        assert!(!is_trailer_heading("Tip: bring the original"));
        assert!(invites_response(
            "Tell us what you think in the comments below."
        ));
        assert!(invites_response("Let us know: email news@example.com"));
        assert!(!invites_response(
            "The council says it will tell residents in May."
        ));
        assert!(asks_before_remark(
            "And what's next? Please don't say eleven years."
        ));
        assert!(!asks_before_remark(
            "Why? Because the council ran out of money. It said so."
        ));
        assert!(!asks_before_remark("What next?"));
        assert!(is_reply_button("Reply"));
        assert!(is_reply_button(" Antworten "));
        assert!(!is_reply_button("Reply to the minister's letter, he said."));
    }

    #[test]
    fn last_sentences_and_greetings() {
        // (Cut after a full-width mark by its own length: review 56's mend panicked there.)
        assert_eq!(
            last_sentence("三、问：申请需要哪些材料？能否网上办理？"),
            "能否网上办理？"
        );
        assert_eq!(
            last_sentence("… 연결돼 있습니다. 박사님, 안녕하세요?"),
            "박사님, 안녕하세요?"
        );
        assert_eq!(last_sentence("One sentence only"), "One sentence only");
        assert!(greets_back("박사님, 안녕하세요?"));
        assert!(greets_back("◆ 윤상철> 네, 안녕하세요."));
        assert!(greets_back("Good morning, Dr Lee."));
        assert!(!greets_back("Good morning. What's changing?"));
        assert!(!greets_back("Comment dit-on bonjour ?"));
    }

    #[test]
    fn read_more_and_summary_labels() {
        assert!(is_read_more("Read more »"));
        assert!(is_read_more("Weiterlesen …"));
        assert_eq!(
            dashed_prompt("Your first job? — Washing pans."),
            Some((20, true))
        );
        assert_eq!(
            dashed_prompt("The dish you'd never cook. – Foam."),
            Some((31, false))
        );
        assert_eq!(
            dashed_prompt("It rained. Then — as always — it stopped."),
            None
        );
        assert_eq!(dashed_prompt("Last meal? — pierogi, always"), None);
        assert!(is_read_more("Read the op-ed →"));
        assert!(!is_read_more("Read the op-ed"));
        assert!(!is_read_more("Read the whole long story here →"));
        assert!(is_read_more("Read the full analysis →"));
        assert!(!is_read_more("Read the guidance →"));
        assert!(!is_read_more("Read more about the plan in our guide."));
        assert!(is_summary_label("In short:"));
        assert!(is_summary_label("Key points"));
        assert!(!is_summary_label("In short, no."));
        assert!(is_summary_label("Mistä on kyse?"));
    }

    #[test]
    fn chapters() {
        assert!(is_chapter("(09:30) Do algorithms set your rent?"));
        assert!(is_chapter("12:04 – Why now?"));
        assert!(!is_chapter("[12:04] RUIZ: Why now?"));
        assert!(!is_chapter("16:41"));
        assert!(!is_chapter("2:1 win for the visitors?"));
    }

    #[test]
    fn faq_headings() {
        assert!(is_faq_heading(
            "Your questions answered: What are my rights?"
        ));
        assert!(is_faq_heading("Frequently asked questions"));
        assert!(!is_faq_heading("Are there more questions?"));
        assert!(!is_faq_heading("Minister: What are my rights?"));
    }

    #[test]
    fn toggle_glyphs() {
        assert_eq!(
            strip_toggle_glyph("Is school closed? +"),
            "Is school closed?"
        );
        assert_eq!(strip_toggle_glyph("Why now?\u{a0}▼"), "Why now?");
        assert_eq!(strip_toggle_glyph("Scores: 3 - 2"), "Scores: 3 - 2");
        assert_eq!(strip_toggle_glyph("A + B"), "A + B");
        assert_eq!(strip_toggle_glyph("C++"), "C++");
        assert_eq!(strip_toggle_glyph("Why?"), "Why?");
    }

    #[test]
    fn pointers_marks_ratings_and_review_titles() {
        let t = "If you don’t have one, see “What if I don’t have a smartphone?” below.";
        let at = t.find("What").unwrap();
        assert!(points_to(t, at, "What if I don’t have a smartphone?".len()));
        let t = "It was, as we foresee “Who pays?” — a question for later.";
        assert!(!points_to(t, t.find("Who").unwrap(), "Who pays?".len()));
        let t = "She asked “Who else will do it?” Above all, she stayed.";
        assert!(!points_to(
            t,
            t.find("Who").unwrap(),
            "Who else will do it?".len()
        ));
        assert!(ends_with_marks(
            "State two differences between them. (2 marks)"
        ));
        assert!(ends_with_marks("(a) Diaphragm (1 mark)"));
        assert!(!ends_with_marks("Liverpool (71 points)"));
        assert!(!ends_with_marks("Arsenal beat them. (3 points)"));
        assert!(is_rating_line("Our rating: 4/5"));
        assert!(is_rating_line("हमारी रेटिंग: 4/5"));
        assert!(!is_rating_line("Stumps: England 287/5"));
        assert!(!is_rating_line("Updated 31/10"));
        assert!(is_review_title("Lowtide Recap: Who Gets the Boat?"));
        assert!(!is_review_title("Bank recapitalisation: what it means"));
        assert!(is_review_title("Vayu X5 रिव्यू: क्या यह सबसे अच्छा फोन है?"));
    }

    #[test]
    fn spaced_cjk_turn_label() {
        assert_eq!(
            turn_label("森田　この町で、十年続けることです。"),
            Some(("森田", "この町で、十年続けることです。"))
        );
        // (A one-kanji surname too; not a numbered clause or a marker.)
        assert_eq!(turn_label("森　いいえ。"), Some(("森", "いいえ。")));
        assert_eq!(turn_label("一　総則を定める。"), None);
        assert_eq!(turn_label("問　いつから？"), None);
        assert_eq!(turn_label("佐々木　はい。"), Some(("佐々木", "はい。")));
        assert_eq!(turn_label("――最後に、目標を。"), None);
        assert_eq!(turn_label("東京都杉並区本町1-2-3　二階"), None);
    }

    #[test]
    fn speaker_labels() {
        assert_eq!(speaker_label("HALE: Why now?"), Some(("HALE", "Why now?")));
        assert_eq!(
            speaker_label("TVLINE | Why now?"),
            Some(("TVLINE", "Why now?"))
        );
        assert_eq!(speaker_label("Politics | Why now?"), None);
        assert_eq!(speaker_label("THE BIG STORY OF THE DAY | Why now?"), None);
        assert_eq!(
            speaker_label("Sam O'Reed: And then?"),
            Some(("Sam O'Reed", "And then?"))
        );
        assert_eq!(speaker_label("Jürgen: Ja."), Some(("Jürgen", "Ja.")));
        assert!(is_quote_headline(
            "Núria Vilaseca: \"Als pobles de muntanya\""
        ));
        assert!(is_quote_headline("«Бумага подорожала»"));
        assert_eq!(first_sentence_words("It did. I know some of them."), 2);
        assert_eq!(
            first_sentence_words("Ja, und das ist bitter. Ich war oben."),
            5
        );
        assert_eq!(first_sentence_words("No stop here"), 3);
        assert!(!is_quote_headline("Storm Ellen: what we know"));
        assert_eq!(
            speaker_label("Monitorul de Cluj: Simțiți presiunea?"),
            Some(("Monitorul de Cluj", "Simțiți presiunea?"))
        );
        assert_eq!(
            speaker_label("Jan van Dijk: Nee."),
            Some(("Jan van Dijk", "Nee."))
        );
        for no in [
            "The meeting starts at 10:30 today.",
            "why: because.",
            "Four Big Long Words: here",
            "The sale of the Year: x",
            "Diario de: x",
            "de Cluj: x",
            "Corriere de la Sera: x",
            "HALE:",
            "HALE:no space",
            "R2D2: beep",
            "https://example.com is a link",
        ] {
            assert_eq!(speaker_label(no), None, "{no:?}");
        }
    }

    #[test]
    fn labelled_bylines() {
        for yes in [
            "By: Jane Smith",
            "Texto: Ana Lima",
            "Текст: Иван Петров",
            "מאת: דנה כהן",
            "记者 王磊",
            "홍길동 기자",
        ] {
            assert!(is_byline(yes), "{yes:?}");
        }
        for no in [
            "Author: unknown, and the reasons why nobody knows them remain unclear to all",
            "Textbooks are expensive.",
        ] {
            assert!(!is_byline(no), "{no:?}");
        }
    }

    #[test]
    fn replies() {
        assert!(opens_first_person(
            "My cart was damaged, stolen or never arrived"
        ));
        assert!(!opens_first_person("Mystery shoppers"));
        assert!(opens_reply("I have, yeah. It smells incredible."));
        assert!(opens_reply("No. Not once."));
        assert!(opens_reply("Bien sûr. Vous pouvez faire un don en ligne."));
        assert!(opens_reply("Oui, vous pouvez faire un don en ligne."));
        assert!(announces_break(
            "We're going to take a quick break. Stay with us."
        ));
        assert!(!announces_break("What did you take from that week?"));
        assert!(is_last_request(
            "Para terminar: si tuviera que dar un solo consejo a los padres…"
        ));
        assert!(!is_last_request(
            "One last thing: the dinners run until March."
        ));
        assert!(!opens_reply("Non perderti le prossime guide."));
        assert!(!opens_reply("Ja, dann unterstützen Sie uns."));
        assert!(!opens_reply("Nothing is wrong with hot."));
        assert!(!opens_reply("Tell me about the mines."));
    }

    #[test]
    fn datelines() {
        assert!(opens_with_dateline(
            "ALDER FALLS, Iowa — It's the question every parent, teacher and student in the district asks the night before a storm: Will there be school tomorrow?"
        ));
        assert!(opens_with_dateline(
            "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program for another two years, ending weeks of talks."
        ));
        assert!(!opens_with_dateline("EU — Will prices rise?"));
        assert!(!opens_with_dateline(
            "LE FIGARO. - Les assureurs ont versé des montants records après les intempéries \
             de ces dernières années. Le régime tient-il encore ?"
        ));
        assert_eq!(
            stop_dash_label("Hélène DUVERNOY. - Il tient, mais il craque de partout."),
            Some(("Hélène DUVERNOY", "Il tient, mais il craque de partout."))
        );
        assert_eq!(stop_dash_label("Il tient. - Mais il craque."), None);
        assert!(!opens_with_dateline(
            "Why now — and what does it mean for the people who rely on the service every day, and for their families?"
        ));
    }

    #[test]
    fn asking_readers() {
        assert_eq!(
            strip_question_marker("Petra W. aus Neuss fragt: Darf er das?"),
            Some("Darf er das?")
        );
        assert_eq!(
            strip_question_marker("Julie, 34, asks: Can we?"),
            Some("Can we?")
        );
        assert_eq!(
            strip_question_marker("يسأل خالد من عمّان: هل يحق للمالك ذلك؟"),
            Some("هل يحق للمالك ذلك؟")
        );
        assert_eq!(
            strip_question_marker("FRAGE DR. HALBACH: Aus welchem Titel?"),
            Some("Aus welchem Titel?")
        );
        assert_eq!(
            strip_question_marker("ZUSATZFRAGE KRÜGER: Und?"),
            Some("Und?")
        );
        assert_eq!(strip_question_marker("Frage Krüger: Und?"), None);
        assert_eq!(
            strip_question_marker("Q1 今年公費RSV疫苗的接種對象有哪些？"),
            Some("今年公費RSV疫苗的接種對象有哪些？")
        );
        assert_eq!(strip_question_marker("Q3 earnings: what to expect?"), None);
        assert_eq!(
            strip_question_marker("Swali la 2: Kipindupindu huenezwa vipi?"),
            Some("Kipindupindu huenezwa vipi?")
        );
        assert_eq!(
            strip_question_marker("Reporter (Ana Dumitru, Radio Nord): Cine plătește?"),
            Some("Cine plătește?")
        );
        assert_eq!(
            strip_question_marker("REPORTER: The water rose overnight."),
            None
        );
        assert_eq!(
            strip_question_marker("REPORTER (V/O): The water rose overnight."),
            None
        );
        assert_eq!(
            strip_question_marker("Journaliste (Marie Dupont, Centre Presse) : Et après ?"),
            Some("Et après ?")
        );
        assert_eq!(
            strip_question_marker("Sandra and Tim K. ask: Can we both claim it?"),
            Some("Can we both claim it?")
        );
        assert_eq!(
            strip_question_marker(
                "Dierenarts Eva beantwoordt jullie vragen: ‘Mijn kat drinkt veel’"
            ),
            None
        );
        assert_eq!(
            strip_question_marker("@ToffeeLad92 on X: Do I have any chance of a ticket?"),
            Some("Do I have any chance of a ticket?")
        );
        assert_eq!(
            strip_question_marker("First up, from @blue_since_84: Any news on the contract?"),
            Some("Any news on the contract?")
        );
        assert_eq!(
            strip_question_marker(
                "By far the most common question so far this week. Dave on Facebook asks: Will we sign a striker?"
            ),
            Some("Will we sign a striker?")
        );
        assert_eq!(
            strip_question_marker(
                "Plenty of you asking about this one. Steve puts it best: Do we need a left-back?"
            ),
            Some("Do we need a left-back?")
        );
        for no in [
            "asks: why?",
            "Asks: why?",
            "The minister said: why?",
            "Mark asks:",
            "Critics ask: why should taxpayers pay?",
            "One of the many people who came to the meeting on Tuesday night asks: why?",
        ] {
            assert_eq!(strip_question_marker(no), None, "{no:?}");
        }
    }

    #[test]
    fn dash_signatures_with_handles_and_notes() {
        assert!(is_dash_signature("— @FleetTilIDie on X"));
        assert!(is_dash_signature("– @kestrel_notes"));
        assert!(is_dash_signature("— Sandra, Swanscombe (voice note)"));
        assert!(!is_dash_signature(
            "— @everyone, please read the rules before posting"
        ));
    }

    #[test]
    fn speaking_as_i() {
        assert!(speaks_as_i(
            "I don’t have a manifesto, only a few small observations."
        ));
        assert!(speaks_as_i(
            "That’s a nice sentence and I’m suspicious of it."
        ));
        assert!(!speaks_as_i(
            "“I was shocked,” said Ms Rao. The council says it will act."
        ));
        assert!(!speaks_as_i(
            "In Illinois, MY-Fi vouchers cover half the cost."
        ));
    }

    #[test]
    fn greetings_to_who_asked() {
        assert!(greets("Bonjour Max75, oui.", "Max75"));
        assert!(greets("Bonjour Camille,", "Camille de Massy"));
        assert!(greets("Hi Dana! Yes.", "Dana"));
        assert!(!greets("Bonjour, la SNCF…", "Hélène"));
        assert!(!greets("Bonjour Camilla,", "Cam"));
        assert!(!greets("Max75 a raison.", "Max75"));
        assert!(is_reader_signature(
            "Bạn đọc Trần Minh Tuấn (quận Bình Thạnh, TP.HCM)"
        ));
        assert!(is_reader_signature(
            "Bạn đọc Phạm Thị Lan (huyện Gia Lâm, Hà Nội)"
        ));
        assert!(!is_reader_signature("Tuesday 14 May (Room 4, Town Hall)"));
        assert!(!is_reader_signature(
            "Jane Morgan (Director, Pensions Policy Institute)"
        ));
        assert!(is_greeting("Querida Itzel"));
        assert!(is_greeting("Queridos Daniel y Sofía"));
        assert!(is_greeting("Dear Tom"));
        assert!(!is_greeting("Cher Wang"));
        assert!(!is_greeting("Cara Russo"));
        assert!(!is_greeting("Daniel Okafor"));
        assert!(!is_greeting("Hola"));
        assert!(says_left_unanswered(
            "Nine questions for the quiet week. I’m not going to answer them for you."
        ));
        assert!(!says_left_unanswered("We answer them all below."));
        assert!(!says_left_unanswered(
            "The board says it won't answer them until talks resume, so we put them to the union."
        ));
    }

    #[test]
    fn experts_replies() {
        assert_eq!(
            strip_answer_marker("Niamh says: Good news.", false),
            Some("Good news.")
        );
        assert_eq!(
            strip_answer_marker("Sophie Martin répond : Oui.", true),
            Some("Oui.")
        );
        assert_eq!(strip_answer_marker("The minister says: no.", false), None);
        assert_eq!(strip_answer_marker("Niamh says:", false), None);
        assert_eq!(
            strip_answer_marker("Supplementary response: Only overnight.", true),
            Some("Only overnight.")
        );
        assert_eq!(marker_line("Response"), Some(false));
    }

    #[test]
    fn letters_signed_with_a_place() {
        assert_eq!(
            strip_placed_reader("Lorena (Medina del Campo): ¿Es pronto?"),
            Some("¿Es pronto?")
        );
        assert_eq!(
            strip_placed_reader("Marcos, 16 años (Tordesillas): Me duele."),
            Some("Me duele.")
        );
        assert_eq!(strip_placed_reader("RITTER (BMG): Ja."), None);
        assert_eq!(strip_placed_reader("Lorena (Medina del Campo):"), None);
        assert_eq!(strip_placed_reader("Lorena: ¿Es pronto?"), None);
    }

    #[test]
    fn french_parliamentary_labels() {
        assert_eq!(
            turn_label("Mme Claire Dumont, rapporteure. Merci. Pourquoi ?"),
            Some(("Mme Claire Dumont", "Merci. Pourquoi ?"))
        );
        assert_eq!(
            turn_label("M. le président Xavier Lemoine. Qui a décidé ?"),
            Some(("M. le président Xavier Lemoine", "Qui a décidé ?"))
        );
        assert_eq!(
            turn_label("M. Dupont a déclaré que le projet avance. Il ajoute…"),
            None
        );
    }

    #[test]
    fn link_bars() {
        assert!(is_link_bar(
            "WHCR Contact Us | Terms of Use | Privacy Policy | Go to full site © 2024 WHCR"
        ));
        assert!(!is_link_bar("Yes | No"));
        assert!(!is_link_bar(
            "Prices | They rose in May. | They fell in June. | Why?"
        ));
    }

    #[test]
    fn play_directions() {
        assert!(is_play_direction(
            "(He sits at the other end of the bench. A long pause.)"
        ));
        assert!(!is_play_direction("(SOUNDBITE OF ARCHIVED BROADCAST)"));
        assert!(!is_play_direction("(Laughs.)"));
        assert!(!is_play_direction("(Why did he go?)"));
        assert!(is_first_person_story(
            "I’ve woken at 3am every night for a year. I went looking for the reason"
        ));
        assert!(is_first_person_story(
            "I quit sugar for a month. Here's what happened"
        ));
        assert!(!is_first_person_story(
            "I asked a GP your questions about the flu jab"
        ));
        assert!(!is_first_person_story(
            "I'm a GP: these are the questions patients ask"
        ));
        assert!(!is_first_person_story("Is it safe to swim in the sea?"));
        assert!(!is_play_direction(
            "(Editor's note: The over/under line is from BetMGM, as of Wednesday.)"
        ));
        assert!(!is_play_direction(
            "(Top photo of Luis Ortega: Ryan Ocampo / Getty Images)"
        ));
    }

    #[test]
    fn chat_stamps() {
        assert_eq!(
            chat_stamp("[14.02.25, 21:16] Jens Harmsen: Und der Preis?"),
            Some(("Jens Harmsen", "Und der Preis?"))
        );
        assert!(chat_stamp("[08:03, 12/03/2024] Tia Lúcia: E os idosos?").is_some());
        assert!(chat_stamp("[00:01:38] Where does it go?").is_none());
        assert_eq!(
            chat_stamp("03/04/2025, 12:10 - Jess: Saturday day trip?"),
            Some(("Jess", "Saturday day trip?"))
        );
        assert!(chat_stamp("12:10 - Is the road open?").is_none());
        assert!(chat_stamp("[Update, 3pm] Is the road open?").is_none());
    }

    #[test]
    fn numbered_in_words() {
        for (s, q) in [
            ("First question: Can he do that?", "Can he do that?"),
            ("Question two: What are my rights?", "What are my rights?"),
            (
                "And finally, question five: Is it worth it?",
                "Is it worth it?",
            ),
            ("Zweite Frage: Was nun?", "Was nun?"),
            ("Troisième question : et après ?", "et après ?"),
            ("Supplementary question: Will it close?", "Will it close?"),
        ] {
            assert_eq!(strip_question_marker(s), Some(q), "{s:?}");
        }
        // (No number: an interviewer's lead-in, part of the question.)
        for no in [
            "Last question: what are you doing this summer?",
            "Next question: why?",
            "The first question: whether it works.",
            "First question:",
        ] {
            assert_eq!(strip_question_marker(no), None, "{no:?}");
        }
    }

    #[test]
    fn dashed_turn_labels() {
        assert_eq!(
            turn_label("Mukanda – O Governo voltou?"),
            Some(("Mukanda", "O Governo voltou?"))
        );
        assert_eq!(turn_label("Ana Lima — Sim."), Some(("Ana Lima", "Sim.")));
        assert_eq!(turn_label("HALE: Why now?"), Some(("HALE", "Why now?")));
        for no in ["the deal – what it means?", "Ana–Sim", "Ana – ", "x – y"] {
            assert_eq!(turn_label(no), None, "{no:?}");
        }
    }

    #[test]
    fn clip_and_crosstalk_marks() {
        assert!(clip_start("(BEGIN VIDEO CLIP)"));
        assert!(clip_start("[BEGIN AUDIO CLIP]"));
        assert!(!clip_start("(END VIDEO CLIP)"));
        assert!(!clip_start("Begin the clip now."));
        assert!(clip_end("(END VIDEO CLIP)"));
        assert!(!clip_end("(BEGIN VIDEO CLIP)"));
        assert!(is_crosstalk("(CROSSTALK)"));
        assert!(is_crosstalk("[crosstalk]"));
        assert!(!is_crosstalk("(LAUGHTER)"));
    }

    #[test]
    fn broken_turns() {
        assert!(breaks_off("FARROW: … because a false alarm --"));
        assert!(breaks_off("and I think the council\u{2014}"));
        assert!(!breaks_off("That is on me."));
        assert!(takes_up("-- a false alarm undermines trust"));
        assert!(takes_up("\u{2026}which is why we waited."));
        assert!(!takes_up("It was my proposed budget, yes."));
    }

    #[test]
    fn same_speakers() {
        assert!(same_speaker("Ellen Park", "Park"));
        assert!(same_speaker("Liu", "Marcus Liu"));
        assert!(same_speaker("HALE", "HALE"));
        assert!(same_speaker("Ioana Munteanu", "I.M."));
        assert!(same_speaker("Rep.", "Reporter"));
        assert!(!same_speaker("Rep.", "Ioana Munteanu"));
        assert!(!same_speaker("Dr.", "Drake"));
        assert!(same_speaker("RAK", "Ruth Adeyemi-Kerr"));
        assert!(!same_speaker("RK", "Ruth Adeyemi-Kerr"));
        assert!(!same_speaker("Park", "Liu"));
        assert!(!same_speaker("Ellen Park", "Ellen"));
        assert!(same_speaker("RM", "Ravi Menon"));
        assert!(same_speaker("Dolores Achebe", "DA"));
        assert!(!same_speaker("DA", "Ravi Menon"));
        assert!(!same_speaker("RM", "Ravi"));
    }

    #[test]
    fn guides_and_disclosures() {
        assert!(says_it_answers(
            "Everything you need to know before visiting Kotor"
        ));
        assert!(!says_it_answers("Kotor at dawn, before the ships"));
        assert!(is_travel_disclosure(
            "Ines Varga travelled as a guest of the Kotor Tourist Organisation."
        ));
        assert!(is_opinion_disclaimer(
            "Ines Varga travelled as a guest of the Kotor Tourist Organisation."
        ));
        assert!(!is_travel_disclosure(
            "The views expressed are the author's own."
        ));
    }

    #[test]
    fn reader_signatures() {
        assert!(is_reader_signature("Sarah, Leeds"));
        // (The next letter's salutation signs nothing.)
        assert!(!is_reader_signature("Dear Anna,"));
        assert!(is_reader_signature("— Tom, 54, Cardiff"));
        assert!(is_reader_signature("Anh Trần Văn Phúc, Biên Hòa, Đồng Nai"));
        assert!(is_reader_signature("Anh Lê Minh Tuấn, Quận 12, TP.HCM"));
        assert!(is_reader_signature("(Chị Thu Hương, TP Thủ Đức)"));
        assert!(is_reader_signature(
            "Monique et Alain R., Vannes (Morbihan)"
        ));
        assert_eq!(
            strip_answer_marker("La réponse de Me Lemoine : Pas forcément.", true),
            Some("Pas forcément.")
        );
        assert_eq!(
            strip_answer_marker("The answer from Dr Patel: yes.", true),
            Some("yes.")
        );
        assert_eq!(
            strip_answer_marker("La réponse de la mairie est non.", true),
            None
        );
        assert!(is_reader_signature("সালমা আক্তার, মিরপুর, ঢাকা"));
        assert!(!is_reader_signature("(see the chart below, page 4)"));
        assert!(is_reader_signature("Anonymous, 96 votes"));
        assert!(is_reader_signature(
            "Marek, Felixstowe night shift, 29 votes"
        ));
        assert!(!is_reader_signature("We counted them all, 96 votes"));
        assert!(!is_reader_signature("Anonymous, 96 voters"));
        assert!(!is_reader_signature(
            "Anh Trần Văn Phúc Biên Hòa Đồng Nai Tây"
        ));
        assert!(is_reader_signature(
            "Question de Yannick, chauffeur-livreur à Pacé"
        ));
        assert!(is_reader_signature("Question d’Anne, de Vezin-le-Coquet"));
        assert!(is_reader_signature("Frage von Jonas aus Kiel"));
        assert!(is_reader_signature(
            "Nombre reservado a petición del lector"
        ));
        assert!(is_reader_signature("Name der Redaktion bekannt"));
        assert!(!is_reader_signature("Named after the river, it"));
        assert!(!is_reader_signature(
            "Question de Marc : La baisse dure-t-elle ?"
        ));
        assert!(!is_reader_signature("Question de principe, avant tout"));
        assert!(is_reader_signature(
            "Pregunta Lucía, 8 años, de Dos Hermanas"
        ));
        assert!(is_reader_signature("Question Tom, 9, from Leeds"));
        assert!(is_reader_signature("Sent by a supporter in Bristol"));
        assert!(is_reader_signature("Submitted by three readers in Leith"));
        assert!(!is_reader_signature(
            "Sent by post, it arrived a week later."
        ));
        assert!(!is_reader_signature("Question Time, the BBC programme"));
        assert!(is_reader_signature("Ms A.D., email"));
        assert!(is_reader_signature("Mr J.F., Kilkenny"));
        assert!(!is_reader_signature("Yes, but only once."));
        assert!(!is_reader_signature("Paris"));
        assert!(!is_reader_signature("No, not really"));
        assert!(is_reader_signature("- Dev, city centre"));
        assert!(!is_reader_signature("Cookery, 45 mins"));
        assert!(is_dash_signature(
            "— submitted by 19 students (yes, we counted)"
        ));
        assert!(is_dash_signature("— from the editors"));
        assert!(!is_dash_signature(
            "— from the editors, who asked that it be cut."
        ));
        assert!(is_reader_signature("Katrien uit Brugge"));
        assert!(is_reader_signature("Jonas en Sien uit Gent"));
        assert!(is_reader_signature("Lena aus Graz"));
        assert!(!is_reader_signature("Mehr aus Bayern"));
        assert!(!is_reader_signature("Meer uit de regio"));
        assert!(!is_reader_signature("More from Local News"));
        assert!(is_slash_signature("Selin K. / İzmir"));
        assert!(!is_slash_signature("Photo: Ali Demir / AA / Getty"));
    }

    #[test]
    fn speakers_with_posts() {
        assert!(same_speaker("MARK DAWES, ANCHOR", "DAWES"));
        assert_eq!(speaker_without_role("MARK DAWES, ANCHOR"), "MARK DAWES");
        assert_eq!(speaker_without_role("Dawes, anchor"), "Dawes, anchor");
        assert!(!same_speaker("MARK DAWES, ANCHOR", "ORTIZ"));
    }

    #[test]
    fn answers_announced_after_a_comma() {
        assert!(announces_answers(
            "Depuis le 1er janvier, les logements énergivores ne peuvent plus être loués. \
             Calendrier, recours, travaux : nos réponses à vos questions."
        ));
        assert!(announces_answers(
            "But what does it all mean for your pocket? Here, we answer the key questions."
        ));
        assert!(is_cross_link(
            "Read More Auto-enrolment one year on: Is My Future Fund worth staying in?"
        ));
    }

    #[test]
    fn call_headers() {
        assert_eq!(
            call_header("Daniel Ruiz -- Halvorsen Securities -- Analyst"),
            Some(("Daniel Ruiz", true))
        );
        assert_eq!(
            call_header("Grant Oyelaran -- Chief Executive Officer"),
            Some(("Grant Oyelaran", false))
        );
        assert_eq!(call_header("Brexit -- what happens next?"), None);
    }

    #[test]
    fn last_requests() {
        assert!(is_last_request(
            "Last one. Describe the suburban house of 2050 in one sentence."
        ));
        assert!(!is_last_request(
            "Tell us what you think in the comments below."
        ));
        assert!(!is_last_request("It was a long year. Describe it? No."));
        assert!(is_last_request(
            "Last one: your favourite thing to eat after a Saturday service."
        ));
        assert!(!is_last_request("Finally: always book ahead in summer."));
    }

    #[test]
    fn reading_times() {
        assert!(is_reading_time("Lokales · 4 Min."));
        assert!(is_reading_time("Politics · 5 min read"));
        assert!(!is_reading_time("Four minutes of silence"));
        assert!(ends_with_reading_time(
            "Neues Parkhaus am Bahnhof: Warum sich die Eröffnung verzögert Verkehr · 3 Min."
        ));
        assert!(!ends_with_reading_time("The meeting lasted 45 minutes."));
    }

    #[test]
    fn page_boxes() {
        assert!(calls_for_questions("Found a mistake in this article?"));
        assert!(calls_for_questions(
            "Have you got a question for our scientists?"
        ));
        assert!(calls_for_questions("还有疑问？"));
        assert!(is_cta_question("Want the Ledger in your inbox?"));
        assert!(!is_cta_question(
            "What is in your inbox when the scam starts?"
        ));
        assert!(is_trailer_heading("Must Read"));
    }

    #[test]
    fn contents_labels() {
        assert!(is_contents_label("Contenido"));
        assert!(is_contents_label("In this article:"));
        assert!(is_contents_label("Jump to a question:"));
        assert!(!is_contents_label("Content moderation"));
    }

    #[test]
    fn consent_notices() {
        assert!(is_consent_notice("Indholdet kan ikke vises, fordi du ikke har accepteret cookies til statistik og marketing. Vil du se det alligevel?"));
        assert!(is_consent_notice(
            "Cookie Settings    Reject All    Accept All Cookies"
        ));
        assert!(!is_consent_notice("Thanks, everyone, and yes, there will be cookies at the meeting on Friday afternoon for all of you."));
        assert!(!is_consent_notice(
            "Can my landlord enter the flat without my consent if he gives notice a day before?"
        ));
        assert!(!is_consent_notice("Cookies"));
        assert!(!is_consent_notice("What happens if I reject all cookies?"));
        assert!(is_consent_notice("Accept all cookies?"));
    }

    #[test]
    fn attributed_quotes() {
        assert!(is_attributed_quote(
            "“Because it doesn’t talk back,” Hensley said."
        ));
        assert!(is_attributed_quote("‘Die, probably,’ he said."));
        assert!(is_attributed_quote("„Nicht besonders“, sagt sie."));
        assert!(!is_attributed_quote(
            "“The city’s results are out every week.”"
        ));
        assert!(!is_attributed_quote("\"Yes.\" \"No.\""));
        assert!(!is_attributed_quote("He said “yes”."));
    }

    #[test]
    fn closing_sections() {
        assert!(is_closing_section("Our ruling"));
        assert!(is_closing_section(
            "The bottom line: Lawmakers will try again."
        ));
        assert!(is_closing_section("Fazit:"));
        assert!(!is_closing_section(
            "The verdict of the jury surprised everyone."
        ));
        assert!(!is_closing_section(
            "Conclusions were drawn: nobody was hurt."
        ));
    }

    #[test]
    fn signed_questions() {
        assert!(is_signed_question(
            "\"Do I still have to rinse?\" — Denise, Oak Park"
        ));
        assert!(is_signed_question(
            "“Why is the cart so big?” (Arlene, Millbrook)"
        ));
        assert!(!is_signed_question(
            "“Why now?” — that is what everyone asks."
        ));
        assert!(!is_signed_question("“Why now?” she asked."));
        assert!(!is_signed_question("Why now? — Denise"));
        assert_eq!(
            signed_quote_words("“Can I use my ticket?” asks Priya, from Bristol."),
            Some("Can I use my ticket?")
        );
        assert_eq!(
            signed_quote_words("\"Do I still have to rinse?\" — Denise, Oak Park"),
            Some("Do I still have to rinse?")
        );
        let q = "Do heat pumps work when it's 20 below? — Carol, Duluth";
        assert_eq!(
            signed_after(q).map(|k| &q[..k]),
            Some("Do heat pumps work when it's 20 below?")
        );
        assert!(signed_after("How much will my bill go up? — several of you").is_some());
        let q = "Can they really treat a customer of 19 years like this? PW, Leeds";
        assert_eq!(
            signed_after(q).map(|k| &q[..k]),
            Some("Can they really treat a customer of 19 years like this?")
        );
        let q = "I feel as though I am going round in circles. Name and address supplied";
        assert_eq!(
            signed_after(q).map(|k| &q[..k]),
            Some("I feel as though I am going round in circles.")
        );
        assert!(signed_after("Is it worth it? Yes, really").is_none());
        assert!(signed_after("Is my printer dying? —Marv in Mesa").is_some());
        let widget = "is the inside all stainless asked by mkw · 2 months ago";
        assert_eq!(
            signed_after(widget),
            Some("is the inside all stainless".len())
        );
        assert_eq!(
            signed_after("Is it loud? Baby sleeps nearby. asked by Jess P. · 2 weeks ago"),
            Some("Is it loud? Baby sleeps nearby.".len())
        );
        assert!(signed_after("Was the question asked by the minister ago?").is_none());
        assert!(signed_after("年金は減るのでしょうか。（兵庫県・女性・68歳）").is_some());
        assert!(signed_after("佐藤美咲（さとう・みさき）").is_none());
        assert!(is_numbered_q("Q1") && is_numbered_q(" Q12 "));
        assert!(!is_numbered_q("Q") && !is_numbered_q("Q3 results") && !is_numbered_q("Q1000"));
        assert!(signed_after(
            "Tôi có được hưởng trợ cấp thai sản không? (Chị Nguyễn Thị Lan, Thuận An, Bình Dương)"
        )
        .is_some());
        assert!(signed_after("Is it worth it? – Probably not, says the regulator.").is_none());
        assert!(signed_after("Why now? — Denise").is_none());
        let q = "いつから？ — Aiko, Osaka";
        assert_eq!(signed_after(q).map(|k| &q[..k]), Some("いつから？"));
    }

    #[test]
    fn announcements() {
        assert!(announces("Here's what we know."));
        assert!(announces("We've got answers."));
        assert!(announces("Voici ce que l'on sait."));
        assert!(announces("Hier die wichtigsten Fragen und Antworten."));
        assert!(announces("These are the points to watch:"));
        assert!(!announces("Here's the catch: nobody pays."));
        assert!(!announces("Probably."));
    }

    #[test]
    fn closing_credits_and_cross_links() {
        for yes in [
            "(Reporting by Ana Lima; Editing by John Smith)",
            "CNN’s Brenda Goodman contributed to this report.",
            "Contributing: Jane Doe, USA TODAY",
            "Jeanna Holt covers the Federal Reserve for The Times.",
            "Laura Kim is a certified financial planner. Reach her at lk@example.com.",
            "Rahul Mehta receives funding from the Engineering Council.",
            "Propos recueillis par Claire Morel.",
            "This article is republished from The Conversation under a Creative Commons license.",
        ] {
            assert!(is_closing_credit(yes) || is_citation(yes), "{yes:?}");
        }
        for no in [
            "Insurance covers most costs for families.",
            "The school receives funding from the state.",
            "Most plans cover it. The rest is paid by the state, which covers the gap.",
            "The senator is a staff writer's nightmare.",
        ] {
            assert!(!is_closing_credit(no), "{no:?}");
        }
        assert!(is_cross_link("Related: How Brazil's economy fared"));
        assert!(is_cross_link(
            "Te recomendamos: 7 errores que más multas cuestan en la renta, ¿los conoces?"
        ));
        assert!(!is_cross_link(
            "Te recomendamos: beber agua aunque no tengas sed."
        ));
        assert!(is_cross_link(
            "اقرأ أيضاً: هل ترتفع أسعار الخدمات بعد تطبيق الضريبة؟"
        ));
        assert!(!is_cross_link(
            "اقرأ أيضاً: المادة 12 من القانون، فهي تحدد مهلة الرد."
        ));
        assert!(!is_cross_link("اقرأ أيضاً العقد بعناية قبل التوقيع."));
        assert!(is_cross_link("Next month: Why is the sky blue?"));
        assert!(is_cross_link("BASAHIN: Bakit tumaas ang presyo ng bigas?"));
        assert!(is_cross_link("READ MORE | What the report says"));
        assert!(is_cross_link(
            "READ: Who is entitled to the 13th month pay?"
        ));
        assert!(!is_cross_link("Read: the mayor's address to the class"));
        assert!(is_cross_link("Lire aussi : Les questions"));
        assert!(!is_cross_link("Related questions remain open."));
        assert!(!is_cross_link("Related:"));
    }

    #[test]
    fn question_marks_in_many_scripts() {
        assert!(ends_with_question("Who is there?"));
        assert!(ends_with_question("Qu’est-ce que c’est\u{00A0}?"));
        assert!(ends_with_question("¿Cuáles son las marcas?"));
        assert!(ends_with_question("ما هو؟"));
        assert!(ends_with_question("这是什么？"));
        assert!(ends_with_question("Is this happening in every school?¹"));
        assert!(!is_wh_phrase("Have your say"));
        assert!(ends_with_question("なぜ円安が進むのか"));
        assert!(ends_with_question("「2024年問題」ってどういうこと"));
        assert!(!ends_with_question("どういうこと"));
        assert!(is_opinion_label("Kommentar Debat", false));
        assert!(is_opinion_label("L’ÉDITO", false));
        assert!(is_opinion_label("یادداشت", false));
        assert!(is_opinion_label("Sketch", false));
        assert!(is_opinion_label(
            "Kate Ngata Columnist 05:00, Jun 22 2025",
            false
        ));
        assert!(is_opinion_label(
            "OPINION: There is a particular kind of silence.",
            true
        ));
        assert!(!is_opinion_label(
            "By Chris Hallam, technology editor",
            false
        ));
        assert!(!is_opinion_label(
            "There is no comment from the ministry.",
            true
        ));
        assert!(is_letter_form(
            "Sir, – The news that the bypass will cost more surprises no one."
        ));
        assert!(is_letter_form("Is it too much to ask? – Yours, etc,"));
        assert!(!is_letter_form("Sirens sounded across the city at dawn."));
        assert!(reports_question(
            "Photos show notes on the windscreen reading \"PLEASE MOVE\" and \"Are you serious?!\""
        ));
        assert!(is_reader_signature("Hilsen student i Trondheim"));
        assert!(is_reader_signature("Signed, Frustrated in Phoenix"));
        assert!(!is_reader_signature("Hilsen"));
        assert!(is_reader_intro("From Priya in Raleigh:"));
        assert!(is_reader_intro("From Marcus, a paid subscriber in Ohio:"));
        assert!(is_reader_intro("Lena aus Kassel fragt:"));
        assert!(is_reader_intro(
            "From a longtime reader who asked me not to use her name:"
        ));
        assert!(is_reader_intro("paperback-raccoon asked:"));
        assert!(!is_reader_intro("and then she asked:"));
        assert!(!is_reader_intro("From the archive"));
        assert!(!is_reader_intro("From our partners:"));
        assert!(!is_reader_intro("He said the plan was simple:"));
        assert!(ends_with_question("ลงทะเบียนได้ที่ไหน"));
        assert!(ends_with_question("ต้องเตรียมเอกสารอะไร"));
        assert!(!ends_with_question("ภาพประกอบข่าว"));
        assert!(ends_with_question("家計への影響は"));
        assert!(!ends_with_question("政府は介入するのか。"));
        assert!(!ends_with_question("川村さやか、小西ひなた、ほか"));
        assert!(ends_with_question("なぜ円安が進むのか"));
        assert!(!ends_with_question("Ask Takahashi ka"));
        assert_eq!(
            split_credit("Un cantiere a Milano (Foto Ansa)"),
            ("Un cantiere a Milano", Some("Ansa"))
        );
        assert_eq!(
            split_credit("読み取り機（東京都内で）＝読売新聞社"),
            ("読み取り機（東京都内で）", Some("読売新聞社"))
        );
        assert_eq!(
            split_credit("市民在银行网点咨询。新华社记者 李鑫 摄"),
            ("市民在银行网点咨询。", Some("新华社记者 李鑫"))
        );
        assert_eq!(split_credit("पेश करती हुईं (फ़ोटो: पीटीआई)").1, Some("पीटीआई"));
        assert_eq!(split_credit("円相場は一時1ドル＝150円台に").1, None);
        assert_eq!(
            split_credit(
                "Ökonom Albrecht: »Die Löhne holen auf« Foto: Florian Generotzky / DER SPIEGEL"
            )
            .1,
            Some("Florian Generotzky / DER SPIEGEL")
        );
        assert_eq!(
            split_credit("Die Richter des Zweiten Senats in Karlsruhe © Uli Deck/dpa"),
            (
                "Die Richter des Zweiten Senats in Karlsruhe",
                Some("Uli Deck/dpa")
            )
        );
        assert_eq!(
            split_credit("فلسطينيون ينتظرون عند حاجز (رويترز)").1,
            Some("رويترز")
        );
        assert!(calls_for_questions(
            "Got a question we haven't answered? Email us."
        ));
        assert!(calls_for_questions("¿Tienes preguntas? Escríbenos."));
        assert!(calls_for_questions("¿Te gustó este texto?"));
        assert!(calls_for_questions("Still got questions?"));
        assert!(calls_for_questions("Have questions about voting?"));
        assert!(is_teaser(
            "Coming up after the break, our panel: is the bank done cutting?"
        ));
        assert!(!is_teaser(
            "Coming from a family of farmers, how do you see it?"
        ));
        assert!(!calls_for_questions("Have questions been raised about it?"));
        assert!(is_did_you_know("Did you know a cow once held up traffic?"));
        assert!(is_did_you_know(
            "¿Sabías que el puente casi no se construyó?"
        ));
        assert!(!is_did_you_know("Do you know your rights?"));
        assert_eq!(strip_pictographs("❓А пенсионерам?"), "А пенсионерам?");
        assert_eq!(strip_pictographs("✅ Yes."), "Yes.");
        assert_eq!(strip_pictographs("⭐⭐⭐"), "⭐⭐⭐");
        assert!(calls_for_questions("Enjoyed this story?"));
        assert!(!calls_for_questions(
            "¿Te gustó la experiencia de votar en papel?"
        ));
        assert!(calls_for_questions(
            "That's it for this month. Got a question for the next mailbag? Hit reply."
        ));
        assert!(!calls_for_questions("What questions remain?"));
        assert_eq!(
            pull_quote("'Who else is going to do it?'"),
            Some("Who else is going to do it")
        );
        assert_eq!(pull_quote("Who else is going to do it?"), None);
        assert!(is_quoted_question("« Qui paie l’installation ? »"));
        assert!(is_quoted_question("“Can I still drive?”"));
        assert!(!is_quoted_question("“Why?” she asked. “Because.”"));
        assert!(!is_quoted_question("“We will stay.”"));
        assert!(is_media_boilerplate("- Advertisement -"));
        assert!(is_media_boilerplate("permalink embed save report reply"));
        assert!(is_media_boilerplate("Haberin Devamı"));
        assert!(is_job_ad_heading("What’s in it for you?"));
        assert!(is_job_ad_heading("Wer bist du?"));
        assert!(is_job_ad_heading("¿Quién eres?"));
        assert!(!is_job_ad_heading("Who are you voting for?"));
        assert_eq!(
            post_author("[–] dispatch_nights[S] 981 points 8 hours ago"),
            Some("dispatch_nights")
        );
        assert!(is_media_boilerplate("Reply · Share · Report"));
        assert!(is_media_boilerplate("4.2k · Reply · Award · Share"));
        assert!(is_media_boilerplate("Quảng cáo"));
        assert!(is_media_boilerplate("THE QUESTION"));
        assert!(is_short_answer_label("THE ANSWER"));
        assert!(is_media_boilerplate("РЕКЛАМА"));
        assert!(!is_media_boilerplate("42 · Reply"));
        assert!(!is_media_boilerplate("Share and save"));
        assert!(is_media_boilerplate("Back to top ↑"));
        assert!(is_dash_signature("— B.W."));
        assert!(is_dash_signature("- Colin, Mount Barker"));
        assert!(!is_dash_signature("- Advertisement -"));
        assert!(is_media_boilerplate("[MUSIC BREAK]"));
        assert!(is_media_boilerplate("(LAUGHTER)"));
        assert!(!is_media_boilerplate("(see below)"));
        assert!(!is_media_boilerplate("(AP)"));
        assert!(is_media_boilerplate("Card 2 of 7"));
        assert!(is_media_boilerplate("1 of 12"));
        assert!(is_media_boilerplate("Bild 2 von 5"));
        assert!(!is_media_boilerplate("One of 7"));
        assert!(!is_media_boilerplate("Card 2 of the series"));
        assert!(is_wh_phrase("What happens next"));
        assert!(!is_wh_phrase("How we reported this"));
        assert!(is_wh_phrase("What you need to know"));
        assert!(!is_wh_phrase("Was wir wissen"));
        assert!(is_wh_phrase("Is it safe to travel"));
        assert!(is_dash_prompt_asking("―AI가 정말 일자리를 없앨까요."));
        assert!(is_dash_prompt_asking("―정부는 무엇을 해야 합니까."));
        assert!(!is_dash_prompt_asking("과연 그럴까."));
        assert!(!is_dash_prompt_asking("―재교육 예산을 늘려야 합니다."));
        assert!(is_dash_prompt_asking(
            "――家業を継ごうと決めたのはいつですか。"
        ));
        assert!(is_dash_prompt_asking("――実際に継いでみて、経営の状況は。"));
        assert!(!is_dash_prompt_asking("――今後の目標を教えてください。"));
        assert!(!is_dash_prompt_asking("本当にそうなのか。"));
        assert!(!is_dash_prompt_asking("――"));
        assert!(announces_answers(
            "Unos 40.000 viajeros la usan cada día. Estas son las claves para saber cómo te afecta."
        ));
        assert!(!announces_answers(
            "Unos 40.000 viajeros la usan cada día, y muchos no saben qué hacer en julio."
        ));
        assert!(announces_answers(
            "Una decisione che divide residenti ed esercenti. Ecco cosa cambia, punto per punto."
        ));
        assert!(announces_answers(
            "Llega con dos novedades en papel. Resolvemos las dudas más frecuentes."
        ));
        assert!(!announces_answers(
            "Llega con dos novedades en papel. Los inquilinos tienen dudas sobre el plazo."
        ));
        assert!(is_embed_attribution(
            "— Tranvía de Ribera (@TranviaRibera) June 20, 2025"
        ));
        assert!(is_trailer_heading("Kapcsolódó cikkeink"));
        assert!(is_trailer_heading("اقرأ المزيد"));
        for h in [
            "Еще по теме",
            "Saistītie raksti",
            "Mest læste",
            "Relaterad information",
            "Labarai masu alaƙa",
            "اخبار مرتبط",
            "Ezt olvasta már?",
        ] {
            assert!(is_trailer_heading(h), "{h}");
        }
        assert!(is_trailer_heading("Relacionadas"));
        assert!(is_trailer_heading("Seguí leyendo"));
        assert!(is_media_boilerplate("Lire la suite page 5"));
        assert!(is_media_boilerplate("Article réservé aux abonnés"));
        assert!(is_media_boilerplate("Premium"));
        assert!(is_media_boilerplate("Continued on page 12"));
        assert!(!is_media_boilerplate("Continued on page five, the story"));
        assert_eq!(
            without_thread_count("It keeps for a month. 2/9"),
            Some("It keeps for a month.")
        );
        assert_eq!(without_thread_count("The vote was 7/9"), None);
        assert_eq!(without_thread_count("Trains run every day. 9/7"), None);
        assert!(reports_speech(
            "– Jag äter den sen, säger hon. Jag kan inte prata."
        ));
        assert!(!reports_speech(
            "– Du började skriva boken innan fabriken gick i konkurs."
        ));
        assert_eq!(jump_line("Continued on Page D6"), Some(false));
        assert_eq!(jump_line("Continued from Page D1"), Some(true));
        assert_eq!(jump_line("Continued on Page D6 of the report"), None);
        assert!(is_media_boilerplate(
            "THE DAILY SENTINEL | SUNDAY, APRIL 13, 2025 | D1"
        ));
        assert!(!is_media_boilerplate("Home | News | Local"));
        assert_eq!(
            transcript_header("Ruth Callan  00:01:48"),
            Some("Ruth Callan")
        );
        assert_eq!(transcript_header("Speaker 2  4:09"), Some("Speaker 2"));
        assert_eq!(transcript_header("Doors open at 19:30"), None);
        assert_eq!(
            transcript_header("Maya Sorensen [00:00:04]"),
            Some("Maya Sorensen")
        );
        assert_eq!(
            transcript_header("Theo (voicemail) [00:14:48]"),
            Some("Theo (voicemail)")
        );
        assert_eq!(transcript_header("Doors open [19:30]"), None);
        assert!(opens_verdict(
            "Faux. L’idée viendrait d’essais menés par l’armée"
        ));
        assert!(opens_verdict("Plutôt faux. Ce sont des virus"));
        assert!(opens_verdict("Myth: cold weather does not cause colds."));
        assert!(!opens_verdict("Fact sheets are available at the library."));
        assert!(!opens_verdict("True enough, the council said."));
        assert_eq!(
            speaker_label("serienjunkie84: Welche Serie ist überschätzt?"),
            Some(("serienjunkie84", "Welche Serie ist überschätzt?"))
        );
        assert_eq!(speaker_label("H1N1: what we know"), None);
        assert!(is_explainer_title(
            "Auxílio Recomeçar: quem tem direito, quanto é pago e quando o dinheiro cai"
        ));
        assert!(is_explainer_title(
            "Flood grant: who qualifies, how much is paid and when the money arrives"
        ));
        assert!(!is_explainer_title(
            "Flood grant: what happened in the valley"
        ));
        assert!(!is_explainer_title(
            "Review: how the west was won, and lost"
        ));
        assert!(is_pager_link(
            "Próximo post Calor extremo: como proteger os idosos?"
        ));
        assert!(!is_pager_link("Next post"));
        assert!(!is_pager_link("Next, post the form to the council."));
        assert!(is_comments_heading(
            "2 respostas para “Dengue: tire suas dúvidas”"
        ));
        assert!(calls_for_questions("Quer receber nossas notícias?"));
        assert!(calls_for_questions("Staat je vraag er niet tussen?"));
        assert!(calls_for_questions("Schon gewusst?"));
        assert!(calls_for_questions(
            "Máte k poplatkům další dotaz? Napište nám na dotazy@irozhlas.cz."
        ));
        assert_eq!(
            period_label("Carmen. Nadie lo decidió, la verdad."),
            Some(("Carmen", "Nadie lo decidió, la verdad."))
        );
        assert_eq!(period_label("Q. Tell me about 1997."), None);
        assert_eq!(period_label("Respuesta. Sí, claro."), None);
        assert!(calls_for_questions("Lust auf mehr aus Altenbrück?"));
        assert!(is_trailer_heading("Sources et méthode"));
        assert!(is_dashed_pull_quote(
            "«Perché dovrebbe prendere lo scooter, se l'autobus è gratis?» – l'assessora Chiara Deiana"
        ));
        assert!(!is_dashed_pull_quote(
            "«Perché dovrebbe prendere lo scooter?»"
        ));
        assert!(!is_dashed_pull_quote(
            "“Is it safe?” – that is what parents ask?"
        ));
        assert_eq!(
            dashed_speaker("“Can I still fly next month?” — Linda, Overland Park"),
            Some("Linda, Overland Park")
        );
        assert!(is_reader_signature("Linda, Overland Park"));
        assert_eq!(marker_line("Vraag 1"), Some(true));
        assert_eq!(marker_line("Antwoord 12"), Some(false));
        assert_eq!(marker_line("Question:"), Some(true));
        assert_eq!(marker_line("Answer"), Some(false));
        assert_eq!(marker_line("Questions"), None);
        assert_eq!(marker_line("Vraag 1 over de SEH"), None);
        assert!(has_dialogue_tag(
            "—Esas son las que más cuestan —dice—. No por escribirlas."
        ));
        assert!(is_promo(
            "Recibe cada viernes nuestra selección de crónicas y reportajes. Suscríbete aquí"
        ));
        assert!(!is_promo(
            "Recibe cada viernes una ayuda de 200 euros. Se paga aquí."
        ));
        assert!(has_dialogue_tag(
            "—Depende —le dice—. ¿Qué tanto lo quieres?"
        ));
        assert!(!has_dialogue_tag(
            "—Sí. La ciudad —como todas— cambió mucho."
        ));
        assert!(!has_dialogue_tag("La ciudad —dice el alcalde— cambió."));
        assert!(has_dialogue_tag("— Tu viens ? demanda-t-il."));
        assert!(has_dialogue_tag("— Non, dit-elle. Pas ce soir."));
        assert!(!has_dialogue_tag(
            "— Que se passe-t-il ? Y a-t-il un risque pour les riverains ?"
        ));
        assert!(has_dialogue_tag("— Perché no? — disse."));
        assert_eq!(
            comment_header("quietbirch · 8h"),
            Some(("quietbirch", false))
        );
        assert_eq!(
            comment_header("towerwatch_marta OP · 7h"),
            Some(("towerwatch_marta", true))
        );
        assert_eq!(
            comment_header("AutoModerator MOD · 8h Stickied comment"),
            Some(("AutoModerator", false))
        );
        assert_eq!(
            comment_header("u/kestrel_notes · 3 hr. ago"),
            Some(("kestrel_notes", false))
        );
        assert_eq!(
            comment_header("u/vixen_and_kits · OP · 9h"),
            Some(("vixen_and_kits", true))
        );
        assert!(is_comment_furniture("▲ 2.1k ▼") && is_comment_furniture("Reply · Share"));
        assert_eq!(
            comment_header("[–]steno_sharon[S] 1893 points 9 hours ago"),
            Some(("steno_sharon", true))
        );
        assert!(is_comment_furniture(
            "permalinkembedsavereportgive awardreply"
        ));
        assert_eq!(comment_header("r/IAmA · 8 hr. ago"), None);
        assert_eq!(comment_header("Politics · 5 min read"), None);
        assert_eq!(comment_header("Anna Berg · 4 May"), None);
        assert!(is_comment_furniture("2.4K"));
        assert!(is_comment_furniture("611"));
        assert!(is_comment_furniture("Comment removed by moderator"));
        assert!(!is_comment_furniture("Reply to this story"));
        assert_eq!(name_line("TOM WHELAN:"), Some("TOM WHELAN"));
        assert_eq!(name_line("Here is what we know:"), None);
        assert_eq!(
            name_line("Dr. Marcus Whitfield, Emergency Physician:"),
            Some("Dr. Marcus Whitfield")
        );
        assert_eq!(name_line("Jim, Te Awa, asked:"), None);
        assert_eq!(
            strip_number("9.1 What is an excess?"),
            Some((1, "What is an excess?"))
        );
        assert_eq!(strip_number("2.3. Who pays?"), Some((3, "Who pays?")));
        assert_eq!(
            strip_number("1.- ¿Puede recurrirse?"),
            Some((1, "¿Puede recurrirse?"))
        );
        assert_eq!(
            strip_number("②个人缴费标准是多少？"),
            Some((2, "个人缴费标准是多少？"))
        );
        assert_eq!(strip_number("❶ Who pays?"), Some((1, "Who pays?")));
        assert_eq!(strip_number("①"), None);
        assert!(tallies_responses(
            "371 respondents answered this question. 82% agreed."
        ));
        assert!(!tallies_responses(
            "Respondents were asked to reply by post."
        ));
        assert_eq!(strip_number("IV. Qui paie ?"), Some((4, "Qui paie ?")));
        assert_eq!(strip_number("XIV) Chi paga?"), Some((14, "Chi paga?")));
        assert_eq!(strip_number("IIII. Who pays?"), None);
        assert_eq!(strip_number("I. M. Pei designed it?"), None);
        assert_eq!(strip_number("I am here?"), None);
        assert_eq!(strip_number("1.5 million people moved"), None);
        assert_eq!(strip_number("2/7 Why now?"), Some((2, "Why now?")));
        assert!(opens_with_star_sign(
            "Leo (23 July - 22 August): Will love find you?"
        ));
        assert!(opens_with_star_sign("Bélier : une semaine chargée ?"));
        assert!(!opens_with_star_sign("Leo Varadkar: what did he say?"));
        assert!(!opens_with_star_sign("Cancer screening: who is eligible?"));
        assert_eq!(strip_number("24/7 Support?"), None);
        assert_eq!(strip_number("No. 3: Why now?"), Some((3, "Why now?")));
        assert!(opens_greeting(
            "[00:00] Hallo und herzlich willkommen zu „Frag die Expertin“."
        ));
        assert!(is_questions_to_ask(
            "12 interview questions you'll be asked, and why so many go unanswered"
        ));
        assert!(!is_questions_to_ask(
            "Three interview questions you will be asked, answered in a mock interview"
        ));
        assert!(is_questions_to_ask(
            "Entrevista de trabajo: 8 preguntas que deberías hacer tú al reclutador"
        ));
        assert!(is_questions_to_ask(
            "10 questions you will be asked at a job interview – and how to answer them"
        ));
        assert!(is_questions_to_ask(
            "Six questions we want the mayoral candidates to answer at Tuesday’s debate"
        ));
        assert!(is_questions_to_ask(
            "Five questions for the housing minister that she still hasn't answered"
        ));
        assert!(is_questions_to_ask(
            "10 questions to ask at the end of a job interview (and what the answers tell you)"
        ));
        assert!(is_questions_to_ask(
            "8 questions to ask your doctor after a diabetes diagnosis"
        ));
        assert!(!is_questions_to_ask(
            "Questions to ask about the bin changes, answered"
        ));
        assert!(!is_questions_to_ask(
            "Should I get solar panels? 8 questions to ask"
        ));
        assert!(is_questions_to_ask(
            "7 questions to ask before you sign a lease"
        ));
        assert_eq!(
            quoted_whole("“Can I keep using my spreadsheet?”"),
            Some("Can I keep using my spreadsheet?")
        );
        assert_eq!(quoted_whole("\"Is that legal?\""), Some("Is that legal?"));
        assert_eq!(quoted_whole("“Yes” or “no”?"), None);
        assert_eq!(
            quoted_whole("‘My cat is “fussy”. Should I worry?’"),
            Some("My cat is “fussy”. Should I worry?")
        );
        assert_eq!(quoted_whole("“We will,” she said."), None);
        assert!(is_picture_line(
            "[Picture of a nurse giving an injection in the arm]"
        ));
        assert!(is_picture_line(
            "[Westmere Health and Care Partnership logo]"
        ));
        assert!(!is_picture_line(
            "[Reporting by Ana Ribeiro; editing by Tom Hale]"
        ));
        assert!(is_picture_line("[Video player: News 6 launch coverage]"));
        assert!(is_noted_question(
            "(Question regarding Terrence Boyd's ankle.)"
        ));
        assert!(!is_noted_question("(Inaudible question.)"));
        assert!(!unheard_question(
            "Q. (Question regarding Terrence Boyd's ankle.)"
        ));
        assert!(unheard_question("Q: (Off-mic.)"));
        assert!(!is_noted_question("(Laughter.)"));
        assert!(writer_asked(
            "We asked Heatwise: Why was the claim rejected?"
        ));
        assert!(!writer_asked("We asked readers what they wanted to know."));
        assert!(is_answerer_label("Owen said"));
        assert!(names_answerer("Kari Bjørnstad svarer"));
        assert!(is_home_path("Home / News / Transport"));
        assert!(!is_home_path("Chip Somodevilla / Getty Images"));
        assert!(ends_with_source(
            "A chart-heavy look at fares in eight towns. (Northern Fares Project, 6 min read)"
        ));
        assert!(!ends_with_source(
            "Fares rose in eight towns (see the chart)."
        ));
        assert!(!ends_with_source("Ask your GP first. (Source: NHS.)"));
        assert!(is_reading_list_intro(
            "Morning all. Here's what I've been reading."
        ));
        assert!(!is_reading_list_intro(
            "Here are short answers to the questions."
        ));
        assert!(!has_dialogue_tag(
            "— L'État a-t-il, selon vous, réagi trop tard ?"
        ));
        assert!(!has_dialogue_tag(
            "— Знали. «Спасибо, учтём», — сказал мне тогда замминистра."
        ));
        assert!(!has_dialogue_tag(
            "— Non. « Rien n'est joué », dit-il. Il a raison."
        ));
        assert!(names_answerer("Dr Patel replies:"));
        assert!(!names_answerer("The council rarely replies"));
        assert_eq!(
            strip_question_marker("Dave in Launceston asked: Is a heat pump going to work?"),
            Some("Is a heat pump going to work?")
        );
        assert!(!is_noted_question(
            "(The questions were edited for length.) And more"
        ));
        assert!(!is_picture_line("[Videos of the vote were shared widely]"));
        assert!(is_time_range("10:15 – 11:00"));
        assert!(is_time_range("9:30am - 10:15am"));
        assert!(!is_time_range("10:15 Panel"));
        assert!(dated_after_question(
            "Are High-Yield Savings Accounts Worth It? (Updated for 2025)"
        ));
        assert!(!dated_after_question(
            "Is it worth it? (Anonymous, 96 votes)"
        ));
        assert_eq!(
            strip_status_tag("Why is rent so high? (04:12)"),
            "Why is rent so high?"
        );
        assert_eq!(strip_status_tag("Intro (00:00)"), "Intro (00:00)");
        assert_eq!(
            strip_status_tag("Is there a prayer room? *"),
            "Is there a prayer room?"
        );
        assert_eq!(strip_status_tag("Terms apply *"), "Terms apply *");
        assert!(is_chart_credit(
            "Source: U.S. Bureau of Labor Statistics • Chart: Ben Whitlock / Cascade Public Media"
        ));
        assert!(!is_chart_credit("Source: U.S. Bureau of Labor Statistics"));
        assert_eq!(lone_label("Myth 1"), Some("Myth"));
        assert_eq!(lone_label("MYTH #2:"), Some("MYTH"));
        assert_eq!(lone_label("Fact"), Some("Fact"));
        assert_eq!(lone_label("Myths and facts"), None);
        assert_eq!(lone_label("Myth 1 is wrong"), None);
        assert!(is_rating_line("Our rating: 3.5 out of 5"));
        assert!(is_rating_line("Verdict: 3.5/5"));
        assert!(is_rating_line("Rating: ★★★★☆"));
        assert!(is_letter_grade("Grade: C+"));
        assert!(is_letter_grade("Our grade: B–"));
        assert!(!is_letter_grade("Grade: 7"));
        assert!(!is_letter_grade("Grade: Fine"));
        assert!(!is_rating_line("Pages 3/4"));
        assert!(!is_rating_line("Four out of 5 voters agree with the plan"));
        assert!(is_review_title(
            "Kestrel Arno 1.5 Hybrid review: a roomy family SUV"
        ));
        assert!(!is_review_title("Pay rise: your questions answered"));
        assert!(!opens_greeting(
            "Welcoming refugees: what the new rules mean"
        ));
        assert!(is_comments_heading("2 Responses"));
        assert!(is_comments_heading("Discussion about this post"));
        assert!(is_comments_heading("3 thoughts on “Heat pump rebates”"));
        assert!(is_comments_heading("Comments (27)"));
        assert!(is_comments_heading("Leave a Reply"));
        assert!(is_comments_heading("One comment"));
        assert!(is_comments_heading("View all 126 comments"));
        assert!(is_comments_heading("See all 12 comments"));
        assert!(!is_comments_heading("View all 12 photos"));
        assert!(!is_comments_heading("See all comments on the plan"));
        assert!(!is_comments_heading("14 replies"));
        assert!(!is_comments_heading("No comment."));
        assert!(!is_comments_heading("Comments from the public"));
        assert!(is_comments_heading("Yorumlar (3)"));
        assert!(is_comments_heading("Комментарии (27)"));
        assert!(is_comments_noun(&fold("Комментарии")));
        assert!(!is_comments_noun("Comment"));
        assert!(is_comments_heading("Komentari 347"));
        assert!(is_download_link("Wie lese ich den Bescheid? (PDF, 240 KB)"));
        assert!(is_download_link("Application form [DOCX]"));
        assert!(!is_download_link(
            "What is a PDF? (And why do forms use it?)"
        ));
        assert!(!is_download_link("Is it safe? (Yes.)"));
        assert!(is_dash_prompt_asking("-앞으로 계획은."));
        assert!(!is_dash_prompt_asking("- 앞으로 계획은."));
        assert_eq!(
            after_dialogue_dash("-손님이 줄었다는데."),
            Some("손님이 줄었다는데.")
        );
        assert_eq!(after_dialogue_dash("— Why now?"), Some("Why now?"));
        assert_eq!(after_dialogue_dash("- a list item"), None);
        assert_eq!(after_dialogue_dash("-5 degrees overnight"), None);
        assert_eq!(after_dialogue_dash("--"), None);
        assert_eq!(after_dialogue_dash("Plain"), None);
        assert!(ends_with_question("He asked, “why now?”"));
        assert!(ends_with_question("Really?!"));
        assert!(ends_with_question("Τι αλλάζει για τους συνταξιούχους;"));
        assert!(ends_with_question("«Πότε θα ανοίξει;»"));
        assert!(ends_with_question("Τι είναι το «καλάθι»;"));
        assert!(!ends_with_question("let x = 1;"));
        assert!(!ends_with_question("Ο Μητσοτάκης είπε (σελ. 4);"));
        assert!(has_inner_sentence_end(
            "Jede Impfung hat Folgen. Doch was wissen wir?"
        ));
        assert!(has_inner_sentence_end(
            "Comment expliquer ce rétablissement ? Et pourquoi ?"
        ));
        assert!(!has_inner_sentence_end("Why did the U.S. Army leave?"));
        assert!(!has_inner_sentence_end("Did Mr. Smith know?"));
        assert!(!has_inner_sentence_end("What is 2.5 percent of it?"));
        assert!(ends_with_question("Is the vaccine safe?1"));
        assert!(ends_with_question("Is the vaccine safe?[12]"));
        assert!(ends_with_question("How contagious is it? 🦠"));
        assert!(ends_with_question("Is it over?† "));
        assert!(!ends_with_question("Is it over? Chapter 12"));
        assert!(!ends_with_question("Is it over?2026"));
        assert!(!ends_with_question("What happened in 1999"));
        assert!(!ends_with_question("12"));
        assert!(!ends_with_question("🦠"));
        assert!(!ends_with_question(
            "¿Adiós modo belleza? Google haría un cambio"
        ));
        assert!(!ends_with_question("Copyright 2016 NPR."));
        assert!(!ends_with_question(""));
    }

    #[test]
    fn phrases_at_word_starts() {
        let w = Words("views expressed|não traduzem a opinião");
        assert!(w.occur_at_words("the views expressed here are mine"));
        assert!(w.occur_at_words("os artigos não traduzem a opinião do jornal"));
        assert!(!w.occur_at_words("reviews expressed doubt"));
        assert!(is_opinion_disclaimer(
            "The views expressed are the author's own."
        ));
        assert!(!is_opinion_disclaimer(
            "Reviews expressed doubt about the plan."
        ));
        assert!(is_opinion_disclaimer(
            "This piece expresses the views of its author(s), separate from those of this publication."
        ));
    }

    #[test]
    fn media_teasers_and_answer_labels() {
        assert!(is_media_teaser(
            "WATCH | Is the plan worth it? A dentist explains:"
        ));
        assert!(is_media_teaser("Vídeo: así quedó la costa"));
        assert!(!is_media_teaser("Watchdogs say the plan is flawed."));
        assert!(is_answer_label(
            "Antwort der Bundesregierung (Staatssekretär Jan Reuter):"
        ));
        assert!(is_answer_label("Answer:"));
        assert!(asks_then_says(
            "Why have I been stopped? I wasn't doing anything wrong."
        ));
        assert!(!asks_then_says("Why now? Ministers point to a survey."));
        assert!(!asks_then_says("I was stopped. I did nothing wrong."));
        assert!(!asks_then_says(
            "Why a caravan? Why February? We had questions."
        ));
        assert!(opens_with_request("Let’s start with the caravan."));
        assert!(!opens_with_request("Let them eat cake."));
        assert!(!is_answer_label("Answering critics, the minister said:"));
        assert_eq!(
            strip_sub_letter("a) Muss ich mehr zahlen?"),
            Some("Muss ich mehr zahlen?")
        );
        assert_eq!(strip_sub_letter("and so on"), None);
    }

    #[test]
    fn post_headers_and_thanks() {
        assert!(is_post_header("hraunfjall_88 · 14:03"));
        assert!(is_post_header("Sigrún Haraldsdóttir (guest) · 14:08"));
        assert!(is_post_header("Mika · 9.41pm"));
        assert!(is_post_header("Mika · 2 hours ago"));
        assert_eq!(strip_number("一、誰可以申請？"), Some((1, "誰可以申請？")));
        // Arabic digits with no space before Chinese or Japanese words.
        assert_eq!(
            strip_number("1.延迟退休从什么时候开始？"),
            Some((1, "延迟退休从什么时候开始？"))
        );
        assert_eq!(strip_number("3、怎么算？"), Some((3, "怎么算？")));
        assert_eq!(strip_number("2025年の変更"), None);
        assert_eq!(
            strip_number("十二、什麼時候入帳？"),
            Some((12, "什麼時候入帳？"))
        );
        assert_eq!(strip_number("二十、其他"), Some((20, "其他")));
        assert_eq!(strip_number("一般而言"), None);
        assert_eq!(myth_badge("Myth The MMR vaccine causes autism"), Some(4));
        assert_eq!(myth_badge("Mito Las vacunas causan autismo"), Some(4));
        assert_eq!(myth_badge("Myth busting with the experts"), None);
        assert_eq!(myth_badge("Mythical Creatures Return"), None);
        assert!(is_quiz_title("The weekend quiz: 15 questions"));
        assert!(is_quiz_title("Sommerquiz 2025"));
        assert!(is_answer_label("Antwort der Bundesregierung (Auszug):"));
        assert!(is_answer_label("Answer:"));
        assert!(!is_answer_label("Answer: It depends on the system:"));
        assert!(asks_after_quote(
            "“Natural immunity is better than vaccine immunity.” Is that true?"
        ));
        assert!(asks_after_quote(
            "« Le sucre rend hyperactif » : vrai ou faux ?"
        ));
        assert!(!asks_after_quote("“Why now?” she asked. Who knows?"));
        assert!(!asks_after_quote("“We will not move,” he said."));
        assert!(is_excerpt_title(
            "Read an excerpt: The Lodger at Number Nine by Ruth Penhaligon"
        ));
        assert!(!is_excerpt_title("Extraction fees: what you need to know"));
        assert!(names_debate(
            "Read the full transcript of Tuesday's mayoral debate"
        ));
        assert!(names_debate("Le débat en intégralité"));
        assert!(names_debate("TV-Debatte im Wortlaut"));
        assert!(!names_debate("Trois spécialistes en débattent"));
        assert!(!is_quiz_title(
            "The Ladder is back: six questions about the quiz show’s return, answered"
        ));
        assert!(!is_quiz_title(
            "Who will host the quiz night? Our questions answered"
        ));
        // Other scripts' decimal digits: Persian, Arabic, Devanagari.
        assert_eq!(
            strip_number("۲- طرح تازه چه می‌گوید؟"),
            Some((2, "طرح تازه چه می‌گوید؟"))
        );
        assert_eq!(strip_number("١٢. ما الذي حدث؟"), Some((12, "ما الذي حدث؟")));
        assert_eq!(strip_number("३) क्या बदलेगा?"), Some((3, "क्या बदलेगा?")));
        assert_eq!(strip_number("١٤٠٣ شمسی"), None);
        assert_eq!(strip_number("۵پرسش"), None);
        assert_eq!(
            top_speaker(&["WHITFIELD", "RAY", "MORALES", "WHITFIELD"]),
            "WHITFIELD"
        );
        assert_eq!(top_speaker(&["A", "B"]), "A");
        assert_eq!(top_speaker(&[]), "");
        assert_eq!(
            post_author("12:02 p.m. tollroad_tina"),
            Some("tollroad_tina")
        );
        assert_eq!(
            post_author("12:04 Nadia Farouk (Host)"),
            Some("Nadia Farouk (Host)")
        );
        assert_eq!(poster_name("Nadia Farouk (Host)"), "Nadia Farouk");
        assert!(!is_post_header("12:04 Police close the bridge"));
        assert!(!is_poster("Police close the bridge"));
        assert!(!is_post_header("Politics · Economy"));
        assert!(!is_post_header(
            "Fares rise by 5% · 14:03 is when the board met, said one member"
        ));
        assert!(thanks("Fascinating stuff, thanks for doing this."));
        assert!(thanks("Grazie, sindaco."));
        assert!(!thanks(
            "I commercianti dicono di aver perso metà degli incassi."
        ));
        assert!(!thanks("Police will tackle the backlog."));
    }

    #[test]
    fn question_markers() {
        assert_eq!(
            strip_question_marker("Q: Where did you grow up?"),
            Some("Where did you grow up?")
        );
        assert_eq!(strip_question_marker("Q. Why?"), Some("Why?"));
        assert_eq!(strip_question_marker("Q1: Why?"), Some("Why?"));
        assert_eq!(strip_question_marker("Question 3: Why?"), Some("Why?"));
        assert_eq!(
            strip_question_marker("Request 2: Please provide it."),
            Some("Please provide it.")
        );
        assert_eq!(strip_question_marker("request. Call us."), None);
        assert_eq!(strip_question_marker("Frage: Warum?"), Some("Warum?"));
        assert_eq!(strip_question_marker("Quick 5: things"), None);
        assert_eq!(strip_question_marker("Q.E.D. is Latin"), None);
        assert_eq!(strip_question_marker("Q. & A."), None);
        assert_eq!(
            strip_question_marker("Hỏi - đáp về trừ điểm giấy phép lái xe"),
            None
        );
        assert_eq!(
            strip_question_marker("Hỏi: Tôi có phải đổi không?"),
            Some("Tôi có phải đổi không?")
        );
        assert_eq!(strip_question_marker("Q. and A."), None);
        assert_eq!(strip_question_marker("Paris: a city"), None);
    }

    #[test]
    fn status_tags() {
        assert_eq!(
            strip_status_tag("Who is eligible? (Updated)"),
            "Who is eligible?"
        );
        assert_eq!(
            strip_status_tag("Who is eligible? [NEW] "),
            "Who is eligible?"
        );
        assert_eq!(
            after_caps_status_tag("NEW We cannot rule it out."),
            Some("We cannot rule it out.")
        );
        assert_eq!(after_caps_status_tag("New rules apply from May."), None);
        assert_eq!(after_caps_status_tag("NEWS Yes."), None);
        assert_eq!(
            strip_status_tag("Wer zahlt? (aktualisiert am 3. März)"),
            "Wer zahlt?"
        );
        assert!(ends_with_question("How will it be scored? (Updated)"));
        for kept in [
            "What changed? (news)",
            "Who said it? (NYT)",
            "Why? (see below)",
            "(Updated)",
        ] {
            assert_eq!(strip_status_tag(kept), kept);
        }
        assert_eq!(
            strip_question_marker("*Q:* When is the move?"),
            Some("When is the move?")
        );
        assert_eq!(strip_answer_marker("**A:** Friday.", true), Some("Friday."));
        assert_eq!(strip_question_marker("*Quiet* hours start at ten?"), None);
    }

    #[test]
    fn answer_markers() {
        assert_eq!(
            strip_answer_marker("A: Lebron James", true),
            Some("Lebron James")
        );
        assert_eq!(strip_answer_marker("Answer: yes.", true), Some("yes."));
        assert_eq!(strip_answer_marker("A. Lincoln said", true), None);
        assert_eq!(strip_answer_marker("A. Yes.", false), Some("Yes."));
        assert_eq!(strip_answer_marker("A lot of people", false), None);
        assert_eq!(
            strip_answer_marker("Respuesta. Porque sí.", true),
            Some("Porque sí.")
        );
        assert_eq!(strip_answer_marker("Svar: Ja.", true), Some("Ja."));
        assert_eq!(strip_answer_marker("Ответ: Нет.", true), Some("Нет."));
        assert_eq!(strip_answer_marker("答：不会。", true), Some("不会。"));
        assert_eq!(
            strip_answer_marker("Ａ\u{3000}変わらない。", true),
            Some("変わらない。")
        );
        assert_eq!(strip_answer_marker("A2: No.", false), Some("No."));
        assert_eq!(strip_answer_marker("A2: No.", true), None);
        assert_eq!(strip_answer_marker("Answering the call", true), None);
        assert_eq!(
            strip_question_marker("Pregunta. ¿Por qué?"),
            Some("¿Por qué?")
        );
        assert_eq!(strip_question_marker("Вопрос: Когда?"), Some("Когда?"));
        assert_eq!(strip_question_marker("问：什么时候？"), Some("什么时候？"));
        assert_eq!(strip_question_marker("Ｑ\u{3000}なぜ？"), Some("なぜ？"));
        assert_eq!(strip_question_marker("س: متى؟"), Some("متى؟"));
        assert_eq!(strip_question_marker("س1: متى؟"), Some("متى؟"));
        assert_eq!(strip_question_marker("س١٢: متى؟"), Some("متى؟"));
        assert_eq!(strip_question_marker("D: Quando?"), Some("Quando?"));
        assert_eq!(strip_question_marker("D. Trump said?"), None);
        assert_eq!(
            strip_question_marker("Question de Marc : La baisse dure-t-elle ?"),
            Some("La baisse dure-t-elle ?")
        );
        assert_eq!(
            strip_question_marker("Question d'Antoine : Et le gaz ?"),
            Some("Et le gaz ?")
        );
        assert_eq!(
            strip_question_marker("QUESTION (Dan Pruitt, WKMB News 8): Chief, do you know?"),
            Some("Chief, do you know?")
        );
        assert_eq!(strip_question_marker("Question (the) mark"), None);
        assert_eq!(
            strip_question_marker("Question from Priya K.: Why now?"),
            Some("Why now?")
        );
        assert_eq!(strip_question_marker("Question de principe : oui."), None);
        assert_eq!(
            strip_question_marker("Question from a parent in Durham: Can I call?"),
            Some("Can I call?")
        );
        assert_eq!(
            strip_question_marker("Frage von Heike aus Neunkirchen: Zählt sie noch?"),
            Some("Zählt sie noch?")
        );
        assert_eq!(
            strip_question_marker("Question from the floor was long: no."),
            None
        );
        assert_eq!(strip_d_marker("D. Come sta?"), Some("Come sta?"));
        assert_eq!(strip_d_marker("D.J. Smith"), None);
        assert_eq!(
            strip_bare_letter("Q    But is it off?", 'Q'),
            Some("But is it off?")
        );
        assert_eq!(strip_bare_letter("Q scores rose.", 'Q'), None);
        assert_eq!(strip_bare_letter("Quite so.", 'Q'), None);
        assert_eq!(
            strip_bare_letter("A Please don't.", 'A'),
            Some("Please don't.")
        );
        assert_eq!(strip_bare_letter("A lot of people", 'A'), None);
        assert!(is_schedule_slot("20:15 Uhr | Das Erste"));
        assert!(!is_schedule_slot("20:15 Uhr"));
        assert!(is_schedule_slot("8pm | ITV1"));
        assert!(!is_schedule_slot("Posted | 3 days ago"));
        assert_eq!(
            strip_question_marker("सवाल-1: नया नियम क्या है?"),
            Some("नया नियम क्या है?")
        );
        assert_eq!(speaker_label("شفق: کیا؟").map(|(l, _)| l), Some("شفق"));
        assert!(ends_with_question("ปีหน้าสถานการณ์จะดีขึ้นไหมครับ"));
        assert!(ends_with_question("ราคาบัตรมีกี่ระดับ"));
        assert!(!ends_with_question("ใช้เวลาไม่กี่วัน"));
        assert!(ends_with_question("ເດັກນ້ອຍຕ້ອງຊື້ປີ້ບໍ່"));
        assert!(ends_with_question("ຕ້ອງນຳເອກະສານຫຍັງແດ່"));
        assert!(!ends_with_question("ຄວາມເສຍຫາຍບໍ່ຫຼາຍເທົ່າໃດ"));
        assert!(!ends_with_question("ມື້ນີ້ທ້ອງຟ້າແຈ່ມໃສ"));
        assert!(!ends_with_question("หน่วยงานที่เกี่ยวข้อง"));
        assert!(!ends_with_question("ท่วมซ้ำซากมาไม่รู้กี่ครั้ง"));
        assert!(!ends_with_question("ไม่ว่าจะผ่านไปกี่ปีก็ตาม"));
        assert!(ends_with_question("ต้องใช้เอกสารกี่ฉบับในการขอคืนเงินบัตร"));
        assert!(ends_with_question("ปีนี้ฝุ่นหนักเพราะอะไรครับ"));
        assert!(ends_with_question("Որքա՞ն կլինի ուղեվարձը։"));
        // (Burmese's particles ask before its full stop, "လဲ" only after a question word: not
        // "ပြောင်းလဲ", change; nor a paragraph's last sentence.)
        assert!(ends_with_question("၁။ သွေးလွန်တုပ်ကွေး ဆိုတာ ဘာလဲ။"));
        assert!(ends_with_question("ဆေးရုံ ပို့ရမလား။"));
        assert!(!ends_with_question("ရာသီဥတု ပြောင်းလဲ။"));
        assert!(!ends_with_question("ဆရာဝန်က ပြောသည်။ ဘာလဲ။"));
        assert!(is_reader_signature(
            "(Bạn đọc Phạm Quốc Huy, email huy.pq***@gmail.com)"
        ));
        assert!(!is_reader_signature(
            "Housing Team, housing@ashworth.gov.uk"
        ));
        assert!(!ends_with_question("ကမ္ဘာ့ ကော်ဖီ ဖျော်နည်း။"));
        assert!(!is_witness_question("Are you seeing a rise in gun crime?"));
        assert!(is_answer_label("Das sagt die Expertin:"));
        assert!(!is_answer_label("Das sagt alles:"));
        assert!(is_answer_label("Das sagt uns die Expertin:"));
        assert!(is_witness_question("Did you see anything?"));
        assert!(is_witness_question("Can you help identify these people?"));
        assert!(!is_witness_question("Can I get help with housing?"));
        // (A quoted question in a sentence before the last does not make the paragraph ask.)
        assert!(!ends_with_question(
            "Նրա խոսքով՝ «Հարցն այն է՝ որքա՞ն կարժենա հացը։ Եթե գնաճը շարունակվի, այն կհալվի»,– ասում է նա։"
        ));
        assert!(ends_with_question(
            "Գնաճը 5 տոկոս է։ Ինչո՞ւ է թանկանում հացը"
        ));
        // (Armenian's wh-word without its mark is a label: "What the experts say".)
        assert!(!opens_asking("Ինչ են ասում փորձագետները"));
        assert!(ends_with_question("รัฐควรเริ่มทำอะไรครับ"));
        assert!(ends_with_question("ปีหน้าจะดีขึ้นไหมครับ"));
        assert!(ends_with_question("สินค้าอะไรบ้างที่เข้าข่ายต้องเสียภาษี"));
        assert!(ends_with_question("ใครบ้างที่เป็นกลุ่มเสี่ยง"));
        assert!(ends_with_question("อาการแบบไหนควรรีบไปพบแพทย์"));
        assert!(ends_with_question("เครื่องฟอกอากาศช่วยได้จริงหรือ"));
        assert!(!ends_with_question("ไปที่ไหนก็ได้"));
        assert!(!is_all_caps("ค่า AQI กับค่า PM2.5 ต่างกันอย่างไร"));
        assert!(is_all_caps("WHAT HAPPENS NEXT?"));
        assert!(!ends_with_question(
            "ถ้าถามตามตรง ปีหน้าคงยังไม่ต่างจากปีนี้มากค่ะ แต่คนเมืองเริ่มถามแล้วว่าอาหารที่กิน มาจากไหน คะ ไหน"
        ));
        assert!(starts_with_r_marker("R. Bene."));
        assert!(!starts_with_r_marker("R.E.M. played."));
        assert_eq!(strip_question_marker("问题是什么？"), None);
        assert_eq!(strip_question_marker("Questionable?"), None);
    }

    #[test]
    fn numbering() {
        assert_eq!(strip_number("1 How quickly?"), Some((1, "How quickly?")));
        assert_eq!(
            strip_number("2. Lakeland Dry:Soon"),
            Some((2, "Lakeland Dry:Soon"))
        );
        assert_eq!(strip_number("(3) Why?"), Some((3, "Why?")));
        assert_eq!(strip_number("#4 Who?"), Some((4, "Who?")));
        assert_eq!(strip_number("5 - Who?"), Some((5, "Who?")));
        assert_eq!(strip_number("6 — Who?"), Some((6, "Who?")));
        assert_eq!(strip_number("2 - 3 people"), None);
        assert_eq!(
            strip_number("3. ₹12 lakh tak kaise?"),
            Some((3, "₹12 lakh tak kaise?"))
        );
        assert_eq!(strip_number("1.5 million people"), None);
        assert_eq!(strip_number("2019 was a year"), None);
        assert_eq!(strip_number("40 Under 40"), Some((40, "Under 40")));
    }

    #[test]
    fn credits() {
        assert_eq!(
            split_credit("Kerry and Lavrov meet. (AP)"),
            ("Kerry and Lavrov meet.", Some("AP"))
        );
        assert_eq!(
            split_credit("Buttigieg speaks in Las Vegas. Photo: John Locher, AP"),
            ("Buttigieg speaks in Las Vegas.", Some("John Locher, AP"))
        );
        assert_eq!(
            split_credit("Ein Mitglied. (Archivbild) (Quelle: IMAGO/Mahmoud Issa/imago)"),
            (
                "Ein Mitglied. (Archivbild)",
                Some("IMAGO/Mahmoud Issa/imago")
            )
        );
        assert_eq!(
            split_credit("Dylann Roof is escorted, on June 18, 2015. Chuck Burton/AP"),
            (
                "Dylann Roof is escorted, on June 18, 2015.",
                Some("Chuck Burton/AP")
            )
        );
        assert_eq!(
            split_credit("He said it was fine (and it was)."),
            ("He said it was fine (and it was).", None)
        );
        assert_eq!(bare_credit("EPA"), Some("EPA"));
        assert_eq!(bare_credit("Credit: Minky"), Some("Minky"));
        assert_eq!(
            bare_credit("Photo d'illustration : Franck Dubray / L'Écho de l'Estuaire"),
            Some("Franck Dubray / L'Écho de l'Estuaire")
        );
        assert_eq!(
            bare_credit("Photos: Floods leave thousands homeless in Malawi and Mozambique"),
            None
        );
        assert_eq!(
            bare_credit("Win McNamee/Getty Images"),
            Some("Win McNamee/Getty Images")
        );
        assert_eq!(bare_credit("Profile: Julian Assange"), None);
        assert_eq!(bare_credit("OnePlus"), None);
    }

    #[test]
    fn bylines_and_trailers() {
        assert!(closing_lead(
            "Zum Schluss noch: Ihr Lieblingsplatz im Freibad."
        ));
        assert!(!closing_lead("Wichtig: Anmeldung bis Freitag."));
        assert!(is_dash_signature("— Alan W."));
        assert!(!is_dash_signature("— See page 4."));
        assert!(is_buy_line("Velora.fr : 1 899 € | Voir l'offre"));
        assert!(!is_buy_line("The fare rises to €3 | See the map"));
        assert_eq!(
            strip_signed_reader("Pablo, Sonseca. ¿Cuántas titulaciones puedo pedir?"),
            Some("¿Cuántas titulaciones puedo pedir?")
        );
        assert_eq!(
            strip_signed_reader("Paris, France. the city was quiet."),
            None
        );
        assert!(is_ad_label("Sponsored"));
        assert!(is_ad_label("Quảng cáo"));
        assert!(is_ad_label("РЕКЛАМА"));
        assert!(!is_ad_label("Sponsored by the county"));
        assert!(is_trailer_heading("Ouest-France vous recommande"));
        assert!(!is_trailer_heading("Other steps experts recommend:"));
        assert!(headline_case("Is Low Tide the Best Show of the Year?"));
        assert!(!headline_case("What made this one different?"));
        assert!(is_qa_label("Q. & A."));
        assert!(!is_qa_label("Q. Why?"));
        assert_eq!(
            speaker_label("[00:02:10] MAYA OKAFOR: Is my email used?"),
            Some(("MAYA OKAFOR", "Is my email used?"))
        );
        assert_eq!(speaker_label("At 10:30 the court sat."), None);
        assert!(is_byline("Interview by Joe Castellano"));
        assert!(is_byline("Propos recueillis par Anne Martin"));
        assert!(is_byline(
            "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."
        ));
        assert!(is_byline("Von Jakob Hartung"));
        assert!(is_byline("Por Alberto Ávila"));
        assert!(is_byline("Steve Peoples, Ap National Political Writer"));
        assert!(outlet_credit("Óscar Villalobos / El Correo del Valle"));
        assert!(outlet_credit("Lauren Ochs, Tri-County Courier"));
        assert!(!outlet_credit("Owen, Milwaukee"));
        assert!(!outlet_credit("Jane Doe, Springfield"));
        assert!(introduces_interview(
            "Интервју: др Јелена Марковић, алерголог"
        ));
        assert!(introduces_interview("Intervju"));
        assert!(!introduces_interview(
            "Vi trenger flere hender på nattevakt"
        ));
        assert!(is_edit_note(
            "We spoke with her. The interview has been edited for length and clarity."
        ));
        assert!(is_edit_note(
            "La entrevista ha sido editada por extensión y claridad."
        ));
        assert!(!is_edit_note("The rules were edited last year."));
        assert!(is_button_label("Get started →"));
        assert!(is_button_label("Donate"));
        assert!(is_button_label("Yes, I’ll give $5/month"));
        assert!(is_button_label("€8 per month"));
        assert!(!is_button_label("What does $5 a month buy you?"));
        assert!(!is_button_label("Give it time"));
        assert!(is_button_label("Je m’inscris"));
        assert!(!is_button_label("Get started on your return early"));
        assert!(!is_breadcrumb(
            "A: Go to Settings > System > Update and tap Check. If it is there, tap Install."
        ));
        assert!(is_trailer_heading("MORE ASK THE EXPERT"));
        assert!(is_cross_link(
            "Funda nalokhu: Kungani amanzi ebiza kangaka eThekwini?"
        ));
        assert!(is_cross_link(
            "Akhri sidoo kale: Maxaa dib u dhigay doorashada?"
        ));
        assert_eq!(
            strip_answer_marker("→ No. On bike paths", false),
            Some("No. On bike paths")
        );
        assert_eq!(
            strip_question_marker("س : ما الذي تقرئينه؟"),
            Some("ما الذي تقرئينه؟")
        );
        assert_eq!(
            speaker_label("Okonjo (4:12 p.m.): Did the city pay?"),
            Some(("Okonjo (4:12 p.m.)", "Did the city pay?"))
        );
        assert!(announces_answers(
            "I have been asked about it so often that I have decided to put the questions to \
             myself, and answer them."
        ));
        assert!(!announces_answers(
            "Officials could not answer them on Tuesday."
        ));
        assert!(is_reader_signature("(Asked by Jean C., Fore Street)"));
        assert!(is_reader_signature("cedar_and_14th · 112 upvotes"));
        assert!(is_reader_signature(
            "Asked by Arjun, 9, from Glasgow, and lots of you!"
        ));
        assert!(is_reader_signature("DeShawn W. · 58 upvotes"));
        assert!(!is_reader_signature("Posted 3 hours ago · 12 comments"));
        assert!(!is_reader_signature("Reply · 41 likes"));
        assert!(is_reader_signature(
            "Question posée par Bernard le 02/01/2025"
        ));
        assert!(!is_reader_signature(
            "Asked by reporters, she said nothing!"
        ));
        assert!(!is_reader_signature("Asking by post"));
        assert!(!is_reader_signature(
            "(Asked by the council why the road was closed?)"
        ));
        assert_eq!(
            strip_question_marker("【質問】本当でしょうか。"),
            Some("本当でしょうか。")
        );
        assert_eq!(
            strip_question_marker("Q1.旧NISAはどうなりますか？"),
            Some("旧NISAはどうなりますか？")
        );
        assert_eq!(strip_question_marker("Q.E.D. is Latin"), None);
        assert_eq!(
            strip_answer_marker("【回答】いいえ。", false),
            Some("いいえ。")
        );
        assert_eq!(strip_question_marker("【速報】地震"), None);
        assert!(names_cross_examination("Cross-examined by MR ASHDOWN"));
        assert!(!names_cross_examination("What happens at a trial?"));
        assert!(!is_trailer_heading("MORE THAN 40 HOMES FLOODED?"));
        assert!(is_breadcrumb(
            "Home › Self-Help Library › Housing › Know your rights"
        ));
        assert!(is_breadcrumb("News » World » Europe"));
        assert!(!is_breadcrumb(
            "Prices rose > 5% in May, > 4% in June and > 3% in July"
        ));
        assert!(is_cross_link(
            "Related article Why do airline systems keep failing?"
        ));
        assert!(is_cross_link(
            "Read: Auditor flags Sh1.2bn in questionable payments"
        ));
        assert!(!is_cross_link("Read: the mayor's address"));
        assert!(is_media_boilerplate("Listen to this article 5 min"));
        assert!(is_chapter("Chapter 1\n“Is anyone coming?”"));
        assert!(is_chapter("Part IV: The river"));
        assert!(!is_chapter("Part of the problem is cost?"));
        assert!(is_buy_line("Buy now £32, Lakeland.co.uk"));
        assert!(is_buy_line("£79.99, Lakeland"));
        assert!(!is_buy_line(
            "£40 is what most people pay, the survey found."
        ));
        assert!(is_bare_date("14.11.2026"));
        assert!(is_bare_date("2026-11-14"));
        assert!(is_bare_date("14.11.2026, 09:30"));
        assert!(!is_bare_date("1.5 million people"));
        assert!(!is_bare_date("On 14.11.2026 the court ruled."));
        assert!(is_media_label("Listen"));
        assert!(!is_media_label("Listen to this"));
        assert!(is_cta_question("Need help finding an in-network doctor?"));
        assert!(is_box_button("Talk to an Agent"));
        assert!(is_social_handle("Mina Ferreira @minaferreira_pl"));
        assert_eq!(
            strip_question_marker("Q3 The Chair: When were you told?"),
            Some("When were you told?")
        );
        assert_eq!(strip_question_marker("Q3 Revenue: Sales rose 4%."), None);
        assert_eq!(comment_header("[–][deleted]  points 9 hours ago"), None);
        assert_eq!(quickfire_answer("? Tea."), None);
        assert_eq!(edit_link_at("Press [Edit]"), None);
        assert!(ends_on_button("Upgrade for less. From $89. Shop now."));
        assert_eq!(
            untagged("[open bracket never closed"),
            "[open bracket never closed"
        );
        assert_eq!(edit_link_at("Who runs it?[edit]"), Some(12));
        assert_eq!(edit_link_at("See [edit]"), None);
        assert_eq!(edit_link_at("[edit]"), None);
        assert_eq!(quickfire_answer("Tea or coffee? Tea."), Some(15));
        assert_eq!(quickfire_answer("Tea or coffee?"), None);
        assert!(is_quickfire_label("Quick-fire round"));
        assert_eq!(
            untagged("[SOLVED] Why won't it wake?"),
            "Why won't it wake?"
        );
        assert_eq!(untagged("[Verse 1 of 3] x"), "[Verse 1 of 3] x");
        assert!(tags_dialogue("“No, Pip,” she said. “Ask Walter.”"));
        assert!(tags_dialogue("\"Yes!\" said Pip."));
        assert!(!tags_dialogue("The sign said \"closed\" all week."));
        assert!(asked_after_quote("“Have you seen my mitten?” asked Pip."));
        assert!(!asked_after_quote(
            "“Have you seen my mitten?” asks Tom, Derby."
        ));
        assert!(is_song_part("[Verse 2]") && is_song_part("[Bridge: Joel Abara]"));
        assert!(!is_song_part("[Applause]"));
        // (Armenian: a reader's long first sentence asks, a short opening one does not.)
        assert!(ends_with_question(
            "Կարո՞ղ եմ վտարել վարձակալին առանց դատարանի։ Նա երեք ամիս է չի վճարում։"
        ));
        assert!(!ends_with_question(
            "Ինչո՞ւ։ Որովհետև մենք այդպես որոշեցինք։"
        ));
        assert!(ends_with_question("Ի՞նչ կփոխվի 2025 թ. հունվարի 1-ից"));
        assert!(is_running_head(
            "THE CALDER COURIER Thursday, 5 March 2026 17"
        ));
        assert!(!is_running_head(
            "THE CALDER COURIER Thursday, 5 March 2026"
        ));
        assert!(!is_running_head("Calder Courier Thursday, 5 March 2026 17"));
        assert!(is_verse(
            "¿Por qué gritas, pájaro,\ncuando el sol aún no sale?\n¿Quién te llama"
        ));
        // (Not an address, nor opening hours: capitals and figures after each break.)
        assert!(!is_verse("Council Offices,\nHigh Street,\nLeeds LS1 1UR"));
        assert!(!is_verse(
            "Monday to Friday: 9am to 5pm\nSaturday: 10am to 2pm\nSunday closed"
        ));
        assert!(ends_on_button("Upgrade for less. From $89. Shop now"));
        assert!(!ends_on_button("Shop now"));
        assert!(!is_social_handle("Write to us @ the usual address"));
        assert!(!is_social_handle("@minaferreira_pl"));
        assert!(!is_box_button("Talking points"));
        assert!(!is_cta_question("Do I need a referral?"));
        assert!(is_subject_first_cta("Sie haben eine Kündigung erhalten?"));
        assert!(is_subject_first_cta("Vous avez reçu un avis d'expulsion ?"));
        assert!(!is_subject_first_cta("Haben Sie eine Kündigung erhalten?"));
        assert!(!is_subject_first_cta(
            "You've been told your job is going. Where can you get help?"
        ));
        assert!(calls_us(
            "Contactez-nous ou appelez-nous au 01 44 55 66 77."
        ));
        assert!(calls_us("Rufen Sie uns an oder schreiben Sie uns."));
        assert!(!calls_us("Appelez le 3919, gratuit et anonyme."));
        assert!(calls_to_act(
            "Our advocates are here to help. Call 555-0122."
        ));
        assert!(!calls_to_act("The plan covers visits until December."));
        assert!(is_score_line("Arsenal 2-1 Chelsea: Saka settles it late"));
        assert!(is_score_line(
            "Sheffield Wednesday 0 Coventry City 3: Three goals in 19 minutes"
        ));
        assert!(is_score_line("Leeds 0–3 Burnley"));
        assert!(!is_score_line(
            "Windows 11 Update 2 arrives with new features"
        ));
        assert!(!is_score_line("The 2-1 vote went the mayor's way"));
        assert!(!is_score_line("Covid-19 cases rise in 3 regions"));
        assert!(!is_score_line(
            "Supreme Court Rules 6-3 On Tariff Powers: What It Means For You"
        ));
        assert!(!is_score_line(
            "Covid Shots For Kids Ages 5-11: Your Questions Answered"
        ));
        assert!(!is_score_line("Season 2 Episode 10"));
        assert!(is_box_label("Did you know?"));
        assert!(!is_box_label("Did you know the deadline moved?"));
        assert!(is_byline("Staff writer"));
        assert!(is_byline("Role, Environment reporter"));
        assert!(!is_byline("The writer"));
        assert!(!is_byline("By the end of the day, nothing had changed."));
        assert!(is_bare_name("Rebecca Hersher"));
        assert!(!is_bare_name("High demand"));
        assert!(is_copyright(
            "Copyright 2016 NPR. To see more, visit http://www.npr.org/."
        ));
        assert!(is_copyright("Riproduzione riservata © Copyright ANSA"));
        assert!(is_copyright(
            "© Motorists' Guild 2025. Registered in England and Wales. Company no. 04418823. The \
             information on this page is for general guidance only."
        ));
        assert!(is_faq_heading("Domande e risposte"));
        assert_eq!(num(0), "0");
        assert_eq!(num(7), "7");
        assert_eq!(num(1_048_576), "1048576");
        assert_eq!(num(usize::MAX), usize::MAX.to_string());
        assert!(addresses_someone("Tell me about the campaign."));
        assert!(addresses_someone(
            "Your opponent called your plan a fantasy."
        ));
        assert!(addresses_someone("Erzählen Sie uns von Ihrer Kindheit."));
        assert!(!addresses_someone(
            "Beim zweiten Anruf hat sie gefragt, wie lange der Dreh dauert."
        ));
        assert!(!addresses_someone("Das war ihre Idee, nicht seine."));
        assert!(addresses_someone("Das war Ihre Idee, nicht meine."));
        assert!(!addresses_someone("The short answer is no."));
        assert!(!addresses_someone("What would I tell my younger self?"));
        assert!(!addresses_someone("Kto tu koho vydiera?"));
        assert!(addresses_someone("Et toi, qu'as-tu fait ?"));
        assert!(is_faq_heading("Vanliga frågor om elpriset"));
        assert!(is_editors_note(
            "Dieser Artikel ist eine Übersetzung, im Original ist er in einer Tageszeitung erschienen."
        ));
        assert!(is_citation("Reporting by Jane Smith; Editing by John Doe"));
        assert!(is_citation("Übersetzung: A. B., Redaktion: C. D."));
        assert!(is_copyright("Texto © 2026 Folha"));
        assert!(!is_copyright(
            "The agency said the photograph, marked © on every print, had been sold to dozens of newspapers over the years."
        ));
        assert!(is_wh_phrase("What happened"));
        assert!(is_wh_phrase("2. Who’s in charge now"));
        assert!(is_wh_phrase("Wie es weitergeht"));
        assert!(!is_wh_phrase("What happened?"), "asks already");
        assert!(!is_wh_phrase("What a day it was."), "a sentence");
        assert!(!is_wh_phrase("Why it matters:"), "a lead-in");
        assert!(!is_wh_phrase("The response"));
        assert!(is_wh_phrase("Can I travel while I wait"));
        assert!(are_choices(&[
            "A. 1,214 pounds",
            "B. 2,031 pounds",
            "C. 2,560 pounds"
        ]));
        assert!(are_choices(&[
            "Yes, more than once",
            "Yes, once",
            "No",
            "I don't use the ferry"
        ]));
        assert!(are_choices(&["Sí, i encara més", "No"]));
        assert!(are_choices(&[
            "Yes - move it!",
            "No, I've seen worse",
            "It's a public road, so anyone can park there legally"
        ]));
        assert!(!are_choices(&["Passport", "Proof of address"]));
        assert!(!are_choices(&[
            "No. The old meters will no longer be read after March."
        ]));
        assert!(!are_choices(&["B. 2,031 pounds", "A. 1,214 pounds"]));
        assert!(asks_unmarked("Hur nära ett hus får man gå"));
        assert!(asks_unmarked("Who is eligible"));
        assert!(asks_unmarked("3. What happens next"));
        assert!(asks_unmarked("Is it safe to travel"));
        assert!(asks_unmarked("Miksi hinta nousee näin korkeaksi"));
        assert!(asks_unmarked("Riittääkö sähkö"));
        assert!(asks_unmarked("Qué es el aguinaldo"));
        assert!(asks_unmarked("Cuánto cobro si no trabajé los seis meses"));
        assert!(!asks_unmarked("Que es lo que hay"));
        assert!(!asks_unmarked("Kökö"));
        assert!(!asks_unmarked("How to apply"));
        assert!(!asks_unmarked("Why it matters"));
        assert!(!asks_unmarked("What the rules say"));
        assert!(!asks_unmarked("Wie es weitergeht"));
        assert!(!asks_unmarked("What you need to know"));
        assert!(!asks_unmarked("Who is eligible?"), "asks already");
        assert!(!asks_unmarked("Was Kritiker sagen"));
        assert!(!asks_unmarked("What critics say"));
        assert!(asks_unmarked("What's the difference"));
        assert!(asks_unmarked("Was passiert jetzt"));
        assert!(!asks_unmarked("„Wie gut, dass du mich überredet hast“"));
        assert!(is_explainer_title("Shooting at the mall: what we know"));
        assert!(is_explainer_title(
            "Was wir über den Anschlag wissen – die wichtigsten Fragen"
        ));
        assert!(!is_explainer_title("Mall reopens after a week"));
        assert!(is_contact_details(
            "Member Services: 1-800-555-0147 (TTY 711)"
        ));
        assert!(!is_contact_details(
            "Call us between 8am and 8pm on weekdays."
        ));
        assert!(is_help_request("Tell me how to reset my PIN"));
        assert!(is_help_request("Explain the foreign transaction fee"));
        assert!(!is_help_request("Tell the nurse if you are scared"));
        assert!(!invites_response(
            "Tell us at least 14 days before your moving date."
        ));
        assert!(invites_response(
            "Tell us what you think in the comments below."
        ));
        assert!(is_comments_heading("7 comentarii"));
        assert!(is_comments_heading("12 komentarzy"));
        assert!(is_reply_header(
            "On Tue, 4 Mar 2025 at 09:12, Dana Holt <dana.holt@example.org> wrote:"
        ));
        assert!(is_reply_header("-----Original Message-----"));
        assert!(!is_reply_header(
            "On Tuesday the council wrote to every tenant."
        ));
        assert!(says_asked_of_us(
            "But fixing isn’t right for everyone. Here are the questions we get asked most often."
        ));
        assert!(!says_asked_of_us(
            "These are the questions letting agents rarely volunteer answers to."
        ));
        assert!(!is_explainer_title(
            "Late collapse leaves Mayhew asking questions of his defence"
        ));
        assert!(!is_explainer_title(
            "Audit raises questions over the new stadium"
        ));
        assert!(is_explainer_title("Stadium deal: your questions answered"));
        assert!(is_explainer_title("Frequently asked questions"));
        assert!(is_explainer_title(
            "Parkování v centru: co se od ledna mění a na co si dát pozor"
        ));
        assert!(!is_explainer_title(
            "Parkování v centru: co se od ledna mění"
        ));
        assert!(!is_explainer_title(
            "Carol Vorderman: what I do when I can't sleep"
        ));
        assert!(is_faq_heading("Heated clothes airer FAQ"));
        assert!(is_faq_heading("Frequently Asked Questions"));
        assert!(!is_faq_heading("How I tested the best clothes airers"));
        assert!(is_citation(
            "foxnews.com: Venezuelan tanker evades US Coast Guard (Englisch)"
        ));
        assert!(is_signature("— Ronn Rowland"));
        assert!(!is_signature("— and then it rained."));
        assert!(is_separator("___"));
        assert!(is_separator("* * *"));
        assert!(is_separator(&"-".repeat(60)));
        assert!(!is_separator(&"_".repeat(44)));
        assert!(!is_separator(&"=".repeat(81)));
    }

    #[test]
    fn counting() {
        assert_eq!(word_count("one two  three"), 3);
        assert_eq!(word_count("这是什么"), 2);
        assert!(is_all_caps("WHO IS THE FRONT-RUNNER?"));
        assert!(!is_all_caps("Who is the front-runner?"));
        assert!(!is_all_caps("OPPO"));
    }

    #[test]
    fn step_labels() {
        assert!(is_step_label("Step 1. Is it before 9am?"));
        assert!(is_step_label("STEP 12: Did it rain?"));
        assert!(is_step_label("Étape 3 : Le sol est-il sec ?"));
        assert!(is_step_label("Schritt 2 Ist der Boden trocken?"));
        assert!(!is_step_label("Step by step: how does it work?"));
        assert!(!is_step_label("Steps 1 and 2 are optional?"));
        assert!(!is_step_label("Is step 1 needed?"));
    }

    #[test]
    fn placeholders_and_yes_no_replies() {
        assert!(is_placeholder("Answer coming soon."));
        assert!(is_placeholder("TBC"));
        assert!(!is_placeholder("Coming soon: a new bridge."));
        assert!(opens_yes_no("Yes, but try not to swallow any."));
        assert!(opens_yes_no("No. The ban stays."));
        assert!(!opens_yes_no("No one knows yet."));
    }

    #[test]
    fn trust_boxes() {
        assert!(calls_for_questions("Why trust CentsibleMoney?"));
        assert!(calls_for_questions("Why you can trust Tom's Guide?"));
        assert!(calls_for_questions("Why trust us?"));
        assert!(!calls_for_questions("Why trust the polls?"));
        assert!(!calls_for_questions("Why trust AI with your taxes?"));
    }

    #[test]
    fn readers_signed_by_place() {
        assert!(is_reader_signature("Name withheld, Bristol"), "a");
        assert!(is_reader_signature("Reader in Harrogate"), "b");
        assert!(is_reader_signature("A subscriber from Co Cork"), "c");
        assert!(!is_reader_signature("Readers in Harrogate say no"), "d");
        assert!(!is_reader_signature("Reader in chief"), "e");
    }
}

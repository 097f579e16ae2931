//! Prints the blocks an HTML (or, for a `.txt` file, a plain-text) file is read into (for
//! debugging the readers):
//! `cargo run --release --example dump_blocks -- FILE`. With `--roles` after the file, each block's
//! role, word count, sentence flag, and whether it asks or is a rail's teaser, as the classifier's first pass (`prepare`) sees them.
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let input = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = if path.ends_with(".txt") {
        qa_explainer::text::read_text(&input)
    } else {
        qa_explainer::html::read_html(&input)
    };
    if std::env::args().nth(2).as_deref() == Some("--roles") {
        let p = qa_explainer::classify::prepare::prepare(&doc);
        for (i, b) in doc.blocks.iter().enumerate() {
            let text: String = b.text.chars().take(70).collect();
            let f = p.feats[i];
            println!(
                "{i:3} {:?} w{} s{}{}{} | {text}",
                p.roles[i],
                f.words,
                u8::from(f.sentence),
                if f.asks { " asks" } else { "" },
                if f.teaser { " teaser" } else { "" }
            );
        }
        return;
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        let text: String = b.text.chars().take(70).collect();
        println!("{i:3} {:?} {:?} g{} | {text}", b.kind, b.flags, b.group);
    }
}

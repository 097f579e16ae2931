//! Prints the blocks an HTML (or, for a `.txt` file, a plain-text) file is read into (for
//! debugging the readers):
//! `cargo run --release --example dump_blocks -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let input = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = if path.ends_with(".txt") {
        qa_explainer::text::read_text(&input)
    } else {
        qa_explainer::html::read_html(&input)
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        let text: String = b.text.chars().take(70).collect();
        println!("{i:3} {:?} {:?} g{} | {text}", b.kind, b.flags, b.group);
    }
}

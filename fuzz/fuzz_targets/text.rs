#![no_main]
//! Plain text: no panic, valid output. `cargo fuzz run text fuzz/seeds`
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(ex) = qa_explainer::parse_text(s) {
            invariants::check(&ex, s.len());
        }
    }
});

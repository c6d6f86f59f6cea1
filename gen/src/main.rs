//! `cargo run -p township-duties-gen [-- --check | --dump]`
//!
//! Without arguments, (re)writes `src/gen/*.rs` of the crate at the
//! workspace root. `--check` writes nothing and exits 1 if a file differs.
//! `--dump` prints the parsed items in a readable form, for review.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("gen/ has a parent");
    let arg = std::env::args().nth(1);
    if arg.as_deref() == Some("--dump") {
        return match township_duties_gen::load(root) {
            Ok(p) => {
                for item in &p.items {
                    print!("{}", township_duties_gen::review(item, &p.departments));
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let files = match township_duties_gen::generate(root) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let check = arg.as_deref() == Some("--check");
    let mut stale = 0;
    for (rel, text) in files {
        let path = root.join(&rel);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old == text {
            continue;
        }
        if check {
            eprintln!("stale: {}", rel.display());
            stale += 1;
        } else if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: {}: {e}", rel.display());
            return ExitCode::FAILURE;
        } else {
            println!("wrote {}", rel.display());
        }
    }
    if stale > 0 {
        eprintln!(
            "{stale} generated file(s) differ from data/: run `{}`",
            township_duties_gen::COMMAND
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

//! The checked-in tables under `src/gen/` are what the generator makes of
//! `data/` now (the same check as `cargo run -p township-duties-gen -- --check`).

use std::path::Path;

#[test]
fn generated_tables_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = township_duties_gen::generate(root).expect("the generator runs on data/");
    assert_eq!(files.len(), 5);
    for (rel, want) in files {
        let have = std::fs::read_to_string(root.join(&rel)).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run `{}`",
            rel.display(),
            township_duties_gen::COMMAND
        );
    }
}

#[test]
fn provenance_matches_the_source() {
    let src =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/source.txt"))
            .unwrap();
    assert_eq!(township_duties::provenance::SOURCE_BYTES, src.len());
    assert_eq!(
        township_duties::provenance::SOURCE_LINES,
        src.lines().count()
    );
    assert_eq!(
        township_duties::provenance::SOURCE_FNV1A64,
        township_duties_gen::render::fnv1a64(src.as_bytes())
    );
}

//! Search quality, by query kind (fragment, colloquial, typo, pinyin,
//! traditional, department, question, exact, negative), each query with the
//! ids acceptable at rank 1:
//!
//! - `tests/data/queries.tsv`, 276 queries: the development set. The
//!   synonym table and the ranking were tuned while looking at its misses.
//! - `tests/data/heldout.tsv`, 115 queries: written afterwards by someone
//!   who saw neither the engine nor the development set, and not tuned on.
//! - `tests/data/heldout2.tsv`, 140 queries: a second blind set, mostly
//!   whole questions and colloquial phrasings plus 30 negatives, some of
//!   them sharing a word with a listed duty. Not tuned on either.
//!
//! The held-out figures are the honest estimate of quality on new queries.
//!
//! ```text
//! cargo test --release --test search_quality -- --nocapture --test-threads 1
//! ```
//! prints Hit@1 and MRR per kind for both and lists the misses.

use std::collections::BTreeMap;
use township_duties::{catalog, Verdict};

struct Row {
    kind: String,
    query: String,
    expected: Vec<String>,
}

fn rows(text: &str) -> Vec<Row> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Row {
                kind: cols[0].to_string(),
                query: cols[1].to_string(),
                expected: cols
                    .get(2)
                    .map(|e| e.split_whitespace().map(String::from).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    n: usize,
    hit1: usize,
    rr: f64,
}

/// The figures of one query set.
struct Report {
    hit1: f64,
    mrr: f64,
    per_kind: Vec<(String, f64)>,
    negatives_ok: usize,
    negatives: usize,
}

fn evaluate(name: &str, text: &str) -> Report {
    println!("\n== {name}");
    let mut per_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut misses = Vec::new();
    let mut negatives_ok = 0;
    let mut negatives = 0;
    let mut confident_positives = 0;
    for row in rows(text) {
        let answer = catalog().who_handles(&row.query);
        if row.kind == "negative" {
            negatives += 1;
            if matches!(answer.verdict(), Verdict::NotListed) {
                negatives_ok += 1;
                if let Some(top) = answer.hits().first() {
                    println!(
                        "negative {} -> {} ({:.2}) {}",
                        row.query,
                        top.duty().id(),
                        top.score(),
                        top.duty().name()
                    );
                }
            } else {
                let top = &answer.hits()[0];
                misses.push(format!(
                    "negative  {}  -> {} ({:.2}) {}",
                    row.query,
                    top.duty().id(),
                    top.score(),
                    top.duty().name()
                ));
            }
            continue;
        }
        let hits = answer.hits();
        let rank = hits
            .iter()
            .position(|h| row.expected.iter().any(|e| *e == h.duty().id().to_string()));
        let t = per_kind.entry(row.kind.clone()).or_default();
        t.n += 1;
        all.n += 1;
        if rank == Some(0) {
            t.hit1 += 1;
            all.hit1 += 1;
        }
        if let Some(r) = rank {
            t.rr += 1.0 / (r as f64 + 1.0);
            all.rr += 1.0 / (r as f64 + 1.0);
        }
        let confident = !matches!(answer.verdict(), Verdict::NotListed);
        confident_positives += usize::from(confident && rank == Some(0));
        if rank != Some(0) || !confident {
            let top = hits
                .first()
                .map(|h| format!("{} ({:.2}) {}", h.duty().id(), h.score(), h.duty().name()))
                .unwrap_or_else(|| "-".into());
            misses.push(format!(
                "{:<11} {}  expected {} at rank {}{}  top: {}",
                row.kind,
                row.query,
                row.expected.join("/"),
                rank.map_or("-".to_string(), |r| (r + 1).to_string()),
                if confident { "" } else { " [not confident]" },
                top
            ));
        }
    }
    println!("{:<12} {:>4} {:>7} {:>7}", "kind", "n", "Hit@1", "MRR");
    for (kind, t) in &per_kind {
        println!(
            "{:<12} {:>4} {:>7.3} {:>7.3}",
            kind,
            t.n,
            t.hit1 as f64 / t.n as f64,
            t.rr / t.n as f64
        );
    }
    println!(
        "{:<12} {:>4} {:>7.3} {:>7.3}",
        "all",
        all.n,
        all.hit1 as f64 / all.n as f64,
        all.rr / all.n as f64
    );
    println!(
        "{:<12} {:>4} {:>7.3}   (not-on-any-list verdicts)",
        "negative",
        negatives,
        negatives_ok as f64 / negatives as f64
    );
    println!(
        "{:<12} {:>4} {:>7.3}   (right duty at rank 1 and named by who_handles)",
        "verdict",
        all.n,
        confident_positives as f64 / all.n as f64
    );
    println!(
        "\nmisses, and right answers below the confidence threshold ({}):",
        misses.len()
    );
    for m in &misses {
        println!("  {m}");
    }
    Report {
        hit1: all.hit1 as f64 / all.n as f64,
        mrr: all.rr / all.n as f64,
        per_kind: per_kind
            .iter()
            .map(|(k, t)| (k.clone(), t.hit1 as f64 / t.n as f64))
            .collect(),
        negatives_ok,
        negatives,
    }
}

fn check(r: &Report, min_hit1: f64, min_mrr: f64, min_kind: f64, min_negatives: f64) {
    assert!(r.hit1 >= min_hit1, "Hit@1 {:.3}", r.hit1);
    assert!(r.mrr >= min_mrr, "MRR {:.3}", r.mrr);
    for (kind, h) in &r.per_kind {
        assert!(*h >= min_kind, "Hit@1 of {kind}: {h:.3}");
    }
    let neg = r.negatives_ok as f64 / r.negatives as f64;
    assert!(
        neg >= min_negatives,
        "negatives with the not-on-any-list verdict: {}/{}",
        r.negatives_ok,
        r.negatives
    );
}

/// The issue's bar on the development set.
#[test]
fn quality() {
    let r = evaluate(
        "development set (tests/data/queries.tsv)",
        include_str!("data/queries.tsv"),
    );
    check(&r, 0.90, 0.93, 0.75, 1.0);
}

/// The held-out set, never tuned on: the same bar for ranking; for the
/// not-on-any-list verdict, a floor under what it measured when it was
/// written (12 of 15), so that a regression shows.
#[test]
fn heldout_quality() {
    let r = evaluate(
        "held-out set (tests/data/heldout.tsv)",
        include_str!("data/heldout.tsv"),
    );
    check(&r, 0.90, 0.93, 0.75, 0.8);
}

/// The second held-out set, never tuned on: harder (long colloquial
/// questions). Floors under what it measured when it was written, so that a
/// regression shows; the issue's bar is not met here, and the README says so.
#[test]
fn heldout2_quality() {
    let r = evaluate(
        "held-out set 2 (tests/data/heldout2.tsv)",
        include_str!("data/heldout2.tsv"),
    );
    check(&r, 0.80, 0.85, 0.65, 0.85);
}

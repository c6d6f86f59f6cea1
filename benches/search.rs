//! Search latency, against nucleo-matcher on the same texts.
//!
//! ```text
//! cargo bench --bench search
//! ```
//!
//! First prints a table measured directly (median of repeated runs per
//! query, then p50/p90 over the queries of each kind), with nucleo's time
//! for the same queries over each duty's full text and the ratio; then the
//! criterion benchmarks: per kind, nucleo, cold start (index build plus
//! first query) and a 10,000-character query.

use criterion::{criterion_group, criterion_main, Criterion};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};
use township_duties::catalog;
use township_duties::search::{Field, Index};

/// (kind, query) from the quality suite.
fn queries() -> Vec<(String, String)> {
    include_str!("../tests/data/queries.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?.to_string(), cols.next()?.to_string()))
        })
        .collect()
}

/// Every duty's texts joined, as nucleo haystacks.
fn haystacks() -> Vec<Utf32String> {
    catalog()
        .duties()
        .map(|d| {
            let text: Vec<&str> = Field::all_of(d).filter_map(|f| f.text(d)).collect();
            Utf32String::from(text.join(" ").as_str())
        })
        .collect()
}

/// Nucleo's top 10 for `q` over the haystacks.
fn nucleo_top10(q: &str, hay: &[Utf32String], matcher: &mut Matcher) -> Vec<(usize, u32)> {
    let pattern = Pattern::parse(q, CaseMatching::Ignore, Normalization::Smart);
    let mut scored: Vec<(usize, u32)> = hay
        .iter()
        .enumerate()
        .filter_map(|(i, h)| pattern.score(h.slice(..), matcher).map(|s| (i, s)))
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.truncate(10);
    scored
}

fn median_time(mut f: impl FnMut(), reps: usize) -> Duration {
    let mut times: Vec<Duration> = (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[reps / 2]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn print_table() {
    let index = Index::global();
    let hay = haystacks();
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut by_kind: BTreeMap<String, (Vec<Duration>, Vec<Duration>)> = BTreeMap::new();
    let mut short = (Vec::new(), Vec::new());
    for (kind, q) in queries() {
        let ours = median_time(|| drop(black_box(index.search(black_box(&q)))), 31);
        let theirs = median_time(
            || drop(black_box(nucleo_top10(black_box(&q), &hay, &mut matcher))),
            31,
        );
        let e = by_kind.entry(kind).or_default();
        e.0.push(ours);
        e.1.push(theirs);
        if q.chars().count() <= 8 {
            short.0.push(ours);
            short.1.push(theirs);
        }
    }
    println!(
        "\nper-query latency (median of 31 runs per query), township-duties vs nucleo-matcher 0.3"
    );
    println!(
        "{:<14} {:>4} {:>10} {:>10} {:>12} {:>8}",
        "kind", "n", "p50", "p90", "nucleo p50", "ratio"
    );
    let row = |name: &str, ours: &mut Vec<Duration>, theirs: &mut Vec<Duration>| {
        ours.sort();
        theirs.sort();
        let (p50, p90, n50) = (
            percentile(ours, 0.5),
            percentile(ours, 0.9),
            percentile(theirs, 0.5),
        );
        println!(
            "{:<14} {:>4} {:>10.1?} {:>10.1?} {:>12.1?} {:>7.1}x",
            name,
            ours.len(),
            p50,
            p90,
            n50,
            n50.as_secs_f64() / p50.as_secs_f64()
        );
    };
    for (kind, (ours, theirs)) in by_kind.iter_mut() {
        row(kind, ours, theirs);
    }
    row("<= 8 chars", &mut short.0, &mut short.1);
    let t = Instant::now();
    let fresh = Index::build();
    let built = t.elapsed();
    let first = median_time(|| drop(black_box(fresh.search("宅基地"))), 1);
    println!(
        "cold start: index build {built:.2?} + first query {first:.2?}; index heap size {} bytes",
        fresh.heap_size()
    );
    let long: String = "村民建房审批找谁宅基地".repeat(1000);
    let long_t = median_time(|| drop(black_box(index.search(black_box(&long)))), 11);
    println!("10,000-character query: {long_t:.2?}\n");
}

fn benches(c: &mut Criterion) {
    print_table();
    let index = Index::global();
    let hay = haystacks();
    let mut by_kind: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (kind, q) in queries() {
        by_kind.entry(kind).or_default().push(q);
    }
    let mut group = c.benchmark_group("search_all_queries_of_kind");
    for (kind, qs) in &by_kind {
        group.bench_function(kind.as_str(), |b| {
            b.iter(|| {
                for q in qs {
                    black_box(index.search(black_box(q)));
                }
            })
        });
    }
    group.finish();
    let mut group = c.benchmark_group("nucleo_all_queries_of_kind");
    let mut matcher = Matcher::new(Config::DEFAULT);
    for (kind, qs) in &by_kind {
        group.bench_function(kind.as_str(), |b| {
            b.iter(|| {
                for q in qs {
                    black_box(nucleo_top10(black_box(q), &hay, &mut matcher));
                }
            })
        });
    }
    group.finish();
    c.bench_function("cold_start_build_and_first_query", |b| {
        b.iter(|| {
            let index = Index::build();
            black_box(index.search(black_box("宅基地")));
        })
    });
    let long: String = "村民建房审批找谁宅基地".repeat(1000);
    c.bench_function("query_10000_chars", |b| {
        b.iter(|| black_box(index.search(black_box(&long))))
    });
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! {
    name = search;
    config = config();
    targets = benches
}
criterion_main!(search);

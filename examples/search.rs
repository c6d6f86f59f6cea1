//! Search the duty lists and say who handles a matter.
//!
//! ```text
//! cargo run --release --example search -- 村民建房审批找谁
//! cargo run --release --example search -- --json 宅基地 工伤认定
//! echo 狗咬人了谁管 | cargo run --release --example search
//! cargo run --release --example search -- --stats
//! ```
//!
//! Each query prints the verdict and a ranked table: id, list, category,
//! the name with the matched part in 【】, and why it matched. `--json`
//! prints one JSON object per query (JSON Lines) instead. Without a query
//! argument, queries are read from standard input, one per line.

use std::io::{BufRead, Write};
use township_duties::search::{Index, MatchReason, SearchHit, WhoHandles};
use township_duties::{catalog, Field, Verdict};

fn reason_text(hit: &SearchHit, r: &MatchReason) -> String {
    let duty = hit.duty();
    let text = r.field().text(duty).unwrap_or("");
    let parts: Vec<String> = r
        .ranges()
        .iter()
        .map(|rg| text.chars().skip(rg.start).take(rg.len()).collect())
        .collect();
    format!("{} {} 「{}」", r.field(), r.kind(), parts.join("…"))
}

fn print_table(query: &str, answer: &WhoHandles, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "查询：{query}")?;
    writeln!(out, "结论：{}", answer.verdict())?;
    if let Verdict::Shared(d) = answer.verdict() {
        if let Some(c) = d.cooperation() {
            for s in c.township() {
                write!(out, "  乡配合职责：\n{}", indent(&s.to_string()))?;
            }
        }
    }
    for (i, hit) in answer.hits().iter().enumerate() {
        let d = hit.duty();
        let name = hit
            .reasons()
            .iter()
            .find(|r| r.field() == Field::Name)
            .map(|r| r.highlight(d, "【", "】"))
            .unwrap_or_else(|| d.name().to_string());
        let why: Vec<String> = hit.reasons().iter().map(|r| reason_text(hit, r)).collect();
        writeln!(
            out,
            "{:>2}. {:<4} {:<4} {:.3}  [{}] {}\n      {}",
            i + 1,
            d.id().to_string(),
            d.list().short_chinese_name(),
            hit.score(),
            d.category(),
            name,
            why.join("; ")
        )?;
    }
    writeln!(out)
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

fn json(query: &str, answer: &WhoHandles) -> serde_json::Value {
    let verdict = match answer.verdict() {
        Verdict::Township(_) => "township",
        Verdict::Shared(_) => "shared",
        Verdict::TakenOver(..) => "taken_over",
        Verdict::Discontinued(_) => "discontinued",
        Verdict::NotListed => "not_listed",
    };
    let hits: Vec<serde_json::Value> = answer
        .hits()
        .iter()
        .map(|h| {
            let d = h.duty();
            serde_json::json!({
                "id": d.id().to_string(),
                "list": d.list().key(),
                "category": d.category().chinese_name(),
                "name": d.name(),
                "score": h.score(),
                "reasons": h.reasons().iter().map(|r| serde_json::json!({
                    "field": r.field().to_string(),
                    "kind": r.kind().label(),
                    "ranges": r.ranges().iter().map(|rg| [rg.start, rg.end]).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::json!({
        "query": query,
        "verdict": verdict,
        "verdict_text": answer.verdict().to_string(),
        "duty": answer.verdict().duty().map(|d| d.id().to_string()),
        "hits": hits,
    })
}

fn main() -> std::io::Result<()> {
    let mut as_json = false;
    let mut queries = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => as_json = true,
            "--stats" => {
                let t = std::time::Instant::now();
                let index = Index::build();
                let built = t.elapsed();
                let (mut texts, mut chars) = (0, 0);
                for d in catalog().duties() {
                    for f in Field::all_of(d) {
                        texts += 1;
                        chars += f.text(d).map_or(0, |t| t.chars().count());
                    }
                }
                println!(
                    "index heap size: {} bytes ({:.1} KiB); built in {:?}; {} texts, {} characters",
                    index.heap_size(),
                    index.heap_size() as f64 / 1024.0,
                    built,
                    texts,
                    chars
                );
                return Ok(());
            }
            _ => queries.push(arg),
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let run = |q: &str, out: &mut std::io::StdoutLock| -> std::io::Result<()> {
        let answer = catalog().who_handles(q);
        if as_json {
            writeln!(out, "{}", json(q, &answer))
        } else {
            print_table(q, &answer, out)
        }
    };
    if queries.is_empty() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            if !line.trim().is_empty() {
                run(&line, &mut out)?;
            }
        }
    } else {
        for q in &queries {
            run(q, &mut out)?;
        }
    }
    Ok(())
}

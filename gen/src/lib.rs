//! Generator of the `township-duties` crate's embedded tables.
//!
//! Reads `data/source.txt` (the official text), `data/categories.tsv` and
//! `data/departments.tsv` (human-curated) from the crate root and writes
//! `src/gen/*.rs`. Run it with `cargo run -p township-duties-gen`; with
//! `--check` it writes nothing and fails if a checked-in table differs.

#![forbid(unsafe_code)]

pub mod coop;
pub mod model;
pub mod parse;
pub mod relations;
pub mod render;

use model::*;
use std::path::{Path, PathBuf};

/// The command that regenerates the tables, named in their headers.
pub const COMMAND: &str = "cargo run -p township-duties-gen";

/// Everything the generator reads, parsed and checked.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub source: String,
    pub categories: Vec<CategoryRow>,
    pub departments: Departments,
    pub items: Vec<Item>,
}

fn read(root: &Path, rel: &str) -> Result<String, String> {
    std::fs::read_to_string(root.join(rel)).map_err(|e| format!("{rel}: {e}"))
}

/// Rows of a tab-separated file, without `#` comments and blank lines.
fn tsv(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn list_field(s: Option<&&str>) -> Vec<String> {
    s.map(|s| {
        s.split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect()
    })
    .unwrap_or_default()
}

/// Reads and parses the crate's `data/`.
pub fn load(root: &Path) -> Result<Parsed, String> {
    let source = read(root, "data/source.txt")?;
    let categories: Vec<CategoryRow> = tsv(&read(root, "data/categories.tsv")?)
        .map(|r| match r.as_slice() {
            [v, n] => Ok(CategoryRow {
                variant: v.to_string(),
                name: n.to_string(),
            }),
            _ => Err(format!("data/categories.tsv: bad row {r:?}")),
        })
        .collect::<Result<_, _>>()?;
    let departments = Departments {
        rows: tsv(&read(root, "data/departments.tsv")?)
            .map(|r| {
                if r.len() < 4 {
                    return Err(format!("data/departments.tsv: bad row {r:?}"));
                }
                Ok(DeptRow {
                    variant: r[0].to_string(),
                    canonical: r[1].to_string(),
                    level: r[2].to_string(),
                    english: r[3].to_string(),
                    aliases: list_field(r.get(4)),
                    colloquial: list_field(r.get(5)),
                })
            })
            .collect::<Result<_, _>>()?,
    };
    check_tables(&categories, &departments)?;
    let items = parse::parse(&source, &categories, &departments)?;
    check_items(&source, &categories, &departments, &items)?;
    Ok(Parsed {
        source,
        categories,
        departments,
        items,
    })
}

const LEVELS: [&str; 4] = ["Prefecture", "CityParty", "CityGovernment", "CityOther"];

fn check_tables(categories: &[CategoryRow], departments: &Departments) -> Result<(), String> {
    let mut names = std::collections::BTreeMap::new();
    for (i, d) in departments.rows.iter().enumerate() {
        if !LEVELS.contains(&d.level.as_str()) {
            return Err(format!(
                "department {}: unknown level {}",
                d.variant, d.level
            ));
        }
        for n in std::iter::once(&d.canonical)
            .chain(&d.aliases)
            .chain(&d.colloquial)
        {
            if let Some(j) = names.insert(n.clone(), i) {
                if j != i {
                    return Err(format!("name {n} given to two departments"));
                }
                return Err(format!("name {n} listed twice for {}", d.variant));
            }
        }
    }
    for variants in [
        categories
            .iter()
            .map(|c| c.variant.as_str())
            .collect::<Vec<_>>(),
        departments
            .rows
            .iter()
            .map(|d| d.variant.as_str())
            .collect(),
    ] {
        let mut sorted = variants.clone();
        sorted.sort_unstable();
        if let Some(w) = sorted.windows(2).find(|w| w[0] == w[1]) {
            return Err(format!("variant {} defined twice", w[0]));
        }
    }
    Ok(())
}

/// Document-level checks: counts, and that every table row is used.
fn check_items(
    source: &str,
    categories: &[CategoryRow],
    departments: &Departments,
    items: &[Item],
) -> Result<(), String> {
    let count = |l: List| items.iter().filter(|i| i.list == l).count();
    let counts = [
        count(List::Basic),
        count(List::Cooperative),
        count(List::Returned),
    ];
    if counts != [87, 123, 51] {
        return Err(format!("item counts {counts:?}, expected [87, 123, 51]"));
    }
    for c in categories {
        if !items.iter().any(|i| i.category == c.name) {
            return Err(format!("category {} does not occur", c.name));
        }
    }
    let flat = parse::squash(source);
    for d in &departments.rows {
        for n in std::iter::once(&d.canonical).chain(&d.aliases) {
            if !flat.contains(n.as_str()) {
                return Err(format!(
                    "department name {n} ({}) does not occur in the source",
                    d.variant
                ));
            }
        }
    }
    Ok(())
}

/// The files the generator writes, relative to the crate root, with their
/// contents.
pub fn generate(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let parsed = load(root)?;
    Ok(render::render(&parsed))
}

/// A readable rendering of one item, for human review (`--dump`).
pub fn review(item: &Item, depts: &Departments) -> String {
    use std::fmt::Write;
    let mut s = format!("== {} [{}] {}\n", item.id(), item.category, item.name);
    let secs = |s: &mut String, label: &str, v: &[Section]| {
        for sec in v {
            if let Some(h) = &sec.heading {
                writeln!(s, "  {label} # {h}").unwrap();
            }
            for (i, step) in sec.steps.iter().enumerate() {
                let n = if sec.numbered {
                    format!("{}.", i + 1)
                } else {
                    "¶".into()
                };
                writeln!(s, "  {label} {n}{step}").unwrap();
            }
        }
    };
    match &item.detail {
        Detail::Basic => {}
        Detail::Cooperative(c) => {
            let names: Vec<&str> = c
                .departments
                .iter()
                .map(|&d| depts.rows[d].canonical.as_str())
                .collect();
            writeln!(s, "  DEPT {} => {}", c.departments_text, names.join(" / ")).unwrap();
            secs(&mut s, "S", &c.superior);
            secs(&mut s, "T", &c.township);
        }
        Detail::Returned(Returned::Discontinued) => {
            writeln!(s, "  {}", parse::DISCONTINUED).unwrap()
        }
        Detail::Returned(Returned::Undertaken {
            undertaker_text,
            undertaker,
            method,
        }) => writeln!(
            s,
            "  UNDERTAKER {undertaker_text} => {}\n  METHOD {method}",
            depts.rows[*undertaker].canonical
        )
        .unwrap(),
    }
    s
}

//! Fidelity: the embedded tables hold exactly the text of `data/source.txt`,
//! nothing lost, nothing invented.
//!
//! The source is cleaned independently of the generator: list titles,
//! repeated header rows, page footers and all whitespace are removed. Every
//! field of every duty is joined in document order (序号, 事项类别, 事项名称,
//! 对应上级部门, 上级部门职责 with its headings and `1.` step numbers, 乡配合职责,
//! and 承接部门 + `承接方式：` + method or `不再开展此项工作`). The two must be
//! equal, except inside the rows where the generator's override table says
//! the dump puts text out of column order: there the row's characters must be
//! the same multiset, and every step must occur in the row's source text.

use township_duties::{catalog, Detail, Duty, Section};
use township_duties_gen::coop::{Fix, OVERRIDES};

const SOURCE: &str = include_str!("../data/source.txt");

/// The source without titles, header rows, page footers and whitespace.
fn cleaned_source() -> String {
    let mut out = String::new();
    for line in SOURCE.lines() {
        let t = line.trim();
        let title = t.starts_with("伊犁州奎屯市开干齐乡") && t.ends_with("清单");
        let header = t.starts_with("序号 事项类别 事项名称");
        let footer = t.starts_with('第') && t.contains("页，共") && t.ends_with('页');
        if !(title || header || footer) {
            out.extend(t.chars().filter(|c| !c.is_whitespace()));
        }
    }
    out
}

fn push_sections(out: &mut String, sections: &[Section]) {
    for s in sections {
        if let Some(h) = s.heading() {
            out.push_str(h);
        }
        for (i, step) in s.steps().iter().enumerate() {
            if s.is_numbered() {
                out.push_str(&format!("{}.", i + 1));
            }
            out.push_str(step);
        }
    }
}

/// Every field of a duty, in document (column) order.
fn joined(d: &Duty) -> String {
    let mut out = format!("{}{}{}", d.number(), d.category().chinese_name(), d.name());
    match d.detail() {
        Detail::Basic => {}
        Detail::Cooperative(c) => {
            out.push_str(c.departments_text());
            push_sections(&mut out, c.superior());
            push_sections(&mut out, c.township());
        }
        Detail::Returned(t) => match (t.undertaker_text(), t.method()) {
            (Some(u), Some(m)) => {
                out.push_str(u);
                out.push_str("承接方式：");
                out.push_str(m);
            }
            _ => out.push_str("不再开展此项工作"),
        },
    }
    out
}

/// Cooperative rows the generator declares out of column order.
fn reordered() -> Vec<u16> {
    let mut v: Vec<u16> = OVERRIDES
        .iter()
        .filter(|o| matches!(o.fix, Fix::SwappedCells | Fix::MoveLine { .. }))
        .map(|o| o.item as u16)
        .collect();
    v.dedup();
    v
}

fn sorted_chars(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s.chars().collect();
    v.sort_unstable();
    v
}

#[test]
fn tables_hold_exactly_the_source_text() {
    let source = cleaned_source();
    let reordered = reordered();
    let mut rest = source.as_str();
    let mut checked_reordered = 0;
    for d in catalog().duties() {
        let j = joined(d);
        let span = rest
            .get(..j.len())
            .unwrap_or_else(|| panic!("{}: source ends early", d.id()));
        let is_reordered =
            d.list() == township_duties::ListKind::Cooperative && reordered.contains(&d.number());
        if is_reordered {
            assert_eq!(
                sorted_chars(span),
                sorted_chars(&j),
                "{}: not the same characters",
                d.id()
            );
            for step in d
                .cooperation()
                .unwrap()
                .superior()
                .iter()
                .chain(d.cooperation().unwrap().township())
                .flat_map(|s| s.steps())
            {
                let body = step.trim_end_matches('。');
                assert!(
                    span.contains(body),
                    "{}: step not in the source row: {step}",
                    d.id()
                );
            }
            checked_reordered += 1;
        } else if span != j {
            let at = span
                .chars()
                .zip(j.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let ctx: String = span.chars().skip(at.saturating_sub(10)).take(40).collect();
            let got: String = j.chars().skip(at.saturating_sub(10)).take(40).collect();
            panic!(
                "{} differs from the source at char {at}:\n source: {ctx}\n tables: {got}",
                d.id()
            );
        }
        rest = &rest[j.len()..];
    }
    assert_eq!(rest, "", "source text left over after the last duty");
    assert_eq!(checked_reordered, reordered.len());
}

#[test]
fn reordered_rows_are_few_and_named() {
    assert_eq!(reordered(), [85, 112]);
}

#[test]
fn cleaned_source_is_what_we_think() {
    let s = cleaned_source();
    assert!(s.starts_with("1党的建设深入学习贯彻"));
    assert!(s.ends_with("根据情节轻重按照行政处罚程序进行处置"));
    assert!(!s.contains("序号事项类别"));
    assert!(!s.contains("页，共"));
}

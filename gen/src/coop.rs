//! Splitting a cooperative item (配合履职事项) into its cells.
//!
//! After the start line (`序号 事项类别 [事项名称…]`) the dump gives, one
//! column after another: the name wrapped over lines of about five
//! characters, the 对应上级部门 cell (about seven per line), then the two duty
//! cells. The name ends where a run of lines begins that reads entirely as a
//! department list; the superior cell ends where the numbering (or the
//! `一、` headings) starts again. [`OVERRIDES`] handles the rows where the PDF
//! put text out of column order.

use crate::model::*;
use crate::parse::{squash, Line};

/// Chinese ordinals used in section headings (`一、`).
const ORDINALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A human-reviewed correction for a row the layout rules get wrong.
pub struct Override {
    /// 序号 in the cooperative list.
    pub item: u32,
    /// What to do.
    pub fix: Fix,
    /// Why: what the PDF did there.
    pub why: &'static str,
}

/// The kinds of correction.
pub enum Fix {
    /// The township cell is empty.
    TownshipEmpty,
    /// The dump gives the township cell first, then the superior cell.
    SwappedCells,
    /// A line of the PDF that belongs elsewhere: the line starting with
    /// `line` is moved to stand right before the line starting with `before`.
    MoveLine {
        line: &'static str,
        before: &'static str,
    },
}

/// The overrides, each checked: an override that matches nothing is an error.
pub const OVERRIDES: &[Override] = &[
    Override {
        item: 85,
        fix: Fix::MoveLine { line: "。", before: "1.市城管局加强" },
        why: "The township cell's closing 。 (after 上报市城管局处理) stands on a line of its own after the superior cell.",
    },
    Override {
        item: 85,
        fix: Fix::SwappedCells,
        why: "对本辖区工程施工现场市容环境卫生的监管: the dump puts the 乡配合职责 column (开展相关法律法规宣传…上报市城管局处理) before the 上级部门职责 column (市城管局加强…).",
    },
    Override {
        item: 112,
        fix: Fix::MoveLine { line: "。", before: "1.市公安局负责电动车" },
        why: "The township cell's closing 。 (after 上报市消防救援局) stands on a line of its own after the superior cell.",
    },
    Override {
        item: 112,
        fix: Fix::SwappedCells,
        why: "电动车安全管理工作: the dump puts the 乡配合职责 column (负责加强本辖区电动车使用安全宣传…) before the 上级部门职责 column (市公安局负责…).",
    },
    Override {
        item: 70,
        fix: Fix::TownshipEmpty,
        why: "大气污染防治…工作: the 乡配合职责 cell is empty in the document; the row ends with superior step 9.",
    },
];

/// Splits a 对应上级部门 cell into department names as the document means
/// them, restoring the prefix a cell elides: `市人社局、财政局` names 市财政局,
/// `市委组织部、编办` names 市委编办. A trailing `等…部门` phrase is returned
/// apart. `None` if the text is not a department list.
pub fn split_department_cell<'a>(
    text: &'a str,
    depts: &Departments,
) -> Option<(Vec<(String, usize)>, &'a str)> {
    let (list, rest) = match text.find('等') {
        Some(i) if text.ends_with("部门") => (&text[..i], &text[i..]),
        _ => (text, ""),
    };
    let mut out = Vec::new();
    let mut prefix = "";
    for token in list.split(['、', '，', ',']) {
        if token.is_empty() || token.chars().count() > 24 {
            return None;
        }
        let has_prefix = token.starts_with('市') || token.starts_with('州');
        if out.is_empty() && !has_prefix {
            return None;
        }
        if has_prefix {
            prefix = if token.starts_with("市委")
                && depts
                    .resolve(token)
                    .is_some_and(|d| depts.rows[d].level == "CityParty")
            {
                "市委"
            } else if token.starts_with('州') {
                "州"
            } else {
                "市"
            };
            out.push((token.to_string(), depts.resolve(token)?));
        } else {
            let full = [
                format!("{prefix}{token}"),
                format!("市{token}"),
                token.to_string(),
            ]
            .into_iter()
            .find(|c| depts.resolve(c).is_some())?;
            let d = depts.resolve(&full)?;
            out.push((full, d));
        }
    }
    Some((out, rest))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// `一、…`, with its ordinal (1-based).
    Ordinal(usize),
    /// `市教育局：`.
    DeptHeading,
    /// `3.…`, with its number.
    Step(usize),
    Text,
}

fn kind(text: &str, depts: &Departments) -> Kind {
    if let Some((n, _)) = text.split_once('.') {
        if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(n) = n.parse() {
                return Kind::Step(n);
            }
        }
    }
    if let Some((o, _)) = text.split_once('、') {
        if let Some(i) = ORDINALS.iter().position(|x| *x == o) {
            return Kind::Ordinal(i + 1);
        }
    }
    if let Some(name) = text.strip_suffix('：') {
        if depts.resolve(name).is_some()
            || split_department_cell(name, depts).is_some_and(|(v, r)| v.len() == 1 && r.is_empty())
        {
            return Kind::DeptHeading;
        }
    }
    Kind::Text
}

/// Parses one cooperative item into its name and cells.
pub fn parse_item(
    number: u32,
    start: usize,
    first: &str,
    lines: &[&Line],
    depts: &Departments,
) -> Result<(String, Detail), String> {
    let at = |s: &str| format!("C{number} (line {start}): {s}");
    // A line that holds the department cell and the start of the superior
    // cell, separated by a space (`市市监局 规范市场主体…`), becomes two.
    let mut l: Vec<String> = Vec::new();
    for line in lines {
        match line.text.split_once(char::is_whitespace) {
            Some((a, b)) if split_department_cell(a, depts).is_some() => {
                l.push(a.to_string());
                l.push(squash(b));
            }
            _ => l.push(squash(&line.text)),
        }
    }
    for o in OVERRIDES.iter().filter(|o| o.item == number) {
        if let Fix::MoveLine { line, before } = o.fix {
            let from = l
                .iter()
                .position(|x| x.starts_with(line))
                .ok_or_else(|| at(&format!("override line {line} not found")))?;
            let moved = l.remove(from);
            let to = l
                .iter()
                .position(|x| x.starts_with(before))
                .ok_or_else(|| at(&format!("override before {before} not found")))?;
            l.insert(to, moved);
        }
    }
    // Name and department cell.
    let k0 = usize::from(first.is_empty());
    let mut split = None;
    'outer: for k in k0..l.len() {
        for m in (k + 1..=l.len()).rev() {
            let joined: String = l[k..m].concat();
            if split_department_cell(&joined, depts).is_some() {
                split = Some((k, m));
                break 'outer;
            }
        }
    }
    let (k, m) = split.ok_or_else(|| at("no department cell"))?;
    let name = format!("{}{}", squash(first), l[..k].concat());
    let departments_text: String = l[k..m].concat();
    let (names, _) = split_department_cell(&departments_text, depts).expect("checked above");
    let mut departments = Vec::new();
    for &(_, d) in &names {
        if !departments.contains(&d) {
            departments.push(d);
        }
    }
    let cells = &l[m..];
    // Superior and township cells.
    let boundary = township_start(number, cells, depts).map_err(|e| at(&e))?;
    let (mut first_cell, mut second_cell) = (&cells[..boundary], &cells[boundary..]);
    if OVERRIDES
        .iter()
        .any(|o| o.item == number && matches!(o.fix, Fix::SwappedCells))
    {
        std::mem::swap(&mut first_cell, &mut second_cell);
    }
    let superior = sections(first_cell, depts, None).map_err(|e| at(&format!("superior: {e}")))?;
    let township =
        sections(second_cell, depts, Some(&superior)).map_err(|e| at(&format!("township: {e}")))?;
    if superior.is_empty() {
        return Err(at("empty superior cell"));
    }
    Ok((
        name,
        Detail::Cooperative(Coop {
            departments_text,
            departments,
            superior,
            township,
        }),
    ))
}

/// Where the township cell starts within `cells`.
fn township_start(number: u32, cells: &[String], depts: &Departments) -> Result<usize, String> {
    for o in OVERRIDES.iter().filter(|o| o.item == number) {
        match o.fix {
            Fix::TownshipEmpty => return Ok(cells.len()),
            Fix::MoveLine { .. } | Fix::SwappedCells => {}
        }
    }
    // `content`: the current section already has text, so a new `1.` or
    // `一、` starts the next cell rather than continuing this one.
    let mut content = false;
    let mut seen_ordinal = false;
    for (i, c) in cells.iter().enumerate() {
        match kind(c, depts) {
            Kind::Ordinal(1) if content && seen_ordinal => return Ok(i),
            Kind::Ordinal(_) => {
                seen_ordinal = true;
                content = false;
            }
            Kind::DeptHeading => content = false,
            Kind::Step(1) if content => return Ok(i),
            Kind::Step(_) => content = true,
            Kind::Text => {
                // Text right after a line that closed a sentence, in a cell
                // without headings, starts the (unnumbered) township cell.
                if content && !seen_ordinal && i > 0 && cells[i - 1].ends_with('。') {
                    return Ok(i);
                }
                content = true;
            }
        }
    }
    Err("no township cell found".into())
}

/// Parses a duty cell into sections. `mirror`, for the township cell, is the
/// superior cell, whose headings a wrapped township heading is completed from.
fn sections(
    cells: &[String],
    depts: &Departments,
    mirror: Option<&[Section]>,
) -> Result<Vec<Section>, String> {
    let mut out: Vec<Section> = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let c = &cells[i];
        match kind(c, depts) {
            Kind::Ordinal(n) => {
                let mut heading = c.clone();
                // A heading wrapped in the narrower township column: complete
                // it while it stays a prefix of the superior's same heading.
                if let Some(target) = mirror.and_then(|m| {
                    m.iter()
                        .filter_map(|s| s.heading.as_deref())
                        .find(|h| kind(h, depts) == Kind::Ordinal(n))
                }) {
                    while heading != target
                        && i + 1 < cells.len()
                        && target.starts_with(&format!("{heading}{}", cells[i + 1]))
                    {
                        i += 1;
                        heading.push_str(&cells[i]);
                    }
                }
                out.push(Section {
                    heading: Some(heading),
                    department: None,
                    numbered: false,
                    steps: Vec::new(),
                });
            }
            Kind::DeptHeading => {
                let name = c.strip_suffix('：').unwrap_or(c);
                let d = depts
                    .resolve(name)
                    .ok_or_else(|| format!("unknown heading department {name}"))?;
                out.push(Section {
                    heading: Some(c.clone()),
                    department: Some(d),
                    numbered: false,
                    steps: Vec::new(),
                });
            }
            Kind::Step(n) => {
                if out.is_empty() {
                    out.push(Section {
                        heading: None,
                        department: None,
                        numbered: true,
                        steps: Vec::new(),
                    });
                }
                let s = out.last_mut().expect("pushed above");
                if s.steps.is_empty() {
                    s.numbered = true;
                }
                if !s.numbered || s.steps.len() + 1 != n {
                    return Err(format!("step {n} out of sequence at {c}"));
                }
                let dot = c.find('.').expect("a step has a dot");
                s.steps.push(c[dot + 1..].to_string());
            }
            Kind::Text => {
                if out.is_empty() {
                    out.push(Section {
                        heading: None,
                        department: None,
                        numbered: false,
                        steps: Vec::new(),
                    });
                }
                let s = out.last_mut().expect("pushed above");
                match s.steps.last_mut() {
                    Some(last) => last.push_str(c),
                    None => s.steps.push(c.clone()),
                }
            }
        }
        i += 1;
    }
    for s in &out {
        if s.steps.is_empty() {
            return Err(format!("section {:?} has no text", s.heading));
        }
        if !s.numbered && s.steps.len() != 1 {
            return Err(format!(
                "unnumbered section {:?} has {} paragraphs",
                s.heading,
                s.steps.len()
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn depts() -> Departments {
        crate::load(Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap())
            .unwrap()
            .departments
    }

    fn names(cell: &str) -> Option<(Vec<String>, String)> {
        let d = depts();
        split_department_cell(cell, &d).map(|(v, rest)| {
            (
                v.into_iter()
                    .map(|(_, i)| d.rows[i].canonical.clone())
                    .collect(),
                rest.to_string(),
            )
        })
    }

    #[test]
    fn department_cells_restore_elided_prefixes() {
        assert_eq!(
            names("市人社局、财政局").unwrap().0,
            ["市人力资源和社会保障局", "市财政局"]
        );
        assert_eq!(
            names("市委组织部、编办，市人社局").unwrap().0,
            ["市委组织部", "市委编办", "市人力资源和社会保障局"]
        );
        let (v, rest) = names("市应急管理局、市监局等其他负有安全生产监督管理职责的部门").unwrap();
        assert_eq!(v, ["市应急管理局", "市市场监督管理局"]);
        assert_eq!(rest, "等其他负有安全生产监督管理职责的部门");
    }

    #[test]
    fn names_are_not_department_cells() {
        assert_eq!(names("市级以上党内表彰激励工作"), None);
        assert_eq!(names("市容环境卫生的监管市住建局、城管局"), None);
        assert_eq!(names("防溺水工作"), None);
        assert_eq!(names(""), None);
    }

    #[test]
    fn line_kinds() {
        let d = depts();
        assert_eq!(kind("12.做好宣传；", &d), Kind::Step(12));
        assert_eq!(kind("一、灾中救助", &d), Kind::Ordinal(1));
        assert_eq!(kind("市教育局：", &d), Kind::DeptHeading);
        assert_eq!(kind("市教育局负责", &d), Kind::Text);
        assert_eq!(kind("2025.1起", &d), Kind::Step(2025));
    }

    #[test]
    fn every_override_is_used_and_explained() {
        let items = crate::load(Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap())
            .unwrap()
            .items;
        for o in OVERRIDES {
            assert!(!o.why.is_empty());
            assert!(items
                .iter()
                .any(|i| i.list == List::Cooperative && i.number == o.item));
        }
    }
}

//! Parser of `data/source.txt`, the PDF text dump of the three lists.
//!
//! The dump is column-major per table row: a row's cells follow each other,
//! each wrapped over short lines. The parser first drops what is not data
//! (list titles, repeated header rows, page footers, blank lines), then cuts
//! each list into items at the `序号 事项类别` start lines, then splits every
//! item into its cells. Where the layout alone cannot say where a cell ends,
//! a human-reviewed entry of [`OVERRIDES`] says it, with the reason.

use crate::model::*;

/// A source line that carries data, with its 1-based line number.
#[derive(Debug, Clone)]
pub struct Line {
    pub no: usize,
    pub text: String,
}

/// The three list titles, in document order.
pub const TITLES: [&str; 3] = [
    "伊犁州奎屯市开干齐乡基本履职事项清单",
    "伊犁州奎屯市开干齐乡配合履职事项清单",
    "伊犁州奎屯市开干齐乡上级部门收回事项清单",
];

/// Header rows repeated at the top of every page, one per list.
pub const HEADERS: [&str; 3] = [
    "序号 事项类别 事项名称",
    "序号 事项类别 事项名称 对应上级部门 上级部门职责 乡配合职责",
    "序号 事项类别 事项名称 承接部门及工作方式",
];

/// Is `s` a page footer such as `第 25 页，共 88 页`?
pub fn is_footer(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("第 ") else {
        return false;
    };
    let Some((n, rest)) = rest.split_once(" 页，共 ") else {
        return false;
    };
    let Some(m) = rest.strip_suffix(" 页") else {
        return false;
    };
    !n.is_empty()
        && !m.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && m.bytes().all(|b| b.is_ascii_digit())
}

/// Removes every whitespace character: cells are Chinese text wrapped by the
/// PDF, so a line break or padding inside a cell is never part of the text.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Splits the source into the data lines of each list.
pub fn split_lists(source: &str) -> Result<[Vec<Line>; 3], String> {
    let mut lists: [Vec<Line>; 3] = Default::default();
    let mut current: Option<usize> = None;
    for (i, raw) in source.lines().enumerate() {
        let text = raw.trim();
        if text.is_empty() || is_footer(text) || HEADERS.contains(&text) {
            continue;
        }
        if let Some(k) = TITLES.iter().position(|t| *t == text) {
            if current.map_or(0, |c| c + 1) != k {
                return Err(format!("line {}: list title out of order", i + 1));
            }
            current = Some(k);
            continue;
        }
        let Some(k) = current else {
            return Err(format!("line {}: data before the first title", i + 1));
        };
        lists[k].push(Line {
            no: i + 1,
            text: text.to_string(),
        });
    }
    Ok(lists)
}

/// An item's start line split into number, category text and the rest.
fn start_line<'a>(
    text: &'a str,
    expected: u32,
    categories: &[CategoryRow],
) -> Option<(&'a str, &'a str)> {
    let (num, rest) = text.split_once(' ')?;
    if num.parse::<u32>().ok()? != expected {
        return None;
    }
    let (cat, rest) = match rest.split_once(' ') {
        Some((c, r)) => (c, r.trim()),
        None => (rest, ""),
    };
    categories
        .iter()
        .any(|c| c.name.starts_with(cat))
        .then_some((cat, rest))
}

/// Cuts a list's lines into items: `(number, category text, rest of the
/// start line, following lines)`.
fn items<'a>(lines: &'a [Line], categories: &[CategoryRow]) -> Result<Vec<RawItem<'a>>, String> {
    let mut out: Vec<RawItem<'a>> = Vec::new();
    for line in lines {
        let expected = out.len() as u32 + 1;
        if let Some((cat, rest)) = start_line(&line.text, expected, categories) {
            out.push(RawItem {
                number: expected,
                start: line.no,
                category: cat.to_string(),
                first: rest.to_string(),
                lines: Vec::new(),
            });
        } else if let Some(item) = out.last_mut() {
            item.lines.push(line);
        } else {
            return Err(format!("line {}: text before the first item", line.no));
        }
    }
    Ok(out)
}

struct RawItem<'a> {
    number: u32,
    start: usize,
    category: String,
    first: String,
    lines: Vec<&'a Line>,
}

impl RawItem<'_> {
    /// Completes a category cut by the PDF (`应急管理及` + `消防`) with the
    /// next line, and returns it with the lines left.
    fn category(&mut self, categories: &[CategoryRow]) -> Result<String, String> {
        let mut cat = self.category.clone();
        while !categories.iter().any(|c| c.name == cat) {
            if !self.first.is_empty() || self.lines.is_empty() {
                return Err(format!("line {}: unknown category {cat}", self.start));
            }
            let next = self.lines.remove(0);
            cat.push_str(&next.text);
            if !categories.iter().any(|c| c.name.starts_with(&cat)) {
                return Err(format!("line {}: unknown category {cat}", next.no));
            }
        }
        Ok(cat)
    }
}

/// Parses the whole document.
pub fn parse(
    source: &str,
    categories: &[CategoryRow],
    departments: &Departments,
) -> Result<Vec<Item>, String> {
    let [basic, coop, ret] = split_lists(source)?;
    let mut out = Vec::new();
    for mut raw in items(&basic, categories)? {
        let category = raw.category(categories)?;
        let mut name = raw.first.clone();
        for l in &raw.lines {
            name.push_str(&l.text);
        }
        out.push(Item {
            list: List::Basic,
            number: raw.number,
            category,
            name: squash(&name),
            detail: Detail::Basic,
        });
    }
    let mut errors = Vec::new();
    for mut raw in items(&coop, categories)? {
        let category = raw.category(categories)?;
        let (name, detail) = match crate::coop::parse_item(
            raw.number,
            raw.start,
            &raw.first,
            &raw.lines,
            departments,
        ) {
            Ok(x) => x,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        out.push(Item {
            list: List::Cooperative,
            number: raw.number,
            category,
            name,
            detail,
        });
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    for mut raw in items(&ret, categories)? {
        let category = raw.category(categories)?;
        let (name, detail) = parse_returned(&raw, departments)?;
        out.push(Item {
            list: List::Returned,
            number: raw.number,
            category,
            name,
            detail,
        });
    }
    Ok(out)
}

/// The text that marks a dropped duty in 承接部门及工作方式.
pub const DISCONTINUED: &str = "不再开展此项工作";
/// The label before a returned duty's method.
pub const METHOD_LABEL: &str = "承接方式：";

/// A returned item: name, then either `不再开展此项工作` or an undertaking
/// department on a line of its own followed by `承接方式：…`.
fn parse_returned(
    raw: &RawItem<'_>,
    departments: &Departments,
) -> Result<(String, Detail), String> {
    let mut parts: Vec<(usize, String)> = Vec::new();
    if !raw.first.is_empty() {
        parts.push((raw.start, raw.first.clone()));
    }
    parts.extend(raw.lines.iter().map(|l| (l.no, l.text.clone())));
    // `14 乡村振兴 惠民保征缴工作 不再开展此项工作`: name and cell on one line.
    if let Some((no, last)) = parts.last().cloned() {
        if let Some(head) = last.strip_suffix(DISCONTINUED) {
            parts.pop();
            if !head.trim().is_empty() {
                parts.push((no, head.trim().to_string()));
            }
            let name = squash(&parts.iter().map(|p| p.1.as_str()).collect::<String>());
            return Ok((name, Detail::Returned(Returned::Discontinued)));
        }
    }
    let Some(m) = parts.iter().position(|p| p.1.starts_with(METHOD_LABEL)) else {
        return Err(format!(
            "R{}: no {METHOD_LABEL} and not {DISCONTINUED}",
            raw.number
        ));
    };
    if m < 2 {
        return Err(format!("R{}: no name or no undertaker", raw.number));
    }
    let undertaker = squash(&parts[m - 1].1);
    let dept = departments
        .resolve(&undertaker)
        .ok_or_else(|| format!("line {}: unknown undertaker {undertaker}", parts[m - 1].0))?;
    let name = squash(
        &parts[..m - 1]
            .iter()
            .map(|p| p.1.as_str())
            .collect::<String>(),
    );
    let method = squash(&parts[m..].iter().map(|p| p.1.as_str()).collect::<String>());
    let method = method[METHOD_LABEL.len()..].to_string();
    Ok((
        name,
        Detail::Returned(Returned::Undertaken {
            undertaker_text: undertaker,
            undertaker: dept,
            method,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers() {
        assert!(is_footer("第 25 页，共 88 页"));
        assert!(!is_footer("第 25 页"));
        assert!(!is_footer("第 x 页，共 88 页"));
    }

    #[test]
    fn squash_drops_all_whitespace() {
        assert_eq!(squash(" 网点 ,将\t申报\u{3000}"), "网点,将申报");
    }

    #[test]
    fn lists_are_split_at_their_titles() {
        let src = format!(
            "{}\n序号 事项类别 事项名称\n1 党的建设 甲\n第 1 页，共 2 页\n{}\n\n{}\n",
            TITLES[0], TITLES[1], TITLES[2]
        );
        let [b, c, r] = split_lists(&src).unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].text, "1 党的建设 甲");
        assert_eq!(b[0].no, 3);
        assert!(c.is_empty() && r.is_empty());
        assert!(split_lists(&format!("{}\n{}", TITLES[1], TITLES[0])).is_err());
    }
}

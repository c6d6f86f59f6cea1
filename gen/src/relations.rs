//! Department ↔ duty relations, computed once here so that the crate answers
//! them by table look-up.

use crate::model::*;

/// How a department takes part in a duty. The order is the order of
/// `township_duties::Role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Named in the 对应上级部门 cell.
    Listed,
    /// Heads a per-department sub-section of the 上级部门职责 cell.
    SubSection,
    /// Took over a returned duty.
    Undertaker,
    /// Named inside a step's or method's text.
    Mentioned,
}

impl Role {
    pub fn variant(self) -> &'static str {
        match self {
            Role::Listed => "Listed",
            Role::SubSection => "SubSection",
            Role::Undertaker => "Undertaker",
            Role::Mentioned => "Mentioned",
        }
    }
}

/// Departments named in free text, scanning left to right, longest name
/// first: every name that starts with `市` or `州`; unprefixed names of three
/// or more characters (`公安局`, `巡察工作领导小组`) unless a prefix of
/// another tier stands before them (`州`, `区`, `县`, `党委`, `上级`); and
/// unprefixed names that continue a list after a prefixed one
/// (`市委组织部、统战部`), which take its prefix. Two-character aliases such
/// as `编办` or `政协` count only in such lists: alone they also occur in
/// `上级党委编办` or `政协委员`.
pub fn mentions(text: &str, depts: &Departments) -> Vec<usize> {
    let names = depts.names_longest_first();
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = text.len();
    while i < bytes {
        let rest = &text[i..];
        let before = &text[..i];
        let other_tier = ["州", "区", "县", "党委", "上级"]
            .iter()
            .any(|p| before.ends_with(p));
        let hit = names.iter().find(|(n, _)| {
            rest.starts_with(n)
                && (n.starts_with('市')
                    || n.starts_with('州')
                    || (n.chars().count() >= 3 && !other_tier))
        });
        match hit {
            Some(&(n, d)) => {
                out.push(d);
                i += n.len();
                let prefix = if n.starts_with("市委") && depts.rows[d].level == "CityParty" {
                    "市委"
                } else if n.starts_with('州') {
                    "州"
                } else {
                    "市"
                };
                // Continue an elided list: `、统战部`.
                while let Some(after) = text[i..].strip_prefix('、') {
                    let cont = names
                        .iter()
                        .find(|(m, _)| {
                            !m.starts_with('市') && !m.starts_with('州') && after.starts_with(m)
                        })
                        .and_then(|&(m, _)| {
                            [format!("{prefix}{m}"), m.to_string()]
                                .iter()
                                .find_map(|full| depts.resolve(full))
                                .map(|d| (m, d))
                        });
                    match cont {
                        Some((m, d)) => {
                            out.push(d);
                            i += '、'.len_utf8() + m.len();
                        }
                        None => break,
                    }
                }
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Every (department, item index, role), sorted and deduplicated.
pub fn involvements(items: &[Item], depts: &Departments) -> Vec<(usize, usize, Role)> {
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match &item.detail {
            Detail::Basic => {}
            Detail::Cooperative(c) => {
                out.extend(c.departments.iter().map(|&d| (d, i, Role::Listed)));
                for s in c.superior.iter().chain(&c.township) {
                    if let Some(d) = s.department {
                        out.push((d, i, Role::SubSection));
                    }
                    for step in &s.steps {
                        out.extend(
                            mentions(step, depts)
                                .into_iter()
                                .map(|d| (d, i, Role::Mentioned)),
                        );
                    }
                }
            }
            Detail::Returned(Returned::Undertaken {
                undertaker, method, ..
            }) => {
                out.push((*undertaker, i, Role::Undertaker));
                // The method names its own undertaker (`由市水利局…`): not a mention.
                out.extend(
                    mentions(method, depts)
                        .into_iter()
                        .filter(|d| d != undertaker)
                        .map(|d| (d, i, Role::Mentioned)),
                );
            }
            Detail::Returned(Returned::Discontinued) => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

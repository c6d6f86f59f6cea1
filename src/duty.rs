//! Duties and what each list adds to them.

use crate::error::ParseDutyIdError;
use crate::{Category, Department, ListKind, Role};
use std::fmt;
use std::str::FromStr;

/// A duty's id: its list and its 序号 on that list, written `B62`, `C26`,
/// `R2`.
///
/// ```
/// use township_duties::{DutyId, ListKind};
/// let id: DutyId = "C26".parse()?;
/// assert_eq!(id.list(), ListKind::Cooperative);
/// assert_eq!(id.number(), 26);
/// assert_eq!(id.to_string(), "C26");
/// assert!("B88".parse::<DutyId>().is_err()); // the basic list has 87 items
/// # Ok::<(), township_duties::ParseDutyIdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DutyId {
    list: ListKind,
    number: u16,
}

impl DutyId {
    /// The id of item `number` of `list`, if the list has such an item.
    ///
    /// ```
    /// use township_duties::{DutyId, ListKind};
    /// assert!(DutyId::new(ListKind::Returned, 51).is_some());
    /// assert!(DutyId::new(ListKind::Returned, 52).is_none());
    /// ```
    pub const fn new(list: ListKind, number: u16) -> Option<DutyId> {
        if number == 0 || number as usize > list.len() {
            None
        } else {
            Some(DutyId { list, number })
        }
    }

    /// For generated tables: the generator checked the range.
    pub(crate) const fn new_unchecked(list: ListKind, number: u16) -> DutyId {
        DutyId { list, number }
    }

    /// The list.
    pub const fn list(self) -> ListKind {
        self.list
    }

    /// The 序号 on the list, from 1.
    pub const fn number(self) -> u16 {
        self.number
    }

    /// Position in document order (0-based over all three lists).
    pub(crate) const fn index(self) -> usize {
        let base = match self.list {
            ListKind::Basic => 0,
            ListKind::Cooperative => ListKind::Basic.len(),
            ListKind::Returned => ListKind::Basic.len() + ListKind::Cooperative.len(),
        };
        base + self.number as usize - 1
    }
}

impl fmt::Display for DutyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("{}{}", self.list.letter(), self.number))
    }
}

impl FromStr for DutyId {
    type Err = ParseDutyIdError;

    /// Parses `C26` (the letter in either case, surrounding whitespace ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let mut chars = t.chars();
        let Some(letter) = chars.next() else {
            return Err(ParseDutyIdError::Empty);
        };
        let list = ListKind::from_letter(letter).ok_or_else(|| ParseDutyIdError::UnknownList {
            input: s.to_string(),
        })?;
        let digits = chars.as_str();
        if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseDutyIdError::InvalidNumber {
                input: s.to_string(),
            });
        }
        let number: u16 = digits
            .parse()
            .map_err(|_| ParseDutyIdError::InvalidNumber {
                input: s.to_string(),
            })?;
        DutyId::new(list, number).ok_or_else(|| ParseDutyIdError::OutOfRange {
            input: s.to_string(),
            list,
            len: list.len(),
        })
    }
}

/// One duty (事项) of one list.
///
/// ```
/// use township_duties::catalog;
/// let duty = catalog().get("B62".parse()?).unwrap();
/// assert_eq!(duty.name(), "负责本乡农村宅基地审批及建房审批管理工作");
/// assert_eq!(duty.category().chinese_name(), "城乡建设");
/// # Ok::<(), township_duties::ParseDutyIdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duty {
    pub(crate) id: DutyId,
    pub(crate) category: Category,
    pub(crate) name: &'static str,
    pub(crate) detail: Detail,
}

impl Duty {
    /// The id (`C26`).
    pub fn id(&self) -> DutyId {
        self.id
    }

    /// The list it is on.
    pub fn list(&self) -> ListKind {
        self.id.list
    }

    /// Its 序号 on the list.
    pub fn number(&self) -> u16 {
        self.id.number
    }

    /// Its 事项类别.
    pub fn category(&self) -> Category {
        self.category
    }

    /// Its 事项名称, as written.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What its list adds.
    pub fn detail(&self) -> Detail {
        self.detail
    }

    /// The cooperative part, if it is on the cooperative list.
    ///
    /// ```
    /// use township_duties::catalog;
    /// let c26 = catalog().get("C26".parse()?).unwrap();
    /// assert_eq!(c26.cooperation().unwrap().departments().len(), 8);
    /// # Ok::<(), township_duties::ParseDutyIdError>(())
    /// ```
    pub fn cooperation(&self) -> Option<&'static Cooperation> {
        match self.detail {
            Detail::Cooperative(c) => Some(c),
            _ => None,
        }
    }

    /// The takeover, if it is on the returned list.
    pub fn takeover(&self) -> Option<&'static Takeover> {
        match self.detail {
            Detail::Returned(t) => Some(t),
            _ => None,
        }
    }

    /// The departments that answer for it beside or instead of the
    /// township: a cooperative duty's 对应上级部门 in document order, or a
    /// returned duty's undertaker. Empty for basic and dropped duties. For
    /// every department that takes part in any role, see
    /// [`Catalog::involvements_of`](crate::Catalog::involvements_of).
    pub fn departments(&self) -> &'static [Department] {
        match self.detail {
            Detail::Basic => &[],
            Detail::Cooperative(c) => c.departments,
            Detail::Returned(t) => t.undertaker.as_slice(),
        }
    }
}

impl fmt::Display for Duty {
    /// `C26 [平安法治] 防溺水工作`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}] {}", self.id, self.category, self.name)
    }
}

impl PartialOrd for Duty {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Duty {
    /// Document order, which is id order.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.id.cmp(&other.id)
    }
}

/// What a duty's list adds to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Detail {
    /// On the basic list: nothing more.
    Basic,
    /// On the cooperative list: the departments and each side's duties.
    Cooperative(&'static Cooperation),
    /// On the returned list: who took it over, and how, or that it was
    /// dropped.
    Returned(&'static Takeover),
}

/// The cells of a cooperative duty after its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cooperation {
    pub(crate) departments_text: &'static str,
    pub(crate) departments: &'static [Department],
    pub(crate) superior: &'static [Section],
    pub(crate) township: &'static [Section],
}

impl Cooperation {
    /// The 对应上级部门 cell as written (line wraps removed), such as
    /// `市人社局、财政局`.
    pub fn departments_text(&self) -> &'static str {
        self.departments_text
    }

    /// The departments the cell names, in order, with elided prefixes
    /// restored (`市人社局、财政局` names 市人社局 and 市财政局).
    pub fn departments(&self) -> &'static [Department] {
        self.departments
    }

    /// 上级部门职责: what the departments do.
    pub fn superior(&self) -> &'static [Section] {
        self.superior
    }

    /// 乡配合职责: what the township does. Empty for the one item whose cell
    /// is empty in the document.
    pub fn township(&self) -> &'static [Section] {
        self.township
    }
}

/// A run of steps in a duty cell, under an optional heading.
///
/// Most cells are one section without heading. Some are split by `一、…`
/// headings, and a few superior cells into per-department sub-sections
/// (`市教育局：…`), whose [`department`](Section::department) is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Section {
    pub(crate) heading: Option<&'static str>,
    pub(crate) department: Option<Department>,
    pub(crate) numbered: bool,
    pub(crate) steps: &'static [&'static str],
}

impl Section {
    /// The heading line as written (`一、农药使用指导、服务工作`, `市教育局：`).
    pub fn heading(&self) -> Option<&'static str> {
        self.heading
    }

    /// The department a per-department heading names.
    pub fn department(&self) -> Option<Department> {
        self.department
    }

    /// Whether the steps were written as a numbered list (`1.…；2.…`). An
    /// unnumbered section has exactly one step, the paragraph.
    pub fn is_numbered(&self) -> bool {
        self.numbered
    }

    /// The steps, without their `1.` prefixes.
    pub fn steps(&self) -> &'static [&'static str] {
        self.steps
    }
}

impl fmt::Display for Section {
    /// The section as the document writes it, one step a line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(h) = self.heading {
            writeln!(f, "{h}")?;
        }
        for (i, s) in self.steps.iter().enumerate() {
            if self.numbered {
                write!(f, "{}.", i + 1)?;
            }
            writeln!(f, "{s}")?;
        }
        Ok(())
    }
}

/// What became of a returned duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Takeover {
    pub(crate) undertaker: Option<Department>,
    pub(crate) undertaker_text: Option<&'static str>,
    pub(crate) method: Option<&'static str>,
}

impl Takeover {
    /// Whether the duty was dropped altogether (不再开展此项工作).
    pub fn is_discontinued(&self) -> bool {
        self.undertaker.is_none()
    }

    /// The department that took it over.
    pub fn undertaker(&self) -> Option<Department> {
        self.undertaker
    }

    /// The undertaker's name as the cell writes it.
    pub fn undertaker_text(&self) -> Option<&'static str> {
        self.undertaker_text
    }

    /// How it is done now: the text after 承接方式：.
    pub fn method(&self) -> Option<&'static str> {
        self.method
    }
}

/// A department's part in a duty: one row of the relation tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Involvement {
    pub(crate) department: Department,
    pub(crate) duty: DutyId,
    pub(crate) role: Role,
}

impl Involvement {
    /// The department.
    pub fn department(&self) -> Department {
        self.department
    }

    /// The duty's id.
    pub fn duty_id(&self) -> DutyId {
        self.duty
    }

    /// The duty.
    pub fn duty(&self) -> &'static Duty {
        crate::catalog().duty(self.duty)
    }

    /// The role.
    pub fn role(&self) -> Role {
        self.role
    }
}

impl fmt::Display for Takeover {
    /// `市水利局承接：由市水利局组织…`, or `不再开展此项工作`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.undertaker, self.method) {
            (Some(d), Some(m)) => write!(f, "{d}承接：{m}"),
            (Some(d), None) => write!(f, "{d}承接"),
            _ => f.write_str("不再开展此项工作"),
        }
    }
}

impl fmt::Display for Involvement {
    /// `C26 市教育局（对应上级部门）`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}（{}）", self.duty, self.department, self.role)
    }
}

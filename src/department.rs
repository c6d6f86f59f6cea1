//! Methods of [`Department`], whose enum is generated in
//! `src/gen/departments.rs` from `data/departments.tsv`.

use crate::error::{nearest, ParseDepartmentError};
pub use crate::gen::departments::Department;
use crate::gen::departments::{ALL, DEPARTMENTS, NAMES};
use std::fmt;
use std::str::FromStr;

/// Which tier of government a [`Department`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Level {
    /// A body of 伊犁州 (the prefecture), such as 州人社局.
    Prefecture,
    /// An organ of the city's party committee (市委…) or 市纪委监委.
    CityParty,
    /// A department or agency of the city government (市…局).
    CityGovernment,
    /// Another city-level body: 市人大常委会, 市政协, the court, mass
    /// organisations, and vertically managed or state-owned bodies.
    CityOther,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Level::Prefecture => "州级",
            Level::CityParty => "市委",
            Level::CityGovernment => "市政府",
            Level::CityOther => "市级其他",
        })
    }
}

/// Generated facts about one department.
#[derive(Debug)]
pub(crate) struct DepartmentInfo {
    pub(crate) canonical: &'static str,
    pub(crate) english: &'static str,
    pub(crate) level: Level,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) colloquial: &'static [&'static str],
}

impl Department {
    /// Every department, in declaration order.
    ///
    /// ```
    /// use township_duties::Department;
    /// assert!(Department::all().contains(&Department::HumanResourcesSocialSecurity));
    /// ```
    pub fn all() -> &'static [Department] {
        &ALL
    }

    fn info(self) -> &'static DepartmentInfo {
        &DEPARTMENTS[self as usize]
    }

    /// The canonical Chinese name: the fullest form the document writes.
    ///
    /// ```
    /// use township_duties::Department;
    /// assert_eq!(Department::HumanResourcesSocialSecurity.chinese_name(), "市人力资源和社会保障局");
    /// ```
    pub fn chinese_name(self) -> &'static str {
        self.info().canonical
    }

    /// An English rendering of the name, for logs and non-Chinese readers.
    pub fn english_name(self) -> &'static str {
        self.info().english
    }

    /// The tier of government.
    ///
    /// ```
    /// use township_duties::{Department, Level};
    /// assert_eq!(Department::PartyOrganization.level(), Level::CityParty);
    /// ```
    pub fn level(self) -> Level {
        self.info().level
    }

    /// The other names the document writes for this department, as written.
    ///
    /// ```
    /// use township_duties::Department;
    /// assert!(Department::HumanResourcesSocialSecurity.aliases().contains(&"市人社局"));
    /// ```
    pub fn aliases(self) -> &'static [&'static str] {
        self.info().aliases
    }

    /// Names people commonly use that the document does not (nicknames).
    pub fn nicknames(self) -> &'static [&'static str] {
        self.info().colloquial
    }

    /// Every name this department answers to: canonical, aliases, nicknames.
    ///
    /// ```
    /// use township_duties::Department;
    /// let names: Vec<&str> = Department::Finance.names().collect();
    /// assert_eq!(names, ["市财政局", "财政局"]);
    /// ```
    pub fn names(self) -> Names {
        Names {
            info: self.info(),
            next: 0,
        }
    }

    /// The department with exactly this name (canonical, alias or
    /// nickname), without suggestions on failure.
    ///
    /// ```
    /// use township_duties::Department;
    /// assert_eq!(Department::from_name("人社局"), Some(Department::HumanResourcesSocialSecurity));
    /// assert_eq!(Department::from_name("人事局"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Department> {
        NAMES
            .binary_search_by(|(n, _)| (*n).cmp(name))
            .ok()
            .map(|i| NAMES[i].1)
    }

    /// Every (name, department) pair the crate knows, sorted by name.
    pub(crate) fn name_table() -> &'static [(&'static str, Department)] {
        &NAMES
    }
}

impl fmt::Display for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.chinese_name())
    }
}

impl FromStr for Department {
    type Err = ParseDepartmentError;

    /// Parses any name of a department; on failure the error carries the
    /// nearest known departments.
    ///
    /// ```
    /// use township_duties::Department;
    /// assert_eq!("市监局".parse::<Department>(), Ok(Department::MarketRegulation));
    /// let err = "人力资源局".parse::<Department>().unwrap_err();
    /// assert_eq!(err.input, "人力资源局");
    /// assert_eq!(err.suggestions[0], Department::HumanResourcesSocialSecurity);
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        Department::from_name(t).ok_or_else(|| ParseDepartmentError {
            input: s.to_string(),
            suggestions: nearest(t, NAMES.iter().copied()),
        })
    }
}

/// Iterator of [`Department::names`].
#[derive(Debug, Clone)]
pub struct Names {
    info: &'static DepartmentInfo,
    next: usize,
}

impl Iterator for Names {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        let i = self.info;
        let n = self.next;
        let name = if n == 0 {
            Some(i.canonical)
        } else if n <= i.aliases.len() {
            Some(i.aliases[n - 1])
        } else {
            i.colloquial.get(n - 1 - i.aliases.len()).copied()
        };
        if name.is_some() {
            self.next += 1;
        }
        name
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let total = 1 + self.info.aliases.len() + self.info.colloquial.len();
        let left = total - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for Names {}
impl std::iter::FusedIterator for Names {}

/// How a [`Department`] takes part in a duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Role {
    /// Named in a cooperative duty's 对应上级部门 cell.
    Listed,
    /// Heads a per-department sub-section (`市教育局：…`) of a cooperative
    /// duty's 上级部门职责.
    SubSection,
    /// Took over a returned duty (承接部门).
    Undertaker,
    /// Named inside the text of a step or of a takeover method.
    Mentioned,
}

impl Role {
    /// All roles, in order.
    pub const ALL: [Role; 4] = [
        Role::Listed,
        Role::SubSection,
        Role::Undertaker,
        Role::Mentioned,
    ];

    /// A short Chinese label.
    pub const fn chinese_name(self) -> &'static str {
        match self {
            Role::Listed => "对应上级部门",
            Role::SubSection => "分部门职责",
            Role::Undertaker => "承接部门",
            Role::Mentioned => "职责中提及",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.chinese_name())
    }
}

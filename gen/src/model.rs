//! The generator's own model of the document, before it is written as Rust.

/// Which list an item is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum List {
    Basic,
    Cooperative,
    Returned,
}

impl List {
    pub fn letter(self) -> char {
        match self {
            List::Basic => 'B',
            List::Cooperative => 'C',
            List::Returned => 'R',
        }
    }
    pub fn variant(self) -> &'static str {
        match self {
            List::Basic => "Basic",
            List::Cooperative => "Cooperative",
            List::Returned => "Returned",
        }
    }
}

/// One item of one list.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub list: List,
    pub number: u32,
    pub category: String,
    pub name: String,
    pub detail: Detail,
}

impl Item {
    pub fn id(&self) -> String {
        format!("{}{}", self.list.letter(), self.number)
    }
}

/// What an item's list adds to it.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    Basic,
    Cooperative(Coop),
    Returned(Returned),
}

/// The cells of a cooperative item after its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Coop {
    /// 对应上级部门 as written (whitespace removed).
    pub departments_text: String,
    /// Indices into the department table, in document order, deduplicated.
    pub departments: Vec<usize>,
    /// 上级部门职责.
    pub superior: Vec<Section>,
    /// 乡配合职责.
    pub township: Vec<Section>,
}

/// A run of steps under an optional heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading line as written (`一、…` or `市教育局：`).
    pub heading: Option<String>,
    /// The department a `市教育局：` heading names.
    pub department: Option<usize>,
    /// Whether the steps were written `1.…；2.…`.
    pub numbered: bool,
    /// Step texts, without the `1.` prefix.
    pub steps: Vec<String>,
}

/// The 承接部门及工作方式 cell of a returned item.
#[derive(Debug, Clone, PartialEq)]
pub enum Returned {
    Discontinued,
    Undertaken {
        undertaker_text: String,
        undertaker: usize,
        method: String,
    },
}

/// A row of `data/categories.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryRow {
    pub variant: String,
    pub name: String,
}

/// A row of `data/departments.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeptRow {
    pub variant: String,
    pub canonical: String,
    pub level: String,
    pub english: String,
    /// Other names the document writes for it.
    pub aliases: Vec<String>,
    /// Names people use that the document does not.
    pub colloquial: Vec<String>,
}

/// The department table with alias look-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Departments {
    pub rows: Vec<DeptRow>,
}

impl Departments {
    /// The department whose canonical name or document alias is `name`.
    pub fn resolve(&self, name: &str) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| r.canonical == name || r.aliases.iter().any(|a| a == name))
    }

    /// Every (document name, department) pair, longest name first, for
    /// scanning free text.
    pub fn names_longest_first(&self) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self
            .rows
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                std::iter::once(r.canonical.as_str())
                    .chain(r.aliases.iter().map(|a| a.as_str()))
                    .map(move |n| (n, i))
            })
            .collect();
        v.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(b.0))
        });
        v
    }
}

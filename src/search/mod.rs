//! Fuzzy Chinese search over the catalog, and a "who handles this?" answer.
//!
//! ```
//! use township_duties::{catalog, search::Verdict};
//!
//! let hits = catalog().search("宅基地审批");
//! assert_eq!(hits[0].duty().id().to_string(), "B62");
//!
//! let answer = catalog().who_handles("村民建房审批找谁");
//! assert!(matches!(answer.verdict(), Verdict::Township(d) if d.id().to_string() == "B62"));
//! assert!(matches!(catalog().who_handles("办护照").verdict(), Verdict::NotListed));
//! ```
//!
//! # What a query may be
//!
//! Any string. It is normalized (fullwidth to ASCII, lower case,
//! traditional to simplified with `fast2s`, punctuation and spaces to
//! breaks), and only its first [`MAX_QUERY_CHARS`] meaningful characters
//! (hanzi, letters, digits; of the first 256 characters of input) are used,
//! so every query returns in bounded time. Question words and filler
//! (谁负责, 找谁, 怎么办, 吗, 的 …) are dropped; department names (人社局,
//! 市监局, 城管 …) become a boost for the duties the department takes part
//! in; colloquial terms from a small table (`synonyms.rs`: 盖房子 → 建房,
//! 讨薪 → 工资支付 …) are also searched as the document writes them.
//! Letters are read as pinyin: full (`zhaijidi`, `zhai ji di`), initials
//! (`zjd`), mixed (`宅jidi`) and with a cut-off last syllable (`zhaijid`);
//! a polyphonic character matches all its readings.
//!
//! # Index structure, and why
//!
//! The catalog is small (261 duties, 1,640 texts, about 40,000
//! characters) but Chinese has no word boundaries and queries are short,
//! colloquial and often misspelled. So the [`Index`] is character-level:
//!
//! - **postings** per character: every place it occurs, as one sorted `u32`
//!   (`field << 16 | position`). A query character (or each character a
//!   pinyin syllable or a homophone stands for) yields its places; all
//!   places are merged and sorted, so they group by field and run in text
//!   order. This gives infix matching anywhere in every field without a
//!   word segmenter, and its cost follows the query's characters, not the
//!   corpus.
//! - **per-character pinyin** (toneless, every reading, from the `pinyin`
//!   crate's heteronym table) and its inverse, syllable → characters: a
//!   pinyin unit or a homophone simply expands into more postings lists.
//! - **IDF** per character over duties: rare characters (溺, 秸) weigh more
//!   than common ones (工, 作, 乡).
//!
//! Within one field, the matched places are chained by a dynamic programme
//! (query units in order, text positions increasing), which scores exact
//! runs highest and lets gaps (秸秆…禁烧), one wrong, missing or extra
//! character (queries of 3+ units), homophones and pinyin through at a
//! cost. A chain may hold one edit (a homophone or a skipped query
//! character); homophones (same usual toneless reading) and initials must
//! sit next to another matched character, so their places are pruned when
//! no neighbour matches. A character's unusual readings (长 as zhang is
//! fine, 育 as zhou is not) count for less. Bigram postings were
//! considered: they prune better on long queries but lose
//! single-character typos and pinyin initials, which are the hard cases
//! here; character postings over so small a corpus are fast enough and
//! simpler. The index takes about 850 KiB of heap and builds in about 2 ms.
//!
//! Three cuts keep the work per query small: homophones and initials,
//! which count only beside a neighbouring unit's match, are looked up from
//! those matches' places rather than from their own (thousands of) places;
//! a field where a single query unit matches, or only the commonest
//! characters (工作, 乡, 市), is not chained at all; and a department named
//! in the query is searched as a boost, not again as text, when anything
//! else is left to search.
//!
//! # Ranking
//!
//! A field's best chain is weighted by the field (name 1.0, departments
//! and undertaker 0.75, township steps 0.6, method 0.6, superior steps
//! 0.55, category 0.5) and by how each unit matched (exact 1.0, pinyin
//! 0.9, homophone 0.6, initials 0.8); the duty's score adds what its other
//! fields cover of the rest of the query, at half weight, and is divided
//! by the query's total weight, so a score near 1 means the whole query
//! was found. Single characters and chains without two adjacent matches
//! count for less (they are weak evidence in long step texts). A duty whose name the query exactly is gets +1, a short name
//! covered by the query a little more, and a department named in the query
//! boosts the duties it takes part in. Ties break by id.

mod engine;
mod index;
mod query;
mod synonyms;

use crate::{Catalog, Category, Department, Duty, ListKind};
use std::fmt;
use std::ops::Range;

pub use index::Index;
pub use query::MAX_QUERY_CHARS;

/// The default and usual number of hits: 10.
pub const DEFAULT_LIMIT: usize = 10;

/// A text of a duty that a query can match.
///
/// ```
/// use township_duties::{catalog, search::Field};
/// let r2 = catalog().get("R2".parse()?).unwrap();
/// assert_eq!(Field::Name.text(r2), Some("工伤认定调查"));
/// assert_eq!(Field::Undertaker.text(r2), Some("市人力资源和社会保障局"));
/// assert_eq!(Field::Departments.text(r2), None);
/// # Ok::<(), township_duties::ParseDutyIdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Field {
    /// 事项名称.
    Name,
    /// 事项类别.
    Category,
    /// 对应上级部门, as written (cooperative list).
    Departments,
    /// The heading of a section of 上级部门职责.
    SuperiorHeading {
        /// Index of the section.
        section: usize,
    },
    /// A step of 上级部门职责.
    SuperiorStep {
        /// Index of the section.
        section: usize,
        /// Index of the step in the section.
        step: usize,
    },
    /// The heading of a section of 乡配合职责.
    TownshipHeading {
        /// Index of the section.
        section: usize,
    },
    /// A step of 乡配合职责.
    TownshipStep {
        /// Index of the section.
        section: usize,
        /// Index of the step in the section.
        step: usize,
    },
    /// 承接部门, as written (returned list).
    Undertaker,
    /// 承接方式 (returned list).
    Method,
}

impl Field {
    /// The field's text in `duty`, if the duty has it.
    pub fn text(self, duty: &Duty) -> Option<&'static str> {
        let coop = duty.cooperation();
        let take = duty.takeover();
        match self {
            Field::Name => Some(duty.name()),
            Field::Category => Some(duty.category().chinese_name()),
            Field::Departments => coop.map(|c| c.departments_text()),
            Field::SuperiorHeading { section } => coop?.superior().get(section)?.heading(),
            Field::SuperiorStep { section, step } => {
                coop?.superior().get(section)?.steps().get(step).copied()
            }
            Field::TownshipHeading { section } => coop?.township().get(section)?.heading(),
            Field::TownshipStep { section, step } => {
                coop?.township().get(section)?.steps().get(step).copied()
            }
            Field::Undertaker => take?.undertaker_text(),
            Field::Method => take?.method(),
        }
    }

    /// Every field `duty` has text in, in document order.
    pub fn all_of(duty: &Duty) -> impl Iterator<Item = Field> + '_ {
        let mut v = vec![Field::Name, Field::Category];
        if let Some(c) = duty.cooperation() {
            v.push(Field::Departments);
            for (si, s) in c.superior().iter().enumerate() {
                if s.heading().is_some() {
                    v.push(Field::SuperiorHeading { section: si });
                }
                v.extend(
                    (0..s.steps().len()).map(|step| Field::SuperiorStep { section: si, step }),
                );
            }
            for (si, s) in c.township().iter().enumerate() {
                if s.heading().is_some() {
                    v.push(Field::TownshipHeading { section: si });
                }
                v.extend(
                    (0..s.steps().len()).map(|step| Field::TownshipStep { section: si, step }),
                );
            }
        }
        if duty.takeover().is_some() {
            v.push(Field::Undertaker);
            v.push(Field::Method);
        }
        v.into_iter().filter(move |f| f.text(duty).is_some())
    }

    /// How much a match in this field counts, relative to the name.
    pub fn weight(self) -> f32 {
        match self {
            Field::Name => 1.0,
            Field::Category => 0.5,
            Field::Departments | Field::Undertaker => 0.75,
            Field::SuperiorHeading { .. } | Field::TownshipHeading { .. } => 0.6,
            Field::TownshipStep { .. } | Field::Method => 0.6,
            Field::SuperiorStep { .. } => 0.55,
        }
    }
}

impl fmt::Display for Field {
    /// `事项名称`, `上级部门职责 1.2` (section 1, step 2, from 1), …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Field::Name => f.write_str("事项名称"),
            Field::Category => f.write_str("事项类别"),
            Field::Departments => f.write_str("对应上级部门"),
            Field::SuperiorHeading { section } => write!(f, "上级部门职责 {}", section + 1),
            Field::SuperiorStep { section, step } => {
                write!(f, "上级部门职责 {}.{}", section + 1, step + 1)
            }
            Field::TownshipHeading { section } => write!(f, "乡配合职责 {}", section + 1),
            Field::TownshipStep { section, step } => {
                write!(f, "乡配合职责 {}.{}", section + 1, step + 1)
            }
            Field::Undertaker => f.write_str("承接部门"),
            Field::Method => f.write_str("承接方式"),
        }
    }
}

/// How a field matched the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum MatchKind {
    /// The query is the whole field.
    Exact,
    /// The query occurs in the field as written.
    Substring,
    /// The query's characters occur in order, with gaps (秸秆…禁烧).
    Gapped,
    /// Through full pinyin syllables (`zhaijidi`).
    Pinyin,
    /// Through pinyin initials or a cut-off syllable (`zjd`, `zhaijid`).
    Initials,
    /// With one wrong, missing or extra character.
    Typo,
    /// Through a character with the same toneless pinyin (宅基第 → 宅基地).
    Homophone,
    /// Through the synonym table (盖房子 → 建房).
    Synonym,
    /// A department the query names takes part in the duty.
    Department,
}

impl MatchKind {
    /// A short lower-case English label (`substring`, `pinyin`, …).
    pub fn label(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Substring => "substring",
            MatchKind::Gapped => "gapped",
            MatchKind::Pinyin => "pinyin",
            MatchKind::Initials => "initials",
            MatchKind::Typo => "typo",
            MatchKind::Homophone => "homophone",
            MatchKind::Synonym => "synonym",
            MatchKind::Department => "department",
        }
    }
}

impl fmt::Display for MatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label())
    }
}

/// Why a hit matched: one field, how, and where.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MatchReason {
    pub(crate) field: Field,
    pub(crate) kind: MatchKind,
    pub(crate) ranges: Vec<Range<usize>>,
}

impl MatchReason {
    /// The field.
    pub fn field(&self) -> Field {
        self.field
    }

    /// How it matched.
    pub fn kind(&self) -> MatchKind {
        self.kind
    }

    /// The matched parts of the field's text, in **character** offsets
    /// (not bytes), sorted and disjoint. Pinyin matches are mapped back to
    /// their hanzi. May be empty for a [`MatchKind::Department`] reason.
    pub fn ranges(&self) -> &[Range<usize>] {
        &self.ranges
    }

    /// The field's text with every matched part wrapped in `open`/`close`.
    ///
    /// ```
    /// use township_duties::catalog;
    /// let hit = &catalog().search("工伤认定")[0];
    /// let reason = &hit.reasons()[0];
    /// assert_eq!(reason.highlight(hit.duty(), "【", "】"), "【工伤认定】调查");
    /// ```
    pub fn highlight(&self, duty: &Duty, open: &str, close: &str) -> String {
        let text = self.field.text(duty).unwrap_or("");
        let mut out = String::with_capacity(text.len() + 16);
        let mut ranges = self.ranges.iter().peekable();
        for (i, c) in text.chars().enumerate() {
            if ranges.peek().is_some_and(|r| r.start == i) {
                out.push_str(open);
            }
            out.push(c);
            if let Some(r) = ranges.peek() {
                if r.end == i + 1 {
                    out.push_str(close);
                    ranges.next();
                }
            }
        }
        out
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SearchHit {
    #[cfg_attr(feature = "serde", serde(serialize_with = "engine::ser_duty_id"))]
    pub(crate) duty: &'static Duty,
    pub(crate) score: f32,
    pub(crate) reasons: Vec<MatchReason>,
}

impl SearchHit {
    /// The duty.
    pub fn duty(&self) -> &'static Duty {
        self.duty
    }

    /// The score: about the share of the query found (weighted by field and
    /// by how rare the matched characters are), plus bonuses; higher is
    /// better. Comparable only within one query.
    pub fn score(&self) -> f32 {
        self.score
    }

    /// Why it matched, the strongest reason first.
    pub fn reasons(&self) -> &[MatchReason] {
        &self.reasons
    }
}

/// Options for [`Catalog::search_with`]: limit, filters and a minimum
/// score.
///
/// ```
/// use township_duties::{catalog, search::SearchOptions, ListKind};
/// let opts = SearchOptions::new().limit(3).list(ListKind::Returned);
/// let hits = catalog().search_with("工伤", &opts);
/// assert!(hits.len() <= 3);
/// assert!(hits.iter().all(|h| h.duty().list() == ListKind::Returned));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SearchOptions {
    pub(crate) limit: usize,
    pub(crate) lists: Vec<ListKind>,
    pub(crate) categories: Vec<Category>,
    pub(crate) departments: Vec<Department>,
    pub(crate) min_score: f32,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: DEFAULT_LIMIT,
            lists: Vec::new(),
            categories: Vec::new(),
            departments: Vec::new(),
            min_score: 0.0,
        }
    }
}

impl SearchOptions {
    /// The defaults: 10 hits, no filter, any score.
    pub fn new() -> Self {
        Self::default()
    }

    /// At most `limit` hits.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// Only duties on `list` (call again to allow more lists).
    pub fn list(mut self, list: ListKind) -> Self {
        self.lists.push(list);
        self
    }

    /// Only duties of `category` (call again to allow more).
    pub fn category(mut self, category: Category) -> Self {
        self.categories.push(category);
        self
    }

    /// Only duties `department` takes part in, in any role (call again to
    /// allow more).
    pub fn department(mut self, department: Department) -> Self {
        self.departments.push(department);
        self
    }

    /// Only hits scoring at least `min_score`.
    pub fn min_score(mut self, min_score: f32) -> Self {
        self.min_score = min_score;
        self
    }
}

/// Who handles a matter: the answer of [`Catalog::who_handles`].
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The township alone (基本履职事项清单).
    Township(&'static Duty),
    /// The township with city departments (配合履职事项清单): see the
    /// duty's [`cooperation`](Duty::cooperation) for the departments and the
    /// township's steps.
    Shared(&'static Duty),
    /// A department took it over (上级部门收回事项清单); see
    /// [`Takeover::method`](crate::Takeover::method) for how.
    TakenOver(&'static Duty, Department),
    /// Dropped altogether: 不再开展此项工作 (R1 and R14).
    Discontinued(&'static Duty),
    /// Nothing on any list matches confidently.
    NotListed,
}

impl Verdict {
    /// The duty the verdict rests on, if any.
    pub fn duty(&self) -> Option<&'static Duty> {
        match *self {
            Verdict::Township(d)
            | Verdict::Shared(d)
            | Verdict::TakenOver(d, _)
            | Verdict::Discontinued(d) => Some(d),
            Verdict::NotListed => None,
        }
    }

    /// The departments that answer for the matter: for a shared duty its
    /// 对应上级部门 in document order, for one taken over the undertaker;
    /// otherwise none.
    ///
    /// ```
    /// use township_duties::{catalog, Department};
    /// let a = catalog().who_handles("工伤认定调查");
    /// assert_eq!(a.verdict().departments(), [Department::HumanResourcesSocialSecurity]);
    /// ```
    pub fn departments(&self) -> &'static [Department] {
        self.duty().map_or(&[], |d| d.departments())
    }

    /// What the township itself must do, for a shared duty: the
    /// 乡配合职责 sections (empty otherwise, and for C70, whose cell is empty).
    ///
    /// ```
    /// use township_duties::catalog;
    /// let a = catalog().who_handles("防溺水工作");
    /// assert_eq!(a.verdict().township_steps()[0].steps().len(), 5);
    /// ```
    pub fn township_steps(&self) -> &'static [crate::Section] {
        match *self {
            Verdict::Shared(d) => d.cooperation().map_or(&[], |c| c.township()),
            _ => &[],
        }
    }
}

impl fmt::Display for Verdict {
    /// One line of Chinese, such as `乡政府负责（B62 …）`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Verdict::Township(d) => {
                write!(f, "由乡独立负责（基本履职事项 {}：{}）", d.id(), d.name())
            }
            Verdict::Shared(d) => {
                let c = d.cooperation().map(|c| c.departments_text()).unwrap_or("");
                write!(
                    f,
                    "由乡配合{c}共同负责（配合履职事项 {}：{}）",
                    d.id(),
                    d.name()
                )
            }
            Verdict::TakenOver(d, dep) => {
                write!(f, "已由{dep}收回承接（{}：{}）", d.id(), d.name())?;
                if let Some(m) = d.takeover().and_then(|t| t.method()) {
                    write!(f, "；承接方式：{m}")?;
                }
                Ok(())
            }
            Verdict::Discontinued(d) => write!(f, "不再开展此项工作（{}：{}）", d.id(), d.name()),
            Verdict::NotListed => f.write_str("未在任何清单中找到"),
        }
    }
}

/// The verdict of [`Catalog::who_handles`] with its evidence: the ranked
/// hits it was drawn from.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoHandles {
    pub(crate) verdict: Verdict,
    pub(crate) hits: Vec<SearchHit>,
}

impl WhoHandles {
    /// The verdict.
    pub fn verdict(&self) -> &Verdict {
        &self.verdict
    }

    /// The evidence: the search hits, best first (possibly weak ones even
    /// when the verdict is [`Verdict::NotListed`]).
    pub fn hits(&self) -> &[SearchHit] {
        &self.hits
    }
}

/// The top hit must score at least this for [`Catalog::who_handles`] to
/// name a duty. Chosen from the quality suite (`tests/search_quality.rs`):
/// its 22 negative queries score at most 0.25, and 247 of its 254 positive
/// queries score 0.30 or more (the rest are long colloquial questions
/// whose words the document does not use).
pub const CONFIDENCE_THRESHOLD: f32 = 0.30;

impl Index {
    /// Search this index; see [`Catalog::search`].
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        engine::search(self, query, &SearchOptions::default())
    }

    /// Search this index with options; see [`Catalog::search_with`].
    pub fn search_with(&self, query: &str, options: &SearchOptions) -> Vec<SearchHit> {
        engine::search(self, query, options)
    }
}

impl Catalog {
    /// Search every duty: at most 10 hits, best first. Empty or
    /// whitespace-only queries (and queries of nothing but filler or
    /// punctuation) give none.
    ///
    /// ```
    /// use township_duties::{catalog, search::MatchKind};
    /// let hits = catalog().search("zjd");
    /// assert_eq!(hits[0].duty().id().to_string(), "B62"); // 宅基地
    /// assert_eq!(hits[0].reasons()[0].kind(), MatchKind::Initials);
    /// assert!(catalog().search("   ").is_empty());
    /// ```
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        Index::global().search(query)
    }

    /// Search with a limit, filters and a minimum score.
    pub fn search_with(&self, query: &str, options: &SearchOptions) -> Vec<SearchHit> {
        Index::global().search_with(query, options)
    }

    /// Who handles this matter: the township alone, the township with
    /// departments, a department that took it over, nobody any more, or
    /// nothing on the lists (when the best hit scores below
    /// [`CONFIDENCE_THRESHOLD`]).
    ///
    /// ```
    /// use township_duties::{catalog, search::Verdict, Department};
    /// let a = catalog().who_handles("工伤认定现在去哪里办");
    /// assert!(matches!(a.verdict(), Verdict::TakenOver(_, Department::HumanResourcesSocialSecurity)));
    /// assert!(matches!(catalog().who_handles("惠民保").verdict(), Verdict::Discontinued(_)));
    /// ```
    pub fn who_handles(&self, query: &str) -> WhoHandles {
        let hits = self.search(query);
        let verdict = match hits.first() {
            Some(top) if top.score >= CONFIDENCE_THRESHOLD => {
                let d = top.duty;
                match (d.cooperation(), d.takeover()) {
                    (Some(_), _) => Verdict::Shared(d),
                    (_, Some(t)) => match t.undertaker() {
                        Some(dep) => Verdict::TakenOver(d, dep),
                        None => Verdict::Discontinued(d),
                    },
                    _ => Verdict::Township(d),
                }
            }
            _ => Verdict::NotListed,
        };
        WhoHandles { verdict, hits }
    }
}

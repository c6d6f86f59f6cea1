//! The three lists.

use crate::error::ParseListKindError;
use std::fmt;
use std::str::FromStr;

/// One of the three duty lists (履职事项清单).
///
/// ```
/// use township_duties::ListKind;
/// assert_eq!(ListKind::Cooperative.chinese_name(), "配合履职事项清单");
/// assert_eq!("returned".parse::<ListKind>(), Ok(ListKind::Returned));
/// assert_eq!("基本".parse::<ListKind>(), Ok(ListKind::Basic));
/// assert_eq!(ListKind::Basic.to_string(), "basic");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ListKind {
    /// 基本履职事项清单: duties the township does itself (87 items, ids `B1`…).
    Basic,
    /// 配合履职事项清单: duties done with city departments (123 items, `C1`…).
    Cooperative,
    /// 上级部门收回事项清单: duties taken back by a city department or dropped
    /// (51 items, `R1`…).
    Returned,
}

impl ListKind {
    /// All three, in document order.
    pub const ALL: [ListKind; 3] = [ListKind::Basic, ListKind::Cooperative, ListKind::Returned];

    /// The list's official Chinese title without the township's name.
    pub const fn chinese_name(self) -> &'static str {
        match self {
            ListKind::Basic => "基本履职事项清单",
            ListKind::Cooperative => "配合履职事项清单",
            ListKind::Returned => "上级部门收回事项清单",
        }
    }

    /// The short Chinese name: 基本, 配合 or 收回.
    pub const fn short_chinese_name(self) -> &'static str {
        match self {
            ListKind::Basic => "基本",
            ListKind::Cooperative => "配合",
            ListKind::Returned => "收回",
        }
    }

    /// The English key used by `Display`, `FromStr` and serde: `basic`,
    /// `cooperative` or `returned`.
    pub const fn key(self) -> &'static str {
        match self {
            ListKind::Basic => "basic",
            ListKind::Cooperative => "cooperative",
            ListKind::Returned => "returned",
        }
    }

    /// The letter of its duty ids: `B`, `C` or `R`.
    ///
    /// ```
    /// assert_eq!(township_duties::ListKind::Returned.letter(), 'R');
    /// ```
    pub const fn letter(self) -> char {
        match self {
            ListKind::Basic => 'B',
            ListKind::Cooperative => 'C',
            ListKind::Returned => 'R',
        }
    }

    /// The list whose ids start with `letter` (either case).
    pub const fn from_letter(letter: char) -> Option<ListKind> {
        match letter {
            'B' | 'b' => Some(ListKind::Basic),
            'C' | 'c' => Some(ListKind::Cooperative),
            'R' | 'r' => Some(ListKind::Returned),
            _ => None,
        }
    }

    /// How many items the list has.
    ///
    /// ```
    /// use township_duties::ListKind;
    /// assert_eq!(ListKind::ALL.map(ListKind::len), [87, 123, 51]);
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub const fn len(self) -> usize {
        match self {
            ListKind::Basic => crate::catalog::BASIC_LEN,
            ListKind::Cooperative => crate::catalog::COOPERATIVE_LEN,
            ListKind::Returned => crate::catalog::RETURNED_LEN,
        }
    }
}

impl fmt::Display for ListKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.key())
    }
}

impl FromStr for ListKind {
    type Err = ParseListKindError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        ListKind::ALL
            .into_iter()
            .find(|k| {
                t.eq_ignore_ascii_case(k.key())
                    || t == k.chinese_name()
                    || t == k.short_chinese_name()
                    || (t.chars().count() == 1
                        && t.chars().next().and_then(ListKind::from_letter) == Some(*k))
            })
            .ok_or_else(|| ParseListKindError {
                input: s.to_string(),
            })
    }
}

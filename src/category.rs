//! Methods of [`Category`], whose enum is generated in `src/gen/categories.rs`.

use crate::error::{nearest, ParseCategoryError};
pub use crate::gen::categories::Category;
use crate::gen::categories::{ALL, CATEGORIES};
use std::fmt;
use std::str::FromStr;

impl Category {
    /// All 22 categories, in order of first appearance in the document.
    ///
    /// ```
    /// use township_duties::Category;
    /// assert_eq!(Category::all().len(), 22);
    /// assert_eq!(Category::all()[0], Category::PartyBuilding);
    /// ```
    pub fn all() -> &'static [Category] {
        &ALL
    }

    /// The Chinese name, as the lists write it.
    ///
    /// ```
    /// use township_duties::Category;
    /// assert_eq!(Category::EmergencyAndFireSafety.chinese_name(), "应急管理及消防");
    /// ```
    pub fn chinese_name(self) -> &'static str {
        CATEGORIES[self as usize].1
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.chinese_name())
    }
}

impl FromStr for Category {
    type Err = ParseCategoryError;

    /// Parses a Chinese category name (surrounding whitespace ignored).
    ///
    /// ```
    /// use township_duties::Category;
    /// assert_eq!("商贸流通".parse::<Category>(), Ok(Category::CommerceAndTrade));
    /// let err = "自然资源管理".parse::<Category>().unwrap_err();
    /// assert_eq!(err.suggestions[0], Category::NaturalResources);
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        CATEGORIES
            .iter()
            .find(|c| c.1 == t)
            .map(|c| c.0)
            .ok_or_else(|| ParseCategoryError {
                input: s.to_string(),
                suggestions: nearest(t, CATEGORIES.iter().map(|&(c, n)| (n, c))),
            })
    }
}

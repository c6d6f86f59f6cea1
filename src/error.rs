//! Errors of parsing the crate's names and ids.

use crate::{Category, Department, ListKind};

/// Why a string is not a [`DutyId`](crate::DutyId) such as `C26`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum ParseDutyIdError {
    /// The input was empty or only whitespace.
    #[error("empty duty id: expected a list letter (B, C or R) and a number, such as C26")]
    Empty,
    /// The first character is not `B`, `C` or `R`.
    #[error(
        "duty id {input:?} does not start with a list letter (B basic, C cooperative, R returned)"
    )]
    UnknownList {
        /// The input as given.
        input: String,
    },
    /// What follows the letter is not a decimal number.
    #[error("duty id {input:?}: expected a decimal number after the list letter")]
    InvalidNumber {
        /// The input as given.
        input: String,
    },
    /// The number is not on the list.
    #[error("duty id {input:?}: {list} has items 1 to {len}")]
    OutOfRange {
        /// The input as given.
        input: String,
        /// The list the letter names.
        list: ListKind,
        /// How many items that list has.
        len: usize,
    },
}

/// Why a string names no [`ListKind`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown list {input:?}: expected basic, cooperative, returned, B, C, R or a list's Chinese name")]
pub struct ParseListKindError {
    /// The input as given.
    pub input: String,
}

/// Why a string names no [`Category`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown category {input:?}{}", did_you_mean(suggestions))]
pub struct ParseCategoryError {
    /// The input as given.
    pub input: String,
    /// The nearest category names, best first (possibly none).
    pub suggestions: Vec<Category>,
}

/// Why a string names no [`Department`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown department {input:?}{}", did_you_mean(suggestions))]
pub struct ParseDepartmentError {
    /// The input as given.
    pub input: String,
    /// The nearest departments, best first (possibly none).
    pub suggestions: Vec<Department>,
}

fn did_you_mean<T: std::fmt::Display>(v: &[T]) -> String {
    if v.is_empty() {
        return String::new();
    }
    let names: Vec<String> = v.iter().map(ToString::to_string).collect();
    format!("; did you mean {}?", names.join(", "))
}

/// The known names nearest to `input`, best first: character-based
/// Jaro–Winkler (a byte-based measure would misjudge Chinese; Jaro–Winkler
/// rewards the shared head that a shortened or mistyped department name
/// keeps, `人力资源局` → `人力资源和社会保障局`), keeping scores of at least
/// `0.6`, one entry per value, at most 3.
pub(crate) fn nearest<T: Copy + PartialEq>(
    input: &str,
    names: impl Iterator<Item = (&'static str, T)>,
) -> Vec<T> {
    let input: String = input.chars().take(64).collect();
    let mut scored: Vec<(f64, &'static str, T)> = names
        .map(|(n, v)| (strsim::jaro_winkler(&input, n), n, v))
        .filter(|(s, _, _)| *s >= 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let mut out = Vec::new();
    for (_, _, v) in scored {
        if !out.contains(&v) {
            out.push(v);
            if out.len() == 3 {
                break;
            }
        }
    }
    out
}

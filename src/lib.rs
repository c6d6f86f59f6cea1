//! The official duty lists (履职事项清单) of 伊犁州奎屯市开干齐乡, embedded as
//! typed Rust data, with fuzzy Chinese search.
//!
//! The township publishes three lists:
//!
//! - [`ListKind::Basic`], 基本履职事项清单: 87 duties it does itself;
//! - [`ListKind::Cooperative`], 配合履职事项清单: 123 duties it does with named
//!   city departments, each side's part written as steps;
//! - [`ListKind::Returned`], 上级部门收回事项清单: 51 duties a city department
//!   took back (or that were dropped), with who does them now and how.
//!
//! Everything is compiled in: no file, network or set-up at run time.
//!
//! ```
//! use township_duties::{catalog, Department, ListKind, Role};
//!
//! let c = catalog();
//! let duty = c.get("C26".parse()?).unwrap();
//! assert_eq!(duty.name(), "防溺水工作");
//! let coop = duty.cooperation().unwrap();
//! assert_eq!(coop.departments()[0], Department::Education);
//! assert!(!coop.township().is_empty());
//!
//! // Which returned duties did 市人社局 take over?
//! let taken = c
//!     .involving("人社局".parse()?)
//!     .filter(|i| i.role() == Role::Undertaker)
//!     .count();
//! assert_eq!(taken, 6);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Provenance
//!
//! `data/source.txt` is the text of the official document as published
//! (a PDF dump). `cargo run -p township-duties-gen` parses it into
//! `src/gen/`; `tests/fidelity.rs` proves the tables hold exactly the
//! source's text, and `tests/codegen.rs` that they are fresh.
//!
//! # Features
//!
//! - `serde`: `Serialize` for the catalog and its types (a duty serializes
//!   to a flat JSON object; see `examples/export.rs`), and `Deserialize` for
//!   the name-like types (`ListKind`, `Category`, `Department`, `DutyId`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod catalog;
mod category;
mod department;
mod duty;
mod error;
#[rustfmt::skip]
mod gen;
mod list;
pub mod search;
#[cfg(feature = "serde")]
mod serde_impl;

pub use catalog::{Catalog, CategoryCounts, Duties, InCategory, InList, InvolvementsOf, Involving};
pub use category::Category;
pub use department::{Department, Level, Names, Role};
pub use duty::{Cooperation, Detail, Duty, DutyId, Involvement, Section, Takeover};
pub use error::{ParseCategoryError, ParseDepartmentError, ParseDutyIdError, ParseListKindError};
pub use list::ListKind;
pub use search::{Field, MatchKind, MatchReason, SearchHit, SearchOptions, Verdict, WhoHandles};

/// The README's code blocks, compiled and run as doctests so that it stays
/// true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Where the embedded data comes from.
pub mod provenance {
    /// The township the lists belong to.
    pub const TOWNSHIP: &str = "伊犁州奎屯市开干齐乡";
    /// The source file in this crate: the official text, dumped from PDF.
    pub const SOURCE_PATH: &str = "data/source.txt";
    /// The document's pages, per its page footers (`第 25 页，共 88 页`).
    pub const SOURCE_PAGES: u32 = 88;
    pub use crate::gen::{SOURCE_BYTES, SOURCE_FNV1A64, SOURCE_LINES};
}

/// The catalog of all three lists.
///
/// ```
/// assert_eq!(township_duties::catalog().len(), 261);
/// ```
pub fn catalog() -> &'static Catalog {
    &catalog::CATALOG
}

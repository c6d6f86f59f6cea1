//! The catalog: every duty, and the relations between duties, lists,
//! categories and departments, answered from the generated tables.

use crate::gen::duties::DUTIES;
use crate::gen::relations::{BY_DEPARTMENT, BY_DUTY};
use crate::{Category, Department, Duty, DutyId, Involvement, ListKind, Role};
use std::iter::FusedIterator;

pub(crate) const BASIC_LEN: usize = 87;
pub(crate) const COOPERATIVE_LEN: usize = 123;
pub(crate) const RETURNED_LEN: usize = 51;
const _: () = assert!(DUTIES.len() == BASIC_LEN + COOPERATIVE_LEN + RETURNED_LEN);

/// The three lists of 伊犁州奎屯市开干齐乡, embedded at compile time.
///
/// Get it with [`catalog()`](crate::catalog()).
///
/// ```
/// use township_duties::{catalog, ListKind};
/// let c = catalog();
/// assert_eq!(c.len(), 261);
/// assert_eq!(c.in_list(ListKind::Cooperative).count(), 123);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Catalog {}

pub(crate) static CATALOG: Catalog = Catalog {};

impl Catalog {
    /// How many duties there are over all lists: 261.
    pub fn len(&self) -> usize {
        DUTIES.len()
    }

    /// Always false: the catalog is never empty.
    pub fn is_empty(&self) -> bool {
        DUTIES.is_empty()
    }

    /// Every duty in document order: basic, cooperative, returned.
    ///
    /// ```
    /// let first = township_duties::catalog().duties().next().unwrap();
    /// assert_eq!(first.id().to_string(), "B1");
    /// ```
    pub fn duties(&self) -> Duties {
        Duties {
            inner: DUTIES.iter(),
        }
    }

    /// The duty with this id. Every valid [`DutyId`] names a duty.
    pub fn duty(&self, id: DutyId) -> &'static Duty {
        &DUTIES[id.index()]
    }

    /// The duty with this id (always `Some` for an id built by this crate;
    /// kept for symmetry with maps).
    ///
    /// ```
    /// use township_duties::catalog;
    /// let r2 = catalog().get("R2".parse()?).unwrap();
    /// assert_eq!(r2.name(), "工伤认定调查");
    /// # Ok::<(), township_duties::ParseDutyIdError>(())
    /// ```
    pub fn get(&self, id: DutyId) -> Option<&'static Duty> {
        DUTIES.get(id.index()).filter(|d| d.id == id)
    }

    /// The duties of one list, by number.
    ///
    /// ```
    /// use township_duties::{catalog, ListKind};
    /// assert_eq!(catalog().in_list(ListKind::Returned).len(), 51);
    /// ```
    pub fn in_list(&self, list: ListKind) -> InList {
        let start = DutyId::new_unchecked(list, 1).index();
        InList {
            inner: DUTIES[start..start + list.len()].iter(),
        }
    }

    /// The duties of a category, over all lists, in document order.
    ///
    /// ```
    /// use township_duties::{catalog, Category};
    /// assert_eq!(catalog().in_category(Category::CommerceAndTrade).count(), 1);
    /// ```
    pub fn in_category(&self, category: Category) -> InCategory {
        InCategory {
            inner: DUTIES.iter(),
            category,
        }
    }

    /// The categories that occur on `list` (or on any list, for `None`), in
    /// order of first appearance, each with its number of duties.
    ///
    /// ```
    /// use township_duties::{catalog, Category, ListKind};
    /// let counts: Vec<_> = catalog().category_counts(Some(ListKind::Returned)).collect();
    /// assert_eq!(counts.len(), 10);
    /// assert_eq!(counts[0], (Category::LivelihoodServices, 8));
    /// ```
    pub fn category_counts(&self, list: Option<ListKind>) -> CategoryCounts {
        let mut counts: Vec<(Category, usize)> = Vec::new();
        for d in DUTIES
            .iter()
            .filter(|d| list.map_or(true, |l| d.id.list() == l))
        {
            match counts.iter_mut().find(|c| c.0 == d.category) {
                Some(c) => c.1 += 1,
                None => counts.push((d.category, 1)),
            }
        }
        CategoryCounts {
            inner: counts.into_iter(),
        }
    }

    /// Every duty `department` takes part in, and in what role, sorted by
    /// duty then role. A duty appears once per role (a department may be
    /// listed in a cooperative duty and also named in its steps).
    ///
    /// ```
    /// use township_duties::{catalog, Department, Role};
    /// let taken: Vec<_> = catalog()
    ///     .involving(Department::HumanResourcesSocialSecurity)
    ///     .filter(|i| i.role() == Role::Undertaker)
    ///     .map(|i| i.duty_id().to_string())
    ///     .collect();
    /// assert_eq!(taken, ["R2", "R3", "R4", "R5", "R6", "R7"]);
    /// ```
    pub fn involving(&self, department: Department) -> Involving {
        let lo = BY_DEPARTMENT.partition_point(|r| r.0 < department);
        let hi = BY_DEPARTMENT.partition_point(|r| r.0 <= department);
        Involving {
            inner: BY_DEPARTMENT[lo..hi].iter(),
        }
    }

    /// Every department that takes part in the duty `id`, by role then
    /// department.
    ///
    /// ```
    /// use township_duties::{catalog, Department, Role};
    /// let rows: Vec<_> = catalog().involvements_of("R2".parse()?).map(|i| (i.department(), i.role())).collect();
    /// assert_eq!(rows, [(Department::HumanResourcesSocialSecurity, Role::Undertaker)]);
    /// # Ok::<(), township_duties::ParseDutyIdError>(())
    /// ```
    pub fn involvements_of(&self, id: DutyId) -> InvolvementsOf {
        let i = id.index() as u16;
        let lo = BY_DUTY.partition_point(|r| r.1 < i);
        let hi = BY_DUTY.partition_point(|r| r.1 <= i);
        InvolvementsOf {
            inner: BY_DUTY[lo..hi].iter(),
        }
    }

    /// The departments that take part in at least one duty in `role`, in
    /// declaration order.
    pub fn departments_in_role(&self, role: Role) -> Vec<Department> {
        let mut v: Vec<Department> = BY_DEPARTMENT
            .iter()
            .filter(|r| r.2 == role)
            .map(|r| r.0)
            .collect();
        v.dedup();
        v
    }
}

macro_rules! slice_iter {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone)]
        pub struct $name {
            inner: std::slice::Iter<'static, Duty>,
        }

        impl Iterator for $name {
            type Item = &'static Duty;
            fn next(&mut self) -> Option<&'static Duty> {
                self.inner.next()
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }

        impl DoubleEndedIterator for $name {
            fn next_back(&mut self) -> Option<&'static Duty> {
                self.inner.next_back()
            }
        }

        impl ExactSizeIterator for $name {}
        impl FusedIterator for $name {}
    };
}

slice_iter!(
    /// Iterator of [`Catalog::duties`].
    Duties
);

impl Duties {
    /// The duties not yet iterated, as a slice (all of them, in document
    /// order, for a fresh iterator).
    ///
    /// ```
    /// let all = township_duties::catalog().duties().as_slice();
    /// assert_eq!(all[61].id().to_string(), "B62");
    /// ```
    pub fn as_slice(&self) -> &'static [Duty] {
        self.inner.as_slice()
    }
}
slice_iter!(
    /// Iterator of [`Catalog::in_list`].
    InList
);

/// Iterator of [`Catalog::in_category`].
#[derive(Debug, Clone)]
pub struct InCategory {
    inner: std::slice::Iter<'static, Duty>,
    category: Category,
}

impl Iterator for InCategory {
    type Item = &'static Duty;
    fn next(&mut self) -> Option<&'static Duty> {
        let c = self.category;
        self.inner.find(|d| d.category == c)
    }
}

impl DoubleEndedIterator for InCategory {
    fn next_back(&mut self) -> Option<&'static Duty> {
        let c = self.category;
        self.inner.rfind(|d| d.category == c)
    }
}

impl FusedIterator for InCategory {}

/// Iterator of [`Catalog::category_counts`].
#[derive(Debug, Clone)]
pub struct CategoryCounts {
    inner: std::vec::IntoIter<(Category, usize)>,
}

impl Iterator for CategoryCounts {
    type Item = (Category, usize);
    fn next(&mut self) -> Option<(Category, usize)> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for CategoryCounts {}
impl FusedIterator for CategoryCounts {}

fn involvement(&(department, i, role): &(Department, u16, Role)) -> Involvement {
    Involvement {
        department,
        duty: DUTIES[i as usize].id,
        role,
    }
}

macro_rules! involvement_iter {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone)]
        pub struct $name {
            inner: std::slice::Iter<'static, (Department, u16, Role)>,
        }

        impl Iterator for $name {
            type Item = Involvement;
            fn next(&mut self) -> Option<Involvement> {
                self.inner.next().map(involvement)
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }

        impl DoubleEndedIterator for $name {
            fn next_back(&mut self) -> Option<Involvement> {
                self.inner.next_back().map(involvement)
            }
        }

        impl ExactSizeIterator for $name {}
        impl FusedIterator for $name {}
    };
}

involvement_iter!(
    /// Iterator of [`Catalog::involving`].
    Involving
);
involvement_iter!(
    /// Iterator of [`Catalog::involvements_of`].
    InvolvementsOf
);

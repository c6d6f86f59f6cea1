//! The `serde` feature: serialization of the catalog and its types.
//!
//! A [`Duty`] serializes to one flat object (see `examples/export.rs`);
//! name-like types serialize as strings and deserialize through `FromStr`.

use crate::{Catalog, Category, Department, Duty, DutyId, ListKind, Section};
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! as_string {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

as_string!(ListKind, Category, Department, DutyId);

impl Serialize for Section {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Section", 4)?;
        st.serialize_field("heading", &self.heading)?;
        st.serialize_field("department", &self.department)?;
        st.serialize_field("numbered", &self.numbered)?;
        st.serialize_field("steps", &self.steps)?;
        st.end()
    }
}

impl Serialize for Duty {
    /// `id`, `list`, `number`, `category`, `name`; for a cooperative duty
    /// also `departments_text`, `departments`, `superior_duties`,
    /// `township_duties`; for a returned duty `discontinued`, `undertaker`,
    /// `method`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("list", &self.id.list())?;
        m.serialize_entry("number", &self.id.number())?;
        m.serialize_entry("category", &self.category)?;
        m.serialize_entry("name", self.name)?;
        if let Some(c) = self.cooperation() {
            m.serialize_entry("departments_text", c.departments_text())?;
            m.serialize_entry("departments", c.departments())?;
            m.serialize_entry("superior_duties", c.superior())?;
            m.serialize_entry("township_duties", c.township())?;
        }
        if let Some(t) = self.takeover() {
            m.serialize_entry("discontinued", &t.is_discontinued())?;
            m.serialize_entry("undertaker", &t.undertaker())?;
            m.serialize_entry("method", &t.method())?;
        }
        m.end()
    }
}

impl Serialize for Catalog {
    /// One array of every duty, in document order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for d in self.duties() {
            seq.serialize_element(d)?;
        }
        seq.end()
    }
}

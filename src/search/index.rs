//! The search index: every searchable text of every duty, with character
//! postings, IDF weights and per-character pinyin.

use super::query::{fold_char, is_content};
use super::Field;
use crate::catalog;
use pinyin::ToPinyinMulti;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hasher for the index's small keys (chars,
/// short strings): the keys come from the embedded catalog and the query,
/// so there is no flooding to defend against, and SipHash cost a tenth of
/// a short query's time in the look-ups alone.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Hash map with [`FastHasher`].
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// Hash set with [`FastHasher`].
pub(crate) type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// One searchable text of one duty.
#[derive(Debug, Clone)]
pub(crate) struct FieldInfo {
    /// Index of the duty in document order.
    pub(crate) duty: u16,
    /// Which text.
    pub(crate) field: Field,
    /// Where its characters start in [`Index::cidx`].
    pub(crate) start: u32,
    /// Its length in characters.
    pub(crate) len: u16,
    /// Its number of content characters (hanzi, letters, digits).
    pub(crate) content_len: u16,
    /// How much a match in it counts (the name counts most).
    pub(crate) weight: f32,
}

/// The prebuilt search structures over the whole catalog.
///
/// The engine looks up each query character (and each character sharing
/// a pinyin reading with it, or spelled by a pinyin syllable of the query)
/// in [`postings`](Index), which list every place the character occurs as
/// `(field << 16) | position`. Those places, sorted, are chained per field by
/// a small dynamic programme that allows gaps and one-character typos.
/// See the [module documentation](super) for why this structure.
///
/// Build one with [`Index::build`] (for benchmarks), or use the shared one
/// behind [`Catalog::search`](crate::Catalog::search) via [`Index::global`].
///
/// ```
/// use township_duties::search::Index;
/// let index = Index::build();
/// assert!(index.heap_size() < 2 * 1024 * 1024);
/// assert_eq!(index.search("宅基地")[0].duty().id().to_string(), "B62");
/// ```
#[derive(Debug)]
pub struct Index {
    pub(crate) fields: Vec<FieldInfo>,
    /// Per character of every field, in field order: its content index in
    /// its field (punctuation does not count).
    pub(crate) cidx: Vec<u16>,
    /// The folded characters of every field, parallel to `cidx`.
    pub(crate) text: Vec<char>,
    /// Character -> sorted `(field << 16) | char position` of its
    /// occurrences.
    pub(crate) postings: HashMap<char, Vec<u32>>,
    /// Character -> inverse document frequency over duties.
    pub(crate) idf: HashMap<char, f32>,
    /// The IDF of a character that occurs nowhere.
    pub(crate) max_idf: f32,
    /// Toneless syllables (`zhai`), by id.
    pub(crate) syllables: Vec<&'static str>,
    syllable_ids: HashMap<&'static str, u16>,
    /// Every prefix of every syllable.
    prefixes: HashSet<&'static str>,
    /// Corpus character -> its syllable ids (all readings).
    pub(crate) readings: HashMap<char, Vec<u16>>,
    /// Syllable id -> corpus characters with that reading, and whether it
    /// is the character's first (usual) reading.
    pub(crate) chars_by_syllable: Vec<Vec<(char, bool, f32)>>,
    /// A duty name's content characters -> duty index.
    pub(crate) exact_names: HashMap<String, u16>,
    /// Per duty, the range of its fields in `fields`.
    pub(crate) duty_fields: Vec<(u32, u32)>,
}

/// Toneless readings of a character: ü written `v`.
pub(crate) fn char_readings(c: char) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if let Some(multi) = c.to_pinyin_multi() {
        for p in multi {
            let plain = p.plain();
            let plain: &'static str = match plain {
                "lü" => "lv",
                "nü" => "nv",
                "lüe" => "lve",
                "nüe" => "nve",
                other => other,
            };
            if !out.contains(&plain) {
                out.push(plain);
            }
        }
    }
    out
}

/// The content characters of `s`, folded, as a string.
pub(crate) fn content_string(s: &str) -> String {
    s.chars()
        .map(fold_char)
        .filter(|&c| is_content(c))
        .collect()
}

impl Index {
    /// Build a fresh index from the catalog. [`Index::global`] is built
    /// once, on first use; this builds another (for measuring cold start).
    pub fn build() -> Index {
        let mut fields = Vec::new();
        let mut cidx: Vec<u16> = Vec::new();
        let mut all_text: Vec<char> = Vec::new();
        // (char, field << 16 | position), grouped into postings below: one
        // sort instead of a hash insertion per character.
        let mut places: Vec<(char, u32)> = Vec::new();
        let mut exact_names = HashMap::default();
        let mut duty_fields = Vec::new();
        for (di, duty) in catalog().duties().enumerate() {
            let first = fields.len() as u32;
            exact_names
                .entry(content_string(duty.name()))
                .or_insert(di as u16);
            for field in Field::all_of(duty) {
                let Some(text) = field.text(duty) else {
                    continue;
                };
                let fi = fields.len() as u32;
                let start = cidx.len() as u32;
                let mut content = 0u16;
                for (pos, c) in text.chars().enumerate() {
                    let c = fold_char(c);
                    cidx.push(content);
                    all_text.push(c);
                    if is_content(c) {
                        content += 1;
                        places.push((c, (fi << 16) | pos as u32));
                    }
                }
                fields.push(FieldInfo {
                    duty: di as u16,
                    field,
                    start,
                    len: (cidx.len() as u32 - start) as u16,
                    content_len: content,
                    weight: field.weight(),
                });
            }
            duty_fields.push((first, fields.len() as u32));
        }
        places.sort_unstable();
        let mut postings: HashMap<char, Vec<u32>> = HashMap::default();
        let mut df: HashMap<char, u32> = HashMap::default();
        for group in places.chunk_by(|a, b| a.0 == b.0) {
            let c = group[0].0;
            let list: Vec<u32> = group.iter().map(|p| p.1).collect();
            let mut duties = 0;
            let mut last = u16::MAX;
            for &p in &list {
                let d = fields[(p >> 16) as usize].duty;
                if d != last {
                    duties += 1;
                    last = d;
                }
            }
            df.insert(c, duties);
            postings.insert(c, list);
        }
        let n = catalog().len() as f32;
        let max_idf = ((n + 1.0) / 0.5).ln();
        let idf: HashMap<char, f32> = df
            .iter()
            .map(|(&c, &d)| (c, ((n + 1.0) / (d as f32 + 0.5)).ln().max(0.05)))
            .collect();

        let mut syllables: Vec<&'static str> = Vec::new();
        let mut syllable_ids: HashMap<&'static str, u16> = HashMap::default();
        let mut readings: HashMap<char, Vec<u16>> = HashMap::default();
        let mut chars: Vec<char> = postings.keys().copied().collect();
        chars.sort_unstable();
        for &c in &chars {
            let mut ids = Vec::new();
            for r in char_readings(c) {
                let id = *syllable_ids.entry(r).or_insert_with(|| {
                    syllables.push(r);
                    (syllables.len() - 1) as u16
                });
                ids.push(id);
            }
            if !ids.is_empty() {
                readings.insert(c, ids);
            }
        }
        // With each character's IDF inline: a query unit walks these lists
        // (its homophones, a pinyin syllable's characters) on every search.
        let mut chars_by_syllable: Vec<Vec<(char, bool, f32)>> = vec![Vec::new(); syllables.len()];
        for &c in &chars {
            if let Some(ids) = readings.get(&c) {
                let w = idf.get(&c).copied().unwrap_or(max_idf);
                for (i, &id) in ids.iter().enumerate() {
                    chars_by_syllable[id as usize].push((c, i == 0, w));
                }
            }
        }
        let mut prefixes = HashSet::default();
        for s in &syllables {
            for end in 1..=s.len() {
                prefixes.insert(&s[..end]);
            }
        }
        Index {
            fields,
            cidx,
            text: all_text,
            postings,
            idf,
            max_idf,
            syllables,
            syllable_ids,
            prefixes,
            readings,
            chars_by_syllable,
            exact_names,
            duty_fields,
        }
    }

    /// The shared index, built on first use.
    pub fn global() -> &'static Index {
        static INDEX: once_cell::sync::Lazy<Index> = once_cell::sync::Lazy::new(Index::build);
        &INDEX
    }

    /// Approximate heap memory the index holds, in bytes (vectors and hash
    /// tables at their capacity; the duty texts themselves are static and
    /// not counted).
    pub fn heap_size(&self) -> usize {
        use std::mem::size_of;
        fn map<K, V>(m: &HashMap<K, V>) -> usize {
            // A hashbrown table: one control byte plus one slot per bucket.
            m.capacity() * (size_of::<(K, V)>() + 1)
        }
        let mut n = self.fields.capacity() * size_of::<FieldInfo>();
        n += self.cidx.capacity() * size_of::<u16>();
        n += self.text.capacity() * size_of::<char>();
        n += map(&self.postings)
            + self
                .postings
                .values()
                .map(|v| v.capacity() * 4)
                .sum::<usize>();
        n += map(&self.idf);
        n += self.syllables.capacity() * size_of::<&str>();
        n += map(&self.syllable_ids);
        n += self.prefixes.capacity() * (size_of::<&str>() + 1);
        n += map(&self.readings)
            + self
                .readings
                .values()
                .map(|v| v.capacity() * 2)
                .sum::<usize>();
        n += self.chars_by_syllable.capacity() * size_of::<Vec<char>>();
        n += self
            .chars_by_syllable
            .iter()
            .map(|v| v.capacity() * size_of::<(char, bool, f32)>())
            .sum::<usize>();
        n += map(&self.exact_names) + self.exact_names.keys().map(|k| k.capacity()).sum::<usize>();
        n += self.duty_fields.capacity() * 8;
        n
    }

    /// IDF of a character (high for rare ones, [`max_idf`](Self) for absent).
    pub(crate) fn idf(&self, c: char) -> f32 {
        self.idf.get(&c).copied().unwrap_or(self.max_idf)
    }

    /// The id of a toneless syllable that some corpus character has.
    pub(crate) fn syllable_id(&self, s: &str) -> Option<u16> {
        self.syllable_ids.get(s).copied()
    }

    /// Whether `s` starts some corpus syllable.
    pub(crate) fn is_syllable_prefix(&self, s: &str) -> bool {
        self.prefixes.contains(s)
    }

    /// Content index of character `pos` of field `fi`.
    #[inline]
    pub(crate) fn content_pos(&self, fi: usize, pos: usize) -> u16 {
        self.cidx[self.fields[fi].start as usize + pos]
    }
}

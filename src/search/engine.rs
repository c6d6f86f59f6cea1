//! Matching and ranking.

use super::index::{char_readings, content_string, Index};
use super::query::{
    apply_synonyms, extract_departments, filler_keep, is_han, normalize, units, Unit, UnitKind,
};
use super::{Field, MatchKind, MatchReason, SearchHit, SearchOptions};
use crate::{catalog, Department, Role};

/// Largest gap (content characters) between two chained matches.
const MAX_GAP: u16 = 24;
/// Most query units one link of a chain may skip (typos).
const MAX_SKIP: u8 = 2;

const K_EXACT: u8 = 0;
const K_HOMO: u8 = 1;
const K_PINYIN: u8 = 2;
const K_PREFIX: u8 = 3;

const F_HOMO: u8 = 1;
const F_PINYIN: u8 = 2;
const F_PREFIX: u8 = 4;
const F_TYPO: u8 = 8;
const F_GAP: u8 = 16;
const F_SYN: u8 = 32;
/// The chain has two query units matched side by side, as written.
const F_ADJ: u8 = 64;

/// Nominal weight of a full pinyin syllable, and its cap.
const SYLLABLE_WEIGHT: f32 = 2.5;
/// Weight of a pinyin prefix (initial): flat, as an initial says little
/// about which character is meant.
const PREFIX_WEIGHT: f32 = 1.5;

#[cfg(feature = "serde")]
pub(crate) fn ser_duty_id<S: serde::Serializer>(
    duty: &&'static crate::Duty,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_str(&duty.id())
}

/// A place where a query unit matches: `(field << 24) | (pos << 8) | unit`.
#[derive(Clone, Copy)]
struct Entry {
    key: u64,
    w: f32,
    kind: u8,
    syn: bool,
}

impl Entry {
    fn field(&self) -> usize {
        (self.key >> 24) as usize
    }
    fn pos(&self) -> usize {
        ((self.key >> 8) & 0xFFFF) as usize
    }
    fn unit(&self) -> u8 {
        (self.key & 0xFF) as u8
    }
}

/// The best chains ending at an entry: `[without an edit, with one]`
/// (an edit is a homophone or a skipped query unit).
#[derive(Clone, Copy)]
struct Node {
    score: [f32; 2],
    /// `entry * 2 + state` of the previous link.
    prev: [u32; 2],
    n: [u8; 2],
    flags: [u8; 2],
    mask: [u64; 2],
}

/// Characters with a lower IDF (in more than about 37% of duties: 工, 作,
/// 乡, 市…) do not make a field worth chaining on their own. Chosen on the
/// development queries: up to 1.2 their figures do not move.
const COMMON_IDF: f32 = 1.0;

/// A set of characters with constant-time look-up: a bitmap over the CJK
/// unified ideographs (U+4E00–U+9FFF), where nearly every corpus character
/// lies, and a sorted list for the rest. The neighbour test asks it for
/// every place of every initial's characters (thousands for `z`), where a
/// binary search per place was most of the time of an initials query.
#[derive(Default)]
struct CharSet {
    cjk: Vec<u64>,
    other: Vec<char>,
}

const CJK_FIRST: u32 = 0x4E00;
const CJK_LAST: u32 = 0x9FFF;

impl CharSet {
    fn new(chars: impl Iterator<Item = char>) -> CharSet {
        let mut set = CharSet {
            cjk: vec![0; ((CJK_LAST - CJK_FIRST) / 64 + 1) as usize],
            other: Vec::new(),
        };
        for c in chars {
            match c as u32 {
                u @ CJK_FIRST..=CJK_LAST => {
                    let i = (u - CJK_FIRST) as usize;
                    set.cjk[i / 64] |= 1 << (i % 64);
                }
                _ => set.other.push(c),
            }
        }
        set.other.sort_unstable();
        set
    }

    fn contains(&self, c: char) -> bool {
        match c as u32 {
            u @ CJK_FIRST..=CJK_LAST => {
                let i = (u - CJK_FIRST) as usize;
                self.cjk
                    .get(i / 64)
                    .is_some_and(|w| w & (1 << (i % 64)) != 0)
            }
            _ => self.other.binary_search(&c).is_ok(),
        }
    }
}

/// What a chain without two adjacent matches counts.
const SCATTERED: f32 = 0.6;

const NONE: u32 = u32::MAX;

/// The best chain of one field.
#[derive(Clone, Copy)]
struct FieldBest {
    field: usize,
    value: f32,
    node: u32,
    n: u8,
    flags: u8,
    mask: u64,
}

/// Most fields whose chains make up one duty's score.
const MAX_USED: usize = 6;

/// Where a duty's score came from.
#[derive(Clone, Copy)]
enum Source {
    /// Chains of variant `variant`: `arena[start..start + n]`.
    Chains {
        variant: usize,
        start: u32,
        n: usize,
    },
    /// Only the departments the query names.
    Departments,
    /// Only the exact name.
    ExactName,
}

/// A scored duty.
#[derive(Clone, Copy)]
struct Cand {
    score: f32,
    source: Source,
}

/// Entries and chain nodes of one variant, kept to build reasons.
#[derive(Default)]
struct Run {
    entries: Vec<Entry>,
    nodes: Vec<Node>,
    full: u64,
}

/// One way to read the query.
struct Variant {
    units: Vec<Unit>,
    factor: f32,
    boost: bool,
}

fn penalty(gap: u16, skip: u8) -> f32 {
    let g = gap as f32;
    let s = skip as f32;
    match (gap, skip) {
        (0, 0) => 0.0,
        (_, 0) => 0.4 + 0.08 * g,
        (g2, s2) if g2 == s2 as u16 => 0.35 * s,
        (0, _) => 0.5 * s,
        _ => 0.4 + 0.08 * g + 0.5 * s,
    }
}

/// What one unit may match: `(char, weight, kind)`, and the unit's nominal
/// weight.
type Alternatives = (Vec<(char, f32, u8)>, f32);

/// Alternatives per unit: (char, weight, kind), and the unit's nominal
/// weight.
fn alternatives(index: &Index, unit: &Unit) -> Alternatives {
    let mut alts: Vec<(char, f32, u8)> = Vec::new();
    let nominal;
    match &unit.kind {
        UnitKind::Han(c) => {
            let c = *c;
            let present = index.postings.contains_key(&c);
            if present {
                alts.push((c, index.idf(c), K_EXACT));
            }
            let mut homo_sum = 0.0;
            let mut homo_n = 0;
            // Homophones: characters whose usual reading is this one's.
            if is_han(c) {
                if let Some(id) = char_readings(c).first().and_then(|r| index.syllable_id(r)) {
                    for &(h, primary, hi) in &index.chars_by_syllable[id as usize] {
                        if primary && h != c {
                            homo_sum += hi;
                            homo_n += 1;
                            alts.push((h, hi, K_HOMO));
                        }
                    }
                }
            }
            nominal = if present {
                index.idf(c)
            } else if homo_n > 0 {
                (homo_sum / homo_n as f32).min(4.0)
            } else {
                4.0
            };
            for a in alts.iter_mut().filter(|a| a.2 == K_HOMO) {
                a.1 = 0.6 * a.1.min(nominal);
            }
        }
        UnitKind::Syllable(id) => {
            for &(c, primary, ci) in &index.chars_by_syllable[*id as usize] {
                let f = if primary { 0.9 } else { 0.5 };
                alts.push((c, f * ci.min(SYLLABLE_WEIGHT), K_PINYIN));
            }
            nominal = SYLLABLE_WEIGHT;
        }
        UnitKind::Prefix(p) => {
            for (id, s) in index.syllables.iter().enumerate() {
                if s.starts_with(p.as_str()) {
                    for &(c, primary, ci) in &index.chars_by_syllable[id] {
                        let rarity = 0.7 + 0.1 * ci.min(3.0);
                        let w = if primary { 0.8 } else { 0.3 } * PREFIX_WEIGHT * rarity;
                        alts.push((c, w, K_PREFIX));
                    }
                }
            }
            // A character with several readings under the prefix: keep its
            // best weight (sorting beats a linear search per character, as
            // an initial like `z` spans hundreds of characters).
            alts.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
            alts.dedup_by_key(|a| a.0);
            nominal = PREFIX_WEIGHT;
        }
        UnitKind::Literal(c) => {
            if index.postings.contains_key(c) {
                alts.push((*c, index.idf(*c), K_EXACT));
            }
            nominal = index.idf(*c).min(4.0);
        }
    }
    (alts, nominal)
}

/// Which duties pass the options' filters.
fn allowed_duties(options: &SearchOptions) -> Option<Vec<bool>> {
    if options.lists.is_empty() && options.categories.is_empty() && options.departments.is_empty() {
        return None;
    }
    let mut allowed: Vec<bool> = catalog()
        .duties()
        .map(|d| {
            (options.lists.is_empty() || options.lists.contains(&d.list()))
                && (options.categories.is_empty() || options.categories.contains(&d.category()))
        })
        .collect();
    if !options.departments.is_empty() {
        let mut involved = vec![false; allowed.len()];
        for &dep in &options.departments {
            for inv in catalog().involving(dep) {
                involved[inv.duty_id().index()] = true;
            }
        }
        for (a, i) in allowed.iter_mut().zip(involved) {
            *a &= i;
        }
    }
    Some(allowed)
}

/// Per duty, the strongest role of each department the query names.
fn roles(departments: &[(Department, String)]) -> Vec<Vec<Option<Role>>> {
    departments
        .iter()
        .map(|(dep, _)| {
            let mut v: Vec<Option<Role>> = vec![None; catalog().len()];
            for inv in catalog().involving(*dep) {
                let slot = &mut v[inv.duty_id().index()];
                if slot.map_or(true, |r| inv.role() < r) {
                    *slot = Some(inv.role());
                }
            }
            v
        })
        .collect()
}

/// A department reason: highlight the department's name where a field
/// shows it.
fn department_reason(duty: &'static crate::Duty, dep: Department, as_written: &str) -> MatchReason {
    let mut names: Vec<&str> = dep.names().collect();
    names.push(as_written);
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for field in [Field::Departments, Field::Undertaker, Field::Method] {
        let Some(text) = field.text(duty) else {
            continue;
        };
        for name in &names {
            if let Some(b) = text.find(name) {
                let start = text[..b].chars().count();
                let len = name.chars().count();
                return MatchReason {
                    field,
                    kind: MatchKind::Department,
                    ranges: std::iter::once(start..start + len).collect(),
                };
            }
        }
    }
    let field = if duty.takeover().is_some() {
        Field::Undertaker
    } else {
        Field::Departments
    };
    MatchReason {
        field,
        kind: MatchKind::Department,
        ranges: Vec::new(),
    }
}

/// Search `index` for `raw`.
pub(crate) fn search(index: &Index, raw: &str, options: &SearchOptions) -> Vec<SearchHit> {
    let norm = normalize(raw);
    if norm.is_empty() || options.limit == 0 {
        return Vec::new();
    }
    let allowed = allowed_duties(options);
    let chars: Vec<char> = norm.chars().collect();
    let exact = index
        .exact_names
        .get(&content_string(&norm))
        .map(|&d| d as usize);

    let keep = filler_keep(&chars);
    let mut keep_d = keep.clone();
    let departments = extract_departments(&chars, &mut keep_d);
    let mut variants: Vec<Variant> = Vec::new();
    let has_dep = !departments.is_empty();
    for u in units(index, &chars, &keep_d, None) {
        variants.push(Variant {
            units: u,
            factor: 1.0,
            boost: has_dep,
        });
    }
    // With a department named, its chars are searched as text too only
    // when nothing else is left to search (the department boost covers the
    // rest, and 市/局 are among the commonest characters).
    if has_dep && variants.iter().all(|v| v.units.is_empty()) {
        for u in units(index, &chars, &keep, None) {
            variants.push(Variant {
                units: u,
                factor: 1.0,
                boost: false,
            });
        }
    }
    if let Some((schars, syn)) = apply_synonyms(&chars) {
        let skeep = filler_keep(&schars);
        let mut skeep_d = skeep.clone();
        extract_departments(&schars, &mut skeep_d);
        for u in units(index, &schars, &skeep_d, Some(&syn)) {
            variants.push(Variant {
                units: u,
                factor: 0.95,
                boost: has_dep,
            });
        }
    }
    let roles = roles(&departments);

    let n_duties = catalog().len();
    let mut best: Vec<Option<Cand>> = vec![None; n_duties];
    let mut runs: Vec<Run> = Vec::with_capacity(variants.len());
    let mut arena: Vec<FieldBest> = Vec::new();
    for (vi, v) in variants.iter().enumerate() {
        let mut run = Run::default();
        score_variant(
            index,
            vi,
            v,
            &roles,
            allowed.as_deref(),
            &mut best,
            &mut arena,
            &mut run,
        );
        runs.push(run);
    }

    // Only department names (and filler): list the duties they take part in.
    if has_dep && !variants.iter().any(|v| v.boost) {
        for (di, slot) in best.iter_mut().enumerate() {
            if allowed.as_ref().is_some_and(|a| !a[di]) {
                continue;
            }
            let mut score = 0.0f32;
            for r in &roles {
                score += match r[di] {
                    Some(Role::Listed | Role::Undertaker | Role::SubSection) => 0.6,
                    Some(Role::Mentioned) => 0.3,
                    None => 0.0,
                } / roles.len() as f32;
            }
            if score > 0.0 && slot.as_ref().map_or(true, |c| c.score < score) {
                *slot = Some(Cand {
                    score,
                    source: Source::Departments,
                });
            }
        }
    }

    if let Some(di) = exact {
        if allowed.as_ref().map_or(true, |a| a[di]) {
            match &mut best[di] {
                Some(c) => c.score += 1.0,
                slot => {
                    *slot = Some(Cand {
                        score: 1.0,
                        source: Source::ExactName,
                    })
                }
            }
        }
    }

    let mut ranked: Vec<(usize, Cand)> = best
        .into_iter()
        .enumerate()
        .filter_map(|(di, c)| c.map(|c| (di, c)))
        .filter(|(_, c)| c.score >= options.min_score && c.score > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.score.total_cmp(&a.1.score).then(a.0.cmp(&b.0)));
    ranked.truncate(options.limit);
    let duties = catalog().duties().as_slice();
    ranked
        .into_iter()
        .map(|(di, c)| {
            let duty = &duties[di];
            let mut reasons = Vec::new();
            // The departments the query names that take part in this duty.
            let push_department_reasons = |reasons: &mut Vec<MatchReason>| {
                for ((dep, written), r) in departments.iter().zip(&roles) {
                    if r[di].is_some() {
                        reasons.push(department_reason(duty, *dep, written));
                    }
                }
            };
            match c.source {
                Source::Chains { variant, start, n } => {
                    let run = &runs[variant];
                    for f in &arena[start as usize..start as usize + n] {
                        reasons.push(chain_reason(index, run, f));
                    }
                    if variants[variant].boost {
                        push_department_reasons(&mut reasons);
                    }
                }
                Source::Departments => push_department_reasons(&mut reasons),
                Source::ExactName => reasons.push(MatchReason {
                    field: Field::Name,
                    kind: MatchKind::Exact,
                    ranges: std::iter::once(0..duty.name().chars().count()).collect(),
                }),
            }
            SearchHit {
                duty,
                score: c.score,
                reasons,
            }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn score_variant(
    index: &Index,
    vi: usize,
    v: &Variant,
    roles: &[Vec<Option<Role>>],
    allowed: Option<&[bool]>,
    best: &mut [Option<Cand>],
    arena: &mut Vec<FieldBest>,
    run: &mut Run,
) {
    let nunits = v.units.len();
    if nunits == 0 {
        return;
    }
    let full: u64 = if nunits >= 64 {
        u64::MAX
    } else {
        (1u64 << nunits) - 1
    };
    run.full = full;
    let max_skip = if nunits >= 3 { MAX_SKIP } else { 0 };
    let mut denom = 0.0f32;
    let per_unit: Vec<Alternatives> = v.units.iter().map(|u| alternatives(index, u)).collect();
    // Homophone and initial matches count only next to a match of a
    // neighbouring unit (they are weak alone), so they need not be looked up
    // in the postings at all when every neighbour has exact or pinyin
    // matches: those matches' places are seeds, and the character beside
    // each is checked against the unit's homophones and initials. This is
    // what keeps common syllables (ji, shi, di: thousands of places) cheap.
    // A unit with a neighbour that itself only matches loosely (`zjd`) is
    // pruned as before: every place, kept if a neighbour's character is
    // beside it.
    let tight = |k: u8| k == K_HOMO || k == K_PREFIX;
    let has_loose: Vec<bool> = per_unit
        .iter()
        .map(|(alts, _)| alts.iter().any(|a| !tight(a.2)))
        .collect();
    let seeded: Vec<bool> = (0..nunits)
        .map(|ui| {
            nunits > 1 && (ui == 0 || has_loose[ui - 1]) && (ui + 1 == nunits || has_loose[ui + 1])
        })
        .collect();
    // The characters each unit matches, for the neighbour test of units
    // that are not seeded (built only for their neighbours).
    let scanned =
        |ui: usize| nunits > 1 && !seeded[ui] && per_unit[ui].0.iter().any(|a| tight(a.2));
    let matchers: Vec<CharSet> = (0..nunits)
        .map(|ui| {
            let needed = (ui > 0 && scanned(ui - 1)) || (ui + 1 < nunits && scanned(ui + 1));
            if needed {
                CharSet::new(per_unit[ui].0.iter().map(|a| a.0))
            } else {
                CharSet::default()
            }
        })
        .collect();
    let entries = &mut run.entries;
    for (ui, (alts, nominal)) in per_unit.iter().enumerate() {
        denom += nominal;
        let syn = v.units[ui].synonym;
        for &(c, w, kind) in alts {
            let is_tight = tight(kind);
            if is_tight && seeded[ui] {
                continue;
            }
            let Some(list) = index.postings.get(&c) else {
                continue;
            };
            entries.reserve(list.len());
            for &p in list {
                let fi = (p >> 16) as usize;
                let info = &index.fields[fi];
                if let Some(a) = allowed {
                    if !a[info.duty as usize] {
                        continue;
                    }
                }
                if is_tight && nunits > 1 {
                    let pos = (p & 0xFFFF) as usize;
                    let at = info.start as usize + pos;
                    let before = ui > 0 && pos > 0 && matchers[ui - 1].contains(index.text[at - 1]);
                    let after = ui + 1 < nunits
                        && pos + 1 < info.len as usize
                        && matchers[ui + 1].contains(index.text[at + 1]);
                    if !before && !after {
                        continue;
                    }
                }
                entries.push(Entry {
                    key: ((p as u64) << 8) | ui as u64,
                    w,
                    kind,
                    syn,
                });
            }
        }
    }
    // Seeded homophones and initials: beside the loose matches found above,
    // in one pass over those matches, looking right (for the next unit) and
    // left (for the previous one).
    struct Seed {
        /// The unit's homophones and initials, sorted by character.
        alts: Vec<(char, f32, u8)>,
        /// A 1,024-bit filter in front of the binary search: most
        /// characters beside a match are not among them.
        filter: [u64; 16],
        syn: bool,
    }
    fn bit(c: char) -> usize {
        ((c as u32).wrapping_mul(0x9E37_79B9) >> 22) as usize
    }
    let seeds: Vec<Option<Seed>> = (0..nunits)
        .map(|ui| {
            if !seeded[ui] {
                return None;
            }
            let mut alts: Vec<(char, f32, u8)> = per_unit[ui]
                .0
                .iter()
                .copied()
                .filter(|a| tight(a.2))
                .collect();
            if alts.is_empty() {
                return None;
            }
            alts.sort_unstable_by_key(|a| a.0);
            let mut filter = [0u64; 16];
            for a in &alts {
                filter[bit(a.0) / 64] |= 1 << (bit(a.0) % 64);
            }
            Some(Seed {
                alts,
                filter,
                syn: v.units[ui].synonym,
            })
        })
        .collect();
    if seeds.iter().any(Option::is_some) {
        let loose_end = entries.len();
        for k in 0..loose_end {
            let e = entries[k];
            let (fi, pos, u) = (e.field(), e.pos(), usize::from(e.unit()));
            let info = &index.fields[fi];
            let right = (u + 1 < nunits && pos + 1 < info.len as usize).then(|| (u + 1, pos + 1));
            let left = (u > 0 && pos > 0).then(|| (u - 1, pos - 1));
            for (ui, at) in [right, left].into_iter().flatten() {
                let Some(seed) = &seeds[ui] else {
                    continue;
                };
                let c = index.text[info.start as usize + at];
                if seed.filter[bit(c) / 64] & (1 << (bit(c) % 64)) == 0 {
                    continue;
                }
                if let Ok(i) = seed.alts.binary_search_by_key(&c, |a| a.0) {
                    let (_, w, kind) = seed.alts[i];
                    entries.push(Entry {
                        key: ((fi as u64) << 24) | ((at as u64) << 8) | ui as u64,
                        w,
                        kind,
                        syn: seed.syn,
                    });
                }
            }
        }
    }
    if entries.is_empty() || denom <= 0.0 {
        return;
    }
    // A field where only one query unit matches gives at best a single
    // character, which counts for little beside a chain in another field:
    // leave such fields out before sorting and chaining, the costly part.
    // Likewise a field where only the commonest characters match (工作,
    // 乡, 市…, in most fields), unless the query has nothing rarer.
    if nunits > 1 {
        let rare: u64 = per_unit
            .iter()
            .enumerate()
            .filter(|(_, (alts, _))| !alts.iter().any(|a| a.2 == K_EXACT && a.1 < COMMON_IDF))
            .fold(0, |m, (ui, _)| m | 1u64 << ui.min(63));
        let rare = if rare == 0 { u64::MAX } else { rare };
        let mut seen = vec![0u64; index.fields.len()];
        for e in entries.iter() {
            seen[e.field()] |= 1u64 << e.unit().min(63);
        }
        entries.retain(|e| {
            let m = seen[e.field()];
            m.count_ones() > 1 && m & rare != 0
        });
    }
    // A unit's alternatives are distinct characters, so keys are unique,
    // except that a seeded place may be found from both neighbours.
    entries.sort_unstable_by_key(|e| e.key);
    entries.dedup_by_key(|e| e.key);
    let entries = &run.entries;
    let nodes = &mut run.nodes;
    nodes.reserve(entries.len());
    let cpos: Vec<u16> = entries
        .iter()
        .map(|e| index.content_pos(e.field(), e.pos()))
        .collect();

    let mut duty_fields: Vec<FieldBest> = Vec::new();
    let mut current_duty = usize::MAX;
    let mut lo = 0;
    while lo < entries.len() {
        let fi = entries[lo].field();
        let mut hi = lo;
        while hi < entries.len() && entries[hi].field() == fi {
            hi += 1;
        }
        let info = &index.fields[fi];
        let fw = info.weight;
        let mut fbest: Option<FieldBest> = None;
        for j in lo..hi {
            let e = entries[j];
            let uj = e.unit();
            let cj = cpos[j];
            let kflag = match e.kind {
                K_HOMO => F_HOMO,
                K_PINYIN => F_PINYIN,
                K_PREFIX => F_PREFIX,
                _ => 0,
            } | if e.syn { F_SYN } else { 0 };
            let wj = e.w * fw;
            let own_edit = usize::from(e.kind == K_HOMO);
            let bit = 1u64 << uj.min(63);
            let mut node = Node {
                score: [f32::NEG_INFINITY; 2],
                prev: [NONE; 2],
                n: [1; 2],
                flags: [kflag; 2],
                mask: [bit; 2],
            };
            node.score[own_edit] = wj;
            let mut k = j;
            while k > lo {
                k -= 1;
                let ck = cpos[k];
                if cj.saturating_sub(ck) > MAX_GAP + 1 {
                    break;
                }
                if ck >= cj {
                    continue;
                }
                let ek = entries[k];
                let uk = ek.unit();
                if uk >= uj {
                    continue;
                }
                let skip = uj - uk - 1;
                if skip > max_skip {
                    continue;
                }
                let gap = cj - ck - 1;
                let tight = |k: u8| k == K_PREFIX || k == K_HOMO;
                if (tight(e.kind) || tight(ek.kind)) && (gap > 0 || skip > 0) {
                    continue;
                }
                let edits = own_edit + usize::from(skip > 0);
                let pen = penalty(gap, skip) * fw;
                let nk = nodes[k];
                for sk in 0..2 {
                    let to = sk + edits;
                    if to > 1 || nk.score[sk] == f32::NEG_INFINITY {
                        continue;
                    }
                    let cand = nk.score[sk] + wj - pen;
                    if cand > node.score[to] {
                        let mut flags = nk.flags[sk] | kflag;
                        if gap > 0 && gap != skip as u16 {
                            flags |= F_GAP;
                        }
                        if skip > 0 {
                            flags |= F_TYPO;
                        }
                        if gap == 0 && skip == 0 {
                            flags |= F_ADJ;
                        }
                        node.score[to] = cand;
                        node.prev[to] = (k * 2 + sk) as u32;
                        node.n[to] = nk.n[sk].saturating_add(1);
                        node.flags[to] = flags;
                        node.mask[to] = nk.mask[sk] | bit;
                    }
                }
            }
            nodes.push(node);
            for st in 0..2 {
                let sc = node.score[st];
                if sc == f32::NEG_INFINITY {
                    continue;
                }
                let adjusted = if node.n[st] == 1 && nunits > 1 {
                    if e.kind == K_HOMO || e.kind == K_PREFIX {
                        continue;
                    }
                    sc * 0.5
                } else if node.flags[st] & F_ADJ == 0 && nunits > 1 {
                    // Scattered characters are weak evidence.
                    sc * SCATTERED
                } else {
                    sc
                };
                if fbest.as_ref().map_or(true, |b| adjusted > b.value) {
                    fbest = Some(FieldBest {
                        field: fi,
                        value: adjusted,
                        node: (j * 2 + st) as u32,
                        n: node.n[st],
                        flags: node.flags[st],
                        mask: node.mask[st],
                    });
                }
            }
        }
        let di = info.duty as usize;
        if di != current_duty {
            if current_duty != usize::MAX {
                finish_duty(
                    index,
                    vi,
                    v,
                    current_duty,
                    &mut duty_fields,
                    denom,
                    full,
                    roles,
                    best,
                    arena,
                );
            }
            current_duty = di;
            duty_fields.clear();
        }
        if let Some(b) = fbest {
            duty_fields.push(b);
        }
        lo = hi;
    }
    if current_duty != usize::MAX {
        finish_duty(
            index,
            vi,
            v,
            current_duty,
            &mut duty_fields,
            denom,
            full,
            roles,
            best,
            arena,
        );
    }
}

/// Combine a duty's field chains into its score for this variant.
#[allow(clippy::too_many_arguments)]
fn finish_duty(
    index: &Index,
    vi: usize,
    v: &Variant,
    di: usize,
    fields: &mut [FieldBest],
    denom: f32,
    full: u64,
    roles: &[Vec<Option<Role>>],
    best: &mut [Option<Cand>],
    arena: &mut Vec<FieldBest>,
) {
    if fields.is_empty() {
        return;
    }
    fields.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.field.cmp(&b.field)));
    let mut total = fields[0].value;
    let mut mask = fields[0].mask;
    let mut used = [fields[0]; MAX_USED];
    let mut n = 1;
    for f in fields.iter().skip(1) {
        if n == MAX_USED - 1 || mask == full {
            break;
        }
        let new = f.mask & !mask;
        if new != 0 {
            total += 0.5 * f.value * new.count_ones() as f32 / f.mask.count_ones().max(1) as f32;
            mask |= new;
            used[n] = *f;
            n += 1;
        }
    }
    let mut score = total / denom;
    // A name the query covers: the more of the query and of the name, the
    // better (short names that the query spells out win).
    if let Some(nb) = fields
        .iter()
        .find(|f| index.fields[f.field].field == Field::Name && f.n >= 2)
    {
        let len = index.fields[nb.field].content_len.max(1) as f32;
        let of_query = nb.mask.count_ones() as f32 / full.count_ones() as f32;
        score += of_query * 0.2 * (nb.n as f32 / len).min(1.0);
        if nb.mask == full {
            score += 0.1;
        }
        if !used[..n].iter().any(|u| u.field == nb.field) {
            used[n] = *nb;
            n += 1;
        }
    }
    score *= v.factor;
    if v.boost {
        for r in roles {
            score += match r[di] {
                Some(Role::Listed | Role::Undertaker | Role::SubSection) => 0.35,
                Some(Role::Mentioned) => 0.15,
                None => 0.0,
            };
        }
    }
    if best[di].as_ref().is_some_and(|c| c.score >= score) {
        return;
    }
    let at = arena.len() as u32;
    arena.extend_from_slice(&used[..n]);
    best[di] = Some(Cand {
        score,
        source: Source::Chains {
            variant: vi,
            start: at,
            n,
        },
    });
}

/// The reason a field's chain gives: its kind and highlighted ranges.
fn chain_reason(index: &Index, run: &Run, f: &FieldBest) -> MatchReason {
    let info = &index.fields[f.field];
    let mut positions: Vec<usize> = Vec::new();
    let mut at = f.node;
    while at != NONE {
        let (e, st) = ((at / 2) as usize, (at % 2) as usize);
        positions.push(run.entries[e].pos());
        at = run.nodes[e].prev[st];
    }
    positions.reverse();
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for p in positions {
        match ranges.last_mut() {
            Some(r) if r.end == p => r.end = p + 1,
            _ => ranges.push(p..p + 1),
        }
    }
    let kind = if f.flags & F_SYN != 0 {
        MatchKind::Synonym
    } else if f.flags & F_PREFIX != 0 {
        MatchKind::Initials
    } else if f.flags & F_PINYIN != 0 {
        MatchKind::Pinyin
    } else if f.flags & F_HOMO != 0 {
        MatchKind::Homophone
    } else if f.flags & F_TYPO != 0 {
        MatchKind::Typo
    } else if f.flags & F_GAP != 0 {
        MatchKind::Gapped
    } else if f.n as u16 == info.content_len && f.mask == run.full {
        MatchKind::Exact
    } else {
        MatchKind::Substring
    };
    MatchReason {
        field: info.field,
        kind,
        ranges,
    }
}

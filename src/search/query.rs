//! Query understanding: normalization, filler removal, department names,
//! synonyms, and the split into match units (hanzi, pinyin syllables,
//! pinyin prefixes).

use super::index::Index;
use super::synonyms::SYNONYMS;
use crate::Department;
use once_cell::sync::Lazy;

/// At most this many characters of the raw input are looked at.
pub(crate) const MAX_INPUT_CHARS: usize = 256;
/// At most this many meaningful characters (hanzi, letters, digits) of the
/// normalized query are matched; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 64;
/// Upper bound on match units (a pinyin syllable is one unit).
pub(crate) const MAX_UNITS: usize = 48;

/// Question words and filler, longest first when matched. They are cut out
/// of the query (replaced by a break) before matching.
static FILLERS: &[&str] = &[
    "需要什么手续",
    "要办什么手续",
    "办什么手续",
    "什么手续",
    "找哪个部门",
    "归哪个部门管",
    "哪个部门管",
    "哪个部门",
    "哪个单位",
    "什么部门",
    "归谁管",
    "谁负责",
    "谁来管",
    "谁来",
    "谁管",
    "找谁",
    "给谁",
    "报告给谁",
    "去哪里办",
    "去哪里",
    "去哪儿",
    "在哪里",
    "在哪办",
    "哪里",
    "哪儿",
    "怎么办",
    "怎么样",
    "怎么",
    "如何",
    "是不是",
    "能不能",
    "可不可以",
    "可以",
    "有没有",
    "管不管",
    "请问",
    "我想",
    "我要",
    "想要",
    "需要",
    "应该",
    "什么",
    "现在",
    "还能",
    "乡里",
    "有人",
    "一下",
    "吗",
    "呢",
    "吧",
    "啊",
    "呀",
    "的",
    "了",
    "要",
    "能",
    "该",
    "谁",
];

/// A filler is not cut when it and the next character form one of these
/// words (怎么办理 keeps 办理).
static PROTECTED: &[(char, char)] = &[
    ('办', '理'),
    ('管', '理'),
    ('管', '护'),
    ('要', '求'),
    ('能', '力'),
    ('了', '解'),
];

/// Fullwidth ASCII to ASCII, ideographic space to space, ASCII to lower case.
pub(crate) fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// Whether a character is matched (hanzi, ASCII letter or digit); others are
/// breaks.
pub(crate) fn is_content(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_han(c)
}

/// CJK unified ideographs (the blocks the document uses, and extension A).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Normalize raw input: cap its length, fold width and case, convert
/// traditional to simplified, and turn everything that is not content into
/// a single space. The result has at most [`MAX_QUERY_CHARS`] content
/// characters.
pub(crate) fn normalize(raw: &str) -> String {
    let mut folded = String::new();
    let mut content = 0;
    for c in raw.chars().take(MAX_INPUT_CHARS) {
        let c = fold_char(c);
        if is_content(c) {
            if content == MAX_QUERY_CHARS {
                break;
            }
            content += 1;
            folded.push(c);
        } else if !folded.ends_with(' ') {
            folded.push(' ');
        }
    }
    let simplified = fast2s::convert(&folded);
    simplified.trim().to_string()
}

/// Mark filler in `chars`: the returned flags are false for characters
/// that belong to a question word or filler.
pub(crate) fn filler_keep(chars: &[char]) -> Vec<bool> {
    static BY_FIRST: Lazy<ByFirst<()>> =
        Lazy::new(|| ByFirst::new(FILLERS.iter().map(|f| (f.chars().collect(), ()))));
    let mut keep = vec![true; chars.len()];
    let mut i = 0;
    'outer: while i < chars.len() {
        for (f, ()) in BY_FIRST.at(chars, i) {
            let n = f.len();
            if i + n <= chars.len() && chars[i..i + n] == f[..] {
                let last = chars[i + n - 1];
                let protected = chars
                    .get(i + n)
                    .is_some_and(|&next| PROTECTED.contains(&(last, next)));
                if !protected {
                    keep[i..i + n].iter_mut().for_each(|k| *k = false);
                    i += n;
                    continue 'outer;
                }
            }
        }
        i += 1;
    }
    keep
}

/// `s` with filler cut out (for tests and display).
#[cfg(test)]
pub(crate) fn strip_fillers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let keep = filler_keep(&chars);
    let mut out = String::new();
    for (c, k) in chars.iter().zip(keep) {
        if k {
            out.push(*c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// Department names to look for in queries: every name the crate knows,
/// and each `市…` name without its `市`, longest first.
static DEPARTMENT_NAMES: Lazy<ByFirst<Department>> = Lazy::new(|| {
    let mut v: Vec<(Vec<char>, Department)> = Vec::new();
    for &(name, d) in Department::name_table() {
        v.push((name.chars().collect(), d));
        if let Some(rest) = name.strip_prefix('市') {
            if rest.chars().count() >= 2 && Department::from_name(rest).is_none() {
                v.push((rest.chars().collect(), d));
            }
        }
    }
    v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    v.dedup_by(|a, b| a.0 == b.0);
    ByFirst::new(v)
});

/// Phrases grouped by their first character, each group in the table's own
/// priority order, so that matching at a position only tries the phrases
/// that can start there (the tables are scanned at every query position).
pub(crate) struct ByFirst<T> {
    groups: super::index::HashMap<char, Vec<(Vec<char>, T)>>,
}

impl<T: Copy> ByFirst<T> {
    pub(crate) fn new(phrases: impl IntoIterator<Item = (Vec<char>, T)>) -> Self {
        let mut groups: super::index::HashMap<char, Vec<(Vec<char>, T)>> = Default::default();
        for (p, t) in phrases {
            if let Some(&c) = p.first() {
                groups.entry(c).or_default().push((p, t));
            }
        }
        ByFirst { groups }
    }

    /// The phrases that may start at `chars[i]`, in priority order.
    pub(crate) fn at<'a>(&'a self, chars: &[char], i: usize) -> &'a [(Vec<char>, T)] {
        chars
            .get(i)
            .and_then(|c| self.groups.get(c))
            .map_or(&[], Vec::as_slice)
    }
}

/// Find department names among the kept characters, and unmark them.
pub(crate) fn extract_departments(chars: &[char], keep: &mut [bool]) -> Vec<(Department, String)> {
    let mut found: Vec<(Department, String)> = Vec::new();
    let mut i = 0;
    'outer: while i < chars.len() {
        if keep[i] {
            for (name, d) in DEPARTMENT_NAMES.at(chars, i) {
                let n = name.len();
                if i + n <= chars.len()
                    && chars[i..i + n] == name[..]
                    && keep[i..i + n].iter().all(|&k| k)
                {
                    if !found.iter().any(|f| f.0 == *d) {
                        found.push((*d, name.iter().collect()));
                    }
                    keep[i..i + n].iter_mut().for_each(|k| *k = false);
                    i += n;
                    continue 'outer;
                }
            }
        }
        i += 1;
    }
    found
}

/// Replace user terms by document terms; `None` when no term occurs.
/// Returns the new string and, per character of it, whether it came from a
/// synonym.
pub(crate) fn apply_synonyms(chars: &[char]) -> Option<(Vec<char>, Vec<bool>)> {
    static SORTED: Lazy<ByFirst<&'static str>> = Lazy::new(|| {
        let mut v: Vec<(Vec<char>, &'static str)> = SYNONYMS
            .iter()
            .map(|r| (r.0.chars().collect(), r.1))
            .collect();
        v.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        ByFirst::new(v)
    });
    let mut out = Vec::new();
    let mut from_syn = Vec::new();
    let mut any = false;
    let mut i = 0;
    'outer: while i < chars.len() {
        for (user, doc) in SORTED.at(chars, i) {
            let n = user.len();
            if i + n <= chars.len() && chars[i..i + n] == user[..] {
                for c in doc.chars() {
                    out.push(c);
                    from_syn.push(true);
                }
                any = true;
                i += n;
                continue 'outer;
            }
        }
        out.push(chars[i]);
        from_syn.push(false);
        i += 1;
    }
    any.then_some((out, from_syn))
}

/// One thing to match in the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum UnitKind {
    /// A hanzi (or digit): matches itself, or a homophone.
    Han(char),
    /// A full toneless pinyin syllable.
    Syllable(u16),
    /// The start of a syllable (an initial such as `z`, or a cut-off last
    /// syllable such as `d`).
    Prefix(String),
    /// Anything else (a letter run that is not pinyin): matches itself.
    Literal(char),
}

/// A unit and whether it came from a synonym.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Unit {
    pub(crate) kind: UnitKind,
    pub(crate) synonym: bool,
}

/// Split a normalized, filler-free string into units. Letter runs are
/// segmented as pinyin; an ambiguous segmentation (`liangai`: liang-ai or
/// lian-gai) yields a second unit list.
pub(crate) fn units(
    index: &Index,
    chars: &[char],
    keep: &[bool],
    from_syn: Option<&[bool]>,
) -> Vec<Vec<Unit>> {
    let mut variants: Vec<Vec<Unit>> = vec![Vec::new()];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let syn = from_syn.and_then(|f| f.get(i).copied()).unwrap_or(false);
        if !keep[i] {
            i += 1;
            continue;
        }
        if c.is_ascii_lowercase() {
            let start = i;
            while i < chars.len() && keep[i] && chars[i].is_ascii_lowercase() {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let segs = segment_pinyin(index, &run);
            if segs.is_empty() {
                for v in variants.iter_mut() {
                    v.extend(run.chars().map(|c| Unit {
                        kind: UnitKind::Literal(c),
                        synonym: syn,
                    }));
                }
            } else {
                if segs.len() > 1 && variants.len() == 1 {
                    let extra = variants[0].clone();
                    variants.push(extra);
                }
                let n = variants.len();
                for (k, v) in variants.iter_mut().enumerate() {
                    let seg = if n > 1 && segs.len() > 1 {
                        &segs[k.min(segs.len() - 1)]
                    } else {
                        &segs[0]
                    };
                    v.extend(seg.iter().map(|u| Unit {
                        kind: u.clone(),
                        synonym: syn,
                    }));
                }
            }
            continue;
        }
        if is_content(c) {
            for v in variants.iter_mut() {
                v.push(Unit {
                    kind: UnitKind::Han(c),
                    synonym: syn,
                });
            }
        }
        i += 1;
    }
    for v in variants.iter_mut() {
        v.truncate(MAX_UNITS);
    }
    variants.retain(|v| !v.is_empty());
    variants
}

/// Segment a run of letters into pinyin syllables, at least cost: a full
/// syllable costs 2, a syllable prefix 3. Returns up to two best
/// segmentations, or none when the run is not pinyin.
fn segment_pinyin(index: &Index, run: &str) -> Vec<Vec<UnitKind>> {
    let b = run.as_bytes();
    let n = b.len();
    if n > MAX_QUERY_CHARS {
        return Vec::new();
    }
    // best[i] = (cost, back pointers) for b[..i]; keep two back pointers.
    const INF: u32 = u32::MAX / 2;
    let mut cost = vec![INF; n + 1];
    let mut back: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n + 1];
    cost[0] = 0;
    for i in 0..n {
        if cost[i] == INF {
            continue;
        }
        for j in (i + 1)..=(i + 6).min(n) {
            let piece = &run[i..j];
            let (full, step) = if index.syllable_id(piece).is_some() {
                (true, 2)
            } else if index.is_syllable_prefix(piece) {
                (false, 3)
            } else {
                continue;
            };
            let c = cost[i] + step;
            if c < cost[j] {
                cost[j] = c;
                back[j] = vec![(i, full)];
            } else if c == cost[j] && back[j].len() < 2 {
                back[j].push((i, full));
            }
        }
    }
    if cost[n] == INF {
        return Vec::new();
    }

    let mut out = Vec::new();
    for alt in 0..back[n].len().min(2) {
        let mut segs = Vec::new();
        let mut j = n;
        let mut first = true;
        while j > 0 {
            let (i, full) = if first { back[j][alt] } else { back[j][0] };
            first = false;
            let piece = &run[i..j];
            segs.push(if full {
                UnitKind::Syllable(index.syllable_id(piece).unwrap_or(0))
            } else {
                UnitKind::Prefix(piece.to_string())
            });
            j = i;
        }
        segs.reverse();
        // Five or more letters mostly outside full syllables is not pinyin.
        let in_full: usize = segs
            .iter()
            .map(|s| match s {
                UnitKind::Syllable(id) => index.syllables[*id as usize].len(),
                _ => 0,
            })
            .sum();
        if n > 4 && in_full * 2 < n {
            continue;
        }
        out.push(segs);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_width_case_and_script() {
        assert_eq!(normalize("  ＡＢＣ，工傷認定！ "), "abc 工伤认定");
        assert_eq!(normalize("？？？"), "");
        assert_eq!(
            normalize(&"字".repeat(1000)).chars().count(),
            MAX_QUERY_CHARS
        );
    }

    #[test]
    fn strips_fillers_but_keeps_content() {
        assert_eq!(strip_fillers("村民建房审批找谁"), "村民建房审批");
        assert_eq!(strip_fillers("怎么办理残疾证"), "办理残疾证");
        assert_eq!(strip_fillers("请问谁负责发放残疾人补贴"), "发放残疾人补贴");
    }

    #[test]
    fn finds_departments() {
        let chars: Vec<char> = "人社局 工伤".chars().collect();
        let mut keep = vec![true; chars.len()];
        let found = extract_departments(&chars, &mut keep);
        assert_eq!(keep, [false, false, false, true, true, true]);
        assert_eq!(found[0].0, Department::HumanResourcesSocialSecurity);
        let chars: Vec<char> = "残联表彰".chars().collect();
        assert_eq!(extract_departments(&chars, &mut [true; 4]).len(), 1);
    }

    #[test]
    fn segments_pinyin() {
        let index = Index::global();
        let segs = segment_pinyin(index, "zhaijid");
        assert_eq!(segs[0].len(), 3);
        assert!(matches!(segs[0][2], UnitKind::Prefix(_)));
        assert_eq!(segment_pinyin(index, "zjd")[0].len(), 3);
        assert!(segment_pinyin(index, "qwertyuiop").is_empty());
        assert_eq!(segment_pinyin(index, "liangai").len(), 2);
    }
}

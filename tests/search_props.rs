//! Robustness of search: any input, sorted and deterministic results,
//! highlights in bounds, exact names first, and thread safety.

use proptest::prelude::*;
use township_duties::search::{Index, SearchHit};
use township_duties::{catalog, Duty};

fn check_hits(hits: &[SearchHit]) {
    assert!(hits.len() <= 10);
    for w in hits.windows(2) {
        assert!(w[0].score() >= w[1].score(), "not sorted by score");
        if w[0].score() == w[1].score() {
            assert!(w[0].duty().id() < w[1].duty().id(), "ties not broken by id");
        }
    }
    for h in hits {
        assert!(h.score().is_finite() && h.score() > 0.0);
        check_ranges(h.duty(), h);
    }
}

fn check_ranges(duty: &Duty, hit: &SearchHit) {
    for r in hit.reasons() {
        let text = r
            .field()
            .text(duty)
            .expect("reason names a field the duty has");
        let len = text.chars().count();
        let mut last = 0;
        for range in r.ranges() {
            assert!(range.start < range.end, "empty range");
            assert!(
                range.end <= len,
                "range {range:?} beyond {len} chars of {text}"
            );
            assert!(range.start >= last, "ranges overlap or unsorted");
            last = range.end;
        }
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\p{Han}a-z ]{0,20}",
        "[\\u{0}-\\u{1f}\\u{300}-\\u{36f}\\u{1f600}-\\u{1f64f}\\u{200d}\\u{fe0f}一-龥]{0,30}",
        proptest::collection::vec(any::<char>(), 0..80).prop_map(|v| v.into_iter().collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_results_are_well_formed(q in any_text()) {
        let hits = catalog().search(&q);
        check_hits(&hits);
        prop_assert_eq!(&hits, &catalog().search(&q), "not deterministic");
        let _ = catalog().who_handles(&q);
    }

    #[test]
    fn fragments_of_names_are_well_formed(i in 0usize..261, start in 0usize..40, len in 1usize..12) {
        let duty = catalog().duties().nth(i).unwrap();
        let q: String = duty.name().chars().skip(start).take(len).collect();
        check_hits(&catalog().search(&q));
    }

    #[test]
    fn exact_name_ranks_its_duty_first(i in 0usize..261) {
        let duty = catalog().duties().nth(i).unwrap();
        let hits = catalog().search(duty.name());
        prop_assert_eq!(hits[0].duty().id(), duty.id());
    }
}

#[test]
fn every_exact_name_ranks_its_duty_first() {
    for duty in catalog().duties() {
        let hits = catalog().search(duty.name());
        assert_eq!(hits[0].duty().id(), duty.id(), "{}", duty.name());
    }
}

#[test]
fn huge_and_odd_inputs() {
    let big = "宅基地审批😀\u{301}\u{0}".repeat(100 * 1024 / 22 + 1);
    assert!(big.len() >= 100 * 1024);
    check_hits(&catalog().search(&big));
    let big_latin = "zhaijidi ".repeat(12_000);
    check_hits(&catalog().search(&big_latin));
    for q in [
        "",
        " ",
        "\u{3000}\t\n",
        "？？？",
        "的了吗",
        "\u{301}\u{301}",
        "😀🎉👍",
    ] {
        assert!(catalog().search(q).is_empty(), "{q:?}");
    }
}

#[test]
fn fresh_index_agrees_with_global() {
    let fresh = Index::build();
    for q in ["宅基地", "zjd", "工傷認定", "人社局 工伤", "秸秆禁烧"] {
        assert_eq!(fresh.search(q), catalog().search(q), "{q}");
    }
}

#[test]
fn eight_threads_agree_with_one() {
    let queries: Vec<String> = include_str!("data/queries.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(1).map(String::from))
        .collect();
    let single: Vec<Vec<SearchHit>> = queries.iter().map(|q| catalog().search(q)).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let queries = &queries;
                s.spawn(move || {
                    // Each thread walks the queries from a different start.
                    let n = queries.len();
                    (0..n)
                        .map(|i| (i + t * 31) % n)
                        .map(|i| (i, catalog().search(&queries[i])))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, hits) in h.join().unwrap() {
                assert_eq!(hits, single[i], "{}", queries[i]);
            }
        }
    });
}

#[test]
fn options_filter_and_limit() {
    use township_duties::search::SearchOptions;
    use township_duties::{Category, Department, ListKind};
    let opts = SearchOptions::new().list(ListKind::Cooperative).limit(3);
    let hits = catalog().search_with("安全", &opts);
    assert!(!hits.is_empty() && hits.len() <= 3);
    assert!(hits
        .iter()
        .all(|h| h.duty().list() == ListKind::Cooperative));

    let opts = SearchOptions::new().category(Category::EmergencyAndFireSafety);
    let hits = catalog().search_with("安全", &opts);
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h.duty().category() == Category::EmergencyAndFireSafety));

    let dep = Department::HumanResourcesSocialSecurity;
    let hits = catalog().search_with("就业", &SearchOptions::new().department(dep));
    assert!(!hits.is_empty());
    for h in &hits {
        assert!(catalog()
            .involvements_of(h.duty().id())
            .any(|i| i.department() == dep));
    }

    let all = catalog().search("安全");
    let min = all[2].score();
    let strong = catalog().search_with("安全", &SearchOptions::new().min_score(min));
    assert!(strong.iter().all(|h| h.score() >= min));
    assert!(catalog()
        .search_with("安全", &SearchOptions::new().limit(0))
        .is_empty());
}

#[test]
fn verdicts_of_each_list() {
    use township_duties::{Department, Verdict};
    let id = |v: &Verdict| v.duty().map(|d| d.id().to_string());
    let a = catalog().who_handles("宅基地审批");
    assert!(matches!(a.verdict(), Verdict::Township(_)));
    assert_eq!(id(a.verdict()).as_deref(), Some("B62"));
    let a = catalog().who_handles("防溺水");
    assert!(matches!(a.verdict(), Verdict::Shared(_)));
    assert_eq!(id(a.verdict()).as_deref(), Some("C26"));
    let a = catalog().who_handles("工伤认定");
    assert!(matches!(
        a.verdict(),
        Verdict::TakenOver(_, Department::HumanResourcesSocialSecurity)
    ));
    for q in ["婚姻状况证明", "惠民保征缴"] {
        assert!(
            matches!(catalog().who_handles(q).verdict(), Verdict::Discontinued(_)),
            "{q}"
        );
    }
    for q in ["办护照", "asdfgh", "", "😀"] {
        assert!(
            matches!(catalog().who_handles(q).verdict(), Verdict::NotListed),
            "{q}"
        );
    }
}

#[test]
fn reasons_say_how() {
    use township_duties::search::MatchKind;
    let kind = |q: &str| catalog().search(q)[0].reasons()[0].kind();
    assert_eq!(kind("防溺水工作"), MatchKind::Exact);
    assert_eq!(kind("宅基地"), MatchKind::Substring);
    assert_eq!(kind("zhaijidi"), MatchKind::Pinyin);
    assert_eq!(kind("zjd"), MatchKind::Initials);
    assert_eq!(kind("宅基第"), MatchKind::Homophone);
    assert_eq!(kind("盖房子"), MatchKind::Synonym);
    let hit = &catalog().search("人社局 工伤")[0];
    assert_eq!(hit.duty().id().to_string(), "R2");
    assert!(hit
        .reasons()
        .iter()
        .any(|r| r.kind() == MatchKind::Department));
    // Pinyin highlights map back to the hanzi.
    let hit = &catalog().search("zhaijidi")[0];
    assert_eq!(
        hit.reasons()[0].highlight(hit.duty(), "[", "]"),
        "负责本乡农村[宅基地]审批及建房审批管理工作"
    );
}

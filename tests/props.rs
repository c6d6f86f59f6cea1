//! Property tests: names and ids round-trip through Display/FromStr, and
//! parsing any string never panics.

use proptest::prelude::*;
use township_duties::{catalog, Category, Department, DutyId, ListKind};

proptest! {
    #[test]
    fn duty_id_round_trips(list in 0usize..3, n in 1u16..200) {
        let list = ListKind::ALL[list];
        match DutyId::new(list, n) {
            Some(id) => {
                prop_assert!(usize::from(n) <= list.len());
                prop_assert_eq!(id.to_string().parse::<DutyId>(), Ok(id));
                prop_assert_eq!(id.to_string().to_lowercase().parse::<DutyId>(), Ok(id));
                prop_assert_eq!(catalog().duty(id).id(), id);
            }
            None => {
                prop_assert!(usize::from(n) > list.len());
                let text = format!("{}{}", list.letter(), n);
                prop_assert!(text.parse::<DutyId>().is_err());
            }
        }
    }

    #[test]
    fn department_round_trips(i in 0usize..60) {
        let d = Department::all()[i];
        prop_assert_eq!(d.to_string().parse::<Department>(), Ok(d));
    }

    #[test]
    fn category_round_trips(i in 0usize..22) {
        let c = Category::all()[i];
        prop_assert_eq!(c.to_string().parse::<Category>(), Ok(c));
    }

    #[test]
    fn list_round_trips(i in 0usize..3) {
        let l = ListKind::ALL[i];
        prop_assert_eq!(l.to_string().parse::<ListKind>(), Ok(l));
        prop_assert_eq!(l.chinese_name().parse::<ListKind>(), Ok(l));
    }

    #[test]
    fn parsing_any_string_never_panics(s in "\\PC*|[BCRbcr][0-9]{0,8}|.{0,3}局") {
        let _ = s.parse::<DutyId>();
        let _ = s.parse::<Department>();
        let _ = s.parse::<Category>();
        let _ = s.parse::<ListKind>();
    }

    #[test]
    fn parse_errors_name_the_input(s in "[^BCRbcr\\s].{0,10}") {
        if let Err(e) = s.parse::<Department>() {
            prop_assert_eq!(e.input, s.clone());
        }
        if let Err(e) = s.parse::<Category>() {
            prop_assert_eq!(e.input, s.clone());
        }
    }
}

#[test]
fn long_input_is_fine() {
    let s = "市".repeat(100_000);
    assert!(s.parse::<Department>().is_err());
    assert!(s.parse::<DutyId>().is_err());
    assert!(format!("C{}", "9".repeat(1000)).parse::<DutyId>().is_err());
}

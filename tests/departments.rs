//! Department names: every alias resolves, errors carry suggestions.

use township_duties::{Department, Level, ParseDepartmentError};

#[test]
fn every_name_resolves_to_its_department() {
    let mut names = 0;
    for &d in Department::all() {
        assert_eq!(d.chinese_name().parse::<Department>(), Ok(d));
        assert_eq!(d.to_string(), d.chinese_name());
        for name in d.names() {
            assert_eq!(name.parse::<Department>(), Ok(d), "{name}");
            assert_eq!(Department::from_name(name), Some(d), "{name}");
            names += 1;
        }
    }
    assert_eq!(Department::all().len(), 60);
    assert!(names > 150, "{names}");
}

#[test]
fn aliases_the_issue_names() {
    use Department as D;
    for (alias, d) in [
        ("市人社局", D::HumanResourcesSocialSecurity),
        ("人社局", D::HumanResourcesSocialSecurity),
        ("市人力资源和社会保障局", D::HumanResourcesSocialSecurity),
        ("市监局", D::MarketRegulation),
        ("市市监局", D::MarketRegulation),
        ("市场监管局", D::MarketRegulation),
        ("市场监督管理局", D::MarketRegulation),
        ("市市场监督管理局", D::MarketRegulation),
        ("城管局", D::UrbanManagement),
        ("卫健委", D::HealthCommission),
        ("交通局", D::Transport),
        ("商工局", D::CommerceIndustryInformatization),
        ("编办", D::PartyInstitutionalEstablishment),
        ("社工部", D::PartySocialWork),
        ("市委社工部", D::PartySocialWork),
        (" 人社局 ", D::HumanResourcesSocialSecurity),
    ] {
        assert_eq!(alias.parse::<Department>(), Ok(d), "{alias}");
    }
}

#[test]
fn canonical_names_are_the_fullest_forms() {
    use Department as D;
    assert_eq!(
        D::HumanResourcesSocialSecurity.chinese_name(),
        "市人力资源和社会保障局"
    );
    assert_eq!(D::MarketRegulation.chinese_name(), "市市场监督管理局");
    assert_eq!(D::HealthCommission.chinese_name(), "市卫生健康委员会");
    assert_eq!(D::UrbanManagement.chinese_name(), "市城市管理局");
    assert_eq!(D::Transport.chinese_name(), "市交通运输局");
}

#[test]
fn levels() {
    use Department as D;
    assert_eq!(D::PartyOrganization.level(), Level::CityParty);
    assert_eq!(
        D::HumanResourcesSocialSecurity.level(),
        Level::CityGovernment
    );
    assert_eq!(
        D::PrefectureHumanResourcesSocialSecurity.level(),
        Level::Prefecture
    );
    assert_eq!(D::DisabledPersonsFederation.level(), Level::CityOther);
    let count = |l| Department::all().iter().filter(|d| d.level() == l).count();
    assert_eq!(
        [
            Level::Prefecture,
            Level::CityParty,
            Level::CityGovernment,
            Level::CityOther
        ]
        .map(count),
        [11, 13, 24, 12]
    );
}

#[test]
fn unknown_name_gives_input_and_nearest() {
    let err: ParseDepartmentError = "市人社厅".parse::<Department>().unwrap_err();
    assert_eq!(err.input, "市人社厅");
    assert_eq!(
        err.suggestions.first(),
        Some(&Department::HumanResourcesSocialSecurity)
    );
    assert!(err.to_string().contains("市人社厅"));
    assert!(err
        .to_string()
        .contains("did you mean 市人力资源和社会保障局"));
    let none = "xyz".parse::<Department>().unwrap_err();
    assert!(none.suggestions.is_empty());
    assert_eq!(none.to_string(), "unknown department \"xyz\"");
}

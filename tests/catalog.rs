//! Pinned counts and exact spot checks on the rows the PDF dump mangles.

use township_duties::{catalog, Category, Department, DutyId, ListKind, Role};

fn duty(id: &str) -> &'static township_duties::Duty {
    catalog().duty(id.parse().unwrap())
}

#[test]
fn item_counts() {
    let c = catalog();
    assert_eq!(c.len(), 261);
    assert_eq!(c.in_list(ListKind::Basic).count(), 87);
    assert_eq!(c.in_list(ListKind::Cooperative).count(), 123);
    assert_eq!(c.in_list(ListKind::Returned).count(), 51);
    for list in ListKind::ALL {
        for (i, d) in c.in_list(list).enumerate() {
            assert_eq!((d.list(), usize::from(d.number())), (list, i + 1));
        }
    }
}

#[test]
fn categories_per_list() {
    let c = catalog();
    let per = |l| c.category_counts(Some(l)).count();
    assert_eq!(per(ListKind::Basic), 20);
    assert_eq!(per(ListKind::Cooperative), 18);
    assert_eq!(per(ListKind::Returned), 10);
    assert_eq!(c.category_counts(None).count(), 22);
    assert_eq!(Category::all().len(), 22);
    for only_coop in [
        Category::CommerceAndTrade,
        Category::EducationTrainingSupervision,
    ] {
        let lists: Vec<ListKind> = c.in_category(only_coop).map(|d| d.list()).collect();
        assert_eq!(lists, [ListKind::Cooperative], "{only_coop}");
    }
    let total: usize = c.category_counts(None).map(|(_, n)| n).sum();
    assert_eq!(total, 261);
    // 31 of the 87 basic duties are 党的建设 or 乡村振兴.
    let basic: Vec<(Category, usize)> = c.category_counts(Some(ListKind::Basic)).collect();
    assert_eq!(basic[0], (Category::PartyBuilding, 22));
    assert!(basic.contains(&(Category::RuralRevitalization, 11)));
    let returned: Vec<(Category, usize)> = c.category_counts(Some(ListKind::Returned)).collect();
    assert!(returned.contains(&(Category::UrbanRuralConstruction, 12)));
    assert!(returned.contains(&(Category::NaturalResources, 9)));
}

#[test]
fn dropped_duties() {
    let dropped: Vec<String> = catalog()
        .in_list(ListKind::Returned)
        .filter(|d| d.takeover().unwrap().is_discontinued())
        .map(|d| d.id().to_string())
        .collect();
    assert_eq!(dropped, ["R1", "R14"]);
    let r1 = duty("R1");
    assert_eq!(r1.name(), "出具婚姻状况证明（婚姻关系证明、分居证明）");
    assert_eq!(r1.takeover().unwrap().undertaker(), None);
    assert_eq!(r1.takeover().unwrap().method(), None);
    // Name and 不再开展此项工作 share one line in the dump.
    assert_eq!(duty("R14").name(), "惠民保征缴工作");
}

#[test]
fn returned_duty_takeover() {
    let r2 = duty("R2").takeover().unwrap();
    assert_eq!(
        r2.undertaker(),
        Some(Department::HumanResourcesSocialSecurity)
    );
    assert_eq!(r2.undertaker_text(), Some("市人力资源和社会保障局"));
    assert_eq!(
        r2.method(),
        Some("由市人力资源和社会保障局负责开展工伤认定调查")
    );
    // The method does not always start with 由.
    assert_eq!(
        duty("R46").takeover().unwrap().method(),
        Some("市消防救援局负责推动微型消防站建设")
    );
    assert_eq!(
        duty("R51").takeover().unwrap().undertaker(),
        Some(Department::MarketRegulation)
    );
}

#[test]
fn name_on_the_start_line() {
    // `26 平安法治 防溺水工作`: the name shares the start line.
    let c26 = duty("C26");
    assert_eq!(c26.name(), "防溺水工作");
    assert_eq!(c26.cooperation().unwrap().departments().len(), 8);
}

#[test]
fn category_wrapped_over_two_lines() {
    // `102 应急管理及` + `消防`, `123 教育培训监` + `管`.
    assert_eq!(duty("C102").category(), Category::EmergencyAndFireSafety);
    assert_eq!(duty("C102").name(), "安全生产监督检查工作");
    assert_eq!(
        duty("C123").category(),
        Category::EducationTrainingSupervision
    );
    assert_eq!(duty("C123").name(), "校外培训机构监管工作");
}

#[test]
fn elided_department_prefixes() {
    use Department as D;
    let c5 = duty("C5").cooperation().unwrap();
    assert_eq!(c5.departments_text(), "市委组织部、编办，市人社局");
    assert_eq!(
        c5.departments(),
        [
            D::PartyOrganization,
            D::PartyInstitutionalEstablishment,
            D::HumanResourcesSocialSecurity
        ]
    );
    let c8 = duty("C8").cooperation().unwrap();
    assert_eq!(c8.departments_text(), "市政协办公室，市委组织部、统战部");
    assert_eq!(
        c8.departments(),
        [D::CppccOffice, D::PartyOrganization, D::PartyUnitedFront]
    );
    let c12 = duty("C12").cooperation().unwrap();
    assert_eq!(c12.departments_text(), "市人社局、财政局");
    assert_eq!(
        c12.departments(),
        [D::HumanResourcesSocialSecurity, D::Finance]
    );
}

#[test]
fn department_cell_with_a_parenthesis_and_a_trailing_phrase() {
    let c44 = duty("C44").cooperation().unwrap();
    assert_eq!(
        *c44.departments().last().unwrap(),
        Department::GovernmentOffice
    );
    assert!(c44
        .departments_text()
        .ends_with("市人民政府办公室（市数字化发展局）"));
    let c102 = duty("C102").cooperation().unwrap();
    assert!(c102
        .departments_text()
        .ends_with("市监局等其他负有安全生产监督管理职责的部门"));
    assert_eq!(c102.departments().len(), 8);
    assert_eq!(c102.departments()[0], Department::EmergencyManagement);
}

#[test]
fn empty_township_cell() {
    let empty: Vec<String> = catalog()
        .in_list(ListKind::Cooperative)
        .filter(|d| d.cooperation().unwrap().township().is_empty())
        .map(|d| d.id().to_string())
        .collect();
    assert_eq!(empty, ["C70"]);
    assert_eq!(
        duty("C70").cooperation().unwrap().superior()[0]
            .steps()
            .len(),
        9
    );
}

#[test]
fn cells_given_out_of_column_order() {
    // The dump gives the township cell first, and its closing 。 last.
    let c85 = duty("C85").cooperation().unwrap();
    assert_eq!(c85.superior()[0].steps()[0], "市城管局加强对违反城市市容和环境卫生管理条例的监督检查，畅通投诉渠道，及时受理群众、物业服务企业等相关报告或投诉；");
    assert_eq!(c85.township()[0].steps(), ["开展相关法律法规宣传；", "对本辖区临街工地开展日常巡查，发现问题及时提醒、劝阻，对拒不改正的及时上报市城管局处理。"]);
    let c112 = duty("C112").cooperation().unwrap();
    assert_eq!(c112.superior()[0].steps().len(), 4);
    assert!(c112.superior()[0].steps()[0].starts_with("市公安局负责电动车的登记"));
    assert_eq!(c112.township()[0].steps()[1], "负责电动车入户、飞线充电、占用消防通道等隐患排查，对隐患行为人进行劝解，对拒不改正的上报市消防救援局。");
}

#[test]
fn department_and_superior_text_on_one_line() {
    // `市市监局 规范市场主体住所（经营场所）核准登记工作。`
    let c116 = duty("C116").cooperation().unwrap();
    assert_eq!(c116.departments_text(), "市市监局");
    assert_eq!(c116.superior().len(), 1);
    assert!(!c116.superior()[0].is_numbered());
    assert_eq!(
        c116.superior()[0].steps(),
        ["规范市场主体住所（经营场所）核准登记工作。"]
    );
    assert_eq!(
        c116.township()[0].steps(),
        ["出具明确房产权属主体、产权性质、行政区划以及乡级门牌号码等基本内容的证明材料。"]
    );
}

#[test]
fn per_department_sub_sections() {
    let c31 = duty("C31").cooperation().unwrap();
    let heads: Vec<_> = c31
        .superior()
        .iter()
        .map(|s| (s.heading(), s.department()))
        .collect();
    assert_eq!(
        heads,
        [
            (Some("市教育局："), Some(Department::Education)),
            (
                Some("市农业农村局："),
                Some(Department::AgricultureRuralAffairs)
            ),
        ]
    );
    assert_eq!(c31.superior()[0].steps(), ["推送中职、高职学生相关数据。"]);
    assert!(!c31.superior()[0].is_numbered());
    assert_eq!(c31.superior()[1].steps().len(), 2);
    assert_eq!(c31.township()[0].steps().len(), 4);
    let c42 = duty("C42").cooperation().unwrap();
    let depts: Vec<_> = c42.superior().iter().map(|s| s.department()).collect();
    assert_eq!(
        depts,
        [
            Some(Department::AgricultureRuralAffairs),
            Some(Department::MarketRegulation),
            Some(Department::PublicSecurity)
        ]
    );
    // The last sub-section is a paragraph whose final 。 wraps to its own line.
    assert!(c42.superior()[2].steps()[0].ends_with("侦办活畜交易中涉及的刑事案件等。"));
    assert!(c42.township()[0].steps()[0].starts_with("宣传《中华人民共和国动物防疫法》"));
}

#[test]
fn numbered_headings_and_a_wrapped_township_heading() {
    let c32 = duty("C32").cooperation().unwrap();
    let heads: Vec<_> = c32
        .township()
        .iter()
        .map(|s| s.heading().unwrap())
        .collect();
    assert_eq!(
        heads,
        [
            "一、农药使用指导、服务工作",
            "二、农药包装废弃物回收清理工作"
        ]
    );
    assert_eq!(c32.superior()[0].steps().len(), 5);
    assert_eq!(c32.superior()[1].steps().len(), 4);
    assert_eq!(
        c32.township()[0].steps(),
        ["指导种植户做好农药减量增效和病虫害绿色防控工作。"]
    );
    // In the narrower township column the first heading wraps.
    let c90 = duty("C90").cooperation().unwrap();
    assert_eq!(
        c90.township()[0].heading(),
        Some("一、推动商业体系建设，做好本辖区企业保障工作")
    );
    assert_eq!(c90.superior().len(), 2);
    assert_eq!(c90.township().len(), 2);
}

#[test]
fn relations() {
    use Department as D;
    let c = catalog();
    // 市人社局 took over R2 to R7.
    let taken: Vec<String> = c
        .involving(D::HumanResourcesSocialSecurity)
        .filter(|i| i.role() == Role::Undertaker)
        .map(|i| i.duty_id().to_string())
        .collect();
    assert_eq!(taken, ["R2", "R3", "R4", "R5", "R6", "R7"]);
    // 市委网信办 is listed in C44 and named in steps of others (C49: 4.市委网信办…).
    let listed: Vec<String> = c
        .involving(D::PartyCyberspaceAffairs)
        .filter(|i| i.role() == Role::Listed)
        .map(|i| i.duty_id().to_string())
        .collect();
    assert!(listed.contains(&"C44".to_string()));
    // Named only inside step text: 州党委组织部 in C2.
    let roles: Vec<(String, Role)> = c
        .involving(D::PrefecturePartyOrganization)
        .map(|i| (i.duty_id().to_string(), i.role()))
        .collect();
    assert!(roles.contains(&("C2".to_string(), Role::Mentioned)));
    assert!(roles.iter().all(|r| r.1 == Role::Mentioned));
    // Sub-section headings give the SubSection role.
    let c31: Vec<(D, Role)> = c
        .involvements_of("C31".parse().unwrap())
        .map(|i| (i.department(), i.role()))
        .collect();
    assert!(c31.contains(&(D::Education, Role::SubSection)));
    assert!(c31.contains(&(D::Education, Role::Listed)));
    // A duty's departments, in document order.
    assert_eq!(
        duty("C12").departments(),
        [D::HumanResourcesSocialSecurity, D::Finance]
    );
    assert_eq!(duty("R2").departments(), [D::HumanResourcesSocialSecurity]);
    assert!(duty("R1").departments().is_empty());
    assert!(duty("B62").departments().is_empty());
    // Every listed department of every cooperative duty is a Listed involvement.
    for d in c.in_list(ListKind::Cooperative) {
        for &dep in d.departments() {
            assert!(c
                .involving(dep)
                .any(|i| i.duty_id() == d.id() && i.role() == Role::Listed));
        }
    }
}

#[test]
fn forty_bodies_in_department_columns_and_undertaker_cells() {
    let mut v: Vec<Department> = catalog()
        .duties()
        .flat_map(|d| d.departments().iter().copied())
        .collect();
    v.sort();
    v.dedup();
    assert_eq!(v.len(), 40);
    assert_eq!(catalog().departments_in_role(Role::Undertaker).len(), 13);
}

#[test]
fn ids_index_the_catalog() {
    for d in catalog().duties() {
        assert_eq!(catalog().get(d.id()).map(|x| x.id()), Some(d.id()));
        assert_eq!(d.id().to_string().parse::<DutyId>(), Ok(d.id()));
    }
}

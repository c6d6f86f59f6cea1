//! The `serde` feature: the catalog serializes to one JSON array of duties
//! with the documented fields.
#![cfg(feature = "serde")]

use serde_json::{json, Value};
use township_duties::{catalog, Category, Department, DutyId, ListKind};

fn duty(id: &str) -> Value {
    serde_json::to_value(catalog().duty(id.parse().unwrap())).unwrap()
}

#[test]
fn catalog_is_one_array_of_all_duties() {
    let v = serde_json::to_value(catalog()).unwrap();
    let a = v.as_array().unwrap();
    assert_eq!(a.len(), 261);
    assert_eq!(a[0]["id"], "B1");
    assert_eq!(a[260]["id"], "R51");
}

#[test]
fn basic_fields() {
    assert_eq!(
        duty("B62"),
        json!({"id": "B62", "list": "basic", "number": 62, "category": "城乡建设",
               "name": "负责本乡农村宅基地审批及建房审批管理工作"})
    );
}

#[test]
fn cooperative_fields() {
    let c12 = duty("C12");
    assert_eq!(c12["departments_text"], "市人社局、财政局");
    assert_eq!(
        c12["departments"],
        json!(["市人力资源和社会保障局", "市财政局"])
    );
    let c31 = duty("C31");
    assert_eq!(
        c31["superior_duties"][0],
        json!({"heading": "市教育局：", "department": "市教育局", "numbered": false,
               "steps": ["推送中职、高职学生相关数据。"]})
    );
    assert_eq!(c31["township_duties"][0]["heading"], Value::Null);
    assert_eq!(c31["township_duties"][0]["numbered"], true);
    assert_eq!(
        c31["township_duties"][0]["steps"].as_array().unwrap().len(),
        4
    );
    assert_eq!(duty("C70")["township_duties"], json!([]));
}

#[test]
fn returned_fields() {
    assert_eq!(
        duty("R2"),
        json!({"id": "R2", "list": "returned", "number": 2, "category": "民生服务", "name": "工伤认定调查",
               "discontinued": false, "undertaker": "市人力资源和社会保障局",
               "method": "由市人力资源和社会保障局负责开展工伤认定调查"})
    );
    assert_eq!(duty("R14")["discontinued"], true);
    assert_eq!(duty("R14")["undertaker"], Value::Null);
    assert_eq!(duty("R14")["method"], Value::Null);
}

#[test]
fn names_deserialize_through_from_str() {
    assert_eq!(
        serde_json::from_value::<DutyId>(json!("C26"))
            .unwrap()
            .to_string(),
        "C26"
    );
    assert_eq!(
        serde_json::from_value::<Department>(json!("人社局")).unwrap(),
        Department::HumanResourcesSocialSecurity
    );
    assert_eq!(
        serde_json::from_value::<Category>(json!("商贸流通")).unwrap(),
        Category::CommerceAndTrade
    );
    assert_eq!(
        serde_json::from_value::<ListKind>(json!("returned")).unwrap(),
        ListKind::Returned
    );
    let err = serde_json::from_value::<Department>(json!("人事局")).unwrap_err();
    assert!(err.to_string().contains("unknown department"));
}

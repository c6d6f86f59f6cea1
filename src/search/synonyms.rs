//! What people say, and what the document writes instead.
//!
//! Each row maps a colloquial term (`user`) to a term the lists actually
//! use (`document`). A query containing a user term is also searched with
//! the document term in its place; hits found that way are marked
//! [`MatchKind::Synonym`](super::MatchKind::Synonym). The tests at the end
//! prove every document term occurs in the catalog, in the duty named.
//!
//! The table started from a colleague's 50 rows (`user_term`,
//! `document_term`, `example_id`); rows after the first 50 were added from
//! the quality suite's misses.

/// `(user term, document term, a duty whose text contains the document term)`.
///
/// User terms are matched after normalization (simplified Chinese,
/// lower-case ASCII), longest first, without overlap.
pub(crate) static SYNONYMS: &[(&str, &str, &str)] = &[
    ("上牌", "牌照", "R12"),
    ("讨薪", "工资支付", "R4"),
    ("狗", "犬", "C46"),
    ("打疫苗", "接种", "C100"),
    ("低保", "低收入", "B51"),
    ("偷", "盗窃", "C113"),
    ("电线", "电力设施", "C113"),
    ("煤气", "燃气", "C111"),
    ("电瓶车", "电动车", "C112"),
    ("拆迁", "征收", "C86"),
    ("违章建筑", "违法建设", "C55"),
    ("吵", "噪声", "C72"),
    ("医务室", "卫生室", "C101"),
    ("放电影", "放映", "C93"),
    ("菜市场", "农贸市场", "C118"),
    ("秤", "计量器具", "C118"),
    ("涨价", "价格违法行为", "C117"),
    ("自来水", "供水", "C36"),
    ("种粮补贴", "惠农补贴", "B30"),
    ("转租", "流转", "B41"),
    ("上户口", "落户", "C47"),
    ("八十岁老人", "高龄老年人", "C52"),
    ("小饭馆", "小餐饮店", "R50"),
    ("罚款", "处罚", "R50"),
    ("没营业执照", "无照", "R51"),
    ("补课班", "校外培训机构", "C123"),
    ("麦秆", "秸秆", "C78"),
    ("淹死", "溺水", "C26"),
    ("柴火", "柴草", "B67"),
    ("村里的路", "村道", "B68"),
    ("盖房子", "建房", "B62"),
    ("新农合", "城乡居民和职工医疗", "B50"),
    ("病死猪", "病死畜", "C74"),
    ("打井", "凿井", "R19"),
    ("砍树", "林木采伐", "B57"),
    ("网店", "电子商务", "C90"),
    ("信号", "通信设施", "C87"),
    ("开发商", "建设单位", "R33"),
    ("公共部分", "共用部位", "R33"),
    ("转包", "委托给他人", "R34"),
    ("报备", "申报登记", "R38"),
    ("路灯", "城市照明设施", "R32"),
    ("摆摊", "摊点", "R30"),
    ("绿化带", "绿化用地", "R37"),
    ("河堤", "堤防", "R25"),
    ("开荒", "开垦", "R27"),
    ("入党", "党员发展", "B7"),
    ("老兵", "老军人", "B5"),
    ("戒烟", "无烟", "B73"),
    ("公墓", "公益性墓地", "B31"),
    ("小路", "村道", "B68"),
    ("路坏了", "村道", "B68"),
    ("入党申请", "党员发展", "B7"),
    ("驾驶证", "操作证件", "R13"),
    ("无证取水", "擅自取水", "R21"),
    ("托儿所", "托育机构", "R45"),
    ("不上学", "控辍保学", "B27"),
    ("开民宿", "开办民宿", "C97"),
    ("大棚", "设施农用地", "B54"),
    ("怀孕", "母婴保健", "B72"),
    ("吵起来", "争议", "B59"),
    ("机井", "凿井", "R19"),
    ("私自", "擅自", "R19"),
    ("露天电影", "公益电影", "C93"),
];

#[cfg(test)]
mod tests {
    use super::SYNONYMS;
    use crate::search::Field;
    use crate::{catalog, DutyId};

    /// Every text of a duty, joined.
    fn all_text(id: &str) -> String {
        let duty = catalog().duty(id.parse::<DutyId>().unwrap());
        Field::all_of(duty)
            .filter_map(|f| f.text(duty))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn check(row: usize) {
        let (user, document, id) = SYNONYMS[row];
        assert!(!user.is_empty() && user != document, "row {row}");
        let text = all_text(id);
        assert!(
            text.contains(document),
            "{document:?} (for {user:?}) is not in {id}"
        );
    }

    #[test]
    fn table_has_no_duplicate_user_terms() {
        let mut users: Vec<&str> = SYNONYMS.iter().map(|r| r.0).collect();
        users.sort_unstable();
        users.dedup();
        assert_eq!(users.len(), SYNONYMS.len());
    }

    macro_rules! rows {
        ($($name:ident = $i:expr;)*) => { $( #[test] fn $name() { check($i); } )* };
    }

    rows! {
        row_00 = 0; row_01 = 1; row_02 = 2; row_03 = 3; row_04 = 4; row_05 = 5; row_06 = 6;
        row_07 = 7; row_08 = 8; row_09 = 9; row_10 = 10; row_11 = 11; row_12 = 12; row_13 = 13;
        row_14 = 14; row_15 = 15; row_16 = 16; row_17 = 17; row_18 = 18; row_19 = 19; row_20 = 20;
        row_21 = 21; row_22 = 22; row_23 = 23; row_24 = 24; row_25 = 25; row_26 = 26; row_27 = 27;
        row_28 = 28; row_29 = 29; row_30 = 30; row_31 = 31; row_32 = 32; row_33 = 33; row_34 = 34;
        row_35 = 35; row_36 = 36; row_37 = 37; row_38 = 38; row_39 = 39; row_40 = 40; row_41 = 41;
        row_42 = 42; row_43 = 43; row_44 = 44; row_45 = 45; row_46 = 46; row_47 = 47; row_48 = 48;
        row_49 = 49; row_50 = 50; row_51 = 51; row_52 = 52; row_53 = 53; row_54 = 54; row_55 = 55;
        row_56 = 56; row_57 = 57; row_58 = 58; row_59 = 59; row_60 = 60; row_61 = 61; row_62 = 62;
        row_63 = 63;
    }

    #[test]
    fn every_row_has_a_test() {
        assert_eq!(SYNONYMS.len(), 64, "add a row_NN test for each new row");
    }
}

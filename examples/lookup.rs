//! Look things up in the catalog by id, category or department.
//!
//! ```text
//! cargo run --example lookup                 # a tour: C26, 城乡建设, 人社局
//! cargo run --example lookup -- C26          # one duty, every field
//! cargo run --example lookup -- 城乡建设      # a category's duties
//! cargo run --example lookup -- 人社局        # a department's duties by role
//! ```

use std::process::ExitCode;
use township_duties::{catalog, Category, Department, Detail, Duty, DutyId, Role, Section};

fn print_sections(label: &str, sections: &[Section]) {
    println!("  {label}:");
    if sections.is_empty() {
        println!("    （空）");
    }
    for s in sections {
        for line in s.to_string().lines() {
            println!("    {line}");
        }
    }
}

fn show_duty(d: &Duty) {
    println!("{d}");
    println!("  清单: {}", d.list().chinese_name());
    match d.detail() {
        Detail::Basic => println!("  由乡独立履职。"),
        Detail::Cooperative(c) => {
            let names: Vec<&str> = c.departments().iter().map(|d| d.chinese_name()).collect();
            println!(
                "  对应上级部门: {} ({})",
                c.departments_text(),
                names.join("、")
            );
            print_sections("上级部门职责", c.superior());
            print_sections("乡配合职责", c.township());
        }
        Detail::Returned(t) => match t.undertaker() {
            Some(u) => println!(
                "  承接部门: {u}\n  承接方式: {}",
                t.method().unwrap_or_default()
            ),
            None => println!("  不再开展此项工作"),
        },
    }
}

fn show_category(c: Category) {
    println!("事项类别 {c}:");
    for d in catalog().in_category(c) {
        println!("  {} {}", d.id(), d.name());
    }
}

fn show_department(dep: Department) {
    println!("{dep} ({}, {}):", dep.english_name(), dep.level());
    for role in Role::ALL {
        let ids: Vec<String> = catalog()
            .involving(dep)
            .filter(|i| i.role() == role)
            .map(|i| format!("{} {}", i.duty_id(), i.duty().name()))
            .collect();
        if !ids.is_empty() {
            println!("  {role} ({}):", ids.len());
            for id in ids {
                println!("    {id}");
            }
        }
    }
}

fn lookup(arg: &str) -> Result<(), String> {
    if let Ok(id) = arg.parse::<DutyId>() {
        show_duty(catalog().duty(id));
    } else if let Ok(c) = arg.parse::<Category>() {
        show_category(c);
    } else {
        match arg.parse::<Department>() {
            Ok(d) => show_department(d),
            Err(e) => {
                return Err(format!(
                    "{arg:?} is not a duty id, category or department: {e}"
                ))
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = if args.is_empty() {
        vec!["C26".into(), "城乡建设".into(), "人社局".into()]
    } else {
        args
    };
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            println!();
        }
        if let Err(e) = lookup(a) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

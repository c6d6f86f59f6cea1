//! Print the whole catalog as one JSON array, one object per duty.
//!
//! ```text
//! cargo run --example export --features serde > duties.json
//! ```

fn main() -> Result<(), serde_json::Error> {
    let stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(stdout, township_duties::catalog())?;
    println!();
    Ok(())
}

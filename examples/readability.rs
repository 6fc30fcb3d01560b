//! Prints the reading grade of every page of the guide: `cargo run --example readability`.

use palliative_guide::content::check::{readability_report, MAX_GRADE};

fn main() {
    println!(
        "Flesch–Kincaid grade (limit {MAX_GRADE:.0}; the NHS aims for a reading age of 9 to 11)\n"
    );
    for (name, grade) in readability_report() {
        let flag = if grade > MAX_GRADE {
            "  <- too hard"
        } else {
            ""
        };
        println!("{grade:5.1}  {name}{flag}");
    }
}

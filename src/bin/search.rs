//! The search page's own small program (see palliative_guide::program).

fn main() {
    palliative_guide::program::start_without_data(palliative_guide::pages::SearchPage);
}

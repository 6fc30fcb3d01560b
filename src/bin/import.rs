//! The page that brings in a visit from a kiosk's own small program (see palliative_guide::program).

fn main() {
    palliative_guide::program::start(palliative_guide::pages::ImportPage);
}

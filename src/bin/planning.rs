//! "Planning ahead together": its own small program (see palliative_guide::program).

fn main() {
    palliative_guide::program::start(palliative_guide::pages::PlanningPage);
}

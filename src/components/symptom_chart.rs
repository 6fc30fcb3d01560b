use leptos::prelude::*;

use crate::store::diary::Point;
use crate::text;

// The chart's drawing area, in SVG units; the SVG scales to the width it is given.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 150.0;
const LEFT: f64 = 28.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 24.0;

/// One symptom over a period: a chart drawn by the app, the same numbers as a table (for screen
/// readers and print), and a plain sentence when it has changed a lot.
#[component]
pub fn SymptomChart(
    key: &'static str,
    name: String,
    points: Vec<Point>,
    days: u32,
    sentence: Option<String>,
) -> impl IntoView {
    let span = f64::from(days);
    let x = |p: &Point| LEFT + (span - p.days_ago.clamp(0.0, span)) / span * (WIDTH - LEFT - RIGHT);
    let y = |score: u8| TOP + (10.0 - f64::from(score)) / 10.0 * (HEIGHT - TOP - BOTTOM);
    let line: String = points
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p), y(p.score)))
        .collect::<Vec<_>>()
        .join(" ");
    let heading = format!("chart-{key}");
    let labelled_by = heading.clone();
    let caption = format!(
        "{name}: {} {days} {}",
        text::DIARY_TABLE_CAPTION,
        text::DIARY_DAYS
    );
    view! {
        <figure class="symptom-chart" aria-labelledby=labelled_by>
            <h3 id=heading>{name.clone()}</h3>
            {sentence.map(|s| view! { <p class="symptom-chart__change">{s}</p> })}
            // The picture is for sighted readers; the table below holds the same numbers.
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true" focusable="false">
                {[0u8, 5, 10]
                    .into_iter()
                    .map(|score| view! {
                        <line class="symptom-chart__grid" x1=LEFT x2=WIDTH - RIGHT y1=y(score) y2=y(score) />
                        <text class="symptom-chart__label" x=LEFT - 6.0 y=y(score) + 4.0 text-anchor="end">{score}</text>
                    })
                    .collect_view()}
                <text class="symptom-chart__label" x=LEFT y=HEIGHT - 6.0>{format!("{days} {}", text::DIARY_DAYS_AGO)}</text>
                <text class="symptom-chart__label" x=WIDTH - RIGHT y=HEIGHT - 6.0 text-anchor="end">{text::DIARY_TODAY}</text>
                <polyline class="symptom-chart__line" points=line />
                {points
                    .iter()
                    .map(|p| view! { <circle class="symptom-chart__point" cx=x(p) cy=y(p.score) r="4" /> })
                    .collect_view()}
            </svg>
            <table class="symptom-chart__table">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{text::DIARY_WHEN}</th><th scope="col">{text::DIARY_SCORE}</th></tr></thead>
                <tbody>
                    {points
                        .iter()
                        .map(|p| view! { <tr><td>{text::date_time(&p.at)}</td><td>{p.score}</td></tr> })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

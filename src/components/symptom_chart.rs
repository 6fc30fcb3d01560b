use leptos::prelude::*;

use super::use_today;
use crate::content::DIARY;
use crate::store::diary::{self, Point, OTHER};
use crate::store::use_store;
use crate::text;

/// Every symptom rated in the last `days` days, each as a chart, a table and, for a big change,
/// a sentence, all from the same numbers. Used by the diary and by the printed sheet.
#[component]
pub fn SymptomCharts(#[prop(into)] days: Signal<u32>) -> impl IntoView {
    let store = use_store();
    let today = use_today();
    let charts = move || {
        let (days, today) = (days.get(), today.get());
        store.workspace.with(|ws| {
            let named_other = ws
                .check_ins
                .iter()
                .find(|e| !e.other.is_empty())
                .map(|e| e.other.clone());
            DIARY
                .items
                .iter()
                .map(|s| (s.key, s.name.to_owned()))
                .chain(std::iter::once((
                    OTHER,
                    named_other.unwrap_or_else(|| text::DIARY_OTHER_NAME.to_owned()),
                )))
                .filter_map(|(key, name)| {
                    let points = diary::series(&ws.check_ins, key, days, &today);
                    (!points.is_empty()).then(|| {
                        let sentence = diary::change_sentence(&name, &points, &today);
                        view! { <SymptomChart key name points days sentence /> }
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let charts = charts();
        if charts.is_empty() {
            view! { <p>{text::DIARY_NO_CHANGE}</p> }.into_any()
        } else {
            view! { <div class="chart-grid">{charts.collect_view()}</div> }.into_any()
        }
    }
}

// The chart's drawing area, in SVG units; the SVG scales to the width it is given.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 150.0;
const LEFT: f64 = 28.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 24.0;

/// A coordinate to one decimal place ("12.5"), written with whole-number arithmetic: formatting an
/// f64 itself would add the standard library's float printing to the download. Coordinates here
/// are never negative.
fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as u32;
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

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
    // `max` and `min` rather than `clamp`: clamp's check of its bounds prints them when it fails,
    // which would bring the standard library's float printing into the download.
    let x =
        |p: &Point| LEFT + (span - p.days_ago.max(0.0).min(span)) / span * (WIDTH - LEFT - RIGHT);
    let y = |score: u8| TOP + (10.0 - f64::from(score)) / 10.0 * (HEIGHT - TOP - BOTTOM);
    let line: String = points
        .iter()
        .map(|p| format!("{},{}", svg_number(x(p)), svg_number(y(p.score))))
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
            <svg viewBox=format!("0 0 {} {}", svg_number(WIDTH), svg_number(HEIGHT)) aria-hidden="true" focusable="false">
                {[0u8, 5, 10]
                    .into_iter()
                    .map(|score| view! {
                        <line class="symptom-chart__grid" x1=svg_number(LEFT) x2=svg_number(WIDTH - RIGHT) y1=svg_number(y(score)) y2=svg_number(y(score)) />
                        <text class="symptom-chart__label" x=svg_number(LEFT - 6.0) y=svg_number(y(score) + 4.0) text-anchor="end">{score}</text>
                    })
                    .collect_view()}
                <text class="symptom-chart__label" x=svg_number(LEFT) y=svg_number(HEIGHT - 6.0)>{format!("{days} {}", text::DIARY_DAYS_AGO)}</text>
                <text class="symptom-chart__label" x=svg_number(WIDTH - RIGHT) y=svg_number(HEIGHT - 6.0) text-anchor="end">{text::DIARY_TODAY}</text>
                <polyline class="symptom-chart__line" points=line />
                {points
                    .iter()
                    .map(|p| view! { <circle class="symptom-chart__point" cx=svg_number(x(p)) cy=svg_number(y(p.score)) r="4" /> })
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

/// Every check-in of the last `days` days as one table, a row per check-in and a column per
/// symptom: the printed sheet's compact copy of the same numbers as the charts.
#[component]
pub fn DiaryTable(days: u32) -> impl IntoView {
    let store = use_store();
    let today = use_today();
    let table = move || {
        let today = today.get();
        store.workspace.with(|ws| {
            let entries = diary::in_period(&ws.check_ins, days, &today);
            // The family's own name for the other problem heads its column when there is one
            // name; when it changed over the period, each cell says which problem it was.
            let mut names: Vec<&str> = entries.iter().map(|e| e.other.as_str()).filter(|n| !n.is_empty()).collect();
            names.dedup();
            let one_name = names.len() <= 1;
            let other_heading = match names.first() {
                Some(name) if one_name => (*name).to_owned(),
                _ => text::DIARY_OTHER_NAME.to_owned(),
            };
            let rows = entries
                .into_iter()
                .map(|entry| {
                    let cells = DIARY
                        .items
                        .iter()
                        .map(|s| entry.ratings.get(s.key).map_or(String::new(), u8::to_string))
                        .map(|cell| view! { <td>{cell}</td> })
                        .collect_view();
                    let other = match entry.ratings.get(OTHER) {
                        Some(score) if one_name => score.to_string(),
                        Some(score) => format!("{}: {score}", entry.other),
                        None => String::new(),
                    };
                    view! {
                        <tr>
                            <th scope="row">{text::short_date_time(&entry.at)}</th>
                            {cells}
                            <td>{other}</td>
                            <td>{entry.note.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <thead>
                    <tr>
                        <th scope="col">{text::DIARY_WHEN}</th>
                        {DIARY.items.iter().map(|s| view! { <th scope="col">{s.name}</th> }).collect_view()}
                        <th scope="col">{other_heading}</th>
                        <th scope="col">{text::DIARY_NOTE_COLUMN}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            }
        })
    };
    view! {
        // A wide table scrolls on its own on a phone; it can take focus so keyboards can scroll it.
        <div class="table-scroll" role="region" aria-label=text::DIARY_TABLE_LABEL tabindex="0">
            <table class="diary-table">
                <caption>{format!("{} {days} {}. {}", text::DIARY_TABLE_ALL, text::DIARY_DAYS, text::DIARY_TABLE_BLANK)}</caption>
                {table}
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::svg_number;

    #[test]
    fn coordinates_are_written_to_one_decimal_place() {
        assert_eq!(svg_number(28.0), "28");
        assert_eq!(svg_number(12.54), "12.5");
        assert_eq!(svg_number(12.56), "12.6");
        assert_eq!(svg_number(0.04), "0");
        assert_eq!(svg_number(150.0 - 6.0), "144");
    }
}

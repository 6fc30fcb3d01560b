use leptos::prelude::*;

use crate::store::model::Record;

/// What tells one row apart from the others: the entry, the version of it the row shows, and,
/// where the row also shows its place in the list, that place.
#[derive(Clone, PartialEq, Eq, Hash)]
struct RowKey {
    id: String,
    updated: u64,
    place: Option<(usize, bool)>,
}

/// One row of a list of the family's entries: which entry and version it shows, and how to draw
/// it.
pub struct Row {
    key: RowKey,
    draw: Box<dyn FnOnce() -> AnyView + Send>,
}

impl Row {
    /// A row for `entry`, drawn by `draw` and drawn again only when the entry changes.
    pub fn new<T, V>(entry: T, draw: impl FnOnce(T) -> V + Send + 'static) -> Self
    where
        T: Record + Send + 'static,
        V: IntoView + 'static,
    {
        let key = RowKey {
            id: entry.id().to_owned(),
            updated: entry.updated().to_bits(),
            place: None,
        };
        Row {
            key,
            draw: Box::new(move || draw(entry).into_any()),
        }
    }

    /// A row for each of `entries`, each drawn by `draw`.
    pub fn all<T, V>(entries: &[T], draw: fn(T) -> V) -> Vec<Self>
    where
        T: Record + Send + 'static,
        V: IntoView + 'static,
    {
        entries
            .iter()
            .map(|entry| Row::new(entry.clone(), draw))
            .collect()
    }

    /// For a row that shows where it is (a question's number, and whether it is the last one
    /// and so cannot move down): drawn again when its place changes too.
    pub fn placed(mut self, index: usize, last: bool) -> Self {
        self.key.place = Some((index, last));
        self
    }
}

/// The rows of a list of the family's entries (the list element itself is the page's): a row
/// whose entry has not changed is kept as it is, with its focus, when the list changes.
///
/// Every such list is drawn by this one component. A `For` of its own for each kind of entry
/// would put a copy of Leptos's list code in the download for each kind; this puts in one.
#[component]
pub fn Rows(rows: impl Fn() -> Vec<Row> + Send + 'static) -> impl IntoView {
    keyed(Box::new(rows))
}

fn keyed(rows: Box<dyn Fn() -> Vec<Row> + Send>) -> impl IntoView {
    view! { <For each=rows key=|row: &Row| row.key.clone() children=|row: Row| (row.draw)() /> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::model::Note;

    fn row(id: &str, updated: f64) -> Row {
        let note = Note {
            id: id.to_owned(),
            date: "2026-11-27".to_owned(),
            who: String::new(),
            text: "Ask about the night nurse".to_owned(),
            updated,
        };
        Row::new(note, |note| note.text)
    }

    #[test]
    fn a_row_is_kept_only_while_its_entry_version_and_place_stay_the_same() {
        assert!(row("a", 1.0).key == row("a", 1.0).key, "unchanged: kept");
        assert!(
            row("a", 1.0).key != row("a", 2.0).key,
            "changed: drawn again"
        );
        assert!(row("a", 1.0).key != row("b", 1.0).key, "another entry");
        let placed = |index, last| row("a", 1.0).placed(index, last).key;
        assert!(placed(0, false) == placed(0, false));
        assert!(placed(0, false) != placed(1, false), "moved: drawn again");
        assert!(placed(0, false) != placed(0, true), "now last: drawn again");
    }
}

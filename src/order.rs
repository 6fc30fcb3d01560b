//! Sorting lists.
//!
//! `slice::sort_by` adds its own copy of a large sorting routine to the download for every type
//! it sorts (about 3 KB of WebAssembly each), and the guide sorts a dozen kinds of record. Here
//! the sorting code exists once, for positions in a list; each kind of record adds only its
//! comparison.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they were (like `sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots[at].take()));
}

/// The one copy of the sorting code: positions, compared through the list's own comparison.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let words = [
            "pear", "fig", "apple", "kiwi", "date", "plum", "lime", "", "fig",
        ];
        let by_length = |a: &&str, b: &&str| a.len().cmp(&b.len());
        let mut ours = words.to_vec();
        sort_by(&mut ours, by_length);
        let mut standard = words.to_vec();
        standard.sort_by(by_length);
        assert_eq!(ours, standard, "equal lengths keep their order");
        assert_eq!(
            ours,
            ["", "fig", "fig", "pear", "kiwi", "date", "plum", "lime", "apple"]
        );
        let mut empty: Vec<String> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}

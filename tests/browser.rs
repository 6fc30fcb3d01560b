//! Browser tests for local storage, run in headless Chromium by wasm-bindgen-test.
//! Each test starts from empty local storage; the browser runs them one at a time.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use palliative_guide::store::backend::{self, Loaded, KEY, UNREADABLE_PREFIX};
use palliative_guide::store::model::{Workspace, SCHEMA_VERSION};
use palliative_guide::store::{Saving, Store};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
let original = null;
export function refuse_writes() {
  original = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
}
export function allow_writes() {
  if (original) { Storage.prototype.setItem = original; original = null; }
}
"#)]
extern "C" {
    fn refuse_writes();
    fn allow_writes();
}

fn raw(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).unwrap()
}

fn unreadable_keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| key.starts_with(UNREADABLE_PREFIX))
        .collect()
}

fn fresh() {
    allow_writes();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn nothing_saved_loads_as_empty() {
    fresh();
    assert_eq!(backend::load(), Loaded::Empty);
}

#[wasm_bindgen_test]
fn saved_questions_load_back_in_the_versioned_format() {
    fresh();
    let mut ws = Workspace::default();
    ws.add("a".into(), "Can we stay overnight?", 1.0).unwrap();
    backend::save(&ws).unwrap();

    let stored: serde_json::Value = serde_json::from_str(&raw(KEY).unwrap()).unwrap();
    assert_eq!(stored["version"], SCHEMA_VERSION);
    assert_eq!(backend::load(), Loaded::Found(ws));
}

#[wasm_bindgen_test]
fn store_saves_each_change() {
    fresh();
    let store = Store::new();
    store.load();
    store.add_question("Who is our key worker?").unwrap();
    store.add_question("Is there parking?").unwrap();
    let id = store.workspace.with_untracked(|ws| ws.questions[0].id.clone());
    store.edit_question(&id, "Who is our named nurse?").unwrap();
    let second = store.workspace.with_untracked(|ws| ws.questions[1].id.clone());
    store.remove_question(&second).unwrap();

    let Loaded::Found(saved) = backend::load() else { panic!("nothing saved") };
    let texts: Vec<_> = saved.questions.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["Who is our named nurse?"]);
    assert_eq!(store.saving.get_untracked(), Saving::Saved);
}

#[wasm_bindgen_test]
fn corrupt_data_is_kept_aside_and_never_overwritten() {
    fresh();
    let corrupt = r#"{"version":1,"data":{"questions":[{"id":"#;
    LocalStorage::raw().set_item(KEY, corrupt).unwrap();

    let store = Store::new();
    store.load();
    assert_eq!(store.saving.get_untracked(), Saving::RecoveredUnreadable);
    let kept = unreadable_keys();
    assert_eq!(kept.len(), 1);
    assert_eq!(raw(&kept[0]).as_deref(), Some(corrupt), "the unreadable text is kept exactly");

    store.add_question("A new question").unwrap();
    assert_eq!(raw(&kept[0]).as_deref(), Some(corrupt), "still kept after a new save");
    let Loaded::Found(saved) = backend::load() else { panic!("new list not saved") };
    assert_eq!(saved.questions[0].text, "A new question");
}

#[wasm_bindgen_test]
fn data_from_a_newer_release_is_left_untouched() {
    fresh();
    let newer = format!(r#"{{"version":{},"data":{{"questions":[],"notes":["kept"]}}}}"#, SCHEMA_VERSION + 1);
    LocalStorage::raw().set_item(KEY, &newer).unwrap();

    let store = Store::new();
    store.load();
    assert_eq!(store.saving.get_untracked(), Saving::BlockedNewer);
    store.add_question("Typed while blocked").unwrap();

    assert_eq!(raw(KEY), Some(newer), "newer data must not be overwritten");
    assert_eq!(store.workspace.with_untracked(|ws| ws.questions.len()), 1, "the work stays in memory");
}

#[wasm_bindgen_test]
fn a_refused_write_keeps_the_work_in_memory_and_the_saved_data_intact() {
    fresh();
    let store = Store::new();
    store.load();
    store.add_question("Saved before the device filled up").unwrap();
    let before = raw(KEY);

    refuse_writes();
    let result = store.add_question("Typed when the device was full");
    allow_writes();

    assert!(result.is_ok());
    assert_eq!(store.saving.get_untracked(), Saving::Refused);
    assert_eq!(store.workspace.with_untracked(|ws| ws.questions.len()), 2);
    assert_eq!(raw(KEY), before, "what was saved before is still there");

    // Once space is back, the next change saves everything, including what was typed meanwhile.
    store.add_question("Typed after space was freed").unwrap();
    assert_eq!(store.saving.get_untracked(), Saving::Saved);
    let Loaded::Found(saved) = backend::load() else { panic!("not saved") };
    assert_eq!(saved.questions.len(), 3);
}

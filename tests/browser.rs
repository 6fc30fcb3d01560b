//! Browser tests for local storage, run in headless Chromium by wasm-bindgen-test.
//! Each test starts from empty local storage; the browser runs them one at a time.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use palliative_guide::store::backend::{self, Stored, KEY, UNREADABLE_PREFIX};
use palliative_guide::store::json::{parse, Json};
use palliative_guide::store::model::{AskWho, Workspace, SCHEMA_VERSION};
use palliative_guide::store::{Saving, Store};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// The numbers every test of the stored format checks (`assert_awkward_numbers_read_back`).
include!("../src/store/samples/numbers.rs");

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
// As when the browser blocks storage for this site: reading window.localStorage throws.
let storage_property = null;
export function block_storage() {
  storage_property = Object.getOwnPropertyDescriptor(window, "localStorage");
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() { throw new DOMException("Access is denied for this document.", "SecurityError"); },
  });
}
export function unblock_storage() {
  if (storage_property) { Object.defineProperty(window, "localStorage", storage_property); }
  else { delete window.localStorage; }
}
"#)]
extern "C" {
    fn refuse_writes();
    fn allow_writes();
    fn block_storage();
    fn unblock_storage();
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

fn add(store: &Store, text: &str) {
    store
        .change(|ws, now| ws.add_question(backend::new_id(), text, AskWho::Anyone, now))
        .unwrap();
}

fn saved() -> Workspace {
    match backend::read() {
        Stored::Found(workspace) => workspace,
        other => panic!("expected a saved workspace, found {other:?}"),
    }
}

fn texts(ws: &Workspace) -> Vec<String> {
    ws.questions.iter().map(|q| q.text.clone()).collect()
}

/// Questions added at the same moment in two tabs share a place in the list; which comes first
/// is settled the same way in every tab, but is not the point of these tests.
fn sorted(mut texts: Vec<String>) -> Vec<String> {
    texts.sort();
    texts
}

fn fresh() {
    allow_writes();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn nothing_saved_reads_as_empty() {
    fresh();
    assert_eq!(backend::read(), Stored::Empty);
}

#[wasm_bindgen_test]
fn saved_data_reads_back_in_the_versioned_format() {
    fresh();
    let mut ws = Workspace::default();
    ws.add_question("a".into(), "Can we stay overnight?", AskWho::Hospice, 1.0)
        .unwrap();
    backend::write(&ws).unwrap();

    let stored: serde_json::Value = serde_json::from_str(&raw(KEY).unwrap()).unwrap();
    assert_eq!(stored["version"], SCHEMA_VERSION);
    assert_eq!(saved(), ws);
}

/// In the browser, numbers other than whole ones are converted by the browser itself
/// (store::json::platform): each must read back as exactly the same number.
#[wasm_bindgen_test]
fn every_number_reads_back_as_the_same_number_through_the_browser() {
    assert_eq!(Json::Number(1764000000000.0).text(), "1764000000000");
    assert_awkward_numbers_read_back();
    // As a file written elsewhere may have them.
    for (text, number) in [
        ("1E+2", 100.0),
        ("1.25e-1", 0.125),
        ("1e400", f64::INFINITY),
    ] {
        assert_eq!(parse(text), Some(Json::Number(number)), "{text}");
    }
}

#[wasm_bindgen_test]
fn store_saves_each_change() {
    fresh();
    let store = Store::new();
    store.load();
    add(&store, "Who is our key worker?");
    add(&store, "Is there parking?");
    let id = store
        .workspace
        .with_untracked(|ws| ws.questions[0].id.clone());
    store
        .change(|ws, now| ws.edit_question(&id, "Who is our named nurse?", AskWho::Nurse, now))
        .unwrap();
    let second = store
        .workspace
        .with_untracked(|ws| ws.questions[1].id.clone());
    store
        .change(|ws, now| ws.remove_question(&second, now))
        .unwrap();

    assert_eq!(texts(&saved()), ["Who is our named nurse?"]);
    assert_eq!(store.saving.get_untracked(), Saving::Saved);
}

#[wasm_bindgen_test]
fn data_from_the_first_release_is_migrated_and_kept() {
    fresh();
    let v1 = r#"{"version":1,"data":{"questions":[{"id":"old","text":"Saved by the first release","updated":1.0}]}}"#;
    LocalStorage::raw().set_item(KEY, v1).unwrap();

    let store = Store::new();
    store.load();
    assert_eq!(store.saving.get_untracked(), Saving::Saved);
    add(&store, "Added after the update");

    let stored: serde_json::Value = serde_json::from_str(&raw(KEY).unwrap()).unwrap();
    assert_eq!(
        stored["version"], SCHEMA_VERSION,
        "rewritten in the current format"
    );
    assert_eq!(
        texts(&saved()),
        ["Saved by the first release", "Added after the update"]
    );
}

#[wasm_bindgen_test]
fn corrupt_data_is_kept_aside_and_never_overwritten() {
    fresh();
    let corrupt = r#"{"version":2,"data":{"questions":[{"id":"#;
    LocalStorage::raw().set_item(KEY, corrupt).unwrap();

    let store = Store::new();
    store.load();
    assert_eq!(store.saving.get_untracked(), Saving::RecoveredUnreadable);
    let kept = unreadable_keys();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        raw(&kept[0]).as_deref(),
        Some(corrupt),
        "the unreadable text is kept exactly"
    );
    assert_eq!(
        backend::unreadable(),
        vec![(kept[0].clone(), corrupt.to_owned())],
        "offered for download"
    );

    add(&store, "A new question");
    assert_eq!(
        raw(&kept[0]).as_deref(),
        Some(corrupt),
        "still kept after a new save"
    );
    assert_eq!(texts(&saved()), ["A new question"]);
}

#[wasm_bindgen_test]
fn data_from_a_newer_release_is_left_untouched() {
    fresh();
    let newer = format!(
        r#"{{"version":{},"data":{{"questions":[],"diary":["kept"]}}}}"#,
        SCHEMA_VERSION + 1
    );
    LocalStorage::raw().set_item(KEY, &newer).unwrap();

    let store = Store::new();
    store.load();
    assert_eq!(store.saving.get_untracked(), Saving::BlockedNewer);
    add(&store, "Typed while blocked");

    assert_eq!(raw(KEY), Some(newer), "newer data must not be overwritten");
    assert_eq!(
        store.workspace.with_untracked(|ws| ws.questions.len()),
        1,
        "the work stays in memory"
    );
}

#[wasm_bindgen_test]
fn a_refused_write_keeps_the_work_in_memory_and_the_saved_data_intact() {
    fresh();
    let store = Store::new();
    store.load();
    add(&store, "Saved before the device filled up");
    let before = raw(KEY);

    refuse_writes();
    let result = store
        .change(|ws, now| ws.add_question(backend::new_id(), "Typed when full", AskWho::Gp, now));
    allow_writes();

    assert!(result.is_ok());
    assert_eq!(store.saving.get_untracked(), Saving::Refused);
    assert_eq!(store.workspace.with_untracked(|ws| ws.questions.len()), 2);
    assert_eq!(raw(KEY), before, "what was saved before is still there");

    // Once space is back, the next change saves everything, including what was typed meanwhile.
    add(&store, "Typed after space was freed");
    assert_eq!(store.saving.get_untracked(), Saving::Saved);
    assert_eq!(saved().questions.len(), 3);
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_and_nothing_crashes() {
    fresh();
    let mut earlier = Workspace::default();
    earlier
        .add_question(
            "e".into(),
            "Saved before storage was blocked",
            AskWho::Gp,
            1.0,
        )
        .unwrap();
    backend::write(&earlier).unwrap();

    block_storage();
    assert!(!backend::available());
    let store = Store::new();
    store.load();
    add(&store, "Typed with storage blocked");
    let saving = store.saving.get_untracked();
    let in_memory = store.workspace.with_untracked(texts);
    unblock_storage();

    assert!(backend::available(), "the test restored storage");
    assert_eq!(saving, Saving::Unavailable);
    assert_eq!(
        in_memory,
        ["Typed with storage blocked"],
        "the work stays in memory"
    );
    assert_eq!(saved(), earlier, "what was saved before is untouched");
}

#[wasm_bindgen_test]
fn a_second_tab_writing_at_the_same_time_loses_nothing() {
    fresh();
    let tab_a = Store::new();
    tab_a.load();
    add(&tab_a, "From tab A");

    // Tab B started from the same saved data and saved its own question and a deletion.
    let tab_b = Store::new();
    tab_b.load();
    add(&tab_b, "From tab B");
    let a_id = tab_b
        .workspace
        .with_untracked(|ws| ws.questions[0].id.clone());

    // Tab A has not heard from B yet and saves another change: B's question must survive.
    add(&tab_a, "Second from tab A");
    assert_eq!(
        sorted(texts(&saved())),
        ["From tab A", "From tab B", "Second from tab A"]
    );

    // B deletes A's first question; A then hears B's storage event and shows the same list.
    tab_b
        .change(|ws, now| ws.remove_question(&a_id, now))
        .unwrap();
    tab_a.on_storage_changed(raw(KEY));
    let in_b = tab_b.workspace.with_untracked(texts);
    assert_eq!(
        tab_a.workspace.with_untracked(texts),
        in_b,
        "both tabs show the same list in the same order"
    );
    assert_eq!(texts(&saved()), in_b);
    assert_eq!(sorted(in_b), ["From tab B", "Second from tab A"]);

    // Clearing in one tab clears the other, rather than the other writing it all back.
    tab_b.clear_all();
    tab_a.on_storage_changed(None);
    assert!(tab_a.workspace.with_untracked(Workspace::is_empty));
    assert_eq!(raw(KEY), None);
}

/// A full daily check-in for day `day` of the year: every symptom rated and a short note.
fn year_check_in(day: u32) -> palliative_guide::store::diary::CheckIn {
    use palliative_guide::store::diary::CheckInForm;
    let keys: Vec<&str> = palliative_guide::content::DIARY
        .items
        .iter()
        .map(|s| s.key)
        .collect();
    let form = CheckInForm {
        at: format!("2026-{:02}-{:02}T09:30", day / 28 % 12 + 1, day % 28 + 1),
        ratings: keys
            .iter()
            .map(|k| ((*k).to_owned(), (day % 11) as u8))
            .collect(),
        note: "Slept badly. The nurse came and changed the patch.".to_owned(),
        ..Default::default()
    };
    form.check(format!("day-{day}"), &keys, f64::from(day))
        .unwrap()
}

#[wasm_bindgen_test]
fn a_year_of_daily_check_ins_saves_and_reads_back_from_real_local_storage() {
    fresh();
    let store = Store::new();
    store.load();
    store
        .change(|ws, _| {
            for day in 0..365 {
                ws.add_check_in(year_check_in(day));
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(store.saving.get_untracked(), Saving::Saved);
    let stored = raw(KEY).unwrap();
    console_log!(
        "a year of check-ins in local storage: {} characters",
        stored.len()
    );
    let back = saved();
    assert_eq!(back.check_ins.len(), 365);
    assert_eq!(back, store.workspace.get_untracked());
    // Not rated stays not rated after the round trip through the browser.
    assert!(back
        .check_ins
        .iter()
        .all(|e| !e.ratings.contains_key("other")));
}

#[wasm_bindgen_test]
fn a_full_device_during_a_check_in_loses_nothing_already_saved() {
    fresh();
    let store = Store::new();
    store.load();
    store
        .change(|ws, _| {
            ws.add_check_in(year_check_in(1));
            Ok(())
        })
        .unwrap();
    let before = raw(KEY);

    refuse_writes();
    store
        .change(|ws, _| {
            ws.add_check_in(year_check_in(2));
            Ok(())
        })
        .unwrap();
    allow_writes();

    assert_eq!(store.saving.get_untracked(), Saving::Refused);
    assert_eq!(
        raw(KEY),
        before,
        "the saved check-in is still there, unchanged"
    );
    assert_eq!(
        store.workspace.with_untracked(|ws| ws.check_ins.len()),
        2,
        "the new one is kept in memory"
    );
    store
        .change(|ws, _| {
            ws.add_check_in(year_check_in(3));
            Ok(())
        })
        .unwrap();
    assert_eq!(
        saved().check_ins.len(),
        3,
        "everything is saved once space is back"
    );
}

// --- Encryption at rest (store::crypto), with the browser's own Web Crypto ---

use palliative_guide::store::crypto::{self, PASSCODE_ROUNDS, SALT_BYTES};

#[wasm_bindgen_test]
async fn sealed_text_opens_only_with_its_key_and_holds_no_word_of_it() {
    let key = crypto::new_data_key().await.unwrap();
    let text = r#"{"questions":[{"text":"Can Mum have morphine at night?"}]}"#;
    let first = crypto::seal(text, &key).await.unwrap();
    let second = crypto::seal(text, &key).await.unwrap();
    assert_ne!(first.iv, second.iv, "a fresh IV for every encryption");
    assert_ne!(first.data, second.data);
    let bytes = String::from_utf8_lossy(&first.data.0).to_string();
    assert!(!bytes.contains("morphine") && !bytes.contains("questions"));
    assert_eq!(crypto::open(&first, &key).await.unwrap(), text);

    let other = crypto::new_data_key().await.unwrap();
    assert!(
        crypto::open(&first, &other).await.is_err(),
        "another key opens nothing"
    );
    for at in [0, first.data.0.len() / 2, first.data.0.len() - 1] {
        let mut changed = first.clone();
        changed.data.0[at] ^= 1;
        assert!(
            crypto::open(&changed, &key).await.is_err(),
            "a changed byte at {at} is found"
        );
    }
    let mut wrong_iv = first.clone();
    wrong_iv.iv.0[0] ^= 1;
    assert!(crypto::open(&wrong_iv, &key).await.is_err());
}

#[wasm_bindgen_test]
async fn the_data_key_is_kept_wrapped_by_the_passcode_and_a_wrong_passcode_never_unwraps_it() {
    let salt = crypto::random_bytes(SALT_BYTES).unwrap();
    assert_eq!(salt.len(), SALT_BYTES);
    let data_key = crypto::new_data_key().await.unwrap();
    let sealed = crypto::seal("Dr Shah, 01234 567890", &data_key)
        .await
        .unwrap();
    let right = crypto::passcode_key("tulip-1952", &salt, PASSCODE_ROUNDS)
        .await
        .unwrap();
    let wrapped = crypto::wrap(&data_key, &right).await.unwrap();

    // Unlocking later: the passcode again, the same salt.
    let again = crypto::passcode_key("tulip-1952", &salt, PASSCODE_ROUNDS)
        .await
        .unwrap();
    let unwrapped = crypto::unwrap(&wrapped, &again).await.unwrap();
    assert_eq!(
        crypto::open(&sealed, &unwrapped).await.unwrap(),
        "Dr Shah, 01234 567890"
    );

    for wrong in ["tulip-1953", "Tulip-1952", "", "tulip-1952 "] {
        let key = crypto::passcode_key(wrong, &salt, PASSCODE_ROUNDS)
            .await
            .unwrap();
        assert!(
            crypto::unwrap(&wrapped, &key).await.is_err(),
            "{wrong:?} unwrapped the key"
        );
    }
    // The same passcode with another salt is another key.
    let other_salt = crypto::random_bytes(SALT_BYTES).unwrap();
    let salted = crypto::passcode_key("tulip-1952", &other_salt, PASSCODE_ROUNDS)
        .await
        .unwrap();
    assert!(crypto::unwrap(&wrapped, &salted).await.is_err());
    let mut changed = wrapped.clone();
    changed.data.0[3] ^= 0x80;
    assert!(crypto::unwrap(&changed, &again).await.is_err());

    // A changed passcode wraps the same data key again: the data is not encrypted again.
    let new_salt = crypto::random_bytes(SALT_BYTES).unwrap();
    let new_key = crypto::passcode_key("a new passcode", &new_salt, PASSCODE_ROUNDS)
        .await
        .unwrap();
    let rewrapped = crypto::wrap(&unwrapped, &new_key).await.unwrap();
    let from_new = crypto::unwrap(&rewrapped, &new_key).await.unwrap();
    assert_eq!(
        crypto::open(&sealed, &from_new).await.unwrap(),
        "Dr Shah, 01234 567890"
    );
}

use palliative_guide::store::lock::{open_backup, Tried};
use palliative_guide::store::locked::{Bytes, LockInfo, Locked};

/// A locked backup as the guide makes one: the workspace sealed with a data key that is wrapped
/// by the passcode's key.
async fn locked_backup(workspace: &Workspace, passcode: &str) -> Locked {
    let salt = crypto::random_bytes(SALT_BYTES).unwrap();
    let data_key = crypto::new_data_key().await.unwrap();
    let wrapping = crypto::passcode_key(passcode, &salt, PASSCODE_ROUNDS)
        .await
        .unwrap();
    Locked {
        lock: LockInfo {
            salt: Bytes(salt),
            rounds: PASSCODE_ROUNDS,
            wrapped: crypto::wrap(&data_key, &wrapping).await.unwrap(),
            minutes: 5,
            device: None,
        },
        sealed: crypto::seal(&workspace.stored_text(), &data_key)
            .await
            .unwrap(),
    }
}

#[wasm_bindgen_test]
async fn a_locked_backup_opens_with_its_passcode_only_and_a_changed_byte_opens_nothing() {
    let mut workspace = Workspace::default();
    workspace
        .add_question("q".into(), "Who do we call at night?", AskWho::Nurse, 1.0)
        .unwrap();
    let locked = locked_backup(&workspace, "heron-and-finch").await;
    assert_eq!(
        open_backup(&locked, "heron-and-finch").await,
        Ok(workspace.clone())
    );
    assert_eq!(
        open_backup(&locked, "heron-and-finch!").await,
        Err(Tried::Wrong(0))
    );
    let mut changed = locked.clone();
    let middle = changed.sealed.data.0.len() / 2;
    changed.sealed.data.0[middle] ^= 1;
    assert_eq!(
        open_backup(&changed, "heron-and-finch").await,
        Err(Tried::Failed),
        "AES-GCM's tag finds the change: nothing is read"
    );
}

#[wasm_bindgen_test]
async fn the_device_locks_secret_wraps_the_same_data_key_and_another_secret_does_not() {
    // What a passkey's PRF gives: 32 secret bytes (here made up, as a virtual authenticator's are).
    let secret = crypto::random_bytes(32).unwrap();
    let data_key = crypto::new_data_key().await.unwrap();
    let sealed = crypto::seal("Morphine at 10pm", &data_key).await.unwrap();
    let wrapped = crypto::wrap(&data_key, &crypto::prf_key(&secret).await.unwrap())
        .await
        .unwrap();
    let again = crypto::unwrap(&wrapped, &crypto::prf_key(&secret).await.unwrap())
        .await
        .unwrap();
    assert_eq!(
        crypto::open(&sealed, &again).await.unwrap(),
        "Morphine at 10pm"
    );
    let mut other = secret.clone();
    other[0] ^= 1;
    let wrong = crypto::prf_key(&other).await.unwrap();
    assert!(crypto::unwrap(&wrapped, &wrong).await.is_err());
}

//! Draws pages ahead of time, with Leptos itself, for scripts/prerender.mjs: for each address
//! given, one line of JSON with the page's title and the markup of its `<body>`. The browser then
//! adopts that markup as it is (hydration, see src/program.rs and src/app.rs) instead of drawing the page again.
//!
//! Nothing is read from storage here (effects do not run), so the family's pages are drawn as
//! their shell: heading, introduction and forms, with their items filled in by the app.

use any_spawner::Executor;
use futures::executor::block_on;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use palliative_guide::app::App;
use palliative_guide::components::DrawnTitle;
use palliative_guide::pages::load::{self, Page};

fn main() {
    let _ = Executor::init_futures_executor();
    for address in std::env::args().skip(1) {
        let page = Page::for_path(address.split('?').next().unwrap_or_default());
        // Natively a page's code is already here; this only records it as loaded.
        if block_on(load::load(page)).is_err() {
            panic!("{address}: the page could not be drawn");
        }
        let owner = Owner::new();
        let (body, title) = owner.with(|| {
            let title = DrawnTitle::default();
            provide_context(title.clone());
            provide_context(RequestUrl::new(&address));
            let body = view! { <App /> }.to_html();
            (body, title.0.get_untracked())
        });
        let line = serde_json::json!({ "address": address, "title": title, "body": body, "piece": page.piece() });
        println!("{line}");
        // Clean-ups are the browser's work (ListenControl stops speech): a page drawn here is
        // never cleaned up, only forgotten.
        std::mem::forget(owner);
    }
}

//! A plain-English guide to palliative care for families.
//!
//! Guide content is compiled in from `content/` (see `build.rs`); a family's own questions live in
//! the browser only (see `store`).

pub mod app;
pub mod components;
pub mod content;
pub mod kiosk;
pub mod order;
pub mod pages;
#[cfg(feature = "hydrate")]
pub mod program;
pub mod routes;
pub mod search;
pub mod store;
pub mod takeover;
pub mod text;

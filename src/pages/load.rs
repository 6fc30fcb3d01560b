//! Each page's code, fetched the first time the page is shown: the one list of the pages and
//! their pieces. Every page other than a reading page has a piece of the program of its own, from
//! which it starts on its own page with no router (`start`, called by src/bin/site.rs); the whole
//! app, which runs on a kiosk, draws the page from the same piece. So a kiosk showing a guide page
//! has not waited for the code of the diary or the staff tools. The
//! reading pages (home, Start here, the guide pages, words explained, help lines) are started on
//! their own pages by the program's core, which draws only their few live parts: the whole app
//! draws them from one piece, `app_reading`, which only a kiosk fetches.
//!
//! Each `wasm_split` function below is where the release build (scripts/program-build.mjs) cuts
//! the WebAssembly: the functions of one piece, and everything only they use, go into a file of
//! their own, fetched when one of them is first called. In native tests the functions are called
//! directly. Page code is reached only through here, never named from the app shell; and only
//! the shell calls these functions, never a page: a page's code is kept, uncut, in the browser
//! tests' build, where such a call would need a loader that only the release build has, and the
//! tests could not start.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::{content, routes};

/// Draws a page for a path (the path tells the guide page which page it is).
pub type Draw = fn(&str) -> AnyView;

/// A page's code could not be fetched: offline before the guide was saved, or a new release
/// replaced the files on the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// How a page with a piece of its own starts on its own page, with no router (src/program.rs):
/// `program::start` or `program::start_without_data`.
pub type Start = fn(Draw, String);

/// A page's code, as its piece gives it: how to draw the page, and, for a page with a piece of its
/// own, how it starts on its own page. The start is named only here, inside the pieces, so the
/// code that adopts a whole page is fetched only with a page that has a piece, never with a
/// reading page.
#[derive(Clone, Copy)]
struct Code {
    draw: Draw,
    start: Option<Start>,
}

// The start of a page with a piece of its own, in the browser; natively (tests, drawing pages at
// build time) pages are only drawn.
#[cfg(feature = "hydrate")]
macro_rules! own_start {
    ($start:ident) => {
        Some(crate::program::$start as Start)
    };
}
#[cfg(not(feature = "hydrate"))]
macro_rules! own_start {
    ($start:ident) => {
        None
    };
}

macro_rules! pages {
    (
        reading { $($reading:ident = $reading_name:ident: $reading_draw:expr;)* }
        own { $($page:ident = $name:ident, $start:ident: $draw:expr;)* }
    ) => {
        /// Every kind of page, one per download.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Page {
            $($reading,)*
            $($page,)*
        }

        $(
            // A reading page: only the whole app draws it, from a piece of its own.
            #[wasm_split(app_reading, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $reading_name() -> Result<Code, NotLoaded> {
                Ok(Code { draw: $reading_draw, start: None })
            }
        )*
        $(
            // A page with a piece of its own, named as the page: the page starts from it, and
            // the whole app draws the page from it.
            #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name() -> Result<Code, NotLoaded> {
                Ok(Code { draw: $draw, start: own_start!($start) })
            }
        )*

        impl Page {
            /// The piece of the program that holds this page's code.
            pub fn piece(self) -> &'static str {
                match self {
                    $(Page::$reading => "app_reading",)*
                    $(Page::$page => stringify!($name),)*
                }
            }

            /// Whether the page starts from a piece of its own. A reading page is brought to
            /// life by the program's core instead (src/bin/site.rs).
            pub fn has_own_piece(self) -> bool {
                matches!(self, $(Page::$page)|*)
            }
        }

        async fn fetch(page: Page) -> Result<Code, NotLoaded> {
            match page {
                $(Page::$reading => $reading_name().await,)*
                $(Page::$page => $name().await,)*
            }
        }
    };
}

pages! {
    // Drawn on their own pages by the program's core (src/bin/site.rs); only the whole app
    // fetches their piece.
    reading {
        Home = home: |_| view! { <super::Home /> }.into_any();
        Start = start_here: |_| view! { <super::StartPage /> }.into_any();
        Glossary = glossary: |_| view! { <super::GlossaryPage /> }.into_any();
        Help = help: |_| view! { <super::HelpPage /> }.into_any();
        Guide = guide: |path| match path.strip_prefix(routes::GUIDE_PREFIX).and_then(content::page) {
            Some(page) => view! { <super::GuidePage page /> }.into_any(),
            None => view! { <super::NotFound /> }.into_any(),
        };
        NotFound = not_found: |_| view! { <super::NotFound /> }.into_any();
    }
    // Each with a piece of its own, named as the page, and how it starts on its own page: the
    // pages that neither show nor change anything of the family's start without reading it
    // (`start_without_data`).
    own {
        Questions = questions, start: |_| view! { <super::QuestionsPage /> }.into_any();
        Notes = notes, start: |_| view! { <super::NotesPage /> }.into_any();
        Diary = diary, start: |_| view! { <super::DiaryPage /> }.into_any();
        Carer = carer, start: |_| view! { <super::CarerPage /> }.into_any();
        Planning = planning, start: |_| view! { <super::PlanningPage /> }.into_any();
        Medicines = medicines, start: |_| view! { <super::MedicinesPage /> }.into_any();
        Appointments = appointments, start: |_| view! { <super::AppointmentsPage /> }.into_any();
        Share = share, start: |_| view! { <super::SharePage /> }.into_any();
        MyData = my_data, start: |_| view! { <super::MyDataPage /> }.into_any();
        Appointment = appointment, start: |_| view! { <super::AppointmentPage /> }.into_any();
        Import = import, start: |_| view! { <super::ImportPage /> }.into_any();
        Myths = myths, start: |_| view! { <super::MythsPage /> }.into_any();
        Referral = referral, start: |_| view! { <super::ReferralPage /> }.into_any();
        Search = search, start_without_data: |_| view! { <super::SearchPage /> }.into_any();
        Staff = staff, start_without_data: |_| view! { <super::StaffPage /> }.into_any();
        Poster = poster, start_without_data: |_| view! { <super::PosterPage /> }.into_any();
        Booklet = booklet, start_without_data: |_| view! { <super::BookletPage /> }.into_any();
        KioskStart = kiosk_start, start_without_data: |_| view! { <super::KioskStart /> }.into_any();
        KioskStop = kiosk_stop, start_without_data: |_| view! { <super::KioskStop /> }.into_any();
    }
}

impl Page {
    /// Which page an address shows. All the guide's addresses are fixed apart from the slug of a
    /// guide page; the guide page itself says "not found" for a slug it does not know.
    pub fn for_path(path: &str) -> Self {
        match path {
            routes::HOME => Page::Home,
            routes::START => Page::Start,
            routes::MYTHS => Page::Myths,
            routes::REFERRAL => Page::Referral,
            routes::GLOSSARY => Page::Glossary,
            routes::SEARCH => Page::Search,
            routes::HELP => Page::Help,
            routes::QUESTIONS => Page::Questions,
            routes::NOTES => Page::Notes,
            routes::DIARY => Page::Diary,
            routes::CARER => Page::Carer,
            routes::PLANNING => Page::Planning,
            routes::MEDICINES => Page::Medicines,
            routes::APPOINTMENT => Page::Appointment,
            routes::APPOINTMENTS => Page::Appointments,
            routes::SHARE => Page::Share,
            routes::MY_DATA => Page::MyData,
            routes::IMPORT => Page::Import,
            routes::KIOSK_START => Page::KioskStart,
            routes::KIOSK_STOP => Page::KioskStop,
            routes::STAFF => Page::Staff,
            routes::POSTER => Page::Poster,
            routes::BOOKLET => Page::Booklet,
            _ if path.starts_with(routes::GUIDE_PREFIX) => Page::Guide,
            _ => Page::NotFound,
        }
    }
}

/// Draws a QR code (`kiosk::qr_svg`).
pub type DrawQr = fn(&str) -> Option<String>;

thread_local! {
    /// Pages whose code is here, so drawing them again needs no waiting.
    static LOADED: RefCell<Vec<(Page, Code)>> = const { RefCell::new(Vec::new()) };
}

/// A page's code, if it is already here.
fn known(page: Page) -> Option<Code> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(known, _)| *known == page)
            .map(|(_, code)| *code)
    })
}

/// How to draw a page, if its code is already here.
pub fn loaded(page: Page) -> Option<Draw> {
    known(page).map(|code| code.draw)
}

/// Fetches a page's code (once; a failed fetch is tried again next time).
async fn code(page: Page) -> Result<Code, NotLoaded> {
    if let Some(code) = known(page) {
        return Ok(code);
    }
    let code = fetch(page).await?;
    LOADED.with(|loaded| loaded.borrow_mut().push((page, code)));
    Ok(code)
}

/// Fetches a page's code, and says how to draw the page.
pub async fn load(page: Page) -> Result<Draw, NotLoaded> {
    Ok(code(page).await?.draw)
}

/// Starts the page drawn at `path` on its own page, from its own piece, once that has been
/// fetched. Natively, and for a reading page, there is no such start: `Ok(false)`.
pub async fn start(page: Page, path: String) -> Result<bool, NotLoaded> {
    if !page.has_own_piece() {
        return Ok(false);
    }
    let code = code(page).await?;
    Ok(code.start.map(|start| start(code.draw, path)).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_finds_its_page() {
        assert_eq!(Page::for_path("/"), Page::Home);
        assert_eq!(Page::for_path("/questions"), Page::Questions);
        assert_eq!(Page::for_path("/kiosk/stop"), Page::KioskStop);
        assert_eq!(
            Page::for_path("/guide/what-is-palliative-care"),
            Page::Guide
        );
        assert_eq!(Page::for_path("/guide/no-such-page"), Page::Guide);
        assert_eq!(Page::for_path("/nowhere"), Page::NotFound);
    }

    #[test]
    fn only_a_page_with_a_piece_of_its_own_starts_from_it() {
        assert!(!Page::Home.has_own_piece());
        assert_eq!(Page::Guide.piece(), "app_reading");
        assert!(Page::Search.has_own_piece());
        assert_eq!(Page::MyData.piece(), "my_data");
        assert_eq!(block_on(start(Page::Guide, "/guide/faq".into())), Ok(false));
        // Natively a page is only drawn (at build time), never started.
        assert_eq!(block_on(start(Page::Questions, "/questions".into())), Ok(false));
    }

    #[test]
    fn a_page_is_loaded_once_and_then_drawn_at_once() {
        assert!(loaded(Page::Myths).is_none());
        assert!(block_on(load(Page::Myths)).is_ok());
        assert!(loaded(Page::Myths).is_some());
    }

    /// Runs a future that never waits (natively a split function is an ordinary call).
    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        use std::task::{Context, Poll, Waker};
        let mut future = std::pin::pin!(future);
        match future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("a native page load waited"),
        }
    }
}

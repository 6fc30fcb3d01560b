//! Each page's code, fetched the first time the page is shown. Every page other than a reading
//! page has a piece of the program of its own (src/bin/site.rs), which starts it on its own page
//! with no router; the whole app, which runs on a kiosk, draws the page from the same piece. So a
//! kiosk showing a guide page has not waited for the code of the diary or the staff tools. The
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

macro_rules! pages {
    ($($page:ident = $name:ident in $chunk:ident: $draw:expr;)*) => {
        /// Every kind of page, one per download.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Page {
            $($page,)*
        }

        $(
            // The same piece as the page's own start (src/bin/site.rs), named the same.
            #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name() -> Result<Draw, NotLoaded> {
                Ok($draw)
            }
        )*

        impl Page {
            /// The piece of the program that holds this page's code.
            pub fn piece(self) -> &'static str {
                match self {
                    $(Page::$page => stringify!($chunk),)*
                }
            }
        }

        async fn fetch(page: Page) -> Result<Draw, NotLoaded> {
            match page {
                $(Page::$page => $name().await,)*
            }
        }
    };
}

pages! {
    Home = home in app_reading: |_| view! { <super::Home /> }.into_any();
    Start = start in app_reading: |_| view! { <super::StartPage /> }.into_any();
    Myths = myths in myths: |_| view! { <super::MythsPage /> }.into_any();
    Referral = referral in referral: |_| view! { <super::ReferralPage /> }.into_any();
    Glossary = glossary in app_reading: |_| view! { <super::GlossaryPage /> }.into_any();
    Search = search in search: |_| view! { <super::SearchPage /> }.into_any();
    Help = help in app_reading: |_| view! { <super::HelpPage /> }.into_any();
    Questions = questions in questions: |_| view! { <super::QuestionsPage /> }.into_any();
    Notes = notes in notes: |_| view! { <super::NotesPage /> }.into_any();
    Diary = diary in diary: |_| view! { <super::DiaryPage /> }.into_any();
    Carer = carer in carer: |_| view! { <super::CarerPage /> }.into_any();
    Planning = planning in planning: |_| view! { <super::PlanningPage /> }.into_any();
    Medicines = medicines in medicines: |_| view! { <super::MedicinesPage /> }.into_any();
    Appointment = appointment in appointment: |_| view! { <super::AppointmentPage /> }.into_any();
    Appointments = appointments in appointments: |_| view! { <super::AppointmentsPage /> }.into_any();
    Share = share in share: |_| view! { <super::SharePage /> }.into_any();
    MyData = my_data in my_data: |_| view! { <super::MyDataPage /> }.into_any();
    Import = import in import: |_| view! { <super::ImportPage /> }.into_any();
    KioskStart = kiosk_start in kiosk_start: |_| view! { <super::KioskStart /> }.into_any();
    KioskStop = kiosk_stop in kiosk_stop: |_| view! { <super::KioskStop /> }.into_any();
    Staff = staff in staff: |_| view! { <super::StaffPage /> }.into_any();
    Poster = poster in poster: |_| view! { <super::PosterPage /> }.into_any();
    Booklet = booklet in booklet: |_| view! { <super::BookletPage /> }.into_any();
    Guide = guide in app_reading: |path| match path.strip_prefix(routes::GUIDE_PREFIX).and_then(content::page) {
        Some(page) => view! { <super::GuidePage page /> }.into_any(),
        None => view! { <super::NotFound /> }.into_any(),
    };
    NotFound = not_found in app_reading: |_| view! { <super::NotFound /> }.into_any();
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
    static LOADED: RefCell<Vec<(Page, Draw)>> = const { RefCell::new(Vec::new()) };
}

/// How to draw a page, if its code is already here.
pub fn loaded(page: Page) -> Option<Draw> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(known, _)| *known == page)
            .map(|(_, draw)| *draw)
    })
}

/// Fetches a page's code (once; a failed fetch is tried again next time).
pub async fn load(page: Page) -> Result<Draw, NotLoaded> {
    if let Some(draw) = loaded(page) {
        return Ok(draw);
    }
    let draw = fetch(page).await?;
    LOADED.with(|loaded| loaded.borrow_mut().push((page, draw)));
    Ok(draw)
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

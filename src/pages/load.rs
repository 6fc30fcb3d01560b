//! The whole app's pages' code is downloaded in four groups, each fetched the first time one of
//! its pages is shown. The whole app runs on a kiosk (see scripts/program-build.mjs); every
//! other visit starts the site's program instead. So a kiosk showing a guide page has not waited for the
//! code of the diary or the staff tools: reading (home, Start here, the guide pages, words
//! explained, help lines), the guide's tools (myths, referral, search), the family's own pages,
//! and the staff tools. (One download per page would be smaller still, but the code pages share
//! is then cut into hundreds of small files, one for each set of pages sharing it: too many
//! requests on a slow network.)
//!
//! Each `wasm_split` function below is where the release build (scripts/split-wasm.mjs) cuts
//! the WebAssembly: the functions of one group, and everything only they use, go into a file of
//! their own, fetched when one of them is first called; code two groups share goes into a file
//! for those groups. In native tests the functions are called directly. Page code is reached
//! only through here, never named from the app shell; and only the shell calls these functions,
//! never a page: a page's code is kept, uncut, in the browser tests' build, where such a call
//! would need a loader that only the release build has, and the tests could not start.

use std::cell::RefCell;

use leptos::prelude::*;
#[cfg(not(feature = "program"))]
use leptos::wasm_split::wasm_split;
use leptos::wasm_split::SplitLoaderError;

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
            #[cfg(not(feature = "program"))]
            #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name() -> Result<Draw, NotLoaded> {
                Ok($draw)
            }
            // The site's program (src/bin/site.rs, crate::program) never draws a page through
            // here: no cutting point, so none of the pages' code is kept in its core.
            #[cfg(feature = "program")]
            async fn $name() -> Result<Draw, NotLoaded> {
                Ok($draw)
            }
        )*

        impl Page {
            /// The group whose download holds this page's code (its name in the split build).
            pub fn group(self) -> &'static str {
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
    Home = home in reading: |_| view! { <super::Home /> }.into_any();
    Start = start in reading: |_| view! { <super::StartPage /> }.into_any();
    Myths = myths in tools: |_| view! { <super::MythsPage /> }.into_any();
    Referral = referral in tools: |_| view! { <super::ReferralPage /> }.into_any();
    Glossary = glossary in reading: |_| view! { <super::GlossaryPage /> }.into_any();
    Search = search in tools: |_| view! { <super::SearchPage /> }.into_any();
    Help = help in reading: |_| view! { <super::HelpPage /> }.into_any();
    Questions = questions in family: |_| view! { <super::QuestionsPage /> }.into_any();
    Notes = notes in family: |_| view! { <super::NotesPage /> }.into_any();
    Diary = diary in family: |_| view! { <super::DiaryPage /> }.into_any();
    Carer = carer in family: |_| view! { <super::CarerPage /> }.into_any();
    Planning = planning in family: |_| view! { <super::PlanningPage /> }.into_any();
    Medicines = medicines in family: |_| view! { <super::MedicinesPage /> }.into_any();
    Appointment = appointment in family: |_| view! { <super::AppointmentPage /> }.into_any();
    Appointments = appointments in family: |_| view! { <super::AppointmentsPage /> }.into_any();
    Share = share in family: |_| view! { <super::SharePage /> }.into_any();
    MyData = my_data in family: |_| view! { <super::MyDataPage /> }.into_any();
    Import = import in family: |_| view! { <super::ImportPage /> }.into_any();
    KioskStart = kiosk_start in staff: |_| view! { <super::KioskStart /> }.into_any();
    KioskStop = kiosk_stop in staff: |_| view! { <super::KioskStop /> }.into_any();
    Staff = staff in staff: |_| view! { <super::StaffPage /> }.into_any();
    Poster = poster in staff: |_| view! { <super::PosterPage /> }.into_any();
    Booklet = booklet in staff: |_| view! { <super::BookletPage /> }.into_any();
    Guide = guide in reading: |path| match path.strip_prefix(routes::GUIDE_PREFIX).and_then(content::page) {
        Some(page) => view! { <super::GuidePage page /> }.into_any(),
        None => view! { <super::NotFound /> }.into_any(),
    };
    NotFound = not_found in reading: |_| view! { <super::NotFound /> }.into_any();
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

/// Fetches the code that draws QR codes (once; later calls do not wait).
///
/// Only a shared kiosk shows QR codes (the visit handed to the family's phone, the address of a
/// link to another website), so their code is fetched only there, with the staff tools: a kiosk
/// is set up from those, so they are already on it. As a group of its own it would be cut into
/// more, smaller files for every group (measured: 11 to 13 files a page instead of 8).
#[cfg(not(feature = "program"))]
#[wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn qr() -> Result<DrawQr, NotLoaded> {
    Ok(crate::kiosk::qr_svg)
}
#[cfg(feature = "program")]
pub async fn qr() -> Result<DrawQr, NotLoaded> {
    Ok(crate::kiosk::qr_svg)
}

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

//! One module per route.

mod appointment;
mod diary;
mod glossary;
mod guide;
mod help;
mod home;
mod import;
mod kiosk;
mod medicines;
mod my_data;
mod myths;
mod not_found;
mod notes;
mod questions;
mod referral;
mod search;
mod start;

pub use appointment::AppointmentPage;
pub use diary::DiaryPage;
pub use glossary::GlossaryPage;
pub use guide::GuidePage;
pub use help::HelpPage;
pub use home::Home;
pub use import::ImportPage;
pub use kiosk::{KioskStart, KioskStop};
pub use medicines::MedicinesPage;
pub use my_data::MyDataPage;
pub use myths::MythsPage;
pub use not_found::NotFound;
pub use notes::NotesPage;
pub use questions::QuestionsPage;
pub use referral::ReferralPage;
pub use search::SearchPage;
pub use start::StartPage;

//! One module per route.

mod appointment;
mod guide;
mod home;
mod import;
mod kiosk;
mod my_data;
mod not_found;
mod notes;
mod questions;

pub use appointment::AppointmentPage;
pub use guide::GuidePage;
pub use home::Home;
pub use import::ImportPage;
pub use kiosk::{KioskStart, KioskStop};
pub use my_data::MyDataPage;
pub use not_found::NotFound;
pub use notes::NotesPage;
pub use questions::QuestionsPage;

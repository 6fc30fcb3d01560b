//! One module per route.

mod appointment;
mod guide;
mod home;
mod my_data;
mod not_found;
mod notes;
mod questions;

pub use appointment::AppointmentPage;
pub use guide::GuidePage;
pub use home::Home;
pub use my_data::MyDataPage;
pub use not_found::NotFound;
pub use notes::NotesPage;
pub use questions::QuestionsPage;

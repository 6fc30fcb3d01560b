//! One module per route.

mod guide;
mod home;
mod not_found;
mod questions;

pub use guide::GuidePage;
pub use home::Home;
pub use not_found::NotFound;
pub use questions::QuestionsPage;

//! Pieces shared by several pages.

mod help_now;
mod shell;

pub use help_now::HelpNow;
pub use shell::{Footer, Header, SkipLink};

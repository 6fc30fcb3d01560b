//! Pieces shared by several pages.

mod announcer;
mod form;
mod help_now;
mod saving_notice;
mod shell;

pub use announcer::{use_announcer, Announcer, LiveRegion};
pub use form::{FieldError, Hidden};
pub use help_now::HelpNow;
pub use saving_notice::SavingNotice;
pub use shell::{Footer, Header, SkipLink};

//! Pieces shared by several pages.

mod announcer;
mod focus;
mod form;
mod handoff;
mod help_now;
mod kiosk_controls;
mod listen;
mod modal;
mod print_button;
mod review_dates;
mod saving_notice;
mod shell;
mod sources;
mod step_footer;
mod symptom_chart;
mod today;
mod update_banner;
mod when_loaded;

pub use announcer::{use_announcer, Announcer, LiveRegion};
pub use focus::{focus_when_drawn, show_and_focus, FocusOnNavigate};
pub use form::{FieldError, Hidden};
pub use handoff::HandoffCode;
pub use help_now::HelpNow;
pub use kiosk_controls::{use_kiosk, KioskControls, KioskMode};
pub use listen::ListenControl;
pub use modal::Modal;
pub use print_button::PrintButton;
pub use review_dates::ReviewDates;
pub use saving_notice::SavingNotice;
pub use shell::{Footer, Header, SkipLink};
pub use sources::SourceLinks;
pub use step_footer::StepFooter;
pub use symptom_chart::{DiaryTable, SymptomCharts};
pub use today::use_today;
pub use update_banner::UpdateBanner;
pub use when_loaded::WhenLoaded;

use leptos::prelude::*;

/// Speaks short messages ("Question added") to screen reader users through one polite live
/// region in the shell, for results that appear without a page change.
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    pub fn new() -> Self {
        Self(RwSignal::new(String::new()))
    }

    pub fn say(&self, message: &str) {
        // A trailing no-break space on repeats makes the same message count as new text.
        let repeat = self
            .0
            .with_untracked(|current| current.trim_end_matches('\u{a0}') == message);
        self.0.set(if repeat {
            format!("{message}\u{a0}")
        } else {
            message.to_owned()
        });
    }
}

impl Default for Announcer {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}

/// The live region itself; placed once, in the shell.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! { <div class="visually-hidden" role="status" aria-live="polite" id="announcer">{move || announcer.0.get()}</div> }
}

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::{routes, text};

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">{text::SKIP_LINK}</a> }
}

/// The site header. On a phone it is two short rows, as NHS.UK's is: the name, then "Menu" and
/// "Need help now?", so the page's own heading is on the first screen. The menu is a
/// `<details>`, which opens and closes without the app (on a pre-rendered page too). On a
/// wider screen the links are shown in a row instead.
#[component]
pub fn Header() -> impl IntoView {
    let location = use_location();
    view! {
        <header class="site-header">
            <div class="wrap site-header__inner">
                <A href=routes::HOME attr:class="brand">{text::APP_NAME}</A>
                <nav aria-label=text::NAV_LABEL class="site-nav">
                    // Closed again whenever the page changes, so a chosen link does not leave it open.
                    <details class="nav-menu" prop:open=move || { location.pathname.track(); false }>
                        <summary class="nav-menu__button">{text::NAV_MENU}</summary>
                        <NavLinks />
                    </details>
                    <div class="nav-wide">
                        <NavLinks />
                    </div>
                    <A href=routes::HELP attr:class="nav-help">{text::NAV_HELP}</A>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn NavLinks() -> impl IntoView {
    view! {
        <ul class="nav-list">
            <li><A href=routes::HOME>{text::NAV_HOME}</A></li>
            <li><A href=routes::START>{text::NAV_START}</A></li>
            <li><A href=routes::SEARCH>{text::NAV_SEARCH}</A></li>
            <li><A href=routes::QUESTIONS>{text::NAV_QUESTIONS}</A></li>
            <li><A href=routes::NOTES>{text::NAV_NOTES}</A></li>
            <li><A href=routes::APPOINTMENTS>{text::NAV_APPOINTMENTS}</A></li>
            <li><A href=routes::MY_DATA>{text::NAV_MY_DATA}</A></li>
        </ul>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{text::FOOTER_ADVICE}</p>
                <p>{text::FOOTER_PRIVACY}</p>
                <p><A href=routes::STAFF>{text::NAV_STAFF}</A></p>
            </div>
        </footer>
    }
}

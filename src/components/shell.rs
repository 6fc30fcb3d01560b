use leptos::prelude::*;
use leptos_router::components::A;

use crate::{routes, text};

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">{text::SKIP_LINK}</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="wrap">
                <A href=routes::HOME attr:class="brand">{text::APP_NAME}</A>
                <nav aria-label=text::NAV_LABEL>
                    <ul class="nav-list">
                        <li><A href=routes::HOME>{text::NAV_HOME}</A></li>
                        <li><A href=routes::START>{text::NAV_START}</A></li>
                        <li><A href=routes::SEARCH>{text::NAV_SEARCH}</A></li>
                        <li><A href=routes::QUESTIONS>{text::NAV_QUESTIONS}</A></li>
                        <li><A href=routes::NOTES>{text::NAV_NOTES}</A></li>
                        <li><A href=routes::MY_DATA>{text::NAV_MY_DATA}</A></li>
                        <li><A href=routes::HELP attr:class="nav-help">{text::NAV_HELP}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
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

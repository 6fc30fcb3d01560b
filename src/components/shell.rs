use leptos::prelude::*;
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
                <a href=routes::HOME class="brand">{text::APP_NAME}</a>
                <nav aria-label=text::NAV_LABEL class="site-nav">
                    // Closed again whenever the page changes, so a chosen link does not leave it open.
                    <details class="nav-menu" prop:open=move || { location.pathname.track(); false }>
                        <summary class="nav-menu__button">{text::NAV_MENU}</summary>
                        <NavLinks />
                    </details>
                    <div class="nav-wide">
                        <NavLinks />
                    </div>
                    <a href=routes::HELP class="nav-help">{text::NAV_HELP}</a>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn NavLinks() -> impl IntoView {
    view! {
        <ul class="nav-list">
            <li><NavLink href=routes::HOME>{text::NAV_HOME}</NavLink></li>
            <li><NavLink href=routes::START>{text::NAV_START}</NavLink></li>
            <li><NavLink href=routes::SEARCH>{text::NAV_SEARCH}</NavLink></li>
            <li><NavLink href=routes::QUESTIONS>{text::NAV_QUESTIONS}</NavLink></li>
            <li><NavLink href=routes::NOTES>{text::NAV_NOTES}</NavLink></li>
            <li><NavLink href=routes::APPOINTMENTS>{text::NAV_APPOINTMENTS}</NavLink></li>
            <li><NavLink href=routes::MY_DATA>{text::NAV_MY_DATA}</NavLink></li>
        </ul>
    }
}

/// A link in the menu, marked as the page you are on (`aria-current`) when it is. Links
/// elsewhere are plain `<a>`: the router already moves within the app for any link to one of
/// its pages, and leptos_router's `<A>` would add this marking, and its resolving of relative
/// addresses, to every link (code to download and work when the page is adopted).
#[component]
fn NavLink(href: &'static str, children: Children) -> impl IntoView {
    let location = use_location();
    let current = move || {
        location
            .pathname
            .with(|path| is_current(href, path))
            .then_some("page")
    };
    view! { <a href=href aria-current=current>{children()}</a> }
}

/// Whether the page at `path` is `href` or a page within it (`/guide` holds `/guide/x`).
fn is_current(href: &str, path: &str) -> bool {
    match path.strip_prefix(href) {
        Some(rest) => rest.is_empty() || (href != "/" && rest.starts_with('/')),
        None => false,
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{text::FOOTER_ADVICE}</p>
                <p>{text::FOOTER_PRIVACY}</p>
                <p><a href=routes::STAFF>{text::NAV_STAFF}</a></p>
            </div>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::is_current;

    #[test]
    fn a_menu_link_is_current_on_its_page_and_the_pages_within_it() {
        assert!(is_current("/", "/"));
        assert!(!is_current("/", "/questions"), "home is not every page");
        assert!(is_current("/questions", "/questions"));
        assert!(is_current("/appointments", "/appointments/print"));
        assert!(
            !is_current("/appointment", "/appointments"),
            "a longer name is another page"
        );
        assert!(!is_current("/questions", "/notes"));
    }
}

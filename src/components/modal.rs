use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// A modal dialog on the browser's own `<dialog>`: `showModal()` moves focus into it, keeps
/// focus and screen readers inside it, and Escape asks to close it. When it goes, focus returns
/// to where it was.
#[component]
pub fn Modal(
    /// The id of the dialog's heading.
    labelled_by: &'static str,
    /// An alert dialog, for a warning that needs an answer.
    #[prop(optional)]
    alert: bool,
    /// Called when the family presses Escape.
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        let before = document()
            .active_element()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
        let held = SendWrapper::new((dialog, before));
        on_cleanup(move || {
            let (dialog, before) = held.take();
            // Close first: while a modal dialog is open, nothing behind it can take focus.
            dialog.close();
            if let Some(element) = before {
                let _ = element.focus();
            }
        });
    });
    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            role=alert.then_some("alertdialog")
            aria-labelledby=labelled_by
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                on_close.run(());
            }
        >
            {children()}
        </dialog>
    }
}

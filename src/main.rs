fn main() {
    leptos::mount::mount_to_body(palliative_guide::app::App);
}

// Numbers a file might hold, each of which must read back as exactly the same number, bit for
// bit: whole ones (written and read by store::json itself) and every other kind (converted by the
// platform: Rust's natively, the browser's in the app). Included by the native tests
// (src/store/json.rs) and the browser tests (tests/browser.rs), so both check the same numbers;
// `Json` and `parse` must be in scope where it is included.

const AWKWARD_NUMBERS: [f64; 18] = [
    0.0,
    1.0,
    -7.0,
    1764000000123.0,
    999999999999999.0,
    1e15,
    9007199254740993.0,
    1.5,
    0.1,
    1.0 / 3.0,
    -123.456,
    1.0000000000000002,
    2.5e-7,
    1e21,
    1e300,
    f64::MAX,
    f64::MIN_POSITIVE,
    5e-324,
];

/// Writes each of `AWKWARD_NUMBERS` and reads it back.
fn assert_awkward_numbers_read_back() {
    for number in AWKWARD_NUMBERS {
        let text = Json::Number(number).text();
        let Some(Json::Number(back)) = parse(&text) else {
            panic!("{text} not read")
        };
        assert_eq!(
            back.to_bits(),
            number.to_bits(),
            "{number} written as {text}"
        );
    }
}

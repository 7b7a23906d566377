//! docs/bytecode.md is generated from the instruction table; this test keeps
//! them in step. `BLESS=1 cargo test -p krait-interp --test bytecode_doc`
//! rewrites the file.

use krait_interp::bytecode;

const HEADER: &str = "# Krait bytecode\n\nGenerated from `interp/src/bytecode.rs` (the one instruction table) by\n`BLESS=1 cargo test -p krait-interp --test bytecode_doc`; a test fails when\nthey differ. Names and stack effects are CPython 3.11's; the encoding is\nKrait's: one 32-bit unit per instruction (8-bit opcode, 24-bit argument),\nabsolute jump targets, no EXTENDED_ARG or inline CACHE units.\n\n";

#[test]
fn bytecode_md_matches_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/bytecode.md");
    let want = format!("{HEADER}{}", bytecode::markdown_table());
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, &want).expect("write docs/bytecode.md");
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "docs/bytecode.md is out of date: run BLESS=1 cargo test -p krait-interp --test bytecode_doc");
}

#[test]
fn opcode_numbers_round_trip() {
    for &op in bytecode::ALL_OPCODES {
        assert_eq!(bytecode::Opcode::from_u8(op as u8), Some(op));
        let i = bytecode::Instr::new(op, 12345);
        assert_eq!(i.op(), op);
        assert_eq!(i.arg(), 12345);
    }
}

//! The `krait` command.
fn main() {
    println!("krait: not yet");
}
